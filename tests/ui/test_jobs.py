"""The one background-job helper: results and errors come back on the GUI thread, by signal."""

from __future__ import annotations

import threading
import time

import pytest

from ui.jobs import Cancelled, JobRunner
from ui.qt import QObject, QThread, isValid

CRM = object()  # what the jobs are handed: the runner does not care what it is


@pytest.fixture
def owner(qtbot):
    return QObject()


@pytest.fixture
def runner(qtbot):
    jobs = JobRunner(crm=CRM)
    yield jobs
    jobs.cancel_all()
    jobs.wait(5000)


def test_result_is_delivered_on_the_gui_thread(qtbot, runner, owner):
    gui_thread = QThread.currentThread()
    seen = {}

    def op(crm, control):
        seen["worker"] = threading.current_thread().name
        seen["crm"] = crm
        return 42

    def done(value):
        seen["value"] = value
        seen["on_gui"] = QThread.currentThread() is gui_thread or QThread.currentThread() == gui_thread

    runner.run("list", op, owner=owner, on_done=done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen["value"] == 42
    assert seen["on_gui"]
    assert seen["worker"] != threading.main_thread().name
    assert seen["crm"] is CRM  # every job is handed the CRM


def test_errors_come_back_to_on_error_not_raised_in_the_worker(qtbot, runner, owner):
    errors = []
    runner.run("list", lambda crm, control: 1 / 0, owner=owner, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)


def test_progress_is_reported_and_cancel_stops_the_job(qtbot, runner, owner):
    progress, done, errors = [], [], []
    started = threading.Event()

    def op(crm, control):
        for step in range(1000):
            started.set()
            control.progress(step, 1000, "working")
            time.sleep(0.005)
        return "finished"

    job = runner.run("list", op, owner=owner, on_done=done.append, on_error=errors.append, on_progress=lambda d, t, m: progress.append(d))
    assert started.wait(5)
    qtbot.waitUntil(lambda: bool(progress), timeout=5000)
    job.cancel()
    qtbot.waitUntil(lambda: not runner.active, timeout=5000)
    assert done == [] and errors == []  # a cancelled job is neither a result nor an error
    assert progress[0] == 0


def test_serial_jobs_run_one_at_a_time_in_order(qtbot, runner, owner):
    order = []
    inside = []

    def make(n):
        def op(crm, control):
            inside.append(n)
            assert len(inside) == 1, "two serial jobs overlapped"
            time.sleep(0.01)
            inside.pop()
            return n
        return op

    for n in range(5):
        runner.run("list", make(n), owner=owner, on_done=order.append)
    qtbot.waitUntil(lambda: len(order) == 5, timeout=5000)
    assert order == [0, 1, 2, 3, 4]


def test_started_and_finished_signals_track_active_jobs(qtbot, runner, owner):
    with qtbot.waitSignal(runner.finished, timeout=5000):
        job = runner.run("list", lambda crm, control: None, owner=owner)
        assert job in runner.active  # removed only when its result is delivered on the GUI thread
    assert runner.active == []


def test_cancelled_is_an_exception_the_job_can_raise_itself(qtbot, runner, owner):
    errors = []

    def op(crm, control):
        raise Cancelled()

    runner.run("list", op, owner=owner, on_error=errors.append)
    qtbot.waitUntil(lambda: not runner.active, timeout=5000)
    assert errors == []


def test_a_cancelled_job_says_so_once_stopped_and_one_asked_too_late_ends_done(qtbot, runner, owner):
    # The import wizard says "nothing was imported" only on on_cancelled: a job past its last check
    # when the cancel comes (a write already under way) must end as done, not as cancelled.
    cancelled, done = [], []
    at_check, past_checks, finish = threading.Event(), threading.Event(), threading.Event()

    def stopped_at_check(crm, control):
        at_check.set()
        finish.wait(5)
        control.check()
        return "not reached"

    def past_its_checks(crm, control):
        control.check()
        past_checks.set()
        finish.wait(5)
        return "written"

    first = runner.run("list", stopped_at_check, owner=owner, on_done=done.append, on_cancelled=lambda: cancelled.append("first"),
                       serial=False)
    second = runner.run("list", past_its_checks, owner=owner, on_done=done.append, on_cancelled=lambda: cancelled.append("second"),
                        serial=False)
    assert at_check.wait(5) and past_checks.wait(5)
    first.cancel()
    second.cancel()
    finish.set()
    qtbot.waitUntil(lambda: not runner.active, timeout=5000)
    assert cancelled == ["first"] and done == ["written"]


def test_jobs_asked_for_before_the_crm_opens_wait_then_run_in_order(qtbot, owner):
    runner = JobRunner()
    done = []
    for n in range(3):
        runner.run("list", lambda crm, _c, n=n: (n, crm), owner=owner, on_done=done.append)
    qtbot.wait(100)
    assert done == [] and len(runner.active) == 3  # nothing runs without the CRM; they count as active
    runner.attach(CRM)
    qtbot.waitUntil(lambda: len(done) == 3, timeout=5000)
    assert done == [(0, CRM), (1, CRM), (2, CRM)]
    runner.wait(5000)


def test_the_result_is_dropped_when_its_owner_is_gone(qtbot, runner):
    owner, release, done, errors = QObject(), threading.Event(), [], []

    def op(crm, control):
        release.wait(5)
        return "late"

    runner.run("list", op, owner=owner, on_done=done.append)
    runner.run("list", lambda crm, _c: 1 / 0, owner=owner, on_error=errors.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not isValid(owner), timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: not runner.active, timeout=5000)
    assert done == [] and errors == []


def test_every_job_has_a_translated_label_and_an_unknown_kind_is_refused(qtbot, runner, owner):
    from ui.jobs import LABELS, job_label

    assert all(job_label(kind, "X") for kind in LABELS)
    with pytest.raises(KeyError):
        runner.run("something new", lambda crm, _c: None, owner=owner)


def test_a_jobs_cyclic_garbage_is_collected_on_the_gui_thread_not_on_its_worker(qtbot, runner, owner):
    """A collection on a worker can destroy a Qt object there and deadlock against the GUI thread (a suite
    run hung so): the GUI thread's timer makes every collection (``ui.app.drive_collection``, installed for the
    tests as for the app)."""
    freed_on_gui = []

    class Cycle:
        def __init__(self) -> None:
            self.me = self

        def __del__(self) -> None:
            freed_on_gui.append(threading.current_thread() is threading.main_thread())

    def op(crm, control):
        for _ in range(3000):  # four times CPython's threshold: undriven, the worker would collect
            Cycle()
        return True

    done = []
    runner.run("list", op, owner=owner, on_done=done.append)
    qtbot.waitUntil(lambda: len(freed_on_gui) == 3000, timeout=10000)
    assert done == [True] and all(freed_on_gui)
