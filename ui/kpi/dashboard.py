"""The KPI dashboard's parts: an indicator's card (target against actual, achievement, trend chart), the list of
records behind a number (drill-down, exportable), and the entry form for targets and entered figures.

All data comes through jobs as plain values (:func:`load_dashboard` runs on a worker); widgets only show it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sapporo_mice import formats
from sapporo_mice.formats import fill
from ui import i18n, style
from ui.feedback import MUTED_STYLE, OK_STYLE, WARNING_STYLE, error_text, message_label
from ui.labels import enum_label, record_type_label
from ui.qt import (
    QColor,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMargins,
    QPainter,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
    charts,
)
from ui.rows import Column, RowsModel
from ui.values import format_date


# ------------------------------------------------------------------------------------------- plain data
@dataclass
class CardData:
    """One indicator in one fiscal year, ready to show (texts formatted on the worker)."""

    code: str
    name: str
    area: str
    pillar: int
    computed: bool
    unit: str
    target: float | None
    actual: float | None
    target_text: str
    actual_text: str
    achievement: float | None
    note: str
    definition: str
    counted_by: str
    source: str
    version: int | None
    trend: list[tuple[int, float | None, float | None]] = field(default_factory=list)
    # An entered statistic the city's work feeds: the computed indicator counting that work, and its figure.
    contribution_code: str | None = None
    contribution_name: str = ""
    contribution_text: str = ""


@dataclass
class DashboardData:
    fiscal_year: int
    pillars: list[tuple[int, str]]
    cards: list[CardData]


def load_dashboard(crm: Any, fiscal_year: int, lang: str, years: int = 5) -> DashboardData:
    """On a worker: every indicator of the year with its trend, as plain values."""
    kpi = crm.kpi
    areas = {a.key: a.name(lang) for a in kpi.areas}
    cards = []
    by_code = {i.code: i for i in kpi.indicators}
    for row in kpi.values(fiscal_year, years=years):
        ind = row.indicator
        companion = by_code.get(ind.contribution or "")
        cards.append(CardData(
            ind.code, ind.name(lang), areas[ind.area], ind.pillar, ind.computed, ind.unit, row.target, row.actual,
            kpi.shown(ind, row.target, lang), kpi.shown(ind, row.actual, lang), row.achievement, row.note or "",
            ind.definition(lang), ind.date(lang), ind.source(lang), row.version,
            [(t.fiscal_year, t.target, t.actual) for t in row.trend],
            companion.code if companion else None, companion.name(lang) if companion else "",
            kpi.shown(companion, row.contribution or 0, lang) if companion else ""))
    pillars = [(p.number, p.ja if lang == "ja" else p.en) for p in kpi.pillars]
    return DashboardData(fiscal_year, pillars, cards)


def load_records(crm: Any, code: str, fiscal_year: int, lang: str) -> list[dict[str, Any]]:
    """On a worker: the records behind one number, as rows for the drill-down list."""
    kpi = crm.kpi
    ind = next(i for i in kpi.indicators if i.code == code)
    return [{"record_type": r.record_type, "id": r.id, "title": r.shown_title(lang), "on": r.on,
             "detail": r.shown_detail(lang) or "",
             "amount": kpi.shown(ind, r.amount, lang) if r.amount is not None else ""}
            for r in kpi.records(code, fiscal_year)]


def fiscal_year_label(year: int, lang: str) -> str:
    return formats.fiscal_year(year, lang)


# ------------------------------------------------------------------------------------------- the card
class TrendChart(QWidget):
    """Bars of the actual (and the target, lighter) over the fiscal years; QtCharts is loaded on first use.
    ``set_trend`` changes the figures in place (a new fiscal year chosen), without building a new chart."""

    def __init__(self, trend: list[tuple[int, float | None, float | None]], lang: str, parent: QWidget | None = None,
                 *, legend: bool = False):
        super().__init__(parent)
        qc = charts()
        self.lang = lang
        chart = qc.QChart()
        chart.legend().setVisible(legend)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(0, 0, 0, 0))
        # The value axis's figures as the reader writes them (10,000, grouped), at round steps (applyNiceNumbers).
        chart.setLocale(i18n.locale_for(lang))
        chart.setLocalizeNumbers(True)
        self.target = qc.QBarSet(self.tr("Target"))
        self.actual = qc.QBarSet(self.tr("Actual"))
        self.target.setColor(QColor(style.CHART_TARGET))
        self.actual.setColor(QColor(style.CHART))
        self.series = qc.QBarSeries()
        self.series.append(self.target)
        self.series.append(self.actual)
        chart.addSeries(self.series)
        self.years = qc.QBarCategoryAxis()
        small = self.font()
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.8))
        self.years.setLabelsFont(small)
        chart.addAxis(self.years, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.years)
        self.values = qc.QValueAxis()
        self.values.setVisible(legend)
        self.values.setLabelsFont(small)
        self.values.setLabelFormat("%.0f")
        self.values.setMin(0)
        chart.addAxis(self.values, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.values)
        self.view = qc.QChartView(chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(150 if legend else 96)
        self.view.setMaximumHeight(170 if legend else 110)
        self.view.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.set_trend(trend)

    def set_trend(self, trend: list[tuple[int, float | None, float | None]]) -> None:
        for bar_set, column in ((self.target, 1), (self.actual, 2)):
            values = [float(point[column] or 0.0) for point in trend]
            if bar_set.count() == len(values):
                for index, value in enumerate(values):
                    bar_set.replace(index, value)
            else:
                bar_set.remove(0, bar_set.count())
                bar_set.append(values)
        labels = [_short_year(year, self.lang) for year, _t, _a in trend]
        if self.years.categories() != labels:
            self.years.setCategories(labels)
        self.values.setRange(0, max([v for _y, t, a in trend for v in (t, a) if v] or [1]) * 1.1)
        self.values.applyNiceNumbers()


def _short_year(year: int, lang: str) -> str:
    return f"{year % 100:02d}年度" if lang == "ja" else f"FY{year % 100:02d}"


class MiniTrend(QWidget):
    """A card's small trend: per fiscal year a light bar for the target and a blue one for the actual, painted
    directly (a card per indicator must build in a few milliseconds; the full chart is in the drill-down)."""

    def __init__(self, trend: list[tuple[int, float | None, float | None]], lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.trend = trend
        self.setMinimumHeight(84)
        self.setMaximumHeight(96)

    def set_trend(self, trend: list[tuple[int, float | None, float | None]]) -> None:
        self.trend = trend
        self.update()

    def paintEvent(self, _event: Any) -> None:
        if not self.trend:
            return
        painter = QPainter(self)
        metrics = self.fontMetrics()
        label_height = metrics.height() + 2
        width, height = self.width(), self.height() - label_height
        top = max([v for _y, t, a in self.trend for v in (t, a) if v] or [1.0])
        slot = width / len(self.trend)
        bar = max(4, int(slot * 0.3))
        muted = QColor(style.MUTED)
        for index, (year, target, actual) in enumerate(self.trend):
            left = int(index * slot + slot / 2 - bar)
            for offset, value, colour in ((0, target, style.CHART_TARGET), (bar, actual, style.CHART)):
                if value:
                    size = max(1, int((height - 4) * value / top))
                    painter.fillRect(left + offset, height - size, bar, size, QColor(colour))
            painter.setPen(muted)
            painter.drawText(int(index * slot), height + 1, int(slot), label_height,
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), _short_year(year, self.lang))
        painter.setPen(QColor("#d0d0d0"))
        painter.drawLine(0, height, width, height)
        painter.end()


class IndicatorCard(QFrame):
    """An indicator: its name, actual against target with the share achieved, its kind and area, the trend.
    Clicking it (or Enter/Space when focused) opens the records behind the number."""

    activated = Signal(str)

    def __init__(self, data: CardData, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.name = QLabel(self)
        self.name.setWordWrap(True)
        self.figures = QLabel(self)
        self.figures.setWordWrap(True)
        self.achieved = QLabel(self)
        self.meta = QLabel(self)
        self.meta.setStyleSheet(MUTED_STYLE)
        self.contribution = QLabel(self)  # an entered statistic: what the city's own work added this year
        self.contribution.setWordWrap(True)
        self.chart = MiniTrend(data.trend, lang, self)
        self.chart.setToolTip("")
        top = QHBoxLayout()
        top.addWidget(self.figures, 1)
        top.addWidget(self.achieved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(2)
        layout.addWidget(self.name)
        layout.addLayout(top)
        layout.addWidget(self.contribution)
        layout.addWidget(self.meta)
        layout.addWidget(self.chart)
        self.set_data(data, chart=False)

    def set_data(self, data: CardData, *, chart: bool = True) -> None:
        """Show ``data`` (the same indicator, another fiscal year or fresh figures)."""
        self.data = data
        self.setAccessibleName(data.name)
        self.name.setText(f"<b>{_escape(data.name)}</b>")
        dash = formats.no_value(self.lang)
        self.figures.setText(fill(self.tr("Actual %1 / target %2"), data.actual_text or dash, data.target_text or dash))
        self.achieved.setText("")
        if data.achievement is not None:
            self.achieved.setText(fill(self.tr("%1% of target"), f"{data.achievement * 100:,.0f}"))
            self.achieved.setStyleSheet(OK_STYLE if data.achievement >= 1 else WARNING_STYLE)
        elif data.target is None:
            self.achieved.setText(self.tr("No target set"))
            self.achieved.setStyleSheet(MUTED_STYLE)
        self.contribution.setVisible(bool(data.contribution_code))
        self.contribution.setText(contribution_text(data))
        kind = enum_label("IndicatorSource", "computed" if data.computed else "manual")
        self.meta.setText(f"{data.area} · {kind}")
        tip = [data.definition, fill(self.tr("Counted by: %1"), data.counted_by),
               fill(self.tr("Source: %1"), data.source)]
        if data.note:
            tip.append(fill(self.tr("Note: %1"), data.note))
        self.setToolTip("\n".join(tip))
        if chart:
            self.chart.set_trend(data.trend)

    def mouseReleaseEvent(self, event: Any) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.data.code)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.data.code)
            return
        super().keyPressEvent(event)


def chart_legend() -> str:
    """What the cards' bars mean, in their colours (■ target ■ actual): the cards' small charts have no legend."""
    target = QCoreApplication.translate("TrendChart", "Target")
    actual = QCoreApplication.translate("TrendChart", "Actual")
    return (f'<span style="color:{style.CHART_TARGET}">■</span> {_escape(target)}&nbsp;&nbsp;'
            f'<span style="color:{style.CHART}">■</span> {_escape(actual)}')


def contribution_text(data: CardData) -> str:
    """"City's contribution: International students hired locally — 3": the companion's figure this year."""
    if not data.contribution_code:
        return ""
    return (fill(QCoreApplication.translate("KpiContribution", "City's contribution: %1 — %2"),
                 data.contribution_name, data.contribution_text))


def _escape(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ------------------------------------------------------------------------------------------- drill-down
class RecordsDialog(QDialog):
    """The records a computed number counted, exactly (double-click opens one); or an entered figure's
    years. Export writes the list to an Excel file."""

    def __init__(self, ctx: Any, card: CardData, fiscal_year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.card, self.fiscal_year = ctx, card, fiscal_year
        lang = ctx.lang
        self.setWindowTitle(f"{card.name} · {fiscal_year_label(fiscal_year, lang)}")
        self.resize(860, 600)
        heading = QLabel(f"<b>{_escape(card.name)}</b> · {fiscal_year_label(fiscal_year, lang)}", self)
        definition = QLabel(f"{_escape(card.definition)}<br>" + _escape(
            fill(self.tr("Counted by: %1"), card.counted_by)) + "<br>"
            + _escape(fill(self.tr("Source: %1"), card.source)), self)
        definition.setWordWrap(True)
        definition.setStyleSheet(MUTED_STYLE)
        self.summary = QLabel(self)
        self.message = message_label(self)
        self.chart = TrendChart(card.trend, lang, self, legend=True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(definition)
        layout.addWidget(self.chart)
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        if card.computed:
            from ui.editors.panels import make_table

            columns = [Column("on", self.tr("Date counted"), lambda r: format_date(r["on"])),
                       Column("type", self.tr("Record type"), lambda r: record_type_label(r["record_type"])),
                       Column("title", self.tr("Record"), lambda r: r["title"]),
                       Column("detail", self.tr("Details"), lambda r: r["detail"])]
            if card.unit == "円" or card.code in ("P2_MICE_DELEGATES", "P4_FAIR_NEGOTIATIONS", "P4_FAIR_DEALS"):
                columns.append(Column("amount", self.tr("Amount"), lambda r: r["amount"]))
            self.model = RowsModel(columns, self)
            self.table = make_table(self.model, self)
            self.table.doubleClicked.connect(self._open)
            layout.addWidget(self.table, 1)
            self.export_button = QPushButton(self.tr("Export to Excel…"), self)
            self.export_button.clicked.connect(self.export)
            buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.summary.setText(self.tr("Loading…"))
            ctx.jobs.run("kpi_records", lambda crm, _c: load_records(crm, card.code, fiscal_year, lang), owner=self,
                         on_done=self._show, on_error=self._failed, serial=False)
        else:
            self.model = RowsModel([Column("year", self.tr("Fiscal year"), lambda r: fiscal_year_label(r[0], lang)),
                                    Column("target", self.tr("Target"), lambda r: r[1]),
                                    Column("actual", self.tr("Actual"), lambda r: r[2])], self)
            from ui.editors.panels import make_table

            self.table = make_table(self.model, self)
            layout.addWidget(self.table, 1)
            self.summary.setText(fill(self.tr("Entered by hand each year from the source above; note: %1"),
                                      card.note or formats.no_value(lang)))
            self.ctx.jobs.run("kpi", lambda crm, _c: _entered_years(crm, card.code, fiscal_year, lang), owner=self,
                              on_done=lambda rows: self.model.set_rows(rows), on_error=self._failed, serial=False)
            if card.contribution_code:
                self._add_contribution(layout, buttons)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _add_contribution(self, layout: QVBoxLayout, buttons: QDialogButtonBox) -> None:
        """An entered statistic the city's work feeds: that work's records this year (e.g. the matches hired),
        each opening on double-click, exportable; the statistic itself stays as entered."""
        from ui.editors.panels import make_table

        card, fiscal_year, lang = self.card, self.fiscal_year, self.ctx.lang
        self.contribution_label = QLabel(contribution_text(card), self)
        self.contribution_label.setWordWrap(True)
        self.contribution_model = RowsModel(
            [Column("on", self.tr("Date counted"), lambda r: format_date(r["on"])),
             Column("title", self.tr("Record"), lambda r: r["title"]),
             Column("detail", self.tr("Details"), lambda r: r["detail"])], self)
        self.contribution_table = make_table(self.contribution_model, self)
        self.contribution_table.doubleClicked.connect(self._open_contribution)
        layout.addWidget(self.contribution_label)
        layout.addWidget(self.contribution_table, 1)
        self.export_button = QPushButton(self.tr("Export to Excel…"), self)
        self.export_button.clicked.connect(self.export)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        code = card.contribution_code or ""
        self.ctx.jobs.run("kpi_records", lambda crm, _c: load_records(crm, code, fiscal_year, lang), owner=self,
                          on_done=self._show_contribution, on_error=self._failed, serial=False)

    def _show_contribution(self, rows: list[dict[str, Any]]) -> None:
        self.contribution_model.set_rows(rows, keys=[(r["record_type"], r["id"]) for r in rows])

    def _open_contribution(self, index: Any) -> None:
        key = self.contribution_model.key(index.row())
        if key:
            self.ctx.open_record.emit(*key)

    def _show(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_rows(rows, keys=[(r["record_type"], r["id"]) for r in rows])
        self.summary.setText(fill(self.tr("%n record(s) counted · total %1", "", len(rows)),
                                  self.card.actual_text or "0"))

    def _failed(self, error: BaseException) -> None:
        self.message.setText(error_text(error, self.ctx.lang))

    def _open(self, index: Any) -> None:
        key = self.model.key(index.row())
        if key:
            self.ctx.open_record.emit(*key)

    def export(self) -> None:
        default = f"{self.card.code if self.card.computed else self.card.contribution_code}_{self.fiscal_year}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"), default, self.tr("Excel (*.xlsx)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """The records listed: a computed number's, or an entered statistic's contribution's."""
        code = self.card.code if self.card.computed else self.card.contribution_code or ""
        fy, lang = self.fiscal_year, self.ctx.lang
        self.ctx.jobs.run("kpi_export", lambda crm, _c: crm.kpi.export_records_xlsx(code, fy, path, lang=lang),
                          owner=self, on_done=lambda _p: self.message.setText(""), on_error=self._failed,
                          serial=False)


def _entered_years(crm: Any, code: str, fiscal_year: int, lang: str) -> list[tuple[int, str, str]]:
    kpi = crm.kpi
    row = kpi.value(code, fiscal_year)
    return [(t.fiscal_year, kpi.shown(row.indicator, t.target, lang), kpi.shown(row.indicator, t.actual, lang))
            for t in reversed(row.trend)]


# ------------------------------------------------------------------------------------------- entry form
class EntryDialog(QDialog):
    """Enter one indicator's target, its actual (entered indicators only) and the source of the figures."""

    saved = Signal()

    def __init__(self, ctx: Any, cards: list[CardData], fiscal_year: int, code: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cards = {c.code: c for c in cards}
        self.version: int | None = None
        lang = ctx.lang
        self.setWindowTitle(self.tr("Enter indicator figures"))
        self.indicator = QComboBox(self)
        for card in cards:
            self.indicator.addItem(card.name, card.code)
        self.year = QComboBox(self)
        for year in range(fiscal_year + 1, fiscal_year - 6, -1):
            self.year.addItem(fiscal_year_label(year, lang), year)
        self.year.setCurrentIndex(1)
        self.target = QLineEdit(self)
        self.actual = QLineEdit(self)
        self.note = QLineEdit(self)
        self.note.setMaxLength(1000)
        self.note.setPlaceholderText(self.tr("e.g. the survey or statistics the figure comes from"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(MUTED_STYLE)
        self.message = message_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Indicator"), self.indicator)
        form.addRow(self.tr("Fiscal year"), self.year)
        self.unit_label = QLabel(self)
        form.addRow(self.tr("Target"), _with(self.target, self.unit_label))
        self.actual_unit = QLabel(self)
        form.addRow(self.tr("Actual"), _with(self.actual, self.actual_unit))
        form.addRow(self.tr("Source note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(620, 280)
        if code and code in self.cards:
            self.indicator.setCurrentIndex(self.indicator.findData(code))
        self.indicator.currentIndexChanged.connect(lambda _i: self.load())
        self.year.currentIndexChanged.connect(lambda _i: self.load())
        self.load()

    def load(self) -> None:
        code, fy, lang = self.indicator.currentData(), self.year.currentData(), self.ctx.lang
        card = self.cards[code]
        unit = "" if card.unit in ("円", "%") or lang != "ja" else card.unit
        unit = {"円": "¥", "%": "%"}.get(card.unit, unit)
        self.unit_label.setText(unit)
        self.actual_unit.setText(unit)
        self.actual.setEnabled(not card.computed)
        self.hint.setText(self.tr("This indicator is counted from the records; only its target is entered here.")
                          if card.computed else card.definition)
        self.save_button.setEnabled(False)

        def read(crm: Any, _c: Any) -> tuple[Any, Any, Any, Any]:
            row = crm.kpi.value(code, fy, years=1)
            return row.target, row.actual, row.note, row.version

        self.ctx.jobs.run("kpi", read, owner=self, on_done=self._fill, on_error=self._failed, serial=False)

    def _fill(self, values: tuple[Any, Any, Any, Any]) -> None:
        target, actual, note, self.version = values
        self.target.setText(_plain(target))
        self.actual.setText(_plain(actual) if self.actual.isEnabled() else "")
        self.actual.setPlaceholderText("" if self.actual.isEnabled() else _plain(actual))
        self.note.setText(note or "")
        self.message.setText("")
        self.save_button.setEnabled(True)

    def save(self) -> None:
        code, fy = self.indicator.currentData(), self.year.currentData()
        values: dict[str, Any] = {"target": self.target.text().strip() or None, "note": self.note.text().strip() or None}
        if self.actual.isEnabled():
            values["actual"] = self.actual.text().strip() or None
        version, actor = self.version, self.ctx.actor
        self.save_button.setEnabled(False)
        self.ctx.jobs.run("kpi_save", lambda crm, _c: crm.kpi.set(code, fy, actor=actor, expected_version=version,
                                                                  **values),
                          owner=self, on_done=self._saved, on_error=self._failed)

    def _saved(self, _row: Any) -> None:
        self.saved.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.setText(error_text(error, self.ctx.lang))


def _with(edit: QLineEdit, unit: QLabel) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    row.addWidget(unit)
    return box


def _plain(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)
