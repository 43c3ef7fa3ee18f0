"""``import KIND FILE`` and ``export KIND FILE`` (DESIGN §5)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sapporo_mice import messages
from sapporo_mice.cli.context import EXIT_BAD_INPUT, EXIT_USAGE, CommandContext
from sapporo_mice.errors import _shown
from sapporo_mice.io import KINDS
from sapporo_mice.io.problems import ImportFileError
from sapporo_mice.messages import render

messages.register({
    "io.export_done": {"en": "Exported {count:,|record|records} to {file}.", "ja": "{count:,} 件を {file} に書き出しました。"},
})

EXPORT_KINDS = tuple(k for k in KINDS if k != "meetings") + ("fair",)


def register(subparsers: argparse._SubParsersAction) -> None:
    imp = subparsers.add_parser("import", help="import contacts, leads, companies or students from .csv/.xlsx/.vcf, "
                                               "or meeting series from an association meetings spreadsheet")
    imp.add_argument("kind", choices=KINDS, help="what the file holds")
    imp.add_argument("file", help="the .csv, .xlsx or .vcf file")
    imp.add_argument("--fair", metavar="REF", help="the fair the rows come from (leads; phone region)")
    imp.add_argument("--dry-run", action="store_true", help="validate everything, apply nothing")
    imp.add_argument("--skip-invalid", action="store_true", help="apply the valid rows, report the rest")
    imp.add_argument("--on-duplicate", choices=("create", "skip"), default="create",
                     help="what to do with rows that look like existing records (default: create and report)")
    imp.add_argument("--on-match", choices=("update", "skip", "create"), default="update",
                     help="a person already in the CRM by exact email or E.164 phone: fill their empty fields and "
                          "report conflicts (update, the default), leave them (skip), or add a new person (create)")
    imp.add_argument("--flip-name", action="append", type=int, default=[], metavar="ROW",
                     help="split this row's full name the other way round (family and given name swapped)")
    imp.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD", help="map a column to a field")
    imp.add_argument("--encoding", choices=("utf-8", "utf-8-sig", "cp932", "utf-16", "utf-16-le", "utf-16-be"),
                     help="CSV encoding (default: detect)")
    imp.add_argument("--sheet", help="XLSX sheet name (default: the first)")
    imp.set_defaults(handler=cmd_import)

    exp = subparsers.add_parser("export", help="export records to .csv/.xlsx/.vcf, or a fair's schedule to .ics")
    exp.add_argument("kind", choices=EXPORT_KINDS, help="what to export")
    exp.add_argument("file", help="the file to write; its extension chooses the format")
    exp.add_argument("--fair", metavar="REF", help="only this fair's leads and contacts (required for .ics)")
    exp.add_argument("--encoding", choices=("utf-8-sig", "utf-8", "cp932"), default="utf-8-sig",
                     help="CSV encoding (default: UTF-8 with BOM, for Excel)")
    exp.add_argument("--vcard-version", choices=("3.0", "4.0"), default="4.0",
                     help="the vCard version of a .vcf file (default 4.0)")
    exp.add_argument("--strict", action="store_true",
                     help="CP932: refuse a character it cannot hold instead of writing 〓 and warning")
    exp.set_defaults(handler=cmd_export)


def parse_maps(values: list[str], allowed: tuple[str, ...]) -> dict[str, str] | None:
    mapping = {}
    for item in values:
        header, sep, target = item.partition("=")
        if not sep or not header.strip() or target.strip() not in allowed:
            return None
        mapping[header.strip()] = target.strip()
    return mapping


def cmd_import(ctx: CommandContext) -> int:
    args = ctx.args
    allowed = ctx.crm().io.fields_for(args.kind)
    mapping = parse_maps(args.map, allowed)
    if mapping is None:
        print(render("io.map_invalid", ctx.lang, value=" ".join(args.map), allowed=", ".join(allowed)),
              file=sys.stderr)
        return EXIT_USAGE
    if args.kind != "meetings" and _recognised(ctx, args) == "meetings":
        print(render("io.looks_like_meetings", ctx.lang, file=args.file),
              file=sys.stderr)
        return EXIT_USAGE
    return run_import(ctx, args.kind, args.file, fair=args.fair, dry_run=args.dry_run,
                      skip_invalid=args.skip_invalid, on_duplicate=args.on_duplicate, on_match=args.on_match,
                      flip_names=frozenset(args.flip_name), mapping=mapping, encoding=args.encoding,
                      sheet=args.sheet)


def _recognised(ctx: CommandContext, args: argparse.Namespace) -> str | None:
    """The kind the file's headers plainly say (as the import wizard switches to it); None when the file cannot
    be read here, which the import itself then reports."""
    try:
        return ctx.crm().io.recognise_kind(args.file, encoding=args.encoding, sheet=args.sheet)
    except (ImportFileError, OSError):
        return None


def run_import(ctx: CommandContext, kind: str, file: str, **options: object) -> int:
    """One import through the generic machinery, its report printed (or emitted as JSON): ``import KIND FILE``
    and the commands that are another name for one kind of it (``bid import-series``)."""
    crm = ctx.crm()
    report = crm.io.import_file(file, crm.io.options(kind, actor=ctx.actor, **options))
    if ctx.json:
        ctx.emit(report.as_json(ctx.lang))
    else:
        for line in report.lines(ctx.lang):
            print(line)
    blocked = bool(report.errors) and not report.applied
    return EXIT_BAD_INPUT if blocked else 0


def cmd_export(ctx: CommandContext) -> int:
    args = ctx.args
    if args.kind == "fair" and not args.file.lower().endswith(".ics"):
        print(render("io.export_format_unknown", ctx.lang, file=args.file, kind="fair", suffix=".ics only"),
              file=sys.stderr)
        return EXIT_USAGE
    warnings: list = []
    count = ctx.crm().io.export_file(args.kind, args.file, fair=args.fair, encoding=args.encoding,
                                     vcard_version=args.vcard_version, lang=ctx.lang, strict=args.strict,
                                     warnings=warnings)
    if ctx.json:
        ctx.emit({"file": args.file, "kind": args.kind, "count": count,
                  "warnings": [w.as_json(ctx.lang) for w in warnings]})
        return 0
    ctx.say("io.export_done", count=count, file=args.file)
    if warnings:
        import sapporo_mice.io.report  # noqa: F401  (registers io.line_warning)
        from sapporo_mice.io.rows import placed

        name = Path(args.file).name
        print(render("io.cp932_replaced_summary", ctx.lang, file=name, count=len(warnings)), file=sys.stderr)
        for warning in warnings[:SHOWN_WARNINGS]:
            print("  " + render("io.line_warning", ctx.lang, **placed(warning.row, ctx.lang),
                                column=_shown(warning.column), message=warning.message(ctx.lang)), file=sys.stderr)
        if len(warnings) > SHOWN_WARNINGS:
            print("  " + render("io.cp932_replaced_more", ctx.lang, count=len(warnings) - SHOWN_WARNINGS),
                  file=sys.stderr)
    return 0


SHOWN_WARNINGS = 20  # an export of the demo data can replace hundreds of characters: the first ones, then a count
