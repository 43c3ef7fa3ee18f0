"""The one way to run work off the GUI thread (Anki's ``CollectionOp``).

``runner.run(kind, op, owner=widget, on_done=..., on_error=..., on_progress=...)`` runs ``op(crm, control)``
on a worker and delivers its result back on the GUI thread, by queued signals only; worker code never
touches widgets. The result is dropped when ``owner`` is gone by then (a closed dialog, a deleted view).

- Database work is serialised on one worker (``serial=True``, the default); reads that must not queue
  behind a long write, file parsing and PDF rendering may run in parallel (``serial=False``).
- The CRM is handed to each job: until it is open (it opens on a worker while the main window paints),
  jobs wait, then start in order. So nothing on the GUI thread waits for the database.
- A job is cancelled cooperatively: ``op`` calls ``control.progress(...)`` or ``control.check()``, which
  raise :class:`Cancelled` once asked to stop.
- A write that finds the database locked by another program (a second window, the CLI, an import, a colleague
  on the office server) waits for it up to :data:`LOCK_WAIT_S`, saying so in the status bar with the seconds
  waited and a Cancel button, instead of failing at once; past the bound it fails with the core's "another
  program is writing" message (``DatabaseBusyError``). On SQLite the wait comes before the write begins; on
  PostgreSQL a blocked job is run again each second, only if it had committed nothing (``Crm.run_waiting``):
  nothing is ever done twice.
- Every job has a ``kind`` from :data:`LABELS`: what the status bar says while it runs, translated, in the
  user's words. Quick reads (:data:`QUIET`) show nothing unless they run long.
"""

from __future__ import annotations

import itertools
import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from sapporo_mice.formats import fill
from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QRunnable, QThreadPool, Qt, QTimer, Signal, Slot, isValid
from ui.safety import texts as safety_texts

log = logging.getLogger(__name__)
_ids = itertools.count(1)

# What the status bar says while a job of each kind runs ("%1": the record type, a file …).
LABELS: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("Jobs", "Opening the database"),
    "list": QT_TRANSLATE_NOOP("Jobs", "Loading the list"),
    "rows": QT_TRANSLATE_NOOP("Jobs", "Loading rows"),
    "home": QT_TRANSLATE_NOOP("Jobs", "Loading the agenda"),
    "search": QT_TRANSLATE_NOOP("Jobs", "Searching"),
    "pick": QT_TRANSLATE_NOOP("Jobs", "Looking up records"),
    "load": QT_TRANSLATE_NOOP("Jobs", "Opening %1"),
    "save": QT_TRANSLATE_NOOP("Jobs", "Saving %1"),
    "delete": QT_TRANSLATE_NOOP("Jobs", "Deleting %1"),
    "restore": QT_TRANSLATE_NOOP("Jobs", "Restoring %1"),
    "related": QT_TRANSLATE_NOOP("Jobs", "Loading related records"),
    "history": QT_TRANSLATE_NOOP("Jobs", "Loading the history"),
    "estimate": QT_TRANSLATE_NOOP("Jobs", "Estimating the economic impact"),
    "conflict": QT_TRANSLATE_NOOP("Jobs", "Comparing the two versions"),
    "bulk": QT_TRANSLATE_NOOP("Jobs", "Changing the selected records"),
    "attach": QT_TRANSLATE_NOOP("Jobs", "Attaching files"),
    "duplicate_check": QT_TRANSLATE_NOOP("Jobs", "Checking for duplicates"),
    "quick_lead": QT_TRANSLATE_NOOP("Jobs", "Saving the quick lead"),
    "duplicates": QT_TRANSLATE_NOOP("Jobs", "Finding duplicates"),
    "merge_preview": QT_TRANSLATE_NOOP("Jobs", "Preparing the merge"),
    "merge": QT_TRANSLATE_NOOP("Jobs", "Merging the records"),
    "merges": QT_TRANSLATE_NOOP("Jobs", "Loading earlier merges"),
    "undo_merge": QT_TRANSLATE_NOOP("Jobs", "Undoing the merge"),
    "fairs": QT_TRANSLATE_NOOP("Jobs", "Loading the fairs"),
    "exhibitors": QT_TRANSLATE_NOOP("Jobs", "Loading the exhibitors"),
    "counts": QT_TRANSLATE_NOOP("Jobs", "Counting the leads"),
    "capture": QT_TRANSLATE_NOOP("Jobs", "Saving the visitor"),
    "business_card": QT_TRANSLATE_NOOP("Jobs", "Attaching the business card"),
    "fair_results": QT_TRANSLATE_NOOP("Jobs", "Loading the fair's results"),
    "followups": QT_TRANSLATE_NOOP("Jobs", "Creating follow-up tasks"),
    "import_columns": QT_TRANSLATE_NOOP("Jobs", "Reading the file's columns"),
    "import": QT_TRANSLATE_NOOP("Jobs", "Importing %1"),
    "export": QT_TRANSLATE_NOOP("Jobs", "Exporting %1"),
    "connection": QT_TRANSLATE_NOOP("Jobs", "Testing the connection"),
    "demo": QT_TRANSLATE_NOOP("Jobs", "Creating demo data"),
    "backup": QT_TRANSLATE_NOOP("Jobs", "Backing up the database"),
    "auto_backup": QT_TRANSLATE_NOOP("Jobs", "Making today's backup"),
    "kept_backups": QT_TRANSLATE_NOOP("Jobs", "Listing the backups"),
    "describe_backup": QT_TRANSLATE_NOOP("Jobs", "Reading the backup %1"),
    "restore_backup": QT_TRANSLATE_NOOP("Jobs", "Restoring the backup %1"),
    "check": QT_TRANSLATE_NOOP("Jobs", "Checking the database"),
    "repair": QT_TRANSLATE_NOOP("Jobs", "Repairing the database"),
    "search_upkeep": QT_TRANSLATE_NOOP("Jobs", "Bringing the search index up to date"),
    "brief": QT_TRANSLATE_NOOP("Jobs", "Writing the briefing pack"),
    "save_brief": QT_TRANSLATE_NOOP("Jobs", "Saving the PDF"),
    # --- students
    "suggest": QT_TRANSLATE_NOOP("Jobs", "Finding suggestions"),
    "student_export": QT_TRANSLATE_NOOP("Jobs", "Exporting the student's data to %1"),
    "erase": QT_TRANSLATE_NOOP("Jobs", "Erasing the personal data"),
    "purge": QT_TRANSLATE_NOOP("Jobs", "Purging students past their retention date"),
    "access_log": QT_TRANSLATE_NOOP("Jobs", "Reading the access log"),
    "weights": QT_TRANSLATE_NOOP("Jobs", "Reading the matching weights"),
    # --- sync
    "sync_status": QT_TRANSLATE_NOOP("Jobs", "Reading the sync state"),
    "sync_pending": QT_TRANSLATE_NOOP("Jobs", "Counting unsent changes"),
    "sync_export": QT_TRANSLATE_NOOP("Jobs", "Exporting changes to %1"),
    "sync_import": QT_TRANSLATE_NOOP("Jobs", "Importing the sync file %1"),
    "sync_push": QT_TRANSLATE_NOOP("Jobs", "Sending changes to the office"),
    "sync_pull": QT_TRANSLATE_NOOP("Jobs", "Receiving changes from the office"),
    "sync_resolve": QT_TRANSLATE_NOOP("Jobs", "Resolving the conflict"),
}
# --- export_support
from ui.export_support.labels import JOBS as _EXPORT_JOBS  # noqa: E402 - its strings live in its catalogue

LABELS.update(_EXPORT_JOBS)
# --- safety: how long a write waits for another program's write lock before it gives up
LOCK_WAIT_S = 60.0
LABELS.update(safety_texts.LABELS)

from ui.kpi import JOBS as _KPI_JOBS  # noqa: E402 - --- kpi: its strings live in kpi_{ja,en}.ts

LABELS.update(_KPI_JOBS)
# Quick reads: no progress bar unless they run long.
QUIET = frozenset({"list", "rows", "home", "search", "pick", "counts", "duplicate_check", "exhibitors", "related",
                   "history", "merges", "fairs", "encryption_state", "suggest", "weights", "estimate", "sync_status",
                   "sync_pending", "kept_backups"})


def job_label(kind: str, subject: str = "") -> str:
    """What the status bar says for a job of ``kind``, in the user's language."""
    return fill(QCoreApplication.translate("Jobs", LABELS[kind]), subject)


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
    def __init__(self, kind: str, op: Callable[[Any, JobControl], Any], owner: QObject, relay: _Relay,
                 subject: str = "") -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.id = next(_ids)
        self.kind = kind
        self.label = job_label(kind, subject)  # translated here, on the GUI thread
        self.waiting_text = QCoreApplication.translate("Jobs", safety_texts.WAITING_FOR_LOCK)
        self.op = op
        self.owner = owner
        self.relay = relay
        self.crm: Any = None
        self.control = JobControl(self)
        self.on_done: Callable[[Any], None] | None = None
        self.on_error: Callable[[BaseException], None] | None = None
        self.on_progress: Callable[[int, int, str], None] | None = None
        self.on_cancelled: Callable[[], None] | None = None

    @property
    def quiet(self) -> bool:
        return self.kind in QUIET

    def cancel(self) -> None:
        self.control.cancel()

    def owner_alive(self) -> bool:
        return isValid(self.owner)

    def run(self) -> None:  # worker thread
        try:
            result = self._run_waiting()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            if not isinstance(exc, Cancelled):
                log.debug("job %s failed:\n%s", self.kind, traceback.format_exc())
            self.relay.failed.emit(self, exc)
        else:
            self.relay.succeeded.emit(self, result)


    def _run_waiting(self) -> Any:
        run_waiting = getattr(self.crm, "run_waiting", None)  # None: before the CRM is open, or a test's stand-in
        if run_waiting is None:
            return self.op(self.crm, self.control)
        return run_waiting(lambda: self.op(self.crm, self.control), self._still_waiting, bound_s=LOCK_WAIT_S)

    def _still_waiting(self, waited_s: float, bound_s: float) -> None:  # worker thread, while the lock is taken
        self.control.check()  # Cancel stops the wait; the write is then not made
        text = fill(self.waiting_text, str(int(waited_s)), str(int(bound_s)))
        self.relay.progressed.emit(self, int(waited_s * 10), int(bound_s * 10), text)


class JobRunner(QObject):
    """Runs jobs; tells the status bar which are active (``started``/``finished``)."""

    started = Signal(object)
    finished = Signal(object)
    progressed = Signal(object, int, int, str)

    def __init__(self, parent: QObject | None = None, crm: Any = None) -> None:
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
        self._crm = crm
        self._waiting: list[tuple[Job, QThreadPool]] = []  # started before the CRM was open

    @property
    def crm(self) -> Any:
        return self._crm

    def attach(self, crm: Any) -> None:
        """The CRM is open: hand it to every job from now on, and start the ones that waited for it."""
        self._crm = crm
        waiting, self._waiting = self._waiting, []
        for job, pool in waiting:
            self._start(job, pool)

    def run(
        self,
        kind: str,
        op: Callable[[Any, JobControl], Any],
        *,
        owner: QObject,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        subject: str = "",
        serial: bool = True,
        after_ms: int = 0,
    ) -> Job:
        """Run ``op(crm, control)`` on a worker; the callbacks run on the GUI thread while ``owner`` lives.

        ``after_ms``: start it only after that long, and not at all if it is cancelled meanwhile; it counts
        as active while it waits. A cancelled job calls ``on_cancelled`` (not ``on_error``) once it has
        stopped; a job asked too late, past its last check, ends as done instead, so the caller learns what
        really happened."""
        job = Job(kind, op, owner, self._relay, subject)
        job.on_done, job.on_error, job.on_progress = on_done, on_error, on_progress
        job.on_cancelled = on_cancelled
        self._active[job.id] = job
        self.started.emit(job)
        pool = self._serial if serial else self._parallel
        if after_ms > 0:
            QTimer.singleShot(after_ms, self, lambda: self._start_late(job, pool))
        else:
            self._start(job, pool)
        return job

    def open_crm(self, open_crm: Callable[[], Any], *, owner: QObject, on_done: Callable[[Any], None],
                 on_error: Callable[[BaseException], None]) -> Job:
        """Open the CRM on the serial worker: the one job that needs no CRM (``on_done`` should attach it)."""
        job = Job("open", lambda _crm, _control: open_crm(), owner, self._relay)
        job.on_done, job.on_error = on_done, on_error
        self._active[job.id] = job
        self.started.emit(job)
        self._serial.start(job)
        return job

    def _start(self, job: Job, pool: QThreadPool) -> None:
        if self._crm is None:
            self._waiting.append((job, pool))
            return
        job.crm = self._crm
        pool.start(job)

    def _start_late(self, job: Job, pool: QThreadPool) -> None:
        if job.control.cancelled:
            self._on_failure(job, Cancelled())
        else:
            self._start(job, pool)

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
        if job.on_progress and job.owner_alive():
            job.on_progress(done, total, message)

    @Slot(object, object)
    def _on_success(self, job: Job, result: Any) -> None:
        self._finish(job)
        if job.on_done and job.owner_alive():
            job.on_done(result)

    @Slot(object, object)
    def _on_failure(self, job: Job, error: BaseException) -> None:
        self._finish(job)
        if not job.owner_alive():
            return
        if isinstance(error, Cancelled):
            if job.on_cancelled:
                job.on_cancelled()
            return
        if job.on_error:
            job.on_error(error)
        else:
            log.error("background job %r failed: %s", job.kind, error)

    def _finish(self, job: Job) -> None:
        if self._active.pop(job.id, None) is not None:
            self.finished.emit(job)
