"""Export support as staff run it: a company's whole case, the expansion-case count by fiscal year,
buyer suggestions and introductions, the companies that need attention, and one country's market.

The per-record rules (a need's answer, a consultation's next-step task …) live in the services
(:mod:`sapporo_mice.services.export_support`); this module works across records. Reached as
``crm.export``.

Rules:
- **Expansion cases count by fiscal year** (April–March, Japan time, :mod:`sapporo_mice.fiscal`) of their
  date: a case on 31 March 2027 counts in FY2026, one on 1 April 2027 in FY2027.
- **Buyer suggestions** (:mod:`sapporo_mice.export_support.matching`): overseas buyers and open fair leads
  scored on the company's target countries, the overlap of its products or sector with the buyer's
  interests, certifications the buyer asks for, the buyer's rating and how recent the contact is. A
  candidate that neither sits in a target country nor shares a product or sector is not suggested; a
  buyer already introduced to the company is left out.
- **An introduction** writes, in one transaction: an activity on the company, an activity on the buyer
  (or the fair lead), a "support given" record of kind introduction, and a follow-up task on the company
  for the staff member in charge (the profile's), due in :data:`FOLLOW_UP_DAYS` days.
- **Needs attention**: a company with an export profile that has an open need, or no contact (activity or
  consultation) in :data:`QUIET_DAYS` days, or a target market (not paused) with no consultation,
  introduction or expansion case concerning that country in :data:`MARKET_QUIET_DAYS` days.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from sqlalchemy import func, select

from sapporo_mice import fiscal, formats, messages
from sapporo_mice.changes import Changes
from sapporo_mice.errors import FieldProblem, ValidationError
from sapporo_mice.identity import live
from sapporo_mice.models import (
    Activity,
    ActivityKind,
    CompanyProfile,
    Consultation,
    Contact,
    ExpansionCase,
    Fair,
    Lead,
    MarketStatus,
    Organization,
    OrgKind,
    SupportGiven,
    SupportKind,
    SupportNeed,
    TargetMarket,
    Task,
    utcnow,
)
from sapporo_mice.export_support import matching

if TYPE_CHECKING:
    from sapporo_mice.store import Store

FOLLOW_UP_DAYS = 7
QUIET_DAYS = 90
MARKET_QUIET_DAYS = 180

messages.register({
    "export.introduction_subject": {
        "en": "Introduction: {company} ↔ {buyer}",
        "ja": "紹介: {company} ↔ {buyer}",
    },
    "export.introduction_body": {
        "en": "Introduced by the city's export support. Why: {reasons}",
        "ja": "札幌市の海外展開支援として紹介しました。理由: {reasons}",
    },
    "export.introduction_task": {
        "en": "Follow up the introduction to {buyer}",
        "ja": "{buyer} への紹介後のフォローアップ",
    },
    "export.not_a_company": {
        "en": "{field}: {value} is not a local company.",
        "ja": "{field}: {value} は市内企業ではありません。",
    },
    "export.no_buyer": {
        "en": "{field}: name the buyer or the fair lead to introduce.",
        "ja": "{field}: 紹介するバイヤーまたはリードを指定してください。",
    },
    "export.same_company": {
        "en": "{field}: a company cannot be introduced to itself.",
        "ja": "{field}: 同じ企業どうしは紹介できません。",
    },
})


def japan_today() -> dt.date:
    return dt.datetime.now(fiscal.JST).date()


# ------------------------------------------------------------------------------------------ results
@dataclass
class CompanyCase:
    """Everything of one company's export case (record dicts as the services give them)."""

    organization: dict[str, Any]
    profile: dict[str, Any] | None
    markets: list[dict[str, Any]]
    needs: list[dict[str, Any]]
    consultations: list[dict[str, Any]]
    support: list[dict[str, Any]]
    cases: list[dict[str, Any]]
    next_steps: dict[str, dict[str, Any]] = field(default_factory=dict)  # consultation id → its task
    names: dict[str, str] = field(default_factory=dict)  # id → name of the buyers, leads and fairs referred to
    # id → (English name, Japanese name) of those that keep them: each language's screen names them by its own
    other_names: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)

    def name_of(self, record_id: str | None, lang: str) -> str | None:
        """A buyer, lead or fair the case refers to, named as a reader of ``lang`` knows it; None when not known."""
        if record_id not in self.names:
            return None
        english, japanese = self.other_names.get(record_id, (None, None))
        return formats.name(self.names[record_id], english, lang, japanese)

    @property
    def support_total_jpy(self) -> int:
        return sum(s.get("amount_jpy") or 0 for s in self.support)

    @property
    def open_needs(self) -> int:
        return sum(1 for n in self.needs if not n.get("resolved"))

    def cases_by_fiscal_year(self) -> dict[int, int]:
        return count_by_fiscal_year(c["occurred_on"] for c in self.cases)


class _CompanyNamed:
    """A row that names its company: ``company`` as staff write it, and its English and Japanese names."""

    company: str
    company_en: str | None
    company_ja: str | None

    def company_name(self, lang: str) -> str:
        """The company as a reader of ``lang`` knows it (:func:`sapporo_mice.formats.name`): Ezo Bio Co., Ltd. in
        English where the company keeps an English name, エゾバイオ株式会社 in Japanese."""
        return formats.name(self.company, self.company_en, lang, self.company_ja)


@dataclass(frozen=True)
class CaseRow(_CompanyNamed):
    """One expansion case with its company, for the KPI list."""

    id: str
    organization_id: str
    company: str
    country: str
    kind: str
    occurred_on: dt.date
    fiscal_year: int
    value_jpy: int | None
    description: str | None
    company_en: str | None = None
    company_ja: str | None = None


@dataclass(frozen=True)
class Attention(_CompanyNamed):
    """A company that needs attention, and why (each reason a code with its figures)."""

    organization_id: str
    company: str
    staff: str | None
    open_needs: int
    last_contact: dt.date | None  # Japan date of the last activity or consultation; None: never
    quiet_markets: tuple[str, ...]  # target countries with no recent work
    quiet: bool = False  # no contact in QUIET_DAYS days
    company_en: str | None = None
    company_ja: str | None = None

    @property
    def reasons(self) -> list[str]:
        found = []
        if self.open_needs:
            found.append("open_needs")
        if self.last_contact is None or self.quiet:
            found.append("no_contact")
        if self.quiet_markets:
            found.append("quiet_markets")
        return found


@dataclass
class MarketView:
    """One country as a market: who targets it, who buys there, what happened there. Each row that names a company,
    a city or a fair holds its English and Japanese names beside it (``company_en``/``company_ja``, ``name_en``/
    ``name_ja``, ``fair_ja``), for each language's screen to name it by its own (:func:`sapporo_mice.formats.name`)."""

    country: str
    companies: list[dict[str, Any]]  # target market + company name and stage
    buyers: list[dict[str, Any]]
    leads: list[dict[str, Any]]
    cases: list[CaseRow]
    partner_cities: list[dict[str, Any]]


# Partner cities come from the [network] area. It registers a function here (country → rows with at least
# "id" and "name"); until it does, the market view lists the organizations of kind "partner city" there.
PARTNER_CITY_SOURCES: list[Callable[[Any, str], list[dict[str, Any]]]] = []


def count_by_fiscal_year(dates: Any) -> dict[int, int]:
    counts: dict[int, int] = {}
    for day in dates:
        year = fiscal.of(day)
        counts[year] = counts.get(year, 0) + 1
    return dict(sorted(counts.items()))


# ------------------------------------------------------------------------------------------ the area
class ExportSupport:
    """``crm.export``: the area's work across records."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def _service(self, record_type: str):
        return self.store.services[record_type]

    # -------------------------------------------------------------------------- a company's case
    def case(self, organization_id: str) -> CompanyCase:
        org = self._service("organization").get(organization_id)
        where = {"organization_id": org["id"]}

        def rows(record_type: str, order: str, descending: bool = False) -> list[dict[str, Any]]:
            return self._service(record_type).list(where=where, order_by=order, descending=descending, limit=None)

        case = CompanyCase(
            organization=org, profile=self._service("company_profile").for_company(org["id"]),
            markets=rows("target_market", "priority"), needs=rows("support_need", "created_at"),
            consultations=rows("consultation", "held_at", True), support=rows("support_given", "given_on", True),
            cases=rows("expansion_case", "occurred_on", True))
        case.markets.sort(key=lambda m: (m.get("priority") or 9, m["country"]))
        case.needs.sort(key=lambda n: (bool(n.get("resolved")), n["created_at"]))
        with self.store.reading() as session:
            task_ids = [c["next_step_task_id"] for c in case.consultations if c.get("next_step_task_id")]
            for task in session.scalars(select(Task).where(Task.id.in_(task_ids), Task.deleted_at.is_(None))):
                case.next_steps[task.record_id] = {"id": task.id, "title": task.title, "due_on": task.due_on,
                                                   "done": task.done, "assignee": task.assignee}
            ids = {s.get(k) for s in case.support for k in ("counterpart_id", "lead_id", "fair_id")} - {None}
            case.names, case.other_names = _names(session, ids)
        return case

    # -------------------------------------------------------------------------- the KPI
    def cases(self, fiscal_year: int | None = None, *, country: str | None = None) -> list[CaseRow]:
        """Live expansion cases (of live companies), newest first; of one fiscal year when given."""
        with self.store.reading() as session:
            stmt = (select(ExpansionCase, Organization.name, Organization.name_en, Organization.name_ja)
                    .join(Organization, Organization.id == ExpansionCase.organization_id)
                    .where(*live(ExpansionCase), *live(Organization)))
            if fiscal_year is not None:
                stmt = stmt.where(ExpansionCase.occurred_on >= fiscal.first_day(fiscal_year),
                                  ExpansionCase.occurred_on <= fiscal.last_day(fiscal_year))
            if country:
                stmt = stmt.where(ExpansionCase.country == country)
            stmt = stmt.order_by(ExpansionCase.occurred_on.desc(), ExpansionCase.id)
            return [CaseRow(c.id, c.organization_id, name, c.country, c.kind.value, c.occurred_on,
                            fiscal.of(c.occurred_on), c.value_jpy, c.description, name_en, name_ja)
                    for c, name, name_en, name_ja in session.execute(stmt)]

    def case_counts(self) -> dict[int, int]:
        """The KPI 海外展開事業事例数: live expansion cases per fiscal year."""
        return count_by_fiscal_year(row.occurred_on for row in self.cases())

    # -------------------------------------------------------------------------- suggestions
    def suggest_buyers(self, organization_id: str, *, limit: int = 20,
                       today: dt.date | None = None) -> list[matching.Suggestion]:
        """Overseas buyers and open fair leads for a local company, best first (rules: :mod:`.matching`)."""
        with self.store.reading() as session:
            return matching.buyers_for(session, organization_id, today or japan_today())[:limit]

    def suggest_companies(self, buyer_id: str | None = None, *, lead_id: str | None = None, limit: int = 20,
                          today: dt.date | None = None) -> list[matching.Suggestion]:
        """The local companies that fit a buyer (an organization) or a fair lead, best first."""
        with self.store.reading() as session:
            return matching.companies_for(session, buyer_id, lead_id, today or japan_today())[:limit]

    # -------------------------------------------------------------------------- the introduction
    def introduce(self, organization_id: str, *, buyer_id: str | None = None, lead_id: str | None = None,
                  actor: str, reasons: list[str] | None = None, lang: str = "ja",
                  today: dt.date | None = None) -> Changes:
        """Introduce a company to a buyer or a fair lead (see the module docstring). ``reasons`` are the
        suggestion's reasons as text, kept in the activities."""
        today = today or japan_today()
        with self.store.unit(actor) as unit:
            session, changes = unit.session, Changes()
            company = session.get(Organization, organization_id)
            lead = session.get(Lead, lead_id) if lead_id else None
            buyer_id = buyer_id or (lead.organization_id if lead is not None else None)
            buyer = session.get(Organization, buyer_id) if buyer_id else None
            _check_introduction(company, buyer, lead, organization_id, buyer_id or lead_id)
            # named as the writer's language knows them (its English names in English), as the suggestions were
            buyer_name = (formats.name(buyer.name, buyer.name_en, lang, buyer.name_ja) if buyer is not None
                          else lead.title)
            subject = messages.render("export.introduction_subject", lang, buyer=buyer_name,
                                      company=formats.name(company.name, company.name_en, lang, company.name_ja))
            body = messages.render("export.introduction_body", lang,
                                   reasons="、".join(reasons or []) if lang == "ja" else "; ".join(reasons or []))
            now = utcnow()
            sides = [("organization", company.id)]
            sides.append(("lead", lead.id) if lead is not None else ("organization", buyer.id))
            for record_type, record_id in sides:
                activity = {"kind": ActivityKind.MEETING, "subject": subject[:300], "body": body,
                            "occurred_at": now, "owner": actor, "pillars": ",4,",
                            "record_type": record_type, "record_id": record_id}
                changes.merge(unit.service("activity").create_in(unit, activity).changes)
            staff = session.scalar(select(CompanyProfile.staff).where(
                CompanyProfile.organization_id == company.id, CompanyProfile.deleted_at.is_(None)))
            given = {"organization_id": company.id, "kind": SupportKind.INTRODUCTION, "given_on": today,
                     "counterpart_id": buyer.id if buyer is not None else None,
                     "lead_id": lead.id if lead is not None else None,
                     "fair_id": lead.fair_id if lead is not None else None,
                     "description": subject[:5000], "staff": staff or actor}
            changes.merge(unit.service("support_given").create_in(unit, given).changes)
            task = {"title": messages.render("export.introduction_task", lang, buyer=buyer_name)[:300],
                    "due_on": today + dt.timedelta(days=FOLLOW_UP_DAYS), "assignee": staff or actor,
                    "record_type": "organization", "record_id": company.id, "notes": body}
            changes.merge(unit.service("task").create_in(unit, task).changes)
            return changes

    # -------------------------------------------------------------------------- views
    def needs_attention(self, *, today: dt.date | None = None) -> list[Attention]:
        """Companies with an export profile that need attention, most reasons first (see the docstring)."""
        today = today or japan_today()
        quiet_since = dt.datetime.combine(today - dt.timedelta(days=QUIET_DAYS), dt.time(), fiscal.JST)
        market_since = dt.datetime.combine(today - dt.timedelta(days=MARKET_QUIET_DAYS), dt.time(), fiscal.JST)
        with self.store.reading() as session:
            profiles = session.execute(
                select(Organization.id, Organization.name, CompanyProfile.staff, Organization.name_en,
                       Organization.name_ja)
                .join(CompanyProfile, CompanyProfile.organization_id == Organization.id)
                .where(*live(Organization), *live(CompanyProfile))).all()
            open_needs = dict(session.execute(
                select(SupportNeed.organization_id, func.count()).where(*live(SupportNeed), ~SupportNeed.resolved)
                .group_by(SupportNeed.organization_id)).all())
            last = _last_contacts(session)
            busy = _recent_market_work(session, market_since)
            markets: dict[str, list[str]] = {}
            for org_id, country in session.execute(
                    select(TargetMarket.organization_id, TargetMarket.country)
                    .where(*live(TargetMarket), TargetMarket.status != MarketStatus.PAUSED)
                    .order_by(TargetMarket.priority, TargetMarket.country)):
                if (org_id, country) not in busy:
                    markets.setdefault(org_id, []).append(country)
        found = []
        for org_id, name, staff, name_en, name_ja in profiles:
            seen = last.get(org_id)
            quiet = seen is None or seen < quiet_since
            attention = Attention(org_id, name, staff, open_needs.get(org_id, 0),
                                  seen.astimezone(fiscal.JST).date() if seen else None,
                                  tuple(markets.get(org_id, ())), quiet, name_en, name_ja)
            if attention.reasons:
                found.append(attention)
        found.sort(key=lambda a: (-len(a.reasons), -a.open_needs, a.last_contact or dt.date.min, a.company))
        return found

    def market(self, country: str) -> MarketView:
        """One country: the companies targeting it, its buyers, fair leads there, cases there, partner cities."""
        country = (country or "").strip().upper()
        with self.store.reading() as session:
            companies = [
                {"organization_id": m.organization_id, "company": name, "company_en": name_en, "company_ja": name_ja,
                 "priority": m.priority, "status": m.status.value, "reason": m.reason,
                 "stage": stage.value if stage else None}
                for m, name, name_en, name_ja, stage in session.execute(
                    select(TargetMarket, Organization.name, Organization.name_en, Organization.name_ja,
                           CompanyProfile.stage)
                    .join(Organization, Organization.id == TargetMarket.organization_id)
                    .outerjoin(CompanyProfile, (CompanyProfile.organization_id == Organization.id)
                               & CompanyProfile.deleted_at.is_(None))
                    .where(*live(TargetMarket), *live(Organization), TargetMarket.country == country)
                    .order_by(TargetMarket.priority, Organization.sort_key))]
            buyers = [{"id": o.id, "name": o.name, "name_en": o.name_en, "name_ja": o.name_ja, "industry": o.industry,
                       "notes": o.notes}
                      for o in session.scalars(select(Organization).where(
                          *live(Organization), Organization.kind == OrgKind.OVERSEAS_BUYER,
                          Organization.country == country).order_by(Organization.sort_key))]
            lead_org = Organization.__table__.alias("lead_org")
            leads = [{"id": lead.id, "title": lead.title, "rating": lead.rating.value if lead.rating else None,
                      "status": lead.status.value, "fair": fair_name, "fair_ja": fair_name_ja,
                      "captured_at": lead.captured_at, "interest": lead.interest}
                     for lead, fair_name, fair_name_ja in session.execute(
                         select(Lead, Fair.name, Fair.name_ja)
                         .outerjoin(Fair, Fair.id == Lead.fair_id)
                         .outerjoin(lead_org, lead_org.c.id == Lead.organization_id)
                         .outerjoin(Contact, Contact.id == Lead.contact_id)
                         .where(*live(Lead), Lead.fair_id.is_not(None),
                                func.coalesce(lead_org.c.country, Contact.country) == country)
                         .order_by(Lead.captured_at.desc()).limit(500))]
            partners = [{"id": o.id, "name": o.name, "name_en": o.name_en, "name_ja": o.name_ja}
                        for o in session.scalars(select(Organization).where(
                            *live(Organization), Organization.kind == OrgKind.PARTNER_CITY,
                            Organization.country == country).order_by(Organization.sort_key))]
            for source in PARTNER_CITY_SOURCES:
                partners.extend(p for p in source(session, country) if p["id"] not in {x["id"] for x in partners})
        return MarketView(country, companies, buyers, leads, self.cases(country=country), partners)

    def markets(self) -> list[tuple[str, int, int]]:
        """Every targeted country with how many companies target it and how many cases it has."""
        with self.store.reading() as session:
            targets = dict(session.execute(
                select(TargetMarket.country, func.count()).join(
                    Organization, Organization.id == TargetMarket.organization_id)
                .where(*live(TargetMarket), *live(Organization)).group_by(TargetMarket.country)).all())
            cases = dict(session.execute(
                select(ExpansionCase.country, func.count()).where(*live(ExpansionCase))
                .group_by(ExpansionCase.country)).all())
        return sorted(((c, targets.get(c, 0), cases.get(c, 0)) for c in set(targets) | set(cases)),
                      key=lambda t: (-t[1], -t[2], t[0]))


# ------------------------------------------------------------------------------------------ helpers
def _check_introduction(company: Organization | None, buyer: Organization | None, lead: Lead | None,
                        organization_id: str, other: str | None) -> None:
    if company is None or company.deleted_at is not None or company.kind != OrgKind.LOCAL_COMPANY:
        raise ValidationError([FieldProblem("organization_id", "export.not_a_company", organization_id)])
    if (buyer is None or buyer.deleted_at is not None) and (lead is None or lead.deleted_at is not None):
        raise ValidationError([FieldProblem("counterpart_id", "export.no_buyer", other)])
    if buyer is not None and buyer.id == company.id:
        raise ValidationError([FieldProblem("counterpart_id", "export.same_company", other)])


def _names(session, ids: set[str]) -> tuple[dict[str, str], dict[str, tuple[str | None, str | None]]]:
    """The names of the buyers, leads and fairs ``ids`` name, and the English and Japanese names of those that keep
    them (:attr:`CompanyCase.other_names`)."""
    names: dict[str, str] = {}
    others: dict[str, tuple[str | None, str | None]] = {}
    if ids:
        for record_id, name, english, japanese in [
                *session.execute(select(Organization.id, Organization.name, Organization.name_en, Organization.name_ja)
                                 .where(Organization.id.in_(ids))),
                *session.execute(select(Lead.id, Lead.title, None, None).where(Lead.id.in_(ids))),
                *session.execute(select(Fair.id, Fair.name, None, Fair.name_ja).where(Fair.id.in_(ids)))]:
            names[record_id] = name
            if english or japanese:
                others[record_id] = (english, japanese)
    return names, others


def _last_contacts(session) -> dict[str, dt.datetime]:
    """Each organization's last activity or consultation (UTC)."""
    last: dict[str, dt.datetime] = {}
    for stmt in (select(Activity.record_id, func.max(Activity.occurred_at))
                 .where(*live(Activity), Activity.record_type == "organization").group_by(Activity.record_id),
                 select(Consultation.organization_id, func.max(Consultation.held_at))
                 .where(*live(Consultation)).group_by(Consultation.organization_id)):
        for org_id, at in session.execute(stmt):
            if at is not None:
                at = at if at.tzinfo else at.replace(tzinfo=dt.timezone.utc)
                last[org_id] = max(last.get(org_id, at), at)
    return last


def _recent_market_work(session, since: dt.datetime) -> set[tuple[str, str]]:
    """(company, country) pairs with a consultation, an introduction or an expansion case since ``since``."""
    day = since.date()
    pairs = set(session.execute(select(Consultation.organization_id, Consultation.country).where(
        *live(Consultation), Consultation.country.is_not(None), Consultation.held_at >= since)).all())
    pairs |= set(session.execute(select(ExpansionCase.organization_id, ExpansionCase.country).where(
        *live(ExpansionCase), ExpansionCase.occurred_on >= day)).all())
    buyer = Organization.__table__.alias("buyer")
    pairs |= set(session.execute(
        select(SupportGiven.organization_id, buyer.c.country)
        .join(buyer, buyer.c.id == SupportGiven.counterpart_id)
        .where(*live(SupportGiven), SupportGiven.given_on >= day, buyer.c.country.is_not(None))).all())
    return {(org, country) for org, country in pairs}
