"""A bulk write (:class:`BulkWriter`, as the importer uses) stores exactly what the ordinary service
write stores: the same rows, change-log payloads and search rows."""

from __future__ import annotations

import json
import sqlite3
import threading

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from sapporo_mice import bulk, inserts
from sapporo_mice.bulk import BulkWriter
from sapporo_mice.inserts import Pipeline, TableWriter, parameter_limit
from sapporo_mice.models import (ChangeLogEntry, Contact, ContactEmail, ContactPhone, Lead, LocalState, Organization,
                                 SearchEntry)
from tests.support.search_index import assert_search_index_whole

SKIP = {"id", "created_at", "updated_at", "contact_id", "organization_id", "fair_id", "record_id", "rid"}
ID_KEYS = ("contact_id", "organization_id", "fair_id")
ORG = {"country": "SG", "phone_raw": "6123 4567", "kind": "overseas_buyer", "tags": "food,halal"}
CONTACT = {"country": "SG", "title": "Buyer", "notes": "met at the booth",
           "emails": ["{tag}@lim.sg", {"email": "{tag}.home@lim.sg", "kind": "home"}, "Second.{tag}@LIM.SG"],
           "phones": ["+65 9123 4567", {"raw": "not a phone", "kind": "mobile"}, {"raw": "03-1234-5678", "region": "JP"},
                      "6123 4567"],
           "default_region": "TH"}
LEAD = {"rating": "A", "kind": "trade_buyer", "captured_at": "2026-03-11T14:30:00+08:00", "interest": "frozen scallops"}


def _fair(crm, tag: str) -> str:
    return crm.fairs.create({"name": f"FHA Food & Beverage {tag}", "country": "SG", "timezone": "Asia/Singapore",
                             "starts_on": "2026-03-10", "ends_on": "2026-03-13"}, actor="t").id


def _inputs(tag: str) -> tuple[dict, dict, dict]:
    contact = {**CONTACT, "family_name": "Tan", "given_name": tag,
               "emails": [e.format(tag=tag) if isinstance(e, str) else {**e, "email": e["email"].format(tag=tag)}
                          for e in CONTACT["emails"]]}
    return {**ORG, "name": f"Lim Trading Pte. Ltd. {tag}"}, contact, {**LEAD, "title": f"Lead {tag}"}


def _write_each(crm, tag: str) -> None:
    """The service path: ``create_in`` per record."""
    fair_id = _fair(crm, tag)
    org_values, contact_values, lead_values = _inputs(tag)
    with crm.store.unit("t") as unit:
        org = crm.organizations.create_in(unit, org_values)
        contact = crm.contacts.create_in(unit, {**contact_values, "organization_id": org.id})
        crm.leads.create_in(unit, {**lead_values, "contact_id": contact.id, "organization_id": org.id,
                                   "fair_id": fair_id})


def _write_bulk(crm, tag: str) -> None:
    """The bulk path, as the importer drives it: validated by the services, then links added."""
    fair_id = _fair(crm, tag)
    org_values, contact_values, lead_values = _inputs(tag)
    with crm.store.unit("t") as unit:
        bulk = BulkWriter(unit)

        def create(record_type, values, links):
            cleaned = crm.service(record_type).validate(unit, values)
            return bulk.create(record_type, {**values, **links}, {**cleaned, **links}).id

        org = create("organization", org_values, {})
        contact = create("contact", contact_values, {"organization_id": org})
        create("lead", lead_values, {"contact_id": contact, "organization_id": org, "fair_id": fair_id})
        bulk.write()


def _plain(row, tag: str) -> dict:
    values = {c.key: getattr(row, c.key) for c in row.__table__.columns if c.key not in SKIP}
    return {k: (v.replace(tag, "X") if isinstance(v, str) else v) for k, v in values.items()}


def _stored(crm, tag: str) -> dict:
    with crm.store.db.reading() as session:
        org = session.scalar(select(Organization).where(Organization.name.like(f"%{tag}")))
        contact = session.scalar(select(Contact).where(Contact.organization_id == org.id))
        ids = {org.id: "org", contact.id: "contact"}
        lead = session.scalar(select(Lead).where(Lead.contact_id == contact.id))
        ids[lead.id] = "lead"
        children = [*session.scalars(select(ContactEmail).where(ContactEmail.contact_id == contact.id)),
                    *session.scalars(select(ContactPhone).where(ContactPhone.contact_id == contact.id))]
        ids.update({c.id: f"{c.__tablename__}.{_child_key(c, tag)}" for c in children})
        log = session.scalars(select(ChangeLogEntry).where(ChangeLogEntry.row_id.in_(ids))
                              .order_by(ChangeLogEntry.device_seq))
        search = session.scalars(select(SearchEntry).where(SearchEntry.record_id.in_(ids)))
        return {
            "rows": sorted(((type(r).__name__, sorted(_plain(r, tag).items(), key=str))
                           for r in (org, contact, lead, *children)), key=repr),
            "log": sorted(((e.table_name, ids[e.row_id], e.op, _payload(e.new_value, tag)) for e in log), key=repr),
            "search": sorted(((e.record_type, *(_plain(e, tag)[k] for k in ("title", "text", "sort_key")))
                              for e in search), key=repr),
        }


def _child_key(child, tag: str) -> str:
    return f"{child.is_primary}.{getattr(child, 'normalized', None) or child.raw}".replace(tag, "X")


def _payload(text: str | None, tag: str) -> str | None:
    if text is None:
        return None
    values = {k: v for k, v in json.loads(text.replace(tag, "X")).items() if k not in ID_KEYS}
    return json.dumps(values, sort_keys=True)


def test_bulk_create_stores_what_the_service_write_stores(crm):
    _write_each(crm, "eeee")
    _write_bulk(crm, "ffff")
    service, bulk = _stored(crm, "eeee"), _stored(crm, "ffff")
    assert bulk == service
    assert len(service["rows"]) == 3 + 3 + 4 and len(service["log"]) == 10 and len(service["search"]) == 3
    phones = [dict(values) for name, values in service["rows"] if name == "ContactPhone"]
    assert sorted((p["valid"], p["region"]) for p in phones) == [(False, "SG"), (True, "JP"), (True, "SG"), (True, "SG")]


def test_bulk_create_continues_the_change_log_sequence_without_gaps(crm):
    _write_each(crm, "hhhh")
    _write_bulk(crm, "iiii")
    _write_each(crm, "jjjj")
    with crm.store.db.reading() as session:
        seqs = list(session.scalars(select(ChangeLogEntry.device_seq).order_by(ChangeLogEntry.device_seq)))
    assert seqs == list(range(1, len(seqs) + 1)) and len(seqs) == 3 * (1 + 10)


def test_a_bulk_load_is_freed_when_dropped_not_left_to_the_cycle_collector(sqlite_crm):
    """A load's rows go when the load goes: held in a reference cycle they waited for the cyclic collector,
    which a bulk load holds off (34,612 objects after a 3,000-row import; after a 10k-row one the collection took
    65–90 ms)."""
    import gc

    from types import SimpleNamespace

    from sapporo_mice.bulk import BulkLoad

    was_enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        with sqlite_crm.store.unit("t") as unit:
            writer = BulkWriter(unit)
            for n in range(20):
                writer.create("contact", {"family_name": f"Tan{n}", "emails": [f"tan{n}@x.sg"], "phones": ["6123 4567"],
                                          "country": "SG"})
            writer.write()
        del writer, unit
        gc.set_debug(gc.DEBUG_SAVEALL)
        gc.collect()
        left = [o for o in gc.garbage if isinstance(o, (BulkLoad, SimpleNamespace))]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if was_enabled:
            gc.enable()
    assert left == [] and sqlite_crm.contacts.count() == 20


def test_the_change_log_has_one_writer():
    """Nothing but the recorder writes change-log rows: no module builds ChangeLogEntry rows or inserts
    into its table itself (the bulk path hands whole rows to the recorder's batch mode)."""
    from pathlib import Path

    import sapporo_mice

    root = Path(sapporo_mice.__file__).parent
    sources = {p.relative_to(root).as_posix(): p.read_text(encoding="utf-8") for p in root.rglob("*.py")
               if p.name != "changelog.py" and p.parent.name != "models"}
    writers = [name for name, text in sources.items() if "ChangeLogEntry(" in text or "ChangeLogEntry.__table__" in text]
    assert writers == []


def test_bulk_create_refuses_a_type_whose_service_writes_more_than_its_row(sqlite_crm):
    with sqlite_crm.store.unit("t") as unit:
        with pytest.raises(ValueError, match="bid"):
            BulkWriter(unit).create("bid", {}, {})


def _within(crm, seconds: float, action) -> None:
    """Run ``action``, failing (not hanging) if it has not returned in ``seconds``: a statement run into an
    open COPY waits for ever. The stuck transaction's server session is ended, so the next test can run."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            action()
            outcome.append(None)
        except BaseException as exc:  # handed to the test's thread
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if not outcome and crm.store.db.dialect == "postgresql":
        with crm.store.db.engine.connect() as connection:
            connection.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
    assert outcome, f"still waiting after {seconds} s"
    if outcome[0] is not None:
        raise outcome[0]


def test_a_bulk_load_reads_a_stored_company_while_it_writes(crm):
    """A contact's search row names its company: one stored before the load is read in the middle of the
    pipelined write (on PostgreSQL while the COPY of the new company's change-log entries is still open),
    and the write goes on."""
    stored = crm.organizations.create({"name": "Sapporo Seafoods", "kind": "local_company", "country": "JP"},
                                      actor="t").id
    person = {"family_name": "Tan", "given_name": "Wei Ling", "country": "SG", "organization_id": stored,
              "emails": ["wl@tan.sg"]}
    company = {"name": "Lim Trading", "kind": "overseas_buyer", "country": "SG"}
    with crm.store.unit("t") as unit:  # validated apart, so the load's own session has not read the company
        checked = crm.contacts.validate(unit, person), crm.organizations.validate(unit, company)
    created = []

    def load() -> None:
        with crm.store.unit("t") as unit:
            bulk = BulkWriter(unit)
            bulk.create("organization", company, checked[1])
            created.append(bulk.create("contact", person, checked[0]).id)
            bulk.write()

    _within(crm, 60, load)
    with crm.store.db.reading() as session:
        subtitle, text_ = session.execute(select(SearchEntry.subtitle, SearchEntry.text)
                                          .where(SearchEntry.record_id == created[0])).one()
    assert subtitle == "Sapporo Seafoods" and "wl@tan.sg" in text_


def _state_writer(unit):
    connection = unit.session.connection()
    return connection, TableWriter(connection, LocalState.__table__, ["key", "value"])


def test_a_statement_waits_for_the_pipelines_open_write(crm):
    """A statement between two sends first ends the write in progress (psycopg would otherwise wait for ever
    on the open COPY), and sees its rows."""
    def write() -> None:
        with crm.store.unit("t") as unit:
            connection, writer = _state_writer(unit)
            with Pipeline(connection) as pipeline:
                pipeline.send(writer.sender([{"key": f"pipe.{i}", "value": str(i)} for i in range(50)]))
                keys = connection.execute(select(LocalState.key).where(LocalState.key.like("pipe.%"))).scalars()
                assert len(keys.all()) == 50
                pipeline.send(writer.sender([{"key": "pipe.last", "value": "x"}]))

    _within(crm, 60, write)
    with crm.store.db.reading() as session:
        assert len(session.scalars(select(LocalState.key).where(LocalState.key.like("pipe.%"))).all()) == 51


def test_a_pipeline_that_fails_half_way_writes_nothing(crm):
    """An error while a write is open drops it (the server cancels the COPY), the unit rolls back and the
    database takes the next write."""
    with pytest.raises(ZeroDivisionError):
        with crm.store.unit("t") as unit:
            connection, writer = _state_writer(unit)
            with Pipeline(connection) as pipeline:
                pipeline.send(writer.sender([{"key": "half.1", "value": "1"}]))
                pipeline.send(writer.sender([{"key": "half.2", "value": "2"}]))
                1 / 0
    with crm.store.unit("t") as unit:
        connection, writer = _state_writer(unit)
        writer.write([{"key": "half.3", "value": "3"}])
    with crm.store.db.reading() as session:
        assert list(session.scalars(select(LocalState.key).where(LocalState.key.like("half.%")))) == ["half.3"]


class _Undone(Exception):
    """Raised to end a unit of work without committing it."""


def test_a_refused_write_is_raised_in_the_callers_thread_and_the_writes_after_it_are_not_made(crm):
    """On SQLite the pipeline's thread writes the batches: one the database refuses (a key taken twice) is
    raised in the caller's thread as SQLAlchemy raises it, and the batches sent after it are not written. On
    PostgreSQL the COPY fails, and the transaction with it. Either way the unit rolls back."""
    sqlite = crm.store.db.is_sqlite
    with pytest.raises(_Undone):
        with crm.store.unit("t") as unit:
            connection, writer = _state_writer(unit)
            with pytest.raises(IntegrityError):
                with Pipeline(connection) as pipeline:
                    pipeline.send(writer.sender([{"key": "dup.1", "value": "1"}]))
                    pipeline.send(writer.sender([{"key": "dup.2", "value": "2"}, {"key": "dup.1", "value": "again"}]))
                    pipeline.send(writer.sender([{"key": "dup.3", "value": "3"}]))
            if sqlite:  # the refused INSERT stored none of its rows, and the one after it did not run
                assert connection.execute(select(LocalState.key).where(LocalState.key.like("dup.%"))).scalars().all() \
                    == ["dup.1"]
            raise _Undone
    with crm.store.db.reading() as session:
        assert session.scalars(select(LocalState.key).where(LocalState.key.like("dup.%"))).all() == []
    assert not [t for t in threading.enumerate() if t.name.startswith("sqlite-bulk-insert")]


def test_a_batch_larger_than_one_insert_is_written_whole(crm, monkeypatch):
    """The pipeline's thread splits a batch into INSERTs of at most ``ROWS_PER_INSERT`` rows (and of SQLite's
    limit of parameters): every row arrives, the last short INSERT too."""
    monkeypatch.setattr(inserts, "ROWS_PER_INSERT", 7)
    rows = [{"key": f"many.{i:02d}", "value": f"値 {i}"} for i in range(50)]
    with crm.store.unit("t") as unit:
        connection, writer = _state_writer(unit)
        with Pipeline(connection) as pipeline:
            pipeline.send(writer.sender(rows[:45]))
            pipeline.send(writer.sender(rows[45:]))
    with crm.store.db.reading() as session:
        stored = session.execute(select(LocalState.key, LocalState.value).where(LocalState.key.like("many.%"))).all()
    assert sorted(stored) == [(r["key"], r["value"]) for r in rows]


def test_the_parameter_limit_is_known_where_the_driver_cannot_tell_it():
    """``sqlcipher3``'s connections have no ``getlimit``: the limit comes from SQLite's build options instead,
    and is the one ``getlimit`` gives for the same library."""
    class WithoutGetlimit:
        def __init__(self, raw: sqlite3.Connection) -> None:
            self.execute = raw.execute

    raw = sqlite3.connect(":memory:")
    assert parameter_limit(WithoutGetlimit(raw)) == raw.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) >= 999


def test_search_rows_written_beside_a_bulk_load_are_indexed_too(crm, monkeypatch):
    """A load that writes in batches (every 2 rows here) indexes each batch's search rows as it writes them;
    a record a service writes in the middle (its own search row and log entry, while the load holds the
    index triggers off) is indexed when the load ends, and the log's sequence has no gap."""
    monkeypatch.setattr(bulk, "CHUNK", 2)
    monkeypatch.setattr(bulk, "FIRST_CHUNK", 2)
    indexed = []
    fill = bulk.SearchIndexing.fill
    monkeypatch.setattr(bulk.SearchIndexing, "fill", lambda self, *args: (indexed.append(args[1:3]), fill(self, *args)))
    with crm.store.unit("t") as unit:
        writer = BulkWriter(unit)
        with writer.writing():
            _flushed_companies(writer, "Bulk Company", range(3))
            crm.organizations.create_in(unit, {"name": "Beside Company", "kind": "other", "country": "JP"})
            unit.session.flush()
            _flushed_companies(writer, "Bulk Company", range(3, 6))
    for name in ("Bulk Company 0", "Beside Company", "Bulk Company 5"):
        assert [hit.title for hit in crm.search.find(name, limit=5, lang="en")] == [name]
    assert {hit.title for hit in crm.search.find("Be", limit=20, lang="en")} == {"Beside Company"}
    assert_search_index_whole(crm)
    with crm.store.db.reading() as session:
        logged = session.execute(select(ChangeLogEntry.device_seq, Organization.name)
                                 .join(Organization, Organization.id == ChangeLogEntry.row_id)
                                 .order_by(ChangeLogEntry.device_seq)).all()
    # The load logs its rows as it sends them: companies 0 and 1 went as a batch of two, company 2 was still
    # waiting when the service logged its company (and went with company 3).
    assert [name for _seq, name in logged] == ["Bulk Company 0", "Bulk Company 1", "Beside Company",
                                               *(f"Bulk Company {i}" for i in range(2, 6))]
    assert [seq for seq, _name in logged] == list(range(logged[0][0], logged[0][0] + 7))
    if crm.store.db.engine.dialect.name == "sqlite":  # each batch indexed by the pipeline's thread as written
        assert [high - low for low, high in indexed] == [2, 2, 2]


def test_a_loads_first_batch_is_sent_sooner_than_the_next(crm, monkeypatch):
    """The first rows go to the database once there are FIRST_CHUNK of them, the next once there are CHUNK more:
    the pipeline's thread has work from early on."""
    monkeypatch.setattr(bulk, "CHUNK", 5)
    monkeypatch.setattr(bulk, "FIRST_CHUNK", 2)
    sent = []
    with crm.store.unit("t") as unit:
        writer = BulkWriter(unit)
        with writer.writing():
            _flushed_companies(writer, "Early Company", range(8), lambda: sent.append(writer.load._sent))
    assert sent == [0, 2, 2, 2, 2, 2, 7, 7]
    assert crm.organizations.count() == 8


def test_an_importers_load_lets_go_of_its_rows_once_all_are_sent(crm, monkeypatch):
    """The importer's writer reads none of its rows back: once the last is sent, the load lets go of them (in
    slices, so the pipeline's thread is not kept from Python's lock), before the pipeline's last write is waited
    for. The counts stay, and every row is stored."""
    import sys

    monkeypatch.setattr(bulk, "RELEASE_SLICE", 2)
    with crm.store.unit("t") as unit:
        writer = BulkWriter(unit)
        with writer.writing():
            for n in range(5):
                writer.create("contact", {"family_name": f"Lim{n}", "emails": [f"lim{n}@x.sg"], "country": "SG"})
                writer.flush()
            first = writer.load.rows[Contact][0]
            assert sys.getrefcount(first) > 2  # the load holds it (its rows, its rows by id)
        assert sys.getrefcount(first) == 2  # only this test holds it now (and getrefcount's argument)
        assert writer.load.rows == {Contact: [], ContactEmail: []} and writer.load.memory.by_id == {}
        assert writer.load.counts() == {"contacts": 5, "contact_emails": 5}
    assert crm.contacts.count() == 5
    with crm.store.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(ContactEmail)) == 5


def test_analyze_names_only_columns_that_exist():
    from sapporo_mice.bulk import ANALYZED_COLUMNS
    from sapporo_mice.models import Base

    for table, columns in ANALYZED_COLUMNS.items():
        assert set(columns) <= set(Base.metadata.tables[table].columns.keys())


def _flushed_companies(writer: BulkWriter, prefix: str, numbers, after_each=lambda: None) -> None:
    """Companies "prefix N" made through ``writer``, each followed by a flush (as the importer flushes)."""
    for i in numbers:
        writer.create("organization", {"name": f"{prefix} {i}", "kind": "other", "country": "JP"})
        writer.flush()
        after_each()
