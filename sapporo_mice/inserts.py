"""Many plain rows at once, fast on both databases: inserting them into one table (bulk loads, sync applies,
the change log), and naming many ids in one WHERE (:func:`among`)."""

from __future__ import annotations

import contextlib
import functools
import itertools
import operator
import sqlite3
import sys
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from sqlalchemy import Connection, String, any_, bindparam, event, insert
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import DBAPIError

from sapporo_mice.collection import ProcessHold


def _done(exc: BaseException | None = None) -> None:
    """The wait of a write that is done when sent (:meth:`TableWriter.sender`)."""


def _nothing() -> Callable[..., None]:
    """The start of a write of no rows."""
    return _done


# The most rows in one multi-row INSERT of that thread (fewer if SQLite's limit of parameters is lower): above a
# bulk load's batch (bulk.CHUNK), so that a batch's change-log entries mostly go in one statement. Each statement
# costs the thread a wait for Python's lock once SQLite is done with it, and that thread is what a large import
# waits for at its end.
ROWS_PER_INSERT = 6000

# How soon a thread waiting for Python's lock asks for it while a pipeline's thread writes (CPython's default is
# 5 ms): the pipeline's thread waits that long after each statement before it may go on to the next.
PIPELINE_SWITCH_INTERVAL = 0.001
_switch_interval_before = 0.0


def _quick_switching_on() -> None:
    global _switch_interval_before
    _switch_interval_before = sys.getswitchinterval()
    sys.setswitchinterval(min(_switch_interval_before, PIPELINE_SWITCH_INTERVAL))


# ``with quick_switching():`` Python's lock changes hands after at most PIPELINE_SWITCH_INTERVAL (when the interval
# is longer). Holds are counted across threads: the interval the process had comes back when the last one ends.
quick_switching = ProcessHold(_quick_switching_on, lambda: sys.setswitchinterval(_switch_interval_before))


class Pipeline:
    """Writes that overlap with the work of making the next rows (a bulk load's tables, change log and
    search rows): whatever the caller computes after :meth:`send` runs while the database stores the rows.

    - PostgreSQL: the server stores a batch sent through COPY while the caller makes the next one; each
      :meth:`send` first waits for the COPY before it (one at a time on a connection).
    - SQLite: each batch (:class:`SqliteBatch`) goes to the pipeline's own thread, which writes the batches
      in the order sent with multi-row INSERTs. SQLite leaves Python's lock for the whole of each INSERT, so
      the caller goes on meanwhile; ``executemany`` would take the lock back for every row, and the two
      threads would wait on each other row by row.
      While the thread exists Python's lock changes hands within 1 ms (:func:`quick_switching`), so the thread
      does not wait up to CPython's 5 ms for it after each statement.

    Any other statement on the connection first waits for every write sent (:meth:`settle`), so it sees the
    rows written before it and never meets a COPY in progress (psycopg would wait for ever) or the thread at
    work. On leaving the block the writes are waited for, or dropped if the block failed.
    """

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self._open: Callable[..., None] | None = None
        self._thread: ThreadPoolExecutor | None = None
        self._queued: list[tuple[SqliteBatch, Future]] = []
        self._failed = False  # a queued batch failed: the ones after it are not written
        self._switching = contextlib.ExitStack()  # quick_switching, while the thread is there

    def send(self, start: Callable[[], Callable[..., None]]) -> None:
        if start is _nothing:
            return
        if isinstance(start, SqliteBatch):
            self._end_open()
            if self._thread is None:
                self._switching.enter_context(quick_switching())
                self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-bulk-insert")
            raw = self.connection.connection.dbapi_connection
            # A batch written is let go (its rows, the largest thing a load holds); one refused stays for settle.
            self._queued = [(b, f) for b, f in self._queued if not f.done() or f.exception() is not None]
            self._queued.append((start, self._thread.submit(self._run, start, raw)))
            return
        self.settle()
        self._open = start()

    def _run(self, batch: SqliteBatch, raw: Any) -> None:
        if not self._failed:
            try:
                batch.run(raw)
            except BaseException:
                self._failed = True
                raise

    def settle(self, exc: BaseException | None = None) -> None:
        """Wait for every write sent (raising the first thing the database refused); with ``exc`` (the block
        failed), wait for them and drop what they raise."""
        queued, self._queued = self._queued, []
        refused = None
        for batch, future in queued:
            error = future.exception()
            if error is not None and refused is None:
                refused = batch.refused(error)
        self._failed = False
        self._end_open(exc)
        if refused is not None and exc is None:
            raise refused

    def _end_open(self, exc: BaseException | None = None) -> None:
        end, self._open = self._open, None
        if end is not None:
            end(exc)

    def _before_statement(self, *_args: Any) -> None:
        self.settle()

    def __enter__(self) -> Pipeline:
        event.listen(self.connection, "before_cursor_execute", self._before_statement)
        return self

    def __exit__(self, _type: Any, exc: BaseException | None, _tb: Any) -> None:
        event.remove(self.connection, "before_cursor_execute", self._before_statement)
        try:
            self.settle(exc)
        finally:
            if self._thread is not None:
                self._thread.shutdown()
                self._thread = None
            self._switching.close()


class TableWriter:
    """Bulk INSERTs of plain rows into one table, with the dialect's own bind processors.

    On SQLite the rows go straight to the driver as tuples (SQLAlchemy's per-row parameter handling would
    otherwise cost more than SQLite itself): ``executemany`` when written at once, multi-row INSERTs in the
    :class:`Pipeline`'s thread when sent through one. On PostgreSQL they go through
    ``COPY … FROM STDIN`` (psycopg), several times faster than multi-row INSERTs for the tens of thousands
    of rows an import or a sync writes. Either way every column the INSERT would bind must be in each row
    (the callers build whole rows); a batch that is not whole goes through a Core ``insert``, which fills
    the Python-side defaults.
    """

    def __init__(self, connection: Connection, table: Any, keys: Iterable[str]) -> None:
        self.connection, self.table = connection, table
        self.given = list(keys)
        self.processors: list[tuple[int, Any]] = []
        self.rewritable = False  # its SQLite INSERT may leave columns out and share values (:meth:`_sqlite_rows`)
        dialect = connection.dialect
        compiled = insert(table).compile(dialect=dialect, column_keys=self.given)
        self.copy = dialect.name == "postgresql" and dialect.driver == "psycopg"  # psycopg 3's cursor.copy
        self.fast = self.copy or (dialect.name == "sqlite" and compiled.positiontup is not None)
        if self.fast:
            self.order = list(compiled.params) if self.copy else list(compiled.positiontup)
            if self.copy:
                quote = dialect.identifier_preparer
                self.sql = (f"COPY {quote.format_table(table)} "
                            f"({', '.join(quote.quote(table.c[k].name) for k in self.order)}) FROM STDIN")
            else:
                self.sql = str(compiled)
                # The columns an INSERT may leave out when a batch holds only None in them: no default of
                # their own in the schema, so leaving one out stores NULL, as binding None does.
                self.nullable_at = [i for i, k in enumerate(self.order)
                                    if table.c[k].server_default is None and not table.c[k].primary_key]
                # The INSERT holds more than its binds: it is sent as it is, its columns neither left out nor shared.
                self.rewritable = self._insert_of(range(len(self.order))) == self.sql
                if not self.rewritable:
                    self.nullable_at = []
                self._sql_without: dict[tuple[frozenset[int], tuple[int, ...]], str] = {}
            self.getter = operator.itemgetter(*self.order)
            self.keys = frozenset(self.order)
            processors = ((i, table.c[k].type.dialect_impl(dialect).bind_processor(dialect))
                          for i, k in enumerate(self.order))
            # Times and dates repeat (created_at is updated_at; one change-log time): convert each once.
            self.processors = [(i, functools.lru_cache(maxsize=4096)(proc)) for i, proc in processors
                               if proc is not None]
            # The columns whose processor leaves None as it is (all of them today): a batch's column of None
            # needs no conversion.
            self.none_kept = frozenset(i for i, proc in self.processors if _keeps_none(proc))
            # A converted column whose type is an earlier one's (updated_at beside created_at): a batch in which
            # both hold the same values converts them once.
            kinds: dict[str, int] = {}
            self.same_kind = {i: kinds.setdefault(_type_key(table.c[self.order[i]].type), i)
                              for i, _ in self.processors}

    def write(self, rows: list[dict[str, Any]]) -> None:
        self.sender(rows, share=False)()()

    def sender(self, rows: list[dict[str, Any]], *, share: bool = True) -> Callable[[], Callable[..., None]]:
        """:meth:`write` in steps, for a :class:`Pipeline`: the rows are converted to what the driver takes
        now; the returned call sends them, and returns the call that waits until they are written (raising
        what the database refused). Between the two the database is still storing them: the server, through
        COPY; on SQLite, the :class:`Pipeline`'s thread (a :class:`SqliteBatch` called directly is written
        when sent). ``share``: on SQLite, a value every row holds is bound once per INSERT (which only a
        pipeline's multi-row INSERTs gain from; a write at once is one ``executemany``)."""
        if not rows:
            return _nothing
        if not self.fast or (self.copy and not all(self.keys <= row.keys() for row in rows)):
            return lambda: self._insert(rows)
        if self.copy:
            return self._sender_of([self._values(row) for row in rows])
        return self._sender_of(list(map(self.getter, rows)), convert=True, share=share)

    def bound(self, key: str, value: Any) -> Any:
        """``value`` as this writer binds column ``key``: what :meth:`write_bound` rows hold."""
        for index, processor in self.processors:
            if self.order[index] == key:
                return processor(value)
        return value

    def write_bound(self, rows: list[tuple]) -> None:
        """Rows as tuples in the order of the keys the writer was made with, each value as :meth:`bound` gives
        it: for a caller that makes tens of thousands of rows of one shape (the change log's batch mode),
        without a dict per row and its conversion back to a tuple."""
        self.sender_bound(rows, share=False)()()

    def sender_bound(self, rows: list[tuple], *, share: bool = True) -> Callable[[], Callable[..., None]]:
        """:meth:`sender` of rows as :meth:`write_bound` takes them."""
        if not rows:
            return _nothing
        if not self.fast:  # bound() changed nothing: these are the values as given
            return lambda: self._insert([dict(zip(self.given, row)) for row in rows])
        if self.order != self.given:
            reorder = operator.itemgetter(*(self.given.index(k) for k in self.order))
            rows = list(map(reorder, rows))
        return self._sender_of(rows, share=share)

    def _sender_of(self, rows: list[tuple], *, convert: bool = False, share: bool = False,
                   ) -> Callable[[], Callable[..., None]]:
        """``rows`` in the writer's order, sent; ``convert``: their values are not yet as the driver binds them;
        ``share``: see :meth:`sender`."""
        if self.copy:
            return lambda: self._copy_send(rows)
        return SqliteBatch(self.connection, *self._sqlite_rows(rows, convert, share and self.rewritable))

    def _sqlite_rows(self, rows: list[tuple], convert: bool, share: bool = False) -> tuple[str, list[tuple], tuple]:
        """The INSERT, its rows and its shared values on SQLite: converted (``convert``), without the columns
        that are None in every row of the batch, and with the columns that hold one value in every row bound once
        per statement (``?1``, ``?2`` … first in the INSERT, the shared values), all column by column (in C)
        instead of value by value.

        The driver binds each None through a Python call (an adapter lookup per value), and an import's
        rows are mostly empty columns: a new contact from a CSV leaves 10 of its 25 empty, a company 19 of
        31, every change-log insert entry its field and old value. Binding them was half the time of the
        contacts' INSERT. The conversion ran a row at a time before (a list and a tuple per row, every date
        and kind looked up on its own); per column, the rows are taken apart and put together once.

        Binding holds Python's lock in the pipeline's thread (the importer waits meanwhile), and a batch's rows
        share many values: its creation time, actor and version, every change-log entry's device, operation,
        schema and time. Bound once, they were 48% of an import's parameters (419,000 of 869,000)."""
        empty_ok = bool(self.nullable_at)
        share = share and len(rows) > 1
        if not rows or not (empty_ok or (convert and self.processors) or share):
            return self.sql, rows, ()
        columns = list(zip(*rows))
        if convert:
            given: dict[int, tuple] = {}
            for index, processor in self.processors:
                column = given[index] = columns[index]
                # A column of None stays one; a column of the same type and values as an earlier one (a row's
                # update time is its creation time) takes its conversion; the others are converted value by
                # value, each distinct value once (the processors remember: a load's one creation time).
                if index in self.none_kept and column[0] is None and column.count(None) == len(column):
                    continue
                earlier = self.same_kind[index]
                if earlier != index and given[earlier] == column:
                    columns[index] = columns[earlier]
                    continue
                columns[index] = tuple(map(processor, column))
        # A column whose first value is given is not empty: asked first, it spares counting the Nones of a
        # column of text (each of its values compared with None through the generic comparison).
        empty = frozenset(i for i in self.nullable_at
                          if columns[i][0] is None and columns[i].count(None) == len(rows)) if empty_ok else frozenset()
        shared = tuple(i for i, column in enumerate(columns) if i not in empty and _one_value(column)) if share else ()
        if not empty and not shared:
            return self.sql, list(zip(*columns)) if convert and self.processors else rows, ()
        sql = self._sql_without.get((empty, shared))
        if sql is None:
            sql = self._sql_without[(empty, shared)] = self._insert_of(
                (i for i in range(len(self.order)) if i not in empty and i not in shared), shared)
        varying = [column for i, column in enumerate(columns) if i not in empty and i not in shared]
        return sql, list(zip(*varying)) if varying else [()] * len(rows), tuple(columns[i][0] for i in shared)

    def _insert_of(self, indexes: Iterable[int], shared: tuple[int, ...] = ()) -> str:
        """The SQLite INSERT of the columns at ``indexes`` of the writer's order, as SQLAlchemy writes it; the
        columns at ``shared`` first, each bound once per statement (``?1``, ``?2`` …: see :func:`insert_many`)."""
        quote = self.connection.dialect.identifier_preparer
        names = [quote.quote(self.table.c[self.order[i]].name) for i in (*shared, *indexes)]
        marks = [f"?{n}" for n in range(1, len(shared) + 1)] + ["?"] * (len(names) - len(shared))
        return f"INSERT INTO {quote.format_table(self.table)} ({', '.join(names)}) VALUES ({', '.join(marks)})"

    def _insert(self, rows: list[dict[str, Any]]) -> Callable[..., None]:
        self.connection.execute(insert(self.table), rows)
        return _done

    def stream(self, rows: Iterable[dict[str, Any]]) -> None:
        """Write whole rows (every column in each) as they are made: through COPY the server stores and
        indexes each batch while the caller makes the next (a caller that computes its rows, such as the
        search rows of a sync, then overlaps with the database instead of waiting for it)."""
        if self.copy:
            self._copy(rows)
        else:
            self.write(list(rows))

    def _copy(self, rows: Iterable[dict[str, Any]]) -> None:
        self._copy_send(map(self._values, rows))()

    def _copy_send(self, rows: Iterable[tuple]) -> Callable[..., None]:
        """Send ``rows`` through COPY; the returned call ends the COPY, waiting for the server to store them."""
        refused = self.connection.dialect.loaded_dbapi.Error
        cursor = self.connection.connection.dbapi_connection.cursor()
        try:
            copying = cursor.copy(self.sql)
            copy = copying.__enter__()
        except refused as error:
            cursor.close()
            raise self._refused(error) from error

        def end(exc: BaseException | None = None) -> None:
            try:
                copying.__exit__(type(exc) if exc else None, exc, exc.__traceback__ if exc else None)
            except refused as error:
                raise self._refused(error) from error
            finally:
                cursor.close()

        try:
            for row in rows:
                copy.write_row(row)
        except BaseException as exc:
            end(exc)  # the server drops the COPY (and the transaction fails)
            if isinstance(exc, refused):
                raise self._refused(exc) from exc
            raise
        return end

    def _refused(self, error: Exception) -> DBAPIError:
        """A driver error as SQLAlchemy would raise it: callers handle one kind."""
        dialect = self.connection.dialect
        return DBAPIError.instance(self.sql, None, error, dialect.loaded_dbapi.Error, dialect=dialect)

    def _values(self, row: dict[str, Any]) -> tuple:
        values = self.getter(row)
        if not self.processors:
            return values
        values = list(values)
        for index, processor in self.processors:
            values[index] = processor(values[index])
        return tuple(values)


def _type_key(column_type: Any) -> str:
    """Which columns convert alike: the same type with the same arguments (its repr names them, an enum's values
    included)."""
    return f"{type(column_type).__module__}.{type(column_type).__qualname__}:{column_type!r}"


def _one_value(column: tuple) -> bool:
    """Whether every value of ``column`` is one and the same, bound alike: equal, and all text or all integers (an
    integer and an equal float or boolean would not be stored alike in every column)."""
    first = column[0]
    if first is None or first != column[-1] or column.count(first) != len(column):
        return False
    return type(first) is str or (type(first) is int and set(map(type, column)) == {int})


def _keeps_none(processor: Callable[[Any], Any]) -> bool:
    try:
        return processor(None) is None
    except Exception:  # noqa: BLE001 - a processor that refuses None: its columns are never all None
        return False


class SqliteBatch:
    """The rows of one INSERT on SQLite (:meth:`TableWriter.sender`): written at once when called, or by a
    :class:`Pipeline`'s thread with :meth:`run`. ``shared``: the values of the INSERT's first columns, the same in
    every row (``?1``, ``?2`` …), which ``rows`` leave out."""

    def __init__(self, connection: Connection, sql: str, rows: list[tuple], shared: tuple = ()) -> None:
        self.connection, self.sql, self.rows, self.shared = connection, sql, rows, shared

    def __call__(self) -> Callable[..., None]:
        shared = self.shared
        self.connection.exec_driver_sql(self.sql, [shared + row for row in self.rows] if shared else self.rows)
        return _done

    def run(self, raw: sqlite3.Connection) -> int | None:
        """Write the rows on the driver's connection ``raw`` (the pipeline's thread: nothing else uses the
        connection meanwhile); the rowid of the last row written, as :func:`insert_many` gives it."""
        return insert_many(raw, self.sql, self.rows, self.shared)

    def refused(self, error: BaseException) -> BaseException:
        """What :meth:`run` raised, as SQLAlchemy would raise a driver's error: callers handle one kind."""
        dialect = self.connection.dialect
        if isinstance(error, dialect.loaded_dbapi.Error):
            return DBAPIError.instance(self.sql, None, error, dialect.loaded_dbapi.Error, dialect=dialect)
        return error


def insert_many(raw: sqlite3.Connection, sql: str, rows: list[tuple], shared: tuple = ()) -> int | None:
    """``rows`` through the one-row INSERT ``sql`` (``… VALUES (?, …)``) on the SQLite driver's connection ``raw``,
    in multi-row INSERTs of at most ``ROWS_PER_INSERT`` rows (and of SQLite's limit of parameters). ``shared``:
    the values of the numbered parameters ``?1``, ``?2`` … that open ``sql``'s VALUES, bound once per statement
    (each row's own ``?`` are numbered after them). Returns the rowid of the last row inserted (None when ``rows``
    is empty)."""
    head, _, one = sql.rpartition(" VALUES ")
    own = one.count("?") - len(shared)
    per = max(1, min(ROWS_PER_INSERT, (parameter_limit(raw) - len(shared)) // max(1, own)))
    cursor = raw.cursor()
    last = None
    try:
        for start in range(0, len(rows), per):
            chunk = rows[start:start + per]
            cursor.execute(f"{head} VALUES {', '.join(itertools.repeat(one, len(chunk)))}",
                           [*shared, *itertools.chain.from_iterable(chunk)])
            last = cursor.lastrowid
    finally:
        cursor.close()
    return last


_limits: dict[type, int] = {}


def parameter_limit(raw: Any) -> int:
    """How many parameters one statement may have on the SQLite connection ``raw``: its limit where the driver
    tells it (``sqlite3``); else the limit SQLite was built with (``sqlcipher3``), named in its compile
    options when not the default, 32766 since SQLite 3.32 and 999 before. Known once per driver."""
    kind = type(raw)
    if kind not in _limits:
        if hasattr(raw, "getlimit"):
            _limits[kind] = raw.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        else:
            options = [row[0] for row in raw.execute("PRAGMA compile_options")]
            built = [int(o.split("=", 1)[1]) for o in options if o.startswith("MAX_VARIABLE_NUMBER=")]
            version = tuple(int(part) for part in raw.execute("SELECT sqlite_version()").fetchone()[0].split("."))
            _limits[kind] = built[0] if built else 32766 if version >= (3, 32) else 999
    return _limits[kind]


def among(column: Any, ids: list[str], dialect: str) -> list[Any]:
    """WHERE clauses that together name ``ids`` in ``column``: on PostgreSQL one, ``= ANY(array)`` (one
    parameter, however many ids: an IN of 500 costs the driver more to render than the server to answer);
    on SQLite an IN per 500."""
    if dialect == "postgresql":
        return [column == any_(bindparam(None, list(ids), type_=ARRAY(String)))] if ids else []
    return [column.in_(ids[start:start + 500]) for start in range(0, len(ids), 500)]
