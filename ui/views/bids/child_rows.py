"""What a bid's Competition, Key persons and an activity's Participants tabs share: a record's child rows
edited as a table and saved with the record, in one update that carries the version it read (so a colleague's
change in between is refused, not overwritten).

A subclass builds its widgets around :attr:`table`, :attr:`save_button` and :attr:`message`, and says which
field holds the rows (:attr:`FIELD`), how a row is shown (``add_row``) and read back (``rows``), and what a
save says (``saved_text``)."""

from __future__ import annotations

from typing import Any

from ui.feedback import ERROR_STYLE, OK_STYLE, error_text
from ui.qt import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QWidget,
)


class ChildRowsPanel(QWidget):
    FIELD = ""  # the record's field that holds the rows (a list of dicts)

    def __init__(self, ctx: Any, editor: Any, columns: list[str], save_text: str) -> None:
        super().__init__(editor)
        self.ctx = ctx
        self.record_type: str = editor.record_type
        self.record_id: str | None = None
        self.version: int | None = None
        self.table = QTableWidget(0, len(columns), self)
        self.table.setHorizontalHeaderLabels(columns)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.save_button = QPushButton(save_text, self)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

    # --- for the subclass
    def title(self) -> str:
        raise NotImplementedError

    def add_row(self, row: dict[str, Any]) -> None:
        raise NotImplementedError

    def rows(self) -> list[dict[str, Any]]:
        raise NotImplementedError

    def saved_text(self) -> str:
        raise NotImplementedError

    def search_contacts(self, text: str, done: Any) -> None:
        """The contact picker's lookup (a RefWidget's search), off the GUI thread."""
        def pick(crm: Any, _c: Any) -> list[tuple[str, str]]:
            return [(h.title, h.id) for h in crm.search.find(text, limit=20, types=("contact",))]

        self.ctx.jobs.run("pick", pick, owner=self, on_done=done, serial=False)

    def say_error(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)

    # --- shared
    def load(self, record_id: str | None) -> None:
        self.record_id = record_id
        if record_id:
            record_type = self.record_type
            self.ctx.jobs.run("related", lambda crm, _c: crm.service(record_type).get(record_id), owner=self,
                              on_done=self._loaded, on_error=self._failed, serial=False)

    def _loaded(self, record: dict[str, Any]) -> None:
        self.version = record["version"]
        self.table.setRowCount(0)
        for row in record[self.FIELD]:
            self.add_row(row)

    def remove_rows(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def save(self) -> None:
        if not self.record_id:
            return
        record_type, record_id, version, actor = self.record_type, self.record_id, self.version, self.ctx.actor
        changes = {self.FIELD: self.rows()}
        self.save_button.setEnabled(False)
        self.ctx.jobs.run("save", lambda crm, _c: crm.service(record_type).update(
            record_id, changes, actor=actor, expected_version=version),
            owner=self, subject=self.title(), on_done=self._saved, on_error=self._failed)

    def _saved(self, saved: Any) -> None:
        self.save_button.setEnabled(True)
        self.ctx.publish(saved.changes)
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(self.saved_text())
        self._loaded(saved.record)

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.say_error(error_text(error, self.ctx.lang))
