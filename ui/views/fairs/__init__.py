"""Fairs: overseas trade fairs by date (participations open from the fair's editor)."""

from ui.briefs import brief_action
from ui.context import AppContext
from ui.fairs.actions import fair_actions
from ui.lists import RecordListView
from ui.qt import QWidget


class FairsView(RecordListView):
    record_types = ("fair", "participation")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "fair", parent)
        self.fair_actions = [*fair_actions(self), brief_action(self)]

    def record_actions(self) -> list:
        return [*super().record_actions(), *self.fair_actions]
