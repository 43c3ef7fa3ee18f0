"""Inserting many plain rows into one table fast, on both databases (bulk loads and the change log)."""

from __future__ import annotations

import functools
import operator
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, insert


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
