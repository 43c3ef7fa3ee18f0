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
