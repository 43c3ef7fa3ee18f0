"""The one way to run work off the GUI thread (Anki's ``CollectionOp``).

``runner.run(op, on_done=..., on_error=..., on_progress=...)`` runs ``op(control)`` on a worker and
delivers its result back on the GUI thread, by queued signals only. Worker code never touches
widgets. Database work is serialised on one worker (``serial=True``, the default); file parsing and
PDF rendering may run in parallel (``serial=False``). A job is cancelled cooperatively: ``op`` calls
``control.progress(...)`` or ``control.check()``, which raise :class:`Cancelled` once asked to stop.
"""

from __future__ import annotations

import itertools
import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from ui.qt import QObject, QRunnable, QThreadPool, Qt, QTimer, Signal, Slot

log = logging.getLogger(__name__)
_ids = itertools.count(1)


class Cancelled(Exception):
    """Raised inside a job when the user cancelled it."""


class JobControl:
    """Handed to the job's function: report progress and notice cancellation."""

    def __init__(self, job: "Job") -> None:
        self._job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int = 0, message: str = "") -> None:
        self.check()
        self._job.relay.progressed.emit(self._job, done, total, message)


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, the GUI thread receives (queued)."""

    progressed = Signal(object, int, int, str)
    succeeded = Signal(object, object)
    failed = Signal(object, object)


class Job(QRunnable):
    def __init__(self, op: Callable[[JobControl], Any], label: str, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.id = next(_ids)
        self.op = op
        self.label = label
        self.relay = relay
        self.control = JobControl(self)
        self.on_done: Callable[[Any], None] | None = None
        self.on_error: Callable[[BaseException], None] | None = None
        self.on_progress: Callable[[int, int, str], None] | None = None
        self.on_cancelled: Callable[[], None] | None = None

    def cancel(self) -> None:
        self.control.cancel()

    def run(self) -> None:  # worker thread
        try:
            result = self.op(self.control)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            if not isinstance(exc, Cancelled):
                log.debug("job %s failed:\n%s", self.label, traceback.format_exc())
            self.relay.failed.emit(self, exc)
        else:
            self.relay.succeeded.emit(self, result)


class JobRunner(QObject):
    """Runs jobs; tells the status bar which are active (``started``/``finished``)."""

    started = Signal(object)
    finished = Signal(object)
    progressed = Signal(object, int, int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._serial = QThreadPool(self)
        self._serial.setMaxThreadCount(1)
        self._parallel = QThreadPool(self)
        self._parallel.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
        self._relay = _Relay(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._relay.progressed.connect(self._on_progress, queued)
        self._relay.succeeded.connect(self._on_success, queued)
        self._relay.failed.connect(self._on_failure, queued)
        self._active: dict[int, Job] = {}

    def run(
        self,
        op: Callable[[JobControl], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        label: str = "",
        serial: bool = True,
        after_ms: int = 0,
    ) -> Job:
        """Run ``op`` on a worker. ``after_ms``: start it only after that long, and not at all if it is
        cancelled meanwhile; it counts as active while it waits.

        A cancelled job calls ``on_cancelled`` (not ``on_error``) once it has stopped; a job asked too
        late, past its last check, ends as done instead, so the caller learns what really happened."""
        job = Job(op, label, self._relay)
        job.on_done, job.on_error, job.on_progress = on_done, on_error, on_progress
        job.on_cancelled = on_cancelled
        self._active[job.id] = job
        self.started.emit(job)
        pool = self._serial if serial else self._parallel
        if after_ms > 0:
            QTimer.singleShot(after_ms, self, lambda: self._start_late(job, pool))
        else:
            pool.start(job)
        return job

    def _start_late(self, job: Job, pool: QThreadPool) -> None:
        if job.control.cancelled:
            self._on_failure(job, Cancelled())
        else:
            pool.start(job)

    @property
    def active(self) -> list[Job]:
        return list(self._active.values())

    def cancel_all(self) -> None:
        for job in self.active:
            job.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every job ends (shutdown and tests only)."""
        return self._serial.waitForDone(msecs) and self._parallel.waitForDone(msecs)

    @Slot(object, int, int, str)
    def _on_progress(self, job: Job, done: int, total: int, message: str) -> None:
        self.progressed.emit(job, done, total, message)
        if job.on_progress:
            job.on_progress(done, total, message)

    @Slot(object, object)
    def _on_success(self, job: Job, result: Any) -> None:
        self._finish(job)
        if job.on_done:
            job.on_done(result)

    @Slot(object, object)
    def _on_failure(self, job: Job, error: BaseException) -> None:
        self._finish(job)
        if isinstance(error, Cancelled):
            if job.on_cancelled:
                job.on_cancelled()
            return
        if job.on_error:
            job.on_error(error)
        else:
            log.error("background job %r failed: %s", job.label, error)

    def _finish(self, job: Job) -> None:
        self._active.pop(job.id, None)
        self.finished.emit(job)
