"""Students & openings: two lists on tabs (Ctrl+PgUp/PgDown switches); the office's matching weights, the data
officer's retention purge and access log at the tabs' corner."""

from typing import Any

from ui.briefs import brief_action
from ui.context import AppContext
from ui.lists import RecordListView
from ui.qt import QAction, QPushButton, QTabWidget, QWidget
from ui.reflow import folding_bar


class StudentsList(RecordListView):
    """The students: the list's actions, and Brief… (Ctrl+P), the selected student's profile sheet for a
    company (only under the sharing consent; each one written to the access log)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "student", parent)
        self.brief_action = brief_action(self)

    def record_actions(self) -> list[QAction]:
        return [*super().record_actions(), self.brief_action]


class TalentView(QTabWidget):
    record_types = ("student", "opening")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.students = StudentsList(ctx, self)
        self.openings = RecordListView(ctx, "opening", self)
        self.addTab(self.students, self.tr("Students"))
        self.addTab(self.openings, self.tr("Openings"))
        self.ctx = ctx
        self.purge_button = QPushButton(self.tr("Retention purge…"), self)
        self.log_button = QPushButton(self.tr("Access log…"), self)
        self.weights_button = QPushButton(self.tr("Matching weights…"), self)
        self.weights_button.clicked.connect(self.open_weights)
        self.purge_button.clicked.connect(self.open_purge)
        self.log_button.clicked.connect(self.open_access_log)
        # in a narrow window (half a screen) the buttons that do not fit go under the bar's » button
        self.setCornerWidget(folding_bar(self, (self.weights_button, self.purge_button, self.log_button)))

    def resizeEvent(self, event: Any) -> None:
        """The tabs keep their width; the corner's bar gets the rest (and folds what does not fit)."""
        room = event.size().width() - self.tabBar().sizeHint().width() - 8
        self.cornerWidget().setMaximumWidth(max(room, self.cornerWidget().minimumSizeHint().width()))
        super().resizeEvent(event)

    def open_weights(self) -> QWidget:
        from ui.views.talent.weights import WeightsDialog

        dialog = WeightsDialog(self.ctx, self)
        dialog.open()
        return dialog

    def open_purge(self) -> QWidget:
        from ui.views.talent.privacy import PurgeDialog

        dialog = PurgeDialog(self.ctx, self)
        dialog.open()
        return dialog

    def open_access_log(self) -> QWidget:
        from ui.views.talent.privacy import AccessLogDialog

        dialog = AccessLogDialog(self.ctx, self)
        dialog.open()
        return dialog

    def list_for(self, record_type: str) -> RecordListView:
        return self.openings if record_type == "opening" else self.students

    def show_type(self, record_type: str) -> None:
        self.setCurrentWidget(self.list_for(record_type))

    def record_actions(self) -> list[QAction]:
        return self.currentWidget().record_actions()

    def focus_filter(self) -> None:
        self.currentWidget().focus_filter()
