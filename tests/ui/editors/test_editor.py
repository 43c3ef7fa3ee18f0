"""Record editors: create, edit, delete and undo, inline validation, phones, conflicts, dirty state."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest

from sapporo_mice.settings import Settings
from tests.ui.app_support import settle
from ui.context import AppContext
from ui.editors import open_editor
from ui.editors.editor import RecordEditor
from ui.jobs import JobRunner
from ui.qt import QApplication, QLabel, QRadioButton, Qt
from ui.rows import Column, RowsModel

# The offscreen platform cannot raise windows or propagate size hints; that is not our warning.


@pytest.fixture
def ctx(qtbot, crm, monkeypatch):
    # Editors left dirty by a test are closed at teardown: answer "discard" instead of a modal box.
    monkeypatch.setattr(RecordEditor, "ask_save_changes", lambda self: "discard")
    settings = Settings()
    settings.set("user_name", "tanaka")
    context = AppContext(settings, JobRunner(), "ja", crm=crm)
    yield context
    close_windows(qtbot, context)


def close_windows(qtbot, context) -> None:
    """Editors delete themselves on close, so they are closed here rather than by qtbot.addWidget."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, RecordEditor) and widget.isVisible():
            widget.close()
    context.jobs.wait(10_000)
    qtbot.wait(20)


def opened(qtbot, ctx, record_type, record_id=None) -> RecordEditor:
    editor = open_editor(ctx, record_type, record_id)
    settle(qtbot, ctx)
    return editor


def type_into(editor, name, text) -> None:
    """Set a line field (or an editable list's line) as a user would: the text, the edit signal, then leaving it."""
    widget = editor.form.rows[name].widget
    line = widget.line if hasattr(widget, "line") else widget.combo.lineEdit()
    line.setText(text)
    line.textEdited.emit(text)
    widget.left.emit()


def test_rows_model_passes_the_model_tester(qtmodeltester):
    model = RowsModel([Column("title", "Title"), Column("done", "Done", checkable=True)])
    model.set_rows([{"title": "電話する", "done": False}, {"title": "Send brochure", "done": True}])
    qtmodeltester.check(model)


def test_creating_an_organization_saves_it_and_clears_the_dirty_mark(qtbot, ctx, crm):
    editor = opened(qtbot, ctx, "organization")
    published = []
    ctx.changed.connect(published.append)
    type_into(editor, "name", "株式会社サッポロ食品")
    assert editor.isWindowModified()
    editor.save()
    settle(qtbot, ctx)
    assert editor.record_id and crm.organizations.get(editor.record_id)["name"] == "株式会社サッポロ食品"
    assert not editor.isWindowModified() and "株式会社サッポロ食品" in editor.windowTitle()
    assert published and published[0].affects("organization")


def test_ctrl_s_saves_an_edit_of_an_existing_record(qtbot, ctx, crm):
    org = crm.organizations.create({"name": "Lim Trading"}, actor="suzuki")
    editor = opened(qtbot, ctx, "organization", org.id)
    assert editor.form.rows["name"].widget.raw() == "Lim Trading"
    type_into(editor, "industry", "食品卸")
    editor.activateWindow()
    QTest.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ctx)
    saved = crm.organizations.get(org.id)
    assert saved["industry"] == "食品卸" and saved["updated_by"] == "tanaka" and saved["version"] == 2


def test_delete_then_undo_restores_the_record(qtbot, ctx, crm):
    org = crm.organizations.create({"name": "北海道物産"}, actor="suzuki")
    editor = opened(qtbot, ctx, "organization", org.id)
    editor.delete()
    settle(qtbot, ctx)
    assert crm.organizations.count() == 0 and editor.undo_button.isVisibleTo(editor)
    editor.undo_button.click()
    settle(qtbot, ctx)
    assert crm.organizations.count() == 1 and not editor.deleted


def test_a_bad_email_is_highlighted_with_its_reason_when_leaving_the_field(qtbot, ctx):
    editor = opened(qtbot, ctx, "organization")
    type_into(editor, "email", "info@sapporo")
    row = editor.form.rows["email"]
    assert row.problem_label.isVisibleTo(editor)
    assert "正しいメールアドレスではありません" in row.problem_label.text()
    type_into(editor, "email", "info@sapporo.jp")
    assert not row.problem_label.isVisibleTo(editor)


def test_a_bad_email_blocks_saving_and_nothing_is_written(qtbot, ctx, crm):
    editor = opened(qtbot, ctx, "organization")
    type_into(editor, "name", "A社")
    type_into(editor, "email", "nope")
    editor.save()
    settle(qtbot, ctx)
    assert crm.organizations.count() == 0 and editor.banner.isVisibleTo(editor)


def test_a_phone_is_reformatted_on_leaving_with_its_country_shown(qtbot, ctx):
    editor = opened(qtbot, ctx, "organization")
    type_into(editor, "phone_raw", "0112112111")
    widget = editor.form.rows["phone_raw"].widget
    assert widget.line.text() == "011-211-2111" and widget.country.text() == "日本 (+81)"


def test_a_phone_uses_the_records_country_first(qtbot, ctx):
    editor = opened(qtbot, ctx, "organization")
    editor.form.rows["country"].widget.set_value("SG")
    type_into(editor, "phone_raw", "61234567")
    widget = editor.form.rows["phone_raw"].widget
    assert widget.line.text() == "+65 6123 4567" and widget.country.text() == "シンガポール (+65)"


def test_a_bad_phone_is_flagged_but_does_not_block_saving(qtbot, ctx, crm):
    editor = opened(qtbot, ctx, "organization")
    type_into(editor, "name", "A社")
    type_into(editor, "phone_raw", "12")
    row = editor.form.rows["phone_raw"]
    assert "電話番号として正しくありません" in row.problem_label.text()
    editor.save()
    settle(qtbot, ctx)
    assert crm.organizations.get(editor.record_id)["phone_raw"] == "12"


def test_a_contacts_phone_list_reformats_and_saves(qtbot, ctx, crm):
    editor = opened(qtbot, ctx, "contact")
    type_into(editor, "family_name", "山田")
    phones = editor.form.rows["phones"].widget
    line = phones.add_line()
    line.line.setText("09012345678")
    line.line.textEdited.emit("09012345678")
    line.left.emit()
    assert line.line.text() == "090-1234-5678" and line.country.text() == "日本 (+81)"
    editor.save()
    settle(qtbot, ctx)
    assert crm.contacts.get(editor.record_id)["phones"][0]["e164"] == "+819012345678"



def test_moving_an_email_to_the_top_makes_it_the_primary_one(qtbot, ctx, crm):
    from ui.qt import QToolButton

    person = crm.contacts.create({"family_name": "Lim", "emails": ["a@lim.sg", "b@lim.sg"]}, actor="suzuki").id
    editor = opened(qtbot, ctx, "contact", person)
    emails = editor.form.rows["emails"].widget
    buttons = [line.parentWidget().findChild(QToolButton, "makeFirst") for line in emails.lines]
    assert [b.isVisibleTo(editor) for b in buttons] == [False, True]  # the first is the primary already
    assert not editor.form.is_dirty()
    buttons[1].click()
    assert emails.raw() == ["b@lim.sg", "a@lim.sg"] and editor.form.is_dirty()
    assert [line.parentWidget().findChild(QToolButton, "makeFirst").isVisibleTo(editor) for line in emails.lines] \
        == [False, True]
    editor.save()
    settle(qtbot, ctx)
    assert [e["email"] for e in crm.contacts.get(person)["emails"]] == ["b@lim.sg", "a@lim.sg"]


def test_the_services_validation_problems_show_on_their_fields(qtbot, ctx, crm):
    import datetime as dt

    editor = opened(qtbot, ctx, "fair")
    type_into(editor, "name", "FHA Singapore")
    editor.form.rows["country"].widget.set_value("SG")
    editor.form.rows["timezone"].widget.set_value("Asia/Singapore")
    editor.form.rows["starts_on"].widget.set_value(dt.date(2027, 4, 20))
    editor.form.rows["ends_on"].widget.set_value(dt.date(2027, 4, 18))
    editor.save()
    settle(qtbot, ctx)
    row = editor.form.rows["ends_on"]
    assert row.problem_label.isVisibleTo(editor) and "より前です" in row.problem_label.text()
    assert crm.fairs.count() == 0


def test_a_stale_version_shows_both_values_and_keep_mine_saves(qtbot, ctx, crm):
    org = crm.organizations.create({"name": "Lim Trading", "industry": "food"}, actor="suzuki")
    editor = opened(qtbot, ctx, "organization", org.id)
    type_into(editor, "industry", "seafood")
    type_into(editor, "website", "https://lim.sg")
    crm.organizations.update(org.id, {"industry": "retail", "employees": 40}, actor="sato")
    editor.save()
    qtbot.waitUntil(lambda: editor.conflict_dialog is not None, timeout=10_000)
    dialog = editor.conflict_dialog
    assert [c.field for c in dialog.conflicts] == ["industry"]
    assert dialog.conflicts[0].mine == "seafood" and dialog.conflicts[0].theirs == "retail"
    assert dialog.conflicts[0].changed_by.user == "sato"
    dialog.choose("industry", "mine")
    dialog.accept()
    settle(qtbot, ctx)
    saved = crm.organizations.get(org.id)
    assert (saved["industry"], saved["website"], saved["employees"]) == ("seafood", "https://lim.sg", 40)
    assert not editor.isWindowModified()


def test_keep_theirs_takes_the_other_value(qtbot, ctx, crm):
    org = crm.organizations.create({"name": "Lim Trading", "industry": "food"}, actor="suzuki")
    editor = opened(qtbot, ctx, "organization", org.id)
    type_into(editor, "industry", "seafood")
    crm.organizations.update(org.id, {"industry": "retail"}, actor="sato")
    editor.save()
    qtbot.waitUntil(lambda: editor.conflict_dialog is not None, timeout=10_000)
    editor.conflict_dialog.choose("industry", "theirs")
    editor.conflict_dialog.accept()
    settle(qtbot, ctx)
    assert crm.organizations.get(org.id)["industry"] == "retail"
    assert editor.form.rows["industry"].widget.raw() == "retail"


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(qtbot, ctx, crm):
    org = crm.organizations.create({"name": "A社"}, actor="suzuki")
    editor = opened(qtbot, ctx, "organization", org.id)
    type_into(editor, "industry", "IT")
    editor.ask_save_changes = lambda: "cancel"
    assert not editor.close() and editor.isVisible()
    editor.ask_save_changes = lambda: "save"
    editor.close()
    settle(qtbot, ctx)
    assert crm.organizations.get(org.id)["industry"] == "IT"


def test_an_open_editor_reloads_when_someone_else_saves_its_record(qtbot, ctx, crm):
    org = crm.organizations.create({"name": "A社"}, actor="suzuki")
    editor = opened(qtbot, ctx, "organization", org.id)
    saved = crm.organizations.update(org.id, {"industry": "観光"}, actor="sato")
    ctx.publish(saved.changes)
    settle(qtbot, ctx)
    assert editor.form.rows["industry"].widget.raw() == "観光" and editor.record["version"] == 2


def test_opening_the_same_record_twice_reuses_its_window(qtbot, ctx, crm):
    org = crm.organizations.create({"name": "A社"}, actor="suzuki")
    first = opened(qtbot, ctx, "organization", org.id)
    assert open_editor(ctx, "organization", org.id) is first


def test_a_company_lists_its_contacts_and_double_click_opens_one(qtbot, ctx, crm):
    org = crm.organizations.create({"name": "サッポロ食品"}, actor="suzuki")
    contact = crm.contacts.create({"family_name": "山田", "given_name": "太郎", "organization_id": org.id}, actor="suzuki")
    crm.leads.create({"title": "ホタテ輸出", "organization_id": org.id}, actor="suzuki")
    editor = opened(qtbot, ctx, "organization", org.id)
    panels = {p.child_type: p for p in editor.related}
    assert panels["contact"].model.rows[0]["display_name"] == "山田太郎"
    assert panels["lead"].model.rowCount() == 1
    view = panels["contact"].view
    rect = view.visualRect(panels["contact"].model.index(0, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    settle(qtbot, ctx)
    opened_now = [w for w in ctx.windows.all() if getattr(w, "record_id", None) == contact.id]
    assert len(opened_now) == 1 and opened_now[0].record["display_name"] == "山田太郎"


def test_a_reference_picker_finds_by_search_and_saves_the_id(qtbot, ctx, crm):
    org = crm.organizations.create({"name": "サッポロ食品"}, actor="suzuki")
    editor = opened(qtbot, ctx, "contact")
    type_into(editor, "family_name", "山田")
    picker = editor.form.rows["organization_id"].widget
    for ch in "サッポロ":
        QTest.sendKeyEvent(QTest.KeyAction.Click, picker.line, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
    settle(qtbot, ctx)
    assert "サッポロ食品" in picker._hits
    picker._picked("サッポロ食品")
    editor.save()
    settle(qtbot, ctx)
    assert crm.contacts.get(editor.record_id)["organization_id"] == org.id


def test_typed_text_that_was_not_picked_is_flagged(qtbot, ctx):
    editor = opened(qtbot, ctx, "contact")
    type_into(editor, "family_name", "山田")
    picker = editor.form.rows["organization_id"].widget
    picker.line.setText("どこか")
    picker.left.emit()
    assert editor.form.rows["organization_id"].problem_label.isVisibleTo(editor)


@pytest.mark.parametrize("record_type", ["organization", "contact", "lead", "meeting_series", "bid", "fair",
                                         "participation", "company_profile", "target_market", "support_need",
                                         "consultation", "expansion_case", "student", "opening", "match",
                                         "activity", "task", "indicator", "indicator_value"])
def test_every_record_type_has_a_form_whose_fields_the_service_knows(qtbot, ctx, record_type):
    editor = opened(qtbot, ctx, record_type)
    service_fields = set(ctx.crm.service(record_type).fields) | set(ctx.crm.service(record_type).extra_inputs())
    assert set(editor.form.rows) <= service_fields
    assert not editor.isWindowModified()


def test_a_tasks_linked_record_is_named_and_opens(qtbot, ctx, crm, monkeypatch):
    from ui import i18n

    monkeypatch.setattr(i18n, "language", lambda: "ja")
    lead = crm.leads.create({"title": "台北の旅行会社から視察の相談"}, actor="t").id
    task = crm.tasks.create({"title": "資料を送る", "record_type": "lead", "record_id": lead}, actor="t").id
    editor = opened(qtbot, ctx, "task", task)
    link = editor.form.rows["record_id"].widget.label
    assert link.text().startswith("リード: <a ") and "台北の旅行会社から視察の相談" in link.text()
    assert "関連先" in [label.text() for label in editor.form.findChildren(QLabel)]
    with qtbot.waitSignal(editor.record_opened) as opened_signal:
        link.linkActivated.emit("open")
    assert opened_signal.args == ["lead", lead]
    assert not editor.isWindowModified()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_pillar_boxes_carry_the_plans_pillar_names(qtbot, monkeypatch, lang):
    from sapporo_mice.plan import PILLARS
    from ui import i18n
    from ui.editors.widgets import PillarsWidget

    monkeypatch.setattr(i18n, "language", lambda: lang)
    widget = PillarsWidget()
    qtbot.addWidget(widget)
    names = [p.ja if lang == "ja" else p.en for p in PILLARS]
    assert [box.text() for box in widget.boxes] == [f"{n}. {name}" for n, name in enumerate(names, 1)]


@pytest.mark.parametrize(("lang", "shown"), [("en", "Sapporo Woodcraft Co., Ltd."), ("ja", "札幌木工株式会社")])
def test_a_related_list_names_a_company_by_its_english_name_in_english(qtbot, ctx, crm, lang, shown):
    from ui import i18n

    fair = crm.fairs.create({"name": "Anuga 2026", "country": "DE", "timezone": "Europe/Berlin",
                             "starts_on": "2026-10-10", "ends_on": "2026-10-14"}, actor="suzuki").id
    org = crm.organizations.create({"name": "札幌木工株式会社", "name_en": "Sapporo Woodcraft Co., Ltd.",
                                    "country": "JP"}, actor="suzuki").id
    crm.participations.create({"fair_id": fair, "organization_id": org, "booth": "H45"}, actor="suzuki")
    i18n.setup(lang)
    editor = opened(qtbot, ctx, "fair", fair)
    panel = {p.child_type: p for p in editor.related}["participation"]
    assert panel.model.data(panel.model.index(0, 0)) == shown


@pytest.mark.parametrize(("lang", "shown"), [("en", "Sapporo Woodcraft Co., Ltd."), ("ja", "札幌木工株式会社")])
def test_a_reference_picker_names_a_company_in_the_readers_language(qtbot, crm, monkeypatch, lang, shown):
    # The search row holds the name as staff write it; an English reader is shown the English name, as in the lists.
    monkeypatch.setattr(RecordEditor, "ask_save_changes", lambda self: "discard")
    settings = Settings()
    settings.set("user_name", "tanaka")
    context = AppContext(settings, JobRunner(), lang, crm=crm)
    org = crm.organizations.create({"name": "札幌木工株式会社", "name_en": "Sapporo Woodcraft Co., Ltd.",
                                    "country": "JP"}, actor="suzuki").id
    contact = crm.contacts.create({"family_name": "山田", "organization_id": org}, actor="suzuki").id
    try:
        picker = opened(qtbot, context, "contact", contact).form.rows["organization_id"].widget
        assert picker.line.text() == shown
        found = []
        opened(qtbot, context, "contact")._search("organization", "札幌木工", found.extend)
        settle(qtbot, context)
        assert found == [(shown, org)]
    finally:
        close_windows(qtbot, context)


@pytest.mark.parametrize(("lang", "series_shown", "org_shown"), [
    ("ja", "国際寒地工学シンポジウム", "国際食品科学学会"),
    ("en", "International Symposium on Cold Region Engineering", "International Society of Food Science"),
])
def test_linked_records_are_named_in_japanese_by_their_japanese_names(qtbot, crm, monkeypatch, lang, series_shown,
                                                                      org_shown):
    # As the packs name them: a meeting series, a company by its Japanese name where one is given.
    from ui import i18n

    monkeypatch.setattr(RecordEditor, "ask_save_changes", lambda self: "discard")
    settings = Settings()
    settings.set("user_name", "tanaka")
    context = AppContext(settings, JobRunner(), lang, crm=crm)
    series = crm.service("meeting_series").create({"name": "International Symposium on Cold Region Engineering",
                                                   "name_ja": "国際寒地工学シンポジウム"}, actor="suzuki").id
    bid = crm.bids.create({"name": "ISCORD 2029 Sapporo", "series_id": series}, actor="suzuki").id
    society = crm.organizations.create({"name": "ISFS", "name_ja": "国際食品科学学会",
                                        "name_en": "International Society of Food Science"}, actor="suzuki").id
    contact = crm.contacts.create({"family_name": "Smith", "organization_id": society}, actor="suzuki").id
    try:
        i18n.setup(lang)
        assert opened(qtbot, context, "bid", bid).form.rows["series_id"].widget.line.text() == series_shown
        fair = crm.fairs.create({"name": "Anuga 2026", "country": "DE", "timezone": "Europe/Berlin",
                                 "starts_on": "2026-10-10", "ends_on": "2026-10-14"}, actor="suzuki").id
        crm.participations.create({"fair_id": fair, "organization_id": society}, actor="suzuki")
        panel = {p.child_type: p for p in opened(qtbot, context, "fair", fair).related}["participation"]
        assert panel.model.data(panel.model.index(0, 0)) == org_shown
        assert opened(qtbot, context, "contact", contact).form.rows["organization_id"].widget.line.text() == org_shown
    finally:
        close_windows(qtbot, context)


def test_a_picker_offers_every_hit_even_when_its_shown_name_is_not_what_was_typed(qtbot, crm, monkeypatch):
    # In English a company is shown by its English name; typed as staff write it (札幌木工), the search finds it and
    # the list must still offer it: the search decides what matches, not the completer's own text filter.
    monkeypatch.setattr(RecordEditor, "ask_save_changes", lambda self: "discard")
    settings = Settings()
    settings.set("user_name", "tanaka")
    context = AppContext(settings, JobRunner(), "en", crm=crm)
    org = crm.organizations.create({"name": "札幌木工株式会社", "name_en": "Sapporo Woodcraft Co., Ltd.",
                                    "country": "JP"}, actor="suzuki").id
    try:
        editor = opened(qtbot, context, "contact")
        picker = editor.form.rows["organization_id"].widget
        picker.line.setFocus()
        for ch in "札幌木工":
            QTest.sendKeyEvent(QTest.KeyAction.Click, picker.line, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
        settle(qtbot, context)
        offered = picker.completer.completionModel()
        assert [offered.index(r, 0).data() for r in range(offered.rowCount())] == ["Sapporo Woodcraft Co., Ltd."]
        picker._picked("Sapporo Woodcraft Co., Ltd.")
        assert picker.raw() == org
    finally:
        close_windows(qtbot, context)


def test_an_editor_names_a_record_in_the_readers_language_as_the_search_does(crm):
    # One rule (the services' title_of / shown_title) names a record in a language, for a search hit and for an
    # editor's window, tab and reference fields alike; every type with a rule of its own is here.
    from sapporo_mice.search import SearchHit
    from sapporo_mice.services.base import RecordService
    from ui.editors.editor import record_title

    made = {
        "organization": crm.organizations.create({"name": "ISFS", "name_en": "International Society of Food Science",
                                                  "name_ja": "国際食品科学学会"}, actor="t").id,
        "fair": crm.fairs.create({"name": "Anuga 2026", "name_ja": "アヌーガ 2026", "country": "DE",
                                  "timezone": "Europe/Berlin", "starts_on": "2026-10-10", "ends_on": "2026-10-14"},
                                 actor="t").id,
        "meeting_series": crm.service("meeting_series").create({"name": "ISCORD", "name_ja": "国際寒地工学シンポジウム"},
                                                               actor="t").id,
        "partner_city": crm.service("partner_city").create({"name": "ミュンヘン", "name_en": "Munich", "country": "DE",
                                                            "relationship": "sister"}, actor="t").id,
        "city_network": crm.service("city_network").create({"name": "世界冬の都市市長会", "name_en": "WWCAM",
                                                            "kind": "city_association"}, actor="t").id,
        "indicator": crm.indicators.create({"name_ja": "青少年派遣数", "name_en": "Youth sent abroad", "unit": "人",
                                            "pillar": 6}, actor="t").id,
    }
    expected = {"organization": ("国際食品科学学会", "International Society of Food Science"),
                "fair": ("アヌーガ 2026", "Anuga 2026"), "meeting_series": ("国際寒地工学シンポジウム", "ISCORD"),
                "partner_city": ("ミュンヘン", "Munich"), "city_network": ("世界冬の都市市長会", "WWCAM"),
                "indicator": ("青少年派遣数", "Youth sent abroad"),
                "participation": ("国際食品科学学会（アヌーガ 2026）", "International Society of Food Science (Anuga 2026)")}
    made["participation"] = crm.service("participation").create(
        {"fair_id": made["fair"], "organization_id": made["organization"]}, actor="t").id
    named = {t for t in crm.record_types if type(crm.service(t)).shown_title is not RecordService.shown_title}
    assert named == set(made) == set(expected)
    for record_type, record_id in made.items():
        record = crm.service(record_type).get(record_id)
        for lang, name in zip(("ja", "en"), expected[record_type]):
            [hit] = crm.search.shown([SearchHit(record_type, record_id, "stored", "")], lang)
            assert record_title(crm, record_type, record, lang) == hit.title == name, (record_type, lang)
    # A record not yet saved (no values) and a type named by its title field alone.
    assert record_title(crm, "organization", {}, "en") == ""
    task = crm.tasks.create({"title": "見積書の送付"}, actor="t").id
    assert record_title(crm, "task", crm.tasks.get(task), "en") == "見積書の送付"


@pytest.fixture
def far_from_the_fair():
    """The laptop's clock set to São Paulo (UTC-3), far from any fair's zone; restored afterwards (by hand: the
    monkeypatch fixture's undo would also undo the editors' "discard" answer before they close)."""
    import os
    import time

    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/Sao_Paulo"
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_a_booth_capture_time_reads_in_the_fairs_zone_and_a_changed_zone_keeps_the_wall_time(qtbot, ctx, crm,
                                                                                         far_from_the_fair):
    import datetime as dt

    captured = dt.datetime(2026, 11, 3, 7, 4, tzinfo=dt.timezone.utc)  # 15:04 in Shanghai
    lead = crm.leads.create({"title": "Wang Fang — Shanghai Foods", "captured_at": captured,
                             "captured_tz": "Asia/Shanghai"}, actor="suzuki")
    editor = opened(qtbot, ctx, "lead", lead.id)
    shown = editor.form.rows["captured_at"].widget.edit.dateTime()
    assert (shown.date().day(), shown.time().hour(), shown.time().minute()) == (3, 15, 4)
    assert not editor.form.is_dirty()  # read in its zone, the time is the one loaded
    type_into(editor, "next_action", "見積書を送る")
    editor.save()
    settle(qtbot, ctx)
    assert crm.leads.get(lead.id)["captured_at"] == captured
    # Captured in Bangkok after all: 15:04 there is an hour later.
    editor.form.rows["captured_tz"].widget.set_value("Asia/Bangkok")
    assert editor.form.changed_values()["captured_at"] == captured + dt.timedelta(hours=1)


def test_a_booth_leads_source_reads_as_words_in_each_language_and_a_typed_source_stays_as_typed(qtbot, ctx, crm):
    from ui import i18n

    fair = crm.fairs.create({"name": "Anuga 2026", "country": "DE", "timezone": "Europe/Berlin",
                             "starts_on": "2026-10-10", "ends_on": "2026-10-14"}, actor="suzuki").id
    lead = crm.intake.capture(fair, {"name": "Anna Becker", "company": "Golden Harvest GmbH"}, actor="suzuki").id
    assert crm.leads.get(lead)["source"] == "booth"  # what booth capture records: a code, never shown as one
    for lang, words in (("ja", "見本市ブース"), ("en", "Fair booth")):
        i18n.setup(lang)
        in_lang = AppContext(Settings(), JobRunner(), lang, crm=crm)
        editor = opened(qtbot, in_lang, "lead", lead)
        assert editor.form.rows["source"].widget.combo.currentText() == words
        assert not editor.form.is_dirty()
        editor.close()
        settle(qtbot, in_lang)
    i18n.setup("ja")
    editor = opened(qtbot, ctx, "lead", lead)
    editor.form.rows["source"].widget.combo.setEditText("北海道経済連合会からの紹介")
    editor.form.rows["source"].widget.combo.lineEdit().textEdited.emit("北海道経済連合会からの紹介")
    editor.save()
    settle(qtbot, ctx)
    assert crm.leads.get(lead)["source"] == "北海道経済連合会からの紹介"


def test_an_editors_title_names_the_record_and_its_kind_as_each_language_writes_a_title(qtbot, crm):
    from ui import i18n

    person = crm.contacts.create({"family_name": "山田", "given_name": "太郎"}, actor="suzuki").id
    # Japanese: the kind first and a full-width colon, as the briefing packs' titles; never a dash, which beside
    # kanji is drawn from the CJK face and reads as 一 (山田太郎 一 連絡先).
    # ([*] is where Qt marks unsaved edits: after the name.)
    for lang, title in (("ja", "連絡先：山田太郎[*]"), ("en", "山田太郎[*] — Contact")):
        i18n.setup(lang)
        in_lang = AppContext(Settings(), JobRunner(), lang, crm=crm)
        editor = opened(qtbot, in_lang, "contact", person)
        assert editor.windowTitle() == title
        editor.close()
        settle(qtbot, in_lang)


def test_an_edit_conflict_on_a_choice_offers_both_values_by_their_labels(qtbot, ctx, crm):
    org = crm.organizations.create({"name": "Lim Trading", "kind": "local_company"}, actor="suzuki")
    editor = opened(qtbot, ctx, "organization", org.id)
    editor.form.rows["kind"].widget.set_value("overseas_buyer")
    editor.form.rows["kind"].widget.edited.emit()
    crm.organizations.update(org.id, {"kind": "venue"}, actor="sato")
    editor.save()
    qtbot.waitUntil(lambda: editor.conflict_dialog is not None, timeout=10_000)
    dialog = editor.conflict_dialog
    texts = (dialog.findChild(QRadioButton, "mine_kind").text(), dialog.findChild(QRadioButton, "theirs_kind").text())
    assert texts == ("Overseas buyer", "Venue")  # never the codes overseas_buyer / venue
    dialog.reject()


def test_the_conflict_dialog_names_who_changed_the_record_as_each_language_writes_a_name(qtbot):
    # Japanese sets no space between a Japanese name and さん (編集中に 佐藤 花子 さんが read with gaps), and keeps
    # one beside a name in Latin letters; English is as it was.
    import datetime as dt
    from types import SimpleNamespace

    from ui import i18n
    from ui.editors.conflict import ConflictDialog, FieldConflict

    for user, lang, intro, changed in (
            ("佐藤 花子", "ja", "編集中に佐藤 花子さんがこのレコードの変更を保存しました。", "に佐藤 花子さんが変更"),
            ("sato", "ja", "編集中に sato さんがこのレコードの変更を保存しました。", "に sato さんが変更"),
            ("佐藤 花子", "en", "佐藤 花子 saved changes to this record while you were editing it.", "changed by 佐藤 花子 at ")):
        i18n.setup(lang)
        by = SimpleNamespace(user=user, at=dt.datetime(2026, 12, 6, 1, 30, tzinfo=dt.timezone.utc))
        dialog = ConflictDialog("organization", [FieldConflict("industry", "seafood", "retail", by)], user)
        qtbot.addWidget(dialog)
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        assert any(text.startswith(intro) for text in texts), texts
        assert any(changed in text for text in texts), texts


def test_a_value_with_an_ampersand_shows_as_written_on_a_conflicts_choice(qtbot):
    """Qt takes an & on a button for an Alt key: "F&B Director" read "FB Director", underlined, on Alt+B."""
    from ui.editors.conflict import ConflictDialog, FieldConflict
    from ui.qt import QRadioButton

    dialog = ConflictDialog("contact", [FieldConflict("title", "F&B Director", "F&B Manager", None)], "佐藤 花子")
    qtbot.addWidget(dialog)
    choices = {button.objectName(): button.text() for button in dialog.findChildren(QRadioButton)}
    assert choices == {"mine_title": "F&&B Director", "theirs_title": "F&&B Manager"}  # && shows one &


def test_a_new_lead_starts_as_new_and_owned_by_its_user_and_closes_untouched_without_asking(qtbot, ctx, crm,
                                                                                          monkeypatch):
    """A reviewer found every choice of a new lead blank, though saving made it 新規 of kind その他, with no owner."""
    editor = opened(qtbot, ctx, "lead")
    rows = editor.form.rows
    assert (rows["status"].widget.raw(), rows["kind"].widget.raw(), rows["owner"].widget.raw()) == \
        ("new", "other", "tanaka")
    assert not editor.form.is_dirty()  # nothing of the user's yet: closing asks nothing
    asked = []
    monkeypatch.setattr(RecordEditor, "ask_save_changes", lambda self: asked.append(1) or "discard")
    type_into(editor, "title", "サンプル送付")
    editor.save()
    settle(qtbot, ctx)
    saved = crm.leads.get(editor.record_id)
    assert (saved["title"], saved["status"], saved["owner"]) == ("サンプル送付", "new", "tanaka")
    untouched = opened(qtbot, ctx, "lead")
    untouched.close()
    assert asked == [] and untouched.closed


def test_a_services_new_values_are_its_stored_choices_and_the_user_as_owner(crm):
    assert crm.service("lead").new_values("tanaka") == {"kind": "other", "status": "new", "owner": "tanaka"}
    assert crm.service("bid").new_values(None) == {"meeting_type": "conference", "stage": "prospect"}
    # A contact's name order is left blank: saved blank, it follows the name's script (山田 太郎: family first).
    assert crm.service("contact").new_values("tanaka") == {"owner": "tanaka"}


def test_a_month_field_names_the_month_and_saves_its_number(qtbot, ctx, crm):
    """A reviewer read 卒業月 3: a month is picked and shown by its name (3月 / March)."""
    student = crm.students.create({"display_name": "Aditi Sharma", "graduation_year": 2027, "graduation_month": 3},
                                  actor="t").id
    editor = opened(qtbot, ctx, "student", student)
    month = editor.form.rows["graduation_month"].widget
    assert (month.combo.currentText(), month.raw()) == ("3月", 3)
    assert [month.combo.itemText(i) for i in range(1, 13)] == [f"{n}月" for n in range(1, 13)]
    month.combo.setCurrentIndex(month.combo.findData(9))
    month.edited.emit()
    editor.save()
    settle(qtbot, ctx)
    assert crm.students.get(student)["graduation_month"] == 9


def test_every_forms_start_and_end_sit_one_above_the_other(qtbot, crm):
    """An exchange's 開始日 ended the left column and its 終了日 began the right one, far apart."""
    from ui.editors.declarations import FORMS
    from ui.editors.form import DATE_RANGES, RecordForm

    checked = 0
    for record_type, decls in FORMS.items():
        names = [d.name for d in decls]
        for start, end in DATE_RANGES:
            if start not in names or end not in names:
                continue
            form = RecordForm(record_type, crm.service(record_type).fields, "ja", search=lambda *a: None,
                              default_country=lambda: None)
            qtbot.addWidget(form)
            grid = form.layout()
            row_s, col_s, _, _ = grid.getItemPosition(grid.indexOf(form.rows[start]))
            row_e, col_e, _, _ = grid.getItemPosition(grid.indexOf(form.rows[end]))
            assert (col_e, row_e) == (col_s, row_s + 1), record_type
            checked += 1
    assert checked >= 4  # exchanges, visits, programme items, fairs …
