"""The `fair` command: list, add, followup, results (DESIGN §5), on both databases."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from sapporo_mice.cli.main import main
from sapporo_mice.crm import Crm

TODAY = dt.date.today()


def _run(db_url, capsys, *argv):
    code = main(["--db", db_url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _add(db_url, capsys, name, start, end, *extra):
    return _run(db_url, capsys, "--json", "fair", "add", name, "--country", "SG", "--city", "Singapore",
                "--tz", "Asia/Singapore", "--start", start.isoformat(), "--end", end.isoformat(), *extra)


def test_fair_add_then_list_as_json(db_url, capsys):
    code, out, _ = _add(db_url, capsys, "Food Japan", TODAY, TODAY + dt.timedelta(days=2),
                        "--organizer", "JETRO", "--name-ja", "フードジャパン")
    assert code == 0
    added = json.loads(out)
    assert (added["name_ja"], added["organizer"], added["timezone"]) == ("フードジャパン", "JETRO", "Asia/Singapore")
    code, out, _ = _run(db_url, capsys, "--json", "fair", "list")
    assert code == 0
    assert [(f["id"], f["name"], f["starts_on"]) for f in json.loads(out)] == [
        (added["id"], "Food Japan", TODAY.isoformat())]


def test_fair_list_splits_upcoming_and_past(db_url, capsys):
    _add(db_url, capsys, "THAIFEX 2025", TODAY - dt.timedelta(days=400), TODAY - dt.timedelta(days=396))
    _add(db_url, capsys, "Food Japan", TODAY - dt.timedelta(days=1), TODAY)
    _add(db_url, capsys, "FHA", TODAY + dt.timedelta(days=30), TODAY + dt.timedelta(days=33))
    upcoming = json.loads(_run(db_url, capsys, "--json", "fair", "list", "--upcoming")[1])
    past = json.loads(_run(db_url, capsys, "--json", "fair", "list", "--past")[1])
    assert [f["name"] for f in upcoming] == ["Food Japan", "FHA"]
    assert [f["name"] for f in past] == ["THAIFEX 2025"]


def test_fair_list_in_text_names_each_fair(db_url, capsys):
    _add(db_url, capsys, "Food Japan", TODAY, TODAY, "--name-ja", "フードジャパン")
    _add(db_url, capsys, "THAIFEX 2025", TODAY - dt.timedelta(days=400), TODAY - dt.timedelta(days=396))
    _add(db_url, capsys, "HOFEX", TODAY - dt.timedelta(days=30), TODAY - dt.timedelta(days=28))
    code, out, _ = _run(db_url, capsys, "--lang", "en", "fair", "list")
    # a city-state's city and country are one name, shown once
    assert code == 0 and "Food Japan" in out and "(Singapore)" in out and "Singapore, Singapore" not in out
    assert [line.split("  ")[1] for line in out.splitlines()] == ["Food Japan (Singapore)", "HOFEX (Singapore)",
                                                                  "THAIFEX 2025 (Singapore)"]
    code, out, _ = _run(db_url, capsys, "--lang", "ja", "fair", "list")
    first = out.splitlines()[0]
    assert "フードジャパン" in first and "フードジャパン（シンガポール・Singapore）" in first and TODAY.strftime("%Y/%m/%d") in first


def test_fair_add_with_bad_values_names_the_options_and_exits_1(db_url, capsys):
    code, out, err = _run(db_url, capsys, "--lang", "en", "fair", "add", "X", "--country", "XX", "--tz", "Mars/Base",
                          "--start", "2026-13-01", "--end", "2026-10-31")
    assert code == 1 and out == ""
    lines = err.strip().splitlines()
    assert [line.split(":")[0] for line in lines] == ["--country", "--tz", "--start"]
    code, _, err = _run(db_url, capsys, "--json", "fair", "list")
    assert code == 0


def test_fair_add_with_the_end_before_the_start_is_refused(db_url, capsys):
    code, _, err = _add(db_url, capsys, "X", TODAY, TODAY - dt.timedelta(days=1))
    assert code == 1 and "--end" in err and "--start" in err and "starts_on" not in err
    code, _, err = _run(db_url, capsys, "--lang", "ja", "fair", "add", "X", "--country", "SG", "--tz", "Asia/Singapore",
                        "--start", TODAY.isoformat(), "--end", (TODAY - dt.timedelta(days=1)).isoformat())
    assert code == 1 and f"「{TODAY - dt.timedelta(days=1)}」が --start より前です。" in err  # Latin set apart by spaces


def test_fair_add_needs_its_required_options(db_url, capsys):
    with pytest.raises(SystemExit) as info:
        main(["--db", db_url, "fair", "add", "X", "--country", "SG"])
    assert info.value.code == 2


def _fair_with_leads(db_url, capsys):
    fair = json.loads(_add(db_url, capsys, "Food Japan", TODAY, TODAY + dt.timedelta(days=2))[1])["id"]
    crm = Crm.open(db_url, device_id="00000000-0000-7000-8000-000000000003")
    try:
        for name, rating in (("Lim", "A"), ("Tan", "B"), ("Ng", "D")):
            crm.intake.capture(fair, {"name": name, "company": "Lim Trading", "rating": rating}, actor="tanaka")
    finally:
        crm.close()
    return fair


def test_fair_followup_by_name_creates_tasks_once(db_url, capsys):
    fair = _fair_with_leads(db_url, capsys)
    code, out, _ = _run(db_url, capsys, "--json", "fair", "followup", "Food Japan", "--today", "2026-11-02")
    assert code == 0
    report = json.loads(out)
    assert (report["fair"], report["tasks_created"]) == (fair, 2)
    again = json.loads(_run(db_url, capsys, "--json", "fair", "followup", fair)[1])
    assert again["tasks_created"] == 0


def test_fair_followup_with_a_bad_date_or_unknown_fair_exits_1(db_url, capsys):
    _fair_with_leads(db_url, capsys)
    code, _, err = _run(db_url, capsys, "fair", "followup", "Food Japan", "--today", "tomorrow")
    assert code == 1 and "--today" in err
    code, _, err = _run(db_url, capsys, "--lang", "en", "fair", "followup", "No Such Fair")
    assert code == 1 and "No Such Fair" in err


def test_fair_results_as_json_and_text(db_url, capsys):
    _fair_with_leads(db_url, capsys)
    code, out, _ = _run(db_url, capsys, "--json", "fair", "results", "Food Japan")
    assert code == 0
    results = json.loads(out)
    assert results["leads"] == 3
    assert [(t["key"], t["count"]) for t in results["by_rating"]] == [("A", 1), ("B", 1), ("D", 1)]
    code, out, _ = _run(db_url, capsys, "--lang", "ja", "fair", "results", "Food Japan")
    assert code == 0 and "リード 3 件" in out and "評価別: A 1 件、B 1 件、D 1 件" in out


def test_fair_results_in_words_name_countries_and_exhibitors_in_the_readers_language(db_url, capsys):
    fair = _fair_with_leads(db_url, capsys)
    crm = Crm.open(db_url, device_id="00000000-0000-7000-8000-000000000003")
    try:
        org = crm.organizations.create({"name": "札幌木工株式会社", "name_en": "Sapporo Woodcraft Co., Ltd.",
                                        "country": "JP"}, actor="tanaka").id
        crm.participations.create({"fair_id": fair, "organization_id": org, "booth": "H45"}, actor="tanaka")
        crm.intake.capture(fair, {"name": "Chan", "company": "Chan Foods", "country": "HK",
                                  "interest_organization_id": org}, actor="tanaka")
    finally:
        crm.close()
    code, out, _ = _run(db_url, capsys, "--lang", "ja", "fair", "results", "Food Japan")
    assert code == 0
    assert "国別: シンガポール 3 件、香港 1 件" in out  # names, not SG and HK; listed as Japanese lists
    assert "関心のある出展企業別: （指定なし） 3 件、札幌木工株式会社 1 件" in out and "札幌木工株式会社（ブース H45）" in out
    code, out, _ = _run(db_url, capsys, "--lang", "en", "fair", "results", "Food Japan")
    assert "By country: Singapore: 3, Hong Kong: 1" in out
    assert "By company of interest: (none given): 3, Sapporo Woodcraft Co., Ltd.: 1" in out
    assert "Sapporo Woodcraft Co., Ltd. (booth H45): 1 lead, 0 negotiations, 0 deals" in out and "札幌木工" not in out


def test_the_same_fair_twice_is_refused_with_its_name(db_url, capsys):
    code, _, _ = _add(db_url, capsys, "Food Japan", TODAY, TODAY)
    assert code == 0
    code, out, err = _run(db_url, capsys, "--lang", "ja", "fair", "add", "food japan", "--country", "SG",
                          "--tz", "Asia/Singapore", "--start", TODAY.isoformat(), "--end", TODAY.isoformat())
    assert code == 1 and out == "" and "登録済み" in err and err.startswith("NAME:")
    code, out, _ = _run(db_url, capsys, "--json", "fair", "list")
    assert len(json.loads(out)) == 1


def test_a_city_written_in_japanese_is_listed_by_its_english_name_in_english(db_url, capsys):
    code, out, _ = _run(db_url, capsys, "--json", "fair", "add", "Anuga 2026", "--country", "DE", "--city", "ケルン",
                        "--city-en", "Cologne", "--tz", "Europe/Berlin", "--start", "2026-10-10", "--end", "2026-10-14")
    assert code == 0 and json.loads(out)["city_en"] == "Cologne"
    _, english, _ = _run(db_url, capsys, "--lang", "en", "fair", "list")
    _, japanese, _ = _run(db_url, capsys, "--lang", "ja", "fair", "list")
    # The place beside the name as each language sets it off: （ドイツ・ケルン） straight after it, " (Cologne, Germany)"
    assert "Anuga 2026 (Cologne, Germany)" in english and "Anuga 2026（ドイツ・ケルン）" in japanese


def test_a_pavilion_written_in_japanese_keeps_its_english_name(db_url, capsys):
    code, out, _ = _run(db_url, capsys, "--json", "fair", "add", "Anuga 2026", "--country", "DE", "--tz", "Europe/Berlin",
                        "--start", "2026-10-10", "--end", "2026-10-14", "--pavilion", "北海道・札幌パビリオン",
                        "--pavilion-en", "Hokkaido Sapporo Pavilion")
    fair = json.loads(out)
    assert code == 0 and (fair["pavilion"], fair["pavilion_en"]) == ("北海道・札幌パビリオン", "Hokkaido Sapporo Pavilion")
    code, out, err = _run(db_url, capsys, "--lang", "ja", "fair", "add", "Gulfood 2027", "--country", "AE",
                          "--tz", "Asia/Dubai", "--start", "2027-02-01", "--end", "2027-02-05", "--pavilion-en", "P" * 301)
    assert code == 1 and out == "" and err.startswith("--pavilion-en:")
