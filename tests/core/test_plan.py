"""The plan's pillars and evaluation indicators, and seeding them through the services."""

from __future__ import annotations

from sapporo_mice import plan
from sapporo_mice.models import IndicatorSource


def test_six_pillars_in_the_plans_order():
    assert [p.number for p in plan.PILLARS] == [1, 2, 3, 4, 5, 6]
    assert plan.pillar(2).ja == "海外との集客交流の拡大"
    assert plan.pillar(6).ja == "海外諸都市等とのネットワーク拡充"
    assert all(p.en for p in plan.PILLARS)


def test_indicators_cover_the_plans_examples():
    names = " ".join(spec.name_ja for spec in plan.INDICATORS)
    for example in ("認知度", "国際協力事業実施数", "交流人口", "リピーター率", "観光満足度", "定住人口", "居住者満足度",
                    "地域活動参加率", "MICE 誘致件数", "外国人就業者数", "海外展開事業事例数", "多文化共生"):
        assert example in names, example
    assert {spec.pillar for spec in plan.INDICATORS} == {1, 2, 3, 4, 5, 6}


def test_indicator_codes_are_unique_and_computed_ones_name_a_known_formula():
    codes = [spec.code for spec in plan.INDICATORS]
    assert len(codes) == len(set(codes))
    for spec in plan.INDICATORS:
        if spec.source == IndicatorSource.COMPUTED:
            assert spec.formula in plan.FORMULAS, spec.code
        else:
            assert spec.formula is None, spec.code
    used = {spec.formula for spec in plan.INDICATORS if spec.formula}
    assert {"expansion_cases", "leads_captured", "bids_won", "students_hired"} <= used == set(plan.FORMULAS)


def test_seeding_creates_every_indicator_once(crm):
    first = plan.seed_indicators(crm.store, actor="t")
    second = plan.seed_indicators(crm.store, actor="t")
    assert first == second and len(first) == len(plan.INDICATORS)
    assert crm.indicators.count() == len(plan.INDICATORS)
    won = crm.indicators.get(first["P2_MICE_WON"])
    assert (won["name_ja"], won["pillar"], won["source"], won["formula"]) == ("MICE 誘致件数", 2, "computed", "bids_won")


def test_seeding_keeps_an_indicator_already_entered_by_hand(crm):
    mine = crm.indicators.create({"code": "P5_FOREIGN_WORKERS", "name_ja": "外国人就業者数（独自）",
                                  "name_en": "Foreign workers", "pillar": 5, "unit": "人"}, actor="t").id
    ids = plan.seed_indicators(crm.store, actor="t")
    assert ids["P5_FOREIGN_WORKERS"] == mine
    assert crm.indicators.get(mine)["name_ja"] == "外国人就業者数（独自）"
