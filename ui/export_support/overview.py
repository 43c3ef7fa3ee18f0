"""Export support across companies: who needs attention, the markets country by country, and the
overseas expansion cases by fiscal year (the plan's KPI 海外展開事業事例数).

One window with three tabs; a row opens its record on double-click. Reads run as jobs.
"""

from __future__ import annotations

from typing import Any

from sapporo_mice import enums as e
from sapporo_mice import formats
from sapporo_mice.formats import fill
from sapporo_mice.students.vocab import INDUSTRIES
from ui.editors.panels import make_table
from ui.export_support.actions import translate_attention
from ui.rows import Column, RowsModel
from ui.values import country_name, enum_label, format_date, money, shown_name
from ui.qt import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

WATCHED = ("company_profile", "target_market", "support_need", "consultation", "support_given", "expansion_case",
           "activity", "organization", "lead")


def _lang() -> str:
    from ui.i18n import language

    return language()


def _named(key: str):
    """A column's value: the row's name under ``key`` as the reader knows it (its ``_en``/``_ja`` forms)."""
    return lambda r: shown_name(r, key)


_COMPANY = _named("company")
_NAME = _named("name")


class _Table(QWidget):
    """A titled small table whose rows carry (record type, id) keys."""

    def __init__(self, title: str, columns: list[Column], open_record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_text = title
        self.title = QLabel(f"<b>{title}</b>", self)
        self.model = RowsModel(columns, self)
        self.view = make_table(self.model, self)
        self.view.doubleClicked.connect(lambda index: self.model.key(index.row()) and open_record(
            *self.model.key(index.row())))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)

    def set_rows(self, rows: list[dict[str, Any]], record_type: str, id_key: str = "id") -> None:
        self.model.set_rows(rows, keys=[(record_type, r[id_key]) for r in rows])
        self.title.setText(f"<b>{self.title_text}</b> ({len(rows)})")


class ExportOverview(QWidget):
    """The window (see the module docstring)."""

    ATTENTION, MARKETS, CASES = range(3)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Export support"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._attention_tab(), self.tr("Needs attention"))
        self.tabs.addTab(self._markets_tab(), self.tr("Markets"))
        self.tabs.addTab(self._cases_tab(), self.tr("Expansion cases by fiscal year"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.resize(1100, 680)
        ctx.changed.connect(self._on_changed)
        self.country: str | None = None
        self.reload()

    def open_record(self, record_type: str, record_id: str) -> None:
        self.ctx.open_record.emit(record_type, record_id)

    # ---------------------------------------------------------------- tabs
    def _attention_tab(self) -> QWidget:
        page = QWidget(self)
        self.attention_note = QLabel(self.tr(
            "Companies with an export profile that have an open need, no contact in 90 days, or a target market "
            "with no consultation, introduction or expansion case in 180 days."), page)
        self.attention_note.setWordWrap(True)
        self.attention = _Table(self.tr("Companies"), [
            Column("company", self.tr("Company"), _COMPANY),
            Column("staff", self.tr("Staff in charge")),
            Column("why", self.tr("Why")),
            Column("last_contact", self.tr("Last contact"), lambda r: format_date(r.get("last_contact"))
                   or self.tr("never")),
        ], self.open_record, page)
        layout = QVBoxLayout(page)
        layout.addWidget(self.attention_note)
        layout.addWidget(self.attention, 1)
        return page

    def _markets_tab(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.countries = _Table(self.tr("Countries and regions"), [
            Column("country", self.tr("Country or region"), lambda r: country_name(r["country"], _lang())),
            Column("companies", self.tr("Companies")),
            Column("cases", self.tr("Cases")),
        ], lambda *_: None, splitter)
        self.countries.view.selectionModel().currentRowChanged.connect(self._country_chosen)
        detail = QSplitter(Qt.Orientation.Vertical, splitter)
        self.market_companies = _Table(self.tr("Companies targeting it"), [
            Column("company", self.tr("Company"), _COMPANY),
            Column("priority", self.tr("Priority"), lambda r: enum_label(e.MarketPriority, r.get("priority"))),
            Column("status", self.tr("Status"), lambda r: enum_label(e.MarketStatus, r.get("status"))),
            Column("stage", self.tr("Export stage"), lambda r: enum_label(e.ExportStage, r.get("stage"))),
            Column("reason", self.tr("Why this market")),
        ], self.open_record, detail)
        self.market_buyers = _Table(self.tr("Buyers there"), [
            Column("name", self.tr("Name"), _NAME),
            # an industry named from the list is kept as its code (trade): shown by its label, 貿易 / Trade
            Column("industry", self.tr("Industry"), lambda r: INDUSTRIES.label(r.get("industry"), _lang())),
        ], self.open_record, detail)
        self.market_leads = _Table(self.tr("Fair leads from there"), [
            Column("title", self.tr("Lead")), Column("fair", self.tr("Fair"), _named("fair")),
            Column("rating", self.tr("Rating")),
            Column("interest", self.tr("Interest")),
        ], self.open_record, detail)
        self.market_cases = _Table(self.tr("Expansion cases there"), [
            Column("occurred_on", self.tr("Date"), lambda r: format_date(r.get("occurred_on"))),
            Column("company", self.tr("Company"), _COMPANY),
            Column("kind", self.tr("Kind"), lambda r: enum_label(e.ExpansionKind, r.get("kind"))),
            Column("value_jpy", self.tr("Value"), lambda r: money(r.get("value_jpy"))),
        ], self.open_record, detail)
        self.market_partners = _Table(self.tr("Partner cities there"), [
            Column("name", self.tr("Name"), _NAME),
        ], self.open_record, detail)
        splitter.setStretchFactor(1, 3)
        return splitter

    def _cases_tab(self) -> QWidget:
        page = QWidget(self)
        self.year = QComboBox(page)
        self.year.activated.connect(lambda _i: self._load_cases())
        self.counts = QLabel(page)
        self.counts.setWordWrap(True)
        self.case_table = _Table(self.tr("Cases"), [
            Column("occurred_on", self.tr("Date"), lambda r: format_date(r.get("occurred_on"))),
            Column("company", self.tr("Company"), _COMPANY),
            Column("country", self.tr("Country or region"), lambda r: country_name(r["country"], _lang())),
            Column("kind", self.tr("Kind"), lambda r: enum_label(e.ExpansionKind, r.get("kind"))),
            Column("value_jpy", self.tr("Value"), lambda r: money(r.get("value_jpy"))),
            Column("description", self.tr("Details")),
        ], self.open_record, page)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Fiscal year (April–March):"), page))
        top.addWidget(self.year)
        top.addWidget(self.counts, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.case_table, 1)
        return page

    # ---------------------------------------------------------------- loading
    def reload(self) -> None:
        def op(crm: Any, _c: Any) -> Any:
            return crm.export.needs_attention(), crm.export.markets(), crm.export.case_counts()

        self.ctx.jobs.run("export_overview", op, owner=self, on_done=self._loaded, serial=False)

    def _loaded(self, result: tuple) -> None:
        attention, markets, counts = result
        lang = _lang()
        self.attention.set_rows([{"id": a.organization_id, "company": a.company, "company_en": a.company_en,
                                  "company_ja": a.company_ja, "staff": a.staff,
                                  "why": translate_attention(a, lang), "last_contact": a.last_contact}
                                 for a in attention], "organization")
        self.countries.model.set_rows([{"country": c, "companies": n, "cases": k} for c, n, k in markets],
                                      keys=[c for c, _n, _k in markets])
        self.countries.title.setText(f"<b>{self.countries.title_text}</b> ({len(markets)})")
        if markets:
            wanted = self.country if self.country in {c for c, *_ in markets} else markets[0][0]
            row = [c for c, *_ in markets].index(wanted)
            self.countries.view.setCurrentIndex(self.countries.model.index(row, 0))
            self._load_market(wanted)
        chosen = self.year.currentData()
        self.year.clear()
        self.year.addItem(self.tr("All years"), None)
        from sapporo_mice import fiscal

        years = sorted(set(counts) | {fiscal.current()}, reverse=True)
        for year in years:
            self.year.addItem(formats.fiscal_year(year, lang), year)
        self.year.setCurrentIndex(max(0, self.year.findData(chosen if chosen is not None else fiscal.current())))
        self.counts.setText(fill(self.tr("Cases by fiscal year: %1"),
                                 formats.fiscal_year_counts(counts, lang) or self.tr("none yet")))
        self._load_cases()

    def _country_chosen(self, current, _previous) -> None:
        country = self.countries.model.key(current.row()) if current.isValid() else None
        if country and country != self.country:
            self._load_market(country)

    def _load_market(self, country: str) -> None:
        self.country = country
        self.ctx.jobs.run("export_overview", lambda crm, _c: crm.export.market(country), owner=self,
                          on_done=self._market_loaded, serial=False)

    def _market_loaded(self, view: Any) -> None:
        self.market_companies.set_rows(view.companies, "organization", "organization_id")
        self.market_buyers.set_rows(view.buyers, "organization")
        self.market_leads.set_rows(view.leads, "lead")
        self.market_cases.set_rows([vars(c) for c in view.cases], "expansion_case")
        self.market_partners.set_rows(view.partner_cities, "organization")

    def _load_cases(self) -> None:
        year = self.year.currentData()
        self.ctx.jobs.run("export_overview", lambda crm, _c: crm.export.cases(year), owner=self,
                          on_done=lambda rows: self.case_table.set_rows([vars(r) for r in rows], "expansion_case"),
                          serial=False)

    def _on_changed(self, changes: Any) -> None:
        if changes.affects(*WATCHED):
            self.reload()


def open_export_overview(ctx, tab: int, parent: QWidget | None = None) -> ExportOverview:
    window = ctx.windows.show(("export_overview",), lambda: ExportOverview(ctx, parent))
    window.tabs.setCurrentIndex(tab)
    return window
