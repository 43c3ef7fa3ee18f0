"""Opening the CRM on a worker while the main window paints, and what to do when it cannot be opened."""

from __future__ import annotations

from typing import Any

from ui.qt import QObject, Signal


class Startup(QObject):
    """Opens the CRM on a worker; on failure asks the user (try again, this computer's database, or quit)."""

    opened = Signal()

    def __init__(self, ctx: Any, window: Any, url: str | None) -> None:
        super().__init__(window)
        self.ctx, self.window, self.url = ctx, window, url
        self.passphrase: str | None = None  # an encrypted database's, as typed; dropped once it is open
        self.passphrase_dialog: Any = None

    def open(self) -> None:
        url, passphrase = self.url, self.passphrase

        def opening() -> Any:
            # Imported here, on the worker: the core's imports take half a second, which the GUI thread
            # must not spend.
            from sapporo_mice.crm import Crm

            return Crm.open(url, passphrase=passphrase)

        self.ctx.jobs.open_crm(opening, owner=self, on_done=self._opened, on_error=self._failed)

    def _opened(self, crm: Any) -> None:
        from sapporo_mice import collection

        self.passphrase = None
        self.ctx.attach(crm)
        collection.settle()  # what start-up built, out of the collector's sight
        # The day's backup of this computer's database (at most one a day; the core decides, by the setting).
        self.ctx.jobs.run("auto_backup", lambda crm, _control: crm.maintenance.auto_backup(), owner=self)
        # Search rows an older version wrote, brought up to what search finds now: once after an upgrade (or a
        # restored backup), beside the user's work (short transactions, not queued before the lists' loads).
        self.ctx.jobs.run("search_upkeep", lambda crm, control: crm.maintenance.refresh_search_rows(
            progress=control.progress, only_if_due=True), owner=self, serial=False)
        self.opened.emit()

    def _failed(self, error: BaseException) -> None:
        from sapporo_mice.errors import PassphraseNeededError
        from ui.app import ask_after_failure

        if isinstance(error, PassphraseNeededError):  # an encrypted database: ask (again, after a wrong one)
            self.ask_passphrase(error)
            return

        choice = ask_after_failure(self.window, error, self.url, self.ctx.lang)
        if choice == "quit":
            self.window.close()
            return
        if choice == "local":
            from sapporo_mice import paths

            self.url = paths.default_database_url()
            self.ctx.settings.set("database_url", "")
        self.open()

    def ask_passphrase(self, error: Any) -> None:
        from ui.safety.passphrase import ask_database_passphrase

        def answered(passphrase: str | None) -> None:
            self.passphrase_dialog = None
            if passphrase is None:
                self.window.close()
                return
            self.passphrase = passphrase
            self.open()

        self.passphrase_dialog = ask_database_passphrase(self.window, error, self.ctx.lang, answered)
