"""Export a kind of record (optionally a fair's leads, or a fair's schedule as .ics) to CSV (UTF-8 with BOM
or CP932), XLSX, vCard 4.0/3.0 or iCalendar, in the job runner (``crm.io.export_file``).

An export that cannot be written as asked (a character CP932 cannot hold) names its row and column,
and no file is left behind.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from sapporo_mice import formats
from sapporo_mice.formats import fill
from ui.context import AppContext
from ui.feedback import ERROR_STYLE, OK_STYLE, WARNING_STYLE, error_text, message_label
from ui.io.fair_choice import load_fairs
from ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)

KINDS = ("contacts", "leads", "companies", "students", "schedule")


class Format(NamedTuple):
    key: str
    suffix: str
    encoding: str = "utf-8-sig"
    vcard: str = "4.0"


FORMATS = {
    "csv": Format("csv", ".csv"), "csv_cp932": Format("csv_cp932", ".csv", "cp932"), "xlsx": Format("xlsx", ".xlsx"),
    "vcf4": Format("vcf4", ".vcf"), "vcf3": Format("vcf3", ".vcf", vcard="3.0"), "ics": Format("ics", ".ics"),
}


def formats_for(kind: str) -> tuple[str, ...]:
    if kind == "schedule":
        return ("ics",)
    if kind in ("contacts", "leads"):
        return ("csv", "csv_cp932", "xlsx", "vcf4", "vcf3")
    return ("csv", "csv_cp932", "xlsx")


class ExportDialog(QDialog):
    def __init__(self, ctx: AppContext, kind: str = "contacts", fair_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.written: int | None = None
        self.setWindowTitle(self.tr("Export"))
        self.kind = QComboBox(self)
        names = {"contacts": self.tr("Contacts"), "leads": self.tr("Leads"), "companies": self.tr("Companies"),
                 "students": self.tr("Students"), "schedule": self.tr("A fair's schedule (.ics)")}
        for key in KINDS:
            self.kind.addItem(names[key], key)
        self.fair = QComboBox(self)
        self.fair.addItem(self.tr("(no limit: all records)"), None)
        self.format = QComboBox(self)
        self.path = QLineEdit(self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.status = message_label(self, OK_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("Records"), self.kind)
        form.addRow(self.tr("Limit to a fair"), self.fair)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Save as"), file_row)
        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.clicked.connect(self.export)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._fill_formats())
        self.format.currentIndexChanged.connect(lambda _i: self._fix_suffix())
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self._fill_formats()
        self.resize(560, 240)
        load_fairs(ctx, self, self.fair, fair_id)

    def _format_names(self) -> dict[str, str]:
        return {"csv": self.tr("CSV, UTF-8 with BOM (Excel)"), "csv_cp932": self.tr("CSV, Shift_JIS (CP932)"),
                "xlsx": self.tr("Excel workbook (.xlsx)"), "vcf4": self.tr("vCard 4.0"),
                "vcf3": self.tr("vCard 3.0 (older phones)"), "ics": self.tr("iCalendar (.ics)")}

    def _fill_formats(self) -> None:
        names = self._format_names()
        self.format.blockSignals(True)
        self.format.clear()
        for key in formats_for(self.kind.currentData()):
            self.format.addItem(names[key], key)
        self.format.blockSignals(False)
        self._fix_suffix()

    def _fix_suffix(self) -> None:
        text = self.path.text().strip()
        if text and self.format.currentData():
            self.path.setText(str(Path(text).with_suffix(FORMATS[self.format.currentData()].suffix)))

    def browse(self) -> None:
        suffix = FORMATS[self.format.currentData()].suffix
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Export to"), f"{self.kind.currentData()}{suffix}",
                                               f"*{suffix}")
        if path:
            self.path.setText(path)
            self._fix_suffix()

    def export(self) -> None:
        kind, fair, fmt = self.kind.currentData(), self.fair.currentData(), FORMATS[self.format.currentData()]
        text = self.path.text().strip()
        if not text:
            self._show(self.tr("Choose where to save the file."), ERROR_STYLE)
            return
        if kind == "schedule" and not fair:
            self._show(self.tr("Choose the fair whose schedule to export."), ERROR_STYLE)
            return
        path = Path(text).with_suffix(fmt.suffix)
        lang = self.ctx.lang
        record_kind = "leads" if kind == "schedule" else kind

        def op(crm: Any, _c: Any) -> tuple[int, list[Any]]:
            warnings: list[Any] = []  # CP932: each character written as 〓, with its row and column
            count = crm.io.export_file(record_kind, path, fair=fair, encoding=fmt.encoding, vcard_version=fmt.vcard,
                                       lang=lang, warnings=warnings)
            return count, warnings

        self.export_button.setEnabled(False)
        self._show(self.tr("Exporting…"), OK_STYLE)
        self.ctx.jobs.run("export", op, owner=self, on_done=lambda done: self._exported(*done, path),
                          on_error=self._failed, subject=path.name)

    def _exported(self, count: int, warnings: list[Any], path: Path) -> None:
        self.written = count
        self.export_button.setEnabled(True)
        text = fill(self.tr("Exported %n record(s) to %1.", "", count), str(path))
        if not warnings:
            self._show(text, OK_STYLE)
            return
        where = [fill(self.tr("row %1 “%2” (%3)"), str(w.row), str(w.column), w.params["char"])
                 for w in warnings[:5]]
        more = fill(self.tr(" and %1 more"), str(len(warnings) - 5)) if len(warnings) > 5 else ""
        lost = self.tr("%n character(s) that CP932 cannot hold were written as 〓: %1%2.", "", len(warnings))
        self._show(formats.sentences((text, fill(lost, formats.listed(where, self.ctx.lang), more)), self.ctx.lang),
                   WARNING_STYLE)  # the cells' text last

    def _failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self._show(fill(self.tr("Not exported: %1"), error_text(error, self.ctx.lang)), ERROR_STYLE)

    def _show(self, text: str, style: str) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)


def open_export_dialog(ctx: AppContext, kind: str = "contacts", fair_id: str | None = None,
                       parent: QWidget | None = None) -> ExportDialog:
    dialog = ExportDialog(ctx, kind, fair_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
