"""Bids: Sapporo's bids to host meeting editions, as a list (soonest deadline first) or as a pipeline board, both
filtered by year, meeting type, stage, owner and rotation area; the pipeline's weighted value by fiscal year;
and the estimator's parameters and the stages' probabilities (Settings)."""

from __future__ import annotations

from typing import Any

from sapporo_mice.enums import BidStage, MeetingType
from sapporo_mice.formats import fill
from ui.briefs import brief_action
from ui.context import AppContext
from ui.lists import RecordListView
from ui.qt import QComboBox, QHBoxLayout, QLabel, QTabWidget, QWidget
from ui.values import enum_label, money_sum
from ui.views.bids.board import BidBoard

FILTERS = ("edition_year", "meeting_type", "stage", "owner", "rotation_area")


class BidsView(RecordListView):
    record_types = ("bid", "meeting_series")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "bid", parent)
        self.combos: dict[str, QComboBox] = {}
        self.board = BidBoard(ctx, self)
        self.board.card_opened.connect(lambda bid_id: ctx.open_record.emit("bid", bid_id))
        self.pipeline_label = QLabel(self)
        self.pipeline_label.setWordWrap(True)
        self._rebuild_layout()
        self.parameters_action = self._action(self.tr("Impact parameters and stage probabilities…"),
                                              "Ctrl+Shift+P", self.edit_parameters, on_table=False,
                                              icon="filter")
        self.board_action = self._action(self.tr("Show the board"), "Ctrl+Shift+K", self.toggle_board,
                                         on_table=False, icon="board")
        self.remind_action = self._action(self.tr("Create reminder tasks"), "Ctrl+Shift+R", self.create_reminders,
                                          icon="tasks")
        self.ics_action = self._action(self.tr("Export the bid's dates (.ics)…"), "Ctrl+Shift+I", self.export_ics,
                                       icon="export")
        self.import_action = self._action(self.tr("Import association meetings (ICCA)…"), "Ctrl+Shift+M",
                                          self.import_series, on_table=False, icon="import")
        self.brief_action = brief_action(self)
        for action in (self.remind_action, self.ics_action):
            self.board.view.addAction(action)
        if hasattr(ctx, "changed"):
            ctx.changed.connect(self._on_bid_changes)
        self._load_choices()

    def record_actions(self) -> list:
        return [*super().record_actions(), self.board_action, self.remind_action, self.ics_action,
                self.brief_action, self.import_action, self.parameters_action]

    # ------------------------------------------------------------------ layout
    def _rebuild_layout(self) -> None:
        layout = self.layout()
        layout.removeWidget(self.table)
        bar = QHBoxLayout()
        for key, title in self._filter_titles().items():
            combo = QComboBox(self)
            combo.setAccessibleName(title)
            combo.setToolTip(title)
            # they share the row's width; a narrow window (half a screen) shortens their texts, not the row
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(4)
            combo.addItem(title, None)
            combo.activated.connect(lambda _i: self._filters_changed())
            self.combos[key] = combo
            bar.addWidget(combo, 1)
        for member in MeetingType:
            self.combos["meeting_type"].addItem(enum_label(MeetingType, member.value), member.value)
        for member in self.board.stages:
            self.combos["stage"].addItem(enum_label(BidStage, member.value), member.value)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.table, self.tr("List"))
        self.tabs.addTab(self.board, self.tr("Board"))
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.pipeline_label)

    def _filter_titles(self) -> dict[str, str]:
        return {"edition_year": self.tr("All years"), "meeting_type": self.tr("All meeting types"),
                "stage": self.tr("All stages"), "owner": self.tr("All owners"),
                "rotation_area": self.tr("All rotation areas")}

    def _load_choices(self) -> None:
        self.ctx.jobs.run("related", lambda crm, _c: {"choices": crm.bids.filter_choices(),
                                                      "pipeline": crm.bids.pipeline_by_fiscal_year()},
                          owner=self, on_done=self._choices_loaded, serial=False)

    def _choices_loaded(self, loaded: dict[str, Any]) -> None:
        for key, values in loaded["choices"].items():
            combo = self.combos[key]
            chosen = combo.currentData()
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(str(value), value)
            if chosen is not None and combo.findData(chosen) >= 0:
                combo.setCurrentIndex(combo.findData(chosen))
        self._show_pipeline(loaded["pipeline"])

    def _show_pipeline(self, rows: list[Any]) -> None:
        from sapporo_mice import formats

        parts = []
        for row in rows:
            year = formats.fiscal_year(row.fiscal_year, self.ctx.lang) if row.fiscal_year else self.tr("year not set")
            parts.append(fill(self.tr("%1: %2 weighted (of %3)"),
                              year, money_sum(row.weighted_jpy), money_sum(row.impact_jpy)))
        self.pipeline_label.setText(fill(self.tr("Pipeline by fiscal year of the event, weighted by probability: %1"),
                                         " · ".join(parts) if parts else self.tr("no estimates yet")))

    # ------------------------------------------------------------------ filters
    def chosen_filters(self) -> dict[str, Any]:
        return {key: combo.currentData() for key, combo in self.combos.items() if combo.currentData() is not None}

    def filter_key(self) -> str | None:
        """The list's filter for the chosen values (``stage=won&edition_year=2030``; the list machinery's SQL)."""
        from urllib.parse import quote

        parts = [f"{key}={quote(str(value), safe='')}" for key, value in self.chosen_filters().items()]
        return "&".join(parts) or None

    def _filters_changed(self) -> None:
        self.model.set_filter(self.filter_key())
        self.board.set_filters(self.chosen_filters())

    def _tab_changed(self) -> None:
        self.board_action.setText(self.tr("Show the list") if self.tabs.currentWidget() is self.board
                                  else self.tr("Show the board"))
        if self.tabs.currentWidget() is self.board:
            self.board.start()
            self.board.view.setFocus()

    def toggle_board(self) -> None:
        self.tabs.setCurrentWidget(self.table if self.tabs.currentWidget() is self.board else self.board)

    def _on_bid_changes(self, changes: Any) -> None:
        if getattr(changes, "record_types", set()) & {"bid", "meeting_series"}:
            self._load_choices()

    # ------------------------------------------------------------------ a bid's dates
    def current_bid(self) -> str | None:
        """The bid the user is on: the board's current card, or the list's one selected (or current) row."""
        if self.tabs.currentWidget() is self.board:
            return self.board.view.current_card_id()
        ids = self.selected_ids()
        if len(ids) == 1:
            return ids[0]
        current = self.table.currentIndex()
        return self.model.record_id(current.row()) if current.isValid() and not ids else None

    def create_reminders(self) -> None:
        bid_id, actor, lang = self.current_bid(), self.ctx.actor, self.ctx.lang
        if bid_id is None:
            self.status.emit(self.tr("Select one bid first."))
            return

        def done(changes: Any) -> None:
            self.ctx.publish(changes)
            count = len(changes.touched.get("task", ()))
            self.status.emit(self.tr("Created %n reminder task(s).", "", count))

        self.ctx.jobs.run("save", lambda crm, _c: crm.bids.create_reminders(bid_id, actor=actor, lang=lang),
                          owner=self, subject=self.tr("reminders"), on_done=done, on_error=self._report)

    def export_ics(self) -> None:
        from pathlib import Path

        from ui.qt import QFileDialog

        bid_id, lang = self.current_bid(), self.ctx.lang
        if bid_id is None:
            self.status.emit(self.tr("Select one bid first."))
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the bid's dates"), "bid.ics",
                                              self.tr("Calendar files (*.ics)"))
        if not path:
            return

        def write(crm: Any, _c: Any) -> str:
            Path(path).write_text(crm.bids.ics(bid_id, lang=lang), encoding="utf-8", newline="")
            return path

        self.ctx.jobs.run("save", write, owner=self, subject=Path(path).name, on_error=self._report,
                          on_done=lambda p: self.status.emit(fill(self.tr("Wrote %1."), p)))

    def import_series(self) -> None:
        """The import wizard, set to association meetings: the same preview, per-row report and all-or-nothing
        rule as every other import."""
        from ui.io.import_wizard import open_import_wizard

        open_import_wizard(self.ctx, "meetings", parent=self.window())

    def edit_parameters(self) -> None:
        from ui.views.bids.parameters import open_parameters

        open_parameters(self.ctx, self.window())
