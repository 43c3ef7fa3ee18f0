"""What the screenshot tools share: waiting until the app's background jobs are done, and grabbing a widget."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any


def in_sapporo() -> None:
    """Show times as a computer in Sapporo does. The app shows the computer's own time zone, and a build machine's
    is often UTC: the pictures had a 15:00 welcome reception at 06:00. Call it before the QApplication is made."""
    os.environ["TZ"] = "Asia/Tokyo"
    time.tzset()


def new_user_settings() -> Any:
    """The settings as a new user of each language first has them: no column widths left by the language shot
    before (the English students list had kept the Japanese run's university column, too narrow for English)."""
    from sapporo_mice.settings import Settings

    settings = Settings()
    settings.set("column_state", {})
    return settings


def settle(app: Any, ctx: Any, rounds: int = 400, pause: float = 0.03) -> None:
    """Process events until no background job is active twice in a row (a finished job may start another)
    and no view is still building its widgets a few per turn of the event loop (the KPI cards): a picture
    taken before showed the later pillars as empty boxes and a half-laid-out card."""
    for _ in range(rounds):
        app.processEvents()
        if not ctx.jobs.active and not _building(app):
            app.processEvents()
            time.sleep(pause)
            app.processEvents()
            if not ctx.jobs.active and not _building(app):
                return
        time.sleep(pause)


def _building(app: Any) -> bool:
    return any(getattr(w, "building", False) is True for w in app.allWidgets() if w.isVisible())


def grab(widget: Any, path: Path, app: Any, ctx: Any, size: tuple[int, int] | None = (1366, 768), *,
         linger: float = 0.0) -> None:
    """Show ``widget`` (at ``size``, the common office laptop's screen), let it fill in, save it as a PNG.
    ``linger``: seconds more of events first, for what draws in a thread of its own after the jobs are done (a PDF
    preview's pages: the brief dialog's picture had a blank page beside its enabled Save button)."""
    if size is not None:
        widget.resize(*size)
    widget.show()
    settle(app, ctx)
    end = time.monotonic() + linger
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    widget.grab().save(str(path))
