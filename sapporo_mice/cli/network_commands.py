"""network list | exchanges [--fy] | anniversaries: the city's network abroad (issue [network])."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from sapporo_mice import countries, formats, messages
from sapporo_mice.cli.context import EXIT_BAD_INPUT, CommandContext
from sapporo_mice.messages import render

messages.register({
    "cli.network_cities": {"en": "Partner cities ({count})", "ja": "姉妹・友好都市等（{count}）"},
    "cli.network_networks": {"en": "Networks ({count})", "ja": "都市ネットワーク（{count}）"},
    "cli.network_none": {"en": "No partner cities or networks.", "ja": "姉妹・友好都市等・ネットワークはありません。"},
    "cli.network_city": {"en": "  {name} ({country}) · {relationship}{since}", "ja": "  {name}（{country}）・{relationship}{since}"},
    "cli.network_since": {"en": " since {year} ({years:|year|years})", "ja": " {year}年から（{years}年）"},
    "cli.network_next": {"en": "    next: {nth}th anniversary, {when}", "ja": "    次の節目: {nth}周年（{when}）"},
    "cli.network_network": {"en": "  {name} · Sapporo: {role} · {members:,|member city|member cities} recorded",
                            "ja": "  {name}・札幌市: {role}・登録加盟都市 {members}"},
    "cli.network_exchanges_head": {"en": "Exchanges in {fy}: {count}", "ja": "{fy}の交流・協力事業: {count:,} 件"},
    "cli.network_exchanges_all": {"en": "Exchanges: {count}", "ja": "交流・協力事業: {count:,} 件"},
    "cli.network_by_city": {"en": "City-to-city exchanges by partner city:", "ja": "姉妹・友好都市等別の交流件数:"},
    "cli.network_cooperation": {"en": "International cooperation projects running in {fy}: {count}",
                                "ja": "{fy}に実施中の国際協力事業: {count:,} 件"},
    "cli.network_anniversary": {"en": "{when}  {name}: {nth}th anniversary", "ja": "{when}  {name}: {nth}周年"},
    "cli.network_no_anniversary": {"en": "No round anniversaries ahead.", "ja": "今後の節目の周年はありません。"},
})

# How the CLI names enum values for people (the desktop's labels live in ui/; these are the CLI's own).
RELATIONSHIP = {"sister": ("sister city", "姉妹都市"), "friendship": ("friendship city", "友好都市"),
                "partnership": ("partner city", "パートナー都市"), "network_member": ("fellow network member", "ネットワーク加盟都市")}
ROLE = {"member": ("member", "加盟"), "secretariat": ("secretariat", "事務局"), "chair": ("chair", "会長"),
        "vice_chair": ("vice chair", "副会長"), "board_member": ("board member", "理事"),
        "observer": ("observer", "オブザーバー"), None: ("not a member", "非加盟")}
KIND = {"official_visit": ("official visit", "公式訪問"), "student_exchange": ("student exchange", "青少年・学生交流"),
        "cultural": ("cultural", "文化交流"), "economic": ("economic", "経済交流"),
        "technical_cooperation": ("technical cooperation", "技術協力"),
        "training_participants": ("training participants", "研修員受入れ")}


def _word(table: dict[Any, tuple[str, str]], value: Any, lang: str) -> str:
    entry = table.get(value)
    return (entry[1] if lang == "ja" else entry[0]) if entry else str(value)


def register(subparsers: argparse._SubParsersAction) -> None:
    network = subparsers.add_parser("network", help="partner cities, networks, exchanges and anniversaries")
    commands = network.add_subparsers(dest="network_command", metavar="ACTION", required=True)
    listing = commands.add_parser("list", help="partner cities and networks")
    listing.add_argument("--country", help="ISO 3166 code: only the partner cities in this country")
    listing.set_defaults(handler=cmd_list)
    exchanges = commands.add_parser("exchanges", help="exchanges and cooperation projects, counted by fiscal year")
    exchanges.add_argument("--fy", help="fiscal year (April–March), e.g. 2026 or FY2026; default: all years")
    exchanges.set_defaults(handler=cmd_exchanges)
    anniversaries = commands.add_parser("anniversaries", help="round-number anniversaries ahead")
    anniversaries.add_argument("--years", type=int, default=5, help="how many years ahead (default 5)")
    anniversaries.set_defaults(handler=cmd_anniversaries)


def cmd_list(ctx: CommandContext) -> int:
    country = countries.code_of(ctx.args.country) if ctx.args.country else None
    if ctx.args.country and country is None:  # a code, or a name in either language (ドイツ, Germany)
        print(render("field.country_invalid", ctx.lang, field="--country", value=ctx.args.country[:100]),
              file=sys.stderr)
        return EXIT_BAD_INPUT
    crm = ctx.crm()
    cities = crm.network.partner_cities(country=country)
    networks = [] if country else crm.network.networks()
    if ctx.json:
        ctx.emit({"partner_cities": [c.as_json() for c in cities], "networks": [n.as_json() for n in networks]})
        return 0
    if not cities and not networks:
        ctx.say("cli.network_none")
        return 0
    lang = ctx.lang
    ctx.say("cli.network_cities", count=len(cities))
    for c in cities:
        since = render("cli.network_since", lang, year=c.since_year, years=c.years) if c.since_year else ""
        ctx.say("cli.network_city", name=formats.name(c.name, c.name_en, lang),
                country=countries.name(c.country, lang), relationship=_word(RELATIONSHIP, c.relationship, lang),
                since=since)
        if c.next_anniversary:
            when = c.next_anniversary["on"]
            ctx.say("cli.network_next", nth=c.next_anniversary["nth"],
                    when=formats.date(when, lang) if when else str(c.next_anniversary["year"]))
    if networks:
        ctx.say("cli.network_networks", count=len(networks))
    for n in networks:
        ctx.say("cli.network_network", name=formats.name(n.name, n.name_en, lang),
                role=_word(ROLE, n.sapporo_role, lang), members=len(n.members))
    return 0


def cmd_exchanges(ctx: CommandContext) -> int:
    from sapporo_mice.validation import FieldInvalid
    from sapporo_mice.validation.fields import clean_fiscal_year

    try:
        fy = clean_fiscal_year(ctx.args.fy)
    except FieldInvalid as exc:
        print(render(exc.code, ctx.lang, field="--fy", value=str(ctx.args.fy)[:100], **exc.params), file=sys.stderr)
        return EXIT_BAD_INPUT
    network = ctx.crm().network
    rows = network.exchanges(fy)
    by_city = network.exchanges_by_fiscal_year(fy) if fy is not None else []
    cooperation = network.cooperation_projects(fy) if fy is not None else None
    if ctx.json:
        ctx.emit({"fy": fy, "count": len(rows), "exchanges": [r.as_json() for r in rows],
                  "by_partner_city": [c.as_json() for c in by_city],
                  "cooperation_projects": cooperation.as_json() if cooperation else None})
        return 0
    lang = ctx.lang
    if fy is None:
        ctx.say("cli.network_exchanges_all", count=len(rows))
    else:
        ctx.say("cli.network_exchanges_head", fy=formats.fiscal_year(fy, lang), count=len(rows))
    for r in rows:
        place = (formats.name(r.partner_city_name, r.partner_city_name_en, lang)
                 or formats.name(r.network_name, r.network_name_en, lang)
                 or formats.name(r.partner_org_name, r.partner_org_name_en, lang, r.partner_org_name_ja)
                 or formats.no_value(lang))
        where = f"{place} · {_word(KIND, r.kind, lang)}"
        print(f"  {formats.date(r.starts_on, lang)}  {formats.aside(r.title, where)}")
    if fy is None:
        return 0
    ctx.say("cli.network_by_city")
    for c in by_city:
        print(f"  {formats.name(c.name, c.name_en, lang)}: {c.count}")
    ctx.say("cli.network_cooperation", fy=formats.fiscal_year(fy, lang), count=cooperation.count)
    return 0


def cmd_anniversaries(ctx: CommandContext) -> int:
    found = ctx.crm().network.anniversaries(years_ahead=max(0, min(ctx.args.years, 100)))
    if ctx.json:
        ctx.emit([a.as_json() for a in found])
        return 0
    if not found:
        ctx.say("cli.network_no_anniversary")
    for a in found:
        when = formats.date(a.on, ctx.lang) if a.on else str(a.year)
        ctx.say("cli.network_anniversary", when=when, name=formats.name(a.name, a.name_en, ctx.lang),
                nth=a.nth)
    return 0
