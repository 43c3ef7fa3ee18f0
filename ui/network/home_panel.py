"""Home's panel of the network: round anniversaries of each relationship in the next years, and the
delegations under way or arriving soon."""

from __future__ import annotations

from typing import Any

from ui import labels
from ui.qt import QGroupBox, QHBoxLayout, Qt, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget
from ui.values import format_date

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN_TYPES = {"partner_city", "city_network", "visit"}


class NetworkHomePanel(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.anniversaries = self._section(self.tr("Anniversaries ahead"), [self.tr("Date"), self.tr("Relationship"),
                                                                            self.tr("Anniversary")])
        self.visits = self._section(self.tr("Delegations arriving"), [self.tr("Dates"), self.tr("Visit"),
                                                                      self.tr("From")])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.anniversaries.parentWidget())
        layout.addWidget(self.visits.parentWidget())
        ctx.changed.connect(self._on_changes)
        self.loaded_once = False

    def _section(self, title: str, headers: list[str]) -> QTreeWidget:
        box = QGroupBox(title, self)
        tree = QTreeWidget(box)
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setColumnWidth(0, 180)
        tree.setColumnWidth(1, 260)
        tree.itemActivated.connect(self._open)
        QVBoxLayout(box).addWidget(tree)
        return tree

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self.loaded_once:
            self.reload()

    def reload(self) -> None:
        self.loaded_once = True
        self.ctx.jobs.run("home", lambda crm, _c: crm.network.home(), owner=self, on_done=self.show_items,
                          serial=False)

    def show_items(self, home: Any) -> None:
        self.anniversaries.clear()
        for a in home.anniversaries:
            when = format_date(a.on) if a.on else self.tr("In %1").replace("%1", str(a.year))
            kind = self.tr("Sapporo's membership") if a.relationship == "network" \
                else labels.enum_label("RelationshipKind", a.relationship)
            name = (a.name_en if self.ctx.lang == "en" and a.name_en else a.name)
            row = QTreeWidgetItem([when, f"{name}（{kind}）" if self.ctx.lang == "ja" else f"{name} ({kind})",
                                   self.tr("%1th anniversary").replace("%1", str(a.nth))])
            row.setData(0, RECORD_ROLE, (a.record_type, a.record_id))
            self.anniversaries.addTopLevelItem(row)
        self.visits.clear()
        for v in home.visits:
            dates = format_date(v.arrives_on) + (f" – {format_date(v.departs_on)}" if v.departs_on else "")
            status = labels.enum_label("VisitStatus", v.status)
            row = QTreeWidgetItem([dates, f"{v.title}（{status}）" if self.ctx.lang == "ja" else f"{v.title} ({status})",
                                   v.city_name or ""])
            row.setData(0, RECORD_ROLE, ("visit", v.id))
            self.visits.addTopLevelItem(row)
        for tree, items in ((self.anniversaries, home.anniversaries), (self.visits, home.visits)):
            if not items:
                tree.addTopLevelItem(QTreeWidgetItem(["", self.tr("Nothing here"), ""]))

    def _open(self, row: QTreeWidgetItem, _column: int) -> None:
        target = row.data(0, RECORD_ROLE)
        if target:
            self.ctx.open_record.emit(*target)

    def _on_changes(self, changes: Any) -> None:
        if self.loaded_once and changes.record_types & SHOWN_TYPES:
            self.reload()
