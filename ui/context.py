"""What every view shares: the CRM (through the job runner), settings, the user, the language, and the
open windows.

Views never hold ORM objects, sessions or the database. They ask the core through ``ctx.jobs.run(...)``,
whose jobs get the :class:`~sapporo_mice.crm.Crm` as their first argument, and refresh from the
``changed`` signal, which carries the core's :class:`~sapporo_mice.changes.Changes` value. Nobody polls,
and there is no global "refresh everything".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sapporo_mice.changes import Changes
from sapporo_mice.settings import Settings
from ui.jobs import JobRunner
from ui.qt import QObject, QWidget, Signal, isValid

if TYPE_CHECKING:
    from sapporo_mice.crm import Crm


class Windows:
    """The app's non-modal windows by key (a record's editor, a fair's booth capture): opening one that is
    already open re-activates it instead of opening a second."""

    def __init__(self) -> None:
        self._open: dict[tuple[str, ...], QWidget] = {}

    def get(self, key: tuple[str, ...]) -> QWidget | None:
        window = self._open.get(key)
        if window is not None and not (isValid(window) and window.isVisible()):
            self._open.pop(key, None)
            return None
        return window

    def show(self, key: tuple[str, ...], build: Callable[[], QWidget]) -> QWidget:
        window = self.get(key)
        if window is None:
            window = build()
            self.add(key, window)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def add(self, key: tuple[str, ...], window: QWidget) -> None:
        """Track ``window`` under ``key`` (also to give a new record's editor its record's key on first save)."""
        for old, tracked in list(self._open.items()):
            if tracked is window:
                del self._open[old]
        self._open[key] = window
        window.destroyed.connect(lambda *_: self._open.pop(key, None))

    def all(self) -> list[QWidget]:
        return [w for key in list(self._open) if (w := self.get(key)) is not None]


class AppContext(QObject):
    """One per running app. ``changed`` is emitted on the GUI thread after every successful write;
    ``ready`` once the CRM is open (views may have asked for data before: their jobs waited)."""

    changed = Signal(object)  # Changes
    ready = Signal()
    open_record = Signal(str, str)  # record_type, record_id: ask the main window to show it

    def __init__(self, settings: Settings, jobs: JobRunner, lang: str, parent: QObject | None = None,
                 crm: Crm | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.jobs = jobs
        self.lang = lang
        self.windows = Windows()
        self.location: tuple[str, str] | None = None  # ("file", path) or ("server", host/db), once open
        if crm is not None:
            self.attach(crm)

    @property
    def crm(self) -> Crm | None:
        """The open CRM, for closing it at exit; views reach it only through their jobs."""
        return self.jobs.crm

    def attach(self, crm: Crm) -> None:
        self.location = crm.location()
        self.jobs.attach(crm)
        self.ready.emit()

    @property
    def actor(self) -> str:
        return self.settings.get("user_name") or "user"

    def publish(self, changes: Changes | Any) -> None:
        """Tell every view what a write changed (call on the GUI thread, e.g. from on_done)."""
        if isinstance(changes, Changes) and changes:
            self.changed.emit(changes)
