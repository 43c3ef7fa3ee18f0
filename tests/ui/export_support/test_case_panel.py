"""A company's export case in its window: every section, Add from a section and from Related, suggestions with
reasons and the one-click introduction (both sides), the reverse for a buyer, and the overview window."""

from __future__ import annotations

import datetime as dt

import pytest

from sapporo_mice import enums
from sapporo_mice.settings import Settings
from tests.ui.app_support import settle
from ui import i18n
from ui.context import AppContext
from ui.editors.editor import RecordEditor
from ui.editors.widgets import CodesWidget
from ui.export_support.case import ExportCasePanel
from ui.export_support.overview import ExportOverview
from ui.jobs import JobRunner

ACTOR = "sato"


@pytest.fixture
def ctx(qtbot, crm):
    i18n.setup("ja")
    settings = Settings()
    settings.set("user_name", "佐藤 花子")
    context = AppContext(settings, JobRunner(), "ja", crm=crm)
    yield context
    context.jobs.wait(10_000)
    i18n.uninstall()


@pytest.fixture
def company(crm):
    org = crm.organizations.create({"name": "札幌乳業株式会社", "kind": "local_company", "country": "JP",
                                    "industry": "乳製品製造"}, actor=ACTOR).id
    crm.company_profiles.create({"organization_id": org, "stage": "first_export", "products": "チーズ、バター",
                                 "certifications": "halal,haccp", "languages": "en", "staff": "佐藤 花子"},
                                actor=ACTOR)
    crm.target_markets.create({"organization_id": org, "country": "SG", "priority": 1,
                               "reason": "日本食への関心が高い"}, actor=ACTOR)
    crm.support_needs.create({"organization_id": org, "area": "logistics", "description": "冷凍輸送"}, actor=ACTOR)
    crm.consultations.create({"organization_id": org, "held_at": "2026-11-10T10:00:00+09:00", "area": "logistics",
                              "summary": "冷凍輸送の相談", "next_step": "物流会社を紹介", "next_step_due": "2026-11-20"},
                             actor=ACTOR)
    crm.support_given.create({"organization_id": org, "kind": "subsidy", "given_on": "2026-06-01",
                              "amount_jpy": 500_000}, actor=ACTOR)
    for day in ("2027-03-31", "2027-04-01"):
        crm.expansion_cases.create({"organization_id": org, "country": "SG", "kind": "first_export",
                                    "occurred_on": day}, actor=ACTOR)
    return org


@pytest.fixture
def buyer(crm):
    return crm.organizations.create({"name": "Lim Dairy Trading", "kind": "overseas_buyer", "country": "SG",
                                     "industry": "Cheese importer"}, actor=ACTOR).id


def _panel(qtbot, ctx, record_id):
    panel = ExportCasePanel(ctx)
    qtbot.addWidget(panel)
    panel.load(record_id)
    settle(qtbot, ctx)
    return panel


def test_the_case_shows_every_part_in_japanese(qtbot, qtmodeltester, ctx, company, buyer):
    panel = _panel(qtbot, ctx, company)
    titles = [panel.tabs.tabText(i) for i in range(panel.tabs.count())]
    assert titles == ["ターゲット市場（1）", "ニーズ（未対応 1）", "相談（1）", "実施した支援（1）", "海外展開事例（2）",
                      "おすすめのバイヤー（1）"]
    assert "初輸出" in panel.summary.text() and "ハラール" in panel.summary.text() and "英語" in panel.summary.text()
    assert panel.markets.model.data(panel.markets.model.index(0, 0)) == "シンガポール"
    assert panel.markets.model.data(panel.markets.model.index(0, 1)) == "高"
    assert panel.needs.model.data(panel.needs.model.index(0, 2)) == "未対応"
    assert panel.consultations.model.data(panel.consultations.model.index(0, 3)) == "物流会社を紹介（2026/11/20）"
    assert panel.support.note.text() == "金額の合計: ¥500,000"
    assert panel.cases.note.text() == "年度別の海外展開事業事例数: 2027年度 1、2026年度 1"
    for section in (*panel.sections, panel.fits):
        qtmodeltester.check(section.model)


def test_introducing_a_suggested_buyer_records_both_sides(qtbot, ctx, crm, company, buyer):
    panel = _panel(qtbot, ctx, company)
    assert not panel.fits.add_button.isEnabled()
    reasons = panel.fits.model.data(panel.fits.model.index(0, 3))
    assert "シンガポールをターゲット市場にしている" in reasons and "乳製品" in reasons
    panel.fits.view.selectRow(0)
    assert panel.fits.add_button.isEnabled()
    panel.fits.add_button.click()
    settle(qtbot, ctx)
    assert {(a["record_type"], a["record_id"]) for a in crm.activities.list()} == {
        ("organization", company), ("organization", buyer)}
    assert crm.tasks.list(where={"record_id": company})[0]["assignee"] == "佐藤 花子"
    assert "紹介しました" in panel.message.text()
    assert panel.fits.model.rowCount() == 0  # introduced: no longer suggested
    assert panel.support.model.rowCount() == 2


def test_a_buyer_sees_the_companies_that_fit(qtbot, ctx, crm, company, buyer):
    panel = _panel(qtbot, ctx, buyer)
    assert [panel.tabs.tabText(i) for i in range(panel.tabs.count())] == ["候補となる市内企業（1）"]
    assert panel.fits.model.data(panel.fits.model.index(0, 1)) == "札幌乳業株式会社"
    assert not panel.profile_button.isVisible()


def test_in_english_a_buyer_sees_the_companies_by_their_english_names(qtbot, crm, company, buyer):
    crm.organizations.update(company, {"name_en": "Sapporo Dairy Co., Ltd."}, actor=ACTOR, expected_version=1)
    i18n.setup("en")
    context = AppContext(Settings(), JobRunner(), "en", crm=crm)
    try:
        panel = _panel(qtbot, context, buyer)
        assert panel.fits.model.data(panel.fits.model.index(0, 1)) == "Sapporo Dairy Co., Ltd."
    finally:
        context.jobs.wait(10_000)
        i18n.uninstall()


def test_a_fair_lead_sees_the_companies_that_fit_and_is_introduced(qtbot, ctx, crm, company):
    fair = crm.fairs.create({"name": "Food Japan", "country": "SG", "timezone": "Asia/Singapore",
                             "starts_on": "2026-10-29", "ends_on": "2026-10-31"}, actor=ACTOR).id
    contact = crm.contacts.create({"family_name": "Tan", "country": "SG"}, actor=ACTOR).id
    lead = crm.leads.create({"title": "Mr Tan (cheese)", "fair_id": fair, "contact_id": contact,
                             "interest": "Hokkaido cheese for hotels"}, actor=ACTOR).id
    editor = RecordEditor(ctx, "lead", lead)
    qtbot.addWidget(editor)
    settle(qtbot, ctx)
    panel = editor.extra[0]
    assert editor.tabs.tabText(editor.tabs.indexOf(panel)) == "候補となる市内企業"
    assert panel.fits.model.data(panel.fits.model.index(0, 1)) == "札幌乳業株式会社"
    panel.fits.view.selectRow(0)
    panel.fits.add_button.click()
    settle(qtbot, ctx)
    assert {a["record_type"] for a in crm.activities.list()} == {"organization", "lead"}
    assert crm.support_given.list(where={"organization_id": company, "kind": "introduction"})[0]["lead_id"] == lead


def test_add_in_a_section_opens_the_form_already_linked(qtbot, ctx, crm, company):
    panel = _panel(qtbot, ctx, company)
    panel.parent_title = lambda: "札幌乳業株式会社"
    panel.needs.add_button.click()
    editor = next(w for w in _editors() if w.record_type == "support_need")
    qtbot.addWidget(editor)
    assert editor.form.rows["organization_id"].widget.line.text() == "札幌乳業株式会社"
    editor.form.rows["area"].widget.set_value("tax")
    editor.form.rows["description"].widget.set_value("関税率を知りたい")
    editor.save()
    settle(qtbot, ctx)
    assert {n["description"] for n in crm.support_needs.list(where={"organization_id": company})} == {
        "関税率を知りたい", "冷凍輸送"}


def test_the_company_window_has_the_export_tab_and_related_add(qtbot, ctx, crm, company):
    editor = RecordEditor(ctx, "organization", company)
    qtbot.addWidget(editor)
    settle(qtbot, ctx)
    tabs = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    assert "海外展開支援" in tabs
    consultations = next(p for p in editor.related if p.child_type == "consultation")
    assert consultations.add_button.text() == "追加…"
    consultations.add_button.click()
    new = next(w for w in _editors() if w.record_type == "consultation" and w is not editor)
    qtbot.addWidget(new)
    assert new.form.rows["organization_id"].widget.raw() == company
    assert new.form.rows["organization_id"].widget.line.text() == "札幌乳業株式会社"
    assert "organization_id" in new.form.changed_values()
    new.form.set_record({})  # leave it unedited: closing asks nothing


def test_certifications_are_check_boxes_with_labels(qtbot, ctx):
    widget = CodesWidget(enums.Certification)
    qtbot.addWidget(widget)
    widget.set_value(",halal,fssc_22000,")
    assert widget.boxes["halal"].text() == "ハラール" and widget.boxes["halal"].isChecked()
    widget.boxes["haccp"].setChecked(True)
    assert widget.raw() == ",halal,haccp,fssc_22000,"


def test_the_overview_lists_attention_markets_and_cases(qtbot, qtmodeltester, ctx, crm, company, buyer):
    window = ExportOverview(ctx)
    qtbot.addWidget(window)
    settle(qtbot, ctx)
    settle(qtbot, ctx)
    assert window.attention.model.data(window.attention.model.index(0, 0)) == "札幌乳業株式会社"
    assert "未対応のニーズ 1 件" in window.attention.model.data(window.attention.model.index(0, 2))
    assert window.countries.model.data(window.countries.model.index(0, 0)) == "シンガポール"
    assert window.market_buyers.model.rowCount() == 1 and window.market_companies.model.rowCount() == 1
    window.year.setCurrentIndex(window.year.findData(2026))
    window._load_cases()
    settle(qtbot, ctx)
    assert [r["occurred_on"] for r in window.case_table.model.rows] == [dt.date(2027, 3, 31)]
    for table in (window.attention, window.countries, window.market_companies, window.case_table):
        qtmodeltester.check(table.model)


@pytest.mark.parametrize(("lang", "shown", "industry"), [("ja", "札幌乳業株式会社", "商社・卸売"),
                                                     ("en", "Sapporo Dairy Co., Ltd.", "Trading and wholesale")])
def test_the_overview_names_a_company_as_the_reader_knows_it(qtbot, crm, company, buyer, lang, shown, industry):
    """The English overview names a company by the English name it keeps, as the other English screens do; a
    buyer's industry named from the list (stored as its code) reads as its label in each language."""
    crm.organizations.update(company, {"name_en": "Sapporo Dairy Co., Ltd."}, actor=ACTOR, expected_version=1)
    crm.organizations.update(buyer, {"industry": "trade"}, actor=ACTOR, expected_version=1)
    i18n.setup(lang)
    context = AppContext(Settings(), JobRunner(), lang, crm=crm)
    try:
        window = ExportOverview(context)
        qtbot.addWidget(window)
        settle(qtbot, context)
        settle(qtbot, context)
        cell = window.attention.model.index(0, 0)
        assert window.attention.model.data(cell) == shown
        assert window.market_companies.model.data(window.market_companies.model.index(0, 0)) == shown
        assert window.market_cases.model.data(window.market_cases.model.index(0, 1)) == shown
        assert window.market_buyers.model.data(window.market_buyers.model.index(0, 0)) == "Lim Dairy Trading"
        assert window.market_buyers.model.data(window.market_buyers.model.index(0, 1)) == industry
        window.year.setCurrentIndex(window.year.findData(None))
        window._load_cases()
        settle(qtbot, context)
        assert {window.case_table.model.data(window.case_table.model.index(row, 1))
                for row in range(window.case_table.model.rowCount())} == {shown}
    finally:
        context.jobs.wait(10_000)
        i18n.uninstall()


def _editors():
    from ui.qt import QApplication

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, RecordEditor)]
