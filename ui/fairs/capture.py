"""Booth capture mode: one focused window per fair for typing visitors off their business cards.

Enter saves the visitor (``crm.intake.capture``: organization, contact and lead
in one transaction, committed at once) and clears the form for the next one, focus back on the name.
The phone is parsed as it is typed with the typed country, then the fair's; a debounced duplicate
check runs in the job runner. A failed save keeps everything typed and shows each problem under its
field. Nothing here touches the network. A business card photo can be attached to the last lead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sapporo_mice import countries, formats
from sapporo_mice.errors import ValidationError
from sapporo_mice.formats import fill
from sapporo_mice.validation import parse_phone
from ui import i18n, style
from ui.context import AppContext
from ui.duplicates import candidate_line
from ui.feedback import ERROR_STYLE, MUTED_STYLE, OK_STYLE, WARNING_STYLE, error_text, message_label, problem_text
from ui.qt import (
    QComboBox,
    QCoreApplication,
    QEvent,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPixmap,
    QPushButton,
    QShortcut,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)

DEBOUNCE_MS = 300
TEXT_FIELDS = ("name", "reading", "company", "email", "phone", "title", "interest", "notes", "next_action")
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".tif", ".tiff", ".heic", ".pdf"}


def open_booth_capture(ctx: AppContext, parent: QWidget | None = None, fair_id: str | None = None) -> None:
    """Open capture for ``fair_id``, else for the fair on today (in its own zone), else ask which fair."""
    def find(crm, _control):
        if fair_id:
            return [crm.fairs.choice(fair_id)], []
        return crm.fairs.current(), crm.fairs.recent()

    def chosen(found: tuple[list[Any], list[Any]]) -> None:
        current, recent = found
        current = [f for f in current if f is not None]
        fair = current[0] if len(current) == 1 else choose_fair(parent, current or recent)
        if fair is not None:
            show_capture_window(ctx, fair, parent)

    ctx.jobs.run("fairs", find, owner=parent or ctx, on_done=chosen)


def choose_fair(parent: QWidget | None, fairs: list[Any]) -> Any:
    if not fairs:
        from ui.qt import QMessageBox

        QMessageBox.information(parent, QCoreApplication.translate("BoothCapture", "No fair"),
                                QCoreApplication.translate("BoothCapture", "Create the fair first (Fairs → New record)."))
        return None
    lang = i18n.language()
    items = [f.label(lang) for f in fairs]
    item, ok = QInputDialog.getItem(parent, QCoreApplication.translate("BoothCapture", "Booth capture"),
                                    QCoreApplication.translate("BoothCapture", "Capture leads for which fair?"),
                                    items, 0, False)
    return fairs[items.index(item)] if ok else None


def show_capture_window(ctx: AppContext, fair: Any, parent: QWidget | None = None) -> "BoothCaptureWindow":
    """The fair's one capture window (re-activated when it is open already)."""
    window = ctx.windows.show(("booth", fair.id), lambda: BoothCaptureWindow(ctx, fair, parent))
    window.fields["name"].setFocus()
    return window


class CardDrop(QLabel):
    """The business card thumbnail; accepts an image file dropped on it."""

    def __init__(self, on_file: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_file = on_file
        self.setAcceptDrops(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(220, 130)
        self.setFrameShape(QLabel.Shape.StyledPanel)
        self.setWordWrap(True)

    def dragEnterEvent(self, event: Any) -> None:
        if self.isEnabled() and _dropped_file(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        path = _dropped_file(event.mimeData())
        if path:
            event.acceptProposedAction()
            self.on_file(path)


def _dropped_file(mime: Any) -> str | None:
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in IMAGE_SUFFIXES:
            return url.toLocalFile()
    return None


class BoothCaptureWindow(QWidget):
    """The booth form for one fair. ``saved`` results are kept in ``last_saved`` (the lead's dict)."""

    def __init__(self, ctx: AppContext, fair: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx, self.fair = ctx, fair
        self.busy = False
        self.last_saved: dict[str, Any] | None = None
        self.counts: Any = None  # leads today and for the whole fair (crm.fairs.capture_counts)
        self._check_generation = 0
        self.setWindowTitle(fill(self.tr("Booth capture — %1"), fair.shown_name(ctx.lang)))
        self.fields = self._make_fields()
        self.problems = {name: message_label(self) for name in self.fields}
        for label in self.problems.values():
            label.hide()
        self._build()
        self._connect()
        self.clear_form()
        self.load_exhibitors()
        self.refresh_counts()

    # ------------------------------------------------------------ building
    def _make_fields(self) -> dict[str, QWidget]:
        fields: dict[str, QWidget] = {name: QLineEdit(self) for name in TEXT_FIELDS}
        country = QComboBox(self)
        for code, name in countries.names(self.ctx.lang).items():
            country.addItem(name, code)  # by name only: a code (AE) means nothing to the reader
        rating = QComboBox(self)
        rating.addItem(formats.no_value(self.ctx.lang), None)
        for value in "ABCD":
            rating.addItem(value, value)
        interest_org = QComboBox(self)
        fields.update(country=country, rating=rating, interest_organization_id=interest_org)
        fields["reading"].setPlaceholderText(self.tr("optional, e.g. ヤマダ タロウ"))
        fields["phone"].setPlaceholderText(self.tr("as printed on the card"))
        fields["interest"].setPlaceholderText(self.tr("product or other interest"))
        return fields

    def _labels(self) -> dict[str, str]:
        return {"name": self.tr("&Name"), "reading": self.tr("Rea&ding"), "company": self.tr("&Company"),
                "country": self.tr("Co&untry"), "email": self.tr("&Email"), "phone": self.tr("&Phone"),
                "title": self.tr("&Title"), "rating": self.tr("&Rating"),
                "interest_organization_id": self.tr("Interested in exhi&bitor"),
                "interest": self.tr("&Interest (product)"), "notes": self.tr("N&otes"),
                "next_action": self.tr("Ne&xt action")}

    def _plain_labels(self) -> dict[str, str]:
        return {k: v.replace("&", "") for k, v in self._labels().items()}

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight: bold; font-size: 14pt;")
        self.heading.setTextFormat(Qt.TextFormat.RichText)  # the fair's name escaped, its Cyrillic in the Latin face
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("font-size: 13pt;")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.count_label)
        # Cards typed in after the fair (or before it, to try the form): the leads are dated now, not at the fair.
        self.outside = message_label(self, WARNING_STYLE)
        self.outside.setObjectName("outsideFairDates")
        self.outside.hide()
        self.phone_region = QLabel(self)
        self.phone_region.setObjectName("phoneRegion")
        self.phone_region.hide()  # until a phone is typed
        form = QFormLayout()
        labels = self._labels()
        for name in ("name", "reading", "company", "country", "email", "phone", "title", "rating",
                     "interest_organization_id", "interest", "notes", "next_action"):
            form.addRow(self._row_label(labels[name], name), self._field_box(name))
        self.duplicates = message_label(self, WARNING_STYLE)
        self.duplicates.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.duplicates.linkActivated.connect(lambda contact_id: self.ctx.open_record.emit("contact", contact_id))
        self.duplicates.hide()
        self.status = message_label(self, OK_STYLE)
        self.save_button = QPushButton(self.tr("Save and next (Enter)"), self)
        self.save_button.setDefault(True)
        hint = QLabel(self.tr("Enter saves this visitor at once and clears the form. Esc closes."), self)
        hint.setStyleSheet(MUTED_STYLE)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.outside)
        left.addLayout(form)
        left.addWidget(self.duplicates)
        left.addWidget(self.status)
        left.addStretch(1)  # the window's spare height below the form and its messages, not between the lines
        left.addWidget(hint)
        left.addWidget(self.save_button)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(self._card_panel(), 1)
        self.resize(860, 640)

    def _row_label(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(self.fields[name])
        return label

    def _field_box(self, name: str) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(1)
        if name == "phone":
            row = QHBoxLayout()
            row.addWidget(self.fields[name], 1)
            row.addWidget(self.phone_region)
            box.addLayout(row)
        else:
            box.addWidget(self.fields[name])
        box.addWidget(self.problems[name])
        return box

    def _card_panel(self) -> QGroupBox:
        panel = QGroupBox(self.tr("Business card"), self)
        self.card_target = QLabel(self.tr("Save a visitor first."), panel)
        self.card_target.setWordWrap(True)
        self.card_view = CardDrop(self.attach_card, panel)
        self.card_view.setText(self.tr("Drop a photo or scan of the card here"))
        self.card_button = QPushButton(self.tr("Attach card photo…"), panel)
        self.card_button.clicked.connect(self.pick_card)
        self.card_status = message_label(panel, OK_STYLE)
        box = QVBoxLayout(panel)
        box.addWidget(self.card_target)
        box.addWidget(self.card_view, 1)
        box.addWidget(self.card_button)
        box.addWidget(self.card_status)
        self._enable_card(False)
        return panel

    def _connect(self) -> None:
        self.check_timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS, timeout=self.check_duplicates)
        for name in ("name", "company", "email", "phone"):
            self.fields[name].textEdited.connect(lambda _t: self.check_timer.start())
        for name in TEXT_FIELDS:
            self.fields[name].returnPressed.connect(self.save)
        for name in ("country", "rating", "interest_organization_id"):
            self.fields[name].installEventFilter(self)
        self.fields["phone"].textChanged.connect(lambda _t: self.show_phone_region())
        self.fields["country"].currentIndexChanged.connect(lambda _i: self.show_phone_region())
        self.save_button.clicked.connect(self.save)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        """Enter on a choice saves too (a combo box would otherwise swallow it)."""
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not (hasattr(watched, "view") and watched.view().isVisible()):
                self.save()
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ values
    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: self.fields[name].text().strip() or None for name in TEXT_FIELDS}
        for name in ("country", "rating", "interest_organization_id"):
            values[name] = self.fields[name].currentData()
        return values

    def clear_form(self) -> None:
        for name in TEXT_FIELDS:
            self.fields[name].clear()
        self.fields["rating"].setCurrentIndex(0)
        self.fields["interest_organization_id"].setCurrentIndex(0)
        self.set_country(self.fair.country)
        self._check_generation += 1
        self.show_duplicates([])
        self.show_problems([])
        self.fields["name"].setFocus()

    def set_country(self, code: str | None) -> None:
        index = self.fields["country"].findData((code or "").upper())
        self.fields["country"].setCurrentIndex(max(index, 0))

    def show_phone_region(self) -> None:
        """The country the phone is read as, updated as it is typed (typed country first, then the fair's)."""
        text = self.fields["phone"].text().strip()
        self.phone_region.setVisible(bool(text))  # hidden, it leaves the phone field as wide as the others
        if not text:
            self.phone_region.setText("")
            return
        phone = parse_phone(text, self.fields["country"].currentData(), self.fair.country)
        if phone.valid:
            name = countries.name(phone.region, self.ctx.lang) or phone.e164
            self.phone_region.setText(f"{name} · {phone.display}")
            self.phone_region.setStyleSheet(OK_STYLE)
        else:
            self.phone_region.setText(self.tr("not a complete number yet"))
            self.phone_region.setStyleSheet(WARNING_STYLE)

    # ------------------------------------------------------------ exhibitors and counts
    def load_exhibitors(self) -> None:
        fair_id = self.fair.id
        self.ctx.jobs.run("exhibitors", lambda crm, _c: crm.fairs.exhibitors(fair_id), owner=self,
                          on_done=self._fill_exhibitors, serial=False)

    def _fill_exhibitors(self, found: list[Any]) -> None:
        combo = self.fields["interest_organization_id"]
        combo.clear()
        combo.addItem(self.tr("(none)"), None)
        for exhibitor in found:
            booth = f" [{exhibitor.booth}]" if exhibitor.booth else ""
            combo.addItem(exhibitor.shown_name(self.ctx.lang) + booth, exhibitor.organization_id)
            if exhibitor.products:
                combo.setItemData(combo.count() - 1, exhibitor.products, Qt.ItemDataRole.ToolTipRole)

    def refresh_counts(self) -> None:
        fair_id = self.fair.id
        self.ctx.jobs.run("counts", lambda crm, _c: crm.fairs.capture_counts(fair_id), owner=self,
                          on_done=self.show_counts, serial=False)

    def show_counts(self, counts: Any) -> None:
        self.counts = counts
        today = self.fair.local_today()
        self.heading.setText(style.rich_text(f"{self.fair.shown_name(self.ctx.lang)} · "
                                             f"{formats.date(today, self.ctx.lang)}"))
        self.count_label.setText(fill(self.tr("Today: %1 · This fair: %2"), str(counts.today), str(counts.fair)))
        on = self.fair.is_on()
        if not on:
            self.outside.setText(fill(self.tr("Today is outside the fair's dates (%1 – %2): a lead saved here is "
                                              "dated now, not during the fair."),
                                      formats.date(self.fair.starts_on, self.ctx.lang),
                                      formats.date(self.fair.ends_on, self.ctx.lang)))
        self.outside.setVisible(not on)

    # ------------------------------------------------------------ duplicates
    def check_duplicates(self) -> None:
        values, fair_country = self.values(), self.fair.country
        regions = (values.get("country"), fair_country)  # read as the save reads it: typed country, the fair's
        generation = self._check_generation

        def shown(found: list) -> None:
            if generation == self._check_generation:  # the form was not cleared meanwhile
                self.show_duplicates(found)

        def op(crm, _c):
            return crm.dedupe.while_typing(email=values.get("email"), phone=values.get("phone"),
                                           name=values.get("name"), organization=values.get("company"),
                                           regions=regions)

        self.ctx.jobs.run("duplicate_check", op, owner=self, on_done=shown, serial=False)

    def show_duplicates(self, candidates: list) -> None:
        self.candidates = candidates
        lines = [candidate_line(c, c.id, self.ctx.lang) for c in candidates]
        self.duplicates.setText(self.tr("Already known? Possible duplicate:") + "<br>" + "<br>".join(lines)
                                if lines else "")
        self.duplicates.setVisible(bool(lines))

    # ------------------------------------------------------------ saving
    def save(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.check_timer.stop()
        values, actor, fair_id = self.values(), self.ctx.actor, self.fair.id
        self.ctx.jobs.run("capture", lambda crm, _c: crm.intake.capture(fair_id, values, actor=actor), owner=self,
                          on_done=self._saved, on_error=self._failed)

    def _saved(self, saved: Any) -> None:
        self.busy = False
        self.last_saved = saved.record
        self.ctx.publish(saved.changes)
        who = saved.record.get("title") or ""
        labels = self._plain_labels()
        warnings = formats.sentences((problem_text(p, self.ctx.lang, labels.get(p.field, p.field))
                                      for p in saved.warnings), self.ctx.lang)
        self.status.setText(formats.sentences((fill(self.tr("Saved: %1"), who), warnings), self.ctx.lang))
        self.status.setStyleSheet(WARNING_STYLE if warnings else OK_STYLE)
        self.card_target.setText(fill(self.tr("Card for: %1"), who))
        self.card_view.setPixmap(QPixmap())
        self.card_view.setText(self.tr("Drop a photo or scan of the card here"))
        self.card_status.setText("")
        self._enable_card(True)
        self.clear_form()
        self.refresh_counts()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        if isinstance(error, ValidationError):
            self.show_problems(error.problems)
            self.status.setText(self.tr("Not saved: please correct the fields marked in red. Nothing typed was lost."))
        else:
            self.status.setText(fill(self.tr("Not saved: %1"), error_text(error, self.ctx.lang)))
        self.status.setStyleSheet(ERROR_STYLE)

    def show_problems(self, problems: list) -> None:
        labels = self._plain_labels()
        by_field: dict[str, list[str]] = {}
        for p in problems:
            name = p.field if p.field in self.fields else "name"
            text = problem_text(p, self.ctx.lang, labels.get(p.field, p.field))
            by_field.setdefault(name, []).append(text)
        for name, label in self.problems.items():
            label.setText("\n".join(by_field.get(name, [])))
            label.setVisible(name in by_field)
        first = next((self.fields[n] for n in self.fields if n in by_field), None)
        if first is not None:
            first.setFocus()

    # ------------------------------------------------------------ business card
    def _enable_card(self, enabled: bool) -> None:
        self.card_view.setEnabled(enabled)
        self.card_button.setEnabled(enabled)

    def pick_card(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Business card photo"), "",
                                                    self.tr("Images (*.png *.jpg *.jpeg *.heic *.tif *.tiff *.bmp *.pdf)"))
        if path:
            self.attach_card(path)

    def attach_card(self, path: str) -> None:
        if not self.last_saved:
            return
        actor, lead_id = self.ctx.actor, self.last_saved["id"]

        def attach(crm, _c):
            return crm.attachments.attach_file(Path(path), "lead", lead_id, actor=actor, role=crm.attachments.BUSINESS_CARD)

        self.ctx.jobs.run("business_card", attach, owner=self, on_done=lambda saved: self._card_attached(saved, path),
                          on_error=self._card_failed)

    def _card_attached(self, saved: Any, path: str) -> None:
        self.ctx.publish(saved.changes)
        pixmap = QPixmap(path)
        if pixmap.isNull():
            self.card_view.setText(Path(path).name)
        else:
            size = self.card_view.size()
            self.card_view.setPixmap(pixmap.scaled(size.width() - 8, size.height() - 8,
                                                   Qt.AspectRatioMode.KeepAspectRatio,
                                                   Qt.TransformationMode.SmoothTransformation))
        self.card_status.setStyleSheet(OK_STYLE)
        self.card_status.setText(fill(self.tr("Card attached: %1"), Path(path).name))

    def _card_failed(self, error: BaseException) -> None:
        self.card_status.setStyleSheet(ERROR_STYLE)
        self.card_status.setText(error_text(error, self.ctx.lang))
