"""bid list | add | stage | history | pipeline | rotation (DESIGN §5)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from sapporo_mice import formats, messages
from sapporo_mice.bid_pipeline import STAGES, stage_label
from sapporo_mice.cli.context import EXIT_BAD_INPUT, REF_HELP, CommandContext
from sapporo_mice.enums import MeetingType
from sapporo_mice.errors import ValidationError, in_lang

messages.register({
    "cli.bid_added": {"en": "Added bid “{name}” ({id}).", "ja": "誘致案件「{name}」を登録しました（{id}）。"},
    "cli.bid_none": {"en": "No bids.", "ja": "誘致案件はありません。"},
    "cli.bid_moved": {"en": "“{name}” is now at: {stage} (probability {probability}%).",
                      "ja": "「{name}」を「{stage}」に移しました（確度 {probability}%）。"},
    "cli.bid_pipeline_row": {"en": "{fy}: {bids:|bid|bids}, impact {impact}, weighted {weighted}",
                             "ja": "{fy}: {bids:,} 件、経済波及効果 {impact}、確度加重 {weighted}"},
    "cli.bid_reminders": {"en": "Created {count:|reminder task|reminder tasks} for “{name}”.",
                          "ja": "「{name}」のリマインダーのタスクを {count:,} 件作成しました。"},
    "cli.bid_ics_written": {"en": "Wrote {events:|date|dates} to {path}.", "ja": "{path} に日程を {events:,} 件書き出しました。"},
    "cli.bid_write_failed": {"en": "Could not write {path}: {reason}", "ja": "{path} に書き込めませんでした: {reason}"},
    "cli.bid_no_year": {"en": "year not set", "ja": "開催年未定"},
    "cli.bid_defaults_saved": {"en": "Saved for the whole office (every computer gets it at its next sync).",
                               "ja": "事務所全体の設定として保存しました（各 PC には次の同期で反映されます）。"},
    "cli.bid_defaults_probabilities": {"en": "Default probability of each stage:", "ja": "段階ごとの既定の確度:"},
    "cli.bid_defaults_parameters": {"en": "Economic-impact estimate, default parameters:",
                                    "ja": "経済波及効果の算定前提（既定値）:"},
    "cli.bid_defaults_not_pair": {"en": "{option}: “{value}” is not NAME=VALUE.",
                                  "ja": "{option}: 「{value}」は 名前=値 の形になっていません。"},
    "cli.bid_defaults_changed": {"en": "(published figure: {published})", "ja": "（公表値: {published}）"},
    "cli.bid_rotation_place": {"en": "{place}: {year}", "ja": "{place}: {year} 年"},
    "cli.bid_rotation_place_none": {"en": "{place}: no year", "ja": "{place}: 該当する年なし"},
})

# Where each service field comes from on the command line, so errors name the option the user typed.
OPTIONS = {
    "name": "NAME", "series_id": "--series", "meeting_type": "--type", "edition_year": "--year",
    "starts_on": "--start", "ends_on": "--end", "delegates_international": "--international",
    "delegates_domestic": "--domestic", "accompanying": "--accompanying", "bid_deadline": "--deadline",
    "decision_on": "--decision-on", "outcome_reason": "--reason", "owner": "--owner", "stage": "STAGE",
    "impact_parameters": "--organiser-spend", "probability": "--probability",
    "impact_defaults": "--parameter", "bid_stage_probabilities": "--probability",
}
STAGE_CHOICES = [s.value for s in STAGES]


def register(subparsers: argparse._SubParsersAction) -> None:
    bid = subparsers.add_parser("bid", help="MICE bids: list, add, move through the pipeline")
    commands = bid.add_subparsers(dest="bid_command", metavar="ACTION", required=True)

    listing = commands.add_parser("list", help="list bids, soonest deadline first")
    listing.add_argument("--stage", choices=STAGE_CHOICES, help="only bids at this stage")
    listing.add_argument("--year", type=int, help="edition year")
    listing.add_argument("--owner", help="only this staff member's")
    listing.set_defaults(handler=cmd_list)

    add = commands.add_parser("add", help="add a bid (estimated with today's impact parameters)")
    add.add_argument("name", help="the bid's name, e.g. \"ISA 2027 Sapporo\"")
    add.add_argument("--series", help="meeting series REF")
    add.add_argument("--type", choices=[m.value for m in MeetingType], default=MeetingType.CONFERENCE.value,
                     help="the kind of meeting (default: conference)")
    add.add_argument("--year", help="edition year")
    add.add_argument("--start", help="YYYY-MM-DD")
    add.add_argument("--end", help="YYYY-MM-DD")
    add.add_argument("--international", help="international delegates")
    add.add_argument("--domestic", help="domestic delegates")
    add.add_argument("--accompanying", help="accompanying persons")
    add.add_argument("--deadline", help="bid deadline, YYYY-MM-DD")
    add.add_argument("--owner", help="the staff member in charge")
    add.add_argument("--organiser-spend", help="the organiser's own spend in yen (for the estimate)")
    add.add_argument("--no-estimate", action="store_true", help="do not estimate the economic impact")
    add.set_defaults(handler=cmd_add)

    stage = commands.add_parser("stage", help="move a bid to a stage (won/lost need --decision-on and --reason; "
                                              "bid_submitted needs --deadline)")
    stage.add_argument("ref", metavar="REF", help=REF_HELP)
    stage.add_argument("stage", metavar="STAGE", choices=STAGE_CHOICES, help="the stage to move it to")
    stage.add_argument("--decision-on", help="YYYY-MM-DD")
    stage.add_argument("--reason", help="why it was won or lost")
    stage.add_argument("--deadline", help="bid deadline, YYYY-MM-DD")
    stage.add_argument("--probability", help="0-100 (default: the stage's)")
    stage.add_argument("--note", help="a note kept in the stage history")
    stage.set_defaults(handler=cmd_stage)

    history = commands.add_parser("history", help="a bid's stage history")
    history.add_argument("ref", metavar="REF", help=REF_HELP)
    history.set_defaults(handler=cmd_history)

    remind = commands.add_parser("remind", help="reminder tasks before a bid's deadline and on its decision date")
    remind.add_argument("ref", metavar="REF", help=REF_HELP)
    remind.set_defaults(handler=cmd_remind)

    ics = commands.add_parser("ics", help="a bid's deadline, decision and meeting dates as an .ics file")
    ics.add_argument("ref", metavar="REF", help=REF_HELP)
    ics.add_argument("-o", "--output", required=True, help="the .ics file to write")
    ics.set_defaults(handler=cmd_ics)

    imports = commands.add_parser("import-series", help="meeting series and their past editions from an "
                                                       "ICCA-style .csv or .xlsx (one row per edition); "
                                                       "the same as `import meetings FILE`")
    imports.add_argument("file", metavar="FILE", help="the .csv or .xlsx file")
    imports.add_argument("--dry-run", action="store_true", help="check the file, write nothing")
    imports.set_defaults(handler=cmd_import_series)

    defaults = commands.add_parser("defaults", help="the office's default stage probabilities and impact "
                                                    "parameters (shared by every computer); change them")
    defaults.add_argument("--probability", action="append", default=[], metavar="STAGE=N",
                          help="a stage's default probability, 0-100 (repeatable)")
    defaults.add_argument("--parameter", action="append", default=[], metavar="NAME=VALUE",
                          help="an impact parameter, e.g. ripple_multiplier=2.0 or per_foreign_jpy.conference=370000 "
                               "(repeatable)")
    defaults.set_defaults(handler=cmd_defaults)

    pipeline = commands.add_parser("pipeline", help="estimated impact weighted by probability, per fiscal year")
    pipeline.set_defaults(handler=cmd_pipeline)

    rotation = commands.add_parser("rotation", help="when a meeting series can next come to Asia, Japan, Sapporo")
    rotation.add_argument("ref", metavar="SERIES", help="the meeting series' id or unique name")
    rotation.add_argument("--today", help="YYYY-MM-DD (default today)")
    rotation.set_defaults(handler=cmd_rotation)


def _bid_json(bid: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "name", "series_id", "meeting_type", "edition_year", "starts_on", "ends_on", "stage",
            "probability", "bid_deadline", "decision_on", "delegates_international", "delegates_domestic",
            "accompanying", "economic_impact_jpy", "owner", "outcome_reason", "version")
    out = {}
    for key in keys:
        value = bid.get(key)
        out[key] = value.value if hasattr(value, "value") else value.isoformat() if isinstance(value, dt.date) else value
    if "key_persons" in bid:  # who weighs on the decision, and how
        out["key_persons"] = [{k: p.get(k) for k in ("contact_id", "name", "organization", "role", "note")}
                              for p in bid["key_persons"]]
    return out


def _refused(ctx: CommandContext, exc: ValidationError) -> int:
    for problem in exc.problems:
        params = {key: in_lang(value, ctx.lang) for key, value in problem.params.items()}
        print(messages.render(problem.code, ctx.lang, **{**params, "field": OPTIONS.get(problem.field, problem.field),
                                                         "value": problem.value}), file=sys.stderr)
    return EXIT_BAD_INPUT


def cmd_list(ctx: CommandContext) -> int:
    where = {k: v for k, v in (("stage", ctx.args.stage), ("edition_year", ctx.args.year),
                               ("owner", ctx.args.owner)) if v is not None}
    crm = ctx.crm()
    rows = [_bid_json(b) for b in crm.bids.board_rows(where=where)]
    if ctx.json:
        persons = crm.bids.key_persons_by_bid([r["id"] for r in rows])
        for row in rows:
            row["key_persons"] = persons.get(row["id"], [])
    if ctx.json:
        ctx.emit(rows)
        return 0
    if not rows:
        ctx.say("cli.bid_none")
    none = formats.no_value(ctx.lang)
    for row in rows:
        deadline = formats.date(dt.date.fromisoformat(row["bid_deadline"]), ctx.lang) if row["bid_deadline"] else none
        impact = formats.money(row["economic_impact_jpy"], ctx.lang) if row["economic_impact_jpy"] else none
        print(f"{deadline}  {stage_label(row['stage'], ctx.lang)}  {row['probability'] or 0}%  {row['name']}  "
              f"{impact}  {row['id']}")
    return 0


def cmd_add(ctx: CommandContext) -> int:
    a, crm = ctx.args, ctx.crm()
    values: dict[str, Any] = {
        "name": a.name, "meeting_type": a.type, "edition_year": a.year, "starts_on": a.start, "ends_on": a.end,
        "delegates_international": a.international, "delegates_domestic": a.domestic,
        "accompanying": a.accompanying, "bid_deadline": a.deadline, "owner": a.owner,
        "series_id": crm.meeting_series.resolve(a.series) if a.series else None,
    }
    if not a.no_estimate:
        values["impact_parameters"] = {"parameters": crm.bids.impact_defaults().as_dict(),
                                       "organiser_spend_jpy": a.organiser_spend}
    try:
        saved = crm.bids.create(values, actor=ctx.actor)
    except ValidationError as exc:
        return _refused(ctx, exc)
    if ctx.json:
        ctx.emit(_bid_json(saved.record))
    else:
        ctx.say("cli.bid_added", name=saved.record["name"], id=saved.id)
    return 0


def cmd_stage(ctx: CommandContext) -> int:
    a, crm = ctx.args, ctx.crm()
    bid_id = crm.bids.resolve(a.ref)
    needed = {k: v for k, v in (("decision_on", a.decision_on), ("outcome_reason", a.reason),
                                ("bid_deadline", a.deadline), ("probability", a.probability)) if v is not None}
    try:
        saved = crm.bids.move(bid_id, a.stage, actor=ctx.actor, note=a.note, **needed)
    except ValidationError as exc:
        return _refused(ctx, exc)
    if ctx.json:
        ctx.emit(_bid_json(saved.record))
    else:
        ctx.say("cli.bid_moved", name=saved.record["name"], stage=stage_label(a.stage, ctx.lang),
                probability=saved.record["probability"])
    return 0


def cmd_history(ctx: CommandContext) -> int:
    crm = ctx.crm()
    history = crm.bids.stage_history(crm.bids.resolve(ctx.args.ref))
    if ctx.json:
        ctx.emit([{"at": h["changed_at"].isoformat(), "from": _value(h["from_stage"]), "to": _value(h["to_stage"]),
                   "by": h["created_by"], "note": h["note"]} for h in history])
        return 0
    for h in history:
        before = stage_label(h["from_stage"], ctx.lang) if h["from_stage"] else formats.no_value(ctx.lang)
        print(f"{formats.datetime(h['changed_at'], ctx.lang)}  {before} → {stage_label(h['to_stage'], ctx.lang)}  "
              f"{h['created_by']}  {h['note'] or ''}".rstrip())
    return 0


def _value(stage: Any) -> str | None:
    return getattr(stage, "value", stage)


def cmd_remind(ctx: CommandContext) -> int:
    crm = ctx.crm()
    bid_id = crm.bids.resolve(ctx.args.ref)
    changes = crm.bids.create_reminders(bid_id, actor=ctx.actor, lang=ctx.lang)
    task_ids = sorted(changes.touched.get("task", ()))
    if ctx.json:
        ctx.emit({"bid": bid_id, "tasks_created": len(task_ids), "task_ids": task_ids})
    else:
        ctx.say("cli.bid_reminders", count=len(task_ids), name=crm.bids.get(bid_id)["name"])
    return 0


def cmd_ics(ctx: CommandContext) -> int:
    from pathlib import Path

    crm = ctx.crm()
    text = crm.bids.ics(crm.bids.resolve(ctx.args.ref), lang=ctx.lang)
    try:
        Path(ctx.args.output).write_text(text, encoding="utf-8", newline="")
    except OSError as exc:
        print(messages.render("cli.bid_write_failed", ctx.lang, path=ctx.args.output, reason=exc.strerror or exc),
              file=sys.stderr)
        return EXIT_BAD_INPUT
    if ctx.json:
        ctx.emit({"path": ctx.args.output, "events": text.count("BEGIN:VEVENT")})
    else:
        ctx.say("cli.bid_ics_written", path=ctx.args.output, events=text.count("BEGIN:VEVENT"))
    return 0


def cmd_import_series(ctx: CommandContext) -> int:
    from sapporo_mice.cli.io_commands import run_import

    return run_import(ctx, "meetings", ctx.args.file, dry_run=ctx.args.dry_run)


def cmd_pipeline(ctx: CommandContext) -> int:
    rows = ctx.crm().bids.pipeline_by_fiscal_year()
    if ctx.json:
        ctx.emit([{"fy": r.fiscal_year, "bids": r.bids, "impact_jpy": r.impact_jpy, "weighted_jpy": r.weighted_jpy}
                  for r in rows])
        return 0
    for r in rows:
        fy = formats.fiscal_year(r.fiscal_year, ctx.lang) if r.fiscal_year else messages.render("cli.bid_no_year",
                                                                                                 ctx.lang)
        ctx.say("cli.bid_pipeline_row", fy=fy, bids=r.bids, impact=formats.money_sum(r.impact_jpy, ctx.lang),
                weighted=formats.money_sum(r.weighted_jpy, ctx.lang))
    return 0


def cmd_rotation(ctx: CommandContext) -> int:
    from sapporo_mice.rotation import PLACE_NAMES, reason_text
    from sapporo_mice.validation import FieldInvalid, clean_date

    crm = ctx.crm()
    try:
        today = clean_date(ctx.args.today)
    except FieldInvalid as exc:
        print(messages.render(exc.code, ctx.lang, field="--today", value=ctx.args.today, **exc.params),
              file=sys.stderr)
        return EXIT_BAD_INPUT
    rotation = crm.meeting_series.rotation(crm.meeting_series.resolve(ctx.args.ref), today=today)
    if ctx.json:
        ctx.emit(rotation.as_json(ctx.lang))
        return 0
    for reason in rotation.reasons:
        print(reason_text(reason, ctx.lang))
    for eligibility in (rotation.asia, rotation.japan, rotation.sapporo):
        print()
        place = PLACE_NAMES[eligibility.place][ctx.lang if ctx.lang == "ja" else "en"]
        if eligibility.year is None:  # no history, or no edition up to the last projected one
            ctx.say("cli.bid_rotation_place_none", place=place)
        else:
            ctx.say("cli.bid_rotation_place", place=place, year=eligibility.year)
        for reason in eligibility.reasons:
            print("  " + reason_text(reason, ctx.lang))
    return 0



def _pairs(items: list[str], option: str, lang: str) -> dict[str, str] | None:
    pairs = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            print(messages.render("cli.bid_defaults_not_pair", lang, option=option, value=item), file=sys.stderr)
            return None
        pairs[name.strip()] = value.strip()
    return pairs


def cmd_defaults(ctx: CommandContext) -> int:
    """Show the office's defaults; with --probability/--parameter, change them for the whole office."""
    from sapporo_mice.impact import ImpactParameters, flat_parameters, nested_parameters

    crm, args = ctx.crm(), ctx.args
    probabilities = _pairs(args.probability, "--probability", ctx.lang)
    parameters = _pairs(args.parameter, "--parameter", ctx.lang)
    if probabilities is None or parameters is None:
        return EXIT_BAD_INPUT
    if probabilities or parameters:
        chosen = {s.value: p for s, p in crm.bids.stage_probabilities().items()} | probabilities
        values = nested_parameters({**flat_parameters(crm.bids.impact_defaults()), **parameters})
        try:
            crm.bids.set_office_defaults(values, chosen, actor=ctx.actor)
        except ValidationError as exc:
            return _refused(ctx, exc)
        ctx.say("cli.bid_defaults_saved")
    shown = {s.value: p for s, p in crm.bids.stage_probabilities().items()}
    current, published = flat_parameters(crm.bids.impact_defaults()), flat_parameters(ImpactParameters())
    if ctx.json:
        ctx.emit({"probabilities": shown, "parameters": current,
                  "differs_from_published": sorted(k for k in current if current[k] != published[k])})
        return 0
    ctx.say("cli.bid_defaults_probabilities")
    for stage in STAGES:
        print(f"  {stage_label(stage, ctx.lang)}: {shown[stage.value]}%")
    ctx.say("cli.bid_defaults_parameters")
    from sapporo_mice.reports.bid_pack import parameter_label, parameter_value

    def words(code: str, **params: Any) -> str:
        return messages.render(code, ctx.lang, **params)

    for key, value in current.items():
        note = "" if value == published[key] else " " + words(
            "cli.bid_defaults_changed", published=parameter_value(key, published[key], words, ctx.lang))
        print(f"  {parameter_label(key, words, ctx.lang)} [{key}]: {parameter_value(key, value, words, ctx.lang)}{note}")
    return 0
