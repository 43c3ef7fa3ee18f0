"""The one background-job helper: results and errors come back on the GUI thread, by signal."""

from __future__ import annotations

import threading
import time

import pytest

from ui.jobs import Cancelled, JobRunner
from ui.qt import QThread


@pytest.fixture
def runner(qtbot):
    jobs = JobRunner()
    yield jobs
    jobs.cancel_all()
    jobs.wait(5000)


def test_result_is_delivered_on_the_gui_thread(qtbot, runner):
    gui_thread = QThread.currentThread()
    seen = {}

    def op(control):
        seen["worker"] = threading.current_thread().name
        return 42

    def done(value):
        seen["value"] = value
        seen["on_gui"] = QThread.currentThread() is gui_thread or QThread.currentThread() == gui_thread

    runner.run(op, on_done=done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen["value"] == 42
    assert seen["on_gui"]
    assert seen["worker"] != threading.main_thread().name


def test_errors_come_back_to_on_error_not_raised_in_the_worker(qtbot, runner):
    errors = []
    runner.run(lambda control: 1 / 0, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)


def test_progress_is_reported_and_cancel_stops_the_job(qtbot, runner):
    progress, done, errors = [], [], []
    started = threading.Event()

    def op(control):
        for step in range(1000):
            started.set()
            control.progress(step, 1000, "working")
            time.sleep(0.005)
        return "finished"

    job = runner.run(op, on_done=done.append, on_error=errors.append, on_progress=lambda d, t, m: progress.append(d))
    assert started.wait(5)
    qtbot.waitUntil(lambda: bool(progress), timeout=5000)
    job.cancel()
    qtbot.waitUntil(lambda: not runner.active, timeout=5000)
    assert done == [] and errors == []  # a cancelled job is neither a result nor an error
    assert progress[0] == 0


def test_serial_jobs_run_one_at_a_time_in_order(qtbot, runner):
    order = []
    inside = []

    def make(n):
        def op(control):
            inside.append(n)
            assert len(inside) == 1, "two serial jobs overlapped"
            time.sleep(0.01)
            inside.pop()
            return n
        return op

    for n in range(5):
        runner.run(make(n), on_done=order.append)
    qtbot.waitUntil(lambda: len(order) == 5, timeout=5000)
    assert order == [0, 1, 2, 3, 4]


def test_started_and_finished_signals_track_active_jobs(qtbot, runner):
    with qtbot.waitSignal(runner.finished, timeout=5000):
        job = runner.run(lambda control: None)
        assert job in runner.active  # removed only when its result is delivered on the GUI thread
    assert runner.active == []


def test_cancelled_is_an_exception_the_job_can_raise_itself(qtbot, runner):
    errors = []

    def op(control):
        raise Cancelled()

    runner.run(op, on_error=errors.append)
    qtbot.waitUntil(lambda: not runner.active, timeout=5000)
    assert errors == []


def test_a_cancelled_job_says_so_once_stopped_and_one_asked_too_late_ends_done(qtbot, runner):
    # The import wizard says "nothing was imported" only on on_cancelled: a job past its last check
    # when the cancel comes (a write already under way) must end as done, not as cancelled.
    cancelled, done = [], []
    at_check, past_checks, finish = threading.Event(), threading.Event(), threading.Event()

    def stopped_at_check(control):
        at_check.set()
        finish.wait(5)
        control.check()
        return "not reached"

    def past_its_checks(control):
        control.check()
        past_checks.set()
        finish.wait(5)
        return "written"

    first = runner.run(stopped_at_check, on_done=done.append, on_cancelled=lambda: cancelled.append("first"),
                       serial=False)
    second = runner.run(past_its_checks, on_done=done.append, on_cancelled=lambda: cancelled.append("second"),
                        serial=False)
    assert at_check.wait(5) and past_checks.wait(5)
    first.cancel()
    second.cancel()
    finish.set()
    qtbot.waitUntil(lambda: not runner.active, timeout=5000)
    assert cancelled == ["first"] and done == ["written"]
