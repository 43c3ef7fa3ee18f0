"""Widgets that fit a narrow window: a grid that reflows into fewer columns, and a button bar that folds.

A window snapped to half of a 1366-pixel screen is 683 pixels wide. Home's cards and Sync's boxes sit in a
:class:`ReflowGrid`, which takes as many columns as its width allows (up to its maximum) and asks only for
the width of its narrowest arrangement; a row of buttons sits in a :func:`folding_bar`, a ``QToolBar``
whose buttons that do not fit go under its extension button (») instead of widening the window.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ui.qt import QGridLayout, QSize, QSizePolicy, Qt, QToolBar, QWidget


class ReflowGrid(QWidget):
    """``widgets`` in reading order, in as many columns (1 … ``columns``) as the width allows."""

    def __init__(self, widgets: Sequence[QWidget], columns: int, parent: QWidget | None = None, *,
                 spacing: int = 12, fewest: int = 1) -> None:
        super().__init__(parent)
        self.items = list(widgets)
        self.most, self.fewest = columns, fewest
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(spacing)
        self.columns = 0
        self._place(columns)

    def _needed(self, columns: int) -> int:
        """The width ``columns`` columns need: each as wide as the widest item's minimum."""
        widest = max((w.minimumSizeHint().width() for w in self.items), default=0)
        return columns * widest + (columns - 1) * self.grid.spacing()

    def columns_for(self, width: int) -> int:
        return next((n for n in range(self.most, self.fewest, -1) if self._needed(n) <= width), self.fewest)

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        for widget in self.items:
            self.grid.removeWidget(widget)
        for n in range(max(self.columns, columns)):
            self.grid.setColumnStretch(n, 1 if n < columns else 0)
        for n, widget in enumerate(self.items):
            self.grid.addWidget(widget, n // columns, n % columns)
        rows = -(-len(self.items) // columns)
        for n in range(max(rows, -(-len(self.items) // max(self.columns, 1)))):
            self.grid.setRowStretch(n, 1 if n < rows else 0)
        self.columns = columns

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self._needed(self.fewest), hint.height())

    def resizeEvent(self, event: Any) -> None:
        self._place(self.columns_for(event.size().width()))
        super().resizeEvent(event)


class _FoldingBar(QToolBar):
    def sizeHint(self) -> QSize:
        """No wider than its maximum width: a tab widget lays its corner out at the corner's size hint."""
        hint = super().sizeHint()
        return QSize(min(hint.width(), self.maximumWidth()), hint.height())


def folding_bar(parent: QWidget, widgets: Sequence[QWidget]) -> QToolBar:
    """A flat bar of ``widgets`` (buttons) in a row; those that do not fit go under its » button."""
    bar = _FoldingBar(parent)
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    bar.setStyleSheet("QToolBar { border: none; padding: 0; spacing: 4px; }")
    for widget in widgets:
        bar.addWidget(widget)
    return bar
