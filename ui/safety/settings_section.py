"""Settings' "Backups and encryption" section: the daily backups' schedule (how many are kept, where, the newest)
and this computer's database encryption (encrypt, change the passphrase, decrypt), each on the job runner.

What the database is like (encrypted or not, a file or the office server, where its backups are) is read by a
quick job when the section opens; until then the buttons are off."""

from __future__ import annotations

from typing import Any

from sapporo_mice import formats
from sapporo_mice.formats import fill
from ui.feedback import ERROR_STYLE, MUTED_STYLE, OK_STYLE, error_text
from ui.qt import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.safety.passphrase import NewPassphraseDialog


class SafetySection(QWidget):
    """Two boxes: "Backups" (schedule) and "Encryption"; ``save()`` stores the schedule with the dialog's OK."""

    state_read = Signal()  # the database's state arrived (tests wait for it)
    converted = Signal(bool, str)  # ok, message: an encryption, decryption or passphrase change ended

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.encrypted: bool | None = None
        self.dialog: NewPassphraseDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._backups_box())
        layout.addWidget(self._encryption_box())
        self.refresh()

    # ---------------------------------------------------------------- the schedule
    def _backups_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Backups"), self)
        self.keep_daily, self.keep_weekly = QSpinBox(box), QSpinBox(box)
        self.keep_daily.setRange(1, 60)
        self.keep_weekly.setRange(0, 52)
        self.keep_daily.setValue(self.ctx.settings.get("backup_keep_daily"))
        self.keep_weekly.setValue(self.ctx.settings.get("backup_keep_weekly"))
        row = QHBoxLayout()
        for widget in (QLabel(self.tr("At each start, at most once a day. Keep the newest"), box), self.keep_daily,
                       QLabel(self.tr("daily backups and, of older ones, one a week for"), box), self.keep_weekly,
                       QLabel(self.tr("weeks."), box)):
            row.addWidget(widget)
        row.addStretch(1)
        self.backups_label = QLabel(box, wordWrap=True, styleSheet=MUTED_STYLE)
        column = QVBoxLayout(box)
        column.addLayout(row)
        column.addWidget(self.backups_label)
        return box

    def schedule(self) -> dict[str, int]:
        return {"backup_keep_daily": self.keep_daily.value(), "backup_keep_weekly": self.keep_weekly.value()}

    def save(self) -> list[str]:
        """Store the schedule; returns the keys that changed."""
        changed = [key for key, value in self.schedule().items() if value != self.ctx.settings.get(key)]
        for key in changed:
            self.ctx.settings.set(key, self.schedule()[key])
        return changed

    # ---------------------------------------------------------------- encryption
    def _encryption_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Encryption"), self)
        self.state_label = QLabel(self.tr("Reading…"), box, wordWrap=True)
        self.encrypt_button = QPushButton(self.tr("Encrypt…"), box)
        self.change_button = QPushButton(self.tr("Change passphrase…"), box)
        self.decrypt_button = QPushButton(self.tr("Decrypt…"), box)
        self.encrypt_button.clicked.connect(self.ask_encrypt)
        self.change_button.clicked.connect(self.ask_change)
        self.decrypt_button.clicked.connect(self.ask_decrypt)
        self.result_label = QLabel(box, wordWrap=True)
        row = QHBoxLayout()
        for button in self.buttons():
            button.setEnabled(False)
            row.addWidget(button)
        row.addStretch(1)
        column = QVBoxLayout(box)
        column.addWidget(self.state_label)
        column.addLayout(row)
        column.addWidget(self.result_label)
        return box

    def buttons(self) -> tuple[QPushButton, ...]:
        return self.encrypt_button, self.change_button, self.decrypt_button

    def refresh(self) -> None:
        def read(crm: Any, _control: Any) -> tuple[bool, bool, Any]:
            return crm.encryption.possible, crm.encryption.encrypted, crm.maintenance.schedule()

        self.ctx.jobs.run("encryption_state", read, owner=self, on_done=self._show_state,
                          on_error=lambda error: self._show_result(False, error_text(error, self.ctx.lang)))

    def _show_state(self, state: tuple[bool, bool, Any]) -> None:
        possible, encrypted, schedule = state
        self.encrypted = encrypted if possible else None
        if not schedule.possible:
            self.backups_label.setText(self.tr("The office server's database is backed up by its administrators."))
        else:
            latest = (formats.datetime(schedule.latest, self.ctx.lang) if schedule.latest
                      else self.tr("none yet"))
            self.backups_label.setText(fill(self.tr("Saved in %1. Newest backup: %2."), str(schedule.folder), latest))
        if not possible:
            self.state_label.setText(self.tr("The office server's database is protected by its administrators; "
                                             "only this computer's database can be encrypted here."))
        elif encrypted:
            self.state_label.setText(self.tr("This computer's database is encrypted: without the passphrase, "
                                             "nobody can read it, nor its backups."))
        else:
            self.state_label.setText(self.tr("This computer's database is not encrypted. Recommended before "
                                             "travelling with the laptop: anyone who finds it could read the file."))
        self.encrypt_button.setVisible(possible and not encrypted)
        self.change_button.setVisible(possible and encrypted)
        self.decrypt_button.setVisible(possible and encrypted)
        for button in self.buttons():
            button.setEnabled(True)
        self._fit_window()
        self.state_read.emit()

    def _fit_window(self) -> None:
        """The texts arrive after the dialog took its size: let it grow so that their wrapped lines show whole."""
        window = self.window()
        layout = window.layout()
        if window is self or layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() else window.sizeHint().height()
        if window.height() < needed:
            window.resize(window.width(), needed)

    def ask_encrypt(self) -> None:
        self._ask_new(self.tr("Encrypt the database"),
                      self.tr("Choose the passphrase the app will ask for at each start. The database and its "
                              "backups are encrypted; this takes a few seconds."), "encrypt")

    def ask_change(self) -> None:
        self._ask_new(self.tr("Change the passphrase"),
                      self.tr("Choose the new passphrase. The backups in the backups folder move to it too."),
                      "change_passphrase")

    def _ask_new(self, title: str, intro: str, kind: str) -> None:
        self.dialog = NewPassphraseDialog(self, title, intro)
        dialog = self.dialog

        def finished(result: int) -> None:
            passphrase = dialog.passphrase() if result == NewPassphraseDialog.DialogCode.Accepted else None
            dialog.first.clear()
            dialog.second.clear()
            self.dialog = None
            dialog.deleteLater()
            if passphrase is not None:
                self.convert(kind, passphrase)

        dialog.finished.connect(finished)
        dialog.open()

    def ask_decrypt(self) -> None:
        answer = QMessageBox.question(self, self.tr("Decrypt the database"), self.decrypt_question())
        if answer == QMessageBox.StandardButton.Yes:
            self.convert("decrypt", None)

    def decrypt_question(self) -> str:
        return self.tr("Store this computer's database unencrypted? Anyone who has the file can then read it. "
                       "Backups made while it was encrypted stay encrypted.")

    def convert(self, kind: str, passphrase: str | None) -> None:
        """Run the conversion ``kind`` ("encrypt", "change_passphrase", "decrypt") on the job runner."""
        def run(crm: Any, _control: Any) -> Any:
            if kind == "encrypt":
                return crm.encryption.encrypt(passphrase)
            if kind == "change_passphrase":
                return crm.encryption.change_passphrase(passphrase)
            return crm.encryption.decrypt()

        for button in self.buttons():
            button.setEnabled(False)
        self.result_label.setText(self.tr("Working…"))
        self.result_label.setStyleSheet(MUTED_STYLE)
        self.ctx.jobs.run(kind, run, owner=self, on_done=lambda done: self._converted(kind, done),
                          on_error=lambda error: self._show_result(False, error_text(error, self.ctx.lang)))

    def _converted(self, kind: str, done: Any) -> None:
        text = {"encrypt": self.tr("The database is encrypted. From the next start the app asks for the passphrase."),
                "change_passphrase": self.tr("The passphrase was changed."),
                "decrypt": self.tr("The database is no longer encrypted.")}[kind]
        if done.backups_converted:
            text += ("" if text.endswith("。") else " ") + self.tr("%n backup(s) were converted too.", "", done.backups_converted)
        self._show_result(True, text)

    def _show_result(self, ok: bool, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.converted.emit(ok, text)
        self.refresh()
