"""Argument parsing and dispatch. Command modules register their subcommands here.

The desktop's start (no command, only global options) is parsed without importing the command modules
or building their parsers (about 20 ms of every start): see :func:`desktop_options`.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sapporo_mice.cli.context import CommandContext

# Each module has register(subparsers); later issues add theirs to this tuple (imported when a parser is built).
COMMAND_MODULES = ("core_commands", "bid_commands", "fair_commands", "io_commands", "maintenance_commands",
                   "safety_commands", "brief_commands", "export_commands", "network_commands", "student_commands",
                   "sync_commands", "kpi_commands", "pending_commands")
PROG, DESCRIPTION = "sapporo-mice", "Sapporo MICE CRM. Without a command, opens the desktop app."


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="URL", help="database URL (env SAPPORO_MICE_DB; default: the local SQLite file)")
    parser.add_argument("--json", action="store_true", help="machine-readable output on stdout")
    parser.add_argument("--lang", choices=("ja", "en"), help="language of messages")
    parser.add_argument("--user", help="name recorded as the author of changes (default: settings)")
    parser.add_argument("--selftest", action="store_true", help="open the main window offscreen, show every view, exit")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description=DESCRIPTION)
    _add_global_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"sapporo_mice.cli.{name}").register(subparsers)
    return parser


class _NotGlobalOptionsOnly(Exception):
    pass


class _GlobalOptionsParser(argparse.ArgumentParser):
    def error(self, message: str):  # noqa: ANN201 - never returns
        raise _NotGlobalOptionsOnly(message)


def desktop_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """``argv`` parsed when it holds valid global options and nothing else (the desktop's start), else
    None: a command, ``--help`` or any mistake goes to the full parser, which answers it as before."""
    parser = _GlobalOptionsParser(prog=PROG, add_help=False)
    _add_global_options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except _NotGlobalOptionsOnly:
        return None
    if rest:
        return None
    args.command = None
    return args


def _help_lang(argv: Sequence[str]) -> str | None:
    """The language of the help and usage: ``--lang`` when given (argparse answers ``--help`` before the
    arguments are known, so it is looked up here), else the saved setting."""
    parser = _GlobalOptionsParser(prog=PROG, add_help=False)
    _add_global_options(parser)
    try:
        lang = parser.parse_known_args(argv)[0].lang
    except _NotGlobalOptionsOnly:
        lang = None
    if lang is None:
        from sapporo_mice.settings import Settings

        lang = Settings().get("language")
    return lang


def _context(args: argparse.Namespace) -> CommandContext:
    from sapporo_mice.cli.context import CommandContext
    from sapporo_mice.settings import Settings

    settings = Settings()
    return CommandContext(
        args=args,
        lang=args.lang or settings.get("language"),
        json=args.json,
        db_url=args.db,
        actor=args.user or settings.get("user_name"),
    )


# How a frozen build's executable is started as an import's phone worker (phones_ahead.WORKER_FLAG, written out
# here so that a start imports none of the worker's modules): not a command, and not in the usage.
PHONE_WORKER_FLAG = "--parse-phones-worker"


def main(argv: Sequence[str] | None = None, *, desktop: Callable[..., int] | None = None) -> int:
    """Run a command. Without one, start ``desktop`` (the front end passes its ``run_app`` in, so the
    core never imports it; see ``ui/launch.py``), or show the usage when there is none."""
    if (sys.argv[1:] if argv is None else list(argv)) == [PHONE_WORKER_FLAG]:
        from sapporo_mice.validation.phones_ahead import serve

        return serve()
    args = desktop_options(sys.argv[1:] if argv is None else argv) if desktop is not None else None
    if args is None:
        from sapporo_mice.cli.help_ja import localize

        parser = build_parser()
        localize(parser, _help_lang(sys.argv[1:] if argv is None else argv))
        args = parser.parse_args(argv)
    if args.command is None and desktop is not None:
        return desktop(db_url=args.db, lang=args.lang, selftest=args.selftest)
    from sapporo_mice.cli.context import EXIT_BAD_INPUT, EXIT_USAGE
    from sapporo_mice.errors import CrmError

    if args.command is None:
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
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
    except BrokenPipeError:  # the reader went away (`sapporo-mice search x | head`): stop quietly
        _stdout_to_devnull()
        return EXIT_BAD_INPUT
    except Exception as exc:  # the last resort: one line for the user, the traceback in the log
        return _unexpected(exc, lang, sys.argv[1:] if argv is None else list(argv))


def _stdout_to_devnull() -> None:
    """Send what is still buffered for stdout nowhere, so that Python's flush at exit does not fail again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real stdout (an embedded or replaced stream): nothing to redirect
        pass


# The CLI's log of unexpected errors, in paths.logs_dir(); past this size it moves to cli.log.1.
LOG_NAME = "cli.log"
LOG_LIMIT = 1024 * 1024


def _unexpected(exc: Exception, lang: str, argv: list[str]) -> int:
    """Say what failed in one line on stderr, naming the log that holds the traceback."""
    import traceback

    from sapporo_mice.cli.context import EXIT_BAD_INPUT
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
