"""The Sync view: the state of this computer, bundles out and in through jobs, and the conflicts queue with
the base, office and laptop values side by side; a choice resolves the conflict and syncs."""

from __future__ import annotations

import contextlib

import pytest

from tests.core.sync_support import PASS, exchange, open_laptop
from tests.ui.app_support import make_context, settle
from ui.views.sync.pending import PendingLabel
from ui.views.sync.view import SyncView


@pytest.fixture
def shared_company(crm, tmp_path):
    """Two laptops and the office (``crm``) that all know one company."""
    a, b = open_laptop(tmp_path, "a"), open_laptop(tmp_path, "b")
    org = a.organizations.create({"name": "札幌シーフード株式会社"}, actor="佐藤 花子").id
    for laptop in (a, b, a, b):
        exchange(laptop, crm, tmp_path)
    yield crm, org, a, b
    a.close()
    b.close()


@pytest.fixture
def office_with_conflict(shared_company, tmp_path):
    crm, org, a, b = shared_company
    a.organizations.update(org, {"name": "札幌シーフーズ株式会社"}, actor="佐藤 花子")
    b.organizations.update(org, {"name": "株式会社札幌シーフード"}, actor="鈴木 一郎")
    exchange(a, crm, tmp_path)
    exchange(b, crm, tmp_path)
    return crm, org, a, b


def _view(qtbot, crm):
    """The Sync view on ``crm`` (English), once its jobs are done; with its context."""
    ctx = make_context(crm)
    view = SyncView(ctx)
    qtbot.addWidget(view)
    settle(qtbot, ctx)
    return view, ctx


def test_the_queue_shows_the_three_values_and_a_choice_resolves_it(qtbot, qtmodeltester, office_with_conflict):
    office, org, _a, _b = office_with_conflict
    view, ctx = _view(qtbot, office)
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 1
    row = view.model.rows[0]
    assert (row["base"], row["office"], row["laptop"], row["user"]) == (
        "札幌シーフード株式会社", "札幌シーフーズ株式会社", "株式会社札幌シーフード", "鈴木 一郎")
    assert view.conflicts_label.text() == "1 open"
    view.table.selectRow(0)
    assert view.value_boxes["laptop"].toPlainText() == "株式会社札幌シーフード"
    assert view.take_laptop.isEnabled()
    view.take_laptop.click()
    settle(qtbot, ctx)
    assert office.organizations.get(org)["name"] == "株式会社札幌シーフード"
    assert office.sync.conflicts() == [] and view.model.rowCount() == 0
    assert not view.empty_label.isHidden()


def test_export_and_import_run_as_jobs_and_the_status_bar_counts_unsent_changes(qtbot, crm, tmp_path):
    laptop = open_laptop(tmp_path, "fair")
    try:
        laptop.organizations.create({"name": "旭川家具工業"}, actor="佐藤 花子")
        ctx = make_context(laptop, lang="en")
        view, label = SyncView(ctx), PendingLabel(ctx)
        qtbot.addWidget(view)
        qtbot.addWidget(label)
        settle(qtbot, ctx)
        assert label.text().startswith(("Unsent:", "Unsent changes:"))  # the source, or the English catalogue
        assert view.pending_label.text() != "0 changes"
        out = tmp_path / "fair.smsync"
        view.export_bundle(str(out), PASS)
        settle(qtbot, ctx)
        assert out.exists() and "Import it at the office" in view.result_label.text()
        answer = crm.sync.bundle_in(out, PASS, actor="office").response
        view.import_bundle(answer, PASS)
        settle(qtbot, ctx)
        assert "Took in" in view.result_label.text()
        label.refresh()
        settle(qtbot, ctx)
        assert label.text() == "All sent" and view.pending_label.text() == "0 changes"
        view.import_bundle(answer, "wrong")
        settle(qtbot, ctx)
        assert "passphrase does not open" in view.result_label.text()
    finally:
        laptop.close()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_laptop_whose_edit_lost_sees_the_conflict_read_only(qtbot, qtmodeltester, office_with_conflict,
                                                                 tmp_path, lang):
    from ui import i18n

    office, org, _a, b = office_with_conflict
    i18n.setup(lang)
    try:
        _laptop_sees_it(qtbot, qtmodeltester, office, org, b, tmp_path, lang)
    finally:
        i18n.uninstall()


def _laptop_sees_it(qtbot, qtmodeltester, office, org, b, tmp_path, lang):
    exchange(b, office, tmp_path)  # b's name lost at the office: its answer brings the conflict back
    ctx = make_context(b, lang=lang)
    view = SyncView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    settle(qtbot, ctx)
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 1
    row = view.model.rows[0]
    assert (row["office"], row["laptop"]) == ("札幌シーフーズ株式会社", "株式会社札幌シーフード")
    assert row["state"] == {"ja": "事務所の判断待ち", "en": "Waiting for the office"}[lang]
    assert not view.laptop_note.isHidden()
    view.table.selectRow(0)
    assert view.value_boxes["laptop"].toPlainText() == "株式会社札幌シーフード"
    assert view.take_laptop.isHidden() and view.keep_office.isHidden()
    view.show()
    view.grab().save(str(tmp_path / f"sync_laptop_{lang}.png"))
    # decided at the office: the laptop shows the outcome after its next sync
    [conflict] = office.sync.conflicts()
    office.sync.resolve(conflict.id, "laptop", actor="高橋 美咲")
    exchange(b, office, tmp_path)
    view.show_resolved.setChecked(True)
    settle(qtbot, ctx)
    assert view.model.rows[0]["state"] == {"ja": "こちらの変更を採用", "en": "Your change was kept"}[lang]
    assert b.organizations.get(org)["name"] == "株式会社札幌シーフード"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_laptop_whose_value_was_overtaken_is_told_so(qtbot, shared_company, tmp_path, lang):
    """b's value reached the office first; a's newer one replaced it there. At b's next sync b sees the conflict,
    and it says another computer's change was kept (not that b's was)."""
    crm, org, a, b = shared_company
    b.organizations.update(org, {"website": "https://b.example.jp"}, actor="鈴木 一郎")
    a.organizations.update(org, {"website": "https://a.example.jp"}, actor="佐藤 花子")
    exchange(b, crm, tmp_path)
    exchange(a, crm, tmp_path)
    exchange(b, crm, tmp_path)
    assert b.organizations.get(org)["website"] == "https://a.example.jp"
    with _whole_queue(qtbot, b, lang) as (view, _ctx):
        [row] = view.model.rows
        assert (row["office"], row["laptop"]) == ("https://b.example.jp", "https://a.example.jp")
        assert row["state"] == {"ja": "他の PC の新しい変更を採用", "en": "Another computer's newer change was kept"}[lang]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_refused_choice_says_why_beside_the_buttons_and_keeps_the_conflict_selected(qtbot, office_with_conflict,
                                                                                       tmp_path, lang):
    """Another user at the office resolves the conflict while this one looks at it, so taking the laptop's side
    is refused. The reason shows under the buttons (not in the exchange's result line above the table); the
    queue is read again with the same conflict still selected, now resolved; choosing another conflict clears
    the reason."""
    office, org, a, b = office_with_conflict
    a.organizations.update(org, {"website": "https://a.example.jp"}, actor="佐藤 花子")  # a second conflict
    b.organizations.update(org, {"website": "https://b.example.jp"}, actor="鈴木 一郎")
    exchange(a, office, tmp_path)
    exchange(b, office, tmp_path)
    with _whole_queue(qtbot, office, lang) as (view, ctx):
        assert view.model.rowCount() == 2
        assert sorted(row["field"] for row in view.model.rows) == sorted(
            {"ja": ["名称", "ウェブサイト"], "en": ["Name", "Website"]}[lang])  # as the form names them, not "website"
        view.table.selectRow(0)
        conflict = view.selected()
        office.sync.resolve(conflict.id, "office", actor="高橋 美咲")  # at another desk, meanwhile
        view.take_laptop.click()
        settle(qtbot, ctx)
        assert view.resolve_message.text() == {"ja": "この競合はすでに高橋 美咲さんが解決しています。",
                                               "en": "This conflict was already resolved by 高橋 美咲."}[lang]
        assert not view.resolve_message.isHidden() and view.result_label.text() == ""
        assert view.selected().id == conflict.id and view.selected().resolved
        assert not view.take_laptop.isEnabled() and not view.keep_office.isEnabled()
        view.refresh()  # another refresh (a sync, an edit elsewhere) keeps both
        settle(qtbot, ctx)
        assert view.selected().id == conflict.id and not view.resolve_message.isHidden()
        view.table.selectRow(1)
        assert view.selected().id != conflict.id and view.resolve_message.isHidden()


@contextlib.contextmanager
def _whole_queue(qtbot, crm, lang):
    """The Sync view on ``crm`` in ``lang``, resolved conflicts shown too, once its jobs are done."""
    from ui import i18n

    i18n.setup(lang)
    try:
        ctx = make_context(crm, lang=lang)
        view = SyncView(ctx)
        qtbot.addWidget(view)
        view.show_resolved.setChecked(True)
        settle(qtbot, ctx)
        yield view, ctx
    finally:
        i18n.uninstall()


def test_the_selection_follows_its_conflict_when_another_leaves_the_queue(qtbot, office_with_conflict, tmp_path):
    """Two open conflicts, the second selected; another user resolves the first meanwhile. After the refresh the
    queue holds one row, and it is still the conflict the user was reading (now in the first row)."""
    office, _org, a, b = office_with_conflict
    _renamed_on_both(office, a, b, tmp_path, "小樽ガラス工房", "小樽ガラス工房株式会社", "株式会社小樽ガラス")
    view, ctx = _view(qtbot, office)
    open_ids = [c.id for c in office.sync.conflicts()]
    assert view.model.rowCount() == 2 == len(open_ids)
    view.table.selectRow(1)
    reading = view.selected().id
    office.sync.resolve(next(i for i in open_ids if i != reading), "office", actor="高橋 美咲")  # at another desk
    view.refresh()
    settle(qtbot, ctx)
    assert view.model.rowCount() == 1
    assert view.selected() is not None and view.selected().id == reading
    assert view.value_boxes["office"].toPlainText() != ""


def _renamed_on_both(office, a, b, tmp_path, name: str, on_a: str, on_b: str) -> str:
    """A company made on laptop ``a`` and known everywhere, then renamed on both laptops (a's name reaches the
    office first): a conflict over its name. Returns its id."""
    org = a.organizations.create({"name": name}, actor="佐藤 花子").id
    for laptop in (a, b, a, b):
        exchange(laptop, office, tmp_path)
    a.organizations.update(org, {"name": on_a}, actor="佐藤 花子")
    b.organizations.update(org, {"name": on_b}, actor="鈴木 一郎")
    exchange(a, office, tmp_path)
    exchange(b, office, tmp_path)
    return org


def test_a_conflicts_title_is_shown_as_typed_not_read_as_markup(qtbot, shared_company, tmp_path):
    """The detail line names the record by its title, the user's text: "Tan & Sons <SG>" lost "<SG>" as markup."""
    office, _org, a, b = shared_company
    _renamed_on_both(office, a, b, tmp_path, "Tan & Sons <SG>", "Tan & Sons <SG> Pte", "Tan & Sons <SG> Ltd")
    view, ctx = _view(qtbot, office)
    assert view.model.rowCount() == 1
    assert view.detail_title.text().startswith("Choose a conflict in the list above")  # none chosen: it says how
    view.table.selectRow(0)
    assert view.detail_title.text().startswith("<b>Tan &amp; Sons &lt;SG&gt; Pte</b>: ")


def test_a_conflicts_values_read_as_the_form_shows_them_never_as_codes(qtbot, shared_company, tmp_path):
    crm, org, a, b = shared_company
    b.organizations.update(org, {"kind": "venue", "country": "TH"}, actor="鈴木 一郎")  # the older change, sent last
    a.organizations.update(org, {"kind": "overseas_buyer", "country": "SG"}, actor="佐藤 花子")
    exchange(a, crm, tmp_path)
    exchange(b, crm, tmp_path)
    view, ctx = _view(qtbot, crm)
    view.show_resolved.setChecked(True)  # the newer change was kept: listed once resolved conflicts are shown
    settle(qtbot, ctx)
    shown = {row["field"]: (row["office"], row["laptop"]) for row in view.model.rows}
    assert shown["Type"] == ("Overseas buyer", "Venue")  # not overseas_buyer / venue
    assert shown["Country"] == ("Singapore", "Thailand")  # not SG / TH


@pytest.mark.parametrize(("lang", "mark"), [("ja", "－"), ("en", "—")])
def test_a_conflicts_missing_value_reads_as_the_apps_one_no_value_mark(qtbot, lang, mark):
    # 「－」 as Japanese tables mark "none", and as the KPI screens did; the view wrote an em dash of its own.
    from types import SimpleNamespace

    from ui import i18n
    from ui.views.sync.view import shown_value

    i18n.setup(lang)
    edited = SimpleNamespace(record_type="organization", field="name", kind="edit_edit")
    assert shown_value(edited, None) == mark and shown_value(edited, "") == mark
    deleted = SimpleNamespace(record_type="organization", field=None, kind="delete_edited")
    assert shown_value(deleted, None) == mark
    assert shown_value(deleted, "edited") == {"ja": "編集あり", "en": "Edited"}[lang]
