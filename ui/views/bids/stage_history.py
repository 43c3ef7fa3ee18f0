"""A bid's stage history tab: when it moved, from which stage to which, who moved it and the note they left."""

from __future__ import annotations

from typing import Any

from sapporo_mice.enums import BidStage
from ui.editors.panels import make_table
from ui.qt import QVBoxLayout, QWidget
from ui.rows import Column, RowsModel
from ui.values import enum_label, format_datetime


class StageHistoryPanel(QWidget):
    def __init__(self, ctx: Any, editor: Any) -> None:
        super().__init__(editor)
        self.ctx = ctx
        self.model = RowsModel([
            Column("changed_at", self.tr("When"), lambda r: format_datetime(r["changed_at"])),
            Column("from_stage", self.tr("From"), lambda r: enum_label(BidStage, r["from_stage"])),
            Column("to_stage", self.tr("To"), lambda r: enum_label(BidStage, r["to_stage"])),
            Column("created_by", self.tr("Who")),
            Column("note", self.tr("Note")),
        ], self)
        self.view = make_table(self.model, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    def title(self) -> str:
        return self.tr("Stage history")

    def load(self, record_id: str | None) -> None:
        if record_id:
            self.ctx.jobs.run("history", lambda crm, _c: list(reversed(crm.bids.stage_history(record_id))),
                              owner=self, on_done=self.model.set_rows, serial=False)
