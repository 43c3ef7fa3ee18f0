"""Passphrases of an encrypted database: asked at start (:class:`PassphraseDialog`), or chosen new, typed twice
(:class:`NewPassphraseDialog`, for Settings' "Encrypt…" and "Change passphrase…").

A passphrase lives only in memory, for as long as the dialog that asked for it; it is never saved. The dialogs
open window-modal (``open()``, not ``exec()``), so the event loop and the tests keep running."""

from __future__ import annotations

from typing import Any

from sapporo_mice.formats import fill
from ui.feedback import ERROR_STYLE, MUTED_STYLE, message_label
from ui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

MIN_PASSPHRASE = 8  # as sapporo_mice.encryption.MIN_PASSPHRASE (the core checks it again)


def _secret_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(280)
    return field


class PassphraseDialog(QDialog):
    """"This database is encrypted: enter its passphrase", with the problem of the last try (a wrong one)."""

    def __init__(self, parent: QWidget | None, file: str, problem: str = "", *, backup: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypted backup") if backup else self.tr("Encrypted database"))
        self.setMinimumWidth(480)
        text = (self.tr("This backup is encrypted. Enter the passphrase the database had when it was made.") if backup
                else self.tr("This computer's database is encrypted. Enter its passphrase to open it."))
        intro = QLabel(text + "\n" + file, self, wordWrap=True)
        self.field = _secret_field(self)
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.problem_label = message_label(self, ERROR_STYLE)
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(self.tr("Open"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.field)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        self.field.setFocus()

    def accept(self) -> None:
        if not self.field.text():
            self.problem_label.setText(self.tr("Enter the passphrase."))
            self.problem_label.setVisible(True)
            return
        super().accept()

    def passphrase(self) -> str:
        return self.field.text()


class NewPassphraseDialog(QDialog):
    """A new passphrase, typed twice; says what to keep in mind (it cannot be recovered)."""

    def __init__(self, parent: QWidget | None, title: str, intro: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        text = QLabel(intro, self, wordWrap=True)
        warning = QLabel(self.tr("Nobody can open the database without this passphrase, not even the office: write "
                                 "it down and keep it away from the laptop."), self, wordWrap=True)
        warning.setStyleSheet(MUTED_STYLE)
        self.first, self.second = _secret_field(self), _secret_field(self)
        self.first.setPlaceholderText(fill(self.tr("at least %1 characters"), str(MIN_PASSPHRASE)))
        self.problem_label = message_label(self, ERROR_STYLE)
        self.problem_label.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("New passphrase"), self.first)
        form.addRow(self.tr("Again"), self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)

    def problem(self) -> str:
        first = self.first.text()
        if len(first) < MIN_PASSPHRASE:
            return fill(self.tr("The passphrase must have at least %1 characters."), str(MIN_PASSPHRASE))
        if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in first):
            return self.tr("The passphrase cannot contain control characters.")
        if self.second.text() != first:
            return self.tr("The two passphrases differ.")
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.problem_label.setText(problem)
            self.problem_label.setVisible(True)
            return
        super().accept()

    def passphrase(self) -> str:
        return self.first.text()


def ask_database_passphrase(parent: QWidget | None, error: Any, lang: str, answer: Any, *,
                            backup: bool = False) -> PassphraseDialog:
    """Open the passphrase dialog for ``error`` (``PassphraseNeededError``, or ``WrongPassphraseError`` after a
    wrong try, whose message it shows), of the database at start or of a ``backup`` to restore;
    ``answer(passphrase or None)`` once the user chose."""
    from sapporo_mice.errors import WrongPassphraseError

    problem = error.message(lang) if isinstance(error, WrongPassphraseError) else ""
    dialog = PassphraseDialog(parent, error.file, problem, backup=backup)

    def finished(result: int) -> None:
        passphrase = dialog.passphrase() if result == QDialog.DialogCode.Accepted else None
        dialog.field.clear()
        dialog.deleteLater()
        answer(passphrase)

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
