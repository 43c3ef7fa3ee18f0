"""Demo data of the KPI area (issue [kpi]): targets for every indicator over the demo's three fiscal years, and
the hand-entered figures with a note of their source for the years already surveyed, so the dashboard shows
trends, targets met and missed, and one year (the current one) still waiting for its survey figures."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from sapporo_mice import plan
from sapporo_mice.models import IndicatorSource, IndicatorValue

# FY2024 target and its yearly step, per indicator (whole numbers for counts, as a plan states them).
BASELINES: dict[str, tuple[float, float]] = {
    # entered by hand
    "P1_AWARENESS": (35.0, 2.0), "P2_VISITORS": (2_500_000, 150_000), "P2_REPEAT_RATE": (30.0, 1.5),
    "P2_SATISFACTION": (85.0, 1.0), "P3_CITIZEN_AWARENESS": (60.0, 2.0), "P3_FOREIGN_RESIDENTS": (18_000, 1_200),
    "P3_RESIDENT_SATISFACTION": (70.0, 1.5), "P3_COMMUNITY_PARTICIPATION": (20.0, 1.5),
    "P5_FOREIGN_WORKERS": (9_000, 800),
    # counted from the records: targets near what the demo's records give, some met and some not
    "P1_INTL_COOPERATION": (2, 1), "P2_MICE_BIDS": (5, 1), "P2_MICE_WON": (2, 1), "P2_MICE_DELEGATES": (2_000, 250),
    "P2_MICE_IMPACT": (300_000_000, 50_000_000), "P4_EXPANSION_CASES": (6, 2), "P4_BUYER_LEADS": (80, 10),
    "P4_FAIR_EXHIBITORS": (15, 2), "P4_FAIR_SALES": (40_000_000, 10_000_000), "P4_FAIR_NEGOTIATIONS": (400, 50),
    "P4_FAIR_DEALS": (40, 5), "P4_CONSULTATIONS": (18, 2), "P5_STUDENT_MATCHES": (20, 3), "P5_STUDENTS_HIRED": (4, 1),
    "P6_CITY_EXCHANGES": (4, 1), "P6_NETWORKS": (2, 0), "P6_INBOUND_DELEGATIONS": (2, 1),
}

# Where each entered figure comes from, as staff note it ({fy}: the fiscal year in Japanese).
SOURCES: dict[str, str] = {
    "P1_AWARENESS": "海外市場調査（{fy}、アジア・欧米 8 か国）",
    "P2_VISITORS": "札幌市観光客入込数調査（{fy}）",
    "P2_REPEAT_RATE": "来札観光客満足度調査（{fy}）",
    "P2_SATISFACTION": "来札観光客満足度調査（{fy}）",
    "P3_CITIZEN_AWARENESS": "市民意識調査（{fy}）",
    "P3_FOREIGN_RESIDENTS": "住民基本台帳（{fy}末）",
    "P3_RESIDENT_SATISFACTION": "外国人市民アンケート調査（{fy}）",
    "P3_COMMUNITY_PARTICIPATION": "外国人市民アンケート調査（{fy}）",
    "P5_FOREIGN_WORKERS": "外国人雇用状況の届出（北海道労働局、{fy}）",
}


def indicator_values(load: Any, indicator_ids: dict[str, str], fiscal_years: tuple[int, ...], current: int) -> None:
    """Targets for ``fiscal_years``; actuals and source notes for the entered indicators of the years before
    ``current`` (the current year's surveys are not out yet). Keeps any value already stored."""
    present = {tuple(row) for row in load.unit.session.execute(select(IndicatorValue.indicator_id,
                                                                      IndicatorValue.fiscal_year))}
    for spec in plan.INDICATORS:
        base, step = BASELINES.get(spec.code, (10, 1))
        for offset, fiscal_year in enumerate(fiscal_years):
            if (indicator_ids[spec.code], fiscal_year) in present:
                continue
            target = float(base + step * offset)
            actual = note = None
            if spec.source == IndicatorSource.MANUAL and fiscal_year < current:
                actual = round(target * load.rng.uniform(0.9, 1.06), 1 if spec.unit == "%" else 0)
                note = SOURCES.get(spec.code, "担当課の集計（{fy}）").format(fy=f"{fiscal_year}年度")
            load.add(IndicatorValue, dt.datetime(fiscal_year, 4, 1, tzinfo=dt.UTC),
                     indicator_id=indicator_ids[spec.code], fiscal_year=fiscal_year, target=target, actual=actual,
                     note=note)
