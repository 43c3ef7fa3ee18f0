"""The command line (DESIGN §5): init, stats, search, exit codes and messages in both languages."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sapporo_mice.cli.main import build_parser, main
from sapporo_mice.crm import Crm
from sapporo_mice.database import head_revision

UNREACHABLE_PG = "postgresql+psycopg://u@127.0.0.1:1/x"
STATS_KEYS = {"organizations", "contacts", "leads", "bids", "fairs", "participations", "students", "openings",
              "matches", "activities", "tasks"}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """main() in-process; argparse's usage errors leave through SystemExit, as in the console script."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_init_creates_the_database_and_is_idempotent(db_url, capsys):
    code, out, err = run(capsys, "--db", db_url, "--json", "init")
    assert code == 0, err
    first = json.loads(out)
    assert (first["from_revision"], first["revision"], first["backup"]) == (None, head_revision(), None)
    code, out, _ = run(capsys, "--db", db_url, "--json", "init")
    assert code == 0 and json.loads(out)["from_revision"] == head_revision()
    code, out, _ = run(capsys, "--db", db_url, "--lang", "ja", "init")
    assert code == 0 and "データベースを準備しました" in out


def test_stats_json_counts_every_record_type(db_url, capsys):
    crm = Crm.open(db_url, device_id="00000000-0000-7000-8000-000000000003")
    crm.organizations.create({"name": "札幌食品"}, actor="t")
    crm.contacts.create({"family_name": "山田"}, actor="t")
    deleted = crm.contacts.create({"family_name": "削除"}, actor="t")
    crm.contacts.delete(deleted.id, actor="t")
    crm.close()
    code, out, err = run(capsys, "--db", db_url, "--json", "stats")
    assert code == 0, err
    counts = json.loads(out)
    assert STATS_KEYS <= counts.keys()
    assert (counts["organizations"], counts["contacts"], counts["leads"]) == (1, 1, 0)
    code, out, _ = run(capsys, "--db", db_url, "--lang", "en", "stats")
    assert code == 0 and "Company" in out and "organizations" not in out
    code, out, _ = run(capsys, "--db", db_url, "--lang", "ja", "stats")
    assert code == 0 and "企業・団体" in out and "連絡先" in out and "Company" not in out


def test_search_json_lists_type_id_and_title_best_first(db_url, capsys):
    crm = Crm.open(db_url, device_id="00000000-0000-7000-8000-000000000003")
    first = crm.organizations.create({"name": "札幌コンベンションビューロー"}, actor="t").id
    second = crm.leads.create({"title": "ホタテ 札幌 商談"}, actor="t").id
    crm.close()
    code, out, err = run(capsys, "--db", db_url, "--json", "search", "札幌")
    assert code == 0, err
    hits = json.loads(out)
    assert [(h["type"], h["id"]) for h in hits] == [("organization", first), ("lead", second)]
    assert hits[0]["title"] == "札幌コンベンションビューロー"
    code, out, _ = run(capsys, "--db", db_url, "--json", "search", "札幌", "--limit", "1")
    assert len(json.loads(out)) == 1
    code, out, _ = run(capsys, "--db", db_url, "--lang", "ja", "search", "函館")
    assert code == 0 and "「函館」に一致する結果はありません。" in out
    code, out, err = run(capsys, "--db", db_url, "--lang", "ja", "search", "  ")
    assert code == 2 and out == "" and err.startswith("TEXT: 「  」には検索できる語がありません。")  # not "no results"


def test_search_names_each_type_in_the_readers_language(db_url, capsys):
    crm = Crm.open(db_url, device_id="00000000-0000-7000-8000-000000000003")
    company = crm.organizations.create({"name": "札幌テスト商事"}, actor="t").id
    lead = crm.leads.create({"title": "札幌テスト 商談"}, actor="t").id
    crm.close()
    code, out, err = run(capsys, "--db", db_url, "--lang", "ja", "search", "札幌テスト")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("企業・団体") and company in lines[0]
    assert lines[1].startswith("リード") and lead in lines[1]
    assert "organization" not in out and "lead " not in out
    # the ids start in one column: the labels are padded by the cells a terminal gives them
    # (each label's characters are all two cells wide: the cells before an id are its index plus the label's length)
    assert lines[0].index(company) + len("企業・団体") == lines[1].index(lead) + len("リード")
    code, out, _ = run(capsys, "--db", db_url, "--lang", "en", "search", "札幌テスト")
    assert out.splitlines()[0].startswith("Company") and "organization" not in out


def test_a_hits_subtitle_stands_beside_it_as_its_script_writes_parentheses(db_url, capsys):
    crm = Crm.open(db_url, device_id="00000000-0000-7000-8000-000000000003")
    org = crm.organizations.create({"name": "北海ホタテ商会"}, actor="t").id
    crm.contacts.create({"family_name": "山田", "given_name": "太郎", "organization_id": org}, actor="t")
    crm.contacts.create({"family_name": "Tan", "given_name": "Wei", "title": "Buyer"}, actor="t")
    crm.close()
    code, out, err = run(capsys, "--db", db_url, "--lang", "ja", "search", "山田")
    assert code == 0, err
    assert out.rstrip().endswith("  山田太郎（北海ホタテ商会）")  # full-width, no space: not "山田太郎  (北海ホタテ商会)"
    code, out, err = run(capsys, "--db", db_url, "--lang", "en", "search", "Tan")
    assert code == 0, err
    assert out.rstrip().endswith("  Wei Tan (Buyer)"), out  # a space, then round ASCII parentheses


def test_a_bad_db_url_exits_1_naming_the_url(capsys, tmp_path):
    code, out, err = run(capsys, "--db", "mysql://u@h/x", "stats")
    assert (code, out) == (1, "")
    assert "mysql://u@h/x" in err and "Traceback" not in err
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("hello\n" * 50)
    code, _, err = run(capsys, "--db", str(not_a_db), "init")
    assert code == 1 and "notes.db" in err and "file is not a database" in err


def test_an_unreachable_postgresql_exits_1_quickly_without_a_traceback(capsys):
    started = time.monotonic()
    code, out, err = run(capsys, "--db", UNREACHABLE_PG, "--json", "stats")
    assert time.monotonic() - started < 10
    assert (code, out) == (1, "")
    assert UNREACHABLE_PG in err and "Traceback" not in err


def test_lang_ja_gives_japanese_messages(capsys):
    code, _, err = run(capsys, "--db", UNREACHABLE_PG, "--lang", "ja", "stats")
    assert code == 1 and err.startswith(f"データベース {UNREACHABLE_PG} を開けません")


@pytest.mark.parametrize("argv", [["no-such-command"], ["search"], ["--lang", "fr", "stats"], ["search", "x", "--limit", "many"],
                                  ["search", "x", "--limit", "0"]])
def test_usage_errors_exit_2(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and err


def _pending_commands() -> list[str]:
    subparsers = next(a for a in build_parser()._actions if a.dest == "command")
    return sorted(name for name, parser in subparsers.choices.items()
                  if getattr(parser.get_default("handler"), "__module__", None) == "sapporo_mice.cli.pending_commands")


def test_every_command_of_design_section_5_is_built():
    subparsers = next(a for a in build_parser()._actions if a.dest == "command")
    design = {"init", "demo", "stats", "search", "import", "export", "brief", "bid", "fair", "match", "kpi", "sync",
              "backup", "restore", "check"}
    assert design <= set(subparsers.choices)
    assert _pending_commands() == []  # none answers "not available yet" any more


def test_the_console_script_runs(tmp_path):
    script = Path(sys.executable).parent / "sapporo-mice"
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    env = {"SAPPORO_MICE_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    init = subprocess.run([str(script), "--db", url, "init"], capture_output=True, text=True, env=env, timeout=120)
    assert init.returncode == 0, init.stderr
    stats = subprocess.run([str(script), "--db", url, "--json", "stats"], capture_output=True, text=True, env=env,
                           timeout=120)
    assert stats.returncode == 0 and json.loads(stats.stdout)["organizations"] == 0
    bad = subprocess.run([str(script), "--db", UNREACHABLE_PG, "stats"], capture_output=True, text=True, env=env,
                         timeout=60)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    usage = subprocess.run([str(script), "frobnicate"], capture_output=True, text=True, env=env, timeout=60)
    assert usage.returncode == 2 and "invalid choice" in usage.stderr


def test_without_a_command_the_core_cli_shows_its_usage_and_leaves_the_desktop_to_the_front_end(capsys):
    from sapporo_mice.cli.main import main as core_main

    assert core_main([]) == 2
    assert "usage: sapporo-mice" in capsys.readouterr().err


def test_without_a_command_the_front_end_starts_the_desktop(capsys):
    from sapporo_mice.cli.main import main as core_main

    started = []
    assert core_main(["--selftest", "--lang", "ja"], desktop=lambda **kw: started.append(kw) or 0) == 0
    assert started == [{"db_url": None, "lang": "ja", "selftest": True}]
