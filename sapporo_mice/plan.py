"""The city's international strategy plan: its six pillars and its evaluation indicators.

The plan (施策の柱 (1)–(6)) tags activities, leads and bids with pillars, and names example
evaluation indicators (評価指標の設定例): 認知度, 国際協力事業実施数, 交流人口, リピーター率,
観光満足度, 定住人口, 居住者満足度, 地域活動参加率, 外国人就業者数, 海外展開事業事例数,
多文化共生に対する市民意識. This module holds them as plain data, plus the ones the CRM's own
records can count (MICE bids won, buyer leads, students hired), and seeds them through the services.

A computed indicator names a ``formula`` key; :data:`FORMULAS` says what each key counts for one
fiscal year (1 April–31 March), so the KPI computation has one written contract to implement.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from sapporo_mice.models import Indicator, IndicatorSource
from sapporo_mice.plan_terms import PILLARS, Pillar, pillar  # noqa: F401  (re-exported)

if TYPE_CHECKING:
    from sapporo_mice.store import Store, Unit


@dataclass(frozen=True)
class IndicatorSpec:
    code: str
    name_ja: str
    name_en: str
    pillar: int
    unit: str
    source: IndicatorSource
    formula: str | None = None
    description: str | None = None

    def as_values(self) -> dict[str, object]:
        return {"code": self.code, "name_ja": self.name_ja, "name_en": self.name_en, "pillar": self.pillar,
                "unit": self.unit, "source": self.source, "formula": self.formula,
                "description": self.description}


COMPUTED, MANUAL = IndicatorSource.COMPUTED, IndicatorSource.MANUAL

# What each formula key counts within one fiscal year (FY N = N-04-01 .. N+1-03-31), live records only.
FORMULAS: dict[str, str] = {
    "bids_submitted": "bids whose stage history reaches bid_submitted in the FY",
    "bids_won": "bids whose stage history reaches won in the FY",
    "delegates_won": "sum of delegates_international + delegates_domestic of bids won in the FY",
    "leads_captured": "leads with a fair_id whose captured_at falls in the FY",
    "fair_participations": "participations in fairs starting in the FY",
    "fair_actual_sales": "sum of participations.actual_sales_jpy for fairs starting in the FY",
    "consultations": "consultations held in the FY",
    "expansion_cases": "expansion cases whose occurred_on falls in the FY",
    "matches_introduced": "matches whose stage history reaches introduced in the FY",
    "students_hired": "matches whose stage history reaches hired in the FY",
    # --- kpi: what [network], [export-support] and the fairs' results feed
    "impact_won": "sum of economic_impact_jpy (the bid's estimate) of bids won in the FY",
    "fair_negotiations": "sum of participations.negotiations for fairs starting in the FY",
    "fair_deals": "sum of participations.deals for fairs starting in the FY",
    "cooperation_projects": "exchanges of a cooperation kind whose period overlaps the FY ([network])",
    "city_exchanges": "exchanges with a partner city or a network starting in the FY ([network])",
    "networks_joined": "city networks Sapporo belongs to at the end of the FY ([network])",
    "inbound_delegations": "visits from abroad, not cancelled, arriving in the FY ([network])",
}

INDICATORS: tuple[IndicatorSpec, ...] = (
    IndicatorSpec("P1_AWARENESS", "海外における札幌市の認知度", "Awareness of Sapporo abroad", 1, "%", MANUAL,
                  description="海外市場調査で把握する"),
    IndicatorSpec("P1_INTL_COOPERATION", "国際協力事業実施数", "International cooperation projects", 1, "件",
                  COMPUTED, "cooperation_projects", description="JICA 等との連携による国際協力事業"),
    IndicatorSpec("P2_VISITORS", "外国人来訪者数（交流人口）", "International visitors (visitor population)", 2,
                  "人", MANUAL),
    IndicatorSpec("P2_REPEAT_RATE", "外国人観光客のリピーター率", "Repeat rate of international tourists", 2, "%",
                  MANUAL),
    IndicatorSpec("P2_SATISFACTION", "外国人観光客の観光満足度", "Satisfaction of international tourists", 2, "%",
                  MANUAL),
    IndicatorSpec("P2_MICE_BIDS", "MICE 誘致提案件数", "MICE bids submitted", 2, "件", COMPUTED, "bids_submitted"),
    IndicatorSpec("P2_MICE_WON", "MICE 誘致件数", "MICE bids won", 2, "件", COMPUTED, "bids_won"),
    IndicatorSpec("P2_MICE_DELEGATES", "誘致決定した国際会議の参加者数", "Delegates of meetings won", 2, "人",
                  COMPUTED, "delegates_won"),
    IndicatorSpec("P2_MICE_IMPACT", "誘致決定した国際会議の経済波及効果（推計）",
                  "Estimated economic impact of meetings won", 2, "円", COMPUTED, "impact_won"),
    IndicatorSpec("P3_CITIZEN_AWARENESS", "多文化共生に対する市民意識（肯定的回答の割合）",
                  "Citizens' support for a multicultural society (survey)", 3, "%", MANUAL),
    IndicatorSpec("P3_FOREIGN_RESIDENTS", "外国人住民数（定住人口）", "Foreign residents (resident population)", 3,
                  "人", MANUAL),
    IndicatorSpec("P3_RESIDENT_SATISFACTION", "外国人住民の居住者満足度", "Foreign residents' satisfaction", 3, "%",
                  MANUAL),
    IndicatorSpec("P3_COMMUNITY_PARTICIPATION", "外国人住民の地域活動参加率",
                  "Foreign residents taking part in community activities", 3, "%", MANUAL),
    IndicatorSpec("P4_EXPANSION_CASES", "海外展開事業事例数", "Overseas expansion cases", 4, "件", COMPUTED,
                  "expansion_cases"),
    IndicatorSpec("P4_BUYER_LEADS", "海外見本市での商談件数", "Buyer leads captured at fairs abroad", 4, "件",
                  COMPUTED, "leads_captured"),
    IndicatorSpec("P4_FAIR_EXHIBITORS", "海外見本市への出展企業数", "Company participations in fairs abroad", 4,
                  "社", COMPUTED, "fair_participations"),
    IndicatorSpec("P4_FAIR_SALES", "海外見本市での成約額", "Sales closed at fairs abroad", 4, "円", COMPUTED,
                  "fair_actual_sales"),
    IndicatorSpec("P4_FAIR_NEGOTIATIONS", "海外見本市での出展企業の商談数", "Negotiations of exhibitors at fairs abroad",
                  4, "件", COMPUTED, "fair_negotiations"),
    IndicatorSpec("P4_FAIR_DEALS", "海外見本市での成約件数", "Deals closed at fairs abroad", 4, "件", COMPUTED,
                  "fair_deals"),
    IndicatorSpec("P4_CONSULTATIONS", "海外展開相談件数", "Export-support consultations", 4, "件", COMPUTED,
                  "consultations"),
    IndicatorSpec("P5_FOREIGN_WORKERS", "外国人就業者数", "Foreign workers employed in Sapporo", 5, "人", MANUAL),
    IndicatorSpec("P5_STUDENT_MATCHES", "留学生と市内企業のマッチング件数",
                  "Student–company introductions", 5, "件", COMPUTED, "matches_introduced"),
    IndicatorSpec("P5_STUDENTS_HIRED", "留学生の市内企業への就職者数", "International students hired locally", 5,
                  "人", COMPUTED, "students_hired"),
    IndicatorSpec("P6_CITY_EXCHANGES", "海外諸都市との交流事業数", "Exchanges with cities abroad", 6, "件", COMPUTED,
                  "city_exchanges"),
    IndicatorSpec("P6_NETWORKS", "参加している国際的な都市ネットワーク・国際機関数",
                  "International city networks and bodies joined", 6, "団体", COMPUTED, "networks_joined"),
    IndicatorSpec("P6_INBOUND_DELEGATIONS", "海外からの訪問団の受入件数", "Delegations received from abroad", 6, "件",
                  COMPUTED, "inbound_delegations"),
)


def indicator_spec(code: str) -> IndicatorSpec:
    return next(spec for spec in INDICATORS if spec.code == code)


def seed_indicators(store: Store, *, actor: str) -> dict[str, str]:
    """Create the plan's indicators that are missing (by code); returns every code's id."""
    with store.unit(actor) as unit:
        return seed_indicators_in(unit)


def seed_indicators_in(unit: Unit, *, ids: dict[str, str] | None = None) -> dict[str, str]:
    """As :func:`seed_indicators`, inside a caller's unit; ``ids`` may fix new records' ids."""
    existing = {code: id_ for code, id_ in unit.session.execute(select(Indicator.code, Indicator.id))}
    for spec in INDICATORS:
        if spec.code not in existing:
            values = {**spec.as_values(), "id": (ids or {}).get(spec.code)}
            existing[spec.code] = unit.service("indicator").create_in(unit, values).id
    return {spec.code: existing[spec.code] for spec in INDICATORS}
