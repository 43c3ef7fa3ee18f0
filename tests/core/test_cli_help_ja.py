"""The command line's help in Japanese (HELP_JA): every help text has its Japanese, and --lang ja shows it."""

from __future__ import annotations

import argparse
import re

import pytest

from sapporo_mice.cli.help_ja import HELP_JA, parsers, texts
from sapporo_mice.cli.main import build_parser, main

JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def english_texts() -> set[str]:
    found = {getattr(owner, name) for owner, name in texts(build_parser())}
    return {text for text in found if text and text != argparse.SUPPRESS}


def test_every_help_text_has_its_japanese():
    missing = sorted(english_texts() - HELP_JA.keys())
    assert not missing, f"add these to HELP_JA in sapporo_mice/cli/help_ja.py: {missing}"


def test_every_argument_says_what_it_is():
    # `fair add --help` listed --city, --organizer, --sector, --pavilion and --budget with no word of what they
    # take: a reader of the Japanese help had only the English option name to go by.
    silent = []
    for parser in parsers(build_parser()):
        for action in parser._actions:
            if not isinstance(action, (argparse._SubParsersAction, argparse._HelpAction)) and not action.help:
                silent.append(f"{parser.prog} {'/'.join(action.option_strings) or action.dest}")
    assert silent == []


def test_every_japanese_help_text_is_japanese():
    assert [english for english, japanese in HELP_JA.items() if not JAPANESE.search(japanese)] == []


def help_of(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as exit_:
        main(list(argv))
    assert exit_.value.code == 0
    return capsys.readouterr().out


def test_lang_ja_help_is_japanese(capsys):
    out = help_of(capsys, "--lang", "ja", "--help")
    assert out.startswith("使い方: sapporo-mice")
    for text in ("位置引数:", "オプション:", "このヘルプを表示して終了します", HELP_JA["language of messages"],
                 HELP_JA["trade fairs: list, add, follow up, results"]):
        assert text in out
    assert "show this help" not in out and "positional arguments" not in out


def test_lang_ja_subcommand_help_is_japanese(capsys):
    out = help_of(capsys, "--lang", "ja", "fair", "--help")
    assert out.startswith("使い方: sapporo-mice fair")
    assert HELP_JA["add a fair"] in out and "add a fair" not in out
    out = help_of(capsys, "--lang", "ja", "fair", "list", "--help")
    assert HELP_JA["only fairs that have ended"] in out


def test_lang_en_help_stays_english(capsys):
    for argv in (("--lang", "en", "--help"), ("--lang", "en", "fair", "--help")):
        out = help_of(capsys, *argv)
        assert out.startswith("usage: sapporo-mice") and "options:" in out and not JAPANESE.search(out)
