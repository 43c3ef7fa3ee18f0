"""A fair's results: leads by country, rating and company of interest (tables and bars), each
participation's negotiations, deals, sales, cost and subsidy with the totals, and the "Create
follow-up tasks" action (``crm.fairs.create_followups``) with a summary.
"""

from __future__ import annotations

from typing import Any

from sapporo_mice import countries, formats
from sapporo_mice.formats import fill
from ui import style
from ui.context import AppContext
from ui.feedback import OK_STYLE, error_text, message_label
from ui.qt import (
    QColor,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPainter,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from ui.rows import Column, RowsModel


class Bars(QWidget):
    """Horizontal bars for a few (label, count) pairs, painted by hand (QtCharts is not installed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, int]] = []
        self.setMinimumHeight(60)

    def set_items(self, items: list[tuple[str, int]]) -> None:
        self.items = items[:8]
        self.setMinimumHeight(max(60, 22 * len(self.items) + 8))
        self.update()

    def paintEvent(self, _event: Any) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        label_width = min(self.width() // 2, max((metrics.horizontalAdvance(t) for t, _ in self.items), default=0) + 8)
        top = max((n for _, n in self.items), default=1) or 1
        span = max(10, self.width() - label_width - 48)
        for row, (text, count) in enumerate(self.items):
            y = 4 + row * 22
            painter.setPen(self.palette().windowText().color())
            painter.drawText(0, y, label_width - 4, 18, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight, label_width - 4))
            width = int(span * count / top)
            painter.fillRect(label_width, y + 2, width, 14, QColor(style.CHART))
            painter.drawText(label_width + width + 4, y, 44, 18, int(Qt.AlignmentFlag.AlignVCenter), str(count))
        painter.end()


def _table(model: RowsModel, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    return table


class FairResultsView(QWidget):
    """The results window of one fair; refreshes when its leads or participations change."""

    def __init__(self, ctx: AppContext, fair_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx, self.fair_id = ctx, fair_id
        self.results: Any = None  # the fair's results (crm.fairs.results)
        self.setWindowTitle(self.tr("Fair results"))
        leads = self.tr("Leads")
        self.country_model = RowsModel([Column(0, self.tr("Country")), Column(1, leads, grouped=True)], self)
        self.rating_model = RowsModel([Column(0, self.tr("Rating")), Column(1, leads, grouped=True)], self)
        self.interest_model = RowsModel([Column(0, self.tr("Exhibitor of interest")), Column(1, leads, grouped=True)],
                                        self)
        counts = (leads, self.tr("Negotiations"), self.tr("Deals"))
        yen = (self.tr("Expected sales (JPY)"), self.tr("Actual sales (JPY)"), self.tr("Cost (JPY)"),
               self.tr("Subsidy (JPY)"))
        self.participation_model = RowsModel(
            [Column(0, self.tr("Exhibitor")), Column(1, self.tr("Booth")),
             *(Column(2 + i, header, grouped=True) for i, header in enumerate(counts)),
             *(Column(5 + i, header, money=True) for i, header in enumerate(yen))], self)
        self._build()
        ctx.changed.connect(self._maybe_reload)
        self.reload()

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight: bold; font-size: 14pt;")
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        self.country_bars, self.rating_bars = Bars(self), Bars(self)
        grid = QGridLayout()
        for column, (title, model, bars) in enumerate((
                (self.tr("Leads by country"), self.country_model, self.country_bars),
                (self.tr("Leads by rating"), self.rating_model, self.rating_bars),
                (self.tr("Leads by exhibitor of interest"), self.interest_model, None))):
            box = QGroupBox(title, self)
            inner = QVBoxLayout(box)
            if bars is not None:
                inner.addWidget(bars)
            inner.addWidget(_table(model, box))
            grid.addWidget(box, 0, column)
        participations = QGroupBox(self.tr("Exhibitors' results (per participation, total in the last row)"), self)
        QVBoxLayout(participations).addWidget(_table(self.participation_model, participations))
        self.followup_button = QPushButton(self.tr("Create follow-up tasks"), self)
        self.followup_button.setToolTip(self.tr("One task per lead without one: A due in 1 day, B in 2 days, "
                                                "C (or unrated) in a week; D gets none."))
        self.followup_button.clicked.connect(self.ask_followups)
        self.followup_summary = message_label(self, OK_STYLE)
        actions = QHBoxLayout()
        actions.addWidget(self.followup_button)
        actions.addWidget(self.followup_summary, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.totals)
        layout.addLayout(grid, 2)
        layout.addWidget(participations, 1)
        layout.addLayout(actions)
        self.resize(1100, 720)

    # ------------------------------------------------------------ loading
    def reload(self) -> None:
        fair_id = self.fair_id
        self.ctx.jobs.run("fair_results", lambda crm, _c: crm.fairs.results(fair_id), owner=self,
                          on_done=self.show_results, on_error=self._failed, serial=False)

    def _maybe_reload(self, changes: Any) -> None:
        if changes.affects("lead", "participation", "fair"):
            self.reload()

    def _failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Fair results"), error_text(error, self.ctx.lang))

    def show_results(self, results: Any) -> None:
        self.results = results
        fair_name = formats.name(results.fair_name, None, self.ctx.lang, results.fair_name_ja)
        self.setWindowTitle(fill(self.tr("Results — %1"), fair_name))
        self.heading.setText(fill(self.tr("Results of %1"), fair_name))
        by_country = [(self._country(t), t.count) for t in results.by_country]
        ratings = [(t.label or self.tr("not rated"), t.count) for t in results.by_rating]
        interests = [(formats.name(t.label, t.label_en, self.ctx.lang, t.label_ja) or self.tr("none given"), t.count)
                     for t in results.by_interest]
        self.country_model.set_rows([list(r) for r in by_country])
        self.rating_model.set_rows([list(r) for r in ratings])
        self.interest_model.set_rows([list(r) for r in interests])
        self.country_bars.set_items(by_country)
        self.rating_bars.set_items(ratings)
        self._show_participations(results)

    def _country(self, tally: Any) -> str:
        return countries.name(tally.key, self.ctx.lang) or self.tr("unknown")

    def _show_participations(self, results: Any) -> None:
        lang = self.ctx.lang
        rows = [[formats.name(p.organization_name, p.organization_name_en, lang, p.organization_name_ja), p.booth, p.leads, p.negotiations,
                 p.deals, p.expected_sales_jpy, p.actual_sales_jpy, p.cost_jpy, p.subsidy_jpy]
                for p in results.participations]
        t = results.totals
        keys = [p.participation_id for p in results.participations]
        tones = [None] * len(rows)
        if t is not None:
            rows.append([self.tr("Total"), "", t.leads, t.negotiations, t.deals, t.expected_sales_jpy,
                         t.actual_sales_jpy, t.cost_jpy, t.subsidy_jpy])
            keys.append(None)
            tones.append(style.HIGHLIGHT)
            self.totals.setText(fill(self.tr("%1 · %2 · %3 · expected sales ¥%4 · actual sales ¥%5 · cost ¥%6 · subsidy ¥%7"),
                                     self.tr("%n lead(s)", "", results.leads),
                                     self.tr("%n negotiation(s)", "", t.negotiations),
                                     self.tr("%n deal(s)", "", t.deals), f"{t.expected_sales_jpy:,}",
                                     f"{t.actual_sales_jpy:,}", f"{t.cost_jpy:,}", f"{t.subsidy_jpy:,}"))
        self.participation_model.set_rows(rows, keys, tones)

    # ------------------------------------------------------------ follow-ups
    def ask_followups(self) -> None:
        answer = QMessageBox.question(self, self.tr("Create follow-up tasks"),
                                      self.tr("Create a follow-up task for every lead of this fair that has none?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.create_followups()

    def create_followups(self) -> None:
        fair_id, actor, lang = self.fair_id, self.ctx.actor, self.ctx.lang
        self.followup_button.setEnabled(False)
        self.ctx.jobs.run("followups", lambda crm, _c: crm.fairs.create_followups(fair_id, actor=actor, lang=lang),
                          owner=self, on_done=self._followups_created, on_error=self._followups_failed)

    def _followups_created(self, changes: Any) -> None:
        self.followup_button.setEnabled(True)
        self.ctx.publish(changes)
        touched = changes.touched if changes else {}
        tasks = self.tr("Created %n follow-up task(s).", "", len(touched.get("task", ())))
        leads = self.tr("%n lead(s) got a follow-up date.", "", len(touched.get("lead", ())))
        # The sentences' order and spacing are the translation's (Japanese sets them side by side, no space).
        self.followup_summary.setText(fill(self.tr("%1 %2 Leads that already had a task were left alone."),
                                           tasks, leads))

    def _followups_failed(self, error: BaseException) -> None:
        self.followup_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Create follow-up tasks"), error_text(error, self.ctx.lang))


def open_results(ctx: AppContext, fair_id: str, parent: QWidget | None = None) -> FairResultsView:
    view = FairResultsView(ctx, fair_id, parent)
    view.show()
    return view
