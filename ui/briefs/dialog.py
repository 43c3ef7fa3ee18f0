"""The brief dialog: choose the language and paper, write the pack on a worker (progress, cancel), then
preview it and save a copy or open it in the system's PDF viewer (which prints it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sapporo_mice import paths
from sapporo_mice.formats import fill
from ui.context import AppContext
from ui.feedback import error_text, message_label
from ui.qt import (
    QCheckBox,
    QComboBox,
    QDesktopServices,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    Qt,
    QUrl,
    QVBoxLayout,
    QWidget,
    pdf_widgets,
)


def briefs_dir() -> Path:
    """Where the packs are written before the user saves a copy (the app's data folder)."""
    folder = paths.data_dir() / "briefs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class BriefDialog(QDialog):
    def __init__(self, ctx: AppContext, kind: str, record_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.kind, self.record_id = ctx, kind, record_id
        self.made: Any = None  # the Brief once written
        self._job: Any = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Briefing pack"))
        self.resize(900, 700)

        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Japanese"), "ja")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(0 if ctx.lang == "ja" else 1)
        form.addRow(self.tr("Language"), self.language)
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("A4"), "A4")
        self.paper.addItem(self.tr("Letter (North America)"), "Letter")
        form.addRow(self.tr("Paper"), self.paper)
        self.bilingual = QCheckBox(self.tr("Japanese and English together"), self)
        self.bilingual.setVisible(kind == "company")
        if kind == "company":
            form.addRow("", self.bilingual)

        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.message = message_label(self)
        self.message.setVisible(False)

        self.create_button = QPushButton(self.tr("Create PDF"), self)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button = QPushButton(self.tr("Save as…"), self)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_as)
        self.open_button = QPushButton(self.tr("Open in PDF viewer (print)"), self)
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_external)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.create_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.save_button, self.open_button, close):
            buttons.addWidget(button)

        self.preview_holder = QVBoxLayout()
        self.placeholder = QLabel(self.tr("Choose the language and paper, then Create PDF. The pack is written "
                                          "in the background; you can keep working."), self)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_holder.addWidget(self.placeholder, 1)
        self.document: Any = None
        self.view: Any = None

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(self.preview_holder, 1)
        layout.addLayout(buttons)

    # --- writing ---------------------------------------------------------------------------------------

    def create(self) -> None:
        lang, paper = self.language.currentData(), self.paper.currentData()
        options = {"bilingual": True} if self.kind == "company" and self.bilingual.isChecked() else {}
        kind, record_id, actor = self.kind, self.record_id, self.ctx.actor
        folder = briefs_dir()

        def op(crm: Any, control: Any) -> Any:  # the actor: a student's sheet is logged under the user's name
            return crm.reports.build(kind, record_id, folder, lang=lang, paper=paper, actor=actor,
                                     progress=lambda page, expected: control.progress(page, expected), **options)

        self._busy(True)
        self._job = self.ctx.jobs.run("brief", op, owner=self, on_done=self._done, on_error=self._failed,
                                      on_progress=self._progressed, on_cancelled=self._cancelled)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.message.setVisible(False)
        for widget in (self.create_button, self.language, self.paper, self.bilingual):
            widget.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        if busy:
            self.save_button.setEnabled(False)
            self.open_button.setEnabled(False)

    def _progressed(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(total, done, 1))
        self.progress.setValue(done)
        self.progress.setFormat(fill(self.tr("Page %1"), str(done)))

    def _done(self, made: Any) -> None:
        self._job = None
        self._busy(False)
        self.made = made
        self.save_button.setEnabled(True)
        self.open_button.setEnabled(True)
        self.setWindowTitle(made.title)
        self._show_preview(made.path)

    def _failed(self, error: BaseException) -> None:
        self._job = None
        self._busy(False)
        self.message.setText(error_text(error, self.ctx.lang))
        self.message.setVisible(True)

    def _cancelled(self) -> None:
        self._job = None
        self._busy(False)
        self.message.setText(self.tr("Cancelled: no PDF was written."))
        self.message.setVisible(True)

    # --- preview, save, open ---------------------------------------------------------------------------

    def _show_preview(self, path: Path) -> None:
        widgets = pdf_widgets()
        if widgets is None:
            self.placeholder.setText(self.tr("The PDF is ready (%n page(s)). This installation cannot preview "
                                             "it: open it in your PDF viewer.", "", self.made.pages))
            return
        document_class, view_class = widgets
        if self.view is None:
            self.document = document_class(self)
            self.view = view_class(self)
            self.view.setPageMode(view_class.PageMode.MultiPage)
            self.view.setZoomMode(view_class.ZoomMode.FitToWidth)
            self.view.setDocument(self.document)
            self.preview_holder.removeWidget(self.placeholder)
            self.placeholder.hide()
            self.preview_holder.addWidget(self.view, 1)
        self.document.close()
        self.document.load(str(path))

    def save_as(self) -> None:
        if self.made is None:
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF"), str(Path.home() / self.made.path.name),
                                                self.tr("PDF files (*.pdf)"))
        if not target:
            return
        source = self.made.path

        def op(crm: Any, _control: Any) -> Path:
            return crm.reports.save_copy(source, target)

        self.ctx.jobs.run("save_brief", op, owner=self, on_done=self._saved, on_error=self._failed,
                          serial=False)

    def _saved(self, path: Path) -> None:
        self.message.setStyleSheet("")
        self.message.setText(fill(self.tr("Saved to %1"), str(path)))
        self.message.setVisible(True)

    def open_external(self) -> None:
        if self.made is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.made.path)))

    def closeEvent(self, event: Any) -> None:
        self.cancel()
        if self.document is not None:
            self.document.close()
        super().closeEvent(event)
