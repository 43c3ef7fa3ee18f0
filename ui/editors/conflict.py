"""The optimistic-lock conflict prompt: for each field both people changed, keep yours or theirs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sapporo_mice.formats import fill
from ui.editors.field_labels import field_label
from ui.feedback import MUTED_STYLE
from ui.editors.panels import field_value_text
from ui.i18n import language
from ui.values import as_written, format_datetime
from ui.qt import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class FieldConflict:
    field: str
    mine: Any
    theirs: Any
    changed_by: Any  # the latest change of the field (a history entry), if any


class ConflictDialog(QDialog):
    """Window-modal; the editor connects ``accepted`` and reads :meth:`choices`."""

    def __init__(self, record_type: str, conflicts: list[FieldConflict], user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Someone else changed this record"))
        self.conflicts = conflicts
        self.groups: dict[str, QButtonGroup] = {}
        intro = QLabel(fill(self.tr("%1 saved changes to this record while you were editing it. "
                                    "Choose, for each field, which value to keep."), user or "?"), self)
        intro.setWordWrap(True)
        grid = QGridLayout()
        for column, text in enumerate((self.tr("Field"), self.tr("Your value"), self.tr("Their value"))):
            header = QLabel(f"<b>{text}</b>", self)
            grid.addWidget(header, 0, column)
        for row, conflict in enumerate(conflicts, 1):
            self._add_row(grid, row, record_type, conflict)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Save with these values"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def _add_row(self, grid: QGridLayout, row: int, record_type: str, conflict: FieldConflict) -> None:
        grid.addWidget(QLabel(field_label(record_type, conflict.field), self), row, 0)
        mine = QRadioButton(as_written(field_value_text(record_type, conflict.field, conflict.mine, language())
                                       or self.tr("(empty)")), self)
        theirs = QRadioButton(as_written(field_value_text(record_type, conflict.field, conflict.theirs, language())
                                         or self.tr("(empty)")), self)
        mine.setObjectName(f"mine_{conflict.field}")
        theirs.setObjectName(f"theirs_{conflict.field}")
        mine.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(mine, 0)
        group.addButton(theirs, 1)
        self.groups[conflict.field] = group
        grid.addWidget(mine, row, 1)
        box = QVBoxLayout()
        box.addWidget(theirs)
        if conflict.changed_by is not None:
            who = QLabel(fill(self.tr("changed by %1 at %2"),
                              conflict.changed_by.user, format_datetime(conflict.changed_by.at)), self)
            who.setStyleSheet(MUTED_STYLE)
            box.addWidget(who)
        grid.addLayout(box, row, 2)

    def choose(self, field: str, keep: str) -> None:
        """Pick ``"mine"`` or ``"theirs"`` for one field (also used by tests)."""
        self.groups[field].button(0 if keep == "mine" else 1).setChecked(True)

    def choices(self) -> dict[str, str]:
        return {field: "mine" if group.checkedId() == 0 else "theirs" for field, group in self.groups.items()}
