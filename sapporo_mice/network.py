"""The city's network abroad (plan pillar 6), reached as ``crm.network``: what spans its record types.

- **Anniversaries**: a relationship's round-number years — 10, 20, 25, 30, 40, 50, 60, 70, 75, 80 … (every
  tenth year, and the quarter centuries 25, 75, 125 …) — counted from a partner city's ``since_year`` (its
  date from ``since_on`` when the day is known) and from the year Sapporo joined a network. An anniversary
  takes years of preparation (delegations, commemorative events), so Home looks five years ahead.
- **Counts by fiscal year** (:mod:`sapporo_mice.fiscal`, April–March):
  - :meth:`Network.exchanges_by_fiscal_year` — city-to-city exchanges per partner city: the live exchanges
    linked to a partner city whose first day (``starts_on``, a date in Japan) falls in the year, of any kind.
    Every sister, friendship and partnership city is listed, with 0 when it had none; a city that is only a
    fellow network member is listed when it had some. The ids behind each count come with it.
  - :meth:`Network.cooperation_projects` — international cooperation projects (with JICA and others): the
    live exchanges of kind technical cooperation or training participants that run during the year (from
    ``starts_on`` to ``ends_on``, or that one day), so a three-year project counts in each of its years.
  - :meth:`Network.networks_joined` — the networks Sapporo belongs to at the end of the year.
- **A city's links across areas** (:meth:`Network.links`), by its country: companies targeting it (export
  support's target markets), leads from there and overseas buyers based there, bids whose association is
  based there, and students from there.
- **Key persons** (:meth:`Network.key_persons`, :meth:`Network.key_person_history`): the contacts who came
  as guests in a visit or took part on the partner's side of an exchange, with every visit, exchange and
  activity logged with them over the years.
- **A visit's brief** (:meth:`Network.visit_brief_data`): everything a printed brief needs, as plain data.

Everything here returns plain dataclasses (``as_json()`` for the CLI); writes go through the record services.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from sapporo_mice import fiscal, messages
from sapporo_mice.changes import Changes
from sapporo_mice.identity import live
from sapporo_mice.lists.columns import task_work_order
from sapporo_mice.models import (
    Activity,
    Bid,
    CityNetwork,
    Contact,
    ContactEmail,
    Exchange,
    ExchangeKind,
    Fair,
    Gift,
    GiftDirection,
    Lead,
    MeetingSeries,
    NetworkMembership,
    Organization,
    OrgKind,
    Participant,
    ParticipantSide,
    PartnerCity,
    ProgrammeItem,
    RelationshipKind,
    Student,
    TargetMarket,
    Task,
    Visit,
    VisitStatus,
)
from sapporo_mice.services.network import SAPPORO_TZ, participants_of

if TYPE_CHECKING:
    from sapporo_mice.database import Database
    from sapporo_mice.store import Store

messages.register({
    "network.followup_thanks": {"en": "Send thank-you letters: {visit}", "ja": "お礼状の送付: {visit}"},
    "network.followup_report": {"en": "Share the visit report and photos: {visit}",
                                "ja": "訪問記録・写真の共有: {visit}"},
    "network.followup_gifts": {"en": "Register the gifts received as city property: {visit}",
                               "ja": "受贈品の登録（市の財産として）: {visit}"},
})

COOPERATION_KINDS = (ExchangeKind.TECHNICAL_COOPERATION, ExchangeKind.TRAINING_PARTICIPANTS)
ANNIVERSARY_YEARS_AHEAD = 5
UPCOMING_VISIT_DAYS = 60


def _plain(value: Any) -> Any:
    return value.value if hasattr(value, "value") else value


def _as_json(value: Any) -> Any:
    """A dataclass as JSON-ready data: dates as ISO text."""
    if isinstance(value, dict):
        return {k: _as_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_as_json(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return _plain(value)


class _Json:
    def as_json(self) -> dict[str, Any]:
        return _as_json(asdict(self))


# ------------------------------------------------------------------------------------------ anniversaries
def is_round(years: int) -> bool:
    """10, 20, 25, 30, 40, 50, 60, 70, 75, 80 …: every tenth year and every quarter century."""
    return years >= 10 and (years % 10 == 0 or years % 25 == 0)


def anniversary_date(since_on: dt.date, year: int) -> dt.date:
    """The day of the relationship in ``year`` (29 February falls on the 28th in other years)."""
    try:
        return since_on.replace(year=year)
    except ValueError:
        return dt.date(year, 2, 28)


@dataclass(frozen=True)
class Anniversary(_Json):
    """A round-number year of one relationship: a partner city's, or Sapporo's membership of a network."""

    record_type: str  # partner_city | city_network
    record_id: str
    name: str
    name_en: str | None
    country: str | None
    relationship: str  # a RelationshipKind value, or "network" for Sapporo's membership
    nth: int
    year: int
    on: dt.date | None  # None when only the year is known
    since_year: int
    since_on: dt.date | None

    @property
    def sort_date(self) -> dt.date:
        return self.on or dt.date(self.year, 12, 31)


def round_anniversaries(since_year: int, since_on: dt.date | None, start: dt.date,
                        end: dt.date) -> list[tuple[int, int, dt.date | None]]:
    """(nth, year, day) of the round anniversaries from ``start`` to ``end``; a year-only one counts in its year."""
    found = []
    for year in range(max(start.year, since_year + 10), end.year + 1):
        nth = year - since_year
        if not is_round(nth):
            continue
        day = anniversary_date(since_on, year) if since_on else None
        if day is None or start <= day <= end:
            found.append((nth, year, day))
    return found


def _city_anniversaries(session: Session, start: dt.date, end: dt.date) -> list[Anniversary]:
    stmt = select(PartnerCity).where(*live(PartnerCity), PartnerCity.since_year.is_not(None),
                                     PartnerCity.relationship != RelationshipKind.NETWORK_MEMBER)
    return [Anniversary("partner_city", c.id, c.name, c.name_en, c.country, c.relationship.value, nth, year, day,
                        c.since_year, c.since_on)
            for c in session.scalars(stmt)
            for nth, year, day in round_anniversaries(c.since_year, c.since_on, start, end)]


def _network_anniversaries(session: Session, start: dt.date, end: dt.date) -> list[Anniversary]:
    stmt = select(CityNetwork).where(*live(CityNetwork), CityNetwork.sapporo_role.is_not(None),
                                     CityNetwork.sapporo_since_year.is_not(None))
    return [Anniversary("city_network", n.id, n.name, n.name_en, None, "network", nth, year, day,
                        n.sapporo_since_year, n.sapporo_since_on)
            for n in session.scalars(stmt)
            for nth, year, day in round_anniversaries(n.sapporo_since_year, n.sapporo_since_on, start, end)]


def anniversaries_between(session: Session, start: dt.date, end: dt.date) -> list[Anniversary]:
    found = _city_anniversaries(session, start, end) + _network_anniversaries(session, start, end)
    return sorted(found, key=lambda a: (a.sort_date, a.name))


def next_round(since_year: int | None, since_on: dt.date | None, today: dt.date) -> tuple[int, int, dt.date | None] | None:
    """The relationship's next round anniversary from ``today`` on (this year's when only the year is known)."""
    if since_year is None:
        return None
    found = round_anniversaries(since_year, since_on, today, dt.date(today.year + 30, 12, 31))
    return found[0] if found else None


# ------------------------------------------------------------------------------------------ plain rows
@dataclass(frozen=True)
class CitySummary(_Json):
    id: str
    name: str
    name_en: str | None
    name_local: str | None
    country: str
    relationship: str
    since_year: int | None
    since_on: dt.date | None
    years: int | None  # how long the relationship has lasted, today
    next_anniversary: dict[str, Any] | None  # {"nth", "year", "on"}
    counterpart_name: str | None
    counterpart_name_en: str | None  # the counterpart office's English name, if it has one
    counterpart_name_ja: str | None  # and its Japanese name (each language's screens name it by its own)
    languages: list[str]
    networks: list[str]
    demo: bool


@dataclass(frozen=True)
class MemberCity(_Json):
    membership_id: str
    partner_city_id: str
    name: str
    name_en: str | None
    country: str
    role: str
    founding: bool
    since_year: int | None
    designation: str | None


@dataclass(frozen=True)
class NetworkSummary(_Json):
    id: str
    name: str
    name_en: str | None
    acronym: str | None
    kind: str
    secretariat: str | None
    sapporo_role: str | None
    sapporo_founding: bool
    sapporo_since_year: int | None
    sapporo_designation: str | None
    members: list[MemberCity]
    demo: bool


@dataclass(frozen=True)
class ExchangeRow(_Json):
    id: str
    title: str
    kind: str
    partner_city_id: str | None
    partner_city_name: str | None
    partner_city_name_en: str | None
    network_name: str | None
    network_name_en: str | None
    partner_org_name: str | None
    partner_org_name_en: str | None
    partner_org_name_ja: str | None
    starts_on: dt.date
    ends_on: dt.date | None
    fiscal_year: int
    sapporo_participants: int | None
    partner_participants: int | None
    outcome: str | None


@dataclass(frozen=True)
class ExchangeCount(_Json):
    """City-to-city exchanges with one partner city in one fiscal year, and the records behind the count."""

    partner_city_id: str
    name: str
    name_en: str | None
    country: str
    relationship: str
    count: int
    exchange_ids: list[str]


@dataclass(frozen=True)
class CooperationProjects(_Json):
    """International cooperation projects running in one fiscal year, and the records behind the count."""

    fiscal_year: int
    count: int
    projects: list[ExchangeRow]


@dataclass(frozen=True)
class NetworksJoined(_Json):
    fiscal_year: int
    count: int
    networks: list[dict[str, Any]]


@dataclass(frozen=True)
class VisitRow(_Json):
    id: str
    title: str
    partner_city_id: str | None
    city_name: str | None  # the partner city's, or the place typed on a visit from elsewhere
    city_name_en: str | None  # the partner city's English name, if it has one
    organization_name: str | None
    organization_name_en: str | None
    organization_name_ja: str | None
    arrives_on: dt.date
    departs_on: dt.date | None
    status: str


@dataclass(frozen=True)
class HomeItems(_Json):
    anniversaries: list[Anniversary]
    visits: list[VisitRow]


# ------------------------------------------------------------------------------------------ links across areas
@dataclass(frozen=True)
class LinkRow(_Json):
    """One record of another area tied to a country. ``kind`` is an enum value of ``kind_enum`` (a stage,
    a status, a degree) for the UI to label; ``detail`` is data (a company or fair name); ``number`` a count
    or a year the section explains."""

    record_type: str
    id: str
    title: str
    detail: str | None = None
    kind: str | None = None
    kind_enum: str | None = None
    on: dt.date | None = None
    number: int | None = None


@dataclass(frozen=True)
class LinkSection(_Json):
    total: int
    rows: list[LinkRow]


@dataclass(frozen=True)
class CountryLinks(_Json):
    country: str
    companies: LinkSection  # local companies targeting the country (export support)
    leads: LinkSection  # leads from people or companies there (fair leads among them)
    buyers: LinkSection  # overseas buyers based there
    bids: LinkSection  # bids whose meeting series' association is based there
    students: LinkSection  # international students from there


def _section(session: Session, stmt: Any, limit: int, make: Any) -> LinkSection:
    total = session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
    return LinkSection(total, [make(row) for row in session.execute(stmt.limit(limit))])


def country_links(session: Session, country: str, limit: int = 50) -> CountryLinks:
    return CountryLinks(country, _companies(session, country, limit), _leads(session, country, limit),
                        _buyers(session, country, limit), _bids(session, country, limit),
                        _students(session, country, limit))


def _companies(session: Session, country: str, limit: int) -> LinkSection:
    stmt = (select(Organization.id, Organization.name, TargetMarket.status, TargetMarket.priority)
            .join(TargetMarket, TargetMarket.organization_id == Organization.id)
            .where(TargetMarket.country == country, *live(TargetMarket), *live(Organization))
            .order_by(TargetMarket.priority, Organization.sort_key, Organization.id))
    return _section(session, stmt, limit, lambda r: LinkRow("organization", r.id, r.name, None, _plain(r.status),
                                                             "MarketStatus", None, r.priority))


def _leads(session: Session, country: str, limit: int) -> LinkSection:
    org = aliased(Organization)
    where = func.coalesce(Contact.country, org.country) == country
    stmt = (select(Lead.id, Lead.title, Lead.status, Lead.captured_at, Lead.created_at, Fair.name.label("fair"))
            .select_from(Lead)
            .outerjoin(Contact, Contact.id == Lead.contact_id).outerjoin(org, org.id == Lead.organization_id)
            .outerjoin(Fair, Fair.id == Lead.fair_id)
            .where(where, *live(Lead)).order_by(func.coalesce(Lead.captured_at, Lead.created_at).desc(), Lead.id))

    def row(r: Any) -> LinkRow:
        moment = r.captured_at or r.created_at
        return LinkRow("lead", r.id, r.title, r.fair, _plain(r.status), "LeadStatus",
                       moment.astimezone(SAPPORO_TZ).date() if moment else None)

    return _section(session, stmt, limit, row)


def _buyers(session: Session, country: str, limit: int) -> LinkSection:
    stmt = (select(Organization.id, Organization.name, Organization.industry)
            .where(Organization.country == country, Organization.kind == OrgKind.OVERSEAS_BUYER, *live(Organization))
            .order_by(Organization.sort_key, Organization.id))
    return _section(session, stmt, limit, lambda r: LinkRow("organization", r.id, r.name, r.industry))


def _bids(session: Session, country: str, limit: int) -> LinkSection:
    stmt = (select(Bid.id, Bid.name, Bid.stage, Bid.edition_year, Bid.bid_deadline, Organization.name.label("association"))
            .join(MeetingSeries, MeetingSeries.id == Bid.series_id)
            .join(Organization, Organization.id == MeetingSeries.association_id)
            .where(Organization.country == country, *live(Bid), *live(MeetingSeries), *live(Organization))
            .order_by(Bid.edition_year.desc(), Bid.name, Bid.id))
    return _section(session, stmt, limit, lambda r: LinkRow("bid", r.id, r.name, r.association, _plain(r.stage),
                                                             "BidStage", r.bid_deadline, r.edition_year))


def _students(session: Session, country: str, limit: int) -> LinkSection:
    stmt = (select(Student.id, Student.display_name, Student.degree, Student.graduation_year,
                   Organization.name.label("university"))
            .outerjoin(Organization, Organization.id == Student.university_id)
            .where(Student.nationality == country, *live(Student))
            .order_by(Student.sort_key, Student.id))
    return _section(session, stmt, limit, lambda r: LinkRow("student", r.id, r.display_name, r.university,
                                                             _plain(r.degree), "Degree", None, r.graduation_year))


# ------------------------------------------------------------------------------------------ key persons
@dataclass(frozen=True)
class KeyPerson(_Json):
    contact_id: str
    name: str
    title: str | None
    organization_name: str | None
    organization_name_en: str | None
    organization_name_ja: str | None
    country: str | None
    visits: int
    exchanges: int
    first_on: dt.date | None
    last_on: dt.date | None


@dataclass(frozen=True)
class TimelineEntry(_Json):
    """One meeting with a key person: a visit or an exchange they took part in, or an activity logged with them."""

    on: dt.date
    kind: str  # visit | exchange | activity
    record_type: str
    record_id: str
    title: str
    role: str | None = None
    city: str | None = None
    detail: str | None = None  # an exchange's kind, an activity's kind, a visit's status (enum values)


@dataclass(frozen=True)
class KeyPersonHistory(_Json):
    contact: dict[str, Any]
    entries: list[TimelineEntry]  # newest first

    @property
    def years(self) -> list[int]:
        return sorted({e.on.year for e in self.entries}, reverse=True)


_GUEST_SIDE = (ParticipantSide.GUEST,)


def key_persons(session: Session, limit: int = 1000) -> list[KeyPerson]:
    when = func.coalesce(Visit.arrives_on, Exchange.starts_on)
    stmt = (select(Participant.contact_id, func.count(func.distinct(Participant.visit_id)).label("visits"),
                   func.count(func.distinct(Participant.exchange_id)).label("exchanges"),
                   func.min(when).label("first_on"), func.max(when).label("last_on"))
            .outerjoin(Visit, and_(Visit.id == Participant.visit_id, *live(Visit)))
            .outerjoin(Exchange, and_(Exchange.id == Participant.exchange_id, *live(Exchange)))
            .where(Participant.contact_id.is_not(None), Participant.side.in_(_GUEST_SIDE), *live(Participant),
                   or_(Visit.id.is_not(None), Exchange.id.is_not(None)))
            .group_by(Participant.contact_id)).subquery()
    rows = session.execute(
        select(Contact.id, Contact.display_name, Contact.title, Contact.country, Organization.name.label("org"),
               Organization.name_en.label("org_en"), Organization.name_ja.label("org_ja"), stmt.c.visits,
               stmt.c.exchanges, stmt.c.first_on, stmt.c.last_on)
        .join(stmt, stmt.c.contact_id == Contact.id)
        .outerjoin(Organization, Organization.id == Contact.organization_id)
        .where(*live(Contact)).order_by(stmt.c.last_on.desc(), Contact.sort_key, Contact.id).limit(limit))
    return [KeyPerson(r.id, r.display_name, r.title, r.org, r.org_en, r.org_ja, r.country, r.visits, r.exchanges,
                      r.first_on, r.last_on) for r in rows]


def key_person_history(session: Session, contact_id: str) -> KeyPersonHistory:
    contact = session.get(Contact, contact_id)
    if contact is None:
        from sapporo_mice.errors import NotFoundError

        raise NotFoundError("contact", contact_id)
    org = session.get(Organization, contact.organization_id) if contact.organization_id else None
    email = session.scalar(select(ContactEmail.email).where(ContactEmail.contact_id == contact_id,
                                                            *live(ContactEmail))
                           .order_by(ContactEmail.is_primary.desc(), ContactEmail.created_at).limit(1))
    person = {"id": contact.id, "name": contact.display_name, "latin_name": contact.latin_name,
              "title": contact.title, "department": contact.department, "organization_name": org.name if org else None,
              "organization_name_en": org.name_en if org else None, "organization_name_ja": org.name_ja if org else None,
              "organization_id": contact.organization_id, "country": contact.country,
              "languages": contact.languages, "email": email}
    entries = _visits_of(session, contact_id) + _exchanges_of(session, contact_id) + _activities_of(session, contact_id)
    entries.sort(key=lambda e: (e.on, e.kind, e.title), reverse=True)
    return KeyPersonHistory(person, entries)


def _visits_of(session: Session, contact_id: str) -> list[TimelineEntry]:
    stmt = (select(Visit.id, Visit.title, Visit.arrives_on, Visit.status, Participant.role, PartnerCity.name.label("city"),
                   Visit.from_city)
            .join(Participant, Participant.visit_id == Visit.id)
            .outerjoin(PartnerCity, PartnerCity.id == Visit.partner_city_id)
            .where(Participant.contact_id == contact_id, *live(Participant), *live(Visit)))
    return [TimelineEntry(r.arrives_on, "visit", "visit", r.id, r.title, r.role, r.city or r.from_city, _plain(r.status))
            for r in session.execute(stmt)]


def _exchanges_of(session: Session, contact_id: str) -> list[TimelineEntry]:
    stmt = (select(Exchange.id, Exchange.title, Exchange.starts_on, Exchange.kind, Participant.role,
                   PartnerCity.name.label("city"))
            .join(Participant, Participant.exchange_id == Exchange.id)
            .outerjoin(PartnerCity, PartnerCity.id == Exchange.partner_city_id)
            .where(Participant.contact_id == contact_id, *live(Participant), *live(Exchange)))
    return [TimelineEntry(r.starts_on, "exchange", "exchange", r.id, r.title, r.role, r.city, _plain(r.kind))
            for r in session.execute(stmt)]


def _activities_of(session: Session, contact_id: str) -> list[TimelineEntry]:
    stmt = select(Activity).where(Activity.record_type == "contact", Activity.record_id == contact_id, *live(Activity))
    return [TimelineEntry(a.occurred_at.astimezone(SAPPORO_TZ).date(), "activity", "activity", a.id, a.subject,
                          None, None, _plain(a.kind))
            for a in session.scalars(stmt)]


# ------------------------------------------------------------------------------------------ the visit brief
@dataclass(frozen=True)
class VisitBrief(_Json):
    """Everything a visit's brief shows, as plain data. Programme times are in Sapporo's time (``timezone``)."""

    visit: dict[str, Any]
    city: dict[str, Any] | None
    organization: dict[str, Any] | None
    exchange: dict[str, Any] | None
    visitors: list[dict[str, Any]]
    hosts: list[dict[str, Any]]
    interpreters: list[dict[str, Any]]
    programme: list[dict[str, Any]]
    gifts_given: list[dict[str, Any]]
    gifts_received: list[dict[str, Any]]
    history: list[dict[str, Any]]  # earlier exchanges and visits with the same city, newest first
    follow_ups: list[dict[str, Any]]
    timezone: str = "Asia/Tokyo"


def visit_brief(session: Session, visit_id: str, history_limit: int = 10) -> VisitBrief:
    visit = session.get(Visit, visit_id)
    if visit is None or visit.deleted_at is not None:
        from sapporo_mice.errors import NotFoundError

        raise NotFoundError("visit", visit_id)
    city = session.get(PartnerCity, visit.partner_city_id) if visit.partner_city_id else None
    org = session.get(Organization, visit.organization_id) if visit.organization_id else None
    exchange = session.get(Exchange, visit.exchange_id) if visit.exchange_id else None
    people = participants_of(session, visit_id=visit.id)
    gifts = list(session.scalars(select(Gift).where(Gift.visit_id == visit.id, *live(Gift))
                                 .order_by(Gift.created_at, Gift.id)))
    return VisitBrief(
        visit=_visit_values(visit), city=_city_values(session, city, visit.arrives_on) if city else None,
        organization=_org_values(org) if org else None,
        exchange=_exchange_values(exchange) if exchange else None,
        visitors=[_person(session, p, visit) for p in people if p.side == ParticipantSide.GUEST],
        hosts=[_person(session, p, visit) for p in people if p.side == ParticipantSide.HOST],
        interpreters=[_person(session, p, visit) for p in people if p.side == ParticipantSide.INTERPRETER],
        programme=_programme(session, visit.id),
        gifts_given=[_gift(g) for g in gifts if g.direction == GiftDirection.GIVEN],
        gifts_received=[_gift(g) for g in gifts if g.direction == GiftDirection.RECEIVED],
        history=_city_history(session, visit, history_limit),
        follow_ups=_follow_ups(session, visit.id),
    )


def _visit_values(v: Visit) -> dict[str, Any]:
    return {"id": v.id, "title": v.title, "status": v.status.value, "arrives_on": v.arrives_on,
            "departs_on": v.departs_on, "from_city": v.from_city, "country": v.country, "purpose": v.purpose,
            "protocol_notes": v.protocol_notes, "notes": v.notes, "owner": v.owner, "pillars": v.pillars}


def _city_values(session: Session, c: PartnerCity, on: dt.date) -> dict[str, Any]:
    counterpart = session.get(Organization, c.counterpart_org_id) if c.counterpart_org_id else None
    upcoming = next_round(c.since_year, c.since_on, on)
    return {"id": c.id, "name": c.name, "name_en": c.name_en, "name_local": c.name_local, "region": c.region,
            "country": c.country, "relationship": c.relationship.value, "since_year": c.since_year,
            "since_on": c.since_on, "years": on.year - c.since_year if c.since_year else None,
            "next_anniversary": {"nth": upcoming[0], "year": upcoming[1], "on": upcoming[2]} if upcoming else None,
            "languages": [x for x in (c.languages or "").split(",") if x], "timezone": c.timezone,
            "counterpart_name": counterpart.name if counterpart else None,
            "counterpart_name_en": counterpart.name_en if counterpart else None,
            "counterpart_name_ja": counterpart.name_ja if counterpart else None, "website": c.website}


def _org_values(o: Organization) -> dict[str, Any]:
    return {"id": o.id, "name": o.name, "name_ja": o.name_ja, "name_en": o.name_en, "country": o.country,
            "website": o.website, "address": o.address}


def _exchange_values(e: Exchange) -> dict[str, Any]:
    return {"id": e.id, "title": e.title, "kind": e.kind.value, "starts_on": e.starts_on, "ends_on": e.ends_on,
            "sapporo_participants": e.sapporo_participants, "partner_participants": e.partner_participants,
            "outcome": e.outcome}


def _person(session: Session, p: Participant, visit: Visit) -> dict[str, Any]:
    contact = session.get(Contact, p.contact_id) if p.contact_id else None
    org = session.get(Organization, contact.organization_id) if contact and contact.organization_id else None
    earlier = 0
    if contact is not None:
        earlier = session.scalar(
            select(func.count(func.distinct(Visit.id))).join(Participant, Participant.visit_id == Visit.id)
            .where(Participant.contact_id == contact.id, *live(Participant), *live(Visit),
                   Visit.arrives_on < visit.arrives_on)) or 0
    return {"name": p.name, "role": p.role, "side": p.side.value, "contact_id": p.contact_id,
            "latin_name": contact.latin_name if contact else None, "title": contact.title if contact else None,
            "organization": org.name if org else None, "organization_en": org.name_en if org else None,
            "organization_ja": org.name_ja if org else None,
            "country": contact.country if contact else None,
            "languages": contact.languages if contact else None, "earlier_visits": earlier, "notes": p.notes}


def _programme(session: Session, visit_id: str) -> list[dict[str, Any]]:
    stmt = (select(ProgrammeItem).where(ProgrammeItem.visit_id == visit_id, *live(ProgrammeItem))
            .order_by(ProgrammeItem.starts_at, ProgrammeItem.id))
    return [{"id": i.id, "starts_at": i.starts_at.astimezone(SAPPORO_TZ),
             "ends_at": i.ends_at.astimezone(SAPPORO_TZ) if i.ends_at else None, "activity": i.activity,
             "place": i.place, "attendees": i.attendees, "notes": i.notes} for i in session.scalars(stmt)]


def _gift(g: Gift) -> dict[str, Any]:
    return {"item": g.item, "giver": g.giver, "recipient": g.recipient, "value_jpy": g.value_jpy, "notes": g.notes}


def _city_history(session: Session, visit: Visit, limit: int) -> list[dict[str, Any]]:
    if not visit.partner_city_id:
        return []
    exchanges = session.scalars(select(Exchange).where(Exchange.partner_city_id == visit.partner_city_id,
                                                       Exchange.starts_on <= visit.arrives_on, *live(Exchange))
                                .order_by(Exchange.starts_on.desc()).limit(limit))
    visits = session.scalars(select(Visit).where(Visit.partner_city_id == visit.partner_city_id, Visit.id != visit.id,
                                                 Visit.arrives_on <= visit.arrives_on, *live(Visit))
                             .order_by(Visit.arrives_on.desc()).limit(limit))
    rows = [{"type": "exchange", "id": e.id, "title": e.title, "kind": e.kind.value, "starts_on": e.starts_on,
             "ends_on": e.ends_on, "outcome": e.outcome} for e in exchanges if e.id != visit.exchange_id]
    rows += [{"type": "visit", "id": v.id, "title": v.title, "kind": v.status.value, "starts_on": v.arrives_on,
              "ends_on": v.departs_on, "outcome": None} for v in visits]
    return sorted(rows, key=lambda r: r["starts_on"], reverse=True)[:limit]


def _follow_ups(session: Session, visit_id: str) -> list[dict[str, Any]]:
    stmt = (select(Task).where(Task.record_type == "visit", Task.record_id == visit_id, *live(Task))
            .order_by(*task_work_order()))
    return [{"id": t.id, "title": t.title, "due_on": t.due_on, "done": t.done, "assignee": t.assignee}
            for t in session.scalars(stmt)]


# ------------------------------------------------------------------------------------------ Home
def _upcoming_visits(session: Session, today: dt.date, days: int) -> list[VisitRow]:
    last = func.coalesce(Visit.departs_on, Visit.arrives_on)
    stmt = (select(Visit, PartnerCity.name.label("city"), PartnerCity.name_en.label("city_en"),
                   Organization.name.label("org"), Organization.name_en.label("org_en"),
                   Organization.name_ja.label("org_ja"))
            .outerjoin(PartnerCity, PartnerCity.id == Visit.partner_city_id)
            .outerjoin(Organization, Organization.id == Visit.organization_id)
            .where(*live(Visit), Visit.status != VisitStatus.CANCELLED, last >= today,
                   Visit.arrives_on <= today + dt.timedelta(days=days))
            .order_by(Visit.arrives_on, Visit.id))
    return [VisitRow(v.id, v.title, v.partner_city_id, city or v.from_city, city_en if city else None, org, org_en,
                     org_ja, v.arrives_on, v.departs_on, v.status.value)
            for v, city, city_en, org, org_en, org_ja in session.execute(stmt)]


# ------------------------------------------------------------------------------------------ crm.network
class Network:
    """``crm.network``: the network abroad across its record types (see the module docstring)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @property
    def _db(self) -> Database:
        return self._store.db

    # ---------------------------------------------------------------- cities and networks
    def partner_cities(self, *, today: dt.date | None = None, country: str | None = None) -> list[CitySummary]:
        """Every live partner city (of ``country`` only, if given), by reading, with its next round anniversary."""
        today = today or today_in_sapporo()
        with self._db.reading() as session:
            networks = self._networks_by_city(session)
            counterpart = aliased(Organization)
            stmt = (select(PartnerCity, counterpart.name, counterpart.name_en, counterpart.name_ja).outerjoin(counterpart, counterpart.id == PartnerCity.counterpart_org_id)
                    .where(*live(PartnerCity)).order_by(PartnerCity.sort_key, PartnerCity.id))
            if country:
                stmt = stmt.where(PartnerCity.country == country.upper())
            return [self._summary(c, (name, name_en, name_ja), networks.get(c.id, []), today)
                    for c, name, name_en, name_ja in session.execute(stmt)]

    def partner_cities_in(self, country: str) -> list[CitySummary]:
        """The partner cities in one country (for export support's country market view)."""
        return self.partner_cities(country=country)

    @staticmethod
    def _networks_by_city(session: Session) -> dict[str, list[str]]:
        stmt = (select(NetworkMembership.partner_city_id, CityNetwork.name)
                .join(CityNetwork, CityNetwork.id == NetworkMembership.network_id)
                .where(*live(NetworkMembership), *live(CityNetwork)).order_by(CityNetwork.sort_key))
        found: dict[str, list[str]] = defaultdict(list)
        for city_id, name in session.execute(stmt):
            found[city_id].append(name)
        return found

    @staticmethod
    def _summary(c: PartnerCity, counterpart: tuple[str | None, str | None, str | None], networks: list[str],
                 today: dt.date) -> CitySummary:
        """``counterpart``: the counterpart office's name, English name and Japanese name."""
        upcoming = next_round(c.since_year, c.since_on, today)
        years = None
        if c.since_year is not None:
            start = c.since_on or dt.date(c.since_year, 1, 1)
            years = today.year - start.year - ((today.month, today.day) < (start.month, start.day))
        return CitySummary(c.id, c.name, c.name_en, c.name_local, c.country, c.relationship.value, c.since_year,
                           c.since_on, years,
                           {"nth": upcoming[0], "year": upcoming[1], "on": upcoming[2]} if upcoming else None,
                           *counterpart, [x for x in (c.languages or "").split(",") if x], networks,
                           ",デモ," in (c.tags or ""))

    def networks(self) -> list[NetworkSummary]:
        """Every live network with its member cities; those Sapporo belongs to first."""
        with self._db.reading() as session:
            members: dict[str, list[MemberCity]] = defaultdict(list)
            stmt = (select(NetworkMembership, PartnerCity).join(PartnerCity, PartnerCity.id == NetworkMembership.partner_city_id)
                    .where(*live(NetworkMembership), *live(PartnerCity))
                    .order_by(NetworkMembership.since_year, PartnerCity.sort_key))
            for m, c in session.execute(stmt):
                members[m.network_id].append(MemberCity(m.id, c.id, c.name, c.name_en, c.country, m.role.value,
                                                        m.founding, m.since_year, m.designation))
            stmt = select(CityNetwork).where(*live(CityNetwork)).order_by(
                CityNetwork.sapporo_role.is_(None), CityNetwork.sort_key, CityNetwork.id)
            return [NetworkSummary(n.id, n.name, n.name_en, n.acronym, n.kind.value, n.secretariat,
                                   _plain(n.sapporo_role), n.sapporo_founding, n.sapporo_since_year,
                                   n.sapporo_designation, members.get(n.id, []), ",デモ," in (n.tags or ""))
                    for n in session.scalars(stmt)]

    def links(self, partner_city_id: str, *, limit: int = 50) -> CountryLinks:
        """Records of other areas tied to the city's country (see the module docstring)."""
        with self._db.reading() as session:
            city = session.get(PartnerCity, partner_city_id)
            if city is None:
                from sapporo_mice.errors import NotFoundError

                raise NotFoundError("partner_city", partner_city_id)
            return country_links(session, city.country, limit)

    def country_links(self, country: str, *, limit: int = 50) -> CountryLinks:
        with self._db.reading() as session:
            return country_links(session, country.upper(), limit)

    def counterpart_contacts(self, partner_city_id: str) -> list[dict[str, Any]]:
        """The contacts of the city's counterpart office (its international relations office …)."""
        with self._db.reading() as session:
            city = session.get(PartnerCity, partner_city_id)
            if city is None or not city.counterpart_org_id:
                return []
            email = (select(ContactEmail.email).where(ContactEmail.contact_id == Contact.id, *live(ContactEmail))
                     .order_by(ContactEmail.is_primary.desc(), ContactEmail.created_at).limit(1).scalar_subquery())
            stmt = (select(Contact.id, Contact.display_name, Contact.title, Contact.department, Contact.languages,
                           email.label("email"))
                    .where(Contact.organization_id == city.counterpart_org_id, *live(Contact))
                    .order_by(Contact.sort_key, Contact.id))
            return [dict(r._mapping) for r in session.execute(stmt)]

    # ---------------------------------------------------------------- anniversaries and visits
    def anniversaries(self, *, today: dt.date | None = None,
                      years_ahead: int = ANNIVERSARY_YEARS_AHEAD) -> list[Anniversary]:
        """Every relationship's round anniversaries from ``today`` to the end of ``years_ahead`` years on."""
        today = today or today_in_sapporo()
        with self._db.reading() as session:
            return anniversaries_between(session, today, dt.date(today.year + years_ahead, 12, 31))

    def upcoming_visits(self, *, today: dt.date | None = None, days: int = UPCOMING_VISIT_DAYS) -> list[VisitRow]:
        """Visits under way or arriving in the next ``days`` days (not cancelled), soonest first."""
        with self._db.reading() as session:
            return _upcoming_visits(session, today or today_in_sapporo(), days)

    def home(self, *, today: dt.date | None = None, limit: int = 10) -> HomeItems:
        """What Home shows of the network: the next round anniversaries and the visits ahead, in one read."""
        today = today or today_in_sapporo()
        until = dt.date(today.year + ANNIVERSARY_YEARS_AHEAD, 12, 31)
        with self._db.reading() as session:
            return HomeItems(anniversaries_between(session, today, until)[:limit],
                             _upcoming_visits(session, today, UPCOMING_VISIT_DAYS)[:limit])

    # ---------------------------------------------------------------- counts by fiscal year (for the KPI)
    def exchanges(self, fiscal_year: int | None = None) -> list[ExchangeRow]:
        """Live exchanges (starting in ``fiscal_year``, if given), by start date."""
        stmt = self._exchange_rows()
        if fiscal_year is not None:
            stmt = stmt.where(Exchange.starts_on.between(fiscal.first_day(fiscal_year), fiscal.last_day(fiscal_year)))
        with self._db.reading() as session:
            return [self._exchange_row(*r) for r in session.execute(stmt.order_by(Exchange.starts_on, Exchange.id))]

    @staticmethod
    def _exchange_rows() -> Any:
        return (select(Exchange, PartnerCity.name, PartnerCity.name_en, CityNetwork.name, CityNetwork.name_en,
                       Organization.name, Organization.name_en, Organization.name_ja)
                .outerjoin(PartnerCity, PartnerCity.id == Exchange.partner_city_id)
                .outerjoin(CityNetwork, CityNetwork.id == Exchange.network_id)
                .outerjoin(Organization, Organization.id == Exchange.partner_org_id).where(*live(Exchange)))

    @staticmethod
    def _exchange_row(e: Exchange, city: str | None, city_en: str | None, network: str | None, network_en: str | None,
                      org: str | None, org_en: str | None, org_ja: str | None) -> ExchangeRow:
        return ExchangeRow(e.id, e.title, e.kind.value, e.partner_city_id, city, city_en, network, network_en, org, org_en,
                           org_ja,
                           e.starts_on, e.ends_on, fiscal.of(e.starts_on), e.sapporo_participants,
                           e.partner_participants, e.outcome)

    def exchanges_by_fiscal_year(self, fiscal_year: int) -> list[ExchangeCount]:
        """City-to-city exchanges per partner city in ``fiscal_year`` (KPI "exchanges by partner city").

        Counted: live exchanges linked to a live partner city whose ``starts_on`` falls in the year. Listed:
        every sister, friendship and partnership city (0 when none), and network-member cities with some;
        most exchanges first, then by reading. ``exchange_ids`` are the records behind each count."""
        first, last = fiscal.first_day(fiscal_year), fiscal.last_day(fiscal_year)
        with self._db.reading() as session:
            ids: dict[str, list[str]] = defaultdict(list)
            stmt = (select(Exchange.partner_city_id, Exchange.id)
                    .where(*live(Exchange), Exchange.partner_city_id.is_not(None), Exchange.starts_on.between(first, last))
                    .order_by(Exchange.starts_on, Exchange.id))
            for city_id, exchange_id in session.execute(stmt):
                ids[city_id].append(exchange_id)
            cities = session.scalars(select(PartnerCity).where(*live(PartnerCity))
                                     .order_by(PartnerCity.sort_key, PartnerCity.id))
            counts = [ExchangeCount(c.id, c.name, c.name_en, c.country, c.relationship.value, len(ids[c.id]), ids[c.id])
                      for c in cities if ids.get(c.id) or c.relationship != RelationshipKind.NETWORK_MEMBER]
        return sorted(counts, key=lambda c: -c.count)  # stable: equal counts stay in reading order

    def cooperation_projects(self, fiscal_year: int) -> CooperationProjects:
        """International cooperation projects running in ``fiscal_year`` (KPI "国際協力事業実施数"): live
        exchanges of kind technical cooperation or training participants whose period overlaps the year."""
        first, last = fiscal.first_day(fiscal_year), fiscal.last_day(fiscal_year)
        stmt = self._exchange_rows().where(Exchange.kind.in_(COOPERATION_KINDS), Exchange.starts_on <= last,
                                           func.coalesce(Exchange.ends_on, Exchange.starts_on) >= first)
        with self._db.reading() as session:
            rows = [self._exchange_row(*r) for r in session.execute(stmt.order_by(Exchange.starts_on, Exchange.id))]
        return CooperationProjects(fiscal_year, len(rows), rows)

    def networks_joined(self, fiscal_year: int) -> NetworksJoined:
        """The networks Sapporo belongs to at the end of ``fiscal_year`` (a membership with no year counts)."""
        last = fiscal.last_day(fiscal_year)
        stmt = (select(CityNetwork).where(*live(CityNetwork), CityNetwork.sapporo_role.is_not(None))
                .order_by(CityNetwork.sort_key, CityNetwork.id))
        with self._db.reading() as session:
            found = [n for n in session.scalars(stmt) if n.sapporo_since_year is None
                     or (n.sapporo_since_on or dt.date(n.sapporo_since_year, 1, 1)) <= last]
            return NetworksJoined(fiscal_year, len(found), [{"id": n.id, "name": n.name, "role": n.sapporo_role.value,
                                                             "since_year": n.sapporo_since_year} for n in found])

    def indicator_counts(self, fiscal_year: int) -> dict[str, int]:
        """The plan's indicators this area feeds, for one fiscal year (for [kpi]):

        - ``intl_cooperation_projects`` (P1 国際協力事業実施数): :meth:`cooperation_projects`' count;
        - ``city_exchanges`` (P6 海外諸都市との交流事業数): live exchanges starting in the year that are linked
          to a partner city or to a network (any kind);
        - ``networks_joined`` (P6 参加している国際的な都市ネットワーク数): :meth:`networks_joined`' count."""
        first, last = fiscal.first_day(fiscal_year), fiscal.last_day(fiscal_year)
        with self._db.reading() as session:
            exchanges = session.scalar(select(func.count()).select_from(Exchange).where(
                *live(Exchange), Exchange.starts_on.between(first, last),
                or_(Exchange.partner_city_id.is_not(None), Exchange.network_id.is_not(None)))) or 0
        return {"intl_cooperation_projects": self.cooperation_projects(fiscal_year).count,
                "city_exchanges": exchanges, "networks_joined": self.networks_joined(fiscal_year).count}

    # ---------------------------------------------------------------- people and visits
    def key_persons(self, *, limit: int = 1000) -> list[KeyPerson]:
        with self._db.reading() as session:
            return key_persons(session, limit)

    def key_person_history(self, contact_id: str) -> KeyPersonHistory:
        with self._db.reading() as session:
            return key_person_history(session, contact_id)

    def visit_brief_data(self, visit_id: str) -> VisitBrief:
        """Everything a visit brief needs, as plain data (for the packs: a pack is a function of this)."""
        with self._db.reading() as session:
            return visit_brief(session, visit_id)

    def participants(self, *, visit_id: str | None = None, exchange_id: str | None = None) -> list[dict[str, Any]]:
        """A visit's or an exchange's people (guests, hosts, interpreters), as the service gives them."""
        service = self._store.services["participant"]
        with self._db.reading() as session:
            from sapporo_mice.store import Reader

            reader = Reader(session)
            return [service.to_dict(reader, p) for p in participants_of(session, visit_id=visit_id, exchange_id=exchange_id)]

    def create_visit_followups(self, visit_id: str, *, actor: str, lang: str = "ja",
                               today: dt.date | None = None) -> Changes:
        """The usual follow-ups of a visit as tasks (thank-you letters, the report; the gifts received to
        register), each once: running it again adds only what is missing."""
        today = today or today_in_sapporo()
        with self._store.unit(actor) as unit:
            visit = unit.session.get(Visit, visit_id)
            if visit is None or visit.deleted_at is not None:
                from sapporo_mice.errors import NotFoundError

                raise NotFoundError("visit", visit_id)
            have = set(unit.session.scalars(select(Task.title).where(Task.record_type == "visit",
                                                                     Task.record_id == visit.id, *live(Task))))
            end = max(visit.departs_on or visit.arrives_on, today)
            wanted = [("network.followup_thanks", 7), ("network.followup_report", 14)]
            if unit.session.scalar(select(func.count()).select_from(Gift).where(
                    Gift.visit_id == visit.id, Gift.direction == GiftDirection.RECEIVED, *live(Gift))):
                wanted.append(("network.followup_gifts", 7))
            changes = Changes()
            for code, days in wanted:
                title = messages.render(code, lang, visit=visit.title)[:300]
                if title in have:
                    continue
                task = {"title": title, "due_on": end + dt.timedelta(days=days), "assignee": visit.owner or actor,
                        "record_type": "visit", "record_id": visit.id}
                changes.merge(unit.service("task").create_in(unit, task).changes)
            return changes


def today_in_sapporo() -> dt.date:
    return dt.datetime.now(SAPPORO_TZ).date()


# ------------------------------------------------------------------------------------------ other areas
def _partner_cities_for_market(session: Session, country: str) -> list[dict[str, Any]]:
    """Export support's market view of a country lists its partner cities (ids, names and English names)."""
    stmt = (select(PartnerCity.id, PartnerCity.name, PartnerCity.name_en)
            .where(*live(PartnerCity), PartnerCity.country == country).order_by(PartnerCity.sort_key, PartnerCity.id))
    return [{"id": city_id, "name": name, "name_en": name_en} for city_id, name, name_en in session.execute(stmt)]


def _register_with_export_support() -> None:
    from sapporo_mice import export_support

    if _partner_cities_for_market not in export_support.PARTNER_CITY_SOURCES:
        export_support.PARTNER_CITY_SOURCES.append(_partner_cities_for_market)


_register_with_export_support()
