"""Importing contacts, leads, companies and students: source records -> validated plans -> one transaction.

1. Read the file into source records (:mod:`sapporo_mice.io.sources`).
2. Plan each row: the organization, contact, lead or student values it makes, validated by the
   services' own validation, with problems mapped back to the user's row and column.
3. Propose duplicates (within the file and against the database, in batched queries), never merge.
4. Apply in one unit of work through the intake (:class:`sapporo_mice.intake.Intake`, which links
   companies by the identity rule as the quick lead and the booth do), in bulk
   (:class:`sapporo_mice.bulk.BulkWriter`: what the services' ``create_in`` stores, written with
   executemany): all or nothing, or only the valid rows with ``skip_invalid``; ``dry_run`` stops before
   writing. The values validated while planning are the ones written, and each phone is parsed once
   (:class:`sapporo_mice.bulk.PhoneMemo`).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy.exc import DBAPIError

from sapporo_mice import collection, duplicates
from sapporo_mice.bulk import BulkWriter, PhoneMemo
from sapporo_mice.enums import FAMILY_FIRST_COUNTRIES, NameOrder
from sapporo_mice.errors import CrmError, FieldProblem, NotFoundError, ValidationError, _shown
from sapporo_mice.identity import Companies, CompanyQuestion, corporate_digits, name_forms, person_keys
from sapporo_mice.intake import Intake, lead_title, split_name_by_rule
from sapporo_mice.io.export_labels import value_of
from sapporo_mice.io.mapping import country_code
from sapporo_mice.io.matching import POLICIES, Match, find_matches, matched_people, update_values, with_lead
from sapporo_mice.io.problems import ImportFileError
from sapporo_mice.io.report import Duplicate, ImportReport, NameSplit
from sapporo_mice.io.rows import At, CardNumber, Issue, PhoneCell, SourceRecord
from sapporo_mice.io.sources import read_source
from sapporo_mice.messages import render
from sapporo_mice.services.network import clean_languages
from sapporo_mice.services.people import compose_display_name
from sapporo_mice.store import Unit
from sapporo_mice.text import has_cjk
from sapporo_mice.vocabulary import field_label
from sapporo_mice.validation import FieldInvalid, clean_country, parse_phone
from sapporo_mice.validation.phones import chain_of, invalid_phone

if TYPE_CHECKING:
    from sapporo_mice.validation.phones_ahead import Request

MAIN_TYPE = {"contacts": "contact", "leads": "lead", "companies": "organization", "students": "student"}


@dataclass
class ImportOptions:
    kind: str
    fair: str | None = None
    dry_run: bool = False
    skip_invalid: bool = False
    on_duplicate: str = "create"  # or "skip"
    on_match: str = "update"  # a person already in the CRM by email or E.164: update | skip | create (matching.py)
    flip_names: frozenset[int] | set[int] = frozenset()  # rows whose full name is split the other way round
    mapping: dict[str, str] = field(default_factory=dict)
    encoding: str | None = None
    sheet: str | None = None
    actor: str = "import"


@dataclass
class Plan:
    """What one source row will create, once validated."""

    number: int
    name: str
    org: dict[str, Any] | None = None  # organization values (contacts, leads, students' university)
    main: dict[str, Any] = field(default_factory=dict)  # contact / organization / student values
    lead: dict[str, Any] | None = None
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    keys: set[tuple[str, str]] = field(default_factory=set)  # the duplicate keys (identity.person_keys …)
    key_type: str | None = None
    country: str | None = None  # where a key compares countries (a company's name)
    duplicate: bool = False
    cleaned: dict[str, dict[str, Any]] = field(default_factory=dict)  # by record type, as validated
    columns: dict[str, str] = field(default_factory=dict)  # field -> the file's column it came from
    match: Match | None = None  # the person already in the CRM this row is (matching.py)
    lead_exists: bool = False  # a matched person already has this row's lead (same fair)
    org_id: str | None = None  # the company the row links to, once applying
    name_split: NameSplit | None = None  # how a full name in one column was split (shown; the user may flip it)

    def release(self) -> None:
        """Let go of what the row's records were made from (its values, cleaned values and keys), once they are
        made: a large file's plans stop holding a second copy of every row while the rest is written, and the
        memory goes to the rows made after. What the report and a matched person's update read stays."""
        self.main, self.cleaned, self.org, self.lead, self.keys = {}, {}, None, None, set()
        self.__dict__.pop("company", None)

    @cached_property
    def company(self) -> CompanyQuestion | None:
        """The company the row links to, as the identity rule asks; computed once (``company_key`` is not cheap)."""
        if not self.org:
            return None
        question = CompanyQuestion(self.org["name"], self.org.get("country"), self.org.get("corporate_number"))
        return question if question.key or question.number else None


@dataclass
class Context:
    store: Any
    options: ImportOptions
    source_name: str
    fair: dict[str, Any] | None = None
    parse_phone: PhoneMemo = field(default_factory=PhoneMemo)
    checked: dict[tuple, Any] = field(default_factory=dict)  # a company's values -> what validating them gave

    @property
    def fair_country(self) -> str | None:
        return self.fair["country"] if self.fair else None


def import_file(store, path: Path | str, options: ImportOptions, progress=None) -> ImportReport:
    """Import ``path``; raises :class:`ImportFileError` (nothing changed) when the file is unreadable.

    ``progress(stage, done, total)`` is called per row while rows are read (stage ``"plan"``) and
    prepared (``"apply"``), then once (``"save"``, with no count: 0 of 0) before the one write to
    the database, which takes a while on a large file and cannot be stopped half-way. An exception
    it raises (a cancel) stops the import, and nothing is written.
    """
    if options.kind == "meetings":  # meeting series and their editions: read by their own planner
        from sapporo_mice.series_import import import_report

        return import_report(store, Path(path), options, progress)
    with collection.held():  # every planned row lives until the one write
        return _import(store, Path(path), options, progress or (lambda stage, done, total: None))


def _import(store, path: Path, options: ImportOptions, progress) -> ImportReport:
    source = read_source(path, options.kind, mapping=options.mapping, encoding=options.encoding, sheet=options.sheet)
    ctx = Context(store, options, path.name, _fair(store, options.fair))
    report = ImportReport(file=path.name, kind=options.kind, dry_run=options.dry_run, encoding=source.encoding,
                          read=len(source.records) + source.empty_rows, empty_rows=source.empty_rows,
                          skipped=source.empty_rows, warnings=list(source.warnings), format=source.format,
                          cards=bool(source.records) and isinstance(source.records[0].number, CardNumber))
    requests = _phone_requests(ctx, source.records)
    with ctx.parse_phone.parsing_ahead([request for of_row in requests for request in of_row]):
        plans = _plan_rows(ctx, source.records, report, progress, requests)
    _collect(plans, report)
    chosen = _chosen(plans, options)
    report.would_create = len(chosen)
    if options.dry_run or (report.errors and not options.skip_invalid):
        return report
    updates = [p for p in plans if not p.errors and p.match and p.match.action == "update"]

    def planned_again() -> list[Plan]:
        return _chosen(_plan_rows(ctx, source.records, ImportReport(file=path.name, kind=options.kind)), options)

    apply(ctx, chosen, report, progress, updates, planned_again)
    return report


def _plan_rows(ctx: Context, records: list[SourceRecord], report: ImportReport, progress=None,
               requests: list[list[Request]] | None = None) -> list[Plan]:
    """Every row's plan, matched with the people the CRM holds; the matches and the likely duplicates go
    into ``report``. A function of the rows and the CRM: planning the same rows again gives the same plans.

    ``requests``: each row's phones (:func:`_phone_requests`). While a worker parsing them ahead has not yet sent
    the next row's (it is starting), the rows are planned from the file's end, and this process parses their
    phones itself; each row's plan is its own, so the order they are made in changes none of them."""
    with ctx.store.reading_unit(ctx.options.actor) as unit:
        made: list[Plan | None] = [None] * len(records)
        waiting = ctx.parse_phone.waiting
        front, back = 0, len(records) - 1
        while front <= back:
            if progress:
                progress("plan", front + len(records) - 1 - back, len(records))
            if requests and waiting(requests[front]):
                index, back = back, back - 1
            else:
                index, front = front, front + 1
            made[index] = plan_row(ctx, unit, records[index])
        plans = cast(list[Plan], made)
        found = lookup_keys(unit, plans)
        _match(ctx, unit, plans, report, found.get("contact", {}))
        propose_duplicates(unit, [p for p in plans if p.match is None or p.match.action == "create"], report, found)
    return plans


def _fair(store, ref: str | None) -> dict[str, Any] | None:
    if not ref:
        return None
    fairs = store.services["fair"]
    return fairs.get(fairs.resolve(ref))


def _collect(plans: list[Plan], report: ImportReport) -> None:
    for plan in plans:
        report.errors += _distinct(plan.errors)
        report.warnings += _distinct(plan.warnings)
        if plan.name_split is not None:
            report.name_splits.append(plan.name_split)


def _distinct(issues: list[Issue]) -> list[Issue]:
    """A row's issues, each once: the contact's check and its company's both read a shared cell (the country),
    and reported the same problem with it twice."""
    distinct: list[Issue] = []
    for issue in issues:
        if issue not in distinct:
            distinct.append(issue)
    return distinct


def _chosen(plans: list[Plan], options: ImportOptions) -> list[Plan]:
    """The rows to write: valid, not a skipped duplicate, not a matched person (unless a lead is still new)."""
    return [p for p in plans if not p.errors and not (p.duplicate and options.on_duplicate == "skip")
            and not (p.match and p.match.action == "skip")
            and not (p.match and p.match.action == "update" and (p.lead is None or p.lead_exists))]


def _match(ctx: Context, unit: Unit, plans: list[Plan], report: ImportReport, found: dict) -> None:
    """Find the rows that are people already in the CRM (by exact email or E.164) and plan what to do."""
    if ctx.options.on_match not in POLICIES:
        raise ImportFileError("io.match_on_match_invalid", ctx.source_name, value=ctx.options.on_match)
    by_number = {p.number: p for p in plans}
    with_leads: list[Plan] = []
    for number, match in find_matches(unit, plans, ctx.options.on_match, ctx.parse_phone, found).items():
        plan = by_number[number]
        plan.match = match
        report.matches.append(match)
        if plan.lead is not None and match.action != "create":
            with_leads.append(plan)
    if with_leads:
        led = with_lead(unit, [p.match.existing_id for p in with_leads], ctx.fair["id"] if ctx.fair else None)
        for plan in with_leads:
            plan.lead_exists = plan.match.existing_id in led


# ------------------------------------------------------------------------------------------ planning
def plan_row(ctx: Context, unit: Unit, record: SourceRecord) -> Plan:
    plan = Plan(number=record.number, name="", warnings=list(record.warnings), errors=list(record.errors),
                columns=record.columns)
    builder = {"contacts": _plan_person, "leads": _plan_person, "companies": _plan_company,
               "students": _plan_student}[ctx.options.kind]
    builder(ctx, unit, record, plan)
    return plan


def _plan_person(ctx: Context, unit: Unit, record: SourceRecord, plan: Plan) -> None:
    values = record.values
    country = _row_country(values)
    if values.get("country"):
        values["country"] = country_code(values["country"])
    flip = record.number in ctx.options.flip_names
    contact = {**_names(values, country, plan, flip), "country": values.get("country"), "title": values.get("title"),
               "department": values.get("department"), "languages": _languages(values.get("languages")),
               "owner": values.get("owner"), "tags": values.get("tags"),
               "emails": [{"email": a, "kind": k} for a, k, _ in record.emails],
               "phones": _phones(ctx, record, plan, country),
               "default_region": ctx.fair_country}
    contact["notes"] = _notes(values.get("notes"), record, with_address=not values.get("organization"))
    plan.main = {k: v for k, v in contact.items() if v not in (None, "", [])}
    plan.name = _display_name(plan.main)
    plan.errors += _check(ctx, unit, plan, "contact", plan.main, record, _PERSON_COLUMNS)
    if values.get("organization"):
        plan.org = _org_values(values, "overseas_buyer" if ctx.fair else "other")
        plan.errors += _check(ctx, unit, plan, "organization", plan.org, record, {"name": ("organization",)})
    if ctx.options.kind == "leads":
        plan.lead = _lead_values(ctx, record, plan)
        plan.errors += _check(ctx, unit, plan, "lead", plan.lead, record, _LEAD_COLUMNS)
    _person_keys(plan, ctx.parse_phone)


def _phone_requests(ctx: Context, records: list[SourceRecord]) -> list[list[Request]]:
    """The phones planning will parse (:func:`read_phone`) on each row, as ``(text, region chain)``: what a worker
    may parse ahead (:meth:`PhoneMemo.parsing_ahead`). A phone asked for otherwise is parsed as it is asked for; one
    listed here and never asked for costs only the worker's time."""
    if ctx.options.kind not in ("contacts", "leads"):
        return []
    fair_country = ctx.fair_country
    return [[(cell.raw, chain_of((_row_country(record.values), fair_country))) for cell in record.phones]
            for record in records]


def _row_country(values: dict[str, Any]) -> str | None:
    """A person's country as its row writes it (a code, a name in either language), as a code; None when it names
    none. The country their phones are read for."""
    return _country(country_code(values.get("country")))


def _plan_company(ctx: Context, unit: Unit, record: SourceRecord, plan: Plan) -> None:
    values = dict(record.values)
    if values.get("country"):
        values["country"] = country_code(values["country"])
    if values.get("kind"):
        values["kind"] = value_of("org_kind", values["kind"])  # an exported label (市内企業) read back
    # Read as a person's phone is (Excel's lost 0 or + put back, one that is not valid warned about), for the
    # company's country as its service parses it.
    phone = read_phone(record.phones[0], _country(values.get("country")), None, plan, record.number,
                       ctx.parse_phone)[0] if record.phones else None
    email = record.emails[0][0] if record.emails else None
    plan.main = {k: v for k, v in values.items() if k != "notes"}
    plan.main.update({"phone_raw": phone, "email": email, "notes": _notes(values.get("notes"), record)})
    plan.main = {k: _text_or_value(v) for k, v in plan.main.items() if v not in (None, "")}
    plan.name = str(plan.main.get("name") or "")
    plan.errors += _check(ctx, unit, plan, "organization", plan.main, record,
                          {"phone_raw": ("phone",), "email": ("email",)})
    plan.key_type, plan.country = "organization", plan.main.get("country")
    number = corporate_digits(plan.main.get("corporate_number"))
    plan.keys = {(duplicates.CORPORATE_NUMBER, number)} if number else set()
    plan.keys |= duplicates.company_keys(plan.main.get("name_ja") or plan.name)


def _plan_student(ctx: Context, unit: Unit, record: SourceRecord, plan: Plan) -> None:
    values = dict(record.values)
    university = values.pop("university", None)
    if values.get("nationality"):
        values["nationality"] = country_code(values["nationality"])
    plan.main = {k: _text_or_value(v) for k, v in values.items() if k != "notes"}
    if record.emails:
        plan.main["email"] = record.emails[0][0]
    plan.main["notes"] = _notes(values.get("notes"), record)
    plan.main = {k: v for k, v in plan.main.items() if v not in (None, "")}
    plan.name = str(plan.main.get("display_name") or "")
    plan.errors += _check(ctx, unit, plan, "student", plan.main, record, {"nationality": ("nationality",)})
    if university:
        plan.org = {"name": str(university), "kind": "university"}
        plan.errors += _check(ctx, unit, plan, "organization", plan.org, record, {"name": ("university",)})
    plan.key_type = "student"
    plan.keys = person_keys(emails=[plan.main.get("email")])


_PERSON_COLUMNS = {"family_name": ("family_name", "full_name"), "given_name": ("given_name", "full_name"),
                   "display_name": ("full_name",), "latin_name": ("latin_name", "full_name"),
                   "family_name_kana": ("family_name_kana", "reading"), "given_name_kana": ("given_name_kana", "reading")}
_LEAD_COLUMNS = {"title": ("lead_title",), "kind": ("lead_kind",), "notes": ("lead_notes",)}


def _names(values: dict[str, Any], country: str | None, plan: Plan | None = None, flip: bool = False) -> dict[str, Any]:
    names = {k: _text(values.get(k)) for k in ("family_name", "given_name", "latin_name")}
    # Feature phones write readings in half-width katakana; NFKC makes them full-width.
    names.update({k: _kana(values.get(k)) for k in ("family_name_kana", "given_name_kana")})
    full = _text(values.get("full_name"))
    if full and not (names["family_name"] or names["given_name"]):
        split, rule = split_name_by_rule(full, country, flip=flip)  # the intake's rule: forms and imports alike
        for key, value in split.items():
            names[key] = names.get(key) or value
        if plan is not None and rule not in (None, "comma") and (rule != "cjk" or flip):
            plan.name_split = NameSplit(plan.number, full, split.get("family_name"), split.get("given_name"),
                                        rule, flip)
    reading = _kana(values.get("reading"))
    if reading and not (names["family_name_kana"] or names["given_name_kana"]):
        parts = reading.replace("\u3000", " ").split(None, 1)
        names["family_name_kana"], names["given_name_kana"] = parts[0], (parts[1] if len(parts) > 1 else None)
    if full and (names["family_name"] or names["given_name"]) and full != _composed(names, country):
        names.setdefault("display_name", full)
    return names


def _composed(names: dict[str, Any], country: str | None) -> str:
    cjk = has_cjk((names.get("family_name") or "") + (names.get("given_name") or ""))
    order = NameOrder.FAMILY_FIRST if cjk or country in FAMILY_FIRST_COUNTRIES else NameOrder.GIVEN_FIRST
    return compose_display_name(names.get("family_name"), names.get("given_name"), order, names.get("latin_name"))


def _display_name(values: dict[str, Any]) -> str:
    return values.get("display_name") or _composed(values, values.get("country")) or ""


def _org_values(values: dict[str, Any], kind: str) -> dict[str, Any]:
    org = {"name": _text(values.get("organization")), "kind": kind, "country": values.get("country"),
           "name_kana": _kana(values.get("organization_kana")),
           "address": _text(values.get("address")), "postal_code": _text(values.get("postal_code")),
           "website": _text(values.get("website")), "corporate_number": _text(values.get("corporate_number"))}
    return {k: v for k, v in org.items() if v not in (None, "")}


def _lead_values(ctx: Context, record: SourceRecord, plan: Plan) -> dict[str, Any]:
    values = record.values
    org_name = _text(values.get("organization"))
    # untitled: named as quick lead and booth capture name theirs, the person with the company beside them
    title = _text(values.get("lead_title")) or lead_title(plan.name, org_name) or ctx.source_name
    lead = {"title": title, "kind": value_of("lead_kind", values.get("lead_kind")) or ("trade_buyer" if ctx.fair else None),
            "source": ctx.source_name[:200], "rating": _rating(values.get("rating")),
            "interest": _text(values.get("interest")), "next_action": _text(values.get("next_action")),
            "follow_up_on": values.get("follow_up_on"), "status": value_of("status", values.get("status")),
            "owner": values.get("owner")}
    if ctx.fair:
        lead["fair_id"] = ctx.fair["id"]
    if values.get("captured_at") not in (None, ""):
        lead.update(_captured(ctx, record, plan))
    return {k: v for k, v in lead.items() if v not in (None, "")}


def _rating(value: Any) -> Any:
    text = _text(value)
    return text.upper() if text and len(text) == 1 else value


def _captured(ctx: Context, record: SourceRecord, plan: Plan) -> dict[str, Any]:
    """A date column, read in the fair's time zone (UTC without a fair)."""
    tz_name = ctx.fair["timezone"] if ctx.fair else "UTC"
    moment = read_moment(record.values["captured_at"], tz_name)
    if moment is None:
        column = record.column("captured_at")
        plan.errors.append(Issue(record.number, column, "io.date_invalid",
                                 {"field": column, "value": record.values["captured_at"]}))
        return {}
    return {"captured_at": moment, "captured_tz": tz_name}


def read_moment(value: Any, tz_name: str) -> dt.datetime | None:
    zone = zoneinfo.ZoneInfo(tz_name)
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=zone)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time(), zone)
    text = unicodedata.normalize("NFKC", str(value)).strip()
    text = re.sub(r"^(\d{4})年(\d{1,2})月(\d{1,2})日", r"\1-\2-\3", text)
    text = re.sub(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})", r"\1-\2-\3", text)
    text = re.sub(r"^(\d{4})-(\d)-", r"\1-0\2-", text)
    text = re.sub(r"^(\d{4}-\d{2})-(\d)\b", r"\1-0\2", text)
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=zone)


def _notes(notes: Any, record: SourceRecord, *, with_address: bool = False) -> str | None:
    """The notes column, plus what nobody mapped (kept, never dropped)."""
    parts = [_text(notes)] if _text(notes) else []
    if with_address and record.values.get("address"):
        parts.append(f"Address: {record.values['address']}")
    if record.extras:
        parts.append("Imported columns: " + "; ".join(f"{c}={v}" for c, v in record.extras))
    return "\n".join(parts) or None


def _phones(ctx: Context, record: SourceRecord, plan: Plan, country: str | None) -> list[dict[str, Any]]:
    phones = []
    for cell in record.phones:
        raw, region = read_phone(cell, country, ctx.fair_country, plan, record.number, ctx.parse_phone)
        phones.append({"raw": raw, "kind": cell.kind, "region": region})
    return phones


def read_phone(cell: PhoneCell, country: str | None, fair_country: str | None, plan: Plan,
               row: int, parse_phone=parse_phone) -> tuple[str, str | None]:
    """The phone's text and region; Excel's lost leading 0 or + is put back, invalid ones flagged."""
    parsed = parse_phone(cell.raw, country, fair_country)
    raw = cell.raw
    if cell.from_number and cell.raw.isdigit():
        raw, parsed = _excel_fix(cell, parsed, plan, row, parse_phone)
    if not parsed.valid:
        code, params = invalid_phone(parsed, "io")
        plan.warnings.append(Issue(row, cell.column, code, {"value": cell.raw, **params}))
    return raw, parsed.region


def _excel_fix(cell: PhoneCell, parsed, plan: Plan, row: int, parse_phone):
    digits = cell.raw
    if parsed.valid and parsed.region == "JP" and len(digits) in (9, 10):
        fixed = "0" + digits
        plan.warnings.append(Issue(row, cell.column, "io.phone_zero_restored", {"value": digits, "fixed": fixed}))
        return fixed, parsed
    if not parsed.valid:
        plus = parse_phone("+" + digits)
        if plus.valid:
            plan.warnings.append(Issue(row, cell.column, "io.phone_plus_restored", {"value": digits, "fixed": "+" + digits}))
            return "+" + digits, plus
    return digits, parsed


def _languages(value: Any) -> Any:
    """A cell of languages as the contact keeps them (``"ja,en"``), from codes or names in either language;
    text that names something else is kept as written."""
    try:
        return clean_languages(value) or value
    except FieldInvalid:
        return value


def _country(value: Any) -> str | None:
    try:
        return clean_country(value)
    except FieldInvalid:
        return None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else str(value)
    return text.strip() or None


def _kana(value: Any) -> str | None:
    text = _text(value)
    return unicodedata.normalize("NFKC", text) if text else None


def _text_or_value(value: Any) -> Any:
    return value if isinstance(value, (dt.date, dt.datetime, bool)) else _text(value)


def _digits(value: Any) -> str | None:
    text = re.sub(r"\D", "", unicodedata.normalize("NFKC", str(value))) if value else ""
    return text or None


# ---------------------------------------------------------------------------------------- validation
def _check(ctx: Context, unit: Unit, plan: Plan, record_type: str, values: dict[str, Any],
           record: SourceRecord, columns: dict[str, tuple[str, ...]]) -> list[Issue]:
    """The service's own validation of ``values``; each problem names the user's row and column."""
    checked = {k: v for k, v in values.items() if k != "fair_id"} if "fair_id" in values else values
    outcome = _validated(ctx, unit, record_type, checked)
    if isinstance(outcome, ValidationError):
        return [_issue(record, p, columns, record_type) for p in outcome.problems]
    plan.cleaned[record_type] = outcome
    return []


def _validated(ctx: Context, unit: Unit, record_type: str, values: dict[str, Any]) -> Any:
    """The service's cleaned values, or its ValidationError. A company named on many rows (the same
    values each time) is checked once: validation is a function of the values."""
    key = (record_type, *values.items()) if record_type == "organization" else None  # a file's cells: hashable
    if key is not None and key in ctx.checked:
        return ctx.checked[key]
    try:
        outcome: Any = unit.service(record_type).validate(unit, values)
    except ValidationError as exc:
        outcome = exc
    if key is not None:
        ctx.checked[key] = outcome
    return outcome


def _issue(record: SourceRecord, problem: FieldProblem, columns: dict[str, tuple[str, ...]],
           record_type: str | None = None) -> Issue:
    """A problem the service found, on the row and the column of the file that holds the field; where no column
    holds it (a name a file has no column for), on the row, naming the field as its form does (姓 / Family name)."""
    column = _source_column(record, problem.field, columns)
    if column is None:
        label = {lang: field_label(record_type, problem.field, lang) for lang in ("en", "ja")}
        return Issue(record.number, None, problem.code, {"field": label, "value": problem.value, **problem.params})
    return Issue(record.number, column, problem.code, {"field": column, "value": problem.value, **problem.params})


def _source_column(record: SourceRecord, field_name: str, columns: dict[str, tuple[str, ...]]) -> str | None:
    match = re.fullmatch(r"(emails|phones)\[(\d+)\]", field_name)
    if match:
        items = record.emails if match.group(1) == "emails" else record.phones
        index = int(match.group(2))
        if index < len(items):
            return items[index][2] if match.group(1) == "emails" else items[index].column
    return source_column(record.columns, field_name, columns)


def source_column(mapped: dict[str, str], field_name: str,
                  columns: dict[str, tuple[str, ...]] = _PERSON_COLUMNS) -> str | None:
    """The file's column that holds a field, of ``mapped`` (a row's mapped names -> its columns): its own, or the
    one it was read from (``columns``: a name split from the full name's column); None when no column does."""
    for name in columns.get(field_name, (field_name,)):
        if name in mapped:
            return mapped[name]
    return None


# ---------------------------------------------------------------------------------------- duplicates
def _person_keys(plan: Plan, parse_phone) -> None:
    """The contact's keys (:func:`sapporo_mice.identity.person_keys`): its emails, phones, and its name in
    every written form together with its company."""
    main = plan.main
    plan.key_type = "contact"
    plan.keys = person_keys(
        emails=[e["email"] for e in main.get("emails", [])],
        e164s=[parse_phone(p["raw"], p.get("region")).e164 for p in main.get("phones", [])],
        names=name_forms(display_name=plan.name, latin_name=main.get("latin_name"),
                         family_name=main.get("family_name"), given_name=main.get("given_name"),
                         reading=(main.get("family_name_kana") or "") + (main.get("given_name_kana") or "")),
        company=plan.org["name"] if plan.org else None)


def lookup_keys(unit: Unit, plans: list[Plan]) -> dict[str, dict]:
    """Record type -> (reason, key) -> the live records holding it, for every row's keys: asked once per key
    kind per 500 keys (:func:`sapporo_mice.duplicates.lookup_rows`), for both matching and duplicates."""
    wanted: dict[str, set[tuple[str, str]]] = {}
    for plan in plans:
        if plan.key_type:
            wanted.setdefault(plan.key_type, set()).update(plan.keys)
    return {t: duplicates.lookup_rows(unit.session, t, keys) for t, keys in wanted.items()}


def propose_duplicates(unit: Unit, plans: list[Plan], report: ImportReport, found: dict[str, dict] | None = None) -> None:
    """Rows that look like an existing record, or like an earlier row: proposals, never merged."""
    if found is None:
        found = lookup_keys(unit, plans)
    ids = {t: {row.record_id for rows in by_key.values() for row in rows} for t, by_key in found.items()}
    names = {t: duplicates.names(unit.session, t, record_ids) for t, record_ids in ids.items()}
    seen: dict[tuple[str, str, str], tuple[int, str]] = {}
    for plan in plans:
        if plan.key_type and not plan.errors:
            _propose(plan, found.get(plan.key_type, {}), names.get(plan.key_type, {}), seen, report)


def _propose(plan: Plan, found: dict, names: dict[str, tuple], seen: dict, report: ImportReport) -> None:
    record_type = plan.key_type
    reported: set[tuple[str | None, int | None]] = set()
    for reason, key in sorted(plan.keys, key=lambda k: duplicates.RULE_ORDER[record_type].index(k[0])):
        known = [r.record_id for r in found.get((reason, key), ()) if duplicates.same_country(plan.country, r)]
        earlier = seen.get((record_type, reason, key))
        if known and (known[0], None) not in reported:
            reported.add((known[0], None))
            name, name_en, name_ja = names.get(known[0], ("", None, None))
            report.duplicates.append(Duplicate(plan.number, record_type, reason, name, existing_id=known[0],
                                               name_en=name_en, name_ja=name_ja))
        elif earlier and (None, earlier[0]) not in reported:
            reported.add((None, earlier[0]))
            report.duplicates.append(Duplicate(plan.number, record_type, reason, earlier[1], other_row=earlier[0]))
        seen.setdefault((record_type, reason, key), (plan.number, plan.name))
    plan.duplicate = bool(reported)


# ------------------------------------------------------------------------------------------- applying
class _RolledBack(Exception):
    """Raised to end a unit of work that only tried its writes."""


def apply(ctx: Context, plans: list[Plan], report: ImportReport, progress, updates: list[Plan],
          planned_again: Callable[[], list[Plan]]) -> None:
    """Write every chosen plan in one unit of work, then fill the matched people of ``updates``; any failure
    rolls all of it back.

    Each plan lets go of its values once its records are made (:meth:`Plan.release`). So when the database
    refuses a write, the row it refused is found on the same plans made again (``planned_again``)."""
    current = None
    try:
        with ctx.store.unit(ctx.options.actor) as unit:
            writer = BulkWriter(unit, ctx.parse_phone)
            intake = _intake(unit, plans + updates, writer)
            # Batches of new rows are written while the later rows are made (BulkLoad.writing); leaving the
            # block writes the rest. A failure or a cancel on the way rolls all of it back.
            with writer.writing():
                for current in plans + updates:  # new organizations first: parents are inserted before children
                    current.org_id = _company(intake, current)
                    writer.flush()  # the first companies are written while the rest are made
                for done, current in enumerate(plans):
                    if progress:
                        progress("apply", done, len(plans))
                    _apply_plan(ctx, intake, current, current.org_id)
                    current.release()
                    writer.flush()
                current = None
                intake.raise_problems()
                if progress:
                    progress("save", 0, 0)  # no count to give; the last point a cancel stops it
            changed = set()
            # The matched people as they are now, read at once (a re-import matches every row).
            people = matched_people(unit.session, [p.match.existing_id for p in updates])
            for current in updates:
                if _update_matched(unit, current, people):
                    changed.add(current.number)
            current = None
    except CrmError as exc:
        _failed(report, current, _reasons(exc))
        return
    except DBAPIError:
        # A bulk insert names no row: find it by writing the plans, made again (each let go of its values once
        # written), row by row through the services (rolled back).
        _failed(report, *_failing_row(ctx, planned_again))
        return
    report.applied = True
    report.created_ids = intake.created
    report.created_by_type = {t: len(ids) for t, ids in intake.created.items()}
    report.created = len(plans)
    report.updated = len(changed)
    for plan in updates:
        plan.match.applied = plan.number in changed
    touched = {p.number for p in plans} | changed
    report.skipped += report.read - report.empty_rows - len(touched)


def _update_matched(unit: Unit, plan: Plan, people: dict[str, dict[str, Any]]) -> bool:
    """Fill a matched person's empty fields and add their new emails and phones, after the bulk write (a
    company the row names may be new in it). ``people``: the matched people as read in this unit. Whether
    anything changed."""
    current = people.get(plan.match.existing_id)
    if current is None:  # gone since the file was checked
        raise NotFoundError("contact", plan.match.existing_id)
    values = update_values(plan.match, current)
    if not current.get("organization_id") and plan.org_id:
        values["organization_id"] = plan.org_id
    if not values:
        return False
    return bool(unit.service("contact").update_in(unit, plan.match.existing_id, values).changes)


def _intake(unit: Unit, plans: list[Plan], writer: Any = None) -> Intake:
    """The intake of this import, with every company the rows name looked up at once."""
    companies = Companies(unit.session)
    companies.prefetch(p.company for p in plans if p.company)
    return Intake(unit, writer=writer, companies=companies)


def _reasons(exc: BaseException | None) -> dict[str, str]:
    """Why a write failed, in each language: a CRM error's own message, or the database's first line
    (its own words, quoted to ~100 characters) after a sentence in the reader's language."""
    if isinstance(exc, CrmError):
        return {lang: exc.message(lang) for lang in ("ja", "en")}
    detail = _shown(str(getattr(exc, "orig", exc) or "").splitlines()[0] if exc is not None else "")
    return {lang: render("io.database_refused", lang, detail=detail) for lang in ("ja", "en")}


def _failed(report: ImportReport, plan: Plan | None, reason: dict[str, str]) -> None:
    if plan is None:  # not a row's doing (the commit, a database gone): the file's
        report.errors.append(Issue(None, None, "io.apply_failed_file", {"reason": reason}))
    else:
        report.errors.append(Issue(plan.number, None, "io.apply_failed", {"row": At(plan.number), "reason": reason}))


def _failing_row(ctx: Context, planned_again: Callable[[], list[Plan]]) -> tuple[Plan | None, dict[str, str]]:
    """The first plan the database refuses: the rows planned again, written one by one through the services,
    then rolled back. A database that fails on the way is the reason given, with no row named."""
    current = None
    try:
        plans = planned_again()
        with ctx.store.unit(ctx.options.actor) as unit:
            intake = _intake(unit, plans)
            for current in plans:
                _apply_plan(ctx, intake, current, _company(intake, current))
                intake.raise_problems()
                unit.session.flush()
            raise _RolledBack
    except _RolledBack:
        return None, _reasons(None)
    except (CrmError, DBAPIError) as exc:
        return current, _reasons(exc)


def _apply_plan(ctx: Context, intake: Intake, plan: Plan, org_id: str | None) -> None:
    """Write ``plan`` linked to ``org_id``, the company :func:`_company` gave it in this unit."""
    main_type = MAIN_TYPE[ctx.options.kind]
    if main_type == "organization":
        intake.create("organization", plan.main, plan.cleaned["organization"])
        return
    if main_type == "student":
        intake.create("student", plan.main, {**plan.cleaned["student"], "university_id": org_id})
        return
    if plan.match is not None and plan.match.action == "update":  # the person is there: only the lead is new
        contact_id = plan.match.existing_id
    else:
        contact_id = intake.person({**plan.main, "organization_id": org_id},
                                   {**plan.cleaned["contact"], "organization_id": org_id})
    if plan.lead is not None:
        links = {"contact_id": contact_id, "organization_id": org_id}
        if ctx.fair:
            links["fair_id"] = ctx.fair["id"]
        intake.lead({**plan.lead, **links}, {**plan.cleaned["lead"], **links})


def _company(intake: Intake, plan: Plan) -> str | None:
    """The company the row links to, by the identity rule: an existing one, one an earlier row made, or new."""
    question = plan.company
    if question is None:
        return None
    return intake.linked_company(question, plan.org, plan.cleaned["organization"])
