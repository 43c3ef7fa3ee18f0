"""backup, backups, restore, check: keeping the data safe from the command line (``sapporo_mice.maintenance``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sapporo_mice import messages
from sapporo_mice.cli.context import EXIT_BAD_INPUT, EXIT_USAGE, CommandContext
from sapporo_mice.errors import local_minute

if TYPE_CHECKING:
    from sapporo_mice.maintenance import BackupInfo, CheckReport

messages.register({
    "cli.backup_done": {"en": "Backed up the database to {file} ({bytes:,} bytes).",
                        "ja": "データベースを {file} にバックアップしました（{bytes:,} バイト）。"},
    "cli.backup_about": {"en": "Backup {file}: made {taken}, schema revision {revision}.",
                         "ja": "バックアップ {file}: 作成 {taken}、スキーマのリビジョン {revision}。"},
    "cli.backups_none": {"en": "There are no backups of this database in {folder} yet.",
                         "ja": "{folder} には、このデータベースのバックアップはまだありません。"},
    "cli.backups_server": {"en": "The office server's database is backed up by its administrators: this computer keeps "
                                 "none of it.",
                           "ja": "事務所サーバーのデータベースは管理者がバックアップしています。この PC には保存していません。"},
    "cli.restore_confirm": {
        "en": "Replace the database {url} with this backup? The database as it is now is backed up first. [y/N] ",
        "ja": "データベース {url} をこのバックアップで置き換えますか？ 現在のデータベースは先にバックアップします。[y/N] ",
    },
    "cli.restore_needs_yes": {
        "en": "restore: there is no terminal to confirm on; give --yes to restore without asking.",
        "ja": "restore: 確認できる端末がありません。確認なしで復元するには --yes を指定してください。",
    },
    "cli.restore_cancelled": {"en": "Nothing was restored.", "ja": "何も復元していません。"},
    "cli.restore_done": {"en": "Restored the database from {file}.", "ja": "{file} からデータベースを復元しました。"},
    "cli.restore_safety": {"en": "The database as it was is kept in {path}.",
                           "ja": "復元前のデータベースは {path} に保存しました。"},
    "cli.check_ok": {"en": "No problems found.", "ja": "問題は見つかりませんでした。"},
    "cli.check_all_repaired": {"en": "Every problem found was repaired.", "ja": "見つかった問題はすべて修復しました。"},
    "cli.check_left": {"en": "{count:|problem remains|problems remain}.", "ja": "{count:,} 件の問題が残っています。"},
    "cli.check_hint": {"en": "Run “sapporo-mice check --repair” to repair what can be repaired.",
                       "ja": "修復できるものは「sapporo-mice check --repair」で修復できます。"},
    "cli.check_problem": {"en": "Problem: {problem}", "ja": "問題: {problem}"},
    "cli.check_repaired": {"en": "Repaired: {problem} {action}", "ja": "修復済み: {problem} {action}"},
})

YES = ("y", "yes", "はい")


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser("backup", help="back the database up to FILE (or into an existing folder)")
    backup.add_argument("file", help="the backup file, or a folder to put it in")
    backup.set_defaults(handler=cmd_backup)

    backups = subparsers.add_parser("backups", help="list the backups kept on this computer, newest first")
    backups.set_defaults(handler=cmd_backups)

    restore = subparsers.add_parser("restore", help="replace the database with the backup FILE")
    restore.add_argument("file", help="the backup file to restore")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(handler=cmd_restore)

    check = subparsers.add_parser("check", help="check the database (exit 1 when problems remain)")
    check.add_argument("--repair", action="store_true", help="repair what can be repaired, then check again")
    check.set_defaults(handler=cmd_check)


def cmd_backup(ctx: CommandContext) -> int:
    made = ctx.crm().maintenance.backup(Path(ctx.args.file))
    if ctx.json:
        ctx.emit(made.as_json())
    else:
        ctx.say("cli.backup_done", file=made.file, bytes=made.bytes)
    return 0


def cmd_backups(ctx: CommandContext) -> int:
    """The backups the app keeps of this database (daily, and those made before an update, a restore or an
    encryption change): what to restore from when the app itself will not start."""
    from sapporo_mice import formats, paths

    crm = ctx.crm()
    kept = crm.maintenance.kept_backups()
    if ctx.json:
        ctx.emit([backup.as_json(ctx.lang) for backup in kept])
    elif crm.location()[0] == "server":
        ctx.say("cli.backups_server")
    elif not kept:
        ctx.say("cli.backups_none", folder=paths.backups_dir())
    for backup in [] if ctx.json else kept:  # one line each: when, what kind, how big, where
        print("  ".join((formats.datetime(backup.taken, ctx.lang), backup.kind_label(ctx.lang),
                         formats.file_size(backup.bytes, ctx.lang), str(backup.file))))
    return 0


def cmd_restore(ctx: CommandContext) -> int:
    """Restore without opening the CRM: nothing of this process may hold the file while it is replaced."""
    from sapporo_mice.crm import Crm
    from sapporo_mice.maintenance import Maintenance

    url = Crm.resolve_url(ctx.db_url)
    passphrase = ctx.passphrase()  # an encrypted database: its backups are encrypted with the same passphrase
    info = Maintenance.describe_backup(Path(ctx.args.file), url=url, passphrase=passphrase)
    if not ctx.args.yes:
        if not sys.stdin.isatty():
            print(messages.render("cli.restore_needs_yes", ctx.lang), file=sys.stderr)
            return EXIT_USAGE
        if not _confirmed(ctx, info, _shown_url(url)):
            print(messages.render("cli.restore_cancelled", ctx.lang), file=sys.stderr)
            return EXIT_BAD_INPUT
    restored = Maintenance.restore_database(url, info.file, passphrase=passphrase)
    if ctx.json:
        ctx.emit(restored.as_json())
    else:
        ctx.say("cli.restore_done", file=restored.restored_from)
        if restored.safety_backup:
            ctx.say("cli.restore_safety", path=restored.safety_backup)
    return 0


def _shown_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _confirmed(ctx: CommandContext, info: BackupInfo, url: str) -> bool:
    """Show what the backup holds and ask, on the terminal (stderr, so --json output stays clean)."""
    lines = [messages.render("cli.backup_about", ctx.lang, file=info.file, taken=local_minute(info.taken_at),
                             revision=info.revision)]
    lines += ["  " + line for line in info.count_lines(ctx.lang)]
    print("\n".join(lines), file=sys.stderr)
    print(messages.render("cli.restore_confirm", ctx.lang, url=url), end="", file=sys.stderr, flush=True)
    return sys.stdin.readline().strip().lower() in YES


def cmd_check(ctx: CommandContext) -> int:
    report = ctx.crm().maintenance.check(repair=ctx.args.repair, actor=ctx.actor)
    if ctx.json:
        ctx.emit(report.as_json(ctx.lang))
    else:
        _print_report(ctx, report)
    return 0 if report.ok else EXIT_BAD_INPUT


def _print_report(ctx: CommandContext, report: CheckReport) -> None:
    for finding in report.findings:
        if finding.repaired:
            ctx.say("cli.check_repaired", problem=finding.message(ctx.lang), action=finding.action(ctx.lang) or "")
        else:
            ctx.say("cli.check_problem", problem=finding.message(ctx.lang))
    if report.ok:
        ctx.say("cli.check_all_repaired" if report.findings else "cli.check_ok")
        return
    ctx.say("cli.check_left", count=len(report.remaining))
    if not report.repair and any(f.repairable for f in report.remaining):
        ctx.say("cli.check_hint")
