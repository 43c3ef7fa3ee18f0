"""Bulk loads that store exactly what the services store (the demo generator's and the importer's).

A :class:`BulkLoad` builds rows in memory as a service create builds them (the sync columns, the
service's own ``derive``, a contact's emails and phones) and writes them within one unit of work, in
batches (:class:`~sapporo_mice.inserts.TableWriter` through a :class:`~sapporo_mice.inserts.Pipeline`):
the rows, an ``insert`` entry each through the unit's one change-log writer (its batch mode), and the
search rows the service's own ``search_doc`` gives. The database stores each batch while the next rows are
made; an importer that flushes between records (:meth:`BulkLoad.writing`) has it stored while it builds the
records after them. On SQLite the FTS mirrors are filled in one statement per index instead of row by row
(:func:`deferred_fts`).
"""

from __future__ import annotations

import contextlib
import operator
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from sapporo_mice import grams
from sapporo_mice.changes import Changes
from sapporo_mice.ids import uuid7_batch
from sapporo_mice.inserts import Pipeline, SqliteBatch, TableWriter, insert_many
from sapporo_mice.models import ChangeLogEntry, ContactEmail, ContactPhone, SearchEntry, utcnow
from sapporo_mice.services.base import SEARCH_KEYS, RecordService, Saved, search_values
from sapporo_mice.services.people import email_values, phone_values, wanted_emails, wanted_phones
from sapporo_mice.validation import parse_phone
from sapporo_mice.validation.phones import chain_of

if TYPE_CHECKING:
    from sapporo_mice.store import Unit
    from sapporo_mice.validation.phones_ahead import PhonesAhead

FTS_INSERT_TRIGGER = "search_index_ai"
GRAMS_INSERT_TRIGGER = "search_index_grams_ai"
CHUNK = 5000
# The first batch of a load is sent sooner: until it is, the pipeline's thread has nothing to write, and on SQLite
# that thread is what an import waits for at its end (it writes a batch in about the time the next one is made).
FIRST_CHUNK = 500
ID_BATCH = 1024
# How many rows a load lets go of at a time once all are sent (BulkLoad.writing(release=True)): about a millisecond's
# work, so that Python's lock can change hands between two slices.
RELEASE_SLICE = 1000
# SQLite's page cache while a load writes (large_cache), in MiB. The demo's and sync's loads keep every page they
# dirty until the commit (LOAD_CACHE_MB). An import's is capped (IMPORT_CACHE_MB): its file is whatever the user
# picked, and it runs beside the open app on a laptop. Past the cap the pipeline's thread, idle more than half of an
# import, spills pages to the WAL while the importer works on. A 50k-row import peaked at 553 MB instead of 677 MB,
# with no loss of time measured (medians 14.0 s against 14.4 s, five runs each, 2026-12-05). A 10k-row import's
# pages (39 MB) never reach the cap.
LOAD_CACHE_MB = 512
IMPORT_CACHE_MB = 64


# --------------------------------------------------------------------------- rows in memory
class MemoryRows:
    """What a record's hooks may look up (:class:`~sapporo_mice.services.base.Related`), over the rows of
    a bulk load, falling back to the unit for rows stored before it (an existing company, the fair)."""

    def __init__(self, stored: Any | None = None) -> None:
        self.by_id: dict[type, dict[str, SimpleNamespace]] = defaultdict(dict)
        self._children: dict[tuple[type, str], list[SimpleNamespace]] = defaultdict(list)
        self.stored = stored

    def fetch(self, model: type, record_id: str | None) -> Any:
        if record_id is None:
            return None
        row = self.by_id[model].get(record_id)
        if row is None and self.stored is not None:
            row = self.stored.fetch(model, record_id)
        return row

    def children(self, model: type, parent_key: str, parent_id: str) -> list[Any]:
        return self._children[(model, parent_id)]

    def add_child(self, model: type, parent_id: str, row: SimpleNamespace) -> None:
        self._children[(model, parent_id)].append(row)

    def clear(self) -> None:
        """Forget every row (the rows themselves live on where else they are held)."""
        self.by_id.clear()
        self._children.clear()


def blank_values(model: type, service: Any) -> dict[str, Any]:
    """What a service create stores for inputs not given, and the columns' own defaults."""
    blank = {c.key: _scalar_default(c) for c in model.__table__.columns}
    for key, spec in (service.fields if service else {}).items():
        blank[key] = _clean_blank(spec)
    blank.update(version=1, deleted_at=None, merged_into=None)
    for key in ("id", "created_at", "updated_at", "created_by", "updated_by"):
        blank.pop(key, None)
    return blank


def _scalar_default(column: Any) -> Any:
    default = column.default
    return default.arg if default is not None and default.is_scalar else None


def _clean_blank(spec: Any) -> Any:
    try:
        return spec.clean(None)
    except ValueError:
        return None


# --------------------------------------------------------------------------- the load
class BulkLoad:
    """Rows built in memory as the services' creates build them, written in one go by :meth:`write`.

    ``new_id(at)`` gives ids (default: a fresh UUIDv7); ``at`` is each row's creation time (default: the
    load's start, one time for the whole action as the change log has).
    """

    def __init__(self, unit: Unit, *, new_id: Callable[[Any], str] | None = None) -> None:
        self.unit = unit
        self.memory = MemoryRows(unit)
        # Not a method of the load: a load that held its own bound method would be a reference cycle, its
        # rows freed only by the cyclic collector (which a bulk load holds off) instead of when it is dropped.
        self.new_id = new_id or FreshIds()
        self.now = utcnow()
        self.services = {s.model: s for s in unit.store.services.values()}
        self.rows: dict[type, list[SimpleNamespace]] = {}
        self.searched = 0  # search rows written
        self._blanks: dict[type, dict[str, Any]] = {}
        self._written: dict[type, int] = {}  # how many of each model's rows are written
        self._let_go: dict[type, int] = {}  # how many of each model's rows were written and let go (writing(release))
        self._added = self._sent = 0  # rows added and rows sent, in all tables: what flush asks after every record
        self._sink: _Sink | None = None  # while writing: where the batches go

    def add(self, model: type, at: Any = None, derived: dict[str, Any] | None = None, **values: Any) -> SimpleNamespace:
        """One row as a service create would make it: blanks, inputs, sync columns, then ``derive``.

        ``derived`` holds derived columns already known (a phone's parsed forms), so ``derive`` need not
        compute them again."""
        return self.add_values(model, values, at, derived)

    def add_values(self, model: type, values: dict[str, Any], at: Any = None,
                   derived: dict[str, Any] | None = None) -> SimpleNamespace:
        """:meth:`add` of inputs already in a dict (a record's cleaned values), which is read, not kept: no
        keyword copy of a row's 30 columns on the way in."""
        at = at or self.now
        row = SimpleNamespace()
        data = row.__dict__  # filled in place: SimpleNamespace(**data) would copy a row's 30 columns twice
        data.update(self._blank(model))
        data.update(values)
        if derived:
            data.update(derived)
        # the sync columns, in the order (and so the change-log payload order) they always had
        data["id"] = values.get("id") or self.new_id(at)
        data["created_at"] = data["updated_at"] = at
        data["created_by"] = data["updated_by"] = self.unit.actor
        service = self.services.get(model)
        if service is not None:
            service.derive(row, values, self.memory)
        self.rows.setdefault(model, []).append(row)
        self.memory.by_id[model][row.id] = row
        self._added += 1
        return row

    def add_child(self, model: type, parent_id: str, at: Any = None, **values: Any) -> SimpleNamespace:
        """A contact's email or phone."""
        values["contact_id"] = parent_id  # the call's own keyword dict: no copy needed
        row = self.add_values(model, values, at)
        self.memory.add_child(model, parent_id, row)
        return row

    def _blank(self, model: type) -> dict[str, Any]:
        if model not in self._blanks:
            self._blanks[model] = blank_values(model, self.services.get(model))
        return self._blanks[model]

    def write(self, *, sort_by_id: bool = False) -> dict[str, int]:
        """Insert every row (tables in the order first added: parents first), its change-log entry and its
        search row; returns the counts by table. ``sort_by_id``: insert each table in key order (a large
        load whose ids are time-ordered keeps every index growing at its end)."""
        with self.writing(sort_by_id=sort_by_id):
            pass
        return self.counts()

    def counts(self) -> dict[str, int]:
        """How many rows of each table the load has made (those let go included), by table name."""
        return {model.__tablename__: self._let_go.get(model, 0) + len(rows) for model, rows in self.rows.items()}

    @contextlib.contextmanager
    def writing(self, *, sort_by_id: bool = False, release: bool = False,
                cache_mebibytes: int = LOAD_CACHE_MB) -> Iterator[None]:
        """The load's write, open while the caller adds rows: each :meth:`flush` sends the rows added since the
        last one (once there are enough), and leaving the block sends the rest. Rows are sent a whole record at
        a time only if the caller flushes between records, as the importer does between rows of its file.

        The writes go through a :class:`~sapporo_mice.inserts.Pipeline`: each batch of rows, change-log
        entries or search rows is stored (by the PostgreSQL server, or by a thread on SQLite) while the
        next rows are made, and while the caller builds the records after them. If the block fails, nothing
        more is sent; the unit of work rolls back what was.

        ``release``: once all is sent, the load lets go of its rows (:meth:`counts` still counts them), for a
        caller that reads none of them back. The importer's thread then frees them while the pipeline's thread
        writes the last batch, instead of waiting for it and freeing them after the commit.

        ``cache_mebibytes``: SQLite's page cache meanwhile (``LOAD_CACHE_MB``, ``IMPORT_CACHE_MB``)."""
        connection = self.unit.session.connection()
        self.unit.log.ready()
        with deferred_fts(connection) as indexing, large_cache(connection, cache_mebibytes), \
                Pipeline(connection) as pipeline:
            self._sink = _Sink(connection, pipeline, indexing)
            try:
                yield
                self._send(sort_by_id=sort_by_id)
                if release:
                    self._release()
            finally:
                self._sink = None
        refresh_statistics(connection, [*(m.__tablename__ for m in self.rows), ChangeLogEntry.__tablename__,
                                        SearchEntry.__tablename__], sum(self.counts().values()))

    def _release(self) -> None:
        """Let go of every row (all sent: the rows of a batch in the pipeline are its own tuples), in slices of
        ``RELEASE_SLICE`` rows. Freed in one call, an import's 34,000 rows held Python's lock for tens of
        milliseconds, and the pipeline's thread, which needs it between two statements, waited."""
        memory, self.memory = self.memory, MemoryRows(self.unit)
        memory.clear()  # references only: each row is freed with the last slice that holds it
        for model, rows in self.rows.items():
            self._let_go[model] = self._let_go.get(model, 0) + len(rows)
            self._written[model] = 0
            while rows:
                del rows[-RELEASE_SLICE:]

    def flush(self) -> None:
        """Within :meth:`writing`, between two records: send the rows waiting, once there are a batch of them."""
        if self._sink is not None and self._added - self._sent >= (CHUNK if self._sent else FIRST_CHUNK):
            self._send()

    def _send(self, *, sort_by_id: bool = False) -> None:
        """Send every row not yet sent, table by table in the order first added (parents first); for each batch,
        its search rows first (the server takes longest over them: two trigram indexes on PostgreSQL), then
        the rows. The change-log entries of the batches go after their rows, those of several tables together
        (a contact's, its emails' and its phones'), in the order the rows were sent. A search row that reads a
        stored record (an existing company) waits for the write in progress."""
        sink, log = self._sink, self.unit.log
        log.flush()  # entries a service write logged meanwhile: they come first in the sequence
        logged: list[tuple[str, list[dict[str, Any]]]] = []  # rows sent, their change-log entries not yet made
        unlogged = 0  # how many rows ``logged`` holds
        for model, rows in self.rows.items():
            start = self._written.get(model, 0)
            waiting = rows[start:]
            if not waiting:
                continue
            if sort_by_id:
                waiting.sort(key=operator.attrgetter("id"))
                rows[start:] = waiting
            writer = sink.writer(model)
            for chunk in chunks(waiting, CHUNK):
                entries = self._search_rows(model, chunk)
                sink.pipeline.send(sink.search_sender(entries))
                self.searched += len(entries)
                values = list(map(vars, chunk))
                sink.pipeline.send(writer.sender(values))
                logged.append((model.__tablename__, values))
                unlogged += len(values)
                if unlogged >= CHUNK:
                    sink.pipeline.send(log.inserted_sender(logged))
                    logged, unlogged = [], 0
            self._written[model] = len(rows)
        # One INSERT for the entries of a batch's tables (a contact's, its emails' and its phones'): on SQLite each
        # statement costs the pipeline's thread a wait for Python's lock once it is done.
        if logged:
            sink.pipeline.send(log.inserted_sender(logged))
        self._sent = self._added

    def _search_rows(self, model: type, rows: list[SimpleNamespace]) -> list[dict[str, Any]]:
        """The search rows the service's ``reindex`` would write, from the service's own ``search_doc``."""
        service = self.services.get(model)
        if service is None:
            return []
        entries = []
        for row in rows:
            doc = service.search_doc(row, self.memory)
            if doc is not None:
                entries.append(search_values(service.record_type, row, doc))
        return entries


class _Sink:
    """Where an open :meth:`BulkLoad.writing` sends its batches: its pipeline and a writer per table."""

    def __init__(self, connection: Connection, pipeline: Pipeline, indexing: SearchIndexing | None) -> None:
        self.connection, self.pipeline, self.indexing = connection, pipeline, indexing
        self.search = TableWriter(connection, SearchEntry.__table__, SEARCH_KEYS)
        self._writers: dict[type, TableWriter] = {}

    def search_sender(self, entries: list[dict[str, Any]]) -> Any:
        """The write of these search rows; on SQLite they are indexed as they are written (:class:`SearchIndexing`)."""
        sent = self.search.sender(entries)
        if self.indexing is not None and isinstance(sent, SqliteBatch):
            return self.indexing.batch(sent, entries)
        return sent

    def writer(self, model: type) -> TableWriter:
        if model not in self._writers:
            self._writers[model] = TableWriter(self.connection, model.__table__,
                                               [c.key for c in model.__table__.columns])
        return self._writers[model]


class FreshIds:
    """A bulk load's default ids: fresh UUIDv7s, taken from batches (:func:`~sapporo_mice.ids.uuid7_batch`)."""

    def __init__(self) -> None:
        self._ids: Iterator[str] = iter(())

    def __call__(self, _at: Any) -> str:
        for record_id in self._ids:
            return record_id
        self._ids = iter(uuid7_batch(ID_BATCH))
        return next(self._ids)


class BulkWriter:
    """The intake's writer for many records (an import): what ``create_cleaned`` stores, built in a
    :class:`BulkLoad` and written by its :meth:`BulkLoad.write`. Each phone is parsed once (:class:`PhoneMemo`)."""

    def __init__(self, unit: Unit, phones: PhoneMemo | None = None) -> None:
        self.load = BulkLoad(unit)
        self.parse = phones or PhoneMemo()

    def create(self, record_type: str, values: dict[str, Any], cleaned: dict[str, Any] | None = None) -> Saved:
        """``cleaned``: the values :meth:`RecordService.validate` gave (the importer validates while planning)."""
        service = self.load.unit.service(record_type)
        if cleaned is None:
            cleaned = service.validate(self.load.unit, values)
        if record_type != "contact" and type(service).after_write is not RecordService.after_write:
            # Its after_write (a stage history …) has no bulk twin here: it would be silently left out.
            raise ValueError(f"no bulk create for {record_type}")
        row = self.load.add_values(service.model, {**cleaned, "id": values["id"]} if values.get("id") else cleaned)
        if record_type == "contact":
            self._children(row, values)
        return Saved({"id": row.id}, Changes())

    def _children(self, contact: SimpleNamespace, values: dict[str, Any]) -> None:
        """What ``ContactService.after_write`` adds for a new contact: every wanted email and phone."""
        if "emails" in values:
            for index, (address, kind) in enumerate(wanted_emails(values["emails"] or [])):
                self.load.add_child(ContactEmail, contact.id, **email_values(contact.id, index, address, kind))
        if "phones" in values:
            regions = (contact.country, values.get("default_region"))
            for index, (phone, kind) in enumerate(wanted_phones(values["phones"] or [], regions, [], self.parse)):
                self.load.add_child(ContactPhone, contact.id, **phone_values(contact.id, index, phone, kind))

    def write(self) -> dict[str, int]:
        return self.load.write()

    def writing(self) -> contextlib.AbstractContextManager[None]:
        """:meth:`BulkLoad.writing`: records created inside are written in batches, between :meth:`flush` calls;
        once all are sent, the load lets go of the rows (what ``create`` returned is all a caller reads back). SQLite's
        page cache is capped meanwhile (``IMPORT_CACHE_MB``)."""
        return self.load.writing(release=True, cache_mebibytes=IMPORT_CACHE_MB)

    def flush(self) -> None:
        self.load.flush()


class PhoneMemo:
    """``parse_phone`` remembered by text and region chain: its result depends on nothing else, so a
    phone parsed while planning (for warnings and duplicate keys) is not parsed again when written."""

    def __init__(self) -> None:
        self.parsed: dict[tuple, Any] = {}  # by text and region chain
        self.ahead: PhonesAhead | None = None  # while parsing_ahead: a worker parsing the file's phones

    @contextlib.contextmanager
    def parsing_ahead(self, requests: list[tuple[str, tuple[str, ...]]]) -> Iterator[PhonesAhead]:
        """Within the block, the phones of ``requests`` (text and region chain, in the order they will be asked
        for) are parsed ahead by a worker process where there are enough of them
        (:class:`~sapporo_mice.validation.phones_ahead.PhonesAhead`); what it has not parsed is parsed here."""
        from sapporo_mice.validation.phones_ahead import PhonesAhead  # only once an import runs

        with PhonesAhead(requests) as ahead:
            self.ahead = ahead
            try:
                yield ahead
            finally:
                self.ahead = None

    def waiting(self, requests: Iterable[tuple[str, tuple[str, ...]]]) -> bool:
        """Whether the worker parsing ahead has yet to send any of ``requests`` (text and region chain): asked for
        now, it would be parsed here (:meth:`PhonesAhead.pending`)."""
        ahead = self.ahead
        return ahead is not None and any(map(ahead.pending, requests))

    def __call__(self, raw: str, *regions: str | None) -> Any:
        # By chain, not by the regions as given: a row's phone is asked for with its country, then with the
        # fair's too, then with its own region first, and each time the chain is the same.
        key = (raw, chain_of(regions))
        phone = self.parsed.get(key)
        if phone is None:
            taken = self.ahead.take(key) if self.ahead is not None else None
            if taken:
                self.parsed.update(taken)
                return taken[key]
            phone = self.parsed[key] = parse_phone(raw, *regions)
        return phone


# --------------------------------------------------------------------------- writing
ANALYZE_AFTER_ROWS = 1000


# The columns that queries choose change-log entries by (sync, history, erasure): only their statistics help a
# plan, and leaving out the logged values (the wide JSON payloads) halves what ANALYZE does after a load.
ANALYZED_COLUMNS = {ChangeLogEntry.__tablename__: ("seq", "device_id", "device_seq", "hlc", "table_name", "row_id",
                                                   "op", "field")}


def refresh_statistics(connection: Connection, tables: Iterable[str], rows_written: int) -> None:
    """After a large bulk load on PostgreSQL, ANALYZE the tables it filled.

    PostgreSQL plans from statistics that a bulk load leaves stale until autovacuum comes round:
    straight after the demo, a one-record duplicate check took 2.7 s instead of 10 ms.
    """
    if connection.dialect.name != "postgresql" or rows_written < ANALYZE_AFTER_ROWS:
        return
    for table in dict.fromkeys(tables):
        columns = ANALYZED_COLUMNS.get(table)
        listed = f" ({', '.join(columns)})" if columns else ""
        connection.exec_driver_sql(f'ANALYZE "{table}"{listed}')


# The insert triggers on search_index, and the one statement that does each one's work for the rows with
# ids in a range (past the first, up to the second): for many rows at once.
DEFERRED_INSERT_TRIGGERS = {
    FTS_INSERT_TRIGGER: "INSERT INTO search_fts(rowid, title_key, text) "
                        "SELECT rid, title_key, text FROM search_index WHERE rid > ? AND rid <= ?",
    GRAMS_INSERT_TRIGGER: f"{grams.FILL_SQL} AND rid <= ?",
}
LAST_SEARCH_ROW = "SELECT coalesce(max(rid), 0) FROM search_index"
GRAMS_INSERT = f"INSERT INTO {grams.TABLE}(rowid, grams) VALUES (?, ?)"


@contextlib.contextmanager
def deferred_fts(connection: Connection) -> Iterator[SearchIndexing | None]:
    """On SQLite, index the new search rows in one INSERT per index and batch instead of row by row.

    The insert triggers that keep the FTS5 mirrors in step cost about four times more per row than
    one statement over many rows. Each trigger is dropped and re-created with its own SQL inside
    the caller's transaction (an explicit ``BEGIN IMMEDIATE``: see :mod:`sapporo_mice.database`), so a
    failure or a crash rolls both back and the schema never changes.

    Yields a :class:`SearchIndexing` (None where nothing is deferred): a bulk load's search rows written
    through it are indexed batch by batch, by the pipeline's thread. On leaving, every other search row
    written meanwhile is indexed with one statement per index.
    """
    if connection.dialect.name != "sqlite":
        yield None
        return
    triggers = dict(connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (%s)"
        % ", ".join("?" * len(DEFERRED_INSERT_TRIGGERS)), tuple(DEFERRED_INSERT_TRIGGERS)).all())
    if not triggers:
        yield None
        return
    indexing = SearchIndexing(connection.exec_driver_sql(LAST_SEARCH_ROW).scalar(), set(triggers))
    for name in triggers:
        connection.exec_driver_sql(f"DROP TRIGGER {name}")
    yield indexing
    for low, high in indexing.not_indexed(connection.exec_driver_sql(LAST_SEARCH_ROW).scalar()):
        for name in triggers:
            connection.exec_driver_sql(DEFERRED_INSERT_TRIGGERS[name], (low, high))
    for trigger_sql in triggers.values():
        connection.exec_driver_sql(trigger_sql)


class SearchIndexing:
    """The search rows past ``last`` that batches have indexed themselves, while :func:`deferred_fts` holds
    the triggers off: ranges of ids, each past its first and up to its last."""

    def __init__(self, last: int, triggers: set[str]) -> None:
        self.last, self.triggers = last, triggers
        self.indexed: list[tuple[int, int]] = []

    def batch(self, sent: SqliteBatch, entries: list[dict[str, Any]]) -> IndexedSearchBatch:
        """The search rows of ``sent`` (made from ``entries``), written and then indexed by the same job. Their
        bigram documents (:func:`~sapporo_mice.grams.document`, what the trigger's SQL function makes) are made
        here, in the caller's thread, so the pipeline's thread never calls back into Python row by row."""
        documents = [grams.document(e["record_type"], e["text"]) for e in entries] \
            if GRAMS_INSERT_TRIGGER in self.triggers else []
        return IndexedSearchBatch(sent, documents, self)

    def fill(self, raw: Any, low: int, high: int, documents: list[str]) -> None:
        """Index the rows past ``low`` up to ``high``, whose bigram documents are ``documents`` in id order."""
        if FTS_INSERT_TRIGGER in self.triggers:
            raw.execute(DEFERRED_INSERT_TRIGGERS[FTS_INSERT_TRIGGER], (low, high))
        if GRAMS_INSERT_TRIGGER in self.triggers:
            insert_many(raw, GRAMS_INSERT, list(zip(range(low + 1, high + 1), documents)))
        self.indexed.append((low, high))

    def not_indexed(self, top: int) -> list[tuple[int, int]]:
        """The ranges of ids past ``last`` up to ``top`` that no batch indexed."""
        gaps, start = [], self.last
        for low, high in sorted(self.indexed):
            if low > start:
                gaps.append((start, low))
            start = max(start, high)
        if top > start:
            gaps.append((start, top))
        return gaps


class IndexedSearchBatch(SqliteBatch):
    """Search rows that are indexed as soon as they are written by a pipeline's thread (:meth:`SearchIndexing.batch`).
    Called directly instead, it writes them as any batch, and :func:`deferred_fts` indexes them when the load ends."""

    def __init__(self, sent: SqliteBatch, documents: list[str], indexing: SearchIndexing) -> None:
        super().__init__(sent.connection, sent.sql, sent.rows, sent.shared)
        self.documents, self.indexing = documents, indexing

    def run(self, raw: Any) -> None:
        before = raw.execute(LAST_SEARCH_ROW).fetchone()[0]
        # The last row's id as the INSERT gives it, not asked again: each statement costs this thread a wait for
        # Python's lock once it is done.
        after = super().run(raw)
        # New rows take the next ids in the order written (search_index has no AUTOINCREMENT): anything else,
        # and the rows are left to deferred_fts, which indexes them when the load ends.
        if after is not None and after - before == len(self.rows):
            self.indexing.fill(raw, before, after, self.documents)


@contextlib.contextmanager
def large_cache(connection: Connection, mebibytes: int = LOAD_CACHE_MB) -> Iterator[None]:
    """On SQLite, a page cache of ``mebibytes`` while a large load writes (the default: big enough that the demo's
    load does not spill pages mid-transaction); the connection's own size comes back after."""
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{mebibytes * 1024}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


def chunks(rows: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]
