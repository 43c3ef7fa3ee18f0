"""The demo's export case shows every path of the area, in Japanese, on both databases."""

from __future__ import annotations

import datetime as dt

from sapporo_mice import demo, fiscal

TODAY = dt.date(2026, 12, 2)


def test_the_demo_case_shows_every_path(crm):
    demo.generate(crm.store, scale=0.1, seed=7, actor="demo", today=TODAY)
    profile = next(p for p in crm.company_profiles.list(limit=None) if p["languages"] == ",en,zh_hant,")
    org = profile["organization_id"]
    case = crm.export.case(org)
    assert profile["staff"] == "佐藤 花子" and profile["certifications"] == ",halal,haccp,hokkaido_haccp,"
    assert [m["country"] for m in case.markets] == ["SG", "TW", "TH"] and all(m["reason"] for m in case.markets)
    assert sorted(bool(n["resolved"]) for n in case.needs) == [False, False, True]
    assert all(n["answer"] for n in case.needs if n["resolved"])
    assert sorted(step["done"] for step in case.next_steps.values()) == [False, True]
    assert {s["kind"] for s in case.support} >= {"subsidy", "expert", "introduction"}
    year = fiscal.of(TODAY)
    assert sorted(c["occurred_on"] for c in case.cases) == [dt.date(year, 3, 31), dt.date(year, 4, 1)]
    assert case.cases_by_fiscal_year() == {year - 1: 1, year: 1}
    assert crm.export.suggest_buyers(org, today=TODAY)
    attention = {a.organization_id: a for a in crm.export.needs_attention(today=TODAY)}
    assert attention[org].open_needs == 2 and "TH" in attention[org].quiet_markets


def test_the_demo_gives_food_certifications_and_food_texts_only_to_companies_that_sell_food(crm):
    """A reviewer found a software company holding ハラール: the certifications are food and farm ones."""
    demo.generate(crm.store, scale=0.1, seed=7, actor="demo", today=TODAY)
    industries = {p["organization_id"]: crm.organizations.get(p["organization_id"])["industry"]
                  for p in crm.company_profiles.list(limit=None)}
    certified = {org: industry for org, industry in industries.items()
                 if any(p["organization_id"] == org and p["certifications"] for p in crm.company_profiles.list(limit=None))}
    assert certified and set(certified.values()) <= {"food", "agriculture", "research", "化粧品"}
    assert set(industries.values()) - {"food", "agriculture", "research", "化粧品"}  # the others are there, bare
    food_words = ("ハラール", "冷凍", "味付け", "日本食")
    others = {org for org, industry in industries.items() if industry not in {"food", "agriculture", "trade"}}
    texts = [n["description"] for n in crm.support_needs.list(limit=None) if n["organization_id"] in others]
    texts += [c["summary"] for c in crm.consultations.list(limit=None) if c["organization_id"] in others]
    texts += [m["reason"] or "" for m in crm.target_markets.list(limit=None) if m["organization_id"] in others]
    assert texts and not [t for t in texts if any(w in t for w in food_words)]
