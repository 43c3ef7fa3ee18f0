"""Commands of DESIGN §5 that later issues implement: they answer "not available yet" (exit 2)."""

from __future__ import annotations

import argparse
import sys

from sapporo_mice.cli.context import EXIT_USAGE, CommandContext
from sapporo_mice.messages import render

PENDING = ("import", "export", "brief", "bid", "fair", "match", "kpi")


def register(subparsers: argparse._SubParsersAction) -> None:
    for name in PENDING:
        if name in subparsers.choices:
            continue
        parser = subparsers.add_parser(name, help="(not available yet)", add_help=False)
        parser.add_argument("rest", nargs=argparse.REMAINDER)
        parser.set_defaults(handler=lambda ctx, name=name: _not_yet(ctx, name))


def _not_yet(ctx: CommandContext, name: str) -> int:
    print(render("cli.not_available", ctx.lang, command=name), file=sys.stderr)
    return EXIT_USAGE
