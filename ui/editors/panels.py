"""The tabs under a record's form: related records, history, activities, tasks and attachments.

Each panel loads its rows through the job runner when the editor asks it to (``load(record_id)``)
and opens a row's record on double-click through ``ctx.open_record``-style callbacks.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sapporo_mice import formats
from sapporo_mice.formats import fill
from ui.editors.declarations import FORMS
from ui.editors.field_labels import field_label, type_label
from ui.empty_state import EmptyState
from ui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.rows import Column, RowsModel
from ui.values import country_name, display_value, enum_label, format_datetime, money, shown_name


def make_table(model: RowsModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    return view


# How a type shows one column when the default (by the field's kind) would mislead: (type, key) -> row -> text.
COLUMN_SHOW: dict[tuple[str, str], Any] = {}


# What points at each record type: (child record type, the child's field naming this record, columns).
RELATED: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {
    "organization": [
        ("contact", "organization_id", ("display_name", "title", "department")),
        ("lead", "organization_id", ("title", "status", "rating", "follow_up_on")),
        ("participation", "organization_id", ("fair_name", "booth", "deals", "actual_sales_jpy")),
        ("consultation", "organization_id", ("held_at", "area", "summary")),
        ("expansion_case", "organization_id", ("occurred_on", "country", "kind", "value_jpy")),
    ],
    "contact": [("lead", "contact_id", ("title", "status", "rating", "follow_up_on"))],
    "fair": [("participation", "fair_id", ("organization_name", "booth", "deals", "actual_sales_jpy")),
             ("lead", "fair_id", ("title", "status", "rating", "follow_up_on"))],
    "meeting_series": [("bid", "series_id", ("name", "edition_year", "stage", "bid_deadline"))],
    "student": [("match", "student_id", ("score", "stage"))],
    "opening": [("match", "opening_id", ("score", "stage"))],
    "indicator": [("indicator_value", "indicator_id", ("fiscal_year", "target", "actual"))],
}

# --- network
RELATED.update({
    "partner_city": [("exchange", "partner_city_id", ("title", "kind", "starts_on", "ends_on")),
                     ("visit", "partner_city_id", ("title", "arrives_on", "status")),
                     ("network_membership", "partner_city_id", ("network_name", "role", "since_year"))],
    "city_network": [("network_membership", "network_id", ("city_name", "role", "designation", "since_year")),
                     ("exchange", "network_id", ("title", "kind", "starts_on"))],
    "exchange": [("participant", "exchange_id", ("name", "side", "role")),
                 ("visit", "exchange_id", ("title", "arrives_on", "status"))],
    "visit": [("programme_item", "visit_id", ("starts_at", "activity", "place", "attendees")),
              ("participant", "visit_id", ("name", "side", "role")),
              ("gift", "visit_id", ("direction", "item", "giver", "recipient"))],
    "contact": [*RELATED["contact"], ("participant", "contact_id", ("visit_title", "exchange_title", "side", "role"))],
})


def _in_sapporo(key: str) -> Any:
    """A visit's programme happens in Sapporo: its times show in Sapporo's time, whatever the computer's zone."""
    def show(row: dict[str, Any]) -> str:
        from sapporo_mice import fiscal, formats
        from ui import i18n

        return formats.datetime(row.get(key), i18n.language(), fiscal.JST) if row.get(key) else ""

    return show


COLUMN_SHOW.update({("programme_item", "starts_at"): _in_sapporo("starts_at"),
                    ("programme_item", "ends_at"): _in_sapporo("ends_at")})


def related_specs(record_type: str) -> list[tuple[str, str, list[Column]]]:
    return [(child, link, [_column(child, key) for key in keys]) for child, link, keys in RELATED.get(record_type, [])]


def _column(record_type: str, key: str) -> Column:
    """A column titled by the field's label; enum values shown by their labels."""
    if (record_type, key) in COLUMN_SHOW:
        return Column(key, field_label(record_type, key), COLUMN_SHOW[(record_type, key)])
    decl = next((d for d in FORMS.get(record_type, ()) if d.name == key), None)
    if decl is not None and decl.kind == "choice":
        return Column(key, field_label(record_type, key), lambda row, d=decl: enum_label(d.arg, row.get(key)))
    if decl is not None and decl.kind == "suggest":  # a word typed in place of a suggestion, as typed
        return Column(key, field_label(record_type, key), lambda row, d=decl: d.arg.label(row.get(key), _lang()))
    if decl is not None and decl.kind == "country":  # a name, never the code
        return Column(key, field_label(record_type, key), lambda row: country_name(row.get(key), _lang()))
    if key.endswith("_jpy"):
        return Column(key, field_label(record_type, key), lambda row: money(row.get(key)))
    if key.endswith("_name"):  # a linked company, city, network or fair, named in the reader's language if it can be
        return Column(key, field_label(record_type, key),
                      lambda row: shown_name(row, key))
    return Column(key, field_label(record_type, key))


def _lang() -> str:
    from ui.i18n import language

    return language()


class RelatedPanel(QWidget):
    """One list of records that point at this one (a company's contacts, leads …)."""

    open_record = Signal(str, str)

    def __init__(self, ctx, child_type: str, link_field: str, columns: list[Column], parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.child_type, self.link_field = ctx, child_type, link_field
        self.model = RowsModel(columns, self)
        self.view = make_table(self.model, self)
        self.view.doubleClicked.connect(self._open)
        self.title = QLabel(f"<b>{type_label(child_type)}</b>", self)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.setToolTip(fill(self.tr("Add a %1 linked to this record"), type_label(child_type)))
        self.add_button.clicked.connect(self.add)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.empty_state = EmptyState(self)
        self.empty_state.show_text(fill(self.tr("No %1 linked to this record yet. Add one with “%2”."),
                                        type_label(child_type), self.add_button.text()))
        # (no second button: the panel's own Add… sits just above the sentence)
        self.empty_state.hide()
        layout.addWidget(self.empty_state)
        self.record_id: str | None = None
        self.parent_title = lambda: ""  # the editor sets it: the title its reference field shows

    def add(self) -> QWidget | None:
        """A new record of this kind, already pointing at this one (a visit's programme line …)."""
        from ui.editors import open_editor

        if not self.record_id:
            return None
        return open_editor(self.ctx, self.child_type, None, self.window(), initial={self.link_field: self.record_id},
                           titles={self.link_field: self.parent_title() or self.record_id})

    def load(self, record_id: str) -> None:
        self.record_id = record_id
        child_type, where = self.child_type, {self.link_field: record_id}
        self.ctx.jobs.run("related", lambda crm, _c: crm.service(child_type).list(where=where, limit=500), owner=self,
                          on_done=self._loaded, serial=False)

    def _loaded(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_rows(rows)
        self.title.setText(f"<b>{type_label(self.child_type)}</b> ({len(rows)})")
        self.view.setVisible(bool(rows))
        self.empty_state.setVisible(not rows)

    def _open(self, index) -> None:
        row = self.model.row_at(index)
        if row:
            self.open_record.emit(self.child_type, row["id"])


# Fields stored as structured text (a bid's impact parameters): the history names the change, not the text.
STRUCTURED_FIELDS = frozenset({"impact_parameters"})


def field_value_text(record_type: str, field: str | None, value: Any, lang: str) -> str:
    """A field's stored or logged value as its form shows it (the history, a sync conflict, an edit conflict, a
    merge): an enum or a suggested value by its label, a date as a date, a country or a language by its name, a
    student's codes by their labels; never a code or an ISO string."""
    decl = next((d for d in FORMS.get(record_type, ()) if d.name == field), None) if field else None
    if decl is not None and decl.kind == "choice":
        return enum_label(decl.arg, value)
    if decl is not None and decl.kind == "suggest":  # a word typed in place of a suggestion, as typed
        return decl.arg.label(value, lang) if value else ""
    if isinstance(value, str) and decl is not None and decl.kind in ("date", "datetime"):
        return display_value(_parse_iso(value))
    if decl is not None and decl.kind == "country" and isinstance(value, str):  # a name, never the code
        return country_name(value, lang)
    if decl is not None and decl.name == "languages" and decl.kind == "widget" and isinstance(value, str):
        return formats.languages(value, lang)  # a contact's "ja,en" as 日本語、英語
    if decl is not None and decl.kind in ("vocab", "vocab_many", "languages"):  # --- students: labels, not codes
        from ui.views.talent.widgets import shown_value

        return shown_value(decl.kind, decl.arg, value, lang)
    return display_value(value)


class HistoryPanel(QWidget):
    """The record's change log: when, who, which field, from what, to what."""

    def __init__(self, ctx, record_type: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.record_type = ctx, record_type
        self.model = RowsModel([
            Column("at", self.tr("When"), lambda r: format_datetime(r["at"])),
            Column("user", self.tr("Who")),
            Column("what", self.tr("Change"), self._what),
            Column("old", self.tr("From"), lambda r: self._value(r, "old")),
            Column("new", self.tr("To"), lambda r: self._value(r, "new")),
        ], self)
        self.view = make_table(self.model, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    def load(self, record_id: str) -> None:
        record_type = self.record_type
        self.ctx.jobs.run("history", lambda crm, _c: [vars(h) for h in crm.history.of_record(record_type, record_id)],
                          owner=self, on_done=self.model.set_rows, serial=False)

    def _what(self, row: dict[str, Any]) -> str:
        ops = {"insert": self.tr("Created"), "delete": self.tr("Deleted"), "restore": self.tr("Restored"),
               "merge": self.tr("Merged")}
        if row["op"] == "update":
            return field_label(self.record_type, row["field"])
        return ops.get(row["op"], row["op"])

    def _value(self, row: dict[str, Any], key: str) -> str:
        value = row[key]
        if (row["op"] == "insert" and key == "new") or row.get("field") in STRUCTURED_FIELDS:
            return ""  # a structured value is shown by its own tab, never as its stored text
        return field_value_text(self.record_type, row.get("field"), value, self.ctx.lang)


def _parse_iso(text: str) -> Any:
    try:
        return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)
    except ValueError:
        return text
