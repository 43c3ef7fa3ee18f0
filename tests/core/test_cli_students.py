"""`match suggest`, `student export`, `student purge`, `student erase`, `student access-log` (DESIGN §5)."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from sapporo_mice.cli.main import main
from sapporo_mice.crm import Crm
from sapporo_mice.settings import Settings

TODAY = dt.date.today()
ACTOR = "tanaka"


def _run(db_url, capsys, *argv):
    code = main(["--db", db_url, "--user", "sato", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(db_url):
    crm = Crm.open(db_url)
    try:
        company = crm.organizations.create({"name": "札幌食品株式会社", "country": "JP"}, actor=ACTOR).id
        grad = TODAY + dt.timedelta(days=100)
        common = {"jlpt": "N2", "graduation_year": grad.year, "graduation_month": grad.month,
                  "residence_status": "student", "consent_on": (TODAY - dt.timedelta(days=10)).isoformat(),
                  "consent_purposes": "matching", "consent_share_with_companies": True}
        mai = crm.students.create({"display_name": "グエン・ティ・マイ", "skills": "Python, Excel", **common,
                                   "retain_until": (TODAY - dt.timedelta(days=1)).isoformat()}, actor=ACTOR).id
        wei = crm.students.create({"display_name": "王 偉", "skills": "Excel", **common}, actor=ACTOR).id
        crm.students.create({"display_name": "김 민준", **{**common, "jlpt": "N4"}}, actor=ACTOR)
        job = crm.openings.create({"organization_id": company, "title": "海外営業", "kind": "new_graduate",
                                   "min_jlpt": "N2", "required_skills": "Python, Excel",
                                   "starts_on": (grad + dt.timedelta(days=40)).isoformat()}, actor=ACTOR).id
        return {"mai": mai, "wei": wei, "job": job}
    finally:
        crm.close()


def test_match_suggest_for_an_opening_as_json_best_first(db_url, capsys, data):
    code, out, _ = _run(db_url, capsys, "--json", "match", "suggest", "--opening", "海外営業")
    assert code == 0
    rows = json.loads(out)
    assert [r["id"] for r in rows] == [data["mai"], data["wei"]]
    assert rows[0]["name"] == "グエン・ティ・マイ" and rows[0]["score"] > rows[1]["score"]
    assert rows[1]["reasons"]["skills"]["fraction"] == 0.5 and "Python" in rows[1]["reasons"]["skills"]["text"]
    code, out, _ = _run(db_url, capsys, "--json", "match", "suggest", "--opening", data["job"], "--top", "1")
    assert [r["id"] for r in json.loads(out)] == [data["mai"]]


def test_match_suggest_for_a_student_in_text_with_reasons(db_url, capsys, data):
    code, out, _ = _run(db_url, capsys, "--lang", "ja", "match", "suggest", "--student", "王 偉", "--why")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("1. 海外営業（札幌食品株式会社）") and lines[0].endswith("点")
    assert any("スキル" in line and "なし: Python" in line for line in lines)
    # the reason set apart by a full-width space, not a dash (drawn as 一 beside Japanese)
    assert any(re.fullmatch(r"    スキル: [\d.]+ / \d+（\d+%）　.+", line) for line in lines) and "—" not in out


def test_match_suggest_names_the_company_and_the_school_in_the_readers_language(db_url, capsys, data):
    """In English a company or a university is named by the English name it keeps, in Japanese by its own."""
    crm = Crm.open(db_url)
    try:
        company = crm.organizations.list(where={"name": "札幌食品株式会社"})[0]
        crm.organizations.update(company["id"], {"name_en": "Sapporo Foods Co., Ltd."}, actor=ACTOR,
                                 expected_version=company["version"])
        school = crm.organizations.create({"name": "北海道大学", "name_en": "Hokkaido University", "country": "JP",
                                           "kind": "university"}, actor=ACTOR).id
        crm.students.update(data["mai"], {"university_id": school}, actor=ACTOR)
    finally:
        crm.close()
    _code, out, _ = _run(db_url, capsys, "--lang", "en", "match", "suggest", "--student", "王 偉")
    assert out.splitlines()[0].startswith("1. 海外営業 (Sapporo Foods Co., Ltd.)"), out
    _code, out, _ = _run(db_url, capsys, "--lang", "en", "match", "suggest", "--opening", "海外営業")
    assert out.splitlines()[0].startswith("1. グエン・ティ・マイ (Hokkaido University)"), out
    _code, out, _ = _run(db_url, capsys, "--lang", "ja", "match", "suggest", "--opening", "海外営業")
    assert out.splitlines()[0].startswith("1. グエン・ティ・マイ（北海道大学）"), out
    _code, out, _ = _run(db_url, capsys, "--json", "match", "suggest", "--opening", "海外営業")
    assert json.loads(out)[0]["detail_en"] == "Hokkaido University"


def test_match_suggest_takes_weights(db_url, capsys, data):
    only_timing = ["--weight", "skills=0", "--weight", "languages=0", "--weight", "industry=0", "--weight",
                   "job_type=0", "--weight", "location=0"]
    code, out, _ = _run(db_url, capsys, "--json", "match", "suggest", "--opening", "海外営業", *only_timing)
    rows = json.loads(out)
    assert code == 0 and rows[0]["score"] == rows[1]["score"]  # skills no longer count: a tie, by id
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
    code, _, err = _run(db_url, capsys, "--lang", "ja", "match", "suggest", "--opening", "海外営業", "--weight", "luck=5")
    assert code == 1 and "luck" in err and "skills" in err


def test_match_weights_show_and_set_the_offices_weights(db_url, capsys, data):
    code, out, _ = _run(db_url, capsys, "--lang", "ja", "match", "weights")
    assert code == 0 and out.splitlines()[0].startswith("スキル（skills）: 35（得点の 35%）。求人が求めるスキル")
    code, out, _ = _run(db_url, capsys, "--json", "match", "weights", "--set", "skills=0", "--set", "timing=10")
    rows = {r["key"]: r for r in json.loads(out)}
    assert code == 0 and (rows["skills"]["weight"], rows["timing"]["weight"], rows["skills"]["default"]) == (0, 10, 35)
    code, out, _ = _run(db_url, capsys, "--json", "match", "suggest", "--opening", "海外営業")
    scores = [r["score"] for r in json.loads(out)]
    assert scores[0] == scores[1]  # every user's suggestions now rank without skills
    code, _, err = _run(db_url, capsys, "--lang", "en", "match", "weights", "--set", "skills=lots")
    assert code == 1 and "skills" in err
    code, out, _ = _run(db_url, capsys, "--json", "match", "weights", "--reset")
    assert {r["key"]: r["weight"] for r in json.loads(out)}["skills"] == 35


def test_match_suggest_explains_bad_input(db_url, capsys, data):
    code, _, err = _run(db_url, capsys, "--lang", "ja", "match", "suggest", "--opening", "海外営業", "--top", "zero")
    assert code == 1 and "--top" in err and "zero" in err
    code, _, err = _run(db_url, capsys, "match", "suggest")
    assert code == 2 and "--student" in err
    code, _, err = _run(db_url, capsys, "match", "suggest", "--student", "nobody")
    assert code == 1 and "nobody" in err
    code, out, _ = _run(db_url, capsys, "match", "suggest", "--student", "김 민준")
    assert code == 0 and "No suggestions" in out


def test_student_export_json_and_pdf(db_url, capsys, data, tmp_path):
    code, out, _ = _run(db_url, capsys, "student", "export", "グエン・ティ・マイ")
    assert code == 0 and json.loads(out)["student"]["display_name"] == "グエン・ティ・マイ"
    pdf = tmp_path / "mai.pdf"
    code, out, _ = _run(db_url, capsys, "student", "export", data["mai"], "-o", str(pdf))
    assert code == 0 and pdf.read_bytes()[:4] == b"%PDF"
    code, _, err = _run(db_url, capsys, "--lang", "ja", "student", "access-log")
    assert code == 1 and "個人情報保護責任者" in err
    Settings().set("data_officer", "sato")
    code, out, _ = _run(db_url, capsys, "--json", "student", "access-log", data["mai"])
    assert [e["action"] for e in json.loads(out)] == ["export", "export"]


def test_student_purge_dry_run_then_purge(db_url, capsys, data):
    code, out, _ = _run(db_url, capsys, "--lang", "ja", "student", "purge", "--dry-run")
    assert code == 0 and "グエン・ティ・マイ" in out and "変更はしていません" in out
    code, out, _ = _run(db_url, capsys, "--json", "student", "purge", "--dry-run")
    assert [s["id"] for s in json.loads(out)["students"]] == [data["mai"]]
    code, out, _ = _run(db_url, capsys, "student", "purge")
    assert code == 0 and "Erased the personal data of 1 student" in out
    code, out, _ = _run(db_url, capsys, "student", "purge", "--dry-run")
    assert "No student is past the retention date" in out
    code, out, _ = _run(db_url, capsys, "--json", "match", "suggest", "--opening", "海外営業")
    assert [r["id"] for r in json.loads(out)] == [data["wei"]]


def test_student_profile_for_a_company_needs_sharing_consent(db_url, capsys, data, tmp_path):
    code, _, _ = _run(db_url, capsys, "student", "profile", "グエン・ティ・マイ", "-o", str(tmp_path / "p.pdf"))
    assert code == 0 and (tmp_path / "p.pdf").read_bytes()[:4] == b"%PDF"
    crm = Crm.open(db_url)
    try:
        crm.students.update(data["wei"], {"consent_share_with_companies": False}, actor=ACTOR)
    finally:
        crm.close()
    code, _, err = _run(db_url, capsys, "--lang", "ja", "student", "profile", "王 偉", "-o", str(tmp_path / "w.pdf"))
    assert code == 1 and "同意していない" in err and not (tmp_path / "w.pdf").exists()


def test_student_erase_on_request(db_url, capsys, data):
    code, out, _ = _run(db_url, capsys, "student", "erase", "王 偉")
    assert code == 0 and "王 偉" in out
    code, _, err = _run(db_url, capsys, "student", "export", "王 偉")
    assert code == 1
