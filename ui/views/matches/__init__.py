"""Matches: the pipeline as a board (a column per stage; a move goes through the match service, so the
sharing-consent rule and the stage history hold) and as a list; hires by fiscal year under the board."""

from __future__ import annotations

from typing import Any

from sapporo_mice.formats import fill
from ui.board import Board, BoardTexts
from ui.context import AppContext
from ui.lists import RecordListView
from ui.qt import QAction, QLabel, QTabWidget, QVBoxLayout, QWidget

STAGES = ("suggested", "introduced", "interview", "internship", "offer", "hired", "declined", "withdrawn")


class MatchBoard(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from sapporo_mice.enums import MatchStage
        from ui.values import enum_label

        self.ctx = ctx
        columns = [(stage, enum_label(MatchStage, stage)) for stage in STAGES]
        texts = BoardTexts(open=self.tr("Open"), move_to=self.tr("Move to"), move_left=self.tr("Previous stage"),
                           move_right=self.tr("Next stage"))
        self.board = Board(ctx, columns, load=lambda crm, _c: crm.matching.board(), move=self._move,
                           column_of=lambda row: row["stage"], title_of=lambda row: row["student"],
                           lines_of=self._lines, is_stale=lambda row: row["stale"], texts=texts,
                           record_types=("match",), column_width=140, card_lines=4, parent=self)
        self.board.card_opened.connect(self._open)
        self.hires = QLabel(self)
        self.hires.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.board, 1)
        layout.addWidget(self.hires)
        self.board.model.modelReset.connect(self._load_hires)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.board.reload()

    def _lines(self, row: dict[str, Any]) -> list[str]:
        from sapporo_mice import formats

        company = formats.name(row["company"], row["company_en"], self.ctx.lang, row["company_ja"])
        lines = [row["opening"], company,
                 fill(self.tr("Score %1"), formats.number(row["score"], self.ctx.lang, digits=1))]
        if row["host_rating"]:
            lines.append(fill(self.tr("Employer's rating %1 of 4"), str(row["host_rating"])))
        if row["stale"]:
            lines.append(self.tr("No change for %n day(s)", "", row["days_quiet"]))
        return lines

    def _move(self, row: dict[str, Any], to_key: str) -> Any:
        actor, record_id, version = self.ctx.actor, row["id"], row["version"]
        return lambda crm, _c: crm.matches.update(record_id, {"stage": to_key}, actor=actor,
                                                  expected_version=version).changes

    def _open(self, record_id: str) -> None:
        from ui.editors import open_editor

        open_editor(self.ctx, "match", record_id, self.window())

    def _load_hires(self) -> None:
        self.ctx.jobs.run("suggest", lambda crm, _c: crm.matching.hires_by_fiscal_year(), owner=self,
                          on_done=self._show_hires)

    def _show_hires(self, hires: dict[int, int]) -> None:
        from sapporo_mice import formats

        lang = self.ctx.lang
        items = formats.listed((fill(self.tr("%1: %n", "", count), formats.fiscal_year(year, lang))
                                for year, count in hires.items()), lang)
        self.hires.setText(fill(self.tr("Foreign employees hired through matching, by fiscal year: %1"),
                                items or self.tr("none yet")))


class MatchesView(QTabWidget):
    record_types = ("match",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board = MatchBoard(ctx, self)
        self.list = RecordListView(ctx, "match", self)
        self.addTab(self.board, self.tr("Board"))
        self.addTab(self.list, self.tr("List"))

    def list_for(self, record_type: str) -> RecordListView:
        return self.list

    def show_type(self, record_type: str) -> None:
        self.setCurrentWidget(self.list)

    def record_actions(self) -> list[QAction]:
        return self.list.record_actions()

    def focus_filter(self) -> None:
        self.setCurrentWidget(self.list)
        self.list.focus_filter()
