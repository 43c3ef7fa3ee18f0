"""Sister cities & networks: partner cities, networks, exchanges and inbound visits (lists on tabs), the key
persons, and the counts by fiscal year. A city's page and a visit's follow-ups are in the Records menu."""

from __future__ import annotations

from typing import Any

from sapporo_mice.formats import fill
from ui.briefs import brief_action
from ui.context import AppContext
from ui.lists import RecordListView
from ui.qt import QAction, QCoreApplication, QTabWidget, QWidget


class NetworkView(QTabWidget):
    record_types = ("partner_city", "city_network", "network_membership", "exchange", "visit", "participant",
                    "programme_item", "gift")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ui.network.pages import FiscalYearPanel, KeyPersonsPanel

        self.ctx = ctx
        self.lists = {t: RecordListView(ctx, t, self) for t in ("partner_city", "city_network", "exchange", "visit")}
        titles = {"partner_city": self.tr("Partner cities"), "city_network": self.tr("Networks"),
                  "exchange": self.tr("Exchanges"), "visit": self.tr("Visits to Sapporo")}
        for record_type, view in self.lists.items():
            self.addTab(view, titles[record_type])
        self.key_persons = KeyPersonsPanel(ctx, self)
        self.fiscal_years = FiscalYearPanel(ctx, self)
        self.addTab(self.key_persons, self.tr("Key persons"))
        self.addTab(self.fiscal_years, self.tr("By fiscal year"))
        self.extra = {"partner_city": [self.lists["partner_city"]._action(
                          self.tr("Partner city page"), "Ctrl+Shift+P", self.open_city_page, icon="page")],
                      "visit": [self.lists["visit"]._action(
                          self.tr("Create follow-up tasks"), "Ctrl+Shift+F", self.create_followups, icon="tasks"),
                                brief_action(self.lists["visit"])]}

    def list_for(self, record_type: str) -> RecordListView | None:
        parent = {"network_membership": "city_network", "participant": "visit", "programme_item": "visit",
                  "gift": "visit"}.get(record_type, record_type)
        return self.lists.get(parent)

    def show_type(self, record_type: str) -> None:
        view = self.list_for(record_type)
        if view is not None:
            self.setCurrentWidget(view)

    def record_actions(self) -> list[QAction]:
        current = self.currentWidget()
        if not isinstance(current, RecordListView):
            return []
        return [*current.record_actions(), *self.extra.get(current.record_type, [])]

    def focus_filter(self) -> None:
        current = self.currentWidget()
        if isinstance(current, RecordListView):
            current.focus_filter()

    # ------------------------------------------------------------------ actions
    def _selected(self, record_type: str) -> str | None:
        view = self.lists[record_type]
        record_id = view.selected_one()
        if record_id is not None:
            return record_id
        view.status.emit(QCoreApplication.translate("NetworkView", "Select one record first."))
        return None

    def open_city_page(self) -> None:
        from ui.network.pages import open_city_page

        city_id = self._selected("partner_city")
        if city_id:
            open_city_page(self.ctx, city_id, self.window())

    def create_followups(self) -> None:
        visit_id = self._selected("visit")
        if not visit_id:
            return
        actor, lang, view = self.ctx.actor, self.ctx.lang, self.lists["visit"]

        def done(changes: Any) -> None:
            self.ctx.publish(changes)
            count = len(changes.touched.get("task", ()))
            view.status.emit(fill(self.tr("Created %1 follow-up tasks (see the visit's Tasks tab)."), str(count))
                             if count else self.tr("The visit's follow-up tasks are already there."))

        self.ctx.jobs.run("followups", lambda crm, _c: crm.network.create_visit_followups(visit_id, actor=actor,
                                                                                          lang=lang),
                          owner=self, on_done=done, on_error=lambda e: view.status.emit(
                              e.message(lang) if hasattr(e, "message") else str(e)))
