"""The CLI ``import`` and ``export`` commands: exit codes, JSON report shape, messages in both languages."""

from __future__ import annotations

import json
from pathlib import Path

from sapporo_mice.cli.main import main

DATA = Path(__file__).parent.parent / "data" / "import"


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_json_report_and_exit_codes(db_url, capsys, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("Name,Email\nAlice,alice@example.sg\nBob,bob@\n", encoding="utf-8")
    code, out, _ = _run(capsys, "--db", db_url, "--json", "import", "contacts", str(bad))
    report = json.loads(out)
    assert code == 1 and report["applied"] is False and report["created"] == 0
    assert report["errors"][0]["row"] == 3 and report["errors"][0]["column"] == "Email"
    assert set(report) >= {"read", "created", "updated", "merged", "skipped", "applied", "errors", "warnings", "duplicates"}
    code, out, _ = _run(capsys, "--db", db_url, "--json", "import", "contacts", str(bad), "--skip-invalid")
    assert code == 0 and json.loads(out)["created"] == 1


def test_import_dry_run_and_japanese_messages(db_url, capsys):
    code, out, _ = _run(capsys, "--db", db_url, "--lang", "ja", "import", "contacts",
                        str(DATA / "contacts_many_scripts.csv"), "--dry-run")
    assert code == 0 and "試行のみ" in out and "電話番号" in out
    code, out, _ = _run(capsys, "--db", db_url, "--json", "stats")
    assert json.loads(out)["contacts"] == 0


def test_malformed_file_exit_1_without_traceback(db_url, capsys):
    for name in ("truncated.vcf", "garbage.csv", "really_csv.xlsx", "empty.csv", "ambiguous_halfwidth_kana.csv"):
        code, out, err = _run(capsys, "--db", db_url, "import", "contacts", str(DATA / name))
        assert code == 1 and name in err and "Traceback" not in err
    _, _, err = _run(capsys, "--db", db_url, "import", "contacts", str(DATA / "ambiguous_halfwidth_kana.csv"))
    assert "--encoding" in err


def test_map_option_and_fair_leads(db_url, capsys):
    code, _, err = _run(capsys, "--db", db_url, "import", "leads", str(DATA / "fha_leads.csv"), "--map", "Badge ID=nonsense")
    assert code == 2 and "--map" in err
    code, out, _ = _run(capsys, "--db", db_url, "--json", "import", "leads", str(DATA / "fha_leads.csv"),
                        "--map", "Badge ID=notes")
    assert code == 0 and json.loads(out)["created_by_type"]["lead"] == 4


def test_export_csv_cp932_error_and_vcard(db_url, capsys, tmp_path):
    _run(capsys, "--db", db_url, "import", "contacts", str(DATA / "contacts_many_scripts.csv"))
    code, _, err = _run(capsys, "--db", db_url, "export", "contacts", str(tmp_path / "out.csv"), "--encoding", "cp932",
                        "--strict")
    assert code == 1 and "CP932" in err and "row" in err and not (tmp_path / "out.csv").exists()
    code, out, err = _run(capsys, "--db", db_url, "--lang", "ja", "export", "contacts", str(tmp_path / "out.csv"),
                          "--encoding", "cp932")  # the README's own example: written, with 〓 and a warning
    assert code == 0 and "〓" in err and "行目" in err and (tmp_path / "out.csv").exists()
    assert len(err.splitlines()) <= 23  # the first 20 replacements, then a count
    assert (tmp_path / "out.csv").read_bytes().decode("cp932").startswith("氏名,姓,名")
    code, out, _ = _run(capsys, "--db", db_url, "export", "contacts", str(tmp_path / "out.vcf"), "--vcard-version", "3.0")
    assert code == 0 and "9" in out and (tmp_path / "out.vcf").read_bytes().count(b"BEGIN:VCARD") == 9
