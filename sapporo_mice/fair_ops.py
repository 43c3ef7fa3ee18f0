"""Work at and after a trade fair: booth lead capture, follow-up tasks, and the fair's results.

Booth capture runs on a laptop with no network for days: it never touches the network, and each
capture (organization if new, contact, lead) is one transaction committed at once, so a crash loses
at most the visitor being typed.

Follow-up rule (issue §7): rating A is due in 1 day, B in 2 days, C in a week; an unrated lead is
treated as C. D gets no task: at the booth, D means "no real interest", and a chase task for each
would bury the A and B leads. Leads already won or lost get none either. A lead that has any live
task linked to it already counts as followed up, which makes the action idempotent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, aliased

from sapporo_mice import messages
from sapporo_mice.changes import Changes
from sapporo_mice.database import Database
from sapporo_mice.duplicates_live import DuplicateCandidate, find_live_duplicates
from sapporo_mice.errors import FieldProblem, NotFoundError, ValidationError
from sapporo_mice.models import (
    Contact,
    Fair,
    Lead,
    LeadKind,
    LeadStatus,
    Organization,
    OrgKind,
    Participation,
    Rating,
    Task,
    utcnow,
)
from sapporo_mice.services.base import Saved
from sapporo_mice.services.quick_lead import form_problem, split_name
from sapporo_mice.text import company_key
from sapporo_mice.validation import FieldInvalid, clean_country, clean_email

if TYPE_CHECKING:
    from sapporo_mice.crm import Crm

messages.register({
    "capture.not_exhibitor": {
        "en": "{field}: “{value}” does not exhibit at this fair.",
        "ja": "{field}: 「{value}」はこの見本市の出展者ではありません。",
    },
    "fair.followup_title": {
        "en": "Follow up ({rating}): {who} — {fair}",
        "ja": "フォローアップ（{rating}）: {who} — {fair}",
    },
})

# The booth form's fields, in the order they are read off a business card.
CAPTURE_FIELDS = ("name", "reading", "company", "country", "email", "phone", "title",
                  "rating", "interest_organization_id", "interest", "notes", "next_action")
# Also accepted: an existing contact or organization picked from the duplicate warning, and the owner.
CAPTURE_EXTRAS = ("contact_id", "organization_id", "owner")

FOLLOW_UP_DAYS = {Rating.A: 1, Rating.B: 2, Rating.C: 7, None: 7}
CLOSED_STATUSES = (LeadStatus.WON, LeadStatus.LOST)

# Where a service's field problem shows on the booth form.
_FORM_FIELD = {
    "organization": {"name": "company"},
    "contact": {"family_name": "name", "given_name": "name", "latin_name": "name", "display_name": "name",
                "family_name_kana": "reading", "given_name_kana": "reading"},
    "lead": {"title": "name"},
}


# ---------------------------------------------------------------------------------------------------
# Booth capture


class _Capture:
    """The writes of one booth capture in one session; problems are collected so all show at once."""

    def __init__(self, crm: "Crm", session: Session, actor: str):
        self.crm, self.session, self.actor = crm, session, actor
        self.changes = Changes()
        self.warnings: list[FieldProblem] = []
        self.problems: list[FieldProblem] = []

    def create(self, record_type: str, values: dict[str, Any]) -> Saved | None:
        try:
            saved = self.crm.service(record_type).create_in(self.session, values, actor=self.actor)
        except ValidationError as exc:
            self.problems += [form_problem(p, _FORM_FIELD[record_type]) for p in exc.problems]
            return None
        self.changes.merge(saved.changes)
        self.warnings += [form_problem(w, _FORM_FIELD[record_type]) for w in saved.warnings]
        return saved

    def raise_problems(self) -> None:
        unique = {(p.field, p.code): p for p in self.problems}
        if unique:
            raise ValidationError(list(unique.values()))


def capture_lead(crm: "Crm", fair_id: str, values: dict[str, Any], *, actor: str,
                 now: dt.datetime | None = None) -> Saved:
    """Save one booth visitor: organization (reused or new), contact and lead, in ONE transaction.

    Returns the lead as ``Saved``; its ``changes`` name every record written, its ``warnings`` a phone
    kept raw. Raises ``ValidationError`` naming the booth form's fields; then nothing is written.
    """
    fair = _fair(crm.db, fair_id)
    values = {**values, "country": values.get("country") or fair.country}
    _check_capture_keys(values)
    with crm.db.transaction() as session:
        capture = _Capture(crm, session, actor)
        _check_exhibitor(session, fair.id, values.get("interest_organization_id"), capture.problems)
        org_id = values.get("organization_id") or _organization(capture, values)
        contact_id = _existing_contact(capture, values, fair.country) or _contact(capture, values, org_id, fair.country)
        lead = capture.create("lead", _lead_values(values, fair, contact_id, org_id, now or utcnow(), actor))
        capture.raise_problems()
        return Saved(lead.record, capture.changes, capture.warnings)


class FairInfo(NamedTuple):
    id: str
    name: str
    country: str
    timezone: str


def _fair(db: Database, fair_id: str) -> FairInfo:
    with db.reading() as session:
        fair = session.get(Fair, fair_id) if fair_id else None
        if fair is None or fair.deleted_at is not None:
            raise NotFoundError("fair", fair_id)
        return FairInfo(fair.id, fair.name, fair.country, fair.timezone)


def _check_capture_keys(values: dict[str, Any]) -> None:
    problems = [FieldProblem(k, "field.unknown", v) for k, v in values.items()
                if k not in CAPTURE_FIELDS and k not in CAPTURE_EXTRAS]
    if problems:
        raise ValidationError(problems)


def _check_exhibitor(session: Session, fair_id: str, org_id: str | None, problems: list[FieldProblem]) -> None:
    if not org_id:
        return
    stmt = select(Participation.id).where(Participation.fair_id == fair_id, Participation.organization_id == org_id,
                                          Participation.deleted_at.is_(None)).limit(1)
    if session.scalar(stmt) is None:
        problems.append(FieldProblem("interest_organization_id", "capture.not_exhibitor", org_id))


def _organization(capture: _Capture, values: dict[str, Any]) -> str | None:
    name = (values.get("company") or "").strip()
    if not name:
        return None
    existing = same_company(capture.session, name, values["country"])
    if existing:
        return existing
    kind = OrgKind.LOCAL_COMPANY if str(values["country"]).upper() == "JP" else OrgKind.OVERSEAS_BUYER
    saved = capture.create("organization", {"name": name, "country": values["country"], "kind": kind.value})
    return saved.id if saved else None


def same_company(session: Session, name: str, country: str | None) -> str | None:
    """The oldest live organization in ``country`` with the same name once the legal form is stripped."""
    key = company_key(name)
    if not key or not country:
        return None
    stmt = (select(Organization.id)
            .where(Organization.name_key == key, Organization.country == str(country).upper(),
                   Organization.deleted_at.is_(None), Organization.merged_into.is_(None))
            .order_by(Organization.created_at, Organization.id).limit(1))
    return session.scalar(stmt)


def _contact(capture: _Capture, values: dict[str, Any], org_id: str | None, fair_country: str) -> str | None:
    if not (values.get("name") or "").strip():
        capture.problems.append(FieldProblem("name", "field.required", values.get("name")))
        _check_contact_details(capture, values)
        return None
    contact = {**split_name(values["name"]), **_readings(values), "title": values.get("title"),
               "organization_id": org_id, "country": values["country"],
               "emails": [values["email"]] if values.get("email") else [],
               "phones": [values["phone"]] if values.get("phone") else [],
               "default_region": fair_country}
    saved = capture.create("contact", contact)
    return saved.id if saved else None


def _existing_contact(capture: _Capture, values: dict[str, Any], fair_country: str) -> str | None:
    """The contact picked after the duplicate warning, given the email and phone typed for it."""
    if not values.get("contact_id"):
        return None
    try:
        saved = capture.crm.contacts.add_details_in(capture.session, values["contact_id"], email=values.get("email"),
                                                    phone=values.get("phone"), default_region=fair_country,
                                                    actor=capture.actor)
    except ValidationError as exc:
        capture.problems.extend(form_problem(p, _FORM_FIELD["contact"]) for p in exc.problems)
        return values["contact_id"]
    capture.changes.merge(saved.changes)
    capture.warnings.extend(form_problem(w, _FORM_FIELD["contact"]) for w in saved.warnings)
    return saved.id


def _check_contact_details(capture: _Capture, values: dict[str, Any]) -> None:
    """Without a name no contact is written, but a bad email or country should still show now."""
    for key, clean in (("email", clean_email), ("country", clean_country)):
        try:
            clean(values.get(key))
        except FieldInvalid as exc:
            capture.problems.append(FieldProblem(key, exc.code, values.get(key), exc.params))


def _readings(values: dict[str, Any]) -> dict[str, str]:
    """Kana readings: two words on a family-first name split into family and given; else kept whole."""
    reading = " ".join((values.get("reading") or "").split())
    if not reading:
        return {}
    parts, names = reading.split(" "), split_name(values["name"])
    if len(parts) == 2 and "latin_name" not in names:
        return {"family_name_kana": parts[0], "given_name_kana": parts[1]}
    return {"family_name_kana": reading}


def _lead_values(values: dict[str, Any], fair: FairInfo, contact_id: str | None, org_id: str | None,
                 now: dt.datetime, actor: str) -> dict[str, Any]:
    title = " — ".join(x for x in ((values.get("name") or "").strip(), (values.get("company") or "").strip()) if x)
    return {
        "title": title or fair.name, "kind": LeadKind.TRADE_BUYER.value, "source": "booth",
        "owner": values.get("owner") or actor, "rating": values.get("rating"), "contact_id": contact_id,
        "organization_id": org_id, "fair_id": fair.id,
        "interest_organization_id": values.get("interest_organization_id"), "interest": values.get("interest"),
        "notes": values.get("notes"), "next_action": values.get("next_action"),
        "captured_at": now, "captured_tz": fair.timezone,
    }


class CaptureCounts(NamedTuple):
    today: int
    fair: int


def capture_counts(db: Database, fair_id: str, today: dt.date | None = None) -> CaptureCounts:
    """Leads captured on ``today`` (the fair's local date; default: now there) and for the whole fair."""
    fair = _fair(db, fair_id)
    zone = ZoneInfo(fair.timezone)
    today = today or dt.datetime.now(zone).date()
    start = dt.datetime.combine(today, dt.time(), zone)
    end = dt.datetime.combine(today + dt.timedelta(days=1), dt.time(), zone)
    stmt = select(func.count()).select_from(Lead).where(
        Lead.fair_id == fair.id, Lead.deleted_at.is_(None), Lead.merged_into.is_(None))
    with db.reading() as session:
        in_day = stmt.where(Lead.captured_at >= start, Lead.captured_at < end)
        return CaptureCounts(session.scalar(in_day) or 0, session.scalar(stmt) or 0)


def possible_duplicates(db: Database, fair_id: str, values: dict[str, Any], *,
                        limit: int = 5) -> list[DuplicateCandidate]:
    """Known contacts like the visitor being typed (the warning on the booth form).

    The phone is read with the typed country, then the fair's: the same region chain as the save.
    """
    fair = _fair(db, fair_id)
    return find_live_duplicates(db, email=values.get("email"), phone=values.get("phone"), name=values.get("name"),
                                organization=values.get("company"),
                                regions=(values.get("country"), fair.country), limit=limit)


# ---------------------------------------------------------------------------------------------------
# After the fair


def create_followups(crm: "Crm", fair_id: str, *, actor: str, today: dt.date | None = None,
                     lang: str = "ja") -> Changes:
    """One follow-up task per lead of the fair that has none yet (see the module docstring).

    The task goes to the exhibiting company's contact when the lead's interest is that company,
    else to the lead's owner, else to ``actor``. A lead without a follow-up date gets the task's.
    Task titles are written in ``lang``.
    """
    fair = _fair(crm.db, fair_id)
    today = today or dt.date.today()
    with crm.db.transaction() as session:
        changes = Changes()
        for lead in _leads_to_follow(session, fair.id):
            due = today + dt.timedelta(days=FOLLOW_UP_DAYS[lead.rating])
            task = {"title": _followup_title(session, lead, fair, lang), "due_on": due,
                    "assignee": _assignee(session, fair.id, lead, actor),
                    "notes": "\n".join(x for x in (lead.next_action, lead.interest) if x) or None,
                    "record_type": "lead", "record_id": lead.id}
            changes.merge(crm.tasks.create_in(session, task, actor=actor).changes)
            if lead.follow_up_on is None:
                changes.merge(crm.leads.update_in(session, lead.id, {"follow_up_on": due}, actor=actor).changes)
        return changes


def _leads_to_follow(session: Session, fair_id: str) -> list[Lead]:
    has_task = exists().where(Task.record_type == "lead", Task.record_id == Lead.id, Task.deleted_at.is_(None))
    stmt = (select(Lead)
            .where(Lead.fair_id == fair_id, Lead.deleted_at.is_(None), Lead.merged_into.is_(None), ~has_task,
                   (Lead.rating.is_(None)) | (Lead.rating != Rating.D), Lead.status.not_in(CLOSED_STATUSES))
            .order_by(Lead.captured_at, Lead.id))
    return list(session.scalars(stmt))


def _assignee(session: Session, fair_id: str, lead: Lead, actor: str) -> str:
    if lead.interest_organization_id:
        stmt = (select(Contact.display_name)
                .join(Participation, Participation.contact_id == Contact.id)
                .where(Participation.fair_id == fair_id,
                       Participation.organization_id == lead.interest_organization_id,
                       Participation.deleted_at.is_(None), Contact.deleted_at.is_(None))
                .order_by(Participation.created_at).limit(1))
        name = session.scalar(stmt)
        if name:
            return name[:120]
    return lead.owner or actor


def _followup_title(session: Session, lead: Lead, fair: FairInfo, lang: str) -> str:
    contact = session.get(Contact, lead.contact_id) if lead.contact_id else None
    who = contact.display_name if contact else lead.title
    rating = lead.rating.value if lead.rating else "–"
    return messages.render("fair.followup_title", lang, rating=rating, who=who, fair=fair.name)[:300]


# ---------------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class Tally:
    """A count of leads under one key (a country code, a rating, an organization id); key None = not given."""

    key: str | None
    label: str
    count: int


@dataclass(frozen=True)
class ParticipationResult:
    participation_id: str
    organization_id: str
    organization_name: str
    booth: str | None
    leads: int  # leads whose interest is this company
    negotiations: int | None
    deals: int | None
    expected_sales_jpy: int | None
    actual_sales_jpy: int | None
    cost_jpy: int | None
    subsidy_jpy: int | None


@dataclass(frozen=True)
class ResultTotals:
    leads: int
    negotiations: int
    deals: int
    expected_sales_jpy: int
    actual_sales_jpy: int
    cost_jpy: int
    subsidy_jpy: int


@dataclass(frozen=True)
class FairResults:
    fair_id: str
    fair_name: str
    leads: int
    by_country: list[Tally] = field(default_factory=list)
    by_rating: list[Tally] = field(default_factory=list)
    by_interest: list[Tally] = field(default_factory=list)
    participations: list[ParticipationResult] = field(default_factory=list)
    totals: ResultTotals | None = None

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


RESULT_NUMBERS = ("negotiations", "deals", "expected_sales_jpy", "actual_sales_jpy", "cost_jpy", "subsidy_jpy")


def _live_leads(fair_id: str):
    return (Lead.fair_id == fair_id, Lead.deleted_at.is_(None), Lead.merged_into.is_(None))


def fair_results(db: Database, fair_id: str) -> FairResults:
    """Leads by country, rating and company of interest; each participation's results and the totals."""
    fair = _fair(db, fair_id)
    with db.reading() as session:
        by_country = _by_country(session, fair.id)
        participations = _participations(session, fair.id)
        leads = sum(t.count for t in by_country)
        totals = ResultTotals(leads, *(sum(getattr(p, n) or 0 for p in participations) for n in RESULT_NUMBERS))
        return FairResults(fair.id, fair.name, leads, by_country, _by_rating(session, fair.id),
                           _by_interest(session, fair.id), participations, totals)


def _by_country(session: Session, fair_id: str) -> list[Tally]:
    org = aliased(Organization)
    country = func.coalesce(Contact.country, org.country)
    stmt = (select(country, func.count(Lead.id))
            .select_from(Lead)
            .outerjoin(Contact, Contact.id == Lead.contact_id)
            .outerjoin(org, org.id == Lead.organization_id)
            .where(*_live_leads(fair_id)).group_by(country).order_by(func.count(Lead.id).desc(), country))
    return [Tally(code, code or "", n) for code, n in session.execute(stmt)]


def _by_rating(session: Session, fair_id: str) -> list[Tally]:
    stmt = select(Lead.rating, func.count(Lead.id)).where(*_live_leads(fair_id)).group_by(Lead.rating)
    counts = {rating: n for rating, n in session.execute(stmt)}
    order = [*Rating, None]
    return [Tally(r.value if r else None, r.value if r else "", counts[r]) for r in order if r in counts]


def _by_interest(session: Session, fair_id: str) -> list[Tally]:
    stmt = (select(Lead.interest_organization_id, Organization.name, func.count(Lead.id))
            .select_from(Lead).outerjoin(Organization, Organization.id == Lead.interest_organization_id)
            .where(*_live_leads(fair_id)).group_by(Lead.interest_organization_id, Organization.name)
            .order_by(func.count(Lead.id).desc(), Organization.name))
    return [Tally(org_id, name or "", n) for org_id, name, n in session.execute(stmt)]


def _participations(session: Session, fair_id: str) -> list[ParticipationResult]:
    interested = (select(func.count(Lead.id))
                  .where(*_live_leads(fair_id), Lead.interest_organization_id == Participation.organization_id)
                  .scalar_subquery())
    stmt = (select(Participation, Organization.name, interested)
            .join(Organization, Organization.id == Participation.organization_id)
            .where(Participation.fair_id == fair_id, Participation.deleted_at.is_(None))
            .order_by(Organization.sort_key, Participation.id))
    return [ParticipationResult(p.id, p.organization_id, name, p.booth, leads or 0,
                                *(getattr(p, n) for n in RESULT_NUMBERS))
            for p, name, leads in session.execute(stmt)]
