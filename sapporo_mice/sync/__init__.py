"""Offline sync between laptops (SQLite) and the office (PostgreSQL), DESIGN §4: ``crm.sync``.

A laptop writes its unacknowledged changes to a bundle (:meth:`Sync.bundle_out`); the office applies
it in one transaction and answers with a response bundle (:meth:`Sync.bundle_in`), which the laptop takes
in (:meth:`Sync.bundle_in` again: the bundle says which it is). Direct mode does the same over a live
connection (:meth:`Sync.push`, :meth:`Sync.pull`). The merge itself is :mod:`sapporo_mice.sync.engine`;
the file format :mod:`sapporo_mice.sync.bundle`.

What this database remembers (``local_state``): the last of its own changes the office acknowledged,
the office's cursor (a sequence the office assigns, never a time), the office's device id, and when it
last synced, and which office cursor each of its own unsent changes was made knowing (so the office can tell a
delete made before an edit reached the laptop from one made after). Conflicts wait in ``conflicts`` where they
were decided (at the office); resolving one is an ordinary edit, so the resolution syncs like any other. The
office's answer carries the conflicts a laptop's edits met, and the laptop keeps a read-only copy of them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, text

from sapporo_mice import collection
from sapporo_mice.changelog import ENTRY_KEYS, decode_value, encode_value
from sapporo_mice.changes import Changes
from sapporo_mice.errors import FieldProblem, NotFoundError, ValidationError
from sapporo_mice.inserts import among
from sapporo_mice.models import (
    MODEL_BY_TABLE,
    ChangeLogEntry,
    Conflict,
    LocalState,
    utcnow,
)
from sapporo_mice.sync import bundle as _bundle
from sapporo_mice.sync.bundle import CHANGES, RESPONSE, BundleError
from sapporo_mice.sync.engine import (
    DELETE_EDITED,
    DELETED_PARENT,
    EDIT_DELETED,
    INCOMING,
    OFFICE,
    Applied,
    OfficeMerge,
    ReplicaApply,
    is_erased,
    pending_keys,
    typed,
)

if TYPE_CHECKING:
    from sapporo_mice.store import Store, Unit

ACKED_KEY, CURSOR_KEY, OFFICE_KEY, LAST_SYNC_KEY, ROLE_KEY = (
    "sync.acked_seq", "sync.office_cursor", "sync.office_device", "sync.last_sync", "sync.role")
# JSON [[first own sequence, office cursor], ...]: own entries from that sequence on were made knowing the
# office up to that cursor (a laptop may write a bundle, go on working, then take in the answer).
MARKS_KEY = "sync.cursor_marks"
Progress = Callable[[int, int], None]  # (done, total)
Answer = tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]  # header, entries, conflicts
# How long a resolved conflict still travels back to the laptop whose edit it concerned.
RESOLVED_SHOWN = dt.timedelta(days=30)
_CONFLICT_KEYS = tuple(c.key for c in Conflict.__table__.columns)


@dataclass(frozen=True)
class SyncStatus:
    device: str
    role: str  # "laptop", "office" or "" (never synced)
    pending: int
    conflicts: int
    last_sync: dt.datetime | None
    office_device: str | None
    cursor: int
    acked: int


@dataclass(frozen=True)
class BundleWritten:
    path: str
    count: int
    first: int
    last: int


@dataclass(frozen=True)
class BundleTaken:
    kind: str  # CHANGES (this database acted as the office) or RESPONSE (as a laptop)
    applied: Applied
    response: str | None  # the answer written for the laptop (office side)
    pending: int  # own changes still waiting to be sent (laptop side)
    changes: Changes


@dataclass(frozen=True)
class ConflictView:
    """One conflict as the Sync view and ``sync conflicts`` show it (values decoded)."""

    id: str
    kind: str
    table: str
    record_type: str | None
    record_id: str
    title: str | None
    field: str | None
    base: Any
    office: Any
    laptop: Any
    winner: str | None
    resolved: bool
    device: str | None  # the device whose change came in
    user: str | None
    at: dt.datetime
    office_device: str | None = None  # the device whose value the office held (field and identity conflicts)


class Sync:
    """``crm.sync``: status, bundles out and in, push and pull, the conflicts queue."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # ------------------------------------------------------------------ state
    def status(self) -> SyncStatus:
        with self._store.reading() as session:
            state = {row.key: row.value for row in session.scalars(
                select(LocalState).where(LocalState.key.like("sync.%")))}
            acked = int(state.get(ACKED_KEY, 0))
            role = state.get(ROLE_KEY, "")
            pending = 0 if role == "office" else self._count_pending(session, acked)
            conflicts = session.scalar(select(func.count()).select_from(Conflict)
                                       .where(Conflict.resolved.is_(False))) or 0
        last = state.get(LAST_SYNC_KEY)
        return SyncStatus(self.device, role, pending, conflicts, dt.datetime.fromisoformat(last) if last else None,
                          state.get(OFFICE_KEY), int(state.get(CURSOR_KEY, 0)), acked)

    def pending_count(self) -> int:
        return self.status().pending

    @property
    def device(self) -> str:
        return self._store.journal.device_id

    def _count_pending(self, session: Any, acked: int) -> int:
        return session.scalar(select(func.count()).select_from(ChangeLogEntry).where(
            ChangeLogEntry.device_id == self.device, ChangeLogEntry.device_seq > acked)) or 0

    # ------------------------------------------------------------------ bundles
    def bundle_out(self, path: str | Path, passphrase: str) -> BundleWritten:
        """Write every change of this database the office has not acknowledged (nothing changes here: the
        office's answer moves the acknowledgement)."""
        with self._store.reading() as session:
            state = _state(session)
            acked = int(state.get(ACKED_KEY, 0))
            entries = _own_entries(session, self.device, acked)
            header = {"kind": CHANGES, "schema_rev": self._store.journal.schema_rev, "device": self.device,
                      "seq_from": acked + 1, "seq_to": entries[-1]["device_seq"] if entries else acked,
                      "cursor": int(state.get(CURSOR_KEY, 0)), "office": state.get(OFFICE_KEY),
                      "marks": _marks(state, acked), "created_at": utcnow().isoformat()}
        _bundle.write_atomically(path, _bundle.encode(header, entries, passphrase))
        return BundleWritten(str(path), len(entries), header["seq_from"], header["seq_to"])

    def bundle_in(self, path: str | Path, passphrase: str, *, actor: str, response: str | Path | None = None,
                  progress: Progress | None = None) -> BundleTaken:
        """Take in a bundle: a laptop's changes (this database is the office: apply them in one
        transaction, then write the answer to ``response``, by default beside the file) or the office's
        answer (this database is the laptop). Everything is checked before anything is written."""
        with collection.held():  # tens of thousands of entries and rows live until written: none is cyclic garbage
            return self._bundle_in(path, passphrase, actor, response, progress)

    def _bundle_in(self, path: str | Path, passphrase: str, actor: str, response: str | Path | None,
                   progress: Progress | None) -> BundleTaken:
        data = _bundle.read_file(path)
        taken = _bundle.decode(data, passphrase, schema_rev=self._store.journal.schema_rev)
        if taken.kind == CHANGES:
            if taken.header.get("device") == self.device:
                raise BundleError("sync.own_bundle")
            answer_path = Path(response) if response else _response_path(Path(path))
            applied, answer = self._office_apply(taken.header, taken.entries, actor, progress=progress)
            _bundle.write_atomically(answer_path, _bundle.encode(answer[0], answer[1], passphrase, key=taken.key,
                                                                 conflicts=answer[2]))
            return BundleTaken(CHANGES, applied, str(answer_path), 0, _changes(applied))
        applied = self._take_response(taken.header, taken.entries, actor, progress, taken.conflicts)
        return BundleTaken(RESPONSE, applied, None, self.pending_count(), _changes(applied))

    # ------------------------------------------------------------------ direct
    def push(self, office: Any, *, actor: str, progress: Progress | None = None) -> Applied:
        """Send this database's unacknowledged changes straight to the office database (a ``Crm`` open on
        it); the office acknowledges them at once."""
        self._check_other(office)
        with self._store.reading() as session:
            state = _state(session)
            acked = int(state.get(ACKED_KEY, 0))
            entries = _own_entries(session, self.device, acked)
            header = {"device": self.device, "cursor": int(state.get(CURSOR_KEY, 0)), "office": state.get(OFFICE_KEY),
                      "marks": _marks(state, acked)}
        applied, answer = office.sync._office_apply(header, entries, actor, answer=False, progress=progress)
        with self._store.unit(actor) as unit:
            _remember(unit, {ACKED_KEY: answer[0]["ack"], OFFICE_KEY: answer[0]["office"], ROLE_KEY: "laptop",
                             LAST_SYNC_KEY: utcnow().isoformat()}, keep_max=(ACKED_KEY,))
            _keep_conflicts(unit, answer[2])
        return applied

    def pull(self, office: Any, *, actor: str, progress: Progress | None = None) -> Applied:
        """Take in the office's changes this database has not seen (on an empty laptop: all of them)."""
        self._check_other(office)
        with self._store.reading() as session:
            cursor = int(_state(session).get(CURSOR_KEY, 0))
        header, entries, conflicts = office.sync._answer(self.device, cursor)
        return self._take_response(header, entries, actor, progress, conflicts)

    def push_to(self, url: str, *, actor: str, progress: Progress | None = None) -> Applied:
        """:meth:`push` to the office database at ``url`` (opened for this call only, never upgraded)."""
        office = connect_office(url, self._store.journal.schema_rev)
        try:
            return self.push(office, actor=actor, progress=progress)
        finally:
            office.close()

    def pull_from(self, url: str, *, actor: str, progress: Progress | None = None) -> Applied:
        office = connect_office(url, self._store.journal.schema_rev)
        try:
            return self.pull(office, actor=actor, progress=progress)
        finally:
            office.close()

    def _check_other(self, office: Any) -> None:
        if office.device_id == self.device:
            raise BundleError("sync.same_database", url=office.display_url)

    # ------------------------------------------------------------------ the office side
    def _office_apply(self, header: dict[str, Any], entries: list[dict[str, Any]], actor: str, *,
                      answer: bool = True, progress: Progress | None = None) -> tuple[Applied, Answer]:
        device = header["device"]
        with collection.held(), self._store.unit(actor) as unit:
            _serialise_sync(unit)
            applied = OfficeMerge(unit, device, int(header.get("cursor") or 0), header.get("marks")).run(entries, progress)
            _remember(unit, {ROLE_KEY: "office", LAST_SYNC_KEY: utcnow().isoformat()})
            unit.log.flush()
            reply = self._answer_in(unit.session, device, int(header.get("cursor") or 0), with_entries=answer)
        return applied, reply

    def _answer(self, device: str, cursor: int) -> Answer:
        with self._store.db.transaction() as session:
            return self._answer_in(session, device, cursor)

    def _answer_in(self, session: Any, device: str, cursor: int, *,
                   with_entries: bool = True) -> Answer:
        """The office's answer to ``device``: how far its changes are acknowledged, the office's entries
        after ``cursor`` that did not come from it, and the conflicts its edits met (open ones, and those
        resolved in the last days), so the laptop's user sees what lost."""
        if session.get_bind().dialect.name == "postgresql":
            # No writer may be between taking a sequence number and committing while the cursor is read,
            # or a laptop could pass a number that commits later and never receive it.
            session.execute(text("LOCK TABLE change_log IN SHARE MODE"))
        ack = session.scalar(select(func.max(ChangeLogEntry.device_seq)).where(ChangeLogEntry.device_id == device)) or 0
        newest = session.scalar(select(func.max(ChangeLogEntry.seq))) or 0
        entries = []
        if with_entries:
            entries = _for_device(session, device, cursor)
        header = {"kind": RESPONSE, "schema_rev": self._store.journal.schema_rev, "device": self.device,
                  "office": self.device, "for_device": device, "ack": ack, "cursor": max(newest, cursor),
                  "created_at": utcnow().isoformat()}
        return header, entries, _conflicts_of(session, device)

    # ------------------------------------------------------------------ the laptop side
    def _take_response(self, header: dict[str, Any], entries: list[dict[str, Any]], actor: str,
                       progress: Progress | None = None, conflicts: list[dict[str, Any]] | None = None) -> Applied:
        if header.get("for_device") != self.device:
            raise BundleError("sync.response_for_other", device=header.get("for_device"))
        with collection.held(), self._store.unit(actor) as unit:
            state = _state(unit.session)
            known = state.get(OFFICE_KEY)
            if known and known != header["office"]:
                raise BundleError("sync.office_other", device=header["office"])
            acked = max(int(state.get(ACKED_KEY, 0)), int(header["ack"]))
            pending = pending_keys(unit.session, self.device, acked)
            applied = ReplicaApply(unit, pending).run(entries, progress)
            cursor = max(int(state.get(CURSOR_KEY, 0)), int(header["cursor"]))
            last_own = unit.session.scalar(select(func.max(ChangeLogEntry.device_seq)).where(
                ChangeLogEntry.device_id == self.device)) or 0
            marks = _marks(state, acked) + [[last_own + 1, cursor]]
            _remember(unit, {ACKED_KEY: acked, CURSOR_KEY: header["cursor"], OFFICE_KEY: header["office"],
                             ROLE_KEY: "laptop", LAST_SYNC_KEY: utcnow().isoformat(),
                             MARKS_KEY: json.dumps(marks)},
                      keep_max=(ACKED_KEY, CURSOR_KEY))
            _keep_conflicts(unit, conflicts or [])
        return applied

    # ------------------------------------------------------------------ conflicts
    def conflicts(self, *, open_only: bool = True, limit: int = 500) -> list[ConflictView]:
        """The conflicts queue, oldest first (open ones only by default)."""
        with self._store.reading() as session:
            stmt = select(Conflict).order_by(Conflict.resolved, Conflict.created_at, Conflict.id).limit(limit)
            if open_only:
                stmt = stmt.where(Conflict.resolved.is_(False))
            return [self._view(session, c) for c in session.scalars(stmt)]

    def conflict(self, conflict_id: str) -> ConflictView:
        with self._store.reading() as session:
            found = session.get(Conflict, conflict_id)
            if found is None:
                raise NotFoundError("conflict", conflict_id)
            return self._view(session, found)

    def _view(self, session: Any, c: Conflict) -> ConflictView:
        services = {s.model.__tablename__: s for s in self._store.services.values()}
        service = services.get(c.table_name)
        title = None
        if service is not None:
            from sapporo_mice.models import SearchEntry

            title = session.scalar(select(SearchEntry.title).where(SearchEntry.record_type == service.record_type,
                                                                    SearchEntry.record_id == c.row_id))
            if title is None:
                row = session.get(service.model, c.row_id)
                title = getattr(row, "display_name", None) or getattr(row, "name", None) or getattr(row, "title", None)
        decode = decode_value
        # An edit of a record deleted meanwhile holds no laptop value: the laptop's side is its edit, said as the
        # office's side of a delete against an edit is ("edited"), not left blank.
        laptop = "edited" if c.kind == EDIT_DELETED and c.incoming_value is None else c.incoming_value
        return ConflictView(c.id, c.kind, c.table_name, service.record_type if service else None, c.row_id, title,
                            c.field, decode(c.base_value), decode(c.office_value) if c.field else c.office_value,
                            decode(laptop) if c.field else laptop, c.winner, c.resolved,
                            c.incoming_device, c.incoming_user, c.created_at, c.office_device)

    def resolve(self, conflict_id: str, choice: str, *, actor: str) -> Changes:
        """Settle a conflict: ``"office"`` keeps what the office holds, ``"laptop"`` takes the laptop's side
        (its value; for a delete against an edit, the delete; for an edit of a deleted record or a new
        child of one, the record kept). The write is an ordinary logged edit, so it syncs."""
        if choice not in (OFFICE, "laptop"):
            raise ValidationError([FieldProblem("choice", "sync.choice_invalid", choice)])
        with self._store.unit(actor) as unit:
            if _state(unit.session).get(ROLE_KEY) == "laptop":
                raise ValidationError([FieldProblem("choice", "sync.resolve_at_office", choice)])
            found = unit.session.get(Conflict, conflict_id, with_for_update=True)
            if found is None:
                raise NotFoundError("conflict", conflict_id)
            if found.resolved and found.resolved_by not in (None, "sync"):  # "sync": the newer clock chose
                raise ValidationError([FieldProblem("choice", "sync.conflict_resolved_already", choice,
                                                    {"user": found.resolved_by})])
            changes = _settle(unit, found, choice == "laptop")
            found.resolved, found.resolved_at, found.resolved_by = True, utcnow(), actor
            found.winner = INCOMING if choice == "laptop" else OFFICE
        return changes


# ------------------------------------------------------------------------------------------ helpers
def connect_office(url: str, schema_rev: str) -> Any:
    """A ``Crm`` on the office database, refused unless it is at this app's schema revision (a sync never
    creates or upgrades the office's database)."""
    from sapporo_mice.crm import Crm
    from sapporo_mice.database import Database

    db = Database(url)
    try:
        revision = db.current_revision()
    except Exception:
        db.dispose()
        raise
    if revision != schema_rev:
        db.dispose()
        raise BundleError("sync.schema_other", theirs=revision, ours=schema_rev)
    return Crm(db)


def _state(session: Any) -> dict[str, str]:
    return {row.key: row.value for row in session.scalars(select(LocalState).where(LocalState.key.like("sync.%")))}


def _remember(unit: Unit, values: dict[str, Any], *, keep_max: tuple[str, ...] = ()) -> None:
    for key, value in values.items():
        if value is None:
            continue
        row = unit.session.get(LocalState, key)
        if row is None:
            unit.session.add(LocalState(key=key, value=str(value)))
        elif key in keep_max:
            row.value = str(max(int(row.value), int(value)))
        else:
            row.value = str(value)


def _marks(state: dict[str, str], acked: int) -> list[list[int]]:
    """The cursor marks still needed for the entries after ``acked``: those from a later sequence, and the
    last one at or before the first of them (a database from before the marks: its cursor, for all)."""
    if MARKS_KEY not in state:
        return [[0, int(state.get(CURSOR_KEY, 0))]]
    marks = sorted(json.loads(state[MARKS_KEY]))
    earlier = [m for m in marks if m[0] <= acked + 1]
    return earlier[-1:] + [m for m in marks if m[0] > acked + 1]


def _conflicts_of(session: Any, device: str) -> list[dict[str, Any]]:
    """The office's conflicts over ``device``'s edits: those its incoming edits met (every open one, and those
    resolved lately), and those where its value was the office's and lost to the incoming one."""
    since = utcnow() - RESOLVED_SHOWN
    its_value_lost = (Conflict.office_device == device) & (Conflict.winner == INCOMING)
    stmt = select(Conflict).where((Conflict.incoming_device == device) | its_value_lost,
                                  Conflict.resolved.is_(False) | (Conflict.resolved_at >= since),
                                  ).order_by(Conflict.created_at, Conflict.id)
    found = []
    for conflict in session.scalars(stmt):
        values = {key: getattr(conflict, key) for key in _CONFLICT_KEYS}
        found.append({k: v.isoformat() if isinstance(v, dt.datetime) else v for k, v in values.items()})
    return found


def _keep_conflicts(unit: Unit, conflicts: list[dict[str, Any]]) -> None:
    """The laptop's copy of the office's conflicts over its edits, brought up to the office's state (the
    laptop only shows them: they are resolved at the office)."""
    for values in conflicts:
        values = {k: (dt.datetime.fromisoformat(v) if k in ("created_at", "resolved_at") and v else v)
                  for k, v in values.items() if k in _CONFLICT_KEYS}
        kept = unit.session.get(Conflict, values["id"])
        if kept is None:
            unit.session.add(Conflict(**values))
        else:
            for key, value in values.items():
                setattr(kept, key, value)


def _own_entries(session: Any, device: str, acked: int) -> list[dict[str, Any]]:
    columns = [getattr(ChangeLogEntry, k) for k in ENTRY_KEYS]
    stmt = (select(*columns).where(ChangeLogEntry.device_id == device, ChangeLogEntry.device_seq > acked)
            .order_by(ChangeLogEntry.device_seq))
    return [dict(zip(ENTRY_KEYS, row), seq=None) for row in session.execute(stmt)]


def _for_device(session: Any, device: str, cursor: int) -> list[dict[str, Any]]:
    """The entries after ``cursor`` a device has not got: every other device's, and its own only where another
    device's entry in the same window touches the same field (or the same record's state), so that the laptop
    replays the office's order there (an edit of its own that won after an older one it had not seen). Its own
    entries are read only for the records others touched (not the whole bundle it just sent)."""
    def key(entry: dict[str, Any]) -> tuple[str, str, str | None]:
        return entry["table_name"], entry["row_id"], entry["field"] if entry["op"] == "update" else None

    names = (*ENTRY_KEYS, "seq")
    columns = [getattr(ChangeLogEntry, k) for k in ENTRY_KEYS]
    stmt = select(*columns, ChangeLogEntry.seq).where(ChangeLogEntry.seq > cursor,
                                                      ChangeLogEntry.device_id != device).order_by(ChangeLogEntry.seq)
    others = [dict(zip(names, row)) for row in session.execute(stmt)]
    keys = {key(e) for e in others}
    own = []
    dialect = session.get_bind().dialect.name
    for where in among(ChangeLogEntry.row_id, sorted({e["row_id"] for e in others}), dialect):
        stmt = select(*columns, ChangeLogEntry.seq).where(
            ChangeLogEntry.seq > cursor, ChangeLogEntry.device_id == device, ChangeLogEntry.op != "insert", where)
        own += [e for e in (dict(zip(names, row)) for row in session.execute(stmt)) if key(e) in keys]
    if not own:
        return others
    return sorted(others + own, key=lambda e: e["seq"])


def _serialise_sync(unit: Unit) -> None:
    """One sync import at a time at the office (two laptops at once would each miss the other's entries)."""
    if unit.session.get_bind().dialect.name == "postgresql":
        unit.session.execute(text("SELECT pg_advisory_xact_lock(7140417)"))


def _response_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}.response{path.suffix or '.smsync'}")


def _changes(applied: Applied) -> Changes:
    from sapporo_mice.models import TYPE_BY_TABLE

    changes = Changes()
    for table, ids in applied.touched.items():
        record_type = TYPE_BY_TABLE.get(table)
        if record_type is not None:
            for record_id in ids:
                changes.add(record_type, record_id)
    return changes


def _settle(unit: Unit, conflict: Conflict, laptop_side: bool) -> Changes:
    model = MODEL_BY_TABLE.get(conflict.table_name)
    row = unit.session.get(model, conflict.row_id) if model is not None else None
    changes = Changes()
    if row is None:
        return changes
    services = {s.model.__tablename__: s for s in unit.store.services.values()}
    service = services.get(conflict.table_name)
    kind = conflict.kind
    # The side that deleted: the laptop in a delete against an edit, the office in an edit of a deleted record.
    deleting = (kind == DELETE_EDITED and laptop_side) or (kind == EDIT_DELETED and not laptop_side)
    if deleting and row.deleted_at is None:
        _set_deleted(unit, row, True)
    elif kind == DELETED_PARENT and laptop_side and row.deleted_at is not None and row.merged_into is None:
        if is_erased(row):  # erased on request (APPI): no choice brings the person back
            raise ValidationError([FieldProblem("choice", "sync.erased_stays_erased", "laptop")])
        _set_deleted(unit, row, False)
    elif conflict.field and kind not in (DELETE_EDITED, EDIT_DELETED, DELETED_PARENT):
        wanted = conflict.incoming_value if laptop_side else conflict.office_value
        if encode_value(getattr(row, conflict.field)) != wanted:
            old = getattr(row, conflict.field)
            setattr(row, conflict.field, typed(conflict.table_name, conflict.field, decode_value(wanted)))
            unit.log.updated(conflict.table_name, row.id, conflict.field, old, getattr(row, conflict.field))
            _touch(unit, row)
    else:
        return changes
    if service is not None:
        service.derive(row, {}, unit)
        unit.session.flush()
        service.reindex(unit, row)
        if conflict.field in service.read_by_others:  # a company's name settled: its people are found by it
            unit.renamed(service.model, row.id)
        changes.add(service.record_type, row.id)
    return changes


def _set_deleted(unit: Unit, row: Any, deleted: bool) -> None:
    row.deleted_at = utcnow() if deleted else None
    if deleted:
        unit.log.deleted(row.__tablename__, row.id)
    else:
        unit.log.restored(row.__tablename__, row.id)
    _touch(unit, row)


def _touch(unit: Unit, row: Any) -> None:
    row.version += 1
    row.updated_at, row.updated_by = utcnow(), unit.actor
