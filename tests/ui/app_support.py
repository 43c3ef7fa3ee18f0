"""Helpers shared by the framework's UI tests: a context on a test database, waiting, typing."""

from __future__ import annotations

from PySide6.QtTest import QTest

from sapporo_mice.settings import Settings
from ui.context import AppContext
from ui.jobs import JobRunner
from ui.qt import Qt


def make_context(crm, lang: str = "en", user: str = "tanaka") -> AppContext:
    settings = Settings()
    settings.set("user_name", user)
    return AppContext(settings, JobRunner(), lang, crm=crm)


def settle(qtbot, ctx, timeout: int = 15_000) -> None:
    """Wait until every background job (and the row fetches it triggers) is done."""
    for _ in range(3):
        qtbot.waitUntil(lambda: not ctx.jobs.active, timeout=timeout)
        qtbot.wait(20)
    qtbot.waitUntil(lambda: not ctx.jobs.active, timeout=timeout)


def type_text(widget, text: str) -> None:
    """Type any text, Japanese included (keyClicks with non-ASCII aborts pytest: ENVIRONMENT.md)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
