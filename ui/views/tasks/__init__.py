"""Tasks: everyone's to-dos, with "mark done" for the selection."""

from ui.context import AppContext
from ui.lists import RecordListView
from ui.qt import QAction, QCoreApplication, QWidget


class TasksView(RecordListView):
    record_types = ("task", "activity")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "task", parent)
        self.done_action = self._action(self.tr("Mark done"), "Ctrl+D", self.mark_done, icon="done")

    def record_actions(self) -> list[QAction]:
        return [*super().record_actions(), self.done_action]

    def mark_done(self) -> None:
        ids, actor = self.selected_ids(), self.ctx.actor
        if ids:
            self._bulk(lambda crm, _c: crm.tasks.update_many(ids, {"done": True}, actor=actor),
                       QCoreApplication.translate("TasksView", "Marked %n task(s) done.", None, len(ids)))
