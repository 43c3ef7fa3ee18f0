"""The `company` command: cases by fiscal year, buyer suggestions, needs attention, on both databases."""

from __future__ import annotations

import json

from sapporo_mice.cli.main import main
from sapporo_mice.crm import Crm

ACTOR = "sato"


def _run(db_url, capsys, *argv):
    code = main(["--db", db_url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _seed(db_url):
    crm = Crm.open(db_url)
    try:
        org = crm.organizations.create({"name": "札幌乳業株式会社", "kind": "local_company", "country": "JP"},
                                       actor=ACTOR).id
        crm.company_profiles.create({"organization_id": org, "products": "チーズ"}, actor=ACTOR)
        crm.target_markets.create({"organization_id": org, "country": "SG", "priority": 1}, actor=ACTOR)
        buyer = crm.organizations.create({"name": "Lim Dairy Trading", "kind": "overseas_buyer", "country": "SG",
                                          "industry": "cheese importer"}, actor=ACTOR).id
        for day in ("2027-03-31", "2027-04-01"):
            crm.expansion_cases.create({"organization_id": org, "country": "SG", "kind": "first_export",
                                        "occurred_on": day, "value_jpy": 1_000_000}, actor=ACTOR)
        return org, buyer
    finally:
        crm.close()


def test_company_cases_counts_by_fiscal_year_as_json(db_url, capsys):
    _seed(db_url)
    code, out, _ = _run(db_url, capsys, "--json", "company", "cases")
    assert code == 0
    data = json.loads(out)
    assert data["counts"] == [{"fy": 2026, "cases": 1}, {"fy": 2027, "cases": 1}]
    code, out, _ = _run(db_url, capsys, "--json", "company", "cases", "--fy", "2026")
    data = json.loads(out)
    assert [c["occurred_on"] for c in data["cases"]] == ["2027-03-31"] and data["counts"] == [{"fy": 2026, "cases": 1}]


def test_company_cases_in_japanese_text(db_url, capsys):
    _seed(db_url)
    code, out, _ = _run(db_url, capsys, "--lang", "ja", "company", "cases", "--fy", "FY2027")
    assert code == 0
    assert "2027年度" in out and "札幌乳業株式会社" in out and "初輸出" in out and "シンガポール" in out


def test_company_cases_with_a_bad_year_exits_1(db_url, capsys):
    code, out, err = _run(db_url, capsys, "--lang", "en", "company", "cases", "--fy", "next")
    assert code == 1 and out == "" and err.startswith("--fy: next")


def test_company_suggest_lists_buyers_with_reasons(db_url, capsys):
    _org, buyer = _seed(db_url)
    code, out, _ = _run(db_url, capsys, "--json", "--lang", "ja", "company", "suggest", "札幌乳業株式会社")
    assert code == 0
    found = json.loads(out)
    assert [s["id"] for s in found] == [buyer]
    assert found[0]["reasons"][0] == "シンガポールをターゲット市場にしている（優先度: 高）"
    code, out, _ = _run(db_url, capsys, "--lang", "en", "company", "suggest", "札幌乳業株式会社")
    assert "Lim Dairy Trading (Singapore)  " in out and "targets Singapore" in out  # its country beside it


def test_company_suggest_for_an_unknown_company_exits_1(db_url, capsys):
    code, out, err = _run(db_url, capsys, "company", "suggest", "存在しない会社")
    assert code == 1 and out == "" and "存在しない会社" in err


def test_company_attention_names_the_reasons(db_url, capsys):
    _seed(db_url)
    code, out, _ = _run(db_url, capsys, "--json", "company", "attention")
    assert code == 0
    assert json.loads(out)[0]["reasons"] == ["no_contact"]
    code, out, _ = _run(db_url, capsys, "--lang", "ja", "company", "attention")
    assert "接触記録なし" in out
    assert out.startswith("札幌乳業株式会社: "), out  # no staff: no "  (-)" beside it


def test_company_suggest_for_a_buyer_lists_the_companies_that_fit(db_url, capsys):
    org, _buyer = _seed(db_url)
    code, out, _ = _run(db_url, capsys, "--json", "company", "suggest", "Lim Dairy Trading")
    assert code == 0
    assert [(s["kind"], s["id"]) for s in json.loads(out)] == [("company", org)]


def test_company_cases_and_attention_name_a_company_in_the_readers_language(db_url, capsys):
    """In English a company is named by the English name it keeps, in Japanese by its own; --json gives both."""
    org, _buyer = _seed(db_url)
    crm = Crm.open(db_url)
    try:
        crm.organizations.update(org, {"name_en": "Sapporo Dairy Co., Ltd."}, actor=ACTOR, expected_version=1)
    finally:
        crm.close()
    _code, out, _ = _run(db_url, capsys, "--lang", "en", "company", "cases")
    assert "Sapporo Dairy Co., Ltd.  Singapore" in out and "札幌乳業" not in out
    _code, out, _ = _run(db_url, capsys, "--lang", "en", "company", "attention")
    assert out.startswith("Sapporo Dairy Co., Ltd.: never contacted"), out
    _code, out, _ = _run(db_url, capsys, "--lang", "ja", "company", "attention")
    assert out.startswith("札幌乳業株式会社: "), out
    _code, out, _ = _run(db_url, capsys, "--json", "company", "cases")
    assert {(c["company"], c["company_en"]) for c in json.loads(out)["cases"]} == {
        ("札幌乳業株式会社", "Sapporo Dairy Co., Ltd.")}
