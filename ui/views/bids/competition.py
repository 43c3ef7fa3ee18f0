"""A bid's Competition tab: the destinations competing with Sapporo (city, country, their strengths), edited as a
table and saved with the bid. Bid books go in the Attachments tab, site inspections and presentations in
Activities (their kinds exist for that)."""

from __future__ import annotations

from typing import Any

from sapporo_mice import countries
from ui.qt import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)
from ui.values import country_name
from ui.views.bids.child_rows import ChildRowsPanel


class CompetitionPanel(ChildRowsPanel):
    FIELD = "competing"

    def __init__(self, ctx: Any, editor: Any) -> None:
        super().__init__(ctx, editor, [self.tr("City"), self.tr("Country"), self.tr("Strengths")],
                         self.tr("Save destinations"))
        add = QPushButton(self.tr("Add destination"), self)
        add.clicked.connect(lambda: self.add_row())
        remove = QPushButton(self.tr("Remove destination"), self)
        remove.clicked.connect(self.remove_rows)
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

    def rows(self) -> list[dict[str, Any]]:
        out = []
        for n in range(self.table.rowCount()):
            city, country, strengths = [(self.table.item(n, c).text().strip() if self.table.item(n, c) else "")
                                        for c in range(3)]
            if city or country or strengths:
                out.append({"city": city or None, "country": (countries.code_of(country) or country) or None,
                            "strengths": strengths or None})
        return out

    def saved_text(self) -> str:
        return self.tr("Destinations saved.")
