"""Running a job on behalf of a widget that may be closed (and deleted) before the job ends.

An editor window deletes itself on close; a load or save it started may still deliver its result
afterwards. ``run_for`` drops the callbacks of a job whose widget is gone, instead of touching a
deleted C++ object.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ui.qt import QObject


def run_for(widget: QObject, ctx, op: Callable[[Any], Any], *, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, label: str = "", serial: bool = True):
    alive = _lifeline(widget)

    def done(result: Any) -> None:
        if alive() and on_done is not None:
            on_done(result)

    def failed(error: BaseException) -> None:
        if alive() and on_error is not None:
            on_error(error)
    return ctx.jobs.run(op, on_done=done, on_error=failed, label=label, serial=serial)


def _lifeline(widget: QObject) -> Callable[[], bool]:
    """Whether the widget's C++ object still exists (calling into a deleted one raises RuntimeError)."""
    def alive() -> bool:
        try:
            widget.objectName()
        except RuntimeError:
            return False
        return True
    return alive
