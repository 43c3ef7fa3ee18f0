"""fair list | add | followup | results (DESIGN §5)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from sapporo_mice import countries, formats, messages
from sapporo_mice.cli.context import EXIT_BAD_INPUT, REF_HELP, CommandContext
from sapporo_mice.errors import ValidationError, _shown, in_lang
from sapporo_mice.messages import render

messages.register({
    "cli.fair_added": {"en": "Added fair “{name}” ({id}).", "ja": "見本市「{name}」を登録しました（{id}）。"},
    "cli.fair_none": {"en": "No fairs.", "ja": "見本市はありません。"},
    "cli.fair_followups": {
        "en": "Created {count:,|follow-up task|follow-up tasks} for “{name}”.",
        "ja": "「{name}」のフォローアップタスクを {count:,} 件作成しました。",
    },
    "cli.fair_results": {
        "en": "{name}: {leads:|lead|leads}, {negotiations:|negotiation|negotiations}, {deals:|deal|deals}, expected sales ¥{expected:,}, "
              "actual sales ¥{actual:,}, cost ¥{cost:,}, subsidy ¥{subsidy:,}",
        "ja": "{name}: リード {leads:,} 件、商談 {negotiations:,} 件、成約 {deals:,} 件、見込売上 ¥{expected:,}、"
              "実売上 ¥{actual:,}、経費 ¥{cost:,}、補助 ¥{subsidy:,}",
    },
    "cli.fair_by_country": {"en": "By country: {items}", "ja": "国別: {items}"},
    "cli.fair_not_given": {"en": "(none given)", "ja": "（指定なし）"},
    "cli.fair_by_rating": {"en": "By rating: {items}", "ja": "評価別: {items}"},
    "cli.fair_by_interest": {"en": "By company of interest: {items}", "ja": "関心のある出展企業別: {items}"},
    "cli.fair_participation": {
        "en": "  {name} (booth {booth}): {leads:|lead|leads}, {negotiations:|negotiation|negotiations}, {deals:|deal|deals}",
        "ja": "  {name}（ブース {booth}）: リード {leads:,} 件、商談 {negotiations:,} 件、成約 {deals:,} 件",
    },
})

# Where each service field comes from on the command line, so errors name the option the user typed.
ADD_OPTIONS = {
    "name": "NAME", "country": "--country", "city": "--city", "city_en": "--city-en", "timezone": "--tz",
    "starts_on": "--start", "ends_on": "--end", "organizer": "--organizer", "name_ja": "--name-ja", "sector": "--sector",
    "pavilion": "--pavilion", "pavilion_en": "--pavilion-en", "budget_jpy": "--budget",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    fair = subparsers.add_parser("fair", help="trade fairs: list, add, follow up, results")
    commands = fair.add_subparsers(dest="fair_command", metavar="ACTION", required=True)

    listing = commands.add_parser("list", help="list fairs: those ahead soonest first, then past ones latest first")
    when = listing.add_mutually_exclusive_group()
    when.add_argument("--upcoming", action="store_true", help="only fairs that have not ended")
    when.add_argument("--past", action="store_true", help="only fairs that have ended")
    listing.set_defaults(handler=cmd_list)

    add = commands.add_parser("add", help="add a fair")
    add.add_argument("name", help="the fair's name, e.g. \"FHA Food & Hotel Asia 2026\"")
    add.add_argument("--country", required=True, help="ISO 3166 code, e.g. SG")
    add.add_argument("--city", help="the host city")
    add.add_argument("--city-en", help="the host city's English name, where the city is written in Japanese")
    add.add_argument("--tz", required=True, help="IANA time zone, e.g. Asia/Singapore")
    add.add_argument("--start", required=True, help="YYYY-MM-DD")
    add.add_argument("--end", required=True, help="YYYY-MM-DD")
    for option, text in (("--organizer", "who organizes the fair"), ("--name-ja", "its name in Japanese"),
                         ("--sector", "the sector, e.g. food"), ("--pavilion", "the city's pavilion at the fair"),
                         ("--pavilion-en", "the pavilion's English name, where it is written in Japanese"),
                         ("--budget", "the budget in yen")):
        add.add_argument(option, help=text)
    add.set_defaults(handler=cmd_add)

    followup = commands.add_parser("followup", help="create a follow-up task for each lead of a fair")
    followup.add_argument("ref", metavar="REF", help=REF_HELP)
    followup.add_argument("--today", help="count due dates from this date (YYYY-MM-DD; default today)")
    followup.set_defaults(handler=cmd_followup)

    results = commands.add_parser("results", help="leads and sales results of a fair")
    results.add_argument("ref", metavar="REF", help=REF_HELP)
    results.set_defaults(handler=cmd_results)


def cmd_list(ctx: CommandContext) -> int:
    fairs = ctx.crm().fairs.list(order_by="starts_on", limit=None)
    today = dt.date.today()
    if ctx.args.upcoming:
        fairs = [f for f in fairs if f["ends_on"] >= today]
    elif ctx.args.past:
        fairs = [f for f in fairs if f["ends_on"] < today]
    ahead = [f for f in fairs if f["ends_on"] >= today]
    past = sorted((f for f in fairs if f["ends_on"] < today), key=lambda f: f["starts_on"], reverse=True)
    fairs = ahead + past  # what is coming first (soonest on top), then the latest that ended
    rows = [_fair_json(f) for f in fairs]
    if ctx.json:
        ctx.emit(rows)
    elif not rows:
        ctx.say("cli.fair_none")
    for fair in [] if ctx.json else fairs:
        from sapporo_mice import countries, formats

        name = formats.name(fair["name"], None, ctx.lang, fair["name_ja"])
        country, ja = countries.name(fair["country"], ctx.lang), ctx.lang == "ja"
        # シンガポール・シンガポール: a city-state's city and country are one name, shown once
        city = formats.name(fair["city"], fair.get("city_en"), ctx.lang)
        places = dict.fromkeys(x for x in ((country, city) if ja else (city, country)) if x)
        where = formats.aside(name, ("・" if ja else ", ").join(places))  # アヌーガ 2026（ドイツ・ケルン）
        dates = f"{formats.date(fair['starts_on'], ctx.lang)} – {formats.date(fair['ends_on'], ctx.lang)}"
        print("  ".join(x for x in (dates, where, fair["id"]) if x))
    return 0


def _fair_json(fair: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "name", "name_ja", "organizer", "city", "city_en", "country", "timezone", "starts_on", "ends_on",
            "sector", "pavilion", "pavilion_en", "budget_jpy")
    return {k: fair[k].isoformat() if isinstance(fair[k], dt.date) else fair[k] for k in keys}


def _option_in_text(option: str, lang: str) -> str:
    """An option named inside a sentence: Japanese sets Latin words apart with spaces (「…」が --start より前です)."""
    return f" {option} " if lang == "ja" else option


def cmd_add(ctx: CommandContext) -> int:
    a = ctx.args
    values = {"name": a.name, "country": a.country, "city": a.city, "city_en": a.city_en, "timezone": a.tz,
              "starts_on": a.start, "ends_on": a.end, "organizer": a.organizer, "name_ja": a.name_ja, "sector": a.sector,
              "pavilion": a.pavilion, "pavilion_en": a.pavilion_en, "budget_jpy": a.budget}
    try:
        saved = ctx.crm().fairs.create(values, actor=ctx.actor)
    except ValidationError as exc:
        for problem in exc.problems:
            params = {key: _option_in_text(ADD_OPTIONS.get(value, value), ctx.lang) if key == "other"  # "before --start"
                      else in_lang(value, ctx.lang)
                      for key, value in problem.params.items()}
            option = ADD_OPTIONS.get(problem.field, problem.field)
            print(render(problem.code, ctx.lang, **{**params, "field": option, "value": _shown(problem.value)}),
                  file=sys.stderr)
        return EXIT_BAD_INPUT
    if ctx.json:
        ctx.emit(_fair_json(saved.record))
    else:
        ctx.say("cli.fair_added", name=saved.record["name"], id=saved.id)
    return 0


def cmd_followup(ctx: CommandContext) -> int:
    from sapporo_mice.validation import FieldInvalid, clean_date

    crm = ctx.crm()
    fair_id = crm.fairs.resolve(ctx.args.ref)
    try:
        today = clean_date(ctx.args.today)
    except FieldInvalid as exc:
        print(render(exc.code, ctx.lang, field="--today", value=_shown(ctx.args.today), **exc.params), file=sys.stderr)
        return EXIT_BAD_INPUT
    changes = crm.fairs.create_followups(fair_id, actor=ctx.actor, today=today, lang=ctx.lang)
    task_ids = sorted(changes.touched.get("task", ()))
    if ctx.json:
        ctx.emit({"fair": fair_id, "tasks_created": len(task_ids), "task_ids": task_ids})
    else:
        ctx.say("cli.fair_followups", count=len(task_ids), name=crm.fairs.get(fair_id)["name"])
    return 0


def cmd_results(ctx: CommandContext) -> int:
    crm = ctx.crm()
    results = crm.fairs.results(crm.fairs.resolve(ctx.args.ref))
    if ctx.json:
        ctx.emit(results.as_json())
        return 0
    t, lang = results.totals, ctx.lang
    ctx.say("cli.fair_results", name=formats.name(results.fair_name, None, lang, results.fair_name_ja), leads=t.leads,
            negotiations=t.negotiations, deals=t.deals, expected=t.expected_sales_jpy, actual=t.actual_sales_jpy,
            cost=t.cost_jpy, subsidy=t.subsidy_jpy)
    # Countries by name (シンガポール, not SG), companies by their name in the reader's language.
    # Japanese lists them as it lists anything (タイ 8 件、台湾 8 件), English with commas (Thailand: 8, …).
    for code, tallies, label in (
            ("cli.fair_by_country", results.by_country, lambda t: countries.name(t.key, lang)),
            ("cli.fair_by_rating", results.by_rating, lambda t: t.label),
            ("cli.fair_by_interest", results.by_interest,
             lambda t: formats.name(t.label, t.label_en, lang, t.label_ja))):
        named = [(label(t) or messages.render("cli.fair_not_given", lang), t.count) for t in tallies]
        if lang == "ja":
            items = "、".join(f"{name} {count:,} 件" for name, count in named)
        else:
            items = ", ".join(f"{name}: {count:,}" for name, count in named)
        ctx.say(code, items=items)
    for p in results.participations:
        ctx.say("cli.fair_participation",
                name=formats.name(p.organization_name, p.organization_name_en, lang, p.organization_name_ja),
                booth=p.booth or formats.no_value(lang), leads=p.leads,
                negotiations=p.negotiations or 0, deals=p.deals or 0)
    return 0
