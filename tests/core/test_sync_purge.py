"""The retention purge and the erasure on request (APPI) across replicas: a purge on one side blanks the
values on every other, in the records, in each replica's copies of the change log and in the conflicts
queue; one function blanks logged values, whether the erasure was made here or received by sync."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from sapporo_mice.models import ChangeLogEntry, Conflict
from tests.core.sync_support import exchange, search_rows, snapshot
from tests.core.test_students import PERSONAL, _everything

ACTOR = "tanaka"
TODAY = dt.date.today()


def _days(n: int) -> str:
    return (TODAY + dt.timedelta(days=n)).isoformat()


def _everyone(office, tmp_path, *laptops):
    for _ in range(2):
        for laptop in laptops:
            exchange(laptop, office, tmp_path)


def _converged(office, tmp_path, a, b):
    _everyone(office, tmp_path, a, b)
    assert snapshot(a) == snapshot(office) == snapshot(b)
    assert search_rows(a) == search_rows(office) == search_rows(b)


def _student_with_a_hire(crm):
    """A student past retention with a match that went to a hire (every personal value of PERSONAL[:9]
    somewhere: the student, an edit, the match's notes, the host's note, a stage note)."""
    school = crm.organizations.create({"name": "北海道大学", "country": "JP", "kind": "university"}, actor=ACTOR).id
    company = crm.organizations.create({"name": "札幌食品株式会社", "country": "JP", "kind": "local_company"},
                                       actor=ACTOR).id
    graduation = TODAY + dt.timedelta(days=120)
    mai = crm.students.create({
        "display_name": PERSONAL[0], "name_kana": PERSONAL[1], "latin_name": PERSONAL[2], "email": PERSONAL[3],
        "notes": PERSONAL[4], "skills": "Python, " + PERSONAL[5], "university_id": school, "jlpt": "N2",
        "graduation_year": graduation.year, "graduation_month": graduation.month, "consent_on": _days(-30),
        "consent_expires_on": _days(700), "consent_purposes": "matching", "consent_share_with_companies": True,
        "retain_until": _days(-1)}, actor=ACTOR).id
    kept = crm.students.create({"display_name": "王 偉", "university_id": school, "retain_until": _days(30)},
                               actor=ACTOR).id
    crm.students.update(mai, {"notes": PERSONAL[4] + "（更新）"}, actor=ACTOR)
    opening = crm.openings.create({"organization_id": company, "title": "インターンシップ", "kind": "internship",
                                   "starts_on": _days(10)}, actor=ACTOR).id
    match = crm.matching.suggest_match(mai, opening, actor=ACTOR).id
    crm.matches.update(match, {"notes": PERSONAL[6], "stage": "introduced", "stage_note": PERSONAL[8]}, actor=ACTOR)
    crm.matches.update(match, {"stage": "internship"}, actor=ACTOR)
    crm.matches.update(match, {"stage": "hired", "host_rating": 3, "host_note": PERSONAL[7], "hired_on": _days(-2)},
                       actor=ACTOR)
    return mai, kept, match


def _student_and_another_opening(office, tmp_path, a, b):
    """:func:`_student_with_a_hire` made on laptop a, and another company's opening she could be proposed
    for, known to every replica: (the student, her match, the opening)."""
    mai, _kept, match = _student_with_a_hire(a)
    company = a.organizations.create({"name": "小樽観光株式会社", "country": "JP", "kind": "local_company"},
                                     actor=ACTOR).id
    opening = a.openings.create({"organization_id": company, "title": "通訳", "kind": "internship",
                                 "starts_on": _days(20)}, actor=ACTOR).id
    _everyone(office, tmp_path, a, b)
    return mai, match, opening


def _a_purged_tombstone_everywhere(student_id, *replicas):
    for crm in replicas:
        tomb = crm.students.get(student_id, include_deleted=True)
        assert (tomb["deleted_at"] is not None, tomb["purged_at"] is not None) == (True, True)
        assert student_id not in crm.lists.ids("student")


def _nothing_personal_anywhere(*replicas):
    for crm in replicas:
        assert [value for value in PERSONAL if value in _everything(crm)] == [], crm.store.db.display_url
        assert crm.search.find("グエン") == [] and crm.search.find("Nguyen") == []


@pytest.mark.parametrize("where", ["office", "laptop"])
def test_a_retention_purge_on_one_side_blanks_the_values_everywhere(office, laptops, tmp_path, where):
    a, b = laptops
    mai, kept, match = _student_with_a_hire(a)
    _everyone(office, tmp_path, a, b)
    assert PERSONAL[0] in _everything(b) and PERSONAL[8] in _everything(office)  # the check below can fail
    purger = office if where == "office" else b
    assert [c.id for c in purger.privacy.purge(actor=ACTOR)] == [mai]
    _converged(office, tmp_path, a, b)
    _nothing_personal_anywhere(office, a, b)
    for crm in (office, a, b):
        tomb = crm.students.get(mai, include_deleted=True)
        assert (tomb["display_name"], tomb["deleted_at"] is not None, tomb["purged_at"] is not None) == ("", True, True)
        assert crm.students.get(kept)["display_name"] == "王 偉"
        assert crm.matches.get(match)["stage"] == "hired"  # the hire still counts
        assert crm.privacy.purge_preview() == []


def test_a_purge_blanks_the_losing_values_the_conflicts_queue_kept(office, laptops, tmp_path):
    a, b = laptops
    mai, _kept, _match = _student_with_a_hire(a)
    _everyone(office, tmp_path, a, b)
    a.students.update(mai, {"notes": "面談A：" + PERSONAL[4]}, actor="佐藤 花子")
    b.students.update(mai, {"notes": "面談B：" + PERSONAL[4]}, actor="鈴木 一郎")
    a.students.update(mai, {"latin_name": "Nguyen T. Mai"}, actor="佐藤 花子")
    b.students.update(mai, {"latin_name": "Mai Nguyen Thi"}, actor="鈴木 一郎")
    _everyone(office, tmp_path, a, b)
    with office.store.reading() as session:
        held = {(c.field, c.incoming_value) for c in session.scalars(select(Conflict))}
    assert {field for field, value in held if value and PERSONAL[4] in value} == {"notes"}
    assert any(field == "latin_name" and value for field, value in held)
    a.privacy.erase(mai, actor=ACTOR)
    _converged(office, tmp_path, a, b)
    _nothing_personal_anywhere(office, a, b)
    for conflict in office.sync.conflicts(open_only=False):
        assert (conflict.base, conflict.office, conflict.laptop) == (None, None, None)


def test_one_function_blanks_logged_values_whether_erased_here_or_received(office, laptops, tmp_path):
    """The erasure made here (``ChangeRecorder.erased``) and the purge received by sync both blank the log
    with ``ChangeRecorder.erase_values``: the same entries end blank on both sides, the purge entries stay."""
    a, b = laptops
    mai, _kept, _match = _student_with_a_hire(a)
    _everyone(office, tmp_path, a, b)
    a.privacy.erase(mai, actor=ACTOR)
    _everyone(office, tmp_path, a, b)

    def log_of(crm):
        with crm.store.reading() as session:
            return sorted(session.execute(select(
                ChangeLogEntry.device_id, ChangeLogEntry.device_seq, ChangeLogEntry.op, ChangeLogEntry.field,
                ChangeLogEntry.base_value, ChangeLogEntry.new_value)).all())

    here, received = log_of(a), log_of(b)
    assert here == received
    purges = [row for row in here if row[2] == "purge"]
    assert {row[4] for row in purges} == {None} and len(purges) >= 3  # the student, the match, its stage changes
    student_purge = [row for row in purges if '"display_name": ""' in (row[5] or "")]
    assert len(student_purge) == 1 and PERSONAL[0] not in student_purge[0][5]


def test_erase_values_blanks_stored_and_pending_entries_and_the_conflicts_values(crm):
    org = crm.organizations.create({"name": "札幌シーフード株式会社", "industry": "水産加工"}, actor=ACTOR)
    crm.organizations.update(org.id, {"industry": "食品卸", "website": "https://sf.example.jp"}, actor=ACTOR)
    with crm.store.unit(ACTOR) as unit:
        unit.session.add(Conflict(id="c1", kind="field", table_name="organizations", row_id=org.id, field="industry",
                                  office_value='"水産加工"', incoming_value='"食品卸"', base_value=None))
        unit.session.add(Conflict(id="c2", kind="field", table_name="organizations", row_id=org.id, field="website",
                                  office_value='"a"', incoming_value='"b"', base_value=None))
        unit.log.updated("organizations", org.id, "industry", "食品卸", "漁業")  # pending, not written yet
        unit.session.flush()
        assert unit.log.erase_values("organizations", [org.id], ["industry"]) == 2  # the insert, the update
    with crm.store.reading() as session:
        entries = session.execute(select(ChangeLogEntry.op, ChangeLogEntry.field, ChangeLogEntry.base_value,
                                         ChangeLogEntry.new_value).where(ChangeLogEntry.row_id == org.id)
                                  .order_by(ChangeLogEntry.device_seq)).all()
        conflicts = {c.id: (c.office_value, c.incoming_value) for c in session.scalars(select(Conflict))}
    assert "水産加工" not in str(entries) and "食品卸" not in str(entries) and "漁業" not in str(entries)
    assert "https://sf.example.jp" in str(entries) and "札幌シーフード株式会社" in entries[0][3]
    assert conflicts == {"c1": (None, None), "c2": ('"a"', '"b"')}


def test_an_office_purge_wins_over_a_laptops_unsent_edits_of_the_erased_values(office, laptops, tmp_path):
    """The office erases a student while laptop a holds unsent edits of her and of her hire: after the
    exchange the edits bring no erased value back anywhere (office, a, b), the student stays a purged
    tombstone, and what the erasure does not cover (the hire's owner, not personal data) still arrives."""
    a, b = laptops
    mai, _kept, match = _student_with_a_hire(a)
    _everyone(office, tmp_path, a, b)
    a.students.update(mai, {"notes": "再面談：" + PERSONAL[4], "latin_name": PERSONAL[2] + " (Mai)"}, actor="佐藤 花子")
    a.matches.update(match, {"notes": PERSONAL[6] + "（追記）", "host_rating": 4}, actor="佐藤 花子")
    a.matches.update(match, {"owner": "佐藤 花子"}, actor="佐藤 花子")
    assert PERSONAL[4] in _everything(a)  # the check below can fail
    office.privacy.erase(mai, actor=ACTOR)
    exchange(a, office, tmp_path)
    _nothing_personal_anywhere(office, a)  # the office and the laptop that held the edits, after one exchange
    _converged(office, tmp_path, a, b)
    _nothing_personal_anywhere(office, a, b)
    for crm in (office, a, b):
        tomb = crm.students.get(mai, include_deleted=True)
        assert (tomb["display_name"], tomb["notes"], tomb["deleted_at"] is not None,
                tomb["purged_at"] is not None) == ("", None, True, True)
        hire = crm.matches.get(match)
        assert (hire["stage"], hire["owner"], hire["notes"], hire["host_rating"]) == ("hired", "佐藤 花子", None, None)
        assert crm.search.find("再面談") == []
        assert crm.privacy.purge_preview() == []


def test_a_laptops_restore_does_not_bring_back_a_student_the_office_erased(office, laptops, tmp_path):
    """Laptop a deleted the student and the office erased her; a then restored her (undo) before the erasure
    reached it. The restore arrives after the purge: she stays a purged tombstone on every replica, with
    nothing personal anywhere, and the lists show her nowhere."""
    a, b = laptops
    mai, _kept, _match = _student_with_a_hire(a)
    _everyone(office, tmp_path, a, b)
    a.students.delete(mai, actor="佐藤 花子")
    _everyone(office, tmp_path, a, b)
    office.privacy.erase(mai, actor=ACTOR)
    a.students.restore(mai, actor="佐藤 花子")
    assert a.students.get(mai)["display_name"] == PERSONAL[0]  # restored on the laptop: the check can fail
    _converged(office, tmp_path, a, b)
    _nothing_personal_anywhere(office, a, b)
    _a_purged_tombstone_everywhere(mai, office, a, b)


def test_a_match_and_a_stage_note_made_on_a_laptop_before_the_erasure_reached_it_are_blanked(office, laptops,
                                                                                          tmp_path):
    """Laptop a, not yet knowing the office erased the student, moves her hire on with a stage note and
    proposes her for another opening with notes: both arrive after the erasure, and the erasure wins over
    them as over a's edits (nothing personal anywhere, on a either, after its next exchange)."""
    a, b = laptops
    mai, match, opening = _student_and_another_opening(office, tmp_path, a, b)
    office.privacy.erase(mai, actor=ACTOR)
    a.matches.update(match, {"stage": "offer", "stage_note": "再面談：" + PERSONAL[8]}, actor="佐藤 花子")
    second = a.matching.suggest_match(mai, opening, actor="佐藤 花子").id
    a.matches.update(second, {"notes": "二社目：" + PERSONAL[6]}, actor="佐藤 花子")
    assert "再面談：" + PERSONAL[8] in _everything(a)  # the check below can fail
    _converged(office, tmp_path, a, b)
    _nothing_personal_anywhere(office, a, b)
    for crm in (office, a, b):
        assert "再面談" not in _everything(crm) and "二社目" not in _everything(crm)


def test_a_new_match_under_a_student_the_office_erased_cannot_bring_her_back(office, laptops, tmp_path):
    """Laptop a proposes a student the office has meanwhile erased. The match arrives blanked; the erasure
    is final, so no conflict offers to keep her, and settling any 'new entry for a deleted record' on the
    laptop's side leaves her a purged tombstone everywhere."""
    a, b = laptops
    mai, _match, opening = _student_and_another_opening(office, tmp_path, a, b)
    office.privacy.erase(mai, actor=ACTOR)
    a.matching.suggest_match(mai, opening, actor="佐藤 花子")
    _converged(office, tmp_path, a, b)
    for conflict in office.sync.conflicts():
        assert conflict.record_id != mai, conflict
        office.sync.resolve(conflict.id, "laptop", actor=ACTOR)
    _converged(office, tmp_path, a, b)
    _nothing_personal_anywhere(office, a, b)
    _a_purged_tombstone_everywhere(mai, office, a, b)


def test_settling_an_older_deleted_parent_conflict_never_restores_an_erased_record(office, laptops, tmp_path):
    """A 'new entry for a deleted record' conflict raised before the erasure (the student was only deleted
    then): once she is erased, taking the laptop's side is refused with a reason, and she stays erased."""
    from sapporo_mice.errors import ValidationError

    a, b = laptops
    mai, _match, opening = _student_and_another_opening(office, tmp_path, a, b)
    office.students.delete(mai, actor=ACTOR)
    a.matching.suggest_match(mai, opening, actor="佐藤 花子")
    exchange(a, office, tmp_path)
    [conflict] = [c for c in office.sync.conflicts() if c.kind == "deleted_parent"]
    assert conflict.record_id == mai
    office.privacy.erase(mai, actor=ACTOR)
    with pytest.raises(ValidationError) as refused:
        office.sync.resolve(conflict.id, "laptop", actor=ACTOR)
    assert refused.value.problems[0].code == "sync.erased_stays_erased"
    assert office.sync.conflict(conflict.id).resolved is False
    office.sync.resolve(conflict.id, "office", actor=ACTOR)
    _converged(office, tmp_path, a, b)
    _a_purged_tombstone_everywhere(mai, office, a, b)
