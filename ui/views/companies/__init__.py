"""Companies: every organization (local companies, buyers, associations, universities …)."""

from ui.briefs import brief_action
from ui.context import AppContext
from ui.export_support.actions import export_actions
from ui.fairs.actions import people_actions
from ui.lists import RecordListView
from ui.qt import QWidget


class CompaniesView(RecordListView):
    record_types = ("organization", "company_profile", "consultation", "expansion_case", "target_market",
                    "support_need", "support_given")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "organization", parent)
        self.fair_actions = [*people_actions(self, "organization"), brief_action(self)]
        self.export_actions = export_actions(self)

    def record_actions(self) -> list:
        return [*super().record_actions(), *self.fair_actions, *self.export_actions]
