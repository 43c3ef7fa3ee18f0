"""The generic pipeline board (``ui/board.py``): columns and cards from a job, drag and drop and the keyboard
move a card only through the caller's service, a refused move shows the service's message, stale cards stand
out, and the model passes the model tester. No database: the "service" here keeps its records in memory."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest

from sapporo_mice.changes import Changes
from sapporo_mice.errors import FieldProblem, ValidationError
from sapporo_mice.settings import Settings
from tests.ui.app_support import settle
from ui import style
from ui.board import (
    CARD_MIME,
    ID_ROLE,
    STALE_ROLE,
    Board,
    BoardTexts,
    CardFace,
    card_id_of,
)
from ui.context import AppContext
from ui.jobs import JobRunner
from ui.qt import QApplication, QFontDatabase, Qt

COLUMNS = [("new", "New"), ("talks", "In talks"), ("won", "Won"), ("lost", "Lost")]
TEXTS = BoardTexts(open="Open", move_to="Move to", move_left="Move to the previous stage",
                   move_right="Move to the next stage")


class Pipeline:
    """A stand-in service: moving to "won" needs a decision date, as the bid service's rule does."""

    def __init__(self) -> None:
        self.records = {
            "a": {"id": "a", "name": "Alpha congress", "stage": "new", "days_quiet": 3},
            "b": {"id": "b", "name": "Beta forum", "stage": "new", "days_quiet": 90},
            "c": {"id": "c", "name": "Gamma summit", "stage": "talks", "days_quiet": 10, "decided_on": "2027-05-01"},
        }
        self.moves: list[tuple[str, str]] = []

    def rows(self) -> list[dict]:
        return [dict(r) for r in self.records.values()]

    def move(self, record_id: str, stage: str) -> Changes:
        record = self.records[record_id]
        if stage == "won" and not record.get("decided_on"):
            raise ValidationError([FieldProblem("decision_on", "field.required", None)], "bid")
        record["stage"] = stage
        self.moves.append((record_id, stage))
        return Changes().add("thing", record_id)


@pytest.fixture
def pipeline():
    return Pipeline()


@pytest.fixture
def ctx(qtbot):
    settings = Settings()
    return AppContext(settings, JobRunner(crm=object()), "en")


@pytest.fixture
def board(qtbot, ctx, pipeline):
    widget = Board(ctx, COLUMNS, load=lambda _crm, _c: pipeline.rows(),
                   move=lambda row, key: (lambda _crm, _c: pipeline.move(row["id"], key)),
                   column_of=lambda row: row["stage"], title_of=lambda row: row["name"],
                   lines_of=lambda row: [f"{row['days_quiet']} days quiet"], is_stale=lambda row: row["days_quiet"] > 60,
                   texts=TEXTS, record_types=("thing",))
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    widget.reload()
    settle(qtbot, ctx)
    return widget


def _column_of(board, card_id):
    return board.model.keys[board.model.position(card_id)[1]]


def _drop(board, card_id, column_key):
    """What a mouse drag from the card to the column delivers to the board: enter, move, drop."""
    view = board.view
    mime = board.model.mimeData([board.model.index(*board.model.position(card_id))])
    column = board.model.keys.index(column_key)
    point = QPointF(view.columnViewportPosition(column) + view.columnWidth(column) / 2, 40)
    actions, buttons, mods = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(point.toPoint(), actions, mime, buttons, mods),
                  QDragMoveEvent(point.toPoint(), actions, mime, buttons, mods),
                  QDropEvent(point, actions, mime, buttons, mods)):
        QApplication.sendEvent(view.viewport(), event)
    return event


def test_columns_show_their_titles_with_counts_and_each_card_its_text(board):
    header = [board.model.headerData(i, Qt.Orientation.Horizontal) for i in range(board.model.columnCount())]
    assert header == ["New (2)", "In talks (1)", "Won (0)", "Lost (0)"]
    assert board.model.rowCount() == 2
    card = board.model.index(*board.model.position("c"))
    assert card.data(Qt.ItemDataRole.ToolTipRole) == "Gamma summit\n10 days quiet"
    assert board.model.index(1, 1).flags() == Qt.ItemFlag.NoItemFlags  # below the last card: nothing to pick


def test_the_board_model_passes_the_model_tester(qtmodeltester, board):
    qtmodeltester.check(board.model)


def test_stale_cards_stand_out_by_the_callers_predicate(board):
    stale = {i: board.model.index(*board.model.position(i)).data(STALE_ROLE) for i in "abc"}
    assert stale == {"a": False, "b": True, "c": False}
    assert board._faces["b"].styleSheet() != board._faces["a"].styleSheet()
    assert "#fff4e2" in board._faces["b"].styleSheet()


def test_dropping_a_card_on_another_column_moves_it_through_the_service(qtbot, board, pipeline):
    event = _drop(board, "a", "talks")
    assert event.isAccepted() and event.dropAction() == Qt.DropAction.MoveAction
    settle(qtbot, board.ctx)
    assert pipeline.moves == [("a", "talks")]
    assert _column_of(board, "a") == "talks"
    assert board.model.headerData(1, Qt.Orientation.Horizontal) == "In talks (2)"
    assert board.view.current_card_id() == "a"  # the moved card stays the current one


def test_a_drop_the_service_refuses_shows_its_message_and_leaves_the_card(qtbot, board, pipeline):
    _drop(board, "a", "won")
    settle(qtbot, board.ctx)
    assert pipeline.moves == [] and _column_of(board, "a") == "new"
    assert board.message.isVisible()
    assert board.message.text() == "Decision date: a value is required."


def test_a_drop_on_the_cards_own_column_or_of_foreign_data_is_refused(qtbot, board, pipeline):
    assert not _drop(board, "a", "new").isAccepted()
    settle(qtbot, board.ctx)
    assert pipeline.moves == []
    from ui.qt import QMimeData

    assert card_id_of(QMimeData()) is None


def test_ctrl_arrows_move_the_current_card_a_stage_at_a_time(qtbot, board, pipeline):
    board.view.setFocus()
    board.view.select_card("c")
    QTest.keyClick(board.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, board.ctx)
    QTest.keyClick(board.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, board.ctx)
    assert pipeline.moves == [("c", "won"), ("c", "lost")]
    assert _column_of(board, "c") == "lost"
    QTest.keyClick(board.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)  # no column further right
    settle(qtbot, board.ctx)
    assert len(pipeline.moves) == 2


def test_arrows_go_from_card_to_card_skipping_empty_stages(qtbot, board):
    board.view.setFocus()
    board.view.select_card("b")  # New, second card
    QTest.keyClick(board.view, Qt.Key.Key_Right)
    assert board.view.current_card_id() == "c"  # In talks has one card: its last
    QTest.keyClick(board.view, Qt.Key.Key_Right)  # Won and Lost are empty: stay
    assert board.view.current_card_id() == "c"
    QTest.keyClick(board.view, Qt.Key.Key_Left)
    QTest.keyClick(board.view, Qt.Key.Key_Up)
    assert board.view.current_card_id() == "a"


def test_enter_opens_the_card_and_the_menu_moves_it_without_a_mouse(qtbot, board, pipeline):
    board.view.setFocus()
    board.view.select_card("a")
    with qtbot.waitSignal(board.card_opened) as opened:
        QTest.keyClick(board.view, Qt.Key.Key_Return)
    assert opened.args == ["a"]
    menu = board.menu_for("a")
    move_to = next(a.menu() for a in menu.actions() if a.menu())
    targets = {a.text(): a for a in move_to.actions()}
    assert not targets["New"].isEnabled()
    targets["In talks"].trigger()
    menu.close()
    settle(qtbot, board.ctx)
    assert pipeline.moves == [("a", "talks")]


def test_the_mime_data_carries_the_card_id(board):
    mime = board.model.mimeData([board.model.index(*board.model.position("b"))])
    assert mime.hasFormat(CARD_MIME) and card_id_of(mime) == "b"
    assert board.model.index(*board.model.position("b")).data(ID_ROLE) == "b"


def test_a_card_shows_a_cyrillic_name_in_the_latin_face_and_escapes_the_rest(qtbot):
    # The Japanese face draws Cyrillic a full em wide: the match board read 「Н о м и н Д о р ж」.
    style.apply(QApplication.instance())
    face = CardFace("Номин Дорж", ["札幌 & <Co>"], stale=False)
    qtbot.addWidget(face)
    latin = style.latin_family(set(QFontDatabase.families()))
    assert f"<b><span style=\"font-family: '{latin}'\">Номин</span> <span" in face.text()
    assert "札幌 &amp; &lt;Co&gt;" in face.text()
