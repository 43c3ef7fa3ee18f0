"""The KPI dashboard: a card per indicator under its pillar for the chosen fiscal year, a card's drill-down
listing exactly the records counted, the entry form, the Excel export, in English and Japanese."""

from __future__ import annotations

from openpyxl import load_workbook

from tests.ui.app_support import make_context, settle
from ui.kpi.dashboard import EntryDialog, RecordsDialog
from ui.qt import Qt
from ui.views.kpi import KpiView

ACTOR = "佐藤 花子"


def _world(crm) -> None:
    company = crm.organizations.create({"name": "札幌ホタテ食品", "name_en": "Sapporo Scallop Foods", "country": "JP",
                                        "kind": "local_company"}, actor=ACTOR).id
    for day, country in (("2025-06-01", "SG"), ("2025-11-20", "TW"), ("2026-04-01", "TH")):
        crm.expansion_cases.create({"organization_id": company, "country": country, "kind": "first_export",
                                    "occurred_on": day}, actor=ACTOR)
    crm.kpi.set("P4_EXPANSION_CASES", 2025, target=4, actor=ACTOR)
    crm.kpi.set("P2_VISITORS", 2025, target=2_500_000, actual=2_600_000, note="札幌市観光統計", actor=ACTOR)


def _view(qtbot, crm, lang="en", year=2025):
    ctx = make_context(crm, lang)
    view = KpiView(ctx)
    qtbot.addWidget(view)
    view.year.setCurrentIndex(view.year.findData(year))
    view.resize(1366, 768)
    view.show()
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: not view.building)  # the cards build a few per turn of the event loop
    return view, ctx


def test_the_dashboard_shows_every_indicator_against_its_target_for_the_year_chosen(qtbot, crm):
    _world(crm)
    view, ctx = _view(qtbot, crm)
    assert view.data.fiscal_year == 2025
    assert set(view.cards) == {i.code for i in crm.kpi.indicators}
    cases = view.cards["P4_EXPANSION_CASES"]
    assert cases.figures.text() == "Actual 2 / target 4" and cases.achieved.text() == "50% of target"
    visitors = view.cards["P2_VISITORS"]
    assert visitors.figures.text() == "Actual 2,600,000 / target 2,500,000" and "104%" in visitors.achieved.text()
    assert "札幌市観光統計" in visitors.toolTip()
    assert [t[2] for t in cases.data.trend][-2:] == [0.0, 2.0]  # the trend ends with the year shown
    assert cases.chart.trend == cases.data.trend
    before = view.cards["P4_EXPANSION_CASES"]
    view.year.setCurrentIndex(view.year.findData(2026))
    settle(qtbot, ctx)
    assert view.cards["P4_EXPANSION_CASES"].figures.text().startswith("Actual 1 /")
    assert view.cards["P4_EXPANSION_CASES"] is before  # another year changes the cards in place
    assert before.chart.trend[-1][0] == 2026
    # The cards' small charts carry no legend: the bar above says which bar is which, in their colours.
    legend = view.legend.text()
    assert view.legend.isVisible() and "■</span> Target" in legend and "■</span> Actual" in legend


def test_a_card_opens_exactly_the_records_behind_its_number_and_they_export(qtbot, crm, tmp_path):
    _world(crm)
    view, ctx = _view(qtbot, crm)
    with qtbot.waitSignal(view.cards["P4_EXPANSION_CASES"].activated) as clicked:
        qtbot.mouseClick(view.cards["P4_EXPANSION_CASES"], Qt.MouseButton.LeftButton)
    assert clicked.args == ["P4_EXPANSION_CASES"]
    dialog = view.open_records("P4_EXPANSION_CASES")
    qtbot.addWidget(dialog)
    settle(qtbot, ctx)
    assert isinstance(dialog, RecordsDialog)
    assert dialog.chart.actual.count() == 5 and dialog.chart.actual.at(4) == 2.0  # the QtCharts trend
    counted = crm.kpi.records("P4_EXPANSION_CASES", 2025)
    assert [k[1] for k in dialog.model.keys] == [r.id for r in counted]
    assert [r["detail"] for r in dialog.model.rows] == ["Singapore", "Taiwan"]
    assert [r["title"] for r in dialog.model.rows] == ["Sapporo Scallop Foods"] * 2  # its English name, in English
    with qtbot.waitSignal(ctx.open_record) as opened:
        dialog._open(dialog.model.index(0, 0))
    assert opened.args == ["expansion_case", counted[0].id]
    path = tmp_path / "cases.xlsx"
    dialog.export_to(str(path))
    settle(qtbot, ctx)
    rows = list(load_workbook(path).worksheets[0].iter_rows(min_row=2, values_only=True))
    assert [r[-1] for r in rows] == [r.id for r in counted]


def test_the_entry_form_saves_a_target_and_an_entered_actual_and_refuses_a_bad_one(qtbot, crm):
    _world(crm)
    view, ctx = _view(qtbot, crm)
    dialog = view.open_entry("P2_REPEAT_RATE")
    qtbot.addWidget(dialog)
    settle(qtbot, ctx)
    assert isinstance(dialog, EntryDialog) and dialog.actual.isEnabled()
    dialog.year.setCurrentIndex(dialog.year.findData(2025))
    settle(qtbot, ctx)
    dialog.target.setText("32")
    dialog.actual.setText("130")
    dialog.save()
    settle(qtbot, ctx)
    assert "100" in dialog.message.text() and dialog.isVisible()
    dialog.actual.setText("31.5")
    dialog.note.setText("来札観光客満足度調査")
    dialog.save()
    settle(qtbot, ctx)
    assert not dialog.isVisible()
    value = crm.kpi.value("P2_REPEAT_RATE", 2025, years=1)
    assert (value.target, value.actual, value.note) == (32, 31.5, "来札観光客満足度調査")
    assert view.cards["P2_REPEAT_RATE"].figures.text() == "Actual 31.5% / target 32%"
    computed = view.open_entry("P4_EXPANSION_CASES")
    qtbot.addWidget(computed)
    settle(qtbot, ctx)
    assert not computed.actual.isEnabled()


def test_the_dashboard_reads_in_japanese(qtbot, crm):
    from ui import i18n

    _world(crm)
    i18n.setup("ja")
    try:
        view, _ctx = _view(qtbot, crm, "ja")
        assert view.year.currentText() == "2025年度"
        assert view.cards["P4_EXPANSION_CASES"].figures.text() == "実績 2 件 ／ 目標 4 件"
        assert view.cards["P4_EXPANSION_CASES"].achieved.text() == "達成率 50%"
        assert view.summary.text().startswith("評価指標 ")
        assert "■</span> 目標値" in view.legend.text() and "■</span> 実績値" in view.legend.text()
        assert view.cards["P2_VISITORS"].data.name == "外国人来訪者数（交流人口）"
    finally:
        i18n.setup("en")


def test_foreign_workers_shows_the_entered_figure_and_beside_it_the_hires_that_open(qtbot, crm, tmp_path):
    import datetime as dt

    company = crm.organizations.create({"name": "北海道ソフトウェア", "country": "JP"}, actor=ACTOR).id
    opening = crm.openings.create({"organization_id": company, "title": "エンジニア", "kind": "new_graduate",
                                   "starts_on": "2030-04-01"}, actor=ACTOR).id
    today = dt.date.today()
    student = crm.students.create({"display_name": "Nguyen Van An", "consent_on": today.isoformat(),
                                   "consent_purposes": "matching", "consent_share_with_companies": True},
                                  actor=ACTOR).id
    match = crm.matches.create({"student_id": student, "opening_id": opening, "stage": "introduced"}, actor=ACTOR).id
    crm.matches.update(match, {"stage": "hired", "hired_on": "2026-03-31"}, actor=ACTOR)  # FY2025's last day
    crm.kpi.set("P5_FOREIGN_WORKERS", 2025, actual=12_345, note="北海道労働局", actor=ACTOR)
    from ui import i18n

    i18n.setup("ja")
    try:
        _foreign_workers_in_japanese(qtbot, crm, tmp_path, match)
    finally:
        i18n.uninstall()


def _foreign_workers_in_japanese(qtbot, crm, tmp_path, match):
    view, ctx = _view(qtbot, crm, "ja")
    card = view.cards["P5_FOREIGN_WORKERS"]
    assert card.figures.text() == "実績 12,345 人 ／ 目標 －"
    assert card.contribution.isVisibleTo(card)
    assert card.contribution.text() == "市の取組による寄与: 留学生の市内企業への就職者数 1 人"
    assert not view.cards["P2_VISITORS"].contribution.isVisibleTo(view.cards["P2_VISITORS"])
    dialog = view.open_records("P5_FOREIGN_WORKERS")
    qtbot.addWidget(dialog)
    settle(qtbot, ctx)
    assert dialog.contribution_model.keys == [("match", match)]
    assert [r["title"] for r in dialog.contribution_model.rows] == ["Nguyen Van An"]
    with qtbot.waitSignal(ctx.open_record) as opened:
        dialog._open_contribution(dialog.contribution_model.index(0, 0))
    assert opened.args == ["match", match]
    path = tmp_path / "hires.xlsx"
    dialog.export_to(str(path))
    settle(qtbot, ctx)
    rows = list(load_workbook(path).worksheets[0].iter_rows(min_row=2, values_only=True))
    assert [r[-1] for r in rows] == [match]
    view.year.setCurrentIndex(view.year.findData(2026))  # 1 April opens the next year: nothing hired yet
    settle(qtbot, ctx)
    assert card.contribution.text().endswith(" 0 人")
