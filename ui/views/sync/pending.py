"""The status bar's count of unsent changes (kept apart from the Sync view: the main window builds it at
start-up, before the core is imported)."""

from __future__ import annotations

from typing import Any

from sapporo_mice.formats import fill
from ui.context import AppContext
from ui.qt import QLabel, QWidget


class PendingLabel(QLabel):
    """The status bar's count of changes waiting to be sent (refreshed after every change and job)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.ready.connect(self.refresh)
        ctx.changed.connect(self._changed)  # bound methods: Qt drops them with the label (a lambda would stay)
        ctx.jobs.finished.connect(self._job_finished)
        if ctx.crm is not None:
            self.refresh()

    def _changed(self, _changes: object) -> None:
        self.refresh()

    def _job_finished(self, job: Any) -> None:
        if job.kind not in ("sync_pending", "sync_status") and not job.quiet:
            self.refresh()

    def refresh(self) -> None:
        self.ctx.jobs.run("sync_pending", lambda crm, control: crm.sync.pending_count(), owner=self,
                          on_done=self._show)

    def _show(self, pending: int) -> None:
        self.setText(fill(self.tr("Unsent: %1"), f"{pending:,}") if pending else self.tr("All sent"))
        self.setToolTip(self.tr("Changes on this computer waiting to be sent to the office"))
