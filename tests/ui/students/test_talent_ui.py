"""The talent area on screen: coded fields edited by label, suggestions both ways with their reasons as a
table, the match board, the student's privacy tab, the retention purge and the access log."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from sapporo_mice.settings import Settings
from tests.ui.app_support import make_context, settle
from ui.editors import open_editor
from ui.qt import QApplication, QMessageBox, QTimer

TODAY = dt.date.today()


@pytest.fixture
def world(crm):
    school = crm.organizations.create({"name": "北海道大学", "country": "JP", "kind": "university"}, actor="t").id
    company = crm.organizations.create({"name": "札幌食品株式会社", "name_en": "Sapporo Foods Co., Ltd.", "country": "JP"},
                                       actor="t").id
    grad = TODAY + dt.timedelta(days=100)
    common = {"university_id": school, "jlpt": "N2", "graduation_year": grad.year, "graduation_month": grad.month,
              "residence_status": "student", "consent_on": (TODAY - dt.timedelta(days=5)).isoformat(),
              "consent_purposes": "matching", "consent_share_with_companies": True,
              "desired_industries": "food"}
    mai = crm.students.create({"display_name": "グエン・ティ・マイ", "skills": "Python, Excel", **common,
                               "retain_until": (TODAY - dt.timedelta(days=1)).isoformat()}, actor="t").id
    wei = crm.students.create({"display_name": "王 偉", "skills": "Excel", **common,
                               "consent_share_with_companies": False}, actor="t").id
    job = crm.openings.create({"organization_id": company, "title": "海外営業", "kind": "new_graduate",
                               "min_jlpt": "N2", "required_skills": "Python, Excel", "industry": "food",
                               "starts_on": (grad + dt.timedelta(days=40)).isoformat()}, actor="t").id
    return {"mai": mai, "wei": wei, "job": job}


def _editor(qtbot, ctx, record_type, record_id):
    editor = open_editor(ctx, record_type, record_id)
    qtbot.addWidget(editor)
    settle(qtbot, ctx)
    return editor


def _tab(editor, title):
    for index in range(editor.tabs.count()):
        if editor.tabs.tabText(index) == title:
            editor.tabs.setCurrentIndex(index)
            return editor.tabs.widget(index)
    raise AssertionError(title)


def test_an_openings_suggestions_are_ranked_with_their_reasons_and_one_becomes_a_match(qtbot, crm, world):
    ctx = make_context(crm, "ja")
    editor = _editor(qtbot, ctx, "opening", world["job"])
    panel = _tab(editor, "Suggestions")
    settle(qtbot, ctx)
    names = [panel.model.rows[i]["name"] for i in range(panel.model.rowCount())]
    assert names == ["グエン・ティ・マイ", "王 偉"]
    panel.view.selectRow(1)
    reasons = panel.reasons.model.rows
    assert [r["label"] for r in reasons] == ["スキル", "語学", "業種", "職種", "勤務地", "時期"]
    assert reasons[0]["text"] == "あり: Excel。なし: Python" and reasons[0]["met"] == "50%"
    assert not any("{" in r["text"] or "_" in r["text"] for r in reasons)  # no JSON, no codes
    panel.view.selectRow(0)
    panel.suggest_button.click()
    settle(qtbot, ctx)
    match = crm.matches.list(limit=None)[0]
    assert match["student_id"] == world["mai"] and match["stage"] == "suggested"
    assert not panel.suggest_button.isEnabled()  # this pair is a match now


def test_a_students_form_edits_codes_by_label_and_its_suggestions_list_openings(qtbot, crm, world):
    ctx = make_context(crm, "en")
    editor = _editor(qtbot, ctx, "student", world["wei"])
    industries = editor.form.rows["desired_industries"].widget
    assert industries.boxes["food"].isChecked() and industries.boxes["it"].text() == "IT and telecoms"
    industries.boxes["it"].click()
    status = editor.form.rows["residence_status"].widget
    assert status.combo.currentText() == "Student"
    editor.save()
    settle(qtbot, ctx)
    assert crm.students.get(world["wei"])["desired_industries"] == ",food,it,"
    history = editor.history
    history.load(world["wei"])
    settle(qtbot, ctx)
    changed = [r for r in history.model.rows if r.get("field") == "desired_industries"]
    column = [c.key for c in history.model.columns].index("new")
    assert history.model.data(history.model.index(history.model.rows.index(changed[0]), column)) == \
        "Food and drink, IT and telecoms"
    panel = _tab(editor, "Suggestions")
    settle(qtbot, ctx)
    # in English the company by the English name it keeps
    assert [r["name"] for r in panel.model.rows] == ["海外営業"]
    assert panel.model.rows[0]["detail"] == "Sapporo Foods Co., Ltd."


def test_a_matchs_reasons_are_a_table_never_json(qtbot, crm, world):
    match = crm.matching.suggest_match(world["mai"], world["job"], actor="t").id
    ctx = make_context(crm, "ja")
    editor = _editor(qtbot, ctx, "match", match)
    assert "reasons" not in editor.form.rows
    panel = _tab(editor, "Reasons")
    settle(qtbot, ctx)
    assert [r["label"] for r in panel.saved.model.rows][:2] == ["スキル", "語学"]
    assert panel.today.model.rows[0]["text"] == "あり: Python、Excel"


def test_the_privacy_tab_says_a_consent_and_a_retention_date_that_have_passed_are_past(qtbot, crm, world):
    """Mai's retention date was yesterday: the tab had said she "is kept until" it, in the future tense."""
    crm.students.update(world["wei"], {"consent_on": "2024-04-01", "consent_expires_on": "2025-04-01"}, actor="t")
    ctx = make_context(crm, "en")
    mai = _tab(_editor(qtbot, ctx, "student", world["mai"]), "Privacy")
    settle(qtbot, ctx)
    assert "that day has passed, so the next retention purge erases the data" in mai.state.text()
    wei = _tab(_editor(qtbot, ctx, "student", world["wei"]), "Privacy")
    settle(qtbot, ctx)
    assert wei.state.text().startswith("The consent given on ") and "expired on 1 Apr 2025" in wei.state.text()


def test_the_privacy_tab_logs_the_view_exports_and_erases(qtbot, crm, world, tmp_path):
    ctx = make_context(crm, "en")
    editor = _editor(qtbot, ctx, "student", world["wei"])
    panel = _tab(editor, "Privacy")
    assert "sharing with companies is not allowed" in panel.state.text()
    assert "(no expiry)" in panel.state.text()  # it read "(valid until no expiry)"
    path = tmp_path / "wei.json"
    panel.export_to(str(path), "json")
    settle(qtbot, ctx)
    assert json.loads(path.read_text(encoding="utf-8"))["student"]["display_name"] == "王 偉"
    panel.erase_now()
    settle(qtbot, ctx)
    assert crm.students.get(world["wei"], include_deleted=True)["display_name"] == ""
    Settings().set("data_officer", "tanaka")
    assert [a.action for a in crm.privacy.access_log(actor="tanaka")] == ["erase", "export", "view"]


def test_the_match_board_moves_through_the_service_and_counts_hires(qtbot, crm, world):
    from ui.views.matches import MatchesView

    mai = crm.matching.suggest_match(world["mai"], world["job"], actor="t").id
    wei = crm.matching.suggest_match(world["wei"], world["job"], actor="t").id
    ctx = make_context(crm, "en")
    view = MatchesView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    settle(qtbot, ctx)
    board = view.board.board
    assert board.model.position(mai)[1] == 0 and board.model.position(wei)[1] == 0
    # The card names the company as an English reader knows it.
    assert board.model.text(board.model.row_of(mai)).split("\n")[:3] == ["グエン・ティ・マイ", "海外営業", "Sapporo Foods Co., Ltd."]
    board.move_card(wei, "introduced")  # no sharing consent: the service refuses, the card stays
    settle(qtbot, ctx)
    assert crm.matches.get(wei)["stage"] == "suggested" and "share the profile" in board.message.text()
    moved_on = dt.date.today()  # not the module's TODAY: a run that crosses midnight hires on the next day
    for stage in ("introduced", "offer", "hired"):
        board.move_card(mai, stage)
        settle(qtbot, ctx)
    hired_on = crm.matches.get(mai)["hired_on"]
    assert crm.matches.get(mai)["stage"] == "hired" and moved_on <= hired_on <= dt.date.today()
    from sapporo_mice import fiscal
    assert f"FY{fiscal.of(hired_on)}: 1" in view.board.hires.text()


@pytest.fixture
def japanese():
    from ui import i18n

    i18n.setup("ja")
    yield
    i18n.uninstall()


def test_the_retention_purge_previews_then_erases_and_the_officer_reads_the_log(qtbot, crm, world, japanese):
    from ui.views.talent import TalentView

    ctx = make_context(crm, "ja")
    view = TalentView(ctx)
    qtbot.addWidget(view)
    dialog = view.open_purge()
    settle(qtbot, ctx)
    assert [r["name"] for r in dialog.model.rows] == ["グエン・ティ・マイ"]
    assert dialog.erase_button.text() == "1 名の個人データを消去…"

    def answer(button) -> None:  # the question the erasure asks first (it erased at the first click)
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "元に戻せません" in box.text()
        box.button(button).click()

    QTimer.singleShot(100, lambda: answer(QMessageBox.StandardButton.No))
    dialog.erase()
    settle(qtbot, ctx)
    assert [c.name for c in crm.privacy.purge_preview()] == ["グエン・ティ・マイ"]  # "No": nothing erased
    QTimer.singleShot(100, lambda: answer(QMessageBox.StandardButton.Yes))
    dialog.erase()
    settle(qtbot, ctx)
    assert crm.privacy.purge_preview() == [] and "1" in dialog.message.text()
    log = view.open_access_log()
    settle(qtbot, ctx)
    assert "個人情報保護責任者" in log.message.text() and log.model.rowCount() == 0
    Settings().set("data_officer", "tanaka")
    ctx.settings = Settings()
    log = view.open_access_log()
    settle(qtbot, ctx)
    assert log.model.rowCount() == 1 and log.model.rows[0]["student"] == "（消去済み）"


# ------------------------------------------------------------------------------------------- Brief… (the profile sheet)
def _profile_log(crm):
    from sqlalchemy import select

    from sapporo_mice.models import AccessLogEntry

    with crm.store.reading() as session:
        return [(e.user, e.action, e.record_id) for e in session.scalars(
            select(AccessLogEntry).where(AccessLogEntry.action == "company_profile"))]


def _brief_dialog(qtbot, window):
    from ui.briefs.dialog import BriefDialog

    return next(w for w in window.findChildren(BriefDialog))  # a child of the window: closed with it


def _select(view, record_id):
    view.table.selectRow(next(r for r in range(view.model.rowCount()) if view.model.record_id(r) == record_id))


def test_the_students_list_briefs_the_profile_sheet_under_consent_and_logs_it(qtbot, crm, world):
    from ui.views.talent import TalentView

    ctx = make_context(crm, "ja")
    view = TalentView(ctx)
    qtbot.addWidget(view)
    view.show()
    settle(qtbot, ctx)
    students = view.students
    qtbot.waitUntil(lambda: students.model.rowCount() == 2)
    action = students.brief_action
    assert action in view.record_actions() and action.shortcut().toString() == "Ctrl+P"
    _select(students, world["mai"])
    action.trigger()
    dialog = _brief_dialog(qtbot, view.window())
    assert dialog.kind == "student" and dialog.record_id == world["mai"]
    dialog.create_button.click()
    settle(qtbot, ctx)
    assert dialog.made is not None and dialog.made.path.exists() and dialog.made.pages >= 1
    assert _profile_log(crm) == [("tanaka", "company_profile", world["mai"])]  # who made it, in the access log

    _select(students, world["wei"])  # no consent to share with companies: refused, nothing written, nothing logged
    action.trigger()
    dialog = next(d for d in view.window().findChildren(type(dialog)) if d.record_id == world["wei"])
    dialog.create_button.click()
    settle(qtbot, ctx)
    assert dialog.made is None and dialog.message.isVisibleTo(dialog) and "王 偉" in dialog.message.text()
    assert len(_profile_log(crm)) == 1


def test_the_student_window_offers_brief_with_ctrl_p_once_the_student_is_saved(qtbot, crm, world):
    from ui.editors import open_editor

    ctx = make_context(crm, "en")
    new = open_editor(ctx, "student", None)
    qtbot.addWidget(new)
    assert new.brief_button is not None and not new.brief_button.isEnabled()
    editor = _editor(qtbot, ctx, "student", world["mai"])
    assert editor.brief_button.isEnabled() and editor.brief_button.text() == "Briefing pack…"
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    from ui.qt import Qt

    qtbot.keyClick(editor.form, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = _brief_dialog(qtbot, editor)
    assert (dialog.kind, dialog.record_id) == ("student", world["mai"])
    dialog.create_button.click()
    settle(qtbot, ctx)
    assert dialog.made is not None and _profile_log(crm) == [("tanaka", "company_profile", world["mai"])]
    assert open_editor(ctx, "opening", world["job"]).brief_button is None  # only where the area offers a pack


def test_the_talent_tabs_come_from_the_editors_one_registry(qtbot, crm, world):
    from ui.editors.extra_tabs import EXTRA_TABS
    from ui.views.talent.panels import MatchReasonsPanel, PrivacyPanel, SuggestionsPanel

    assert {"student", "opening", "match"} <= set(EXTRA_TABS)
    ctx = make_context(crm, "en")
    editor = _editor(qtbot, ctx, "student", world["mai"])
    assert [type(p) for p in editor.extra] == [SuggestionsPanel, PrivacyPanel]
    assert [editor.tabs.tabText(i) for i in range(3)] == ["Details", "Suggestions", "Privacy"]
    match = crm.matching.suggest_match(world["mai"], world["job"], actor="t").id
    assert [type(p) for p in _editor(qtbot, ctx, "match", match).extra] == [MatchReasonsPanel]


# ------------------------------------------------------------------------------------------- the office's weights
def test_the_weights_dialog_shows_each_meaning_and_shares_and_saving_re_ranks_open_suggestions(qtbot, crm, world):
    from ui.views.talent import TalentView

    ctx = make_context(crm, "en")
    editor = _editor(qtbot, ctx, "opening", world["job"])
    panel = _tab(editor, "Suggestions")
    settle(qtbot, ctx)
    scores = [row["score"] for row in panel.model.rows]
    assert scores[0] != scores[1]  # Python and Excel against Excel alone
    view = TalentView(ctx)
    qtbot.addWidget(view)
    dialog = view.open_weights()
    settle(qtbot, ctx)
    assert list(dialog.spins) == ["skills", "languages", "industry", "job_type", "location", "timing"]
    assert dialog.spins["skills"].value() == 35 and dialog.shares["skills"].text() == "35%"
    assert all(row.meaning in [w.text() for w in dialog.findChildren(type(dialog.intro))] for row in dialog.rows)
    dialog.spins["skills"].setValue(0)
    assert dialog.shares["skills"].text() == "0%" and dialog.shares["languages"].text() == "31%"  # live
    for spin in dialog.spins.values():
        spin.setValue(0)
    assert not dialog.save_button.isEnabled() and "above zero" in dialog.message.text()
    dialog.restore_defaults()
    dialog.spins["skills"].setValue(0)
    dialog.save_button.click()
    settle(qtbot, ctx)
    assert crm.matching.weights().as_dict()["skills"] == 0
    scores = [row["score"] for row in panel.model.rows]
    assert scores[0] == scores[1]  # the open suggestions re-ranked without skills
    assert panel.weights_button.text() == "Weights…"


def test_the_weights_dialog_in_japanese(qtbot, crm):
    from ui import i18n
    from ui.views.talent.weights import WeightsDialog

    i18n.setup("ja")
    try:
        ctx = make_context(crm, "ja")
        dialog = WeightsDialog(ctx)
        qtbot.addWidget(dialog)
        settle(qtbot, ctx)
        assert dialog.windowTitle() == "マッチングの重み"
        assert [row.label for row in dialog.rows] == ["スキル", "語学", "業種", "職種", "勤務地", "時期"]
        assert dialog.rows[0].meaning.startswith("求人が求めるスキル")
    finally:
        i18n.uninstall()
