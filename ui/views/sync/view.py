"""Sync: this computer, its office, the last sync and what waits to be sent; bundles out and in, direct
push and pull; the conflicts queue with the base, office and laptop values side by side.

All database and file work runs in jobs (``sync_*`` kinds); the dialogs (file, passphrase) are the only
things on the GUI thread. A resolution is an ordinary edit: it syncs at the next exchange.
"""

from __future__ import annotations

from typing import Any

from sapporo_mice.formats import fill, no_value
from ui import style
from ui.context import AppContext
from ui.feedback import error_text, message_label
from ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.reflow import ReflowGrid
from ui.rows import Column, RowsModel

BUNDLE_FILTER = "*.smsync"


def conflict_kind_text(kind: str) -> str:
    from ui.qt import QCoreApplication

    texts = {
        "field": QCoreApplication.translate("SyncView", "Both changed; the newer change was kept"),
        "identity": QCoreApplication.translate("SyncView", "Both changed; choose which to keep"),
        "delete_edited": QCoreApplication.translate("SyncView", "Deleted on a laptop, edited elsewhere"),
        "edit_deleted": QCoreApplication.translate("SyncView", "Edited on a laptop, deleted elsewhere"),
        "deleted_parent": QCoreApplication.translate("SyncView", "New entry for a deleted record"),
    }
    return texts.get(kind, kind)


def shown_value(conflict: Any, value: Any) -> str:
    """A conflict's value as a person reads it (a delete or a record state in words, never a code)."""
    from ui.i18n import language
    from ui.qt import QCoreApplication
    from ui.values import display_value

    if conflict.field is None:
        words = {"deleted": QCoreApplication.translate("SyncView", "Deleted"),
                 "edited": QCoreApplication.translate("SyncView", "Edited")}
        if conflict.kind == "deleted_parent":
            return QCoreApplication.translate("SyncView", "Deleted") if value is None else \
                QCoreApplication.translate("SyncView", "A new entry was added")
        return words.get(value, no_value(language())) if isinstance(value, str) or value is None \
            else display_value(value)
    if value in (None, ""):
        return no_value(language())
    from ui.editors.panels import field_value_text

    return field_value_text(conflict.record_type or "", conflict.field, value, language())


class SyncView(QWidget):
    """The Sync area of the main window."""

    record_types: tuple[str, ...] = ()
    status = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._conflicts: list[Any] = []
        self._role = ""  # "laptop": the conflicts shown are the office's, resolved there (read-only here)
        self._device = ""  # this computer's device id
        self._refused: str | None = None  # the conflict whose resolution was just refused (its reason shows under it)
        self._build()
        ctx.ready.connect(self.refresh)
        ctx.changed.connect(self._changed)  # a bound method: Qt drops it with the view (a lambda would stay)
        self.refresh()

    def _changed(self, _changes: Any) -> None:
        self.refresh()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        # side by side, or one above the other in a narrow window (half a screen)
        layout.addWidget(ReflowGrid([self._build_device(), self._build_exchange()], 2, self))
        self.progress = QProgressBar(self, visible=False)
        layout.addWidget(self.progress)
        layout.addWidget(self._build_conflicts(), 1)

    def _build_device(self) -> QGroupBox:
        box = QGroupBox(self.tr("This computer"), self)
        form = QFormLayout(box)
        self.device_label = QLabel(self, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.device_label.setToolTip(self.tr("This database's own id: the office's records of what was sent name it. "
                                             "Give it when you ask for help with sync."))
        self.database_label = QLabel(self, wordWrap=True)
        self.last_sync_label = QLabel(self)
        self.pending_label = QLabel(self)
        self.conflicts_label = QLabel(self)
        form.addRow(self.tr("Device"), self.device_label)
        form.addRow(self.tr("Database"), self.database_label)
        form.addRow(self.tr("Last sync"), self.last_sync_label)
        form.addRow(self.tr("Changes waiting to be sent"), self.pending_label)
        form.addRow(self.tr("Conflicts to decide"), self.conflicts_label)
        return box

    def _build_exchange(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sync with the office"), self)
        grid = QGridLayout(box)
        grid.addWidget(QLabel(self.tr("With a file (away from the office)"), self), 0, 0, 1, 2)
        self.export_button = QPushButton(self.tr("Export changes to a file…"), self)
        self.import_button = QPushButton(self.tr("Import a file…"), self)
        self.export_button.setToolTip(self.tr("Writes this computer's unsent changes to an encrypted file to take "
                                              "to the office."))
        self.import_button.setToolTip(self.tr("At the office: a laptop's file (an answer file is written beside it). "
                                              "On a laptop: the office's answer."))
        self.export_button.clicked.connect(self.ask_export)
        self.import_button.clicked.connect(self.ask_import)
        grid.addWidget(self.export_button, 1, 0)
        grid.addWidget(self.import_button, 1, 1)
        grid.addWidget(QLabel(self.tr("Directly (on the office network)"), self), 2, 0, 1, 2)
        self.office_edit = QLineEdit(self, text=self.ctx.settings.get("sync_office_url") or "")
        self.office_edit.setPlaceholderText(self.tr("Office database address, e.g. postgresql+psycopg://…"))
        grid.addWidget(self.office_edit, 3, 0, 1, 2)
        self.push_button = QPushButton(self.tr("Send to the office"), self)
        self.pull_button = QPushButton(self.tr("Receive from the office"), self)
        self.push_button.clicked.connect(self.push)
        self.pull_button.clicked.connect(self.pull)
        grid.addWidget(self.push_button, 4, 0)
        grid.addWidget(self.pull_button, 4, 1)
        self.result_label = QLabel(self, wordWrap=True)
        grid.addWidget(self.result_label, 5, 0, 1, 2)
        return box

    def _build_conflicts(self) -> QGroupBox:
        box = QGroupBox(self.tr("Conflicts"), self)
        layout = QVBoxLayout(box)
        self.show_resolved = QCheckBox(self.tr("Show resolved conflicts too"), self)
        self.show_resolved.toggled.connect(lambda _on: self.refresh())
        layout.addWidget(self.show_resolved)
        self.model = RowsModel([
            Column("title", self.tr("Record")), Column("field", self.tr("Field")),
            Column("base", self.tr("Before")), Column("office", self.tr("Office")),
            Column("laptop", self.tr("Laptop")), Column("user", self.tr("Changed on the laptop by")),
            Column("state", self.tr("State")),
        ], self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for short in (5, 6):  # who and the state: their titles and names whole, the values share the rest
            self.table.horizontalHeader().setSectionResizeMode(short, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.empty_label = QLabel(self.tr("No conflicts to decide."), self, alignment=Qt.AlignmentFlag.AlignCenter)
        self.laptop_note = QLabel(self.tr("The conflicts your changes met at the office, as of the last sync. "
                                          "They are decided at the office; the choice arrives here at the next sync."),
                                  self, wordWrap=True, visible=False)
        layout.addWidget(self.laptop_note)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self._build_detail())
        layout.addWidget(self.empty_label)
        layout.addWidget(splitter, 1)
        return box

    def _build_detail(self) -> QWidget:
        detail = QWidget(self)
        grid = QGridLayout(detail)
        self.detail_title = QLabel(self, wordWrap=True)
        grid.addWidget(self.detail_title, 0, 0, 1, 3)
        self.value_boxes = {}
        for column, (key, title) in enumerate((("base", self.tr("Before (both started from)")),
                                               ("office", self.tr("Office")), ("laptop", self.tr("Laptop")))):
            grid.addWidget(QLabel(f"<b>{title}</b>", self), 1, column)
            box = QPlainTextEdit(self, readOnly=True, maximumHeight=90)
            self.value_boxes[key] = box
            grid.addWidget(box, 2, column)
        self.keep_office = QPushButton(self.tr("Keep the office version"), self)
        self.take_laptop = QPushButton(self.tr("Use the laptop version"), self)
        self.keep_office.clicked.connect(lambda: self.resolve("office"))
        self.take_laptop.clicked.connect(lambda: self.resolve("laptop"))
        grid.addWidget(self.keep_office, 3, 1)
        grid.addWidget(self.take_laptop, 3, 2)
        # why a choice was refused, beside the buttons that made it (not in the exchange's result line above)
        self.resolve_message = message_label(self)
        self.resolve_message.setVisible(False)
        grid.addWidget(self.resolve_message, 4, 0, 1, 3)
        grid.setRowStretch(5, 1)
        self._show_selected()
        return detail

    # ------------------------------------------------------------------ reading
    def refresh(self) -> None:
        open_only = not self.show_resolved.isChecked()

        def load(crm: Any, control: Any) -> tuple[Any, list[Any], tuple[str, str]]:
            return crm.sync.status(), crm.sync.conflicts(open_only=open_only), crm.location()

        self.ctx.jobs.run("sync_status", load, owner=self, on_done=self._show)

    def _show(self, result: tuple[Any, list[Any], tuple[str, str]]) -> None:
        status, conflicts, (kind, where) = result
        kept = self.selected()  # read from the rows shown until now, before they are replaced
        self.device_label.setText(status.device)
        self.database_label.setText(fill((self.tr("This computer: %1") if kind == "file" else
                                     self.tr("Office server: %1")), where))
        from sapporo_mice import formats

        self.last_sync_label.setText(formats.datetime(status.last_sync, self.ctx.lang) if status.last_sync
                                     else self.tr("Never"))
        self.pending_label.setText(self.tr("%n change(s)", "", status.pending))
        self.conflicts_label.setText(fill(self.tr("%1 open"), f"{status.conflicts:,}"))
        self._conflicts = conflicts
        self._role, self._device = status.role, status.device
        self.laptop_note.setVisible(status.role == "laptop")
        self.keep_office.setVisible(status.role != "laptop")
        self.take_laptop.setVisible(status.role != "laptop")
        rows = [self._row(c) for c in conflicts]
        self.model.set_rows(rows, keys=[c.id for c in conflicts])
        self.empty_label.setVisible(not conflicts)
        # the conflict the user was looking at stays selected (a refresh after a refusal, another computer's sync)
        if kept is not None and kept.id in self.model.keys:
            self.table.selectRow(self.model.keys.index(kept.id))
        self._show_selected()

    def _row(self, c: Any) -> dict[str, Any]:
        from ui.editors.field_labels import field_label
        from ui.labels import record_type_label

        # the field as its form names it (the one table of field labels: a list's columns are fewer)
        field = field_label(c.record_type or "", c.field) if c.field else conflict_kind_text(c.kind)
        title = c.title or (record_type_label(c.record_type) if c.record_type else c.table)
        laptop = self._role == "laptop"
        if laptop and c.office_device == self._device and (c.resolved or c.kind == "field"):
            # this computer's value was the office's, and another computer's change met it
            state = self.tr("Your change was kept") if c.winner != "incoming" else self.tr(
                "Another computer's newer change was kept")
        elif laptop and (c.resolved or c.kind == "field"):
            state = self.tr("Your change was kept") if c.winner == "incoming" else self.tr("The office's was kept")
        elif laptop:
            state = self.tr("Waiting for the office")
        elif c.resolved:
            state = self.tr("Resolved")
        elif c.kind == "field":
            state = self.tr("Newer kept")
        else:
            state = self.tr("To decide")
        return {"title": title, "field": field, "base": shown_value(c, c.base), "office": shown_value(c, c.office),
                "laptop": shown_value(c, c.laptop), "user": c.user or "", "state": state}

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self._conflicts[rows[0].row()] if rows and rows[0].row() < len(self._conflicts) else None

    def _show_selected(self) -> None:
        conflict = self.selected()
        for key, box in self.value_boxes.items():
            box.setPlainText("" if conflict is None else shown_value(conflict, getattr(conflict, key)))
        row = self._row(conflict) if conflict is not None else None
        # Escaped: a record's title is the user's text ("Tan & Sons <SG>" was read as markup).
        self.detail_title.setText(self.tr("Choose a conflict in the list above to see both versions and decide.")
                                  if row is None else f"<b>{style.rich_text(row['title'])}</b>: "
                                                      f"{style.rich_text(row['field'])}")
        can = conflict is not None and not conflict.resolved and self._role != "laptop"
        self.keep_office.setEnabled(can)
        self.take_laptop.setEnabled(can)
        if conflict is not None and conflict.id != self._refused:  # kept while its conflict is selected or gone
            self._refused = None
            self.resolve_message.setVisible(False)

    # ------------------------------------------------------------------ actions
    def resolve(self, side: str) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        actor = self.ctx.actor
        self.ctx.jobs.run("sync_resolve", lambda crm, control: crm.sync.resolve(conflict.id, side, actor=actor),
                          owner=self, on_done=self._resolved,
                          on_error=lambda error: self._refused_choice(conflict.id, error))

    def _refused_choice(self, conflict_id: str, error: BaseException) -> None:
        """The choice was refused (an erased person, a conflict another user resolved meanwhile): the reason
        shows under the buttons, and the queue is read again with the same conflict selected."""
        self._refused = conflict_id
        self.resolve_message.setText(error_text(error, self.ctx.lang))
        self.resolve_message.setVisible(True)
        self.refresh()

    def _resolved(self, changes: Any) -> None:
        self.status.emit(self.tr("Conflict resolved; the choice goes to every computer at the next sync."))
        self.ctx.changed.emit(changes)

    def _passphrase(self, confirm: bool) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Passphrase"), self.tr("Passphrase of the sync file:"),
                                        QLineEdit.EchoMode.Password)
        if not ok or not text:
            return None
        if confirm:
            again, ok = QInputDialog.getText(self, self.tr("Passphrase"), self.tr("The same passphrase again:"),
                                             QLineEdit.EchoMode.Password)
            if not ok or again != text:
                QMessageBox.warning(self, self.tr("Passphrase"), self.tr("The two passphrases differ."))
                return None
        return text

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export changes to a file"), "changes.smsync",
                                              fill(self.tr("Sync files (%1)"), BUNDLE_FILTER))
        passphrase = self._passphrase(confirm=True) if path else None
        if path and passphrase:
            self.export_bundle(path, passphrase)

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a sync file"), "",
                                              fill(self.tr("Sync files (%1)"), BUNDLE_FILTER))
        passphrase = self._passphrase(confirm=False) if path else None
        if path and passphrase:
            self.import_bundle(path, passphrase)

    def export_bundle(self, path: str, passphrase: str) -> None:
        self._busy(True)
        self.ctx.jobs.run("sync_export", lambda crm, control: crm.sync.bundle_out(path, passphrase), owner=self,
                          on_done=self._exported, on_error=self._failed, subject=path)

    def _exported(self, written: Any) -> None:
        self._busy(False)
        self.result_label.setText(fill(self.tr("Wrote %n change(s) to %1. Import it at the office.", "", written.count),
                                       written.path))
        self.refresh()

    def import_bundle(self, path: str, passphrase: str) -> None:
        actor = self.ctx.actor
        self._busy(True)

        def take(crm: Any, control: Any) -> Any:
            return crm.sync.bundle_in(path, passphrase, actor=actor,
                                      progress=lambda done, total: control.progress(done, total))

        self.ctx.jobs.run("sync_import", take, owner=self, on_done=self._imported, on_error=self._failed,
                          on_progress=self._progressed, subject=path)

    def _imported(self, taken: Any) -> None:
        self._busy(False)
        applied = taken.applied
        if taken.response:
            text = self.tr("Applied %n change(s) (conflicts: %1, to decide: %2). The answer for the laptop: %3", "",
                           applied.received)
            text = (fill(text, f"{applied.conflicts:,}", f"{applied.open_conflicts:,}", taken.response))
        else:
            text = self.tr("Took in %n change(s) from the office.", "", applied.received)
        self.result_label.setText(text)
        self.ctx.changed.emit(taken.changes)

    def push(self) -> None:
        self._direct("sync_push", lambda crm, url, actor, progress: crm.sync.push_to(url, actor=actor, progress=progress))

    def pull(self) -> None:
        self._direct("sync_pull", lambda crm, url, actor, progress: crm.sync.pull_from(url, actor=actor,
                                                                                      progress=progress))

    def _direct(self, kind: str, call: Any) -> None:
        url, actor = self.office_edit.text().strip(), self.ctx.actor
        if not url:
            self.result_label.setText(self.tr("Enter the office database's address first."))
            return
        self.ctx.settings.set("sync_office_url", url)
        self._busy(True)
        self.ctx.jobs.run(kind, lambda crm, control: call(crm, url, actor, lambda d, t: control.progress(d, t)),
                          owner=self, on_done=self._direct_done, on_error=self._failed, on_progress=self._progressed)

    def _direct_done(self, applied: Any) -> None:
        self._busy(False)
        exchanged = self.tr("%n change(s) exchanged (conflicts: %1, to decide: %2).", "", applied.received)
        self.result_label.setText(fill(exchanged, f"{applied.conflicts:,}", f"{applied.open_conflicts:,}"))
        self.refresh()

    def _progressed(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.result_label.setText(error_text(error, self.ctx.lang))
        self.refresh()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        for button in (self.export_button, self.import_button, self.push_button, self.pull_button):
            button.setEnabled(not busy)
