"""Importing an ICCA-style spreadsheet of association meetings (one row per edition), on both databases."""

from __future__ import annotations

import json

from sapporo_mice.cli.context import EXIT_USAGE
from sapporo_mice.cli.main import main

CSV = """Series,Acronym,Frequency,Rotation area,Association,Year,City,Country,Participants
World Congress of Snow Engineering,WCSE,biennial,Worldwide,International Snow Society,2020,Oslo,Norway,"1,200"
World Congress of Snow Engineering,,,,,2022,Quebec,CA,980
World Congress of Snow Engineering,,,,,2024,Innsbruck,Austria,1100
Asian Forum on Cold Regions,AFCR,毎年,Asia-Pacific,,2023,Harbin,中国,400
"""


def _file(tmp_path, text=CSV, name="icca.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _import(crm, path, **options):
    return crm.io.import_file(path, crm.io.options("meetings", actor="t", **options))


def _editions(report):
    return report.created_by_type.get("meeting_edition", 0)


def test_series_and_editions_are_created_with_their_association(crm, tmp_path):
    report = _import(crm, _file(tmp_path))
    assert (report.read, report.created, _editions(report), report.applied, report.errors) == (4, 2, 4, True, [])
    wcse = crm.meeting_series.get(crm.meeting_series.resolve("WCSE"))
    assert (wcse["frequency"], wcse["rotation_area"], wcse["association_name"]) == ("biennial", "Worldwide",
                                                                                   "International Snow Society")
    assert [(e["year"], e["country"], e["delegates"]) for e in wcse["editions"]] == [
        (2020, "NO", 1200), (2022, "CA", 980), (2024, "AT", 1100)]
    assert crm.meeting_series.get(crm.meeting_series.resolve("AFCR"))["editions"][0]["country"] == "CN"


def test_a_second_import_adds_only_new_editions(crm, tmp_path):
    _import(crm, _file(tmp_path))
    more = CSV.splitlines()[0] + "\nWorld Congress of Snow Engineering,,,,,2026,Sapporo,Japan,1500\n" + \
        CSV.splitlines()[2] + "\n"
    report = _import(crm, _file(tmp_path, more, "more.csv"))
    assert (report.created, report.updated, _editions(report)) == (0, 1, 1)
    assert len(crm.meeting_series.get(crm.meeting_series.resolve("WCSE"))["editions"]) == 4


def test_bad_cells_are_named_by_row_and_column_and_nothing_is_written(crm, tmp_path):
    bad = CSV.replace("2022,Quebec", "twenty,Quebec").replace("毎年", "sometimes")
    report = _import(crm, _file(tmp_path, bad))
    assert not report.applied and crm.meeting_series.count() == 0
    assert [(e.row, e.column) for e in report.errors] == [(3, "Year"), (5, "Frequency")]
    assert "「sometimes」は開催頻度として読めません" in report.errors[1].message("ja")


def test_the_cli_imports_and_a_dry_run_writes_nothing(db_url, capsys, tmp_path):
    """``bid import-series`` is another name for ``import meetings``: the same report, in JSON or in lines."""
    path = _file(tmp_path)
    assert main(["--db", db_url, "--json", "bid", "import-series", str(path), "--dry-run"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["kind"], out["would_create"], out["applied"], out["dry_run"]) == ("meetings", 4, False, True)
    assert main(["--db", db_url, "--lang", "ja", "bid", "import-series", str(path)]) == 0
    assert "icca.csv: 4 行を読み込み、作成 2、" in capsys.readouterr().out  # the dry run wrote nothing
    assert main(["--db", db_url, "--json", "import", "meetings", str(path)]) == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["created"], again["updated"], again["created_by_type"]) == (
        0, 0, {"meeting_series": 0, "meeting_edition": 0})
    assert main(["--db", db_url, "bid", "import-series", str(_file(tmp_path, "a,b\n1,2\n", "x.csv"))]) == 1
    assert "no column names the meeting series" in capsys.readouterr().out


def test_an_xlsx_with_japanese_headers_is_read(crm, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["会議名", "開催頻度", "開催年", "開催都市", "開催国", "参加者数"])
    sheet.append(["アジア雪氷会議", "隔年", 2021, "札幌", "日本", 300])
    path = tmp_path / "icca.xlsx"
    book.save(path)
    report = _import(crm, path)
    assert report.created == 1 and report.errors == []
    editions = crm.meeting_series.get(crm.meeting_series.resolve("アジア雪氷会議"))["editions"]
    assert editions == [{"year": 2021, "city": "札幌", "country": "JP", "delegates": 300}]


def test_the_cli_refuses_a_meetings_sheet_given_as_another_kind(db_url, capsys, tmp_path):
    """As the wizard switches to meetings by the headers, the CLI names the kind the file is and imports nothing."""
    path = _file(tmp_path)
    assert main(["--db", db_url, "--lang", "ja", "import", "contacts", str(path)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "国際会議の開催実績シート" in err and f"import meetings {path}" in err
    assert main(["--db", db_url, "--json", "import", "meetings", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["created"] == 2  # nothing was written before
