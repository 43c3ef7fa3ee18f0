"""A meeting series' rotation: from its past (and already awarded) editions, the pattern of where it meets and
the next year it can come to Asia, to Japan and to Sapporo, with the reasoning spelt out.

The reasoning a convention bureau uses, made explicit:

1. **Cycle.** Editions come every 1, 2, 3 or 4 years (the series' frequency; for an irregular series, the
   usual gap between its editions). The first open edition is the one after the last known one; editions
   are projected forward from there to the years still to come.
2. **Regions.** When the regions of the latest editions repeat with a period (Asia, Europe, Americas, Asia,
   Europe, Americas …), the projected editions follow that period. Otherwise the series comes back to a
   region no sooner than it ever has (the shortest gap between two editions in one region); a region it has
   never met in is open at the first open edition.
3. **Country and city.** A series has not come back to the same country (city) sooner than the shortest
   such return in its history; when it has never returned to one, not within the history recorded.
4. **Horizon.** Editions are projected some 60 cycles ahead; a place none of them can reach by these rules has
   no year, and says so.

Every reason is a message id with its values, so the UI and the CLI show it in either language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sapporo_mice import messages
from sapporo_mice.enums import Frequency

messages.register({
    "rotation.no_history": {
        "en": "No past editions are recorded: add them to the series to see its rotation.",
        "ja": "過去の開催実績が登録されていません。シリーズに開催実績を追加すると持ち回りの傾向が分かります。",
    },
    "rotation.cycle": {
        "en": "Meets every {interval:|year|years}; the last known edition is {last} ({city}), so the next open edition is {next}.",
        "ja": "{interval} 年ごとに開催。最後に分かっている開催は {last} 年（{city}）なので、次に決まっていない回は {next} 年です。",
    },
    "rotation.history_gap": {
        "en": "No edition after {last} is recorded: add the editions since for a surer answer.",
        "ja": "{last} 年より後の開催実績が登録されていません。その後の開催実績を追加すると、より確かな結果になります。",
    },
    "rotation.period": {
        "en": "The regions repeat every {period:|edition|editions} ({sequence}): {year} is expected in {region}.",
        "ja": "開催地域は {period:,} 回ごとに繰り返しています（{sequence}）。{year} 年は{region}の番です。",
    },
    "rotation.period_without": {
        "en": "The regions repeat every {period:|edition|editions} ({sequence}) without {region}: an edition there would "
              "break the pattern, so treat the year below as the earliest, not the likely one.",
        "ja": "開催地域は {period:,} 回ごとに繰り返しており（{sequence}）、{region}は含まれていません。"
              "{region}での開催はこの傾向から外れるため、下の年は最も早い可能性として扱ってください。",
    },
    "rotation.region_gap": {
        "en": "It has come back to {region} after {gap:|year|years} at the soonest; it was last there in {last}.",
        "ja": "{region}に戻るまでの最短間隔は {gap} 年で、前回の{region}開催は {last} 年です。",
    },
    "rotation.region_never": {
        "en": "It has never met in {region}: {region} is open from the next open edition.",
        "ja": "{region}での開催実績がないため、次に決まっていない回から{region}の可能性があります。",
    },
    "rotation.country_gap": {
        "en": "It has come back to a country after {gap:|year|years} at the soonest; {country} last hosted it in {last}.",
        "ja": "同じ国に戻るまでの最短間隔は {gap} 年で、{country}での前回開催は {last} 年です。",
    },
    "rotation.country_no_return": {
        "en": "It has not returned to any country within the {span:|year|years} recorded; {country} last hosted it in {last}.",
        "ja": "記録のある {span} 年間に同じ国での再開催はなく、{country}での前回開催は {last} 年です。",
    },
    "rotation.city_gap": {
        "en": "It has come back to a city after {gap:|year|years} at the soonest; {city} last hosted it in {last}.",
        "ja": "同じ都市に戻るまでの最短間隔は {gap} 年で、{city}での前回開催は {last} 年です。",
    },
    "rotation.city_no_return": {
        "en": "It has not returned to any city within the {span:|year|years} recorded; {city} last hosted it in {last}.",
        "ja": "記録のある {span} 年間に同じ都市での再開催はなく、{city}での前回開催は {last} 年です。",
    },
    "rotation.never_here": {
        "en": "It has never met in {place}.",
        "ja": "{place}での開催実績はありません。",
    },
    "rotation.within": {
        "en": "{place} can host only in a year the meeting can be in {wider} ({year} at the earliest).",
        "ja": "{place}での開催は、{wider}で開催できる年に限られます（最も早くて {year} 年）。",
    },
    "rotation.eligible": {
        "en": "Next eligible year for {place}: {year}.",
        "ja": "{place}で開催できる最も早い年: {year} 年。",
    },
    "rotation.beyond_horizon": {
        "en": "No edition up to {until} can be in {place} by these rules.",
        "ja": "この傾向では、{until} 年までの開催で{place}になる年はありません。",
    },
})

PLACE_NAMES = {
    "asia": {"en": "Asia", "ja": "アジア"}, "europe": {"en": "Europe", "ja": "ヨーロッパ"},
    "americas": {"en": "the Americas", "ja": "南北アメリカ"}, "africa": {"en": "Africa", "ja": "アフリカ"},
    "oceania": {"en": "Oceania", "ja": "オセアニア"}, "japan": {"en": "Japan", "ja": "日本"},
    "sapporo": {"en": "Sapporo", "ja": "札幌"},
}
_PLACE_PARAMS = ("place", "wider", "region", "country", "city")


def reason_text(reason: "Reason", lang: str) -> str:
    """A reason in ``lang``: its places named in that language."""
    code, params = reason
    lang = lang if lang in ("en", "ja") else "en"
    shown = {k: PLACE_NAMES[v][lang] if k in _PLACE_PARAMS and v in PLACE_NAMES else v for k, v in params.items()}
    if isinstance(shown.get("sequence"), list):
        shown["sequence"] = " → ".join(PLACE_NAMES[r][lang] for r in shown["sequence"])
    return messages.render(code, lang, **shown)
# UN M49 continents (Europe: everything not listed). Asia includes the Middle East and Central Asia.
_REGION_CODES = {
    "asia": "AE AF AM AZ BD BH BN BT CN CY GE HK ID IL IN IQ IR JO JP KG KH KP KR KW KZ LA LB LK MM MN MO MV MY "
            "NP OM PH PK PS QA SA SG SY TH TJ TL TM TR TW UZ VN YE",
    "oceania": "AS AU CK FJ FM GU KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV UM VU WF WS",
    "americas": "AG AI AR AW BB BL BM BO BQ BR BS BZ CA CL CO CR CU CW DM DO EC FK GD GF GL GP GT GY HN HT JM KN "
                "KY LC MF MQ MS MX NI PA PE PM PR PY SR SV SX TC TT US UY VC VE VG VI",
    "africa": "AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW KE KM LR LS LY MA MG ML MR MU "
              "MW MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TG TN TZ UG YT ZA ZM ZW",
}
REGION_OF = {code: region for region, codes in _REGION_CODES.items() for code in codes.split()}
INTERVAL = {Frequency.ANNUAL: 1, Frequency.BIENNIAL: 2, Frequency.TRIENNIAL: 3, Frequency.QUADRENNIAL: 4}
SAPPORO = ("sapporo", "札幌", "札幌市")


def region_of(country: str | None) -> str | None:
    return None if not country else REGION_OF.get(country.upper(), "europe")


def is_sapporo(city: str | None) -> bool:
    return bool(city) and city.strip().lower() in SAPPORO


Reason = tuple[str, dict[str, Any]]  # a message id and its values


@dataclass(frozen=True)
class Eligibility:
    place: str  # asia | japan | sapporo
    year: int | None
    reasons: list[Reason] = field(default_factory=list)


@dataclass(frozen=True)
class Rotation:
    interval: int
    pattern: list[dict[str, Any]]  # each edition: year, city, country, region
    next_open_year: int | None
    asia: Eligibility
    japan: Eligibility
    sapporo: Eligibility
    reasons: list[Reason] = field(default_factory=list)

    def as_json(self, lang: str = "en") -> dict[str, Any]:
        def text(reasons: list[Reason]) -> list[str]:
            return [reason_text(r, lang) for r in reasons]

        return {"interval": self.interval, "next_open_year": self.next_open_year, "pattern": self.pattern,
                "reasons": text(self.reasons),
                **{e.place: {"year": e.year, "reasons": text(e.reasons)} for e in (self.asia, self.japan, self.sapporo)}}


def _interval(frequency: Any, years: Sequence[int]) -> int:
    try:
        interval = INTERVAL.get(Frequency(frequency))
    except ValueError:
        interval = None
    if interval:
        return interval
    gaps = sorted(b - a for a, b in zip(years, years[1:]) if b > a)
    return gaps[len(gaps) // 2] if gaps else 1


def _period(regions: Sequence[str]) -> int | None:
    """The shortest period (2–6) with which the latest regions repeat, seen at least twice over; None if none."""
    for period in range(2, 7):
        window = regions[-2 * period:]
        if len(window) == 2 * period and len(set(window[:period])) > 1 \
                and all(window[i] == window[i + period] for i in range(period)):
            return period
    return None


def _min_return(years_by_key: dict[str, list[int]]) -> int | None:
    gaps = [b - a for years in years_by_key.values() for a, b in zip(years, years[1:]) if b > a]
    return min(gaps) if gaps else None


def _group(editions: Sequence[dict[str, Any]], key: Any) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = {}
    for e in editions:
        k = key(e)
        if k:
            groups.setdefault(k, []).append(e["year"])
    return groups


def next_eligible(series: dict[str, Any], editions: Sequence[dict[str, Any]], *,
                  today: dt.date | None = None) -> Rotation:
    """The series' rotation and its next eligible years for Asia, Japan and Sapporo (editions from this year
    on: a history that stops years ago is projected forward on its cycle)."""
    today = today or dt.date.today()
    editions = sorted((e for e in editions if e.get("year")), key=lambda e: e["year"])
    pattern = [{"year": e["year"], "city": e.get("city"), "country": e.get("country"),
                "region": region_of(e.get("country"))} for e in editions]
    interval = _interval(series.get("frequency"), [e["year"] for e in editions])
    if not editions:
        none = [("rotation.no_history", {})]
        return Rotation(interval, [], None, *(Eligibility(p, None, none) for p in ("asia", "japan", "sapporo")), none)
    last = editions[-1]
    next_open = last["year"] + interval
    projected = [next_open + i * interval for i in range(max(60, (today.year - next_open) // interval + 60))]
    reasons: list[Reason] = [("rotation.cycle", {"interval": interval, "last": last["year"],
                                                  "city": last.get("city") or "?", "next": next_open})]
    if next_open < today.year:
        reasons.append(("rotation.history_gap", {"last": last["year"]}))
    asia, asia_years = _asia(pattern, projected, today)
    japan, japan_years = _place(pattern, asia, asia_years, "japan", lambda e: e.get("country"), "JP", projected[-1])
    sapporo, _ = _place(pattern, japan, japan_years, "sapporo", _city_key, "sapporo", projected[-1])
    return Rotation(interval, pattern, next_open, asia, japan, sapporo, reasons)


def _city_key(edition: dict[str, Any]) -> str:
    return "sapporo" if is_sapporo(edition.get("city")) else (edition.get("city") or "").strip().lower()


def _asia(pattern: list[dict[str, Any]], projected: list[int], today: dt.date) -> tuple[Eligibility, list[int]]:
    """The first edition that can be in Asia, and every later one that can (for Japan and Sapporo)."""
    name = "asia"
    regions = [p["region"] for p in pattern if p["region"]]
    future = [y for y in projected if y >= today.year]
    period = _period(regions)
    outside: list[Reason] = []
    if period and "asia" not in regions[-period:]:
        outside = [("rotation.period_without", {"period": period, "sequence": list(regions[-period:]),
                                                "region": name})]
        period = None
    if period:
        start = len(regions)
        predicted = {y: regions[start - period + (i % period)] for i, y in enumerate(projected)}
        years = [y for y in future if predicted[y] == "asia"]
        sequence = list(regions[-period:])
        reasons = [("rotation.period", {"period": period, "sequence": sequence, "year": years[0], "region": name})]
    else:
        in_asia = [p["year"] for p in pattern if p["region"] == "asia"]
        if not in_asia:
            years = future
            reasons = [("rotation.region_never", {"region": name})]
        else:
            gap = _min_return(_group(pattern, lambda e: e["region"])) or (pattern[-1]["year"] - pattern[0]["year"] + 1)
            years = _spaced([y for y in future if y >= in_asia[-1] + gap], gap)
            reasons = [("rotation.region_gap", {"region": name, "gap": gap, "last": in_asia[-1]})]
    return _eligible("asia", [*outside, *reasons], years, projected[-1])


def _eligible(place: str, reasons: list[Reason], years: list[int], until: int) -> tuple[Eligibility, list[int]]:
    """The place's first eligible year, or none up to ``until`` (the last edition projected): rules drawn from a
    short history can leave no year at all (Sapporo, last host in 2014 and not back within 25 years, when Japan's
    only turn up to then is 2038)."""
    if not years:
        return Eligibility(place, None, [*reasons, ("rotation.beyond_horizon", {"place": place, "until": until})]), []
    return Eligibility(place, years[0], [*reasons, ("rotation.eligible", {"place": place, "year": years[0]})]), years


def _spaced(years: list[int], gap: int) -> list[int]:
    """Edition years at least ``gap`` apart, from the first: a region's later turns after its next one."""
    chosen: list[int] = []
    for year in years:
        if not chosen or year - chosen[-1] >= gap:
            chosen.append(year)
    return chosen


def _place(pattern: list[dict[str, Any]], wider: Eligibility, wider_years: list[int], place: str, key: Any,
           here: str, until: int) -> tuple[Eligibility, list[int]]:
    """Japan within Asia, Sapporo within Japan: one of the wider place's years, and no sooner than the series
    has ever come back to a country (city); none when the wider place has none up to ``until``."""
    name = place
    wider_name = wider.place
    if not wider_years:
        return _eligible(place, [], [], until)
    reasons: list[Reason] = [("rotation.within", {"place": name, "wider": wider_name, "year": wider.year})]
    groups = _group(pattern, key)
    earliest = wider_years[0]
    gap = _min_return(groups)
    if here in groups:
        last = groups[here][-1]
        unit = "country" if place == "japan" else "city"
        if gap is None:
            span = pattern[-1]["year"] - pattern[0]["year"] + 1
            gap = span
            reasons.append((f"rotation.{unit}_no_return", {"span": span, unit: name, "last": last}))
        else:
            reasons.append((f"rotation.{unit}_gap", {"gap": gap, unit: name, "last": last}))
        earliest = max(earliest, last + gap)
    else:
        reasons.append(("rotation.never_here", {"place": name}))
    years = _spaced([y for y in wider_years if y >= earliest], gap or 1)
    return _eligible(place, reasons, years, until)
