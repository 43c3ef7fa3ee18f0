"""The demo's students, openings and matches, so every path of the talent area shows something: consents
current, expired and without sharing; students past their retention date (the purge has work); statuses that
need the 資格外活動許可; openings of every kind with their hours, English and job type; matches whose reasons
are the engine's own explanation, hires with their date, internships with the host's rating."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sapporo_mice.enums import CEFR, MatchStage
from sapporo_mice.students import vocab

# The job type of each demo opening title (demo_words.OPENING_TITLES).
JOB_TYPE_OF = {"海外営業（アジア市場）": "overseas_sales", "貿易事務": "trade_admin", "インバウンド観光 企画": "marketing",
               "ソフトウェアエンジニア": "engineering", "通訳・翻訳アルバイト": "interpreting",
               "商品開発（輸出向け）": "product_development", "ホテル フロント（多言語）": "hospitality",
               "EC 運営（越境）": "marketing", "品質管理（HACCP）": "quality"}
INDUSTRY_OF = {"overseas_sales": "trade", "trade_admin": "trade", "marketing": "tourism", "engineering": "it",
               "interpreting": "tourism", "product_development": "food", "hospitality": "tourism", "quality": "food"}
PLACES = ("札幌市中央区", "札幌市北区", "札幌市", "札幌市白石区", "千歳市")
HOST_NOTES = ("意欲的で、顧客対応も丁寧でした。", "専門知識が高く、社内でも好評でした。", "日本語での報告に課題はあるが成長が早い。",
              "期間が短く、評価は保留です。")


def student_values(load: Any, graduation: int, consent: dt.date) -> dict[str, Any]:
    """A student's matching profile and consent; about one in eight without sharing, one in ten expired."""
    rng = load.rng
    status = rng.choices(("student", "designated_activities", "dependent", "engineer_humanities"), (80, 8, 6, 6))[0]
    expired = rng.random() < 0.1
    consent_on = consent - dt.timedelta(days=800) if expired else consent
    purposes = ["matching", "introduction"] + (["events"] if rng.random() < 0.6 else [])
    return {
        "skills": vocab.clean_free_list(rng.sample(vocab_skills(), 3)),
        "desired_industries": vocab.INDUSTRIES.clean_many(rng.sample(("food", "it", "tourism", "trade", "manufacturing"), 2)),
        "desired_job_types": vocab.JOB_TYPES.clean_many(rng.sample(tuple(INDUSTRY_OF), 2)),
        "desired_locations": vocab.LOCATIONS.clean_many(rng.choice((["sapporo"], ["hokkaido"], ["sapporo", "tokyo"],
                                                                     ["anywhere_japan"]))),
        "residence_status": status, "residence_expires_on": dt.date(graduation, 9, 30),
        "part_time_permit": status in ("student", "dependent") and rng.random() < 0.85,
        "consent_purposes": vocab.CONSENT_PURPOSES.clean_many(purposes), "consent_on": consent_on,
        "consent_expires_on": consent_on + dt.timedelta(days=730),
        "consent_share_with_companies": rng.random() < 0.88,
        # Graduates of two years ago are past the retention date: the purge's preview lists them.
        "retain_until": dt.date(graduation + 1, 3, 31),
    }


def vocab_skills() -> tuple[str, ...]:
    from sapporo_mice import demo_words

    return demo_words.SKILLS


def opening_values(load: Any, title: str, kind: str, starts: dt.date) -> dict[str, Any]:
    rng = load.rng
    job_type = JOB_TYPE_OF.get(title, "office")
    return {
        "job_type": job_type, "industry": INDUSTRY_OF.get(job_type, "trade"), "location": rng.choice(PLACES),
        "min_english": rng.choice((None, CEFR.B1, CEFR.B2)),
        "hours_per_week": rng.choice((16, 20, 28)) if kind == "part_time" else None,
        "languages": vocab.languages().clean_many(rng.choice((["ja", "en"], ["ja", "zh"], ["ja", "vi"], ["ja"]))),
        "required_skills": vocab.clean_free_list(rng.sample(vocab_skills(), 2)),
        "starts_on": starts if kind != "new_graduate" else dt.date(starts.year + 1, 4, 1),
    }


def match_values(load: Any, student: Any, opening: Any, stage: MatchStage, last: dt.datetime) -> dict[str, Any]:
    """The engine's explanation and score for the pair, the hire date and the host's rating."""
    from sapporo_mice.students.facts import opening_facts, student_facts
    from sapporo_mice.students.matching import explain

    explanation = explain(student_facts(student), opening_facts(opening), today=last.date())
    values: dict[str, Any] = {"score": explanation.score,
                              "reasons": json.dumps(explanation.as_json(), ensure_ascii=False)}
    if stage == MatchStage.HIRED:
        values["hired_on"] = last.date()
    if stage in (MatchStage.INTERNSHIP, MatchStage.OFFER, MatchStage.HIRED) and load.rng.random() < 0.8:
        rating = load.rng.choice((2, 3, 3, 4, 4))
        values.update(host_rating=rating, host_note=HOST_NOTES[4 - rating if rating > 1 else 3])
    return values
