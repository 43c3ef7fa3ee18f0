"""Application start-up: QApplication, fonts, translations, the main window, then the database.

The main window paints first; the database opens on a worker meanwhile (:meth:`Startup.open`), and the
views' jobs, asked for while it opens, run once it is there (:meth:`ui.jobs.JobRunner.attach`). An
unreachable office server never freezes the window: a failure gets a clear dialog that offers to try
again or to use this computer's database. An empty database on first start gets an offer of demo data.
``--selftest`` shows every view once, offscreen.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from typing import Any

from sapporo_mice.settings import Settings

log = logging.getLogger(__name__)


def run_app(db_url: str | None = None, lang: str | None = None, selftest: bool = False) -> int:
    if selftest:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui import i18n, style
    from ui.qt import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    drive_collection(app, young_until_settled=True)  # before any worker starts
    app.setApplicationName("Sapporo MICE CRM")
    app.setOrganizationName("City of Sapporo")
    settings = Settings()
    lang = _language(settings, lang)
    style.apply(app, lang)
    i18n.setup(lang)
    if selftest:
        return run_selftest(app, settings, lang, db_url)
    ctx = make_context(app, settings, lang)
    _install_error_hook(ctx)
    window = _main_window(ctx)
    from ui.startup import Startup

    startup = Startup(ctx, window, db_url)
    startup.opened.connect(lambda: offer_demo(ctx, window))
    # Opened once the window has painted: the worker's imports would otherwise take the GIL from that paint.
    after_first_paint(window, startup.open)
    return app.exec()


def make_context(app: Any, settings: Settings, lang: str) -> Any:
    """The app's context, before its database is open (``app``: the QApplication, or None)."""
    from ui.context import AppContext
    from ui.jobs import JobRunner

    return AppContext(settings, JobRunner(app), lang, app)


# Every 100 ms. Paced instead (every 25 ms while a worker made objects fast) the steps were shorter while a PDF
# was built (26–43 ms against 50), but the 100k-row list's longest GUI-thread block rose from 33–44 ms to 37–66 ms.
COLLECT_EVERY_MS = 100
_collector: list[Any] = []  # the one timer: the app, or a test session, asks once


def drive_collection(app: Any, *, young_until_settled: bool = False) -> None:
    """Python's cyclic collections on the GUI thread only, made by a timer: a collection on a job's thread
    can destroy a Qt object there and deadlock against the GUI thread (``sapporo_mice.collection`` tells
    how). Each tick makes the collection CPython would have made by then, and none while a bulk load
    holds collection off. ``young_until_settled``: only the youngest generation until ``collection.settle()``
    (the app's start-up, settled once the database is open). Call it before any worker starts."""
    from sapporo_mice import collection
    from ui.qt import QTimer

    if _collector:
        return
    collection.drive_from_caller(young_until_settled=young_until_settled)
    timer = QTimer(app)
    timer.timeout.connect(collection.step)
    timer.start(COLLECT_EVERY_MS)
    _collector.append(timer)


def _language(settings: Settings, requested: str | None) -> str:
    """``--lang`` wins; else the saved language; a first start remembers the OS locale's language."""
    if requested:
        return requested
    language = settings.get("language")
    if settings.stored("language") != language:  # written once, not at every start (a write is an fsync)
        settings.set("language", language)
    return language


def _main_window(ctx: Any) -> Any:
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    if os.environ.get(STARTUP_MARK):
        mark_first_paint(window)
    window.show()
    return window


# ---------------------------------------------------------------- start-up measurement (bench/startup.py)
STARTUP_MARK = "SAPPORO_MICE_STARTUP_MARK"


def mark_first_paint(window: Any) -> None:
    """Once ``window`` has painted for the first time, print ``startup-painted <epoch s> <cpu s>`` on
    stderr and quit the app."""
    import time

    from ui.qt import QApplication

    def report() -> None:
        print(f"startup-painted {time.time():.6f} {time.process_time():.6f}", file=sys.stderr, flush=True)
        QApplication.quit()

    after_first_paint(window, report)


def after_first_paint(window: Any, then: Any) -> None:
    """Call ``then`` once ``window`` has painted for the first time: from a zero timer queued at its first
    paint event, so once that whole paint (the children too) has been done and flushed."""
    from ui.qt import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                _paint_watchers.remove(self)
                QTimer.singleShot(0, then)
            return False

    watcher = FirstPaint(window)
    _paint_watchers.append(watcher)  # its Python side must live until the paint, for its eventFilter to run
    window.installEventFilter(watcher)


_paint_watchers: list[Any] = []


# ---------------------------------------------------------------- opening the database
def ask_after_failure(parent: Any, error: BaseException, url: str | None, lang: str) -> str:
    from sapporo_mice.crm import Crm
    from sapporo_mice.errors import CrmError
    from ui.qt import QCoreApplication, QMessageBox

    text = error.message(lang) if isinstance(error, CrmError) else str(error)
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Startup", "Cannot open the database"),
                      text, parent=parent)
    retry = box.addButton(QCoreApplication.translate("Startup", "Try again"), QMessageBox.ButtonRole.AcceptRole)
    local = None
    if not Crm.resolve_url(url).startswith("sqlite"):
        local = box.addButton(QCoreApplication.translate("Startup", "Use this computer's database"),
                              QMessageBox.ButtonRole.ActionRole)
    box.addButton(QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    return "retry" if clicked is retry else "local" if local is not None and clicked is local else "quit"


# ---------------------------------------------------------------- demo data
def offer_demo(ctx: Any, window: Any) -> None:
    """On a first start with an empty database, offer realistic demo data (once)."""
    if ctx.settings.get("demo_offered"):
        return
    ctx.jobs.run("pick", lambda crm, _c: crm.stats(), owner=window, on_done=lambda stats: _ask_demo(ctx, window, stats))


def _ask_demo(ctx: Any, window: Any, stats: dict[str, int]) -> None:
    from ui.qt import QCoreApplication, QMessageBox

    if any(stats.values()):
        return
    ctx.settings.set("demo_offered", True)
    answer = QMessageBox.question(window, QCoreApplication.translate("Startup", "Demo data"),
                                  QCoreApplication.translate("Startup", "The database is empty. Fill it with "
                                                             "realistic demo data to try the app?"))
    if answer == QMessageBox.StandardButton.Yes:
        load_demo(ctx, window)


def load_demo(ctx: Any, window: Any, scale: float = 1) -> Any:
    """Add demo data on the job runner behind a busy dialog.

    The demo is one transaction of about a second at scale 1, all or nothing, so there is nothing
    to cancel half-way: the dialog has no Cancel button.
    """
    from ui.qt import QCoreApplication, QProgressDialog

    dialog = QProgressDialog(QCoreApplication.translate("Startup", "Creating demo data…"), "", 0, 0, window)
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(0)
    actor = ctx.actor

    def done(changes: Any) -> None:
        dialog.close()
        ctx.publish(changes)

    return ctx.jobs.run("demo", lambda crm, _c: _demo(crm, scale, actor), owner=window, on_done=done,
                        on_error=lambda error: _demo_failed(ctx, dialog, window, error))


def _demo(crm: Any, scale: float, actor: str) -> Any:
    """Add the demo, and say that every list has news."""
    from sapporo_mice.changes import Changes

    crm.add_demo_data(scale=scale, actor=actor)
    changes = Changes()
    for record_type in crm.record_types:
        changes.add(record_type)
    return changes


def _demo_failed(ctx: Any, dialog: Any, window: Any, error: BaseException) -> None:
    from sapporo_mice.errors import CrmError
    from ui.qt import QCoreApplication, QMessageBox

    dialog.close()
    text = error.message(ctx.lang) if isinstance(error, CrmError) else str(error)
    QMessageBox.warning(window, QCoreApplication.translate("Startup", "Demo data"), text)


# ---------------------------------------------------------------- errors and the self-test
def _install_error_hook(ctx: Any) -> None:
    """An unexpected error in a slot is logged and shown, instead of silently lost (or aborting)."""
    from sapporo_mice import paths
    from ui.qt import QApplication, QCoreApplication, QMessageBox

    logging.basicConfig(filename=paths.logs_dir() / "app.log", level=logging.INFO)

    def hook(kind: type, error: BaseException, tb: Any) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        QMessageBox.critical(QApplication.activeWindow(), QCoreApplication.translate("Startup", "Unexpected error"),
                             f"{kind.__name__}: {error}")

    sys.excepthook = hook


def run_selftest(app: Any, settings: Settings, lang: str, db_url: str | None) -> int:
    """Open the main window, show every view once, let their queries finish; 0 when nothing failed."""
    from sapporo_mice.crm import Crm
    from ui.views import AREAS

    failures: list[str] = []
    previous = sys.excepthook
    sys.excepthook = lambda kind, error, tb: failures.append("".join(traceback.format_exception(kind, error, tb)))
    try:
        ctx = make_context(app, settings, lang)
        window = _main_window(ctx)
        ctx.attach(Crm.open(db_url))
        for area in AREAS:
            window.show_area(area.key)
            _settle(app, ctx.jobs)
        window.close()
        _settle(app, ctx.jobs)
        ctx.crm.close()
    except Exception:  # noqa: BLE001 - the self-test reports every failure as its exit code
        failures.append(traceback.format_exc())
    finally:
        sys.excepthook = previous
    for failure in failures:
        print(failure, file=sys.stderr)
    print("selftest: " + ("FAILED" if failures else f"ok ({len(AREAS)} views)"), file=sys.stderr)
    return 1 if failures else 0


def _settle(app: Any, jobs: Any) -> None:
    for _ in range(50):
        app.processEvents()
        if not jobs.active:
            break
        jobs.wait(200)
    app.processEvents()
