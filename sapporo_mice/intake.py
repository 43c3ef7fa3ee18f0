"""Intake: a company, a person and a lead from what someone typed or a file row, in one unit of work.

Three paths take people in: the quick lead (Ctrl+N), the booth capture at a fair, and an import. All three
call :class:`Intake`, so they link companies by one rule (:mod:`sapporo_mice.identity`), split names one
way and create the same records. They differ only in what they are given and how they report problems:
the forms name their own fields (:class:`Form`), the import names the file's row and column.

Problems are collected over the whole intake (the company, the person and the lead) and raised together,
so a form shows every one at once; then nothing is written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import select

from sapporo_mice import formats, messages
from sapporo_mice.changes import Changes
from sapporo_mice.enums import LeadKind, LeadSource, OrgKind
from sapporo_mice.names import FAMILY_FIRST, WHOLE
from sapporo_mice.names import flipped as flipped_order
from sapporo_mice.names import order as name_order
from sapporo_mice.errors import FieldProblem, NotFoundError, ValidationError
from sapporo_mice.identity import Companies, CompanyQuestion, live
from sapporo_mice.models import Fair, Participation, utcnow
from sapporo_mice.services.base import Saved
from sapporo_mice.text import has_cjk
from sapporo_mice.validation import FieldInvalid, clean_country, clean_email

if TYPE_CHECKING:
    from sapporo_mice.store import Store, Unit

messages.register({
    "capture.not_exhibitor": {
        "en": "{field}: “{value}” does not exhibit at this fair.",
        "ja": "{field}: 「{value}」はこの見本市の出展者ではありません。",
    },
})


# --------------------------------------------------------------------------------------- names
def split_name(full: str, country: str | None = None, *, flip: bool = False) -> dict[str, str]:
    """A full name as typed, split into its parts (quick lead, booth capture and import alike).

    - CJK: family name first (山田 太郎); without a space the whole name is the family name.
    - Latin with a comma ("Smith, John"): family name before the comma.
    - Other Latin names by :func:`sapporo_mice.names.order`: the country and script (family first for Japan,
      China, Korea, Vietnam, Hungary, and Chinese surnames in Singapore and Malaysia), a family name in
      capitals, patronymic names (bin, binti, a/l) kept whole; else the last word is the family name.
      The text as typed is kept as the Latin form.

    ``flip``: the user said the split is the wrong way round (the import preview's "swap").
    """
    return split_name_by_rule(full, country, flip=flip)[0]


def split_name_by_rule(full: str, country: str | None = None, *, flip: bool = False) -> tuple[dict[str, str], str | None]:
    """:func:`split_name` and the rule that split it (None when there was nothing to decide)."""
    text = " ".join(full.replace("\u3000", " ").split())
    parts = text.split(" ")
    if has_cjk(text):
        if len(parts) < 2:
            return {"family_name": text}, None
        if flip:  # the user says the given name came first
            return {"family_name": parts[-1], "given_name": " ".join(parts[:-1]), "name_order": "given_first"}, "cjk"
        return {"family_name": parts[0], "given_name": " ".join(parts[1:])}, "cjk"
    names = {"latin_name": text}
    if len(parts) < 2:
        return names, None
    if parts[0].endswith(",") and not flip:
        return {**names, "family_name": parts[0].rstrip(","), "given_name": " ".join(parts[1:])}, "comma"
    kind, rule = name_order(text, country)
    if flip:
        kind = flipped_order(kind)
    if kind == WHOLE:
        return names, rule
    words = [w.rstrip(",") for w in parts]
    # The order goes with the split, so the name is shown as it was written (Lim Wei Ming, not Wei Ming Lim).
    if kind == FAMILY_FIRST:
        return {**names, "family_name": words[0], "given_name": " ".join(words[1:]), "name_order": "family_first"}, rule
    return {**names, "given_name": " ".join(words[:-1]), "family_name": words[-1], "name_order": "given_first"}, rule


def split_reading(reading: str | None, names: dict[str, str]) -> dict[str, str]:
    """Kana readings: two words on a family-first name split into family and given; else kept whole."""
    text = " ".join((reading or "").replace("\u3000", " ").split())
    if not text:
        return {}
    parts = text.split(" ")
    if len(parts) == 2 and "latin_name" not in names:
        return {"family_name_kana": parts[0], "given_name_kana": parts[1]}
    return {"family_name_kana": text}


def company_kind(country: str | None) -> str:
    """A company typed in with a lead: local when in Japan (or no country given), else an overseas buyer."""
    return OrgKind.LOCAL_COMPANY.value if (country or "").upper() in ("", "JP") else OrgKind.OVERSEAS_BUYER.value


def lead_title(name: str | None, company: str | None) -> str:
    """A new lead's title: the person with their company beside it (:func:`formats.aside`)."""
    return formats.aside((name or "").strip(), (company or "").strip())


# --------------------------------------------------------------------------------------- writers
class Writer:
    """How an intake stores a record: through the service (one at a time) or a bulk load (many)."""

    def create(self, record_type: str, values: dict[str, Any], cleaned: dict[str, Any] | None = None) -> Saved:
        raise NotImplementedError


class ServiceWriter(Writer):
    def __init__(self, unit: Unit) -> None:
        self.unit = unit

    def create(self, record_type: str, values: dict[str, Any], cleaned: dict[str, Any] | None = None) -> Saved:
        service = self.unit.service(record_type)
        if cleaned is None:
            return service.create_in(self.unit, values, record=False)
        return service.create_cleaned(self.unit, cleaned, values, record=False)


@dataclass(frozen=True)
class Form:
    """Where a service's field problem shows on a form (``None``: keep the service's field name)."""

    fields: dict[str, dict[str, str]] = field(default_factory=dict)

    def problem(self, record_type: str, problem: FieldProblem) -> FieldProblem:
        """``problem`` renamed to the form field that shows it (a contact's ``emails[0]`` is the form's ``email``)."""
        name = problem.field
        if name.startswith("emails"):
            name = "email"
        elif name.startswith("phones"):
            name = "phone"
        else:
            name = self.fields.get(record_type, {}).get(name, name)
        return FieldProblem(name, problem.code, problem.value, problem.params)


# --------------------------------------------------------------------------------------- the intake
class Intake:
    """Company, person and lead within one unit; links companies by the identity rule."""

    def __init__(self, unit: Unit, *, form: Form | None = None, writer: Writer | None = None,
                 companies: Companies | None = None) -> None:
        self.unit = unit
        self.form = form or Form()
        self.writer = writer or ServiceWriter(unit)
        self.companies = companies or Companies(unit.session)
        self.changes = Changes()
        self.warnings: list[FieldProblem] = []
        self.problems: list[FieldProblem] = []
        self.created: dict[str, list[str]] = {}

    # ------------------------------------------------------------------ records
    def company(self, name: str | None, *, country: str | None, kind: str | None = None,
                corporate_number: str | None = None, values: dict[str, Any] | None = None,
                cleaned: dict[str, Any] | None = None) -> str | None:
        """The company ``name`` names (by the identity rule), created when there is none; None without a name."""
        name = (name or "").strip()
        if not name:
            return None
        question = CompanyQuestion(name, _country_or_none(country), corporate_number)
        return self.linked_company(question, values or {"name": name, "country": country,
                                                        "kind": kind or company_kind(country)}, cleaned)

    def linked_company(self, question: CompanyQuestion, values: dict[str, Any],
                       cleaned: dict[str, Any] | None = None) -> str | None:
        """The company ``question`` asks for (by the identity rule), created from ``values`` when there is none:
        :meth:`company` for a caller that has asked the question already (an import asked it while planning)."""
        existing = self.companies.find(question)
        if existing:
            return existing
        org_id = self.create("organization", values, cleaned)
        if org_id:
            self.companies.created(org_id, question, utcnow())
        return org_id

    def person(self, values: dict[str, Any], cleaned: dict[str, Any] | None = None) -> str | None:
        return self.create("contact", values, cleaned)

    def known_person(self, contact_id: str, *, email: str | None, phone: str | None,
                     region: str | None) -> tuple[str, str | None]:
        """A person picked after the duplicate warning: they get the email and phone typed for them (nothing
        typed is lost). Returns their id and their company."""
        service = self.unit.service("contact")
        try:
            saved = service.add_details_in(self.unit, contact_id, email=email, phone=phone, default_region=region)
        except ValidationError as exc:
            self.problems += [self.form.problem("contact", p) for p in exc.problems]
            return contact_id, None
        self._saved("contact", saved)
        return saved.id, saved.record["organization_id"]

    def lead(self, values: dict[str, Any], cleaned: dict[str, Any] | None = None) -> str | None:
        return self.create("lead", values, cleaned)

    def create(self, record_type: str, values: dict[str, Any], cleaned: dict[str, Any] | None = None) -> str | None:
        try:
            saved = self.writer.create(record_type, values, cleaned)
        except ValidationError as exc:
            self.problems += [self.form.problem(record_type, p) for p in exc.problems]
            return None
        self.created.setdefault(record_type, []).append(saved.id)
        self._saved(record_type, saved)
        return saved.id

    def _saved(self, record_type: str, saved: Saved) -> None:
        if saved.changes:
            self.changes.merge(saved.changes)
        self.warnings += [self.form.problem(record_type, w) for w in saved.warnings]

    def raise_problems(self) -> None:
        unique = {(p.field, p.code): p for p in self.problems}
        if unique:
            raise ValidationError(list(unique.values()))


def _country_or_none(value: Any) -> str | None:
    try:
        return clean_country(value)
    except FieldInvalid:
        return None


def person_values(values: dict[str, Any], org_id: str | None, default_region: str | None) -> dict[str, Any]:
    """A contact's values from a form's name, reading, title, country, email and phone."""
    names = split_name(values["name"], values.get("country"))
    return {**names, **split_reading(values.get("reading"), names), "title": values.get("title"),
            "organization_id": org_id, "country": values.get("country"),
            "emails": [values["email"]] if values.get("email") else [],
            "phones": [values["phone"]] if values.get("phone") else [],
            "default_region": default_region}


def check_details(values: dict[str, Any], problems: list[FieldProblem]) -> None:
    """Without a name no contact is written, but a bad email or country should still show now."""
    for key, clean in (("email", clean_email), ("country", clean_country)):
        try:
            clean(values.get(key))
        except FieldInvalid as exc:
            problems.append(FieldProblem(key, exc.code, values.get(key), exc.params))


# --------------------------------------------------------------------------------------- quick lead
QUICK_FIELDS = ("name", "company", "email", "phone", "country", "interest", "rating", "follow_up_on")
QUICK_FORM = Form({
    "organization": {"name": "company", "country": "country"},
    "contact": {"family_name": "name", "given_name": "name", "latin_name": "name", "display_name": "name",
                "country": "country"},
    "lead": {"title": "name", "interest": "interest", "rating": "rating", "follow_up_on": "follow_up_on"},
})


@dataclass
class QuickLead:
    lead_id: str
    contact_id: str
    organization_id: str | None
    organization_created: bool
    changes: Changes
    warnings: list[FieldProblem] = field(default_factory=list)


def quick_lead(store: Store, values: dict[str, Any], *, actor: str) -> QuickLead:
    """A person, their company and a lead from a handful of fields (the Ctrl+N dialog), all or nothing.

    ``contact_id``: a person picked after the duplicate warning, who gets the email and phone typed and,
    when no company was typed, lends the lead their company."""
    if not (values.get("name") or "").strip() and not values.get("contact_id"):
        raise ValidationError([FieldProblem("name", "field.required", values.get("name"))])
    with store.unit(actor) as unit:
        intake = Intake(unit, form=QUICK_FORM)
        org_id = intake.company(values.get("company"), country=values.get("country"))
        org_created = bool(org_id) and org_id in intake.created.get("organization", ())
        if values.get("contact_id"):
            contact_id, contact_org = intake.known_person(values["contact_id"], email=values.get("email"),
                                                          phone=values.get("phone"),
                                                          region=values.get("default_region"))
            org_id = org_id or contact_org
        else:
            contact_id = intake.person(person_values(values, org_id, values.get("default_region")))
        lead_id = intake.lead(_quick_lead_values(values, contact_id, org_id))
        intake.raise_problems()
        return QuickLead(lead_id, contact_id, org_id, org_created, intake.changes, intake.warnings)


def _quick_lead_values(values: dict[str, Any], contact_id: str | None, org_id: str | None) -> dict[str, Any]:
    title = lead_title(values.get("name"), values.get("company"))
    lead = {"title": title or (values.get("interest") or "").strip()[:300], "contact_id": contact_id,
            "organization_id": org_id, "interest": values.get("interest"), "rating": values.get("rating"),
            "follow_up_on": values.get("follow_up_on")}
    for key in ("fair_id", "kind", "source", "owner", "captured_at"):
        if values.get(key):
            lead[key] = values[key]
    return lead


# --------------------------------------------------------------------------------------- booth capture
# The booth form's fields, in the order they are read off a business card.
CAPTURE_FIELDS = ("name", "reading", "company", "country", "email", "phone", "title",
                  "rating", "interest_organization_id", "interest", "notes", "next_action")
# Also accepted: an existing contact or organization picked from the duplicate warning, and the owner.
CAPTURE_EXTRAS = ("contact_id", "organization_id", "owner")
CAPTURE_FORM = Form({
    "organization": {"name": "company"},
    "contact": {"family_name": "name", "given_name": "name", "latin_name": "name", "display_name": "name",
                "family_name_kana": "reading", "given_name_kana": "reading"},
    "lead": {"title": "name"},
})


class FairInfo(NamedTuple):
    id: str
    name: str
    country: str
    timezone: str
    name_ja: str | None = None


def fair_info(store: Store, fair_id: str) -> FairInfo:
    with store.reading() as session:
        fair = session.get(Fair, fair_id) if fair_id else None
        if fair is None or fair.deleted_at is not None:
            raise NotFoundError("fair", fair_id)
        return FairInfo(fair.id, fair.name, fair.country, fair.timezone, fair.name_ja)


def capture(store: Store, fair_id: str, values: dict[str, Any], *, actor: str,
            now: dt.datetime | None = None) -> Saved:
    """Save one booth visitor: company (reused or new), person and lead, all or nothing.

    Returns the lead as ``Saved``; its ``changes`` name every record written, its ``warnings`` a phone kept
    raw. Raises ``ValidationError`` naming the booth form's fields; then nothing is written."""
    fair = fair_info(store, fair_id)
    values = {**values, "country": values.get("country") or fair.country}
    unknown = [FieldProblem(k, "field.unknown", v) for k, v in values.items()
               if k not in CAPTURE_FIELDS and k not in CAPTURE_EXTRAS]
    if unknown:
        raise ValidationError(unknown)
    with store.unit(actor) as unit:
        intake = Intake(unit, form=CAPTURE_FORM)
        _check_exhibitor(unit, fair.id, values.get("interest_organization_id"), intake.problems)
        org_id = values.get("organization_id") or intake.company(values.get("company"), country=values["country"])
        if values.get("contact_id"):
            contact_id, _ = intake.known_person(values["contact_id"], email=values.get("email"),
                                                phone=values.get("phone"), region=fair.country)
        elif not (values.get("name") or "").strip():
            intake.problems.append(FieldProblem("name", "field.required", values.get("name")))
            check_details(values, intake.problems)
            contact_id = None
        else:
            contact_id = intake.person(person_values(values, org_id, fair.country))
        lead_id = intake.lead(_capture_lead_values(values, fair, contact_id, org_id, now or utcnow(), actor))
        intake.raise_problems()
        return Saved(unit.service("lead").get_in(unit, lead_id), intake.changes, intake.warnings)


def _check_exhibitor(unit: Unit, fair_id: str, org_id: str | None, problems: list[FieldProblem]) -> None:
    if not org_id:
        return
    stmt = select(Participation.id).where(Participation.fair_id == fair_id, Participation.organization_id == org_id,
                                          *live(Participation)).limit(1)
    if unit.session.scalar(stmt) is None:
        problems.append(FieldProblem("interest_organization_id", "capture.not_exhibitor", org_id))


def _capture_lead_values(values: dict[str, Any], fair: FairInfo, contact_id: str | None, org_id: str | None,
                         now: dt.datetime, actor: str) -> dict[str, Any]:
    return {
        "title": lead_title(values.get("name"), values.get("company")) or fair.name,
        "kind": LeadKind.TRADE_BUYER.value, "source": LeadSource.BOOTH.value,
        "owner": values.get("owner") or actor, "rating": values.get("rating"), "contact_id": contact_id,
        "organization_id": org_id, "fair_id": fair.id,
        "interest_organization_id": values.get("interest_organization_id"), "interest": values.get("interest"),
        "notes": values.get("notes"), "next_action": values.get("next_action"),
        "captured_at": now, "captured_tz": fair.timezone,
    }
