"""The import wizard: choose what and which file (CSV, XLSX, vCard) and optionally the fair; see and edit how
each column maps to a field (as ``--map``); check with a dry run and preview every error, warning and
duplicate proposal by row and column; then import all or nothing, or only the valid rows, with
progress and cancel, and read the final report.

Everything heavy runs in the job runner through ``crm.io.import_file``; an
ambiguous encoding is asked of the user, never guessed. Cancelling rolls the whole import back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sapporo_mice import formats
from sapporo_mice.errors import AmbiguousEncodingError
from sapporo_mice.formats import fill
from sapporo_mice.messages import render
from ui import style
from ui.context import AppContext
from ui.feedback import ERROR_STYLE, OK_STYLE, WARNING_STYLE, error_text, message_label
from ui.io.fair_choice import load_fairs
from ui.io.import_fields import import_field_label
from ui.qt import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    Qt,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.rows import Column, RowsModel

KINDS = ("contacts", "leads", "companies", "students", "meetings")
ENCODINGS = ("utf-8", "utf-8-sig", "cp932")


class ImportWizard(QDialog):
    """One dialog, top to bottom: source, column mapping, preview, import."""

    def __init__(self, ctx: AppContext, kind: str = "leads", fair_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.header: Any = None  # the file's columns and their fields (crm.io.header_map)
        self.report: Any = None  # the last import report
        self.job: Any = None
        self._wanted_fair = fair_id
        self.flipped: set[int] = set()  # rows whose full name the user swapped (crm.io.options flip_names)
        self._split_rows: dict[int, int] = {}  # preview row -> file row, for the rows that show a name split
        self.setWindowTitle(self.tr("Import"))
        self.preview_model = RowsModel([self.tr("Row"), self.tr("Column"), self.tr("Kind"), self.tr("Message")], self)
        self._build(kind)
        self._kind_changed()
        self.load_fairs()

    # ------------------------------------------------------------ building
    def _build(self, kind: str) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self._source_box(kind))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self._mapping_box())
        splitter.addWidget(self._preview_box())
        splitter.setSizes([220, 320])
        layout.addWidget(splitter, 1)
        layout.addLayout(self._action_row())
        self.resize(900, 720)
        self._update_buttons()

    def _source_box(self, kind: str) -> QGroupBox:
        box = QGroupBox(self.tr("1. What to import"), self)
        self.kind = QComboBox(box)
        names = {"contacts": self.tr("Contacts"), "leads": self.tr("Leads"), "companies": self.tr("Companies"),
                 "students": self.tr("Students"),
                 "meetings": self.tr("Meeting series (association meetings spreadsheet, ICCA)")}
        for key in KINDS:
            self.kind.addItem(names[key], key)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.path = QLineEdit(box)
        self.path.setPlaceholderText(self.tr("A .csv, .xlsx or .vcf file"))
        browse = QPushButton(self.tr("Choose file…"), box)
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.fair = QComboBox(box)
        self.fair.addItem(self.tr("(no fair)"), None)
        self.encoding = QComboBox(box)
        self.encoding.addItem(self.tr("Detect automatically"), None)
        names = self._encoding_names()
        for name in ENCODINGS:
            self.encoding.addItem(names[name], name)
        form = QFormLayout(box)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("File"), file_row)
        form.addRow(self.tr("Fair (links leads; its country reads local phones)"), self.fair)
        form.addRow(self.tr("Text encoding"), self.encoding)
        self.on_match = QComboBox(box)
        for policy, text in (("update", self.tr("Fill in their empty fields (nothing is overwritten)")),
                             ("skip", self.tr("Leave them as they are")),
                             ("create", self.tr("Add them again as a new person"))):
            self.on_match.addItem(text, policy)
        self.on_match.currentIndexChanged.connect(lambda _i: self._clear_preview())
        form.addRow(self.tr("Someone already in the CRM (same email or phone)"), self.on_match)
        self.path.editingFinished.connect(self.load_headers)
        self.kind.currentIndexChanged.connect(lambda _i: self.load_headers())
        self.encoding.currentIndexChanged.connect(lambda _i: self.load_headers())
        return box

    def _mapping_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("2. Columns → fields (change any that are wrong)"), self)
        self.mapping = QTableWidget(0, 2, box)
        self.mapping.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Imported as")])
        self.mapping.verticalHeader().hide()
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping_note = QLabel(box)
        self.mapping_note.setWordWrap(True)
        inner = QVBoxLayout(box)
        inner.addWidget(self.mapping)
        inner.addWidget(self.mapping_note)
        return box

    def _preview_box(self) -> QGroupBox:
        box = self.preview_box = QGroupBox(self.tr("3. Check: problems by row and column"), self)
        self.preview = QTableView(box)
        self.preview.setModel(self.preview_model)
        self.preview.selectionModel().currentRowChanged.connect(lambda *_a: self._selection_changed())
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.verticalHeader().hide()
        self.preview.setWordWrap(True)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.summary = message_label(box, OK_STYLE)
        inner = QVBoxLayout(box)
        inner.addWidget(self.preview)
        inner.addWidget(self.summary)
        return box

    def _action_row(self) -> QHBoxLayout:
        self.check_button = QPushButton(self.tr("Check (dry run)"), self)
        self.flip_button = QPushButton(self.tr("Swap family and given name"), self)
        self.flip_button.setEnabled(False)
        self.flip_button.setToolTip(self.tr("Select a “Name order” row to swap its family and given name."))
        self.flip_button.clicked.connect(self.flip_selected)
        self.import_all_button = QPushButton(self.tr("Import all (nothing if any row has an error)"), self)
        self.import_valid_button = QPushButton(self.tr("Import valid rows only"), self)
        self.cancel_button = QPushButton(self.tr("Cancel import"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.cancel_button.hide()
        self.check_button.clicked.connect(self.check)
        self.import_all_button.clicked.connect(lambda: self.run_import(skip_invalid=False))
        self.import_valid_button.clicked.connect(lambda: self.run_import(skip_invalid=True))
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        for widget in (self.check_button, self.flip_button, self.progress, self.cancel_button):
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (self.import_all_button, self.import_valid_button, self.close_button):
            row.addWidget(widget)
        return row

    # ------------------------------------------------------------ source
    def load_fairs(self) -> None:
        load_fairs(self.ctx, self, self.fair, self._wanted_fair)

    def browse(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("File to import"), "",
                                               self.tr("Spreadsheets and cards (*.csv *.xlsx *.vcf);;All files (*)"))
        if path:
            self.set_file(path)

    def set_file(self, path: str) -> None:
        self.path.setText(path)
        self.load_headers()

    def options(self, **extra: Any) -> dict[str, Any]:
        """The import's options (``crm.io.options``), as plain values: the job builds them on the worker."""
        return {"kind": self.kind.currentData(), "fair": self.fair.currentData(),
                "encoding": self.encoding.currentData(), "mapping": self.overrides(), "actor": self.ctx.actor,
                "on_match": self.on_match.currentData(), "flip_names": frozenset(self.flipped), **extra}

    # ------------------------------------------------------------ mapping
    def load_headers(self) -> None:
        path, kind, encoding = self.path.text().strip(), self.kind.currentData(), self.encoding.currentData()
        self.flipped = set()
        self._clear_preview()
        self._kind_changed()
        if not path:
            return

        def read(crm: Any, _c: Any) -> tuple[str, Any]:
            # A file that says what it is (an association meetings spreadsheet) is read as that kind.
            recognised = crm.io.recognise_kind(path, encoding=encoding)
            chosen = recognised or kind
            return chosen, crm.io.header_map(path, chosen, encoding=encoding)

        self.ctx.jobs.run("import_columns", read, owner=self, on_done=self._headers_read, on_error=self._file_failed,
                          serial=False)

    def _headers_read(self, result: tuple[str, Any]) -> None:
        kind, header = result
        if kind != self.kind.currentData():
            self.kind.blockSignals(True)
            self.kind.setCurrentIndex(self.kind.findData(kind))
            self.kind.blockSignals(False)
            self._kind_changed()
        self.show_mapping(header)

    def _word_records(self, cards: bool) -> None:
        """The check's title and the import buttons say cards for a vCard file (it has no header), rows for a table."""
        self.preview_box.setTitle(self.tr("3. Check: problems by card and property") if cards
                                  else self.tr("3. Check: problems by row and column"))
        self.import_all_button.setText(self.tr("Import all (nothing if any card has an error)") if cards
                                       else self.tr("Import all (nothing if any row has an error)"))
        self.import_valid_button.setText(self.tr("Import valid cards only") if cards
                                         else self.tr("Import valid rows only"))

    def _kind_changed(self) -> None:
        """Only people (contacts, a fair's leads) link to a fair, have phones read for its country and match people
        already in the CRM: those choices are for them alone."""
        people = self.kind.currentData() in ("contacts", "leads")
        self.fair.setEnabled(people)
        self.on_match.setEnabled(people)

    def show_mapping(self, header: Any) -> None:
        self.header = header
        self.mapping.setRowCount(0)
        self._word_records(cards=header is None)
        self.mapping.setVisible(header is not None)  # a vCard has no columns: its note says so, with no empty table
        if header is None:
            self.mapping_note.setText(self.tr("A vCard file has no columns to map: each card's fields are read as "
                                              "they are."))
            self._update_buttons()
            return
        not_imported = self.tr("(not a field: kept in the notes)")
        for row, (name, field) in enumerate(zip(header.headers, header.fields)):
            self.mapping.insertRow(row)
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.mapping.setItem(row, 0, item)
            combo = QComboBox(self.mapping)
            combo.addItem(not_imported, None)
            for choice in sorted(header.choices, key=import_field_label):
                combo.addItem(import_field_label(choice), choice)
            combo.setCurrentIndex(max(combo.findData(field), 0))
            combo.currentIndexChanged.connect(lambda _i: self._clear_preview())
            self.mapping.setCellWidget(row, 1, combo)
        encoding = self._encoding_names().get(header.encoding, header.encoding) if header.encoding else "XLSX"
        note = fill(self.tr("%n column(s); %1 mapped to fields. Read as %2.", "", len(header.headers)),
                    str(sum(1 for f in header.fields if f)), encoding)
        if header.format:  # Google, Outlook, Eight, Sansan: read as that export writes its columns
            note = formats.sentences((fill(self.tr("Recognised as an export from %1."),
                                           header.format["label"][self.ctx.lang]), note), self.ctx.lang)
        self.mapping_note.setText(note)
        self._update_buttons()

    def set_mapping(self, header: str, field: str | None) -> None:
        row = self.header.headers.index(header)
        combo = self.mapping.cellWidget(row, 1)
        combo.setCurrentIndex(max(combo.findData(field), 0))

    def overrides(self) -> dict[str, str]:
        """The columns whose field the user changed, as ``--map HEADER=FIELD`` would give them."""
        if self.header is None:
            return {}
        chosen = {}
        for row, (name, auto) in enumerate(zip(self.header.headers, self.header.fields)):
            field = self.mapping.cellWidget(row, 1).currentData()
            if field != auto and name:
                chosen[name] = field or "notes"
        return chosen

    def _file_failed(self, error: BaseException) -> None:
        if isinstance(error, AmbiguousEncodingError):
            self.ask_encoding(error)
            return
        self.header = None
        self.mapping.setRowCount(0)
        self._show_summary(error_text(error, self.ctx.lang), ERROR_STYLE)
        self._update_buttons()

    def _encoding_names(self) -> dict[str, str]:
        """Each text encoding a file may be read as (sapporo_mice.io.sniff), as the reader knows it, not as
        Python's codec is named ("utf-8-sig")."""
        utf16 = self.tr("UTF-16")
        return {"utf-8": self.tr("UTF-8"), "utf-8-sig": self.tr("UTF-8 with BOM"), "cp932": self.tr("Shift_JIS (CP932)"),
                "utf-16": utf16, "utf-16-le": utf16, "utf-16-be": utf16}

    def ask_encoding(self, error: AmbiguousEncodingError) -> None:
        names = self._encoding_names()
        items = [names.get(c, c) for c in error.candidates]
        item, ok = QInputDialog.getItem(self, self.tr("Which text encoding?"),
                                        self.tr("This file reads as text in more than one encoding. "
                                                "Which one was it saved in? (Japanese Excel usually saves Shift_JIS.)"),
                                        items, len(items) - 1, False)
        if ok:
            self.encoding.setCurrentIndex(self.encoding.findData(error.candidates[items.index(item)]))
        else:
            self._show_summary(error_text(error, self.ctx.lang), ERROR_STYLE)

    # ------------------------------------------------------------ dry run and import
    def check(self) -> None:
        self._start(self.options(dry_run=True), self.tr("Checking…"))

    def run_import(self, skip_invalid: bool) -> None:
        self._start(self.options(skip_invalid=skip_invalid), self.tr("Importing…"))

    def _start(self, options: dict[str, Any], text: str) -> None:
        path = self.path.text().strip()
        if not path:
            return

        # Translated here, on the GUI thread: the worker touches no widget.
        stages = {"plan": self.tr("Reading rows"), "apply": self.tr("Preparing rows"),
                  "save": self.tr("Saving to the database…")}

        def op(crm, control):
            return crm.io.import_file(path, crm.io.options(**options),
                                      progress=lambda stage, done, total: control.progress(done, total, stages[stage]))

        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self._show_summary(text, OK_STYLE)
        self._set_busy(True)
        self.job = self.ctx.jobs.run("import", op, owner=self, on_done=self.show_report, on_error=self._import_failed,
                                     on_progress=self._progressed, on_cancelled=self._cancelled,
                                     subject=Path(path).name)

    def _progressed(self, done: int, total: int, message: str) -> None:
        if total <= 0:  # the one write to the database, which tells no progress: a busy bar, no cancel
            self.progress.setRange(0, 0)
            self.cancel_button.setEnabled(False)
            self._show_summary(message, OK_STYLE)
            return
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)
        self.progress.setFormat(f"{message} %v/%m")

    def cancel(self) -> None:
        """Ask the import to stop; what happened is said once it has (a cancel can come too late)."""
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self._show_summary(self.tr("Cancelling…"), WARNING_STYLE)

    def _cancelled(self) -> None:
        self._finish_job()
        self._show_summary(self.tr("Cancelled: nothing was imported."), WARNING_STYLE)

    def _finish_job(self) -> None:
        self.job = None
        self.progress.hide()
        self.cancel_button.hide()
        self.cancel_button.setEnabled(True)
        self._set_busy(False)

    def show_report(self, report: Any) -> None:
        self._finish_job()
        self.report = report
        lang = self.ctx.lang
        rows, tones = [], []
        for issue in report.errors:
            rows.append([issue.row, issue.column or "", self.tr("Error"), issue.bare_message(lang)])
            tones.append(style.ERROR)
        for issue in report.warnings:
            rows.append([issue.row, issue.column or "", self.tr("Warning"), issue.bare_message(lang)])
            tones.append(style.WARNING)
        for dup in report.duplicates:
            rows.append([dup.row, "", self.tr("Possible duplicate"), dup.message(lang)])
            tones.append(style.NOTICE)
        for match in report.matches:  # a person already in the CRM: filled, left or added again (on_match)
            rows.append([match.row, "", self.tr("Already in the CRM"), match.message(lang)])
            tones.append(style.NOTICE)
        first_split = len(rows)
        for split in report.name_splits:  # how each full name was split; "Swap" flips the selected one
            rows.append([split.row, "", self.tr("Name order"), split.message(lang, command_hint=False)])
            tones.append(None)
        order = sorted(range(len(rows)), key=lambda i: (rows[i][0] is None, rows[i][0] or 0))
        # A vCard file's records are cards: the first column numbers them so (the messages too).
        self.preview_model.columns[0] = Column(0, self.tr("Card") if report.cards else self.tr("Row"))
        self.preview_model.columns[1] = Column(1, self.tr("Property") if report.cards else self.tr("Column"))
        self.preview_model.set_rows([rows[i] for i in order], tones=[tones[i] for i in order])
        self._split_rows = {position: rows[i][0] for position, i in enumerate(order) if i >= first_split}
        self.preview.resizeRowsToContents()
        self._show_summary(self._summary(report), ERROR_STYLE if report.errors and not report.applied else OK_STYLE)
        if report.applied:
            self.ctx.publish(_changes(report))
        self._update_buttons()

    def _summary(self, report: Any) -> str:
        """What the check or the import found, in sentences: joined as the reader's language joins them (Japanese
        after its 。 with no space), counts grouped as the rest of the app groups them."""
        counts = fill(self.tr("Cards read: %1 · errors: %2 · warnings: %3 · possible duplicates: %4.") if report.cards
                      else self.tr("Rows read: %1 · errors: %2 · warnings: %3 · possible duplicates: %4."),
                      f"{report.read:,}", f"{len(report.errors):,}", f"{len(report.warnings):,}",
                      f"{len(report.duplicates):,}")
        sentences = [counts]
        if report.matches and not report.applied:  # not duplicates: the same people, whom on_match decides about
            sentences.append(self.tr("%n row(s) are people already in the CRM.", "", len(report.matches)))
        if report.format:  # a known export (Google, Outlook, Eight, Sansan): said first, in the core's words
            sentences.insert(0, render("io.format_recognised", self.ctx.lang,
                                       format=report.format["label"][self.ctx.lang]))
        if report.dry_run:
            sentences.append(
                self.tr("Nothing imported yet: %n card(s) would be imported.", "", report.would_create) if report.cards
                else self.tr("Nothing imported yet: %n row(s) would be created.", "", report.would_create))
        elif report.applied:
            sentences.append(fill(self.tr("Imported: %n card(s), %1 skipped.", "", report.created) if report.cards
                                  else self.tr("Imported: %n row(s) created, %1 skipped.", "", report.created),
                                  f"{report.skipped:,}"))
            if report.updated:
                sentences.append(self.tr("%n person(s) already in the CRM were filled in.", "", report.updated))
        elif report.cards:
            sentences.append(self.tr("Nothing was imported. Correct the cards marked as errors, or import the "
                                     "valid cards only."))
        else:
            sentences.append(self.tr("Nothing was imported. Correct the rows marked as errors, or import the "
                                     "valid rows only."))
        return formats.sentences(sentences, self.ctx.lang)

    def _import_failed(self, error: BaseException) -> None:
        self._finish_job()
        if isinstance(error, AmbiguousEncodingError):
            self.ask_encoding(error)
            return
        self._show_summary(error_text(error, self.ctx.lang), ERROR_STYLE)

    def flip_selected(self) -> None:
        """Swap family and given name of the selected row's full name, then check again."""
        number = self._split_rows.get(self.preview.currentIndex().row())
        if number is None:
            return
        self.flipped ^= {number}
        self.check()

    def _selection_changed(self) -> None:
        self.flip_button.setEnabled(self.preview.currentIndex().row() in self._split_rows and self.job is None)

    # ------------------------------------------------------------ state
    def _clear_preview(self) -> None:
        self.report = None
        self._split_rows = {}
        self.flip_button.setEnabled(False)
        self.preview_model.set_rows([])
        self.summary.setText("")
        self._update_buttons()

    def _show_summary(self, text: str, style: str) -> None:
        self.summary.setStyleSheet(style)
        self.summary.setText(text)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.check_button, self.import_all_button, self.import_valid_button, self.kind, self.path,
                       self.mapping):
            widget.setEnabled(not busy)
        if not busy:
            self._update_buttons()

    def _update_buttons(self) -> None:
        has_file = bool(self.path.text().strip()) and Path(self.path.text().strip()).is_file()
        checked = self.report is not None and self.report.dry_run
        self.check_button.setEnabled(has_file)
        self.import_all_button.setEnabled(checked and not self.report.errors)
        self.import_valid_button.setEnabled(checked and self.report.would_create > 0)


def _changes(report: Any) -> Any:
    from sapporo_mice.changes import Changes

    changes = Changes()
    for record_type, ids in report.created_ids.items():
        changes.add(record_type, *ids)
    return changes


def open_import_wizard(ctx: AppContext, kind: str = "leads", fair_id: str | None = None,
                       parent: QWidget | None = None) -> ImportWizard:
    wizard = ImportWizard(ctx, kind, fair_id, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard
