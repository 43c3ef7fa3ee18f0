"""Bad input on the command line: one clear line on stderr, never a traceback, nothing half-written.

The last-resort handler (an unexpected exception is one line in the user's language, its traceback in
the CLI's log), long values quoted to about 100 characters, exports to a missing or closed folder, and a
search that says how many of its terms it left out.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from sapporo_mice import paths
from sapporo_mice.cli import core_commands
from sapporo_mice.cli.main import main
from sapporo_mice.crm import Crm
from sapporo_mice.errors import ExportError, NotFoundError
from sapporo_mice.search import MAX_TERMS

LONG = "長" * 5000


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def _raising(exc: BaseException):
    def handler(ctx):
        raise exc
    return handler


def _stats_raises(monkeypatch, exc: BaseException) -> None:
    """``stats`` raises ``exc`` (the parser is built per call, so it picks the patched handler up)."""
    monkeypatch.setattr(core_commands, "cmd_stats", _raising(exc))


# ------------------------------------------------------------------------------------ the last resort
@pytest.mark.parametrize(("lang", "said"), [("en", "Unexpected error: RuntimeError: boom. Details: "),
                                            ("ja", "予期しないエラー: RuntimeError: boom。詳細: ")])
def test_an_unexpected_error_is_one_line_and_its_traceback_goes_to_the_log(capsys, monkeypatch, lang, said):
    _stats_raises(monkeypatch, RuntimeError("boom\nsecond line of the message"))
    code, out, err = run(capsys, "--lang", lang, "stats")
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and err.startswith(said) and "Traceback" not in err
    log = paths.logs_dir() / "cli.log"
    assert err.strip().endswith(str(log))
    text = log.read_text(encoding="utf-8")
    assert re.match(r"--- \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d sapporo-mice --lang \w\w stats\n", text)
    assert "Traceback (most recent call last)" in text and "RuntimeError: boom\nsecond line" in text


def test_the_log_is_appended_to_and_hides_database_passwords(capsys, monkeypatch):
    _stats_raises(monkeypatch, KeyError("missing"))
    run(capsys, "stats")
    code, _, err = run(capsys, "--db", "postgresql+psycopg://crm:s3cret@office-db/crm", "stats")
    assert code == 1 and "KeyError: 'missing'" in err
    text = (paths.logs_dir() / "cli.log").read_text(encoding="utf-8")
    assert text.count("\n--- ") + text.startswith("--- ") == 2
    assert "s3cret" not in text and "postgresql+psycopg://crm:***@office-db/crm" in text


def test_an_unexpected_error_quotes_a_long_message_to_about_100_characters(capsys, monkeypatch):
    _stats_raises(monkeypatch, ValueError(LONG))
    code, _, err = run(capsys, "stats")
    assert code == 1 and len(err) < 400 and "長" * 100 + "…" in err


def test_an_error_without_a_message_is_named_by_its_repr(capsys, monkeypatch):
    _stats_raises(monkeypatch, AssertionError())
    _, _, err = run(capsys, "stats")
    assert "Unexpected error: AssertionError: AssertionError(). Details: " in err


def test_when_the_log_cannot_be_written_the_traceback_goes_to_stderr(capsys, monkeypatch, tmp_path):
    _stats_raises(monkeypatch, RuntimeError("boom"))
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    monkeypatch.setattr(paths, "logs_dir", lambda: not_a_folder)
    code, _, err = run(capsys, "stats")
    assert code == 1
    assert err.startswith("Unexpected error: RuntimeError: boom. The log could not be written (")
    assert "Traceback (most recent call last)" in err


def test_a_crm_error_keeps_its_own_message_and_writes_no_log(capsys, monkeypatch):
    _stats_raises(monkeypatch, NotFoundError("fair", "Nowhere Expo"))
    code, _, err = run(capsys, "--lang", "en", "stats")
    assert code == 1 and err == "No fair matches “Nowhere Expo”.\n"
    assert not (paths.logs_dir() / "cli.log").exists()


def test_an_interrupt_exits_2_quietly(capsys, monkeypatch):
    _stats_raises(monkeypatch, KeyboardInterrupt())
    code, out, err = run(capsys, "stats")
    assert (code, out, err) == (2, "", "")


def test_the_crm_is_closed_when_a_command_fails(capsys, monkeypatch, tmp_path):
    closed = []
    monkeypatch.setattr(Crm, "close", lambda self: closed.append(True))

    def handler(ctx):
        ctx.crm()
        raise RuntimeError("after opening")
    monkeypatch.setattr(core_commands, "cmd_stats", handler)
    code, _, _ = run(capsys, "--db", f"sqlite:///{(tmp_path / 'x.db').as_posix()}", "stats")
    assert code == 1 and closed == [True]


# ------------------------------------------------------------------------------------- long values
def test_a_5000_character_argument_is_quoted_to_about_100_characters(db_url, capsys, tmp_path):
    code, out, err = run(capsys, "--db", db_url, "--lang", "ja", "search", LONG)
    assert code == 0 and len(out) < 300 and "長" * 100 + "…" in out
    csv = tmp_path / "a.csv"
    csv.write_text("Name\nAlice\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", db_url, "import", "leads", str(csv), "--fair", LONG)
    assert code == 1 and len(err) < 300 and "長" * 100 + "…" in err and "Traceback" not in err


def test_a_5000_character_csv_cell_is_quoted_to_about_100_characters(capsys, tmp_path):
    csv = tmp_path / "long.csv"
    csv.write_text(f"Name,Email,{'列' * 5000}\nAlice Tan,{'x' * 5000}@,v\n", encoding="utf-8")
    db = f"sqlite:///{(tmp_path / 'x.db').as_posix()}"
    code, out, err = run(capsys, "--db", db, "import", "contacts", str(csv))
    assert code == 1 and out and all(len(line) < 300 for line in out.splitlines())
    assert "x" * 100 + "…" in out and "列" * 100 + "…" in out
    code, out, _ = run(capsys, "--db", db, "--json", "--lang", "ja", "import", "contacts", str(csv))
    report = json.loads(out)
    assert all(len(item["message"]) < 300 for item in report["errors"] + report["warnings"])


# ------------------------------------------------------------------------------------------ exports
def test_an_export_to_a_missing_folder_names_the_folder(capsys, tmp_path):
    db = f"sqlite:///{(tmp_path / 'x.db').as_posix()}"
    target = tmp_path / "no" / "such" / "dir" / "x.csv"
    code, out, err = run(capsys, "--db", db, "export", "contacts", str(target))
    assert (code, out) == (1, "")
    assert err == f"x.csv: there is no folder {target.parent}; nothing was written.\n"
    code, _, err = run(capsys, "--db", db, "--lang", "ja", "export", "contacts", str(target))
    assert code == 1 and f"フォルダ {target.parent} がありません" in err


def test_an_export_to_a_folder_that_is_a_file_names_the_folder(capsys, tmp_path):
    db = f"sqlite:///{(tmp_path / 'x.db').as_posix()}"
    (tmp_path / "plain").write_text("x")
    code, _, err = run(capsys, "--db", db, "export", "contacts", str(tmp_path / "plain" / "x.xlsx"))
    assert code == 1 and "there is no folder" in err and "Traceback" not in err


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes in a read-only folder anyway")
def test_an_export_to_a_read_only_folder_says_so_and_leaves_nothing(capsys, tmp_path):
    db = f"sqlite:///{(tmp_path / 'x.db').as_posix()}"
    closed = tmp_path / "closed"
    closed.mkdir()
    closed.chmod(0o500)
    try:
        code, out, err = run(capsys, "--db", db, "export", "contacts", str(closed / "x.csv"))
        assert (code, out) == (1, "")
        assert err == f"x.csv: no permission to write in the folder {closed}; nothing was written.\n"
        assert list(closed.iterdir()) == []
    finally:
        closed.chmod(0o700)


def test_a_folder_closed_to_us_is_named_even_when_running_as_root(sqlite_crm, tmp_path, monkeypatch):
    from sapporo_mice.io import exporter

    def closed(path, mode):
        raise PermissionError(13, "Permission denied", str(path))
    monkeypatch.setattr(exporter, "open", closed, raising=False)  # what a read-only folder does to anyone else
    with pytest.raises(ExportError) as caught:
        sqlite_crm.io.export_file("contacts", tmp_path / "x.vcf", lang="ja")
    assert caught.value.code == "io.export_folder_denied"
    assert caught.value.message("ja") == f"x.vcf: フォルダ {tmp_path} に書き込む権限がありません。何も書き出していません。"
    assert list(tmp_path.glob("x.*")) == []


def test_a_failed_write_removes_its_temp_file_and_keeps_the_old_file(sqlite_crm, tmp_path, monkeypatch):
    target = tmp_path / "x.csv"
    target.write_text("the previous export")

    def refuse(self, other):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(Path, "replace", refuse)  # Windows: the file is open in Excel
    with pytest.raises(ExportError) as caught:
        sqlite_crm.io.export_file("contacts", target)
    assert caught.value.code == "io.export_file_locked"
    assert "is it open in another program" in caught.value.message("en")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("x.")) == ["x.csv"]
    assert target.read_text() == "the previous export"


def test_a_full_disk_is_named_with_its_reason(sqlite_crm, tmp_path, monkeypatch):
    def full(self, other):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(Path, "replace", full)
    with pytest.raises(ExportError) as caught:
        sqlite_crm.io.export_file("contacts", tmp_path / "x.xlsx")
    assert caught.value.message("en") == (f"x.xlsx: cannot write in the folder {tmp_path} (No space left on device); "
                                          "nothing was written.")
    assert list(tmp_path.glob("x.*")) == []


# ----------------------------------------------------------------------------------- search terms
def test_a_search_of_2000_words_says_how_many_were_left_out(db_url, capsys):
    crm = Crm.open(db_url, device_id="00000000-0000-7000-8000-000000000004")
    crm.contacts.create({"family_name": "山田"}, actor="t")
    crm.close()
    words = " ".join(["山田"] + [f"w{i}" for i in range(1999)])
    code, out, err = run(capsys, "--db", db_url, "search", words)
    assert code == 0 and err == ""
    note = f"Only the first {MAX_TERMS} words were searched (up to “w10”); the other {2000 - MAX_TERMS} were left out."
    assert out.splitlines()[0] == note
    code, out, err = run(capsys, "--db", db_url, "--json", "--lang", "ja", "search", words)
    assert code == 0 and json.loads(out) == []  # the note goes to stderr: stdout stays JSON
    assert err == f"最初の {MAX_TERMS} 語（「w10」まで）だけで検索しました。残りの {2000 - MAX_TERMS} 語は使っていません。\n"
    code, out, err = run(capsys, "--db", db_url, "--json", "search", "山田 " * 2000)  # one term, 2000 times
    assert code == 0 and err == "" and json.loads(out)[0]["title"] == "山田"
