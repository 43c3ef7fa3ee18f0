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


def settle(qtbot, ctx, timeout: int = 60_000) -> None:
    """Wait until every background job (and the row fetches it triggers) is done.

    The bound is generous because the suite shares two cores with whatever else runs (CI, a second run); a job
    still running at the end is named in the failure, so a real hang says which job hung."""
    def idle() -> bool:
        return not ctx.jobs.active

    for _ in range(4):
        try:
            qtbot.waitUntil(idle, timeout=timeout)
        except Exception as exc:  # pytestqt's TimeoutError
            kinds = ", ".join(job.kind for job in ctx.jobs.active)
            raise AssertionError(f"background jobs still running after {timeout / 1000:.0f} s: {kinds}") from exc
        qtbot.wait(20)


def type_text(widget, text: str) -> None:
    """Type any text, Japanese included (keyClicks with non-ASCII aborts pytest: ENVIRONMENT.md)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
