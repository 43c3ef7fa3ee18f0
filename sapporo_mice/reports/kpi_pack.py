"""The KPI report for a fiscal year ([kpi]): each indicator of the plan by evaluation area, target against
actual and the share achieved, with a chart of the trend per area and the note of each entered figure's source."""

from __future__ import annotations

from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm

from sapporo_mice import formats
from sapporo_mice.messages import register
from sapporo_mice.reports.document import (
    ACCENT,
    RULE,
    Heading,
    Pack,
    Section,
    Styles,
    table,
)

register({
    "report.kpi.title": {"en": "The plan's indicators: {fy}", "ja": "国際戦略プラン 評価指標：{fy}"},
    "report.kpi.subtitle": {"en": "Target against actual by evaluation area, with the trend over {n} fiscal years",
                            "ja": "評価分野ごとの目標と実績、{n} 年度の推移"},
    "report.kpi.summary": {"en": "Summary", "ja": "概要"},
    "report.kpi.summary_text": {
        "en": "{met} of {known:|indicator|indicators} with a target and an actual met their target in {fy}; "
              "{missing} have no actual yet.",
        "ja": "{fy}は、目標と実績のそろった {known} 指標のうち {met} 指標が目標を達成しました。"
              "実績が未入力の指標は {missing} です。",
    },
    "report.kpi.indicator": {"en": "Indicator", "ja": "評価指標"},
    "report.kpi.pillar": {"en": "Pillar", "ja": "施策の柱"},
    "report.kpi.target": {"en": "Target", "ja": "目標"},
    "report.kpi.actual": {"en": "Actual", "ja": "実績"},
    "report.kpi.achieved": {"en": "Achieved", "ja": "達成率"},
    "report.kpi.how": {"en": "Computed or entered", "ja": "集計・入力"},
    "report.kpi.computed": {"en": "Counted from the records", "ja": "記録から集計"},
    "report.kpi.entered": {"en": "Entered", "ja": "入力値"},
    "report.kpi.definitions": {"en": "Definitions and sources", "ja": "定義と出典"},
    "report.kpi.definition": {"en": "Definition", "ja": "定義"},
    "report.kpi.counted_by": {"en": "Counted by", "ja": "計上日"},
    "report.kpi.source": {"en": "Source", "ja": "出典"},
    "report.kpi.note": {"en": "Note", "ja": "備考"},
    "report.kpi.with_contribution": {"en": "{name} (the city's contribution: {companion} {value})",
                                     "ja": "{name}（市の取組による寄与：{companion} {value}）"},
    "report.kpi.chart": {"en": "Achievement by fiscal year (actual ÷ target)",
                         "ja": "年度別の達成率（実績 ÷ 目標）"},
    "report.kpi.no_chart": {"en": "No indicator of this area has both a target and an actual yet.",
                            "ja": "この分野には目標と実績のそろった指標がまだありません。"},
})

PALETTE = [ACCENT, colors.HexColor("#E07B00"), colors.HexColor("#2E8B57"), colors.HexColor("#8E44AD"),
           colors.HexColor("#C0392B"), colors.HexColor("#16A085"), colors.HexColor("#7F8C8D")]


def build_report(data: dict[str, Any], styles: Styles, shown: Any) -> Pack:
    """``data`` is ``crm.kpi.report(fy)``; ``shown(code, value)`` writes a value as the indicator's unit asks."""
    lang, w = styles.lang, styles.words
    fy = data["fiscal_year"]
    pack = Pack("kpi", lang, w("report.kpi.title", fy=formats.fiscal_year(fy, lang)),
                subtitle=w("report.kpi.subtitle", n=len(data["years"])))
    every = [i for area in data["areas"] for i in area["indicators"]]
    known = [i for i in every if i.get("achievement") is not None]
    met = sum(1 for i in known if i["achievement"] >= 1)
    missing = sum(1 for i in every if i.get("actual") is None)
    pack.sections.append(Section(w("report.kpi.summary"), [styles.p(w(
        "report.kpi.summary_text", fy=formats.fiscal_year(fy, lang), met=met, known=len(known), missing=missing))]))
    for area in data["areas"]:
        if not area["indicators"]:
            continue
        rows = [(_name(i, w, shown), i.get("pillar_name") or "", shown(i["code"], i.get("target")), shown(i["code"],
                                                                                                  i.get("actual")),
                 formats.percent(i["achievement"], lang) if i.get("achievement") is not None else "",
                 w("report.kpi.computed") if i.get("kind") == "computed" else w("report.kpi.entered"))
                for i in area["indicators"]]
        flowables = [table(styles, [w("report.kpi.indicator"), w("report.kpi.pillar"), w("report.kpi.target"),
                                    w("report.kpi.actual"), w("report.kpi.achieved"), w("report.kpi.how")],
                           rows, (3.2, 2.2, 1.85, 1.85, 1.4, 1.5), right=(2, 3, 4)),
                     Heading(w("report.kpi.chart"), styles.h3, 1), _chart(area, data["years"], styles)]
        pack.sections.append(Section(area["name"], flowables))
    definitions = []
    for area in data["areas"]:
        for i in area["indicators"]:
            definitions.append((i["name"], " / ".join(x for x in (
                i.get("definition"), f"{w('report.kpi.counted_by')}: {i['counted_by']}" if i.get("counted_by") else "",
                f"{w('report.kpi.source')}: {i['source']}" if i.get("source") else "",
                f"{w('report.kpi.note')}: {i['note']}" if i.get("note") else "") if x)))
    pack.sections.append(Section(w("report.kpi.definitions"), [table(
        styles, [w("report.kpi.indicator"), w("report.kpi.definition")], definitions, (3, 7))], new_page=True))
    return pack


def _name(i: dict[str, Any], w: Any, shown: Any) -> str:
    """The indicator's name; for an entered statistic the city's work feeds, that work's figure beside it."""
    given = i.get("contribution")
    if not given:
        return i["name"]
    return w("report.kpi.with_contribution", name=i["name"], companion=i["contribution_name"],
             value=shown(given["code"], given["actual"]) or "0")


def _chart(area: dict[str, Any], years: list[int], styles: Styles) -> Any:
    """Grouped bars: for each fiscal year, each indicator's actual as a share of its target (100% = met)."""
    lang = styles.lang
    series, names = [], []
    for indicator in area["indicators"]:
        shares = []
        by_year = {t["fiscal_year"]: t for t in indicator.get("trend") or []}
        for year in years:
            t = by_year.get(year) or {}
            target, actual = t.get("target"), t.get("actual")
            shares.append(round(100 * actual / target, 1) if target and actual is not None else 0)
        if any(shares):
            series.append(shares)
            names.append(indicator["name"])
    if not series:
        return styles.p(styles.words("report.kpi.no_chart"), styles.muted)
    width, height = styles.width, 62 * mm
    drawing = Drawing(width, height + 8 * mm * ((len(names) + 1) // 2))
    drawing.initialFontName = styles.face  # the renderer's default is a non-embedded Helvetica
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 8 * mm * ((len(names) + 1) // 2) + 8 * mm
    chart.width, chart.height = width - 16 * mm, height - 12 * mm
    chart.data = series
    chart.categoryAxis.categoryNames = [formats.fiscal_year(y, lang) for y in years]
    chart.categoryAxis.labels.fontName = styles.face
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = styles.face
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max(max(s) for s in series)
    chart.valueAxis.valueMax = max(120, (int(top) // 20 + 1) * 20)
    chart.valueAxis.valueStep = 20 if chart.valueAxis.valueMax <= 200 else 50
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.barSpacing = 1
    chart.groupSpacing = 6
    for index in range(len(series)):
        chart.bars[index].fillColor = PALETTE[index % len(PALETTE)]
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.fontName, legend.fontSize = styles.face, 7
    legend.x, legend.y = 12 * mm, 8 * mm * ((len(names) + 1) // 2) + 2
    legend.alignment = "right"
    legend.columnMaximum = (len(names) + 1) // 2 or 1
    legend.dx, legend.dy, legend.deltax = 6, 6, 75 * mm
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], _short(name)) for i, name in enumerate(names)]
    drawing.add(legend)
    return drawing


def _short(name: str, limit: int = 30) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
