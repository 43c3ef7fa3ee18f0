"""Application start-up: QApplication, fonts, translations, opening the database, the main window.

The database opens on the job runner, never on the GUI thread: an unreachable office server must
not freeze the window. A failure gets a clear dialog that offers the local file instead. An empty
database on first start gets an offer of demo data. ``--selftest`` shows every view once, offscreen.
"""

from __future__ import annotations

import gc
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
    app.setApplicationName("Sapporo MICE CRM")
    app.setOrganizationName("City of Sapporo")
    settings = Settings()
    lang = _language(settings, lang)
    style.apply(app)
    i18n.setup(lang)
    if selftest:
        return run_selftest(app, settings, lang, db_url)
    ctx = open_context(settings, lang, db_url)
    if ctx is None:
        return 1
    _install_error_hook(ctx)
    window = _main_window(ctx)
    settle_memory()
    offer_demo(ctx, window)
    return app.exec()


def settle_memory() -> None:
    """Put everything built at start-up out of the garbage collector's sight (``gc.freeze``).

    A full collection walked every module, widget and mapped class: 50–70 ms on whichever thread
    tripped it, at moments such as a keystroke in a 100k list (bench/ui_lists). Start-up objects live
    as long as the app does, so there is nothing to collect among them; later objects are collected
    as usual.
    """
    gc.collect()
    gc.freeze()


def _language(settings: Settings, requested: str | None) -> str:
    """``--lang`` wins; else the saved language; a first start remembers the OS locale's language."""
    if requested:
        return requested
    language = settings.get("language")
    settings.set("language", language)
    return language


def _main_window(ctx: Any) -> Any:
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    window.show()
    return window


# ---------------------------------------------------------------- opening the database
def open_crm_in_background(url: str | None, jobs: Any) -> Any:
    """Open ``url`` on the job runner while the GUI thread keeps painting; returns Crm or the error."""
    from sapporo_mice.crm import Crm
    from ui.qt import QEventLoop

    loop, outcome = QEventLoop(), {}

    def finish(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    jobs.run(lambda _c: Crm.open(url), on_done=lambda crm: finish("crm", crm),
             on_error=lambda error: finish("error", error), label="open")
    if not outcome:
        loop.exec()
    return outcome.get("crm") or outcome["error"]


def open_context(settings: Settings, lang: str, db_url: str | None) -> Any:
    """The AppContext on an open database, asking the user what to do when it cannot be opened."""
    from ui.context import AppContext
    from ui.jobs import JobRunner
    from ui.qt import QApplication

    jobs = JobRunner(QApplication.instance())
    url = db_url or settings.get("database_url") or None
    while True:
        opened = _open_with_notice(url, jobs)
        if not isinstance(opened, BaseException):
            return AppContext(opened, settings, jobs, lang, QApplication.instance())
        choice = _ask_after_failure(opened, url, lang)
        if choice == "quit":
            return None
        if choice == "local":
            url = None
            settings.set("database_url", "")


def _open_with_notice(url: str | None, jobs: Any) -> Any:
    from ui.qt import QApplication, QCoreApplication, QProgressDialog

    notice = QProgressDialog(QCoreApplication.translate("Startup", "Opening the database…"), "", 0, 0)
    notice.setCancelButton(None)
    notice.setMinimumDuration(300)
    try:
        return open_crm_in_background(url, jobs)
    finally:
        notice.close()
        QApplication.processEvents()


def _ask_after_failure(error: BaseException, url: str | None, lang: str) -> str:
    from sapporo_mice.errors import CrmError
    from ui.qt import QCoreApplication, QMessageBox

    text = error.message(lang) if isinstance(error, CrmError) else str(error)
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Startup", "Cannot open the database"),
                      text)
    retry = box.addButton(QCoreApplication.translate("Startup", "Try again"), QMessageBox.ButtonRole.AcceptRole)
    local = None
    if url and not url.startswith("sqlite"):
        local = box.addButton(QCoreApplication.translate("Startup", "Use this computer's database"),
                              QMessageBox.ButtonRole.ActionRole)
    box.addButton(QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    return "retry" if clicked is retry else "local" if local is not None and clicked is local else "quit"


# ---------------------------------------------------------------- demo data
def offer_demo(ctx: Any, window: Any) -> None:
    """On a first start with an empty database, offer realistic demo data (once)."""
    from ui.qt import QCoreApplication, QMessageBox

    if ctx.settings.get("demo_offered") or any(ctx.crm.stats().values()):
        return
    ctx.settings.set("demo_offered", True)
    answer = QMessageBox.question(window, QCoreApplication.translate("Startup", "Demo data"),
                                  QCoreApplication.translate("Startup", "The database is empty. Fill it with "
                                                             "realistic demo data to try the app?"))
    if answer == QMessageBox.StandardButton.Yes:
        load_demo(ctx, window)


def load_demo(ctx: Any, window: Any, scale: int = 1) -> Any:
    """Run ``sapporo_mice.demo.generate`` on the job runner behind a busy dialog.

    The demo is one transaction of about a second at scale 1, all or nothing, so there is nothing
    to cancel half-way: the dialog has no Cancel button.
    """
    from ui.qt import QCoreApplication, QProgressDialog

    dialog = QProgressDialog(QCoreApplication.translate("Startup", "Creating demo data…"), "", 0, 0, window)
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(0)
    crm, actor = ctx.crm, ctx.actor

    def generate(_control: Any) -> Any:
        from sapporo_mice import demo

        return demo.generate(crm, scale=scale, actor=actor)

    def done(_counts: Any) -> None:
        dialog.close()
        ctx.publish(_everything())

    return ctx.jobs.run(generate, on_done=done, on_error=lambda error: _demo_failed(ctx, dialog, window, error),
                        label=QCoreApplication.translate("Startup", "Demo data"))


def _everything() -> Any:
    from sapporo_mice.changes import Changes
    from sapporo_mice.listing import SPECS

    changes = Changes()
    for record_type in SPECS:
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
    from ui.context import AppContext
    from ui.jobs import JobRunner
    from ui.views import AREAS

    failures: list[str] = []
    previous = sys.excepthook
    sys.excepthook = lambda kind, error, tb: failures.append("".join(traceback.format_exception(kind, error, tb)))
    try:
        jobs = JobRunner(app)
        ctx = AppContext(Crm.open(db_url or settings.get("database_url") or None), settings, jobs, lang, app)
        window = _main_window(ctx)
        for area in AREAS:
            window.show_area(area.key)
            _settle(app, jobs)
        window.close()
        _settle(app, jobs)
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
