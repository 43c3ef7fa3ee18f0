"""init, demo, stats, search."""

from __future__ import annotations

import argparse
import sys
import time

from sapporo_mice.cli.context import EXIT_USAGE, CommandContext
from sapporo_mice.messages import render


def register(subparsers: argparse._SubParsersAction) -> None:
    init = subparsers.add_parser("init", help="create or upgrade the database (idempotent)")
    init.set_defaults(handler=cmd_init)

    demo = subparsers.add_parser("demo", help="add realistic bilingual demo data")
    demo.add_argument("--scale", type=float, default=1.0, help="multiply the amount of data (default 1)")
    demo.add_argument("--seed", type=int, default=2026, help="random seed (same seed, same data)")
    demo.set_defaults(handler=cmd_demo)

    stats = subparsers.add_parser("stats", help="counts per record type")
    stats.set_defaults(handler=cmd_stats)

    search = subparsers.add_parser("search", help="search every record type")
    search.add_argument("text", help="the words to look for")
    search.add_argument("--limit", type=int, default=20, help="at most this many hits (default 20)")
    search.set_defaults(handler=cmd_search)


def cmd_init(ctx: CommandContext) -> int:
    from sapporo_mice.crm import Crm

    url, report = Crm.initialise(ctx.db_url, passphrase=ctx.passphrase())
    if report.backup:
        ctx.say("cli.db_backup", path=report.backup)
    if ctx.json:
        ctx.emit({"url": url, "from_revision": report.from_revision, "revision": report.to_revision,
                  "backup": str(report.backup) if report.backup else None})
    else:
        ctx.say("cli.db_ready", revision=report.to_revision, url=url)
    return 0


def cmd_demo(ctx: CommandContext) -> int:
    if ctx.args.scale <= 0:
        print(render("cli.scale_invalid", ctx.lang, value=ctx.args.scale), file=sys.stderr)
        return EXIT_USAGE
    started = time.perf_counter()
    counts = ctx.crm().add_demo_data(scale=ctx.args.scale, seed=ctx.args.seed, actor=ctx.actor)
    if ctx.json:
        ctx.emit(counts)
    else:
        ctx.say("cli.demo_done", seconds=time.perf_counter() - started)
        _print_counts(counts, ctx.lang)
    return 0


def cmd_stats(ctx: CommandContext) -> int:
    counts = ctx.crm().stats()
    if ctx.json:
        ctx.emit(counts)
    else:
        _print_counts(counts, ctx.lang)
    return 0


def cmd_search(ctx: CommandContext) -> int:
    if ctx.args.limit <= 0:
        print(render("cli.limit_invalid", ctx.lang, value=ctx.args.limit), file=sys.stderr)
        return EXIT_USAGE
    from sapporo_mice.errors import _shown

    search = ctx.crm().search
    used, dropped = search.terms_used(ctx.args.text)
    if not used:  # blank, or punctuation only: nothing to look for, which "no results" would not say
        print(render("cli.search_empty", ctx.lang, query=_shown(ctx.args.text)), file=sys.stderr)
        return EXIT_USAGE
    # The subtitles as the reader's language writes them; --json keeps the stored one (the same in both)
    hits = search.find(ctx.args.text, limit=ctx.args.limit, lang=None if ctx.json else ctx.lang)
    if dropped:  # a pasted paragraph: say that only its first words were searched (stderr under --json)
        ctx.say("cli.search_terms_dropped", used=len(used), last=_shown(used[-1]), dropped=dropped)
    if ctx.json:
        ctx.emit([hit.as_json() for hit in hits])
    elif not hits:
        ctx.say("cli.no_results", query=_shown(ctx.args.text))
    else:
        from sapporo_mice.formats import aside
        from sapporo_mice.vocabulary import type_label

        # The type as the reader's language names it (its key stays in --json), in a column as wide as the widest.
        labels = [type_label(hit.type, ctx.lang) for hit in hits]
        width = max(map(_cells, labels))
        for hit, label in zip(hits, labels):
            print(f"{_padded(label, width)}  {hit.id}  {aside(hit.title, hit.subtitle)}")
    return 0


def _cells(text: str) -> int:
    """How many terminal cells ``text`` takes: an ideograph or a full-width character takes two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _padded(text: str, width: int) -> str:
    return text + " " * (width - _cells(text))


def _print_counts(counts: dict[str, int], lang: str) -> None:
    """One line per record type, named as the reader's language names it (the keys stay in --json)."""
    from sapporo_mice.crm import STATS_KEYS
    from sapporo_mice.models import TYPE_BY_TABLE
    from sapporo_mice.vocabulary import table_label, type_label

    def label(key: str) -> str:
        record_type = STATS_KEYS.get(key) or TYPE_BY_TABLE.get(key)
        return type_label(record_type, lang) if record_type else table_label(key, lang)

    names = {key: label(key) for key in counts}
    width = max(map(_cells, names.values()), default=0)
    for key, value in counts.items():
        print(f"{_padded(names[key], width)}  {value:>8,}")
