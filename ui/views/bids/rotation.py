"""A meeting series' Rotation tab: its past editions as an editable table (year, city, country, delegates), and
from them the next year the meeting can come to Asia, Japan and Sapporo, each with its reasoning."""

from __future__ import annotations

import html
from typing import Any

from sapporo_mice import countries
from sapporo_mice.formats import fill
from ui.feedback import ERROR_STYLE, OK_STYLE, error_text
from ui.qt import (
    QAbstractItemView,
    QCoreApplication,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.values import country_name

COLUMNS = ("year", "city", "country", "delegates")


class RotationPanel(QWidget):
    def __init__(self, ctx: Any, editor: Any) -> None:
        super().__init__(editor)
        self.ctx = ctx
        self.record_id: str | None = None
        self.version: int | None = None
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr("Year"), self.tr("City"), self.tr("Country"),
                                              self.tr("Delegates")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_button = QPushButton(self.tr("Add edition"), self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove edition"), self)
        self.remove_button.clicked.connect(self.remove_rows)
        self.save_button = QPushButton(self.tr("Save editions"), self)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._build()

    def title(self) -> str:
        return self.tr("Rotation")

    def _build(self) -> None:
        editions = QGroupBox(self.tr("Past and awarded editions"), self)
        e = QVBoxLayout(editions)
        e.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        e.addLayout(buttons)
        e.addWidget(self.message)
        result = QGroupBox(self.tr("When can it come here?"), self)
        r = QVBoxLayout(result)
        r.addWidget(self.result, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(editions)
        splitter.addWidget(result)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # ------------------------------------------------------------------ loading
    def load(self, record_id: str | None) -> None:
        self.record_id = record_id
        if not record_id:
            return
        lang = self.ctx.lang

        def op(crm: Any, _c: Any) -> dict[str, Any]:
            series = crm.meeting_series.get(record_id)
            return {"series": series, "rotation": crm.meeting_series.rotation(record_id).as_json(lang)}

        self.ctx.jobs.run("related", op, owner=self, on_done=self._loaded, on_error=self._failed, serial=False)

    def _loaded(self, loaded: dict[str, Any]) -> None:
        self.version = loaded["series"]["version"]
        editions = loaded["series"]["editions"]
        self.table.setRowCount(0)
        for edition in editions:
            self.add_row(edition)
        self.show_rotation(loaded["rotation"])

    def show_rotation(self, rotation: dict[str, Any]) -> None:
        self.result.setText(rotation_html(rotation))

    # ------------------------------------------------------------------ editing
    def add_row(self, edition: dict[str, Any] | None = None) -> None:
        edition = edition or {}
        row = self.table.rowCount()
        self.table.insertRow(row)
        texts = (edition.get("year"), edition.get("city"), country_name(edition.get("country"), self.ctx.lang)
                 if edition.get("country") else "", f"{edition['delegates']:,}" if edition.get("delegates") else "")
        for column, text in enumerate(texts):
            self.table.setItem(row, column, QTableWidgetItem("" if text is None else str(text)))
        if not edition:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))

    def remove_rows(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def editions(self) -> list[dict[str, Any]]:
        """The table as the service takes it (a country as typed, in either language, becomes its code)."""
        out = []
        for row in range(self.table.rowCount()):
            texts = [(self.table.item(row, c).text().strip() if self.table.item(row, c) else "")
                     for c in range(len(COLUMNS))]
            if not any(texts):
                continue
            year, city, country, delegates = texts
            out.append({"year": year or None, "city": city or None,
                        "country": (countries.code_of(country) or country) if country else None,
                        "delegates": delegates.replace(",", "") or None})
        return out

    def save(self) -> None:
        if not self.record_id:
            return
        record_id, version, actor, editions = self.record_id, self.version, self.ctx.actor, self.editions()
        self.save_button.setEnabled(False)
        self.ctx.jobs.run("save", lambda crm, _c: crm.meeting_series.update(
            record_id, {"editions": editions}, actor=actor, expected_version=version),
            owner=self, subject=self.title(), on_done=self._saved, on_error=self._failed)

    def _saved(self, saved: Any) -> None:
        self.save_button.setEnabled(True)
        self.ctx.publish(saved.changes)
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(self.tr("Editions saved."))
        self.load(self.record_id)

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(error, self.ctx.lang))


def rotation_html(rotation: dict[str, Any]) -> str:
    """The rotation's reasoning (already in the user's language, from the core) with translated headings."""
    translate = QCoreApplication.translate
    places = ((translate("RotationPanel", "Asia"), rotation["asia"]),
              (translate("RotationPanel", "Japan"), rotation["japan"]),
              (translate("RotationPanel", "Sapporo"), rotation["sapporo"]))
    parts = [f"<p>{html.escape(r)}</p>" for r in rotation["reasons"]]
    for name, place in places:
        year = fill(translate("RotationPanel", "%1 (year)"), str(place["year"])) if place["year"] \
            else translate("RotationPanel", "not known")
        reasons = "".join(f"<li>{html.escape(r)}</li>" for r in place["reasons"])
        parts.append(f"<h3>{html.escape(name)}: {html.escape(year)}</h3><ul>{reasons}</ul>")
    return "".join(parts)


class BidRotationPanel(QWidget):
    """A bid's Rotation tab: its series' rotation reasoning, read-only (the editions are edited on the series)."""

    def __init__(self, ctx: Any, editor: Any) -> None:
        super().__init__(editor)
        self.ctx = ctx
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.result, 1)

    def title(self) -> str:
        return self.tr("Rotation")

    def load(self, record_id: str | None) -> None:
        if not record_id:
            return
        lang = self.ctx.lang

        def op(crm: Any, _c: Any) -> dict[str, Any] | None:
            bid = crm.bids.get(record_id)
            if not bid.get("series_id"):
                return None
            series = crm.meeting_series.get(bid["series_id"])
            return {"name": series["name"], "rotation": crm.meeting_series.rotation(series["id"]).as_json(lang)}

        self.ctx.jobs.run("related", op, owner=self, on_done=self._loaded, serial=False)

    def _loaded(self, loaded: dict[str, Any] | None) -> None:
        if loaded is None:
            self.result.setText(html.escape(self.tr("Choose the bid's meeting series (Details tab) to see when the "
                                                    "meeting can come to Sapporo."), quote=False))
            return
        self.result.setText(f"<h2>{html.escape(loaded['name'])}</h2>{rotation_html(loaded['rotation'])}")
