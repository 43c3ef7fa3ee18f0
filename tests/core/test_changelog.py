"""The field-level change log (DESIGN §4): written in the same transaction as each change, numbered per device."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from sapporo_mice.changelog import decode_value
from sapporo_mice.crm import Crm
from sapporo_mice.errors import ValidationError
from sapporo_mice.models import ChangeLogEntry, Indicator, Organization, utcnow

ACTOR = "tester"


def log_rows(crm, row_id: str | None = None) -> list:
    """The change log as plain rows, oldest first."""
    table = ChangeLogEntry.__table__
    with crm.store.db.reading() as session:
        stmt = select(table).order_by(table.c.seq)
        if row_id is not None:
            stmt = stmt.where(table.c.row_id == row_id)
        return list(session.execute(stmt))


def count(crm, model) -> int:
    with crm.store.db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_create_writes_one_insert_row_with_the_values(crm):
    saved = crm.organizations.create({"name": "札幌食品", "country": "JP", "employees": 40}, actor="佐藤")
    [row] = log_rows(crm, saved.id)
    assert (row.table_name, row.op, row.field, row.base_value, row.user) == ("organizations", "insert", None, None, "佐藤")
    values = json.loads(row.new_value)
    assert values["name"] == "札幌食品" and values["country"] == "JP" and values["employees"] == 40
    assert values["kind"] == "other"  # derived values are logged too
    assert row.device_id == crm.device_id and row.schema_rev == crm.store.journal.schema_rev


def test_the_batch_mode_logs_every_kind_of_value_as_one_insert_at_a_time_logs_it(crm):
    """A bulk load's entries (``inserted_many``) hold the very text a service write's (``inserted``) holds:
    enums by value, dates and times as ISO text, non-ASCII kept, None left out."""
    import datetime as dt
    import decimal
    import enum

    from sapporo_mice.models import EmailKind

    class Plain(enum.Enum):
        ONE = "one"

    values = {"kind": EmailKind.HOME, "plain": Plain.ONE, "on": dt.date(2026, 3, 11),
              "at": dt.datetime(2026, 3, 11, 14, 30, tzinfo=dt.timezone(dt.timedelta(hours=8))),
              "flag": True, "count": 7, "ratio": 0.1, "name": "札幌 \"食品\"\n", "gone": None}
    with crm.store.unit(ACTOR) as unit:
        unit.log.inserted("test_values", "one", values)
        unit.log.inserted_many("test_values", [{"id": "many", "created_at": utcnow(), **values}])
    one, many = (row.new_value for row in log_rows(crm) if row.table_name == "test_values")
    assert many == one
    assert json.loads(one) == {"kind": "home", "plain": "one", "on": "2026-03-11", "at": "2026-03-11T14:30:00+08:00",
                               "flag": True, "count": 7, "ratio": 0.1, "name": "札幌 \"食品\"\n"}
    assert "札幌" in one  # not escaped to \\uXXXX
    with crm.store.unit(ACTOR) as unit:  # what the log cannot hold is refused, as before, in both modes
        with pytest.raises(TypeError):
            unit.log.inserted("test_values", "bad", {"price": decimal.Decimal("1.5")})
        with pytest.raises(TypeError):
            unit.log.inserted_many("test_values", [{"id": "bad", "price": decimal.Decimal("1.5")}])


def test_update_writes_one_row_per_changed_field_with_base_and_new_values(crm):
    fair = crm.fairs.create({"name": "Food Taipei", "country": "TW", "timezone": "Asia/Taipei",
                             "starts_on": "2026-06-24", "ends_on": "2026-06-27"}, actor=ACTOR)
    crm.fairs.update(fair.id, {"name": "Food Taipei", "ends_on": "2026-06-28", "budget_jpy": 5_000_000,
                               "city": "台北"}, actor="鈴木")
    updates = [r for r in log_rows(crm, fair.id) if r.op == "update"]
    assert {r.field: (decode_value(r.base_value), decode_value(r.new_value)) for r in updates} == {
        "ends_on": ("2026-06-27", "2026-06-28"),
        "budget_jpy": (None, 5_000_000),
        "city": (None, "台北"),
    }
    assert {r.user for r in updates} == {"鈴木"}


def test_an_update_that_changes_nothing_writes_nothing(crm):
    org = crm.organizations.create({"name": "Lim Trading"}, actor=ACTOR)
    crm.organizations.update(org.id, {"name": "Lim Trading"}, actor=ACTOR)
    assert [r.op for r in log_rows(crm, org.id)] == ["insert"]


def test_delete_and_restore_write_their_rows(crm):
    org = crm.organizations.create({"name": "Lim Trading"}, actor=ACTOR)
    crm.organizations.delete(org.id, actor=ACTOR)
    crm.organizations.restore(org.id, actor=ACTOR)
    assert [(r.op, r.field) for r in log_rows(crm, org.id)] == [
        ("insert", None), ("delete", "deleted_at"), ("restore", "deleted_at")]


def test_a_contacts_emails_and_phones_are_logged_as_their_own_rows(crm):
    contact = crm.contacts.create({"family_name": "Lim", "emails": ["wei@lim.sg"], "phones": ["+65 6123 4567"]},
                                  actor=ACTOR)
    crm.contacts.update(contact.id, {"emails": []}, actor=ACTOR)
    tables = [(r.table_name, r.op) for r in log_rows(crm) if r.table_name != "contacts"]
    assert tables == [("contact_emails", "insert"), ("contact_phones", "insert"), ("contact_emails", "delete")]
    phone = json.loads(next(r for r in log_rows(crm) if r.table_name == "contact_phones").new_value)
    assert phone["e164"] == "+6561234567" and phone["contact_id"] == contact.id


def test_device_seq_is_contiguous_and_hlcs_increase(crm):
    org = crm.organizations.create({"name": "A"}, actor=ACTOR)
    for n in range(3):
        crm.organizations.update(org.id, {"industry": f"industry {n}", "employees": n + 1}, actor=ACTOR)
    crm.contacts.create({"family_name": "B", "organization_id": org.id, "emails": ["b@example.jp"]}, actor=ACTOR)
    crm.organizations.delete(org.id, actor=ACTOR)
    rows = log_rows(crm)
    assert [r.device_seq for r in rows] == list(range(1, len(rows) + 1))
    hlcs = [r.hlc for r in rows]
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == len(hlcs)


def test_a_second_device_numbers_its_own_sequence(crm):
    crm.organizations.create({"name": "A"}, actor=ACTOR)
    other = Crm(crm.store.db, device_id="00000000-0000-7000-8000-0000000000ff")
    other.organizations.create({"name": "B"}, actor=ACTOR)
    crm.organizations.create({"name": "C"}, actor=ACTOR)
    by_device = {}
    for row in log_rows(crm):
        by_device.setdefault(row.device_id, []).append(row.device_seq)
    assert by_device == {crm.device_id: [1, 2], other.device_id: [1]}


def test_a_validation_error_inside_a_multi_record_transaction_leaves_nothing(crm):
    crm.organizations.create({"name": "before"}, actor=ACTOR)
    log_before = len(log_rows(crm))
    with pytest.raises(ValidationError):
        with crm.store.unit(ACTOR) as unit:
            org = crm.organizations.create_in(unit, {"name": "札幌食品"})
            crm.contacts.create_in(unit, {"family_name": "山田", "organization_id": org.id})
            crm.contacts.create_in(unit, {"family_name": "田中", "emails": ["not-an-email"]})
    assert len(log_rows(crm)) == log_before
    assert count(crm, Organization) == 1
    # the sequence carries on without a gap
    crm.organizations.create({"name": "after"}, actor=ACTOR)
    assert [r.device_seq for r in log_rows(crm)] == list(range(1, log_before + 2))


def test_a_database_constraint_failure_leaves_no_change_log_rows(crm):
    crm.indicators.create({"code": "P1-1", "name_ja": "指標", "name_en": "Indicator", "pillar": 1, "unit": "件"},
                          actor=ACTOR)
    log_before = len(log_rows(crm))
    with pytest.raises(IntegrityError):
        with crm.store.unit(ACTOR) as unit:
            crm.organizations.create_in(unit, {"name": "札幌食品"})
            now = utcnow()
            session = unit.session
            session.add(Indicator(code="P1-1", name_ja="重複", name_en="Duplicate", pillar=1, unit="件",
                                  created_at=now, updated_at=now, created_by=ACTOR, updated_by=ACTOR, version=1))
            session.flush()  # the unique index on code refuses it
    assert len(log_rows(crm)) == log_before
    assert count(crm, Organization) == 0


def test_a_refused_single_write_leaves_no_change_log_rows(crm):
    with pytest.raises(ValidationError):
        crm.attachments.create({"sha256": "abc", "filename": "x.pdf", "size": 1, "record_type": "organization",
                                "record_id": "0190aaaa-0000-7000-8000-000000000000"}, actor=ACTOR)
    assert log_rows(crm) == []


def test_a_reopened_database_resumes_the_clock_past_its_last_change(db_url):
    """After a restart with the wall clock set back, new changes still sort after old ones."""
    from sapporo_mice.crm import Crm
    from sapporo_mice.models import ChangeLogEntry
    from sqlalchemy import select, update

    device = "00000000-0000-7000-8000-0000000000aa"
    first = Crm.open(db_url, device_id=device)
    first.organizations.create({"name": "Before"}, actor="t")
    future = f"{9_999_999_999_999:015d}:00000:{device}"  # as if the old clock had run far ahead
    with first.store.db.transaction() as session:
        session.execute(update(ChangeLogEntry).values(hlc=future))
    first.close()
    again = Crm.open(db_url, device_id=device)
    again.organizations.create({"name": "After"}, actor="t")
    with again.store.db.reading() as session:
        newest = session.scalars(select(ChangeLogEntry.hlc).order_by(ChangeLogEntry.seq.desc()).limit(1)).one()
    again.close()
    assert newest > future
