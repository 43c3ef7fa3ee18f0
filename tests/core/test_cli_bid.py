"""The `bid` command: list, add, stage (DESIGN §5) and history, pipeline, rotation, on both databases."""

from __future__ import annotations

import json

from sapporo_mice.cli.main import main
from sapporo_mice.crm import Crm


def _run(db_url, capsys, *argv):
    code = main(["--db", db_url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_bid_add_estimates_then_list_as_json(db_url, capsys):
    code, out, _ = _run(db_url, capsys, "--json", "bid", "add", "ICSE 2030 Sapporo", "--international", "1000",
                        "--year", "2030", "--start", "2030-07-01", "--end", "2030-07-04")
    assert code == 0
    added = json.loads(out)
    assert (added["stage"], added["probability"], added["economic_impact_jpy"]) == ("prospect", 5, 735_377_360)
    code, out, _ = _run(db_url, capsys, "--json", "bid", "list")
    assert [(b["id"], b["name"], b["stage"]) for b in json.loads(out)] == [(added["id"], "ICSE 2030 Sapporo",
                                                                            "prospect")]


def test_bid_stage_follows_the_rules_and_names_the_options(db_url, capsys):
    _run(db_url, capsys, "bid", "add", "ICSE 2030 Sapporo")
    code, out, err = _run(db_url, capsys, "--lang", "ja", "bid", "stage", "ICSE 2030 Sapporo", "won")
    assert code == 1 and out == ""
    assert err.splitlines() == ["--decision-on: 誘致決定・不成功には決定日が必要です。",
                                "--reason: 誘致決定・不成功の理由を入力してください。"]
    code, _, err = _run(db_url, capsys, "bid", "stage", "ICSE 2030 Sapporo", "bid_submitted")
    assert code == 1 and err.strip() == "--deadline: a submitted bid needs its bid deadline."
    code, out, _ = _run(db_url, capsys, "--lang", "ja", "bid", "stage", "ICSE 2030 Sapporo", "bid_submitted",
                        "--deadline", "2027-01-31", "--note", "理事会へ提出")
    assert code == 0 and out.strip() == "「ICSE 2030 Sapporo」を「立候補済み」に移しました（確度 40%）。"
    code, out, _ = _run(db_url, capsys, "--json", "bid", "stage", "ICSE 2030 Sapporo", "won",
                        "--decision-on", "2027-05-20", "--reason", "会場と助成が評価された")
    assert code == 0 and json.loads(out)["stage"] == "won" and json.loads(out)["decision_on"] == "2027-05-20"
    code, out, _ = _run(db_url, capsys, "--json", "bid", "history", "ICSE 2030 Sapporo")
    steps = [(h["from"], h["to"], h["note"]) for h in json.loads(out)]
    assert steps == [(None, "prospect", None), ("prospect", "bid_submitted", "理事会へ提出"),
                     ("bid_submitted", "won", None)]


def test_bid_list_filters_by_stage_and_the_pipeline_is_weighted(db_url, capsys):
    _run(db_url, capsys, "bid", "add", "A", "--international", "1000", "--start", "2027-06-01")
    _run(db_url, capsys, "bid", "add", "B", "--international", "1000", "--start", "2028-06-01")
    _run(db_url, capsys, "bid", "stage", "B", "shortlisted")
    code, out, _ = _run(db_url, capsys, "--json", "bid", "list", "--stage", "shortlisted")
    assert [b["name"] for b in json.loads(out)] == ["B"]
    code, out, _ = _run(db_url, capsys, "--json", "bid", "pipeline")
    ripple = 735_377_360
    assert json.loads(out) == [{"fy": 2027, "bids": 1, "impact_jpy": ripple, "weighted_jpy": ripple * 5 // 100},
                               {"fy": 2028, "bids": 1, "impact_jpy": ripple, "weighted_jpy": ripple * 55 // 100}]
    code, out, _ = _run(db_url, capsys, "--lang", "ja", "bid", "pipeline")
    assert out.splitlines()[0] == "2027年度: 1 件、経済波及効果 7億3,538万円、確度加重 3,677万円"
    code, out, _ = _run(db_url, capsys, "--lang", "en", "bid", "pipeline")
    assert out.splitlines()[0] == "FY2027: 1 bid, impact ¥735\u00a0million, weighted ¥36.8\u00a0million"


def _series(db_url: str, name: str, acronym: str, frequency: str, *editions: tuple[int, str, str]) -> None:
    """A meeting series with its past editions (year, city, country), stored before the CLI runs."""
    crm = Crm.open(db_url)
    try:
        crm.meeting_series.create({"name": name, "acronym": acronym, "frequency": frequency,
                                   "editions": [{"year": y, "city": city, "country": country}
                                                for y, city, country in editions]}, actor="t")
    finally:
        crm.close()


def test_bid_rotation_gives_each_place_its_year_and_reasons(db_url, capsys):
    _series(db_url, "World Snow Congress", "WSC", "biennial", (2022, "Oslo", "NO"), (2024, "Quebec", "CA"))
    code, out, _ = _run(db_url, capsys, "--json", "bid", "rotation", "WSC", "--today", "2026-12-01")
    result = json.loads(out)
    assert code == 0 and (result["asia"]["year"], result["japan"]["year"], result["sapporo"]["year"]) == (2026,) * 3
    code, out, _ = _run(db_url, capsys, "--lang", "ja", "bid", "rotation", "WSC", "--today", "2026-12-01")
    assert "札幌: 2026 年" in out and "アジアでの開催実績がないため" in out


def test_bid_rotation_with_no_year_for_a_place_says_so_in_words(db_url, capsys):
    _series(db_url, "Asian Cold Regions Forum", "ACRF", "annual", (1990, "Paris", "JP"), (2014, "Sapporo", "KR"))
    code, out, _ = _run(db_url, capsys, "--lang", "ja", "bid", "rotation", "ACRF", "--today", "2026-12-01")
    assert code == 0 and "日本: 2038 年" in out and "札幌: 該当する年なし" in out
    assert "この傾向では、2085 年までの開催で札幌になる年はありません。" in out
    code, out, _ = _run(db_url, capsys, "--json", "bid", "rotation", "ACRF", "--today", "2026-12-01")
    assert code == 0 and json.loads(out)["sapporo"]["year"] is None


def test_bad_numbers_are_refused_naming_the_option(db_url, capsys):
    code, _, err = _run(db_url, capsys, "bid", "add", "X", "--international", "lots")
    assert code == 1 and err.strip() == "--international: “lots” is not a whole number."


def test_bid_remind_creates_the_missing_reminders_once(db_url, capsys):
    _run(db_url, capsys, "bid", "add", "ICSE 2030 Sapporo", "--deadline", "2099-03-31")
    code, out, _ = _run(db_url, capsys, "--json", "bid", "remind", "ICSE 2030 Sapporo")
    assert code == 0 and json.loads(out)["tasks_created"] == 2
    code, out, _ = _run(db_url, capsys, "--lang", "ja", "bid", "remind", "ICSE 2030 Sapporo")
    assert out.strip() == "「ICSE 2030 Sapporo」のリマインダーのタスクを 0 件作成しました。"


def test_bid_ics_writes_the_bids_dates(db_url, capsys, tmp_path):
    _run(db_url, capsys, "bid", "add", "ICSE 2030 Sapporo", "--deadline", "2027-01-31", "--start", "2030-07-01",
         "--end", "2030-07-04")
    target = tmp_path / "icse.ics"
    code, out, _ = _run(db_url, capsys, "--lang", "ja", "bid", "ics", "ICSE 2030 Sapporo", "-o", str(target))
    assert code == 0 and "日程を 2 件書き出しました" in out
    text = target.read_bytes().decode("utf-8")
    assert "\r\nDTSTART;VALUE=DATE:20270131\r\n" in text and "DTEND;VALUE=DATE:20300705" in text
    assert "SUMMARY:提案締切日: ICSE 2030 Sapporo" in text


def test_bid_defaults_are_the_offices_and_a_change_reaches_new_bids(db_url, capsys):
    code, out, _ = _run(db_url, capsys, "--lang", "ja", "bid", "defaults", "--probability", "proposal=25",
                        "--parameter", "ripple_multiplier=2.1")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "事務所全体の設定として保存しました（各 PC には次の同期で反映されます）。"
    assert "  提案準備: 25%" in lines and "  波及効果の倍率 [ripple_multiplier]: 2.10 （公表値: 1.97）" in lines
    crm = Crm.open(db_url)
    try:
        assert crm.shared_settings.get("bid_stage_probabilities")["proposal"] == 25
        assert crm.shared_settings.get("impact_defaults")["ripple_multiplier"] == 2.1
    finally:
        crm.close()
    code, out, _ = _run(db_url, capsys, "--json", "bid", "add", "ICSE 2030 Sapporo", "--international", "1000")
    assert json.loads(out)["economic_impact_jpy"] == round(373_288_000 * 2.1)
    code, out, _ = _run(db_url, capsys, "--json", "bid", "defaults")
    shown = json.loads(out)
    assert shown["probabilities"]["proposal"] == 25 and shown["differs_from_published"] == ["ripple_multiplier"]
    code, out, err = _run(db_url, capsys, "bid", "defaults", "--probability", "won=150", "--parameter", "x")
    assert code == 1 and err.strip() == "--parameter: “x” is not NAME=VALUE."
    code, out, err = _run(db_url, capsys, "bid", "defaults", "--probability", "won=150")
    assert code == 1 and err.strip() == "--probability: won: a probability is a whole number from 0 to 100 (not “150”)."


def test_bid_json_names_the_key_persons_and_their_roles(db_url, capsys):
    crm = Crm.open(db_url)
    try:
        org = crm.organizations.create({"name": "Asian Society of Hepatology", "kind": "association"}, actor="t").id
        person = crm.contacts.create({"family_name": "Tan", "given_name": "Wei", "organization_id": org},
                                     actor="t").id
        crm.bids.create({"name": "APASL 2031 Sapporo", "key_persons": [
            {"contact_id": person, "role": "decision_maker", "note": "chairs the vote"}]}, actor="t")
    finally:
        crm.close()
    code, out, _ = _run(db_url, capsys, "--json", "bid", "list")
    assert code == 0
    [row] = json.loads(out)
    assert [(p["contact_id"], p["role"], p["note"], p["organization"]) for p in row["key_persons"]] == [
        (person, "decision_maker", "chairs the vote", "Asian Society of Hepatology")]
    code, out, _ = _run(db_url, capsys, "--json", "bid", "stage", "APASL 2031 Sapporo", "research")
    assert json.loads(out)["key_persons"][0]["role"] == "decision_maker"
