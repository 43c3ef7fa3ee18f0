"""The generic record list: filter box, saved filters, a fast table, bulk actions (its columns: ``columns.py``).

Every action has a shortcut (scoped to this list) and sits in :meth:`RecordListView.record_actions`
so the main window can show them, with their shortcuts, in its Records menu.
"""

from __future__ import annotations

from typing import Any

from sapporo_mice.formats import fill
from ui import icons, labels
from ui.context import AppContext
from ui.empty_state import EmptyState
from ui.feedback import error_text
from ui.lists.columns import ListColumns
from ui.lists.model import ListQuery, RecordTableModel
from ui.qt import (
    QAbstractItemView,
    QAction,
    QComboBox,
    QCoreApplication,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    Qt,
    QTableView,
    QTimer,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.reflow import folding_bar

FILTER_DELAY_MS = 120
USER_FILTER = "user:"


class RecordListView(QWidget):
    """A list of one record type. ``status`` carries one-line messages for the status bar."""

    status = Signal(str)

    def __init__(self, ctx: AppContext, record_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_type = record_type
        self.spec = ctx.crm.lists.spec(record_type)
        self.model = RecordTableModel(ctx, record_type, self)
        self._undo: list[list[str]] = []
        self._started = False  # the first query waits for the first show
        self._build()
        self._build_actions()
        self._build_buttons()
        self.columns = ListColumns(ctx, record_type, self.table, self.model)
        self.model.loading_changed.connect(self._show_loading)
        self.model.loaded.connect(self._show_count)
        self.model.load_failed.connect(lambda e: self._report(e))
        self._kept_selection: list[str] = []
        self._kept_current: str | None = None
        self.model.modelAboutToBeReset.connect(self._keep_selection)
        self.model.modelReset.connect(self._restore_selection)

    def showEvent(self, event: Any) -> None:  # the first query runs when the list is first shown
        super().showEvent(event)
        if not self._started:
            self.start()

    def resizeEvent(self, event: Any) -> None:  # first use: a list fitted before the window took its size
        super().resizeEvent(event)
        if self.columns.fitted and not self.columns.restored:
            self.columns.fit_to_view()

    def start(self) -> None:
        """The first query: in the sort order the user left (restored with the columns), else the default."""
        header = self.table.horizontalHeader()
        section, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        if not (self.columns.restored and 0 <= section < len(self.model.columns)
                and self.model.columns[section].sortable):
            section = self.model.columns.index(self.spec.column(self.spec.default_order))
            descending = self.spec.default_order in ("updated_at", "score")
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(section, order)  # not started yet: no query from this
        self._started = True
        self.model.set_query(ListQuery(order_by=self.model.columns[section].key,
                                       descending=order == Qt.SortOrder.DescendingOrder))

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        if self._started:  # restoring the columns, or start() itself, sets the indicator before any query
            self.model.sort(section, order)

    # ------------------------------------------------------------ layout
    def _build(self) -> None:
        self.filter_edit = QLineEdit(self, placeholderText=self.tr("Filter (Ctrl+F)…"), clearButtonEnabled=True)
        self.filter_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 14)  # the toolbar folds first
        self.saved_filters = QComboBox(self, minimumContentsLength=10)
        self.saved_filters.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.loading_label = QLabel(self.tr("Loading…"), self)
        self.count_label = QLabel(self)
        self.table = self._build_table()
        self.undo_bar = self._build_undo_bar()
        top = self._top = QHBoxLayout()
        top.addWidget(self.filter_edit, 3)
        top.addWidget(self.saved_filters, 1)
        top.addWidget(self.loading_label)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.table)
        self.empty_state = EmptyState(self)
        self.empty_state.hide()
        layout.addWidget(self.empty_state, 1)
        self._fill_saved_filters()
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS,
                                    timeout=lambda: self.model.set_text(self.filter_edit.text()))
        self.filter_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.filter_edit.returnPressed.connect(self._apply_filter_now)
        self.saved_filters.activated.connect(self._choose_saved_filter)

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setDefaultSectionSize(150)
        header.setStretchLastSection(True)
        header.sortIndicatorChanged.connect(self._sort_changed)
        table.doubleClicked.connect(lambda index: self.open_current())
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return table

    def _build_undo_bar(self) -> QWidget:
        bar = QWidget(self)
        self.undo_label = QLabel(bar)
        undo = QPushButton(self.tr("Undo (Ctrl+Z)"), bar)
        undo.clicked.connect(self.undo_delete)
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.undo_label, 1)
        row.addWidget(undo)
        bar.hide()
        return bar

    # ------------------------------------------------------------ actions
    def _action(self, text: str, shortcut: Any, slot: Any, *, on_table: bool = True,
                icon: str | None = None) -> QAction:
        """An action of this list; ``icon`` names its kind in :mod:`ui.icons` (shown in the menus and buttons)."""
        action = QAction(text, self)
        if icon:
            action.setIcon(icons.icon(self, icon))
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        if on_table:
            self.table.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.open_action = self._action(self.tr("Open"), Qt.Key.Key_Return, self.open_current, icon="open")
        self.new_action = self._action(self.tr("New record"), "Ctrl+Shift+N", self.new_record, icon="new")
        self.tag_action = self._action(self.tr("Add tag…"), "Ctrl+T", self.ask_tag, icon="tag")
        self.assign_action = self._action(self.tr("Assign owner…"), "Ctrl+Shift+O", self.ask_owner, icon="assign")
        self.delete_action = self._action(self.tr("Delete"), QKeySequence.StandardKey.Delete, self.delete_selected,
                                          icon="delete")
        self.undo_action = self._action(self.tr("Undo delete"), QKeySequence.StandardKey.Undo, self.undo_delete,
                                        icon="undo")
        self.filter_action = self._action(self.tr("Filter"), QKeySequence.StandardKey.Find, self.focus_filter,
                                          on_table=False, icon="filter")
        self.save_filter_action = self._action(self.tr("Save filter…"), "Ctrl+Shift+S", self.ask_filter_name,
                                               icon="save_filter")
        self.refresh_action = self._action(self.tr("Refresh"), QKeySequence.StandardKey.Refresh, self.model.reload,
                                           icon="refresh")
        self.tag_action.setEnabled(self.spec.has_tags)
        self.assign_action.setEnabled(bool(self.spec.owner_column))
        self.undo_action.setEnabled(False)

    def _build_buttons(self) -> None:
        """What can be done here, visible without a menu or a shortcut: New (with its name), Open, Delete and
        Refresh (icons, named in their tooltips), and every action of the list under Actions. They sit in a
        toolbar: in a narrow window (half a screen) those that do not fit go under its » button."""
        self.new_button = QToolButton(self)
        self.new_button.setDefaultAction(self.new_action)
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.tool_buttons = [self.new_button]
        for action in (self.open_action, self.delete_action, self.refresh_action):
            button = QToolButton(self, autoRaise=True)
            button.setDefaultAction(action)
            button.setToolTip(f"{action.text()} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
            self.tool_buttons.append(button)
        self.actions_button = QToolButton(self)
        self.actions_button.setText(self.tr("Actions"))
        # Text and the style's own menu arrow (an arrow icon beside it made two arrows: 「▼ 操作 ▾」)
        self.actions_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.actions_button)
        menu.aboutToShow.connect(lambda: (menu.clear(), menu.addActions(self.record_actions())))
        self.actions_button.setMenu(menu)
        self.toolbar = folding_bar(self, (*self.tool_buttons, self.actions_button))
        self._top.insertWidget(0, self.toolbar)

    def record_actions(self) -> list[QAction]:
        """The actions the main window lists in its Records menu (shortcuts shown there)."""
        return [self.open_action, self.new_action, self.tag_action, self.assign_action, self.delete_action,
                self.undo_action, self.filter_action, self.save_filter_action, self.refresh_action]

    # ------------------------------------------------------------ selection and opening
    def selected_one(self) -> str | None:
        """The one record an action is about: the single selected row, else the current row when none is
        selected (None when several are)."""
        ids = self.selected_ids()
        if len(ids) == 1:
            return ids[0]
        current = self.table.currentIndex()
        return self.model.record_id(current.row()) if current.isValid() and not ids else None

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.record_id(row) for row in rows]

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.ctx.open_record.emit(self.record_type, self.model.record_id(index.row()))

    def new_record(self) -> None:
        from ui.editors import (
            open_editor,  # the editors are built separately; imported when used
        )

        open_editor(self.ctx, self.record_type, None, self.window())

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _apply_filter_now(self) -> None:
        self._filter_timer.stop()
        self.model.set_text(self.filter_edit.text())
        self.table.setFocus()

    # ------------------------------------------------------------ bulk actions
    def ask_tag(self) -> None:
        if self.selected_ids():
            tag, ok = QInputDialog.getText(self, self.tr("Add tag"), self.tr("Tag for the selected records:"))
            if ok and tag.strip():
                self.tag_selected(tag.strip())

    def ask_owner(self) -> None:
        if self.selected_ids():
            owner, ok = QInputDialog.getText(self, self.tr("Assign owner"), self.tr("Owner of the selected records:"),
                                             text=self.ctx.actor)
            if ok:
                self.assign_selected(owner.strip() or None)

    def tag_selected(self, tag: str) -> None:
        ids, record_type, actor = self.selected_ids(), self.record_type, self.ctx.actor
        self._bulk(lambda crm, _c: crm.service(record_type).add_tag_many(ids, tag, actor=actor),
                   QCoreApplication.translate("RecordListView", "Tagged %n record(s).", None, len(ids)))

    def assign_selected(self, owner: str | None) -> None:
        ids, record_type, actor = self.selected_ids(), self.record_type, self.ctx.actor
        values = {self.spec.owner_column: owner}
        self._bulk(lambda crm, _c: crm.service(record_type).update_many(ids, values, actor=actor),
                   QCoreApplication.translate("RecordListView", "Assigned %n record(s).", None, len(ids)))

    def delete_selected(self) -> None:
        ids, record_type, actor = self.selected_ids(), self.record_type, self.ctx.actor
        if not ids:
            return
        message = QCoreApplication.translate("RecordListView", "Deleted %n record(s).", None, len(ids))
        self._bulk(lambda crm, _c: crm.service(record_type).delete_many(ids, actor=actor), message,
                   after=lambda: self._remember_deleted(ids, message))

    def undo_delete(self) -> None:
        if not self._undo:
            return
        ids, record_type, actor = self._undo.pop(), self.record_type, self.ctx.actor
        self.undo_action.setEnabled(bool(self._undo))
        self.undo_bar.setVisible(bool(self._undo))
        self._bulk(lambda crm, _c: crm.service(record_type).restore_many(ids, actor=actor),
                   QCoreApplication.translate("RecordListView", "Restored %n record(s).", None, len(ids)))

    def _remember_deleted(self, ids: list[str], message: str) -> None:
        self._undo.append(ids)
        self.undo_action.setEnabled(True)
        self.undo_label.setText(message)
        self.undo_bar.show()

    def _bulk(self, op: Any, message: str, after: Any = None) -> None:
        def done(changes: Any) -> None:
            self.ctx.publish(changes)
            self.status.emit(message)
            if after:
                after()

        self.ctx.jobs.run("bulk", op, owner=self, on_done=done, on_error=self._report)

    def _report(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Could not complete the action"), error_text(error, self.ctx.lang))

    # ------------------------------------------------------------ saved filters
    def _fill_saved_filters(self) -> None:
        combo = self.saved_filters
        combo.clear()
        combo.addItem(self.tr("All records"), None)
        for key in self.ctx.crm.lists.builtin_filters(self.record_type):
            combo.addItem(labels.filter_title(key, self.record_type), key)
        user_filters = self._user_filters()
        if user_filters:
            combo.insertSeparator(combo.count())
            for name in user_filters:
                combo.addItem(name, USER_FILTER + name)

    def _user_filters(self) -> dict[str, dict[str, Any]]:
        return dict(self.ctx.settings.get("saved_filters").get(self.record_type, {}))

    def _choose_saved_filter(self, index: int) -> None:
        self.apply_saved_filter(self.saved_filters.itemData(index))

    def apply_saved_filter(self, key: str | None) -> None:
        """Apply a built-in filter key, ``user:<name>`` for a saved one, or None for all records."""
        found = self.saved_filters.findData(key)
        if found >= 0:
            self.saved_filters.setCurrentIndex(found)
        if key and key.startswith(USER_FILTER):
            saved = self._user_filters().get(key[len(USER_FILTER):], {})
            self.filter_edit.blockSignals(True)
            self.filter_edit.setText(saved.get("text", ""))
            self.filter_edit.blockSignals(False)
            self.model.set_query(ListQuery(saved.get("text", ""), saved.get("filter"), self.model.query.order_by,
                                           self.model.query.descending))
        else:
            self.model.set_filter(key)

    def ask_filter_name(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save filter"), self.tr("Name of this filter:"))
        if ok and name.strip():
            self.save_filter(name.strip())

    def save_filter(self, name: str) -> None:
        """Keep the current text and saved filter under ``name`` (in settings, per record type)."""
        every = dict(self.ctx.settings.get("saved_filters"))
        mine = dict(every.get(self.record_type, {}))
        query = self.model.query
        mine[name] = {"text": query.text, "filter": query.filter if not (query.filter or "").startswith(USER_FILTER) else None}
        every[self.record_type] = mine
        self.ctx.settings.set("saved_filters", every)
        self._fill_saved_filters()
        self.saved_filters.setCurrentIndex(self.saved_filters.findData(USER_FILTER + name))

    def _keep_selection(self) -> None:
        current = self.table.currentIndex()
        self._kept_selection = self.selected_ids()
        self._kept_current = self.model.record_id(current.row()) if current.isValid() else None

    def _restore_selection(self) -> None:
        """A re-query keeps the same records selected (a bulk action's list refresh must not drop them)."""
        flags = self.table.selectionModel().SelectionFlag
        for record_id in self._kept_selection:
            row = self.model.row_of(record_id)
            if row >= 0:
                self.table.selectionModel().select(self.model.index(row, 0), flags.Select | flags.Rows)
        row = self.model.row_of(self._kept_current) if self._kept_current else -1
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags.NoUpdate)

    # ------------------------------------------------------------ state display
    def _show_loading(self, loading: bool) -> None:
        self.loading_label.setVisible(loading)

    def _show_count(self, count: int, _ms: float) -> None:
        self.count_label.setText(QCoreApplication.translate("RecordListView", "%n record(s)", None, count))
        self._show_empty_state(count == 0)

    def _show_empty_state(self, empty: bool) -> None:
        """An empty list says why: nothing recorded yet (and New adds the first), or nothing matches."""
        name = labels.record_type_label(self.record_type)
        if self.model.query.text or self.model.query.filter:
            self.empty_state.show_text(fill(self.tr("No %1 matches this filter."), name),
                                       self.tr("Show all"), self.clear_filter)
        else:
            new = self.new_action.text()
            self.empty_state.show_text(fill(self.tr("No %1 records yet. Add the first with “%2”."),
                                            name, new), new, self.new_record)
        self.empty_state.setVisible(empty)
        self.table.setVisible(not empty)

    def clear_filter(self) -> None:
        self._filter_timer.stop()
        self.filter_edit.blockSignals(True)
        self.filter_edit.clear()
        self.filter_edit.blockSignals(False)
        self.saved_filters.setCurrentIndex(0)
        self.model.set_query(ListQuery("", None, self.model.query.order_by, self.model.query.descending))
