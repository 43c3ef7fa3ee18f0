"""The "Export case" tab of a company's window: the whole case in one place.

For a local company: the profile, target markets, support needs with their answers, consultations with
their next step, support given with amounts, expansion cases with the count by fiscal year, and suggested
buyers with their reasons and a one-click introduction. For an overseas buyer: the local companies that fit,
with the same introduction. Every section has an Add button (the record's own form, already linked to the
company) and opens a row on double-click. All reads and writes run as jobs.
"""

from __future__ import annotations

from typing import Any

from sapporo_mice import enums as e
from sapporo_mice import formats
from sapporo_mice.formats import fill
from ui.editors.field_labels import type_label
from ui.editors.panels import make_table
from ui.empty_state import EmptyState
from ui.qt import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.rows import Column, RowsModel
from ui.values import country_name, enum_label, format_date, format_datetime, money

CASE_TYPES = ("company_profile", "target_market", "support_need", "consultation", "support_given",
              "expansion_case", "task", "activity")


def _codes_text(enum_cls, stored: str | None) -> str:
    return formats.listed((enum_label(enum_cls, c) for c in (stored or "").split(",") if c), _lang())


def _lang() -> str:
    from ui.i18n import language

    return language()


class Section(QWidget):
    """One part of the case: a title, an Add button and a small table of records that open on double-click."""

    open_record = Signal(str, str)
    add_requested = Signal(str)

    def __init__(self, record_type: str, columns: list[Column], add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record_type = record_type
        self.model = RowsModel(columns, self)
        self.view = make_table(self.model, self)
        self.view.doubleClicked.connect(self._open)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.add_button = QPushButton(add_text, self)
        self.add_button.clicked.connect(lambda: self.add_requested.emit(self.record_type))
        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.add_button)
        self.empty_state = EmptyState(self)
        self.empty_state.show_text(fill(self.tr("No %1 recorded yet. Add one with “%2”."),
                                        type_label(record_type), add_text))
        self.empty_state.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_state, 1)

    def set_rows(self, rows: list[dict[str, Any]], note: str = "") -> None:
        self.model.set_rows(rows, keys=[r.get("id") for r in rows])
        self.note.setText(note)
        self.view.setVisible(bool(rows))
        self.empty_state.setVisible(not rows)

    def _open(self, index) -> None:
        key = self.model.key(index.row())
        if key:
            self.open_record.emit(self.record_type, key)


class ExportCasePanel(QWidget):
    """The export case of one organization (see the module docstring)."""

    open_record = Signal(str, str)
    record_types = CASE_TYPES

    def __init__(self, ctx, parent: QWidget | None = None, *, for_lead: bool = False) -> None:
        super().__init__(parent)
        self.ctx, self.for_lead = ctx, for_lead
        self.record_id: str | None = None
        self.case = None
        self.kind: str | None = None
        self.suggestions: list[Any] = []
        self.parent_title = lambda: ""
        self._build()

    def tab_title(self) -> str:
        return self.tr("Companies that fit") if self.for_lead else self.tr("Export case")

    # ---------------------------------------------------------------- layout
    def _build(self) -> None:
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.profile_button = QPushButton(self.tr("Edit export profile…"), self)
        self.profile_button.clicked.connect(self.edit_profile)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.profile_button, 0, Qt.AlignmentFlag.AlignTop)
        self.tabs = QTabWidget(self)
        self.markets = Section("target_market", [
            Column("country", self.tr("Country or region"), lambda r: country_name(r["country"], _lang())),
            Column("priority", self.tr("Priority"), lambda r: enum_label(e.MarketPriority, r.get("priority"))),
            Column("status", self.tr("Status"), lambda r: enum_label(e.MarketStatus, r.get("status"))),
            Column("reason", self.tr("Why this market")),
        ], self.tr("Add target market…"), self)
        self.needs = Section("support_need", [
            Column("area", self.tr("Category"), lambda r: enum_label(e.SupportArea, r.get("area"))),
            Column("description", self.tr("Need")),
            Column("resolved", self.tr("Status"), self._need_state),
            Column("answer", self.tr("Answer given")),
        ], self.tr("Add need…"), self)
        self.consultations = Section("consultation", [
            Column("held_at", self.tr("Date"), lambda r: format_datetime(r.get("held_at"))),
            Column("area", self.tr("Category"), lambda r: enum_label(e.SupportArea, r.get("area"))),
            Column("summary", self.tr("Topic")),
            Column("next_step", self.tr("Next step"), self._next_step),
            Column("outcome", self.tr("Outcome")),
        ], self.tr("Add consultation…"), self)
        self.support = Section("support_given", [
            Column("given_on", self.tr("Date"), lambda r: format_date(r.get("given_on"))),
            Column("kind", self.tr("Kind of support"), lambda r: enum_label(e.SupportKind, r.get("kind"))),
            Column("to", self.tr("Buyer, lead or fair"), self._support_to),
            Column("amount_jpy", self.tr("Amount"), lambda r: money(r.get("amount_jpy"))),
            Column("description", self.tr("Details")),
        ], self.tr("Add support given…"), self)
        self.cases = Section("expansion_case", [
            Column("occurred_on", self.tr("Date"), lambda r: format_date(r.get("occurred_on"))),
            Column("fy", self.tr("Fiscal year"), lambda r: formats.fiscal_year(r.get("fy"), _lang())),
            Column("country", self.tr("Country or region"), lambda r: country_name(r["country"], _lang())),
            Column("kind", self.tr("Kind"), lambda r: enum_label(e.ExpansionKind, r.get("kind"))),
            Column("value_jpy", self.tr("Value"), lambda r: money(r.get("value_jpy"))),
            Column("description", self.tr("Details")),
        ], self.tr("Add expansion case…"), self)
        self.fits = Section("organization", [
            Column("score", self.tr("Fit")),
            Column("name", self.tr("Name")),
            Column("country", self.tr("Country or region"), lambda r: country_name(r.get("country"), _lang())),
            Column("reasons", self.tr("Why")),
        ], self.tr("Introduce…"), self)
        self.fits.add_button.setToolTip(self.tr("Record the introduction on both sides and a follow-up task"))
        self.fits.add_button.clicked.connect(self.introduce_selected)
        self.fits.view.selectionModel().selectionChanged.connect(self._fit_selected)
        self.fits.add_button.setEnabled(False)
        self.sections = [self.markets, self.needs, self.consultations, self.support, self.cases]
        for section in self.sections:
            section.add_requested.connect(self.add)
        for section in (*self.sections, self.fits):
            section.open_record.connect(self._open)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)

    def _tab_titles(self) -> list[tuple[QWidget, str]]:
        if self.kind in ("overseas_buyer", "lead"):
            return [(self.fits, fill(self.tr("Companies that fit (%1)"), str(len(self.suggestions))))]
        case = self.case
        return [
            (self.markets, fill(self.tr("Target markets (%1)"), str(len(case.markets)))),
            (self.needs, fill(self.tr("Needs (%1 open)"), str(case.open_needs))),
            (self.consultations, fill(self.tr("Consultations (%1)"), str(len(case.consultations)))),
            (self.support, fill(self.tr("Support given (%1)"), str(len(case.support)))),
            (self.cases, fill(self.tr("Expansion cases (%1)"), str(len(case.cases)))),
            (self.fits, fill(self.tr("Suggested buyers (%1)"), str(len(self.suggestions)))),
        ]

    # ---------------------------------------------------------------- values
    def _need_state(self, row: dict[str, Any]) -> str:
        if row.get("resolved"):
            return fill(self.tr("Addressed %1"), format_date(row.get("addressed_on"))).strip()
        return self.tr("Open")

    def _next_step(self, row: dict[str, Any]) -> str:
        task = self.case.next_steps.get(row["id"]) if self.case else None
        if not row.get("next_step"):
            return ""
        due = format_date(row.get("next_step_due"))
        text = f"{row['next_step']}（{due}）" if due and _lang() == "ja" else (
            f"{row['next_step']} ({due})" if due else row["next_step"])
        if task is not None and task.get("done"):
            text = fill(self.tr("Done: %1"), text)
        return text

    def _support_to(self, row: dict[str, Any]) -> str:
        if self.case is None:
            return ""
        lang = _lang()
        referred = (row.get("counterpart_id"), row.get("lead_id"), row.get("fair_id"))
        named = (self.case.name_of(record_id, lang) for record_id in referred)
        return formats.listed((name for name in named if name), lang)

    # ---------------------------------------------------------------- loading
    def load(self, record_id: str) -> None:
        self.record_id = record_id

        def op(crm: Any, _c: Any) -> Any:
            if self.for_lead:
                return None, "lead", crm.export.suggest_companies(lead_id=record_id)
            case = crm.export.case(record_id)
            kind = case.organization.get("kind")
            kind = getattr(kind, "value", kind)
            if kind == "overseas_buyer":
                return case, kind, crm.export.suggest_companies(record_id)
            if kind == "local_company":
                return case, kind, crm.export.suggest_buyers(record_id)
            return case, kind, []

        self.ctx.jobs.run("export_case", op, owner=self, on_done=self._loaded, on_error=self._failed, serial=False)

    def _loaded(self, result: tuple) -> None:
        self.case, self.kind, self.suggestions = result
        case, lang = self.case, _lang()
        self._show_fits(lang)
        self._show_tabs()
        self.summary.setText(self._summary())
        if case is None:
            return
        self.markets.set_rows(case.markets)
        self.needs.set_rows(case.needs)
        self.consultations.set_rows(case.consultations)
        self.support.set_rows(case.support, fill(self.tr("Total amount: %1"), money(case.support_total_jpy)
                                                                                   or money(0)))
        cases = [{**c, "fy": _fy(c["occurred_on"])} for c in case.cases]
        counts = case.cases_by_fiscal_year()
        self.cases.set_rows(cases, fill(self.tr("Overseas expansion cases by fiscal year: %1"),
                                        formats.fiscal_year_counts(counts, lang) or self.tr("none yet")))

    def _show_fits(self, lang: str) -> None:
        sep = "、" if lang == "ja" else "; "
        rows = [{"id": s.id, "kind": s.kind, "score": s.score, "name": s.shown_name(lang), "country": s.country,
                 "reasons": sep.join(s.reason_texts(lang))} for s in self.suggestions]
        self.fits.model.set_rows(rows, keys=[(s.kind, s.id) for s in self.suggestions])
        self.fits.note.setText(self.tr("Select one and press Introduce: an activity is recorded on both sides, "
                                       "with a follow-up task.") if rows else self.tr("No suggestions yet."))
        self.fits.add_button.setEnabled(bool(self.fits.view.selectionModel().selectedRows()))

    def _show_tabs(self) -> None:
        current = self.tabs.currentWidget()
        self.tabs.clear()
        for widget, title in self._tab_titles():
            self.tabs.addTab(widget, title)
        index = self.tabs.indexOf(current) if current is not None else -1
        self.tabs.setCurrentIndex(max(index, 0))
        self.profile_button.setVisible(self.kind not in ("overseas_buyer", "lead"))

    def _summary(self) -> str:
        from html import escape

        if self.kind in ("overseas_buyer", "lead"):
            return escape(self.tr("Local companies whose target markets, products or certifications fit this buyer."))
        profile = self.case.profile
        if profile is None:
            return escape(self.tr("No export profile yet: add one to record the stage, products, "
                                  "certifications and the staff member in charge."))
        parts = [
            (self.tr("Export stage"), enum_label(e.ExportStage, profile.get("stage"))),
            (self.tr("Staff in charge"), profile.get("staff") or ""),
            (self.tr("Products"), profile.get("products") or ""),
            (self.tr("Certifications"), _codes_text(e.Certification, profile.get("certifications"))),
            (self.tr("Business languages"), _codes_text(e.ExportLanguage, profile.get("languages"))),
        ]
        return "<br>".join(f"<b>{escape(k)}</b>: {escape(v) or formats.no_value(_lang())}" for k, v in parts)

    def _failed(self, error: BaseException) -> None:
        from sapporo_mice.errors import CrmError

        self.message.setText(error.message(self.ctx.lang) if isinstance(error, CrmError) else str(error))

    # ---------------------------------------------------------------- actions
    def _open(self, record_type: str, key: Any) -> None:
        if isinstance(key, tuple):
            kind, key = key
            record_type = "lead" if kind == "lead" else "organization"
        self.open_record.emit(record_type, key)

    def add(self, record_type: str) -> None:
        from ui.editors import open_editor

        if self.record_id:
            open_editor(self.ctx, record_type, None, self.window(), initial={"organization_id": self.record_id},
                        titles={"organization_id": self.parent_title()})

    def edit_profile(self) -> None:
        profile = self.case.profile if self.case else None
        if profile is not None:
            self.open_record.emit("company_profile", profile["id"])
        else:
            self.add("company_profile")

    def _fit_selected(self, *_args: Any) -> None:
        self.fits.add_button.setEnabled(bool(self.fits.view.selectionModel().selectedRows()))

    def introduce_selected(self) -> None:
        rows = self.fits.view.selectionModel().selectedRows()
        if not rows or not self.record_id:
            return
        row = rows[0].row()
        kind, other = self.fits.model.key(row)
        reasons = self.suggestions[row].reason_texts(self.ctx.lang)
        name = self.suggestions[row].shown_name(self.ctx.lang)
        if self.kind == "overseas_buyer":
            company, buyer, lead = other, self.record_id, None
        elif self.kind == "lead":
            company, buyer, lead = other, None, self.record_id
        else:
            company, buyer, lead = self.record_id, other if kind == "buyer" else None, other if kind == "lead" else None
        actor, lang = self.ctx.actor, self.ctx.lang
        self.fits.add_button.setEnabled(False)

        def op(crm: Any, _c: Any) -> Any:
            return crm.export.introduce(company, buyer_id=buyer, lead_id=lead, actor=actor, reasons=reasons,
                                        lang=lang)

        self.ctx.jobs.run("export_introduce", op, owner=self, on_done=lambda changes: self._introduced(changes, name),
                          on_error=self._failed)

    def _introduced(self, changes: Any, name: str) -> None:
        self.message.setText(fill(self.tr("Introduced %1: recorded on both sides, with a follow-up task."), name))
        self.ctx.publish(changes)
        if self.record_id:
            self.load(self.record_id)


def lead_panel(ctx, parent: QWidget | None = None) -> ExportCasePanel:
    """The tab of a fair lead's window: the local companies that fit the buyer met at the fair."""
    return ExportCasePanel(ctx, parent, for_lead=True)


def _fy(day: Any) -> int:
    from sapporo_mice import fiscal

    return fiscal.of(day)
