"""The duplicate finder (contacts and organizations; the whole table or one record) and the merge dialog.

The finder lists candidate pairs with their reasons (``crm.dedupe.candidates``).
The merge dialog shows both records side by side, one radio button per field and side, pre-set
from ``crm.dedupe.preview``; merging is a deliberate click, and right after it an
Undo button can reverse it. :class:`MergeHistoryDialog` lists a record's merges (``merges_of``) to undo
one later.
"""

from __future__ import annotations

from typing import Any

from sapporo_mice import formats
from sapporo_mice.formats import fill
from ui import i18n, labels, style
from ui.context import AppContext
from ui.editors.field_labels import field_label
from ui.feedback import ERROR_STYLE, OK_STYLE, error_text, message_label
from ui.rows import RowsModel
from ui.editors.panels import field_value_text
from ui.values import as_written, format_datetime
from ui.qt import (
    QAbstractItemView,
    QButtonGroup,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)

SURVIVOR, LOSER = "survivor", "loser"  # the sides of a merge, as crm.dedupe names them

NAME_FIELD = {"contact": "display_name", "organization": "name"}
HIDDEN_FIELDS = {"name_order"}


def reason_label(reason: str) -> str:
    texts = {"email": QCoreApplication.translate("Duplicates", "same email"),
             "phone": QCoreApplication.translate("Duplicates", "same phone"),
             "name_org": QCoreApplication.translate("Duplicates", "same name and company"),
             "corporate_number": QCoreApplication.translate("Duplicates", "same corporate number"),
             "company_name": QCoreApplication.translate("Duplicates", "same company name (legal form ignored)")}
    return texts.get(reason, reason)


def candidate_line(candidate: Any, href: str, lang: str) -> str:
    """A possible duplicate as the warnings while typing list it (quick lead, booth capture): the person as a link,
    their company in the parentheses its script takes (in English by its English name), and why. No dash: beside
    Japanese it is drawn as 一."""
    return f'<a href="{href}">{style.rich_text(candidate.name)}</a>{company_aside(candidate, lang)}: ' \
        f'{reason_label(candidate.reason)}'


def company_aside(candidate: Any, lang: str) -> str:
    """A candidate's company to stand after their name, in the parentheses its script takes (rich text), in English
    by its English name where it has one; "" without one."""
    company = formats.name(candidate.organization_name, getattr(candidate, "organization_name_en", None), lang)
    return style.rich_text(formats.aside_suffix(company))


def shown_value(preview: Any, side: str, name: str) -> str:
    record = preview.survivor if side == SURVIVOR else preview.loser
    value = record.get(name)
    if name == "organization_id":  # the company as the reader knows it (its English name in English)
        shown = formats.name(record.get("organization_name"), record.get("organization_name_en"), i18n.language(),
                             record.get("organization_name_ja"))
        return shown or ("" if value is None else str(value))
    return field_value_text(preview.record_type, name, value, i18n.language())  # names and labels, never codes


class DuplicateFinder(QWidget):
    """Candidate pairs of one record type, best first; Merge opens the side-by-side dialog."""

    def __init__(self, ctx: AppContext, record_type: str, record_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx, self.record_type, self.record_id = ctx, record_type, record_id
        self.setWindowTitle(fill(self.tr("Possible duplicates — %1"), labels.record_type_label(record_type)))
        self.model = RowsModel([self.tr("Score"), self.tr("Record"), self.tr("Possible duplicate"),
                                self.tr("Why")], self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.merge_selected())
        self.summary = QLabel(self)
        self.merge_button = QPushButton(self.tr("Merge…"), self)
        self.merge_button.clicked.connect(self.merge_selected)
        refresh = QPushButton(self.tr("Search again"), self)
        refresh.clicked.connect(self.reload)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(refresh)
        buttons.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.resize(820, 480)
        self.reload()

    def reload(self) -> None:
        record_type, record_id = self.record_type, self.record_id
        self.summary.setText(self.tr("Searching…"))
        self.ctx.jobs.run("duplicates", lambda crm, _c: crm.dedupe.candidates(record_type, record_id), owner=self,
                          on_done=self.show_candidates,
                          on_error=lambda e: self.summary.setText(error_text(e, self.ctx.lang)))

    def show_candidates(self, candidates: list[Any]) -> None:
        rows = [[c.score, c.left_title, c.right_title, formats.listed(map(reason_label, c.reasons), self.ctx.lang)]
                for c in candidates]
        self.model.set_rows(rows, candidates)
        self.summary.setText(self.tr("%n possible duplicate pair(s). Nothing is merged without you.", "",
                                     len(candidates)))
        if candidates:
            self.table.selectRow(0)

    def merge_selected(self) -> "MergeDialog | None":
        rows = self.table.selectionModel().selectedRows()
        candidate = self.model.key(rows[0].row()) if rows else None
        if candidate is None:
            return None
        dialog = MergeDialog(self.ctx, self.record_type, candidate.left_id, candidate.right_id, self)
        dialog.finished.connect(lambda _r: self.reload())
        dialog.open()
        return dialog


class MergeDialog(QDialog):
    """Side by side: the record kept (left) and the one merged into it (right), a choice per field."""

    def __init__(self, ctx: AppContext, record_type: str, survivor_id: str, loser_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record_type = ctx, record_type
        self.survivor_id, self.loser_id = survivor_id, loser_id
        self.preview: Any | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self.merge_id: str | None = None
        self.setWindowTitle(self.tr("Merge duplicates"))
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        intro = QLabel(self.tr("Choose, for each field, the value to keep. The record on the right is merged "
                               "into the one on the left; its linked records move over. You can undo this."), self)
        intro.setWordWrap(True)
        self.status = message_label(self, OK_STYLE)
        self.buttons = QDialogButtonBox(self)
        self.swap_button = self.buttons.addButton(self.tr("Swap sides"), QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button = self.buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.undo_button = self.buttons.addButton(self.tr("Undo merge"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.undo_button.hide()
        self.swap_button.clicked.connect(self.swap)
        self.merge_button.clicked.connect(self.merge)
        self.undo_button.clicked.connect(self.undo)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(860, 620)
        self.load()

    def load(self) -> None:
        args = (self.record_type, self.survivor_id, self.loser_id)
        self.merge_button.setEnabled(False)
        self.ctx.jobs.run("merge_preview", lambda crm, _c: crm.dedupe.preview(*args), owner=self,
                          on_done=self.show_preview, on_error=self._failed)

    def swap(self) -> None:
        self.survivor_id, self.loser_id = self.loser_id, self.survivor_id
        self.load()

    def show_preview(self, preview: Any) -> None:
        self.preview = preview
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.groups = {}
        name = NAME_FIELD[self.record_type]
        self._header(fill(self.tr("Keep: %1"), str(preview.survivor.get(name) or "")),
                     fill(self.tr("Merge away: %1"), str(preview.loser.get(name) or "")))
        for pair in preview.fields:
            if pair.field not in HIDDEN_FIELDS and (pair.survivor not in (None, "") or pair.loser not in (None, "")):
                self._field_row(preview, pair)
        if self.record_type == "contact":
            note = QLabel(self.tr("Emails and phones of both records are kept (the same number only once)."),
                          self.grid_host)
            note.setWordWrap(True)
            self.grid.addWidget(note, self.grid.rowCount(), 0, 1, 3)
        self.grid.setRowStretch(self.grid.rowCount(), 1)
        self.merge_button.setEnabled(self.merge_id is None)

    def _header(self, left: str, right: str) -> None:
        for column, text in enumerate((self.tr("Field"), left, right)):
            label = QLabel(text, self.grid_host)
            label.setStyleSheet("font-weight: bold;")
            label.setWordWrap(True)
            self.grid.addWidget(label, 0, column)

    def _field_row(self, preview: Any, pair: Any) -> None:
        row = self.grid.rowCount()
        self.grid.addWidget(QLabel(field_label(self.record_type, pair.field), self.grid_host), row, 0)
        group = QButtonGroup(self)
        same = pair.survivor == pair.loser
        for column, side in ((1, SURVIVOR), (2, LOSER)):
            text = shown_value(preview, side, pair.field) or self.tr("(empty)")
            button = QRadioButton(as_written(text), self.grid_host)
            button.setProperty("side", side)
            button.setChecked(pair.default == side)
            button.setEnabled(not same)
            group.addButton(button)
            self.grid.addWidget(button, row, column)
        self.groups[pair.field] = group

    def choices(self) -> dict[str, str]:
        return {name: group.checkedButton().property("side") for name, group in self.groups.items()
                if group.checkedButton() is not None and group.checkedButton().isEnabled()}

    def choose(self, field: str, side: str) -> None:
        for button in self.groups[field].buttons():
            button.setChecked(button.property("side") == side)

    def merge(self) -> None:
        if self.preview is None:
            return
        actor, record_type = self.ctx.actor, self.record_type
        survivor, loser, choices = self.survivor_id, self.loser_id, self.choices()
        versions = {"survivor_version": self.preview.survivor["version"], "loser_version": self.preview.loser["version"]}
        self.merge_button.setEnabled(False)
        self.swap_button.setEnabled(False)
        self.ctx.jobs.run("merge", lambda crm, _c: crm.dedupe.merge(record_type, survivor, loser, choices, actor=actor,
                                                                    **versions),
                          owner=self, on_done=self._merged, on_error=self._failed)

    def _merged(self, result: Any) -> None:
        self.merge_id = result.merge_id
        self.ctx.publish(result.changes)
        moved = sum(result.moved.values())
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(self.tr("Merged. %n linked record(s) moved to the kept record.", "", moved))
        self.undo_button.show()
        self.undo_button.setEnabled(True)

    def undo(self) -> None:
        if not self.merge_id:
            return
        actor, merge_id = self.ctx.actor, self.merge_id
        self.undo_button.setEnabled(False)
        self.ctx.jobs.run("undo_merge", lambda crm, _c: crm.dedupe.undo(merge_id, actor=actor), owner=self,
                          on_done=self._undone, on_error=self._failed)

    def _undone(self, result: Any) -> None:
        self.ctx.publish(result.changes)
        self.merge_id = None
        self.undo_button.hide()
        self.swap_button.setEnabled(True)
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(self.tr("The merge was undone: both records are back."))
        self.load()

    def _failed(self, error: BaseException) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(error_text(error, self.ctx.lang))
        self.merge_button.setEnabled(self.preview is not None and self.merge_id is None)
        self.swap_button.setEnabled(self.merge_id is None)
        self.undo_button.setEnabled(self.merge_id is not None)


class MergeHistoryDialog(QDialog):
    """The merges a record took part in (``merges_of``), newest first, each undoable while it can be."""

    def __init__(self, ctx: AppContext, record_type: str, record_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record_type, self.record_id = ctx, record_type, record_id
        self.setWindowTitle(self.tr("Undo merge"))
        self.model = RowsModel([self.tr("Merged at"), self.tr("By"), self.tr("Role of this record"),
                                self.tr("Undone")], self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = message_label(self, OK_STYLE)
        buttons = QDialogButtonBox(self)
        self.undo_button = buttons.addButton(self.tr("Undo selected merge"), QDialogButtonBox.ButtonRole.ActionRole)
        self.undo_button.clicked.connect(self.undo_selected)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(620, 320)
        self.reload()

    def reload(self) -> None:
        args = (self.record_type, self.record_id)
        self.ctx.jobs.run("merges", lambda crm, _c: crm.dedupe.merges_of(*args), owner=self, on_done=self.show_merges)

    def show_merges(self, merges: list[Any]) -> None:
        kept, away = self.tr("kept"), self.tr("merged away")
        rows = [[format_datetime(m.merged_at), m.merged_by, kept if m.survivor_id == self.record_id else away,
                 format_datetime(m.undone_at)] for m in merges]
        self.model.set_rows(rows, merges)
        if merges:
            self.table.selectRow(0)
        self.undo_button.setEnabled(any(m.undone_at is None for m in merges))

    def undo_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        merge = self.model.key(rows[0].row()) if rows else None
        if merge is None or merge.undone_at is not None:
            return
        actor = self.ctx.actor
        self.ctx.jobs.run("undo_merge", lambda crm, _c: crm.dedupe.undo(merge.id, actor=actor), owner=self,
                          on_done=self._undone, on_error=self._failed)

    def _undone(self, result: Any) -> None:
        self.ctx.publish(result.changes)
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(self.tr("The merge was undone."))
        self.reload()

    def _failed(self, error: BaseException) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(error_text(error, self.ctx.lang))
