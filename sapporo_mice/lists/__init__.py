"""The desktop lists: what each column shows (:mod:`.columns`), the saved filters (:mod:`.filters`) and the
queries that give a list its ordered ids and the values of the rows it shows (:mod:`.queries`).

A list holds the ids a query returned and asks for the values of the rows it shows, a window at a time.
Filtering and sorting are SQL; nothing is hidden in the view.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sapporo_mice.database import Database
from sapporo_mice.lists import columns as _columns
from sapporo_mice.lists import filters as _filters
from sapporo_mice.lists import queries as _queries
from sapporo_mice.lists.columns import Column, ListSpec


class Lists:
    """``crm.lists``: the list of any record type, filtered and sorted in SQL."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def spec(self, record_type: str) -> ListSpec:
        return _columns.spec(record_type)

    def columns(self, record_type: str) -> tuple[Column, ...]:
        return _columns.columns(record_type)

    def record_types(self) -> tuple[str, ...]:
        return tuple(_columns.SPECS)

    def builtin_filters(self, record_type: str) -> list[str]:
        return _filters.builtin_filters(record_type)

    def ids(self, record_type: str, *, text: str | None = None, filter: str | None = None,
            order_by: str | None = None, descending: bool = False, user: str | None = None,
            today: dt.date | None = None, limit: int | None = None, lang: str | None = None) -> list[str]:
        """``lang``: the list's language (a partner city is named and sorted by its English name in English)."""
        return _queries.list_ids(self._db, record_type, text=text, filter=filter, order_by=order_by,
                                 descending=descending, user=user, today=today, limit=limit, lang=lang)

    def rows(self, record_type: str, ids: Sequence[str], columns: Sequence[str] | None = None,
             lang: str | None = None) -> dict[str, dict[str, Any]]:
        return _queries.fetch_rows(self._db, record_type, ids, columns, lang)
