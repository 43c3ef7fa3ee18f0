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
