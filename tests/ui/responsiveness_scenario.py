"""The responsiveness test's scenario, run in a process of its own (``python -m tests.ui.responsiveness_scenario
ROWS``): a 100k-row contacts list loads, filters, sorts and scrolls while a watchdog timer ticks every 5 ms on
the event loop; the longest gap between ticks is how long the GUI thread was blocked. It prints that as JSON.

Its own process, because what it measures is the app's GUI thread, not the test session's: thousands of tests
in, the session's event loop also serves whatever earlier tests left behind, and the longest gap once read
120 ms there against 40–50 ms alone (75 ms with both cores kept busy by other processes).
"""

from __future__ import annotations

import gc
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable


def main(rows: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not os.environ.get("SAPPORO_MICE_HOME"):  # the test gives its own folder
        os.environ["SAPPORO_MICE_HOME"] = tempfile.mkdtemp(prefix="responsiveness-")
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    from bench.ui_lists import fill_contacts
    from sapporo_mice.crm import Crm
    from tests.ui.app_support import make_context
    from sapporo_mice import collection
    from ui.app import drive_collection
    from ui.lists import RecordListView
    from ui.qt import QApplication, QEventLoop, Qt, QTimer

    warnings: list[str] = []

    def on_message(kind, _context, text) -> None:  # the suite's qt_log_level_fail = WARNING, here
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg and "does not support" not in text:
            warnings.append(text)

    qInstallMessageHandler(on_message)
    _app = QApplication.instance() or QApplication([])  # held for the whole run
    drive_collection(_app)  # as the app does: the GUI thread makes the cyclic collections
    crm = Crm.open(f"sqlite:///{os.environ['SAPPORO_MICE_HOME']}/only.db",
                   device_id="00000000-0000-7000-8000-000000000002")
    fill_contacts(crm.store.db, rows)
    # The fill's collections, made by the GUI thread's timer, would otherwise fall in the measured part (a
    # middle collection of its 125,000 young objects, 40–70 ms); automatic collection made them during the fill.
    gc.collect()
    ctx = make_context(crm)
    collection.settle()  # as the app does once its database is open (ui/startup.py)
    view = RecordListView(ctx, "contact")
    view.resize(1000, 700)

    def wait_until(done: Callable[[], bool], timeout: float = 60) -> None:
        """Let the event loop run (asleep between events, as qtbot's waits do) until ``done()``."""
        deadline = time.monotonic() + timeout
        while not done():
            if time.monotonic() > deadline:
                raise TimeoutError("the list did not answer in time")
            loop = QEventLoop()
            QTimer.singleShot(10, loop.quit)
            loop.exec()

    def answered(action: Callable[[], None]) -> None:
        loaded = []

        def heard(*_args) -> None:
            loaded.append(True)

        view.model.loaded.connect(heard)
        action()
        wait_until(lambda: bool(loaded))
        view.model.loaded.disconnect(heard)
        wait_until(lambda: view.model.rowCount() == 0 or view.model.cached(view.model.record_id(0)) is not None)

    worst, last = [0.0], [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        worst[0] = max(worst[0], (now - last[0]) * 1000)
        last[0] = now

    timer = QTimer(interval=5, timeout=tick)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    last[0] = time.perf_counter()
    timer.start()
    answered(view.show)
    counted = view.model.rowCount()
    for text in ("s", "sato", "佐藤", "札幌", ""):
        answered(lambda t=text: view.model.set_text(t))
    header = view.table.horizontalHeader()
    answered(lambda: header.setSortIndicator(3, Qt.SortOrder.DescendingOrder))  # email: a joined column
    for row in (rows // 2, rows - 1):
        view.table.scrollTo(view.model.index(row, 0))
        view.model.index(row, 0).data()  # what painting the scrolled-to rows asks
        wait_until(lambda r=row: view.model.cached(view.model.record_id(r)) is not None)
    timer.stop()
    ctx.jobs.wait(30_000)
    view.close()
    crm.close()
    return {"worst_ms": round(worst[0], 1), "rows_shown": counted, "warnings": warnings}


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]))))
