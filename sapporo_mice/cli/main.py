"""Argument parsing and dispatch. Command modules register their subcommands here."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from sapporo_mice.cli import core_commands, fair_commands, io_commands, maintenance_commands, pending_commands
from sapporo_mice.cli.context import EXIT_BAD_INPUT, EXIT_USAGE, CommandContext
from sapporo_mice.errors import CrmError

# Each module has register(subparsers); later issues add theirs to this tuple.
COMMAND_MODULES = [core_commands, fair_commands, io_commands, maintenance_commands, pending_commands]


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
    lang = args.lang or "en"  # until the settings are read
    try:
        ctx = _context(args)
        lang = ctx.lang
        try:
            return args.handler(ctx) or 0
        finally:
            ctx.close()
    except CrmError as exc:
        print(exc.message(lang), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return EXIT_USAGE
    except Exception as exc:  # the last resort: one line for the user, the traceback in the log
        return _unexpected(exc, lang, sys.argv[1:] if argv is None else list(argv))


# The CLI's log of unexpected errors, in paths.logs_dir(); past this size it moves to cli.log.1.
LOG_NAME = "cli.log"
LOG_LIMIT = 1024 * 1024


def _unexpected(exc: Exception, lang: str, argv: list[str]) -> int:
    """Say what failed in one line on stderr, naming the log that holds the traceback."""
    import traceback

    from sapporo_mice.errors import _shown
    from sapporo_mice.messages import render

    lines = str(exc).strip().splitlines()
    params = {"type": type(exc).__name__, "text": _shown(lines[0] if lines else repr(exc))}
    try:
        log = _log_traceback(exc, argv)
    except Exception as failure:  # noqa: BLE001 - no log to write to: the traceback goes to stderr instead
        print(render("cli.unexpected_unlogged", lang, **params, reason=failure), file=sys.stderr)
        traceback.print_exception(exc, file=sys.stderr)
    else:
        print(render("cli.unexpected", lang, **params, log=log), file=sys.stderr)
    return EXIT_BAD_INPUT


def _log_traceback(exc: Exception, argv: list[str]):
    """Append the time, the command line (passwords hidden) and the traceback to the CLI's log; returns its path."""
    import datetime as dt
    import traceback

    from sapporo_mice import paths

    log = paths.logs_dir() / LOG_NAME
    if log.exists() and log.stat().st_size > LOG_LIMIT:
        log.replace(log.with_name(LOG_NAME + ".1"))
    stamp = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    with open(log, "a", encoding="utf-8", errors="backslashreplace") as handle:
        handle.write(f"--- {stamp} sapporo-mice {_command_line(argv)}\n")
        handle.write("".join(traceback.format_exception(exc)))
    return log


def _command_line(argv: list[str]) -> str:
    """The arguments as a shell would quote them, with any password in a database URL replaced by ***."""
    import re
    import shlex

    return re.sub(r"(://[^/@\s:]*:)[^/@\s]*@", r"\1***@", shlex.join(argv))


if __name__ == "__main__":
    sys.exit(main())
