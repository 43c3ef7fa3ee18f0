"""The bid pipeline: its stages in order, what each stage needs, the default probability of each, and what the
pipeline is worth by fiscal year.

The path of a bid: prospect → research → proposal → local host secured (a Japanese association or university
agrees to host with the city) → bid submitted → shortlisted → site inspection → presentation → won or lost;
withdrawn and postponed leave the path without a decision. The rules (:func:`stage_problems`) are the
service's: the board, the editor and the CLI all move a bid through ``crm.bids`` and meet the same rules.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sapporo_mice import fiscal, messages, shared_settings
from sapporo_mice.enums import BidStage
from sapporo_mice.errors import FieldProblem
from sapporo_mice.impact import ImpactParameters
from sapporo_mice.validation import FieldInvalid, clean_int

messages.register({
    "bid.decision_needed": {
        "en": "{field}: a won or lost bid needs its decision date.",
        "ja": "{field}: 誘致決定・不成功には決定日が必要です。",
    },
    "bid.reason_needed": {
        "en": "{field}: say why the bid was won or lost.",
        "ja": "{field}: 誘致決定・不成功の理由を入力してください。",
    },
    "bid.deadline_needed": {
        "en": "{field}: a submitted bid needs its bid deadline.",
        "ja": "{field}: 提案書提出には提案締切日が必要です。",
    },
    "impact.unknown_parameter": {
        "en": "{field}: “{parameter}” is not a parameter of the estimate.",
        "ja": "{field}: 「{parameter}」は算定の前提にありません。",
    },
    "impact.not_a_number": {
        "en": "{field}: {parameter} “{value}” is not a number.",
        "ja": "{field}: {parameter} の「{value}」は数値ではありません。",
    },
    "impact.out_of_range": {
        "en": "{field}: {parameter} must be between {low} and {high} (not {value}).",
        "ja": "{field}: {parameter} は {low}〜{high} の範囲で入力してください（{value} は範囲外です）。",
    },
    "series.edition_invalid": {
        "en": "{field}: entry {position} (“{value}”) is not an edition (year, city, country, delegates).",
        "ja": "{field}: {position} 件目（「{value}」）は開催実績（年・都市・国・参加者数）になっていません。",
    },
    "series.edition_year_needed": {
        "en": "{field}: entry {position} needs its year.",
        "ja": "{field}: {position} 件目に開催年が必要です。",
    },
    "competing.city_needed": {
        "en": "{field}: entry {position} needs its city.",
        "ja": "{field}: {position} 件目に都市が必要です。",
    },
    "bid.probability_invalid": {
        "en": "{field}: {stage}: a probability is a whole number from 0 to 100 (not “{given}”).",
        "ja": "{field}: {stage}: 確度は 0〜100 の整数で入力してください（「{given}」は使えません）。",
    },
    "bid.unknown_stage": {
        "en": "{field}: “{stage}” is not a stage of the pipeline.",
        "ja": "{field}: 「{stage}」は誘致の段階にありません。",
    },
    "key_persons.contact_id_needed": {
        "en": "{field}: entry {position} needs its contact.",
        "ja": "{field}: {position} 件目に連絡先が必要です。",
    },
    "key_persons.role_needed": {
        "en": "{field}: entry {position} needs its role in the decision.",
        "ja": "{field}: {position} 件目に意思決定での役割が必要です。",
    },
    "impact.unreadable": {
        "en": "{field}: the estimate's parameters cannot be read.",
        "ja": "{field}: 算定の前提を読み取れません。",
    },
})

# The board's columns, in the order a bid moves through them.
STAGES: tuple[BidStage, ...] = (
    BidStage.PROSPECT, BidStage.RESEARCH, BidStage.PROPOSAL, BidStage.LOCAL_HOST_SECURED, BidStage.BID_SUBMITTED,
    BidStage.SHORTLISTED, BidStage.SITE_INSPECTION, BidStage.PRESENTATION, BidStage.WON, BidStage.LOST,
    BidStage.WITHDRAWN, BidStage.POSTPONED,
)
DECIDED = frozenset({BidStage.WON, BidStage.LOST})
CLOSED = frozenset({BidStage.WON, BidStage.LOST, BidStage.WITHDRAWN})
SUBMITTED = frozenset({BidStage.BID_SUBMITTED})

DEFAULT_PROBABILITY: dict[BidStage, int] = {
    BidStage.PROSPECT: 5, BidStage.RESEARCH: 10, BidStage.PROPOSAL: 20, BidStage.LOCAL_HOST_SECURED: 30,
    BidStage.BID_SUBMITTED: 40, BidStage.SHORTLISTED: 55, BidStage.SITE_INSPECTION: 65,
    BidStage.PRESENTATION: 75, BidStage.WON: 100, BidStage.LOST: 0, BidStage.WITHDRAWN: 0,
    BidStage.POSTPONED: 10,
}
# What the CLI and the reports call each stage (the desktop's own labels are in ui/labels.py and its catalogues).
STAGE_LABELS: dict[BidStage, tuple[str, str]] = {
    BidStage.PROSPECT: ("Prospect", "候補"), BidStage.RESEARCH: ("Research", "調査中"),
    BidStage.PROPOSAL: ("Proposal", "提案準備"), BidStage.LOCAL_HOST_SECURED: ("Local host secured", "国内主催者確定"),
    BidStage.BID_SUBMITTED: ("Bid submitted", "立候補済み"), BidStage.SHORTLISTED: ("Shortlisted", "最終候補"),
    BidStage.SITE_INSPECTION: ("Site inspection", "現地視察"), BidStage.PRESENTATION: ("Presentation", "プレゼンテーション"),
    BidStage.WON: ("Won", "誘致決定"), BidStage.LOST: ("Lost", "誘致失敗"), BidStage.WITHDRAWN: ("Withdrawn", "辞退"),
    BidStage.POSTPONED: ("Postponed", "延期"),
}


def stage_label(stage: BidStage | str, lang: str) -> str:
    english, japanese = STAGE_LABELS[BidStage(stage)]
    return japanese if lang == "ja" else english


STALE_DAYS = 60  # a bid nobody has touched (no change, no activity) for this long stands out on the board


# The office's shared settings (one value for every user, carried by sync) that hold the stages' probabilities
# and the estimator's default parameters. Before they were shared, each computer kept its own: such an older
# value is the starting value until someone saves the setting for the office.
PROBABILITIES_KEY, IMPACT_KEY = "bid_stage_probabilities", "impact_defaults"


def clean_probabilities(value: Any) -> dict[str, int]:
    """The stages' probabilities as the shared setting keeps them: the stages given, each 0-100."""
    if not isinstance(value, dict):
        raise FieldInvalid("impact.unreadable")
    clean = {}
    for key, number in value.items():
        if key not in BidStage._value2member_map_:
            raise FieldInvalid("bid.unknown_stage", stage=str(key))
        try:
            clean[key] = clean_int(number, minimum=0, maximum=100)
        except FieldInvalid:
            clean[key] = None
        if clean[key] is None:
            raise FieldInvalid("bid.probability_invalid", stage=key, given=str(number))
    return clean


def clean_impact_defaults(value: Any) -> dict[str, Any]:
    """The estimator's default parameters as the shared setting keeps them: every parameter, checked."""
    if not isinstance(value, dict):
        raise FieldInvalid("impact.unreadable")
    return ImpactParameters.from_dict(value).as_dict()


shared_settings.register(PROBABILITIES_KEY, clean_probabilities, "Probability per bid stage", "誘致段階ごとの確度",
                         legacy_local=True)
shared_settings.register(IMPACT_KEY, clean_impact_defaults, "Economic-impact parameters", "経済波及効果の算定前提",
                         legacy_local=True)


def stage_probabilities(chosen: dict[str, Any] | None = None) -> dict[BidStage, int]:
    """Each stage's default probability: the built-in table with the office's changes (``chosen``: the shared
    setting's value)."""
    table = dict(DEFAULT_PROBABILITY)
    for key, value in (chosen or {}).items():
        if key in BidStage._value2member_map_ and isinstance(value, int) and 0 <= value <= 100:
            table[BidStage(key)] = value
    return table


def impact_defaults(chosen: dict[str, Any] | None = None) -> ImpactParameters:
    """Today's estimator parameters: the cited defaults with the office's changes (``chosen``: the shared
    setting's value)."""
    try:
        return ImpactParameters.from_dict(chosen or {})
    except Exception:  # noqa: BLE001 - a value from an older version must not stop bids from opening
        return ImpactParameters()


def office_probabilities(related: Any) -> dict[BidStage, int]:
    """The stages' probabilities the office has set, read through ``related`` (a reader, or a write's unit)."""
    return stage_probabilities(shared_settings.read(related, PROBABILITIES_KEY, {}))


def office_impact_defaults(related: Any) -> ImpactParameters:
    """Today's estimator parameters as the office has set them, read through ``related``."""
    return impact_defaults(shared_settings.read(related, IMPACT_KEY, {}))


def stage_problems(merged: dict[str, Any], changed: set[str]) -> list[FieldProblem]:
    """What the bid's stage still needs. Checked when the stage changes or a field it needs is edited, so an
    older record that predates a rule can still be edited in its other fields."""
    stage = merged.get("stage")
    if stage is None:
        return []
    stage = BidStage(stage)
    problems = []
    if stage in DECIDED and changed & {"stage", "decision_on", "outcome_reason"}:
        if not merged.get("decision_on"):
            problems.append(FieldProblem("decision_on", "bid.decision_needed", None))
        if not (merged.get("outcome_reason") or "").strip():
            problems.append(FieldProblem("outcome_reason", "bid.reason_needed", None))
    if stage in SUBMITTED and changed & {"stage", "bid_deadline"} and not merged.get("bid_deadline"):
        problems.append(FieldProblem("bid_deadline", "bid.deadline_needed", None))
    return problems


def needs(stage: BidStage | str) -> tuple[str, ...]:
    """The fields a move to ``stage`` asks for (the board's move dialog shows these)."""
    stage = BidStage(stage)
    if stage in DECIDED:
        return ("decision_on", "outcome_reason")
    if stage in SUBMITTED:
        return ("bid_deadline",)
    return ()


def event_fiscal_year(bid: dict[str, Any]) -> int | None:
    """The fiscal year the meeting is held in: by its start date, else (only the year known) the year itself."""
    if bid.get("starts_on"):
        return fiscal.of(bid["starts_on"])
    return bid.get("edition_year")


@dataclass(frozen=True)
class FiscalYearValue:
    fiscal_year: int | None
    bids: int
    impact_jpy: int
    weighted_jpy: int


def weighted_by_fiscal_year(bids: list[dict[str, Any]]) -> list[FiscalYearValue]:
    """The pipeline's estimated impact and its value weighted by each bid's probability, per fiscal year of
    the event (lost and withdrawn bids count for nothing; won ones at their probability, normally 100 %)."""
    totals: dict[int | None, list[int]] = defaultdict(lambda: [0, 0, 0])
    for bid in bids:
        if BidStage(bid["stage"]) in (BidStage.LOST, BidStage.WITHDRAWN):
            continue
        impact = bid.get("economic_impact_jpy") or 0
        row = totals[event_fiscal_year(bid)]
        row[0] += 1
        row[1] += impact
        row[2] += impact * (bid.get("probability") or 0) // 100
    order = sorted(totals, key=lambda y: (y is None, y or 0))
    return [FiscalYearValue(year, *totals[year]) for year in order]


def is_stale(bid: dict[str, Any], today: dt.date) -> bool:
    """An open bid with no change and no activity in :data:`STALE_DAYS` days."""
    if BidStage(bid["stage"]) in CLOSED:
        return False
    last = bid.get("last_touched")
    if last is None:
        return False
    if isinstance(last, dt.datetime):
        last = last.date()
    return (today - last).days > STALE_DAYS
