"""brief KIND REF -o OUT.pdf [--lang ja|en] (DESIGN §5): print a briefing pack."""

from __future__ import annotations

import argparse
from pathlib import Path

from sapporo_mice import messages
from sapporo_mice.cli.context import REF_HELP, CommandContext

messages.register({
    "cli.brief_written": {
        "en": "Wrote {path} ({pages:|page|pages}): {title}",
        "ja": "{path} を作成しました（{pages:,} ページ）: {title}",
    },
})


def register(subparsers: argparse._SubParsersAction) -> None:
    from sapporo_mice.reports import KINDS

    brief = subparsers.add_parser("brief", help=f"print a PDF briefing pack ({' | '.join(KINDS)})")
    brief.add_argument("kind", metavar="KIND", help=" | ".join(KINDS))
    brief.add_argument("ref", metavar="REF", help=REF_HELP)
    brief.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="where to write the PDF")
    brief.add_argument("--paper", choices=("A4", "Letter"), default="A4", help="the paper size (default A4)")
    brief.add_argument("--bilingual", action="store_true", help="company: Japanese and English side by side")
    brief.set_defaults(handler=cmd_brief)


def cmd_brief(ctx: CommandContext) -> int:
    a = ctx.args
    crm = ctx.crm()
    record_id = crm.reports.resolve(a.kind, a.ref)
    options = {"bilingual": True} if a.bilingual and a.kind == "company" else {}
    made = crm.reports.build(a.kind, record_id, Path(a.output), lang=ctx.lang, paper=a.paper, actor=ctx.actor,
                             **options)
    if ctx.json:
        ctx.emit({"kind": made.kind, "id": made.record_id, "path": str(made.path), "pages": made.pages,
                  "title": made.title})
    else:
        ctx.say("cli.brief_written", path=str(made.path), pages=made.pages, title=made.title)
    return 0
