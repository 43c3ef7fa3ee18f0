"""kpi [--fy YEAR] | kpi set CODE --fy YEAR [--target X] [--actual X] [--source TEXT] | kpi records CODE --fy |
kpi export FILE.xlsx --fy YEAR | kpi import FILE.xlsx [--fy YEAR]: the plan's indicators (issue [kpi])."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sapporo_mice import fiscal, formats, messages
from sapporo_mice.cli.context import EXIT_BAD_INPUT, CommandContext
from sapporo_mice.messages import render

messages.register({
    "cli.kpi_head": {"en": "Evaluation indicators, {fy}", "ja": "評価指標 {fy}"},
    "cli.kpi_area": {"en": "[{area}]", "ja": "【{area}】"},
    "cli.kpi_row": {"en": "  {ref}  {name}: target {target} / actual {actual}{note}",
                    "ja": "  {ref}  {name}: 目標 {target} ／ 実績 {actual}{note}"},
    "cli.kpi_contribution": {"en": "      the city's contribution: {name} ({ref}) {value}",
                             "ja": "      市の取組による寄与: {name}（{ref}）{value}"},
    "cli.kpi_set": {"en": "{ref} {fy}: target {target}, actual {actual}.", "ja": "{ref} {fy}: 目標値 {target}、実績値 {actual}。"},
    "cli.kpi_records": {"en": "{name}, {fy}: {count:|record|records}, total {total}",
                        "ja": "{name} {fy}: レコード {count:,} 件、計 {total}"},
    "cli.kpi_exported": {"en": "Wrote {file} ({fy}).", "ja": "{file} に書き出しました（{fy}）。"},
    "cli.kpi_imported": {"en": "Imported {file}: {updated:|indicator|indicators} updated, {skipped:|row|rows} without figures.",
                         "ja": "{file} を取り込みました: 評価指標 {updated:,} 件を更新、数値のない行 {skipped:,} 件。"},
    "cli.kpi_write_failed": {"en": "Cannot write {file}: {reason}", "ja": "{file} に書き込めません: {reason}"},
})


def register(subparsers: argparse._SubParsersAction) -> None:
    kpi = subparsers.add_parser("kpi", help="the plan's evaluation indicators by fiscal year")
    kpi.add_argument("--fy", help="fiscal year (April–March), e.g. 2026 or FY2026; default: this one")
    kpi.set_defaults(handler=cmd_show)
    commands = kpi.add_subparsers(dest="kpi_command", metavar="ACTION")
    setting = commands.add_parser("set", help="enter a target, an actual (entered indicators) or a source note")
    setting.add_argument("code", help="indicator code, e.g. P2_VISITORS")
    setting.add_argument("--fy", required=True, help="fiscal year")
    setting.add_argument("--target", help="target for the year ('' clears)")
    setting.add_argument("--actual", help="actual for the year, for an entered indicator ('' clears)")
    setting.add_argument("--source", help="where the figure comes from (survey, statistics)")
    setting.set_defaults(handler=cmd_set)
    records = commands.add_parser("records", help="the records behind a computed indicator's number")
    records.add_argument("code", help="the indicator's code (listed by `kpi`)")
    records.add_argument("--fy", help="fiscal year; default: this one")
    records.set_defaults(handler=cmd_records)
    export = commands.add_parser("export", help="the year as an XLSX workbook")
    export.add_argument("file", help="FILE.xlsx")
    export.add_argument("--fy", help="fiscal year; default: this one")
    export.set_defaults(handler=cmd_export)
    imports = commands.add_parser("import", help="targets, entered actuals and notes from an XLSX workbook")
    imports.add_argument("file", help="FILE.xlsx (as kpi export writes it)")
    imports.add_argument("--fy", help="fiscal year of rows that give none")
    imports.set_defaults(handler=cmd_import)


def _fy(ctx: CommandContext, default_current: bool = True) -> int | None:
    """The --fy option as a year; prints what is wrong and returns None when it is invalid."""
    from sapporo_mice.validation import FieldInvalid
    from sapporo_mice.validation.fields import clean_fiscal_year

    try:
        year = clean_fiscal_year(ctx.args.fy)
    except FieldInvalid as exc:
        print(render(exc.code, ctx.lang, field="--fy", value=str(ctx.args.fy)[:100], **exc.params), file=sys.stderr)
        return None
    return fiscal.current() if year is None and default_current else year


def cmd_show(ctx: CommandContext) -> int:
    from sapporo_mice.kpi import AREAS, indicator, shown

    fy = _fy(ctx)
    if fy is None:
        return EXIT_BAD_INPUT
    rows = ctx.crm().kpi.values(fy)
    if ctx.json:
        ctx.emit([r.as_json() for r in rows])
        return 0
    lang = ctx.lang
    ctx.say("cli.kpi_head", fy=formats.fiscal_year(fy, lang))
    for area in AREAS:
        ctx.say("cli.kpi_area", area=area.name(lang))
        for r in (r for r in rows if r.indicator.area == area.key):
            ind = r.indicator
            note = formats.aside_suffix(r.note)
            ctx.say("cli.kpi_row", ref=ind.code, name=ind.name(lang),
                    target=shown(ind, r.target, lang) or formats.no_value(lang),
                    actual=shown(ind, r.actual, lang) or formats.no_value(lang), note=note)
            if ind.contribution:
                companion = indicator(ind.contribution)
                ctx.say("cli.kpi_contribution", name=companion.name(lang), ref=companion.code,
                        value=shown(companion, r.contribution, lang))
    return 0


def cmd_set(ctx: CommandContext) -> int:
    from sapporo_mice.kpi import shown

    given = {k: v for k, v in (("target", ctx.args.target), ("actual", ctx.args.actual), ("note", ctx.args.source))
             if v is not None}
    row = ctx.crm().kpi.set(ctx.args.code, ctx.args.fy, actor=ctx.actor, **given)
    if ctx.json:
        ctx.emit(row.as_json())
        return 0
    lang = ctx.lang
    ctx.say("cli.kpi_set", ref=row.indicator.code, fy=formats.fiscal_year(row.fiscal_year, lang),
            target=shown(row.indicator, row.target, lang) or formats.no_value(lang),
            actual=shown(row.indicator, row.actual, lang) or formats.no_value(lang))
    return 0


def cmd_records(ctx: CommandContext) -> int:
    from sapporo_mice.kpi import indicator, shown, total
    from sapporo_mice.vocabulary import type_label

    fy = _fy(ctx)
    if fy is None:
        return EXIT_BAD_INPUT
    ind = indicator(ctx.args.code)
    found = ctx.crm().kpi.records(ind.code, fy)
    if ctx.json:
        ctx.emit({"code": ind.code, "fy": fy, "total": total(ind, found), "records": [r.as_json() for r in found]})
        return 0
    lang = ctx.lang
    ctx.say("cli.kpi_records", name=ind.name(lang), fy=formats.fiscal_year(fy, lang), count=len(found),
            total=shown(ind, total(ind, found), lang))
    for r in found:
        amount = f"  {shown(ind, r.amount, lang)}" if r.amount is not None else ""
        title = formats.aside(r.shown_title(lang), r.shown_detail(lang))
        print(f"  {formats.date(r.on, lang)}  {type_label(r.record_type, lang)}: {title}{amount}")
    return 0


def cmd_export(ctx: CommandContext) -> int:
    fy = _fy(ctx)
    if fy is None:
        return EXIT_BAD_INPUT
    path = Path(ctx.args.file)
    try:
        ctx.crm().kpi.export_xlsx(fy, path, lang=ctx.lang)
    except OSError as exc:
        print(render("cli.kpi_write_failed", ctx.lang, file=str(path), reason=exc.strerror or type(exc).__name__),
              file=sys.stderr)
        return EXIT_BAD_INPUT
    if ctx.json:
        ctx.emit({"file": str(path), "fy": fy})
    else:
        ctx.say("cli.kpi_exported", file=str(path), fy=formats.fiscal_year(fy, ctx.lang))
    return 0


def cmd_import(ctx: CommandContext) -> int:
    fy = _fy(ctx, default_current=False)
    if fy is None and ctx.args.fy:
        return EXIT_BAD_INPUT
    result = ctx.crm().kpi.import_xlsx(Path(ctx.args.file), actor=ctx.actor, lang=ctx.lang, fiscal_year=fy)
    if ctx.json:
        ctx.emit({**result, "applied": True})
    else:
        ctx.say("cli.kpi_imported", file=Path(ctx.args.file).name, updated=result["updated"], skipped=result["skipped"])
    return 0
