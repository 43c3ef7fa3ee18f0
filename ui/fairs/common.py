"""Small pieces the fair screens share: a read-only table model of plain rows, error text, labels."""

from __future__ import annotations

from typing import Any

from sapporo_mice.errors import CrmError
from ui.qt import QAbstractTableModel, QLabel, QLocale, QModelIndex, QObject, Qt, QWidget

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5a00;"
OK_STYLE = "color: #1b5e20;"


def error_text(error: BaseException, lang: str) -> str:
    return error.message(lang) if isinstance(error, CrmError) else str(error)


def money(value: int | None) -> str:
    """Yen as a locale-formatted integer ("" when not given)."""
    return "" if value is None else QLocale().toString(int(value))


def message_label(parent: QWidget, style: str = ERROR_STYLE) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def escape(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class RowsModel(QAbstractTableModel):
    """A small read-only table of already-formatted rows (previews, results, candidates).

    ``rows`` are lists of display values; ``keys`` (optional) carry one value per row for the caller
    (an id, a candidate). Numbers align right. Small lists only: the big lists use ``ui.lists``.
    """

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[list[Any]] = []
        self.keys: list[Any] = []
        self.tones: list[str | None] = []

    def set_rows(self, rows: list[list[Any]], keys: list[Any] | None = None,
                 tones: list[str | None] | None = None) -> None:
        self.beginResetModel()
        self.rows = [list(r) for r in rows]
        self.keys = list(keys) if keys is not None else [None] * len(self.rows)
        self.tones = list(tones) if tones is not None else [None] * len(self.rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        value = self.rows[index.row()][index.column()] if index.column() < len(self.rows[index.row()]) else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return "" if value is None else (money(value) if isinstance(value, int) else str(value))
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.tones[index.row()]:
            from ui.qt import QColor

            return QColor(self.tones[index.row()])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return section + 1

    def key(self, row: int) -> Any:
        return self.keys[row] if 0 <= row < len(self.keys) else None


def problem_text(problem: Any, lang: str, field_label: str) -> str:
    """A core field problem in ``lang``, naming the field as the form labels it."""
    from sapporo_mice.messages import render

    return render(problem.code, lang, **{**problem.params, "field": field_label, "value": problem.value})
