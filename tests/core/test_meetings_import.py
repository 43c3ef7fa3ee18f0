"""The association meetings spreadsheet (ICCA) through the generic import: ``crm.io`` and ``import meetings``,
the same report by row and column, all or nothing unless the valid rows only are asked for, a dry run."""

from __future__ import annotations

import json

from sapporo_mice.cli.main import main
from sapporo_mice.crm import Crm
from tests.support.meetings_xlsx import BAD, GOOD, write


def test_a_meetings_spreadsheet_is_recognised_and_imported_through_crm_io(crm, tmp_path):
    path = write(tmp_path / "icca.xlsx", GOOD)
    assert crm.io.recognise_kind(path) == "meetings"
    assert crm.io.header_map(path, "meetings").fields == ["name", "acronym", "frequency", "rotation_area",
                                                          "association", "year", "city", "country", "delegates"]
    report = crm.io.import_file(path, crm.io.options("meetings", actor="佐藤 花子"))
    assert report.applied and (report.read, report.created, report.updated) == (3, 2, 0)
    assert report.created_by_type == {"meeting_series": 2, "meeting_edition": 3}
    assert report.format["key"] == "association_meetings"
    wcc = crm.meeting_series.get(crm.meeting_series.resolve("WCC"))
    assert [(e["year"], e["city"], e["delegates"]) for e in wcc["editions"]] == [(2019, "San Diego", 800),
                                                                                (2021, "Singapore", 1100)]
    assert wcc["association_name"] == "Society for Cryobiology" and wcc["id"] in report.created_ids["meeting_series"]


def test_one_bad_cell_and_nothing_is_written_unless_the_valid_rows_are_asked_for(crm, tmp_path):
    path = write(tmp_path / "icca.xlsx", GOOD + BAD)
    report = crm.io.import_file(path, crm.io.options("meetings", actor="t"))
    assert not report.applied and crm.meeting_series.count() == 0
    assert [(e.row, e.column, e.code) for e in report.errors] == [
        (5, "Rotation frequency", "series_import.frequency_invalid"), (6, "Year", "series_import.year_needed")]
    assert report.errors[0].message("ja").startswith("「sometimes」は開催頻度として読めません")
    lines = report.lines("ja")
    assert "エラー: 5 行目「Rotation frequency」: 「sometimes」は開催頻度として読めません" in lines[1]
    assert lines[-2].startswith("icca.xlsx: 5 行を読み込み")  # the file named in the summary
    checked = crm.io.import_file(path, crm.io.options("meetings", dry_run=True, skip_invalid=True, actor="t"))
    assert checked.dry_run and not checked.applied and crm.meeting_series.count() == 0
    valid = crm.io.import_file(path, crm.io.options("meetings", skip_invalid=True, actor="t"))
    assert valid.applied and valid.skipped == 2 and crm.meeting_series.count() == 2
    food = crm.meeting_series.get(crm.meeting_series.resolve("APFF"))
    assert [e["year"] for e in food["editions"]] == [2022]  # the 2025 row had the bad cell: left out


def test_a_column_mapped_by_hand_is_read_as_that(crm, tmp_path):
    path = tmp_path / "icca.csv"
    path.write_text("会議,Jahr,Ort\nWorld Snow Congress,2022,Oslo\n", encoding="utf-8")
    report = crm.io.import_file(path, crm.io.options("meetings", mapping={"会議": "name", "Jahr": "year",
                                                                          "Ort": "city"}, actor="t"))
    assert report.applied and crm.meeting_series.get(crm.meeting_series.resolve("World Snow Congress"))[
        "editions"] == [{"year": 2022, "city": "Oslo", "country": None, "delegates": None}]


def test_the_import_command_reads_meetings_and_names_file_row_and_column(db_url, capsys, tmp_path):
    path = write(tmp_path / "icca.xlsx", GOOD + BAD)
    code = main(["--db", db_url, "--lang", "en", "import", "meetings", str(path)])
    out, _ = capsys.readouterr()
    assert code == 1
    assert "Error: row 6, Year: an edition needs its year." in out.splitlines()
    assert "icca.xlsx: 5 rows read, 0 created" in out
    code = main(["--db", db_url, "--json", "import", "meetings", str(path), "--skip-invalid"])
    report = json.loads(capsys.readouterr()[0])
    assert code == 0 and report["applied"] and report["created"] == 2 and report["skipped"] == 2
    assert [(e["row"], e["column"]) for e in report["errors"]] == [(5, "Rotation frequency"), (6, "Year")]
    crm = Crm.open(db_url)
    try:
        assert crm.meeting_series.count() == 2
    finally:
        crm.close()
