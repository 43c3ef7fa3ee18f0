"""The main window's areas, in navigation order: key, title, shortcut and how to build each view.

Each view exposes ``record_types`` (which records it opens), and lists expose ``record_actions()``
for the main window's Records menu.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ui.context import AppContext
from ui.network.labels import AREA_TITLE as NETWORK_TITLE
from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication, QWidget


@dataclass(frozen=True)
class Area:
    key: str
    title_source: str
    shortcut: str
    build: Callable[[AppContext, QWidget], QWidget]

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Area", self.title_source)


def _home(ctx, parent):
    from ui.views.home import HomeView

    return HomeView(ctx, parent)


def _list(module: str, name: str) -> Callable[[AppContext, QWidget], QWidget]:
    def build(ctx: AppContext, parent: QWidget) -> QWidget:
        import importlib

        return getattr(importlib.import_module(f"ui.views.{module}"), name)(ctx, parent)

    return build


def _placeholder(title: str, text: str) -> Callable[[AppContext, QWidget], QWidget]:
    def build(ctx: AppContext, parent: QWidget) -> QWidget:
        from ui.views.placeholder import PlaceholderView

        return PlaceholderView(QCoreApplication.translate("Area", title), QCoreApplication.translate("Area", text), parent)

    return build


AREAS: tuple[Area, ...] = (
    Area("home", QT_TRANSLATE_NOOP("Area", "Home"), "Ctrl+1", _home),
    Area("leads", QT_TRANSLATE_NOOP("Area", "Leads"), "Ctrl+2", _list("leads", "LeadsView")),
    Area("bids", QT_TRANSLATE_NOOP("Area", "Bids"), "Ctrl+3", _list("bids", "BidsView")),
    Area("fairs", QT_TRANSLATE_NOOP("Area", "Fairs"), "Ctrl+4", _list("fairs", "FairsView")),
    Area("companies", QT_TRANSLATE_NOOP("Area", "Companies"), "Ctrl+5", _list("companies", "CompaniesView")),
    Area("contacts", QT_TRANSLATE_NOOP("Area", "Contacts"), "Ctrl+6", _list("contacts", "ContactsView")),
    Area("talent", QT_TRANSLATE_NOOP("Area", "Students & openings"), "Ctrl+7", _list("talent", "TalentView")),
    Area("matches", QT_TRANSLATE_NOOP("Area", "Matches"), "Ctrl+8", _list("matches", "MatchesView")),
    Area("tasks", QT_TRANSLATE_NOOP("Area", "Tasks"), "Ctrl+9", _list("tasks", "TasksView")),
    Area("network", NETWORK_TITLE, "Ctrl+Shift+W", _list("network", "NetworkView")),  # --- network
    Area("kpi", QT_TRANSLATE_NOOP("Area", "KPI"), "Ctrl+0", _list("kpi", "KpiView")),
    Area("sync", QT_TRANSLATE_NOOP("Area", "Sync"), "Ctrl+Shift+Y", _list("sync.view", "SyncView")),
)


def area(key: str) -> Area:
    return next(a for a in AREAS if a.key == key)
