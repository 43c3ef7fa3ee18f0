"""sync bundle-out | bundle-in | push | pull | status | conflicts | resolve (DESIGN §5, §4)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from sapporo_mice import formats
from sapporo_mice.cli.context import CommandContext
from sapporo_mice.messages import render

PASSPHRASE_ENV = "SAPPORO_MICE_PASSPHRASE"


def register(subparsers: argparse._SubParsersAction) -> None:
    sync = subparsers.add_parser("sync", help="sync with the office: bundles, push, pull, conflicts")
    commands = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)

    out = commands.add_parser("bundle-out", help="write this computer's unsent changes to an encrypted file")
    out.add_argument("file", metavar="FILE", help="the bundle file to write")
    out.set_defaults(handler=cmd_bundle_out)

    take = commands.add_parser("bundle-in", help="take in a bundle: a laptop's (at the office) or the office's answer")
    take.add_argument("file", metavar="FILE", help="the bundle file to take in")
    take.add_argument("--response", metavar="OUT", help="where the office writes its answer (default: beside FILE)")
    take.set_defaults(handler=cmd_bundle_in)

    push = commands.add_parser("push", help="send this computer's changes straight to the office database")
    push.add_argument("url", metavar="URL", help="the office database's URL")
    push.set_defaults(handler=cmd_push)

    pull = commands.add_parser("pull", help="take in the office database's changes")
    pull.add_argument("url", metavar="URL", help="the office database's URL")
    pull.set_defaults(handler=cmd_pull)

    commands.add_parser("status", help="device, pending changes, open conflicts, last sync").set_defaults(
        handler=cmd_status)

    conflicts = commands.add_parser("conflicts", help="the conflicts queue")
    conflicts.add_argument("--all", action="store_true", help="resolved ones too")
    conflicts.set_defaults(handler=cmd_conflicts)

    resolve = commands.add_parser("resolve", help="settle a conflict: keep the office's side or take the laptop's")
    resolve.add_argument("id", metavar="ID", help="the conflict's id (listed by `sync conflicts`)")
    resolve.add_argument("choice", choices=("office", "laptop"),
                         help="office: keep the office's value; laptop: take the laptop's")
    resolve.set_defaults(handler=cmd_resolve)


def passphrase(ctx: CommandContext) -> str:
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        return ""
    return getpass.getpass(render("cli.sync_passphrase", ctx.lang))


def cmd_bundle_out(ctx: CommandContext) -> int:
    written = ctx.crm().sync.bundle_out(ctx.args.file, passphrase(ctx))
    if ctx.json:
        ctx.emit({"file": written.path, "changes": written.count, "first": written.first, "last": written.last})
    else:
        ctx.say("cli.sync_out", count=written.count, first=written.first, last=written.last, file=written.path)
    return 0


def cmd_bundle_in(ctx: CommandContext) -> int:
    sync = ctx.crm().sync
    taken = sync.bundle_in(ctx.args.file, passphrase(ctx), actor=ctx.actor, response=ctx.args.response)
    applied = taken.applied
    if ctx.json:
        ctx.emit({"kind": taken.kind, "received": applied.received, "skipped": applied.skipped,
                  "conflicts": applied.conflicts, "open_conflicts": applied.open_conflicts,
                  "response": taken.response, "pending": taken.pending})
    elif taken.response:
        ctx.say("cli.sync_in_office", received=applied.received, skipped=applied.skipped,
                conflicts=applied.conflicts, open=applied.open_conflicts, response=taken.response)
    else:
        ctx.say("cli.sync_in_laptop", received=applied.received, skipped=applied.skipped, pending=taken.pending)
    return 0


def cmd_push(ctx: CommandContext) -> int:
    applied = ctx.crm().sync.push_to(ctx.args.url, actor=ctx.actor)
    if ctx.json:
        ctx.emit({"received": applied.received, "skipped": applied.skipped, "conflicts": applied.conflicts,
                  "open_conflicts": applied.open_conflicts})
    else:
        ctx.say("cli.sync_push", received=applied.received, skipped=applied.skipped, conflicts=applied.conflicts,
                open=applied.open_conflicts)
    return 0


def cmd_pull(ctx: CommandContext) -> int:
    applied = ctx.crm().sync.pull_from(ctx.args.url, actor=ctx.actor)
    if ctx.json:
        ctx.emit({"received": applied.received, "skipped": applied.skipped})
    else:
        ctx.say("cli.sync_pull", received=applied.received, skipped=applied.skipped)
    return 0


def cmd_status(ctx: CommandContext) -> int:
    status = ctx.crm().sync.status()
    if ctx.json:
        ctx.emit({"device": status.device, "pending": status.pending, "conflicts": status.conflicts,
                  "last_sync": status.last_sync.isoformat() if status.last_sync else None, "role": status.role,
                  "office_device": status.office_device, "cursor": status.cursor, "acked": status.acked})
        return 0
    last = formats.datetime(status.last_sync, ctx.lang) if status.last_sync else render("cli.sync_never", ctx.lang)
    ctx.say("cli.sync_status", device=status.device, pending=status.pending, conflicts=status.conflicts, last=last)
    return 0


def cmd_conflicts(ctx: CommandContext) -> int:
    from sapporo_mice.sync.words import conflict_value
    from sapporo_mice.vocabulary import field_label

    found = ctx.crm().sync.conflicts(open_only=not ctx.args.all)
    if ctx.json:
        ctx.emit([{"id": c.id, "kind": c.kind, "type": c.record_type, "record_id": c.record_id, "title": c.title,
                   "field": c.field, "base": c.base, "office": c.office, "laptop": c.laptop, "winner": c.winner,
                   "resolved": c.resolved, "user": c.user} for c in found])
        return 0
    if not found:
        ctx.say("cli.sync_no_conflicts")
        return 0
    for c in found:
        label = field_label(c.record_type, c.field, ctx.lang) if c.field else render(f"sync.kind.{c.kind}", ctx.lang)
        base, office, laptop = (_shown(conflict_value(c.table, c.field, c.kind, value, ctx.lang))
                                for value in (c.base, c.office, c.laptop))
        print(render("cli.sync_conflict_line", ctx.lang, id=c.id, title=c.title or c.record_id, field=label,
                     base=base, office=office, laptop=laptop, user=c.user or ""))
    return 0


def cmd_resolve(ctx: CommandContext) -> int:
    ctx.crm().sync.resolve(ctx.args.id, ctx.args.choice, actor=ctx.actor)
    ctx.say("cli.sync_resolved")
    return 0


def _shown(text: str) -> str:
    return text[:100] + "…" if len(text) > 100 else text
