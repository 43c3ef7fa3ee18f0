"""The fast record list model: ordered ids from one SQL query plus a small cache of visible rows.

``data()`` reads the cache. A miss queues the ids around that row and fetches them in one query
(``crm.lists.rows``) on the job runner; the rows arrive by signal and the
model emits ``dataChanged``. Filtering and sorting re-run the id query (never a proxy model, never
hidden rows). A query result that arrives after a newer query was asked for is dropped.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import Any

from sapporo_mice.changes import Changes
from sapporo_mice.due import DUE_FIELDS, is_overdue
from ui import labels, style, values
from ui.context import AppContext
from ui.jobs import Job
from ui.qt import (
    QAbstractTableModel,
    QBrush,
    QColor,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)

CACHE_ROWS = 4000
HEAD_ROWS = 60  # about two screens: the first answer shows at once, the full one follows
FIRST_ROWS = 40  # rows whose values come with the first answer: a tall window's first screen
REST_DELAY_MS = 60  # ... this long after the first, unless another keystroke came meanwhile
WINDOW_BEFORE, WINDOW_AFTER = 40, 160
ID_ROLE = Qt.ItemDataRole.UserRole + 1
NUMERIC_KINDS = {"int", "year", "money", "float"}
# data() runs for every role of every visible cell on each paint: plain ints compare ~6x faster than
# Qt's enum members, and the cell texts are formatted once, when the row arrives.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_ID = int(ID_ROLE)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
# A cached row: its values, and the texts of its cells (:func:`displayed`).
Entry = tuple[dict[str, Any], tuple[str, ...]]


@dataclass(frozen=True)
class ListQuery:
    """What the list asks the database: text filter, saved filter, sort column and direction."""

    text: str = ""
    filter: str | None = None
    order_by: str | None = None
    descending: bool = False


class RecordTableModel(QAbstractTableModel):
    """Rows of one record type. ``loading`` tells the view to show its "loading…" state."""

    loading_changed = Signal(bool)
    loaded = Signal(int, float)  # row count, milliseconds from asking to showing
    load_failed = Signal(object)  # the exception, for the view to explain
    first_rows = Signal(float)  # the first page is shown, the rest is still coming (milliseconds)

    def __init__(self, ctx: AppContext, record_type: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_type = record_type
        self.columns = ctx.crm.lists.columns(record_type)
        self.query = ListQuery()
        self._ids: list[str] = []
        self._row_of: dict[str, int] = {}
        self._cache: OrderedDict[str, tuple[dict[str, Any], tuple[str, ...]]] = OrderedDict()  # values, texts
        self._alignments = [_RIGHT if c.kind in NUMERIC_KINDS else None for c in self.columns]
        # The column whose date falls due (a lead's follow-up, a task's due date): red once passed, as on Home.
        due = DUE_FIELDS.get(record_type)
        self._due_column = next((i for i, c in enumerate(self.columns) if c.key == due), -1)
        self._overdue_brush = QBrush(QColor(style.ERROR))
        self._wanted: set[str] = set()
        self._in_flight: set[str] = set()
        self._generation = 0
        self._rest: Job | None = None  # the query for the rest of the rows, waiting to start
        self._asked_at = 0.0
        self.loading = False
        self._fetch_timer = QTimer(self, singleShot=True, interval=0, timeout=self._fetch_wanted)
        ctx.changed.connect(self._on_changes)

    # ------------------------------------------------------------ querying
    def set_query(self, query: ListQuery) -> None:
        self.query = query
        self.reload()

    def set_text(self, text: str) -> None:
        self.set_query(replace(self.query, text=text))

    def set_filter(self, key: str | None) -> None:
        self.set_query(replace(self.query, filter=key or None))

    def reload(self) -> None:
        """Re-run the id query in the background; the newest answer wins.

        The first ``HEAD_ROWS`` ids come first (a quick LIMIT query) so the list paints at once;
        the full answer follows and extends the rows below without disturbing the top.
        """
        self._generation += 1
        if self._rest is not None:
            self._rest.cancel()  # the rest of an older answer: not started yet, it never will be
        self._asked_at = time.perf_counter()
        self._set_loading(True)
        self._run_query(self._generation, HEAD_ROWS)

    def _run_query(self, generation: int, limit: int | None, discard: tuple = (), after_ms: int = 0) -> Job:
        """Ask for the ids (and, for a first page, their rows) on a worker.

        ``discard``: the previous answer's containers, emptied on the worker: freeing 100k ids took
        3 ms of the GUI thread's keystroke budget.
        """
        # Reads run on the parallel pool: a row fetch must not queue behind a long id query or a write.
        record_type, user, query, columns = self.record_type, self.ctx.actor, self.query, self.columns
        lang = self.ctx.lang

        def load(crm, _control):
            for container in discard:
                container.clear()
            ids = crm.lists.ids(record_type, text=query.text, filter=query.filter, order_by=query.order_by,
                                descending=query.descending, user=user, limit=limit, lang=lang)
            # The first answer brings the values of its rows too, so the list paints without a second trip.
            rows = displayed(columns, crm.lists.rows(record_type, ids[:FIRST_ROWS], lang=lang)) \
                if limit is not None else {}
            return ids, {record_id: row for row, record_id in enumerate(ids)}, rows

        return self.ctx.jobs.run("list", load, owner=self,
                                 on_done=lambda result: self._ids_loaded(generation, limit, result),
                                 on_error=lambda error: self._load_failed(generation, error),
                                 serial=False, after_ms=after_ms)

    def _ids_loaded(self, generation: int, limit: int | None,
                    result: tuple[list[str], dict[str, int], dict[str, Entry]]) -> None:
        if generation != self._generation:
            return
        ids, row_of, rows = result
        self._store(rows)
        replaced: tuple[list[str], dict[str, int]] | tuple[()] = ()
        head = len(self._ids) if limit is None else 0
        if limit is None and 0 < head < len(ids) and ids[:head] == self._ids:
            self.beginInsertRows(QModelIndex(), head, len(ids) - 1)
            self._ids, self._row_of = ids, row_of
            self.endInsertRows()
        else:
            self.beginResetModel()
            replaced = self._ids, self._row_of
            self._ids, self._row_of = ids, row_of
            self.endResetModel()
        if limit is not None and len(ids) >= limit:
            self.first_rows.emit((time.perf_counter() - self._asked_at) * 1000)
            # The rest waits until the first page is painted and the typist has paused: run at once,
            # its Python half held the GIL while the paint asked for every cell.
            self._rest = self._run_query(generation, None, discard=replaced, after_ms=REST_DELAY_MS)
            return
        self._set_loading(False)
        self.loaded.emit(len(self._ids), (time.perf_counter() - self._asked_at) * 1000)

    def _load_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._set_loading(False)
            self.load_failed.emit(error)

    def _set_loading(self, loading: bool) -> None:
        if loading != self.loading:
            self.loading = loading
            self.loading_changed.emit(loading)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self.query, order_by=self.columns[column].key, descending=descending))

    # ------------------------------------------------------------ the Qt model
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return labels.column_title(self.columns[section].key, self.record_type)
        return None

    def data(self, index: QModelIndex, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY or role == _TOOLTIP:
            row = index.row()
            if not 0 <= row < len(self._ids):
                return None
            cached = self._cache.get(self._ids[row])
            if cached is None:
                self._want(row)
                return None
            return cached[1][index.column()]
        if role == _FONT:
            row = index.row()
            cached = self._cache.get(self._ids[row]) if 0 <= row < len(self._ids) else None
            return style.font_for(cached[1][index.column()]) if cached is not None else None
        if role == _ALIGNMENT:
            return self._alignments[index.column()] if index.isValid() else None
        if role == _FOREGROUND:
            if index.column() != self._due_column:
                return None
            row = index.row()
            cached = self._cache.get(self._ids[row]) if 0 <= row < len(self._ids) else None
            overdue = cached is not None and is_overdue(self.record_type, cached[0], dt.date.today())
            return self._overdue_brush if overdue else None
        if role == _ID:
            row = index.row()
            return self._ids[row] if 0 <= row < len(self._ids) else None
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    # ------------------------------------------------------------ ids and rows
    def record_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, record_id: str) -> int:
        return self._row_of.get(record_id, -1)

    @property
    def ids(self) -> list[str]:
        return list(self._ids)

    def cached(self, record_id: str) -> dict[str, Any] | None:
        cached = self._cache.get(record_id)
        return None if cached is None else cached[0]

    def _want(self, row: int) -> None:
        window = self._ids[max(0, row - WINDOW_BEFORE): row + WINDOW_AFTER]
        missing = [i for i in window if i not in self._cache and i not in self._in_flight]
        if missing:
            self._wanted.update(missing)
            self._fetch_timer.start()

    def _fetch_wanted(self) -> None:
        ids = [i for i in self._wanted if i in self._row_of]
        self._wanted.clear()
        if not ids:
            return
        self._in_flight.update(ids)
        record_type, columns, lang = self.record_type, self.columns, self.ctx.lang
        self.ctx.jobs.run("rows", lambda crm, _c: displayed(columns, crm.lists.rows(record_type, ids, lang=lang)),
                          owner=self, on_done=lambda rows: self._rows_arrived(ids, rows),
                          on_error=lambda error: self._in_flight.difference_update(ids), serial=False)

    def _rows_arrived(self, asked: list[str], rows: dict[str, Entry]) -> None:
        self._in_flight.difference_update(asked)
        self._store(rows)
        shown = [self._row_of[i] for i in rows if i in self._row_of]
        if shown:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(min(shown), 0), self.index(max(shown), last))

    def _store(self, rows: dict[str, Entry]) -> None:
        """Cache rows as :func:`displayed` made them on the worker."""
        for record_id, entry in rows.items():
            self._cache[record_id] = entry
            self._cache.move_to_end(record_id)
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)

    def _on_changes(self, changes: Changes) -> None:
        """Drop what a write touched from the cache and re-ask the ids (records may come or go)."""
        if changes.affects(self.record_type):
            for record_id in changes.touched[self.record_type]:
                self._cache.pop(record_id, None)
            self.reload()
        elif changes.record_types & {"organization", "contact", "student", "opening"}:
            self._cache.clear()  # joined display columns (an organization's name) may have changed
            if self._ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, self.columnCount() - 1))


def displayed(columns: list[Any], rows: dict[str, dict[str, Any]]) -> dict[str, Entry]:
    """Each row's values with the texts of its cells, made on the worker that fetched them: the GUI thread
    only shows them. (Formatted there, a list's first dates cost the GUI thread 30 ms while babel loaded
    its locale data, the longest block of a 100k-row list's start.)"""
    return {record_id: (values, tuple(display_text(c.kind, values.get(c.key)) for c in columns))
            for record_id, values in rows.items()}


def display_text(kind: str, value: Any) -> str:
    """A value as the list shows it, in the current locale (dates, numbers) and language (enums)."""
    if value is None or value == "":
        return ""
    if kind == "date" and isinstance(value, dt.date):
        return values.format_date(value)
    if kind == "datetime" and isinstance(value, dt.datetime):
        return values.format_datetime(value)  # shown in the computer's time zone
    if kind == "money" and isinstance(value, int):
        return values.money(value)
    if kind == "int" and isinstance(value, int):
        return f"{value:,}"
    if kind == "year":
        return str(value)  # a year is a name, not a quantity: no digit grouping
    if kind == "float":
        return f"{float(value):,.1f}"
    if kind == "bool":
        return "✓" if value else ""
    if kind == "record_type":
        return labels.record_type_label(value)
    if kind == "country":  # the country's name in the reader's language (CLDR), never the ISO code
        from ui import i18n

        return values.country_name(str(value), i18n.language())
    if kind.startswith("enum:"):
        return labels.enum_label(kind[5:], value)
    if kind.startswith("vocab:"):  # a vocabulary's code by its label; a word typed in place of one as typed
        from sapporo_mice.students.vocab import VOCABULARIES
        from ui import i18n

        return VOCABULARIES[kind[6:]].label(str(value), i18n.language())
    return str(value)
