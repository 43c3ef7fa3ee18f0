"""A student's own data as a PDF (the answer to an APPI disclosure request), in Japanese or English."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sapporo_mice import formats
from sapporo_mice.messages import render
from sapporo_mice.students import vocab
from sapporo_mice.vocabulary import field_label

_FONT = "HeiseiKakuGo-W5"
_SKIP = {"contact_id", "university_id", "purged_at"}


def _value(key: str, value: Any, lang: str) -> str:
    if value in (None, "", []):
        return "—"
    if isinstance(value, bool):
        return render("students.yes" if value else "students.no", lang)
    if key in ("desired_industries", "desired_job_types", "desired_locations", "consent_purposes"):
        vocabulary = {"desired_industries": vocab.INDUSTRIES, "desired_job_types": vocab.JOB_TYPES,
                      "desired_locations": vocab.LOCATIONS, "consent_purposes": vocab.CONSENT_PURPOSES}[key]
        return vocabulary.labels(value, lang)
    if key == "residence_status":
        return vocab.RESIDENCE_STATUSES.label(value, lang)
    if key == "other_languages":
        return ("、" if lang == "ja" else ", ").join(vocab.language_name(c, lang) for c in vocab.split(value))
    if key == "skills":
        return ("、" if lang == "ja" else ", ").join(vocab.split(value))
    if key == "nationality":
        from sapporo_mice import countries

        return countries.name(value, lang)
    if isinstance(value, str) and len(value) == 10 and value[4] == "-":
        try:
            return formats.date(dt.date.fromisoformat(value), lang)
        except ValueError:
            return value
    return str(value)


def write_student_pdf(data: dict[str, Any], path: str, lang: str) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    if _FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(_FONT))
    body = ParagraphStyle("body", fontName=_FONT, fontSize=9, leading=13, wordWrap="CJK")
    head = ParagraphStyle("head", parent=body, fontSize=14, leading=20, spaceAfter=6)
    sub = ParagraphStyle("sub", parent=body, fontSize=11, leading=16, spaceBefore=8, spaceAfter=4)
    student = data["student"]

    def table(rows: list[list[str]], widths: list[float]) -> Table:
        t = Table([[Paragraph(_escape(c), body) for c in row] for row in rows], colWidths=widths)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (0, -1), colors.whitesmoke)]))
        return t

    story = [Paragraph(_escape(render("students.pdf_title", lang, name=student.get("display_name") or "")), head),
             Paragraph(_escape(render("students.pdf_intro", lang, at=formats.date(dt.date.today(), lang))), body),
             Spacer(1, 4 * mm), Paragraph(_escape(render("students.pdf_profile", lang)), sub)]
    rows = [[field_label("student", key, lang), _value(key, value, lang)]
            for key, value in student.items() if key not in _SKIP and key != "id"]
    story.append(table(rows, [55 * mm, 115 * mm]))
    story.append(Paragraph(_escape(render("students.pdf_matches", lang)), sub))
    match_rows = [[render("students.pdf_opening", lang), render("students.pdf_stage", lang)]]
    for m in data["matches"]:
        match_rows.append([f"{m['company']} / {m['opening']}", render(f"match.stage.{m['stage']}", lang)])
    story.append(table(match_rows, [115 * mm, 55 * mm]) if len(match_rows) > 1 else
                 Paragraph(_escape(render("students.pdf_none", lang)), body))
    story.append(Paragraph(_escape(render("students.pdf_access", lang)), sub))
    access_rows = [[formats.date(dt.datetime.fromisoformat(a["at"]).date(), lang),
                    f"{a['user']} — {render('students.access.' + a['action'], lang)}"] for a in data["access_log"]]
    story.append(table(access_rows, [55 * mm, 115 * mm]) if access_rows else
                 Paragraph(_escape(render("students.pdf_none", lang)), body))
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                      bottomMargin=18 * mm, title=render("students.pdf_title", lang, name="")).build(story)


def write_company_profile(profile: dict[str, Any], path: str, lang: str) -> None:
    """One page a company may be given: the student's study, languages, skills and wishes (no contact details)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    if _FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(_FONT))
    body = ParagraphStyle("body", fontName=_FONT, fontSize=10, leading=14, wordWrap="CJK")
    head = ParagraphStyle("head", parent=body, fontSize=15, leading=21, spaceAfter=6)
    sep = "、" if lang == "ja" else ", "
    rows = []
    for key, value in profile.items():
        if isinstance(value, list):
            shown = sep.join(value) or "—"
        elif key == "nationality":
            from sapporo_mice import countries

            shown = countries.name(value, lang) if value else "—"
        else:
            shown = "—" if value in (None, "") else str(value)
        rows.append([Paragraph(_escape(field_label("student", key, lang)), body), Paragraph(_escape(shown), body)])
    table = Table(rows, colWidths=[55 * mm, 115 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (0, -1), colors.whitesmoke)]))
    story = [Paragraph(_escape(render("students.profile_title", lang, name=profile.get("display_name") or "")), head),
             Paragraph(_escape(render("students.profile_note", lang)), body), Spacer(1, 4 * mm), table]
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                      bottomMargin=18 * mm, title=render("students.profile_title", lang, name="")).build(story)


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
