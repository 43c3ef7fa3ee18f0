"""The bid screens on a real database: the pipeline board moves bids through the service's rules by drag and
drop and by the keyboard, the impact tab is a form that saves the parameters a bid keeps, a series' rotation
tab edits its editions and says when it can come to Sapporo, and the filter bar filters the list in SQL."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest

from sapporo_mice.enums import BidStage
from tests.ui.app_support import make_context, settle
from ui.qt import QApplication, Qt
from ui.views.bids import BidsView
from ui.views.bids.board import BidBoard, MoveDialog


@pytest.fixture
def bids(crm):
    made = {}
    for name, stage, year in (("ICSE 2030 Sapporo", "prospect", 2030), ("WCC 2031 Sapporo", "shortlisted", 2031)):
        made[name] = crm.bids.create({"name": name, "stage": stage, "edition_year": year,
                                      "delegates_international": 1000,
                                      "impact_parameters": {"parameters": {}, "organiser_spend_jpy": 0}},
                                     actor="t").id
    return made


@pytest.fixture
def board(qtbot, crm, bids):
    ctx = make_context(crm)
    widget = BidBoard(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 600)
    widget.show()
    widget.start()
    settle(qtbot, ctx)
    return widget


def _drop(board, card_id, stage):
    view = board.view
    mime = board.model.mimeData([board.model.index(*board.model.position(card_id))])
    column = board.model.keys.index(stage)
    view.scrollTo(board.model.index(0, column))
    point = QPointF(view.columnViewportPosition(column) + view.columnWidth(column) / 2, 40)
    actions, buttons, mods = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(point.toPoint(), actions, mime, buttons, mods),
                  QDragMoveEvent(point.toPoint(), actions, mime, buttons, mods),
                  QDropEvent(point, actions, mime, buttons, mods)):
        QApplication.sendEvent(view.viewport(), event)


def _stage_of(board, card_id):
    return board.model.keys[board.model.position(card_id)[1]]


def test_the_board_has_a_column_per_stage_and_cards_say_what_matters(board, bids, qtmodeltester):
    assert board.model.keys == [s.value for s in BidStage]
    card = board.model.index(*board.model.position(bids["ICSE 2030 Sapporo"]))
    text = card.data(Qt.ItemDataRole.ToolTipRole)
    assert text.splitlines()[:3] == ["ICSE 2030 Sapporo", "2030", "1,000 delegates"]
    assert "Impact ¥735\u00a0million" in text  # a card's sum is read at a glance; the bid's editor has the yen
    qtmodeltester.check(board.model)


def test_dragging_a_card_moves_the_bid_and_keeps_the_history(qtbot, board, bids, crm):
    bid = bids["ICSE 2030 Sapporo"]
    _drop(board, bid, "research")
    settle(qtbot, board.ctx)
    assert crm.bids.get(bid)["stage"] == BidStage.RESEARCH and _stage_of(board, bid) == "research"
    assert [h["to_stage"] for h in crm.bids.stage_history(bid)][-1] == BidStage.RESEARCH


def test_a_drop_on_won_asks_for_the_decision_and_a_refusal_leaves_the_card(qtbot, board, bids, crm):
    bid = bids["WCC 2031 Sapporo"]
    asked = []
    board.ask = lambda row, stage, needs: asked.append((stage, needs)) or {"decision_on": "2027-05-20",
                                                                          "outcome_reason": ""}
    _drop(board, bid, "won")
    settle(qtbot, board.ctx)
    assert asked == [(BidStage.WON, ("decision_on", "outcome_reason"))]
    assert board.message.isVisible() and "say why the bid was won or lost" in board.message.text()
    assert _stage_of(board, bid) == "shortlisted" and crm.bids.get(bid)["stage"] == BidStage.SHORTLISTED
    board.ask = lambda row, stage, needs: {"decision_on": "2027-05-20", "outcome_reason": "理事会の投票",
                                           "note": "決定通知を受領"}
    _drop(board, bid, "won")
    settle(qtbot, board.ctx)
    saved = crm.bids.get(bid)
    assert (saved["stage"], saved["decision_on"], saved["probability"]) == (BidStage.WON, dt.date(2027, 5, 20), 100)
    assert crm.bids.stage_history(bid)[-1]["note"] == "決定通知を受領"
    assert _stage_of(board, bid) == "won" and not board.message.isVisible()


def test_cancelling_the_question_moves_nothing(qtbot, board, bids, crm):
    board.ask = lambda row, stage, needs: None
    _drop(board, bids["ICSE 2030 Sapporo"], "bid_submitted")
    settle(qtbot, board.ctx)
    assert crm.bids.get(bids["ICSE 2030 Sapporo"])["stage"] == BidStage.PROSPECT


def test_ctrl_right_moves_the_current_bid_a_stage_without_the_mouse(qtbot, board, bids, crm):
    bid = bids["ICSE 2030 Sapporo"]
    board.view.setFocus()
    board.view.select_card(bid)
    QTest.keyClick(board.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, board.ctx)
    assert crm.bids.get(bid)["stage"] == BidStage.RESEARCH
    assert board.view.current_card_id() == bid


def test_the_move_dialog_asks_only_for_what_the_stage_needs(qtbot):
    bid = {"name": "ICSE", "decision_on": None, "bid_deadline": dt.date(2027, 1, 31), "outcome_reason": None}
    dialog = MoveDialog("ja", bid, BidStage.BID_SUBMITTED, ("bid_deadline",))
    qtbot.addWidget(dialog)
    assert dialog.values() == {"bid_deadline": "2027-01-31"}
    assert dialog.dates["bid_deadline"].displayFormat() == "yyyy/MM/dd"


def test_the_filter_bar_filters_the_list_in_sql(qtbot, crm, bids):
    ctx = make_context(crm)
    view = BidsView(ctx)
    qtbot.addWidget(view)
    view.show()
    settle(qtbot, ctx)
    combo = view.combos["edition_year"]
    combo.setCurrentIndex(combo.findData(2031))
    view._filters_changed()
    settle(qtbot, ctx)
    assert view.filter_key() == "edition_year=2031"
    assert [view.model.record_id(r) for r in range(view.model.rowCount())] == [bids["WCC 2031 Sapporo"]]
    stage = view.combos["stage"]
    stage.setCurrentIndex(stage.findData("prospect"))
    view._filters_changed()
    settle(qtbot, ctx)
    assert view.model.rowCount() == 0


def test_the_impact_tab_saves_the_parameters_the_bid_keeps(qtbot, crm, bids):
    from ui.editors.editor import RecordEditor

    ctx = make_context(crm)
    editor = RecordEditor(ctx, "bid", bids["ICSE 2030 Sapporo"])
    qtbot.addWidget(editor)
    settle(qtbot, ctx)
    panel = editor.extra[0]
    assert panel.parameters.editors["per_foreign_jpy.conference"].text() == "373,288"
    assert "¥735,377,360" in panel.result.text()
    panel.parameters.editors["ripple_multiplier"].setValue(1.5)
    panel.spend.setText("10,000,000")
    panel._edited()
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: "¥574,932,000" in panel.result.text())  # (373,288,000 + 10,000,000) × 1.5
    assert panel.parameters.differing() == ["ripple_multiplier"]
    panel.save()
    settle(qtbot, ctx)
    assert crm.bids.get(bids["ICSE 2030 Sapporo"])["economic_impact_jpy"] == 574_932_000
    assert crm.bids.impact_of(bids["ICSE 2030 Sapporo"])["differences"] == [("ripple_multiplier", 1.5, 1.97)]


def test_the_rotation_tab_saves_editions_and_shows_the_reasoning(qtbot, crm):
    from ui.editors.editor import RecordEditor

    series = crm.meeting_series.create({"name": "World Snow Congress", "frequency": "biennial"}, actor="t").id
    ctx = make_context(crm)
    editor = RecordEditor(ctx, "meeting_series", series)
    qtbot.addWidget(editor)
    settle(qtbot, ctx)
    panel = editor.extra[0]
    assert "No past editions are recorded" in panel.result.text()
    for year, city, country in (("2022", "Oslo", "ノルウェー"), ("2024", "Quebec", "Canada")):
        panel.add_row({"year": year, "city": city})
        panel.table.item(panel.table.rowCount() - 1, 2).setText(country)
    panel.save()
    settle(qtbot, ctx)
    assert [(e["year"], e["country"]) for e in crm.meeting_series.get(series)["editions"]] == [(2022, "NO"),
                                                                                               (2024, "CA")]
    assert "It has never met in Sapporo." in panel.result.text()


def test_reminders_and_the_ics_come_from_the_current_card(qtbot, crm, bids, tmp_path, monkeypatch):
    bid = bids["WCC 2031 Sapporo"]
    crm.bids.update(bid, {"bid_deadline": "2099-01-31"}, actor="t")
    ctx = make_context(crm)
    view = BidsView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.toggle_board()
    settle(qtbot, ctx)
    view.board.view.select_card(bid)
    view.create_reminders()
    settle(qtbot, ctx)
    assert len(crm.tasks.list(where={"record_id": bid})) == 2
    target = tmp_path / "wcc.ics"
    from ui import qt

    monkeypatch.setattr(qt.QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    view.export_ics()
    settle(qtbot, ctx)
    assert "DTSTART;VALUE=DATE:20990131" in target.read_text(encoding="utf-8")


def test_the_competition_tab_saves_the_destinations(qtbot, crm, bids):
    from ui.editors.editor import RecordEditor

    ctx = make_context(crm, lang="ja")
    editor = RecordEditor(ctx, "bid", bids["ICSE 2030 Sapporo"])
    qtbot.addWidget(editor)
    settle(qtbot, ctx)
    panel = next(p for p in editor.extra if p.title() == "Competition")
    panel.add_row({"city": "Busan", "strengths": "BEXCO"})
    panel.table.item(0, 1).setText("韓国")
    panel.save()
    settle(qtbot, ctx)
    assert crm.bids.get(bids["ICSE 2030 Sapporo"])["competing"] == [{"city": "Busan", "country": "KR",
                                                                    "strengths": "BEXCO"}]


def test_the_bids_import_action_opens_the_import_wizard_for_association_meetings(qtbot, crm):
    from ui.io.import_wizard import ImportWizard

    ctx = make_context(crm)
    view = BidsView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.import_series()
    [wizard] = view.window().findChildren(ImportWizard)
    assert wizard.kind.currentData() == "meetings" and not wizard.fair.isEnabled()
    wizard.close()


def test_a_bid_shows_its_series_rotation(qtbot, crm, bids):
    from ui.editors.editor import RecordEditor

    series = crm.meeting_series.create({"name": "World Snow Congress", "frequency": "biennial",
                                        "editions": [{"year": 2022, "city": "Oslo", "country": "NO"}]}, actor="t").id
    ctx = make_context(crm)
    editor = RecordEditor(ctx, "bid", bids["WCC 2031 Sapporo"])
    qtbot.addWidget(editor)
    settle(qtbot, ctx)
    panel = next(p for p in editor.extra if p.title() == "Rotation")
    assert "Choose the bid's meeting series" in panel.result.text()
    crm.bids.update(bids["WCC 2031 Sapporo"], {"series_id": series}, actor="t")
    panel.load(bids["WCC 2031 Sapporo"])
    settle(qtbot, ctx)
    assert "World Snow Congress" in panel.result.text() and "It has never met in Sapporo." in panel.result.text()


def test_the_parameters_dialog_saves_the_offices_defaults(qtbot, crm, bids):
    from ui.views.bids.parameters import ParametersDialog

    crm.shared_settings.put("bid_stage_probabilities", {"proposal": 22}, actor="t")
    ctx = make_context(crm)
    dialog = ParametersDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, ctx)
    assert dialog.probabilities["proposal"].value() == 22  # what the office has, not this computer's file
    dialog.probabilities["won"].setValue(96)
    dialog.parameters.editors["ripple_multiplier"].setValue(2.2)
    dialog.save()
    settle(qtbot, ctx)
    assert crm.shared_settings.get("bid_stage_probabilities")["won"] == 96
    assert crm.bids.impact_defaults().ripple_multiplier == 2.2
    view = crm.bids.impact_of(bids["ICSE 2030 Sapporo"])  # the bid keeps what it was estimated with
    assert view["estimate"].ripple_jpy == round(373_288_000 * 1.97)
    assert view["differences"] == [("ripple_multiplier", 1.97, 2.2)]


@pytest.mark.parametrize("record_type", ["bid", "meeting_series"])
def test_the_key_persons_tab_names_people_with_their_role_in_the_decision(qtbot, crm, bids, record_type):
    from ui.editors.editor import RecordEditor
    from ui.views.bids.key_persons import KeyPersonsPanel

    org = crm.organizations.create({"name": "International Society of Cryobiology", "kind": "association"},
                                   actor="t").id
    person = crm.contacts.create({"family_name": "Meyer", "given_name": "Anna", "organization_id": org},
                                 actor="t").id
    record_id = bids["ICSE 2030 Sapporo"] if record_type == "bid" else crm.meeting_series.create(
        {"name": "World Congress of Cryobiology"}, actor="t").id
    ctx = make_context(crm, lang="ja")
    editor = RecordEditor(ctx, record_type, record_id)
    qtbot.addWidget(editor)
    settle(qtbot, ctx)
    panel = next(p for p in editor.extra if isinstance(p, KeyPersonsPanel))
    panel.person._typed("Meyer")  # the search runs as a job and offers the contact
    settle(qtbot, ctx)
    [title] = panel.person._hits
    panel.person._picked(title)
    panel.role.setCurrentIndex(panel.role.findData("decision_maker"))
    panel.note.setText("chairs the vote")
    panel.add_picked()
    assert panel.table.rowCount() == 1 and panel.table.item(0, 0).text() == title
    panel.save()
    settle(qtbot, ctx)
    saved = crm.service(record_type).get(record_id)["key_persons"]
    assert [(p["contact_id"], p["role"], p["note"]) for p in saved] == [(person, "decision_maker", "chairs the vote")]
    assert panel.table.item(0, 1).text() == "International Society of Cryobiology"  # reloaded from the record
    panel.table.cellWidget(0, 2).setCurrentIndex(panel.table.cellWidget(0, 2).findData("site_selection"))
    panel.save()
    settle(qtbot, ctx)
    assert crm.service(record_type).get(record_id)["key_persons"][0]["role"] == "site_selection"


def test_an_activitys_participants_are_edited_in_its_window_and_shown_on_the_bid(qtbot, crm, bids):
    from ui.editors.editor import RecordEditor
    from ui.editors.linked import ActivitiesPanel
    from ui.views.bids.participants import ParticipantsPanel

    bid = bids["ICSE 2030 Sapporo"]
    org = crm.organizations.create({"name": "IEEE Computer Society", "kind": "association"}, actor="t").id
    person = crm.contacts.create({"family_name": "Meyer", "given_name": "Anna", "organization_id": org},
                                 actor="t").id
    activity = crm.activities.create({"kind": "site_inspection", "subject": "Venue tour", "record_type": "bid",
                                      "record_id": bid, "occurred_at": dt.datetime(2026, 10, 5, 1, tzinfo=dt.UTC)},
                                     actor="t").id
    ctx = make_context(crm, lang="ja")
    editor = RecordEditor(ctx, "activity", activity)
    qtbot.addWidget(editor)
    settle(qtbot, ctx)
    panel = next(p for p in editor.extra if isinstance(p, ParticipantsPanel))
    editor.resize(1366, 768)
    editor.show()
    editor.tabs.setCurrentWidget(panel)
    settle(qtbot, ctx)
    # the two fields one above the other, as a form's: they began wherever their labels ended
    assert panel.staff.mapTo(panel, panel.staff.rect().topLeft()).x() == \
        panel.contact.mapTo(panel, panel.contact.rect().topLeft()).x()
    panel.staff.setText("佐藤 花子")
    panel.add_staff()
    panel.contact._typed("Meyer")
    settle(qtbot, ctx)
    [title] = panel.contact._hits
    panel.contact._picked(title)
    panel.add_contact()
    panel.save()
    settle(qtbot, ctx)
    saved = crm.activities.get(activity)["participants"]
    assert {(p["contact_id"], p["staff_name"]) for p in saved} == {(person, None), (None, "佐藤 花子")}
    assert panel.table.item(1, 1).text() == "IEEE Computer Society"

    activities = ActivitiesPanel(ctx, "bid")
    qtbot.addWidget(activities)
    activities.load(bid)
    settle(qtbot, ctx)
    column = [c.key for c in activities.model.columns].index("participants")
    shown = activities.model.index(0, column).data()
    assert shown == "佐藤 花子、Anna Meyer"
