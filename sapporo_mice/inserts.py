"""Many plain rows at once, fast on both databases: inserting them into one table (bulk loads, sync applies,
the change log), and naming many ids in one WHERE (:func:`among`)."""

from __future__ import annotations

import functools
import operator
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, String, any_, bindparam, insert
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import DBAPIError


class TableWriter:
    """Bulk INSERTs of plain rows into one table, with the dialect's own bind processors.

    On SQLite the rows go straight to the driver's ``executemany`` as tuples: SQLAlchemy's per-row
    parameter handling would otherwise cost more than SQLite itself. On PostgreSQL they go through
    ``COPY … FROM STDIN`` (psycopg), several times faster than multi-row INSERTs for the tens of thousands
    of rows an import or a sync writes. Either way every column the INSERT would bind must be in each row
    (the callers build whole rows); a batch that is not whole goes through a Core ``insert``, which fills
    the Python-side defaults.
    """

    def __init__(self, connection: Connection, table: Any, keys: Iterable[str]) -> None:
        self.connection, self.table = connection, table
        self.given = list(keys)
        self.processors: list[tuple[int, Any]] = []
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
            self.getter = operator.itemgetter(*self.order)
            self.keys = frozenset(self.order)
            processors = ((i, table.c[k].type.dialect_impl(dialect).bind_processor(dialect))
                          for i, k in enumerate(self.order))
            # Times and dates repeat (created_at is updated_at; one change-log time): convert each once.
            self.processors = [(i, functools.lru_cache(maxsize=4096)(proc)) for i, proc in processors
                               if proc is not None]

    def write(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        if not self.fast or (self.copy and not all(self.keys <= row.keys() for row in rows)):
            self.connection.execute(insert(self.table), rows)
        elif self.copy:
            self._copy(rows)
        else:
            self.connection.exec_driver_sql(self.sql, [self._values(row) for row in rows])

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
        if not rows:
            return
        if not self.fast:  # bound() changed nothing: these are the values as given
            self.connection.execute(insert(self.table), [dict(zip(self.given, row)) for row in rows])
            return
        if self.order != self.given:
            reorder = operator.itemgetter(*(self.given.index(k) for k in self.order))
            rows = list(map(reorder, rows))
        if self.copy:
            self._copy_bound(rows)
        else:
            self.connection.exec_driver_sql(self.sql, rows)

    def stream(self, rows: Iterable[dict[str, Any]]) -> None:
        """Write whole rows (every column in each) as they are made: through COPY the server stores and
        indexes each batch while the caller makes the next (a caller that computes its rows, such as the
        search rows of a sync, then overlaps with the database instead of waiting for it)."""
        if self.copy:
            self._copy(rows)
        else:
            self.write(list(rows))

    def _copy(self, rows: Iterable[dict[str, Any]]) -> None:
        self._copy_bound(map(self._values, rows))

    def _copy_bound(self, rows: Iterable[tuple]) -> None:
        dialect = self.connection.dialect
        try:
            with self.connection.connection.dbapi_connection.cursor() as cursor, cursor.copy(self.sql) as copy:
                for row in rows:
                    copy.write_row(row)
        except dialect.loaded_dbapi.Error as exc:  # as SQLAlchemy would raise it: callers handle one kind
            raise DBAPIError.instance(self.sql, None, exc, dialect.loaded_dbapi.Error, dialect=dialect) from exc

    def _values(self, row: dict[str, Any]) -> tuple:
        values = self.getter(row)
        if not self.processors:
            return values
        values = list(values)
        for index, processor in self.processors:
            values[index] = processor(values[index])
        return tuple(values)


def among(column: Any, ids: list[str], dialect: str) -> list[Any]:
    """WHERE clauses that together name ``ids`` in ``column``: on PostgreSQL one, ``= ANY(array)`` (one
    parameter, however many ids: an IN of 500 costs the driver more to render than the server to answer);
    on SQLite an IN per 500."""
    if dialect == "postgresql":
        return [column == any_(bindparam(None, list(ids), type_=ARRAY(String)))] if ids else []
    return [column.in_(ids[start:start + 500]) for start in range(0, len(ids), 500)]
