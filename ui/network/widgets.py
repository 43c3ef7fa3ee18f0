"""The network's own form widget: a partner city's languages, one per line, picked by name."""

from __future__ import annotations

from typing import Any

from ui.editors.widgets import CodeComboWidget, ListWidget
from ui.qt import QCoreApplication, QWidget


class LanguageWidget(CodeComboWidget):
    """One language, named in the user's language (stored as its ISO 639-1 code)."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        from sapporo_mice.formats import language_names

        super().__init__(language_names(lang), parent)


class LanguagesWidget(ListWidget):
    """Several languages; the core stores them as ``"de,en"``, the user sees ドイツ語 and 英語."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(lambda p: LanguageWidget(lang, p),
                         QCoreApplication.translate("Network", "Add language"), parent)

    def set_value(self, value: Any) -> None:
        items = [code for code in value.split(",") if code] if isinstance(value, str) else value
        for line in list(self.lines):
            self.remove_line(line.parentWidget(), line, quiet=True)
        for code in items or []:
            self.add_line(code)

    def raw(self) -> Any:
        return [text for text in (str(line.raw() or "").strip() for line in self.lines) if text]


class LanguageCodesWidget(LanguagesWidget):
    """The same, for a field the core keeps as text (a contact's languages): ``"ja,en"``, shown by name."""

    def raw(self) -> Any:
        return ",".join(super().raw())
