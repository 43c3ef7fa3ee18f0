"""The data officer's tools: the retention purge (preview, then erase) and the access log."""

from __future__ import annotations

from typing import Any

from ui.editors.panels import make_table
from ui.feedback import ERROR_STYLE, OK_STYLE, error_text
from ui.rows import Column, RowsModel
from ui.qt import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget


class PurgeDialog(QDialog):
    """Who is past the retention date (the preview), then one button erases them all."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Retention purge"))
        self.intro = QLabel(self.tr("Students past their retention date. Erasing removes their personal data for good "
                                    "and keeps a record without it, so matches and hires stay counted."), self)
        self.intro.setWordWrap(True)
        self.model = RowsModel([Column("name", self.tr("Student")), Column("retain_until", self.tr("Kept until")),
                                Column("matches", self.tr("Matches"))], self)
        self.view = make_table(self.model, self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.erase_button = QPushButton(self.tr("Erase their personal data"), self)
        self.erase_button.setEnabled(False)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.erase_button.clicked.connect(self.erase)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.view, self.message, buttons):
            layout.addWidget(widget)
        self.resize(640, 420)
        self.preview()

    def preview(self) -> None:
        self.ctx.jobs.run("purge", lambda crm, _c: crm.privacy.purge_preview(), owner=self, on_done=self._previewed,
                          on_error=self._failed)

    def _previewed(self, candidates: list[Any]) -> None:
        from sapporo_mice import formats

        rows = [{"name": c.name, "retain_until": formats.date(c.retain_until, self.ctx.lang), "matches": c.matches}
                for c in candidates]
        self.model.set_rows(rows, keys=[c.id for c in candidates])
        self.erase_button.setEnabled(bool(rows))
        if rows:  # how many the one button erases, said on it
            self.erase_button.setText(self.tr("Erase the personal data of %n student(s)…", "", len(rows)))
        else:
            self._say(self.tr("No student is past the retention date."))

    def erase(self) -> None:
        """Ask first: the erasure cannot be undone (it ran at the first click, for every student listed)."""
        count = self.model.rowCount()
        answer = QMessageBox.question(
            self, self.tr("Retention purge"),
            self.tr("Erase the personal data of the %n student(s) listed, for good? Their matches and hires stay "
                    "counted, without personal data. This cannot be undone.", "", count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.erase_now()

    def erase_now(self) -> None:
        actor = self.ctx.actor
        self.erase_button.setEnabled(False)
        self.ctx.jobs.run("purge", lambda crm, _c: crm.privacy.purge(actor=actor), owner=self, on_done=self._erased,
                          on_error=self._failed)

    def _erased(self, erased: list[Any]) -> None:
        from sapporo_mice.changes import Changes

        self.ctx.publish(Changes().add("student", *[c.id for c in erased]))
        self.model.set_rows([])
        self._say(self.tr("Erased the personal data of %n student(s).", "", len(erased)))

    def _failed(self, error: BaseException) -> None:
        self._say(error_text(error, self.ctx.lang), error=True)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message.setText(text)


class AccessLogDialog(QDialog):
    """Who viewed, exported, shared or erased students' data; only the data protection officer may read it."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Access log"))
        self.model = RowsModel([Column("at", self.tr("When")), Column("user", self.tr("Who")),
                                Column("action", self.tr("What")), Column("student", self.tr("Student"))], self)
        self.view = make_table(self.model, self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.message, self.view, buttons):
            layout.addWidget(widget)
        self.resize(720, 460)
        actor = ctx.actor
        ctx.jobs.run("access_log", lambda crm, _c: crm.privacy.access_log(actor=actor), owner=self,
                     on_done=self._loaded, on_error=self._failed)

    def _loaded(self, entries: list[Any]) -> None:
        from sapporo_mice import formats

        labels = {"view": self.tr("viewed"), "export": self.tr("exported"),
                  "company_profile": self.tr("shared with a company"), "erase": self.tr("erased on request"),
                  "purge": self.tr("erased (retention period over)")}
        self.model.set_rows([{"at": formats.datetime(e.at, self.ctx.lang), "user": e.user,
                              "action": labels.get(e.action, e.action),
                              "student": e.student_name or self.tr("(erased)")} for e in entries])
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(self.tr("%n entry(ies), newest first.", "", len(entries)))

    def _failed(self, error: BaseException) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(error, self.ctx.lang))
