"""CLI import output for the intake issue: a bad value quoted to ~100 characters in text and JSON, a CSV
error naming its row, a recognised format named."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from sapporo_mice.cli.main import main

FORMATS = Path(__file__).resolve().parents[1] / "data" / "formats"


def test_long_values_and_headers_are_quoted_to_about_100_characters(db_url, capsys, tmp_path):
    long = "x" * 300
    path = tmp_path / "long.csv"
    path.write_text(f"Name,Email,{'H' * 300}\nAnna,{long}@{long},v\n", encoding="utf-8")
    assert main(["--db", db_url, "import", "contacts", str(path)]) == 1
    out = capsys.readouterr().out
    assert out and "x" * 100 in out and "x" * 102 not in out and "H" * 102 not in out
    assert main(["--db", db_url, "--json", "import", "contacts", str(path)]) == 1
    report = json.loads(capsys.readouterr().out)
    for issue in report["errors"] + report["warnings"]:
        assert len(issue["column"] or "") <= 101
        assert "x" * 102 not in issue["message"] and "H" * 102 not in issue["message"]


def test_a_csv_error_names_its_row(db_url, capsys, tmp_path):
    path = tmp_path / "big.csv"
    path.write_text("Name,Notes\nAnna,short\nBen," + "y" * 2000 + "\n", encoding="utf-8")
    import sapporo_mice.io.tabular  # noqa: F401 - it sets the csv module's limit when first imported: before ours
    previous = csv.field_size_limit(1000)
    try:
        assert main(["--db", db_url, "--lang", "ja", "import", "contacts", str(path)]) == 1
    finally:
        csv.field_size_limit(previous)
    err = capsys.readouterr().err
    assert "3 行目" in err and "?" not in err.split("行目")[0]


def test_the_recognised_format_is_named_in_text_and_json(db_url, capsys):
    assert main(["--db", db_url, "--lang", "ja", "import", "contacts", str(FORMATS / "sansan.csv")]) == 0
    assert "Sansan（名刺）" in capsys.readouterr().out
    assert main(["--db", db_url, "--json", "import", "contacts", str(FORMATS / "eight.csv"), "--dry-run"]) == 0
    assert json.loads(capsys.readouterr().out)["format"] == "eight"
