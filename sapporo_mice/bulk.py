"""Bulk writes that store exactly what the services store (the demo generator's and the importer's).

Rows are built in memory, the services' own ``derive`` and ``search_doc`` run over them (through
:class:`MemorySession`), and they are written with Core ``executemany`` (:class:`TableWriter`), with one
change-log ``insert`` row each in the device's sequence (:class:`ChangeLog`) and the search rows the
services' ``reindex`` would write; on SQLite the FTS mirror is filled in one statement (:func:`deferred_fts`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import functools
import json
import operator
from collections import defaultdict
from collections.abc import Iterable, Iterator
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.orm import Session

from sapporo_mice import grams
from sapporo_mice.ids import uuid7
from sapporo_mice.models import ChangeLogEntry, ContactEmail, ContactPhone, SearchEntry, SyncMixin, utcnow
from sapporo_mice.services.base import SEARCH_KEYS, RecordService, search_values
from sapporo_mice.services.people import ContactService, email_values, phone_values, wanted_emails, wanted_phones
from sapporo_mice.validation import parse_phone
from sapporo_mice.validation.phones import region_chain

if TYPE_CHECKING:
    from sapporo_mice.crm import Crm

FTS_INSERT_TRIGGER = "search_index_ai"
GRAMS_INSERT_TRIGGER = "search_index_grams_ai"


# --------------------------------------------------------------------------- rows in memory
class MemorySession:
    """The part of a Session that the services' ``derive`` and ``search_doc`` use, over rows in memory."""

    def __init__(self, stored: Session | None = None) -> None:
        self.by_id: dict[type, dict[str, SimpleNamespace]] = defaultdict(dict)
        self.children: dict[tuple[type, str], list[SimpleNamespace]] = defaultdict(list)
        self.stored = stored  # where rows not built here (an existing organization, the fair) are read

    def get(self, model: type, record_id: str) -> Any:
        row = self.by_id[model].get(record_id)
        if row is None and self.stored is not None:
            row = self.stored.get(model, record_id)
            if row is not None:
                self.by_id[model][record_id] = row
        return row

    def flush(self) -> None:
        """Nothing to flush: every demo row is already in memory."""


class MemoryContactService(ContactService):
    """The contact service, reading a contact's emails and phones from the rows in memory."""

    def _live_children(self, session: MemorySession, model: type, contact_id: str) -> list[Any]:
        return session.children[(model, contact_id)]


def blank_values(model: type, service: Any) -> dict[str, Any]:
    """What a service create stores for inputs not given, and the columns' own defaults."""
    blank = {c.key: _scalar_default(c) for c in model.__table__.columns}
    for key, spec in (service.fields if service else {}).items():
        blank[key] = _clean_blank(spec)
    blank.update(version=1, deleted_at=None, merged_into=None)
    for key in ("id", "created_at", "updated_at", "created_by", "updated_by"):
        blank.pop(key, None)
    return blank


class TableWriter:
    """Bulk INSERTs of plain rows into one table, with the dialect's own bind processors.

    On SQLite the rows go straight to the driver's ``executemany`` as tuples: SQLAlchemy's per-row
    parameter handling would otherwise cost more than SQLite itself. Elsewhere, a Core ``insert``.
    """

    def __init__(self, connection: Connection, table: Any, keys: Iterable[str]) -> None:
        self.connection, self.table = connection, table
        dialect = connection.dialect
        compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
        self.fast = dialect.name == "sqlite" and compiled.positiontup is not None
        if self.fast:
            self.sql, self.order = str(compiled), list(compiled.positiontup)
            self.getter = operator.itemgetter(*self.order)
            processors = ((i, table.c[k].type.dialect_impl(dialect).bind_processor(dialect))
                          for i, k in enumerate(self.order))
            # Times and dates repeat (created_at is updated_at; one change-log time): convert each once.
            self.processors = [(i, functools.lru_cache(maxsize=4096)(proc)) for i, proc in processors
                               if proc is not None]

    def write(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        if not self.fast:
            self.connection.execute(insert(self.table), rows)
            return
        self.connection.exec_driver_sql(self.sql, [self._values(row) for row in rows])

    def _values(self, row: dict[str, Any]) -> tuple:
        values = self.getter(row)
        if not self.processors:
            return values
        values = list(values)
        for index, processor in self.processors:
            values[index] = processor(values[index])
        return tuple(values)


class ChangeLog:
    """Change-log ``insert`` rows in the device's contiguous sequence, as the ChangeRecorder writes them."""

    KEYS = ("device_id", "device_seq", "hlc", "table_name", "row_id", "op", "field", "base_value", "new_value",
            "schema_rev", "user", "at")

    def __init__(self, crm: "Crm", session: Session, actor: str) -> None:
        self.crm, self.actor = crm, actor
        current = session.scalar(select(func.max(ChangeLogEntry.device_seq))
                                 .where(ChangeLogEntry.device_id == crm.device_id))
        self.next_seq = (current or 0) + 1
        self.at = utcnow()
        self.written = 0
        self.keys: dict[str, list[str]] = {}

    def rows(self, table_name: str, rows: list[SimpleNamespace]) -> list[dict[str, Any]]:
        keys = self.keys.get(table_name)
        if keys is None:
            keys = self.keys[table_name] = [k for k in vars(rows[0]) if k not in SyncMixin.SYSTEM_FIELDS]
        out = [self._entry(table_name, row, keys) for row in rows]
        self.written += len(out)
        return out

    def row(self, table_name: str, row: SimpleNamespace) -> dict[str, Any]:
        """One row's entry, numbered next: for callers that log records in the order a service would."""
        return self.rows(table_name, [row])[0]

    def _entry(self, table_name: str, row: SimpleNamespace, keys: list[str]) -> dict[str, Any]:
        values = vars(row)
        payload = {k: _log_value(v) for k in keys if (v := values[k]) is not None}
        seq, self.next_seq = self.next_seq, self.next_seq + 1
        return {"device_id": self.crm.device_id, "device_seq": seq, "hlc": self.crm.clock.now(),
                "table_name": table_name, "row_id": row.id, "op": "insert", "field": None, "base_value": None,
                "new_value": _encode_json(payload), "schema_rev": self.crm.schema_rev,
                "user": self.actor, "at": self.at}


ANALYZE_AFTER_ROWS = 1000


def refresh_statistics(connection: Connection, tables: Iterable[str], rows_written: int) -> None:
    """After a large bulk load on PostgreSQL, ANALYZE the tables it filled.

    PostgreSQL plans from statistics that a bulk load leaves stale until autovacuum comes round:
    straight after the demo, a one-record duplicate check took 2.7 s instead of 10 ms.
    """
    if connection.dialect.name != "postgresql" or rows_written < ANALYZE_AFTER_ROWS:
        return
    for table in dict.fromkeys(tables):
        connection.exec_driver_sql(f'ANALYZE "{table}"')


# The insert triggers on search_index, and the one statement that does each one's work for many rows.
DEFERRED_INSERT_TRIGGERS = {
    FTS_INSERT_TRIGGER: "INSERT INTO search_fts(rowid, title_key, text) "
                        "SELECT rid, title_key, text FROM search_index WHERE rid > ?",
    GRAMS_INSERT_TRIGGER: grams.FILL_SQL,
}


@contextlib.contextmanager
def deferred_fts(connection: Connection) -> Iterator[None]:
    """On SQLite, index the new search rows in one INSERT … SELECT per index instead of row by row.

    The insert triggers that keep the FTS5 mirrors in step cost about four times more per row than
    one statement over all new rows. Each trigger is dropped and re-created with its own SQL inside
    the caller's transaction, so a failure rolls both back and the schema never changes.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    triggers = dict(connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (%s)"
        % ", ".join("?" * len(DEFERRED_INSERT_TRIGGERS)), tuple(DEFERRED_INSERT_TRIGGERS)).all())
    if not triggers:
        yield
        return
    last = connection.exec_driver_sql("SELECT coalesce(max(rid), 0) FROM search_index").scalar()
    for name in triggers:
        connection.exec_driver_sql(f"DROP TRIGGER {name}")
    yield
    for name, trigger_sql in triggers.items():
        connection.exec_driver_sql(DEFERRED_INSERT_TRIGGERS[name], (last,))
        connection.exec_driver_sql(trigger_sql)


_PLAIN_TYPES = frozenset({str, int, float, bool})
_encode_json = json.JSONEncoder(ensure_ascii=False).encode


@contextlib.contextmanager
def large_cache(connection: Connection, mebibytes: int = 512) -> Iterator[None]:
    """On SQLite, a page cache big enough that a large load does not spill pages mid-transaction."""
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{mebibytes * 1024}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


def _log_value(value: Any) -> Any:
    """The JSON form ``changelog.encode_value`` gives (enums by value, dates as ISO text)."""
    if type(value) in _PLAIN_TYPES:
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    return value


def _scalar_default(column: Any) -> Any:
    default = column.default
    return default.arg if default is not None and default.is_scalar else None


def _clean_blank(spec: Any) -> Any:
    try:
        return spec.clean(None)
    except ValueError:
        return None


def chunks(rows: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


# --------------------------------------------------------------------------- many service creates
class PhoneMemo:
    """``parse_phone`` remembered by text and region chain: its result depends on nothing else, so a
    phone parsed while planning (for warnings and duplicate keys) is not parsed again when written."""

    def __init__(self) -> None:
        self.parsed: dict[tuple, Any] = {}  # by text and chain
        self.asked: dict[tuple, Any] = {}  # by text and the regions as given, a shortcut to the same

    def __call__(self, raw: str, *regions: str | None) -> Any:
        phone = self.asked.get((raw, regions))
        if phone is None:
            key = (raw, tuple(region_chain(*regions)))
            phone = self.parsed.get(key)
            if phone is None:
                phone = self.parsed[key] = parse_phone(raw, *regions)
            self.asked[(raw, regions)] = phone
        return phone


class BulkCreate:
    """Many ``create_in`` calls' worth of rows, built in memory and written in one go by :meth:`write`.

    Each record gets what the service's create gives it: its cleaned values (validated by the
    caller with the service's ``_validate``), the sync columns, the service's ``derive``, a contact's
    emails and phones, one change-log row each in the order the service logs them, and its search row.
    """

    def __init__(self, crm: "Crm", session: Session, actor: str, phones: PhoneMemo | None = None) -> None:
        self.crm, self.session, self.actor = crm, session, actor
        self.parse = phones or PhoneMemo()
        self.memory = MemorySession(session)
        self.services = {t: (MemoryContactService(crm) if t == "contact" else s) for t, s in crm.services.items()}
        self.blanks: dict[type, dict[str, Any]] = {}
        self.rows: dict[type, list[SimpleNamespace]] = {}
        self.logged: list[tuple[str, SimpleNamespace]] = []
        self.search: list[dict[str, Any]] = []

    def create(self, record_type: str, cleaned: dict[str, Any], values: dict[str, Any]) -> str:
        """The id of the new record; ``values`` are the inputs (a contact's emails and phones)."""
        service = self.services[record_type]
        if record_type != "contact" and type(service).after_write is not RecordService.after_write:
            # Its after_write (a stage history …) has no bulk twin here: it would be silently left out.
            raise ValueError(f"no bulk create for {record_type}")
        row = self._add(service.model, service, cleaned)
        service.derive(self.memory, row, cleaned, [])
        self.logged.append((service.model.__tablename__, row))
        if record_type == "contact":
            self._children(row, values)
        doc = service.search_doc(self.memory, row)
        if doc is not None:
            self.search.append(search_values(record_type, row, doc))
        return row.id

    def _add(self, model: type, service: Any, values: dict[str, Any]) -> SimpleNamespace:
        if model not in self.blanks:
            self.blanks[model] = blank_values(model, service)
        now = utcnow()
        row = SimpleNamespace(**{**self.blanks[model], **values})
        row.id, row.created_at, row.updated_at = values.get("id") or uuid7(), now, now
        row.created_by = row.updated_by = self.actor
        self.rows.setdefault(model, []).append(row)
        self.memory.by_id[model][row.id] = row
        return row

    def _children(self, contact: SimpleNamespace, values: dict[str, Any]) -> None:
        """What ``ContactService.after_write`` adds for a new contact: every wanted email and phone."""
        if "emails" in values:
            for index, (address, kind) in enumerate(wanted_emails(values["emails"] or [])):
                self._child(ContactEmail, email_values(contact.id, index, address, kind))
        if "phones" in values:
            regions = (contact.country, values.get("default_region"))
            for index, (phone, kind) in enumerate(wanted_phones(values["phones"] or [], regions, [], self.parse)):
                self._child(ContactPhone, phone_values(contact.id, index, phone, kind))

    def _child(self, model: type, values: dict[str, Any]) -> None:
        row = self._add(model, None, values)
        self.memory.children[(model, row.contact_id)].append(row)
        self.logged.append((model.__tablename__, row))

    def write(self) -> dict[str, int]:
        """Insert every row (parents first), its change-log row and its search row; counts by table."""
        connection = self.session.connection()
        log = ChangeLog(self.crm, self.session, self.actor)
        with deferred_fts(connection):
            for model, rows in self.rows.items():
                TableWriter(connection, model.__table__, [c.key for c in model.__table__.columns]).write(
                    [vars(row) for row in rows])
            TableWriter(connection, ChangeLogEntry.__table__, ChangeLog.KEYS).write(
                [log.row(table, row) for table, row in self.logged])
            TableWriter(connection, SearchEntry.__table__, SEARCH_KEYS).write(self.search)
        counts = {model.__tablename__: len(rows) for model, rows in self.rows.items()}
        refresh_statistics(connection, [*counts, ChangeLogEntry.__tablename__, SearchEntry.__tablename__],
                           sum(counts.values()))
        return counts
