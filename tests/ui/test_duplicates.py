"""The duplicate finder and the side-by-side merge dialog: candidates, choosing fields, merge, undo."""

from __future__ import annotations

import pytest

from tests.ui.app_support import make_context, settle
from ui.duplicates import DuplicateFinder, MergeDialog, MergeHistoryDialog


@pytest.fixture
def pair(crm):
    org = crm.organizations.create({"name": "Lim Trading Pte. Ltd.", "country": "SG"}, actor="t").id
    first = crm.contacts.create({"latin_name": "Lim Wei Ming", "title": "Buyer", "organization_id": org,
                                 "emails": ["wm@lim.sg"]}, actor="t").id
    second = crm.contacts.create({"latin_name": "Wei Ming LIM", "title": None, "department": "Purchasing",
                                  "emails": ["WM@lim.sg"], "phones": ["+65 9123 4567"]}, actor="t").id
    crm.leads.create({"title": "FHA lead", "contact_id": second}, actor="t")
    return first, second


def test_the_finder_lists_pairs_with_their_reasons(qtbot, qtmodeltester, crm, pair):
    ctx = make_context(crm)
    finder = DuplicateFinder(ctx, "contact")
    qtbot.addWidget(finder)
    settle(qtbot, ctx)
    assert finder.model.rowCount() == 1
    score, left, right, why = finder.model.rows[0]
    assert {left, right} == {"Lim Wei Ming", "Wei Ming LIM"} and why == "same email"
    qtmodeltester.check(finder.model)
    one = DuplicateFinder(ctx, "contact", pair[1])
    qtbot.addWidget(one)
    settle(qtbot, ctx)
    assert [c.right_id for c in one.model.keys] == [pair[0]]


def test_merge_takes_the_chosen_fields_moves_links_and_can_be_undone(qtbot, crm, pair):
    first, second = pair
    ctx = make_context(crm)
    dialog = MergeDialog(ctx, "contact", first, second)
    qtbot.addWidget(dialog)
    settle(qtbot, ctx)
    assert set(dialog.groups) >= {"latin_name", "title", "department", "organization_id"}
    assert dialog.choices()["department"] == "loser"  # empty on the kept record: taken by default
    assert dialog.choices()["title"] == "survivor"
    dialog.choose("latin_name", "loser")
    dialog.merge()
    settle(qtbot, ctx)
    kept = crm.contacts.get(first)
    assert (kept["latin_name"], kept["title"], kept["department"]) == ("Wei Ming LIM", "Buyer", "Purchasing")
    assert [p["e164"] for p in kept["phones"]] == ["+6591234567"]
    assert crm.leads.list()[0]["contact_id"] == first
    assert not dialog.undo_button.isHidden() and "Merged" in dialog.status.text()
    dialog.undo()
    settle(qtbot, ctx)
    assert crm.contacts.get(first)["latin_name"] == "Lim Wei Ming"
    assert crm.contacts.get(second)["merged_into"] is None
    assert crm.leads.list()[0]["contact_id"] == second
    assert "undone" in dialog.status.text()


def test_a_merge_can_be_undone_later_from_the_survivors_history(qtbot, crm, pair):
    first, second = pair
    preview = crm.dedupe.preview("contact", first, second)
    crm.dedupe.merge("contact", first, second, actor="t", survivor_version=preview.survivor["version"],
                     loser_version=preview.loser["version"])
    ctx = make_context(crm)
    history = MergeHistoryDialog(ctx, "contact", first)
    qtbot.addWidget(history)
    settle(qtbot, ctx)
    assert history.model.rows[0][2] == "kept" and history.undo_button.isEnabled()
    history.undo_selected()
    settle(qtbot, ctx)
    assert crm.contacts.get(second)["merged_into"] is None
    assert history.model.rows[0][3] != "" and not history.undo_button.isEnabled()


def test_a_stale_merge_shows_the_error_and_merges_nothing(qtbot, crm, pair):
    first, second = pair
    ctx = make_context(crm)
    dialog = MergeDialog(ctx, "contact", first, second)
    qtbot.addWidget(dialog)
    settle(qtbot, ctx)
    crm.contacts.update(second, {"title": "Director"}, actor="someone else")
    dialog.merge()
    settle(qtbot, ctx)
    assert crm.contacts.get(second)["merged_into"] is None
    assert dialog.status.text() and dialog.undo_button.isHidden()
    assert dialog.merge_button.isEnabled()


def test_the_lists_offer_the_fair_actions_with_shortcuts_and_merge_needs_two(qtbot, crm, pair):
    from ui.views.contacts import ContactsView
    from ui.views.fairs import FairsView
    from ui.views.leads import LeadsView

    ctx = make_context(crm)
    fairs, contacts, leads = FairsView(ctx), ContactsView(ctx), LeadsView(ctx)
    for view in (fairs, contacts, leads):
        qtbot.addWidget(view)
        view.show()
    settle(qtbot, ctx)
    shortcuts = {a.text(): a.shortcut().toString() for a in fairs.record_actions()}
    assert shortcuts["Booth capture"] == "Ctrl+Shift+B" and "Results" in shortcuts
    texts = [a.text() for a in contacts.record_actions()]
    assert {"Find duplicates…", "Merge selected…", "Import…", "Export…"} <= set(texts)
    assert {"Import…", "Export…"} <= {a.text() for a in leads.record_actions()}
    merge = next(a for a in contacts.record_actions() if a.text() == "Merge selected…")
    assert not merge.isEnabled()
    contacts.table.selectAll()
    assert merge.isEnabled()


def test_the_merge_dialog_names_countries_and_languages_and_writes_dates_as_the_lists_do(monkeypatch):
    import datetime as dt
    from sapporo_mice.merging import MergePreview
    from ui import i18n
    from ui.duplicates import LOSER, SURVIVOR, shown_value

    monkeypatch.setattr(i18n, "language", lambda: "ja")
    preview = MergePreview("contact", survivor={"country": "AU", "languages": "en,ja",
                                                "follow_up_on": dt.date(2026, 12, 1)},
                           loser={"country": "KR", "languages": "ko"}, fields=[])
    assert shown_value(preview, SURVIVOR, "country") == "オーストラリア"
    assert shown_value(preview, LOSER, "country") == "韓国"
    assert shown_value(preview, SURVIVOR, "languages") == "英語、日本語"
    assert shown_value(preview, SURVIVOR, "follow_up_on") == "2026/12/01"


def test_the_merge_dialog_names_the_company_as_the_reader_knows_it(monkeypatch):
    from sapporo_mice.merging import MergePreview
    from ui import i18n
    from ui.duplicates import LOSER, SURVIVOR, shown_value

    company = {"organization_id": "o1", "organization_name": "城市超市有限公司",
               "organization_name_en": "City Supermarket Limited", "organization_name_ja": None}
    preview = MergePreview("contact", survivor=company, loser={"organization_id": None}, fields=[])
    monkeypatch.setattr(i18n, "language", lambda: "en")
    assert shown_value(preview, SURVIVOR, "organization_id") == "City Supermarket Limited"  # as the lists name it
    monkeypatch.setattr(i18n, "language", lambda: "ja")
    assert shown_value(preview, SURVIVOR, "organization_id") == "城市超市有限公司"
    assert shown_value(preview, LOSER, "organization_id") == ""
