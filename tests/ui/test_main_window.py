"""The main window: every view shows, shortcuts in menus, status bar, opening records, remembered state."""

from __future__ import annotations

import inspect
import time

import pytest

from tests.ui.app_support import make_context, settle
from ui import i18n
from ui.main_window import MainWindow
from ui.qt import QKeySequence
from ui.views import AREAS


@pytest.fixture
def ctx(qtbot, crm):
    context = make_context(crm)
    i18n.setup("en")
    yield context
    context.jobs.wait(10_000)
    i18n.uninstall()


def shown_window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, ctx)
    return window


def test_every_area_shows_its_view(qtbot, ctx):
    window = shown_window(qtbot, ctx)
    for area in AREAS:
        view = window.show_area(area.key)
        settle(qtbot, ctx)
        assert window.current_view() is view
        assert window.nav.currentItem().text() == area.title


def test_every_menu_action_shows_a_shortcut(qtbot, ctx):
    window = shown_window(qtbot, ctx)
    for menu in (a.menu() for a in window.menuBar().actions()):
        menu.aboutToShow.emit()
        for action in menu.actions():
            if not action.isSeparator() and action.isEnabled():
                assert not action.shortcut().isEmpty(), action.text()
    shortcuts = {a.text(): a.shortcut().toString() for a in window.menuBar().actions()[0].menu().actions()}
    assert shortcuts["Quick lead…"] == "Ctrl+N"
    assert shortcuts["Search everything…"] == "Ctrl+K"
    assert shortcuts["Settings…"] == "Ctrl+,"


def test_records_menu_lists_the_current_lists_actions(qtbot, ctx):
    window = shown_window(qtbot, ctx)
    window.show_area("leads")
    records = window.records_menu
    records.aboutToShow.emit()
    texts = [a.text() for a in records.actions()]
    assert "Delete" in texts and "Add tag…" in texts
    assert QKeySequence("Ctrl+T") in [a.shortcut() for a in records.actions()]


def test_status_bar_names_the_database_and_the_user(qtbot, ctx):
    window = shown_window(qtbot, ctx)
    assert "tanaka" in window.user_label.text()
    if ctx.crm.store.db.is_sqlite:
        assert window.db_label.text().startswith("This computer: ") and window.db_label.text().endswith(".db")
    else:
        assert window.db_label.text().startswith("Office server: ")


def test_opening_a_record_switches_to_its_area(qtbot, ctx):
    window = shown_window(qtbot, ctx)
    lead = ctx.crm.leads.create({"title": "ASEAN buyers"}, actor="t").id
    ctx.open_record.emit("lead", lead)
    assert window.current_view() is window.views["leads"]
    ctx.open_record.emit("opening", "")
    assert window.current_view().currentWidget() is window.views["talent"].openings


def test_window_remembers_geometry_and_last_view(qtbot, ctx):
    window = shown_window(qtbot, ctx)
    window.show_area("fairs")
    width = 683  # half of a 1366-pixel screen: every view fits it (the test below)
    window.resize(width, 560)
    window.close()
    assert ctx.settings.get("last_view") == "fairs"
    again = shown_window(qtbot, ctx)
    assert again.current_view() is again.views["fairs"]
    # the width as far as the screen allows (the test's offscreen screen is 800 wide)
    assert again.height() == 560 and abs(again.width() - min(width, again.screen().availableGeometry().width())) <= 2


def test_the_window_fits_half_of_a_1366_screen_with_every_view_shown(qtbot, ctx):
    window = shown_window(qtbot, ctx)
    for spec in AREAS:
        window.show_area(spec.key)
        settle(qtbot, ctx)
        assert window.minimumSizeHint().width() <= 683, spec.key
    window.resize(683, 700)
    window.show_area("home")
    settle(qtbot, ctx)
    home = window.current_view()
    assert home.grid.columns < 3  # the cards reflow into fewer columns
    window.show_area("contacts")
    settle(qtbot, ctx)
    toolbar = window.current_view().toolbar
    qtbot.waitUntil(lambda: not window.current_view().actions_button.isVisible())  # folded under »
    assert toolbar.width() < toolbar.sizeHint().width()
    window.resize(1366, 700)
    qtbot.waitUntil(lambda: window.current_view().actions_button.isVisible())
    window.show_area("home")
    settle(qtbot, ctx)
    assert home.grid.columns == 3


def test_job_progress_shows_and_cancel_stops_the_job(qtbot, ctx):
    window = shown_window(qtbot, ctx)
    cancelled = []

    def long_job(crm, control):
        for n in range(200):
            control.progress(n, 200, "Importing")
            time.sleep(0.01)
        return "finished"

    ctx.jobs.run("import", long_job, owner=window, on_error=cancelled.append, subject="x.csv")
    qtbot.waitUntil(lambda: window.job_bar.isVisible() and window.job_bar.maximum() == 200, timeout=3000)
    assert window.cancel_button.isVisible()
    window.cancel_button.click()
    settle(qtbot, ctx)
    assert not window.job_bar.isVisible()


def test_main_window_stays_thin():
    methods = [n for n, v in vars(MainWindow).items() if inspect.isfunction(v)]
    assert len(methods) < 25


def test_a_job_that_finishes_after_the_window_is_gone_touches_nothing_of_it(qtbot, ctx):
    # The window's status bar and its count of unsent changes listened to the job runner, which outlives them,
    # through lambdas that Qt never dropped: a job that finished later touched their deleted labels (RuntimeError).
    from types import SimpleNamespace

    window = MainWindow(ctx)
    window.show()
    settle(qtbot, ctx)
    gone = []
    window.destroyed.connect(lambda *_: gone.append(True))
    window.deleteLater()
    qtbot.waitUntil(lambda: bool(gone))
    job = SimpleNamespace(kind="list", quiet=False)
    ctx.jobs.started.emit(job)  # a slot of the deleted window would raise here, failing the test
    ctx.jobs.finished.emit(job)
    ctx.changed.emit(None)


def test_the_jobs_running_at_once_are_listed_in_the_status_bar_as_japanese_lists_them(qtbot, crm):
    import threading

    i18n.setup("ja")
    context = make_context(crm, lang="ja")
    window = shown_window(qtbot, context)
    release = threading.Event()

    def waiting(_crm, _control):
        release.wait(10)

    try:
        context.jobs.run("import", waiting, owner=window, subject="a.csv", serial=False)
        context.jobs.run("export", waiting, owner=window, subject="b.xlsx", serial=False)
        qtbot.waitUntil(lambda: "、" in window.job_label.text(), timeout=3000)
        assert window.job_label.text() == "a.csvを取り込んでいます、b.xlsxを書き出しています"
    finally:
        release.set()
        settle(qtbot, context)
        i18n.uninstall()


def test_the_go_menu_shows_every_areas_name_as_written(qtbot, ctx):
    """"Students & openings" read "Students _openings": Qt took the & for an Alt key."""
    from ui.views import AREAS

    window = shown_window(qtbot, ctx)
    go = window.menuBar().actions()[1].menu()
    shown = [action.text().replace("&&", "&") for action in go.actions()]
    assert shown == [area.title for area in AREAS] and "Students & openings" in shown
    assert all("&" not in action.text().replace("&&", "") for action in go.actions())  # no Alt key made of them
