"""Matches: student ↔ opening introductions and their stage."""

from ui.context import AppContext
from ui.lists import RecordListView
from ui.qt import QWidget


class MatchesView(RecordListView):
    record_types = ("match",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "match", parent)
