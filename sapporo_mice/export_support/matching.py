"""Which overseas buyers fit a local company, and which local companies fit a buyer.

A candidate buyer is an organization of kind "overseas buyer" (its fair leads add their interests,
ratings and dates) or an open fair lead with no organization. A candidate company is a live local company
with an export profile. Each pair is scored (higher is better) and every point comes with its reason:

- **target country**: the buyer's country is one of the company's target markets: +40 for a high
  priority, +30 medium, +20 low (:data:`COUNTRY_POINTS`);
- **products**: each product category both mention (dairy, seafood … :mod:`.products`) +25, at most 50;
  when none is shared but the sectors are the same (food, digital …) +10;
- **certifications**: each certification the buyer asks for that the company holds +15;
- **rating**: the buyer's best lead rating, A +15, B +10, C +5, D −10;
- **recency**: last met (a lead captured or an activity) within 90 days +10, within a year +5.

A pair with neither a target country nor shared products or sector is not suggested; nor is a buyer (or
lead) already introduced to the company. Ties go to the more recent contact, then to the name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sapporo_mice import countries, fiscal, formats, messages
from sapporo_mice.errors import NotFoundError
from sapporo_mice.export_support import products
from sapporo_mice.identity import live
from sapporo_mice.models import (
    Activity,
    CompanyProfile,
    Contact,
    Lead,
    LeadStatus,
    Organization,
    OrgKind,
    Rating,
    SupportGiven,
    SupportKind,
    TargetMarket,
)

COUNTRY_POINTS = {1: 40, 2: 30, 3: 20}
CATEGORY_POINTS, CATEGORY_CAP, SECTOR_POINTS = 25, 50, 10
CERTIFICATION_POINTS = 15
RATING_POINTS = {Rating.A: 15, Rating.B: 10, Rating.C: 5, Rating.D: -10}
RECENT_DAYS, RECENT_POINTS, YEAR_POINTS = 90, 10, 5
OPEN_LEAD = (LeadStatus.WON, LeadStatus.LOST)

messages.register({
    "export.reason.country": {"en": "targets {country} ({priority} priority)",
                              "ja": "{country}をターゲット市場にしている（優先度: {priority}）"},
    "export.reason.products": {"en": "both in {categories}", "ja": "{categories}で一致"},
    "export.reason.sector": {"en": "same sector: {sector}", "ja": "同じ分野: {sector}"},
    "export.reason.certification": {"en": "asks for {certifications}, which the company holds",
                                    "ja": "求める認証（{certifications}）を取得済み"},
    "export.reason.rating": {"en": "rated {rating} at the fair", "ja": "見本市での評価 {rating}"},
    "export.reason.recent": {"en": "met {date}", "ja": "{date} に接触"},
})

PRIORITY_WORDS = {1: ("high", "高"), 2: ("medium", "中"), 3: ("low", "低")}
SECTOR_WORDS = {products.FOOD: ("food", "食品"), products.TOURISM: ("travel and MICE", "観光・MICE"),
                products.DIGITAL: ("digital", "IT・デジタル"), products.MANUFACTURING: ("manufacturing", "ものづくり"),
                products.BEAUTY: ("beauty", "美容")}
CERTIFICATION_WORDS = {"halal": ("halal", "ハラール"), "kosher": ("kosher", "コーシャ"), "organic": ("organic", "有機"),
                       "haccp": ("HACCP", "HACCP"), "fssc_22000": ("FSSC 22000", "FSSC 22000")}


@dataclass(frozen=True)
class Reason:
    code: str
    points: int
    params: tuple[tuple[str, Any], ...] = ()

    def text(self, lang: str) -> str:
        ja = lang == "ja"
        params = dict(self.params)
        if self.code == "country":
            values = {"country": countries.name(params["country"], lang),
                      "priority": PRIORITY_WORDS.get(params["priority"], ("", ""))[ja]}
        elif self.code == "products":
            values = {"categories": ("、" if ja else ", ").join(products.labels(params["categories"], lang))}
        elif self.code == "sector":
            values = {"sector": SECTOR_WORDS[params["sector"]][ja]}
        elif self.code == "certification":
            values = {"certifications": ("、" if ja else ", ").join(
                CERTIFICATION_WORDS[c][ja] for c in params["certifications"])}
        elif self.code == "recent":
            from sapporo_mice import formats

            values = {"date": formats.date(params["date"], lang)}
        else:
            values = params
        return messages.render(f"export.reason.{self.code}", lang, **values)


@dataclass
class Suggestion:
    """One suggested buyer (``kind`` "buyer": an organization; "lead": a fair lead) or company ("company")."""

    kind: str
    id: str
    name: str
    country: str | None
    score: int
    reasons: list[Reason]
    last_seen: dt.date | None = None
    detail: str | None = None  # the buyer's industry or the lead's interest, the company's products
    name_en: str | None = None  # an organization's English and Japanese names, where it keeps them
    name_ja: str | None = None

    def reason_texts(self, lang: str) -> list[str]:
        return [r.text(lang) for r in self.reasons]

    def shown_name(self, lang: str) -> str:
        """The name as a reader of ``lang`` knows it (:func:`sapporo_mice.formats.name`): a company's English name in
        English, a buyer's Japanese name in Japanese, where it keeps them; a lead by its title."""
        return formats.name(self.name, self.name_en, lang, self.name_ja)

    def as_dict(self, lang: str) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.id, "name": self.name, "name_en": self.name_en, "name_ja": self.name_ja,
                "country": self.country, "score": self.score, "reasons": self.reason_texts(lang),
                "last_seen": self.last_seen.isoformat() if self.last_seen else None}


@dataclass
class CompanyFacts:
    id: str
    name: str
    markets: dict[str, int]  # country → priority
    categories: frozenset[str]
    certifications: frozenset[str]
    detail: str | None = None
    name_en: str | None = None
    name_ja: str | None = None


@dataclass
class BuyerFacts:
    kind: str
    id: str
    name: str
    country: str | None
    texts: list[str] = field(default_factory=list)
    rating: Rating | None = None
    last_seen: dt.date | None = None
    lead_ids: set[str] = field(default_factory=set)
    name_en: str | None = None
    name_ja: str | None = None

    @property
    def categories(self) -> frozenset[str]:
        return products.categories_in(*self.texts)

    @property
    def wanted(self) -> frozenset[str]:
        return products.certifications_wanted(*self.texts)

    @property
    def detail(self) -> str | None:
        return next((t for t in self.texts if t), None)


def score(company: CompanyFacts, buyer: BuyerFacts, today: dt.date) -> tuple[int, list[Reason]] | None:
    """The pair's score and reasons, or None when it is not a fit (see the module docstring)."""
    reasons: list[Reason] = []
    if buyer.country and buyer.country in company.markets:
        priority = company.markets[buyer.country]
        reasons.append(Reason("country", COUNTRY_POINTS.get(priority, 20),
                              (("country", buyer.country), ("priority", priority))))
    theirs = buyer.categories
    shared = products.overlap(company.categories, theirs)
    if shared:
        reasons.append(Reason("products", min(CATEGORY_CAP, CATEGORY_POINTS * len(shared)), (("categories", shared),)))
    else:
        sectors = products.sectors(company.categories) & products.sectors(theirs)
        if sectors:
            reasons.append(Reason("sector", SECTOR_POINTS, (("sector", sorted(sectors)[0]),)))
    if not reasons:
        return None
    held = tuple(sorted(buyer.wanted & company.certifications & set(CERTIFICATION_WORDS)))
    if held:
        reasons.append(Reason("certification", CERTIFICATION_POINTS * len(held), (("certifications", held),)))
    if buyer.rating in RATING_POINTS:
        reasons.append(Reason("rating", RATING_POINTS[buyer.rating], (("rating", buyer.rating.value),)))
    if buyer.last_seen is not None:
        age = (today - buyer.last_seen).days
        if age <= RECENT_DAYS:
            reasons.append(Reason("recent", RECENT_POINTS, (("date", buyer.last_seen),)))
        elif age <= 365:
            reasons.append(Reason("recent", YEAR_POINTS, (("date", buyer.last_seen),)))
    return sum(r.points for r in reasons), reasons


# ------------------------------------------------------------------------------------------ loading
def _codes(stored: str | None) -> frozenset[str]:
    return frozenset(c for c in (stored or "").split(",") if c)


def _japan_date(moment: dt.datetime | None) -> dt.date | None:
    if moment is None:
        return None
    aware = moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)
    return aware.astimezone(fiscal.JST).date()


def company_facts(session: Session, organization_id: str | None = None) -> list[CompanyFacts]:
    """Local companies with an export profile (one when ``organization_id`` is given)."""
    stmt = (select(Organization, CompanyProfile)
            .join(CompanyProfile, CompanyProfile.organization_id == Organization.id)
            .where(*live(Organization), *live(CompanyProfile), Organization.kind == OrgKind.LOCAL_COMPANY))
    if organization_id:
        stmt = stmt.where(Organization.id == organization_id)
    rows = session.execute(stmt).all()
    markets: dict[str, dict[str, int]] = {}
    ids = [org.id for org, _p in rows]
    for org_id, country, priority in session.execute(
            select(TargetMarket.organization_id, TargetMarket.country, TargetMarket.priority)
            .where(*live(TargetMarket), TargetMarket.organization_id.in_(ids))):
        markets.setdefault(org_id, {})[country] = priority or 2
    return [CompanyFacts(org.id, org.name, markets.get(org.id, {}),
                         products.categories_in(profile.products, org.industry),
                         _codes(profile.certifications), profile.products or org.industry, org.name_en, org.name_ja)
            for org, profile in rows]


def buyer_facts(session: Session, *, buyer_id: str | None = None, lead_id: str | None = None) -> list[BuyerFacts]:
    """Overseas buyers (with their leads' interests) and open fair leads with no organization."""
    buyers: dict[str, BuyerFacts] = {}
    stmt = select(Organization).where(*live(Organization))
    if buyer_id:  # any organization asked for by id; else the overseas buyers
        stmt = stmt.where(Organization.id == buyer_id)
    else:
        stmt = stmt.where(Organization.kind == OrgKind.OVERSEAS_BUYER)
    if lead_id:
        stmt = stmt.where(False)
    for org in session.scalars(stmt):
        buyers[org.id] = BuyerFacts("buyer", org.id, org.name, org.country, [org.industry or "", org.notes or ""],
                                    name_en=org.name_en, name_ja=org.name_ja)
    lead_stmt = (select(Lead, Contact.country).outerjoin(Contact, Contact.id == Lead.contact_id)
                 .where(*live(Lead)))
    if lead_id:
        lead_stmt = lead_stmt.where(Lead.id == lead_id)
    elif buyer_id:
        lead_stmt = lead_stmt.where(Lead.organization_id == buyer_id)
    leads: list[BuyerFacts] = []
    for lead, country in session.execute(lead_stmt):
        seen = _japan_date(lead.captured_at)
        owner = buyers.get(lead.organization_id or "")
        if owner is not None:
            owner.texts.append(lead.interest or "")
            owner.lead_ids.add(lead.id)
            if lead.rating is not None and (owner.rating is None or lead.rating.value < owner.rating.value):
                owner.rating = lead.rating
            if seen and (owner.last_seen is None or seen > owner.last_seen):
                owner.last_seen = seen
        elif (lead_id or lead.organization_id is None) and lead.fair_id and lead.status not in OPEN_LEAD:
            leads.append(BuyerFacts("lead", lead.id, lead.title, country, [lead.interest or "", lead.notes or ""],
                                    lead.rating, seen, {lead.id}))
    if buyers:
        for org_id, at in session.execute(
                select(Activity.record_id, func.max(Activity.occurred_at))
                .where(*live(Activity), Activity.record_type == "organization", Activity.record_id.in_(list(buyers)))
                .group_by(Activity.record_id)):
            seen = _japan_date(at)
            buyer = buyers[org_id]
            if seen and (buyer.last_seen is None or seen > buyer.last_seen):
                buyer.last_seen = seen
    return [*buyers.values(), *leads]


def _introduced(session: Session, company_id: str | None = None, buyer: BuyerFacts | None = None
                ) -> set[tuple[str, str]]:
    """(company, buyer or lead id) pairs already introduced."""
    stmt = select(SupportGiven.organization_id, SupportGiven.counterpart_id, SupportGiven.lead_id).where(
        *live(SupportGiven), SupportGiven.kind == SupportKind.INTRODUCTION)
    if company_id:
        stmt = stmt.where(SupportGiven.organization_id == company_id)
    pairs = set()
    for org_id, counterpart, lead in session.execute(stmt):
        pairs.update((org_id, x) for x in (counterpart, lead) if x)
    return pairs


def _rank(found: list[Suggestion]) -> list[Suggestion]:
    found.sort(key=lambda s: (-s.score, -(s.last_seen or dt.date.min).toordinal(), s.name))
    return found


def buyers_for(session: Session, organization_id: str, today: dt.date) -> list[Suggestion]:
    company = _company(session, organization_id)
    if company is None:
        return []
    done = _introduced(session, company.id)
    found = []
    for buyer in buyer_facts(session):
        if (company.id, buyer.id) in done or any((company.id, x) in done for x in buyer.lead_ids):
            continue
        scored = score(company, buyer, today)
        if scored:
            found.append(Suggestion(buyer.kind, buyer.id, buyer.name, buyer.country, scored[0], scored[1],
                                    buyer.last_seen, buyer.detail, buyer.name_en, buyer.name_ja))
    return _rank(found)


def companies_for(session: Session, buyer_id: str | None, lead_id: str | None, today: dt.date) -> list[Suggestion]:
    _exists(session, buyer_id, lead_id)
    candidates = buyer_facts(session, buyer_id=buyer_id, lead_id=lead_id)
    if not candidates:
        return []
    buyer = candidates[0]
    done = _introduced(session)
    found = []
    for company in company_facts(session):
        if (company.id, buyer.id) in done or any((company.id, x) in done for x in buyer.lead_ids):
            continue
        scored = score(company, buyer, today)
        if scored:
            found.append(Suggestion("company", company.id, company.name, "JP", scored[0], scored[1],
                                    buyer.last_seen, company.detail, company.name_en, company.name_ja))
    found.sort(key=lambda s: (-s.score, s.name))
    return found


def _company(session: Session, organization_id: str) -> CompanyFacts | None:
    org = session.get(Organization, organization_id)
    if org is None or org.deleted_at is not None:
        raise NotFoundError("organization", organization_id)
    found = company_facts(session, organization_id)
    if found:
        return found[0]
    if org.kind != OrgKind.LOCAL_COMPANY:
        return None
    # A local company without a profile yet: its industry and target markets still say something.
    markets = {c: p or 2 for c, p in session.execute(
        select(TargetMarket.country, TargetMarket.priority).where(
            *live(TargetMarket), TargetMarket.organization_id == org.id))}
    return CompanyFacts(org.id, org.name, markets, products.categories_in(org.industry, org.notes), frozenset(),
                        org.industry, org.name_en, org.name_ja)


def _exists(session: Session, buyer_id: str | None, lead_id: str | None) -> None:
    if lead_id:
        lead = session.get(Lead, lead_id)
        if lead is None or lead.deleted_at is not None:
            raise NotFoundError("lead", lead_id)
    elif buyer_id:
        org = session.get(Organization, buyer_id)
        if org is None or org.deleted_at is not None:
            raise NotFoundError("organization", buyer_id)
