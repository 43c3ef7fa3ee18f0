"""KPI: the plan's evaluation indicators for a fiscal year, a card per indicator under its pillar (target against
actual, share achieved, trend over five fiscal years); a card opens the records behind its number. Figures
entered by hand and targets go through the entry form or an Excel file of the year."""

from __future__ import annotations

from typing import Any

from sapporo_mice import fiscal, formats
from sapporo_mice.formats import fill
from ui.context import AppContext
from ui.feedback import MUTED_STYLE, error_text, message_label
from ui.first_show import LoadsWhenShown
from ui.kpi.dashboard import (
    DashboardData,
    EntryDialog,
    IndicatorCard,
    RecordsDialog,
    chart_legend,
    load_dashboard,
)
from ui.qt import (
    QComboBox,
    QCoreApplication,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTimer,
    QVBoxLayout,
    QWidget,
    isValid,
)
from ui.reflow import folding_bar

COLUMNS = 3  # cards per row
CARDS_PER_TURN = 3  # cards built per turn of the event loop (each with its chart: a few ms)
YEARS_BACK = 6


class KpiView(LoadsWhenShown, QWidget):
    record_types = ("indicator", "indicator_value")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: DashboardData | None = None
        self.cards: dict[str, IndicatorCard] = {}
        self.year = QComboBox(self)
        current = fiscal.current()
        for year in range(current + 1, current - YEARS_BACK, -1):
            self.year.addItem(formats.fiscal_year(year, ctx.lang), year)
        self.year.setCurrentIndex(1)
        self.year.setAccessibleName(self.tr("Fiscal year"))
        self.year.currentIndexChanged.connect(lambda _i: self.reload())
        self.summary = QLabel(self)
        self.summary.setStyleSheet(MUTED_STYLE)
        self.summary.setWordWrap(True)
        self.enter_button = QPushButton(self.tr("Enter figures…"), self)
        self.enter_button.clicked.connect(lambda: self.open_entry())
        self.export_button = QPushButton(self.tr("Export to Excel…"), self)
        self.export_button.clicked.connect(self.export)
        self.import_button = QPushButton(self.tr("Import from Excel…"), self)
        self.import_button.clicked.connect(self.import_file)
        # The year's KPI report as a PDF (the packs' dialog: progress, cancel, preview, save).
        self.brief_button = QPushButton(QCoreApplication.translate("Briefs", "Briefing pack…"), self)
        self.brief_button.clicked.connect(self.open_brief)
        self.message = message_label(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Fiscal year"), self))
        top.addWidget(self.year)
        top.addWidget(self.summary, 1)
        self.legend = QLabel(chart_legend(), self)
        top.addWidget(self.legend)
        # the buttons that do not fit a narrow window go under the bar's » button
        top.addWidget(folding_bar(self, (self.enter_button, self.export_button, self.import_button,
                                         self.brief_button)))
        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll, 1)
        self._pending: list[Any] = []
        ctx.changed.connect(self._changed)

    # ------------------------------------------------------------------ loading
    def load(self) -> None:
        year, lang = self.year.currentData(), self.ctx.lang
        self.summary.setText(self.tr("Counting…"))
        self.ctx.jobs.run("kpi", lambda crm, _c: load_dashboard(crm, year, lang), owner=self, on_done=self.show_data,
                          on_error=self._failed, serial=False)

    def _changed(self, _changes: Any) -> None:
        if self.loaded_once and self.isVisible():
            self.reload()

    def show_data(self, data: DashboardData) -> None:
        if data.fiscal_year != self.year.currentData():
            return  # an older answer
        self.data = data
        self.message.setText("")
        if self.cards and set(self.cards) == {c.code for c in data.cards}:
            for card_data in data.cards:  # another year or fresh figures: change the cards in place
                self.cards[card_data.code].set_data(card_data)
        else:
            self._build(data)
        met = sum(1 for c in data.cards if c.achievement is not None and c.achievement >= 1)
        without = sum(1 for c in data.cards if c.target is None)
        summary = self.tr("%n indicator(s) · %1 met their target · %2 without a target", "", len(data.cards))
        self.summary.setText(fill(summary, str(met), str(without)))

    def _build(self, data: DashboardData) -> None:
        """A box per pillar now; its cards a few at a time, so the window stays responsive while they build."""
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.cards = {}
        pending = []
        for number, name in data.pillars:
            box = QGroupBox(f"({number}) {name}", self.body)
            grid = QGridLayout(box)
            for column in range(COLUMNS):
                grid.setColumnStretch(column, 1)
            shown = [c for c in data.cards if c.pillar == number]
            pending += [(box, grid, index, card_data) for index, card_data in enumerate(shown)]
            self.body_layout.addWidget(box)
        self.body_layout.addStretch(1)
        self._pending = pending
        self._build_some()

    def _build_some(self) -> None:
        batch, self._pending = self._pending[:CARDS_PER_TURN], self._pending[CARDS_PER_TURN:]
        for box, grid, index, card_data in batch:
            if not isValid(box):
                return
            current = self.data.cards if self.data else []
            card_data = next((c for c in current if c.code == card_data.code), card_data)
            card = IndicatorCard(card_data, self.ctx.lang, box)
            card.activated.connect(self.open_records)
            grid.addWidget(card, index // COLUMNS, index % COLUMNS)
            self.cards[card_data.code] = card
        if self._pending:
            QTimer.singleShot(0, self, self._build_some)

    @property
    def building(self) -> bool:
        return bool(self._pending)

    def _failed(self, error: BaseException) -> None:
        self.summary.setText("")
        self.message.setText(error_text(error, self.ctx.lang))

    # ------------------------------------------------------------------ actions
    def open_records(self, code: str) -> RecordsDialog | None:
        if self.data is None:
            return None
        card = next(c for c in self.data.cards if c.code == code)
        dialog = RecordsDialog(self.ctx, card, self.data.fiscal_year, self.window())
        dialog.show()
        return dialog

    def open_entry(self, code: str | None = None) -> EntryDialog | None:
        if self.data is None:
            return None
        dialog = EntryDialog(self.ctx, self.data.cards, self.data.fiscal_year, code, self.window())
        dialog.saved.connect(self.reload)
        dialog.show()
        return dialog

    def open_brief(self) -> None:
        from ui.briefs.dialog import BriefDialog

        BriefDialog(self.ctx, "kpi", str(self.year.currentData()), self.window()).show()

    def export(self) -> None:
        year = self.year.currentData()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"), f"kpi_{year}.xlsx",
                                              self.tr("Excel (*.xlsx)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        year, lang = self.year.currentData(), self.ctx.lang
        self.ctx.jobs.run("kpi_export", lambda crm, _c: crm.kpi.export_xlsx(year, path, lang=lang), owner=self,
                          on_done=lambda _p: self.message.setText(""), on_error=self._failed, serial=False)

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import from Excel"), "", self.tr("Excel (*.xlsx)"))
        if path:
            self.import_from(path)

    def import_from(self, path: str) -> None:
        year, lang, actor = self.year.currentData(), self.ctx.lang, self.ctx.actor
        self.ctx.jobs.run("kpi_import", lambda crm, _c: crm.kpi.import_xlsx(path, actor=actor, lang=lang,
                                                                            fiscal_year=year),
                          owner=self, on_done=self._imported, on_error=self._failed)

    def _imported(self, result: dict[str, Any]) -> None:
        self.reload()
        self.message.setText("")
        self.summary.setText(self.tr("Imported: %n indicator(s) updated", "", result["updated"]))
