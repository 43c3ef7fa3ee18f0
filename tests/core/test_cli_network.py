"""The `network` command: list, exchanges [--fy], anniversaries, in JSON and in words (both databases)."""

from __future__ import annotations

import json

from sapporo_mice.cli.main import main
from sapporo_mice.crm import Crm

ACTOR = "佐藤 花子"


def _run(db_url, capsys, *argv):
    code = main(["--db", db_url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _seed(db_url) -> dict[str, str]:
    crm = Crm.open(db_url)
    try:
        cities = crm.service("partner_city")
        munich = cities.create({"name": "ミュンヘン", "name_en": "Munich", "country": "DE", "relationship": "sister",
                                "since_year": 1972, "since_on": "1972-08-28"}, actor=ACTOR).id
        daejeon = cities.create({"name": "大田", "name_en": "Daejeon", "country": "KR", "relationship": "sister",
                                 "since_year": 2010}, actor=ACTOR).id
        wwcam = crm.service("city_network").create({"name": "世界冬の都市市長会", "name_en": "WWCAM",
                                                    "kind": "city_association", "sapporo_role": "secretariat",
                                                    "sapporo_since_year": 1982}, actor=ACTOR).id
        crm.service("network_membership").create({"network_id": wwcam, "partner_city_id": daejeon}, actor=ACTOR)
        exchanges = crm.service("exchange")
        exchanges.create({"title": "クリスマス市", "kind": "cultural", "starts_on": "2026-11-27",
                          "partner_city_id": munich}, actor=ACTOR)
        exchanges.create({"title": "科学技術交流", "kind": "technical_cooperation", "starts_on": "2027-01-15",
                          "partner_city_id": daejeon}, actor=ACTOR)
        exchanges.create({"title": "前年度", "kind": "cultural", "starts_on": "2026-03-15", "partner_city_id": munich},
                         actor=ACTOR)
        return {"munich": munich, "daejeon": daejeon}
    finally:
        crm.close()


def test_network_list_as_json_gives_cities_with_their_networks(db_url, capsys):
    ids = _seed(db_url)
    code, out, _ = _run(db_url, capsys, "--json", "network", "list")
    assert code == 0
    data = json.loads(out)
    assert [(c["id"], c["relationship"]) for c in data["partner_cities"]] == [(ids["daejeon"], "sister"),
                                                                               (ids["munich"], "sister")]
    assert data["partner_cities"][0]["networks"] == ["世界冬の都市市長会"]
    assert data["networks"][0]["sapporo_role"] == "secretariat"
    assert [m["name"] for m in data["networks"][0]["members"]] == ["大田"]
    code, out, _ = _run(db_url, capsys, "--json", "network", "list", "--country", "ドイツ")
    assert [c["name"] for c in json.loads(out)["partner_cities"]] == ["ミュンヘン"]


def test_network_list_in_japanese_and_english_words(db_url, capsys):
    _seed(db_url)
    code, out, _ = _run(db_url, capsys, "--lang", "ja", "network", "list")
    assert code == 0 and "ミュンヘン（ドイツ）・姉妹都市 1972年から" in out and "札幌市: 事務局" in out
    code, out, _ = _run(db_url, capsys, "--lang", "en", "network", "list")
    assert "Munich (Germany) · sister city since 1972" in out and "sister" in out


def test_network_exchanges_by_fiscal_year_counts_per_city_and_cooperation(db_url, capsys):
    ids = _seed(db_url)
    code, out, _ = _run(db_url, capsys, "--json", "network", "exchanges", "--fy", "FY2026")
    assert code == 0
    data = json.loads(out)
    assert (data["fy"], data["count"]) == (2026, 2)
    assert {c["partner_city_id"]: c["count"] for c in data["by_partner_city"]} == {ids["munich"]: 1, ids["daejeon"]: 1}
    assert data["cooperation_projects"]["count"] == 1
    code, out, _ = _run(db_url, capsys, "--json", "network", "exchanges")
    assert json.loads(out)["count"] == 3
    code, out, _ = _run(db_url, capsys, "--lang", "ja", "network", "exchanges", "--fy", "2026")
    assert "2026年度の交流・協力事業: 2 件" in out and "2026/11/27" in out and "国際協力事業: 1 件" in out
    assert "  クリスマス市（ミュンヘン · 文化交流）\n" in out  # the place and kind beside the title, full-width
    code, out, _ = _run(db_url, capsys, "--lang", "en", "network", "exchanges", "--fy", "2026")
    assert "(Munich · " in out and "(Daejeon · " in out and "ミュンヘン" not in out


def test_network_bad_options_name_the_option_and_exit_1(db_url, capsys):
    code, _, err = _run(db_url, capsys, "--lang", "ja", "network", "exchanges", "--fy", "来年")
    assert code == 1 and "--fy" in err and "来年" in err and "Traceback" not in err
    code, _, err = _run(db_url, capsys, "network", "list", "--country", "Atlantis")
    assert code == 1 and "--country" in err and "Atlantis" in err


def test_network_anniversaries_as_json(db_url, capsys):
    _seed(db_url)
    code, out, _ = _run(db_url, capsys, "--json", "network", "anniversaries", "--years", "100")
    assert code == 0
    assert {(a["name"], a["nth"]) for a in json.loads(out)} >= {("ミュンヘン", 60), ("大田", 20)}
