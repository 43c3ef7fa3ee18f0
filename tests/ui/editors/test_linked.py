"""Activities, tasks and attachments on a record: log, add, complete, drop a file, thumbnail."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from sapporo_mice.services.activities import blob_path
from sapporo_mice.settings import Settings
from tests.ui.app_support import settle
from ui.context import AppContext
from ui.editors.linked import (
    ActivitiesPanel,
    AttachmentsPanel,
    TasksPanel,
    viewable_copy,
)
from ui.jobs import JobRunner
from ui.qt import QColor, QDropEvent, QImage, QMimeData, QPointF, Qt, QUrl


@pytest.fixture
def ctx(qtbot, crm):
    settings = Settings()
    settings.set("user_name", "tanaka")
    context = AppContext(settings, JobRunner(), "ja", crm=crm)
    yield context
    context.jobs.wait(10_000)


@pytest.fixture
def org(crm):
    return crm.organizations.create({"name": "サッポロ食品"}, actor="suzuki")


def panel_for(qtbot, ctx, cls, org):
    panel = cls(ctx, "organization")
    qtbot.addWidget(panel)
    panel.load(org.id)
    settle(qtbot, ctx)
    return panel


def test_logging_an_activity_links_it_to_the_record(qtbot, qtmodeltester, ctx, crm, org):
    panel = panel_for(qtbot, ctx, ActivitiesPanel, org)
    panel.subject.setText("商談（札幌）")
    panel.subject.returnPressed.emit()
    settle(qtbot, ctx)
    rows = crm.activities.for_record("organization", org.id)
    assert [r["subject"] for r in rows] == ["商談（札幌）"] and rows[0]["owner"] == "tanaka"
    assert panel.model.rowCount() == 1
    qtmodeltester.check(panel.model)


def test_adding_and_completing_a_task(qtbot, qtmodeltester, ctx, crm, org):
    panel = panel_for(qtbot, ctx, TasksPanel, org)
    panel.title.setText("見積書を送る")
    panel.add_button.click()
    settle(qtbot, ctx)
    assert panel.model.rowCount() == 1
    index = panel.model.index(0, 0)
    assert panel.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    settle(qtbot, ctx)
    task = crm.tasks.for_record("organization", org.id)[0]
    assert task["done"] and task["done_at"] is not None
    assert panel.model.data(panel.model.index(0, 0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    qtmodeltester.check(panel.model)


def test_a_dropped_file_is_stored_by_sha256(qtbot, ctx, crm, org, tmp_path):
    source = tmp_path / "見積書.pdf"
    source.write_bytes(b"%PDF-1.4 quote")
    panel = panel_for(qtbot, ctx, AttachmentsPanel, org)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(event)
    settle(qtbot, ctx)
    digest = hashlib.sha256(b"%PDF-1.4 quote").hexdigest()
    rows = crm.attachments.for_record("organization", org.id)
    assert [(r["filename"], r["sha256"]) for r in rows] == [("見積書.pdf", digest)]
    assert blob_path(digest).read_bytes() == b"%PDF-1.4 quote"
    assert panel.list.count() == 1 and "見積書.pdf" in panel.list.item(0).text()
    copy = viewable_copy(crm.attachments.path_of(rows[0]["sha256"]), rows[0])
    assert copy.name == "見積書.pdf" and copy.read_bytes() == b"%PDF-1.4 quote"


def test_an_image_attachment_shows_a_thumbnail(qtbot, ctx, crm, org, tmp_path):
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    path = tmp_path / "booth.png"
    image.save(str(path))
    panel = panel_for(qtbot, ctx, AttachmentsPanel, org)
    panel.attach([path])
    settle(qtbot, ctx)
    icon = panel.list.item(0).icon()
    pixmap = icon.pixmap(panel.THUMB)
    assert not pixmap.isNull()
    assert pixmap.toImage().pixelColor(pixmap.width() // 2, pixmap.height() // 2) == QColor("red")
    name, size = panel.list.item(0).text().split("\n")  # its size as everywhere else: formats.file_size
    assert (name, size) == ("booth.png", f"{path.stat().st_size:,} バイト" if ctx.lang == "ja" else
                                         f"{path.stat().st_size:,} bytes")


def test_related_panels_name_the_other_side_of_a_participation():
    from ui.editors.panels import related_specs

    for parent, other in (("fair", "organization_name"), ("organization", "fair_name")):
        columns = next(cols for child, _link, cols in related_specs(parent) if child == "participation")
        assert columns[0].key == other  # a fair's exhibitors by company, a company's fairs by name


def test_an_attachments_own_window_opens_its_file_in_the_computers_viewer(qtbot, ctx, crm, org, tmp_path):
    """Reached from the search, an attachment's window had only its name and role: no way to see the file."""
    from ui.editors import open_editor
    from ui.qt import QDesktopServices, QObject, Slot

    source = tmp_path / "名刺.png"
    source.write_bytes(b"\x89PNG card")
    crm.attachments.attach_file(source, "organization", org.id, actor="suzuki")
    row = crm.attachments.for_record("organization", org.id)[0]

    class Viewer(QObject):  # Qt's own hook for file URLs: what the app asks the computer to open
        def __init__(self) -> None:
            super().__init__()
            self.opened: list[str] = []

        @Slot(QUrl)
        def show(self, url: QUrl) -> None:
            self.opened.append(url.toLocalFile())

    viewer = Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "show")
    try:
        editor = open_editor(ctx, "attachment", row["id"])
        qtbot.addWidget(editor)
        settle(qtbot, ctx)
        assert editor.open_file_button is not None and editor.open_file_button.isEnabled()
        editor.open_file_button.click()
        assert [Path(p).name for p in viewer.opened] == ["名刺.png"]
        assert Path(viewer.opened[0]).read_bytes() == b"\x89PNG card"
    finally:
        QDesktopServices.unsetUrlHandler("file")
    other = open_editor(ctx, "organization", org.id)
    qtbot.addWidget(other)
    assert other.open_file_button is None
