"""The desktop's side of safety: the passphrase asked at start, Settings' backup schedule and encryption, a write
that waits (saying so) for another program's lock instead of failing, and messages that quote little of a value."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from sqlalchemy.engine import make_url

from sapporo_mice.crm import Crm
from sapporo_mice.errors import DatabaseBusyError, FieldProblem
from sapporo_mice.settings import Settings
from tests.ui.app_support import make_context, settle
from ui import jobs
from ui.feedback import error_text, problem_text
from ui.qt import QMessageBox, QWidget
from ui.safety.passphrase import NewPassphraseDialog, PassphraseDialog

PASS = "札幌 雪まつり 2027"


@pytest.fixture(autouse=True)
def japanese(qapp):
    """The Japanese catalogues, as a Japanese user's start installs them (into the application: a test
    without qtbot, run on its own, has it made here)."""
    from ui import i18n

    i18n.setup("ja")
    yield
    i18n.uninstall()
ACTOR = "佐藤 花子"


@pytest.fixture
def encrypted_url(tmp_path):
    url = f"sqlite:///{(tmp_path / 'laptop.db').as_posix()}"
    crm = Crm.open(url)
    crm.organizations.create({"name": "株式会社サッポロ食品", "country": "JP"}, actor=ACTOR)
    crm.close()
    Crm.Encryption.convert_url(url, None, PASS)
    return url


def _start(qtbot, url, lang="en"):
    from ui import app
    from ui.startup import Startup

    ctx = app.make_context(None, Settings(), lang)
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    startup = Startup(ctx, window, url)
    startup.keep = window
    return ctx, window, startup


def _dialog(qtbot, startup) -> PassphraseDialog:
    qtbot.waitUntil(lambda: startup.passphrase_dialog is not None, timeout=15_000)
    return startup.passphrase_dialog


# ------------------------------------------------------------------------------------ passphrase at start
def test_an_encrypted_database_asks_for_its_passphrase_again_after_a_wrong_one_then_opens(qtbot, encrypted_url):
    ctx, _window, startup = _start(qtbot, encrypted_url, "ja")
    startup.open()
    dialog = _dialog(qtbot, startup)
    assert dialog.isVisible() and dialog.field.echoMode() == dialog.field.EchoMode.Password
    assert not dialog.problem_label.isVisible()  # the first time: no problem to show
    dialog.field.setText("まちがい passphrase")
    dialog.accept()
    qtbot.waitUntil(lambda: startup.passphrase_dialog not in (None, dialog), timeout=15_000)
    again = startup.passphrase_dialog
    assert "このパスフレーズではデータベース" in again.problem_label.text()
    again.field.setText("")
    again.accept()  # empty: refused in the dialog itself, which stays open
    assert again.isVisible() and again.problem_label.text()
    again.field.setText(PASS)
    with qtbot.waitSignal(startup.opened, timeout=15_000):
        again.accept()
    assert ctx.crm.encryption.encrypted and startup.passphrase is None
    settle(qtbot, ctx)
    ctx.crm.close()


def test_quitting_at_the_passphrase_closes_the_window(qtbot, encrypted_url):
    ctx, window, startup = _start(qtbot, encrypted_url)
    startup.open()
    _dialog(qtbot, startup).reject()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
    assert ctx.crm is None


def test_the_environments_passphrase_opens_without_asking(qtbot, encrypted_url, monkeypatch):
    monkeypatch.setenv("SAPPORO_MICE_PASSPHRASE", PASS)
    ctx, _window, startup = _start(qtbot, encrypted_url)
    with qtbot.waitSignal(startup.opened, timeout=15_000):
        startup.open()
    assert startup.passphrase_dialog is None and ctx.crm.encryption.encrypted
    settle(qtbot, ctx)
    ctx.crm.close()


# ------------------------------------------------------------------------------------------- Settings
@pytest.fixture
def section(qtbot, sqlite_crm):
    from ui.settings_dialog import SettingsDialog

    ctx = make_context(sqlite_crm, lang="ja")
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.safety.encrypted is not None, timeout=15_000)
    yield dialog.safety
    settle(qtbot, ctx)


def _new_passphrase(qtbot, section, first: str, second: str) -> NewPassphraseDialog:
    qtbot.waitUntil(lambda: section.dialog is not None, timeout=5_000)
    section.dialog.first.setText(first)
    section.dialog.second.setText(second)
    return section.dialog


def test_settings_encrypts_changes_the_passphrase_and_decrypts_this_computers_database(qtbot, section, monkeypatch):
    crm = section.ctx.crm
    assert section.encrypt_button.isVisibleTo(section) and not section.decrypt_button.isVisibleTo(section)
    assert "暗号化されていません" in section.state_label.text()

    section.encrypt_button.click()
    dialog = _new_passphrase(qtbot, section, "short", "short")
    dialog.accept()
    assert dialog.isVisible() and "8 文字以上" in dialog.problem_label.text()
    dialog.first.setText(PASS)
    dialog.accept()
    assert dialog.isVisible() and "一致しません" in dialog.problem_label.text()
    dialog.second.setText(PASS)
    with qtbot.waitSignal(section.converted, timeout=30_000) as done:
        dialog.accept()
    assert done.args[0] is True, done.args
    qtbot.waitUntil(lambda: section.encrypted is True, timeout=15_000)
    assert crm.encryption.encrypted and "暗号化されています" in section.state_label.text()
    assert section.change_button.isVisibleTo(section) and not section.encrypt_button.isVisibleTo(section)
    assert crm.stats()["organizations"] == 0  # the CRM keeps working on the encrypted file

    qtbot.waitUntil(section.change_button.isEnabled, timeout=15_000)  # once the state was read again
    section.change_button.click()
    dialog = _new_passphrase(qtbot, section, "otaru canal at night", "otaru canal at night")
    with qtbot.waitSignal(section.converted, timeout=30_000) as done:
        dialog.accept()
    assert done.args == [True, "パスフレーズを変更しました。バックアップ 1 件も変換しました。"]  # the copy kept at encryption

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(section.decrypt_button.isEnabled, timeout=15_000)
    with qtbot.waitSignal(section.converted, timeout=30_000) as done:
        section.decrypt_button.click()
    assert done.args[0] is True
    qtbot.waitUntil(lambda: section.encrypted is False, timeout=15_000)
    assert not crm.encryption.encrypted


def test_settings_shows_and_saves_the_backup_schedule(qtbot, section):
    assert section.keep_daily.value() == 7 and section.keep_weekly.value() == 4
    assert "保存先" in section.backups_label.text() and "まだありません" in section.backups_label.text()
    section.keep_daily.setValue(10)
    section.keep_weekly.setValue(8)
    dialog = section.parent()
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.accept()
    assert {"backup_keep_daily", "backup_keep_weekly"} <= set(saved.args[0])
    assert Settings().get("backup_keep_daily") == 10 and Settings().get("backup_keep_weekly") == 8


def test_the_office_server_offers_no_encryption(qtbot, postgres_server):
    from ui.settings_dialog import SettingsDialog

    crm = Crm.open(postgres_server.create_database("ui_no_encryption"))
    try:
        ctx = make_context(crm)
        dialog = SettingsDialog(ctx)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: "管理者" in dialog.safety.state_label.text(), timeout=15_000)
        assert not any(button.isVisibleTo(dialog.safety) for button in dialog.safety.buttons())
        assert "管理者がバックアップ" in dialog.safety.backups_label.text()
        settle(qtbot, ctx)
    finally:
        crm.close()


# ------------------------------------------------------------------------------------- busy and locked
@pytest.fixture
def locked(sqlite_crm):
    """Another program holding this computer's database's write lock until released."""
    other = sqlite3.connect(make_url(sqlite_crm.store.db.url).database, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


def test_a_save_waits_for_another_programs_lock_saying_so_then_saves(qtbot, sqlite_crm, locked):
    ctx = make_context(sqlite_crm, lang="ja")
    owner = QWidget()
    qtbot.addWidget(owner)
    said, done = [], []
    threading.Timer(1.2, lambda: locked.execute("COMMIT")).start()
    ctx.jobs.run("save", lambda crm, _c: crm.organizations.create({"name": "待ってから保存"}, actor=ACTOR),
                 owner=owner, on_progress=lambda d, t, m: said.append(m), on_done=done.append,
                 on_error=lambda e: pytest.fail(f"the save failed: {e!r}"))
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    assert said and said[0].startswith("別のプログラムがこのデータベースに書き込み中です") and "最大 60 秒" in said[0]
    assert sqlite_crm.stats()["organizations"] == 1


def test_a_save_gives_up_past_the_bound_with_a_clear_message_and_writes_nothing(qtbot, sqlite_crm, locked,
                                                                                   monkeypatch):
    monkeypatch.setattr(jobs, "LOCK_WAIT_S", 1.0)
    ctx = make_context(sqlite_crm, lang="ja")
    owner = QWidget()
    qtbot.addWidget(owner)
    said, failed = [], []
    started = time.monotonic()
    ctx.jobs.run("save", lambda crm, _c: crm.organizations.create({"name": "保存されない"}, actor=ACTOR),
                 owner=owner, on_progress=lambda d, t, m: said.append(m), on_error=failed.append)
    qtbot.waitUntil(lambda: bool(failed), timeout=20_000)
    assert 0.9 < time.monotonic() - started < 8
    assert isinstance(failed[0], DatabaseBusyError) and said
    assert "Traceback" not in error_text(failed[0], "ja") and error_text(failed[0], "ja") != error_text(failed[0], "en")
    locked.execute("ROLLBACK")
    assert sqlite_crm.stats()["organizations"] == 0
    # the connection is usable afterwards: its busy timeout is back, the next save goes through
    ctx.jobs.run("save", lambda crm, _c: crm.organizations.create({"name": "次は保存"}, actor=ACTOR), owner=owner)
    settle(qtbot, ctx)
    assert sqlite_crm.stats()["organizations"] == 1


def test_cancel_stops_the_wait_and_the_write_is_not_made(qtbot, sqlite_crm, locked):
    ctx = make_context(sqlite_crm)
    owner = QWidget()
    qtbot.addWidget(owner)
    cancelled = []
    job = ctx.jobs.run("save", lambda crm, _c: crm.organizations.create({"name": "取り消し"}, actor=ACTOR),
                       owner=owner, on_progress=lambda *_: job.cancel(), on_cancelled=lambda: cancelled.append(1),
                       on_error=lambda e: pytest.fail(f"not cancelled: {e!r}"))
    qtbot.waitUntil(lambda: bool(cancelled), timeout=20_000)
    locked.execute("ROLLBACK")
    assert sqlite_crm.stats()["organizations"] == 0


# ------------------------------------------------------------------------------------------- messages
def test_messages_quote_at_most_about_a_hundred_characters_of_a_bad_value():
    huge = "x" * 5000
    text = problem_text(FieldProblem("email", "field.email_invalid", huge, {}), "ja", "国")
    assert "x" * 100 in text and "x" * 101 not in text and len(text) < 300
    assert len(error_text(ValueError("bad value " + huge), "en")) < 120


def test_a_form_lists_an_enums_choices_by_their_labels_in_japanese():
    from sapporo_mice.enums import OrgKind
    from sapporo_mice.validation.fields import EnumChoices

    problem = FieldProblem("kind", "field.enum_invalid", "取引先", {"allowed": EnumChoices(OrgKind)})
    assert "市内企業（local_company）、" in problem_text(problem, "ja", "区分")
    assert "Local company (local_company), Overseas buyer (overseas_buyer)" in problem_text(problem, "en", "Type")


def test_on_the_office_server_a_save_blocked_by_a_colleague_waits_saying_so_then_saves(qtbot, postgres_server):
    from sqlalchemy import create_engine, text

    url = postgres_server.create_database("ui_row_lock")
    crm = Crm.open(url)
    engine = create_engine(url)
    try:
        org = crm.organizations.create({"name": "株式会社行ロック"}, actor=ACTOR)
        colleague = engine.connect()
        transaction = colleague.begin()
        colleague.execute(text("UPDATE organizations SET notes = 'editing' WHERE id = :id"), {"id": org.id})
        ctx = make_context(crm, lang="ja")
        owner = QWidget()
        qtbot.addWidget(owner)
        said, done = [], []

        def heard(_done, _total, message):
            said.append(message)
            if transaction.is_active:
                transaction.rollback()  # the colleague saves (here: gives up) while the job waits

        ctx.jobs.run("save", lambda c, _x: c.organizations.update(org.id, {"name": "待って更新"}, actor=ACTOR,
                                                                 expected_version=org.record["version"]),
                     owner=owner, on_progress=heard, on_done=done.append,
                     on_error=lambda e: pytest.fail(f"the save failed: {e!r}"))
        qtbot.waitUntil(lambda: bool(done), timeout=30_000)
        colleague.close()
        assert said and said[0].startswith("別のプログラムがこのデータベースに書き込み中です")
        assert crm.organizations.get(org.id)["name"] == "待って更新"
    finally:
        engine.dispose()
        crm.close()


def test_on_the_office_server_a_job_that_saved_a_part_waits_for_the_lock_and_cancel_stops_it(qtbot,
                                                                                               postgres_server):
    """A job past its first commit cannot be run again: its blocked write waits in place, saying so, and Cancel
    stops it there; the part saved before stays, the blocked write is not made."""
    from sqlalchemy import create_engine, text

    url = postgres_server.create_database("ui_row_lock_part")
    crm = Crm.open(url)
    engine = create_engine(url)
    colleague = engine.connect()
    try:
        org = crm.organizations.create({"name": "株式会社途中"}, actor=ACTOR)
        ctx = make_context(crm, lang="ja")
        owner = QWidget()
        qtbot.addWidget(owner)
        said, cancelled = [], []

        def two_steps(c, _control):
            c.contacts.create({"family_name": "先に保存"}, actor=ACTOR)
            transaction = colleague.begin()
            colleague.execute(text("UPDATE organizations SET notes = 'editing' WHERE id = :id"), {"id": org.id})
            said.append(transaction)
            c.organizations.update(org.id, {"name": "保存されない"}, actor=ACTOR,
                                   expected_version=org.record["version"])

        job = ctx.jobs.run("save", two_steps, owner=owner,
                           on_progress=lambda _d, _t, m: (said.append(m), job.cancel()),
                           on_cancelled=lambda: cancelled.append(1),
                           on_error=lambda e: pytest.fail(f"not cancelled: {e!r}"))
        qtbot.waitUntil(lambda: bool(cancelled), timeout=30_000)
        assert any(isinstance(m, str) and m.startswith("別のプログラムがこのデータベースに書き込み中です") for m in said)
        said[0].rollback()
        assert crm.stats()["contacts"] == 1 and crm.organizations.get(org.id)["name"] == "株式会社途中"
    finally:
        colleague.close()
        engine.dispose()
        crm.close()


def test_restoring_an_encrypted_backup_asks_for_its_passphrase(qtbot, tmp_path, monkeypatch):
    """The database was decrypted since (or the backup came from another laptop): the backup's passphrase is
    asked, a wrong one is said, the right one restores."""
    from ui.backups_dialog import BackupsDialog

    url = f"sqlite:///{(tmp_path / 'laptop.db').as_posix()}"
    crm = Crm.open(url)
    crm.organizations.create({"name": "株式会社バックアップ時"}, actor=ACTOR)
    crm.encryption.encrypt(PASS)
    made = crm.maintenance.backup(tmp_path / "enc.bak")
    crm.encryption.decrypt()
    crm.organizations.create({"name": "復元で消える"}, actor=ACTOR)
    ctx = make_context(crm, lang="ja")
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    asked, restored = [], []
    monkeypatch.setattr(dialog, "confirm_restore", lambda info: asked.append(info) or True)
    monkeypatch.setattr(dialog, "quit_app", lambda text: restored.append(text))
    dialog.restore_from(made.file)
    qtbot.waitUntil(lambda: dialog.passphrase_dialog is not None, timeout=15_000)
    first = dialog.passphrase_dialog
    assert "暗号化されたバックアップ" == first.windowTitle()
    first.field.setText("まちがい passphrase")
    first.accept()
    qtbot.waitUntil(lambda: dialog.passphrase_dialog not in (None, first), timeout=15_000)
    again = dialog.passphrase_dialog
    assert "このパスフレーズでは" in again.problem_label.text()
    again.field.setText(PASS)
    again.accept()
    qtbot.waitUntil(lambda: bool(restored), timeout=30_000)
    assert asked[0].encrypted and asked[0].counts["organizations"] == 1
    settle(qtbot, ctx)
    reopened = Crm.open(url)  # restored into the plain database, as the database now is
    try:
        assert not reopened.encryption.encrypted and reopened.stats()["organizations"] == 1
    finally:
        reopened.close()
