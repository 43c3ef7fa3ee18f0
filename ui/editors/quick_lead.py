"""Quick lead entry (Ctrl+N): the few fields a booth or a phone call gives, saved with one keystroke.

Enter or Ctrl+Enter saves contact + company (if new) + lead in one transaction
(``crm.intake.quick_lead``). While the user types, a debounced
duplicate check runs in the job runner and warns about a person with the same email, phone, or
name at the same company; "use for this lead" links the lead to that person instead of creating a
new one (the email and phone typed are added to them). After saving, the form clears for the next lead.
"""

from __future__ import annotations

from typing import Any

from sapporo_mice import formats
from sapporo_mice.errors import CrmError, ValidationError
from sapporo_mice.enums import Rating
from sapporo_mice.formats import fill
from ui.feedback import ERROR_STYLE, MUTED_STYLE, OK_STYLE, WARNING_STYLE
from ui import style
from ui.editors import widgets as w
from ui.editors.field_labels import field_label
from ui.duplicates import candidate_line, company_aside
from ui.editors.form import render_problem
from ui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QKeySequence,
    QLabel,
    QShortcut,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)

_dialog: "QuickLeadDialog | None" = None
DEBOUNCE_MS = 300


def open_quick_lead_dialog(ctx, parent=None) -> "QuickLeadDialog":
    global _dialog
    if _dialog is None:
        _dialog = QuickLeadDialog(ctx, parent)
        _dialog.destroyed.connect(_forget)
    _dialog.show()
    _dialog.raise_()
    _dialog.activateWindow()
    _dialog.fields["name"].setFocus()
    return _dialog


def _forget(*_args) -> None:
    global _dialog
    _dialog = None


class QuickLeadDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Quick lead"))
        self.ctx = ctx
        self.busy = False
        self.candidates: list[Any] = []
        self.chosen: Any | None = None  # the known person this lead goes to
        self.fields = self._make_fields()
        self.problems = {name: self._problem_label() for name in self.fields}
        self.duplicates = QLabel(self)
        self.duplicates.setWordWrap(True)
        self.duplicates.setStyleSheet(WARNING_STYLE)
        self.duplicates.setOpenExternalLinks(False)
        self.duplicates.linkActivated.connect(self._duplicate_link)
        self.duplicates.hide()
        self.linked = QLabel(self)
        self.linked.setWordWrap(True)
        self.linked.setStyleSheet(OK_STYLE)
        self.linked.linkActivated.connect(self._unlink)
        for label in (self.duplicates, self.linked):  # Tab reaches the links, Enter follows them
            label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.linked.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self._layout()
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(DEBOUNCE_MS)
        self.check_timer.timeout.connect(self.check_duplicates)
        for name in ("name", "company", "email", "phone"):
            self.fields[name].edited.connect(self.check_timer.start)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)

    def _make_fields(self) -> dict[str, w.FieldWidget]:
        country = w.CountryWidget(self.ctx.lang, self)
        rating = w.ChoiceWidget(Rating, self)
        fields = {
            "name": w.TextWidget(self), "company": w.TextWidget(self), "email": w.TextWidget(self),
            "phone": w.PhoneWidget(self.ctx.lang, lambda: (country.raw() or None,
                                                           self.ctx.settings.get("default_country")), self),
            "country": country, "interest": w.TextWidget(self), "rating": rating, "follow_up_on": w.DateWidget(self),
        }
        for name in ("name", "company", "email", "interest", "phone"):
            fields[name].line.returnPressed.connect(self.save)
        fields["name"].setFocus()  # where typing starts once the dialog shows, however it was opened
        return fields

    def _problem_label(self) -> QLabel:
        label = QLabel(self)
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _layout(self) -> None:
        form = QFormLayout()
        for name, widget in self.fields.items():
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(self.problems[name])
            label = QLabel(field_label("lead", name), self)
            label.setBuddy(widget)
            form.addRow(label, box)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Save lead"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setToolTip(self.tr("Save (Enter or Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.close)
        hint = QLabel(self.tr("Enter saves; the form then clears for the next lead. Esc closes."), self)
        hint.setStyleSheet(MUTED_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.linked)
        layout.addWidget(self.status)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def values(self) -> dict[str, Any]:
        values = {name: widget.raw() for name, widget in self.fields.items()}
        values["default_region"] = self.ctx.settings.get("default_country")
        if self.chosen is not None:
            values["contact_id"] = self.chosen.id
        return {k: (v.strip() if isinstance(v, str) else v) for k, v in values.items()}

    # ---------------------------------------------------------- duplicates
    def check_duplicates(self) -> None:
        if self.chosen is not None:  # no new person is created: nobody to warn about
            return
        values = self.values()
        regions = (values.get("country"), values.get("default_region"))

        def op(crm, _c):
            return crm.dedupe.while_typing(email=values["email"], phone=values["phone"], name=values["name"],
                                           organization=values["company"], regions=regions)

        self.ctx.jobs.run("duplicate_check", op, owner=self, on_done=self.show_duplicates, serial=False)

    def show_duplicates(self, candidates: list[Any]) -> None:
        if self.chosen is not None:  # a check still running when the person was picked
            candidates = []
        self.candidates = candidates
        use = self.tr("use for this lead")
        lines = [f'{candidate_line(c, f"open:{c.id}", self.ctx.lang)} · <a href="use:{c.id}">{use}</a>'
                 for c in candidates]
        self.duplicates.setText(self.tr("Possible duplicate:") + "<br>" + "<br>".join(lines) if lines else "")
        self.duplicates.setVisible(bool(lines))

    def _duplicate_link(self, link: str) -> None:
        action, _, contact_id = link.partition(":")
        if action == "open":
            self.ctx.open_record.emit("contact", contact_id)
        elif action == "use":
            self.use_contact(next((c for c in self.candidates if c.id == contact_id), None))

    def use_contact(self, candidate: Any) -> None:
        """Send the lead to a known person (``None``: create a new one again, as typed)."""
        self.chosen = candidate
        if candidate is None:
            self.linked.hide()
            return
        self.show_duplicates([])
        text = self.tr("This lead goes to %1; the email and phone typed are added to them.")
        undo = self.tr("Create a new contact instead")
        self.linked.setText(fill(text,
                                 f"<b>{style.rich_text(candidate.name)}</b>{company_aside(candidate, self.ctx.lang)}")
                            + f' <a href="new">{undo}</a>')
        self.linked.show()

    def _unlink(self, _link: str) -> None:
        self.use_contact(None)
        self.check_duplicates()  # the person typed is new again: warn as before

    # ---------------------------------------------------------------- save
    def save(self) -> None:
        if self.busy:
            return
        self.busy = True
        self._show_problems([])
        values, actor = self.values(), self.ctx.actor
        self.ctx.jobs.run("quick_lead", lambda crm, _c: crm.intake.quick_lead(values, actor=actor), owner=self,
                          on_done=self._saved, on_error=self._failed)

    def _saved(self, result) -> None:
        self.busy = False
        self.last = result
        self.ctx.publish(result.changes)
        name = self.fields["name"].raw() or ""
        warning = formats.sentences((render_problem("lead", p, self.ctx.lang) for p in result.warnings), self.ctx.lang)
        self.status.setText(formats.sentences((fill(self.tr("Saved lead: %1"), name), warning), self.ctx.lang))
        self.status.setStyleSheet(WARNING_STYLE if warning else OK_STYLE)
        for widget in self.fields.values():
            widget.set_value(None)
        self.fields["phone"].country.setText("")
        self.use_contact(None)
        self.show_duplicates([])
        self.fields["name"].setFocus()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        if isinstance(error, ValidationError):
            self._show_problems(error.problems)
            self.status.setText(self.tr("Not saved: please correct the highlighted fields."))
        else:
            self.status.setText(error.message(self.ctx.lang) if isinstance(error, CrmError) else str(error))
        self.status.setStyleSheet(ERROR_STYLE)

    def _show_problems(self, problems) -> None:
        by_field = {p.field: p for p in problems}
        for name, label in self.problems.items():
            problem = by_field.get(name)
            label.setText(render_problem("lead", problem, self.ctx.lang) if problem else "")
            label.setVisible(problem is not None)
        first = next((self.fields[p.field] for p in problems if p.field in self.fields), None)
        if first is not None:
            first.setFocus()

