"""match suggest | match weights | student export | student purge | student erase | student access-log (DESIGN §5)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sapporo_mice import formats
from sapporo_mice.cli.context import (
    EXIT_BAD_INPUT,
    EXIT_USAGE,
    REF_HELP,
    CommandContext,
)
from sapporo_mice.messages import render


def _top(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(value)
    return number


def register(subparsers: argparse._SubParsersAction) -> None:
    match = subparsers.add_parser("match", help="students and openings: suggestions, explained")
    commands = match.add_subparsers(dest="match_command", metavar="ACTION", required=True)
    suggest = commands.add_parser("suggest", help="the best students for an opening, or openings for a student")
    which = suggest.add_mutually_exclusive_group()
    which.add_argument("--student", metavar="REF", help="a student's id or name")
    which.add_argument("--opening", metavar="REF", help="an opening's id or title")
    suggest.add_argument("--top", metavar="N", help="show the best N (default 10)")
    suggest.add_argument("--why", action="store_true", help="print each suggestion's reasons")
    suggest.add_argument("--weight", action="append", metavar="CRITERION=N", default=[],
                         help="weigh a criterion (skills, languages, industry, job_type, location, timing) for "
                              "this run; repeatable; the others keep the office's weights")
    suggest.set_defaults(handler=cmd_suggest)
    weights = commands.add_parser("weights", help="the office's matching weights: show them, or set them for everyone")
    weights.add_argument("--set", action="append", metavar="CRITERION=N", default=[], dest="set_weights",
                         help="save a criterion's weight (0 or more) for the office; repeatable")
    weights.add_argument("--reset", action="store_true", help="back to the built-in weights, for the office")
    weights.set_defaults(handler=cmd_weights)

    student = subparsers.add_parser("student", help="students' personal data: export, erase, retention purge")
    actions = student.add_subparsers(dest="student_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="everything held about a student (JSON, or PDF with -o FILE.pdf)")
    export.add_argument("ref", metavar="REF", help=REF_HELP)
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE (.json or .pdf) instead of stdout")
    export.set_defaults(handler=cmd_export)
    profile = actions.add_parser("profile", help="the profile sheet a company may be given (needs sharing consent)")
    profile.add_argument("ref", metavar="REF", help=REF_HELP)
    profile.add_argument("-o", "--output", metavar="FILE.pdf", required=True, help="where to write the PDF")
    profile.set_defaults(handler=cmd_profile)
    purge = actions.add_parser("purge", help="erase the personal data of students past their retention date")
    purge.add_argument("--dry-run", action="store_true", help="list who would be erased; change nothing")
    purge.set_defaults(handler=cmd_purge)
    erase = actions.add_parser("erase", help="erase one student's personal data now (on request)")
    erase.add_argument("ref", metavar="REF", help="the student's id or whole name (erasing takes no part of a name)")
    erase.set_defaults(handler=cmd_erase)
    log = actions.add_parser("access-log", help="who viewed or exported students' data (data officer only)")
    log.add_argument("ref", metavar="REF", nargs="?", help="only this student's (default: everyone's)")
    log.set_defaults(handler=cmd_access_log)


def _pairs(items: list[str]) -> dict[str, str]:
    """``["skills=40", "timing=0"]`` as ``{"skills": "40", "timing": "0"}`` (the service checks the values)."""
    out = {}
    for item in items:
        key, _, value = item.partition("=")
        out[key.strip()] = value.strip()
    return out


def cmd_weights(ctx: CommandContext) -> int:
    """Show the office's weights (each criterion's weight, share of the score and meaning); --set or --reset
    saves them for every user (a shared setting, carried by sync)."""
    crm, a = ctx.crm(), ctx.args
    if a.reset:
        crm.matching.reset_weights(actor=ctx.actor)
    elif a.set_weights:
        crm.matching.set_weights(_pairs(a.set_weights), actor=ctx.actor)
    rows = crm.matching.weights_table(ctx.lang)
    if ctx.json:
        ctx.emit([{"key": r.key, "label": r.label, "weight": r.weight, "default": r.default,
                   "share": round(r.share, 4), "meaning": r.meaning} for r in rows])
        return 0
    for r in rows:
        ctx.say("cli.match_weight_line", label=r.label, key=r.key, weight=formats.number(r.weight, ctx.lang),
                share=formats.percent(r.share, ctx.lang), meaning=r.meaning)
    return 0


def cmd_suggest(ctx: CommandContext) -> int:
    from sapporo_mice.students import explain

    a = ctx.args
    if not a.student and not a.opening:
        print(render("cli.match_needs_one", ctx.lang), file=sys.stderr)
        return EXIT_USAGE
    top = 10
    if a.top is not None:
        try:
            top = _top(a.top)
        except argparse.ArgumentTypeError:
            print(render("cli.top_invalid", ctx.lang, value=str(a.top)[:100]), file=sys.stderr)
            return EXIT_BAD_INPUT
    from sapporo_mice.students.area import check_weights

    crm = ctx.crm()
    weights = check_weights({**crm.matching.weights().as_dict(), **_pairs(a.weight)})
    if a.student:
        suggestions = crm.matching.for_student(crm.students.resolve(a.student), top=top, weights=weights)
    else:
        suggestions = crm.matching.for_opening(crm.openings.resolve(a.opening), top=top, weights=weights)
    if ctx.json:
        ctx.emit([s.as_json(ctx.lang) for s in suggestions])
        return 0
    if not suggestions:
        ctx.say("cli.match_none")
    for rank, s in enumerate(suggestions, 1):
        ctx.say("cli.match_line", rank=rank, name=formats.aside(s.name, s.shown_detail(ctx.lang)),
                score=formats.number(s.score, ctx.lang, digits=1))
        if a.why:
            for line in explain.as_text(s.explanation, ctx.lang):
                print(line)
    return 0


def cmd_export(ctx: CommandContext) -> int:
    crm = ctx.crm()
    student_id = crm.students.resolve(ctx.args.ref)
    output = ctx.args.output
    if output and output.lower().endswith(".pdf"):
        crm.privacy.export_pdf(student_id, output, actor=ctx.actor, lang=ctx.lang)
        name = crm.students.get(student_id)["display_name"]
        ctx.say("cli.student_pdf", name=name, path=output)
        return 0
    data = crm.privacy.export(student_id, actor=ctx.actor, lang=ctx.lang)
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if not output:
        print(text)
        return 0
    try:
        Path(output).write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        print(render("students.pdf_failed", ctx.lang, path=output, reason=exc.strerror or str(exc)), file=sys.stderr)
        return EXIT_BAD_INPUT
    ctx.say("cli.student_exported", name=data["student"]["display_name"], path=output)
    return 0


def cmd_profile(ctx: CommandContext) -> int:
    crm = ctx.crm()
    student_id = crm.students.resolve(ctx.args.ref)
    crm.privacy.company_profile_pdf(student_id, ctx.args.output, actor=ctx.actor, lang=ctx.lang)
    ctx.say("cli.student_pdf", name=crm.students.get(student_id)["display_name"], path=ctx.args.output)
    return 0


def cmd_purge(ctx: CommandContext) -> int:
    from sapporo_mice.students.privacy import describe

    crm = ctx.crm()
    candidates = crm.privacy.purge_preview() if ctx.args.dry_run else crm.privacy.purge(actor=ctx.actor)
    if ctx.json:
        ctx.emit({"dry_run": bool(ctx.args.dry_run), "students": [
            {"id": c.id, "name": c.name if ctx.args.dry_run else "", "retain_until": c.retain_until.isoformat(),
             "matches": c.matches} for c in candidates]})
        return 0
    if not candidates:
        ctx.say("cli.purge_nothing")
        return 0
    if ctx.args.dry_run:
        ctx.say("cli.purge_preview", count=len(candidates))
        for c in candidates:
            print(describe(c, ctx.lang))
        ctx.say("cli.purge_dry_run")
    else:
        ctx.say("cli.purge_done", count=len(candidates))
    return 0


def cmd_erase(ctx: CommandContext) -> int:
    crm = ctx.crm()
    student_id = crm.students.resolve(ctx.args.ref, partial=False)  # it cannot be undone: the whole name
    name = crm.students.get(student_id)["display_name"]
    crm.privacy.erase(student_id, actor=ctx.actor)
    if ctx.json:
        ctx.emit({"id": student_id, "erased": True})
    else:
        ctx.say("cli.student_erased", name=name)
    return 0


def cmd_access_log(ctx: CommandContext) -> int:
    crm = ctx.crm()
    student_id = crm.students.resolve(ctx.args.ref) if ctx.args.ref else None
    entries = crm.privacy.access_log(actor=ctx.actor, student_id=student_id)
    if ctx.json:
        ctx.emit([{"at": e.at.isoformat(), "user": e.user, "action": e.action, "student_id": e.student_id}
                  for e in entries])
        return 0
    for e in entries:
        ctx.say("cli.access_line", at=formats.datetime(e.at, ctx.lang), user=e.user,
                action=render(f"students.access.{e.action}", ctx.lang),
                name=e.student_name or formats.no_value(ctx.lang))
    return 0
