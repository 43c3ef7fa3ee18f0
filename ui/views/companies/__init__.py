"""Companies: every organization (local companies, buyers, associations, universities …)."""

from ui.briefs import brief_action
from ui.context import AppContext
from ui.fairs.actions import people_actions
from ui.lists import RecordListView
from ui.qt import QWidget


class CompaniesView(RecordListView):
    record_types = ("organization", "company_profile", "consultation", "expansion_case")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "organization", parent)
        self.fair_actions = [*people_actions(self, "organization"), brief_action(self)]

    def record_actions(self) -> list:
        return [*super().record_actions(), *self.fair_actions]
