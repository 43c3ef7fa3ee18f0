"""Students & openings: two lists on tabs (Ctrl+PgUp/PgDown switches)."""

from ui.context import AppContext
from ui.lists import RecordListView
from ui.qt import QAction, QTabWidget, QWidget


class TalentView(QTabWidget):
    record_types = ("student", "opening")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.students = RecordListView(ctx, "student", self)
        self.openings = RecordListView(ctx, "opening", self)
        self.addTab(self.students, self.tr("Students"))
        self.addTab(self.openings, self.tr("Openings"))

    def list_for(self, record_type: str) -> RecordListView:
        return self.openings if record_type == "opening" else self.students

    def show_type(self, record_type: str) -> None:
        self.setCurrentWidget(self.list_for(record_type))

    def record_actions(self) -> list[QAction]:
        return self.currentWidget().record_actions()

    def focus_filter(self) -> None:
        self.currentWidget().focus_filter()
