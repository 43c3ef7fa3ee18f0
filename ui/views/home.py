"""Home (today): follow-ups due and overdue, bid deadlines and decisions ahead, fairs ahead, recent changes.

The agenda is one core call (``crm.agenda.upcoming``) on the job runner; it reloads when
a write touches a record type it shows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sapporo_mice.changes import Changes
from ui import labels, style
from ui.context import AppContext
from ui.lists.model import display_text
from ui.qt import (
    QBrush,
    QColor,
    QGridLayout,
    QGroupBox,
    QLabel,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

SHOWN_TYPES = {"lead", "bid", "fair", "organization", "contact", "student", "opening", "task"}
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


class HomeView(QWidget):
    record_types: tuple[str, ...] = ()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sections = {
            "follow_ups": self._section(self.tr("Follow-ups due and overdue")),
            "bid_dates": self._section(self.tr("Bid deadlines and decisions ahead")),
            "fairs": self._section(self.tr("Upcoming fairs")),
            "recent": self._section(self.tr("Recently changed")),
        }
        self.heading = QLabel(self)
        grid = QGridLayout()
        for n, key in enumerate(self.sections):
            grid.addWidget(self.sections[key].parentWidget(), n // 2, n % 2)
        from ui.network.home_panel import NetworkHomePanel  # --- network: anniversaries and visits ahead

        self.network = NetworkHomePanel(ctx, self)
        grid.addWidget(self.network, 2, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid, 1)
        ctx.changed.connect(self._on_changes)
        self.loaded_once = False

    def _section(self, title: str) -> QTreeWidget:
        box = QGroupBox(title, self)
        tree = QTreeWidget(box)
        tree.setHeaderLabels([self.tr("Date"), self.tr("Record"), self.tr("Type")])
        tree.setRootIsDecorated(False)
        # Wide enough for a date and time ("2026/12/02 20:45", "2 Dec 2026, 20:45"), never cut.
        tree.setColumnWidth(0, tree.fontMetrics().horizontalAdvance("22 Dec 2026, 20:45") + 24)
        tree.setColumnWidth(1, 300)
        tree.itemActivated.connect(self._open)
        QVBoxLayout(box).addWidget(tree)
        return tree

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self.loaded_once:
            self.reload()

    def reload(self) -> None:
        self.loaded_once = True
        user = self.ctx.actor
        self.ctx.jobs.run("home", lambda crm, _c: crm.agenda.upcoming(user=user), owner=self,
                          on_done=self.show_agenda, serial=False)

    def show_agenda(self, agenda: dict[str, list[Any]]) -> None:
        today = dt.date.today()
        self.heading.setText("<h2>%s</h2>" % self.tr("Today: %1").replace("%1", display_text("date", today)))
        for key, tree in self.sections.items():
            tree.clear()
            for item in agenda.get(key, []):
                tree.addTopLevelItem(self._item(item))
            if not agenda.get(key):
                tree.addTopLevelItem(QTreeWidgetItem(["", self.tr("Nothing here"), ""]))

    def _item(self, item: Any) -> QTreeWidgetItem:
        kind = "datetime" if isinstance(item.on, dt.datetime) else "date"
        row = QTreeWidgetItem([display_text(kind, item.on), item.title, self._reason(item)])
        row.setData(0, RECORD_ROLE, (item.record_type, item.id))
        if item.overdue:
            for column in range(3):
                row.setForeground(column, QBrush(QColor(style.ERROR)))
            row.setToolTip(0, self.tr("Overdue"))
        return row

    def _reason(self, item: Any) -> str:
        reasons = {"bid_deadline": self.tr("Bid deadline"), "decision": self.tr("Decision")}
        if item.overdue:
            return self.tr("Overdue")
        return reasons.get(item.reason, labels.record_type_label(item.record_type))

    def _open(self, row: QTreeWidgetItem, _column: int) -> None:
        target = row.data(0, RECORD_ROLE)
        if target:
            self.ctx.open_record.emit(*target)

    def _on_changes(self, changes: Changes) -> None:
        if self.loaded_once and changes.record_types & SHOWN_TYPES:
            self.reload()
