"""Exporting contacts, leads, companies and students to CSV, XLSX and vCard (and a fair to .ics).

CSV defaults to UTF-8 with a BOM (Japanese Excel opens it correctly); CP932 is an option, and a character
it cannot hold is written as 〓 and listed in a warning naming its row and column (``strict``: refused).
CSV cells a spreadsheet would run as a formula are neutralised (:mod:`sapporo_mice.io.safe_cells`); XLSX
cells are typed as text, so they need no apostrophe. Headers and enum values are in the chosen language
(:mod:`sapporo_mice.io.export_labels`). Phones are written in E.164 when valid (raw otherwise), so an
export re-imports exactly, with the first one beside it in national form for the record's country.
Files are written to a temp file and renamed.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import os
import zoneinfo
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from sapporo_mice import countries, formats
from sapporo_mice.identity import live
from sapporo_mice.io.problems import ExportError
from sapporo_mice.io.export_labels import (COMPANY_COLUMNS, CONTACT_COLUMNS, EMAIL_HEADER, LEAD_COLUMNS,
                                           NATIONAL_HEADER, PHONE_HEADERS, STUDENT_FIELDS, header, label,
                                           student_header)
from sapporo_mice.io.rows import Issue
from sapporo_mice.students.vocab import INDUSTRIES
from sapporo_mice.io.safe_cells import neutralise
from sapporo_mice.validation import national_phone
from sapporo_mice.io.vcard import contact_card
from sapporo_mice.models import Contact, ContactEmail, ContactPhone, Fair, Lead, Organization, Student
from sapporo_mice.services.people import listed_order
from sapporo_mice.store import Snapshot

if TYPE_CHECKING:
    from sapporo_mice.store import Store

# What a CP932 export writes for a character CP932 cannot hold (the geta mark, as Japanese offices do).
CP932_REPLACEMENT = "〓"



def export_file(store: Store, kind: str, path: Path | str, *, fair: str | None = None, encoding: str = "utf-8-sig",
                vcard_version: str = "4.0", lang: str = "en", strict: bool = False,
                warnings: list[Issue] | None = None) -> int:
    """Write ``kind`` records to ``path`` (format by extension); returns how many records were written.

    ``warnings`` (a list, when given) receives what the export changed: each character a CP932 file could not
    hold (``strict``: refused instead, nothing written)."""
    path = Path(path)
    suffix = path.suffix.lower()
    _check_folder(path)  # before gathering: a large export should not fail only at the end
    fair_id = store.services["fair"].resolve(fair) if fair else None
    if suffix == ".ics":
        from sapporo_mice.io.ics import fair_calendar

        if fair_id is None:
            raise ExportError("io.fair_needs_kind")
        text, count = fair_calendar(store, fair_id)
        _write_atomic(path, text.encode("utf-8"))
        return count
    if suffix == ".vcf" and kind in ("contacts", "leads"):
        cards = [contact_card(c, vcard_version) for c in gather_contacts(store, fair_id)]
        _write_atomic(path, "".join(cards).encode("utf-8"))
        return len(cards)
    headers, rows = table_rows(store, kind, fair_id, lang)
    if suffix == ".csv":
        _write_atomic(path, csv_bytes(headers, rows, encoding, path.name, strict=strict,
                                      warnings=warnings if warnings is not None else []))
    elif suffix == ".xlsx":
        _write_atomic(path, xlsx_bytes(headers, rows, kind))
    else:
        raise ExportError("io.export_format_unknown", file=path.name, kind=kind, suffix=suffix or "(none)")
    return len(rows)


def _check_folder(path: Path) -> None:
    if not path.parent.is_dir():
        raise ExportError("io.export_folder_missing", file=path.name, folder=str(path.parent))


def _write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temp file beside ``path``, then rename it: ``path`` is whole or untouched.
    A failure removes the temp file and raises :class:`ExportError` naming the folder (or the file)."""
    tmp = path.with_name(path.name + ".tmp")
    created = False
    try:
        with open(tmp, "wb") as handle:
            created = True
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(path)
    except BaseException as exc:
        if created:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _write_error(path, exc, replacing=created) from exc
        raise


def _write_error(path: Path, exc: OSError, *, replacing: bool) -> ExportError:
    """The folder is missing or closed to us; or, once the temp file is written, the file itself is
    held (Windows refuses to replace a file open in Excel) or read-only."""
    folder = str(path.parent)
    if isinstance(exc, (FileNotFoundError, NotADirectoryError)):
        return ExportError("io.export_folder_missing", file=path.name, folder=folder)
    if isinstance(exc, PermissionError):
        return ExportError("io.export_file_locked" if replacing else "io.export_folder_denied",
                           file=path.name, folder=folder)
    return ExportError("io.export_write_failed", file=path.name, folder=folder, reason=exc.strerror or exc)


# -------------------------------------------------------------------------------------- gathering
def gather_contacts(store, fair_id: str | None = None) -> list[dict[str, Any]]:
    """Contacts as plain dicts with their emails, phones and organization name, in a few queries."""
    with store.reading() as session:
        stmt = select(Contact).where(*live(Contact)).order_by(Contact.sort_key, Contact.id)
        if fair_id:
            stmt = stmt.where(Contact.id.in_(select(Lead.contact_id).where(Lead.fair_id == fair_id, *live(Lead))))
        contacts = list(session.scalars(stmt))
        ids = [c.id for c in contacts]
        snapshot = Snapshot(session)
        for model in (ContactEmail, ContactPhone):
            snapshot.load_children(model, "contact_id", ids)
        orgs = dict(session.execute(select(Organization.id, Organization.name)).all())
        return [_contact_dict(c, _children(snapshot, ContactEmail, c.id), _children(snapshot, ContactPhone, c.id), orgs)
                for c in contacts]


def _children(snapshot: Snapshot, model: type, contact_id: str) -> list[Any]:
    """A contact's emails or phones, the primary first, then in the order they were added."""
    return sorted(snapshot.children(model, "contact_id", contact_id), key=listed_order)


def _contact_dict(contact: Contact, emails: list, phones: list, orgs: dict[str, str]) -> dict[str, Any]:
    data = {c.key: getattr(contact, c.key) for c in Contact.__table__.columns}
    data["tags"] = (contact.tags or "").strip(",")
    data["organization_name"] = orgs.get(contact.organization_id)
    data["emails"] = [{"email": e.email, "kind": e.kind.value} for e in emails]
    data["phones"] = [{"raw": p.raw, "e164": p.e164, "extension": p.extension, "kind": p.kind.value,
                       "valid": p.valid} for p in phones]
    return data


def phone_text(phone: dict[str, Any]) -> str:
    """E.164 (with the extension) when valid, so it re-imports exactly; the raw text otherwise."""
    if not phone.get("e164"):
        return phone.get("raw") or ""
    return phone["e164"] + (f" ext. {phone['extension']}" if phone.get("extension") else "")


def table_rows(store, kind: str, fair_id: str | None, lang: str = "en") -> tuple[list[str], list[list[Any]]]:
    if kind == "contacts":
        return _contact_rows(gather_contacts(store, fair_id), lang)
    if kind == "leads":
        return _lead_rows(store, fair_id, lang)
    if kind == "companies":
        return _company_rows(store, lang)
    if kind == "students":
        return _student_rows(store, lang)
    raise ExportError("io.kind_unknown", kind=kind, allowed="contacts, leads, companies, students")


def _contact_rows(contacts: list[dict[str, Any]], lang: str = "en") -> tuple[list[str], list[list[Any]]]:
    email_count = max((len(c["emails"]) for c in contacts), default=1) or 1
    phone_slots = _phone_slots(contacts)
    headers = [header((en, ja), lang) for _, en, ja in CONTACT_COLUMNS]
    headers += [_numbered(header(EMAIL_HEADER, lang), i) for i in range(email_count)]
    headers += [_numbered(header(PHONE_HEADERS[kind], lang), i) for kind, count in phone_slots for i in range(count)]
    headers.append(header(NATIONAL_HEADER, lang))
    rows = []
    for contact in contacts:
        row = [_shown(key, contact.get(key), lang) for key, _, _ in CONTACT_COLUMNS]
        emails = [e["email"] for e in contact["emails"]]
        row += emails + [None] * (email_count - len(emails))
        for kind, count in phone_slots:
            texts = [phone_text(p) for p in contact["phones"] if _slot_kind(p["kind"]) == kind]
            row += texts + [None] * (count - len(texts))
        first = contact["phones"][0] if contact["phones"] else None
        row.append(national_phone(first["e164"]) if first else None)
        rows.append(row)
    return headers, rows


def _shown(key: str, value: Any, lang: str) -> Any:
    """A coded value as people read it in ``lang``: a country's name, languages by name, an industry by its label
    (the importer reads them back to their codes); any other value as it is."""
    if not value:
        return value
    if key == "country":
        return countries.name(value, lang) or value
    if key == "languages":
        return formats.languages(value, lang)
    if key == "industry":  # a suggested industry by its label (the importer reads it back to its code)
        return INDUSTRIES.label(value, lang)
    return value


def _slot_kind(kind: str) -> str:
    return "work" if kind == "other" else kind


def _phone_slots(contacts: list[dict[str, Any]]) -> list[tuple[str, int]]:
    slots = []
    for kind in ("work", "mobile", "home", "fax"):
        count = max((sum(1 for p in c["phones"] if _slot_kind(p["kind"]) == kind) for c in contacts), default=0)
        if count or kind == "work":
            slots.append((kind, max(count, 1)))
    return slots


def _numbered(header: str, index: int) -> str:
    return header if index == 0 else f"{header} {index + 1}"


def _lead_rows(store, fair_id: str | None, lang: str = "en") -> tuple[list[str], list[list[Any]]]:
    contacts = {c["id"]: c for c in gather_contacts(store, fair_id)}
    headers, contact_rows = _contact_rows(list(contacts.values()), lang)
    by_contact = dict(zip(contacts, contact_rows))
    with store.reading() as session:
        stmt = select(Lead).where(*live(Lead)).order_by(Lead.captured_at, Lead.id)
        if fair_id:
            stmt = stmt.where(Lead.fair_id == fair_id)
        fairs = dict(session.execute(select(Fair.id, Fair.name)).all())
        rows = []
        for lead in session.scalars(stmt):
            data = {c.key: getattr(lead, c.key) for c in Lead.__table__.columns}
            data.update(rating=lead.rating.value if lead.rating else None,
                        status=label("status", lead.status.value, lang),
                        kind=label("lead_kind", lead.kind.value, lang), fair_name=fairs.get(lead.fair_id),
                        captured_local=_local(lead.captured_at, lead.captured_tz))
            person = by_contact.get(lead.contact_id, [None] * len(headers))
            rows.append([data.get(key) for key, _, _ in LEAD_COLUMNS] + list(person))
    return [header((en, ja), lang) for _, en, ja in LEAD_COLUMNS] + headers, rows


def _local(moment: dt.datetime | None, tz_name: str | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(zoneinfo.ZoneInfo(tz_name or "UTC")).isoformat(timespec="minutes")


def _company_rows(store, lang: str = "en") -> tuple[list[str], list[list[Any]]]:
    with store.reading() as session:
        rows = []
        for org in session.scalars(select(Organization).where(*live(Organization)).order_by(Organization.sort_key)):
            data = {c.key: getattr(org, c.key) for c in Organization.__table__.columns}
            data.update(kind=label("org_kind", org.kind.value, lang), tags=(org.tags or "").strip(","),
                        phone=phone_text({"raw": org.phone_raw, "e164": org.phone_e164}) or None,
                        phone_national=national_phone(org.phone_e164))
            rows.append([_shown(key, data.get(key), lang) for key, _, _ in COMPANY_COLUMNS])
    return [header((en, ja), lang) for _, en, ja in COMPANY_COLUMNS], rows


def _student_rows(store, lang: str = "en") -> tuple[list[str], list[list[Any]]]:
    with store.reading() as session:
        orgs = dict(session.execute(select(Organization.id, Organization.name)).all())
        rows = []
        for student in session.scalars(select(Student).where(*live(Student)).order_by(Student.sort_key)):
            data = {c.key: _plain(getattr(student, c.key)) for c in Student.__table__.columns}
            data.update(university=orgs.get(student.university_id), tags=(student.tags or "").strip(","))
            rows.append([_student_value(key, data.get(key), lang) for key in STUDENT_FIELDS])
    return [student_header(key, lang) for key in STUDENT_FIELDS], rows


def _student_value(key: str, value: Any, lang: str) -> Any:
    """A student's value as the export shows it: labels in ``lang`` for codes (the importer reads either
    language back), a country's name for the nationality."""
    from sapporo_mice.labels import enum_label
    from sapporo_mice.students import vocab

    if value in (None, ""):
        return value
    if key == "nationality":
        return _shown("country", value, lang)
    if key == "degree":
        return enum_label("Degree", value, lang)
    if key == "residence_status":
        return vocab.RESIDENCE_STATUSES.label(value, lang)
    listed = {"desired_industries": vocab.INDUSTRIES, "desired_job_types": vocab.JOB_TYPES,
              "desired_locations": vocab.LOCATIONS, "consent_purposes": vocab.CONSENT_PURPOSES,
              "other_languages": vocab.languages()}.get(key)
    return listed.labels(value, lang) if listed is not None else value


def _plain(value: Any) -> Any:
    return getattr(value, "value", value)


# ---------------------------------------------------------------------------------------- writing
def csv_bytes(headers: list[str], rows: Iterable[list[Any]], encoding: str, file: str, *, strict: bool = True,
              warnings: list[Issue] | None = None) -> bytes:
    """The CSV file. In CP932 a character it cannot hold is refused (``strict``) or written as 〓 and
    listed in ``warnings`` with its row and column."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    cp932 = encoding.replace("_", "").lower() in ("cp932", "shiftjis", "sjis", "ms932")
    writer.writerow([_cp932_safe(h, 1, h, file, strict, warnings) for h in headers] if cp932 else headers)
    for number, row in enumerate(rows, start=2):
        cells = [_csv_cell(v) for v in row]
        if cp932:
            cells = [_cp932_safe(c, number, column, file, strict, warnings) if isinstance(c, str) else c
                     for c, column in zip(cells, headers)]
        writer.writerow(cells)
    return buffer.getvalue().encode(encoding)


def _cp932_safe(text: str, row: int, column: str, file: str, strict: bool, warnings: list[Issue] | None) -> str:
    try:
        text.encode("cp932")
        return text
    except UnicodeEncodeError:
        pass
    out = []
    for ch in text:
        try:
            ch.encode("cp932")
            out.append(ch)
        except UnicodeEncodeError as exc:
            if strict:
                raise ExportError("io.cp932_unencodable", file=file, row=row, column=column, char=ch) from exc
            out.append(CP932_REPLACEMENT)
            if warnings is not None:
                warnings.append(Issue(row, column, "io.cp932_replaced", {"char": ch, "column": column,
                                                                        "codepoint": f"U+{ord(ch):04X}"}))
    return "".join(out)


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return neutralise(str(value)) if isinstance(value, str) else value


def xlsx_bytes(headers: list[str], rows: Iterable[list[Any]], title: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=title[:31])
    sheet.append(headers)
    for row in rows:
        sheet.append([_xlsx_cell(sheet, v, WriteOnlyCell) for v in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _xlsx_cell(sheet: Any, value: Any, cell_type: Any) -> Any:
    """Dates and numbers as they are; text as a cell typed text (``t="s"``): Excel never runs it as a
    formula, so ``+81112223333`` or ``=課長`` is written as it is, without an apostrophe."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None) if value.tzinfo else value
    if isinstance(value, str):
        cell = cell_type(sheet, value=None)
        cell.value = _strip_illegal(value)
        cell.data_type = "s"
        return cell
    return value


def _strip_illegal(text: str) -> str:
    """XLSX (XML) cannot hold most control characters; keep tab and newlines."""
    return "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 32)
