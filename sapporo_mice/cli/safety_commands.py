"""encrypt, decrypt, change-passphrase: this computer's database file kept encrypted (``sapporo_mice.encryption``).

Passphrases come from a prompt on the terminal (typed twice when new), or for batch use from
``SAPPORO_MICE_PASSPHRASE`` (the current one; for ``encrypt``, the new one) and ``SAPPORO_MICE_NEW_PASSPHRASE``
(the new one of ``change-passphrase``). None of them is ever written anywhere.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from sapporo_mice import messages
from sapporo_mice.cli.context import EXIT_USAGE, CommandContext

PASSPHRASE_ENV, NEW_PASSPHRASE_ENV = "SAPPORO_MICE_PASSPHRASE", "SAPPORO_MICE_NEW_PASSPHRASE"

messages.register({
    "cli.passphrase_prompt": {"en": "Passphrase of {file}: ", "ja": "{file} のパスフレーズ: "},
    "cli.new_passphrase_prompt": {"en": "New passphrase (at least {min} characters): ",
                                  "ja": "新しいパスフレーズ（{min} 文字以上）: "},
    "cli.new_passphrase_again": {"en": "The new passphrase again: ", "ja": "新しいパスフレーズをもう一度: "},
    "cli.passphrase_mismatch": {"en": "The two passphrases differ; nothing was changed.",
                                "ja": "2 回入力したパスフレーズが一致しません。何も変更していません。"},
    "cli.passphrase_no_terminal": {
        "en": "{command}: there is no terminal to ask for the passphrase on; set {variable} for batch use.",
        "ja": "{command}: パスフレーズを尋ねる端末がありません。一括処理では {variable} に設定してください。",
    },
    "cli.encrypted": {
        "en": "Encrypted the database {file}. Without its passphrase nobody can open it, not even you: keep the "
              "passphrase somewhere safe, away from the laptop.",
        "ja": "データベース {file} を暗号化しました。パスフレーズがなければ、だれも（あなた自身も）開けません。"
              "パスフレーズは PC とは別の安全な場所に控えてください。",
    },
    "cli.decrypted": {
        "en": "Decrypted the database {file}: anyone with the file can now read it. Backups made while it was "
              "encrypted stay encrypted.",
        "ja": "データベース {file} を復号しました。今後はファイルがあればだれでも読めます。暗号化中に作ったバックアップは"
              "暗号化されたままです。",
    },
    "cli.passphrase_changed": {
        "en": "Changed the passphrase of the database {file}.",
        "ja": "データベース {file} のパスフレーズを変更しました。",
    },
    "cli.conversion_kept": {
        "en": "A copy of the database as it was is kept in {path}.",
        "ja": "変換前のデータベースの控えを {path} に保存しました。",
    },
    "cli.backups_converted": {
        "en": "{count:,|backup in {folder} was|backups in {folder} were} converted too.",
        "ja": "{folder} のバックアップ {count:,} 件も変換しました。",
    },
})


def register(subparsers: argparse._SubParsersAction) -> None:
    encrypt = subparsers.add_parser("encrypt", help="encrypt this computer's database file (recommended for travel)")
    encrypt.set_defaults(handler=cmd_encrypt)
    decrypt = subparsers.add_parser("decrypt", help="store this computer's database file unencrypted again")
    decrypt.set_defaults(handler=cmd_decrypt)
    change = subparsers.add_parser("change-passphrase", help="change the passphrase of the encrypted database file")
    change.set_defaults(handler=cmd_change_passphrase)


class _NoPassphrase(Exception):
    pass


def database_passphrase(ctx: CommandContext) -> str | None:
    """The passphrase of the database if its file is encrypted (the environment's, else asked), else None."""
    from sapporo_mice.crm import Crm

    url = Crm.resolve_url(ctx.db_url)
    if Crm.Encryption.state(url) != "encrypted":
        return None
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        return None  # opening the database says that a passphrase is needed, and how to give it
    return getpass.getpass(messages.render("cli.passphrase_prompt", ctx.lang, file=Crm.Encryption.file(url)))


def _new_passphrase(ctx: CommandContext, variable: str) -> str:
    from sapporo_mice.crm import Crm

    if os.environ.get(variable):
        return os.environ[variable]
    if not sys.stdin.isatty():
        print(messages.render("cli.passphrase_no_terminal", ctx.lang, command=ctx.args.command, variable=variable),
              file=sys.stderr)
        raise _NoPassphrase
    first = getpass.getpass(messages.render("cli.new_passphrase_prompt", ctx.lang, min=Crm.Encryption.MIN_PASSPHRASE))
    Crm.Encryption.check_new_passphrase(first)  # a short one is refused before it is typed twice
    if getpass.getpass(messages.render("cli.new_passphrase_again", ctx.lang)) != first:
        print(messages.render("cli.passphrase_mismatch", ctx.lang), file=sys.stderr)
        raise _NoPassphrase
    return first


def _current_passphrase(ctx: CommandContext) -> str:
    """The passphrase of the (encrypted) database: the environment's, else asked; the file is read once with
    it, so that a wrong one is said before a new one is asked for."""
    from sapporo_mice.crm import Crm

    passphrase = database_passphrase(ctx)
    if not passphrase:
        print(messages.render("cli.passphrase_no_terminal", ctx.lang, command=ctx.args.command,
                              variable=PASSPHRASE_ENV), file=sys.stderr)
        raise _NoPassphrase
    Crm.Encryption.check_passphrase(Crm.resolve_url(ctx.db_url), passphrase)
    return passphrase


def _convert(ctx: CommandContext, action: str) -> int:
    from sapporo_mice.crm import Crm

    url = Crm.resolve_url(ctx.db_url)
    Crm.Encryption.file(url)  # the office server's database: refused before anything is asked
    try:
        if action == "encrypt":
            Crm.Encryption.check_can_encrypt(url)  # no database, or encrypted already: said before asking
            old, new = None, _new_passphrase(ctx, PASSPHRASE_ENV)
        else:
            Crm.Encryption.check_can_decrypt(url)
            old = _current_passphrase(ctx)
            new = _new_passphrase(ctx, NEW_PASSPHRASE_ENV) if action == "change-passphrase" else None
    except _NoPassphrase:
        return EXIT_USAGE
    converted = Crm.Encryption.convert_url(url, old, new)
    _report(ctx, action, converted)
    return 0


def _report(ctx: CommandContext, action: str, converted: Any) -> None:
    if ctx.json:
        ctx.emit(converted.as_json())
        return
    done = {"encrypt": "cli.encrypted", "decrypt": "cli.decrypted", "change-passphrase": "cli.passphrase_changed"}
    ctx.say(done[action], file=converted.file)
    ctx.say("cli.conversion_kept", path=converted.kept)
    if converted.backups_converted:
        ctx.say("cli.backups_converted", count=converted.backups_converted, folder=converted.kept.parent)


def cmd_encrypt(ctx: CommandContext) -> int:
    return _convert(ctx, "encrypt")


def cmd_decrypt(ctx: CommandContext) -> int:
    return _convert(ctx, "decrypt")


def cmd_change_passphrase(ctx: CommandContext) -> int:
    return _convert(ctx, "change-passphrase")
