"""An explanation (:class:`~sapporo_mice.students.matching.Explanation`) as rows a person reads, in ja or en.

Each row is one criterion or one failed filter: its name, its weight, how much of it is met, the points it
gives and a sentence of the facts behind it, with codes shown by their labels, dates in the house format.
The desktop shows these rows as a table; the CLI prints them; nothing shows the stored JSON.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sapporo_mice import formats
from sapporo_mice.messages import render
from sapporo_mice.students import vocab
from sapporo_mice.students.matching import PART_TIME_HOURS_LIMIT, Explanation

_KINDS = {"internship": ("an internship", "インターンシップ"), "new_graduate": ("a new-graduate role", "新卒採用"),
          "mid_career": ("a mid-career role", "中途採用"), "part_time": ("part-time work", "アルバイト")}
_LEVEL_NONE = {"en": "none", "ja": "なし"}


@dataclass(frozen=True)
class ReasonRow:
    """One line of the explanation table. ``blocked`` rows are the filters the pair fails."""

    key: str
    label: str
    weight: str
    met: str
    points: str
    text: str
    blocked: bool = False


def _date(iso: str | None, lang: str) -> str:
    return formats.date(dt.date.fromisoformat(iso), lang) if iso else formats.no_value(lang)


def _month(iso: str | None, lang: str) -> str:
    return formats.month(dt.date.fromisoformat(iso), lang) if iso else formats.no_value(lang)


def _list(items: list[str], lang: str) -> str:
    return formats.listed(items, lang)


def _language_list(codes: list[str], lang: str) -> str:
    return _list([vocab.language_name(c, lang) for c in codes], lang)


def block_text(key: str, facts: dict[str, Any], lang: str) -> str:
    if key == "consent":
        return render(f"match.block.consent.{facts.get('state', 'none')}", lang,
                      expires_on=_date(facts.get("expires_on"), lang))
    if key == "japanese":
        have = facts.get("have") or "none"
        return render("match.block.japanese", lang, have=_LEVEL_NONE[lang] if have == "none" else have,
                      need=facts.get("need"))
    if key == "graduation":
        if not facts.get("graduation"):
            return render("match.block.graduation_unknown", lang)
        if not facts.get("starts_on"):
            return render("match.block.start_unknown", lang)
        return render("match.block.graduation", lang, graduation=_month(facts["graduation"], lang),
                      starts_on=_date(facts["starts_on"], lang))
    if key == "residence":
        if not facts.get("status"):
            return render("match.block.residence_unknown", lang)
        if facts.get("ended_on"):
            return render("match.block.residence_ended", lang, ended_on=_date(facts["ended_on"], lang))
        status = vocab.RESIDENCE_STATUSES.label(facts["status"], lang)
        kind = _KINDS.get(facts.get("kind"), ("", ""))[1 if lang == "ja" else 0]
        from sapporo_mice.students.matching import RESIDENCE_RULES
        with_permit = RESIDENCE_RULES.get(facts.get("kind"), ((), ()))[1]
        code = "match.block.residence_permit" if facts["status"] in with_permit else "match.block.residence"
        return render(code, lang, status=status, kind=kind)
    if facts.get("hours") is None:
        return render("match.block.hours_unknown", lang, limit=PART_TIME_HOURS_LIMIT)
    return render("match.block.hours", lang, hours=facts["hours"], limit=facts.get("limit", PART_TIME_HOURS_LIMIT))


def criterion_text(key: str, facts: dict[str, Any], lang: str) -> str:
    if key == "skills":
        matched, missing = facts.get("matched") or [], facts.get("missing") or []
        if not matched and not missing:
            return render("match.why.none_asked", lang)
        parts = [render("match.why.has", lang, items=_list(matched, lang))] if matched else []
        if missing:
            parts.append(render("match.why.lacks", lang, items=_list(missing, lang)))
        return ("。" if lang == "ja" else ". ").join(parts)
    if key == "languages":
        matched, missing = facts.get("matched") or [], facts.get("missing") or []
        parts = []
        if matched:
            parts.append(render("match.why.has", lang, items=_language_list(matched, lang)))
        if missing:
            parts.append(render("match.why.lacks", lang, items=_language_list(missing, lang)))
        if facts.get("min_english"):
            parts.append(render("match.why.english", lang, have=facts.get("english") or _LEVEL_NONE[lang],
                                need=facts["min_english"]))
        return ("。" if lang == "ja" else ". ").join(parts) or render("match.why.none_asked", lang)
    if key in ("industry", "job_type", "location"):
        vocabulary = {"industry": vocab.INDUSTRIES, "job_type": vocab.JOB_TYPES, "location": vocab.LOCATIONS}[key]
        offered, wishes = facts.get("offered"), facts.get("wishes") or []
        if not offered:
            return render("match.why.not_given", lang)
        if not wishes:
            return render("match.why.no_wish", lang)
        label = vocabulary.label(offered, lang)
        if facts.get("met", offered in wishes):
            return render("match.why.wished", lang, offered=label)
        return render("match.why.not_wished", lang, offered=label,
                      wishes=vocabulary.labels([w for w in wishes if w in vocabulary.codes], lang))
    kind, starts, graduation = facts.get("kind"), facts.get("starts_on"), facts.get("graduation")
    if kind == "part_time":
        return render("match.why.part_time", lang)
    if kind == "internship":
        if starts and graduation and starts > graduation:
            return render("match.why.internship_after", lang, graduation=_month(graduation, lang))
        return render("match.why.internship_before" if facts.get("interest") else
                      "match.why.internship_before_unkeen", lang)
    if not starts or not graduation:
        return formats.no_value(lang)
    months = max(0, round((dt.date.fromisoformat(starts) - dt.date.fromisoformat(graduation)).days / 30.44))
    return render("match.why.full_time", lang, starts_on=_date(starts, lang), months=months,
                  graduation=_month(graduation, lang))


def rows(explanation: Explanation, lang: str) -> list[ReasonRow]:
    """The failed filters first (if any), then the six criteria."""
    out = [ReasonRow(b.key, render(f"match.filter.{b.key}", lang), "", "", "", block_text(b.key, b.facts, lang),
                     blocked=True) for b in explanation.blocks]
    for c in explanation.criteria:
        out.append(ReasonRow(c.key, render(f"match.criterion.{c.key}", lang), formats.number(c.weight, lang, digits=0),
                             formats.percent(c.fraction, lang), formats.number(c.points, lang, digits=1),
                             criterion_text(c.key, c.facts, lang)))
    return out


def as_text(explanation: Explanation, lang: str, indent: str = "    ") -> list[str]:
    """The rows as aligned plain lines (the CLI's output)."""
    lines = []
    for row in rows(explanation, lang):
        if row.blocked:
            lines.append(f"{indent}× {row.label}: {row.text}")
        else:
            # Japanese sets the reason apart with a full-width space: a dash beside Japanese is drawn as the kanji 一
            score = f"{row.label}: {row.points} / {row.weight}"
            lines.append(f"{indent}{score}（{row.met}）　{row.text}" if lang == "ja"
                         else f"{indent}{score} ({row.met}) — {row.text}")
    return lines
