"""company cases [--fy [YEAR]] | suggest REF [--top N] | attention: export support for batch work."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from sapporo_mice import countries, fiscal, formats, messages
from sapporo_mice.cli.context import EXIT_BAD_INPUT, REF_HELP, CommandContext
from sapporo_mice.messages import render

messages.register({
    "cli.company_cases_none": {"en": "No expansion cases.", "ja": "海外展開事業事例はありません。"},
    "cli.company_cases_count": {"en": "{fy}: {count:,|expansion case|expansion cases}", "ja": "{fy}: 海外展開事業事例 {count:,} 件"},
    "cli.company_suggest_none": {"en": "No suggestions for {name} yet.", "ja": "{name} に合う候補はまだありません。"},
    "cli.company_attention_none": {"en": "No company needs attention.", "ja": "対応が必要な企業はありません。"},
    "cli.company_bad_year": {"en": "--fy: {value} is not a fiscal year (e.g. 2026).",
                             "ja": "--fy: {value} は年度ではありません（例: 2026）。"},
    "cli.attention.open_needs": {"en": "{count:,|open need|open needs}", "ja": "未対応のニーズ {count:,} 件"},
    "cli.attention.no_contact": {"en": "no contact since {date}", "ja": "{date} 以降接触なし"},
    "cli.attention.never": {"en": "never contacted", "ja": "接触記録なし"},
    "cli.attention.quiet_markets": {"en": "no recent work in {countries}", "ja": "{countries} で最近の動きなし"},
})


def register(subparsers: argparse._SubParsersAction) -> None:
    company = subparsers.add_parser("company", help="local companies' export support: cases, suggestions")
    commands = company.add_subparsers(dest="company_command", metavar="ACTION", required=True)

    cases = commands.add_parser("cases", help="overseas expansion cases and their count by fiscal year")
    cases.add_argument("--fy", nargs="?", const="current", metavar="YEAR",
                       help="only this fiscal year (April–March; alone: the current one)")
    cases.set_defaults(handler=cmd_cases)

    suggest = commands.add_parser("suggest", help="overseas buyers and fair leads that fit a company (for a buyer: "
                                                  "the local companies that fit), with reasons")
    suggest.add_argument("ref", metavar="REF", help=REF_HELP)
    suggest.add_argument("--top", type=int, default=10, help="how many to suggest (default 10)")
    suggest.set_defaults(handler=cmd_suggest)

    attention = commands.add_parser("attention", help="companies with open needs, no recent contact or quiet markets")
    attention.set_defaults(handler=cmd_attention)


def _year(ctx: CommandContext) -> tuple[bool, int | None]:
    value = ctx.args.fy
    if value is None:
        return True, None
    if value == "current":
        return True, fiscal.current()
    text = value.strip().upper().removeprefix("FY")
    if text.isdigit() and 1900 < int(text) < 2200:
        return True, int(text)
    print(render("cli.company_bad_year", ctx.lang, value=value[:100]), file=sys.stderr)
    return False, None


def cmd_cases(ctx: CommandContext) -> int:
    ok, year = _year(ctx)
    if not ok:
        return EXIT_BAD_INPUT
    export = ctx.crm().export
    rows = export.cases(year)
    counts = export.case_counts() if year is None else {year: len(rows)}
    if ctx.json:
        ctx.emit({"fy": year, "counts": [{"fy": fy, "cases": n} for fy, n in counts.items()],
                  "cases": [_case_json(r) for r in rows]})
        return 0
    if not rows:
        ctx.say("cli.company_cases_none")
    for fy, count in counts.items():
        ctx.say("cli.company_cases_count", fy=formats.fiscal_year(fy, ctx.lang), count=count)
    for r in rows:
        value = formats.money(r.value_jpy, ctx.lang) if r.value_jpy is not None else formats.no_value(ctx.lang)
        print(f"{formats.date(r.occurred_on, ctx.lang)}  {r.company_name(ctx.lang)}  "
              f"{countries.name(r.country, ctx.lang)}  {_kind(r.kind, ctx.lang)}  {value}")
    return 0


def _case_json(row: Any) -> dict[str, Any]:
    return {"id": row.id, "organization_id": row.organization_id, "company": row.company,
            "company_en": row.company_en, "company_ja": row.company_ja, "country": row.country,
            "kind": row.kind, "occurred_on": row.occurred_on.isoformat(), "fy": row.fiscal_year,
            "value_jpy": row.value_jpy, "description": row.description}


KINDS = {"first_export": ("first export", "初輸出"), "distributor_contract": ("distributor contract", "代理店契約"),
         "overseas_office": ("overseas office", "海外拠点の開設"), "joint_venture": ("joint venture", "合弁事業"),
         "ecommerce": ("cross-border e-commerce", "越境EC"), "licensing": ("licensing", "ライセンス供与"),
         "partnership": ("business tie-up", "業務提携"), "other": ("other", "その他")}


def _kind(kind: str, lang: str) -> str:
    return KINDS.get(kind, (kind, kind))[lang == "ja"]


def cmd_suggest(ctx: CommandContext) -> int:
    crm = ctx.crm()
    org_id = crm.organizations.resolve(ctx.args.ref)
    org = crm.organizations.get(org_id)
    if getattr(org["kind"], "value", org["kind"]) == "overseas_buyer":  # the reverse: companies that fit the buyer
        found = crm.export.suggest_companies(org_id, limit=max(1, ctx.args.top))
    else:
        found = crm.export.suggest_buyers(org_id, limit=max(1, ctx.args.top))
    if ctx.json:
        ctx.emit([s.as_dict(ctx.lang) for s in found])
        return 0
    if not found:
        ctx.say("cli.company_suggest_none", name=org["name"])
    sep = "、" if ctx.lang == "ja" else "; "
    for s in found:
        place = countries.name(s.country, ctx.lang) if s.country else None
        print(f"{s.score:>4}  {formats.aside(s.shown_name(ctx.lang), place)}  {s.id}")
        print(f"      {sep.join(s.reason_texts(ctx.lang))}")
    return 0


def cmd_attention(ctx: CommandContext) -> int:
    found = ctx.crm().export.needs_attention()
    if ctx.json:
        ctx.emit([{"organization_id": a.organization_id, "company": a.company, "company_en": a.company_en,
                   "company_ja": a.company_ja, "staff": a.staff,
                   "reasons": a.reasons, "open_needs": a.open_needs,
                   "last_contact": a.last_contact.isoformat() if a.last_contact else None,
                   "quiet_markets": list(a.quiet_markets)} for a in found])
        return 0
    if not found:
        ctx.say("cli.company_attention_none")
    for a in found:
        print(f"{formats.aside(a.company_name(ctx.lang), a.staff)}: {attention_text(a, ctx.lang)}")
    return 0


def attention_text(a: Any, lang: str) -> str:
    """Why a company needs attention, in words."""
    parts = []
    if a.open_needs:
        parts.append(render("cli.attention.open_needs", lang, count=a.open_needs))
    if "no_contact" in a.reasons:
        parts.append(render("cli.attention.no_contact", lang, date=formats.date(a.last_contact, lang))
                     if a.last_contact else render("cli.attention.never", lang))
    if a.quiet_markets:
        names = formats.listed((countries.name(c, lang) for c in a.quiet_markets), lang)
        parts.append(render("cli.attention.quiet_markets", lang, countries=names))
    return ("、" if lang == "ja" else "; ").join(parts)
