"""Argument parsing and dispatch. Command modules register their subcommands here."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from sapporo_mice.cli import core_commands, fair_commands, io_commands, pending_commands
from sapporo_mice.cli.context import EXIT_BAD_INPUT, EXIT_USAGE, CommandContext
from sapporo_mice.errors import CrmError

# Each module has register(subparsers); later issues add theirs to this tuple.
COMMAND_MODULES = [core_commands, fair_commands, io_commands, pending_commands]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sapporo-mice",
        description="Sapporo MICE CRM. Without a command, opens the desktop app.",
    )
    parser.add_argument("--db", metavar="URL", help="database URL (env SAPPORO_MICE_DB; default: the local SQLite file)")
    parser.add_argument("--json", action="store_true", help="machine-readable output on stdout")
    parser.add_argument("--lang", choices=("ja", "en"), help="language of messages")
    parser.add_argument("--user", help="name recorded as the author of changes (default: settings)")
    parser.add_argument("--selftest", action="store_true", help="open the main window offscreen, show every view, exit")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def _context(args: argparse.Namespace) -> CommandContext:
    from sapporo_mice.settings import Settings

    settings = Settings()
    return CommandContext(
        args=args,
        lang=args.lang or settings.get("language"),
        json=args.json,
        db_url=args.db,
        actor=args.user or settings.get("user_name"),
    )


def main(argv: Sequence[str] | None = None, *, desktop: Callable[..., int] | None = None) -> int:
    """Run a command. Without one, start ``desktop`` (the front end passes its ``run_app`` in, so the
    core never imports it; see ``ui/launch.py``), or show the usage when there is none."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        if desktop is None:
            parser.print_usage(sys.stderr)
            return EXIT_USAGE
        return desktop(db_url=args.db, lang=args.lang, selftest=args.selftest)
    ctx = _context(args)
    try:
        return args.handler(ctx) or 0
    except CrmError as exc:
        print(exc.message(ctx.lang), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return EXIT_USAGE
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
