"""The plan's evaluation indicators by fiscal year (issue [kpi]), reached as ``crm.kpi``.

- **What is measured**: :data:`INDICATORS`, the plan's indicators (:mod:`sapporo_mice.plan`) grouped by the
  plan's five areas (:data:`AREAS`: PR, tourism, residence, economy, citizens) and tagged with its six pillars,
  each with a definition, a unit, a source, whether it is computed or entered, and which date counts.
- **Computed actuals** come from the records. Each formula is one function returning the records it counts
  (:class:`KpiRecord`); the number is their count, or the sum of their ``amount``. So
  :meth:`Kpi.records` (the drill-down) and :meth:`Kpi.values` (the number) run the very same query and can
  never disagree. A record counts in the fiscal year of its date (April–March, Japan time,
  :mod:`sapporo_mice.fiscal`); each definition says which date.
- **Entered actuals and targets** per fiscal year with a note of their source: :meth:`Kpi.set` (one
  transaction through the indicator-value service; typed errors naming the field), XLSX import and export
  of a year (:mod:`sapporo_mice.kpi_xlsx`).
- :meth:`Kpi.report` gives the KPI pack plain data (areas → indicators → target, actual, trend).

Bids and students are being reworked on other branches: their counts are plain queries over the existing
columns, one small function each (``_bids_submitted`` … ``_students_hired``), for the integrator to adjust.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, or_, select

from sapporo_mice import countries, fiscal, formats, messages, plan
from sapporo_mice.enums import BidStage, IndicatorSource, MatchStage, VisitStatus
from sapporo_mice.errors import FieldProblem, ValidationError
from sapporo_mice.identity import live
from sapporo_mice.models import (
    Bid,
    BidStageChange,
    Consultation,
    Fair,
    Indicator,
    IndicatorValue,
    Lead,
    Match,
    MatchStageChange,
    Opening,
    Organization,
    Participation,
    Student,
)
from sapporo_mice.models.network import CityNetwork, Exchange, PartnerCity, Visit
from sapporo_mice.plan_terms import FORMULAS, Formula  # noqa: F401  (Formula re-exported)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from sapporo_mice.store import Store

messages.register({
    "kpi.unknown_indicator": {"en": "{field}: no indicator is coded “{value}”.",
                              "ja": "{field}: 「{value}」に該当する評価指標はありません。"},
    "kpi.nothing_to_set": {"en": "{field}: give a target, an actual or a note to enter.",
                           "ja": "{field}: 目標値・実績値・出典のいずれかを入力してください。"},
})

TREND_YEARS = 5  # how many fiscal years a trend shows, ending with the year asked for


@dataclass(frozen=True)
class Area:
    key: str
    ja: str
    en: str

    def name(self, lang: str) -> str:
        return self.ja if lang == "ja" else self.en


# The plan's five areas of evaluation (評価指標の設定: PR, 観光, 居住, 経済, 市民).
AREAS: tuple[Area, ...] = (
    Area("pr", "プレゼンス・国際協力", "Presence and cooperation (PR)"),
    Area("tourism", "観光・集客交流", "Tourism and MICE"),
    Area("residence", "居住", "Residence"),
    Area("economy", "経済", "Economy"),
    Area("citizens", "市民意識", "Citizens"),
)

AREA_OF: dict[str, str] = {
    "P1_AWARENESS": "pr", "P1_INTL_COOPERATION": "pr", "P6_CITY_EXCHANGES": "pr", "P6_NETWORKS": "pr",
    "P6_INBOUND_DELEGATIONS": "pr",
    "P2_VISITORS": "tourism", "P2_REPEAT_RATE": "tourism", "P2_SATISFACTION": "tourism", "P2_MICE_BIDS": "tourism",
    "P2_MICE_WON": "tourism", "P2_MICE_DELEGATES": "tourism", "P2_MICE_IMPACT": "tourism",
    "P3_FOREIGN_RESIDENTS": "residence", "P3_RESIDENT_SATISFACTION": "residence",
    "P3_COMMUNITY_PARTICIPATION": "residence",
    "P4_EXPANSION_CASES": "economy", "P4_BUYER_LEADS": "economy", "P4_FAIR_EXHIBITORS": "economy",
    "P4_FAIR_NEGOTIATIONS": "economy", "P4_FAIR_DEALS": "economy", "P4_FAIR_SALES": "economy",
    "P4_CONSULTATIONS": "economy", "P5_FOREIGN_WORKERS": "economy", "P5_STUDENT_MATCHES": "economy",
    "P5_STUDENTS_HIRED": "economy",
    "P3_CITIZEN_AWARENESS": "citizens",
}

# Where an entered figure comes from (ja, en).
MANUAL_SOURCES: dict[str, tuple[str, str]] = {
    "P1_AWARENESS": ("海外市場調査（札幌市）", "Overseas market survey (City of Sapporo)"),
    "P2_VISITORS": ("札幌市観光客入込数調査", "Sapporo tourist arrival statistics"),
    "P2_REPEAT_RATE": ("来札観光客満足度調査", "Survey of visitors to Sapporo"),
    "P2_SATISFACTION": ("来札観光客満足度調査", "Survey of visitors to Sapporo"),
    "P3_CITIZEN_AWARENESS": ("市民意識調査", "Citizens' opinion survey"),
    "P3_FOREIGN_RESIDENTS": ("住民基本台帳（各年度末の外国人住民数）",
                             "Basic resident register (foreign residents at the end of the year)"),
    "P3_RESIDENT_SATISFACTION": ("外国人市民アンケート調査", "Survey of foreign residents"),
    "P3_COMMUNITY_PARTICIPATION": ("外国人市民アンケート調査", "Survey of foreign residents"),
    "P5_FOREIGN_WORKERS": ("外国人雇用状況の届出（北海道労働局）", "Foreign employment reports (Hokkaido Labour Bureau)"),
}


# What each formula counts, in words (ja, en), lives with the plan's other words the UI may show
# (:mod:`sapporo_mice.plan_terms`).
assert set(FORMULAS) == set(plan.FORMULAS), "every formula of the plan has a definition here"

# An entered statistic that the city's own work feeds, and the computed indicator counting that work. The
# statistic stays the actual (it is a census the CRM cannot count, and it already includes the city's hires:
# adding them would count them twice); the companion's figure is shown beside it, with its records.
CONTRIBUTIONS: dict[str, str] = {
    "P5_FOREIGN_WORKERS": "P5_STUDENTS_HIRED",  # 外国人就業者数 ← hires through the city's student matching
}


@dataclass(frozen=True)
class IndicatorDef:
    """One indicator as the dashboard, the CLI and the KPI pack show it."""

    code: str
    name_ja: str
    name_en: str
    area: str
    pillar: int
    unit: str
    computed: bool
    formula: str | None
    definition_ja: str
    definition_en: str
    date_ja: str
    date_en: str
    source_ja: str
    source_en: str
    record_type: str | None
    contribution: str | None = None  # the computed indicator counting what the city's work adds to this one
    contributes_to: str | None = None  # the entered indicator this one's records feed

    def name(self, lang: str) -> str:
        return self.name_ja if lang == "ja" else self.name_en

    def definition(self, lang: str) -> str:
        return self.definition_ja if lang == "ja" else self.definition_en

    def date(self, lang: str) -> str:
        return self.date_ja if lang == "ja" else self.date_en

    def source(self, lang: str) -> str:
        return self.source_ja if lang == "ja" else self.source_en

    @property
    def sums(self) -> bool:
        return bool(self.formula and FORMULAS[self.formula].sums)

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "kind": "computed" if self.computed else "entered"}


def _define(spec: plan.IndicatorSpec) -> IndicatorDef:
    computed = spec.source == IndicatorSource.COMPUTED
    if computed:
        f = FORMULAS[spec.formula or ""]
        fed = next((entered for entered, companion in CONTRIBUTIONS.items() if companion == spec.code), None)
        return IndicatorDef(spec.code, spec.name_ja, spec.name_en, AREA_OF[spec.code], spec.pillar, spec.unit, True,
                            spec.formula, f.definition[0], f.definition[1], f.date[0], f.date[1], f.source[0],
                            f.source[1], f.record_type, contributes_to=fed)
    source = MANUAL_SOURCES.get(spec.code, ("担当課の集計", "the responsible section's figures"))
    return IndicatorDef(spec.code, spec.name_ja, spec.name_en, AREA_OF[spec.code], spec.pillar, spec.unit, False, None,
                        f"{spec.name_ja}（{source[0]}の値を年度ごとに入力）",
                        f"{spec.name_en} (entered each year from: {source[1]})",
                        "調査・統計の対象年度", "the fiscal year the survey or statistics cover", source[0], source[1],
                        None, contribution=CONTRIBUTIONS.get(spec.code))


INDICATORS: tuple[IndicatorDef, ...] = tuple(_define(spec) for spec in plan.INDICATORS)
BY_CODE: dict[str, IndicatorDef] = {i.code: i for i in INDICATORS}


def indicator(code: str) -> IndicatorDef:
    """The indicator with ``code`` (raises ``ValidationError`` naming the field ``code`` when there is none)."""
    found = BY_CODE.get((code or "").strip().upper())
    if found is None:
        raise ValidationError([FieldProblem("code", "kpi.unknown_indicator", code)], "indicator")
    return found


@dataclass(frozen=True)
class KpiRecord:
    """One record behind a computed number: its type and id (to open it), what it is, its counting date and,
    for a sum, the amount it adds."""

    record_type: str
    id: str
    title: str
    on: dt.date
    amount: float | None = None
    detail: str | None = None  # a partner city, a company, a fair: what the title alone does not say
    country: str | None = None  # ISO code, for a country name in the reader's language
    # The English and Japanese names of what the title and the detail name, where it keeps them (a company's
    # English name, a fair's Japanese one): each language's screens name it by its own.
    title_en: str | None = None
    title_ja: str | None = None
    detail_en: str | None = None
    detail_ja: str | None = None

    def shown_title(self, lang: str) -> str:
        """The title as a reader of ``lang`` knows it (:func:`sapporo_mice.formats.name`)."""
        return formats.name(self.title, self.title_en, lang, self.title_ja)

    def shown_detail(self, lang: str) -> str | None:
        """The detail as a reader of ``lang`` knows it, with the country's name after it (アヌーガ 2026 · ドイツ);
        None when there is neither: the drill-down list, the workbook and the command line alike."""
        parts = (formats.name(self.detail, self.detail_en, lang, self.detail_ja),
                 countries.name(self.country, lang) if self.country else None)
        return " · ".join(p for p in parts if p) or None

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "on": self.on.isoformat()}


@dataclass(frozen=True)
class YearValue:
    fiscal_year: int
    target: float | None
    actual: float | None

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class IndicatorValueRow:
    """An indicator in one fiscal year: target, actual (counted or entered), the note of its source, the
    trend over the last fiscal years, and the stored value's id and version (for an edit)."""

    indicator: IndicatorDef
    fiscal_year: int
    target: float | None
    actual: float | None
    note: str | None
    trend: list[YearValue]
    value_id: str | None = None
    version: int | None = None
    breakdown: list[dict[str, Any]] = field(default_factory=list)  # e.g. exchanges per partner city
    contribution: float | None = None  # the year's figure of ``indicator.contribution`` (e.g. hires matched)

    @property
    def achievement(self) -> float | None:
        """Actual as a share of the target (1.0 = met), when both are known."""
        if self.target in (None, 0) or self.actual is None:
            return None
        return self.actual / self.target

    def as_json(self) -> dict[str, Any]:
        i = self.indicator
        return {"code": i.code, "name": i.name_ja, "name_en": i.name_en, "area": i.area, "pillar": i.pillar,
                "unit": i.unit, "kind": "computed" if i.computed else "entered", "fy": self.fiscal_year,
                "target": self.target, "actual": self.actual, "note": self.note, "achievement": self.achievement,
                "trend": [t.as_json() for t in self.trend], "breakdown": self.breakdown,
                "contribution": ({"code": i.contribution, "actual": self.contribution} if i.contribution else None)}


# ----------------------------------------------------------------------------------------- the counts
# Each takes a reading session and a fiscal year and returns the records counted, in date order.
Counter = Callable[["Session", int], list[KpiRecord]]


def _jst_date(moment: dt.datetime) -> dt.date:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return aware.astimezone(fiscal.JST).date()


def _first_reached(change: Any, key: Any, stages: tuple[Any, ...]) -> Any:
    """Per record, when its stage history first reached one of ``stages`` (a subquery: key, at)."""
    return (select(key.label("record_id"), func.min(change.changed_at).label("at"))
            .where(change.to_stage.in_(stages), *live(change)).group_by(key).subquery())


SUBMITTED_OR_LATER = (BidStage.BID_SUBMITTED, BidStage.SHORTLISTED, BidStage.SITE_INSPECTION, BidStage.WON,
                      BidStage.LOST)


def _bids_submitted(session: Session, fy: int) -> list[KpiRecord]:
    """[bids] Bids whose stage history first reached submission (or a later stage) in the year."""
    start, end = fiscal.bounds(fy)
    reached = _first_reached(BidStageChange, BidStageChange.bid_id, SUBMITTED_OR_LATER)
    stmt = (select(Bid.id, Bid.name, reached.c.at).join(reached, reached.c.record_id == Bid.id)
            .where(*live(Bid), reached.c.at >= start, reached.c.at < end).order_by(reached.c.at, Bid.id))
    return [KpiRecord("bid", id_, name, _jst_date(at)) for id_, name, at in session.execute(stmt)]


def _bids_won_rows(session: Session, fy: int) -> list[tuple[Bid, dt.date]]:
    """[bids] Bids now won whose decision date falls in the year (no decision date: the day marked won)."""
    start, end = fiscal.bounds(fy)
    won = _first_reached(BidStageChange, BidStageChange.bid_id, (BidStage.WON,))
    stmt = (select(Bid, won.c.at).outerjoin(won, won.c.record_id == Bid.id)
            .where(*live(Bid), Bid.stage == BidStage.WON,
                   or_(Bid.decision_on.between(fiscal.first_day(fy), fiscal.last_day(fy)),
                       and_(Bid.decision_on.is_(None), won.c.at >= start, won.c.at < end)))
            .order_by(func.coalesce(Bid.decision_on, won.c.at), Bid.id))
    return [(bid, bid.decision_on or _jst_date(at)) for bid, at in session.execute(stmt)]


def _bids_won(session: Session, fy: int) -> list[KpiRecord]:
    return [KpiRecord("bid", b.id, b.name, on) for b, on in _bids_won_rows(session, fy)]


def _delegates_won(session: Session, fy: int) -> list[KpiRecord]:
    return [KpiRecord("bid", b.id, b.name, on, float((b.delegates_international or 0) + (b.delegates_domestic or 0)))
            for b, on in _bids_won_rows(session, fy)
            if b.delegates_international is not None or b.delegates_domestic is not None]


def _impact_won(session: Session, fy: int) -> list[KpiRecord]:
    return [KpiRecord("bid", b.id, b.name, on, float(b.economic_impact_jpy))
            for b, on in _bids_won_rows(session, fy) if b.economic_impact_jpy is not None]


def _leads_captured(session: Session, fy: int) -> list[KpiRecord]:
    start, end = fiscal.bounds(fy)
    stmt = (select(Lead.id, Lead.title, Lead.captured_at, Fair.name, Fair.name_ja).join(Fair, Fair.id == Lead.fair_id)
            .where(*live(Lead), Lead.captured_at >= start, Lead.captured_at < end)
            .order_by(Lead.captured_at, Lead.id))
    return [KpiRecord("lead", id_, title, _jst_date(at), None, fair, detail_ja=fair_ja)
            for id_, title, at, fair, fair_ja in session.execute(stmt)]


def _participations(amount: Callable[[Participation], Any]) -> Counter:
    def count(session: Session, fy: int) -> list[KpiRecord]:
        stmt = (select(Participation, Fair.name, Fair.starts_on, Organization.name, Organization.name_en,
                       Organization.name_ja, Fair.name_ja)
                .join(Fair, Fair.id == Participation.fair_id)
                .join(Organization, Organization.id == Participation.organization_id)
                .where(*live(Participation), *live(Fair), Fair.starts_on.between(fiscal.first_day(fy),
                                                                                  fiscal.last_day(fy)))
                .order_by(Fair.starts_on, Fair.id, Organization.sort_key, Participation.id))
        found = []
        for p, fair, starts_on, company, company_en, company_ja, fair_ja in session.execute(stmt):
            value = amount(p)
            if value is not None:
                found.append(KpiRecord("participation", p.id, company, starts_on,
                                       None if value is True else float(value), fair, title_en=company_en,
                                       title_ja=company_ja, detail_ja=fair_ja))
        return found
    return count


def _consultations(session: Session, fy: int) -> list[KpiRecord]:
    start, end = fiscal.bounds(fy)
    stmt = (select(Consultation.id, Consultation.summary, Consultation.held_at, Organization.name,
                   Organization.name_en, Organization.name_ja)
            .join(Organization, Organization.id == Consultation.organization_id)
            .where(*live(Consultation), Consultation.held_at >= start, Consultation.held_at < end)
            .order_by(Consultation.held_at, Consultation.id))
    return [KpiRecord("consultation", id_, summary[:200], _jst_date(at), None, company, detail_en=company_en,
                      detail_ja=company_ja)
            for id_, summary, at, company, company_en, company_ja in session.execute(stmt)]


def _expansion_cases(session: Session, fy: int) -> list[KpiRecord]:
    """The same rows as ``crm.export.cases(fy)`` ([export-support]): live cases of live companies."""
    from sapporo_mice.models import ExpansionCase

    stmt = (select(ExpansionCase, Organization.name, Organization.name_en, Organization.name_ja)
            .join(Organization, Organization.id == ExpansionCase.organization_id)
            .where(*live(ExpansionCase), *live(Organization),
                   ExpansionCase.occurred_on.between(fiscal.first_day(fy), fiscal.last_day(fy)))
            .order_by(ExpansionCase.occurred_on, ExpansionCase.id))
    return [KpiRecord("expansion_case", c.id, company, c.occurred_on, None, None, c.country, title_en=company_en,
                      title_ja=company_ja)
            for c, company, company_en, company_ja in session.execute(stmt)]


def _matches_reaching(stages: tuple[MatchStage, ...], now: tuple[MatchStage, ...] | None) -> Counter:
    """[students] Matches whose stage history first reached ``stages`` in the year (and, if ``now`` is given,
    whose stage is still one of those)."""
    def count(session: Session, fy: int) -> list[KpiRecord]:
        start, end = fiscal.bounds(fy)
        reached = _first_reached(MatchStageChange, MatchStageChange.match_id, stages)
        stmt = (select(Match.id, Student.display_name, Organization.name, reached.c.at, Organization.name_en,
                       Organization.name_ja)
                .join(reached, reached.c.record_id == Match.id).join(Student, Student.id == Match.student_id)
                .join(Opening, Opening.id == Match.opening_id)
                .join(Organization, Organization.id == Opening.organization_id)
                .where(*live(Match), reached.c.at >= start, reached.c.at < end)  # a purged student still counts
                .order_by(reached.c.at, Match.id))
        if now:
            stmt = stmt.where(Match.stage.in_(now))
        return [KpiRecord("match", id_, student, _jst_date(at), None, company, detail_en=company_en,
                          detail_ja=company_ja)
                for id_, student, company, at, company_en, company_ja in session.execute(stmt)]
    return count


def hired_matches(session: Session, fy: int | None) -> list[KpiRecord]:
    """[students] Matches now hired, in the fiscal year of their hire date (no hire date: the day first marked
    hired, Japan time); every fiscal year when ``fy`` is None. The one rule for "hires by fiscal year":
    ``crm.matching.hires_by_fiscal_year`` counts these records too. A student erased by the retention purge
    (a tombstone without a name) still counts: the purge must leave the year's figures whole."""
    marked = _first_reached(MatchStageChange, MatchStageChange.match_id, (MatchStage.HIRED,))
    stmt = (select(Match.id, Match.hired_on, marked.c.at, Student.display_name, Organization.name,
                   Organization.name_en, Organization.name_ja)
            .outerjoin(marked, marked.c.record_id == Match.id).join(Student, Student.id == Match.student_id)
            .join(Opening, Opening.id == Match.opening_id)
            .join(Organization, Organization.id == Opening.organization_id)
            .where(*live(Match), Match.stage == MatchStage.HIRED,
                   or_(Match.hired_on.is_not(None), marked.c.at.is_not(None))))
    if fy is not None:
        start, end = fiscal.bounds(fy)
        stmt = stmt.where(or_(Match.hired_on.between(fiscal.first_day(fy), fiscal.last_day(fy)),
                              and_(Match.hired_on.is_(None), marked.c.at >= start, marked.c.at < end)))
    found = [KpiRecord("match", id_, student, hired_on or _jst_date(at), None, company, detail_en=company_en,
                       detail_ja=company_ja)
             for id_, hired_on, at, student, company, company_en, company_ja in session.execute(stmt)]
    return sorted(found, key=lambda r: (r.on, r.id))


def _students_hired(session: Session, fy: int) -> list[KpiRecord]:
    return hired_matches(session, fy)


INTRODUCED_OR_LATER = (MatchStage.INTRODUCED, MatchStage.INTERVIEW, MatchStage.INTERNSHIP, MatchStage.OFFER,
                       MatchStage.HIRED)


def _exchange_records(rows: Any) -> list[KpiRecord]:
    return [KpiRecord("exchange", e.id, e.title, e.starts_on, None, city or network,
                      detail_en=city_en if city else network_en)
            for e, city, network, city_en, network_en in rows]


def _exchanges_select() -> Any:
    return (select(Exchange, PartnerCity.name, CityNetwork.name, PartnerCity.name_en, CityNetwork.name_en)
            .outerjoin(PartnerCity, PartnerCity.id == Exchange.partner_city_id)
            .outerjoin(CityNetwork, CityNetwork.id == Exchange.network_id).where(*live(Exchange)))


def _cooperation_projects(session: Session, fy: int) -> list[KpiRecord]:
    """As ``crm.network.cooperation_projects(fy)``: cooperation exchanges whose period overlaps the year."""
    from sapporo_mice.network import COOPERATION_KINDS

    first, last = fiscal.first_day(fy), fiscal.last_day(fy)
    stmt = _exchanges_select().where(Exchange.kind.in_(COOPERATION_KINDS), Exchange.starts_on <= last,
                                     func.coalesce(Exchange.ends_on, Exchange.starts_on) >= first)
    return _exchange_records(session.execute(stmt.order_by(Exchange.starts_on, Exchange.id)))


def _city_exchanges(session: Session, fy: int) -> list[KpiRecord]:
    """As ``crm.network.indicator_counts(fy)["city_exchanges"]``."""
    stmt = _exchanges_select().where(Exchange.starts_on.between(fiscal.first_day(fy), fiscal.last_day(fy)),
                                     or_(Exchange.partner_city_id.is_not(None), Exchange.network_id.is_not(None)))
    return _exchange_records(session.execute(stmt.order_by(Exchange.starts_on, Exchange.id)))


def _networks_joined(session: Session, fy: int) -> list[KpiRecord]:
    """As ``crm.network.networks_joined(fy)``: memberships held at the end of the year."""
    last = fiscal.last_day(fy)
    stmt = (select(CityNetwork).where(*live(CityNetwork), CityNetwork.sapporo_role.is_not(None))
            .order_by(CityNetwork.sort_key, CityNetwork.id))
    found = []
    for n in session.scalars(stmt):
        since = n.sapporo_since_on or (dt.date(n.sapporo_since_year, 1, 1) if n.sapporo_since_year else None)
        if since is None or since <= last:
            found.append(KpiRecord("city_network", n.id, n.name, since or last, title_en=n.name_en))
    return found


def _inbound_delegations(session: Session, fy: int) -> list[KpiRecord]:
    stmt = (select(Visit, PartnerCity.name, PartnerCity.name_en)
            .outerjoin(PartnerCity, PartnerCity.id == Visit.partner_city_id)
            .where(*live(Visit), Visit.status != VisitStatus.CANCELLED,
                   Visit.arrives_on.between(fiscal.first_day(fy), fiscal.last_day(fy)))
            .order_by(Visit.arrives_on, Visit.id))
    return [KpiRecord("visit", v.id, v.title, v.arrives_on, None, city or v.from_city,
                      detail_en=city_en if city else None)
            for v, city, city_en in session.execute(stmt)]


COUNTERS: dict[str, Counter] = {
    "bids_submitted": _bids_submitted,
    "bids_won": _bids_won,
    "delegates_won": _delegates_won,
    "impact_won": _impact_won,
    "leads_captured": _leads_captured,
    "fair_participations": _participations(lambda p: True),
    "fair_negotiations": _participations(lambda p: p.negotiations),
    "fair_deals": _participations(lambda p: p.deals),
    "fair_actual_sales": _participations(lambda p: p.actual_sales_jpy),
    "consultations": _consultations,
    "expansion_cases": _expansion_cases,
    "matches_introduced": _matches_reaching(INTRODUCED_OR_LATER, None),
    "students_hired": _students_hired,
    "cooperation_projects": _cooperation_projects,
    "city_exchanges": _city_exchanges,
    "networks_joined": _networks_joined,
    "inbound_delegations": _inbound_delegations,
}
assert set(COUNTERS) == set(FORMULAS)


def total(ind: IndicatorDef, records: list[KpiRecord]) -> float:
    """The number a drill-down list adds up to: how many records, or the sum of their amounts."""
    if ind.sums:
        return float(sum(r.amount or 0 for r in records))
    return float(len(records))


class Kpi:
    """``crm.kpi``: the indicators, their values per fiscal year, the records behind them, and entry."""

    indicators = INDICATORS
    areas = AREAS
    pillars = plan.PILLARS

    @staticmethod
    def shown(ind: IndicatorDef, value: float | None, lang: str) -> str:
        return shown(ind, value, lang)

    def __init__(self, store: Store) -> None:
        self._store = store

    # ------------------------------------------------------------------------------------- reading
    def records(self, code: str, fiscal_year: int) -> list[KpiRecord]:
        """The records a computed indicator counts in ``fiscal_year`` (empty for an entered one)."""
        ind = indicator(code)
        if not ind.computed:
            return []
        with self._store.db.reading() as session:
            return COUNTERS[ind.formula or ""](session, fiscal_year)

    def actual(self, code: str, fiscal_year: int) -> float | None:
        """The indicator's actual in ``fiscal_year``: counted from the records, or as entered."""
        return self.value(code, fiscal_year, years=1).actual

    def value(self, code: str, fiscal_year: int, *, years: int = TREND_YEARS) -> IndicatorValueRow:
        ind = indicator(code)
        return self.values(fiscal_year, years=years, codes=[ind.code])[0]

    def values(self, fiscal_year: int | None = None, *, years: int = TREND_YEARS,
               codes: list[str] | None = None) -> list[IndicatorValueRow]:
        """Every indicator (or those of ``codes``) in ``fiscal_year`` (default: this one), in the plan's order,
        with the trend over the ``years`` fiscal years ending with it."""
        fy = fiscal.current() if fiscal_year is None else fiscal_year
        span = list(range(fy - max(1, years) + 1, fy + 1))
        chosen = [i for i in INDICATORS if codes is None or i.code in codes]
        with self._store.db.reading() as session:
            stored = self._stored(session, span)
            rows = []
            for ind in chosen:
                trend = []
                for year in span:
                    kept = stored.get((ind.code, year))
                    target = kept.target if kept else None
                    if ind.computed:
                        actual: float | None = total(ind, COUNTERS[ind.formula or ""](session, year))
                    else:
                        actual = kept.actual if kept else None
                    trend.append(YearValue(year, target, actual))
                kept = stored.get((ind.code, fy))
                breakdown = self._breakdown(session, ind, fy)
                rows.append(IndicatorValueRow(ind, fy, trend[-1].target, trend[-1].actual, kept.note if kept else None,
                                              trend, kept.id if kept else None, kept.version if kept else None,
                                              breakdown, self._contribution(session, ind, fy)))
        return rows

    @staticmethod
    def _stored(session: Session, span: list[int]) -> dict[tuple[str, int], IndicatorValue]:
        stmt = (select(Indicator.code, IndicatorValue).join(Indicator, Indicator.id == IndicatorValue.indicator_id)
                .where(*live(IndicatorValue), *live(Indicator), IndicatorValue.fiscal_year.in_(span)))
        return {(code, value.fiscal_year): value for code, value in session.execute(stmt)}

    @staticmethod
    def _contribution(session: Session, ind: IndicatorDef, fy: int) -> float | None:
        """For an entered statistic the city's work feeds, the companion indicator's figure in the year."""
        if not ind.contribution:
            return None
        companion = BY_CODE[ind.contribution]
        return total(companion, COUNTERS[companion.formula or ""](session, fy))

    def contribution_records(self, code: str, fiscal_year: int) -> list[KpiRecord]:
        """The records behind an entered indicator's contribution (e.g. the matches hired that year); empty for an
        indicator without one."""
        ind = indicator(code)
        return self.records(ind.contribution, fiscal_year) if ind.contribution else []

    @staticmethod
    def _breakdown(session: Session, ind: IndicatorDef, fy: int) -> list[dict[str, Any]]:
        """City-to-city exchanges per partner city ([network]'s list: every sister city, even with none)."""
        if ind.formula != "city_exchanges":
            return []
        counts: dict[tuple[str | None, str | None], int] = {}
        for r in _city_exchanges(session, fy):
            counts[(r.detail, r.detail_en)] = counts.get((r.detail, r.detail_en), 0) + 1
        # Each city's name as kept and in English, as an indicator's own (name, name_en): a reader of either
        # language finds it by its own name.
        return [{"name": name, "name_en": name_en or name, "count": count}
                for (name, name_en), count in sorted(counts.items(), key=lambda kv: -kv[1]) if name]

    def report(self, fiscal_year: int, *, lang: str = "ja", years: int = TREND_YEARS) -> dict[str, Any]:
        """Plain data for the KPI pack: the year, and per area its indicators with definition, unit, source,
        target, actual, note and trend (numbers, not formatted text)."""
        rows = self.values(fiscal_year, years=years)
        areas = []
        for area in AREAS:
            items = [r for r in rows if r.indicator.area == area.key]
            areas.append({"key": area.key, "name": area.name(lang), "indicators": [
                {**r.as_json(), "name": r.indicator.name(lang), "definition": r.indicator.definition(lang),
                 "counted_by": r.indicator.date(lang), "source": r.indicator.source(lang),
                 "contribution_name": BY_CODE[r.indicator.contribution].name(lang) if r.indicator.contribution else None,
                 "pillar_name": plan.pillar(r.indicator.pillar).ja if lang == "ja" else plan.pillar(r.indicator.pillar).en}
                for r in items]})
        return {"fiscal_year": fiscal_year, "years": [fiscal_year - years + 1 + i for i in range(years)],
                "areas": areas}

    # ------------------------------------------------------------------------------------- files
    def export_xlsx(self, fiscal_year: int, path: Any, *, lang: str = "ja") -> Any:
        """The year's indicators (and the records behind each computed one) as an XLSX file."""
        from sapporo_mice import kpi_xlsx

        return kpi_xlsx.export_file(self, fiscal_year, path, lang)

    def export_records_xlsx(self, code: str, fiscal_year: int, path: Any, *, lang: str = "ja") -> Any:
        """The drill-down list of one computed indicator as an XLSX file."""
        from sapporo_mice import kpi_xlsx

        return kpi_xlsx.export_records_file(self, code, fiscal_year, path, lang)

    def import_xlsx(self, path: Any, *, actor: str, lang: str = "en", fiscal_year: int | None = None) -> dict[str, Any]:
        """Enter the targets, entered actuals and notes of an XLSX file (all rows or none; see kpi_xlsx)."""
        from sapporo_mice import kpi_xlsx

        return kpi_xlsx.import_file(self._store, self, path, actor=actor, lang=lang, fiscal_year=fiscal_year)

    # ------------------------------------------------------------------------------------- entering
    _UNSET: Any = object()

    def set(self, code: str, fiscal_year: Any, *, actor: str, target: Any = _UNSET, actual: Any = _UNSET,
            note: Any = _UNSET, expected_version: int | None = None) -> IndicatorValueRow:
        """Enter a target, an entered actual and/or the note of their source for one indicator and fiscal year
        (one transaction; the value record is created on first entry). Only what is given changes; ``None``
        clears. Raises ``ValidationError`` naming the field (code, fiscal_year, target, actual, note)."""
        ind = indicator(code)
        values = {k: v for k, v in (("target", target), ("actual", actual), ("note", note)) if v is not Kpi._UNSET}
        if not values:
            raise ValidationError([FieldProblem("target", "kpi.nothing_to_set")], "indicator_value")
        with self._store.unit(actor) as unit:
            self.set_in(unit, ind.code, fiscal_year, values, expected_version=expected_version)
        from sapporo_mice.validation.fields import clean_fiscal_year

        return self.value(ind.code, clean_fiscal_year(fiscal_year))

    def set_in(self, unit: Any, code: str, fiscal_year: Any, values: dict[str, Any], *,
               expected_version: int | None = None) -> None:
        """As :meth:`set` inside a caller's unit (an import applies every row in one)."""
        ind = indicator(code)
        ids = plan.seed_indicators_in(unit)
        service = unit.service("indicator_value")
        from sapporo_mice.validation import FieldInvalid
        from sapporo_mice.validation.fields import clean_fiscal_year

        try:
            fy = clean_fiscal_year(fiscal_year)
        except FieldInvalid as exc:
            raise ValidationError([FieldProblem("fiscal_year", exc.code, fiscal_year, exc.params)],
                                  "indicator_value") from exc
        if fy is None:
            raise ValidationError([FieldProblem("fiscal_year", "field.required")], "indicator_value")
        existing = unit.session.scalar(select(IndicatorValue).where(
            IndicatorValue.indicator_id == ids[ind.code], IndicatorValue.fiscal_year == fy, *live(IndicatorValue)))
        if existing is None:
            service.create_in(unit, {"indicator_id": ids[ind.code], "fiscal_year": fy, **values})
        else:
            service.update_in(unit, existing.id, values, expected_version=expected_version)


def shown(ind: IndicatorDef, value: float | None, lang: str) -> str:
    """A target or an actual as a person reads it: 3億1,050万円 / ¥311 million (:func:`formats.money_sum`), 42.5%,
    1,234 件 / 1,234 (empty when unknown); a Japanese counter stands a space from its number, as the app's other
    counts do."""
    from sapporo_mice import formats

    if value is None:
        return ""
    if ind.unit == "円":
        return formats.money_sum(value, lang)
    digits = 0 if float(value).is_integer() else 1
    text = formats.number(value, lang, digits=digits)
    if ind.unit == "%":
        return f"{text}%"
    return f"{text} {ind.unit}" if lang == "ja" else text
