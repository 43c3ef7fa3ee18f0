"""The matching engine: hard filters, the weighted score, explanations and both rankings (pure, no database)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sapporo_mice.students import matching as m
from sapporo_mice.students.matching import (
    OpeningFacts,
    StudentFacts,
    Weights,
    evaluate,
    explain,
)

TODAY = dt.date(2026, 12, 1)
SKILLS = ("Python", "Excel", "通訳", "貿易実務", "CAD", "デザイン", "営業", "簿記")


def student(id="s1", **kw) -> StudentFacts:
    base = dict(id=id, name=id, jlpt="N2", english="B2", skills=("Python", "Excel"), graduation=(2027, 3),
                residence_status="student", part_time_permit=True, internship_interest=True,
                consent_on=dt.date(2026, 4, 1), consent_expires_on=dt.date(2028, 3, 31),
                consent_purposes=frozenset({"matching"}))
    base.update(kw)
    return StudentFacts(**base)


def opening(id="o1", **kw) -> OpeningFacts:
    base = dict(id=id, title=id, kind="new_graduate", min_jlpt="N2", skills=("Python", "Excel"),
                starts_on=dt.date(2027, 4, 1))
    base.update(kw)
    return OpeningFacts(**base)


def blocks(s, o, today=TODAY):
    return m.pair_blocks(s, o, today)


# ------------------------------------------------------------------------------------------- hard filters
def test_a_student_who_fits_passes_every_filter_and_scores():
    ev = evaluate([student()], [opening()], today=TODAY)
    assert ev.eligible[0, 0]
    assert ev.score(0, 0) > 0
    assert blocks(student(), opening()) == ()


@pytest.mark.parametrize("change, failed", [
    (dict(consent_on=None), "consent"),
    (dict(consent_on=dt.date(2027, 1, 1)), "consent"),  # starts later
    (dict(consent_expires_on=dt.date(2026, 11, 30)), "consent"),  # expired the day before
    (dict(consent_purposes=frozenset({"events"})), "consent"),  # does not cover matching
    (dict(jlpt="N3"), "japanese"),
    (dict(jlpt=None), "japanese"),
    (dict(graduation=(2027, 4)), "graduation"),  # graduates in the month the job starts
    (dict(graduation=None), "graduation"),
    (dict(residence_status=None), "residence"),
    (dict(residence_status="specified_skilled"), "residence"),  # 特定技能 is not a new-graduate status
    (dict(residence_expires_on=dt.date(2026, 11, 30)), "residence"),  # the period of stay ended the day before
])
def test_each_hard_filter_blocks_the_pair(change, failed):
    s = student(**change)
    assert failed in blocks(s, opening())
    ev = evaluate([s], [opening()], today=TODAY)
    assert not ev.eligible[0, 0]
    assert ev.students_for("o1") == []
    assert [b.key for b in ev.explain(0, 0).blocks] == list(blocks(s, opening()))


def test_consent_valid_on_its_last_day():
    assert blocks(student(consent_expires_on=TODAY), opening()) == ()


def test_a_period_of_stay_that_has_ended_says_so_and_its_last_day_still_counts():
    from sapporo_mice.students.explain import block_text

    assert blocks(student(residence_expires_on=TODAY), opening()) == ()
    ended = student(residence_expires_on=dt.date(2025, 11, 5))
    [block] = evaluate([ended], [opening()], today=TODAY).explain(0, 0).blocks
    assert block.key == "residence" and block.facts["ended_on"] == "2025-11-05"
    assert block_text("residence", block.facts, "ja") == \
        "在留期間が 2025/11/05 に満了しています。更新後の在留カードで確認し、満了日を登録してください"


def test_japanese_at_or_above_the_minimum():
    assert blocks(student(jlpt="N1"), opening(min_jlpt="N2")) == ()
    assert blocks(student(jlpt="N5"), opening(min_jlpt=None)) == ()


def test_graduation_matters_only_for_full_time_roles():
    late = student(graduation=(2029, 3))
    assert "graduation" in blocks(late, opening(kind="mid_career"))
    assert blocks(late, opening(kind="internship", min_jlpt=None)) == ()


def test_part_time_work_on_a_student_visa_needs_the_permit_and_at_most_28_hours():
    part_time = dict(kind="part_time", min_jlpt=None, starts_on=None)
    assert blocks(student(part_time_permit=False), opening(**part_time, hours_per_week=20)) == ("residence",)
    assert blocks(student(), opening(**part_time, hours_per_week=28)) == ()
    assert blocks(student(), opening(**part_time, hours_per_week=29)) == ("hours",)
    assert blocks(student(), opening(**part_time, hours_per_week=None)) == ("hours",)
    # A permanent resident may work any hours.
    assert blocks(student(residence_status="permanent_resident", part_time_permit=False),
                  opening(**part_time, hours_per_week=40)) == ()


def test_a_dependent_may_intern_only_with_the_permit():
    internship = opening(kind="internship", min_jlpt=None, hours_per_week=20)
    assert blocks(student(residence_status="dependent", part_time_permit=False), internship) == ("residence",)
    assert blocks(student(residence_status="dependent"), internship) == ()


# ------------------------------------------------------------------------------------------- the score
def test_more_of_the_skills_asked_scores_higher_and_explains_which():
    o = opening(skills=("Python", "Excel", "CAD", "通訳"))
    ev = evaluate([student("a", skills=("Python",)), student("b", skills=("Python", "CAD", "通訳"))], [o],
                  today=TODAY)
    assert ev.score(1, 0) > ev.score(0, 0)
    skills = ev.explain(0, 0).criteria[0]
    assert skills.key == "skills" and skills.fraction == 0.25
    assert skills.facts == {"matched": ["Python"], "missing": ["Excel", "CAD", "通訳"]}


def test_skills_compare_without_width_case_or_spaces():
    o = opening(skills=("Web デザイン",))
    assert m.pair_fractions(student(skills=("ｗｅｂデザイン",)), o)["skills"] == 1.0


def test_weights_are_configurable_and_checked():
    s, o = student(industries=frozenset({"it"})), opening(industry="food", skills=())
    only_industry = Weights(skills=0, languages=0, industry=1, job_type=0, location=0, timing=0)
    assert evaluate([s], [o], weights=only_industry, today=TODAY).score(0, 0) == 0.0
    assert evaluate([s], [o], weights=Weights(), today=TODAY).score(0, 0) > 0
    assert Weights.from_mapping({"skills": "50"}).skills == 50
    for bad in ({"colour": 1}, {"skills": -1}, {"skills": "many"}):
        with pytest.raises(ValueError):
            Weights.from_mapping(bad)
    with pytest.raises(ValueError, match="total"):
        Weights.from_mapping({k: 0 for k in m.CRITERIA})


def test_a_wish_for_hokkaido_covers_sapporo():
    assert m.pair_fractions(student(locations=frozenset({"hokkaido"})), opening(location="sapporo"))["location"] == 1
    assert m.pair_fractions(student(locations=frozenset({"tokyo"})), opening(location="sapporo"))["location"] == 0
    assert m.pair_fractions(student(), opening(location="sapporo"))["location"] == 0.5


def test_the_explanation_has_every_criterion_with_points_adding_up_to_the_score():
    e = explain(student(industries=frozenset({"it"}), languages=frozenset({"zh"})),
                opening(industry="it", languages=("zh", "ko"), min_english="C1"), today=TODAY)
    assert [c.key for c in e.criteria] == list(m.CRITERIA)
    assert abs(sum(c.points for c in e.criteria) - e.score) <= 0.3
    languages = e.criteria[1]
    assert languages.facts["matched"] == ["zh"] and languages.facts["missing"] == ["ko"]
    assert languages.fraction == pytest.approx((1 + 0.5) / 3, abs=1e-4)  # zh, not ko, English one level short
    assert m.Explanation.from_json(e.student_id, e.opening_id, e.as_json()) == e


# ------------------------------------------------------------------------------------------- rankings
def test_both_rankings_are_best_first_with_ties_by_id():
    students = [student(f"s{i}", skills=("Python",) if i % 2 else ("Python", "Excel")) for i in range(6)]
    openings = [opening(f"o{i}", skills=("Python", "Excel") if i else ("CAD",)) for i in range(3)]
    ev = evaluate(list(reversed(students)), openings, today=TODAY)
    ranked = [ev.students.facts[i].id for i in ev.students_for("o1")]
    assert ranked == ["s0", "s2", "s4", "s1", "s3", "s5"]
    assert [ev.students.facts[i].id for i in ev.students_for("o1", top=2)] == ["s0", "s2"]
    assert [ev.openings.facts[j].id for j in ev.openings_for("s1")] == ["o1", "o2", "o0"]
    by_opening, counts, by_student, _ = ev.rank_all()
    assert by_opening[1].tolist()[:6] == ev.students_for("o1") and counts[1] == 6


# ------------------------------------------------------------------------------------------- properties
levels = st.sampled_from(("N1", "N2", "N3", "N4", "N5", "none", None))
cefr = st.sampled_from((None, "A2", "B1", "B2", "C1", "native"))
days = st.dates(dt.date(2025, 1, 1), dt.date(2030, 12, 31))
codes = lambda values: st.frozensets(st.sampled_from(values), max_size=3)
students_st = st.builds(
    StudentFacts, id=st.uuids().map(str), jlpt=levels, english=cefr, languages=codes(("zh", "ko", "vi")),
    skills=st.lists(st.sampled_from(SKILLS), max_size=5, unique=True).map(tuple),
    industries=codes(("it", "food", "tourism")), job_types=codes(("engineering", "overseas_sales")),
    locations=codes(("sapporo", "hokkaido", "tokyo", "anywhere_japan")),
    graduation=st.one_of(st.none(), st.tuples(st.integers(2025, 2030), st.integers(1, 12))),
    residence_status=st.sampled_from((None, "other") + m.STATUSES), residence_expires_on=st.one_of(st.none(), days),
    part_time_permit=st.booleans(),
    internship_interest=st.booleans(), consent_on=st.one_of(st.none(), days),
    consent_expires_on=st.one_of(st.none(), days), consent_purposes=codes(("matching", "events")))
openings_st = st.builds(
    OpeningFacts, id=st.uuids().map(str), kind=st.sampled_from(m.KINDS), min_jlpt=levels, min_english=cefr,
    languages=st.lists(st.sampled_from(("zh", "ko", "en")), max_size=2, unique=True).map(tuple),
    skills=st.lists(st.sampled_from(SKILLS), max_size=4, unique=True).map(tuple),
    industry=st.sampled_from((None, "it", "food")), job_type=st.sampled_from((None, "engineering")),
    location=st.sampled_from((None, "sapporo", "tokyo")),
    hours_per_week=st.one_of(st.none(), st.integers(1, 40)), starts_on=st.one_of(st.none(), days))
weights_st = st.builds(Weights, *[st.integers(0, 50) for _ in m.CRITERIA]).filter(lambda w: w.total > 0)


@settings(max_examples=60, deadline=None)
@given(st.lists(students_st, min_size=1, max_size=12), st.lists(openings_st, min_size=1, max_size=8),
       weights_st, days)
def test_hard_filters_are_never_violated_and_the_matrix_agrees_with_the_rules(students, openings, weights, today):
    ev = evaluate(students, openings, weights=weights, today=today)
    for i, s in enumerate(ev.students.facts):
        for j, o in enumerate(ev.openings.facts):
            failed = m.pair_blocks(s, o, today)
            assert bool(ev.eligible[i, j]) == (not failed), (s, o, failed)
            if not failed:
                # Each filter restated from the rules, so a bug in pair_blocks cannot hide one.
                assert s.consent_on and s.consent_on <= today and "matching" in s.consent_purposes
                assert s.consent_expires_on is None or s.consent_expires_on >= today
                assert m.JLPT_RANK.get(s.jlpt or "none") >= m.JLPT_RANK.get(o.min_jlpt or "none")
                if o.kind in m.FULL_TIME:
                    assert s.graduation_day is not None and o.starts_on and s.graduation_day < o.starts_on
                outright, permit = m.RESIDENCE_RULES[o.kind]
                assert s.residence_status in outright or (
                    s.residence_status in permit and s.part_time_permit and o.hours_per_week is not None
                    and o.hours_per_week <= 28)
                assert abs(ev.score(i, j) - m.pair_score(m.pair_fractions(s, o), weights)) <= 0.1
    for opening_id in ev.openings.position:
        ranked = ev.students_for(opening_id)
        column = ev.openings.position[opening_id]
        assert all(ev.eligible[i, column] for i in ranked)
        keys = [(-int(ev.key[i, column]), ev.students.facts[i].id) for i in ranked]
        assert keys == sorted(keys)  # best first, ties by id


@settings(max_examples=80, deadline=None)
@given(students_st, openings_st, st.lists(st.sampled_from(SKILLS), unique=True), weights_st)
def test_the_score_never_falls_as_skill_overlap_grows(s, o, extra, weights):
    more = dataclasses.replace(s, skills=tuple(dict.fromkeys(s.skills + tuple(extra))))
    before = m.pair_score(m.pair_fractions(s, o), weights)
    after = m.pair_score(m.pair_fractions(more, o), weights)
    assert after >= before
    ev = evaluate([s, dataclasses.replace(more, id=s.id + "-more")], [o], weights=weights, today=TODAY)
    i, j = ev.students.position[s.id], ev.students.position[s.id + "-more"]
    assert ev.key[j, 0] >= ev.key[i, 0] or not ev.eligible[i, 0]


def test_the_blocked_transpose_of_the_ranking_equals_the_plain_one():
    import numpy as np

    from sapporo_mice.students.matching import TRANSPOSE_ROWS, _transposed

    for rows in (1, TRANSPOSE_ROWS - 1, TRANSPOSE_ROWS, 2 * TRANSPOSE_ROWS + 7):
        matrix = np.arange(rows * 13, dtype=np.uint16).reshape(rows, 13)
        turned = _transposed(matrix)
        assert turned.flags.c_contiguous and (turned == matrix.T).all()
