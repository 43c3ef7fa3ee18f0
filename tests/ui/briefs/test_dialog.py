"""The brief dialog: the pack is written on a worker with progress, previewed, saved; a cancel writes nothing;
the lists of fairs and companies offer it."""

from __future__ import annotations

import pytest

from tests.ui.app_support import make_context, settle
from ui.briefs.dialog import BriefDialog, briefs_dir
from ui.qt import QFileDialog, pdf_widgets


@pytest.fixture
def fair(sqlite_crm):
    fair_id = sqlite_crm.fairs.create({"name": "Food Japan", "name_ja": "フードジャパン", "country": "SG",
                                       "timezone": "Asia/Singapore", "starts_on": "2026-10-29",
                                       "ends_on": "2026-10-31"}, actor="t").id
    return fair_id


def test_create_previews_the_pack_and_save_as_copies_it(qtbot, sqlite_crm, fair, tmp_path, monkeypatch):
    ctx = make_context(sqlite_crm, lang="ja")
    dialog = BriefDialog(ctx, "fair", fair)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "ja" and not dialog.bilingual.isVisibleTo(dialog)
    pages_seen = []
    dialog.progress.valueChanged.connect(pages_seen.append)
    dialog.create_button.click()
    assert not dialog.create_button.isEnabled() and dialog.cancel_button.isEnabled()
    settle(qtbot, ctx)
    assert dialog.made is not None and dialog.made.path.parent == briefs_dir()
    assert dialog.made.path.name == "出張資料：フードジャパン.pdf"  # a full-width colon is fine on Windows and dialog.made.path.exists()
    assert pages_seen and max(pages_seen) == dialog.made.pages
    assert dialog.windowTitle() == "出張資料：フードジャパン"
    if pdf_widgets() is not None:
        qtbot.waitUntil(lambda: dialog.document.pageCount() == dialog.made.pages)
    target = tmp_path / "copy.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save_button.click()
    settle(qtbot, ctx)
    assert target.read_bytes() == dialog.made.path.read_bytes()
    assert str(target) in dialog.message.text()


def test_a_save_into_a_missing_folder_says_so_in_japanese(qtbot, sqlite_crm, fair, tmp_path, monkeypatch):
    ctx = make_context(sqlite_crm, lang="ja")
    dialog = BriefDialog(ctx, "fair", fair)
    qtbot.addWidget(dialog)
    dialog.create_button.click()
    settle(qtbot, ctx)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "gone" / "x.pdf"), ""))
    dialog.save_button.click()
    settle(qtbot, ctx)
    assert "フォルダ" in dialog.message.text() and "gone" in dialog.message.text()


def test_cancel_writes_no_pdf(qtbot, sqlite_crm, fair):
    ctx = make_context(sqlite_crm, lang="en")
    dialog = BriefDialog(ctx, "fair", fair)
    qtbot.addWidget(dialog)
    dialog.create_button.click()
    dialog.cancel_button.click()  # before the first page: the job stops at its first progress report
    settle(qtbot, ctx)
    assert dialog.made is None and "Cancelled" in dialog.message.text()
    assert list(briefs_dir().glob("*.pdf")) == [] and list(briefs_dir().glob(".brief-*")) == []
    assert dialog.create_button.isEnabled()


def test_company_dialog_offers_both_languages_together(qtbot, sqlite_crm):
    org = sqlite_crm.organizations.create({"name": "株式会社札幌食品", "name_en": "Sapporo Foods", "country": "JP"},
                                          actor="t").id
    ctx = make_context(sqlite_crm, lang="en")
    dialog = BriefDialog(ctx, "company", org)
    qtbot.addWidget(dialog)
    assert dialog.bilingual.isVisibleTo(dialog)
    dialog.bilingual.setChecked(True)
    dialog.create_button.click()
    settle(qtbot, ctx)
    assert dialog.made.pages == 1 and dialog.made.title == "株式会社札幌食品 / Sapporo Foods"


@pytest.mark.parametrize("view_name, record_type", [("FairsView", "fair"), ("CompaniesView", "organization")])
def test_fair_and_company_lists_offer_brief(qtbot, sqlite_crm, view_name, record_type):
    from ui.views import companies, fairs

    ctx = make_context(sqlite_crm, lang="en")
    view = {"FairsView": fairs.FairsView, "CompaniesView": companies.CompaniesView}[view_name](ctx)
    qtbot.addWidget(view)
    settle(qtbot, ctx)
    assert "Briefing pack…" in [action.text() for action in view.record_actions()]


def test_the_kpi_dashboard_prints_the_years_report(qtbot, sqlite_crm):
    from ui.views.kpi import KpiView

    ctx = make_context(sqlite_crm, lang="ja")
    view = KpiView(ctx)
    qtbot.addWidget(view)
    settle(qtbot, ctx)
    year = view.year.currentData()
    view.brief_button.click()
    dialog = next(w for w in view.window().findChildren(BriefDialog))
    qtbot.addWidget(dialog)
    dialog.create_button.click()
    settle(qtbot, ctx)
    assert dialog.made is not None and dialog.made.kind == "kpi" and dialog.made.record_id == str(year)
    assert str(year) in dialog.made.title
