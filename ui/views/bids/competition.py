"""A bid's Competition tab: the destinations competing with Sapporo (city, country, their strengths), edited as a
table and saved with the bid. Bid books go in the Attachments tab, site inspections and presentations in
Activities (their kinds exist for that)."""

from __future__ import annotations

from typing import Any

from sapporo_mice import countries
from ui.feedback import ERROR_STYLE, OK_STYLE, error_text
from ui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.values import country_name


class CompetitionPanel(QWidget):
    def __init__(self, ctx: Any, editor: Any) -> None:
        super().__init__(editor)
        self.ctx = ctx
        self.record_id: str | None = None
        self.version: int | None = None
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("City"), self.tr("Country"), self.tr("Strengths")])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add = QPushButton(self.tr("Add destination"), self)
        add.clicked.connect(lambda: self.add_row())
        remove = QPushButton(self.tr("Remove destination"), self)
        remove.clicked.connect(self.remove_rows)
        self.save_button = QPushButton(self.tr("Save destinations"), self)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        hint = QLabel(self.tr("Bid books: Attachments tab. Site inspections and presentations: Activities tab."),
                      self)
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(hint)

    def title(self) -> str:
        return self.tr("Competition")

    def load(self, record_id: str | None) -> None:
        self.record_id = record_id
        if record_id:
            self.ctx.jobs.run("related", lambda crm, _c: crm.bids.get(record_id), owner=self,
                              on_done=self._loaded, on_error=self._failed, serial=False)

    def _loaded(self, bid: dict[str, Any]) -> None:
        self.version = bid["version"]
        self.table.setRowCount(0)
        for row in bid["competing"]:
            self.add_row(row)

    def add_row(self, row: dict[str, Any] | None = None) -> None:
        row = row or {}
        n = self.table.rowCount()
        self.table.insertRow(n)
        texts = (row.get("city") or "", country_name(row["country"], self.ctx.lang) if row.get("country") else "",
                 row.get("strengths") or "")
        for column, text in enumerate(texts):
            self.table.setItem(n, column, QTableWidgetItem(text))
        if not row:
            self.table.setCurrentCell(n, 0)
            self.table.editItem(self.table.item(n, 0))

    def remove_rows(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def rows(self) -> list[dict[str, Any]]:
        out = []
        for n in range(self.table.rowCount()):
            city, country, strengths = [(self.table.item(n, c).text().strip() if self.table.item(n, c) else "")
                                        for c in range(3)]
            if city or country or strengths:
                out.append({"city": city or None, "country": (countries.code_of(country) or country) or None,
                            "strengths": strengths or None})
        return out

    def save(self) -> None:
        if not self.record_id:
            return
        record_id, version, actor, rows = self.record_id, self.version, self.ctx.actor, self.rows()
        self.save_button.setEnabled(False)
        self.ctx.jobs.run("save", lambda crm, _c: crm.bids.update(record_id, {"competing": rows}, actor=actor,
                                                                   expected_version=version),
                          owner=self, subject=self.title(), on_done=self._saved, on_error=self._failed)

    def _saved(self, saved: Any) -> None:
        self.save_button.setEnabled(True)
        self.ctx.publish(saved.changes)
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(self.tr("Destinations saved."))
        self._loaded(saved.record)

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(error, self.ctx.lang))
