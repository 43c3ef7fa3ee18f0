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


@pytest.mark.parametrize("argv, japanese", [
    (["brief", "bid", "ISVM"], "sapporo-mice brief: エラー: 次の引数を指定してください: -o/--output"),
    (["brief", "bid", "ISVM", "-o", "x.pdf", "--paper", "B5"],
     "sapporo-mice brief: エラー: 引数 --paper: 「B5」は選べません（選べるもの: 「A4」、「Letter」）"),
    (["bid", "list", "--foo"], "sapporo-mice: エラー: 使えない引数があります: --foo"),
    (["bid", "list", "--year", "abc"], "sapporo-mice bid list: エラー: 引数 --year: 「abc」は整数ではありません"),
    (["bid", "list", "--year"], "sapporo-mice bid list: エラー: 引数 --year: 値を 1 つ指定してください"),
])
def test_a_mistyped_command_is_told_in_japanese(argv, japanese, capsys):
    # argparse's own "error: the following arguments are required" reached a reader of the Japanese help.
    with pytest.raises(SystemExit) as caught:
        main(["--lang", "ja", *argv])
    err = capsys.readouterr().err
    assert caught.value.code == 2 and err.startswith("使い方: ") and err.splitlines()[-1] == japanese
    with pytest.raises(SystemExit):  # English stays argparse's own
        main(["--lang", "en", *argv])
    assert ": error: " in capsys.readouterr().err


def test_every_argparse_error_the_cli_can_meet_has_its_japanese():
    # argparse's messages as this Python writes them, each with its placeholders filled
    from sapporo_mice.cli.help_ja import translate_error

    samples = ["the following arguments are required: KIND, REF", "unrecognized arguments: --x",
               "argument --paper: invalid choice: 'B5' (choose from 'A4', 'Letter')",
               "argument --top: invalid float value: 'x'", "argument --x: expected one argument",
               "argument --x: expected at most one argument", "argument --x: expected at least one argument",
               "argument --x: expected 2 arguments", "argument --x: not allowed with argument --y",
               "one of the arguments --a --b is required", "ambiguous option: --ye could match --year, --yes",
               "argument --x: ignored explicit argument 'v'"]
    assert [s for s in samples if not JAPANESE.search(translate_error(s)) or "argument" in translate_error(s)] == []
