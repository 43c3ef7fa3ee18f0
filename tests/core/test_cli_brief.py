"""The `brief` command (DESIGN §5): a pack by kind and reference, in the chosen language, on both databases."""

from __future__ import annotations

import json

from pypdf import PdfReader

from sapporo_mice.cli.main import main
from sapporo_mice.crm import Crm


def _run(db_url, capsys, *argv):
    code = main(["--db", db_url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _fair(db_url) -> str:
    crm = Crm.open(db_url)
    try:
        return crm.fairs.create({"name": "Food Japan", "name_ja": "フードジャパン", "country": "SG",
                                 "timezone": "Asia/Singapore", "starts_on": "2026-10-29",
                                 "ends_on": "2026-10-31"}, actor="t").id
    finally:
        crm.close()


def test_brief_writes_the_pack_named_by_its_japanese_name(db_url, capsys, tmp_path):
    fair_id = _fair(db_url)
    out_file = tmp_path / "food.pdf"
    code, out, err = _run(db_url, capsys, "--lang", "ja", "brief", "fair", "フードジャパン", "-o", str(out_file))
    assert (code, err) == (0, "")
    assert "food.pdf を作成しました" in out and "出張資料：フードジャパン" in out
    assert "見本市の概要" in PdfReader(out_file).pages[2].extract_text()
    code, out, _ = _run(db_url, capsys, "--json", "--lang", "en", "brief", "fair", fair_id, "-o",
                        str(tmp_path / "en.pdf"), "--paper", "Letter")
    made = json.loads(out)
    assert code == 0 and made["id"] == fair_id and made["pages"] >= 3
    assert made["title"] == "Delegation pack: Food Japan"
    assert PdfReader(tmp_path / "en.pdf").pages[0].mediabox.width == 612  # US Letter


def test_brief_says_what_is_wrong_without_a_traceback(db_url, capsys, tmp_path):
    _fair(db_url)
    code, _, err = _run(db_url, capsys, "--lang", "ja", "brief", "visa", "x", "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "visa という資料はありません" in err and "Traceback" not in err
    code, _, err = _run(db_url, capsys, "--lang", "en", "brief", "fair", "Nope", "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "Nope" in err and "Traceback" not in err
    code, _, err = _run(db_url, capsys, "--lang", "en", "brief", "fair", "Food Japan", "-o",
                        str(tmp_path / "missing" / "x.pdf"))
    assert code == 1 and "the folder" in err and "missing" in err
    assert list(tmp_path.rglob("*.pdf")) == []


def test_brief_student_needs_the_sharing_consent_and_is_logged(db_url, capsys, tmp_path):
    import datetime as dt

    crm = Crm.open(db_url)
    try:
        school = crm.organizations.create({"name": "北海道大学", "country": "JP", "kind": "university"}, actor="t").id
        today = dt.date.today()
        base = {"university_id": school, "jlpt": "N2", "graduation_year": today.year + 1, "graduation_month": 3,
                "skills": "Python", "residence_status": "留学", "consent_on": (today - dt.timedelta(days=3)).isoformat(),
                "consent_expires_on": (today + dt.timedelta(days=300)).isoformat(), "consent_purposes": "matching"}
        shared = crm.students.create({**base, "display_name": "グエン・ティ・マイ",
                                      "consent_share_with_companies": True}, actor="t").id
        crm.students.create({**base, "display_name": "王 偉", "consent_share_with_companies": False}, actor="t")
    finally:
        crm.close()
    code, out, err = _run(db_url, capsys, "--lang", "ja", "--user", "佐藤", "brief", "student", "グエン・ティ・マイ",
                          "-o", str(tmp_path / "mai.pdf"))
    assert (code, err) == (0, "") and "グエン・ティ・マイ" in PdfReader(tmp_path / "mai.pdf").pages[0].extract_text()
    assert "個人情報を含む" in PdfReader(tmp_path / "mai.pdf").pages[0].extract_text()
    code, _, err = _run(db_url, capsys, "--lang", "ja", "brief", "student", "王 偉", "-o", str(tmp_path / "wang.pdf"))
    assert code == 1 and "王 偉" in err and not (tmp_path / "wang.pdf").exists()
    from sapporo_mice.settings import Settings

    Settings().set("data_officer", "officer")  # only the data protection officer reads the access log
    crm = Crm.open(db_url)
    try:
        log = crm.privacy.access_log(actor="officer")
    finally:
        crm.close()
    assert [(e.user, e.action, e.student_id, e.student_name) for e in log] == [
        ("佐藤", "company_profile", shared, "グエン・ティ・マイ")]
