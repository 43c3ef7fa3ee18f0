"""Export support: the per-record rules, a company's case, the fiscal-year case count, buyer suggestions,
introductions, what needs attention and a market, on both databases."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sapporo_mice import fiscal
from sapporo_mice.errors import NotFoundError, ValidationError
from sapporo_mice.export_support import count_by_fiscal_year, products
from sapporo_mice.services.export_support import clean_codes, japan_date
from sapporo_mice.enums import Certification

ACTOR = "sato"
UTC = dt.timezone.utc
TODAY = dt.date(2026, 12, 1)


def _company(crm, name="札幌乳業株式会社", products_text="チーズ、バター", markets=(("SG", 1),), industry="食品製造",
             **profile):
    org = crm.organizations.create({"name": name, "kind": "local_company", "country": "JP",
                                    "industry": industry}, actor=ACTOR).id
    crm.company_profiles.create({"organization_id": org, "stage": "exploring", "products": products_text,
                                 "staff": "佐藤 花子", **profile}, actor=ACTOR)
    for country, priority in markets:
        crm.target_markets.create({"organization_id": org, "country": country, "priority": priority}, actor=ACTOR)
    return org


def _buyer(crm, name="Lim Dairy Trading", country="SG", industry="Dairy importer", notes=None):
    return crm.organizations.create({"name": name, "kind": "overseas_buyer", "country": country,
                                     "industry": industry, "notes": notes}, actor=ACTOR).id


def _fair(crm):
    return crm.fairs.create({"name": "Food Japan", "country": "SG", "timezone": "Asia/Singapore",
                             "starts_on": "2026-10-29", "ends_on": "2026-10-31"}, actor=ACTOR).id


# ------------------------------------------------------------------------------------------ record rules
def test_a_need_addressed_needs_its_answer_and_is_dated(crm):
    org = _company(crm)
    need = crm.support_needs.create({"organization_id": org, "area": "certification",
                                     "description": "ハラール認証を取りたい"}, actor=ACTOR)
    with pytest.raises(ValidationError) as caught:
        crm.support_needs.update(need.id, {"resolved": True}, actor=ACTOR, expected_version=1)
    assert [p.field for p in caught.value.problems] == ["answer"]
    assert "回答" in caught.value.problems[0].message("ja")
    done = crm.support_needs.update(need.id, {"resolved": True, "answer": "認証機関を紹介"}, actor=ACTOR,
                                    expected_version=1)
    assert done.record["addressed_on"] is not None
    reopened = crm.support_needs.update(need.id, {"resolved": False}, actor=ACTOR, expected_version=2)
    assert reopened.record["addressed_on"] is None


def test_a_consultations_next_step_is_a_task_kept_in_step(crm):
    org = _company(crm)
    saved = crm.consultations.create({"organization_id": org, "held_at": "2026-11-10T10:00:00+09:00",
                                      "area": "logistics", "summary": "冷凍輸送の相談", "next_step": "物流会社を紹介",
                                      "next_step_due": "2026-11-20"}, actor=ACTOR)
    task_id = saved.record["next_step_task_id"]
    task = crm.tasks.get(task_id)
    assert (task["title"], task["due_on"], task["assignee"]) == ("物流会社を紹介", dt.date(2026, 11, 20), "佐藤 花子")
    assert (task["record_type"], task["record_id"]) == ("consultation", saved.id)
    crm.consultations.update(saved.id, {"next_step": "物流会社2社を紹介", "next_step_due": "2026-11-25"},
                             actor=ACTOR, expected_version=saved.record["version"])
    task = crm.tasks.get(task_id)
    assert (task["title"], task["due_on"]) == ("物流会社2社を紹介", dt.date(2026, 11, 25))
    current = crm.consultations.get(saved.id)
    crm.consultations.update(saved.id, {"next_step": None}, actor=ACTOR, expected_version=current["version"])
    assert crm.consultations.get(saved.id)["next_step_task_id"] is None
    with pytest.raises(NotFoundError):
        crm.tasks.get(task_id)


def test_a_company_targets_a_country_once(crm):
    org = _company(crm, markets=(("SG", 1),))
    with pytest.raises(ValidationError) as caught:
        crm.target_markets.create({"organization_id": org, "country": "sg"}, actor=ACTOR)
    assert caught.value.problems[0].field == "country"


def test_support_given_names_what_it_gave(crm):
    org = _company(crm)
    with pytest.raises(ValidationError) as caught:
        crm.support_given.create({"organization_id": org, "kind": "introduction", "given_on": "2026-11-01"},
                                 actor=ACTOR)
    assert caught.value.problems[0].field == "counterpart_id"
    with pytest.raises(ValidationError) as caught:
        crm.support_given.create({"organization_id": org, "kind": "fair_slot", "given_on": "2026-11-01"},
                                 actor=ACTOR)
    assert caught.value.problems[0].field == "fair_id"
    fair = _fair(crm)
    slot = crm.support_given.create({"organization_id": org, "kind": "fair_slot", "given_on": "2026-11-01",
                                     "fair_id": fair, "amount_jpy": 300_000}, actor=ACTOR)
    assert slot.record["amount_jpy"] == 300_000


def test_certifications_are_a_set_of_codes(crm):
    assert clean_codes("HACCP、fssc 22000, halal", Certification) == ",halal,haccp,fssc_22000,"
    assert clean_codes(["halal", "halal"], Certification) == ",halal,"
    assert clean_codes("", Certification) is None
    org = _company(crm, name="B社")
    profile = crm.company_profiles.for_company(org)
    with pytest.raises(ValidationError) as caught:
        crm.company_profiles.update(profile["id"], {"certifications": "ISO 9001"}, actor=ACTOR,
                                    expected_version=profile["version"])
    assert caught.value.problems[0].field == "certifications"


# ------------------------------------------------------------------------------------------ fiscal year
def test_expansion_cases_count_by_fiscal_year_at_the_31_march_boundary(crm):
    org = _company(crm)
    for day in ("2027-03-31", "2027-04-01", "2026-04-01"):
        crm.expansion_cases.create({"organization_id": org, "country": "SG", "kind": "first_export",
                                    "occurred_on": day}, actor=ACTOR)
    # A moment late on 31 March UTC is already 1 April in Sapporo.
    crm.expansion_cases.create({"organization_id": org, "country": "TH", "kind": "ecommerce",
                                "occurred_on": "2027-03-31T15:30:00Z"}, actor=ACTOR)
    assert crm.export.case_counts() == {2026: 2, 2027: 2}
    assert [c.occurred_on for c in crm.export.cases(2026)] == [dt.date(2027, 3, 31), dt.date(2026, 4, 1)]
    assert {c.occurred_on for c in crm.export.cases(2027)} == {dt.date(2027, 4, 1)}
    assert len(crm.export.cases(2027)) == 2
    assert crm.export.case(org).cases_by_fiscal_year() == {2026: 2, 2027: 2}


def test_a_deleted_case_no_longer_counts(crm):
    org = _company(crm)
    case = crm.expansion_cases.create({"organization_id": org, "country": "SG", "kind": "distributor_contract",
                                       "occurred_on": "2026-06-01"}, actor=ACTOR)
    assert crm.export.case_counts() == {2026: 1}
    crm.expansion_cases.delete(case.id, actor=ACTOR)
    assert crm.export.case_counts() == {}


@given(st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2090, 1, 1)))
@settings(max_examples=200, deadline=None)
def test_a_moments_japan_date_lies_in_the_fiscal_year_of_the_moment(moment):
    day = japan_date(moment.replace(tzinfo=UTC))
    assert fiscal.of(day) == fiscal.of(moment.replace(tzinfo=UTC))
    assert count_by_fiscal_year([day]) == {fiscal.of(day): 1}


# ------------------------------------------------------------------------------------------ the case
def test_a_companys_case_holds_every_part(crm):
    org = _company(crm, certifications="halal, haccp", languages="en, zh_hant")
    buyer = _buyer(crm)
    crm.support_needs.create({"organization_id": org, "area": "tax", "description": "関税"}, actor=ACTOR)
    crm.consultations.create({"organization_id": org, "held_at": "2026-11-10T10:00:00+09:00", "area": "tax",
                              "summary": "関税の相談", "next_step": "税率表を送る"}, actor=ACTOR)
    crm.support_given.create({"organization_id": org, "kind": "subsidy", "given_on": "2026-06-01",
                              "amount_jpy": 500_000}, actor=ACTOR)
    crm.support_given.create({"organization_id": org, "kind": "introduction", "given_on": "2026-07-01",
                              "counterpart_id": buyer, "amount_jpy": None}, actor=ACTOR)
    case = crm.export.case(org)
    assert case.profile["certifications"] == ",halal,haccp," and case.profile["languages"] == ",en,zh_hant,"
    assert [m["country"] for m in case.markets] == ["SG"]
    assert case.open_needs == 1
    consultation = case.consultations[0]
    assert case.next_steps[consultation["id"]]["title"] == "税率表を送る"
    assert case.support_total_jpy == 500_000
    assert case.names[buyer] == "Lim Dairy Trading"


# ------------------------------------------------------------------------------------------ suggestions
def test_buyers_are_ranked_with_their_reasons(crm):
    org = _company(crm, certifications="halal", markets=(("SG", 1), ("TH", 3)))
    best = _buyer(crm, "Lim Dairy Trading", "SG", "Dairy importer", "Looking for halal cheese")
    country_only = _buyer(crm, "Bangkok Furniture", "TH", "Furniture retail")
    products_only = _buyer(crm, "Sydney Cheese Co", "AU", "Cheese and butter distributor")
    _buyer(crm, "Paris Software", "FR", "Software reseller")  # no country, no product: not suggested
    found = crm.export.suggest_buyers(org, today=TODAY)
    assert [s.id for s in found] == [best, products_only, country_only]
    top = found[0]
    assert [r.code for r in top.reasons] == ["country", "products", "certification"]
    assert top.score == 40 + 25 + 15
    texts = top.reason_texts("ja")
    assert texts[0] == "シンガポールをターゲット市場にしている（優先度: 高）"
    assert "乳製品" in texts[1] and "ハラール" in texts[2]
    assert "Singapore" in top.reason_texts("en")[0]


def test_a_fair_lead_rating_and_recency_raise_a_buyer(crm):
    org = _company(crm)
    fair = _fair(crm)
    a = _buyer(crm, "A Dairy", "SG", "dairy")
    b = _buyer(crm, "B Dairy", "SG", "dairy")
    crm.leads.create({"title": "B Dairy at the booth", "organization_id": b, "fair_id": fair, "rating": "A",
                      "captured_at": "2026-10-30T03:00:00Z", "interest": "butter"}, actor=ACTOR)
    found = crm.export.suggest_buyers(org, today=TODAY)
    assert [s.id for s in found] == [b, a]
    assert {r.code for r in found[0].reasons} >= {"rating", "recent"}


def test_an_open_fair_lead_without_organization_is_suggested_too(crm):
    org = _company(crm)
    fair = _fair(crm)
    lead = crm.leads.create({"title": "Mr Tan (cheese)", "fair_id": fair, "interest": "Hokkaido cheese",
                             "rating": "B"}, actor=ACTOR).id
    crm.leads.create({"title": "Lost one", "fair_id": fair, "interest": "cheese", "status": "lost"}, actor=ACTOR)
    found = crm.export.suggest_buyers(org, today=TODAY)
    assert [(s.kind, s.id) for s in found] == [("lead", lead)]


def test_the_reverse_ranks_companies_for_a_buyer(crm):
    dairy = _company(crm, "札幌乳業", "チーズ", (("SG", 1),))
    seafood = _company(crm, "小樽水産", "ほたて、いくら", (("SG", 2),))
    _company(crm, "旭川家具", "木製家具", (("US", 1),), industry="家具製造")
    buyer = _buyer(crm, "Lim Dairy Trading", "SG", "Dairy importer")
    found = crm.export.suggest_companies(buyer, today=TODAY)
    assert [s.id for s in found] == [dairy, seafood]
    with pytest.raises(NotFoundError):
        crm.export.suggest_companies("0190d1a2-0000-7000-8000-000000000000")


# ------------------------------------------------------------------------------------------ introduction
def test_an_introduction_writes_both_sides_a_task_and_the_support(crm):
    org = _company(crm)
    buyer = _buyer(crm)
    changes = crm.export.introduce(org, buyer_id=buyer, actor=ACTOR, reasons=["乳製品で一致"],
                                   today=dt.date(2026, 12, 1))
    assert set(changes.touched) >= {"activity", "task", "support_given"}
    sides = {(a["record_type"], a["record_id"]) for a in crm.activities.list()}
    assert sides == {("organization", org), ("organization", buyer)}
    task = crm.tasks.list(where={"record_id": org})[0]
    assert task["due_on"] == dt.date(2026, 12, 8) and task["assignee"] == "佐藤 花子"
    given = crm.support_given.list(where={"organization_id": org})[0]
    assert (given["kind"], given["counterpart_id"]) == ("introduction", buyer)
    # Introduced once: no longer suggested.
    assert buyer not in [s.id for s in crm.export.suggest_buyers(org, today=TODAY)]
    assert org not in [s.id for s in crm.export.suggest_companies(buyer, today=TODAY)]


def test_an_introduction_to_a_fair_lead_marks_the_lead(crm):
    org = _company(crm)
    lead = crm.leads.create({"title": "Mr Tan", "fair_id": _fair(crm), "interest": "cheese"}, actor=ACTOR).id
    crm.export.introduce(org, lead_id=lead, actor=ACTOR)
    assert {a["record_type"] for a in crm.activities.list()} == {"organization", "lead"}
    assert crm.support_given.list()[0]["lead_id"] == lead


def test_a_bad_introduction_writes_nothing(crm):
    org = _company(crm)
    buyer = _buyer(crm)
    with pytest.raises(ValidationError):
        crm.export.introduce(buyer, buyer_id=org, actor=ACTOR)  # the buyer is not a local company
    with pytest.raises(ValidationError):
        crm.export.introduce(org, actor=ACTOR)
    with pytest.raises(ValidationError):
        crm.export.introduce(org, buyer_id=org, actor=ACTOR)
    assert crm.activities.list() == [] and crm.tasks.list() == [] and crm.support_given.list() == []


# ------------------------------------------------------------------------------------------ views
def test_needs_attention_names_each_reason(crm):
    calm = _company(crm, "順調商事", markets=(("SG", 1),))
    needy = _company(crm, "相談中食品", markets=(("TH", 1),))
    crm.support_needs.create({"organization_id": needy, "area": "legal"}, actor=ACTOR)
    now = dt.datetime.now(UTC)
    crm.activities.create({"kind": "call", "subject": "近況確認", "occurred_at": now, "record_type": "organization",
                           "record_id": calm}, actor=ACTOR)
    crm.consultations.create({"organization_id": calm, "held_at": now, "area": "marketing", "country": "SG",
                              "summary": "価格設定"}, actor=ACTOR)
    found = {a.organization_id: a for a in crm.export.needs_attention()}
    assert calm not in found
    assert found[needy].reasons == ["open_needs", "no_contact", "quiet_markets"]
    assert found[needy].quiet_markets == ("TH",) and found[needy].last_contact is None


def test_a_contact_older_than_90_days_is_quiet(crm):
    org = _company(crm, markets=())
    today = dt.date(2026, 12, 1)
    crm.activities.create({"kind": "call", "subject": "電話", "record_type": "organization", "record_id": org,
                           "occurred_at": dt.datetime(2026, 9, 1, 3, 0, tzinfo=UTC)}, actor=ACTOR)
    assert [a.reasons for a in crm.export.needs_attention(today=today)] == [["no_contact"]]
    assert crm.export.needs_attention(today=dt.date(2026, 11, 29)) == []


def test_a_market_view_gathers_the_country(crm):
    org = _company(crm, markets=(("SG", 1),))
    _company(crm, "小樽水産", markets=(("TH", 1),))
    buyer = _buyer(crm)
    fair = _fair(crm)
    contact = crm.contacts.create({"family_name": "Tan", "country": "SG"}, actor=ACTOR).id
    crm.leads.create({"title": "Mr Tan", "fair_id": fair, "contact_id": contact}, actor=ACTOR)
    crm.leads.create({"title": "Lim at the booth", "fair_id": fair, "organization_id": buyer}, actor=ACTOR)
    crm.expansion_cases.create({"organization_id": org, "country": "SG", "kind": "first_export",
                                "occurred_on": "2026-08-01"}, actor=ACTOR)
    city = crm.organizations.create({"name": "シンガポール市", "kind": "partner_city", "country": "SG"},
                                    actor=ACTOR).id
    view = crm.export.market("sg")
    assert [c["organization_id"] for c in view.companies] == [org]
    assert [b["id"] for b in view.buyers] == [buyer]
    assert sorted(lead["title"] for lead in view.leads) == ["Lim at the booth", "Mr Tan"]
    assert [c.country for c in view.cases] == ["SG"]
    assert [p["id"] for p in view.partner_cities] == [city]
    assert crm.export.markets()[0] == ("SG", 1, 1)


def test_the_views_name_a_company_as_each_language_knows_it(crm):
    """A company that keeps an English name is named by it in English and by its Japanese name in Japanese, in the
    attention list, the cases and a market's view, as every other screen names it; one without, by its name."""
    org = _company(crm, "エゾバイオ株式会社", markets=(("SG", 1),))
    crm.organizations.update(org, {"name_en": "Ezo Bio Co., Ltd."}, actor=ACTOR, expected_version=1)
    plain = _company(crm, "小樽水産", markets=(("SG", 2),))
    crm.expansion_cases.create({"organization_id": org, "country": "SG", "kind": "first_export",
                                "occurred_on": "2026-08-01"}, actor=ACTOR)
    _buyer(crm, "Lim Dairy Trading")
    attention = {a.organization_id: a for a in crm.export.needs_attention()}
    assert attention[org].company_name("en") == "Ezo Bio Co., Ltd."
    assert attention[org].company_name("ja") == "エゾバイオ株式会社"
    assert attention[plain].company_name("en") == "小樽水産"
    (case,) = crm.export.cases()
    assert (case.company_name("en"), case.company_name("ja")) == ("Ezo Bio Co., Ltd.", "エゾバイオ株式会社")
    view = crm.export.market("SG")
    assert [(c["company"], c["company_en"]) for c in view.companies] == [("エゾバイオ株式会社", "Ezo Bio Co., Ltd."),
                                                                         ("小樽水産", None)]
    assert view.cases[0].company_name("en") == "Ezo Bio Co., Ltd."
    assert [(b["name"], b["name_en"]) for b in view.buyers] == [("Lim Dairy Trading", None)]


def test_suggestions_and_introductions_name_both_sides_as_each_language_knows_them(crm):
    org = _company(crm, "エゾバイオ株式会社", products_text="チーズ", markets=(("SG", 1),))
    crm.organizations.update(org, {"name_en": "Ezo Bio Co., Ltd."}, actor=ACTOR, expected_version=1)
    buyer = _buyer(crm, "林氏乳業", industry="cheese importer")
    crm.organizations.update(buyer, {"name_en": "Lim Dairy Trading", "name_ja": "リム乳業"}, actor=ACTOR,
                             expected_version=1)
    (fit,) = crm.export.suggest_companies(buyer, today=TODAY)
    assert (fit.shown_name("en"), fit.shown_name("ja")) == ("Ezo Bio Co., Ltd.", "エゾバイオ株式会社")
    (fit,) = crm.export.suggest_buyers(org, today=TODAY)
    assert (fit.shown_name("en"), fit.shown_name("ja"), fit.name) == ("Lim Dairy Trading", "リム乳業", "林氏乳業")
    assert fit.as_dict("en")["name_en"] == "Lim Dairy Trading"
    crm.export.introduce(org, buyer_id=buyer, actor=ACTOR, lang="en", today=TODAY)
    assert {a["subject"] for a in crm.activities.list()} == {"Introduction: Ezo Bio Co., Ltd. ↔ Lim Dairy Trading"}
    case = crm.export.case(org)  # the support given names the buyer it introduced
    assert (case.name_of(buyer, "en"), case.name_of(buyer, "ja")) == ("Lim Dairy Trading", "リム乳業")
    assert case.name_of("not-referred-to", "en") is None


def test_the_product_lexicon_matches_whole_latin_words():
    assert products.categories_in("Thailand retail") == frozenset()
    assert products.categories_in("チーズ") == {"dairy"}
    assert products.overlap(products.categories_in("チーズと食品"), products.categories_in("cheese food")) == ("dairy",)
    assert products.certifications_wanted("halal-certified sweets") == {"halal"}
