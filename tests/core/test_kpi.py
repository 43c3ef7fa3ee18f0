"""crm.kpi: the plan's indicators by fiscal year, computed from the records or entered, with targets."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from sapporo_mice import fiscal, plan
from sapporo_mice.errors import StaleVersionError, ValidationError
from sapporo_mice.kpi import AREAS, INDICATORS, total

ACTOR = "佐藤 花子"
THIS_FY = fiscal.current()


def _org(crm, name, kind="local_company"):
    return crm.organizations.create({"name": name, "country": "JP", "kind": kind}, actor=ACTOR).id


def _fair(crm, name, starts_on, ends_on):
    return crm.fairs.create({"name": name, "country": "SG", "timezone": "Asia/Singapore", "starts_on": starts_on,
                             "ends_on": ends_on}, actor=ACTOR).id


def _numbers(crm, fy):
    return {r.indicator.code: r.actual for r in crm.kpi.values(fy, years=1)}


def _check_drill_down(crm, fy):
    """Every computed number is exactly what its drill-down list adds up to."""
    for row in crm.kpi.values(fy, years=1):
        if row.indicator.computed:
            assert row.actual == total(row.indicator, crm.kpi.records(row.indicator.code, fy)), row.indicator.code


# ------------------------------------------------------------------------------------ the catalogue
def test_every_indicator_has_an_area_a_pillar_a_definition_a_source_and_the_date_that_counts():
    assert [a.key for a in AREAS] == ["pr", "tourism", "residence", "economy", "citizens"]
    assert {i.area for i in INDICATORS} == {a.key for a in AREAS}
    assert [i.code for i in INDICATORS] == [s.code for s in plan.INDICATORS]
    for i in INDICATORS:
        assert 1 <= i.pillar <= 6 and i.unit
        for lang in ("ja", "en"):
            assert i.definition(lang) and i.source(lang) and i.date(lang), (i.code, lang)
    computed = {i.code for i in INDICATORS if i.computed}
    assert {"P2_MICE_BIDS", "P2_MICE_WON", "P2_MICE_DELEGATES", "P2_MICE_IMPACT", "P4_EXPANSION_CASES",
            "P5_STUDENTS_HIRED", "P4_BUYER_LEADS", "P4_FAIR_NEGOTIATIONS", "P4_FAIR_DEALS", "P4_FAIR_SALES",
            "P1_INTL_COOPERATION", "P6_CITY_EXCHANGES", "P6_INBOUND_DELEGATIONS"} <= computed
    assert {"P1_AWARENESS", "P2_VISITORS", "P2_REPEAT_RATE", "P3_CITIZEN_AWARENESS",
            "P3_FOREIGN_RESIDENTS", "P5_FOREIGN_WORKERS"}.isdisjoint(computed)


# ------------------------------------------------------------------------------------ fiscal years
def test_31_march_23_59_and_1_april_00_00_japan_time_count_in_different_fiscal_years(crm):
    company = _org(crm, "札幌ホタテ食品")
    fair = _fair(crm, "Food Japan", "2026-03-20", "2026-03-22")
    crm.leads.create({"title": "年度末の引き合い", "fair_id": fair, "captured_at": "2026-03-31T23:59:00+09:00"}, actor=ACTOR)
    crm.leads.create({"title": "年度初めの引き合い", "fair_id": fair, "captured_at": "2026-04-01T00:00:00+09:00"},
                     actor=ACTOR)
    crm.consultations.create({"organization_id": company, "held_at": "2026-03-31T23:59:00+09:00", "area": "marketing",
                              "summary": "シンガポール向け輸出の相談"}, actor=ACTOR)
    crm.consultations.create({"organization_id": company, "held_at": "2026-04-01T00:00:00+09:00", "area": "marketing",
                              "summary": "台湾向け輸出の相談"}, actor=ACTOR)
    crm.expansion_cases.create({"organization_id": company, "country": "SG", "kind": "first_export",
                                "occurred_on": "2026-03-31"}, actor=ACTOR)
    crm.expansion_cases.create({"organization_id": company, "country": "TW", "kind": "first_export",
                                "occurred_on": "2026-04-01"}, actor=ACTOR)
    for name, decided in (("年度末に決定した会議", "2026-03-31"), ("年度初めに決定した会議", "2026-04-01")):
        crm.bids.create({"name": name, "stage": "won", "decision_on": decided, "outcome_reason": "会場と支援策が評価された",
                         "delegates_international": 100,
                         "delegates_domestic": 50, "economic_impact_jpy": 10_000_000}, actor=ACTOR)
    before, after = _numbers(crm, 2025), _numbers(crm, 2026)
    for code in ("P4_BUYER_LEADS", "P4_CONSULTATIONS", "P4_EXPANSION_CASES", "P2_MICE_WON"):
        assert (before[code], after[code]) == (1, 1), code
    assert (before["P2_MICE_DELEGATES"], after["P2_MICE_DELEGATES"]) == (150, 150)
    assert (before["P2_MICE_IMPACT"], after["P2_MICE_IMPACT"]) == (10_000_000, 10_000_000)
    assert [r.title for r in crm.kpi.records("P4_BUYER_LEADS", 2025)] == ["年度末の引き合い"]
    assert [r.on for r in crm.kpi.records("P4_BUYER_LEADS", 2026)] == [dt.date(2026, 4, 1)]
    assert [r.title for r in crm.kpi.records("P2_MICE_WON", 2026)] == ["年度初めに決定した会議"]
    _check_drill_down(crm, 2025)
    _check_drill_down(crm, 2026)


# ------------------------------------------------------------------------------------ computed = drill-down
def test_computed_counts_follow_edits_deletes_and_merges_and_always_equal_their_records(crm):
    one, two = _org(crm, "札幌麦酒工房"), _org(crm, "札幌麦酒工房株式会社")
    case_one = crm.expansion_cases.create({"organization_id": one, "country": "DE", "kind": "first_export",
                                           "occurred_on": "2026-05-01"}, actor=ACTOR).id
    crm.expansion_cases.create({"organization_id": two, "country": "SG", "kind": "distributor_contract",
                                "occurred_on": "2026-06-01"}, actor=ACTOR)
    gone = crm.expansion_cases.create({"organization_id": two, "country": "TW", "kind": "first_export",
                                       "occurred_on": "2026-07-01"}, actor=ACTOR).id
    fair = _fair(crm, "Food & Hotel Asia", "2026-04-08", "2026-04-11")
    part = crm.participations.create({"fair_id": fair, "organization_id": one, "negotiations": 12, "deals": 2,
                                      "actual_sales_jpy": 3_000_000}, actor=ACTOR)
    crm.participations.create({"fair_id": fair, "organization_id": two, "negotiations": 5}, actor=ACTOR)
    assert _numbers(crm, 2026)["P4_EXPANSION_CASES"] == 3
    assert _numbers(crm, 2026)["P4_FAIR_NEGOTIATIONS"] == 17
    assert _numbers(crm, 2026)["P4_FAIR_DEALS"] == 2
    assert _numbers(crm, 2026)["P4_FAIR_SALES"] == 3_000_000
    _check_drill_down(crm, 2026)

    crm.expansion_cases.update(case_one, {"occurred_on": "2027-04-01"}, actor=ACTOR)  # moved to FY2027
    crm.expansion_cases.delete(gone, actor=ACTOR)
    crm.participations.update(part.id, {"negotiations": 20}, actor=ACTOR, expected_version=part.record["version"])
    numbers = _numbers(crm, 2026)
    assert (numbers["P4_EXPANSION_CASES"], numbers["P4_FAIR_NEGOTIATIONS"]) == (1, 25)
    assert _numbers(crm, 2027)["P4_EXPANSION_CASES"] == 1
    _check_drill_down(crm, 2026)

    crm.expansion_cases.update(case_one, {"occurred_on": "2026-05-01"}, actor=ACTOR)
    survivor, loser = crm.organizations.get(one), crm.organizations.get(two)
    crm.dedupe.merge("organization", one, two, actor=ACTOR, survivor_version=survivor["version"],
              loser_version=loser["version"])
    records = crm.kpi.records("P4_EXPANSION_CASES", 2026)
    assert len(records) == _numbers(crm, 2026)["P4_EXPANSION_CASES"] == 2  # the loser's case moved, still counted
    assert {r.title for r in records} == {"札幌麦酒工房"}
    assert {r.id for r in records} >= {case_one}
    _check_drill_down(crm, 2026)


def test_bids_students_and_network_records_are_counted_with_their_drill_down(crm):
    bid = crm.bids.create({"name": "国際雪氷学会 2029", "stage": "proposal"}, actor=ACTOR)
    assert _numbers(crm, THIS_FY)["P2_MICE_BIDS"] == 0
    crm.bids.update(bid.id, {"stage": "bid_submitted", "bid_deadline": "2030-01-31"}, actor=ACTOR,
                    expected_version=bid.record["version"])
    crm.bids.create({"name": "取り下げた案件", "stage": "withdrawn"}, actor=ACTOR)
    assert [r.id for r in crm.kpi.records("P2_MICE_BIDS", THIS_FY)] == [bid.id]
    won = crm.bids.create({"name": "今日決定した会議", "stage": "won", "decision_on": dt.date.today().isoformat(),
                           "outcome_reason": "アジア開催の順番", "delegates_international": 800}, actor=ACTOR)
    assert [r.id for r in crm.kpi.records("P2_MICE_WON", THIS_FY)] == [won.id]  # counted in its decision's year
    assert _numbers(crm, THIS_FY)["P2_MICE_DELEGATES"] == 800

    company = _org(crm, "北海道ソフトウェア")
    opening = crm.openings.create({"organization_id": company, "title": "エンジニア", "kind": "new_graduate",
                                   "starts_on": "2030-04-01"}, actor=ACTOR).id
    today = dt.date.today()
    student = crm.students.create({  # consent to share with companies: a match may then go past "suggested"
        "display_name": "Nguyen Van An", "nationality": "VN", "consent_on": (today - dt.timedelta(days=1)).isoformat(),
        "consent_expires_on": (today + dt.timedelta(days=365)).isoformat(), "consent_purposes": "matching",
        "consent_share_with_companies": True}, actor=ACTOR).id
    match = crm.matches.create({"student_id": student, "opening_id": opening, "stage": "introduced"}, actor=ACTOR)
    assert _numbers(crm, THIS_FY)["P5_STUDENTS_HIRED"] == 0
    assert _numbers(crm, THIS_FY)["P5_STUDENT_MATCHES"] == 1
    crm.matches.update(match.id, {"stage": "hired"}, actor=ACTOR, expected_version=match.record["version"])
    hired = crm.kpi.records("P5_STUDENTS_HIRED", THIS_FY)
    assert [(r.id, r.title, r.detail) for r in hired] == [(match.id, "Nguyen Van An", "北海道ソフトウェア")]

    city = crm.service("partner_city").create({"name": "ミュンヘン", "name_en": "Munich", "country": "DE",
                                               "relationship": "sister"}, actor=ACTOR).id
    crm.service("exchange").create({"title": "ビール文化交流", "kind": "economic", "starts_on": "2026-04-01",
                                    "partner_city_id": city}, actor=ACTOR)
    crm.service("exchange").create({"title": "上下水道技術協力", "kind": "technical_cooperation",
                                    "starts_on": "2025-10-01", "ends_on": "2026-09-30"}, actor=ACTOR)
    crm.service("visit").create({"title": "ミュンヘン市長一行", "arrives_on": "2026-07-01", "partner_city_id": city},
                                actor=ACTOR)
    crm.service("visit").create({"title": "中止になった訪問", "arrives_on": "2026-08-01", "status": "cancelled"},
                                actor=ACTOR)
    numbers = _numbers(crm, 2026)
    counts = crm.network.indicator_counts(2026)
    assert numbers["P6_CITY_EXCHANGES"] == counts["city_exchanges"] == 1
    assert numbers["P1_INTL_COOPERATION"] == counts["intl_cooperation_projects"] == 1
    assert numbers["P6_INBOUND_DELEGATIONS"] == 1
    assert crm.kpi.value("P6_CITY_EXCHANGES", 2026).breakdown == [{"name": "ミュンヘン", "name_en": "Munich", "count": 1}]
    assert _numbers(crm, 2025)["P1_INTL_COOPERATION"] == 1  # a project counts in every year it runs
    _check_drill_down(crm, 2026)
    _check_drill_down(crm, THIS_FY)


# ------------------------------------------------------------------------------------ hires feed 外国人就業者数
def _hired_match(crm, name, company, hired_on=None):
    today = dt.date.today()
    opening = crm.openings.create({"organization_id": company, "title": f"{name}の職", "kind": "new_graduate",
                                   "starts_on": "2030-04-01"}, actor=ACTOR).id
    student = crm.students.create({
        "display_name": name, "nationality": "VN", "consent_on": (today - dt.timedelta(days=1)).isoformat(),
        "consent_expires_on": (today + dt.timedelta(days=365)).isoformat(), "consent_purposes": "matching",
        "consent_share_with_companies": True}, actor=ACTOR).id
    match = crm.matches.create({"student_id": student, "opening_id": opening, "stage": "introduced"}, actor=ACTOR)
    values = {"stage": "hired", **({"hired_on": hired_on} if hired_on else {})}
    crm.matches.update(match.id, values, actor=ACTOR, expected_version=match.record["version"])
    return match.id


def test_hires_feed_foreign_workers_beside_its_entered_figure_31_march_against_1_april(crm):
    company = _org(crm, "北海道ソフトウェア")
    march = _hired_match(crm, "Nguyen Van An", company, "2027-03-31")  # the last day of FY2026
    april = _hired_match(crm, "Tran Thi Binh", company, "2027-04-01")  # new graduates start on 1 April: FY2027
    crm.kpi.set("P5_FOREIGN_WORKERS", 2026, actual=12_345, target=13_000, note="北海道労働局 令和8年10月末", actor=ACTOR)

    row = crm.kpi.value("P5_FOREIGN_WORKERS", 2026)
    assert (row.actual, row.target) == (12_345, 13_000)  # the census stays the actual: hires are in it already
    assert row.indicator.contribution == "P5_STUDENTS_HIRED" and row.contribution == 1
    assert [r.id for r in crm.kpi.contribution_records("P5_FOREIGN_WORKERS", 2026)] == [march]
    assert [r.id for r in crm.kpi.contribution_records("P5_FOREIGN_WORKERS", 2027)] == [april]
    assert crm.kpi.value("P5_FOREIGN_WORKERS", 2027).contribution == 1
    assert crm.kpi.records("P5_FOREIGN_WORKERS", 2026) == []  # an entered figure has no records of its own
    hired = crm.kpi.value("P5_STUDENTS_HIRED", 2026)
    assert hired.actual == 1 and hired.indicator.contributes_to == "P5_FOREIGN_WORKERS"
    assert crm.matching.hires_by_fiscal_year() == {2026: 1, 2027: 1}  # the students area counts the same way
    assert row.as_json()["contribution"] == {"code": "P5_STUDENTS_HIRED", "actual": 1}
    economy = next(a for a in crm.kpi.report(2026, lang="en")["areas"] if a["key"] == "economy")
    item = next(i for i in economy["indicators"] if i["code"] == "P5_FOREIGN_WORKERS")
    assert item["contribution_name"] == "International students hired locally"

    crm.matches.update(march, {"stage": "declined"}, actor=ACTOR)  # no longer hired: no longer counted
    assert crm.kpi.value("P5_FOREIGN_WORKERS", 2026).contribution == 0
    _check_drill_down(crm, 2026)


def test_a_hire_without_a_hire_date_counts_on_the_japan_day_it_was_marked_hired(crm):
    from sqlalchemy import update

    from sapporo_mice.models import Match, MatchStageChange

    company = _org(crm, "札幌精機")
    late, early = _hired_match(crm, "Kim Min-jun", company), _hired_match(crm, "Li Wei", company)
    with crm.store.db.transaction() as session:  # records synced from before the hire date existed
        session.execute(update(Match).values(hired_on=None))
        for match_id, moment in ((late, "2027-03-31T14:59:00+00:00"), (early, "2027-03-31T15:00:00+00:00")):
            session.execute(update(MatchStageChange).where(MatchStageChange.match_id == match_id,
                                                           MatchStageChange.to_stage == "hired")
                            .values(changed_at=dt.datetime.fromisoformat(moment)))
    # 23:59 and 00:00 Japan time: 31 March closes FY2026, 1 April opens FY2027
    assert [r.id for r in crm.kpi.records("P5_STUDENTS_HIRED", 2026)] == [late]
    assert [(r.id, r.on) for r in crm.kpi.records("P5_STUDENTS_HIRED", 2027)] == [(early, dt.date(2027, 4, 1))]
    assert (crm.kpi.value("P5_FOREIGN_WORKERS", 2026).contribution,
            crm.kpi.value("P5_FOREIGN_WORKERS", 2027).contribution) == (1, 1)


# ------------------------------------------------------------------------------------ entered values and targets
def test_targets_and_entered_values_with_a_source_note_and_their_trend(crm):
    crm.kpi.set("P2_VISITORS", 2024, target=2_500_000, actual=2_400_000, note="札幌市観光統計", actor=ACTOR)
    row = crm.kpi.set("p2_visitors", "FY2025", target="2,650,000", actor=ACTOR)
    assert (row.fiscal_year, row.target, row.actual) == (2025, 2_650_000, None)
    crm.kpi.set("P2_MICE_WON", 2025, target=12, actor=ACTOR)  # a computed indicator takes a target
    value = crm.kpi.value("P2_VISITORS", 2025, years=3)
    assert [(t.fiscal_year, t.target, t.actual) for t in value.trend] == [
        (2023, None, None), (2024, 2_500_000, 2_400_000), (2025, 2_650_000, None)]
    assert crm.kpi.value("P2_VISITORS", 2024).note == "札幌市観光統計"
    assert crm.kpi.value("P2_VISITORS", 2024).achievement == pytest.approx(0.96)
    assert crm.kpi.value("P2_MICE_WON", 2025).target == 12
    again = crm.kpi.set("P2_VISITORS", 2024, actual=None, actor=ACTOR)  # None clears; the rest stays
    assert (again.actual, again.target, again.note) == (None, 2_500_000, "札幌市観光統計")
    assert crm.indicator_values.count() == 3
    with pytest.raises(StaleVersionError):
        crm.kpi.set("P2_VISITORS", 2024, actual=1, actor=ACTOR, expected_version=again.version - 1)


@pytest.mark.parametrize("code,fy,values,field", [
    ("P2_MICE_WON", 2025, {"actual": 3}, "actual"),  # counted from the records
    ("P2_REPEAT_RATE", 2025, {"actual": 130}, "actual"),  # a percentage over 100
    ("P2_VISITORS", 2025, {"target": -5}, "target"),
    ("P2_VISITORS", 2025, {"target": "たくさん"}, "target"),
    ("NO_SUCH_CODE", 2025, {"target": 1}, "code"),
    ("P2_VISITORS", "来年", {"target": 1}, "fiscal_year"),
])
def test_a_bad_entry_is_refused_naming_the_field_and_nothing_is_written(crm, code, fy, values, field):
    with pytest.raises(ValidationError) as raised:
        crm.kpi.set(code, fy, actor=ACTOR, **values)
    assert raised.value.fields == [field]
    assert raised.value.message("ja") and raised.value.message("en")
    assert crm.indicator_values.count() == 0


# ------------------------------------------------------------------------------------ report data
def test_report_gives_plain_data_by_area_for_the_pack(crm):
    crm.kpi.set("P3_FOREIGN_RESIDENTS", 2026, target=20_000, actual=19_500, note="住民基本台帳", actor=ACTOR)
    data = crm.kpi.report(2026, lang="ja", years=3)
    assert data["fiscal_year"] == 2026 and data["years"] == [2024, 2025, 2026]
    assert [a["key"] for a in data["areas"]] == ["pr", "tourism", "residence", "economy", "citizens"]
    residence = next(a for a in data["areas"] if a["key"] == "residence")
    item = next(i for i in residence["indicators"] if i["code"] == "P3_FOREIGN_RESIDENTS")
    assert (item["target"], item["actual"], item["note"], item["source"]) == (20_000, 19_500, "住民基本台帳",
                                                                              "住民基本台帳（各年度末の外国人住民数）")
    assert item["pillar_name"] == "多文化共生社会の推進" and len(item["trend"]) == 3


# ------------------------------------------------------------------------------------ demo data
def test_the_demo_gives_three_years_of_targets_and_the_surveyed_years_figures_with_their_source(sqlite_crm):
    from sapporo_mice import demo

    demo.generate(sqlite_crm.store, scale=0.1, seed=7, actor="demo")
    for fy in (2024, 2025, 2026):
        rows = sqlite_crm.kpi.values(fy, years=3)
        assert all(r.target is not None for r in rows), fy
        entered = [r for r in rows if not r.indicator.computed]
        if fy < 2026:
            assert all(r.actual is not None and r.note and "年度" in r.note for r in entered), fy
        else:  # this year's surveys are not out yet
            assert all(r.actual is None for r in entered)
    assert any(r.achievement and r.achievement >= 1 for r in sqlite_crm.kpi.values(2025))
    assert any(r.achievement is not None and r.achievement < 1 for r in sqlite_crm.kpi.values(2025))
    _check_drill_down(sqlite_crm, 2025)


def test_a_sum_of_money_reads_in_oku_and_man_in_japanese_and_in_millions_in_english():
    from sapporo_mice.kpi import indicator, shown

    sales = indicator("P4_FAIR_SALES")
    assert (shown(sales, 1_213_168_710, "ja"), shown(sales, 1_213_168_710, "en")) == ("12億1,317万円", "¥1.21\u00a0billion")
    assert shown(sales, 400_000_000, "ja") == "4億円" and shown(sales, None, "ja") == ""


def test_a_record_names_a_company_and_a_fair_as_each_language_knows_them(crm, tmp_path):
    """A drill-down row names a company by the English name it keeps in English and a fair by its Japanese name in
    Japanese, as the other screens do; the workbook's records sheet and the record list read the same."""
    from openpyxl import load_workbook

    from sapporo_mice.kpi_xlsx import export_bytes, export_records_file

    company = _org(crm, "札幌麦酒工房")
    crm.organizations.update(company, {"name_en": "Sapporo Brewworks"}, actor=ACTOR, expected_version=1)
    fair = crm.fairs.create({"name": "Food & Hotel Asia", "name_ja": "フード＆ホテルアジア", "country": "SG",
                             "timezone": "Asia/Singapore", "starts_on": "2026-04-08", "ends_on": "2026-04-11"},
                            actor=ACTOR).id
    crm.participations.create({"fair_id": fair, "organization_id": company, "negotiations": 3}, actor=ACTOR)
    crm.expansion_cases.create({"organization_id": company, "country": "SG", "kind": "first_export",
                                "occurred_on": "2026-05-01"}, actor=ACTOR)
    (part,) = crm.kpi.records("P4_FAIR_EXHIBITORS", 2026)
    assert (part.shown_title("en"), part.shown_detail("en")) == ("Sapporo Brewworks", "Food & Hotel Asia")
    assert (part.shown_title("ja"), part.shown_detail("ja")) == ("札幌麦酒工房", "フード＆ホテルアジア")
    (case,) = crm.kpi.records("P4_EXPANSION_CASES", 2026)
    assert (case.shown_title("en"), case.shown_detail("en")) == ("Sapporo Brewworks", "Singapore")
    assert case.shown_detail("ja") == "シンガポール" and case.as_json()["title_en"] == "Sapporo Brewworks"
    book = load_workbook(io.BytesIO(export_bytes(crm.kpi, 2026, "en")))
    rows = [r for r in book["Records"].iter_rows(values_only=True) if r[0] == "P4_FAIR_EXHIBITORS"]
    assert [(r[3], r[4]) for r in rows] == [("Sapporo Brewworks", "Food & Hotel Asia")]
    path = export_records_file(crm.kpi, "P4_EXPANSION_CASES", 2026, tmp_path / "cases.xlsx", "ja")
    assert [r[3:5] for r in load_workbook(path).active.iter_rows(min_row=2, values_only=True)] == [
        ("札幌麦酒工房", "シンガポール")]
