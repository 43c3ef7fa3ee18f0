"""Contacts: people, sorted by reading, with their organization, primary email and phone."""

from ui.context import AppContext
from ui.lists import RecordListView
from ui.qt import QWidget


class ContactsView(RecordListView):
    record_types = ("contact",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "contact", parent)
