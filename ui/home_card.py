"""One Home section as a card: a title with its count, the items (the caller gives them most urgent first),
and, when there are none, what the section is for and a button for the first step.

Home's own sections (:mod:`ui.views.home`) and the network's (:mod:`ui.network.home_panel`) are built
from this one card, so they look and behave alike: an item opens its record on double-click or Enter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sapporo_mice import formats
from ui import style
from ui.empty_state import EmptyState
from ui.feedback import MUTED_STYLE
from ui.qt import (
    QBrush,
    QColor,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class CardRow:
    """One line of a card: its texts (one per column), the record it opens, and whether it is overdue."""

    texts: Sequence[str]
    target: tuple[str, str] | None = None  # (record_type, id)
    overdue: bool = False
    tooltip: str = ""


@dataclass(frozen=True)
class FirstStep:
    """What an empty card offers: a button that opens a new record of ``record_type``."""

    label: str
    record_type: str


class HomeCard(QFrame):
    """A card: title, count, items; empty, a sentence and the first step."""

    def __init__(self, ctx, title: str, headers: Sequence[str], empty_text: str,
                 first_step: FirstStep | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("homeCard")
        self.title = QLabel(title, self, objectName="homeCardTitle")
        self.count = QLabel("", self, objectName="homeCardCount")
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(list(headers))
        self.tree.setRootIsDecorated(False)
        self.tree.setFrameShape(QFrame.Shape.NoFrame)
        self.tree.setAlternatingRowColors(True)
        # Dates and the last column (a type, a place) fit their text and are never cut; the record's name
        # takes the rest of the card's width.
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.itemActivated.connect(self._open)
        self.empty = self._empty_page(empty_text, first_step)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.tree)
        self.pages.addWidget(self.empty)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count)
        self.more = QLabel("", self, wordWrap=True, objectName="homeCardMore")  # what the card leaves out
        self.more.setStyleSheet(MUTED_STYLE)
        self.more.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.more)

    def _empty_page(self, text: str, first_step: FirstStep | None) -> EmptyState:
        page = EmptyState(self)
        if first_step is None:
            page.show_text(text)
        else:
            page.show_text(text, first_step.label, lambda: self.ctx.open_record.emit(first_step.record_type, ""))
        return page

    def set_rows(self, rows: Sequence[CardRow], *, total: int | None = None, more: str = "") -> None:
        """Show ``rows``; ``total``: how many there are in all when the card shows only some (the count says it),
        and ``more`` says where the others are."""
        self.tree.clear()
        for row in rows:
            self.tree.addTopLevelItem(self._item(row))
        self.count.setText(formats.number(max(total or 0, len(rows)), self.ctx.lang))
        self.pages.setCurrentWidget(self.tree if rows else self.empty)
        self.more.setText(more)
        self.more.setVisible(bool(more))

    def _item(self, row: CardRow) -> QTreeWidgetItem:
        item = style.fit_item(QTreeWidgetItem(list(row.texts)))
        item.setData(0, RECORD_ROLE, row.target)
        if row.overdue:
            for column in range(len(row.texts)):
                item.setForeground(column, QBrush(QColor(style.ERROR)))
        if row.tooltip:
            item.setToolTip(0, row.tooltip)
        return item

    def _open(self, item: QTreeWidgetItem, _column: int) -> None:
        target = item.data(0, RECORD_ROLE)
        if target:
            self.ctx.open_record.emit(*target)

    @property
    def shown(self) -> int:
        return self.tree.topLevelItemCount() if self.pages.currentWidget() is self.tree else 0
