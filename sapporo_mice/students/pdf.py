"""A student's own data as a PDF (the answer to an APPI disclosure request), in Japanese or English."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sapporo_mice import formats
from sapporo_mice.labels import enum_label
from sapporo_mice.messages import register, render
from sapporo_mice.models import Student
from sapporo_mice.students import vocab
from sapporo_mice.vocabulary import field_label

register({
    "report.student.profile": {"en": "Profile", "ja": "プロフィール"},
    "students.pdf_when": {"en": "When", "ja": "日時"},
    "students.pdf_who": {"en": "Who and what", "ja": "閲覧者・内容"},
})

_SKIP = {"contact_id", "university_id", "purged_at"}
_ENUM_COLUMNS = {c.key: c.type.enum_class for c in Student.__table__.columns if getattr(c.type, "enum_class", None)}


def _value(key: str, value: Any, lang: str) -> str:
    if value in (None, "", []):
        return formats.no_value(lang)
    if isinstance(value, bool):
        return render("value.yes" if value else "value.no", lang)
    if key in ("desired_industries", "desired_job_types", "desired_locations", "consent_purposes"):
        vocabulary = {"desired_industries": vocab.INDUSTRIES, "desired_job_types": vocab.JOB_TYPES,
                      "desired_locations": vocab.LOCATIONS, "consent_purposes": vocab.CONSENT_PURPOSES}[key]
        return vocabulary.labels(value, lang)
    if key == "graduation_month" and isinstance(value, int) and 1 <= value <= 12:
        return formats.month_names(lang)[value]  # 9月 / September, as the form's combo names it, not "9"
    if key == "residence_status":
        return vocab.RESIDENCE_STATUSES.label(value, lang)
    if key == "other_languages":
        return formats.listed((vocab.language_name(c, lang) for c in vocab.split(value)), lang)
    if key == "skills":
        return formats.listed(vocab.split(value), lang)
    if key == "nationality":
        from sapporo_mice import countries

        return countries.name(value, lang)
    enum_class = _ENUM_COLUMNS.get(key)
    if enum_class is not None:  # a degree, a JLPT level: its label, never the stored value ("vocational")
        return enum_label(enum_class.__name__, value, lang)
    if isinstance(value, str) and len(value) == 10 and value[4] == "-":
        try:
            return formats.date(dt.date.fromisoformat(value), lang)
        except ValueError:
            return value
    return str(value)


def _rows_table(styles: Any, rows: list[list[str]]) -> Any:
    from sapporo_mice.reports.document import facts

    return facts(styles, [(label, value) for label, value in rows])


def write_student_pdf(data: dict[str, Any], path: str, lang: str) -> None:
    """Laid out by the packs' one layout (:mod:`sapporo_mice.reports.document`): embedded fonts, page X of Y,
    the personal-data label on every page."""
    from sapporo_mice.reports.document import Pack, Section, Styles, table, write_pdf

    styles = Styles(lang)
    student = data["student"]
    pack = Pack("student_data", lang, render("students.pdf_title", lang, name=student.get("display_name") or ""),
                subtitle=render("students.pdf_intro", lang, at=formats.date(dt.date.today(), lang)),
                label="report.personal", cover=False, contents=False)
    rows = [[field_label("student", key, lang), _value(key, value, lang)]
            for key, value in student.items() if key not in _SKIP and key != "id"]
    pack.sections.append(Section(render("students.pdf_profile", lang), [_rows_table(styles, rows)]))
    pack.sections.append(Section(render("students.pdf_matches", lang), [table(
        styles, [render("students.pdf_opening", lang), render("students.pdf_stage", lang)],
        [(f"{m['company']} / {m['opening']}", render(f"match.stage.{m['stage']}", lang)) for m in data["matches"]],
        (7, 3))]))
    pack.sections.append(Section(render("students.pdf_access", lang), [table(
        styles, [render("students.pdf_when", lang), render("students.pdf_who", lang)],
        [(formats.date(dt.datetime.fromisoformat(a["at"]).date(), lang),
          f"{a['user']}: {render('students.access.' + a['action'], lang)}")  # a colon: a dash by a Japanese name reads 一
         for a in data["access_log"]], (3, 7))]))
    write_pdf(pack, styles, path)


def write_company_profile(profile: dict[str, Any], path: str, lang: str) -> tuple[int, str]:
    """One page a company may be given: the student's study, languages, skills and wishes (no contact details)."""
    from sapporo_mice.reports.document import Pack, Section, Styles, write_pdf

    styles = Styles(lang)
    # Lists come as labels already (Privacy.company_profile); every other value as the data export shows it.
    rows = [[field_label("student", key, lang), (formats.listed(value, lang) or formats.no_value(lang))
             if isinstance(value, list)
             else _value(key, value, lang)] for key, value in profile.items()]
    pack = Pack("student", lang, render("students.profile_title", lang, name=profile.get("display_name") or ""),
                subtitle=render("students.profile_note", lang), label="report.personal", cover=False,
                contents=False)
    pack.sections.append(Section(render("report.student.profile", lang), [_rows_table(styles, rows)]))
    return write_pdf(pack, styles, path), pack.title
