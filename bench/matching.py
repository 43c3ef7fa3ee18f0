"""The matching engine: the full ranking of 5,000 students × 1,000 openings, both ways, under 1 s.

What is timed is everything a "suggest" over the whole register does after reading the records: encoding
the facts, the hard filters and the six criteria of every pair, and both full rankings (every opening's
students, every student's openings, ties broken by id). The baseline is the same work on the default size;
the run at twice the pairs (10,000 students) is reported as the ratio to it, which should be ≈ 2 (the
engine is linear in pairs).

    .venv/bin/python -m bench.run matching
"""

from __future__ import annotations

import datetime as dt
import os
import random
import time

from bench.measure import Result, median, timed_ms
from sapporo_mice.ids import uuid7
from sapporo_mice.students.matching import KINDS, OpeningFacts, StudentFacts, evaluate
from sapporo_mice.students.vocab import INDUSTRIES, JOB_TYPES, LOCATIONS

STUDENTS, OPENINGS = 5_000, 1_000
GOAL_MS = 1000.0
SKILLS = ("Python", "Java", "Excel", "CAD", "マーケティング", "通訳", "貿易実務", "簿記", "SNS運用", "デザイン",
          "機械設計", "品質管理", "データ分析", "接客", "営業", "翻訳", "C++", "会計", "物流管理", "食品衛生")
STATUSES = ("student", "student", "student", "designated_activities", "engineer_humanities", "dependent",
            "permanent_resident")
LANGS = ("zh", "ko", "vi", "th", "id", "ne", "mn", "ms", "fr", "ru")
TODAY = dt.date(2026, 12, 1)


def students(count: int, seed: int = 1) -> list[StudentFacts]:
    rng = random.Random(seed)
    rows = []
    for _ in range(count):
        consent_on = TODAY - dt.timedelta(days=rng.randint(-10, 700))
        rows.append(StudentFacts(
            id=uuid7(), jlpt=rng.choice(("N1", "N2", "N2", "N3", "N4", "none")),
            english=rng.choice((None, "B1", "B2", "C1", "native")),
            languages=frozenset(rng.sample(LANGS, rng.randint(0, 2))),
            skills=tuple(rng.sample(SKILLS, rng.randint(0, 6))),
            industries=frozenset(rng.sample(INDUSTRIES.codes, rng.randint(0, 3))),
            job_types=frozenset(rng.sample(JOB_TYPES.codes, rng.randint(0, 3))),
            locations=frozenset(rng.sample(LOCATIONS.codes, rng.randint(0, 2))),
            graduation=(rng.randint(2026, 2029), rng.choice((3, 9))) if rng.random() > 0.05 else None,
            residence_status=rng.choice(STATUSES), part_time_permit=rng.random() > 0.3,
            internship_interest=rng.random() > 0.5, consent_on=consent_on,
            consent_expires_on=consent_on + dt.timedelta(days=730),
            consent_purposes=frozenset(("matching", "events") if rng.random() > 0.1 else ("events",))))
    return rows


def openings(count: int, seed: int = 2) -> list[OpeningFacts]:
    rng = random.Random(seed)
    rows = []
    for _ in range(count):
        kind = rng.choice(KINDS)
        rows.append(OpeningFacts(
            id=uuid7(), kind=kind, min_jlpt=rng.choice((None, "N1", "N2", "N3")),
            min_english=rng.choice((None, None, "B1", "B2")), languages=tuple(rng.sample(LANGS, rng.randint(0, 2))),
            skills=tuple(rng.sample(SKILLS, rng.randint(0, 4))), industry=rng.choice(INDUSTRIES.codes),
            job_type=rng.choice(JOB_TYPES.codes), location=rng.choice(LOCATIONS.codes[:3]),
            hours_per_week=rng.choice((20, 28, 32)) if kind == "part_time" else None,
            starts_on=dt.date(rng.randint(2027, 2029), 4, 1)))
    return rows


def rank_everything(student_facts: list[StudentFacts], opening_facts: list[OpeningFacts]) -> int:
    evaluation = evaluate(student_facts, opening_facts, today=TODAY)
    by_opening, _, by_student, _ = evaluation.rank_all()
    return int(by_opening[0, 0]) + int(by_student[0, 0])


def run(scale: float = 1.0, repeat: int = 5) -> Result:
    n_students, n_openings = max(10, int(STUDENTS * scale)), max(2, int(OPENINGS * scale))
    base_s, base_o = students(n_students), openings(n_openings)
    double_s = base_s + students(n_students, seed=3)
    rank_everything(base_s, base_o)  # warm-up: numpy's first calls
    started = time.process_time()
    base = median(timed_ms(lambda: rank_everything(base_s, base_o), repeat))
    cpu = (time.process_time() - started) * 1000 / repeat
    started = time.process_time()
    double = median(timed_ms(lambda: rank_everything(double_s, base_o), repeat))
    cpu_double = (time.process_time() - started) * 1000 / repeat
    ratio = double / base
    return Result(
        name="matching", unit="ms", value=base, baseline=base, ratio=ratio,
        goal=f"full ranking of {n_students:,} × {n_openings:,} both ways < {GOAL_MS:,.0f} ms; ×2 pairs ≈ 2×",
        met=base < GOAL_MS,
        details={"students": n_students, "openings": n_openings, "pairs": n_students * n_openings,
                 "double_ms": round(double, 1), "ratio_at_double": round(ratio, 2),
                 "cpu_ms_per_run": round(cpu, 1), "cpu_ms_at_double": round(cpu_double, 1),
                 "cpu_ratio_at_double": round(cpu_double / cpu, 2), "load_average": os.getloadavg()[0]})


if __name__ == "__main__":
    result = run()
    print(result.line())
    print(f"twice the pairs ({result.details['pairs'] * 2:,}): {result.details['double_ms']:,.1f} ms, "
          f"ratio {result.details['ratio_at_double']:.2f}; CPU {result.details['cpu_ms_per_run']:,.1f} ms per run "
          f"(all threads), {result.details['cpu_ms_at_double']:,.1f} ms at twice the pairs (ratio "
          f"{result.details['cpu_ratio_at_double']:.2f}); load average {result.details['load_average']:.1f}")
