"""Work at and after a trade fair: which fair is on, its exhibitors, the booth's counts, follow-up tasks
and the fair's results. (Capturing a visitor at the booth is an intake: :mod:`sapporo_mice.intake`.)

A fair is "current" when today, in the fair's own time zone, lies between its first and last day: a
laptop in Singapore at 01:00 local time is already on the fair's next day while Sapporo's clock says
otherwise.

Follow-up rule: rating A is due in 1 day, B in 2 days, C in a week; an unrated lead is treated as C. D gets
no task: at the booth, D means "no real interest", and a chase task for each would bury the A and B leads.
Leads already won or lost get none either. A lead that has any live task linked to it already counts as
followed up, which makes the action idempotent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, aliased

from sapporo_mice import formats, messages
from sapporo_mice.changes import Changes
from sapporo_mice.identity import live
from sapporo_mice.intake import FairInfo, fair_info
from sapporo_mice.models import (
    Contact,
    Fair,
    Lead,
    LeadStatus,
    Organization,
    Participation,
    Rating,
    Task,
    utcnow,
)

if TYPE_CHECKING:
    from sapporo_mice.store import Store

messages.register({
    "fair.followup_title": {
        "en": "Follow up ({rating}): {who}{fair}",
        "ja": "フォローアップ（{rating}）: {who}{fair}",
    },
})

FOLLOW_UP_DAYS = {Rating.A: 1, Rating.B: 2, Rating.C: 7, None: 7}
CLOSED_STATUSES = (LeadStatus.WON, LeadStatus.LOST)


# ---------------------------------------------------------------------------------------------------
# Which fair


@dataclass(frozen=True)
class FairChoice:
    id: str
    name: str
    country: str
    timezone: str
    starts_on: dt.date
    ends_on: dt.date
    name_ja: str | None = None  # the Japanese screens' name for it, where one is given

    def shown_name(self, lang: str) -> str:
        """The fair's name for a reader of ``lang`` (:func:`sapporo_mice.formats.name`)."""
        return formats.name(self.name, None, lang, self.name_ja)

    def label(self, lang: str) -> str:
        """The fair as a chooser lists it, its dates and country beside its name: 台北国際食品見本市 2026（2026/06/25 –
        2026/06/28、台湾） / Food Taipei 2026 (25 Jun 2026 – 28 Jun 2026, Taiwan)."""
        from sapporo_mice import countries

        dates = f"{formats.date(self.starts_on, lang)} – {formats.date(self.ends_on, lang)}"
        return formats.aside(self.shown_name(lang), formats.listed([dates, countries.name(self.country, lang)], lang))

    def local_today(self, now: dt.datetime | None = None) -> dt.date:
        return (now or utcnow()).astimezone(ZoneInfo(self.timezone)).date()

    def is_on(self, now: dt.datetime | None = None) -> bool:
        return self.starts_on <= self.local_today(now) <= self.ends_on


def _choice(fair: Fair) -> FairChoice:
    return FairChoice(fair.id, fair.name, fair.country, fair.timezone, fair.starts_on, fair.ends_on, fair.name_ja)


def current_fairs(store: Store, now: dt.datetime | None = None) -> list[FairChoice]:
    """The live fairs whose dates include today in their own time zone (usually one)."""
    now = now or utcnow()
    day = now.date()
    # Time zones are at most a day away from UTC: narrow in SQL, decide per fair in Python.
    stmt = (select(Fair).where(*live(Fair),
                               Fair.starts_on <= day + dt.timedelta(days=1),
                               Fair.ends_on >= day - dt.timedelta(days=1))
            .order_by(Fair.starts_on, Fair.id))
    with store.reading() as session:
        return [c for c in (_choice(f) for f in session.scalars(stmt)) if c.is_on(now)]


def recent_fairs(store: Store, limit: int = 50) -> list[FairChoice]:
    """Live fairs, the latest first: the chooser when no fair is on today."""
    stmt = (select(Fair).where(*live(Fair))
            .order_by(Fair.starts_on.desc(), Fair.id).limit(limit))
    with store.reading() as session:
        return [_choice(f) for f in session.scalars(stmt)]


def fair_choice(store: Store, fair_id: str) -> FairChoice | None:
    with store.reading() as session:
        fair = session.get(Fair, fair_id)
        return _choice(fair) if fair is not None and fair.deleted_at is None else None


@dataclass(frozen=True)
class Exhibitor:
    organization_id: str
    name: str
    booth: str | None
    products: str | None
    name_en: str | None = None  # the company's English and Japanese names, where it keeps them
    name_ja: str | None = None

    def shown_name(self, lang: str) -> str:
        """The company as a reader of ``lang`` knows it (:func:`sapporo_mice.formats.name`)."""
        return formats.name(self.name, self.name_en, lang, self.name_ja)


def exhibitors(store: Store, fair_id: str) -> list[Exhibitor]:
    """The companies exhibiting at the fair (its live participations), by reading."""
    stmt = (select(Organization.id, Organization.name, Participation.booth, Participation.products,
                   Organization.name_en, Organization.name_ja)
            .join(Participation, Participation.organization_id == Organization.id)
            .where(Participation.fair_id == fair_id, Participation.deleted_at.is_(None),
                   Organization.deleted_at.is_(None))
            .order_by(Organization.sort_key, Organization.id))
    with store.reading() as session:
        return [Exhibitor(*row) for row in session.execute(stmt)]



# ---------------------------------------------------------------------------------------------------
# At the booth


class CaptureCounts(NamedTuple):
    today: int
    fair: int


def capture_counts(store: Store, fair_id: str, today: dt.date | None = None) -> CaptureCounts:
    """Leads captured on ``today`` (the fair's local date; default: now there) and for the whole fair."""
    fair = fair_info(store, fair_id)
    zone = ZoneInfo(fair.timezone)
    today = today or dt.datetime.now(zone).date()
    start = dt.datetime.combine(today, dt.time(), zone)
    end = dt.datetime.combine(today + dt.timedelta(days=1), dt.time(), zone)
    stmt = select(func.count()).select_from(Lead).where(
        Lead.fair_id == fair.id, *live(Lead))
    with store.reading() as session:
        in_day = stmt.where(Lead.captured_at >= start, Lead.captured_at < end)
        return CaptureCounts(session.scalar(in_day) or 0, session.scalar(stmt) or 0)


# ---------------------------------------------------------------------------------------------------
# After the fair


def create_followups(store: Store, fair_id: str, *, actor: str, today: dt.date | None = None,
                     lang: str = "ja") -> Changes:
    """One follow-up task per lead of the fair that has none yet (see the module docstring).

    The task goes to the exhibiting company's contact when the lead's interest is that company,
    else to the lead's owner, else to ``actor``. A lead without a follow-up date gets the task's.
    Task titles are written in ``lang``.
    """
    fair = fair_info(store, fair_id)
    today = today or dt.date.today()
    with store.unit(actor) as unit:
        session, changes = unit.session, Changes()
        for lead in _leads_to_follow(session, fair.id):
            due = today + dt.timedelta(days=FOLLOW_UP_DAYS[lead.rating])
            task = {"title": _followup_title(session, lead, fair, lang), "due_on": due,
                    "assignee": _assignee(session, fair.id, lead, actor),
                    "notes": "\n".join(x for x in (lead.next_action, lead.interest) if x) or None,
                    "record_type": "lead", "record_id": lead.id}
            changes.merge(unit.service("task").create_in(unit, task).changes)
            if lead.follow_up_on is None:
                changes.merge(unit.service("lead").update_in(unit, lead.id, {"follow_up_on": due}).changes)
        return changes


def _leads_to_follow(session: Session, fair_id: str) -> list[Lead]:
    has_task = exists().where(Task.record_type == "lead", Task.record_id == Lead.id, Task.deleted_at.is_(None))
    stmt = (select(Lead)
            .where(Lead.fair_id == fair_id, *live(Lead), ~has_task,
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
    rating = lead.rating.value if lead.rating else formats.no_value(lang)
    fair_name = formats.aside_suffix(formats.name(fair.name, None, lang, fair.name_ja))  # （アヌーガ 2026） / (Anuga 2026)
    return messages.render("fair.followup_title", lang, rating=rating, who=who, fair=fair_name)[:300]


# ---------------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class Tally:
    """A count of leads under one key (a country code, a rating, an organization id); key None = not given.
    ``label_en``, ``label_ja``: an organization's English and Japanese names, where it has them."""

    key: str | None
    label: str
    count: int
    label_en: str | None = None
    label_ja: str | None = None


@dataclass(frozen=True)
class ParticipationResult:
    participation_id: str
    organization_id: str
    organization_name: str
    organization_name_en: str | None
    organization_name_ja: str | None
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
    fair_name_ja: str | None = None

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


RESULT_NUMBERS = ("negotiations", "deals", "expected_sales_jpy", "actual_sales_jpy", "cost_jpy", "subsidy_jpy")


def _live_leads(fair_id: str):
    return (Lead.fair_id == fair_id, *live(Lead))


def fair_results(store: Store, fair_id: str) -> FairResults:
    """Leads by country, rating and company of interest; each participation's results and the totals."""
    fair = fair_info(store, fair_id)
    with store.reading() as session:
        by_country = _by_country(session, fair.id)
        participations = _participations(session, fair.id)
        leads = sum(t.count for t in by_country)
        totals = ResultTotals(leads, *(sum(getattr(p, n) or 0 for p in participations) for n in RESULT_NUMBERS))
        return FairResults(fair.id, fair.name, leads, by_country, _by_rating(session, fair.id),
                           _by_interest(session, fair.id), participations, totals, fair.name_ja)


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
    stmt = (select(Lead.interest_organization_id, Organization.name, Organization.name_en, Organization.name_ja,
                   func.count(Lead.id))
            .select_from(Lead).outerjoin(Organization, Organization.id == Lead.interest_organization_id)
            .where(*_live_leads(fair_id))
            .group_by(Lead.interest_organization_id, Organization.name, Organization.name_en, Organization.name_ja)
            .order_by(func.count(Lead.id).desc(), Organization.name))
    return [Tally(org_id, name or "", n, name_en, name_ja)
            for org_id, name, name_en, name_ja, n in session.execute(stmt)]


def _participations(session: Session, fair_id: str) -> list[ParticipationResult]:
    interested = (select(func.count(Lead.id))
                  .where(*_live_leads(fair_id), Lead.interest_organization_id == Participation.organization_id)
                  .scalar_subquery())
    stmt = (select(Participation, Organization.name, Organization.name_en, Organization.name_ja, interested)
            .join(Organization, Organization.id == Participation.organization_id)
            .where(Participation.fair_id == fair_id, Participation.deleted_at.is_(None))
            .order_by(Organization.sort_key, Participation.id))
    return [ParticipationResult(p.id, p.organization_id, name, name_en, name_ja, p.booth, leads or 0,
                                *(getattr(p, n) for n in RESULT_NUMBERS))
            for p, name, name_en, name_ja, leads in session.execute(stmt)]
