"""The fast record list: SQL filtering and sorting, the row cache, saved filters, columns, bulk delete + undo."""

from __future__ import annotations

import pytest

from tests.ui.app_support import make_context, settle, type_text
from ui import i18n, style
from ui.lists import ID_ROLE, ListQuery, RecordListView, RecordTableModel
from ui.lists import model as list_model
from ui.qt import QApplication, QFontDatabase, Qt

ACTOR = "tanaka"


@pytest.fixture
def ctx(qtbot, crm):
    context = make_context(crm)
    i18n.setup("en")
    yield context
    context.jobs.wait(10_000)
    i18n.uninstall()


@pytest.fixture
def contacts(crm):
    org = crm.organizations.create({"name": "札幌食品株式会社"}, actor=ACTOR).id
    rows = [
        {"family_name": "佐藤", "given_name": "花子", "family_name_kana": "さとう", "organization_id": org,
         "emails": ["hanako@example.jp"], "owner": ACTOR},
        {"family_name": "阿部", "given_name": "一郎", "family_name_kana": "あべ"},
        {"latin_name": "Chen Wei", "country": "SG"},
        {"family_name": "札幌", "given_name": "太郎", "family_name_kana": "さっぽろ"},
    ]
    return [crm.contacts.create(r, actor=ACTOR).id for r in rows]


def shown_view(qtbot, ctx, record_type) -> RecordListView:
    view = RecordListView(ctx, record_type)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    settle(qtbot, ctx)
    return view


def column_values(model: RecordTableModel, key: str) -> list[str]:
    column = [c.key for c in model.columns].index(key)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_record_model_passes_the_model_tester(qtbot, qtmodeltester, ctx, contacts):
    model = RecordTableModel(ctx, "contact")
    model.set_query(ListQuery(order_by="display_name"))
    settle(qtbot, ctx)
    for row in range(model.rowCount()):
        model.index(row, 0).data()
    settle(qtbot, ctx)
    qtmodeltester.check(model)


def test_a_cyrillic_name_in_the_list_takes_the_latin_face(qtbot, ctx, crm):
    # The Japanese face draws Cyrillic a full em wide: 「Г а н з о р и г」 in the talent and contact lists.
    style.apply(QApplication.instance())
    crm.contacts.create({"family_name": "Болд", "given_name": "Ганзориг", "country": "MN"}, actor=ACTOR)
    crm.contacts.create({"family_name": "山田", "given_name": "太郎"}, actor=ACTOR)
    model = RecordTableModel(ctx, "contact")
    model.set_query(ListQuery(order_by="display_name"))
    settle(qtbot, ctx)
    names = column_values(model, "display_name")
    column = [c.key for c in model.columns].index("display_name")
    fonts = {name: model.index(row, column).data(Qt.ItemDataRole.FontRole) for row, name in enumerate(names)}
    assert fonts["山田太郎"] is None
    cyrillic = next(name for name in names if "Болд" in name)
    assert fonts[cyrillic].families()[0] == style.latin_family(set(QFontDatabase.families()))


def test_an_english_list_shows_a_visits_partner_city_by_its_english_name(qtbot, qtmodeltester, ctx, crm):
    city = crm.service("partner_city").create({"name": "大田", "name_en": "Daejeon", "country": "KR",
                                               "relationship": "sister"}, actor=ACTOR).id
    crm.service("visit").create({"title": "大田市長一行", "partner_city_id": city, "arrives_on": "2026-12-20"},
                                actor=ACTOR)
    model = RecordTableModel(ctx, "visit")  # ctx is English
    model.set_query(ListQuery(order_by="partner_city"))
    settle(qtbot, ctx)
    assert column_values(model, "partner_city") == ["Daejeon"]
    qtmodeltester.check(model)


@pytest.mark.parametrize("lang, titles, first", [
    ("en", ["Name", "Name (Japanese)"], ["Munich", "ミュンヘン"]),
    ("ja", ["名前", "名前（英語）"], ["ミュンヘン", "Munich"]),
])
def test_the_partner_city_list_names_its_second_name_column_by_the_language_it_holds(qtbot, qtmodeltester, ctx,
                                                                                       crm, lang, titles, first):
    from ui import i18n

    crm.service("partner_city").create({"name": "ミュンヘン", "name_en": "Munich", "country": "DE",
                                        "relationship": "sister"}, actor=ACTOR)
    i18n.setup(lang)
    ctx.lang = lang
    model = RecordTableModel(ctx, "partner_city")
    model.set_query(ListQuery(order_by="name"))
    settle(qtbot, ctx)
    assert [model.headerData(section, Qt.Orientation.Horizontal) for section in (0, 1)] == titles
    assert [model.index(0, section).data() for section in (0, 1)] == first
    qtmodeltester.check(model)


def test_the_first_page_arrives_with_its_rows(qtbot, ctx, contacts):
    model = RecordTableModel(ctx, "contact")
    model.set_query(ListQuery(order_by="display_name"))
    settle(qtbot, ctx)
    assert model.rowCount() == 4
    # As a Japanese phone's contacts: readings first in gojūon order (さっぽろ before さとう), then Latin.
    assert column_values(model, "display_name") == ["阿部一郎", "札幌太郎", "佐藤花子", "Chen Wei"]
    assert model.index(2, 0).data(ID_ROLE) == contacts[0]
    assert column_values(model, "organization")[2] == "札幌食品株式会社"


def test_rows_past_the_first_page_arrive_after_one_background_fetch(qtbot, ctx, contacts, monkeypatch):
    monkeypatch.setattr(list_model, "HEAD_ROWS", 2)
    model = RecordTableModel(ctx, "contact")
    model.set_query(ListQuery(order_by="display_name"))
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=5000)
    assert model.index(0, 0).data() == "阿部一郎"  # came with the first page
    assert model.index(3, 0).data() is None  # not fetched yet: the list shows it empty, never blocks
    with qtbot.waitSignal(model.dataChanged, timeout=5000):
        pass
    assert column_values(model, "display_name") == ["阿部一郎", "札幌太郎", "佐藤花子", "Chen Wei"]


def test_typing_in_the_filter_box_filters_in_sql(qtbot, ctx, contacts):
    view = shown_view(qtbot, ctx, "contact")
    assert view.model.rowCount() == 4
    view.filter_edit.setFocus()
    type_text(view.filter_edit, "札幌")
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
    assert set(view.model.ids) == {contacts[0], contacts[3]}  # 佐藤's company is 札幌食品; 札幌太郎 by name
    assert view.count_label.text() == "2 records"


def test_clicking_a_header_sorts_in_sql(qtbot, ctx, contacts):
    view = shown_view(qtbot, ctx, "contact")
    header = view.table.horizontalHeader()
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    settle(qtbot, ctx)
    assert view.model.query.order_by == "display_name" and view.model.query.descending
    assert view.model.ids == ctx.crm.lists.ids("contact", order_by="display_name", descending=True)
    assert view.model.ids[0] == contacts[2]  # Chen Wei: Latin after the readings, so first when descending


def test_saved_filter_mine_and_a_user_saved_filter(qtbot, ctx, contacts):
    view = shown_view(qtbot, ctx, "contact")
    view.apply_saved_filter("mine")
    settle(qtbot, ctx)
    assert view.model.ids == [contacts[0]]
    view.apply_saved_filter(None)
    view.filter_edit.setText("chen")
    view._apply_filter_now()
    view.save_filter("Singapore people")
    assert ctx.settings.get("saved_filters")["contact"]["Singapore people"] == {"text": "chen", "filter": None}
    view.filter_edit.setText("")
    view._apply_filter_now()
    settle(qtbot, ctx)
    assert view.model.rowCount() == 4
    view.apply_saved_filter("user:Singapore people")
    settle(qtbot, ctx)
    assert view.model.ids == [contacts[2]]
    assert view.saved_filters.currentText() == "Singapore people"


def test_bulk_delete_removes_rows_and_undo_brings_them_back(qtbot, ctx, contacts):
    view = shown_view(qtbot, ctx, "contact")
    view.table.selectRow(0)
    view.table.selectionModel().select(view.model.index(1, 0), view.table.selectionModel().SelectionFlag.Select
                                       | view.table.selectionModel().SelectionFlag.Rows)
    chosen = view.selected_ids()
    assert len(chosen) == 2
    view.delete_action.trigger()
    settle(qtbot, ctx)
    assert view.model.rowCount() == 2
    assert not set(chosen) & set(view.model.ids)
    assert view.undo_bar.isVisibleTo(view) and view.undo_action.isEnabled()
    view.undo_action.trigger()
    settle(qtbot, ctx)
    assert set(view.model.ids) == set(contacts)
    assert not view.undo_action.isEnabled()


def test_bulk_tag_and_assign_apply_to_the_selection(qtbot, ctx, contacts):
    view = shown_view(qtbot, ctx, "contact")
    view.table.selectRow(0)
    view.tag_selected("FHA2026")
    settle(qtbot, ctx)
    first = view.model.ids[0]
    assert ctx.crm.contacts.get(first)["tags"] == ",FHA2026,"
    view.assign_selected("suzuki")
    settle(qtbot, ctx)
    assert ctx.crm.contacts.get(first)["owner"] == "suzuki"


def test_column_chooser_hides_a_column_and_remembers_it(qtbot, ctx, contacts):
    view = shown_view(qtbot, ctx, "contact")
    menu = view.columns.chooser()
    email = [a for a in menu.actions() if a.text() == "Email"][0]
    email.setChecked(False)
    section = [c.key for c in view.model.columns].index("email")
    assert view.table.horizontalHeader().isSectionHidden(section)
    again = shown_view(qtbot, ctx, "contact")
    assert again.table.horizontalHeader().isSectionHidden(section)


def test_a_write_elsewhere_refreshes_the_list(qtbot, ctx, contacts):
    view = shown_view(qtbot, ctx, "contact")
    saved = ctx.crm.contacts.create({"latin_name": "Aaron Abbott"}, actor=ACTOR)
    ctx.publish(saved.changes)
    settle(qtbot, ctx)
    assert saved.id in view.model.ids


def test_every_list_action_has_a_shortcut(qtbot, ctx):
    view = shown_view(qtbot, ctx, "lead")
    assert all(not action.shortcut().isEmpty() for action in view.record_actions())


def test_the_sort_order_is_remembered_and_the_list_asks_once(qtbot, ctx, contacts, monkeypatch):
    view = shown_view(qtbot, ctx, "contact")
    view.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    settle(qtbot, ctx)
    view.columns.save()  # what the column timer does
    view.close()

    asked: list[ListQuery] = []
    reload = RecordTableModel.reload
    monkeypatch.setattr(RecordTableModel, "reload", lambda model: (asked.append(model.query), reload(model)))
    again = RecordListView(ctx, "contact")  # restoring the columns restores the sort indicator: no query yet
    qtbot.addWidget(again)
    again.show()
    settle(qtbot, ctx)
    assert asked == [ListQuery(order_by="display_name", descending=True)]
    assert again.model.ids[0] == contacts[2]  # Chen Wei sorts last, so first when descending


def test_on_first_use_the_name_column_is_wide_and_short_values_narrow(qtbot, ctx):
    view = RecordListView(ctx, "student")
    qtbot.addWidget(view)
    header, keys = view.table.horizontalHeader(), [c.key for c in view.model.columns]
    name, year = header.sectionSize(keys.index("display_name")), header.sectionSize(keys.index("graduation_year"))
    default = header.defaultSectionSize()
    assert name > default > year  # before: every column 150 px, names cut off, years padded
    assert year >= header.sectionSizeHint(keys.index("graduation_year"))  # the title still fits


def test_country_columns_show_the_name_in_the_readers_language(monkeypatch):
    from ui import i18n
    from ui.lists.model import display_text

    monkeypatch.setattr(i18n, "language", lambda: "ja")
    assert (display_text("country", "CN"), display_text("country", "KR")) == ("中国", "韓国")
    monkeypatch.setattr(i18n, "language", lambda: "en")
    assert display_text("country", "AU") == "Australia"


def test_new_and_every_action_are_visible_on_the_list(qtbot, ctx):
    view = shown_view(qtbot, ctx, "contact")
    assert view.new_button.isVisible() and view.new_button.defaultAction() is view.new_action
    menu = view.actions_button.menu()
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == [a.text() for a in view.record_actions()]


def test_the_tasks_list_names_the_record_each_task_is_linked_to(qtbot, qtmodeltester, ctx, crm, contacts):
    """Not only its kind ("Contact"): which one, by the name search shows for it, and sortable by it."""
    org = crm.organizations.list(limit=1)[0]["id"]
    crm.tasks.create({"title": "見積書の送付", "record_type": "organization", "record_id": org}, actor=ACTOR)
    crm.tasks.create({"title": "電話フォロー", "record_type": "contact", "record_id": contacts[2]}, actor=ACTOR)
    crm.tasks.create({"title": "資料整理"}, actor=ACTOR)
    view = shown_view(qtbot, ctx, "task")
    qtmodeltester.check(view.model)
    shown = dict(zip(column_values(view.model, "title"), column_values(view.model, "related")))
    assert (shown["見積書の送付"], shown["電話フォロー"]) == ("札幌食品株式会社", "Chen Wei")
    assert not shown["資料整理"]  # linked to nothing: an empty cell
    assert dict(zip(column_values(view.model, "title"), column_values(view.model, "record_type")))["電話フォロー"] \
        == "Contact"


def test_a_layout_is_kept_per_language_and_the_other_language_refits_its_widths(qtbot, crm):
    """The English university names did not fit the widths the Japanese ones had set: each language keeps its own
    widths, and a list first opened in the other language keeps the columns shown and fits the widths anew."""
    org = crm.organizations.create({"name": "札幌食品", "name_en": "Sapporo Food Trading Co., Ltd."},
                                   actor=ACTOR).id
    crm.contacts.create({"family_name": "佐藤", "given_name": "花子", "organization_id": org}, actor=ACTOR)

    def opened(lang):
        i18n.setup(lang)
        context = make_context(crm, lang=lang)
        view = shown_view(qtbot, context, "contact")
        return view, view.table.horizontalHeader(), [c.key for c in view.model.columns]

    try:
        view, header, keys = opened("ja")
        view.columns.set_visible(keys.index("email"), False)  # saves the layout, in Japanese
        saved = make_context(crm).settings.get("column_state")
        assert set(saved) == {"contact@ja"}
        view, header, keys = opened("en")
        company = keys.index("organization")
        assert header.isSectionHidden(keys.index("email"))  # the columns shown carry over
        assert header.sectionSize(company) >= view.table.fontMetrics().horizontalAdvance(
            "Sapporo Food Trading Co., Ltd.")  # the widths are this language's
    finally:
        i18n.uninstall()


def test_a_layout_saved_before_it_was_kept_per_language_is_the_users_and_moves_to_their_language(qtbot, ctx, contacts):
    view = shown_view(qtbot, ctx, "contact")
    view.columns.set_visible([c.key for c in view.model.columns].index("email"), False)
    layout = ctx.settings.get("column_state")["contact@en"]
    ctx.settings.set("column_state", {"contact": layout})  # as an older version saved it
    again = shown_view(qtbot, ctx, "contact")
    assert again.columns.restored and again.table.horizontalHeader().isSectionHidden(
        [c.key for c in again.model.columns].index("email"))
    again.columns.save()
    assert set(ctx.settings.get("column_state")) == {"contact@en"}  # moved: the older key is gone


def test_an_overdue_date_is_red_in_the_lists_as_on_home_while_the_record_is_open(qtbot, qtmodeltester, ctx, crm):
    """A reviewer saw tasks due two months ago look like any other: an open lead's follow-up and an unfinished
    task's due date are red once passed (sapporo_mice.due, the rule the saved filters use)."""
    import datetime as dt

    from ui.qt import Qt

    past, ahead = dt.date.today() - dt.timedelta(days=3), dt.date.today() + dt.timedelta(days=3)
    for title, due, done in (("late", past, False), ("done late", past, True), ("ahead", ahead, False)):
        crm.tasks.create({"title": title, "due_on": due, "done": done}, actor=ACTOR)
    crm.leads.create({"title": "open late", "follow_up_on": past}, actor=ACTOR)
    crm.leads.create({"title": "won late", "follow_up_on": past, "status": "won"}, actor=ACTOR)
    for record_type, due_key, red in (("task", "due_on", {"late"}), ("lead", "follow_up_on", {"open late"})):
        view = shown_view(qtbot, ctx, record_type)
        qtmodeltester.check(view.model)
        model, keys = view.model, [c.key for c in view.model.columns]
        shown = {model.index(r, keys.index("title")).data():
                 model.index(r, keys.index(due_key)).data(Qt.ItemDataRole.ForegroundRole) for r in range(model.rowCount())}
        assert {title for title, brush in shown.items() if brush is not None} == red, record_type
        assert model.index(0, keys.index("title")).data(Qt.ItemDataRole.ForegroundRole) is None  # only the date


@pytest.mark.parametrize("lang, titles, rows", [
    ("en", ["Name", "Local name"], [["Aurora Seafoods Co., Ltd.", "オーロラ水産株式会社"],
                                         ["Ezo Foods Co., Ltd.", "エゾ食品株式会社"], ["Zeta Logistics", ""]]),
    ("ja", ["名前", "フリガナ"], [["エゾ食品株式会社", "エゾショクヒン"], ["オーロラ水産株式会社", "オーロラスイサン"],
                               ["Zeta Logistics", ""]]),
])
def test_the_company_list_names_and_sorts_companies_by_their_english_name_in_english(qtbot, qtmodeltester, ctx,
                                                                                     crm, lang, titles, rows):
    """The English list showed エゾ食品株式会社 above オーロラ水産株式会社 in kana order, English names beside."""
    from ui import i18n

    for name, name_en, kana in (("オーロラ水産株式会社", "Aurora Seafoods Co., Ltd.", "オーロラスイサン"),
                                ("エゾ食品株式会社", "Ezo Foods Co., Ltd.", "エゾショクヒン"),
                                ("Zeta Logistics", None, None)):
        crm.organizations.create({"name": name, "name_en": name_en, "name_kana": kana}, actor=ACTOR)
    i18n.setup(lang)
    try:
        context = make_context(crm, lang=lang)
        view = RecordListView(context, "organization")
        qtbot.addWidget(view)
        view.show()
        settle(qtbot, context)
        model = view.model
        assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(2)] == titles
        assert [[column_values(model, key)[i] for key in ("name", "reading")] for i in range(3)] == rows
        # in English the name as written is there to be shown, not shown first: the first screen fits 1366 px
        assert view.table.horizontalHeader().isSectionHidden(1) == (lang == "en")
        qtmodeltester.check(model)
    finally:
        i18n.uninstall()
