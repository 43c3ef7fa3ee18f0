"""The main window: it only composes views — navigation, menus, the status bar.

Each area is a view built on first use (``ui.views.AREAS``). Records open through
``ctx.open_record``: the window switches to the record's area and asks ``ui.editors`` for the editor.
"""

from __future__ import annotations

from typing import Any

from sapporo_mice.formats import fill, listed
from ui.context import AppContext
from ui.qt import (
    QAction,
    QByteArray,
    QKeySequence,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    Qt,
    QTimer,
    QToolButton,
    QWidget,
)
from ui.views import AREAS, area
from ui.values import as_written

# Which area shows a record type (records of other types open in the current area).
AREA_OF_TYPE = {
    "lead": "leads", "bid": "bids", "meeting_series": "bids", "fair": "fairs", "participation": "fairs",
    "organization": "companies", "company_profile": "companies", "consultation": "companies",
    "expansion_case": "companies", "target_market": "companies", "support_need": "companies",
    "support_given": "companies", "contact": "contacts", "student": "talent", "opening": "talent",
    "match": "matches", "task": "tasks", "activity": "tasks",
    # --- network
    "partner_city": "network", "city_network": "network", "network_membership": "network", "exchange": "network",
    "visit": "network", "participant": "network", "programme_item": "network", "gift": "network",
}
PROGRESS_DELAY_MS = 400  # quick reads show no progress bar unless they run longer than this


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Sapporo MICE CRM"))
        self.views: dict[str, QWidget] = {}
        self.nav = QListWidget(self)
        self.stack = QStackedWidget(self)
        splitter = QSplitter(self)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self._build_navigation()
        # as wide as its longest title (「姉妹都市・ネットワーク」) up to its maximum; the view takes the rest
        splitter.setSizes([max(180, min(self.nav.maximumWidth(), self.nav.sizeHintForColumn(0)
                                        + 2 * self.nav.frameWidth() + 12)), 1000])
        self._build_menus()
        self._build_status_bar()
        ctx.open_record.connect(self.open_record)
        self.restore_state()

    # ------------------------------------------------------------ navigation
    def _build_navigation(self) -> None:
        for spec in AREAS:
            item = QListWidgetItem(spec.title, self.nav)
            item.setToolTip(f"{spec.title} ({QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.stack.addWidget(self._stand_in())  # replaced by the real view on first use
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(220)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # each title is in its tooltip
        self.nav.currentRowChanged.connect(lambda row: self.show_area(AREAS[row].key))

    def view(self, key: str) -> QWidget:
        """The view of area ``key``, built the first time it is shown once the database is open (until
        then its page says the database is opening, and the window paints without waiting for it)."""
        if key not in self.views and self.ctx.crm is not None:
            index = [a.key for a in AREAS].index(key)
            stand_in = self.stack.widget(index)
            self.views[key] = area(key).build(self.ctx, self.stack)
            self.stack.insertWidget(index, self.views[key])
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            if hasattr(self.views[key], "status"):
                self.views[key].status.connect(self.show_message)
        return self.views.get(key) or self.stack.widget([a.key for a in AREAS].index(key))

    def show_area(self, key: str) -> QWidget:
        view = self.view(key)
        self.stack.setCurrentWidget(view)
        row = [a.key for a in AREAS].index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        return view

    def _ready(self) -> None:
        """The database is open: build the view on show, and every later one as it is chosen."""
        self._show_location()
        self.show_area(AREAS[max(self.nav.currentRow(), 0)].key)

    def _stand_in(self) -> QWidget:
        page = QLabel(self.tr("Opening the database…"), self.stack)
        page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return page

    def current_view(self) -> QWidget:
        return self.stack.currentWidget()

    def _opened(self) -> bool:
        """Whether the database is open; if not yet, say so (the action is offered again in a moment)."""
        if self.ctx.crm is None:
            self.show_message(self.tr("The database is still opening. Try again in a moment."))
        return self.ctx.crm is not None

    def open_record(self, record_type: str, record_id: str) -> None:
        if not self._opened():
            return
        key = AREA_OF_TYPE.get(record_type)
        if key:
            view = self.show_area(key)
            if hasattr(view, "show_type"):
                view.show_type(record_type)
        try:
            from ui.editors import open_editor

            open_editor(self.ctx, record_type, record_id or None, self)
        except ImportError:  # editors not built in this checkout
            self.show_message(self.tr("The editor for this record is not available yet."))

    # ------------------------------------------------------------ menus
    def _action(self, menu: Any, text: str, shortcut: Any, slot: Any) -> QAction:
        action = menu.addAction(text)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("Quick lead…"), "Ctrl+N", self.open_quick_lead)
        self._action(file_menu, self.tr("Search everything…"), "Ctrl+K", self.open_search)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Settings…"), "Ctrl+,", self.open_settings)
        self._action(file_menu, self.tr("Backups and database check…"), "Ctrl+Alt+B",
                     lambda: open_backups(self.ctx, self))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Quit"), "Ctrl+Q", self.close)
        go_menu = bar.addMenu(self.tr("&Go"))
        for spec in AREAS:
            self._action(go_menu, as_written(spec.title), spec.shortcut, lambda key=spec.key: self.show_area(key))
        self.records_menu = bar.addMenu(self.tr("&Records"))
        self.records_menu.aboutToShow.connect(self._fill_records_menu)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("About"), QKeySequence.StandardKey.HelpContents, self._about)

    def _fill_records_menu(self) -> None:
        self.records_menu.clear()
        actions = getattr(self.current_view(), "record_actions", lambda: [])()
        for action in actions:
            self.records_menu.addAction(action)
        if not actions:
            self.records_menu.addAction(self.tr("No record actions here")).setEnabled(False)

    def open_search(self) -> None:
        from ui.search_dialog import SearchDialog

        if not self._opened():
            return
        dialog = SearchDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_quick_lead(self) -> None:
        if not self._opened():
            return
        try:
            from ui.editors import open_quick_lead

            open_quick_lead(self.ctx, self)
        except ImportError:
            self.show_message(self.tr("Quick lead entry is not available yet."))

    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        notice = dialog.restart_notice()
        dialog.saved.connect(lambda changed: self.show_message(notice) if dialog.needs_restart(changed) else None)
        dialog.open()
        return dialog

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About"), self.tr("Sapporo MICE CRM — for the City of Sapporo's international "
                                                          "and economic-affairs staff."))

    # ------------------------------------------------------------ status bar
    def _build_status_bar(self) -> None:
        status = self.statusBar()
        # Empty until the database is open: meanwhile the open job's own label says "Opening the database"
        # (saying it twice in one status bar read as a stutter).
        self.db_label = QLabel("", self)
        self.ctx.ready.connect(self._ready)
        if self.ctx.location:
            self._show_location()
        self.user_label = QLabel(fill(self.tr("User: %1"), self.ctx.actor), self)
        self.job_label = QLabel(self)
        self.job_bar = QProgressBar(self, maximumWidth=160, textVisible=False)
        self.cancel_button = QToolButton(self, text=self.tr("Cancel"), toolTip=self.tr("Cancel the background work"))
        self.cancel_button.clicked.connect(self.ctx.jobs.cancel_all)
        from ui.views.sync.pending import PendingLabel

        self.pending_label = PendingLabel(self.ctx, self)
        for widget in (self.job_label, self.job_bar, self.cancel_button, self.pending_label, self.user_label,
                       self.db_label):
            status.addPermanentWidget(widget)
        self._progress_timer = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS, timeout=self._show_jobs)
        # Bound methods, not lambdas: Qt drops a connection to a window's method when the window goes, where a lambda
        # stayed connected to the runner and touched the window's deleted labels when a later job finished.
        self.ctx.jobs.started.connect(self._job_came_or_went)
        self.ctx.jobs.finished.connect(self._job_came_or_went)
        self.ctx.jobs.progressed.connect(self._job_progress)
        self._show_jobs(delay=True)

    def _show_jobs(self, delay: bool = False) -> None:
        """Show the running background work (after a short delay for quick reads, to avoid flicker)."""
        active = self.ctx.jobs.active
        if delay and active:
            self._progress_timer.start()
            return
        running = bool(active)
        self.job_label.setText(listed((j.label for j in active if not j.quiet), self.ctx.lang)[:60] or
                               self.tr("Working…") if running else "")
        self.job_bar.setRange(0, 0)
        for widget in (self.job_label, self.job_bar, self.cancel_button):
            widget.setVisible(running)

    def _job_came_or_went(self, job: Any) -> None:
        """A job started (shown at once unless it is a quiet read) or finished (what still runs, after the delay)."""
        self._show_jobs(delay=job.quiet or job not in self.ctx.jobs.active)

    def _job_progress(self, job: Any, done: int, total: int, message: str) -> None:
        self.job_bar.setRange(0, max(total, 0))
        self.job_bar.setValue(done)
        self.job_label.setText(message or job.label)
        for widget in (self.job_label, self.job_bar, self.cancel_button):
            widget.setVisible(True)

    def _show_location(self) -> None:
        kind, where = self.ctx.location
        text = self.tr("This computer: %1") if kind == "file" else self.tr("Office server: %1")
        self.db_label.setText(fill(text, where))

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    # ------------------------------------------------------------ state
    def restore_state(self) -> None:
        settings = self.ctx.settings
        geometry, state = settings.get("window_geometry"), settings.get("window_state")
        if not geometry or not self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii"))):
            self.resize(1200, 760)
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode("ascii")))
        last = settings.get("last_view")
        self.show_area(last if last in {a.key for a in AREAS} else "home")

    def closeEvent(self, event: Any) -> None:
        settings = self.ctx.settings
        settings.set("window_geometry", bytes(self.saveGeometry().toBase64()).decode("ascii"))
        settings.set("window_state", bytes(self.saveState().toBase64()).decode("ascii"))
        settings.set("last_view", AREAS[self.nav.currentRow()].key)
        super().closeEvent(event)


def open_backups(ctx: AppContext, parent: QWidget) -> QWidget:
    """The backups and database check dialog (built on first use: not on the start-up path)."""
    from ui.backups_dialog import open_backups_dialog

    return open_backups_dialog(ctx, parent)
