"""Booth capture, capture counts, follow-up tasks, fair results and participation rules, on both databases."""

from __future__ import annotations

import datetime as dt

import pytest

from sapporo_mice.errors import NotFoundError, ValidationError
from sapporo_mice.fair_ops import (
    CAPTURE_FIELDS,
    capture_counts,
    capture_lead,
    create_followups,
    fair_results,
    possible_duplicates,
)

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
    return capture_lead(crm, fair, values, actor=ACTOR, now=at)


# ------------------------------------------------------------------------------------------- capture

def test_the_booth_form_fields_come_in_business_card_order():
    assert CAPTURE_FIELDS[:7] == ("name", "reading", "company", "country", "email", "phone", "title")


def test_a_capture_creates_organization_contact_and_lead_in_the_fairs_country_and_zone(crm, fair):
    exhibitor = _exhibitor(crm, fair)
    saved = _capture(crm, fair, email="wm@lim.sg", phone="9123 4567", title="Buyer", rating="A",
                     interest_organization_id=exhibitor, interest="冷凍ホタテ", notes="サンプル希望",
                     next_action="見積送付")
    lead = saved.record
    assert (lead["fair_id"], lead["rating"], lead["kind"], lead["owner"]) == (fair, "A", "trade_buyer", ACTOR)
    assert lead["captured_at"] == dt.datetime(2026, 10, 29, 3, 0, tzinfo=UTC)
    assert lead["captured_tz"] == "Asia/Singapore"
    assert (lead["interest_organization_id"], lead["next_action"]) == (exhibitor, "見積送付")
    contact = crm.contacts.get(lead["contact_id"])
    assert (contact["country"], contact["title"], contact["latin_name"]) == ("SG", "Buyer", "Lim Wei Ming")
    assert contact["phones"][0]["e164"] == "+6591234567"
    org = crm.organizations.get(lead["organization_id"])
    assert (org["name"], org["country"], org["kind"]) == ("Lim Trading Pte. Ltd.", "SG", "overseas_buyer")
    assert saved.changes.record_types == {"organization", "contact", "lead"}


def test_a_capture_reuses_the_company_with_the_same_name_in_the_same_country_only(crm, fair):
    first = _capture(crm, fair).record["organization_id"]
    assert _capture(crm, fair, name="Tan Ah Kow", company="LIM TRADING").record["organization_id"] == first
    other = _capture(crm, fair, name="Lim Ah Hock", company="Lim Trading Sdn. Bhd.", country="MY")
    assert other.record["organization_id"] != first


def test_a_japanese_card_splits_name_and_reading(crm, fair):
    saved = _capture(crm, fair, name="山田 太郎", reading="やまだ たろう", company="丸紅食料", country="JP")
    contact = crm.contacts.get(saved.record["contact_id"])
    assert (contact["family_name"], contact["given_name"]) == ("山田", "太郎")
    assert (contact["family_name_kana"], contact["given_name_kana"]) == ("やまだ", "たろう")
    assert contact["reading_key"] == "やまだたろう"


def test_an_unparseable_phone_is_kept_raw_with_a_warning_on_the_phone_field(crm, fair):
    saved = _capture(crm, fair, phone="12")
    assert [(w.field, w.code) for w in saved.warnings] == [("phone", "field.phone_invalid")]
    assert crm.contacts.get(saved.record["contact_id"])["phones"][0]["raw"] == "12"


def test_bad_input_names_every_form_field_and_writes_nothing(crm, fair):
    with pytest.raises(ValidationError) as info:
        capture_lead(crm, fair, {"name": "", "company": "X", "email": "wm@", "country": "XX", "rating": "E"},
                     actor=ACTOR)
    assert set(info.value.fields) == {"name", "email", "country", "rating"}
    assert crm.stats()["organizations"] == crm.stats()["contacts"] == crm.stats()["leads"] == 0


def test_interest_must_be_a_company_exhibiting_at_the_fair(crm, fair):
    stranger = crm.organizations.create({"name": "無関係商事"}, actor=ACTOR).id
    with pytest.raises(ValidationError) as info:
        _capture(crm, fair, interest_organization_id=stranger)
    assert info.value.fields == ["interest_organization_id"]
    assert crm.stats()["leads"] == 0


def test_a_capture_can_reuse_a_known_contact_picked_from_the_duplicate_warning(crm, fair):
    first = _capture(crm, fair, email="wm@lim.sg").record
    [hint] = possible_duplicates(crm.db, fair, {"email": "WM@lim.sg"})
    again = capture_lead(crm, fair, {"contact_id": hint.contact_id, "organization_id": first["organization_id"],
                                     "rating": "B"}, actor=ACTOR).record
    assert again["contact_id"] == first["contact_id"]
    assert crm.stats()["contacts"] == 1


def test_a_known_contact_picked_at_the_booth_keeps_the_details_read_off_the_new_card(crm, fair):
    first = _capture(crm, fair, email="wm@lim.sg").record
    capture_lead(crm, fair, {"contact_id": first["contact_id"], "email": "wei.ming@lim.sg", "phone": "9123 4567",
                             "rating": "B"}, actor=ACTOR)
    stored = crm.contacts.get(first["contact_id"])
    assert [e["email"] for e in stored["emails"]] == ["wm@lim.sg", "wei.ming@lim.sg"]
    assert [p["e164"] for p in stored["phones"]] == ["+6591234567"]  # read with the fair's country
    assert crm.stats()["contacts"] == 1 and crm.stats()["leads"] == 2


def test_the_duplicate_warning_reads_a_local_phone_with_the_fairs_country(crm, fair):
    first = _capture(crm, fair, phone="+65 9123 4567").record
    hints = possible_duplicates(crm.db, fair, {"phone": "9123-4567"})
    assert [(h.contact_id, h.reason) for h in hints] == [(first["contact_id"], "phone")]


def test_unknown_fields_and_missing_fairs_are_refused(crm, fair):
    with pytest.raises(ValidationError) as info:
        capture_lead(crm, fair, {"name": "x", "fax": "1"}, actor=ACTOR)
    assert info.value.fields == ["fax"]
    with pytest.raises(NotFoundError):
        capture_lead(crm, "no-such-fair", {"name": "x"}, actor=ACTOR)


def test_counts_use_the_fairs_local_day(crm, fair):
    # Singapore is UTC+8: 15:59 UTC on the 29th is 23:59 there, 16:00 UTC is already the 30th.
    _capture(crm, fair, at=dt.datetime(2026, 10, 29, 1, 0, tzinfo=UTC))
    _capture(crm, fair, at=dt.datetime(2026, 10, 29, 15, 59, tzinfo=UTC), name="B")
    _capture(crm, fair, at=dt.datetime(2026, 10, 29, 16, 0, tzinfo=UTC), name="C")
    assert capture_counts(crm.db, fair, today=dt.date(2026, 10, 29)) == (2, 3)
    assert capture_counts(crm.db, fair, today=dt.date(2026, 10, 30)) == (1, 3)
    assert capture_counts(crm.db, fair).fair == 3


# ------------------------------------------------------------------------------------------- follow-up

def test_followups_are_due_by_rating_and_d_gets_none(crm, fair):
    leads = {r: _capture(crm, fair, name=f"Buyer {r}", rating=r).id for r in ("A", "B", "C", "D")}
    unrated = _capture(crm, fair, name="Buyer none").id
    create_followups(crm, fair, actor=ACTOR, today=dt.date(2026, 11, 2))
    due = {t["record_id"]: t["due_on"] for t in crm.tasks.list()}
    assert due == {leads["A"]: dt.date(2026, 11, 3), leads["B"]: dt.date(2026, 11, 4),
                   leads["C"]: dt.date(2026, 11, 9), unrated: dt.date(2026, 11, 9)}
    assert crm.leads.get(leads["A"])["follow_up_on"] == dt.date(2026, 11, 3)


def test_followups_are_idempotent(crm, fair):
    _capture(crm, fair, rating="A")
    first = create_followups(crm, fair, actor=ACTOR, today=dt.date(2026, 11, 2))
    again = create_followups(crm, fair, actor=ACTOR, today=dt.date(2026, 11, 3))
    assert len(first.touched["task"]) == 1 and not again
    assert crm.tasks.count() == 1


def test_the_task_goes_to_the_exhibitors_contact_else_to_the_leads_owner(crm, fair):
    exhibitor = _exhibitor(crm, fair)
    bare = _exhibitor(crm, fair, name="北海道乳業", contact=False)
    to_company = _capture(crm, fair, rating="A", interest_organization_id=exhibitor).id
    to_owner = capture_lead(crm, fair, {"name": "Ng", "rating": "B", "owner": "suzuki",
                                        "interest_organization_id": bare}, actor=ACTOR).id
    create_followups(crm, fair, actor="kato", today=dt.date(2026, 11, 2), lang="en")
    tasks = {t["record_id"]: t for t in crm.tasks.list()}
    assert tasks[to_company]["assignee"] == "佐藤一郎"
    assert tasks[to_owner]["assignee"] == "suzuki"
    assert tasks[to_company]["title"] == "Follow up (A): Lim Wei Ming — Food Japan"


def test_closed_leads_get_no_followup(crm, fair):
    lead = _capture(crm, fair, rating="A").id
    crm.leads.update(lead, {"status": "lost"}, actor=ACTOR)
    assert not create_followups(crm, fair, actor=ACTOR, today=dt.date(2026, 11, 2))


# ------------------------------------------------------------------------------------------- results

def test_results_count_leads_by_country_rating_and_company_and_sum_participations(crm, fair):
    a = _exhibitor(crm, fair, negotiations=5, deals=2, expected_sales_jpy=3_000_000, cost_jpy=400_000,
                   subsidy_jpy=200_000)
    b = _exhibitor(crm, fair, name="北海道乳業", contact=False, negotiations=1, actual_sales_jpy=500_000)
    _capture(crm, fair, rating="A", interest_organization_id=a)
    _capture(crm, fair, name="Chen", company="Chen Foods", country="TW", rating="A", interest_organization_id=a)
    _capture(crm, fair, name="Tan", rating="B", interest_organization_id=b)
    _capture(crm, fair, name="Ng")
    results = fair_results(crm.db, fair)
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
    assert fair_results(crm.db, fair).leads == 0


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
