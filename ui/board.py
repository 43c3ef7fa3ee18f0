"""A pipeline board: one column per stage, one card per record, moved by drag and drop or by the keyboard.

Generic (bids use it, so can matches): the caller gives

- the columns, as ``(key, title)`` pairs, in pipeline order;
- ``load(crm, control) -> list[dict]``, a job that returns the rows (each with an ``"id"``), in card order;
- ``column_of(row) -> key``, ``title_of(row)`` and ``lines_of(row)``: where a row goes and what its card says;
- ``is_stale(row) -> bool``: cards that need attention stand out (an amber edge and background);
- ``move(row, to_key) -> op | None``: the job that moves the record *through its service*
  (``op(crm, control)`` returning the core's ``Changes``), or None when the user cancelled (a dialog that
  asks for what the new stage needs).

The board never moves a card by itself: it asks the service, reloads on success, and on failure shows the
service's own message (a typed validation error, in the user's language) and leaves the card where it was.

The widget is a table: a column per stage, a card per cell, so the keyboard works as in any table.
Keyboard: the arrows go from card to card (empty stages are skipped), Ctrl+Right / Ctrl+Left move the card
to the next / previous stage, Shift+F10 or the Menu key open its menu (Open, Move to …), Enter opens it.
All texts the board shows come from the caller (:class:`BoardTexts`), already translated.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sapporo_mice.changes import Changes
from ui import style
from ui.feedback import ERROR_STYLE, error_text
from ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QColor,
    QHeaderView,
    QLabel,
    QMenu,
    QMimeData,
    QModelIndex,
    QObject,
    QPainter,
    QPersistentModelIndex,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)

CARD_MIME = "application/x-sapporo-mice-board-card"
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 2
STALE_ROLE = int(Qt.ItemDataRole.UserRole) + 3
CARD_LINES = 5  # a card's height by default, in lines of text (title, details, the stale notice)

CARD_STYLE = ("QLabel {{ background: {background}; color: #1d2530; border: 1px solid #c5ccd6; "
              "border-left: 4px solid {edge}; border-radius: 4px; margin: 2px; padding: 3px 4px; }}")
PLAIN = {"background": "#ffffff", "edge": "#9aa7b8"}
STALE = {"background": "#fff4e2", "edge": style.WARNING}
CURRENT_EDGE = "#2f6db5"
DROP_HIGHLIGHT = "#cfe0f5"
LANE = "#f1f3f6"


@dataclass(frozen=True)
class BoardTexts:
    """The board's own words, translated by the caller (the board is generic: it has no catalogue)."""

    open: str
    move_to: str
    move_left: str
    move_right: str


def _row_key(row: dict[str, Any]) -> str:
    return str(row["id"])


class BoardModel(QAbstractTableModel):
    """Columns are the stages; row ``r`` of a column is its ``r``-th card (cells below its last card are
    empty). ``ID_ROLE`` gives a card's id, ``ROW_ROLE`` its row, ``STALE_ROLE`` whether it needs attention."""

    def __init__(self, columns: Sequence[tuple[str, str]], column_of: Callable[[dict], str],
                 title_of: Callable[[dict], str], lines_of: Callable[[dict], Sequence[str]],
                 is_stale: Callable[[dict], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.keys = [key for key, _ in columns]
        self.titles = [title for _, title in columns]
        self.column_of, self.title_of, self.lines_of, self.is_stale = column_of, title_of, lines_of, is_stale
        self._cards: list[list[dict[str, Any]]] = [[] for _ in self.keys]
        self._where: dict[str, tuple[int, int]] = {}

    # ------------------------------------------------------------------ contents
    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        """Replace every card (rows of an unknown column are left out)."""
        self.beginResetModel()
        self._cards = [[] for _ in self.keys]
        for row in rows:
            key = self.column_of(row)
            if key in self.keys:
                self._cards[self.keys.index(key)].append(row)
        self._where = {_row_key(r): (n, c) for c, cards in enumerate(self._cards) for n, r in enumerate(cards)}
        self.endResetModel()

    def card(self, row: int, column: int) -> dict[str, Any] | None:
        if 0 <= column < len(self._cards) and 0 <= row < len(self._cards[column]):
            return self._cards[column][row]
        return None

    def card_count(self, column: int) -> int:
        return len(self._cards[column]) if 0 <= column < len(self._cards) else 0

    def position(self, card_id: str) -> tuple[int, int] | None:
        """(row, column) of the card with ``card_id``; None when it is not on the board."""
        return self._where.get(card_id)

    def row_of(self, card_id: str) -> dict[str, Any] | None:
        where = self.position(card_id)
        return self.card(*where) if where else None

    def text(self, card: dict[str, Any]) -> str:
        return "\n".join([self.title_of(card), *(line for line in self.lines_of(card) if line)])

    # ------------------------------------------------------------------ the Qt model
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else max((len(c) for c in self._cards), default=0)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.keys)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        card = self.card(index.row(), index.column()) if index.isValid() else None
        if card is None:
            return None
        role = int(role)
        if role in (int(Qt.ItemDataRole.ToolTipRole), int(Qt.ItemDataRole.AccessibleTextRole)):
            return self.text(card)  # the card's face is drawn by a label over the cell; this is its text
        if role == ID_ROLE:
            return _row_key(card)
        if role == ROW_ROLE:
            return card
        if role == STALE_ROLE:
            return bool(self.is_stale(card))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.keys):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.titles[section]} ({len(self._cards[section])})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.titles[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid() or self.card(index.row(), index.column()) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return [CARD_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        ids = [self.data(i, ID_ROLE) for i in indexes if i.isValid() and self.data(i, ID_ROLE)]
        if ids:
            mime.setData(CARD_MIME, ids[0].encode("utf-8"))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


def card_id_of(mime: QMimeData) -> str | None:
    """The id a dragged card carries (None for anything else dropped on the board)."""
    if mime is None or not mime.hasFormat(CARD_MIME):
        return None
    return bytes(mime.data(CARD_MIME)).decode("utf-8") or None


class BoardView(QTableView):
    """The board's table: drags carry a card's id; a drop anywhere in a column asks to move it there."""

    move_requested = Signal(str, str)  # card id, the column key it should go to
    open_requested = Signal(str)
    menu_requested = Signal(str)  # card id
    widths_changed = Signal()

    def __init__(self, model: BoardModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.board_model = model
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(False)
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionsClickable(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.doubleClicked.connect(lambda index: self._open(index))
        self.drop_column = -1  # the column a dragged card hovers over (its header shows it)
        self.least_column_width = 190

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """The stages share the board's width (each at least ``least_column_width``; narrower, it scrolls)."""
        count = self.board_model.columnCount()
        if count:
            width = max(self.least_column_width, self.viewport().width() // count)
            if width != self.horizontalHeader().defaultSectionSize():
                self.horizontalHeader().setDefaultSectionSize(width)
                self.widths_changed.emit()

    # ------------------------------------------------------------------ helpers
    def current_card_id(self) -> str | None:
        index = self.currentIndex()
        return self.board_model.data(index, ID_ROLE) if index.isValid() else None

    def select_card(self, card_id: str) -> bool:
        where = self.board_model.position(card_id)
        if where is None:
            return False
        index = self.board_model.index(*where)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def _open(self, index: QModelIndex) -> None:
        card_id = self.board_model.data(index, ID_ROLE)
        if card_id:
            self.open_requested.emit(card_id)

    def _context_menu(self, pos: Any) -> None:
        index = self.indexAt(pos)
        card_id = self.board_model.data(index, ID_ROLE) if index.isValid() else None
        if card_id:
            self.setCurrentIndex(index)
            self.menu_requested.emit(card_id)

    # ------------------------------------------------------------------ keyboard
    def keyPressEvent(self, event: Any) -> None:
        key, mods = Qt.Key(event.key()), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        card_id = self.current_card_id()
        if card_id and ctrl and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._move_by(card_id, -1 if key == Qt.Key.Key_Left else 1)
        elif card_id and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit(card_id)
        elif card_id and (key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and mods & Qt.KeyboardModifier.ShiftModifier)):
            self.menu_requested.emit(card_id)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not mods & ~Qt.KeyboardModifier.KeypadModifier:
            self._step_column(-1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End) and not ctrl:
            self._step_row(key)
        else:
            super().keyPressEvent(event)

    def _move_by(self, card_id: str, step: int) -> None:
        _row, column = self.board_model.position(card_id)
        target = column + step
        if 0 <= target < len(self.board_model.keys):
            self.move_requested.emit(card_id, self.board_model.keys[target])

    def _step_column(self, step: int) -> None:
        """To the neighbouring stage that has cards, at the same height or its last card."""
        current = self.currentIndex()
        if current.isValid():
            row, column = current.row(), current.column()
        else:
            row, column = 0, (-1 if step > 0 else len(self.board_model.keys))
        column += step
        while 0 <= column < len(self.board_model.keys):
            count = self.board_model.card_count(column)
            if count:
                self.setCurrentIndex(self.board_model.index(min(row, count - 1), column))
                return
            column += step

    def _step_row(self, key: int) -> None:
        current = self.currentIndex()
        if not current.isValid():
            self._step_column(1)
            return
        count = self.board_model.card_count(current.column())
        row = {Qt.Key.Key_Up: current.row() - 1, Qt.Key.Key_Down: current.row() + 1,
               Qt.Key.Key_Home: 0, Qt.Key.Key_End: count - 1}[key]
        if 0 <= row < count:
            self.setCurrentIndex(self.board_model.index(row, current.column()))

    # ------------------------------------------------------------------ drag and drop
    def _drop_target(self, event: Any) -> int:
        """The column under the pointer when a card is dragged there from another column, else -1."""
        card_id = card_id_of(event.mimeData())
        column = self.columnAt(int(event.position().x()))
        where = self.board_model.position(card_id) if card_id else None
        return column if where is not None and column >= 0 and column != where[1] else -1

    def _hover(self, column: int) -> None:
        if column != self.drop_column:
            self.drop_column = column
            self.viewport().update()

    def paintEvent(self, event: Any) -> None:
        """Each column as a lane behind its cards; the lane a dragged card would go to, highlighted."""
        painter = QPainter(self.viewport())
        height = self.viewport().height()
        for column in range(self.board_model.columnCount()):
            colour = DROP_HIGHLIGHT if column == self.drop_column else LANE
            painter.fillRect(self.columnViewportPosition(column) + 1, 0, self.columnWidth(column) - 2, height,
                             QColor(colour))
        painter.end()
        super().paintEvent(event)

    def dragEnterEvent(self, event: Any) -> None:
        if card_id_of(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        super().dragMoveEvent(event)  # scrolls the board near its edges
        column = self._drop_target(event)
        self._hover(column)
        if column >= 0:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: Any) -> None:
        super().dragLeaveEvent(event)
        self._hover(-1)

    def dropEvent(self, event: Any) -> None:
        column = self._drop_target(event)
        self._hover(-1)
        if column < 0:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.move_requested.emit(card_id_of(event.mimeData()), self.board_model.keys[column])


class CardFace(QLabel):
    """What a card shows, over its cell: the title in bold, then its lines. It lets the mouse through to the
    table, so clicks select and drags start as on any cell."""

    def __init__(self, title: str, lines: Sequence[str], stale: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stale = stale
        body = "<br>".join(style.rich_text(line) for line in lines if line)
        self.setText(f"<b>{style.rich_text(title)}</b>" + (f"<br>{body}" if body else ""))
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.show_current(False)

    def show_current(self, current: bool) -> None:
        colours = dict(STALE if self.stale else PLAIN)
        if current:
            colours["edge"] = CURRENT_EDGE
        self.setStyleSheet(CARD_STYLE.format(**colours))


class Board(QWidget):
    """The board with its message line. ``card_opened(id)`` when the user opens a card."""

    card_opened = Signal(str)
    moved = Signal(str, str)  # card id, the column it moved to (after the service accepted it)

    def __init__(self, ctx: Any, columns: Sequence[tuple[str, str]], *, load: Callable[[Any, Any], list[dict]],
                 move: Callable[[dict, str], Callable[[Any, Any], Any] | None], column_of: Callable[[dict], str],
                 title_of: Callable[[dict], str], lines_of: Callable[[dict], Sequence[str]],
                 is_stale: Callable[[dict], bool], texts: BoardTexts, record_types: Sequence[str] = (),
                 column_width: int = 190, card_lines: int = CARD_LINES, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self._load, self._move, self.texts = ctx, load, move, texts
        self.record_types = set(record_types)
        self.model = BoardModel(columns, column_of, title_of, lines_of, is_stale, self)
        self.view = BoardView(self.model, self)
        self.view.least_column_width = column_width
        self.view.horizontalHeader().setDefaultSectionSize(column_width)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * card_lines + 16)
        self.view.widths_changed.connect(self.fit_rows)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self.view.move_requested.connect(self.move_card)
        self.view.open_requested.connect(self.card_opened)
        self.view.menu_requested.connect(self.show_menu)
        self.model.modelReset.connect(self._place_faces)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self._faces: dict[str, CardFace] = {}
        self._keep: str | None = None
        self.busy = False
        if hasattr(ctx, "changed"):
            ctx.changed.connect(self._on_changes)

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        self._keep = self.view.current_card_id() or self._keep
        self.ctx.jobs.run("list", self._load, owner=self, on_done=self.show_rows, on_error=self.show_error,
                          serial=False)

    def set_loader(self, load: Callable[[Any, Any], list[dict]]) -> None:
        """Load the rows another way (a filter changed) and reload."""
        self._load = load
        self.reload()

    def show_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        self.model.set_rows(rows)
        if self._keep:
            self.view.select_card(self._keep)

    def _place_faces(self) -> None:
        self._faces = {}
        for column in range(self.model.columnCount()):
            for row in range(self.model.card_count(column)):
                card = self.model.card(row, column)
                face = CardFace(self.model.title_of(card), self.model.lines_of(card), bool(self.model.is_stale(card)))
                self.view.setIndexWidget(self.model.index(row, column), face)
                self._faces[_row_key(card)] = face
        self.fit_rows()

    def fit_rows(self) -> None:
        """Each row of cards as tall as its tallest card needs at its column's width: a card's wrapped lines
        (a long job title, a company) show whole rather than cut at the bottom (its tooltip holds the text too)."""
        least = self.view.verticalHeader().defaultSectionSize()
        for row in range(self.model.rowCount()):
            needed = least
            for column in range(self.model.columnCount()):
                face = self.view.indexWidget(self.model.index(row, column))
                if face is not None:
                    needed = max(needed, face.heightForWidth(self.view.columnWidth(column)))
            self.view.setRowHeight(row, needed)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        for index, on in ((previous, False), (current, True)):
            face = self._faces.get(self.model.data(index, ID_ROLE) or "") if index.isValid() else None
            if face is not None:
                face.show_current(on)
        if current.isValid() and self.model.data(current, ID_ROLE):
            self._keep = self.model.data(current, ID_ROLE)

    def _on_changes(self, changes: Changes) -> None:
        if isinstance(changes, Changes) and changes.record_types & self.record_types:
            self.reload()

    # ------------------------------------------------------------------ moving
    def move_card(self, card_id: str, to_key: str) -> None:
        """Ask the service to move the card (the caller's ``move`` builds the job); the card moves when it agrees."""
        row = self.model.row_of(card_id)
        if row is None or self.model.column_of(row) == to_key or to_key not in self.model.keys or self.busy:
            return
        op = self._move(row, to_key)
        if op is None:
            return
        self.busy = True
        self._keep = card_id
        self.ctx.jobs.run("save", op, owner=self, subject=self.model.title_of(row),
                          on_done=lambda result: self._moved(card_id, to_key, result), on_error=self._move_failed)

    def _moved(self, card_id: str, to_key: str, result: Any) -> None:
        self.busy = False
        self.message.hide()
        self.moved.emit(card_id, to_key)
        if isinstance(result, Changes) and result and hasattr(self.ctx, "publish"):
            self.ctx.publish(result)  # views that show these records refresh, this board among them
            if result.record_types & self.record_types:
                return
        self.reload()

    def _move_failed(self, error: BaseException) -> None:
        self.busy = False
        self.show_error(error)

    def show_error(self, error: BaseException) -> None:
        self.message.setText(error_text(error, getattr(self.ctx, "lang", "en")))
        self.message.show()

    def show_menu(self, card_id: str) -> None:
        """Pop the card's menu up over the card (Shift+F10, the Menu key, a right click)."""
        where = self.model.position(card_id)
        if where is not None:
            rect = self.view.visualRect(self.model.index(*where))
            self.menu_for(card_id).popup(self.view.viewport().mapToGlobal(rect.center()))

    def menu_for(self, card_id: str) -> QMenu:
        """The card's menu: Open, and Move to each other column (the mouse-free way to move it)."""
        row = self.model.row_of(card_id)
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if row is None:
            return menu
        menu.addAction(self.texts.open, lambda: self.card_opened.emit(card_id))
        here = self.model.keys.index(self.model.column_of(row))
        if here > 0:
            menu.addAction(f"{self.texts.move_left}\tCtrl+Left",
                           lambda: self.move_card(card_id, self.model.keys[here - 1]))
        if here < len(self.model.keys) - 1:
            menu.addAction(f"{self.texts.move_right}\tCtrl+Right",
                           lambda: self.move_card(card_id, self.model.keys[here + 1]))
        move_to = menu.addMenu(self.texts.move_to)
        for column, (key, title) in enumerate(zip(self.model.keys, self.model.titles)):
            action = move_to.addAction(title, lambda k=key: self.move_card(card_id, k))
            action.setEnabled(column != here)
        return menu
