"""A fair's results view: leads by country, rating and exhibitor, participations with totals, follow-ups."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ui.app_support import make_context, settle
from ui.fairs.results import FairResultsView
from ui.rows import RowsModel

UTC = dt.timezone.utc


@pytest.fixture
def fair(crm):
    fair_id = crm.fairs.create({"name": "Food Japan", "country": "SG", "timezone": "Asia/Singapore",
                                "starts_on": "2026-10-29", "ends_on": "2026-10-31"}, actor="t").id
    org = crm.organizations.create({"name": "札幌食品株式会社", "country": "JP"}, actor="t").id
    crm.participations.create({"fair_id": fair_id, "organization_id": org, "booth": "A-12", "negotiations": 4,
                               "deals": 1, "expected_sales_jpy": 1_500_000, "actual_sales_jpy": 300_000,
                               "cost_jpy": 800_000, "subsidy_jpy": 400_000}, actor="t")
    at = dt.datetime(2026, 10, 29, 3, 0, tzinfo=UTC)
    for name, country, rating in (("Lim", None, "A"), ("Tan", None, "B"), ("Chan", "HK", "A"), ("Dee", None, "D")):
        crm.intake.capture(fair_id, {"name": name, "company": f"{name} Co", "country": country, "rating": rating,
                                    "interest_organization_id": org if name == "Lim" else None}, actor="t", now=at)
    return fair_id


def test_results_show_leads_by_country_rating_and_exhibitor_with_totals(qtbot, qtmodeltester, crm, fair):
    ctx = make_context(crm)
    view = FairResultsView(ctx, fair)
    qtbot.addWidget(view)
    settle(qtbot, ctx)
    assert view.country_model.rows == [["Singapore", 3], ["Hong Kong", 1]]
    assert view.rating_model.rows == [["A", 2], ["B", 1], ["D", 1]]
    assert ["札幌食品株式会社", 1] in view.interest_model.rows
    [exhibitor, total] = view.participation_model.rows
    assert exhibitor == ["札幌食品株式会社", "A-12", 1, 4, 1, 1_500_000, 300_000, 800_000, 400_000]
    assert total[0] == "Total" and total[2:] == [4, 4, 1, 1_500_000, 300_000, 800_000, 400_000]
    assert "4 leads" in view.totals.text() and "¥1,500,000" in view.totals.text()
    assert view.country_bars.items == [("Singapore", 3), ("Hong Kong", 1)]
    for model in (view.country_model, view.rating_model, view.interest_model, view.participation_model):
        qtmodeltester.check(model)


def test_an_exhibitor_with_an_english_name_is_shown_by_it_in_english(qtbot, crm, fair):
    org = crm.organizations.create({"name": "札幌木工株式会社", "name_en": "Sapporo Woodcraft Co., Ltd.",
                                    "country": "JP"}, actor="t").id
    crm.participations.create({"fair_id": fair, "organization_id": org, "booth": "H45"}, actor="t")
    crm.intake.capture(fair, {"name": "Ong", "company": "Ong Co", "interest_organization_id": org}, actor="t",
                       now=dt.datetime(2026, 10, 30, 3, 0, tzinfo=UTC))
    for lang, shown in (("en", "Sapporo Woodcraft Co., Ltd."), ("ja", "札幌木工株式会社")):
        ctx = make_context(crm, lang=lang)
        view = FairResultsView(ctx, fair)
        qtbot.addWidget(view)
        settle(qtbot, ctx)
        assert [shown, 1] in view.interest_model.rows
        assert shown in [row[0] for row in view.participation_model.rows]


def test_in_japanese_the_fair_and_an_exhibitor_are_named_by_their_japanese_names(qtbot, crm, fair):
    # As the fair's delegation pack names them.
    crm.fairs.update(fair, {"name_ja": "フードジャパン"}, actor="t")
    org = crm.organizations.create({"name": "Hokkaido Seafood Association", "name_ja": "北海道水産協会",
                                    "country": "JP"}, actor="t").id
    crm.participations.create({"fair_id": fair, "organization_id": org, "booth": "B2"}, actor="t")
    crm.intake.capture(fair, {"name": "Ong", "company": "Ong Co", "interest_organization_id": org}, actor="t",
                       now=dt.datetime(2026, 10, 30, 3, 0, tzinfo=UTC))
    for lang, fair_name, shown in (("ja", "フードジャパン", "北海道水産協会"),
                                   ("en", "Food Japan", "Hokkaido Seafood Association")):
        ctx = make_context(crm, lang=lang)
        view = FairResultsView(ctx, fair)
        qtbot.addWidget(view)
        settle(qtbot, ctx)
        assert fair_name in view.heading.text() and fair_name in view.windowTitle()
        assert [shown, 1] in view.interest_model.rows
        assert shown in [row[0] for row in view.participation_model.rows]
    assert crm.fairs.choice(fair).shown_name("ja") == "フードジャパン"


def test_create_followups_makes_tasks_by_rating_and_says_how_many(qtbot, crm, fair):
    ctx = make_context(crm)
    view = FairResultsView(ctx, fair)
    qtbot.addWidget(view)
    settle(qtbot, ctx)
    view.create_followups()
    settle(qtbot, ctx)
    assert crm.stats()["tasks"] == 3  # A, B, A; the D lead gets none
    assert view.followup_summary.text().startswith("Created 3 follow-up tasks.")
    view.create_followups()
    settle(qtbot, ctx)
    assert crm.stats()["tasks"] == 3
    assert view.followup_summary.text().startswith("Created 0 follow-up tasks. 0 leads got")


def test_the_rows_model_passes_the_model_tester(qtmodeltester):
    model = RowsModel(["a", "b"])
    model.set_rows([["x", 1], ["y", None]], keys=["k1", "k2"])
    qtmodeltester.check(model)
    assert model.key(1) == "k2" and model.key(5) is None


@pytest.mark.parametrize(("lang", "said"), [
    ("ja", "フォローアップのタスクを 3 件作成しました。3 件のリードにフォローアップ日を設定しました。タスクがあるリードはそのままです。"),
    ("en", "Created 3 follow-up tasks. 3 leads got a follow-up date. Leads that already had a task were left alone."),
])
def test_the_follow_up_summary_reads_as_the_languages_sentences(qtbot, crm, fair, lang, said):
    # Two counts, each with its own plural; Japanese sets the sentences side by side, English with a space.
    from ui import i18n

    try:
        i18n.setup(lang)
        ctx = make_context(crm, lang=lang)
        view = FairResultsView(ctx, fair)
        qtbot.addWidget(view)
        settle(qtbot, ctx)
        view.create_followups()
        settle(qtbot, ctx)
        assert view.followup_summary.text() == said
    finally:
        i18n.uninstall()
