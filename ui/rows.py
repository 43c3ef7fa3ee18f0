"""The one small table model: rows already in memory (an editor's related records, a preview, results).

Rows are dicts (columns name their key) or lists (plain headers: columns are positions, values shown as
they are). A column declares how its whole numbers show: grouped (counts) or as yen (money). A column may show its value
through a function, or be a check box that emits ``toggled`` instead of editing in place; a row may carry a
key for the caller (an id, a candidate) and a tone (its text colour). Numbers align right. Small lists only:
the big lists page from SQL in ``ui.lists``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ui import style
from ui.qt import (
    QAbstractTableModel,
    QColor,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from ui.values import display_value, money, number

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column:
    key: str | int
    header: str
    show: Callable[[Any], str] | None = None  # the row -> its text in this column
    checkable: bool = False
    grouped: bool = False  # whole numbers with digit grouping (counts); not years, row numbers or ids
    money: bool = False  # whole numbers are yen: ¥310,500,000


class RowsModel(QAbstractTableModel):
    """Rows of dicts or lists; a checkable column emits ``toggled(row, checked)``."""

    toggled = Signal(object, bool)

    def __init__(self, columns: Sequence[Column | str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = [c if isinstance(c, Column) else Column(i, c) for i, c in enumerate(columns)]
        self.rows: list[Any] = []
        self.keys: list[Any] = []
        self.tones: list[str | None] = []

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    def set_rows(self, rows: Sequence[Any], keys: Sequence[Any] | None = None,
                 tones: Sequence[str | None] | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.keys = list(keys) if keys is not None else [None] * len(self.rows)
        self.tones = list(tones) if tones is not None else [None] * len(self.rows)
        self.endResetModel()

    def row_at(self, index: QModelIndex) -> Any:
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None

    def key(self, row: int) -> Any:
        return self.keys[row] if 0 <= row < len(self.keys) else None

    def value(self, row: Any, column: Column) -> Any:
        if isinstance(row, dict):
            return row.get(column.key)
        return row[column.key] if isinstance(column.key, int) and column.key < len(row) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        value = self.value(row, column)
        if role == Qt.ItemDataRole.CheckStateRole and column.checkable:
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and not column.checkable:
            if column.show:
                return column.show(row)
            whole = isinstance(value, int) and not isinstance(value, bool)
            if column.money and whole:
                return money(value)
            if column.grouped and whole:
                return number(value)
            return display_value(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int) and not isinstance(value, bool):
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and not column.checkable:
            return style.font_for(self.data(index, Qt.ItemDataRole.DisplayRole))
        if role == Qt.ItemDataRole.ForegroundRole and self.tones[index.row()]:
            return QColor(self.tones[index.row()])
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or not self.columns[index.column()].checkable:
            return False
        self.toggled.emit(self.rows[index.row()], Qt.CheckState(value) == Qt.CheckState.Checked)
        return True

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].checkable:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header if 0 <= section < len(self.columns) else None
        return section + 1
