"""The rotation's next eligible years for Asia, Japan and Sapporo, on made-up histories (no database)."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sapporo_mice.rotation import next_eligible, reason_text

TODAY = dt.date(2026, 12, 1)


def _history(*rows):
    return [{"year": y, "city": c, "country": k} for y, c, k in rows]


def test_a_regular_three_region_cycle_puts_asia_every_third_edition():
    history = _history((2018, "Berlin", "DE"), (2019, "Toronto", "CA"), (2020, "Kyoto", "JP"),
                       (2021, "Vienna", "AT"), (2022, "Chicago", "US"), (2023, "Singapore", "SG"),
                       (2024, "Madrid", "ES"), (2025, "Denver", "US"), (2026, "Taipei", "TW"), (2027, "Rome", "IT"))
    r = next_eligible({"frequency": "annual"}, history, today=TODAY)
    assert r.next_open_year == 2028
    assert r.asia.year == 2029  # 2028 the Americas, 2029 Asia
    # US returned after 3 years, so Japan (2020) could come back from 2023: the next Asian turn is 2029
    assert r.japan.year == 2029 and r.sapporo.year == 2029
    assert reason_text(r.asia.reasons[0], "ja") == (
        "開催地域は 3 回ごとに繰り返しています（南北アメリカ → アジア → ヨーロッパ）。2029 年はアジアの番です。")


def test_a_biennial_series_that_never_met_in_asia_is_open_at_its_next_edition():
    history = _history((2018, "Oslo", "NO"), (2020, "Lisbon", "PT"), (2022, "Quebec", "CA"), (2024, "Prague", "CZ"))
    r = next_eligible({"frequency": "biennial"}, history, today=TODAY)
    assert (r.interval, r.next_open_year, r.asia.year, r.japan.year, r.sapporo.year) == (2, 2026, 2026, 2026, 2026)
    assert [c for c, _ in r.asia.reasons] == ["rotation.region_never", "rotation.eligible"]


def test_a_city_that_hosted_waits_as_long_as_cities_have_waited():
    history = _history((2010, "Sapporo", "JP"), (2012, "Lyon", "FR"), (2014, "Sapporo", "JP"),
                       (2016, "Lyon", "FR"), (2018, "Busan", "KR"), (2020, "Lyon", "FR"), (2022, "Osaka", "JP"))
    r = next_eligible({"frequency": "biennial"}, history, today=TODAY)
    # no period; Asia came back after 4 years at the soonest (2010 → 2014 → 2018 → 2022): from 2026
    assert r.asia.year == 2026
    # a country came back after 4 years at the soonest (Sapporo 2010 → 2014): Japan after Osaka 2022 from 2026
    assert r.japan.year == 2026
    # a city came back after 4 years at the soonest; Sapporo last hosted in 2014
    assert r.sapporo.year == 2026
    assert "札幌での前回開催は 2014 年です" in reason_text(r.sapporo.reasons[1], "ja")


def test_an_old_history_is_projected_to_the_years_still_to_come():
    history = _history((2001, "Paris", "FR"), (2002, "Tokyo", "JP"))
    r = next_eligible({"frequency": "annual"}, history, today=TODAY)
    assert r.next_open_year == 2003 and r.asia.year >= 2026


def test_no_history_says_so():
    r = next_eligible({"frequency": "annual"}, [], today=TODAY)
    assert r.asia.year is None and r.reasons[0][0] == "rotation.no_history"


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(1990, 2030), st.sampled_from(["JP", "FR", "US", "KR", "AU", "BR", "ZA"]),
                          st.sampled_from(["Sapporo", "Paris", "Tokyo", "Boston", "Seoul"])), min_size=1, max_size=15),
       st.sampled_from(["annual", "biennial", "triennial", "quadrennial", "irregular"]))
def test_eligible_years_nest_and_lie_on_the_cycle_for_any_history(rows, frequency):
    history = _history(*((y, c, k) for y, k, c in rows))
    r = next_eligible({"frequency": frequency}, history, today=TODAY)
    places = (r.asia, r.japan, r.sapporo)
    # A place with no year up to the last projected edition says so, and so do the places within it.
    known = [e.year for e in places if e.year is not None]
    assert [e.year is None for e in places] == [False] * len(known) + [True] * (3 - len(known))
    assert all(e.reasons[-1][0] == "rotation.beyond_horizon" for e in places[len(known):])
    assert [r.next_open_year, *known] == sorted([r.next_open_year, *known])
    assert not known or known[0] >= TODAY.year
    for year in known:
        assert (year - r.next_open_year) % r.interval == 0
    for eligibility in places:
        for lang in ("en", "ja"):
            assert all("{" not in reason_text(reason, lang) for reason in eligibility.reasons)


def test_a_place_no_projected_edition_can_reach_has_no_year_and_says_so():
    """Found by the property above: Asia every 24 years (1990, 2014), Japan not back within the 25 years
    recorded, so Japan's only turn up to the last projected edition is 2038; Sapporo (2014) cannot come back
    before 2039. Sapporo has no year then, rather than the check failing."""
    history = _history((1990, "Paris", "JP"), (2014, "Sapporo", "KR"))
    r = next_eligible({"frequency": "annual"}, history, today=TODAY)
    assert (r.asia.year, r.japan.year, r.sapporo.year) == (2038, 2038, None)
    code, params = r.sapporo.reasons[-1]
    assert code == "rotation.beyond_horizon" and params["until"] == r.next_open_year + 70
    assert reason_text(r.sapporo.reasons[-1], "ja") == "この傾向では、2085 年までの開催で札幌になる年はありません。"
    assert reason_text(r.sapporo.reasons[-1], "en") == "No edition up to 2085 can be in Sapporo by these rules."


def test_a_cycle_without_asia_says_so_and_still_gives_the_earliest_year():
    history = _history((2019, "Boston", "US"), (2020, "Lyon", "FR"), (2021, "Denver", "US"), (2022, "Rome", "IT"))
    r = next_eligible({"frequency": "annual"}, history, today=TODAY)
    assert [c for c, _ in r.asia.reasons] == ["rotation.period_without", "rotation.region_never", "rotation.eligible"]
    assert r.asia.year == 2026
