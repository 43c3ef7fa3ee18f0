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
  allow work only with a 資格外活動許可 need the permit; a period of stay that has ended (its date past) allows
  none, until the renewed card's date is recorded;
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
    residence_expires_on: dt.date | None = None  # the residence card's period of stay, to that day
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

    def residence_on(self, today: dt.date) -> str | None:
        """The residence status that holds on ``today``: none once the period of stay has ended (the CRM's date is
        out of date, or the student has left Japan; either way no company should be introduced meanwhile)."""
        ended = self.residence_expires_on is not None and self.residence_expires_on < today
        return None if ended else self.residence_status

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
    def from_mapping(cls, values: Mapping[str, Any] | None) -> Weights:
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
    def from_json(cls, student_id: str, opening_id: str, data: Mapping[str, Any]) -> Explanation:
        return cls(student_id, opening_id, float(data.get("score") or 0),
                   tuple(Block(b["key"], dict(b.get("facts") or {})) for b in data.get("blocks") or ()),
                   tuple(Criterion(c["key"], float(c["weight"]), float(c["fraction"]), float(c["points"]),
                                   dict(c.get("facts") or {})) for c in data.get("criteria") or ()))


# --------------------------------------------------------------------------------------------- one pair
# The reference rules, one pair at a time: what explanations show, and what the property tests hold the
# matrix evaluation below to.
def _rank(table: Mapping[str, int], level: str | None) -> int:
    return table.get(level or "", 0)


def english_fraction(have: str | None, need: str | None) -> float:
    """1 when the student's English reaches the minimum, ½ one CEFR level short, else 0."""
    gap = _rank(CEFR_RANK, need) - _rank(CEFR_RANK, have)
    return 1.0 if gap <= 0 else 0.5 if gap == 1 else 0.0


def wish_fraction(wishes: frozenset[str], offered: str | None) -> float:
    if not wishes or not offered:
        return 0.5
    return 1.0 if offered in wishes else 0.0


def timing_fraction(kind: str, starts_on: dt.date | None, graduation_day: dt.date | None, interest: bool) -> float:
    known = starts_on is not None and graduation_day is not None
    gap = (starts_on - graduation_day).days if known else 0
    if kind in FULL_TIME:
        if not known or gap < 0:
            return 0.0
        return 1.0 if gap <= 183 else 0.5 if gap <= 366 else 0.25
    if kind == "internship":
        if not known or gap <= 0:
            return 1.0 if interest else 0.5
        return 0.25
    return 1.0


def pair_fractions(student: StudentFacts, opening: OpeningFacts) -> dict[str, float]:
    """Each criterion's fraction met (0–1) for one pair."""
    asked = {skill_key(k) for k in opening.skills}
    have = {skill_key(k) for k in student.skills}
    skills = len(asked & have) / len(asked) if asked else 1.0
    languages = set(opening.languages)
    items = len(languages) + (1 if opening.min_english else 0)
    met = len(languages & student.spoken) + (english_fraction(student.english, opening.min_english)
                                             if opening.min_english else 0.0)
    return {"skills": skills, "languages": met / items if items else 1.0,
            "industry": wish_fraction(student.industries, opening.industry),
            "job_type": wish_fraction(student.job_types, opening.job_type),
            "location": wish_fraction(student.wished_locations, opening.location),
            "timing": timing_fraction(opening.kind, opening.starts_on, student.graduation_day,
                                      student.internship_interest)}


def residence_verdict(status: str | None, permit: bool, kind: str, hours: int | None) -> str | None:
    """None when the residence status allows the kind of work, else the filter it fails."""
    outright, with_permit = RESIDENCE_RULES.get(kind, (frozenset(), frozenset()))
    if status in outright:
        return None
    if status in with_permit and permit:
        return None if hours is not None and hours <= PART_TIME_HOURS_LIMIT else "hours"
    return "residence"


def graduates_before(student: StudentFacts, opening: OpeningFacts) -> bool:
    day = student.graduation_day
    return day is not None and opening.starts_on is not None and day < opening.starts_on


def pair_blocks(student: StudentFacts, opening: OpeningFacts, today: dt.date) -> tuple[str, ...]:
    """The hard filters one pair fails, in :data:`FILTERS` order (empty: the pair may be suggested)."""
    failed = set()
    if not student.consent_valid(today):
        failed.add("consent")
    if _rank(JLPT_RANK, student.jlpt) < _rank(JLPT_RANK, opening.min_jlpt):
        failed.add("japanese")
    if opening.kind in FULL_TIME and not graduates_before(student, opening):
        failed.add("graduation")
    verdict = residence_verdict(student.residence_on(today), student.part_time_permit, opening.kind,
                                opening.hours_per_week)
    if verdict:
        failed.add(verdict)
    return tuple(name for name in FILTERS if name in failed)


def pair_score(fractions: Mapping[str, float], weights: Weights) -> float:
    return round(sum(fractions[k] * w for k, w in weights.as_dict().items()) * 100 / weights.total, 1)


# --------------------------------------------------------------------------------------------- encoding
# Every criterion and filter is a sum of products of a student feature and an opening feature, so the
# whole evaluation is one matrix product: F_students (n × K) @ F_openings (m × K)ᵀ, each column block
# below one criterion (weighted) or one filter (a penalty that puts the pair below zero).
PENALTY = np.float32(-1000.0)


def _ordinal(day: dt.date | None) -> int:
    return day.toordinal() if day is not None else 0


def _index_of(values: Iterable[Iterable[str]]) -> dict[str, int]:
    index: dict[str, int] = {}
    for items in values:
        for item in items:
            index.setdefault(item, len(index))
    return index


def _sets_matrix(sets: Sequence[Iterable[str]], index: dict[str, int], width: int | None = None) -> np.ndarray:
    """A 0/1 float32 matrix: row r has a 1 in the column of each of ``sets[r]``'s items that ``index`` knows."""
    matrix = np.zeros((len(sets), width or max(1, len(index))), dtype=np.float32)
    rows, columns = [], []
    for row, items in enumerate(sets):
        for item in items:
            column = index.get(item)
            if column is not None:
                rows.append(row)
                columns.append(column)
    matrix[rows, columns] = 1.0
    return matrix


def _one_hot(codes: np.ndarray, width: int) -> np.ndarray:
    matrix = np.zeros((len(codes), width), dtype=np.float32)
    matrix[np.arange(len(codes)), codes] = 1.0
    return matrix


class Students:
    """A set of students, in id order (the tie-break)."""

    def __init__(self, facts: Iterable[StudentFacts]) -> None:
        self.facts = sorted(facts, key=lambda s: s.id)
        self.position = {s.id: i for i, s in enumerate(self.facts)}

    def __len__(self) -> int:
        return len(self.facts)


class Openings:
    """A set of openings, in id order (the tie-break)."""

    def __init__(self, facts: Iterable[OpeningFacts]) -> None:
        self.facts = sorted(facts, key=lambda o: o.id)
        self.position = {o.id: j for j, o in enumerate(self.facts)}

    def __len__(self) -> int:
        return len(self.facts)


def _features(students: Students, openings: Openings, weights: Weights, today: dt.date
              ) -> tuple[np.ndarray, np.ndarray]:
    """(F_students, F_openings): their product is each pair's score (0–100), or below zero for a pair that
    fails a hard filter."""
    S, O = students.facts, openings.facts
    scale = {key: np.float32(w * 100.0 / weights.total) for key, w in weights.as_dict().items()}
    left: list[np.ndarray] = []
    right: list[np.ndarray] = []

    def block(student_side: np.ndarray, opening_side: np.ndarray) -> None:
        left.append(student_side)
        right.append(opening_side)

    ones_s = np.ones((len(S), 1), dtype=np.float32)
    # Skills: the share of the opening's skills the student has (all of them when none is asked).
    asked = [{skill_key(k) for k in o.skills} for o in O]
    index = _index_of(asked)
    required = np.array([len(a) for a in asked], dtype=np.float32)
    block(_sets_matrix([{skill_key(k) for k in s.skills} for s in S], index),
          _sets_matrix(asked, index) * (scale["skills"] / np.maximum(required, 1))[:, None])
    block(ones_s, np.where(required == 0, scale["skills"], np.float32(0))[:, None])
    # Languages: the opening's languages the student speaks, English by level, over the items asked.
    asked_languages = [set(o.languages) for o in O]
    index = _index_of(asked_languages)
    min_english = np.array([_rank(CEFR_RANK, o.min_english) for o in O])
    items = np.array([len(a) for a in asked_languages], dtype=np.float32) + (min_english > 0)
    per_item = scale["languages"] / np.maximum(items, 1)
    block(_sets_matrix([s.spoken for s in S], index), _sets_matrix(asked_languages, index) * per_item[:, None])
    levels = len(CEFR_RANK) + 1
    english = np.array([[english_fraction(CEFR_BY_RANK.get(have), CEFR_BY_RANK.get(need)) if need else 0.0
                         for have in range(levels)] for need in range(levels)], dtype=np.float32)
    block(_one_hot(np.array([_rank(CEFR_RANK, s.english) for s in S], dtype=np.int64), levels),
          english[min_english] * per_item[:, None])
    block(ones_s, np.where(items == 0, scale["languages"], np.float32(0))[:, None])
    # Industry, job type, location: a wish met 1, not met 0, ½ when either side is silent.
    for key, wishes, offered in (
            ("industry", [s.industries for s in S], [o.industry for o in O]),
            ("job_type", [s.job_types for s in S], [o.job_type for o in O]),
            ("location", [s.wished_locations for s in S], [o.location for o in O])):
        index = _index_of([[v] for v in offered if v])
        silent_column = len(index)
        student_side = _sets_matrix(wishes, index, silent_column + 1)
        silent = np.array([not w for w in wishes], dtype=bool)
        student_side[silent, :] = 0.5
        student_side[:, silent_column] = 0.5
        codes = np.array([index[v] if v else silent_column for v in offered], dtype=np.int64)
        block(student_side, _one_hot(codes, silent_column + 1) * scale[key])
    # Timing and graduation: students grouped by (graduation day, interest in internships).
    classes: dict[tuple[int, bool], int] = {}
    student_class = np.array([classes.setdefault((_ordinal(s.graduation_day), s.internship_interest), len(classes))
                              for s in S], dtype=np.int64)
    opening_side = np.zeros((len(O), len(classes)), dtype=np.float32)
    for (graduation, interest), column in classes.items():
        day = dt.date.fromordinal(graduation) if graduation else None
        for j, o in enumerate(O):
            value = scale["timing"] * np.float32(timing_fraction(o.kind, o.starts_on, day, interest))
            if o.kind in FULL_TIME and not (day is not None and o.starts_on is not None and day < o.starts_on):
                value += PENALTY
            opening_side[j, column] = value
    block(_one_hot(student_class, max(1, len(classes))), opening_side)
    # Japanese: the JLPT level at least the minimum.
    jlpt_levels = len(JLPT_RANK)
    need = np.array([_rank(JLPT_RANK, o.min_jlpt) for o in O])
    block(_one_hot(np.array([_rank(JLPT_RANK, s.jlpt) for s in S], dtype=np.int64), jlpt_levels),
          np.where(np.arange(jlpt_levels)[None, :] < need[:, None], PENALTY, np.float32(0)).astype(np.float32))
    # Residence status (with or without the 資格外活動許可) against the kind and weekly hours.
    status_index = {status: i for i, status in enumerate(STATUSES)}
    residence = np.array([status_index.get(s.residence_on(today) or "", len(STATUSES)) * 2 + bool(s.part_time_permit)
                          for s in S], dtype=np.int64)
    width = (len(STATUSES) + 1) * 2
    table = {}
    opening_side = np.zeros((len(O), width), dtype=np.float32)
    for j, o in enumerate(O):
        key = (o.kind, o.hours_per_week)
        if key not in table:
            table[key] = np.array([0.0 if residence_verdict(
                STATUSES[c // 2] if c // 2 < len(STATUSES) else None, bool(c % 2), o.kind, o.hours_per_week)
                is None else PENALTY for c in range(width)], dtype=np.float32)
        opening_side[j] = table[key]
    block(_one_hot(residence, width), opening_side)
    # Consent: dated, not expired, covering matching.
    block(np.array([[0.0 if s.consent_valid(today) else 1.0] for s in S], dtype=np.float32).reshape(len(S), 1),
          np.full((len(O), 1), PENALTY, dtype=np.float32))
    return np.hstack(left), np.hstack(right)


# --------------------------------------------------------------------------------------------- evaluation
TRANSPOSE_ROWS = 256  # students per block of the transpose: a block's source and target lines stay in cache


def _transposed(matrix: np.ndarray) -> np.ndarray:
    """``matrix.T`` as a C-contiguous array, copied a block of rows at a time. A plain copy of the transposed view
    reads one cache line per student for every 32 openings; at 10,000 students those lines no longer fit in
    the cache, and the copy (and the whole ranking with it) grew faster than the number of pairs."""
    rows, columns = matrix.shape
    out = np.empty((columns, rows), dtype=matrix.dtype)
    for start in range(0, rows, TRANSPOSE_ROWS):
        out[:, start:start + TRANSPOSE_ROWS] = matrix[start:start + TRANSPOSE_ROWS].T
    return out


class Evaluation:
    """Every pair of ``students`` × ``openings`` on ``today``: whether it may be suggested, and its score.

    ``key`` holds each pair's score in tenths of a point (0–1000), -1 for a pair that fails a filter.
    """

    def __init__(self, students: Students, openings: Openings, *, weights: Weights | None = None,
                 today: dt.date | None = None) -> None:
        self.students, self.openings = students, openings
        self.weights = weights or Weights()
        self.today = today or dt.date.today()
        if len(students) and len(openings):
            left, right = _features(students, openings, self.weights, self.today)
            total = left @ right.T
        else:
            total = np.zeros((len(students), len(openings)), dtype=np.float32)
        np.multiply(total, np.float32(10), out=total)
        np.rint(total, out=total)
        np.maximum(total, np.float32(-1), out=total)
        self.key = total.astype(np.int16)
        self.eligible = self.key >= 0

    def score(self, i: int, j: int) -> float:
        return max(0, int(self.key[i, j])) / 10

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
        # Sorted ascending on 1000 - key (a uint16: numpy's radix sort), so best first and ties in id order.
        inverted = (np.int16(1000) - self.key).astype(np.uint16)
        by_opening = np.argsort(_transposed(inverted), axis=1, kind="stable")
        by_student = np.argsort(inverted, axis=1, kind="stable")
        return by_opening, self.eligible.sum(axis=0), by_student, self.eligible.sum(axis=1)

    # ------------------------------------------------------------------ explanation
    def explain(self, i: int, j: int) -> Explanation:
        """The pair's failed filters and criteria, with the facts behind each."""
        return explain(self.students.facts[i], self.openings.facts[j], weights=self.weights, today=self.today,
                       score=self.score(i, j))


def explain(student: StudentFacts, opening: OpeningFacts, *, weights: Weights | None = None,
            today: dt.date | None = None, score: float | None = None) -> Explanation:
    weights = weights or Weights()
    today = today or dt.date.today()
    fractions = pair_fractions(student, opening)
    blocks = tuple(Block(name, block_facts(name, student, opening, today))
                   for name in pair_blocks(student, opening, today))
    values = weights.as_dict()
    criteria = tuple(Criterion(key, values[key], round(fractions[key], 4),
                               round(fractions[key] * values[key] * 100 / weights.total, 1),
                               criterion_facts(key, student, opening)) for key in CRITERIA)
    return Explanation(student.id, opening.id, pair_score(fractions, weights) if score is None else score,
                       blocks, criteria)


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
        ended = student.residence_on(today) is None and student.residence_status is not None
        return {"status": student.residence_status, "kind": opening.kind, "permit": student.part_time_permit,
                "ended_on": _iso(student.residence_expires_on) if ended else None}
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
        return {"offered": opening.location, "wishes": sorted(student.locations),
                "met": opening.location in student.wished_locations}
    return {"kind": opening.kind, "starts_on": _iso(opening.starts_on), "graduation": _iso(student.graduation_day),
            "interest": student.internship_interest}


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
