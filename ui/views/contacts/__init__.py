"""Contacts: people, sorted by reading, with their organization, primary email and phone."""

from ui.context import AppContext
from ui.fairs.actions import people_actions
from ui.lists import RecordListView
from ui.qt import QWidget


class ContactsView(RecordListView):
    record_types = ("contact",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "contact", parent)
        self.fair_actions = people_actions(self, "contact")

    def record_actions(self) -> list:
        return [*super().record_actions(), *self.fair_actions]
