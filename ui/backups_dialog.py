"""Backups and the database check (File ▸ Backups…), all through ``crm.maintenance`` on the job runner.

- **Back up now**: a copy of the database where the user chooses (SQLite's online backup, or ``pg_dump``).
- **The backups on this computer**: the daily ones and those the app keeps before an update, a restore or an
  encryption change, newest first; one picked (or double-clicked) is restored as a chosen file is.
- **Restore…**: the backup is read first (its date, schema and record counts) for the confirmation; the
  database as it is is backed up, then replaced. The open windows still show the old data and the CRM must
  not write again, so after a restore the app says so and closes; the user starts it again.
- **Check the database**: the report, finding by finding; **Repair** repairs what can be repaired and shows
  what it did, and what it could not.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sapporo_mice import formats, paths
from sapporo_mice.errors import local_minute
from sapporo_mice.formats import fill
from ui.context import AppContext
from ui.feedback import ERROR_STYLE, OK_STYLE, WARNING_STYLE, error_text, message_label
from ui.values import format_datetime
from ui.qt import (
    QAbstractItemView,
    QApplication,
    QDateTime,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


class BackupsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: Any = None  # the last check's report
        self.restored: Any = None  # set once a restore went through
        self.passphrase_dialog: Any = None  # open while an encrypted backup's passphrase is asked
        self.setWindowTitle(self.tr("Backups and database check"))
        intro = QLabel(self._intro(), self, wordWrap=True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_button = QPushButton(self.tr("Back up now…"), self)
        self.restore_button = QPushButton(self.tr("Restore from a file…"), self)
        self.check_button = QPushButton(self.tr("Check the database"), self)
        self.repair_button = QPushButton(self.tr("Repair"), self, enabled=False)
        self.backup_button.clicked.connect(self.choose_backup_file)
        self.restore_button.clicked.connect(self.choose_restore_file)
        self.check_button.clicked.connect(lambda: self.check())
        self.repair_button.clicked.connect(lambda: self.check(repair=True))
        actions = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.check_button, self.repair_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.status = message_label(self, OK_STYLE)
        self.findings = QListWidget(self)  # the check's findings: shown once a check has some
        self.findings.setWordWrap(True)
        self.findings.hide()
        self.kept = QTreeWidget(self)  # the backups kept on this computer
        self.kept.setRootIsDecorated(False)
        self.kept.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.kept.setHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size")])
        self.kept.headerItem().setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.kept.header().setStretchLastSection(False)
        self.kept.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.kept.itemSelectionChanged.connect(self._kept_selected)
        self.kept.itemDoubleClicked.connect(lambda _item, _column: self.restore_kept())
        self.no_backups = QLabel(self.tr("There are no backups on this computer yet."), self, wordWrap=True)
        self.no_backups.hide()
        self.restore_kept_button = QPushButton(self.tr("Restore the selected backup…"), self, enabled=False)
        self.restore_kept_button.clicked.connect(self.restore_kept)
        kept_actions = QHBoxLayout()
        kept_actions.addStretch(1)
        kept_actions.addWidget(self.restore_kept_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.findings, 1)
        self.kept_group = [QLabel(f"<b>{self.tr('Backups on this computer')}</b>", self), self.kept, self.no_backups]
        for widget in self.kept_group:
            layout.addWidget(widget, 2 if widget is self.kept else 0)
        layout.addLayout(kept_actions)
        layout.addWidget(buttons)
        self.resize(640, 420)
        if self._on_server():
            for widget in (*self.kept_group, self.restore_kept_button):
                widget.hide()
        else:
            self.load_kept()

    def _on_server(self) -> bool:
        return bool(self.ctx.location and self.ctx.location[0] == "server")

    def _intro(self) -> str:
        if self._on_server():
            return self.tr("The office server's database is backed up by its administrators. You can also save a "
                           "copy of it here (this needs the PostgreSQL client tools).")
        return fill(self.tr("This computer's database is backed up once a day when the app starts (unless Settings "
                            "turn it off). The last 7 days and 4 weeks are kept in %1."), str(paths.backups_dir()))

    # ------------------------------------------------------------ the backups kept here
    def load_kept(self) -> None:
        self.ctx.jobs.run("kept_backups", lambda crm, _control: crm.maintenance.kept_backups(), owner=self,
                          on_done=self._show_kept, on_error=self._failed)

    def _show_kept(self, kept: list[Any]) -> None:
        self.kept.clear()
        for backup in kept:
            item = QTreeWidgetItem(self.kept, [format_datetime(backup.taken), backup.kind_label(self.ctx.lang),
                                               formats.file_size(backup.bytes, self.ctx.lang)])
            item.setData(0, Qt.ItemDataRole.UserRole, str(backup.file))
            item.setToolTip(0, str(backup.file))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for column in (0, 2):
            self.kept.resizeColumnToContents(column)
        self.kept.setVisible(bool(kept))
        self.no_backups.setVisible(not kept)
        self._kept_selected()

    def selected_kept(self) -> Path | None:
        items = self.kept.selectedItems()
        return Path(items[0].data(0, Qt.ItemDataRole.UserRole)) if items else None

    def _kept_selected(self) -> None:
        self.restore_kept_button.setEnabled(self.selected_kept() is not None and self.restored is None
                                            and self.check_button.isEnabled())

    def restore_kept(self) -> None:
        chosen = self.selected_kept()
        if chosen is not None and self.restore_kept_button.isEnabled():
            self.restore_from(chosen)

    # ------------------------------------------------------------ back up
    def choose_backup_file(self) -> None:
        server = self._on_server()
        suffix = ".dump" if server else ".db"
        name = "sapporo-mice-" + QDateTime.currentDateTime().toString("yyyyMMdd-HHmmss") + suffix
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the backup as"), str(Path.home() / name),
                                                    fill(self.tr("Backups (*%1)"), suffix))
        if path:
            self.backup_to(Path(path))

    def backup_to(self, path: Path) -> None:
        self._busy(fill(self.tr("Backing up to %1…"), str(path)))
        self.ctx.jobs.run("backup", lambda crm, _control: crm.maintenance.backup(path), owner=self,
                          on_done=self._backed_up, on_error=self._failed, subject=path.name)

    def _backed_up(self, made: Any) -> None:
        size = formats.file_size(made.bytes, self.ctx.lang)
        self._done(fill(self.tr("Backed up to %1 (%2)."), str(made.file), size), OK_STYLE)
        if not self._on_server():
            self.load_kept()  # one saved into the backups folder is listed

    # ------------------------------------------------------------ restore
    def choose_restore_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Restore from"), str(paths.backups_dir()),
                                                    self.tr("Backups (*.db *.dump);;All files (*)"))
        if path:
            self.restore_from(Path(path))

    def restore_from(self, path: Path, passphrase: str | None = None) -> None:
        """Read the backup, ask with its date and counts, then restore it. A backup encrypted with another
        passphrase than the database's asks for it (``passphrase``)."""
        self._busy(self.tr("Reading the backup…"))
        self.ctx.jobs.run("describe_backup", lambda crm, _control: crm.maintenance.describe(path, passphrase=passphrase),
                          owner=self, on_done=lambda info: self._ask_restore(info, passphrase),
                          on_error=lambda error: self._unreadable(path, error), subject=path.name)

    def _unreadable(self, path: Path, error: BaseException) -> None:
        from sapporo_mice.errors import PassphraseNeededError

        if not isinstance(error, PassphraseNeededError):
            self._failed(error)
            return
        from ui.safety.passphrase import ask_database_passphrase

        def answered(passphrase: str | None) -> None:
            self.passphrase_dialog = None
            if passphrase is None:
                self._done(self.tr("Nothing was restored."), OK_STYLE)
            else:
                self.restore_from(path, passphrase)

        self.passphrase_dialog = ask_database_passphrase(self, error, self.ctx.lang, answered, backup=True)

    def _ask_restore(self, info: Any, passphrase: str | None = None) -> None:
        if not self.confirm_restore(info):
            self._done(self.tr("Nothing was restored."), OK_STYLE)
            return
        self._busy(self.tr("Restoring…"))
        self.ctx.jobs.run("restore_backup",
                          lambda crm, _control: crm.maintenance.restore(info.file, passphrase=passphrase), owner=self,
                          on_done=self._restored, on_error=self._failed, subject=info.file.name)

    def restore_question(self, info: Any) -> str:
        lines = [self.tr("Replace the database with this backup?"), "", str(info.file),
                 fill(self.tr("Made: %1"), local_minute(info.taken_at)),
                 fill(self.tr("Schema revision: %1"), info.revision),
                 *("  " + line for line in info.count_lines(self.ctx.lang)), "",
                 fill(self.tr("The database as it is now is backed up first, to %1. After the restore the app closes; "
                              "start it again to work on the restored data."), str(paths.backups_dir()))]
        return "\n".join(lines)

    def confirm_restore(self, info: Any) -> bool:
        answer = QMessageBox.question(self, self.tr("Restore a backup"), self.restore_question(info),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _restored(self, restored: Any) -> None:
        self.restored = restored
        text = fill(self.tr("Restored from %1. The app closes now; start it again."), str(restored.restored_from))
        if restored.safety_backup:
            text += "\n" + fill(self.tr("The database as it was is kept in %1."), str(restored.safety_backup))
        self._done(text, OK_STYLE)
        for button in (self.backup_button, self.restore_button, self.check_button, self.repair_button):
            button.setEnabled(False)  # this CRM must not be used again
        self.quit_app(text)

    def quit_app(self, text: str) -> None:
        """Say so, then close every window and quit: the open views still show the replaced database."""
        QMessageBox.information(self, self.tr("Restore a backup"), text)
        QApplication.closeAllWindows()
        QApplication.quit()

    # ------------------------------------------------------------ check
    def check(self, repair: bool = False) -> None:
        actor = self.ctx.actor
        self._busy(self.tr("Repairing the database…") if repair else self.tr("Checking the database…"))
        self.findings.clear()
        self.ctx.jobs.run("repair" if repair else "check",
                          lambda crm, _control: crm.maintenance.check(repair=repair, actor=actor), owner=self,
                          on_done=self._checked, on_error=self._failed)

    def _checked(self, report: Any) -> None:
        self.report = report
        lang = self.ctx.lang
        for finding in report.findings:
            if finding.repaired:
                text = fill(self.tr("Repaired: %1 %2"), finding.message(lang), finding.action(lang) or "")
            else:
                text = fill(self.tr("Problem: %1"), finding.message(lang))
            QListWidgetItem(text, self.findings).setData(Qt.ItemDataRole.UserRole, finding.code)
        self.findings.setVisible(bool(report.findings))
        left = report.remaining
        if not report.findings:
            self._done(self.tr("No problems found."), OK_STYLE)
        elif not left:
            self._done(self.tr("Every problem found was repaired."), OK_STYLE)
        else:
            self._done(self.tr("%n problem(s) found.", "", len(left)), WARNING_STYLE)
        self.repair_button.setEnabled(any(f.repairable for f in left) and not report.repair)

    # ------------------------------------------------------------ shared
    def _busy(self, text: str) -> None:
        self._show(text, OK_STYLE)
        for button in (self.backup_button, self.restore_button, self.check_button, self.repair_button,
                       self.restore_kept_button):
            button.setEnabled(False)

    def _done(self, text: str, style: str) -> None:
        self._show(text, style)
        for button in (self.backup_button, self.restore_button, self.check_button):
            button.setEnabled(self.restored is None)
        self._kept_selected()

    def _failed(self, error: BaseException) -> None:
        self._done(fill(self.tr("Failed: %1"), error_text(error, self.ctx.lang)), ERROR_STYLE)

    def _show(self, text: str, style: str) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)


def open_backups_dialog(ctx: AppContext, parent: QWidget | None = None) -> BackupsDialog:
    dialog = BackupsDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
