"""Start-up: the self-test, the language switch, opening an unreachable database off the GUI thread."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from sapporo_mice.crm import Crm
from sapporo_mice.errors import DatabaseOpenError
from sapporo_mice.settings import Settings
from tests.ui.app_support import make_context, settle
from ui import i18n, style
from ui.app import run_app
from ui.main_window import MainWindow
from ui.qt import QFontDatabase, QTimer
from ui.settings_dialog import SettingsDialog


@pytest.fixture
def translations():
    yield
    i18n.uninstall()


def test_selftest_shows_every_view_and_exits_zero(qtbot, db_url):
    assert run_app(db_url=db_url, lang="en", selftest=True) == 0
    i18n.uninstall()


def test_switching_the_language_in_settings_shows_japanese_after_restart(qtbot, sqlite_crm, translations):
    i18n.setup("en")
    ctx = make_context(sqlite_crm, lang="en")
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.set_value("language", "ja")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.accept()
    assert saved.args == [["language"]] and dialog.needs_restart(saved.args[0])
    assert Settings().get("language") == "ja"
    i18n.setup(Settings().get("language"))  # what the next start does
    window = MainWindow(make_context(sqlite_crm, lang="ja"))
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "札幌 MICE CRM"
    assert [window.nav.item(i).text() for i in range(3)] == ["ホーム", "リード", "誘致案件"]
    assert window.menuBar().actions()[0].text() == "ファイル(&F)"
    settle(qtbot, window.ctx)


def test_dates_and_yen_follow_the_language(qtbot, translations):
    import datetime as dt

    from ui.lists.model import display_text

    i18n.setup("ja")
    assert display_text("date", dt.date(2026, 4, 1)) == "2026/04/01"
    assert display_text("money", 1234567) == "¥1,234,567"
    assert display_text("int", 1234567) == "1,234,567"
    assert display_text("year", 2028) == "2028"  # a graduation year, not 2,028
    assert display_text("enum:FairSector", "food_beverage") == "食品・飲料"
    assert display_text("vocab:industry", "food") == "食品・飲料"
    i18n.setup("en")
    assert display_text("date", dt.date(2026, 4, 1)) == "1 Apr 2026"  # never a US short date (4/1/26)
    assert display_text("enum:FairSector", "food_beverage") == "Food and beverages"
    assert display_text("enum:FairSector", "ワイン") == "ワイン"  # a sector typed in words of its own, as typed
    assert (display_text("vocab:industry", "food"), display_text("vocab:industry", "水産加工")) == ("Food and drink",
                                                                                                  "水産加工")


def test_first_start_takes_the_language_from_the_os_locale(qtbot, monkeypatch):
    from ui.app import _language

    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    settings = Settings()
    assert _language(settings, None) == "ja"
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert _language(Settings(), None) == "ja"  # remembered from the first start


def _silent_server(delay: float) -> tuple[int, threading.Thread]:
    """A loopback port that accepts a connection, says nothing for ``delay`` seconds, then hangs up:
    a server that is there but does not answer, like an office database behind a broken VPN."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)

    def serve() -> None:
        conn, _ = listener.accept()
        time.sleep(delay)
        conn.close()
        listener.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return listener.getsockname()[1], thread


def _open_in_background(qtbot, url, monkeypatch, window=None):
    """Start-up's opening of ``url`` with the window already shown; the failure dialog's answer is "quit"."""
    from ui import app
    from ui.qt import QWidget
    from ui.startup import Startup

    failures = []
    monkeypatch.setattr(app, "ask_after_failure", lambda parent, error, url, lang: failures.append(error) or "quit")
    ctx = app.make_context(None, Settings(), "en")
    window = window or QWidget()
    qtbot.addWidget(window)
    window.show()
    startup = Startup(ctx, window, url)
    startup.keep = window  # the window is the start-up's parent: keep it as long as the start-up is used
    return ctx, startup, failures


def test_unreachable_office_server_fails_clearly_without_freezing_the_window(qtbot, monkeypatch):
    ticks = []
    timer = QTimer(interval=10, timeout=lambda: ticks.append(time.perf_counter()))
    timer.start()
    port, server = _silent_server(0.5)
    ctx, startup, failures = _open_in_background(qtbot, f"postgresql+psycopg://crm@127.0.0.1:{port}/crm", monkeypatch)
    startup.open()
    qtbot.waitUntil(lambda: bool(failures), timeout=15_000)
    timer.stop()
    server.join(5)
    assert isinstance(failures[0], DatabaseOpenError)
    assert "127.0.0.1" in failures[0].message("en")
    assert ctx.crm is None
    # The GUI thread's event loop kept ticking while the connection hung for half a second.
    assert len(ticks) >= 10


def test_the_main_window_paints_first_and_its_views_fill_in_once_the_database_is_open(qtbot, tmp_path, monkeypatch):
    from ui import app
    from ui.app import make_context
    from ui.startup import Startup

    monkeypatch.setattr(app, "ask_after_failure", lambda *args: pytest.fail("the database should open"))
    ctx = make_context(None, Settings(), "en")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    startup = Startup(ctx, window, f"sqlite:///{(tmp_path / 'x.db').as_posix()}")
    assert window.views == {} and "Opening the database" in window.current_view().text()
    assert window.db_label.text() == ""  # the open job's label says it, once
    with qtbot.waitSignal(startup.opened, timeout=15_000):
        startup.open()
    assert isinstance(ctx.crm, Crm)
    assert "home" in window.views and window.current_view() is window.views["home"]
    assert window.db_label.text().startswith("This computer: ")
    settle(qtbot, ctx)
    ctx.crm.close()


def test_start_up_brings_search_rows_an_older_version_wrote_up_to_date(qtbot, tmp_path, monkeypatch):
    from sqlalchemy import text

    from sapporo_mice import maintenance

    url = f"sqlite:///{(tmp_path / 'older.db').as_posix()}"
    crm = Crm.open(url)
    lead = crm.leads.create({"title": "Cheese for Bangkok", "source": "booth"}, actor="tester").id
    with crm.store.db.transaction() as session:  # as a version before the source's words were searchable left it
        session.execute(text("UPDATE search_index SET text = 'cheese for bangkok booth' WHERE record_id = :id"),
                        {"id": lead})
        session.execute(text("DELETE FROM local_state WHERE key = 'search_revision'"))
    crm.close()

    ctx, startup, failures = _open_in_background(qtbot, url, monkeypatch)
    with qtbot.waitSignal(startup.opened, timeout=15_000):
        startup.open()
    settle(qtbot, ctx)
    assert not failures and not maintenance.search_rows_due(ctx.crm.store)
    assert lead in {hit.id for hit in ctx.crm.search.find("見本市ブース")}
    ctx.crm.close()


def test_the_desktop_and_the_cli_open_the_same_database(qtbot, tmp_path, monkeypatch, capsys):
    """--db, then SAPPORO_MICE_DB, then the saved setting, then the default file: for both doors."""
    from sapporo_mice.cli.main import main as cli

    files = {name: tmp_path / f"{name}.db" for name in ("saved", "env", "option")}
    Settings().set("database_url", f"sqlite:///{files['saved'].as_posix()}")

    def desktop(url=None):
        ctx, startup, failures = _open_in_background(qtbot, url, monkeypatch)
        with qtbot.waitSignal(startup.opened, timeout=15_000):
            startup.open()
        where = ctx.crm.location()
        ctx.crm.close()
        return where

    def command_line(*options):
        assert cli([*options, "--json", "init"]) == 0
        return capsys.readouterr().out

    assert desktop() == ("file", files["saved"].as_posix())
    assert files["saved"].name in command_line()
    monkeypatch.setenv("SAPPORO_MICE_DB", f"sqlite:///{files['env'].as_posix()}")
    assert desktop() == ("file", files["env"].as_posix())
    assert files["env"].name in command_line()
    option = f"sqlite:///{files['option'].as_posix()}"
    assert desktop(option) == ("file", files["option"].as_posix())
    assert files["option"].name in command_line("--db", option)


def test_bundled_japanese_font_is_registered(qtbot):
    family = style.ui_font_family()
    assert family in QFontDatabase.families()
    assert QFontDatabase.WritingSystem.Japanese in QFontDatabase.writingSystems(family)


def test_demo_data_loads_in_the_background_and_views_are_told(qtbot, sqlite_crm):
    from ui.app import load_demo
    from ui.qt import QWidget

    ctx = make_context(sqlite_crm)
    window = QWidget()
    qtbot.addWidget(window)
    published = []
    ctx.changed.connect(published.append)
    load_demo(ctx, window, scale=0.05)
    settle(qtbot, ctx, timeout=60_000)
    assert sqlite_crm.stats()["contacts"] > 0
    assert published and published[0].affects("contact", "lead", "fair")


def test_a_second_demo_load_says_why_in_the_users_language(qtbot, sqlite_crm, monkeypatch):
    from sapporo_mice import demo
    from ui import app
    from ui.qt import QMessageBox, QWidget

    demo.generate(sqlite_crm.store, scale=0.05)
    ctx = make_context(sqlite_crm, lang="ja")
    window = QWidget()
    qtbot.addWidget(window)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    app.load_demo(ctx, window, scale=0.05)
    settle(qtbot, ctx, timeout=60_000)
    assert shown and "デモデータがすでにあります" in shown[0]
