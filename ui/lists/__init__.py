"""The generic fast list: an id-list table model with a row cache, and the list view around it."""

from ui.lists.model import ID_ROLE, ListQuery, RecordTableModel
from ui.lists.view import RecordListView

__all__ = ["ID_ROLE", "ListQuery", "RecordTableModel", "RecordListView"]
