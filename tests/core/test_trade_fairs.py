"""At and after a fair: capture counts, follow-up tasks, results and participation rules, on both databases."""

from __future__ import annotations

import datetime as dt

import pytest

from sapporo_mice.errors import ValidationError

ACTOR = "tanaka"
UTC = dt.timezone.utc


@pytest.fixture
def fair(crm):
    return crm.fairs.create({"name": "Food Japan", "country": "SG", "timezone": "Asia/Singapore",
                             "starts_on": "2026-10-29", "ends_on": "2026-10-31"}, actor=ACTOR).id


def _exhibitor(crm, fair, name="札幌食品株式会社", contact=True, **results):
    org = crm.organizations.create({"name": name, "country": "JP", "kind": "local_company"}, actor=ACTOR).id
    person = crm.contacts.create({"family_name": "佐藤", "given_name": "一郎", "organization_id": org},
                                 actor=ACTOR).id if contact else None
    crm.participations.create({"fair_id": fair, "organization_id": org, "contact_id": person, "booth": "A-12",
                               **results}, actor=ACTOR)
    return org


def _capture(crm, fair, at=dt.datetime(2026, 10, 29, 3, 0, tzinfo=UTC), **values):
    values = {"name": "Lim Wei Ming", "company": "Lim Trading Pte. Ltd.", **values}
    return crm.intake.capture(fair, values, actor=ACTOR, now=at)


def test_counts_use_the_fairs_local_day(crm, fair):
    # Singapore is UTC+8: 15:59 UTC on the 29th is 23:59 there, 16:00 UTC is already the 30th.
    _capture(crm, fair, at=dt.datetime(2026, 10, 29, 1, 0, tzinfo=UTC))
    _capture(crm, fair, at=dt.datetime(2026, 10, 29, 15, 59, tzinfo=UTC), name="B")
    _capture(crm, fair, at=dt.datetime(2026, 10, 29, 16, 0, tzinfo=UTC), name="C")
    assert crm.fairs.capture_counts(fair, today=dt.date(2026, 10, 29)) == (2, 3)
    assert crm.fairs.capture_counts(fair, today=dt.date(2026, 10, 30)) == (1, 3)
    assert crm.fairs.capture_counts(fair).fair == 3


# ------------------------------------------------------------------------------------------- follow-up

def test_followups_are_due_by_rating_and_d_gets_none(crm, fair):
    leads = {r: _capture(crm, fair, name=f"Buyer {r}", rating=r).id for r in ("A", "B", "C", "D")}
    unrated = _capture(crm, fair, name="Buyer none").id
    crm.fairs.create_followups(fair, actor=ACTOR, today=dt.date(2026, 11, 2))
    due = {t["record_id"]: t["due_on"] for t in crm.tasks.list()}
    assert due == {leads["A"]: dt.date(2026, 11, 3), leads["B"]: dt.date(2026, 11, 4),
                   leads["C"]: dt.date(2026, 11, 9), unrated: dt.date(2026, 11, 9)}
    assert crm.leads.get(leads["A"])["follow_up_on"] == dt.date(2026, 11, 3)


def test_followups_are_idempotent(crm, fair):
    _capture(crm, fair, rating="A")
    first = crm.fairs.create_followups(fair, actor=ACTOR, today=dt.date(2026, 11, 2))
    again = crm.fairs.create_followups(fair, actor=ACTOR, today=dt.date(2026, 11, 3))
    assert len(first.touched["task"]) == 1 and not again
    assert crm.tasks.count() == 1


def test_the_task_goes_to_the_exhibitors_contact_else_to_the_leads_owner(crm, fair):
    exhibitor = _exhibitor(crm, fair)
    bare = _exhibitor(crm, fair, name="北海道乳業", contact=False)
    to_company = _capture(crm, fair, rating="A", interest_organization_id=exhibitor).id
    to_owner = crm.intake.capture(fair, {"name": "Ng", "rating": "B", "owner": "suzuki",
                                        "interest_organization_id": bare}, actor=ACTOR).id
    crm.fairs.create_followups(fair, actor="kato", today=dt.date(2026, 11, 2), lang="en")
    tasks = {t["record_id"]: t for t in crm.tasks.list()}
    assert tasks[to_company]["assignee"] == "佐藤一郎"
    assert tasks[to_owner]["assignee"] == "suzuki"
    assert tasks[to_company]["title"] == "Follow up (A): Lim Wei Ming (Food Japan)"


def test_a_japanese_followup_names_the_fair_by_its_japanese_name_in_parentheses(crm):
    fair = crm.fairs.create({"name": "Food Japan", "name_ja": "フードジャパン", "country": "SG", "timezone": "Asia/Singapore",
                             "starts_on": "2026-10-29", "ends_on": "2026-10-31"}, actor=ACTOR).id
    lead = _capture(crm, fair, rating="A").id
    crm.fairs.create_followups(fair, actor="kato", today=dt.date(2026, 11, 2), lang="ja")
    assert {t["record_id"]: t["title"] for t in crm.tasks.list()}[lead] == "フォローアップ（A）: Lim Wei Ming（フードジャパン）"


def test_closed_leads_get_no_followup(crm, fair):
    lead = _capture(crm, fair, rating="A").id
    crm.leads.update(lead, {"status": "lost"}, actor=ACTOR)
    assert not crm.fairs.create_followups(fair, actor=ACTOR, today=dt.date(2026, 11, 2))


# ------------------------------------------------------------------------------------------- results

def test_results_count_leads_by_country_rating_and_company_and_sum_participations(crm, fair):
    a = _exhibitor(crm, fair, negotiations=5, deals=2, expected_sales_jpy=3_000_000, cost_jpy=400_000,
                   subsidy_jpy=200_000)
    b = _exhibitor(crm, fair, name="北海道乳業", contact=False, negotiations=1, actual_sales_jpy=500_000)
    _capture(crm, fair, rating="A", interest_organization_id=a)
    _capture(crm, fair, name="Chen", company="Chen Foods", country="TW", rating="A", interest_organization_id=a)
    _capture(crm, fair, name="Tan", rating="B", interest_organization_id=b)
    _capture(crm, fair, name="Ng")
    results = crm.fairs.results(fair)
    assert results.leads == 4
    assert [(t.key, t.count) for t in results.by_country] == [("SG", 3), ("TW", 1)]
    assert [(t.key, t.count) for t in results.by_rating] == [("A", 2), ("B", 1), (None, 1)]
    assert {t.key: t.count for t in results.by_interest} == {a: 2, b: 1, None: 1}
    per = {p.organization_id: p for p in results.participations}
    assert (per[a].leads, per[a].deals, per[a].subsidy_jpy, per[b].actual_sales_jpy) == (2, 2, 200_000, 500_000)
    t = results.totals
    assert (t.leads, t.negotiations, t.deals, t.expected_sales_jpy, t.actual_sales_jpy, t.cost_jpy, t.subsidy_jpy) == (
        4, 6, 2, 3_000_000, 500_000, 400_000, 200_000)
    assert results.as_json()["totals"]["deals"] == 2


def test_results_leave_out_deleted_leads(crm, fair):
    lead = _capture(crm, fair, rating="A").id
    crm.leads.delete(lead, actor=ACTOR)
    assert crm.fairs.results(fair).leads == 0


# ------------------------------------------------------------------------------------------- participations

def test_a_participation_records_booth_products_money_objectives_and_results(crm, fair):
    org = crm.organizations.create({"name": "札幌食品"}, actor=ACTOR).id
    saved = crm.participations.create({
        "fair_id": fair, "organization_id": org, "booth": "A-12", "products": "ホタテ, 昆布",
        "objectives": "新規バイヤー10社", "cost_jpy": "400000", "subsidy_jpy": 200000, "negotiations": 5,
        "deals": 2, "expected_sales_jpy": 3000000, "actual_sales_jpy": 1200000}, actor=ACTOR).record
    assert (saved["booth"], saved["objectives"], saved["cost_jpy"]) == ("A-12", "新規バイヤー10社", 400000)
    assert (saved["organization_name"], saved["fair_name"]) == ("札幌食品", "Food Japan")


def test_a_company_takes_part_in_a_fair_once(crm, fair):
    org = _exhibitor(crm, fair)
    with pytest.raises(ValidationError) as info:
        crm.participations.create({"fair_id": fair, "organization_id": org}, actor=ACTOR)
    assert info.value.fields == ["organization_id"]


def test_a_subsidy_above_the_cost_is_refused(crm, fair):
    org = crm.organizations.create({"name": "札幌食品"}, actor=ACTOR).id
    with pytest.raises(ValidationError) as info:
        crm.participations.create({"fair_id": fair, "organization_id": org, "cost_jpy": 100, "subsidy_jpy": 200},
                                  actor=ACTOR)
    assert info.value.fields == ["subsidy_jpy"]
    assert "200" in info.value.message("ja")


# ------------------------------------------------------------------------------------------- which fair

def _new_fair(crm, name, country, zone, starts, ends):
    return crm.fairs.create({"name": name, "country": country, "timezone": zone, "starts_on": starts,
                             "ends_on": ends}, actor="t").id


def test_the_current_fair_is_decided_by_the_date_in_the_fairs_own_zone(crm):
    honolulu = _new_fair(crm, "Hawaii Food", "US", "Pacific/Honolulu", "2026-10-29", "2026-10-29")
    auckland = _new_fair(crm, "NZ Fine Food", "NZ", "Pacific/Auckland", "2026-10-30", "2026-10-30")
    # 2026-10-29 20:00 UTC is still the 29th in Honolulu but already the 30th in Auckland.
    now = dt.datetime(2026, 10, 29, 20, 0, tzinfo=UTC)
    assert {f.id for f in crm.fairs.current(now)} == {honolulu, auckland}
    later = dt.datetime(2026, 10, 30, 12, 0, tzinfo=UTC)
    assert [f.id for f in crm.fairs.current(later)] == []
    assert [f.name for f in crm.fairs.recent()] == ["NZ Fine Food", "Hawaii Food"]


def test_exhibitors_are_the_fairs_live_participations(crm):
    fair = _new_fair(crm, "FHA", "SG", "Asia/Singapore", "2026-04-21", "2026-04-24")
    org = crm.organizations.create({"name": "札幌食品株式会社", "country": "JP"}, actor="t").id
    other = crm.organizations.create({"name": "小樽物産", "country": "JP"}, actor="t").id
    crm.participations.create({"fair_id": fair, "organization_id": org, "booth": "A-1", "products": "ホタテ"},
                              actor="t")
    gone = crm.participations.create({"fair_id": fair, "organization_id": other}, actor="t").id
    crm.participations.delete(gone, actor="t")
    [found] = crm.fairs.exhibitors(fair)
    assert (found.organization_id, found.name, found.booth, found.products) == (org, "札幌食品株式会社", "A-1", "ホタテ")
