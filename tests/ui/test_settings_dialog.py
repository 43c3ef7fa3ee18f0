"""Settings, generated from the registry: every visible setting, country checked, connection test."""

from __future__ import annotations

import pytest

from sapporo_mice.settings import REGISTRY
from tests.ui.app_support import make_context
from ui.settings_dialog import SettingsDialog


@pytest.fixture
def dialog(qtbot, sqlite_crm):
    ctx = make_context(sqlite_crm)
    shown = SettingsDialog(ctx)
    qtbot.addWidget(shown)
    yield shown
    ctx.jobs.wait(20_000)


def test_dialog_has_a_field_for_every_visible_setting(dialog):
    assert set(dialog.editors) == {key for key, s in REGISTRY.items() if not s.hidden}


def test_saving_cleans_the_country_and_stores_the_user(qtbot, dialog):
    dialog.set_value("default_country", "sgp")
    dialog.set_value("user_name", "鈴木")
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    assert dialog.ctx.settings.get("default_country") == "SG"
    assert dialog.ctx.settings.get("user_name") == "鈴木"


def test_an_unknown_country_is_refused_with_a_reason(qtbot, dialog):
    dialog.set_value("default_country", "Atlantis")
    dialog.accept()
    assert dialog.problem_label.text()
    assert dialog.ctx.settings.get("default_country") == "JP"


def test_connection_test_reports_an_unreachable_server(qtbot, dialog):
    dialog.set_value("database_url", "postgresql://crm@127.0.0.1:1/crm")
    with qtbot.waitSignal(dialog.connection_tested, timeout=20_000) as tested:
        dialog.test_connection()
    assert tested.args[0] is False
    assert "127.0.0.1" in tested.args[1]


def test_connection_test_accepts_a_working_database(qtbot, dialog, tmp_path):
    dialog.show()
    assert not dialog.connection_label.isVisible()  # no empty line under the URL before a test says something
    dialog.set_value("database_url", f"sqlite:///{(tmp_path / 'office.db').as_posix()}")
    with qtbot.waitSignal(dialog.connection_tested, timeout=20_000) as tested:
        dialog.test_connection()
    assert tested.args[0] is True
    assert dialog.connection_label.isVisible() and dialog.connection_label.text()


def test_the_default_country_is_shown_by_its_name(dialog, monkeypatch):
    combo = dialog.editors["default_country"]
    assert combo.currentData() == dialog.ctx.settings.get("default_country") == "JP"
    assert combo.currentText() not in ("JP", "")  # a name (日本 / Japan), never the code
    dialog.set_value("default_country", "TH")
    assert dialog.value("default_country") == "TH"


@pytest.mark.parametrize("stored, in_use", [("en", "ja"), ("ja", "en")])
def test_the_language_shown_is_the_one_in_use(qtbot, sqlite_crm, stored, in_use):
    ctx = make_context(sqlite_crm, lang=in_use)
    ctx.settings.set("language", stored)
    shown = SettingsDialog(ctx)
    qtbot.addWidget(shown)
    combo = shown.editors["language"]
    assert combo.currentData() == in_use
    assert combo.currentText() == {"ja": "日本語", "en": "English"}[in_use]
    with qtbot.waitSignal(shown.saved) as saved:
        shown.accept()  # untouched: the stored choice stays (``--lang`` was for this run)
    assert "language" not in saved.args[0]
    assert ctx.settings.get("language") == stored
    ctx.jobs.wait(20_000)
