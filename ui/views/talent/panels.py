"""The talent area's tabs in a record's editor.

- An opening's or a student's **Suggestions**: the best students for the opening (or openings for the student)
  that pass every hard filter, best first, and under them the selected suggestion's reasons as a table
  (criterion, weight, met, points, why); "Suggest as match" saves it as a match at "suggested".
- A match's **Reasons**: the saved explanation as the same table, and today's re-evaluation (with the failed
  hard filters, if any, first and in red).
- A student's **Privacy**: the consent's state, export of the student's data (JSON or PDF) and erasure on
  request. Opening a student's record is written to the access log.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sapporo_mice.formats import fill
from ui import style
from ui.editors.panels import make_table
from ui.feedback import ERROR_STYLE, OK_STYLE, error_text
from ui.qt import (
    QCoreApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.rows import Column, RowsModel


class ReasonsTable(QWidget):
    """An explanation as a table: one row per failed filter (red) and per criterion."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel([Column("label", self.tr("Criterion")), Column("weight", self.tr("Weight")),
                                Column("met", self.tr("Met")), Column("points", self.tr("Points")),
                                Column("text", self.tr("Why"))], self)
        self.view = make_table(self.model, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def show_rows(self, rows: list[Any]) -> None:
        shown = [{"label": r.label, "weight": r.weight, "met": r.met, "points": r.points, "text": r.text}
                 for r in rows]
        self.model.set_rows(shown, tones=[style.ERROR if r.blocked else None for r in rows])


class SuggestionsPanel(QWidget):
    """Suggestions for the record (an opening: students; a student: openings), best first, with their reasons."""

    open_record = Signal(str, str)

    record_types = ("shared_setting",)  # the office's weights changed: re-rank

    @staticmethod
    def tab_title() -> str:
        return QCoreApplication.translate("TalentTabs", "Suggestions")

    def __init__(self, ctx: Any, record_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record_type, self.record_id = ctx, record_type, None
        self.other_type = "student" if record_type == "opening" else "opening"
        self.suggestions: list[Any] = []
        self.model = RowsModel([Column("rank", "#"), Column("name", self.tr("Student") if record_type == "opening"
                                                              else self.tr("Opening")),
                                Column("detail", self.tr("School") if record_type == "opening" else self.tr("Company")),
                                Column("score", self.tr("Score")), Column("stage", self.tr("Match"))], self)
        self.view = make_table(self.model, self)
        self.view.selectionModel().currentRowChanged.connect(lambda current, _p: self._show_reasons(current.row()))
        self.view.doubleClicked.connect(lambda index: self._open(index.row()))
        self.reasons = ReasonsTable(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.suggest_button = QPushButton(self.tr("Suggest as match"), self)
        self.suggest_button.setEnabled(False)
        self.suggest_button.clicked.connect(self._suggest)
        self.weights_button = QPushButton(self.tr("Weights…"), self)
        self.weights_button.setToolTip(self.tr("How much each criterion counts in the score (for the whole office)"))
        self.weights_button.clicked.connect(self.open_weights)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.reasons)
        splitter.setSizes([260, 220])
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.weights_button)
        buttons.addWidget(self.suggest_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

    def load(self, record_id: str | None) -> None:
        self.record_id = record_id
        if not record_id:
            return
        record_type, lang = self.record_type, self.ctx.lang

        def op(crm: Any, _c: Any) -> list[Any]:
            if record_type == "opening":
                suggestions = crm.matching.for_opening(record_id, top=50)
            else:
                suggestions = crm.matching.for_student(record_id, top=50)
            return [(s, s.reasons(lang)) for s in suggestions]

        self.ctx.jobs.run("suggest", op, owner=self, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, result: list[tuple[Any, list[Any]]]) -> None:
        from sapporo_mice import formats
        from sapporo_mice.enums import MatchStage
        from ui.values import enum_label

        self.suggestions = result
        rows = [{"rank": i, "name": s.name, "detail": s.shown_detail(self.ctx.lang),
                 "score": formats.number(s.score, self.ctx.lang, digits=1),
                 "stage": enum_label(MatchStage, s.match_stage) if s.match_stage else ""}
                for i, (s, _r) in enumerate(result, 1)]
        self.model.set_rows(rows, keys=[s.id for s, _r in result])
        self.note.setStyleSheet(OK_STYLE)
        self.note.setText(self.tr("%n suggestion(s) that pass every condition (consent, Japanese, graduation, "
                                  "residence status), best first.", "", len(rows)) if rows else
                          self.tr("No one passes every condition (consent, Japanese, graduation, residence status)."))
        if rows:
            self.view.selectRow(0)
        else:
            self.reasons.show_rows([])
            self.suggest_button.setEnabled(False)

    def _show_reasons(self, row: int) -> None:
        if 0 <= row < len(self.suggestions):
            suggestion, reasons = self.suggestions[row]
            self.reasons.show_rows(reasons)
            self.suggest_button.setEnabled(suggestion.match_id is None)

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.suggestions):
            self.open_record.emit(self.other_type, self.suggestions[row][0].id)

    def open_weights(self) -> QWidget:
        from ui.views.talent.weights import WeightsDialog

        dialog = WeightsDialog(self.ctx, self.window())
        dialog.open()
        return dialog

    def _suggest(self) -> None:
        row = self.view.currentIndex().row()
        if not (0 <= row < len(self.suggestions)) or not self.record_id:
            return
        other = self.suggestions[row][0].id
        student, opening = (other, self.record_id) if self.record_type == "opening" else (self.record_id, other)
        actor = self.ctx.actor
        self.suggest_button.setEnabled(False)
        self.ctx.jobs.run("save", lambda crm, _c: crm.matching.suggest_match(student, opening, actor=actor),
                          owner=self, on_done=self._suggested, on_error=self._failed)

    def _suggested(self, saved: Any) -> None:
        self.ctx.publish(saved.changes)
        self.load(self.record_id)

    def _failed(self, error: BaseException) -> None:
        self.note.setStyleSheet(ERROR_STYLE)
        self.note.setText(error_text(error, self.ctx.lang))


class MatchReasonsPanel(QWidget):
    """A match's reasons: as saved when it was suggested, and as they stand today."""

    open_record = Signal(str, str)

    @staticmethod
    def tab_title() -> str:
        return QCoreApplication.translate("TalentTabs", "Reasons")

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved_label = QLabel(self)
        self.saved = ReasonsTable(self)
        self.today_label = QLabel(self.tr("As they stand today"), self)
        self.today = ReasonsTable(self)
        layout = QVBoxLayout(self)
        for widget in (self.saved_label, self.saved, self.today_label, self.today):
            layout.addWidget(widget)

    def load(self, record_id: str | None) -> None:
        if not record_id:
            return
        lang = self.ctx.lang

        def op(crm: Any, _c: Any) -> tuple[list[Any], list[Any], float]:
            match = crm.matches.get(record_id)
            return (crm.matching.stored_rows(match, lang),
                    crm.matching.explanation_rows(match["student_id"], match["opening_id"], lang), match["score"])

        self.ctx.jobs.run("suggest", op, owner=self, on_done=self._loaded)

    def _loaded(self, result: tuple[list[Any], list[Any], float]) -> None:
        from sapporo_mice import formats

        saved, today, score = result
        self.saved_label.setText(fill(self.tr("When it was suggested (score %1)"), str(
            formats.number(score, self.ctx.lang, digits=1))) if saved else self.tr("No reasons were saved with it."))
        self.saved.show_rows(saved)
        self.saved.setVisible(bool(saved))
        self.today.show_rows(today)


class PrivacyPanel(QWidget):
    """A student's consent at a glance, export of the data (JSON, PDF) and erasure on the student's request."""

    open_record = Signal(str, str)
    erased = Signal()

    @staticmethod
    def tab_title() -> str:
        return QCoreApplication.translate("TalentTabs", "Privacy")

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record_id = ctx, None
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.json_button = QPushButton(self.tr("Export the data (JSON)…"), self)
        self.pdf_button = QPushButton(self.tr("Export the data (PDF)…"), self)
        self.profile_button = QPushButton(self.tr("Profile for a company (PDF)…"), self)
        self.profile_button.setToolTip(self.tr("Only while the student agrees to share the profile with companies."))
        self.profile_button.setEnabled(False)
        self.profile_button.clicked.connect(lambda: self._export("profile"))
        self.erase_button = QPushButton(self.tr("Erase the personal data…"), self)
        self.json_button.clicked.connect(lambda: self._export("json"))
        self.pdf_button.clicked.connect(lambda: self._export("pdf"))
        self.erase_button.clicked.connect(self._erase)
        buttons = QHBoxLayout()
        for button in (self.json_button, self.pdf_button, self.profile_button, self.erase_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def load(self, record_id: str | None) -> None:
        self.record_id = record_id
        if not record_id:
            return
        actor = self.ctx.actor

        def op(crm: Any, _c: Any) -> tuple[dict[str, Any], bool]:
            crm.privacy.record_access(record_id, actor=actor, action="view")
            return crm.students.get(record_id), crm.privacy.sharing_allowed(record_id)

        self.ctx.jobs.run("load", op, owner=self, on_done=self._loaded, subject=self.tr("the student"))

    def _loaded(self, result: tuple[dict[str, Any], bool]) -> None:
        from sapporo_mice import formats

        student, sharing = result
        lang, today = self.ctx.lang, dt.date.today()
        self.profile_button.setEnabled(sharing)
        expires = formats.date(student.get("consent_expires_on"), lang)
        # "valid until 1 Apr 2027", or "no expiry" (it read "valid until no expiry" / 期限なし まで有効)
        validity = fill(self.tr("valid until %1"), expires) if expires else self.tr("no expiry")
        if not student.get("consent_on"):
            text = self.tr("No consent on record: the student is never suggested to companies.")
        elif student.get("consent_expires_on") and student["consent_expires_on"] < today:
            text = fill(self.tr("The consent given on %1 expired on %2: the student is not suggested to companies "
                                "until it is renewed."), formats.date(student["consent_on"], lang), expires)
        elif sharing:
            text = fill(self.tr("Consent given on %1 (%2); sharing the profile with companies is allowed."),
                        formats.date(student["consent_on"], lang), validity)
        else:
            text = fill(self.tr("Consent given on %1 (%2); sharing with companies is not allowed, so no match goes "
                                "past “suggested”."), formats.date(student["consent_on"], lang), validity)
        retain = formats.date(student.get("retain_until"), lang)
        if retain and student["retain_until"] < today:
            text = formats.sentences((text, fill(self.tr("Kept until %1: that day has passed, so the next retention "
                                                         "purge erases the data."), retain)), lang)
        elif retain:
            text = formats.sentences((text, fill(self.tr("Kept until %1, then erased by the retention purge."),
                                                 retain)), lang)
        self.state.setText(text)

    def _export(self, kind: str) -> None:
        if not self.record_id:
            return
        filters = self.tr("JSON (*.json)") if kind == "json" else self.tr("PDF (*.pdf)")
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Export the student's data"), "", filters)
        if path:
            self.export_to(path, kind)

    def export_to(self, path: str, kind: str) -> None:
        record_id, actor, lang = self.record_id, self.ctx.actor, self.ctx.lang

        def op(crm: Any, _c: Any) -> str:
            if kind == "pdf":
                crm.privacy.export_pdf(record_id, path, actor=actor, lang=lang)
            elif kind == "profile":
                crm.privacy.company_profile_pdf(record_id, path, actor=actor, lang=lang)
            else:
                import json
                from pathlib import Path

                data = crm.privacy.export(record_id, actor=actor, lang=lang)
                Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            return path

        self.ctx.jobs.run("student_export", op, owner=self, subject=path,
                          on_done=lambda p: self._say(fill(self.tr("Written to %1."), str(p))),
                          on_error=lambda e: self._say(error_text(e, lang), True))

    def _erase(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Erase the personal data"),
            self.tr("Erase all of this student's personal data now? Matches and hires stay counted, without "
                    "personal data. This cannot be undone."))
        if answer == QMessageBox.StandardButton.Yes:
            self.erase_now()

    def erase_now(self) -> None:
        record_id, actor = self.record_id, self.ctx.actor
        self.ctx.jobs.run("erase", lambda crm, _c: crm.privacy.erase(record_id, actor=actor), owner=self,
                          on_done=lambda _r: self._erased(), on_error=lambda e: self._say(error_text(e, self.ctx.lang), True))

    def _erased(self) -> None:
        from sapporo_mice.changes import Changes

        self._say(self.tr("The personal data was erased."))
        self.ctx.publish(Changes().add("student", self.record_id))
        self.erased.emit()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message.setText(text)


def opening_suggestions(ctx: Any, editor: QWidget) -> SuggestionsPanel:
    """An opening's Suggestions tab (the editors' tab registry, ``ui.editors.extra_tabs``, calls it)."""
    return SuggestionsPanel(ctx, "opening", editor)


def student_suggestions(ctx: Any, editor: QWidget) -> SuggestionsPanel:
    """A student's Suggestions tab."""
    return SuggestionsPanel(ctx, "student", editor)
