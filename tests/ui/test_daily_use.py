"""A staff member's working day at 1366×768, in Japanese and English (issue [daily-use]): every main list's
first screen shows its dates, yen amounts and names whole, and every empty list says what to do."""

from __future__ import annotations

import pytest

from tests.ui.app_support import make_context, settle
from ui import i18n
from ui.lists import RecordListView
from ui.main_window import MainWindow
from ui.views import AREAS

# The kinds of value that must never be cut (free text may stop at the column's cap).
WHOLE_KINDS = {"date", "datetime", "money", "int", "year", "float", "country", "enum", "record_type", "bool"}


@pytest.fixture(scope="module")
def demo_crm(tmp_path_factory):
    from sapporo_mice.crm import Crm

    path = tmp_path_factory.mktemp("daily") / "demo.db"
    crm = Crm.open(f"sqlite:///{path.as_posix()}", device_id="00000000-0000-7000-8000-000000000012")
    crm.add_demo_data(scale=0.05, seed=12)
    yield crm
    crm.close()


def _list_views(window: MainWindow) -> list[RecordListView]:
    found = []
    for area in AREAS:
        view = window.show_area(area.key)
        found += [v for v in [view, *view.findChildren(RecordListView)] if isinstance(v, RecordListView)]
    return found


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_main_list_shows_its_first_screen_uncut_at_1366x768(qtbot, demo_crm, lang):
    ctx = make_context(demo_crm, lang=lang)
    i18n.setup(lang)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        views = _list_views(window)
        assert {v.record_type for v in views} >= {"contact", "organization", "lead", "bid", "fair", "student",
                                                  "task"}
        checked = 0
        for view in views:
            if not view.isVisible():  # a list in a tab not shown yet: show it, so that it loads
                _show_in_tabs(view)
            settle(qtbot, ctx)
            checked += _assert_columns_fit(view)
        assert checked > 300  # cells of the first screens, not an empty check
    finally:
        i18n.uninstall()
        ctx.jobs.wait(20_000)


def _show_in_tabs(view: RecordListView) -> None:
    from ui.qt import QTabWidget

    child, parent = view, view.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget) or isinstance(parent.parentWidget(), QTabWidget):
            tabs = parent if isinstance(parent, QTabWidget) else parent.parentWidget()
            tabs.setCurrentIndex(tabs.indexOf(child) if tabs.indexOf(child) >= 0 else tabs.indexOf(parent))
        child, parent = parent, parent.parentWidget()
    view.show()


def _assert_columns_fit(view: RecordListView) -> int:
    """Every visible title, and every value of the first screen that must show whole, fits its column."""
    header, metrics, model = view.table.horizontalHeader(), view.table.fontMetrics(), view.model
    cut, checked = [], 0
    for section, column in enumerate(model.columns):
        if header.isSectionHidden(section):
            continue
        # the title, with room for the sort arrow
        if header.sectionSize(section) < header.sectionSizeHint(section):
            cut.append((view.record_type, column.key, "title"))
        if column.kind.split(":")[0] not in WHOLE_KINDS and section > 0:
            continue
        for row in range(min(model.rowCount(), 40)):
            text = model.index(row, section).data() or ""
            checked += 1
            if metrics.horizontalAdvance(text) > header.sectionSize(section) - 6:
                cut.append((view.record_type, column.key, text))
    assert cut == []
    return checked


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_an_empty_list_says_what_belongs_there_and_offers_new(qtbot, sqlite_crm, lang):
    ctx = make_context(sqlite_crm, lang=lang)
    i18n.setup(lang)
    try:
        view = RecordListView(ctx, "organization")
        qtbot.addWidget(view)
        view.resize(1000, 500)
        view.show()
        settle(qtbot, ctx)
        assert view.empty_state.isVisible() and not view.table.isVisible()
        text = view.empty_state.label.text()
        assert ("企業・団体" in text and "新規作成" in text) if lang == "ja" else "Company" in text
        assert view.empty_state.button.text() == view.new_action.text()
        sqlite_crm.organizations.create({"name": "札幌食品株式会社"}, actor="tanaka")
        view.model.reload()
        settle(qtbot, ctx)
        assert view.table.isVisible() and not view.empty_state.isVisible()
        view.filter_edit.setText("該当なしの名前")
        view._apply_filter_now()
        settle(qtbot, ctx)
        assert view.empty_state.isVisible()
        view.empty_state.button.click()  # "Show all"
        settle(qtbot, ctx)
        assert view.table.isVisible() and view.model.rowCount() == 1 and view.filter_edit.text() == ""
    finally:
        i18n.uninstall()
        ctx.jobs.wait(20_000)


def test_the_list_actions_have_icons_and_open_delete_refresh_are_buttons(qtbot, sqlite_crm):
    from ui.views.fairs import FairsView

    ctx = make_context(sqlite_crm)
    view = FairsView(ctx)
    qtbot.addWidget(view)
    missing = [a.text() for a in view.record_actions() if a.icon().isNull()]
    assert missing == []
    assert [b.defaultAction() for b in view.tool_buttons] == [view.new_action, view.open_action, view.delete_action,
                                                              view.refresh_action]
    ctx.jobs.wait(20_000)
