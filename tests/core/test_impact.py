"""The economic-impact estimator's arithmetic, its sources and the parameters a bid keeps (no database)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sapporo_mice.impact import (
    CHANGED_VALUE,
    JTA_2016_PER_FOREIGN,
    SOURCES,
    ImpactParameters,
    clean_stored,
    differences,
    estimate,
    read_stored,
    sources_for,
)
from sapporo_mice.validation import FieldInvalid


def test_a_thousand_international_conference_delegates_spend_373288000_yen():
    result = estimate("conference", international=1000)
    assert result.direct_jpy == 373_288_000
    assert result.ripple_jpy == round(373_288_000 * 1.97)


@pytest.mark.parametrize(("kind", "per_person"), [("conference", 373_288), ("corporate_meeting", 325_069),
                                                  ("incentive", 319_722), ("exhibition", 274_893)])
def test_each_meeting_type_uses_the_jta_2016_figure(kind, per_person):
    assert estimate(kind, international=1).international_jpy == per_person


def test_the_ripple_multiplier_is_the_surveys_ratio():
    assert ImpactParameters().ripple_multiplier == 1.97
    assert round(1_059_000_000_000 / 538_400_000_000, 2) == 1.97


def test_excluding_airfare_takes_its_share_off_the_foreign_figure_only():
    p = ImpactParameters(exclude_airfare=True, airfare_share_pct=40)
    result = estimate("conference", international=100, domestic=10, accompanying=5, organiser_spend_jpy=1_000_000,
                      parameters=p)
    assert result.international_jpy == 100 * (373_288 * 60 // 100)
    assert (result.domestic_jpy, result.accompanying_jpy, result.organiser_jpy) == (500_000, 750_000, 1_000_000)
    assert result.direct_jpy == result.international_jpy + 500_000 + 750_000 + 1_000_000


def test_every_parameter_names_its_source_and_year_and_assumptions_say_so():
    assert set(SOURCES) >= {f"per_foreign_jpy.{k}" for k in JTA_2016_PER_FOREIGN}
    assert all(s.year for s in SOURCES.values())
    assert SOURCES["per_foreign_jpy.conference"].year == 2016 and not SOURCES["per_foreign_jpy.conference"].assumed
    assert SOURCES["per_domestic_jpy"].assumed and "仮定" in SOURCES["per_domestic_jpy"].ja


def test_a_changed_value_is_cited_as_changed_not_as_the_surveys():
    # A multiplier of 2.00 was cited as 観光庁（2016年）: 生産誘発額 1兆590億円 ÷ 消費額 5,384億円, which is 1.97.
    changed = sources_for(ImpactParameters.from_dict({"ripple_multiplier": 2.0, "per_domestic_jpy": 60_000}))
    assert changed["ripple_multiplier"] is CHANGED_VALUE and changed["per_domestic_jpy"] is CHANGED_VALUE
    assert changed["per_foreign_jpy.conference"] is SOURCES["per_foreign_jpy.conference"]
    assert sources_for(ImpactParameters()) == SOURCES
    assert CHANGED_VALUE.cited("ja") == "変更した値（公表値・市の仮定値とは異なります）"
    assert SOURCES["per_foreign_jpy.conference"].cited("ja").endswith("（2016年）")
    assert SOURCES["per_foreign_jpy.conference"].cited("en").endswith(" (2016)")


def test_differences_from_todays_defaults_are_listed_parameter_by_parameter():
    kept = ImpactParameters.from_dict({"per_foreign_jpy": {"conference": 400_000}, "ripple_multiplier": 1.5})
    assert differences(kept, ImpactParameters()) == [("per_foreign_jpy.conference", 400_000, 373_288),
                                                     ("ripple_multiplier", 1.5, 1.97)]


def test_what_a_bid_keeps_reads_back_the_same():
    text = clean_stored({"parameters": {"exclude_airfare": True}, "organiser_spend_jpy": "2500000"})
    params, spend = read_stored(text)
    assert params.exclude_airfare and spend == 2_500_000
    assert read_stored("not json") == (None, None)


@pytest.mark.parametrize(("value", "code"), [
    ({"parameters": {"per_domestic_jpy": -1}}, "impact.out_of_range"),
    ({"parameters": {"airfare_share_pct": 101}}, "impact.out_of_range"),
    ({"parameters": {"per_foreign_jpy": {"party": 1}}}, "impact.unknown_parameter"),
    ({"parameters": {"per_domestic_jpy": 1.5}}, "impact.not_a_number"),
    ({"other": 1}, "impact.unreadable"),
    ("{", "impact.unreadable"),
    # JSON text may say Infinity (Python's json reads it): no whole number, not a crash.
    ('{"organiser_spend_jpy": Infinity}', "impact.not_a_number"),
    ('{"parameters": {"airfare_share_pct": -Infinity}}', "impact.not_a_number"),
])
def test_bad_parameters_name_what_is_wrong(value, code):
    with pytest.raises(FieldInvalid) as refused:
        clean_stored(value)
    assert refused.value.code == code


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(["per_domestic_jpy", "per_accompanying_jpy", "airfare_share_pct",
                                        "ripple_multiplier", "exclude_airfare", "bogus"]),
                       st.one_of(st.integers(-10, 10**9), st.floats(allow_nan=True), st.text(max_size=5),
                                 st.booleans(), st.none())))
@example({"airfare_share_pct": float("inf")})  # once an OverflowError, found by this test
def test_any_input_is_either_clean_parameters_or_a_named_problem(data):
    try:
        p = ImpactParameters.from_dict(data)
    except FieldInvalid as exc:
        assert exc.code.startswith("impact.")
    else:
        assert 0 <= p.airfare_share_pct <= 100 and 1.0 <= p.ripple_multiplier <= 10.0
        assert estimate("conference", international=10, parameters=p).direct_jpy >= 0
