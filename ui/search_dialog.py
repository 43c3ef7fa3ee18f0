"""Global search (Ctrl+K): results as you type, across every record type, in Japanese or Latin script.

Each keystroke restarts a short timer; the query then runs on the job runner and a result that
arrives after a newer query was asked for is dropped. Enter opens the selected hit through
``ctx.open_record``.
"""

from __future__ import annotations

from typing import Any

from sapporo_mice.formats import fill
from ui import labels, style
from ui.context import AppContext
from ui.qt import (
    QDialog,
    QEvent,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

SEARCH_DELAY_MS = 150
RESULT_LIMIT = 60
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchDialog(QDialog):
    """``results_shown`` fires after each answer is shown (tests and the benchmark wait on it)."""

    results_shown = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Search everything"))
        self.resize(640, 460)
        self.query_edit = QLineEdit(self, placeholderText=self.tr("Name, company, email, phone… (Japanese or Latin)"))
        self.results = QListWidget(self)
        self.hint = QLabel(self.tr("Enter opens the selected record · ↑↓ move · Esc closes"), self)
        layout = QVBoxLayout(self)
        for widget in (self.query_edit, self.results, self.hint):
            layout.addWidget(widget)
        self._asked = 0
        self._open_first = False  # Enter pressed before the answer came: open its first hit
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS, timeout=self.run_query)
        self.query_edit.textChanged.connect(lambda _t: self._timer.start())
        self.query_edit.installEventFilter(self)
        self.results.itemActivated.connect(lambda item: self.open_hit(item))

    def run_query(self) -> None:
        self._timer.stop()
        self._asked += 1
        asked, text, lang = self._asked, self.query_edit.text(), self.ctx.lang  # read here, not in the worker
        self.ctx.jobs.run("search", lambda crm, _c: crm.search.find(text, limit=RESULT_LIMIT, lang=lang), owner=self,
                          on_done=lambda hits: self._show(asked, hits), serial=False)

    def _show(self, asked: int, hits: list[Any]) -> None:
        if asked != self._asked:
            return  # a newer query is on its way: this answer is stale
        self.results.clear()
        for hit in hits:
            # the type in brackets, not after a dash: beside Japanese text a dash is drawn as 一
            text = fill(self.tr("%1 [%2]"), hit.title, labels.record_type_label(hit.type))
            item = style.fit_item(QListWidgetItem(text + (f"\n    {hit.subtitle}" if hit.subtitle else ""),
                                                  self.results))
            item.setData(HIT_ROLE, (hit.type, hit.id))
        if hits and self._open_first:
            self._open_first = False
            self.open_hit(self.results.item(0))
            return
        if hits:
            self.results.setCurrentRow(0)
        elif self.query_edit.text().strip():
            self.results.addItem(self.tr("No records found")).setFlags(Qt.ItemFlag.NoItemFlags)
        self.results_shown.emit(len(hits))

    def eventFilter(self, watched: Any, event: Any) -> bool:
        """Arrow keys move in the results and Enter opens, while typing stays in the box."""
        if watched is self.query_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                self.results.setCurrentRow(max(0, min(self.results.count() - 1, self.results.currentRow() + step)))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():
                    self._open_first = True
                    self.run_query()
                else:
                    self.open_hit(self.results.currentItem())
                return True
        return super().eventFilter(watched, event)

    def open_hit(self, item: QListWidgetItem | None) -> None:
        target = item.data(HIT_ROLE) if item is not None else None
        if target:
            self.accept()
            self.ctx.open_record.emit(*target)
