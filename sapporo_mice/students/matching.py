"""The matching engine: which students may take which openings, how well each pair fits, and why.

Pure and deterministic: it takes plain facts (:class:`StudentFacts`, :class:`OpeningFacts`, built from
the records by :mod:`sapporo_mice.students.facts`) and a day, and never touches the database. Every pair
of a set of students and a set of openings is evaluated at once with numpy, so the full ranking of
5,000 students × 1,000 openings, both ways, takes a fraction of a second (``bench/matching.py``).

**Hard filters** (a pair failing one is never suggested, whatever its score):

- *consent*: the student's consent is dated, not expired on the day, and its purposes include matching;
- *japanese*: the student's JLPT level is at least the opening's minimum;
- *graduation*: for full-time roles (new graduate, mid-career), the student graduates (end of the
  graduation month) before the start date;
- *residence*: the residence status allows the kind of work (:data:`RESIDENCE_RULES`); statuses that
  allow work only with a 資格外活動許可 need the permit;
- *hours*: work under that permit is at most 28 hours a week, so the opening must state its weekly hours
  and they must not exceed 28.

**Score**: 0–100, the weighted mean of six criteria, each a fraction from 0 to 1 (:class:`Weights`):

- *skills*: the share of the opening's required skills the student has (all of them when none are asked);
- *languages*: the share of the opening's languages the student speaks, with the English level counting as
  one more item when a minimum is set (half when one level short);
- *industry*, *job type*, *location*: 1 when the opening's is among the student's wishes, 0 when not, ½ when
  either side says nothing; a wish for Hokkaido covers Sapporo, "anywhere in Japan" covers Japan;
- *timing*: full-time roles starting within 6 months of graduation 1, within a year ½, later ¼; an
  internship before graduation 1 (½ without the student's interest in internships), after it ¼;
  part-time work 1.

Scores are rounded to 0.1. Ties are broken by the record's id (UUIDv7: the earlier registered first), so
the same data always gives the same order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields
from typing import Any

import numpy as np

from sapporo_mice.students.vocab import LOCATION_COVERS, skill_key

CRITERIA = ("skills", "languages", "industry", "job_type", "location", "timing")
FILTERS = ("consent", "japanese", "graduation", "residence", "hours")
_BIT = {name: 1 << index for index, name in enumerate(FILTERS)}

JLPT_RANK = {"N1": 5, "N2": 4, "N3": 3, "N4": 2, "N5": 1, "none": 0}
CEFR_RANK = {"A1": 1, "A2": 2, "B1": 3, "B2": 4, "C1": 5, "C2": 6, "native": 7}
JLPT_BY_RANK = {rank: level for level, rank in JLPT_RANK.items()}
CEFR_BY_RANK = {rank: level for level, rank in CEFR_RANK.items()}
KINDS = ("internship", "new_graduate", "mid_career", "part_time")
FULL_TIME = frozenset({"new_graduate", "mid_career"})
PART_TIME_HOURS_LIMIT = 28  # 資格外活動許可: at most 28 hours a week
MATCHING_PURPOSE = "matching"

UNRESTRICTED = frozenset({"permanent_resident", "spouse", "long_term_resident"})
STUDYING = frozenset({"student", "designated_activities"})
WORKING = frozenset({"engineer_humanities", "highly_skilled", "specified_skilled"})
# For each kind of opening: the statuses that allow it outright, and those that allow it only with a
# 資格外活動許可 (permission to work outside the status), within 28 hours a week.
RESIDENCE_RULES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "internship": (UNRESTRICTED | STUDYING, frozenset({"dependent"})),
    "part_time": (UNRESTRICTED, STUDYING | WORKING | {"dependent"}),
    "new_graduate": (UNRESTRICTED | STUDYING | {"engineer_humanities", "highly_skilled"}, frozenset()),
    "mid_career": (UNRESTRICTED | STUDYING | WORKING, frozenset()),
}
STATUSES = ("student", "designated_activities", "engineer_humanities", "highly_skilled", "specified_skilled",
            "dependent", "permanent_resident", "spouse", "long_term_resident")


# --------------------------------------------------------------------------------------------- inputs
@dataclass(frozen=True)
class StudentFacts:
    """What the engine knows of a student: codes, dates and lists (no ORM object)."""

    id: str
    name: str = ""
    jlpt: str | None = None
    english: str | None = None
    languages: frozenset[str] = frozenset()  # spoken, besides Japanese (JLPT) and English (CEFR)
    skills: tuple[str, ...] = ()
    industries: frozenset[str] = frozenset()
    job_types: frozenset[str] = frozenset()
    locations: frozenset[str] = frozenset()
    graduation: tuple[int, int] | None = None  # (year, month)
    residence_status: str | None = None
    part_time_permit: bool = False
    internship_interest: bool = False
    consent_on: dt.date | None = None
    consent_expires_on: dt.date | None = None
    consent_purposes: frozenset[str] = frozenset()

    @property
    def spoken(self) -> frozenset[str]:
        """Every language the student has: Japanese with any JLPT level, English with any CEFR level."""
        extra = {"ja"} if JLPT_RANK.get(self.jlpt or "none", 0) > 0 else set()
        if self.english:
            extra.add("en")
        return self.languages | extra

    @property
    def graduation_day(self) -> dt.date | None:
        """The last day of the graduation month."""
        if self.graduation is None:
            return None
        year, month = self.graduation
        return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)

    def consent_valid(self, today: dt.date) -> bool:
        return (self.consent_on is not None and self.consent_on <= today
                and (self.consent_expires_on is None or self.consent_expires_on >= today)
                and MATCHING_PURPOSE in self.consent_purposes)

    @property
    def wished_locations(self) -> frozenset[str]:
        covered = set(self.locations)
        for wish in self.locations:
            covered |= LOCATION_COVERS.get(wish, set())
        return frozenset(covered)


@dataclass(frozen=True)
class OpeningFacts:
    id: str
    title: str = ""
    company: str = ""
    kind: str = "internship"
    min_jlpt: str | None = None
    min_english: str | None = None
    languages: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    industry: str | None = None
    job_type: str | None = None
    location: str | None = None
    hours_per_week: int | None = None
    starts_on: dt.date | None = None


@dataclass(frozen=True)
class Weights:
    """How much each criterion counts (any non-negative numbers; the score is their weighted mean × 100)."""

    skills: float = 35
    languages: float = 20
    industry: float = 15
    job_type: float = 15
    location: float = 10
    timing: float = 5

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any] | None) -> "Weights":
        """Weights from settings or the CLI; missing keys keep their default. Raises ``ValueError`` naming
        the first bad key (unknown, not a number, negative) or ``"total"`` when all are zero."""
        chosen = {}
        for key, value in (values or {}).items():
            if key not in CRITERIA:
                raise ValueError(key)
            try:
                number = float(value)
            except (TypeError, ValueError):
                raise ValueError(key) from None
            if not number >= 0 or number == float("inf"):
                raise ValueError(key)
            chosen[key] = number
        weights = cls(**chosen)
        if weights.total <= 0:
            raise ValueError("total")
        return weights

    @property
    def total(self) -> float:
        return sum(self.as_dict().values())

    def as_dict(self) -> dict[str, float]:
        return {f.name: float(getattr(self, f.name)) for f in fields(self)}


# --------------------------------------------------------------------------------------------- output
@dataclass(frozen=True)
class Criterion:
    """One criterion of one pair: its weight, the fraction met (0–1), the points it gives, and the facts
    behind it (codes and lists, rendered per language by :mod:`sapporo_mice.students.explain`)."""

    key: str
    weight: float
    fraction: float
    points: float
    facts: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Block:
    """A hard filter the pair fails, with the facts that fail it."""

    key: str
    facts: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Explanation:
    student_id: str
    opening_id: str
    score: float
    blocks: tuple[Block, ...]
    criteria: tuple[Criterion, ...]

    @property
    def eligible(self) -> bool:
        return not self.blocks

    def as_json(self) -> dict[str, Any]:
        """Codes and numbers only (what a match stores in ``reasons``; rendered in any language later)."""
        return {"score": self.score, "eligible": self.eligible,
                "blocks": [asdict(b) for b in self.blocks], "criteria": [asdict(c) for c in self.criteria]}

    @classmethod
    def from_json(cls, student_id: str, opening_id: str, data: Mapping[str, Any]) -> "Explanation":
        return cls(student_id, opening_id, float(data.get("score") or 0),
                   tuple(Block(b["key"], dict(b.get("facts") or {})) for b in data.get("blocks") or ()),
                   tuple(Criterion(c["key"], float(c["weight"]), float(c["fraction"]), float(c["points"]),
                                   dict(c.get("facts") or {})) for c in data.get("criteria") or ()))


# --------------------------------------------------------------------------------------------- encoding
def _sets_matrix(sets: Sequence[Iterable[str]], index: dict[str, int]) -> np.ndarray:
    """A 0/1 float32 matrix: row r has a 1 in the column of each of ``sets[r]``'s items that ``index`` knows."""
    matrix = np.zeros((len(sets), max(1, len(index))), dtype=np.float32)
    rows, columns = [], []
    for row, items in enumerate(sets):
        for item in items:
            column = index.get(item)
            if column is not None:
                rows.append(row)
                columns.append(column)
    matrix[rows, columns] = 1.0
    return matrix


def _index_of(values: Iterable[Iterable[str]]) -> dict[str, int]:
    index: dict[str, int] = {}
    for items in values:
        for item in items:
            index.setdefault(item, len(index))
    return index


def _ordinal(day: dt.date | None) -> int:
    return day.toordinal() if day is not None else 0


class Students:
    """A set of students encoded for the engine, in id order (the tie-break)."""

    def __init__(self, facts: Iterable[StudentFacts]) -> None:
        self.facts = sorted(facts, key=lambda s: s.id)
        self.position = {s.id: i for i, s in enumerate(self.facts)}
        rows = self.facts
        self.jlpt = np.array([JLPT_RANK.get(s.jlpt or "none", 0) for s in rows], dtype=np.int8)
        self.english = np.array([CEFR_RANK.get(s.english or "", 0) for s in rows], dtype=np.int8)
        self.graduation = np.array([_ordinal(s.graduation_day) for s in rows], dtype=np.int32)
        status_index = {status: i for i, status in enumerate(STATUSES)}
        self.status = np.array([status_index.get(s.residence_status or "", len(STATUSES)) for s in rows],
                               dtype=np.int8)
        self.permit = np.array([s.part_time_permit for s in rows], dtype=bool)
        self.interest = np.array([s.internship_interest for s in rows], dtype=bool)
        self.skill_keys = [{skill_key(k) for k in s.skills} for s in rows]
        self.spoken = [s.spoken for s in rows]
        self.locations = [s.wished_locations for s in rows]

    def __len__(self) -> int:
        return len(self.facts)

    def consent(self, today: dt.date) -> np.ndarray:
        return np.array([s.consent_valid(today) for s in self.facts], dtype=bool)


class Openings:
    """A set of openings encoded for the engine, in id order (the tie-break)."""

    def __init__(self, facts: Iterable[OpeningFacts]) -> None:
        self.facts = sorted(facts, key=lambda o: o.id)
        self.position = {o.id: j for j, o in enumerate(self.facts)}
        rows = self.facts
        self.kind = np.array([KINDS.index(o.kind) if o.kind in KINDS else 0 for o in rows], dtype=np.int8)
        self.min_jlpt = np.array([JLPT_RANK.get(o.min_jlpt or "none", 0) for o in rows], dtype=np.int8)
        self.min_english = np.array([CEFR_RANK.get(o.min_english or "", 0) for o in rows], dtype=np.int8)
        self.starts = np.array([_ordinal(o.starts_on) for o in rows], dtype=np.int32)
        hours = [o.hours_per_week for o in rows]
        self.hours_ok = np.array([h is not None and h <= PART_TIME_HOURS_LIMIT for h in hours], dtype=bool)
        self.full_time = np.array([o.kind in FULL_TIME for o in rows], dtype=bool)
        self.skill_keys = [{skill_key(k) for k in o.skills} for o in rows]
        self.languages = [set(o.languages) for o in rows]

    def __len__(self) -> int:
        return len(self.facts)


def _residence_tables() -> tuple[np.ndarray, np.ndarray]:
    """(allowed, with permit): bool tables by [opening kind, status] (the last status is "not known")."""
    allowed = np.zeros((len(KINDS), len(STATUSES) + 1), dtype=bool)
    permit = np.zeros_like(allowed)
    for k, kind in enumerate(KINDS):
        outright, with_permit = RESIDENCE_RULES[kind]
        for s, status in enumerate(STATUSES):
            allowed[k, s] = status in outright
            permit[k, s] = status in with_permit
    return allowed, permit


_ALLOWED, _WITH_PERMIT = _residence_tables()


# --------------------------------------------------------------------------------------------- evaluation
class Evaluation:
    """Every pair of ``students`` × ``openings`` on ``today``: failed filters, criteria and scores."""

    def __init__(self, students: Students, openings: Openings, *, weights: Weights | None = None,
                 today: dt.date | None = None) -> None:
        self.students, self.openings = students, openings
        self.weights = weights or Weights()
        self.today = today or dt.date.today()
        self.blocks = self._blocks()
        self.parts = self._parts()
        total = np.zeros((len(students), len(openings)), dtype=np.float32)
        for key, weight in self.weights.as_dict().items():
            if weight:
                total += np.float32(weight) * self.parts[key]
        self.score = np.round(total * np.float32(100.0 / self.weights.total), 1)
        self.eligible = self.blocks == 0
        # The ranking key: tenths of a point (0–1000), -1 for a pair that fails a filter.
        self.key = np.where(self.eligible, np.rint(self.score * 10), -1).astype(np.int16)

    # ------------------------------------------------------------------ filters
    def _blocks(self) -> np.ndarray:
        s, o = self.students, self.openings
        blocks = np.zeros((len(s), len(o)), dtype=np.uint8)
        blocks |= np.where(s.consent(self.today), 0, _BIT["consent"]).astype(np.uint8)[:, None]
        blocks |= np.where(s.jlpt[:, None] >= o.min_jlpt[None, :], 0, _BIT["japanese"]).astype(np.uint8)
        graduated_before = (s.graduation[:, None] > 0) & (o.starts[None, :] > 0) & (
            s.graduation[:, None] < o.starts[None, :])
        blocks |= np.where(o.full_time[None, :] & ~graduated_before, _BIT["graduation"], 0).astype(np.uint8)
        outright = _ALLOWED[o.kind[None, :], s.status[:, None]]
        with_permit = _WITH_PERMIT[o.kind[None, :], s.status[:, None]] & s.permit[:, None]
        blocks |= np.where(outright | with_permit, 0, _BIT["residence"]).astype(np.uint8)
        blocks |= np.where(~outright & with_permit & ~o.hours_ok[None, :], _BIT["hours"], 0).astype(np.uint8)
        return blocks

    # ------------------------------------------------------------------ criteria
    def _parts(self) -> dict[str, np.ndarray]:
        return {"skills": self._skills(), "languages": self._languages(),
                "industry": self._wish([f.industries for f in self.students.facts],
                                       [f.industry for f in self.openings.facts]),
                "job_type": self._wish([f.job_types for f in self.students.facts],
                                       [f.job_type for f in self.openings.facts]),
                "location": self._wish(self.students.locations, [f.location for f in self.openings.facts]),
                "timing": self._timing()}

    def _skills(self) -> np.ndarray:
        index = _index_of(self.openings.skill_keys)
        have = _sets_matrix(self.students.skill_keys, index)
        asked = _sets_matrix(self.openings.skill_keys, index)
        counts = have @ asked.T
        required = asked.sum(axis=1)[None, :]
        return np.where(required > 0, counts / np.maximum(required, 1), np.float32(1.0)).astype(np.float32)

    def _languages(self) -> np.ndarray:
        s, o = self.students, self.openings
        index = _index_of(o.languages)
        spoken = _sets_matrix(s.spoken, index)
        asked = _sets_matrix(o.languages, index)
        covered = spoken @ asked.T
        items = asked.sum(axis=1) + (o.min_english > 0)
        gap = o.min_english[None, :].astype(np.int16) - s.english[:, None].astype(np.int16)
        english = np.select([gap <= 0, gap == 1], [np.float32(1.0), np.float32(0.5)], np.float32(0.0))
        english = np.where(o.min_english[None, :] > 0, english, np.float32(0.0))
        met = covered + english
        return np.where(items[None, :] > 0, met / np.maximum(items, 1)[None, :], np.float32(1.0)).astype(np.float32)

    @staticmethod
    def _wish(wishes: Sequence[Iterable[str]], offered: Sequence[str | None]) -> np.ndarray:
        index = _index_of([[v] for v in offered if v])
        hits = _sets_matrix(wishes, index) @ _sets_matrix([[v] if v else [] for v in offered], index).T
        silent = np.array([not w for w in wishes], dtype=bool)[:, None] | np.array(
            [not v for v in offered], dtype=bool)[None, :]
        return np.where(silent, np.float32(0.5), np.minimum(hits, 1)).astype(np.float32)

    def _timing(self) -> np.ndarray:
        s, o = self.students, self.openings
        known = (s.graduation[:, None] > 0) & (o.starts[None, :] > 0)
        gap = o.starts[None, :] - s.graduation[:, None]
        full_time = np.select([known & (gap >= 0) & (gap <= 183), known & (gap >= 0) & (gap <= 366), known & (gap >= 0)],
                              [np.float32(1.0), np.float32(0.5), np.float32(0.25)], np.float32(0.0))
        before = ~known | (gap <= 0)
        keen = np.where(s.interest, np.float32(1.0), np.float32(0.5))[:, None]
        internship = np.where(before, keen, np.float32(0.25))
        kind = o.kind[None, :]
        return np.select([o.full_time[None, :], kind == KINDS.index("internship")], [full_time, internship],
                         np.float32(1.0)).astype(np.float32)

    # ------------------------------------------------------------------ rankings
    def students_for(self, opening_id: str, top: int | None = None) -> list[int]:
        """Indices of the eligible students for one opening, best first (ties: by id)."""
        keys = self.key[:, self.openings.position[opening_id]]
        order = np.argsort(-keys, kind="stable")
        eligible = int((keys >= 0).sum())
        return order[: eligible if top is None else min(top, eligible)].tolist()

    def openings_for(self, student_id: str, top: int | None = None) -> list[int]:
        keys = self.key[self.students.position[student_id], :]
        order = np.argsort(-keys, kind="stable")
        eligible = int((keys >= 0).sum())
        return order[: eligible if top is None else min(top, eligible)].tolist()

    def rank_all(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Both full rankings at once: (students by opening, eligible counts), (openings by student, counts).
        Row r of the first holds the student indices for opening r, best first, the ineligible last."""
        by_opening = np.argsort(-np.ascontiguousarray(self.key.T), axis=1, kind="stable")
        by_student = np.argsort(-self.key, axis=1, kind="stable")
        return by_opening, self.eligible.sum(axis=0), by_student, self.eligible.sum(axis=1)

    # ------------------------------------------------------------------ explanation
    def explain(self, i: int, j: int) -> Explanation:
        """The pair's failed filters and criteria, with the facts behind each."""
        student, opening = self.students.facts[i], self.openings.facts[j]
        bits = int(self.blocks[i, j])
        blocks = tuple(Block(name, block_facts(name, student, opening, self.today))
                       for name in FILTERS if bits & _BIT[name])
        weights = self.weights.as_dict()
        criteria = tuple(
            Criterion(key, weights[key], round(float(self.parts[key][i, j]), 4),
                      round(float(self.parts[key][i, j]) * weights[key] * 100 / self.weights.total, 1),
                      criterion_facts(key, student, opening))
            for key in CRITERIA)
        return Explanation(student.id, opening.id, float(self.score[i, j]), blocks, criteria)


def evaluate(students: Iterable[StudentFacts], openings: Iterable[OpeningFacts], *,
             weights: Weights | None = None, today: dt.date | None = None) -> Evaluation:
    return Evaluation(Students(students), Openings(openings), weights=weights, today=today)


# --------------------------------------------------------------------------------------------- facts
def block_facts(name: str, student: StudentFacts, opening: OpeningFacts, today: dt.date) -> dict[str, Any]:
    """What a failed filter says: plain codes, numbers and ISO dates."""
    if name == "consent":
        if student.consent_on is None:
            state = "none"
        elif student.consent_on > today:
            state = "future"
        elif student.consent_expires_on is not None and student.consent_expires_on < today:
            state = "expired"
        else:
            state = "purpose"
        return {"state": state, "expires_on": _iso(student.consent_expires_on)}
    if name == "japanese":
        return {"have": student.jlpt or "none", "need": opening.min_jlpt}
    if name == "graduation":
        return {"graduation": _iso(student.graduation_day), "starts_on": _iso(opening.starts_on)}
    if name == "residence":
        return {"status": student.residence_status, "kind": opening.kind, "permit": student.part_time_permit}
    return {"hours": opening.hours_per_week, "limit": PART_TIME_HOURS_LIMIT}


def criterion_facts(key: str, student: StudentFacts, opening: OpeningFacts) -> dict[str, Any]:
    """The facts behind one criterion, as lists in a stable order."""
    if key == "skills":
        have = {skill_key(k) for k in student.skills}
        return {"matched": [k for k in opening.skills if skill_key(k) in have],
                "missing": [k for k in opening.skills if skill_key(k) not in have]}
    if key == "languages":
        spoken = student.spoken
        return {"matched": [c for c in opening.languages if c in spoken],
                "missing": [c for c in opening.languages if c not in spoken],
                "english": student.english, "min_english": opening.min_english}
    if key in ("industry", "job_type"):
        wishes = student.industries if key == "industry" else student.job_types
        return {"offered": getattr(opening, key), "wishes": sorted(wishes)}
    if key == "location":
        return {"offered": opening.location, "wishes": sorted(student.locations)}
    return {"kind": opening.kind, "starts_on": _iso(opening.starts_on), "graduation": _iso(student.graduation_day),
            "interest": student.internship_interest}


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
