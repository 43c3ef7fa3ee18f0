"""A staff member's working day at 1366×768, in Japanese and English (issue [daily-use]): every main list's
first screen shows its dates, yen amounts and names whole, and every empty list says what to do."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics

from tests.ui.app_support import make_context, settle
from ui import i18n
from ui.editors.declarations import FORMS
from ui.lists import RecordListView
from ui.main_window import MainWindow
from ui.views import AREAS

# The kinds of value that must never be cut (free text may stop at the column's cap).
WHOLE_KINDS = {"date", "datetime", "money", "int", "year", "float", "country", "enum", "record_type", "bool",
               "phone"}


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


def _laptop_window(qtbot, ctx) -> MainWindow:
    """The main window shown at 1366×768, the common office laptop's screen."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_main_list_shows_its_first_screen_uncut_at_1366x768(qtbot, demo_crm, lang):
    ctx = make_context(demo_crm, lang=lang)
    ctx.settings.set("column_state", {})  # first use
    i18n.setup(lang)
    try:
        window = _laptop_window(qtbot, ctx)
        views = _list_views(window)
        assert {v.record_type for v in views} >= {"contact", "organization", "lead", "bid", "fair", "student",
                                                  "task"}
        checked, seen_sorted = 0, set()
        for view in views:
            if not view.isVisible():  # a list in a tab not shown yet: show it, so that it loads
                _show_in_tabs(view)
            settle(qtbot, ctx)
            checked += _assert_columns_fit(view)
            header = view.table.horizontalHeader()
            sort = header.sortIndicatorSection()  # the column the list is ordered by shows on first use
            if view.isVisible():
                seen_sorted.add(view.record_type)
                assert header.sectionViewportPosition(sort) + header.sectionSize(sort) <= \
                    view.table.viewport().width(), f"{view.record_type}: its sort column is off-screen"
                # every column in view: the free-text ones give up width before the table scrolls sideways
                assert not view.table.horizontalScrollBar().isVisible(), f"{view.record_type}: scrolls sideways"
        assert seen_sorted >= {"lead", "contact", "organization", "bid", "fair"}
        assert checked > 300  # cells of the first screens, not an empty check
    finally:
        i18n.uninstall()
        ctx.jobs.wait(20_000)


def test_a_list_saved_in_japanese_then_opened_in_english_shows_titles_and_values_whole(qtbot, demo_crm):
    ctx = make_context(demo_crm, lang="ja")
    ctx.settings.set("column_state", {})
    for lang in ("ja", "en"):  # the same settings: English starts from the layout Japanese saved
        ctx.lang = lang
        i18n.setup(lang)
        try:
            view = RecordListView(ctx, "bid")
            qtbot.addWidget(view)
            view.resize(1180, 700)
            view.show()
            settle(qtbot, ctx)
            view.columns.save()
            assert _assert_columns_fit(view) > 0
        finally:
            i18n.uninstall()
    # the English list took the Japanese layout but fitted its own widths, and each language keeps its own
    assert not view.columns.restored and set(ctx.settings.get("column_state")) == {"bid@ja", "bid@en"}
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
        phone = column.key.startswith("phone")  # whatever its kind: a number cut short misleads
        if column.kind.split(":")[0] not in WHOLE_KINDS and not phone and section > 0:
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


# ---------------------------------------------------------------- the demo reads naturally in Japanese
def _live(crm, record_type: str, columns: list[str]) -> list[dict]:
    ids = crm.lists.ids(record_type)
    return list(crm.lists.rows(record_type, ids, columns).values())


def test_the_demo_names_staff_in_kanji_and_gives_japanese_task_titles(demo_crm):
    import re

    owners = {r["owner"] for t in ("lead", "organization", "contact", "bid", "fair") for r in _live(demo_crm, t, ["owner"])}
    owners |= {r["assignee"] for r in _live(demo_crm, "task", ["assignee"])}
    romanised = sorted(o for o in owners if o and re.search("[A-Za-z]", o))
    assert romanised == []  # 渡辺 健, never "Watanabe"
    titles = [r["title"] for r in _live(demo_crm, "task", ["title"])]
    assert titles and [t for t in titles if t.isascii()] == []
    # staff's words before a name; a booth's lead is titled by the buyer and their company, as written on the card
    titles = [lead["title"] for lead in demo_crm.leads.list(limit=None) if lead["source"] != "booth"]
    assert titles and [t for t in titles if t.split(":")[0].isascii()] == []
    actions = [r["next_action"] for r in _live(demo_crm, "lead", ["next_action"]) if r["next_action"]]
    assert actions and [a for a in actions if a.isascii()] == []  # staff write their next steps in Japanese


def test_the_first_screen_of_contacts_repeats_no_name_four_times(demo_crm):
    from collections import Counter

    first = demo_crm.lists.ids("contact", order_by="display_name", limit=40)
    names = Counter(r["display_name"] for r in demo_crm.lists.rows("contact", first, ["display_name"]).values())
    assert max(names.values()) < 4, names.most_common(3)


# ---------------------------------------------------------------- editors: titled by the record, no JSON
@pytest.fixture
def ja_ctx(qtbot, demo_crm, monkeypatch):
    from ui.editors.editor import RecordEditor
    from ui.qt import QApplication

    monkeypatch.setattr(RecordEditor, "ask_save_changes", lambda self: "discard")
    ctx = make_context(demo_crm, lang="ja")
    i18n.setup("ja")
    yield ctx
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, RecordEditor) and widget.isVisible():
            widget.close()
    ctx.jobs.wait(20_000)
    i18n.uninstall()


@pytest.mark.parametrize("record_type", list(FORMS))
def test_an_existing_record_opens_titled_by_its_name_and_no_field_shows_json_or_codes(qtbot, ja_ctx, demo_crm,
                                                                                      record_type):
    import re

    from ui.editors import open_editor
    from ui.qt import QComboBox, QLabel, QLineEdit, QPlainTextEdit

    rows = demo_crm.service(record_type).list(limit=1)
    if not rows:
        pytest.skip(f"no {record_type} in the small demo")
    editor = open_editor(ja_ctx, record_type, rows[0]["id"])
    editor.resize(1366, 768)
    settle(qtbot, ja_ctx)
    assert "新規" not in editor.windowTitle() and editor.windowTitle().strip("*[] ")
    assert editor.tabs.widget(0).horizontalScrollBar().maximum() == 0  # the form fits: no field cut at the right
    texts = [w.text() for w in editor.findChildren(QLineEdit) + editor.findChildren(QLabel)]
    texts += [w.toPlainText() for w in editor.findChildren(QPlainTextEdit)]
    assert [t for t in texts if t.lstrip().startswith(("{", "[{", '{"'))] == []
    # a country or a language by its name, never its code: 日本, not 日本 (JP) nor ja
    combos = [c.itemText(i) for c in editor.form.findChildren(QComboBox) for i in range(c.count())]
    assert [t for t in combos if re.search(r"\([A-Z]{2}\)$", t)] == []
    for name, row in editor.form.rows.items():
        value = rows[0].get(name)
        if name.endswith("_jpy") and isinstance(value, int) and value >= 1000:  # yen with digit grouping
            assert row.widget.line.text() == f"{value:,}", name
        if name in ("languages", "country") and value:
            assert not re.fullmatch(r"[a-zA-Z]{2}(,[a-z]{2})*", editor_text(row.widget)), name
        if row.decl.kind == "timezone" and value:  # 中国（上海）時間, not Asia/Shanghai
            assert "/" not in editor_text(row.widget), name


def editor_text(widget) -> str:
    from ui.qt import QComboBox, QLineEdit

    combos = [c.currentText() for c in widget.findChildren(QComboBox)]
    lines = [e.text() for e in widget.findChildren(QLineEdit) if not isinstance(e.parent(), QComboBox)]
    return ", ".join(combos + lines)


def test_every_related_panel_names_the_other_side_and_has_add(qtbot, ja_ctx, demo_crm):
    from ui.editors import open_editor
    from ui.editors.panels import RELATED, RelatedPanel

    checked = 0
    for record_type in RELATED:
        if record_type not in demo_crm.lists.record_types():
            continue
        ids = demo_crm.lists.ids(record_type, limit=1)
        if not ids:
            continue
        editor = open_editor(ja_ctx, record_type, ids[0])
        settle(qtbot, ja_ctx)
        for panel in editor.findChildren(RelatedPanel):
            checked += 1
            assert panel.add_button.isEnabled(), (record_type, panel.child_type)
            assert not any(str(c.key).endswith("_id") for c in panel.model.columns), (record_type, panel.child_type)
            empty = panel.model.rowCount() == 0
            assert panel.empty_state.isVisibleTo(panel) == empty  # an empty panel says so and offers Add
        editor.close()
    assert checked >= 8


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_match_boards_cards_show_their_text_whole_at_1366x768(qtbot, demo_crm, lang):
    ctx = make_context(demo_crm, lang=lang)
    i18n.setup(lang)
    try:
        board = _laptop_window(qtbot, ctx).show_area("matches").board.board
        settle(qtbot, ctx)
        faces = list(board._faces.values())
        assert len(faces) >= 3
        view = board.view
        # every stage in view, and every card as tall as its wrapped text needs (nothing cut at the bottom)
        assert sum(view.columnWidth(c) for c in range(board.model.columnCount())) <= view.viewport().width()
        cut = [face.text() for face in faces if face.heightForWidth(face.width()) > face.height()]
        assert cut == []
        for face in faces:  # no single word (a name) wider than its card
            bold = face.font()
            bold.setBold(True)
            room = face.contentsRect().width()
            title = face.text().split("</b>")[0].removeprefix("<b>")
            assert max(QFontMetrics(bold).horizontalAdvance(word) for word in title.split()) <= room, title
    finally:
        ctx.jobs.wait(10_000)
        i18n.uninstall()
