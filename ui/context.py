"""What every view shares: the CRM core, the job runner, settings, the user and the language.

Views never hold ORM objects or sessions. They ask the core through ``ctx.jobs.run(...)`` and
refresh from the ``changed`` signal, which carries the core's :class:`~sapporo_mice.changes.Changes`
value. Nobody polls, and there is no global "refresh everything".
"""

from __future__ import annotations

from typing import Any

from sapporo_mice.changes import Changes
from sapporo_mice.crm import Crm
from sapporo_mice.settings import Settings
from ui.jobs import JobRunner
from ui.qt import QObject, Signal


class AppContext(QObject):
    """One per running app. ``changed`` is emitted on the GUI thread after every successful write."""

    changed = Signal(object)  # Changes
    open_record = Signal(str, str)  # record_type, record_id: ask the main window to show it

    def __init__(self, crm: Crm, settings: Settings, jobs: JobRunner, lang: str, parent: QObject | None = None):
        super().__init__(parent)
        self.crm = crm
        self.settings = settings
        self.jobs = jobs
        self.lang = lang

    @property
    def actor(self) -> str:
        return self.settings.get("user_name") or "user"

    def publish(self, changes: Changes | Any) -> None:
        """Tell every view what a write changed (call on the GUI thread, e.g. from on_done)."""
        if isinstance(changes, Changes) and changes:
            self.changed.emit(changes)
