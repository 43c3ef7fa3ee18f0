"""The bid pipeline as a board (:mod:`ui.board`): a column per stage, a card per bid with its event, year,
delegates, estimated impact and decision date; bids untouched for 60 days stand out. A move goes through
``crm.bids.move`` and its rules: a stage that needs more (a decision date and reason, a bid deadline) asks for
it first, and a refused move shows the service's message and leaves the card where it was."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sapporo_mice.enums import BidStage
from sapporo_mice.formats import fill
from ui.board import Board, BoardTexts
from ui.qt import (
    QCoreApplication,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from ui.values import date_edit_format, enum_label, format_date, money_sum

# The columns, in the order of the path (the core's bid_pipeline.STAGES; the enum lists them in that order).
STAGES = tuple(BidStage)


class MoveDialog(QDialog):
    """What a move to a stage needs: a decision date and the reason (won, lost), a bid deadline (submitted)."""

    def __init__(self, lang: str, bid: dict[str, Any], stage: BidStage, needs: tuple[str, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Move “%1” to %2"), bid["name"], enum_label(BidStage, stage.value)))
        self.dates: dict[str, QDateEdit] = {}
        form = QFormLayout()
        titles = {"decision_on": self.tr("Decision date"), "bid_deadline": self.tr("Bid deadline")}
        for key in needs:
            if key in titles:
                edit = QDateEdit(self, calendarPopup=True)
                edit.setDisplayFormat(date_edit_format(lang))
                current = bid.get(key)
                edit.setDate(QDate(current.year, current.month, current.day) if current else QDate.currentDate())
                self.dates[key] = edit
                form.addRow(titles[key], edit)
        self.reason = QLineEdit(self)
        self.reason.setText(bid.get("outcome_reason") or "")
        if "outcome_reason" in needs:
            form.addRow(self.tr("Why it was won or lost"), self.reason)
        self.note = QLineEdit(self)
        form.addRow(self.tr("Note for the stage history (optional)"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.needs = needs

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {k: e.date().toString("yyyy-MM-dd") for k, e in self.dates.items()}
        if "outcome_reason" in self.needs:
            values["outcome_reason"] = self.reason.text()
        return values


class BidBoard(Board):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        translate = QCoreApplication.translate
        texts = BoardTexts(open=translate("BidBoard", "Open"), move_to=translate("BidBoard", "Move to"),
                           move_left=translate("BidBoard", "Move to the previous stage"),
                           move_right=translate("BidBoard", "Move to the next stage"))
        super().__init__(ctx, [(s.value, enum_label(BidStage, s.value)) for s in STAGES], load=lambda _crm, _c: [],
                         move=self._move, column_of=lambda row: _value(row["stage"]), title_of=lambda row: row["name"],
                         lines_of=self._lines, is_stale=lambda row: bool(row.get("stale")), texts=texts,
                         record_types=("bid", "meeting_series", "activity"), column_width=210, card_lines=8,
                         parent=parent)
        self.stages = STAGES
        self.filters: dict[str, Any] = {}
        self.needs: dict[str, tuple[str, ...]] = {}
        self.ask = self._ask  # a test answers the dialog instead
        self.started = False
        self._load = self._loader()

    def start(self) -> None:
        if not self.started:
            self.started = True
            self.reload()

    def _on_changes(self, changes: Any) -> None:
        if self.started:
            super()._on_changes(changes)

    def set_filters(self, filters: dict[str, Any]) -> None:
        self.filters = dict(filters)
        self._load = self._loader()
        if self.started:
            self.reload()

    def _loader(self) -> Any:
        filters = dict(self.filters)
        area = filters.pop("rotation_area", None)

        def load(crm: Any, _c: Any) -> list[dict[str, Any]]:
            rows = crm.bids.board_rows(where=filters, rotation_area=area)
            self.needs = {s.value: crm.bids.needs(s) for s in crm.bids.stages()}  # plain tuples, read once
            return rows

        return load

    def _lines(self, row: dict[str, Any]) -> list[str]:
        event = " ".join(str(x) for x in (row.get("series_name"), row.get("edition_year")) if x)
        delegates = self.tr("%n delegate(s)", "",
                            (row.get("delegates_international") or 0) + (row.get("delegates_domestic") or 0))
        impact = fill(self.tr("Impact %1"), money_sum(row["economic_impact_jpy"])) \
            if row.get("economic_impact_jpy") else ""
        decision = fill(self.tr("Decision %1"), format_date(row["decision_on"])) if row.get("decision_on") else ""
        stale = self.tr("No activity for 60 days") if row.get("stale") else ""
        return [event, delegates, impact, decision, stale]

    def _move(self, row: dict[str, Any], to_key: str) -> Any:
        needs = self.needs.get(to_key, ())
        extra: dict[str, Any] = {}
        if needs:
            answer = self.ask(row, BidStage(to_key), needs)
            if answer is None:
                return None
            extra = answer
        note = extra.pop("note", None) or None
        bid_id, version, actor = row["id"], row["version"], self.ctx.actor

        def op(crm: Any, _c: Any) -> Any:
            return crm.bids.move(bid_id, to_key, actor=actor, expected_version=version, note=note, **extra).changes

        return op

    def _ask(self, row: dict[str, Any], stage: BidStage, needs: tuple[str, ...]) -> dict[str, Any] | None:
        dialog = MoveDialog(self.ctx.lang, _dates(row), stage, needs, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return {**dialog.values(), "note": dialog.note.text()}


def _value(stage: Any) -> str:
    return getattr(stage, "value", stage)


def _dates(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    for key in ("decision_on", "bid_deadline"):
        if isinstance(out.get(key), str):
            out[key] = dt.date.fromisoformat(out[key])
    return out

