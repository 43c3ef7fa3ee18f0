"""The desktop's start parses its global options without importing the command modules (start-up time),
and everything else still goes to the full parser."""

from __future__ import annotations

import subprocess
import sys

import pytest

from sapporo_mice.cli.main import desktop_options, main


@pytest.mark.parametrize("argv", [[], ["--db", "sqlite:///x.db", "--lang", "ja"], ["--db=sqlite:///x.db"],
                                  ["--selftest"], ["--json", "--user", "u"]])
def test_global_options_alone_are_a_desktop_start(argv):
    args = desktop_options(argv)
    assert args is not None and args.command is None


@pytest.mark.parametrize("argv", [["stats"], ["--db", "x", "stats"], ["-h"], ["--help"], ["--lang", "fr"], ["--db"],
                                  ["--frobnicate"]])
def test_anything_else_goes_to_the_full_parser(argv):
    assert desktop_options(argv) is None


def test_a_desktop_start_imports_no_command_module():
    code = ("import sys; from sapporo_mice.cli.main import main; "
            "main(['--lang', 'en', '--db', 'sqlite://'], desktop=lambda **kw: 0); "
            "print(sorted(m for m in sys.modules if m.startswith('sapporo_mice')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['sapporo_mice', 'sapporo_mice.cli', 'sapporo_mice.cli.main']"


def test_the_desktop_gets_the_same_options_either_way(capsys):
    started = []
    assert main(["--db", "sqlite:///x.db", "--lang", "ja"], desktop=lambda **kw: started.append(kw) or 0) == 0
    assert started == [{"db_url": "sqlite:///x.db", "lang": "ja", "selftest": False}]
    with pytest.raises(SystemExit) as exit_info:
        main(["--lang", "fr"], desktop=lambda **kw: started.append(kw) or 0)
    assert exit_info.value.code == 2 and "invalid choice" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["-h"], desktop=lambda **kw: 0)
    assert exit_info.value.code == 0 and "COMMAND" in capsys.readouterr().out
