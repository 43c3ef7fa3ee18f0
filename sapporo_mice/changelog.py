"""The change log (DESIGN §4): this device's journal and its one writer.

Every change is logged in the transaction that makes it, by :class:`ChangeRecorder`, whether it comes
from a service write or from a bulk load (the demo, an import): the recorder numbers entries in the
device's sequence, stamps them with the hybrid logical clock and writes them with one ``executemany``
per flush. A bulk load hands it whole rows (:meth:`ChangeRecorder.inserted_many`, written at once, or
:meth:`ChangeRecorder.inserted_sender` in a bulk load's pipeline); sync hands it the
entries another device logged (:meth:`ChangeRecorder.received`, kept as they were written there);
nothing else writes ``change_log``.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from sapporo_mice.ids import HybridLogicalClock
from sapporo_mice.inserts import TableWriter
from sapporo_mice.models import (
    ChangeLogEntry,
    ChangeOp,
    Conflict,
    LocalState,
    SyncMixin,
    utcnow,
)

# The columns of a change-log row, in the order the writer binds them.
ENTRY_KEYS = ("device_id", "device_seq", "hlc", "table_name", "row_id", "op", "field", "base_value", "new_value",
              "schema_rev", "user", "at")

# The newest clock value this database has received from other devices (sync keeps it): the clock resumes
# past it too, so an edit made after seeing another device's change sorts after that change.
HLC_SEEN_KEY = "sync.hlc_seen"

_PLAIN_TYPES = frozenset({str, int, float, bool})


def log_value(value: Any) -> Any:
    """A value as the log's JSON holds it: enums by value, dates and times as ISO text."""
    if type(value) in _PLAIN_TYPES or value is None:
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    return value


def _log_default(value: Any) -> Any:
    """What the JSON encoder does with a value it cannot write itself: :func:`log_value`'s form, or the
    encoder's own TypeError."""
    converted = log_value(value)
    if converted is value:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
    return converted


def _json_encoder() -> Any:
    """JSON text of a value as the log holds it (non-ASCII kept), with enums, dates and times written as
    :func:`log_value` writes them (a ``str`` enum is its value already).

    One C encoder made once: ``JSONEncoder.encode`` builds a new one for every call, which was a third of
    the change log's cost in a bulk load (an entry per row). The log's values hold no cycles to check."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # an interpreter without the C accelerator
        return json.JSONEncoder(ensure_ascii=False, default=_log_default).encode
    encode = make(None, _log_default, json.encoder.encode_basestring, None, ": ", ", ", False, False, True)
    return lambda value: "".join(encode(value, 0))


_encode_json = _json_encoder()


def encode_value(value: Any) -> str | None:
    """JSON text for one logged value (None stays None)."""
    return None if value is None else _encode_json(log_value(value))


def decode_value(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _blank(entry: dict[str, Any], erased: frozenset[str] | None) -> bool:
    """Blank the ``erased`` fields (``None``: all) of one entry's values in place; whether anything changed."""
    if entry["base_value"] is None and entry["new_value"] is None:
        return False
    if erased is None or entry["field"] in erased:
        entry["base_value"] = entry["new_value"] = None
        return True
    if entry["field"] is None and entry["new_value"]:
        payload = json.loads(entry["new_value"])
        if isinstance(payload, dict) and erased & payload.keys():
            entry["new_value"] = _encode_json({k: v for k, v in payload.items() if k not in erased})
            return True
    return False


# This database's own device id: a replica is a database, not a computer, so a second database on one
# computer (a fresh start, a test copy) never continues another's sequence.
DEVICE_KEY = "device_id"


def replica_device(db: Any, fallback: str) -> str:
    """The device id this database writes its change log under, chosen once and kept in ``local_state``.

    A database made before the id was kept there goes on with ``fallback`` (the computer's id from the
    settings) if its log holds entries under it; any other gets a new id of its own.
    """
    from sapporo_mice.ids import uuid7

    with db.reading() as session:
        kept = session.get(LocalState, DEVICE_KEY)
        if kept is not None:
            return kept.value
    with db.transaction() as session:
        kept = session.get(LocalState, DEVICE_KEY)
        if kept is not None:
            return kept.value
        used = session.scalar(select(ChangeLogEntry.seq).where(ChangeLogEntry.device_id == fallback).limit(1))
        device = fallback if used is not None else uuid7()
        session.add(LocalState(key=DEVICE_KEY, value=device))
        return device


class Journal:
    """This device's change log: which device writes it, its clock and the schema revision it writes in.

    One per open database. The clock resumes past the device's last logged change and past the newest
    change received from other devices, so a wall clock set back after a restart (or running hours behind
    the office's) cannot make new changes sort before ones already made or seen.
    """

    def __init__(self, device_id: str, schema_rev: str) -> None:
        self.device_id = device_id
        self.schema_rev = schema_rev
        self.clock = HybridLogicalClock(device_id)

    def resume(self, session: Session) -> None:
        # The device's last entry by its sequence (an index lookup, not a scan of its every entry): its clock
        # only moves forward, so that entry holds its newest value.
        last = session.scalar(select(ChangeLogEntry.hlc).where(ChangeLogEntry.device_id == self.device_id)
                              .order_by(ChangeLogEntry.device_seq.desc()).limit(1))
        seen = session.get(LocalState, HLC_SEEN_KEY)
        for value in (last, seen.value if seen is not None else None):
            if value:
                self.clock.observe(value)

    def recorder(self, session: Session, actor: str) -> ChangeRecorder:
        return ChangeRecorder(session, self, actor)


class ChangeRecorder:
    """The change-log entries of one transaction, numbered in the device's sequence and written on flush.

    The sequence is read once, under a lock that holds to the end of the transaction (SQLite's write
    lock, taken by ``BEGIN IMMEDIATE``; a transaction-scoped advisory lock per device on PostgreSQL), so
    two writers on one device never take the same numbers.
    """

    def __init__(self, session: Session, journal: Journal, actor: str) -> None:
        self.session = session
        self.journal = journal
        self.user = actor
        self._next_seq: int | None = None
        self._pending: list[dict[str, Any]] = []
        self._table_writer: TableWriter | None = None
        self.written = 0
        # One time for every entry of the transaction: when this user action happened.
        self.at = utcnow()

    # ------------------------------------------------------------------ one change at a time
    def inserted(self, table: str, row_id: str, values: Mapping[str, Any]) -> None:
        payload = {k: log_value(v) for k, v in values.items() if v is not None}
        self._append(table, row_id, ChangeOp.INSERT, None, None, _encode_json(payload))

    def updated(self, table: str, row_id: str, field: str, old: Any, new: Any, *, hlc: str | None = None) -> None:
        """``hlc``: the clock value of the value written, when it is not new (sync restoring a value that won
        a conflict logs it with the time it was made, so a later comparison of times stays fair)."""
        self._append(table, row_id, ChangeOp.UPDATE, field, encode_value(old), encode_value(new), hlc)

    def deleted(self, table: str, row_id: str) -> None:
        self._append(table, row_id, ChangeOp.DELETE, "deleted_at", None, None)

    def restored(self, table: str, row_id: str) -> None:
        self._append(table, row_id, ChangeOp.RESTORE, "deleted_at", None, None)

    def merged(self, table: str, row_id: str, survivor_id: str) -> None:
        self._append(table, row_id, ChangeOp.MERGE, "merged_into", None, encode_value(survivor_id))

    # ------------------------------------------------------------------ erasure (the privacy purge)
    def erase_values(self, table: str, row_ids: Iterable[str], fields: Iterable[str] | None = None) -> int:
        """The one way logged values are blanked, whoever erases them (the students' erasure and retention
        purge here, or the same purge received from another replica by sync).

        Blanks ``fields`` (``None``: every value) of the entries logged for ``row_ids`` of ``table``, stored or
        still pending in this transaction: an update's old and new values, the keys of an insert's payload.
        The entries stay (sync and history still count the changes, no device's sequence gets a hole); only
        the values go. The values the conflicts queue keeps of those fields are blanked too. Purge entries are
        left as they are (they carry only the blanks). Returns how many stored entries were rewritten."""
        ids = list(row_ids)
        erased = None if fields is None else frozenset(fields)
        if not ids or erased is not None and not erased:
            return 0
        wanted = set(ids)
        for entry in self._pending:
            if entry["table_name"] == table and entry["row_id"] in wanted and entry["op"] != ChangeOp.PURGE.value:
                _blank(entry, erased)
        count = 0
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for entry in self.session.scalars(select(ChangeLogEntry).where(
                    ChangeLogEntry.table_name == table, ChangeLogEntry.row_id.in_(chunk),
                    ChangeLogEntry.op != ChangeOp.PURGE.value)):
                values = {"field": entry.field, "base_value": entry.base_value, "new_value": entry.new_value}
                if _blank(values, erased):
                    entry.base_value, entry.new_value = values["base_value"], values["new_value"]
                    count += 1
            stmt = update(Conflict).where(Conflict.table_name == table, Conflict.row_id.in_(chunk),
                                          Conflict.field.is_not(None))
            if erased is not None:
                stmt = stmt.where(Conflict.field.in_(sorted(erased)))
            self.session.execute(stmt.values(office_value=None, incoming_value=None, base_value=None),
                                 execution_options={"synchronize_session": "fetch"})
        self.session.flush()
        return count

    def erased(self, table: str, row_ids: Iterable[str], blanks: Mapping[str, Any]) -> int:
        """Personal data erased from ``row_ids`` (the rows stay, as tombstones with ``blanks`` in those
        fields): the logged values are blanked (:meth:`erase_values`) and one ``purge`` entry per row carries
        the blanks, so every replica blanks the row and its own copies of the log the same way."""
        ids = list(row_ids)
        count = self.erase_values(table, ids, blanks.keys())
        payload = _encode_json({key: log_value(value) for key, value in blanks.items()})
        for row_id in ids:
            self._append(table, row_id, ChangeOp.PURGE, None, None, payload)
        return count

    def purged(self, table: str, row_id: str) -> None:
        """A row purged altogether: every value its entries hold is blanked and one ``purge`` entry without
        values says it is gone, so every replica deletes it too. An ``insert`` entry without values means
        "purged since"."""
        self.erase_values(table, [row_id])
        self._append(table, row_id, ChangeOp.PURGE, None, None, None)

    # ------------------------------------------------------------------ other devices' entries
    def received(self, entries: Iterable[Mapping[str, Any]]) -> None:
        """Entries another device logged (``ENTRY_KEYS``), kept as they were: their device, sequence, clock
        and author. They are written in the order given, after this recorder's earlier entries."""
        for entry in entries:
            self._pending.append({key: entry[key] for key in ENTRY_KEYS})

    # ------------------------------------------------------------------ batch mode
    def inserted_many(self, table: str, rows: Iterable[Mapping[str, Any]]) -> None:
        """An ``insert`` entry for each of ``rows`` (whole rows, sync columns included: they are left
        out of the payload as :meth:`inserted` callers leave them out), written at once after the pending
        entries (so the log's order stays the sequence's order)."""
        self.flush()
        self._writer().write_bound(self._insert_entries(table, rows))

    def ready(self) -> None:
        """Write the pending entries and read the device's sequence now: before a pipelined bulk write, whose
        entries are made (:meth:`inserted_sender`) while the connection is busy with the rows before them."""
        self.flush()
        self._take_seqs(0)

    def inserted_sender(self, batches: Iterable[tuple[str, Iterable[Mapping[str, Any]]]],
                        ) -> Callable[[], Callable[..., None]]:
        """:meth:`inserted_many` in two steps, for a bulk load's :class:`~sapporo_mice.inserts.Pipeline`, of the
        rows of one or more tables (``(table, rows)`` pairs, numbered in the order given): the entries are made
        now (numbered and stamped), and written together when the returned call is made. The pending entries
        must be written first (:meth:`ready`): the log's order is the sequence's order."""
        if self._pending:
            raise RuntimeError("flush the pending change-log entries first")
        entries: list[tuple] = []
        for table, rows in batches:
            entries += self._insert_entries(table, rows)
        return self._writer().sender_bound(entries)

    def _insert_entries(self, table: str, rows: Iterable[Mapping[str, Any]]) -> list[tuple]:
        """The ``insert`` entries of ``rows``, numbered and stamped, as tuples in ``ENTRY_KEYS`` order."""
        rows, writer = list(rows), self._writer()
        if not rows:
            return []
        keys = [k for k in rows[0] if k not in SyncMixin.SYSTEM_FIELDS]
        journal, encode = self.journal, _encode_json
        device, rev, user, insert = journal.device_id, journal.schema_rev, self.user, ChangeOp.INSERT.value
        at = writer.bound("at", self.at)
        # What _append does per entry, for the whole batch: its sequence numbers and clock values at once,
        # each entry a tuple in ENTRY_KEYS order. The encoder writes enums, dates and times as log_value
        # would (its default), so the payload is not converted value by value first.
        first = self._take_seqs(len(rows))
        entries = [
            (device, seq, hlc, table, row["id"], insert, None, None,
             encode({k: v for k in keys if (v := row[k]) is not None}), rev, user, at)
            for seq, hlc, row in zip(range(first, first + len(rows)), journal.clock.now_many(len(rows)), rows)]
        self.written += len(rows)
        return entries

    # ------------------------------------------------------------------ writing
    def flush(self) -> None:
        """Write the pending entries (one ``executemany``); the unit of work calls it before commit."""
        if not self._pending:
            return
        pending, self._pending = self._pending, []
        self._writer().write(pending)
        self.written += len(pending)

    def _writer(self) -> TableWriter:
        connection = self.session.connection()
        if self._table_writer is None or self._table_writer.connection is not connection:
            self._table_writer = TableWriter(connection, ChangeLogEntry.__table__, ENTRY_KEYS)
        return self._table_writer

    def _append(self, table: str, row_id: str, op: ChangeOp, field: str | None, base: str | None,
                new: str | None, hlc: str | None = None) -> None:
        journal = self.journal
        self._pending.append({
            "device_id": journal.device_id, "device_seq": self._take_seq(), "hlc": hlc or journal.clock.now(),
            "table_name": table, "row_id": row_id, "op": op.value, "field": field, "base_value": base,
            "new_value": new, "schema_rev": journal.schema_rev, "user": self.user, "at": self.at,
        })

    def _take_seq(self) -> int:
        return self._take_seqs(1)

    def _take_seqs(self, count: int) -> int:
        """The first of ``count`` consecutive sequence numbers, taken."""
        if self._next_seq is None:
            self._next_seq = self._last_seq() + 1
        seq = self._next_seq
        self._next_seq += count
        return seq

    def _last_seq(self) -> int:
        device = self.journal.device_id
        if self.session.get_bind().dialect.name == "postgresql":
            key = int.from_bytes(hashlib.sha256(device.encode()).digest()[:8], "big", signed=True)
            self.session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
        with self.session.no_autoflush:  # bookkeeping: it must not write the records being changed
            current = self.session.scalar(select(func.max(ChangeLogEntry.device_seq))
                                          .where(ChangeLogEntry.device_id == device))
        return current or 0
