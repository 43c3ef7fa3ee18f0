"""File ▸ Backups and database check: back up now, restore with a confirmation that names the backup's date
and counts (then the app closes), and the check's report with its Repair button; every call on the job runner."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from sapporo_mice.crm import Crm
from tests.ui.app_support import make_context, settle
from ui import i18n
from ui.backups_dialog import BackupsDialog
from ui.main_window import MainWindow
from ui.qt import QFileDialog

ACTOR = "tanaka"


@pytest.fixture
def ctx(qtbot, crm):
    context = make_context(crm, user=ACTOR)
    i18n.setup("en")
    yield context
    context.jobs.wait(20_000)
    i18n.uninstall()


@pytest.fixture
def dialog(qtbot, ctx):
    shown = BackupsDialog(ctx)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def contacts(crm) -> int:
    return crm.stats()["contacts"]


def test_back_up_now_writes_the_chosen_file_on_the_job_runner(qtbot, ctx, dialog, tmp_path, monkeypatch):
    target = tmp_path / "mine.bak"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: asked.append(args) or (str(target), "")))
    ctx.crm.contacts.create({"family_name": "山田"}, actor=ACTOR)
    dialog.backup_button.click()
    assert not dialog.backup_button.isEnabled()  # busy while the job runs
    settle(qtbot, ctx)
    assert target.exists() and ctx.crm.maintenance.describe(target).counts["contacts"] == 1
    assert asked and asked[0][2].startswith(str(tmp_path.home()))  # a dated name in the home folder to start with
    assert dialog.status.text().startswith(f"Backed up to {target} (")
    assert dialog.backup_button.isEnabled()


def test_a_backup_into_a_missing_folder_says_which(qtbot, ctx, dialog, tmp_path):
    missing = tmp_path / "gone"
    dialog.backup_to(missing / "b.bak")
    settle(qtbot, ctx)
    assert dialog.status.text().startswith("Failed: The folder") and str(missing) in dialog.status.text()


def test_restore_asks_with_the_backups_date_and_counts_then_restores_and_closes_the_app(qtbot, ctx, dialog, tmp_path,
                                                                                        monkeypatch):
    crm = ctx.crm
    crm.contacts.create({"family_name": "山田"}, actor=ACTOR)
    backup = crm.maintenance.backup(tmp_path / "b.bak").file
    crm.contacts.create({"family_name": "後藤"}, actor=ACTOR)
    questions, closed = [], []
    monkeypatch.setattr(dialog, "confirm_restore", lambda info: questions.append(dialog.restore_question(info)) or True)
    monkeypatch.setattr(dialog, "quit_app", closed.append)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args: (str(backup), "")))

    dialog.restore_button.click()
    settle(qtbot, ctx)

    [question] = questions
    assert str(backup) in question and "Contact: 1" in question and "Made: " in question
    assert crm.maintenance.describe(backup).revision in question
    assert closed and "start it again" in closed[0] and dialog.restored.restored_from == backup
    assert not dialog.check_button.isEnabled()  # this CRM is done with
    reopened = Crm.open(crm.store.db.url)
    try:
        assert contacts(reopened) == 1
    finally:
        reopened.close()


def test_restore_declined_or_refused_changes_nothing(qtbot, ctx, dialog, tmp_path, monkeypatch):
    crm = ctx.crm
    backup = crm.maintenance.backup(tmp_path / "b.bak").file
    crm.contacts.create({"family_name": "後藤"}, actor=ACTOR)
    asked = []
    monkeypatch.setattr(dialog, "confirm_restore", lambda info: asked.append(info) or False)
    monkeypatch.setattr(dialog, "quit_app", lambda text: pytest.fail("the app must not close"))
    dialog.restore_from(backup)
    settle(qtbot, ctx)
    assert dialog.status.text() == "Nothing was restored." and len(asked) == 1
    notes = tmp_path / "notes.txt"
    notes.write_text("not a backup")
    dialog.restore_from(notes)
    settle(qtbot, ctx)
    assert len(asked) == 1  # refused before asking
    assert dialog.status.text().startswith("Failed: ") and "is not a backup" in dialog.status.text()
    assert contacts(crm) == 1


def test_check_shows_the_report_and_repair_fixes_what_it_can(qtbot, ctx, dialog):
    crm = ctx.crm
    lead = crm.leads.create({"title": "ホタテ 商談"}, actor=ACTOR).id
    dialog.check_button.click()
    settle(qtbot, ctx)
    assert dialog.status.text() == "No problems found." and dialog.findings.count() == 0
    assert not dialog.repair_button.isEnabled()

    with crm.store.db.transaction() as session:  # a search row lost past the services
        session.execute(text("DELETE FROM search_index WHERE record_id = :id"), {"id": lead})
    dialog.check_button.click()
    settle(qtbot, ctx)
    assert dialog.status.text() == "1 problem found."
    assert dialog.findings.item(0).text() == "Problem: 1 live lead record has no search entry, so search does " \
                                             "not find it."
    assert dialog.repair_button.isEnabled()

    dialog.repair_button.click()
    settle(qtbot, ctx)
    assert dialog.status.text() == "Every problem found was repaired."
    assert dialog.findings.item(0).text().startswith("Repaired: 1 live lead record has")
    assert dialog.findings.item(0).text().endswith("Added 1 search entry.")
    assert not dialog.repair_button.isEnabled()
    assert [hit.id for hit in crm.search.find("ホタテ")] == [lead]


def test_the_backups_kept_on_this_computer_are_listed_and_one_picked_is_restored(qtbot, ctx, monkeypatch):
    import os

    from sapporo_mice import paths

    crm = ctx.crm
    if ctx.location[0] == "server":  # the office server's backups are its administrators': no list
        shown = BackupsDialog(ctx)
        qtbot.addWidget(shown)
        assert shown.kept.isHidden() and shown.no_backups.isHidden() and shown.restore_kept_button.isHidden()
        return
    shown = BackupsDialog(ctx)
    qtbot.addWidget(shown)
    settle(qtbot, ctx)
    assert shown.kept.isHidden() and not shown.no_backups.isHidden()  # none yet, and it says so
    assert shown.no_backups.text() == "There are no backups on this computer yet."

    crm.contacts.create({"family_name": "山田"}, actor=ACTOR)
    daily = crm.maintenance.auto_backup()
    older = crm.maintenance.backup(paths.backups_dir()).file  # Back up now, into the folder
    os.utime(older, (daily.stat().st_mtime - 86_400,) * 2)
    shown = BackupsDialog(ctx)
    qtbot.addWidget(shown)
    settle(qtbot, ctx)
    rows = [[shown.kept.topLevelItem(i).text(c) for c in range(3)] for i in range(shown.kept.topLevelItemCount())]
    assert [row[1] for row in rows] == ["Daily backup", "Backed up by hand"]  # newest first
    assert not shown.kept.isHidden() and shown.no_backups.isHidden()
    assert all(row[0] and row[2] for row in rows) and not shown.restore_kept_button.isEnabled()

    asked = []
    monkeypatch.setattr(shown, "confirm_restore", lambda info: asked.append(info.file) or False)
    shown.kept.setCurrentItem(shown.kept.topLevelItem(1))
    assert shown.restore_kept_button.isEnabled()
    shown.restore_kept_button.click()
    settle(qtbot, ctx)
    assert asked == [older] and shown.status.text() == "Nothing was restored."


def test_the_checks_findings_show_only_once_a_check_has_some(qtbot, ctx, dialog):
    assert dialog.findings.isHidden()
    dialog.check_button.click()
    settle(qtbot, ctx)
    assert dialog.findings.isHidden() and dialog.status.text() == "No problems found."
    lead = ctx.crm.leads.create({"title": "ホタテ 商談"}, actor=ACTOR).id
    with ctx.crm.store.db.transaction() as session:  # a search row lost past the services
        session.execute(text("DELETE FROM search_index WHERE record_id = :id"), {"id": lead})
    dialog.check_button.click()
    settle(qtbot, ctx)
    assert not dialog.findings.isHidden() and dialog.findings.count() == 1


def test_the_dialog_speaks_japanese(qtbot, crm):
    context = make_context(crm, lang="ja")
    i18n.setup("ja")
    try:
        shown = BackupsDialog(context)
        qtbot.addWidget(shown)
        assert shown.windowTitle() == "バックアップとデータベースのチェック"
        assert shown.check_button.text() == "データベースをチェック"
        shown.check()
        settle(qtbot, context)
        assert shown.status.text() == "問題は見つかりませんでした。"
    finally:
        context.jobs.wait(20_000)
        i18n.uninstall()


def test_the_file_menu_opens_the_dialog(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, ctx)
    file_menu = window.menuBar().actions()[0].menu()
    [action] = [a for a in file_menu.actions() if a.text() == "Backups and database check…"]
    assert action.shortcut().toString() == "Ctrl+Alt+B"
    action.trigger()
    [opened] = window.findChildren(BackupsDialog)
    assert opened.isVisible()
    opened.close()
    settle(qtbot, ctx)
