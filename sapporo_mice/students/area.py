"""The students area as the front ends reach it: ``crm.matching`` (suggestions both ways, explained; the match
pipeline's figures) and ``crm.privacy`` (APPI: consent gate, access log, export, erasure, retention purge)."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from sapporo_mice import fiscal, formats, messages, shared_settings
from sapporo_mice.errors import FieldProblem, ValidationError
from sapporo_mice.models import Match, MatchStage, Opening, Organization, Student
from sapporo_mice.services.base import Saved
from sapporo_mice.store import Reader
from sapporo_mice.validation import FieldInvalid

if TYPE_CHECKING:
    from sapporo_mice.store import Store
    from sapporo_mice.students.matching import Explanation, Weights

# The engine (numpy) and its helpers load on the first suggestion, not with the CRM (start-up time).


def _engine():
    from sapporo_mice.students import explain, facts, matching

    return matching, facts, explain


_NO_NAMES: tuple[str, None, None] = ("", None, None)  # an organization not found: no name in any language


@dataclass(frozen=True)
class Suggestion:
    """One suggested student (for an opening) or opening (for a student), best first."""

    id: str
    name: str
    detail: str  # the opening's company, or the student's school
    score: float
    explanation: Explanation
    match_id: str | None = None  # a match for this pair already exists
    match_stage: str | None = None
    detail_en: str | None = None  # the company's or school's English and Japanese names, where it keeps them
    detail_ja: str | None = None

    def reasons(self, lang: str) -> list:
        return _engine()[2].rows(self.explanation, lang)

    def shown_detail(self, lang: str) -> str:
        """The company or the school as a reader of ``lang`` knows it (:func:`sapporo_mice.formats.name`): Hokkaido
        University in English where the university keeps that name, 北海道大学 in Japanese."""
        return formats.name(self.detail, self.detail_en, lang, self.detail_ja)

    def as_json(self, lang: str = "en") -> dict[str, Any]:
        """DESIGN §5: ``{id, name, score, reasons}``; reasons by criterion, with codes, numbers and a sentence."""
        _explain = _engine()[2]
        criteria = {c.key: {"weight": c.weight, "fraction": c.fraction, "points": c.points,
                            "text": _explain.criterion_text(c.key, c.facts, lang), "facts": c.facts}
                    for c in self.explanation.criteria}
        return {"id": self.id, "name": self.name, "detail": self.detail, "detail_en": self.detail_en,
                "detail_ja": self.detail_ja, "score": self.score,
                "reasons": criteria, "match_id": self.match_id, "match_stage": self.match_stage}


# The office's matching weights: a shared setting (one set for every user, carried by sync). Before they were
# shared, a computer could keep its own (settings "matching_weights"): that value is the starting value until
# someone saves the weights for the office.
WEIGHTS_KEY = "matching_weights"

messages.register({
    "match.meaning.skills": {
        "en": "The share of the skills the opening asks for that the student has (full marks when it asks none).",
        "ja": "求人が求めるスキルのうち、学生が持っているものの割合（求めるスキルがなければ満点）。"},
    "match.meaning.languages": {
        "en": "The languages the opening asks for that the student speaks, and English at the level asked.",
        "ja": "求人が求める言語を学生が話せるか。英語は求めるレベルに達しているか。"},
    "match.meaning.industry": {
        "en": "The opening's industry is one the student wishes to work in (half when either side says nothing).",
        "ja": "求人の業種が学生の希望する業種か（どちらかが未指定なら半分）。"},
    "match.meaning.job_type": {
        "en": "The opening's job type is one the student wishes for (half when either side says nothing).",
        "ja": "求人の職種が学生の希望する職種か（どちらかが未指定なら半分）。"},
    "match.meaning.location": {
        "en": "The workplace is where the student wishes to work (half when either side says nothing).",
        "ja": "勤務地が学生の希望する勤務地か（どちらかが未指定なら半分）。"},
    "match.meaning.timing": {
        "en": "The start suits the student's graduation (within six months is best); for an internship, the "
              "student's interest in one.",
        "ja": "開始時期が学生の卒業時期に合うか（卒業後 6 か月以内が最良）。インターンシップは参加希望の有無。"},
})


@dataclass(frozen=True)
class WeightRow:
    """One criterion as the weights editor and ``match weights`` show it."""

    key: str
    label: str
    meaning: str
    weight: float
    default: float
    share: float  # of the score, 0–1


def clean_weights(value: Any) -> dict[str, float]:
    """The weights as the shared setting keeps them: every criterion, a number of 0 or more, not all zero
    (:class:`~sapporo_mice.validation.FieldInvalid` naming the first bad one otherwise)."""
    from sapporo_mice.students.matching import CRITERIA, Weights

    allowed = ", ".join(CRITERIA)
    if not isinstance(value, dict):
        raise FieldInvalid("match.weights_invalid", key="", allowed=allowed)
    try:
        return Weights.from_mapping(value).as_dict()
    except ValueError as exc:
        raise FieldInvalid("match.weights_invalid", key=str(exc), allowed=allowed) from None


shared_settings.register(WEIGHTS_KEY, clean_weights, "Matching weights", "マッチングの重み", legacy_local=True)


def office_weights(related: Any) -> Weights:
    """The weights the office has set (defaults for any criterion never set), read through ``related`` (a
    reader, or a write's unit)."""
    from sapporo_mice.students.matching import Weights

    try:
        return Weights.from_mapping(shared_settings.read(related, WEIGHTS_KEY, {}) or {})
    except (ValueError, TypeError, AttributeError):
        return Weights()  # a value from an older version must not stop suggestions


def check_weights(values: dict[str, Any]) -> Weights:
    """Weights from user input; a bad one is a :class:`ValidationError` naming it."""
    from sapporo_mice.students.matching import CRITERIA, Weights

    try:
        return Weights.from_mapping(values)
    except ValueError as exc:
        raise ValidationError([FieldProblem("matching_weights", "match.weights_invalid", str(exc),
                                            {"key": str(exc), "allowed": ", ".join(CRITERIA)})]) from None


class Matching:
    """Suggestions both ways, saving one as a match, and what the pipeline feeds (hires by fiscal year)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # ------------------------------------------------------------------ weights
    def weights(self) -> Weights:
        """The office's matching weights (a shared setting; the defaults where none is set)."""
        with self.store.reading() as session:
            return office_weights(Reader(session))

    def set_weights(self, values: dict[str, Any], *, actor: str) -> Saved:
        """Set the office's weights (every criterion; those not given keep their current value). One
        transaction, change-logged; a bad weight raises :class:`ValidationError` naming the field
        ``matching_weights`` before anything is written."""
        weights = check_weights({**self.weights().as_dict(), **values})
        return self.store.services["shared_setting"].put(WEIGHTS_KEY, weights.as_dict(), actor=actor)

    def reset_weights(self, *, actor: str) -> Saved:
        """Back to the built-in weights, for the office."""
        from sapporo_mice.students.matching import Weights

        return self.store.services["shared_setting"].put(WEIGHTS_KEY, Weights().as_dict(), actor=actor)

    def weights_table(self, lang: str, weights: Weights | None = None) -> list[WeightRow]:
        """Each criterion: its name, what it measures, its weight (the office's, or ``weights``), the built-in
        default and its share of the score."""
        from sapporo_mice.messages import render
        from sapporo_mice.students.matching import CRITERIA, Weights

        chosen, default = (weights or self.weights()).as_dict(), Weights().as_dict()
        total = sum(chosen.values()) or 1.0
        return [WeightRow(key, render(f"match.criterion.{key}", lang), render(f"match.meaning.{key}", lang),
                          chosen[key], default[key], chosen[key] / total) for key in CRITERIA]

    # ------------------------------------------------------------------ suggestions
    def for_opening(self, opening_id: str, *, top: int | None = None, weights: Weights | None = None,
                    today: dt.date | None = None) -> list[Suggestion]:
        """The students who pass every hard filter for the opening, best first (ties: the earlier registered)."""
        matching, f, _ = _engine()
        evaluate, student_facts, opening_facts = matching.evaluate, f.student_facts, f.opening_facts
        with self.store.reading() as session:
            opening = session.get(Opening, opening_id)
            company = session.get(Organization, opening.organization_id)
            students = list(session.scalars(select(Student).where(Student.deleted_at.is_(None),
                                                                  Student.purged_at.is_(None))))
            schools = self._organizations(session, {s.university_id for s in students})
            matched = self._matched(session, Match.opening_id == opening_id, "student_id")
            ev = evaluate([student_facts(s) for s in students], [opening_facts(opening, company.name if company
                                                                              else "")],
                          weights=weights or office_weights(Reader(session)), today=today)
            school_of = {s.id: schools.get(s.university_id, _NO_NAMES) for s in students}
        out = []
        for i in ev.students_for(opening_id, top):
            facts = ev.students.facts[i]
            match = matched.get(facts.id)
            name, name_en, name_ja = school_of[facts.id]
            out.append(Suggestion(facts.id, facts.name, name, ev.score(i, 0), ev.explain(i, 0),
                                  *(match or (None, None)), name_en, name_ja))
        return out

    def for_student(self, student_id: str, *, top: int | None = None, weights: Weights | None = None,
                    today: dt.date | None = None) -> list[Suggestion]:
        """The openings the student may take, best first (ties: the earlier registered)."""
        matching, f, _ = _engine()
        evaluate, student_facts, opening_facts = matching.evaluate, f.student_facts, f.opening_facts
        with self.store.reading() as session:
            student = session.get(Student, student_id)
            openings = list(session.scalars(select(Opening).where(Opening.deleted_at.is_(None))))
            company_of = {o.id: o.organization_id for o in openings}
            companies = self._organizations(session, set(company_of.values()))
            matched = self._matched(session, Match.student_id == student_id, "opening_id")
            facts = student_facts(student) if student.purged_at is None else None
            ev = evaluate([facts] if facts else [],
                          [opening_facts(o, companies.get(o.organization_id, _NO_NAMES)[0]) for o in openings],
                          weights=weights or office_weights(Reader(session)), today=today)
        if facts is None:
            return []
        out = []
        for j in ev.openings_for(student_id, top):
            o = ev.openings.facts[j]
            match = matched.get(o.id)
            _name, name_en, name_ja = companies.get(company_of[o.id], _NO_NAMES)
            out.append(Suggestion(o.id, o.title, o.company, ev.score(0, j), ev.explain(0, j),
                                  *(match or (None, None)), name_en, name_ja))
        return out

    def explain(self, student_id: str, opening_id: str, *, weights: Weights | None = None,
                today: dt.date | None = None) -> Explanation:
        """One pair, whether or not it passes the filters (a match's panel shows why it fits, or does not)."""
        matching, f, _ = _engine()
        with self.store.reading() as session:
            student, opening = session.get(Student, student_id), session.get(Opening, opening_id)
            company = session.get(Organization, opening.organization_id)
            s, o = f.student_facts(student), f.opening_facts(opening, company.name if company else "")
            weights = weights or office_weights(Reader(session))
        ev = matching.evaluate([s], [o], weights=weights, today=today)
        return ev.explain(0, 0)

    def explanation_rows(self, student_id: str, opening_id: str, lang: str) -> list:
        """The pair's explanation as table rows (:class:`~sapporo_mice.students.explain.ReasonRow`)."""
        return _engine()[2].rows(self.explain(student_id, opening_id), lang)

    def stored_rows(self, match: dict[str, Any], lang: str) -> list:
        """A saved match's explanation (its ``reasons``, codes) as table rows; none for older free-form reasons."""
        matching, _, explain = _engine()
        try:
            data = json.loads(match.get("reasons") or "")
            explanation = matching.Explanation.from_json(match["student_id"], match["opening_id"], data)
        except (ValueError, KeyError, TypeError, AttributeError):
            return []
        return explain.rows(explanation, lang)

    def suggest_match(self, student_id: str, opening_id: str, *, actor: str, owner: str | None = None) -> Saved:
        """Save a suggestion as a match at "suggested", with its score and explanation (codes, not text)."""
        explanation = self.explain(student_id, opening_id)
        return self.store.services["match"].create(
            {"student_id": student_id, "opening_id": opening_id, "score": explanation.score,
             "reasons": json.dumps(explanation.as_json(), ensure_ascii=False), "stage": MatchStage.SUGGESTED.value,
             "owner": owner}, actor=actor)

    # ------------------------------------------------------------------ pipeline figures
    def hires_by_fiscal_year(self) -> dict[int, int]:
        """Foreign employees placed through the programme: hired matches by the fiscal year of the hire (the KPI's
        rule, :func:`sapporo_mice.kpi.hired_matches`, which feeds 外国人就業者数 beside its entered figure)."""
        from sapporo_mice.kpi import hired_matches

        with self.store.reading() as session:
            return dict(sorted(Counter(fiscal.of(r.on) for r in hired_matches(session, None)).items()))

    def reached_by_fiscal_year(self, stage: str) -> dict[int, int]:
        """Matches whose stage history reaches ``stage`` (first time), by the fiscal year it did (the plan's
        "matches_introduced" and "students_hired" formulas)."""
        from sapporo_mice.models import MatchStageChange

        with self.store.reading() as session:
            rows = session.execute(select(MatchStageChange.match_id, MatchStageChange.changed_at)
                                   .join(Match, Match.id == MatchStageChange.match_id)
                                   .where(Match.deleted_at.is_(None), MatchStageChange.to_stage == stage)
                                   .order_by(MatchStageChange.changed_at)).all()
        first: dict[str, dt.datetime] = {}
        for match_id, at in rows:
            first.setdefault(match_id, at)
        return dict(sorted(Counter(fiscal.of(at) for at in first.values()).items()))

    def stage_counts(self) -> dict[str, int]:
        with self.store.reading() as session:
            stages = session.scalars(select(Match.stage).where(Match.deleted_at.is_(None)))
            counts = Counter(getattr(s, "value", s) for s in stages)
        return {stage.value: counts.get(stage.value, 0) for stage in MatchStage}

    def board(self, today: dt.date | None = None) -> list[dict[str, Any]]:
        """The live matches as the pipeline board shows them: who, which opening and company (with the company's
        names in each language, for ``formats.name``), score, days without a change (``stale`` after 30 days at a
        stage that waits on someone), best score first."""
        today = today or dt.date.today()
        with self.store.reading() as session:
            rows = session.execute(
                select(Match.id, Match.version, Match.stage, Match.score, Match.updated_at, Match.host_rating,
                       Student.display_name, Opening.title, Organization.name, Organization.name_en,
                       Organization.name_ja)
                .join(Student, Student.id == Match.student_id).join(Opening, Opening.id == Match.opening_id)
                .outerjoin(Organization, Organization.id == Opening.organization_id)
                .where(Match.deleted_at.is_(None)).order_by(Match.score.desc(), Match.id)).all()
        waiting = {MatchStage.INTRODUCED.value, MatchStage.INTERVIEW.value, MatchStage.OFFER.value}
        out = []
        for r in rows:
            stage = getattr(r.stage, "value", r.stage)
            quiet = (today - r.updated_at.date()).days if r.updated_at else 0
            out.append({"id": r.id, "version": r.version, "stage": stage, "score": r.score, "student": r.display_name,
                        "opening": r.title, "company": r.name or "", "company_en": r.name_en,
                        "company_ja": r.name_ja, "days_quiet": quiet,
                        "host_rating": r.host_rating, "stale": stage in waiting and quiet > 30})
        return out

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _organizations(session, ids: set[str | None]) -> dict[str, tuple[str, str | None, str | None]]:
        """The companies' or schools' names: id → (name, English name, Japanese name)."""
        ids = {i for i in ids if i}
        if not ids:
            return {}
        return {row.id: (row.name, row.name_en, row.name_ja) for row in session.execute(
            select(Organization.id, Organization.name, Organization.name_en, Organization.name_ja)
            .where(Organization.id.in_(ids)))}

    @staticmethod
    def _matched(session, condition, key: str) -> dict[str, tuple[str, str]]:
        rows = session.execute(select(getattr(Match, key), Match.id, Match.stage).where(
            condition, Match.deleted_at.is_(None))).all()
        return {other: (match_id, getattr(stage, "value", stage)) for other, match_id, stage in rows}
