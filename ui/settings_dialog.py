"""Settings (Ctrl+,), generated from :data:`sapporo_mice.settings.REGISTRY` (its non-hidden settings).

A setting with choices becomes a combo box, a flag a check box, text a line edit. The office
database gets a "Test connection" button that runs on the job runner, and a "This computer" button
to go back to the local file. Language and database changes apply at the next start.
"""

from __future__ import annotations

from typing import Any

from sapporo_mice.errors import FieldProblem
from sapporo_mice.formats import fill
from sapporo_mice.settings import REGISTRY, Setting
from sapporo_mice.validation import FieldInvalid, clean_country
from ui.context import AppContext
from ui.feedback import ERROR_STYLE, error_text
from ui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)

RESTART_KEYS = ("language", "database_url")


class SettingsDialog(QDialog):
    connection_tested = Signal(bool, str)  # ok, message
    saved = Signal(list)  # the keys that changed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        for setting in REGISTRY.values():
            if not setting.hidden:
                form.addRow(setting.title(ctx.lang), self._row(setting))
        self.problem_label = QLabel(self, wordWrap=True, styleSheet=ERROR_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        from ui.safety.settings_section import SafetySection

        self.safety = SafetySection(ctx, self)  # the backups' schedule and the database's encryption
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.safety)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)

    def _row(self, setting: Setting) -> QWidget:
        editor = self._editor(setting)
        self.editors[setting.key] = editor
        if setting.key != "database_url":
            return editor
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        test = QPushButton(self.tr("Test connection"), box)
        local = QPushButton(self.tr("This computer"), box)
        self.connection_label = QLabel(box, wordWrap=True)
        self.connection_label.hide()  # until a test says something: an empty line sat between the two URLs
        test.clicked.connect(self.test_connection)
        local.clicked.connect(lambda: editor.clear())
        for widget in (editor, test, local):
            row.addWidget(widget)
        column = QVBoxLayout()
        column.addWidget(box)
        column.addWidget(self.connection_label)
        holder = QWidget(self)
        holder.setLayout(column)
        column.setContentsMargins(0, 0, 0, 0)
        return holder

    def _editor(self, setting: Setting) -> QWidget:
        # The language is the one in use (``--lang`` may differ from the stored setting for one run).
        value = self.ctx.lang if setting.key == "language" else self.ctx.settings.get(setting.key)
        if setting.choices:
            combo = QComboBox(self)
            for choice in setting.choices:
                combo.addItem(choice_label(setting.key, choice), choice)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if setting.type is bool:
            return QCheckBox(self, checked=bool(value))
        if setting.key == "default_country":  # a country by its name (CLDR), typed or picked, never a bare code
            from ui import i18n
            from ui.values import country_names

            combo = QComboBox(self)
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            for code, name in country_names(i18n.language()).items():
                combo.addItem(name, code)
            self._set_country(combo, value or "JP")
            return combo
        edit = QLineEdit(self, text="" if value is None else str(value))
        if setting.key == "database_url":
            edit.setPlaceholderText("postgresql://user@office-server/crm")
            edit.setMinimumWidth(320)
        return edit

    @staticmethod
    def _set_country(combo: QComboBox, value: str) -> None:
        index = combo.findData(str(value).upper())
        if index >= 0:
            combo.setCurrentIndex(index)
        else:
            combo.setEditText(str(value))  # typed text the save then checks (a name, an alpha-3 code …)

    def value(self, key: str) -> Any:
        editor = self.editors[key]
        if isinstance(editor, QComboBox) and editor.isEditable():
            index = editor.findText(editor.currentText())
            return editor.itemData(index) if index >= 0 else editor.currentText().strip()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        return editor.text().strip()

    def set_value(self, key: str, value: Any) -> None:
        editor = self.editors[key]
        if isinstance(editor, QComboBox) and editor.isEditable():
            self._set_country(editor, value)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(value))
        else:
            editor.setText(value)

    def test_connection(self) -> None:
        url = self.value("database_url") or None
        self.connection_label.setText(self.tr("Connecting…"))
        self.connection_label.show()

        def ping(_crm, _control) -> str:
            from sapporo_mice.crm import Crm

            return Crm.probe(url)

        self.ctx.jobs.run("connection", ping, owner=self,
                          on_done=lambda shown: self._tested(True, fill(self.tr("Connected to %1"), shown)),
                          on_error=lambda error: self._tested(False, error_text(error, self.ctx.lang)),
                          serial=False)

    def _tested(self, ok: bool, message: str) -> None:
        self.connection_label.setText(message)
        self.connection_label.setStyleSheet("" if ok else ERROR_STYLE)
        self.connection_tested.emit(ok, message)

    def accept(self) -> None:
        try:
            values = self.cleaned()
        except FieldInvalid as exc:
            self.problem_label.setText(FieldProblem("default_country", exc.code, self.value("default_country"),
                                                    exc.params).message(self.ctx.lang))
            return
        changed = [k for k, v in values.items() if v != self.ctx.settings.get(k)]
        for key in changed:
            self.ctx.settings.set(key, values[key])
        changed += self.safety.save()
        super().accept()
        self.saved.emit(changed)

    @staticmethod
    def needs_restart(changed: list[str]) -> bool:
        return bool(set(changed) & set(RESTART_KEYS))

    def restart_notice(self) -> str:
        return self.tr("The new language or database is used from the next start.")

    def cleaned(self) -> dict[str, Any]:
        """The dialog's values, checked (a country must be a real ISO code)."""
        values = {key: self.value(key) for key in self.editors}
        values["default_country"] = clean_country(values["default_country"]) or "JP"
        values["user_name"] = values["user_name"] or self.ctx.actor
        if values["language"] == self.ctx.lang:  # untouched: a one-run ``--lang`` is not saved as the choice
            values["language"] = self.ctx.settings.get("language")
        return values


def choice_label(key: str, choice: str) -> str:
    # Language names are shown in their own language, so anyone can find theirs.
    return {"ja": "日本語", "en": "English"}.get(choice, choice) if key == "language" else choice
