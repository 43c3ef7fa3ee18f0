"""Applying another replica's change-log entries (DESIGN §4): the merge engine.

Two ways to apply, one per side of the star:

* **At the office** (:class:`OfficeMerge`, a laptop's bundle or push): every field is compared three ways.
  The office value equal to the base takes the change; equal to the new value, nothing to do; otherwise a
  conflict. Identity fields (names, emails, phones, the organization) keep the office value and wait in the
  conflict queue for a person; other fields take the newer clock (HLC) and the losing value stays on the
  conflict record. A delete against edits the laptop had not seen, and an edit of a record deleted
  meanwhile, are conflicts too: the record stays (nothing is lost) and a person decides. A change to a
  record merged away is redirected to the survivor, and so is a new child that points at it.
  Whenever the office keeps a value other than what the laptop wrote, it logs that value again under its
  own device (with the clock of the value kept), so every replica ends where the office is.

* **On a laptop** (:class:`ReplicaApply`, the office's answer or a pull): the office has already decided,
  so its entries apply as they are, in the office's order, except where the laptop holds edits of its own
  that the office has not acknowledged yet: those stay on top ("re-applied on top") and go to the office
  at the next sync, which decides them there.

Both keep the search index (with its sort keys) and derived columns as a service write would, mark rows
merged away or deleted as not live (search and lists see only live rows), log every received entry as it
was written (so it is never applied twice) and move this replica's clock past the newest one seen.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, text

from sapporo_mice.changelog import HLC_SEEN_KEY, decode_value, encode_value
from sapporo_mice.ids import uuid7
from sapporo_mice.inserts import TableWriter, among
from sapporo_mice.models import (
    MODEL_BY_TABLE,
    Base,
    ChangeLogEntry,
    ChangeOp,
    Conflict,
    ContactEmail,
    ContactPhone,
    LocalState,
    SearchEntry,
    SyncMixin,
    utcnow,
)
from sapporo_mice.services.base import SEARCH_KEYS, reindex_rows, search_values
from sapporo_mice.services.people import LISTED_CHILDREN

if TYPE_CHECKING:
    from sapporo_mice.store import Unit

# Fields a person must settle when two replicas disagree (DESIGN §4: names, email, phone, organization).
IDENTITY_FIELDS = frozenset({
    "name", "name_ja", "name_en", "name_kana", "corporate_number", "family_name", "given_name",
    "family_name_kana", "given_name_kana", "latin_name", "display_name", "email", "normalized", "raw",
    "phone_raw", "organization_id", "contact_id", "first_name", "last_name",
})
# Columns computed from others by the service's ``derive``: never a conflict of their own (every replica
# derives them again from the fields that won).
DERIVED_FIELDS = frozenset({"sort_key", "reading_key", "name_key", "phone_e164", "phone_region", "phone_valid"})
# Tables whose rows are only ever added (a note, a captured lead's stage history): they never conflict.
INSERT_ONLY = frozenset({"activities", "bid_stage_changes", "match_stage_changes"})

# Conflict kinds (``conflicts.kind``).
FIELD, IDENTITY, DELETE_EDITED, EDIT_DELETED, DELETED_PARENT = (
    "field", "identity", "delete_edited", "edit_deleted", "deleted_parent")
OFFICE, INCOMING = "office", "incoming"
_KEEP, _UNFOLDED = object(), object()  # fold_value's answers: nothing to change; apply the ordinary way


@dataclass
class Applied:
    """What an application did: entries received and skipped as already seen, rows touched, conflicts."""

    received: int = 0
    skipped: int = 0
    conflicts: int = 0
    open_conflicts: int = 0
    touched: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


def _same(value: Any) -> Any:
    return value


def _converter(column: Any) -> Any:
    try:
        python_type = getattr(column.type, "impl_instance", column.type).python_type
    except NotImplementedError:
        return _same
    if python_type is dt.datetime:
        return lambda v: None if v is None else dt.datetime.fromisoformat(v)
    if python_type is dt.date:
        return lambda v: None if v is None else dt.date.fromisoformat(v)
    if isinstance(python_type, type) and issubclass(python_type, enum.Enum):
        return lambda v: None if v is None else python_type(v)
    return _same


_CONVERTERS: dict[str, dict[str, Any]] = {
    table: {c.key: _converter(c) for c in model.__table__.columns} for table, model in MODEL_BY_TABLE.items()
}
# Per table, the columns whose logged value is not already the column's value (dates, times, enums).
_CONVERTED = {table: {k: f for k, f in convert.items() if f is not _same} for table, convert in _CONVERTERS.items()}
# Tables in the order their new rows are written: a parent before the rows that point at it (a bundle may hold a
# new phone of an old contact before a new contact with its phone; written table by table in the order first
# met, the second phone would come before its contact).
_WRITE_ORDER = {table.name: n for n, table in enumerate(Base.metadata.sorted_tables)}


def typed(table: str, key: str, value: Any) -> Any:
    """A logged JSON value back to its column's Python type (dates, times, enums)."""
    return _CONVERTERS[table][key](value)


def _at(entry: Mapping[str, Any]) -> dt.datetime:
    at = entry["at"]
    return dt.datetime.fromisoformat(at) if isinstance(at, str) else at


class _Apply:
    """What both sides share: the seen-check, inserts in batches, row writes, re-derive and re-index."""

    def __init__(self, unit: Unit) -> None:
        self.unit, self.session = unit, unit.session
        self.dialect = unit.session.get_bind().dialect.name
        self.services = {s.model.__tablename__: s for s in unit.store.services.values()}
        self.result = Applied()
        self._seen: dict[str, int] = {}
        self._seen_before: dict[str, int] = {}  # each device's newest sequence here before this run
        self._inserts: list[tuple[str, dict[str, Any]]] = []
        # The rows of ``_inserts`` by (table, id), and the updates folded into them before they are written
        # (a record created and then edited on the laptop is written once, as it ends).
        self._new_rows: dict[tuple[str, str], dict[str, Any]] = {}
        self._folded: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
        self._dirty: dict[tuple[str, str], dict[str, Any]] = {}  # rows written: the fields applied
        self._newest_hlc = ""
        self._held: list[Any] = []
        self._held_ids: set[str] = set()
        self._versions: dict[tuple[str, str], int] = {}  # rows written: the version they were read at
        self._erased = False  # a purge received: its values were blanked here

    # ------------------------------------------------------------------ entries
    def run(self, entries: Iterable[Mapping[str, Any]], progress: Any = None) -> Applied:
        """Apply ``entries`` in order; ``progress(done, total)`` every few hundred (it may raise to cancel:
        the caller's transaction then rolls everything back)."""
        from sapporo_mice.bulk import deferred_fts, large_cache

        entries = list(entries)
        connection = self.session.connection()
        with self.session.no_autoflush:
            # New search rows reach the FTS mirrors in one statement at the end of this block (SQLite); the
            # rows updated afterwards (_finish_rows) must already be there for the update triggers.
            with deferred_fts(connection), large_cache(connection):
                self._prefetch(entries)
                self._run(entries, progress)
                self._flush_inserts()
            self._finish_rows()
        self._settle_primaries()
        self._optimise_search()
        self._remember_clock()
        return self.result

    def _prefetch(self, entries: list[Mapping[str, Any]]) -> None:
        """Load every stored row the entries change, one query per table (not one per entry); the rows are
        held here because the session's identity map keeps them only while someone does."""
        wanted: dict[str, set[str]] = defaultdict(set)
        for entry in entries:
            if entry["op"] != ChangeOp.INSERT.value and entry["table_name"] in MODEL_BY_TABLE:
                wanted[entry["table_name"]].add(entry["row_id"])
        for table, ids in wanted.items():
            model = MODEL_BY_TABLE[table]
            for where in among(model.id, sorted(ids - self._held_ids), self.dialect):
                found = list(self.session.scalars(select(model).where(where)))
                self._held += found
                self._held_ids.update(row.id for row in found)

    def _run(self, entries: list[Mapping[str, Any]], progress: Any) -> None:
        for done, entry in enumerate(entries):
            if progress is not None and done % 250 == 0:
                progress(done, len(entries))
            if self.echoed(entry):
                if entry["op"] != ChangeOp.INSERT.value:
                    self._flush_inserts()
                    self.apply(entry)
                continue
            if self._already_seen(entry):
                self.result.skipped += 1
                continue
            self.unit.log.received([entry])
            self.result.received += 1
            self._newest_hlc = max(self._newest_hlc, entry["hlc"])
            if entry["op"] == ChangeOp.UPDATE.value and self._fold(entry):
                continue
            if entry["op"] != ChangeOp.INSERT.value and self._inserts:
                self._flush_inserts()
                self._prefetch(entries[done:])  # the rows just inserted that later entries change
            self.apply(entry)

    def _already_seen(self, entry: Mapping[str, Any]) -> bool:
        """Each device's entries arrive in its own order, all or nothing, so "seen" is "at or below the
        newest sequence this database holds for that device"."""
        device = entry["device_id"]
        if device not in self._seen:
            self._seen[device] = self._seen_before[device] = self.session.scalar(
                select(func.max(ChangeLogEntry.device_seq)).where(ChangeLogEntry.device_id == device)) or 0
        if entry["device_seq"] <= self._seen[device]:
            return True
        self._seen[device] = entry["device_seq"]
        return False

    def apply(self, entry: Mapping[str, Any]) -> None:
        raise NotImplementedError

    def echoed(self, entry: Mapping[str, Any]) -> bool:
        """This database's own entry, sent back in the office's order (it is logged here already)."""
        return False

    # ------------------------------------------------------------------ inserts
    def insert(self, entry: Mapping[str, Any], values: dict[str, Any] | None = None) -> None:
        table = entry["table_name"]
        if entry["new_value"] is None or table not in MODEL_BY_TABLE:
            return  # purged since it was made: nothing to bring back
        payload = values if values is not None else decode_value(entry["new_value"])
        columns = _CONVERTERS[table]
        row = dict.fromkeys(columns)
        row.update({key: value for key, value in payload.items() if key in columns})
        for key, convert in _CONVERTED[table].items():
            if row[key] is not None:
                row[key] = convert(row[key])
        at = _at(entry)
        row.update(id=entry["row_id"], created_at=at, updated_at=at, created_by=entry["user"],
                   updated_by=entry["user"], version=1)
        self._inserts.append((table, row))
        self._new_rows[(table, row["id"])] = row

    # ------------------------------------------------------------------ updates of rows not yet written
    def _fold(self, entry: Mapping[str, Any]) -> bool:
        """An update of a row this run is about to insert, applied to the row before it is written (one
        insert instead of an insert, a read back, an update and a second indexing). Only where the answer
        cannot be a conflict (:meth:`fold_value`); anything else goes the ordinary way."""
        key = (entry["table_name"], entry["row_id"])
        row = self._new_rows.get(key)
        name = entry["field"]
        if row is None or name not in _CONVERTERS[key[0]] or name in SyncMixin.SYSTEM_FIELDS \
                or row.get("deleted_at") is not None or row.get("merged_into") is not None:
            return False
        if erased(entry):
            return True
        value = self.fold_value(entry, row)
        if value is _UNFOLDED:
            return False
        if value is not _KEEP:
            row[name] = typed(key[0], name, decode_value(value))
            row["updated_at"], row["updated_by"], row["version"] = _at(entry), entry["user"], 2
        self._folded.setdefault(key, []).append(entry)
        return True

    def fold_value(self, entry: Mapping[str, Any], row: dict[str, Any]) -> Any:
        """The logged value ``entry`` leaves in the new ``row``'s field, ``_KEEP`` for none, or
        ``_UNFOLDED`` when it must be applied the ordinary way."""
        return _UNFOLDED

    def _flush_inserts(self) -> None:
        if not self._inserts:
            return
        pending, self._inserts = self._inserts, []
        folded, self._folded, self._new_rows = self._folded, {}, {}
        ids = defaultdict(list)
        for table, row in pending:
            ids[table].append(row["id"])
        existing = set()
        for table, table_ids in ids.items():
            model = MODEL_BY_TABLE[table]
            for where in among(model.id, table_ids, self.dialect):
                existing.update((table, i) for i in self.session.scalars(select(model.id).where(where)))
        by_table: dict[str, list[dict[str, Any]]] = defaultdict(list)
        late: list[Mapping[str, Any]] = []  # folded into a row that turned out to exist: applied to it instead
        for table, row in pending:
            if (table, row["id"]) not in existing:
                existing.add((table, row["id"]))
                by_table[table].append(row)
            else:
                late += folded.get((table, row["id"]), [])
        self.session.flush()
        connection = self.session.connection()
        by_table = {table: by_table[table] for table in sorted(by_table, key=_WRITE_ORDER.__getitem__)}
        for table, rows in by_table.items():
            model = MODEL_BY_TABLE[table]
            TableWriter(connection, model.__table__, [c.key for c in model.__table__.columns]).write(rows)
            self.after_insert(table, rows)
        self._index_new(by_table)
        if late:
            self._prefetch(late)
            for entry in late:
                self.apply(entry)

    def after_insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            self.result.touched[table].add(row["id"])
            if table in (ContactEmail.__tablename__, ContactPhone.__tablename__):
                self._dirty.setdefault(("contacts", row["contact_id"]), {})

    def _index_new(self, by_table: dict[str, list[dict[str, Any]]]) -> None:
        """The search rows of new live records, from each service's own ``search_doc`` (as a bulk load).
        They stream into the table as they are made (the database indexes one batch while the next is
        made); a record whose document needs a stored row (no query can run while they stream) is indexed
        after the others."""
        from sapporo_mice.bulk import MemoryRows

        memory = MemoryRows(_MemoryOnly())
        for table, rows in by_table.items():
            model = MODEL_BY_TABLE[table]
            for row in rows:
                memory.by_id[model][row["id"]] = SimpleNamespace(**row)
                if table in (ContactEmail.__tablename__, ContactPhone.__tablename__):
                    memory.add_child(model, row["contact_id"], memory.by_id[model][row["id"]])
        later: list[tuple[Any, Any]] = []

        def search_rows(pending: Iterable[tuple[Any, Any]]) -> Iterable[dict[str, Any]]:
            for service, ns in pending:
                try:
                    doc = service.search_doc(ns, memory)
                except _NeedsStored:
                    later.append((service, ns))
                    continue
                if doc is not None:
                    yield search_values(service.record_type, ns, doc)

        new = [(self.services[table], memory.by_id[self.services[table].model][row["id"]])
               for table, rows in by_table.items() if table in self.services
               for row in rows if row["deleted_at"] is None and row["merged_into"] is None]
        writer = TableWriter(self.session.connection(), SearchEntry.__table__, SEARCH_KEYS)
        writer.stream(search_rows(new))
        memory.stored = self.unit
        writer.write(list(search_rows(later)))

    # ------------------------------------------------------------------ rows
    def load(self, table: str, row_id: str) -> Any:
        model = MODEL_BY_TABLE.get(table)
        return None if model is None else self.session.get(model, row_id)

    def write_field(self, row: Any, key: str, value: Any, entry: Mapping[str, Any]) -> None:
        setattr(row, key, typed(row.__tablename__, key, value))
        self._touch(row, entry)[key] = getattr(row, key)

    def _touch(self, row: Any, entry: Mapping[str, Any] | None) -> dict[str, Any]:
        key = (row.__tablename__, row.id)
        if key not in self._versions:
            self._versions[key] = row.version
            row.version += 1
        if entry is not None:
            row.updated_at, row.updated_by = _at(entry), entry["user"]
        self.result.touched[row.__tablename__].add(row.id)
        return self._dirty.setdefault(key, {})

    def set_deleted(self, row: Any, entry: Mapping[str, Any], deleted: bool) -> None:
        row.deleted_at = _at(entry) if deleted else None
        self._touch(row, entry)

    def set_merged(self, row: Any, survivor: str | None, entry: Mapping[str, Any]) -> None:
        row.merged_into = survivor
        self._touch(row, entry)

    def purge(self, entry: Mapping[str, Any]) -> None:
        """Another replica's purge: its values blanked here too (the row's fields and this log's copies,
        with the one eraser of logged values); without blanks, the row itself goes."""
        table, row_id = entry["table_name"], entry["row_id"]
        blanks = decode_value(entry["new_value"])
        self._erasing()
        self.unit.log.erase_values(table, [row_id], None if blanks is None else blanks.keys())
        row = self.load(table, row_id)
        if row is None:
            return
        if blanks is not None:
            for key, value in blanks.items():
                if key in _CONVERTERS[table] and key not in SyncMixin.SYSTEM_FIELDS:
                    self.write_field(row, key, value, entry)
            return
        service = self.services.get(row.__tablename__)
        if service is not None:
            service._unindex(self.session, row.id)
        self._dirty.pop((row.__tablename__, row.id), None)
        self.session.delete(row)

    def _erasing(self) -> None:
        """Before the first erased value: on SQLite, pages freed from now on are overwritten, and the
        full-text indexes are merged at the end so no erased token stays in their segments."""
        if self._erased:
            return
        self._erased = True
        if self.dialect == "sqlite":
            self.session.execute(text("PRAGMA secure_delete = ON"))

    def _optimise_search(self) -> None:
        if self._erased and self.dialect == "sqlite":
            for table in ("search_fts", "search_grams"):
                self.session.execute(text(f"INSERT INTO {table}({table}) VALUES ('optimize')"))

    def _finish_rows(self) -> None:
        """Derive and re-index every row written, as a service write would after its change (the search
        rows of each type read in one query, not one per record)."""
        by_service: dict[Any, list[Any]] = defaultdict(list)
        written: dict[str, list[Any]] = defaultdict(list)
        for key in self._dirty:
            row, service = self.load(*key), self.services.get(key[0])
            if row is None:
                continue
            if service is not None:
                # Derived from the row as it now is (not from which fields came in): every replica derives
                # the same values from the same fields.
                service.derive(row, {}, self.unit)
                by_service[service].append(row)
            if key in self._versions:
                written[key[0]].append(row)
        for table, rows in written.items():
            self._write_rows(table, rows)
        self.session.flush()
        for service, rows in by_service.items():
            reindex_rows(self.unit, service, rows)
        # Records that read a renamed one (a company's people and leads): re-indexed as a service's rename does.
        for (table, row_id), fields in self._dirty.items():
            service = self.services.get(table)
            if service is not None and service.read_by_others.intersection(fields):
                self.unit.renamed(service.model, row_id)
        self.session.flush()

    def _settle_primaries(self) -> None:
        """One primary email and one primary phone for each contact whose lists this run changed: two laptops
        that each put a different new address first offline bring two marks, which the contact service's rule
        settles here (the one listed first keeps it), logged as this database's change so every replica ends
        with the same one."""
        owners: set[str] = set()
        for model in LISTED_CHILDREN:
            ids = sorted(self.result.touched.get(model.__tablename__, ()))
            for where in among(model.id, ids, self.dialect):
                owners.update(self.session.scalars(select(model.contact_id).where(where)))
        if owners:
            self.unit.service("contact").settle_primaries(self.unit, owners)

    def _write_rows(self, table: str, rows: list[Any]) -> None:
        """One UPDATE per table for every row written (the ORM would send one per row, each carrying its
        version check): each row still only changes if it is at the version read, and a row changed by
        someone else meanwhile fails the whole import (nothing is changed; the user tries again)."""
        from sqlalchemy import bindparam
        from sqlalchemy.orm.attributes import get_history

        from sapporo_mice.errors import DatabaseBusyError

        def stored_version(row: Any) -> int:  # the version in the database (a flush may have written it)
            history = get_history(row, "version")
            return history.deleted[0] if history.deleted else row.version

        columns = [c.key for c in MODEL_BY_TABLE[table].__table__.columns if c.key != "id"]
        params = [{**{k: getattr(row, k) for k in columns}, "_id": row.id, "_read_version": stored_version(row)}
                  for row in rows]
        for row in rows:
            self.session.expunge(row)  # written here, not by the session's flush
        target = MODEL_BY_TABLE[table].__table__
        stmt = target.update().where(target.c.id == bindparam("_id"), target.c.version == bindparam("_read_version"))
        result = self.session.connection().execute(stmt, params)
        if result.rowcount != len(params):
            raise DatabaseBusyError()

    def _remember_clock(self) -> None:
        if not self._newest_hlc:
            return
        journal = self.unit.store.journal
        journal.clock.observe(self._newest_hlc)
        state = self.session.get(LocalState, HLC_SEEN_KEY)
        if state is None:
            self.session.add(LocalState(key=HLC_SEEN_KEY, value=self._newest_hlc))
        elif state.value < self._newest_hlc:
            state.value = self._newest_hlc


# ------------------------------------------------------------------------------------------- laptop
class ReplicaApply(_Apply):
    """The office's entries on a laptop: applied as the office decided them, the laptop's own
    unacknowledged edits kept on top."""

    def __init__(self, unit: Unit, pending: set[tuple[str, str, str | None]]) -> None:
        super().__init__(unit)
        self.pending = pending  # (table, row, field) of own unacknowledged edits; field None: the row's state
        self.pending_rows = {(table, row_id) for table, row_id, _ in pending}
        self.own_device = unit.store.journal.device_id

    def echoed(self, entry: Mapping[str, Any]) -> bool:
        return entry["device_id"] == self.own_device

    def fold_value(self, entry: Mapping[str, Any], row: dict[str, Any]) -> Any:
        if (entry["table_name"], entry["row_id"], entry["field"]) in self.pending:
            return _KEEP
        return entry["new_value"]

    def apply(self, entry: Mapping[str, Any]) -> None:
        op, table, row_id = entry["op"], entry["table_name"], entry["row_id"]
        if op == ChangeOp.INSERT.value:
            self.insert(entry)
            return
        if op == ChangeOp.PURGE.value:
            self.purge(entry)
            return
        row = self.load(table, row_id)
        if row is None:
            return
        if op == ChangeOp.UPDATE.value and erased(entry):
            return
        if op == ChangeOp.UPDATE.value:
            # Only an own edit of the same field stays on top. A pending delete of the row does not hide the
            # office's edit: the row keeps it (deleted or not), and the office, which sees the delete was made
            # before this edit reached the laptop, opens a conflict and keeps the record.
            if (table, row_id, entry["field"]) not in self.pending:
                self.write_field(row, entry["field"], decode_value(entry["new_value"]), entry)
        elif op == ChangeOp.DELETE.value:
            if (table, row_id) not in self.pending_rows:  # the office will see the edit and decide
                self.set_deleted(row, entry, True)
        elif op == ChangeOp.RESTORE.value:
            if (table, row_id, None) not in self.pending:
                self.set_deleted(row, entry, False)
        elif op == ChangeOp.MERGE.value:
            self.set_merged(row, decode_value(entry["new_value"]), entry)


# ------------------------------------------------------------------------------------------- office
class OfficeMerge(_Apply):
    """A laptop's entries at the office: three-way per field, conflicts recorded, redirects to survivors.

    ``cursor`` is the last office sequence the laptop had received when it wrote them: office entries
    after it (from other devices) are what the laptop could not have seen. ``marks`` say it per entry
    (``(first device sequence, cursor)``: the entries from that sequence on were made knowing that cursor),
    because a laptop may write a bundle, go on editing and only then take in the office's answer: its
    later entries were still made without seeing what that answer carried, however far its cursor moved."""

    def __init__(self, unit: Unit, device: str, cursor: int,
                 marks: Iterable[tuple[int, int]] | None = None) -> None:
        super().__init__(unit)
        self.device, self.cursor = device, cursor
        self.marks = sorted((int(first), int(known)) for first, known in (marks or ()))
        # (table, row) -> the fields a purge erased there (None: a row with no purge); read with the rows
        self._purges: dict[tuple[str, str], frozenset[str] | None] = {}

    def cursor_for(self, entry: Mapping[str, Any]) -> int:
        """The office cursor the laptop knew when it made ``entry``."""
        known = None
        for first, cursor in self.marks:
            if first > entry["device_seq"]:
                break
            known = cursor
        return self.cursor if known is None else min(known, self.cursor)

    def _prefetch(self, entries: list[Mapping[str, Any]]) -> None:
        """The rows, and the purges made here of the rows the entries change (one query per table)."""
        super()._prefetch(entries)
        wanted: dict[str, set[str]] = defaultdict(set)
        for entry in entries:
            key = (entry["table_name"], entry["row_id"])
            if entry["op"] in (ChangeOp.UPDATE.value, ChangeOp.RESTORE.value) and key not in self._purges:
                wanted[key[0]].add(key[1])
                self._purges[key] = None
        for table, ids in self._prefetch_parent_purges(entries).items():
            wanted[table] |= ids
        for table, ids in wanted.items():
            for where in among(ChangeLogEntry.row_id, sorted(ids), self.dialect):
                for row_id, blanks in self.session.execute(select(ChangeLogEntry.row_id, ChangeLogEntry.new_value).where(
                        ChangeLogEntry.table_name == table, ChangeLogEntry.op == ChangeOp.PURGE.value, where)):
                    self._purged(table, row_id, blanks)

    def _prefetch_parent_purges(self, entries: list[Mapping[str, Any]]) -> dict[str, set[str]]:
        """The parents, erased or not, of the new rows an erasure would have blanked (a match, a stage note)."""
        from sapporo_mice.students.privacy import ERASED_WITH_PARENT

        wanted: dict[str, set[str]] = defaultdict(set)
        for entry in entries:
            rule = ERASED_WITH_PARENT.get(entry["table_name"])
            if rule is None or entry["op"] != ChangeOp.INSERT.value or entry["new_value"] is None:
                continue
            parent_id = decode_value(entry["new_value"]).get(rule[0])
            if parent_id and (rule[1], parent_id) not in self._purges:
                wanted[rule[1]].add(parent_id)
                self._purges[(rule[1], parent_id)] = None
        return wanted

    def _blanked_under_erased(self, table: str, payload: dict[str, Any]) -> dict[str, Any]:
        """The blanks a new row takes because its parent was erased here (a laptop made it before the erasure
        reached it): the erasure wins, as over the laptop's edits."""
        from sapporo_mice.students.privacy import ERASED_WITH_PARENT

        rule = ERASED_WITH_PARENT.get(table)
        if rule is None or not self._purges.get((rule[1], payload.get(rule[0]))):
            return {}
        self._purges[(table, payload["id"])] = frozenset(rule[2])  # and the laptop's later edits of them
        return dict(rule[2])

    def _fold(self, entry: Mapping[str, Any]) -> bool:
        """An edit of a new row whose erased fields it would fill again is dropped as :meth:`apply` drops it."""
        if (entry["op"] == ChangeOp.UPDATE.value and (entry["table_name"], entry["row_id"]) in self._new_rows
                and self._erased_here(entry, None)):
            return True
        return super()._fold(entry)

    def _purged(self, table: str, row_id: str, blanks: str | None) -> None:
        fields = frozenset(_CONVERTERS[table]) if blanks is None else frozenset(decode_value(blanks))
        self._purges[(table, row_id)] = (self._purges.get((table, row_id)) or frozenset()) | fields

    def purge(self, entry: Mapping[str, Any]) -> None:
        self._purged(entry["table_name"], entry["row_id"], entry["new_value"])
        super().purge(entry)

    def _erased_here(self, entry: Mapping[str, Any], row: Any) -> bool:
        """An edit of values a purge here erased (the laptop made it before the purge reached it): the purge
        wins. The received entry's values are blanked as the purge blanked the others, and nothing is applied;
        nor does a restore bring a purged record (a tombstone) back."""
        erased_fields = self._purges.get((entry["table_name"], entry["row_id"]))
        if not erased_fields:
            return False
        if entry["op"] == ChangeOp.RESTORE.value:
            if not is_erased(row):
                return False
            # The deletion is logged again under the office's device: the laptop that restored the record
            # (and holds it live) deletes it again when the answer comes back, as every replica does.
            self.unit.log.deleted(entry["table_name"], entry["row_id"])
            return True
        if entry["field"] not in erased_fields:
            return False
        self.unit.log.erase_values(entry["table_name"], [entry["row_id"]], [entry["field"]])
        return True

    def apply(self, entry: Mapping[str, Any]) -> None:
        op = entry["op"]
        if op == ChangeOp.INSERT.value:
            self._insert(entry)
        elif op == ChangeOp.PURGE.value:
            self.purge(entry)
        else:
            target = self.load(entry["table_name"], entry["row_id"])
            row = self._survivor(target, entry)
            if row is None:
                return
            if op == ChangeOp.UPDATE.value and erased(entry):
                return  # its values were erased (the purge entry that follows blanks the field)
            if op in (ChangeOp.UPDATE.value, ChangeOp.RESTORE.value) and self._erased_here(entry, target):
                return
            if op == ChangeOp.UPDATE.value and row is not target:
                self._redirected_update(target, row, entry)
            elif op == ChangeOp.UPDATE.value:
                self._update(row, entry)
            elif op == ChangeOp.DELETE.value:
                self._delete(row, entry)
            elif op == ChangeOp.RESTORE.value:
                if row.deleted_at is not None and row.merged_into is None:
                    self.set_deleted(row, entry, False)
            elif op == ChangeOp.MERGE.value:
                self.set_merged(row, decode_value(entry["new_value"]), entry)

    def fold_value(self, entry: Mapping[str, Any], row: dict[str, Any]) -> Any:
        """Three ways, as :meth:`_update` compares (a new row has no office history to conflict with unless
        its values differ from the edit's base)."""
        table, key = entry["table_name"], entry["field"]
        current = encode_value(row.get(key))
        if current == entry["new_value"]:
            return _KEEP
        if current == entry["base_value"] or key in DERIVED_FIELDS or table in INSERT_ONLY:
            return entry["new_value"]
        return _UNFOLDED

    # ------------------------------------------------------------------ redirects
    def _survivor(self, row: Any, entry: Mapping[str, Any]) -> Any:
        """The record a change lands on: a record merged away hands its later changes to its survivor
        (not the merge's own entries, nor the laptop's own delete of the duplicate)."""
        if row is None or entry["op"] in (ChangeOp.MERGE.value, ChangeOp.DELETE.value):
            return row
        if entry["field"] == "merged_into":
            return row
        seen = set()
        while row is not None and row.merged_into is not None and row.id not in seen:
            seen.add(row.id)
            row = self.load(row.__tablename__, row.merged_into) or row
        return row

    def _insert(self, entry: Mapping[str, Any]) -> None:
        table = entry["table_name"]
        if entry["new_value"] is None or table not in MODEL_BY_TABLE:
            return
        payload = decode_value(entry["new_value"])
        redirects = {}
        for key, parent_table in _parent_columns(table, payload):
            parent = self.load(parent_table, payload[key])
            survivor = self._survivor(parent, {"op": "update", "field": key})
            if survivor is not None and survivor is not parent:
                redirects[key] = (payload[key], survivor.id)
            elif (parent is not None and parent.deleted_at is not None and parent.merged_into is None
                  and not is_erased(parent)):  # an erased record stays erased: there is nothing to decide
                self._conflict(DELETED_PARENT, parent_table, parent.id, None, entry, office=None,
                               incoming=entry["row_id"], winner=None, resolved=False)
        blanks = self._blanked_under_erased(table, {**payload, "id": entry["row_id"]})
        self.insert(entry, {**payload, **blanks})
        if blanks:  # the received entries' values go, and a purge entry blanks the row everywhere (its laptop too,
            # with the values its later edits gave the row)
            self.unit.log.erased(table, [entry["row_id"]], blanks)
        if redirects:
            self._flush_inserts()
            row = self.load(table, entry["row_id"])
            for key, (old, new) in redirects.items():
                setattr(row, key, new)
                self._touch(row, None)[key] = new
                self.unit.log.updated(table, row.id, key, old, new)

    # ------------------------------------------------------------------ updates
    def _update(self, row: Any, entry: Mapping[str, Any]) -> None:
        table, key = row.__tablename__, entry["field"]
        if key not in _CONVERTERS[table] or key in SyncMixin.SYSTEM_FIELDS:
            return
        if row.deleted_at is not None and row.merged_into is None and not is_erased(row):
            self._edit_of_deleted(row, entry)
        current = encode_value(getattr(row, key))
        if current == entry["new_value"]:
            return
        if current == entry["base_value"] or key in DERIVED_FIELDS or table in INSERT_ONLY:
            self.write_field(row, key, decode_value(entry["new_value"]), entry)
            return
        kept_hlc, kept_device = self._value_source(table, row.id, key, entry)
        if key in IDENTITY_FIELDS:
            self._conflict(IDENTITY, table, row.id, key, entry, office=current, winner=None, resolved=False,
                           office_device=kept_device)
            self._reassert(row, key, entry, current, kept_hlc)
            return
        if entry["hlc"] > kept_hlc:
            self._conflict(FIELD, table, row.id, key, entry, office=current, winner=INCOMING, resolved=True,
                           office_device=kept_device)
            self.write_field(row, key, decode_value(entry["new_value"]), entry)
        else:
            self._conflict(FIELD, table, row.id, key, entry, office=current, winner=OFFICE, resolved=True,
                           office_device=kept_device)
            self._reassert(row, key, entry, current, kept_hlc)

    def _redirected_update(self, loser: Any, survivor: Any, entry: Mapping[str, Any]) -> None:
        """An edit of a record merged away: it stays on the loser as written (every replica applies the
        entry there too) and goes on to the survivor, compared three ways there; whatever the survivor
        takes is logged under the office's device so every replica's survivor takes it too."""
        key = entry["field"]
        if key not in _CONVERTERS[loser.__tablename__] or key in SyncMixin.SYSTEM_FIELDS or key == "merged_into":
            return
        self.write_field(loser, key, decode_value(entry["new_value"]), entry)
        current = encode_value(getattr(survivor, key))
        if current == entry["new_value"]:
            return
        table = survivor.__tablename__
        take = current == entry["base_value"] or key in DERIVED_FIELDS
        if not take:
            kept_hlc, kept_device = self._value_source(table, survivor.id, key, entry)
        if not take and key in IDENTITY_FIELDS:
            self._conflict(IDENTITY, table, survivor.id, key, entry, office=current, winner=None, resolved=False,
                           office_device=kept_device)
        elif not take:
            take = entry["hlc"] > kept_hlc
            self._conflict(FIELD, table, survivor.id, key, entry, office=current,
                           winner=INCOMING if take else OFFICE, resolved=True, office_device=kept_device)
        if take:
            old = getattr(survivor, key)
            self.write_field(survivor, key, decode_value(entry["new_value"]), entry)
            self.unit.log.updated(table, survivor.id, key, old, getattr(survivor, key), hlc=entry["hlc"])

    def _value_source(self, table: str, row_id: str, key: str, entry: Mapping[str, Any]) -> tuple[str, str | None]:
        """The clock and the device of the value the office holds: its newest entry for the field (or the
        row's insert), not counting this bundle's own entries: they are logged as received before they apply,
        and an edit folded into a new record that turned out to be here already applies only after the whole
        bundle is logged (nor is the bundle's insert of that record, which did not apply, the value's source)."""
        device = entry["device_id"]
        stmt = select(ChangeLogEntry.hlc, ChangeLogEntry.device_id).where(
            ChangeLogEntry.table_name == table, ChangeLogEntry.row_id == row_id,
            (ChangeLogEntry.field == key) | (ChangeLogEntry.op == ChangeOp.INSERT.value),
            (ChangeLogEntry.device_id != device) | (ChangeLogEntry.device_seq <= self._seen_before.get(device, 0)),
        ).order_by(ChangeLogEntry.hlc.desc()).limit(1)
        self.unit.log.flush()
        found = self.session.execute(stmt).first()
        return (found[0], found[1]) if found else ("", None)

    def _reassert(self, row: Any, key: str, entry: Mapping[str, Any], current: str | None,
                  hlc: str | None = None) -> None:
        """Log the kept value again under the office's device, so the laptop (which holds its own value)
        and every replica that applies the laptop's entry end at the office's value."""
        self.unit.log.updated(row.__tablename__, row.id, key, decode_value(entry["new_value"]),
                              decode_value(current), hlc=hlc or self._value_source(row.__tablename__, row.id, key, entry)[0])

    def _edit_of_deleted(self, row: Any, entry: Mapping[str, Any]) -> None:
        """An edit of a record deleted meanwhile: the record comes back with the edit, a person decides."""
        self._conflict(EDIT_DELETED, row.__tablename__, row.id, None, entry, office="deleted",
                       incoming=None, winner=INCOMING, resolved=False)
        row.deleted_at = None
        self._touch(row, entry)
        self.unit.log.restored(row.__tablename__, row.id)

    # ------------------------------------------------------------------ deletes
    def _delete(self, row: Any, entry: Mapping[str, Any]) -> None:
        if row.deleted_at is not None:
            return
        if row.merged_into is not None:  # a merge's own tombstone
            self.set_deleted(row, entry, True)
            return
        if self._edited_since_cursor(row, self.cursor_for(entry)):
            self._conflict(DELETE_EDITED, row.__tablename__, row.id, None, entry, office="edited",
                           incoming="deleted", winner=OFFICE, resolved=False)
            self.unit.log.restored(row.__tablename__, row.id)
            return
        self.set_deleted(row, entry, True)

    def _edited_since_cursor(self, row: Any, cursor: int) -> bool:
        self.unit.log.flush()
        stmt = select(func.count()).select_from(ChangeLogEntry).where(
            ChangeLogEntry.table_name == row.__tablename__, ChangeLogEntry.row_id == row.id,
            ChangeLogEntry.seq > cursor, ChangeLogEntry.device_id != self.device,
            ChangeLogEntry.op.in_((ChangeOp.UPDATE.value, ChangeOp.RESTORE.value)))
        return bool(self.session.scalar(stmt))

    # ------------------------------------------------------------------ the queue
    def _conflict(self, kind: str, table: str, row_id: str, key: str | None, entry: Mapping[str, Any], *,
                  office: str | None, winner: str | None, resolved: bool, incoming: Any = ...,
                  office_device: str | None = None) -> None:
        """Record a conflict; an open one on the same field from the same device is brought up to date
        instead (two edits of one name on a laptop are one question, not two)."""
        self.result.conflicts += 1
        # A field's values are the log's JSON; a record's state ("deleted", "edited", a child's id) is plain text.
        incoming_value = entry["new_value"] if incoming is ... else (incoming if key is None else encode_value(incoming))
        if not resolved:
            self.unit.log.flush()
            self.session.flush()
            same = self.session.scalar(select(Conflict).where(
                Conflict.table_name == table, Conflict.row_id == row_id, Conflict.kind == kind,
                Conflict.field.is_(None) if key is None else Conflict.field == key,
                Conflict.incoming_device == entry["device_id"], Conflict.resolved.is_(False)))
            if same is not None:
                same.incoming_value, same.incoming_hlc = incoming_value, entry["hlc"]
                same.office_device = office_device or same.office_device
                return
            self.result.open_conflicts += 1
        self.session.add(Conflict(
            id=uuid7(), kind=kind, table_name=table, row_id=row_id, field=key, office_value=office,
            incoming_value=incoming_value, base_value=entry["base_value"] if key else None,
            incoming_hlc=entry["hlc"], incoming_device=entry["device_id"], incoming_user=entry["user"],
            office_device=office_device,
            winner=winner, resolved=resolved, created_at=utcnow(), resolved_at=utcnow() if resolved else None,
            resolved_by="sync" if resolved else None))


def is_erased(row: Any) -> bool:
    """A record whose personal data was erased: it stays deleted whatever arrives."""
    return getattr(row, "purged_at", None) is not None


class _NeedsStored(Exception):
    """A search document asked for a row that is not among the new ones (it is read after the stream)."""


class _MemoryOnly:
    def fetch(self, model: type, record_id: str) -> Any:
        raise _NeedsStored(record_id)


def erased(entry: Mapping[str, Any]) -> bool:
    """An update whose values were erased (a purge blanked them): nothing to apply, nothing to compare."""
    return entry["base_value"] is None and entry["new_value"] is None


# table -> (column, parent table) of its foreign keys to synced tables
_PARENTS = {table: [(fk.parent.key, fk.column.table.name) for fk in model.__table__.foreign_keys
                    if fk.column.table.name in MODEL_BY_TABLE] for table, model in MODEL_BY_TABLE.items()}


def _parent_columns(table: str, payload: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(column, parent table) of the records a new row points at."""
    found = [(key, parent) for key, parent in _PARENTS[table] if payload.get(key)]
    if payload.get("record_type") and payload.get("record_id") and "record_id" in _CONVERTERS[table]:
        from sapporo_mice.models import MODEL_BY_TYPE

        parent = MODEL_BY_TYPE.get(payload["record_type"])
        if parent is not None:
            found.append(("record_id", parent.__tablename__))
    return found


def pending_keys(session: Any, device: str, acked: int) -> set[tuple[str, str, str | None]]:
    """(table, row, field) of this device's entries the office has not acknowledged (field None for a
    delete, a restore or a merge: the row's state itself)."""
    stmt = select(ChangeLogEntry.table_name, ChangeLogEntry.row_id, ChangeLogEntry.op, ChangeLogEntry.field).where(
        ChangeLogEntry.device_id == device, ChangeLogEntry.device_seq > acked)
    keys = set()
    for table, row_id, op, key in session.execute(stmt):
        keys.add((table, row_id, key if op == ChangeOp.UPDATE.value else None))
    return keys

