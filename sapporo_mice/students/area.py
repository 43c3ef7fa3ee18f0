"""The students area as the front ends reach it: ``crm.matching`` (suggestions both ways, explained; the match
pipeline's figures) and ``crm.privacy`` (APPI: consent gate, access log, export, erasure, retention purge)."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from sapporo_mice import fiscal
from sapporo_mice.errors import FieldProblem, ValidationError
from sapporo_mice.models import Match, MatchStage, Opening, Organization, Student
from sapporo_mice.services.base import Saved

if TYPE_CHECKING:
    from sapporo_mice.store import Store
    from sapporo_mice.students.matching import Explanation, Weights

# The engine (numpy) and its helpers load on the first suggestion, not with the CRM (start-up time).


def _engine():
    from sapporo_mice.students import explain, facts, matching

    return matching, facts, explain


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

    def reasons(self, lang: str) -> list:
        return _engine()[2].rows(self.explanation, lang)

    def as_json(self, lang: str = "en") -> dict[str, Any]:
        """DESIGN §5: ``{id, name, score, reasons}``; reasons by criterion, with codes, numbers and a sentence."""
        _explain = _engine()[2]
        criteria = {c.key: {"weight": c.weight, "fraction": c.fraction, "points": c.points,
                            "text": _explain.criterion_text(c.key, c.facts, lang), "facts": c.facts}
                    for c in self.explanation.criteria}
        return {"id": self.id, "name": self.name, "detail": self.detail, "score": self.score,
                "reasons": criteria, "match_id": self.match_id, "match_stage": self.match_stage}


def weights_from_settings() -> Weights:
    from sapporo_mice.settings import Settings
    from sapporo_mice.students.matching import Weights

    try:
        return Weights.from_mapping(Settings().get("matching_weights") or {})
    except (ValueError, KeyError):
        return Weights()


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
            schools = self._names(session, {s.university_id for s in students})
            matched = self._matched(session, Match.opening_id == opening_id, "student_id")
            ev = evaluate([student_facts(s) for s in students], [opening_facts(opening, company.name if company
                                                                              else "")],
                          weights=weights or weights_from_settings(), today=today)
            school_of = {s.id: schools.get(s.university_id, "") for s in students}
        out = []
        for i in ev.students_for(opening_id, top):
            facts = ev.students.facts[i]
            match = matched.get(facts.id)
            out.append(Suggestion(facts.id, facts.name, school_of[facts.id], ev.score(i, 0), ev.explain(i, 0),
                                  *(match or (None, None))))
        return out

    def for_student(self, student_id: str, *, top: int | None = None, weights: Weights | None = None,
                    today: dt.date | None = None) -> list[Suggestion]:
        """The openings the student may take, best first (ties: the earlier registered)."""
        matching, f, _ = _engine()
        evaluate, student_facts, opening_facts = matching.evaluate, f.student_facts, f.opening_facts
        with self.store.reading() as session:
            student = session.get(Student, student_id)
            openings = list(session.scalars(select(Opening).where(Opening.deleted_at.is_(None))))
            companies = self._names(session, {o.organization_id for o in openings})
            matched = self._matched(session, Match.student_id == student_id, "opening_id")
            facts = student_facts(student) if student.purged_at is None else None
            ev = evaluate([facts] if facts else [],
                          [opening_facts(o, companies.get(o.organization_id, "")) for o in openings],
                          weights=weights or weights_from_settings(), today=today)
        if facts is None:
            return []
        out = []
        for j in ev.openings_for(student_id, top):
            o = ev.openings.facts[j]
            match = matched.get(o.id)
            out.append(Suggestion(o.id, o.title, o.company, ev.score(0, j), ev.explain(0, j),
                                  *(match or (None, None))))
        return out

    def explain(self, student_id: str, opening_id: str, *, weights: Weights | None = None,
                today: dt.date | None = None) -> Explanation:
        """One pair, whether or not it passes the filters (a match's panel shows why it fits, or does not)."""
        matching, f, _ = _engine()
        with self.store.reading() as session:
            student, opening = session.get(Student, student_id), session.get(Opening, opening_id)
            company = session.get(Organization, opening.organization_id)
            s, o = f.student_facts(student), f.opening_facts(opening, company.name if company else "")
        ev = matching.evaluate([s], [o], weights=weights or weights_from_settings(), today=today)
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
        """The live matches as the pipeline board shows them: who, which opening, score, days without a change
        (``stale`` after 30 days at a stage that waits on someone), best score first."""
        today = today or dt.date.today()
        with self.store.reading() as session:
            rows = session.execute(
                select(Match.id, Match.version, Match.stage, Match.score, Match.updated_at, Match.host_rating,
                       Student.display_name, Opening.title, Organization.name)
                .join(Student, Student.id == Match.student_id).join(Opening, Opening.id == Match.opening_id)
                .outerjoin(Organization, Organization.id == Opening.organization_id)
                .where(Match.deleted_at.is_(None)).order_by(Match.score.desc(), Match.id)).all()
        waiting = {MatchStage.INTRODUCED.value, MatchStage.INTERVIEW.value, MatchStage.OFFER.value}
        out = []
        for r in rows:
            stage = getattr(r.stage, "value", r.stage)
            quiet = (today - r.updated_at.date()).days if r.updated_at else 0
            out.append({"id": r.id, "version": r.version, "stage": stage, "score": r.score, "student": r.display_name,
                        "opening": r.title, "company": r.name or "", "days_quiet": quiet,
                        "host_rating": r.host_rating, "stale": stage in waiting and quiet > 30})
        return out

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _names(session, ids: set[str | None]) -> dict[str, str]:
        ids = {i for i in ids if i}
        if not ids:
            return {}
        return dict(session.execute(select(Organization.id, Organization.name).where(Organization.id.in_(ids))).all())

    @staticmethod
    def _matched(session, condition, key: str) -> dict[str, tuple[str, str]]:
        rows = session.execute(select(getattr(Match, key), Match.id, Match.stage).where(
            condition, Match.deleted_at.is_(None))).all()
        return {other: (match_id, getattr(stage, "value", stage)) for other, match_id, stage in rows}
