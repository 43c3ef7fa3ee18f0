"""The demo shows every path of the talent area: suggestions both ways, each pipeline stage with hires and the
host's rating, consents current, expired and without sharing, and students the retention purge would erase."""

from __future__ import annotations

import datetime as dt
import json

from sapporo_mice import demo


def test_the_demo_shows_every_path_of_the_talent_area(sqlite_crm):
    crm = sqlite_crm
    demo.generate(crm.store, scale=0.3, seed=7, actor="demo")
    today = dt.date.today()
    students = crm.students.list(limit=None)
    assert any(s["consent_expires_on"] and s["consent_expires_on"] < today for s in students)
    assert any(not s["consent_share_with_companies"] for s in students)
    assert {s["residence_status"] for s in students} >= {"student", "dependent"}
    assert crm.privacy.purge_preview(), "some students are past their retention date"
    openings = crm.openings.list(limit=None)
    assert {o["kind"] for o in openings} == {"internship", "new_graduate", "mid_career", "part_time"}
    assert any(crm.matching.for_opening(o["id"], top=3) for o in openings)
    assert any(crm.matching.for_student(s["id"], top=3) for s in students[:20])
    matches = crm.matches.list(limit=None)
    assert {m["stage"] for m in matches} >= {"suggested", "introduced", "interview", "internship", "offer", "hired"}
    assert all(m["hired_on"] for m in matches if m["stage"] == "hired")
    assert any(m["host_rating"] for m in matches)
    assert sum(crm.matching.hires_by_fiscal_year().values()) == sum(m["stage"] == "hired" for m in matches)
    # A match under way last moved weeks ago, not years: some stand out on the board as quiet, none for long.
    board = crm.matching.board()
    under_way = [r for r in board if r["stage"] not in ("hired", "declined", "withdrawn")]
    assert any(r["stale"] for r in board) and any(not r["stale"] for r in under_way)
    assert max(r["days_quiet"] for r in under_way) <= demo.Talent.QUIET_DAYS + 1  # the demo is dated to today
    # Every saved explanation reads as a table in Japanese.
    rows = crm.matching.stored_rows(matches[0], "ja")
    assert [r.label for r in rows if not r.blocked] == ["スキル", "語学", "業種", "職種", "勤務地", "時期"]
    json.loads(matches[0]["reasons"])


def test_the_demo_gives_each_student_a_name_of_their_own(sqlite_crm):
    # 150 students drawn at random from 25 names per nationality: 36 of them shared a name with another.
    demo.generate(sqlite_crm.store, scale=1, seed=1, actor="demo")
    names = [s["display_name"] for s in sqlite_crm.students.list(limit=None)]
    assert len(names) == 150 and len(set(names)) == len(names)


def test_a_match_under_way_is_a_current_students_at_a_university_course(sqlite_crm):
    """A reviewer found a student whose period of stay had ended, and whose record was past its retention date, at
    内定 on the board; and 専門学校 as the course at 北海道大学."""
    crm = sqlite_crm
    demo.generate(crm.store, scale=1, seed=2026, actor="demo")
    students = {s["id"]: s for s in crm.students.list(limit=None)}
    under_way = [m for m in crm.matches.list(limit=None) if m["stage"] not in ("hired", "declined", "withdrawn")]
    stale = [(students[m["student_id"]]["display_name"], m["stage"]) for m in under_way
             if students[m["student_id"]]["residence_expires_on"] < demo.DEMO_TODAY
             or students[m["student_id"]]["retain_until"] < demo.DEMO_TODAY]
    assert len(under_way) > 20 and stale == []
    assert crm.privacy.purge_preview(today=demo.DEMO_TODAY)  # past graduates are still there, for the purge
    assert not [s for s in students.values() if s["degree"] == "vocational"]
