"""The history tab: who changed which field, when, from what, to what."""

from __future__ import annotations

import pytest

from sapporo_mice.settings import Settings
from tests.ui.app_support import settle
from ui.context import AppContext
from ui.editors import open_editor
from ui.editors.editor import RecordEditor
from ui.editors.panels import HistoryPanel
from ui.jobs import JobRunner
from ui.qt import QApplication


@pytest.fixture
def ctx(qtbot, crm, monkeypatch):
    monkeypatch.setattr(RecordEditor, "ask_save_changes", lambda self: "discard")
    settings = Settings()
    settings.set("user_name", "tanaka")
    context = AppContext(settings, JobRunner(), "ja", crm=crm)
    yield context
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, RecordEditor) and widget.isVisible():
            widget.close()
    context.jobs.wait(10_000)
    qtbot.wait(20)


def cells(panel: HistoryPanel) -> list[list[str]]:
    model = panel.model
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_history_tab_shows_a_field_change_made_in_the_editor(qtbot, ctx, crm):
    org = crm.organizations.create({"name": "Lim Trading", "industry": "food"}, actor="suzuki")
    editor = open_editor(ctx, "organization", org.id)
    settle(qtbot, ctx)
    line = editor.form.rows["industry"].widget.combo.lineEdit()  # an industry of the list, or words of one's own
    line.setText("水産加工")
    line.textEdited.emit("水産加工")
    editor.save()
    settle(qtbot, ctx)
    rows = cells(editor.history)
    assert rows[0][1:] == ["tanaka", "Industry", "食品・飲料", "水産加工"]  # the code by its label, typed words as typed
    assert rows[-1][1] == "suzuki" and rows[-1][2] == "Created"


def test_history_shows_enum_labels_and_passes_the_model_tester(qtbot, qtmodeltester, ctx, crm):
    lead = crm.leads.create({"title": "SIAL buyer", "status": "new"}, actor="suzuki")
    crm.leads.update(lead.id, {"status": "qualified"}, actor="sato")
    panel = HistoryPanel(ctx, "lead")
    qtbot.addWidget(panel)
    panel.load(lead.id)
    settle(qtbot, ctx)
    first = cells(panel)[0]
    assert first[1] == "sato" and first[3] != "new" and first[4] != "qualified"
    assert first[3] and first[4]
    qtmodeltester.check(panel.model)
