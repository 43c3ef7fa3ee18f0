"""The economic-impact estimator of a bid: direct spend from cited per-participant figures, the ripple effect
by a multiplier, and the parameters each estimate was made with.

Direct spend = international delegates × ¥ per foreign participant for the meeting type (× (1 − the
airfare share) when international airfare is excluded) + domestic delegates × ¥ per domestic participant
+ accompanying persons × ¥ per accompanying person + the organiser's own spend. The ripple effect (生産
誘発額) = direct spend × the multiplier.

The defaults come from the Japan Tourism Agency's survey of international MICE events (2016): spend per
foreign participant by meeting type, international airfare included, and a multiplier of ≈1.97 (the
survey's ¥1.059 trillion ripple over ¥538.4 billion spend). The figures the survey does not give (domestic
participants, accompanying persons, the airfare share) are the city's own assumptions, marked as such, so a
reader of an estimate can tell a cited figure from an assumed one. Users change them in Settings
(``impact_defaults``); each bid keeps the parameters it was estimated with, so an estimate stays
reproducible after the defaults change, and :func:`differences` says which of its parameters differ.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from sapporo_mice.enums import MeetingType
from sapporo_mice.validation import FieldInvalid

# ¥ per foreign participant, international airfare included (JTA 2016).
JTA_2016_PER_FOREIGN = {
    MeetingType.CONFERENCE.value: 373_288,
    MeetingType.CORPORATE_MEETING.value: 325_069,
    MeetingType.INCENTIVE.value: 319_722,
    MeetingType.EXHIBITION.value: 274_893,
}
JTA_2016_ALL_TYPES = 336_760
JTA_2016_RIPPLE_JPY = 1_059_000_000_000
JTA_2016_SPEND_JPY = 538_400_000_000
RIPPLE_MULTIPLIER = round(JTA_2016_RIPPLE_JPY / JTA_2016_SPEND_JPY, 2)  # 1.97


@dataclass(frozen=True)
class Source:
    """Where a parameter's value comes from; ``assumed`` when no survey gives it."""

    en: str
    ja: str
    year: int | None
    assumed: bool = False

    def text(self, lang: str) -> str:
        return self.ja if lang == "ja" else self.en

    def cited(self, lang: str) -> str:
        """The source as a screen or a pack cites it: its text and its year, 観光庁「…」（2016年）."""
        if self.year is None:
            return self.text(lang)
        return f"{self.text(lang)}（{self.year}年）" if lang == "ja" else f"{self.text(lang)} ({self.year})"


JTA_2016 = Source("Japan Tourism Agency, survey of the economic impact of international MICE events",
                  "観光庁「国際MICEの経済波及効果調査」", 2016)
JTA_2016_RATIO = Source("Japan Tourism Agency (2016): ripple ¥1.059 trillion ÷ spend ¥538.4 billion",
                        "観光庁（2016年）: 生産誘発額 1兆590億円 ÷ 消費額 5,384億円", 2016)
# A value changed from the published figure or the city's assumption (by the office in Settings, or for one bid's
# estimate): the survey no longer speaks for it (a multiplier of 2.00 was cited as the survey's ratio, 1.97).
CHANGED_VALUE = Source("Changed from the published figure or the city's assumption",
                       "変更した値（公表値・市の仮定値とは異なります）", None, assumed=True)
CITY_ASSUMPTION = Source("Sapporo City's working assumption (no survey figure; check before citing)",
                         "札幌市の作業上の仮定値（調査による数値ではありません。引用前に確認してください）", 2026,
                         assumed=True)


@dataclass(frozen=True)
class ImpactParameters:
    """What an estimate is computed with. Yen are integers; the airfare share is a percentage."""

    per_foreign_jpy: dict[str, int] = field(default_factory=lambda: dict(JTA_2016_PER_FOREIGN))
    per_domestic_jpy: int = 50_000
    per_accompanying_jpy: int = 150_000
    exclude_airfare: bool = False
    airfare_share_pct: int = 30
    ripple_multiplier: float = RIPPLE_MULTIPLIER

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> "ImpactParameters":
        """Parameters from stored or typed values (missing keys take the built-in defaults); raises
        :class:`FieldInvalid` naming the parameter that is wrong."""
        base = cls()
        data = dict(data or {})
        unknown = set(data) - set(base.as_dict())
        if unknown:
            raise FieldInvalid("impact.unknown_parameter", parameter=sorted(unknown)[0])
        per_foreign = dict(base.per_foreign_jpy)
        for key, value in (data.pop("per_foreign_jpy", None) or {}).items():
            if key not in per_foreign:
                raise FieldInvalid("impact.unknown_parameter", parameter=f"per_foreign_jpy.{key}")
            per_foreign[key] = _yen(value, f"per_foreign_jpy.{key}")
        values: dict[str, Any] = {"per_foreign_jpy": per_foreign}
        for key in ("per_domestic_jpy", "per_accompanying_jpy"):
            if key in data:
                values[key] = _yen(data[key], key)
        if "exclude_airfare" in data:
            values["exclude_airfare"] = bool(data["exclude_airfare"])
        if "airfare_share_pct" in data:
            values["airfare_share_pct"] = _bounded(data["airfare_share_pct"], "airfare_share_pct", 0, 100, int)
        if "ripple_multiplier" in data:
            values["ripple_multiplier"] = _bounded(data["ripple_multiplier"], "ripple_multiplier", 1.0, 10.0, float)
        return replace(base, **values)


def _bounded(value: Any, name: str, low: float, high: float, kind: type) -> Any:
    try:
        number = kind(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: int(inf), a JSON text saying Infinity
        raise FieldInvalid("impact.not_a_number", parameter=name, value=str(value)[:100]) from None
    if not low <= number <= high:
        raise FieldInvalid("impact.out_of_range", parameter=name, low=low, high=high, value=number)
    return number


def _yen(value: Any, name: str) -> int:
    if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
        raise FieldInvalid("impact.not_a_number", parameter=name, value=str(value)[:100])
    return _bounded(value, name, 0, 100_000_000, int)


# Each parameter's source, in the order the Settings form lists them.
SOURCES: dict[str, Source] = {
    **{f"per_foreign_jpy.{key}": JTA_2016 for key in JTA_2016_PER_FOREIGN},
    "per_domestic_jpy": CITY_ASSUMPTION,
    "per_accompanying_jpy": CITY_ASSUMPTION,
    "exclude_airfare": CITY_ASSUMPTION,
    "airfare_share_pct": CITY_ASSUMPTION,
    "ripple_multiplier": JTA_2016_RATIO,
}


@dataclass(frozen=True)
class Estimate:
    """An estimate's parts in yen, and what it was computed with."""

    international_jpy: int
    domestic_jpy: int
    accompanying_jpy: int
    organiser_jpy: int
    direct_jpy: int
    ripple_jpy: int
    parameters: ImpactParameters

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if k != "parameters"}


def estimate(meeting_type: str | MeetingType | None, *, international: int | None, domestic: int | None = None,
             accompanying: int | None = None, organiser_spend_jpy: int | None = None,
             parameters: ImpactParameters | None = None) -> Estimate:
    """The direct spend and ripple effect of one meeting (missing counts are zero)."""
    p = parameters or ImpactParameters()
    kind = MeetingType(meeting_type or MeetingType.CONFERENCE).value
    per_foreign = p.per_foreign_jpy.get(kind, JTA_2016_ALL_TYPES)
    if p.exclude_airfare:
        per_foreign = per_foreign * (100 - p.airfare_share_pct) // 100
    parts = ((international or 0) * per_foreign, (domestic or 0) * p.per_domestic_jpy,
             (accompanying or 0) * p.per_accompanying_jpy, organiser_spend_jpy or 0)
    direct = sum(parts)
    return Estimate(*parts, direct_jpy=direct, ripple_jpy=round(direct * p.ripple_multiplier), parameters=p)


def differences(kept: ImpactParameters, defaults: ImpactParameters) -> list[tuple[str, Any, Any]]:
    """(parameter, the bid's value, today's default) for every parameter that differs, in :data:`SOURCES` order."""
    mine, now = _flat(kept), _flat(defaults)
    return [(key, mine[key], now[key]) for key in SOURCES if mine.get(key) != now.get(key)]


def _flat(p: ImpactParameters) -> dict[str, Any]:
    data = p.as_dict()
    flat = {f"per_foreign_jpy.{k}": v for k, v in data.pop("per_foreign_jpy").items()}
    return {**flat, **data}


flat_parameters = _flat


def sources_for(parameters: ImpactParameters) -> dict[str, Source]:
    """Each parameter's source as ``parameters`` hold it: the survey or the city's assumption for a built-in value,
    :data:`CHANGED_VALUE` for one changed from it."""
    builtin, held = _flat(ImpactParameters()), _flat(parameters)
    return {key: source if held.get(key) == builtin.get(key) else CHANGED_VALUE for key, source in SOURCES.items()}


def nested_parameters(values: dict[str, Any]) -> dict[str, Any]:
    """``{"per_foreign_jpy.conference": …}`` (a form's or a command line's names) back to the parameters' shape."""
    out: dict[str, Any] = {"per_foreign_jpy": {}}
    for key, value in values.items():
        if key.startswith("per_foreign_jpy."):
            out["per_foreign_jpy"][key.split(".", 1)[1]] = value
        else:
            out[key] = value
    return out


# ---------------------------------------------------------------- what a bid keeps (bids.impact_parameters)
def stored(parameters: ImpactParameters, organiser_spend_jpy: int | None) -> str:
    """The text a bid keeps: its parameters and the organiser spend it was estimated with."""
    return json.dumps({"parameters": parameters.as_dict(), "organiser_spend_jpy": organiser_spend_jpy},
                      sort_keys=True, ensure_ascii=False)


def read_stored(text: str | None) -> tuple[ImpactParameters | None, int | None]:
    """(parameters, organiser spend) from what a bid keeps; (None, None) when it has no estimate or an older,
    unreadable one (the bid then shows today's defaults and says it was not estimated with them)."""
    if not text:
        return None, None
    try:
        data = json.loads(text)
        return ImpactParameters.from_dict(data.get("parameters")), data.get("organiser_spend_jpy")
    except (ValueError, AttributeError, TypeError, FieldInvalid):
        return None, None


def clean_stored(value: Any) -> str | None:
    """The bid field's cleaner: a mapping ``{"parameters": {...}, "organiser_spend_jpy": n}`` (what the form
    and the CLI send) or its stored text, checked and normalised."""
    if value in (None, "", {}):
        return None
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise FieldInvalid("impact.unreadable") from None
    if not isinstance(value, dict) or set(value) - {"parameters", "organiser_spend_jpy"}:
        raise FieldInvalid("impact.unreadable")
    organiser = value.get("organiser_spend_jpy")
    organiser = None if organiser in (None, "") else _bounded(organiser, "organiser_spend_jpy", 0, 10**13, int)
    return stored(ImpactParameters.from_dict(value.get("parameters")), organiser)
