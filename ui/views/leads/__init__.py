"""Leads: the follow-up pipeline list (saved filters: mine, follow-up overdue, due this week, by status)."""

from ui.context import AppContext
from ui.fairs.actions import io_actions
from ui.lists import RecordListView
from ui.qt import QWidget


class LeadsView(RecordListView):
    record_types = ("lead",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "lead", parent)
        self.fair_actions = io_actions(self, "lead")

    def record_actions(self) -> list:
        return [*super().record_actions(), *self.fair_actions]
