"""The `kpi` command and the year's XLSX: show (--json per DESIGN §5), set, records, export, import (both databases)."""

from __future__ import annotations

import json

from openpyxl import load_workbook

from sapporo_mice.cli.main import main
from sapporo_mice.crm import Crm

ACTOR = "佐藤 花子"


def _run(db_url, capsys, *argv):
    code = main(["--db", db_url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _seed(db_url) -> None:
    crm = Crm.open(db_url)
    try:
        company = crm.organizations.create({"name": "札幌ホタテ食品", "country": "JP", "kind": "local_company"},
                                           actor=ACTOR).id
        crm.expansion_cases.create({"organization_id": company, "country": "SG", "kind": "first_export",
                                    "occurred_on": "2025-09-01"}, actor=ACTOR)
        crm.kpi.set("P2_VISITORS", 2025, target=2_500_000, actual=2_410_000, note="札幌市観光統計", actor=ACTOR)
        crm.kpi.set("P4_EXPANSION_CASES", 2025, target=5, actor=ACTOR)
    finally:
        crm.close()


def test_kpi_json_gives_every_indicator_with_code_name_fy_target_and_actual(db_url, capsys):
    _seed(db_url)
    code, out, _ = _run(db_url, capsys, "--json", "kpi", "--fy", "2025")
    assert code == 0
    rows = {r["code"]: r for r in json.loads(out)}
    assert {"code", "name", "fy", "target", "actual"} <= set(rows["P2_VISITORS"])
    assert (rows["P2_VISITORS"]["target"], rows["P2_VISITORS"]["actual"]) == (2_500_000, 2_410_000)
    assert (rows["P4_EXPANSION_CASES"]["target"], rows["P4_EXPANSION_CASES"]["actual"]) == (5, 1)
    assert rows["P4_EXPANSION_CASES"]["fy"] == 2025 and rows["P4_EXPANSION_CASES"]["kind"] == "computed"


def test_kpi_in_words_set_and_records(db_url, capsys):
    _seed(db_url)
    code, out, _ = _run(db_url, capsys, "--lang", "ja", "kpi", "--fy", "2025")
    assert code == 0 and "2025年度" in out and "【経済】" in out
    assert "外国人来訪者数（交流人口）: 目標 2,500,000 人 ／ 実績 2,410,000 人（札幌市観光統計）" in out
    # 外国人就業者数 is entered; the city's hires (none this year) are shown beside it, under its row
    assert "P5_FOREIGN_WORKERS  外国人就業者数: 目標 － ／ 実績 －\n      市の取組による寄与: 留学生の市内企業への就職者数（P5_STUDENTS_HIRED）0 人" in out
    code, out, _ = _run(db_url, capsys, "--lang", "ja", "kpi", "set", "P2_REPEAT_RATE", "--fy", "2025",
                        "--target", "32.5", "--actual", "30", "--source", "来札観光客満足度調査")
    assert code == 0 and "目標値 32.5%" in out
    code, _, err = _run(db_url, capsys, "--lang", "ja", "kpi", "set", "P4_EXPANSION_CASES", "--fy", "2025",
                        "--actual", "3")
    assert code == 1 and "実績値" in err and "目標値だけ" in err
    code, _, err = _run(db_url, capsys, "kpi", "--fy", "next year")
    assert code == 1 and "--fy" in err
    code, out, _ = _run(db_url, capsys, "--json", "kpi", "records", "P4_EXPANSION_CASES", "--fy", "2025")
    data = json.loads(out)
    assert code == 0 and data["total"] == 1 and [r["title"] for r in data["records"]] == ["札幌ホタテ食品"]


def test_xlsx_round_trip_and_a_bad_row_named_clearly_with_nothing_applied(db_url, capsys, tmp_path):
    _seed(db_url)
    path = tmp_path / "kpi.xlsx"
    code, _, _ = _run(db_url, capsys, "--lang", "ja", "kpi", "export", str(path), "--fy", "2025")
    assert code == 0
    book = load_workbook(path)
    sheet = book.worksheets[0]
    headers = [c.value for c in sheet[1]]
    assert headers[:3] == ["年度", "コード", "評価指標"]
    rows = {r[1]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["P2_VISITORS"][7:10] == (2_500_000, 2_410_000, "札幌市観光統計")
    assert rows["P4_EXPANSION_CASES"][8] == 1  # counted
    assert [r[3] for r in book.worksheets[1].iter_rows(min_row=2, values_only=True)] == ["札幌ホタテ食品"]

    # Edit figures as staff would, then import: the file reads back exactly.
    row_of = {sheet.cell(row=i, column=2).value: i for i in range(2, sheet.max_row + 1)}
    sheet.cell(row=row_of["P3_FOREIGN_RESIDENTS"], column=8).value = 20000
    sheet.cell(row=row_of["P3_FOREIGN_RESIDENTS"], column=9).value = 19650
    sheet.cell(row=row_of["P3_FOREIGN_RESIDENTS"], column=10).value = "住民基本台帳"
    book.save(path)
    code, out, _ = _run(db_url, capsys, "--json", "kpi", "import", str(path))
    assert code == 0 and json.loads(out)["updated"] == 3 and json.loads(out)["applied"] is True
    crm = Crm.open(db_url)
    try:
        value = crm.kpi.value("P3_FOREIGN_RESIDENTS", 2025, years=1)
        assert (value.target, value.actual, value.note) == (20000, 19650, "住民基本台帳")
        assert crm.kpi.value("P2_VISITORS", 2025).actual == 2_410_000
        assert crm.kpi.value("P4_EXPANSION_CASES", 2025).target == 5
        before = crm.indicator_values.count()
    finally:
        crm.close()

    # One bad cell: the row and column are named in both languages and nothing at all is applied.
    sheet.cell(row=row_of["P2_VISITORS"], column=9).value = 1
    sheet.cell(row=row_of["P2_REPEAT_RATE"], column=8).value = "三割"
    book.save(path)
    code, _, err = _run(db_url, capsys, "--lang", "ja", "kpi", "import", str(path))
    assert code == 1
    assert "取り込みませんでした" in err and f"{row_of['P2_REPEAT_RATE']} 行目・列「目標値」" in err and "三割" in err
    code, _, err = _run(db_url, capsys, "--lang", "en", "kpi", "import", str(path))
    assert code == 1 and f"row {row_of['P2_REPEAT_RATE']}, column “Target”" in err
    crm = Crm.open(db_url)
    try:
        assert crm.kpi.value("P2_VISITORS", 2025).actual == 2_410_000
        assert crm.indicator_values.count() == before
    finally:
        crm.close()


def test_an_unreadable_file_is_refused_with_its_name(db_url, capsys, tmp_path):
    path = tmp_path / "figures.xlsx"
    path.write_text("code,target\nP2_VISITORS,1\n", encoding="utf-8")
    code, _, err = _run(db_url, capsys, "--lang", "ja", "kpi", "import", str(path))
    assert code == 1 and "figures.xlsx" in err and "Traceback" not in err


def test_kpi_records_name_a_company_in_the_readers_language(db_url, capsys):
    _seed(db_url)
    crm = Crm.open(db_url)
    try:
        company = crm.organizations.list()[0]
        crm.organizations.update(company["id"], {"name_en": "Sapporo Scallop Foods"}, actor=ACTOR,
                                 expected_version=company["version"])
    finally:
        crm.close()
    code, out, _ = _run(db_url, capsys, "--lang", "en", "kpi", "records", "P4_EXPANSION_CASES", "--fy", "2025")
    assert code == 0 and "  1 Sept 2025  Expansion case: Sapporo Scallop Foods (Singapore)\n" in out, out
    code, out, _ = _run(db_url, capsys, "--lang", "ja", "kpi", "records", "P4_EXPANSION_CASES", "--fy", "2025")
    assert code == 0 and "  2025/09/01  海外展開事例: 札幌ホタテ食品（シンガポール）\n" in out, out
