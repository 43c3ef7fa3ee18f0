"""Bids: Sapporo's bids to host congress editions, sorted by deadline."""

from ui.context import AppContext
from ui.lists import RecordListView
from ui.qt import QWidget


class BidsView(RecordListView):
    record_types = ("bid", "meeting_series")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "bid", parent)
