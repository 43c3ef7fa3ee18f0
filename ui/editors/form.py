"""The generic record form: built from a type's declaration (:mod:`ui.editors.declarations`), checked with the core.

Each row cleans its widget's raw input with the core service's own field spec, so the form and the
service agree on what is valid and say it with the same message ids. A row shows its problem under
the field (red for errors, amber for warnings that do not block saving, like an unparseable phone).
"""

from __future__ import annotations

from typing import Any

from sapporo_mice.errors import FieldProblem
from sapporo_mice import formats
from sapporo_mice.formats import fill
from sapporo_mice.validation import FieldInvalid, clean_email, is_record_id, normalize_email, parse_phone
from ui.editors import widgets as w
from ui.editors.field_labels import field_label
from ui.editors.declarations import FORMS, FieldDecl
from ui import style
from ui.feedback import ERROR_STYLE, WARNING_STYLE
from ui.qt import QGridLayout, QLabel, QVBoxLayout, QWidget, Qt, Signal



def render_problem(record_type: str, problem: FieldProblem, lang: str) -> str:
    """A core problem in the UI language, naming the field by its label (a list's value is not quoted)."""
    if isinstance(problem.value, (list, dict)):
        problem = FieldProblem(problem.field, problem.code, "", problem.params)
    return problem.message(lang, record_type)


class FieldRow(QWidget):
    """One field: its widget plus the line that states its problem."""

    def __init__(self, record_type: str, decl: FieldDecl, spec: Any, widget: w.FieldWidget,
                 lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record_type, self.decl, self.spec, self.widget, self.lang = record_type, decl, spec, widget, lang
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(widget)
        layout.addWidget(self.problem_label)
        self.setFocusProxy(widget)
        self.problem: FieldProblem | None = None

    @property
    def name(self) -> str:
        return self.decl.name

    def value(self) -> Any:
        """The cleaned value when it is valid, else the raw input (the service will name the problem)."""
        raw = self.widget.raw()
        if self.spec is None:
            return raw
        try:
            return self.spec.clean(raw)
        except FieldInvalid:
            return raw

    def check(self) -> FieldProblem | None:
        """The problem with the current input, by the core's rules (None when fine)."""
        raw = self.widget.raw()
        if self.decl.kind == "emails":
            return _first_email_problem(raw)
        if self.decl.kind == "phones":
            return _first_phone_problem(raw, self.widget)
        if self.decl.kind == "phone":
            phone = self.widget.parsed()
            if raw and not phone.valid:
                return FieldProblem(self.name, "field.phone_invalid", raw, {"region": phone.region})
        if self.decl.kind == "ref" and raw and not _looks_like_id(raw):
            return FieldProblem(self.name, "editors.pick_from_list", raw)
        if self.spec is None:
            return None
        try:
            cleaned = self.spec.clean(raw)
        except FieldInvalid as exc:
            return FieldProblem(self.name, exc.code, raw, exc.params)
        if self.spec.required and cleaned in (None, ""):
            return FieldProblem(self.name, "field.required", raw)
        return None

    def show_problem(self, problem: FieldProblem | None) -> None:
        self.problem = problem
        invalid = problem is not None and not is_warning(problem)
        self.widget.setStyleSheet(style.invalid_field_style() if invalid else "")
        if problem is None:
            self.problem_label.hide()
            self.setToolTip("")
            return
        text = self._problem_text(problem)
        self.problem_label.setText(text)
        self.problem_label.setStyleSheet(WARNING_STYLE if is_warning(problem) else ERROR_STYLE)
        self.problem_label.show()
        self.setToolTip(text)

    def _problem_text(self, problem: FieldProblem) -> str:
        if problem.code == "editors.pick_from_list":
            return fill(self.tr("%1: pick an entry from the list (type part of its name)."),
                        field_label(self.record_type, self.name))
        return render_problem(self.record_type, problem, self.lang)

    def revalidate(self) -> None:
        self.show_problem(self.check())


def is_warning(problem: FieldProblem) -> bool:
    """Problems that never block saving (DESIGN §3: an unparseable phone is kept raw and flagged)."""
    return problem.code == "field.phone_invalid"


def _looks_like_id(value: Any) -> bool:
    return isinstance(value, str) and is_record_id(value)


def _first_email_problem(addresses: list[str]) -> FieldProblem | None:
    for index, address in enumerate(addresses):
        try:
            clean_email(address)
        except FieldInvalid as exc:
            return FieldProblem(f"emails[{index}]", exc.code, address, exc.params)
    return None


def _first_phone_problem(numbers: list[str], widget: w.ListWidget) -> FieldProblem | None:
    regions = widget.lines[0].regions() if widget.lines else ()
    for index, raw in enumerate(numbers):
        phone = parse_phone(raw, *regions)
        if not phone.valid:
            return FieldProblem(f"phones[{index}]", "field.phone_invalid", raw, {"region": phone.region})
    return None


# A start and the end that follows it in a form: kept in one column.
DATE_RANGES = frozenset({("starts_on", "ends_on"), ("starts_at", "ends_at"), ("arrives_on", "departs_on")})


class RecordForm(QWidget):
    """The form of one record type. ``edited`` fires on every user change."""

    edited = Signal()
    open_record = Signal(str, str)

    def __init__(self, record_type: str, specs: dict[str, Any], lang: str, *, search=None,
                 default_country=lambda: "JP", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record_type, self.lang = record_type, lang
        self._search, self._default_country = search, default_country
        self.rows: dict[str, FieldRow] = {}
        self.loaded: dict[str, Any] = {}
        self.defaults: dict[str, Any] = {}  # a new record's values before any edit (start_new)
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        short = [d for d in FORMS[record_type] if not d.wide]
        wide = [d for d in FORMS[record_type] if d.wide]
        half = (len(short) + 1) // 2
        if 0 < half < len(short) and (short[half - 1].name, short[half].name) in DATE_RANGES:
            half += 1  # a start and its end one above the other, in the left column: not split across the form
        for index, decl in enumerate(short):
            self._place(grid, decl, specs.get(decl.name), index % half, 0 if index < half else 2, 1)
        for index, decl in enumerate(wide):
            self._place(grid, decl, specs.get(decl.name), half + index, 0, 3)
        grid.setRowStretch(half + len(wide), 1)

    def _place(self, grid: QGridLayout, decl: FieldDecl, spec: Any, row: int, column: int, span: int) -> None:
        widget = self._make_widget(decl)
        field_row = FieldRow(self.record_type, decl, spec, widget, self.lang, self)
        label = QLabel(field_label(self.record_type, decl.name) + (" *" if spec and spec.required else ""), self)
        label.setBuddy(field_row)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(0, 4, 0, 0)
        grid.addWidget(label, row, column)
        # at the top of its row, beside its label, when the other column's field makes the row taller
        grid.addWidget(field_row, row, column + 1, 1, span, Qt.AlignmentFlag.AlignTop)
        widget.edited.connect(lambda r=field_row: self._edited(r))
        widget.left.connect(field_row.revalidate)
        self.rows[decl.name] = field_row

    def _make_widget(self, decl: FieldDecl) -> w.FieldWidget:
        kind = decl.kind
        if kind == "widget":  # an area's own structured editor (a list of languages …)
            return decl.arg(self.lang)
        if kind == "choice":
            return w.ChoiceWidget(decl.arg)
        if kind == "suggest":  # text with suggested words, each stored as its code (a lead's source, an industry)
            return w.CodeComboWidget({code: decl.arg.label(code, self.lang) for code in decl.arg.codes})
        if kind == "codes":
            return w.CodesWidget(decl.arg)
        if kind == "ref":
            widget = w.RefWidget(lambda text, done, t=decl.arg: self._search(t, text, done))
            widget.open_requested.connect(lambda record_id, t=decl.arg: self.open_record.emit(t, record_id))
            return widget
        if kind == "int" and decl.name.endswith("month"):  # a month by its name (3月 / March), not a bare 3
            return w.CodeComboWidget(formats.month_names(self.lang))
        # Amounts and counts with their digits grouped (1,350 delegates); a year as it is written (2028).
        if kind == "number" or (kind == "int" and not decl.name.endswith("year")):
            return w.GroupedNumberWidget()
        if kind == "pillar":  # one of the plan's pillars, by its name
            return w.CodeComboWidget({n: w.pillar_name(n) for n in range(1, 7)})
        if kind == "formula":  # what a computed indicator counts, in the plan's words
            return w.FormulaWidget(self.lang)
        if kind == "linked":  # a task's or an activity's record, of any type
            widget = w.LinkedWidget()
            widget.open_requested.connect(self.open_record)
            return widget
        if kind == "phone":
            return w.PhoneWidget(self.lang, self.regions)
        if kind == "emails":
            return w.ListWidget(lambda parent: w.TextWidget(parent), self.tr("Add email"), first_is_primary=True)
        if kind == "phones":
            return w.ListWidget(lambda parent: w.PhoneWidget(self.lang, self.regions, parent), self.tr("Add phone"),
                                first_is_primary=True)
        if kind == "country":
            return w.CountryWidget(self.lang)
        if kind == "timezone":
            return w.TimezoneWidget(self.lang)
        if kind in ("vocab", "vocab_many", "languages", "place"):  # --- students: coded fields shown by label
            from ui.views.talent.widgets import make_widget

            return make_widget(kind, decl.arg, self.lang)
        if kind == "datetime" and decl.arg:  # shown in the zone another field names (a booth capture's)
            return w.DateTimeWidget(zone=lambda name=decl.arg: self._value_of(name))
        simple = {"long": w.LongTextWidget, "date": w.DateWidget, "datetime": w.DateTimeWidget, "flag": w.FlagWidget,
                  "tags": w.TagsWidget, "pillars": w.PillarsWidget}
        return simple.get(kind, w.TextWidget)()

    def regions(self) -> tuple[str | None, ...]:
        """The phone region chain: the record's country, then the default country (JP last, in the core)."""
        country = self.rows.get("country")
        code = country.value() if country else None
        return (code if isinstance(code, str) and len(code) == 2 else None, self._default_country())

    def _edited(self, row: FieldRow) -> None:
        if row.problem is not None:
            row.revalidate()
        self.edited.emit()

    # -------------------------------------------------------------- values
    def set_record(self, record: dict[str, Any], ref_titles: dict[str, str] | None = None) -> None:
        for name, row in self._zones_first(self.rows.items()):
            value = record.get(name)
            row.widget.set_value(value)
            if row.decl.kind == "ref":
                row.widget.set_ref(value, (ref_titles or {}).get(name, value or ""))
            elif row.decl.kind == "linked":
                row.widget.set_link(record.get("record_type"), value, (ref_titles or {}).get(name, ""))
            row.show_problem(None)
        self.loaded = {name: self._comparable(row, row.value()) for name, row in self.rows.items()}

    def start_new(self, defaults: dict[str, Any]) -> None:
        """A new record's form filled with ``defaults`` (a lead's status, its owner), shown as they would be
        stored: not an edit of the user's (closing the untouched form asks nothing), but saved with the record
        (:meth:`new_values`)."""
        for name, value in defaults.items():
            row = self.rows.get(name)
            if row is not None:
                row.widget.set_value(value)
                self.loaded[name] = self._comparable(row, row.value())
                self.defaults[name] = row.value()

    def new_values(self) -> dict[str, Any]:
        """A new record's values to create it with: its defaults, and what the user changed."""
        return {**self.defaults, **self.changed_values()}

    def preset(self, values: dict[str, Any], ref_titles: dict[str, str]) -> None:
        """Fill fields of a new record (they count as edited, so they are saved)."""
        for name, value in self._zones_first(values.items()):
            row = self.rows.get(name)
            if row is None:
                continue
            row.widget.set_value(value)
            if row.decl.kind == "ref":
                row.widget.set_ref(value, ref_titles.get(name, value or ""))

    def values(self) -> dict[str, Any]:
        return {name: row.value() for name, row in self.rows.items()}

    def _value_of(self, name: str) -> Any:
        row = self.rows.get(name)
        return row.widget.raw() if row is not None else None

    def _zones_first(self, items):
        """``(name, …)`` pairs with the time zones first: a time shown in a zone the record names is set after it."""
        zones = {d.arg for d in FORMS[self.record_type] if d.kind == "datetime" and d.arg}
        return sorted(items, key=lambda item: item[0] not in zones)

    def changed_values(self) -> dict[str, Any]:
        """The fields whose value differs from the loaded record (all non-empty ones for a new record)."""
        changed = {}
        for name, row in self.rows.items():
            value = row.value()
            if self._comparable(row, value) != self.loaded.get(name, _EMPTY.get(row.decl.kind)):
                changed[name] = value
        return changed

    def _comparable(self, row: FieldRow, value: Any) -> Any:
        if row.decl.kind == "emails":
            return [normalize_email(v) for v in value or []]
        if row.decl.kind == "phones":
            regions = self.regions()
            return [parse_phone(v, *regions).e164 or v for v in value or []]
        return value

    def is_dirty(self) -> bool:
        return bool(self.changed_values())

    # ------------------------------------------------------------ problems
    def check(self) -> list[FieldProblem]:
        """Check every field as the core would; show each problem on its field."""
        problems = []
        for row in self.rows.values():
            problem = row.check()
            row.show_problem(problem)
            if problem is not None:
                problems.append(problem)
        return problems

    def show_problems(self, problems: list[FieldProblem]) -> list[FieldProblem]:
        """Show the service's problems on their fields; return those no field owns."""
        unplaced = []
        for problem in problems:
            row = self.rows.get(problem.field.split("[", 1)[0])
            if row is None:
                unplaced.append(problem)
            else:
                row.show_problem(problem)
        first = next((self.rows[p.field.split("[", 1)[0]] for p in problems if p.field.split("[", 1)[0] in self.rows), None)
        if first is not None:
            first.setFocus()
        return unplaced

    def clear_problems(self) -> None:
        for row in self.rows.values():
            row.show_problem(None)


_EMPTY = {"emails": [], "phones": [], "flag": False, "tags": "", "pillars": "", "codes": ""}
