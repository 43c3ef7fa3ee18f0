"""Activities, tasks and attachments of any record: log, add, complete, attach by drag and drop, open.

Attachments are stored content-addressed by the core (``crm.attachments.attach_file``); opening one
copies it under its own file name into a temporary folder first, so the OS picks the right viewer.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path
from typing import Any

from sapporo_mice import formats
from sapporo_mice.enums import ActivityKind
from ui.editors.field_labels import type_label
from ui.rows import Column, RowsModel
from ui.editors.panels import make_table
from ui.values import enum_label, format_datetime
from ui.editors.widgets import DateWidget
from ui.qt import (
    QAbstractItemView,
    QComboBox,
    QCoreApplication,
    QDesktopServices,
    QFileDialog,
    QHBoxLayout,
    QIcon,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPixmap,
    QPushButton,
    QSize,
    Qt,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)


def is_linkable(ctx, record_type: str) -> bool:
    """Whether activities, tasks and attachments can hang on this type of record."""
    return record_type in ctx.crm.activities.linkable_types


class _LinkedPanel(QWidget):
    """Shared loading for the three panels; ``record_type``/``record_id`` name the owner record."""

    open_record = Signal(str, str)
    service_name = ""

    def __init__(self, ctx, record_type: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.record_type = ctx, record_type
        self.record_id: str | None = None

    def load(self, record_id: str) -> None:
        self.record_id = record_id
        name, owner = self.service_name, self.record_type
        self.ctx.jobs.run("related", lambda crm, _c: crm.service(name).for_record(owner, record_id), owner=self,
                          on_done=self.show_rows, serial=False)

    def show_rows(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_rows(rows)

    def write(self, op) -> None:
        """Run ``op(service)`` (a write of this panel's record type), publish what changed, reload this panel."""
        name = self.service_name

        def done(result) -> None:
            self.ctx.publish(result.changes if hasattr(result, "changes") else result)
            self.load(self.record_id)

        self.ctx.jobs.run("save", lambda crm, _c: op(crm.service(name)), owner=self, on_done=done,
                          on_error=self.failed, subject=type_label(name))

    def failed(self, error: BaseException) -> None:
        message = error.message(self.ctx.lang) if hasattr(error, "message") else str(error)
        self.status.setText(message)


class ActivitiesPanel(_LinkedPanel):
    service_name = "activity"

    def __init__(self, ctx, record_type: str, parent=None) -> None:
        super().__init__(ctx, record_type, parent)
        self.model = RowsModel([
            Column("occurred_at", self.tr("When"), lambda r: format_datetime(r["occurred_at"])),
            Column("kind", self.tr("Kind"), lambda r: enum_label(ActivityKind, r["kind"])),
            Column("subject", self.tr("Subject")),
            Column("owner", self.tr("By")),
            Column("participants", self.tr("Participants"),
                   lambda r: formats.listed((p["name"] for p in r.get("participants") or ()), self.ctx.lang)),
        ], self)
        self.view = make_table(self.model, self)
        self.view.doubleClicked.connect(lambda i: self.open_record.emit("activity", self.model.row_at(i)["id"]))
        self.kind = QComboBox(self)
        for member in ActivityKind:
            self.kind.addItem(enum_label(ActivityKind, member.value), member.value)
        self.subject = QLineEdit(self)
        self.subject.setPlaceholderText(self.tr("What happened (Enter to log)"))
        self.subject.returnPressed.connect(self.log_activity)
        self.log_button = QPushButton(self.tr("Log activity"), self)
        self.log_button.clicked.connect(self.log_activity)
        self.status = QLabel(self)
        entry = QHBoxLayout()
        entry.addWidget(self.kind)
        entry.addWidget(self.subject, 1)
        entry.addWidget(self.log_button)
        layout = QVBoxLayout(self)
        layout.addLayout(entry)
        layout.addWidget(self.status)
        layout.addWidget(self.view)

    def log_activity(self) -> None:
        subject = self.subject.text().strip()
        if not subject or not self.record_id:
            return
        values = {"kind": self.kind.currentData(), "subject": subject, "owner": self.ctx.actor,
                  "occurred_at": dt.datetime.now(dt.timezone.utc), "record_type": self.record_type,
                  "record_id": self.record_id}
        self.subject.clear()
        actor = self.ctx.actor
        self.write(lambda service: service.create(values, actor=actor))


class TasksPanel(_LinkedPanel):
    service_name = "task"

    def __init__(self, ctx, record_type: str, parent=None) -> None:
        super().__init__(ctx, record_type, parent)
        self.model = RowsModel([
            Column("done", self.tr("Done"), checkable=True),
            Column("title", self.tr("Task")),
            Column("due_on", self.tr("Due")),
            Column("assignee", self.tr("Assignee")),
        ], self)
        self.model.toggled.connect(self.set_done)
        self.view = make_table(self.model, self)
        self.view.doubleClicked.connect(lambda i: self.open_record.emit("task", self.model.row_at(i)["id"]))
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("New task (Enter to add)"))
        self.title.returnPressed.connect(self.add_task)
        self.due = DateWidget(self)
        self.add_button = QPushButton(self.tr("Add task"), self)
        self.add_button.clicked.connect(self.add_task)
        self.status = QLabel(self)
        entry = QHBoxLayout()
        entry.addWidget(self.title, 1)
        entry.addWidget(QLabel(self.tr("Due"), self))
        entry.addWidget(self.due)
        entry.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(entry)
        layout.addWidget(self.status)
        layout.addWidget(self.view)

    def add_task(self) -> None:
        title = self.title.text().strip()
        if not title or not self.record_id:
            return
        values = {"title": title, "due_on": self.due.raw(), "assignee": self.ctx.actor,
                  "record_type": self.record_type, "record_id": self.record_id}
        self.title.clear()
        self.due.set_value(None)
        actor = self.ctx.actor
        self.write(lambda service: service.create(values, actor=actor))

    def set_done(self, row: dict[str, Any], done: bool) -> None:
        task_id, version = row["id"], row["version"]
        actor = self.ctx.actor
        self.write(lambda service: service.update(task_id, {"done": done}, actor=actor, expected_version=version))


class AttachmentsPanel(_LinkedPanel):
    """Files dropped here (or picked) are stored by SHA-256; images show a thumbnail."""

    service_name = "attachment"
    THUMB = QSize(96, 96)

    def __init__(self, ctx, record_type: str, parent=None) -> None:
        super().__init__(ctx, record_type, parent)
        self.setAcceptDrops(True)
        self.list = QListWidget(self)
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(self.THUMB)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setGridSize(QSize(150, 140))
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemActivated.connect(self.open_item)
        self.hint = QLabel(self.tr("Drop files here to attach them, or:"), self)
        self.pick_button = QPushButton(self.tr("Attach files…"), self)
        self.pick_button.clicked.connect(self.pick_files)
        self.status = QLabel(self)
        self.rows: list[dict[str, Any]] = []
        top = QHBoxLayout()
        top.addWidget(self.hint)
        top.addWidget(self.pick_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.list)

    def show_rows(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(self._icon(row), f"{row['filename']}\n{formats.file_size(row['size'], self.ctx.lang)}")
            item.setData(Qt.ItemDataRole.UserRole, row)
            item.setToolTip(f"{row['filename']} · SHA-256 {row['sha256'][:12]}…")
            self.list.addItem(item)

    def _icon(self, row: dict[str, Any]) -> QIcon:
        if (row.get("mime_type") or "").startswith("image/"):
            pixmap = QPixmap(str(self.ctx.crm.attachments.path_of(row["sha256"])))
            if not pixmap.isNull():
                return QIcon(pixmap.scaled(self.THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))
        return self.style().standardIcon(self.style().StandardPixmap.SP_FileIcon)

    def attach(self, paths: list[Path]) -> None:
        if not self.record_id or not paths:
            return
        owner, record_id, actor = self.record_type, self.record_id, self.ctx.actor

        def op(crm, control):
            from sapporo_mice.changes import Changes

            changes = Changes()
            for done, path in enumerate(paths):
                control.progress(done, len(paths), path.name)
                changes.merge(crm.attachments.attach_file(path, owner, record_id, actor=actor).changes)
            return changes
        self.status.setText(self.tr("Attaching…"))

        def done(changes) -> None:
            self.status.setText("")
            self.ctx.publish(changes)
            self.load(self.record_id)
        self.ctx.jobs.run("attach", op, owner=self, on_done=done, on_error=self.failed)

    def pick_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        self.attach([Path(n) for n in names])

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        self.attach([p for p in paths if p.is_file()])
        event.acceptProposedAction()

    def open_item(self, item: QListWidgetItem) -> None:
        self.open_attachment(item.data(Qt.ItemDataRole.UserRole))

    def open_attachment(self, row: dict[str, Any]) -> bool:
        return open_attachment(self.ctx, row)


def open_attachment(ctx, row: dict[str, Any]) -> bool:
    """Open an attachment (a row with its ``sha256`` and ``filename``) in the computer's own viewer."""
    stored = ctx.crm.attachments.path_of(row["sha256"])
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(viewable_copy(stored, row))))


def open_file_button(editor: Any) -> QPushButton | None:
    """An attachment's window: "Open the file" in the computer's viewer, once the record is loaded (one reached
    from the search had no way to see its file). None for other types."""
    if editor.record_type != "attachment":
        return None
    button = QPushButton(editor.style().standardIcon(editor.style().StandardPixmap.SP_FileIcon),
                         QCoreApplication.translate("AttachmentsPanel", "Open the file"), editor)
    button.clicked.connect(lambda: editor.record and open_attachment(editor.ctx, editor.record))
    return button


def viewable_copy(stored: Path, row: dict[str, Any]) -> Path:
    """The stored blob (at ``stored``) under its own name, in a temp folder, so the OS viewer knows its type."""
    folder = Path(tempfile.gettempdir()) / "sapporo-mice-open" / row["sha256"][:16]
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / Path(row["filename"]).name
    if not target.exists():
        shutil.copyfile(stored, target)
    return target


