"""The plan's words as plain values: its six pillars and what each computed indicator counts (ja, en).

No database here, so the UI may show them (a pillar by its name, a formula by what it counts, never by
its key); :mod:`sapporo_mice.plan` (the indicators) and :mod:`sapporo_mice.kpi` (the counts) use them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Pillar:
    number: int
    ja: str
    en: str


PILLARS: tuple[Pillar, ...] = (
    Pillar(1, "世界でのプレゼンス向上", "Presence in the world"),
    Pillar(2, "海外との集客交流の拡大", "Visitors and MICE from abroad"),
    Pillar(3, "多文化共生社会の推進", "A multicultural society"),
    Pillar(4, "経済のグローバル化の促進", "A global economy"),
    Pillar(5, "グローバル人材の育成", "Global talent"),
    Pillar(6, "海外諸都市等とのネットワーク拡充", "Network of cities abroad"),
)


def pillar(number: int) -> Pillar:
    return PILLARS[number - 1]


@dataclass(frozen=True)
class Formula:
    """What a computed indicator counts: the record type, the definition and which date (ja, en)."""

    record_type: str
    sums: bool  # the number is the sum of the records' amounts, not how many there are
    definition: tuple[str, str]
    date: tuple[str, str]
    source: tuple[str, str]


_BIDS = ("CRM の MICE 誘致案件", "MICE bids in the CRM")
_FAIRS = ("CRM の海外見本市の出展結果", "Fair results in the CRM")
_NETWORK = ("CRM の交流事業・訪問団", "Exchanges and visits in the CRM")
# the day a record counts on, where several formulas share it
_DECIDED = ("開催地決定日（未入力なら「誘致決定」にした日）", "the decision date (else the day the bid was marked won)")
_FAIR_DAY = ("見本市の開始日", "the fair's first day")
FORMULAS: dict[str, Formula] = {
    "bids_submitted": Formula("bid", False, ("立候補（提案書提出）まで進んだ MICE 誘致案件の数",
                                             "MICE bids that reached submission"),
                              ("初めて「提案書提出」以降の段階に進んだ日", "the day the bid first reached submission"),
                              _BIDS),
    "bids_won": Formula("bid", False, ("誘致に成功した MICE 誘致案件の数", "MICE bids won"),
                        _DECIDED, _BIDS),
    "delegates_won": Formula("bid", True, ("誘致に成功した会議の参加者数（海外＋国内）",
                                           "Delegates (international + domestic) of the meetings won"),
                             _DECIDED, _BIDS),
    "impact_won": Formula("bid", True, ("誘致に成功した会議の経済波及効果の推計額の合計",
                                        "Sum of the estimated economic impact of the meetings won"),
                          _DECIDED, _BIDS),
    "leads_captured": Formula("lead", False, ("海外見本市で記録したバイヤー等の見込み案件の数",
                                              "Leads captured at fairs abroad"),
                              ("記録した日時（日本時間）", "when the lead was captured (Japan time)"), _FAIRS),
    "fair_participations": Formula("participation", False, ("海外見本市への市内企業の出展数",
                                                            "Local companies' participations in fairs abroad"),
                                   _FAIR_DAY, _FAIRS),
    "fair_negotiations": Formula("participation", True, ("出展企業が報告した商談数の合計",
                                                         "Sum of the negotiations exhibitors reported"),
                                 _FAIR_DAY, _FAIRS),
    "fair_deals": Formula("participation", True, ("出展企業が報告した成約件数の合計",
                                                  "Sum of the deals exhibitors reported"),
                          _FAIR_DAY, _FAIRS),
    "fair_actual_sales": Formula("participation", True, ("出展企業が報告した成約額（実績）の合計",
                                                         "Sum of the actual sales exhibitors reported"),
                                 _FAIR_DAY, _FAIRS),
    "consultations": Formula("consultation", False, ("海外展開に関する相談の数", "Export-support consultations held"),
                             ("相談日時（日本時間）", "when it was held (Japan time)"),
                             ("CRM の相談記録", "Consultations in the CRM")),
    "expansion_cases": Formula("expansion_case", False, ("市内企業の海外展開事例（輸出開始・代理店契約など）の数",
                                                         "Local companies' expansion cases (first export, agent …)"),
                               ("事例の発生日", "the case's date"), ("CRM の海外展開事例", "Expansion cases in the CRM")),
    "matches_introduced": Formula("match", False, ("留学生を市内企業に紹介した数", "Students introduced to local companies"),
                                  ("初めて「紹介済み」以降の段階に進んだ日", "the day the match was first introduced"),
                                  ("CRM の留学生マッチング", "Student matches in the CRM")),
    "students_hired": Formula("match", False, ("市内企業に就職した留学生の数", "Students hired by local companies"),
                              ("採用日（未入力なら「採用」にした日）",
                               "the hire date (else the day the match was marked hired)"),
                              ("CRM の留学生マッチング", "Student matches in the CRM")),
    "cooperation_projects": Formula("exchange", False, ("年度内に実施中の国際協力事業（技術協力・研修員受入れ）の数",
                                                        "Cooperation projects (technical cooperation, trainees) "
                                                        "running in the fiscal year"),
                                    ("事業期間（年度と重なれば計上）", "the project's period (counted if it overlaps)"),
                                    _NETWORK),
    "city_exchanges": Formula("exchange", False, ("姉妹・友好都市等やネットワークとの交流事業の数",
                                                  "Exchanges with partner cities or networks"),
                              ("交流の開始日", "the exchange's first day"), _NETWORK),
    "networks_joined": Formula("city_network", False, ("札幌市が加盟している国際的な都市ネットワーク等の数",
                                                       "International city networks Sapporo belongs to"),
                               ("年度末時点の加盟状況", "membership at the end of the year"), _NETWORK),
    "inbound_delegations": Formula("visit", False, ("海外から受け入れた訪問団の数（中止を除く）",
                                                    "Delegations received from abroad (not cancelled)"),
                                   ("到着日", "the day the delegation arrived"), _NETWORK),
}


def formula_name(key: str, lang: str) -> str:
    """What the formula ``key`` counts, in ``lang`` (the key itself only when the plan does not know it)."""
    formula = FORMULAS.get(key)
    if formula is None:
        return key
    return formula.definition[0] if lang == "ja" else formula.definition[1]
