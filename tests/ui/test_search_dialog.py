"""Global search (Ctrl+K): results as you type, Japanese 2-character terms, Enter opens the record."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest

from tests.ui.app_support import make_context, settle, type_text
from ui import i18n
from ui.qt import Qt
from ui.search_dialog import HIT_ROLE, SearchDialog


@pytest.fixture
def ctx(qtbot, crm):
    context = make_context(crm)
    yield context
    context.jobs.wait(10_000)


@pytest.fixture
def records(crm):
    org = crm.organizations.create({"name": "札幌グルメフーズ株式会社", "name_en": "Sapporo Gourmet Foods"}, actor="t").id
    lead = crm.leads.create({"title": "シンガポールのバイヤー 札幌ラーメン", "organization_id": org}, actor="t").id
    other = crm.contacts.create({"family_name": "山田", "given_name": "花子"}, actor="t").id
    return {"org": org, "lead": lead, "other": other}


def shown_dialog(qtbot, ctx) -> SearchDialog:
    dialog = SearchDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.query_edit.setFocus()
    return dialog


def test_two_character_japanese_term_finds_records_as_you_type(qtbot, ctx, records):
    dialog = shown_dialog(qtbot, ctx)
    with qtbot.waitSignal(dialog.results_shown, timeout=5000) as shown:
        type_text(dialog.query_edit, "札幌")
    assert shown.args == [2]
    found = {dialog.results.item(i).data(HIT_ROLE) for i in range(dialog.results.count())}
    assert found == {("organization", records["org"]), ("lead", records["lead"])}


def test_latin_query_finds_the_english_name(qtbot, ctx, records):
    dialog = shown_dialog(qtbot, ctx)
    with qtbot.waitSignal(dialog.results_shown, timeout=5000):
        QTest.keyClicks(dialog.query_edit, "gourmet")
    assert dialog.results.item(0).data(HIT_ROLE) == ("organization", records["org"])


def test_enter_opens_the_selected_result(qtbot, ctx, records):
    dialog = shown_dialog(qtbot, ctx)
    with qtbot.waitSignal(dialog.results_shown, timeout=5000):
        type_text(dialog.query_edit, "山田")
    with qtbot.waitSignal(ctx.open_record, timeout=2000) as opened:
        QTest.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    assert opened.args == ["contact", records["other"]]


def test_enter_before_the_answer_opens_the_first_hit(qtbot, ctx, records):
    dialog = shown_dialog(qtbot, ctx)
    type_text(dialog.query_edit, "山田")
    with qtbot.waitSignal(ctx.open_record, timeout=5000) as opened:
        QTest.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    assert opened.args == ["contact", records["other"]]


def test_a_stale_answer_is_discarded(qtbot, ctx, records):
    dialog = shown_dialog(qtbot, ctx)
    dialog.query_edit.setText("札幌")
    dialog.run_query()
    dialog.query_edit.setText("山田")
    with qtbot.waitSignal(dialog.results_shown, timeout=5000) as shown:
        dialog.run_query()
    settle(qtbot, ctx)
    assert shown.args == [1]
    assert dialog.results.count() == 1
    assert dialog.results.item(0).data(HIT_ROLE) == ("contact", records["other"])


def test_arrow_keys_move_through_the_results(qtbot, ctx, records):
    dialog = shown_dialog(qtbot, ctx)
    with qtbot.waitSignal(dialog.results_shown, timeout=5000):
        type_text(dialog.query_edit, "札幌")
    QTest.keyClick(dialog.query_edit, Qt.Key.Key_Down)
    assert dialog.results.currentRow() == 1
    QTest.keyClick(dialog.query_edit, Qt.Key.Key_Up)
    assert dialog.results.currentRow() == 0


def test_a_hit_shows_its_country_by_name_in_the_readers_language(qtbot, crm):
    """The stored subtitle holds the country's code (one text for both languages): the dialog shows its name."""
    crm.organizations.create({"name": "札幌シンガポール商事", "name_en": "Sapporo Singapore Trading", "country": "SG"},
                             actor="t")
    # In English the company is titled by its English name, with the name staff write beneath.
    for lang, title, subtitle in (("ja", "札幌シンガポール商事", "Sapporo Singapore Trading / シンガポール"),
                                  ("en", "Sapporo Singapore Trading", "札幌シンガポール商事 / Singapore")):
        i18n.setup(lang)
        ctx = make_context(crm, lang)
        dialog = shown_dialog(qtbot, ctx)
        with qtbot.waitSignal(dialog.results_shown, timeout=5000):
            type_text(dialog.query_edit, "札幌シンガポール")
        assert dialog.results.item(0).text().startswith(title)
        # the type in brackets (a dash beside Japanese is drawn as 一), in the reader's language
        assert dialog.results.item(0).text().splitlines()[0] == {"ja": f"{title}　［企業・団体］",
                                                                 "en": f"{title} [Company]"}[lang]
        assert dialog.results.item(0).text().endswith(subtitle)
        assert " / SG" not in dialog.results.item(0).text()
        ctx.jobs.wait(10_000)
