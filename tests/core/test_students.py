"""Students, openings and matches through the CRM, on SQLite and PostgreSQL: profile rules, suggestions both
ways with explanations, the pipeline (hires by fiscal year, the host's rating) and privacy (consent gate, access
log, export, erasure and the retention purge)."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from sqlalchemy import inspect, text

from sapporo_mice.errors import ValidationError
from sapporo_mice.settings import Settings
from sapporo_mice.students.privacy import AccessDenied
from sapporo_mice.vocabulary import field_label

ACTOR = "tanaka"
TODAY = dt.date.today()


def _days(n: int) -> str:
    return (TODAY + dt.timedelta(days=n)).isoformat()


@pytest.fixture
def world(crm):
    school = crm.organizations.create({"name": "北海道大学", "country": "JP", "kind": "university"}, actor=ACTOR).id
    company = crm.organizations.create({"name": "札幌食品株式会社", "country": "JP", "kind": "local_company"},
                                       actor=ACTOR).id
    graduation = TODAY + dt.timedelta(days=120)

    def student(name, **values):
        base = {"display_name": name, "university_id": school, "jlpt": "N2", "english": "B2",
                "graduation_year": graduation.year, "graduation_month": graduation.month,
                "skills": "Python、Excel", "desired_industries": "食品・飲料", "desired_locations": "北海道",
                "residence_status": "留学", "part_time_permit": True, "consent_on": _days(-30),
                "consent_expires_on": _days(700), "consent_purposes": "matching, introduction",
                "consent_share_with_companies": True, "email": "x@example.ac.jp"}
        return crm.students.create({**base, **values}, actor=ACTOR).id

    def opening(title, **values):
        base = {"organization_id": company, "title": title, "kind": "new_graduate", "min_jlpt": "N2",
                "required_skills": "Python, Excel", "industry": "food", "location": "札幌市",
                "starts_on": (graduation + dt.timedelta(days=60)).isoformat()}
        return crm.openings.create({**base, **values}, actor=ACTOR).id

    return student, opening


# ------------------------------------------------------------------------------------------- profiles
def test_profile_lists_are_stored_as_codes_from_either_language(crm, world):
    student, _ = world
    row = crm.students.get(student("グエン・ティ・マイ", desired_job_types="Overseas sales、通訳・翻訳",
                                   other_languages="ベトナム語, English"))
    assert row["desired_industries"] == ",food," and row["desired_locations"] == ",hokkaido,"
    assert row["desired_job_types"] == ",overseas_sales,interpreting," and row["residence_status"] == "student"
    assert row["other_languages"] == ",en,vi,"
    assert row["skills"] == ",Python,Excel," and row["consent_purposes"] == ",matching,introduction,"


def test_profile_rules_name_the_field(crm, world):
    student, opening = world
    with pytest.raises(ValidationError) as caught:
        student("李 明", consent_on=None, consent_purposes=None, consent_expires_on=None,
                desired_industries="宇宙旅行")
    assert {p.field for p in caught.value.problems} == {"consent_share_with_companies", "desired_industries"}
    with pytest.raises(ValidationError) as caught:
        student("李 明", consent_purposes="")
    assert [p.field for p in caught.value.problems] == ["consent_purposes"]
    with pytest.raises(ValidationError) as caught:
        opening("アルバイト", kind="part_time")
    assert [p.code for p in caught.value.problems] == ["openings.hours_needed"]
    assert "28" in caught.value.message("ja")
    with pytest.raises(ValidationError) as caught:
        opening("総合職", starts_on=None)
    assert [p.code for p in caught.value.problems] == ["openings.start_needed"]


# ------------------------------------------------------------------------------------------- suggestions
def test_suggestions_both_ways_are_ranked_filtered_and_explained(crm, world):
    student, opening = world
    strong = student("グエン・ティ・マイ")
    weak = student("王 偉", skills="Excel")
    student("김 민준", jlpt="N3")  # below the opening's JLPT
    student("Somchai", consent_expires_on=_days(-1), consent_on=_days(-400))  # consent expired
    job = opening("海外営業（新卒）")
    other = opening("品質管理", required_skills="CAD", industry="manufacturing")

    suggestions = crm.matching.for_opening(job)
    assert [s.id for s in suggestions] == [strong, weak]
    assert suggestions[0].score > suggestions[1].score and suggestions[0].detail == "北海道大学"
    rows = suggestions[1].reasons("ja")
    assert [r.label for r in rows] == ["スキル", "語学", "業種", "職種", "勤務地", "時期"]
    assert rows[0].text == "あり: Excel。なし: Python" and rows[0].met == "50%"
    assert rows[2].text == "食品・飲料: 希望に合います" and rows[4].text == "札幌市: 希望に合います"
    assert [s.id for s in crm.matching.for_opening(job, top=1)] == [strong]

    for_student = crm.matching.for_student(strong)
    assert [s.id for s in for_student] == [job, other] and for_student[0].detail == "札幌食品株式会社"
    en = for_student[1].reasons("en")
    assert en[0].text == "Lacks CAD" and en[2].text.startswith("Manufacturing: not among the wishes")

    blocked = crm.matching.explanation_rows(student("Lee", jlpt="N4"), job, "ja")
    assert blocked[0].blocked and blocked[0].label == "日本語能力" and blocked[0].text == "日本語能力 N4（求人の条件は N2 以上）"
    as_json = suggestions[0].as_json("en")
    assert set(as_json) >= {"id", "name", "score", "reasons"} and as_json["reasons"]["skills"]["fraction"] == 1.0


def test_a_saved_suggestion_keeps_its_explanation_and_is_not_duplicated(crm, world):
    student, opening = world
    s, o = student("グエン・ティ・マイ"), opening("海外営業（新卒）")
    match = crm.matching.suggest_match(s, o, actor=ACTOR)
    assert match.record["stage"] == "suggested" and match.record["score"] > 0
    rows = crm.matching.stored_rows(match.record, "en")
    assert rows[0].label == "Skills" and "Python" in rows[0].text
    assert crm.matching.for_opening(o)[0].match_stage == "suggested"
    with pytest.raises(ValidationError) as caught:
        crm.matching.suggest_match(s, o, actor=ACTOR)
    assert caught.value.problems[0].code == "match.duplicate"


# ------------------------------------------------------------------------------------------- the office's weights
def test_the_weights_are_the_offices_shared_setting_and_rank_every_suggestion(crm, world):
    student, opening = world
    strong, weak = student("グエン・ティ・マイ"), student("王 偉", skills="Excel")
    job = opening("海外営業（新卒）")
    assert crm.matching.weights().as_dict()["skills"] == 35  # the built-in weights while the office has none
    before = {s.id: s.score for s in crm.matching.for_opening(job)}
    assert before[strong] > before[weak]

    saved = crm.matching.set_weights({"skills": 0}, actor=ACTOR)  # the others keep their value
    assert saved.changes.affects("shared_setting")
    assert crm.shared_settings.get("matching_weights") == {"skills": 0.0, "languages": 20.0, "industry": 15.0,
                                                            "job_type": 15.0, "location": 10.0, "timing": 5.0}
    after = crm.matching.for_opening(job)
    assert after[0].score == after[1].score  # skills no longer count: a tie, broken by id
    assert crm.matching.explain(weak, job).score == after[0].score  # one pair's explanation uses them too
    rows = crm.matching.weights_table("ja")
    assert [(r.key, r.label, r.weight, r.default) for r in rows][0] == ("skills", "スキル", 0.0, 35.0)
    assert abs(sum(r.share for r in rows) - 1) < 1e-9 and all(r.meaning for r in rows)

    for bad, field_value in (({"skills": -1}, "skills"), ({"luck": 3}, "luck"),
                             ({k: 0 for k in ("languages", "industry", "job_type", "location", "timing")}, "total")):
        with pytest.raises(ValidationError) as caught:
            crm.matching.set_weights(bad, actor=ACTOR)
        assert caught.value.fields == ["matching_weights"] and field_value in caught.value.message("en")
    assert crm.shared_settings.get("matching_weights")["skills"] == 0.0  # nothing written by a refused change
    crm.matching.reset_weights(actor=ACTOR)
    assert crm.matching.weights().as_dict()["skills"] == 35


def test_a_computers_older_weights_are_the_starting_value_until_the_office_saves_some(crm):
    Settings().set("matching_weights", {"skills": 70})  # set per computer by an older version
    assert crm.matching.weights().as_dict()["skills"] == 70
    crm.matching.set_weights({"skills": 40}, actor=ACTOR)
    assert crm.matching.weights().as_dict()["skills"] == 40


# ------------------------------------------------------------------------------------------- pipeline
def test_the_pipeline_needs_sharing_consent_feeds_hires_by_fiscal_year_and_takes_the_hosts_rating(crm, world):
    student, opening = world
    private = student("王 偉", consent_share_with_companies=False)
    o = opening("インターンシップ", kind="internship", starts_on=_days(10))
    match = crm.matching.suggest_match(private, o, actor=ACTOR)
    with pytest.raises(ValidationError) as caught:
        crm.matches.update(match.id, {"stage": "introduced"}, actor=ACTOR)
    assert caught.value.problems[0].code == "match.sharing_consent_missing"
    crm.matches.update(match.id, {"stage": "withdrawn"}, actor=ACTOR)  # stepping back is always allowed

    mai = crm.matching.suggest_match(student("グエン・ティ・マイ"), o, actor=ACTOR).id
    with pytest.raises(ValidationError) as caught:
        crm.matches.update(mai, {"host_rating": 4}, actor=ACTOR)
    assert caught.value.problems[0].code == "match.rating_before_internship"
    for stage in ("introduced", "interview", "internship"):
        crm.matches.update(mai, {"stage": stage}, actor=ACTOR)
    crm.matches.update(mai, {"host_rating": 4, "host_note": "意欲的で丁寧"}, actor=ACTOR)
    with pytest.raises(ValidationError):
        crm.matches.update(mai, {"host_rating": 5}, actor=ACTOR)
    crm.matches.update(mai, {"stage": "offer"}, actor=ACTOR)
    crm.matches.update(mai, {"stage": "hired", "hired_on": "2027-04-01"}, actor=ACTOR)
    assert [h["to_stage"] for h in crm.matches.stage_history(mai)] == [
        "suggested", "introduced", "interview", "internship", "offer", "hired"]
    third = crm.matching.suggest_match(student("Lee"), opening("総合職"), actor=ACTOR).id
    moved_on = dt.date.today()  # not the module's TODAY: a run that crosses midnight hires on the next day
    for stage in ("introduced", "offer", "hired"):
        crm.matches.update(third, {"stage": stage}, actor=ACTOR)
    hired_on = crm.matches.get(third)["hired_on"]
    assert moved_on <= hired_on <= dt.date.today()  # hired today unless told otherwise
    from sapporo_mice import fiscal
    expected = {2027: 1, fiscal.of(hired_on): 1} if fiscal.of(hired_on) != 2027 else {2027: 2}
    assert crm.matching.hires_by_fiscal_year() == dict(sorted(expected.items()))
    assert crm.matching.stage_counts()["hired"] == 2
    assert crm.matching.reached_by_fiscal_year("hired") == {fiscal.of(TODAY): 2}  # moved to hired today, twice
    assert sum(crm.matching.reached_by_fiscal_year("introduced").values()) == 2


# ------------------------------------------------------------------------------------------- privacy
def test_company_facing_profile_needs_the_sharing_consent_and_is_logged(crm, world, tmp_path):
    student, _ = world
    shared, private = student("グエン・ティ・マイ"), student("王 偉", consent_share_with_companies=False)
    profile = crm.privacy.company_profile(shared, actor="sato", lang="ja")
    assert profile["desired_industries"] == ["食品・飲料"] and "email" not in profile
    with pytest.raises(AccessDenied) as caught:
        crm.privacy.company_profile(private, actor="sato")
    assert "王 偉" in caught.value.message("ja")
    pdf = tmp_path / "profile.pdf"
    crm.privacy.company_profile_pdf(shared, str(pdf), actor="sato", lang="ja")
    assert pdf.read_bytes()[:4] == b"%PDF"
    with pytest.raises(AccessDenied):
        crm.privacy.company_profile_pdf(private, str(tmp_path / "no.pdf"), actor="sato")
    assert not (tmp_path / "no.pdf").exists()
    crm.privacy.record_access(private, actor="suzuki", action="view")
    with pytest.raises(AccessDenied) as caught:
        crm.privacy.access_log(actor="sato")
    assert caught.value.code == "students.no_officer"
    Settings().set("data_officer", "鈴木 一郎")
    with pytest.raises(AccessDenied):
        crm.privacy.access_log(actor="sato")
    log = crm.privacy.access_log(actor="鈴木 一郎")
    assert [(a.user, a.action, a.student_name) for a in log] == [
        ("suzuki", "view", "王 偉"), ("sato", "company_profile", "グエン・ティ・マイ"),
        ("sato", "company_profile", "グエン・ティ・マイ")]


def test_both_student_pdfs_name_the_degree_and_the_graduation_month_in_the_readers_language(crm, world, tmp_path):
    # The company profile printed 「学位・課程 vocational」: the stored value, not its label; and 「卒業月 9」.
    from pypdf import PdfReader

    student, _ = world
    s = student("Сарнай Энхжаргал", degree="vocational", nationality="MN", graduation_year=2027, graduation_month=9)
    for lang, label, month in (("ja", "専門学校", "9月"), ("en", "Vocational school", "September")):
        for name, write in (("profile", crm.privacy.company_profile_pdf), ("data", crm.privacy.export_pdf)):
            pdf = tmp_path / f"{name}_{lang}.pdf"
            write(s, str(pdf), actor="sato", lang=lang)
            text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
            assert label in text and "vocational" not in text, (name, lang)
            month_label = field_label("student", "graduation_month", lang)
            assert re.search(rf"{month_label}\s*{month}", text), (name, lang, text)


def test_export_on_request_as_json_and_pdf(crm, world, tmp_path):
    student, opening = world
    s = student("グエン・ティ・マイ", notes="面談メモ")
    crm.matching.suggest_match(s, opening("海外営業（新卒）"), actor=ACTOR)
    data = crm.privacy.export(s, actor="sato")
    assert data["student"]["display_name"] == "グエン・ティ・マイ" and data["student"]["notes"] == "面談メモ"
    assert data["matches"][0]["company"] == "札幌食品株式会社" and data["matches"][0]["history"][0]["stage"] == "suggested"
    json.dumps(data, ensure_ascii=False)
    company = crm.organizations.list(where={"name": "札幌食品株式会社"})[0]
    crm.organizations.update(company["id"], {"name_en": "Sapporo Foods Co., Ltd."}, actor=ACTOR,
                             expected_version=company["version"])
    # an English export names the company as its reader knows it; a Japanese one as before
    assert crm.privacy.export(s, actor="sato", lang="en")["matches"][0]["company"] == "Sapporo Foods Co., Ltd."
    assert crm.privacy.export(s, actor="sato", lang="ja")["matches"][0]["company"] == "札幌食品株式会社"
    pdf = tmp_path / "mai.pdf"
    crm.privacy.export_pdf(s, str(pdf), actor="sato", lang="ja")
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 2000
    Settings().set("data_officer", "sato")
    assert [a.action for a in crm.privacy.access_log(actor="sato", student_id=s)] == ["export"] * 4


PERSONAL = ("グエン・ティ・マイ", "グエン ティ マイ", "Nguyen Thi Mai", "mai.nguyen@example.ac.jp", "ホーチミン出身",
            "Photoshop職人", "面接メモ：とても良い", "受入れコメント：意欲的", "段階メモ：紹介状送付")


def _everything(crm) -> str:
    """Every value of every table, as text."""
    chunks = []
    with crm.store.reading() as session:
        # The names only (reflecting every table's columns and constraints took 0.9 s a call, most of the
        # sync purge tests' time); FTS5's own shadow tables are among them.
        for name in sorted(inspect(session.connection()).get_table_names()):
            if name == "search_grams":  # contentless FTS5: it holds no text (its shadow tables are read)
                continue
            for row in session.execute(text(f'SELECT * FROM "{name}"')).all():
                for value in row:
                    if isinstance(value, bytes):
                        value = value.decode("utf-8", "replace")
                    chunks.append(str(value))
    return "\n".join(chunks)


def test_the_retention_purge_previews_then_leaves_no_personal_data_anywhere(crm, world):
    student, opening = world
    o = opening("インターンシップ", kind="internship", starts_on=_days(10))
    mai = student(PERSONAL[0], name_kana=PERSONAL[1], latin_name=PERSONAL[2], email=PERSONAL[3], notes=PERSONAL[4],
                  skills="Python, " + PERSONAL[5], retain_until=_days(-1))
    crm.students.update(mai, {"notes": PERSONAL[4] + "（更新）"}, actor=ACTOR)
    kept = student("王 偉", retain_until=_days(30))
    match = crm.matching.suggest_match(mai, o, actor=ACTOR).id
    crm.matches.update(match, {"notes": PERSONAL[6], "stage": "introduced", "stage_note": PERSONAL[8]}, actor=ACTOR)
    crm.matches.update(match, {"stage": "internship"}, actor=ACTOR)
    crm.matches.update(match, {"stage": "hired", "host_rating": 3, "host_note": PERSONAL[7], "hired_on": _days(-2)},
                       actor=ACTOR)
    assert crm.search.find("グエン")
    everything = _everything(crm)
    assert all(value in everything for value in PERSONAL[:8])  # the check below can fail

    preview = crm.privacy.purge_preview()
    assert [(c.id, c.matches) for c in preview] == [(mai, 1)]
    assert crm.students.get(mai)["display_name"] == PERSONAL[0]  # a preview changes nothing
    erased = crm.privacy.purge(actor=ACTOR)
    assert [c.id for c in erased] == [mai] and crm.privacy.purge_preview() == []

    everything = _everything(crm)
    assert [value for value in PERSONAL if value in everything] == []
    assert crm.search.find("グエン") == [] and crm.search.find("Nguyen") == []
    tomb = crm.students.get(mai, include_deleted=True)
    assert tomb["purged_at"] is not None and tomb["deleted_at"] is not None and tomb["display_name"] == ""
    assert crm.students.get(kept)["display_name"] == "王 偉"
    # The match and the hire still count; the tombstone cannot be brought back or edited.
    assert crm.matches.get(match)["stage"] == "hired" and sum(crm.matching.hires_by_fiscal_year().values()) == 1
    from sapporo_mice import fiscal
    hired_in = fiscal.of(dt.date.fromisoformat(_days(-2)))
    assert crm.kpi.value("P5_FOREIGN_WORKERS", hired_in, years=1).contribution == 1  # the KPI keeps the erased hire
    assert crm.kpi.actual("P5_STUDENT_MATCHES", fiscal.current()) == 1  # and the introduction
    with pytest.raises(ValidationError):
        crm.students.restore(mai, actor=ACTOR)
    assert crm.stats()["matches"] == 1


def test_erasure_on_request(crm, world):
    student, _ = world
    s = student(PERSONAL[0], email=PERSONAL[3])
    crm.privacy.erase(s, actor="sato")
    assert PERSONAL[0] not in _everything(crm) and PERSONAL[3] not in _everything(crm)
    Settings().set("data_officer", "sato")
    assert [a.action for a in crm.privacy.access_log(actor="sato")] == ["erase"]
