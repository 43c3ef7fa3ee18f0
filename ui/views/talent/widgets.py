"""Editors for the talent area's coded fields: a residence status, industries, job types, places and languages
are codes in the database and labels on the screen (never codes), in the user's language."""

from __future__ import annotations

from typing import Any

import sapporo_mice.students.vocab as vocab
from ui.editors.widgets import FieldWidget, TextWidget
from ui.qt import QCheckBox, QComboBox, QGridLayout, QWidget

VOCABULARIES = {"residence_status": vocab.RESIDENCE_STATUSES, "industry": vocab.INDUSTRIES,
                "job_type": vocab.JOB_TYPES, "location": vocab.LOCATIONS, "consent_purpose": vocab.CONSENT_PURPOSES}


class VocabWidget(FieldWidget):
    """One code of a vocabulary, chosen by its label (an empty first entry for "not recorded")."""

    def __init__(self, vocabulary: vocab.Vocabulary, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.addItem("", None)
        for code in vocabulary.codes:
            self.combo.addItem(vocabulary.label(code, lang), code)
        self._layout.addWidget(self.combo)
        self.setFocusProxy(self.combo)
        self.combo.activated.connect(lambda _i: (self.edited.emit(), self.left.emit()))

    def raw(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        if index < 0 and value:  # an older free-text value: shown as it is until changed
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))


class VocabChecksWidget(FieldWidget):
    """Any number of a vocabulary's codes, as labelled check boxes (stored ``,a,b,``)."""

    def __init__(self, vocabulary: vocab.Vocabulary, lang: str, columns: int = 3,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        holder = QWidget(self)
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for index, code in enumerate(vocabulary.codes):
            box = QCheckBox(vocabulary.label(code, lang), holder)
            box.clicked.connect(lambda _c: (self.edited.emit(), self.left.emit()))
            grid.addWidget(box, index // columns, index % columns)
            self.boxes[code] = box
        self._layout.addWidget(holder)
        self.setFocusProxy(next(iter(self.boxes.values())))

    def raw(self) -> Any:
        chosen = [code for code, box in self.boxes.items() if box.isChecked()]
        return f",{','.join(chosen)}," if chosen else ""

    def set_value(self, value: Any) -> None:
        chosen = set(vocab.split(value))
        for code, box in self.boxes.items():
            box.setChecked(code in chosen)


class LabelledTextWidget(TextWidget):
    """Free text that names codes: languages (「ベトナム語、英語」) or an opening's place (「札幌市中央区」); stored codes
    are shown by their names, and what is typed is cleaned by the core (names in either language)."""

    def __init__(self, show: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._show = show

    def set_value(self, value: Any) -> None:
        self.line.setText(self._show(value))


def make_widget(kind: str, arg: Any, lang: str) -> FieldWidget:
    """The widget of a talent field kind (``vocab``, ``vocab_many``, ``languages``, ``place``)."""
    sep = "、" if lang == "ja" else ", "
    if kind == "vocab":
        return VocabWidget(VOCABULARIES[arg], lang)
    if kind == "vocab_many":
        return VocabChecksWidget(VOCABULARIES[arg], lang, columns=2 if arg == "consent_purpose" else 3)
    if kind == "languages":
        return LabelledTextWidget(lambda v: sep.join(vocab.language_name(c, lang) for c in vocab.split(v)))
    return LabelledTextWidget(lambda v: vocab.LOCATIONS.label(v, lang) if v else "")


def shown_value(kind: str, arg: Any, value: Any, lang: str) -> str:
    """A stored coded value as the user reads it (the history panel): labels joined, never codes."""
    if value in (None, ""):
        return ""
    sep = "、" if lang == "ja" else ", "
    if kind == "languages":
        return sep.join(vocab.language_name(c, lang) for c in vocab.split(value))
    vocabulary = VOCABULARIES[arg]
    if kind == "vocab":
        return vocabulary.label(value, lang)
    return vocabulary.labels(value, lang)


KINDS = frozenset({"vocab", "vocab_many", "languages", "place"})
