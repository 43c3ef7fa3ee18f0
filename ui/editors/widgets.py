"""The field widgets of the generic form: one class per widget kind, all with one small interface.

Each widget has ``raw()`` (what the user typed or picked, not yet cleaned), ``set_value(value)``
(from a stored record, without emitting ``edited``), ``edited`` (the user changed it) and ``left``
(the user finished with it: focus left or Enter). Cleaning and checking belong to the form row,
which uses the core's own validators.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable
from typing import Any

from sapporo_mice import formats
from sapporo_mice.validation import calling_code, parse_phone
from ui import i18n, style
from ui.qt import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDate,
    QDateEdit,
    QDateTime,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QTime,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.values import country_name, country_names, date_edit_format, enum_label

EMPTY_DATE = QDate(1900, 1, 1)


class FieldWidget(QWidget):
    edited = Signal()
    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def raw(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        return self


class TextWidget(FieldWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self._layout.addWidget(self.line)
        self.setFocusProxy(self.line)
        self.line.textEdited.connect(self.edited)
        self.line.editingFinished.connect(self.left)
        self.line.textChanged.connect(lambda text: style.fit_font(self.line, text))

    def raw(self) -> Any:
        return self.line.text()

    def set_value(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))


class GroupedNumberWidget(TextWidget):
    """An amount (yen, a figure), shown with digit grouping (``310,500,000``) and read back without it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.line.editingFinished.connect(lambda: self.set_value(self.raw()))  # typed digits grouped on leaving

    def raw(self) -> Any:
        text = self.line.text().strip()
        for mark in (",", "，", "¥", "￥", " ", "円"):
            text = text.replace(mark, "")
        return text

    def set_value(self, value: Any) -> None:
        try:
            number = float(value) if isinstance(value, (int, float)) or value else None
        except (TypeError, ValueError):
            number = None
        if number is None:  # empty, or text that is not a number (the form names the problem)
            self.line.setText("" if value is None else str(value))
        elif number.is_integer():
            self.line.setText(f"{int(number):,}")
        else:
            self.line.setText(f"{number:,.3f}".rstrip("0").rstrip("."))


class TagsWidget(TextWidget):
    """Tags are stored as ``,a,b,`` and shown as the reader lists them, ``a、b`` / ``a, b``; either comma may be
    typed (``validation.clean_tags``)."""

    def set_value(self, value: Any) -> None:
        self.line.setText(formats.listed((t for t in (value or "").strip(",").split(",") if t), i18n.language()))


class LongTextWidget(FieldWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(72)
        self._layout.addWidget(self.text)
        self.setFocusProxy(self.text)
        self.text.textChanged.connect(self._changed)
        self._loading = False

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def raw(self) -> Any:
        return self.text.toPlainText()

    def set_value(self, value: Any) -> None:
        self._loading = True
        self.text.setPlainText("" if value is None else str(value))
        self._loading = False


class ChoiceWidget(FieldWidget):
    """A combo box of an enum's translated labels, with an empty first entry."""

    def __init__(self, enum_cls, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.addItem("", None)
        for member in enum_cls:
            self.combo.addItem(enum_label(enum_cls, member.value), member.value)
        self._layout.addWidget(self.combo)
        self.setFocusProxy(self.combo)
        self.combo.activated.connect(lambda _i: (self.edited.emit(), self.left.emit()))

    def raw(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(getattr(value, "value", value))
        self.combo.setCurrentIndex(max(index, 0))


class FlagWidget(FieldWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self)
        self._layout.addWidget(self.box)
        self.setFocusProxy(self.box)
        self.box.clicked.connect(lambda _c: (self.edited.emit(), self.left.emit()))

    def raw(self) -> Any:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class PillarsWidget(FieldWidget):
    """The plan's six pillars as check boxes named as the plan names them (stored as ``,2,4,``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(grid)
        self._layout.addStretch(1)
        self.boxes = []
        for number in range(1, 7):
            box = QCheckBox(pillar_name(number), self)
            box.clicked.connect(lambda _c: (self.edited.emit(), self.left.emit()))
            grid.addWidget(box, (number - 1) // 2, (number - 1) % 2)  # two columns: the names are long
            self.boxes.append(box)

    def raw(self) -> Any:
        chosen = [str(i) for i, box in enumerate(self.boxes, 1) if box.isChecked()]
        return f",{','.join(chosen)}," if chosen else ""

    def set_value(self, value: Any) -> None:
        chosen = set((value or "").strip(",").split(","))
        for number, box in enumerate(self.boxes, 1):
            box.setChecked(str(number) in chosen)


class LinkedWidget(FieldWidget):
    """The record a task or an activity is about (any type): its kind and name as a link that opens it.

    Read-only: the link is made where the task is added (the record's Tasks tab)."""

    open_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._type: str | None = None
        self._id: str | None = None
        self.label = QLabel(self)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.label.setWordWrap(True)
        self.label.linkActivated.connect(lambda _link: self._id and self.open_requested.emit(self._type, self._id))
        self._layout.addWidget(self.label, 1)

    def set_link(self, record_type: str | None, record_id: str | None, title: str) -> None:
        from html import escape

        from ui.editors.field_labels import type_label

        self._type, self._id = record_type, record_id
        if not (record_type and record_id):
            from ui.i18n import language

            self.label.setText(formats.no_value(language()))
            return
        # The title in the Latin face where it is Greek or Cyrillic (a Russian company), escaped either way.
        link = style.rich_text(title or record_id)
        self.label.setText(f'{escape(type_label(record_type))}: <a href="open">{link}</a>')
        self.label.setToolTip(self.tr("Open this record"))

    def raw(self) -> Any:
        return self._id

    def set_value(self, value: Any) -> None:
        self._id = value

class CodesWidget(FieldWidget):
    """A set of an enum's values as check boxes with their labels (stored as ``,halal,haccp,``)."""

    def __init__(self, enum_cls, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(grid)
        self._layout.addStretch(1)
        self.boxes: dict[str, QCheckBox] = {}
        for index, member in enumerate(enum_cls):
            box = QCheckBox(enum_label(enum_cls, member.value), self)
            box.clicked.connect(lambda _c: (self.edited.emit(), self.left.emit()))
            grid.addWidget(box, index // 3, index % 3)
            self.boxes[member.value] = box

    def raw(self) -> Any:
        chosen = [code for code, box in self.boxes.items() if box.isChecked()]
        return f",{','.join(chosen)}," if chosen else ""

    def set_value(self, value: Any) -> None:
        chosen = set((value or "").strip(",").split(","))
        for code, box in self.boxes.items():
            box.setChecked(code in chosen)


def pillar_name(number: int) -> str:
    """A pillar as the plan names it (施策の柱), numbered, in the UI's language."""
    from sapporo_mice.plan_terms import pillar
    from ui import i18n

    named = pillar(number)
    return f"{number}. {named.ja if i18n.language() == 'ja' else named.en}"


class CodeComboWidget(FieldWidget):
    """An editable combo of codes with names (countries, time zones); typing filters by any part."""

    def __init__(self, items: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItem("", None)
        for code, label in items.items():
            self.combo.addItem(label, code)
        completer = self.combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._layout.addWidget(self.combo)
        self.setFocusProxy(self.combo)
        self.combo.lineEdit().textEdited.connect(self.edited)
        self.combo.activated.connect(lambda _i: (self.edited.emit(), self.left.emit()))
        self.combo.lineEdit().editingFinished.connect(self.left)

    def raw(self) -> Any:
        text = self.combo.currentText().strip()
        index = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.combo.itemData(index) if index >= 0 else text

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value) if value else 0
        if index >= 0:
            self.combo.setCurrentIndex(index)
        else:
            self.combo.setEditText(str(value))


class FormulaWidget(CodeComboWidget):
    """What a computed indicator counts, by the plan's words for it; its key is only the stored value."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        from sapporo_mice.plan_terms import FORMULAS, formula_name

        super().__init__({key: formula_name(key, lang) for key in FORMULAS}, parent)
        for index in range(1, self.combo.count()):  # a long definition is read whole in its tooltip
            self.combo.setItemData(index, self.combo.itemText(index), Qt.ItemDataRole.ToolTipRole)


class CountryWidget(CodeComboWidget):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(country_names(lang), parent)  # names only: a code (JP) means nothing to the reader


class TimezoneWidget(CodeComboWidget):
    """A time zone by its place's name (中国（上海）時間), stored as its IANA name (Asia/Shanghai)."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        from sapporo_mice.formats import timezone_names

        super().__init__(timezone_names(lang), parent)
        for index in range(1, self.combo.count()):
            self.combo.setItemData(index, self.combo.itemData(index), Qt.ItemDataRole.ToolTipRole)


class DateWidget(FieldWidget):
    """A date edit with a calendar that may be empty (the minimum date stands for "no date")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(EMPTY_DATE)
        self.edit.setSpecialValueText(" ")
        self.edit.setDisplayFormat(date_edit_format())
        self.edit.setDate(EMPTY_DATE)
        self.clear_button = _clear_button(self, self.clear)
        self._layout.addWidget(self.edit, 1)
        self._layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self.edit.dateChanged.connect(self._changed)
        self.edit.editingFinished.connect(self.left)
        self._loading = False

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def clear(self) -> None:
        self.edit.setDate(EMPTY_DATE)
        self.left.emit()

    def raw(self) -> Any:
        date = self.edit.date()
        return None if date == EMPTY_DATE else dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: Any) -> None:
        self._loading = True
        self.edit.setDate(QDate(value.year, value.month, value.day) if value else EMPTY_DATE)
        self._loading = False


class DateTimeWidget(FieldWidget):
    """A date and time, empty allowed; the value is an aware datetime.

    Shown and typed in the computer's time zone, or, given ``zone`` (a callable giving an IANA name or None),
    in that zone: a lead captured at a booth in Shanghai reads 15:04, its capture's own time, on any laptop. The
    wall time shown is what a changed zone keeps (the zone says where that time was read)."""

    def __init__(self, parent: QWidget | None = None, zone: Callable[[], str | None] | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.edit = QDateTimeEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDateTime(QDateTime(EMPTY_DATE, QTime(0, 0)))
        self.edit.setSpecialValueText(" ")
        self.edit.setDisplayFormat(date_edit_format(with_time=True))
        self.edit.setDateTime(self.edit.minimumDateTime())
        self._layout.addWidget(self.edit, 1)
        self._layout.addWidget(_clear_button(self, self.clear))
        self.setFocusProxy(self.edit)
        self.edit.dateTimeChanged.connect(self._changed)
        self.edit.editingFinished.connect(self.left)
        self._loading = False

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _zone_info(self) -> dt.tzinfo | None:
        """The zone the time is read in; None: the computer's (also for a name this Python does not know)."""
        name = self.zone() if self.zone else None
        try:
            return zoneinfo.ZoneInfo(name) if name else None
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return None

    def clear(self) -> None:
        self.edit.setDateTime(self.edit.minimumDateTime())
        self.left.emit()

    def raw(self) -> Any:
        value = self.edit.dateTime()
        if value == self.edit.minimumDateTime():
            return None
        wall = value.toPython().replace(second=0, microsecond=0, tzinfo=None)
        zone = self._zone_info()
        return wall.replace(tzinfo=zone) if zone else wall.astimezone()

    def set_value(self, value: Any) -> None:
        self._loading = True
        if value:
            local = value.astimezone(self._zone_info())
            self.edit.setDateTime(QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)))
        else:
            self.edit.setDateTime(self.edit.minimumDateTime())
        self._loading = False


class PhoneWidget(TextWidget):
    """A phone: parsed when the user leaves it, reformatted, with the detected country beside it.

    ``regions`` is called for the region chain (the record's country, then the default country).
    """

    def __init__(self, lang: str, regions=lambda: (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.regions = regions
        self.country = QLabel(self)
        self.country.setObjectName("phoneCountry")
        self.country.setMinimumWidth(90)
        self.country.setToolTip(self.tr("The country the number belongs to, and its calling code"))
        self.country.hide()  # until there is a country to name: hidden, it leaves the field as wide as the others
        self._layout.addWidget(self.country)
        self.left.connect(self.reformat)

    def parsed(self):
        return parse_phone(self.line.text(), *self.regions())

    def reformat(self) -> None:
        text = self.line.text().strip()
        if not text:
            self._show_country("")
            return
        phone = self.parsed()
        if phone.valid:
            if phone.display != self.line.text():
                self.line.setText(phone.display)
                self.edited.emit()
        self._show_country(self._country_of(phone))

    def set_value(self, value: Any) -> None:
        super().set_value(value)
        self._show_country(self._country_of(self.parsed() if self.line.text() else None))

    def _show_country(self, text: str) -> None:
        self.country.setText(text)
        self.country.setVisible(bool(text))

    def _country_of(self, phone: Any) -> str:
        """Whose number it is, beside it: 日本 (+81) / Japan (+81); nothing for a number that is not valid."""
        if phone is None or not phone.valid:
            return ""
        code = calling_code(phone.region)
        return formats.aside(country_name(phone.region, self.lang), f"+{code}" if code else None)


class RefWidget(FieldWidget):
    """A searchable picker of one record: type to search (in the job runner), pick from the list.

    ``search`` is called with the typed text and a callback taking ``[(title, id)]``.
    """

    open_requested = Signal(str)

    def __init__(self, search, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._id: str | None = None
        self._title = ""
        self._hits: dict[str, str] = {}
        self.line = QLineEdit(self)
        self.completer = QCompleter([], self)
        # The search decides what matches (a name, its reading, its other-language name …): the list offers every
        # hit as it is named in the reader's language, which need not contain what was typed (札幌木工 finds
        # "Sapporo Woodcraft Co., Ltd." in English), so the completer does not filter them again by the typed text.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.line.setCompleter(self.completer)
        self.open_button = QToolButton(self)
        self.open_button.setText("→")
        self.open_button.clicked.connect(lambda: self._id and self.open_requested.emit(self._id))
        self._layout.addWidget(self.line, 1)
        self._layout.addWidget(self.open_button)
        self.setFocusProxy(self.line)
        self.line.textEdited.connect(self._typed)
        self.completer.activated[str].connect(self._picked)
        self.line.editingFinished.connect(self.left)

    def _typed(self, text: str) -> None:
        if not text.strip():
            self._id, self._title = None, ""
        self.edited.emit()
        if len(text.strip()) >= 1:
            self._search(text, self._show_hits)

    def _show_hits(self, hits: list[tuple[str, str]]) -> None:
        self._hits = {title: record_id for title, record_id in hits}
        self.completer.model().setStringList(list(self._hits))
        if self.line.hasFocus() and hits:
            self.completer.complete()

    def _picked(self, title: str) -> None:
        if title in self._hits:
            self.set_ref(self._hits[title], title)
            self.edited.emit()
            self.left.emit()

    def set_ref(self, record_id: str | None, title: str) -> None:
        self._id, self._title = record_id, title or ""
        self.line.setText(self._title)

    def raw(self) -> Any:
        """The picked id; typed text that was not picked stays as text, so the form can flag it."""
        text = self.line.text().strip()
        if not text:
            return None
        return self._id if text == self._title else text

    def set_value(self, value: Any) -> None:
        self._id = value
        if not value:
            self.set_ref(None, "")


class ListWidget(FieldWidget):
    """Several emails or phones: one line per entry, with add and remove buttons. With ``first_is_primary`` the
    first line is the primary one (listed and used first), and every other line has a button that moves it to
    the top."""

    def __init__(self, make_line, add_text: str, parent: QWidget | None = None, *,
                 first_is_primary: bool = False) -> None:
        super().__init__(parent)
        self._make_line = make_line
        self._first_is_primary = first_is_primary
        self.column = QVBoxLayout()
        self.column.setContentsMargins(0, 0, 0, 0)
        self.lines: list[FieldWidget] = []
        self.add_button = QPushButton(add_text, self)
        self.add_button.clicked.connect(lambda: self.add_line(focus=True))
        box = QVBoxLayout()
        box.addLayout(self.column)
        box.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addLayout(box)

    def add_line(self, value: Any = None, focus: bool = False) -> FieldWidget:
        line = self._make_line(self)
        line.set_value(value)
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(line, 1)
        if self._first_is_primary:
            first = QToolButton(row)
            first.setObjectName("makeFirst")
            first.setText("↑")
            first.setToolTip(self.tr("Move to the top: the first one is the primary one"))
            first.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            policy = first.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # hidden on the first line, which keeps the others' width
            first.setSizePolicy(policy)
            first.clicked.connect(lambda: self.move_first(line))
            layout.addWidget(first)
        layout.addWidget(_clear_button(row, lambda: self.remove_line(row, line)))
        row.setObjectName("listEntry")
        self.column.addWidget(row)
        self.lines.append(line)
        line.edited.connect(self.edited)
        line.left.connect(self.left)
        self._mark_first()
        if focus:
            line.setFocus()
        return line

    def remove_line(self, row: QWidget, line: FieldWidget, quiet: bool = False) -> None:
        self.lines.remove(line)
        row.hide()
        row.deleteLater()
        self._mark_first()
        if not quiet:
            self.edited.emit()
            self.left.emit()

    def move_first(self, line: FieldWidget) -> None:
        """Make ``line`` the primary one: the first of the list (saved so, it is listed and used first)."""
        if line not in self.lines or self.lines[0] is line:
            return
        self.lines.remove(line)
        self.lines.insert(0, line)
        row = line.parentWidget()
        self.column.removeWidget(row)
        self.column.insertWidget(0, row)
        self._mark_first()
        self.edited.emit()
        self.left.emit()

    def _mark_first(self) -> None:
        """Only the lines after the first offer to move to the top."""
        for index, line in enumerate(self.lines):
            button = line.parentWidget().findChild(QToolButton, "makeFirst")
            if button is not None:
                button.setVisible(index > 0)

    def raw(self) -> Any:
        return [text for text in (line.raw().strip() for line in self.lines) if text]

    def set_value(self, value: Any) -> None:
        for line in list(self.lines):
            self.remove_line(line.parentWidget(), line, quiet=True)
        for item in value or []:
            self.add_line(_entry_text(item))


def _entry_text(item: Any) -> str:
    if isinstance(item, dict):
        return item.get("email") or item.get("display") or item.get("raw") or ""
    return str(item)


def _clear_button(parent: QWidget, action) -> QToolButton:
    button = QToolButton(parent)
    button.setText("×")
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.clicked.connect(action)
    return button
