"""The Key persons tab of a bid and of a meeting series: the contacts who weigh on the decision (an
association's decision maker, its board, the site-selection committee, the local host, the PCO …), each with
their role in the decision and a note, edited as a table and saved with the record."""

from __future__ import annotations

from typing import Any

from sapporo_mice import formats
from sapporo_mice.enums import DecisionRole
from ui import style
from ui.editors.widgets import RefWidget
from ui.qt import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QTableWidgetItem,
    QVBoxLayout,
)
from ui.values import enum_label
from ui.views.bids.child_rows import ChildRowsPanel

ID_ROLE = Qt.ItemDataRole.UserRole


class KeyPersonsPanel(ChildRowsPanel):
    FIELD = "key_persons"

    def __init__(self, ctx: Any, editor: Any) -> None:
        super().__init__(ctx, editor, [self.tr("Person"), self.tr("Organization"), self.tr("Role in the decision"),
                                       self.tr("Note")], self.tr("Save key persons"))
        self.person = RefWidget(self.search_contacts, self)
        self.person.setAccessibleName(self.tr("Person"))
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Role in the decision"))
        for member in DecisionRole:
            self.role.addItem(enum_label(DecisionRole, member.value), member.value)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Note (e.g. chairs the vote)"))
        add = QPushButton(self.tr("Add person"), self)
        add.clicked.connect(self.add_picked)
        remove = QPushButton(self.tr("Remove person"), self)
        remove.clicked.connect(self.remove_rows)
        picker = QHBoxLayout()
        picker.addWidget(QLabel(self.tr("Contact:"), self))
        picker.addWidget(self.person, 2)
        picker.addWidget(self.role, 1)
        picker.addWidget(self.note, 2)
        picker.addWidget(add)
        buttons = QHBoxLayout()
        buttons.addWidget(remove)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(picker)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def title(self) -> str:
        return self.tr("Key persons")

    def add_row(self, person: dict[str, Any]) -> None:
        n = self.table.rowCount()
        self.table.insertRow(n)
        name = style.fit_item(QTableWidgetItem(person.get("name") or ""))
        name.setData(ID_ROLE, person["contact_id"])
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        organization = style.fit_item(QTableWidgetItem(
            formats.name(person.get("organization"), person.get("organization_en"), self.ctx.lang,
                         person.get("organization_ja"))))
        organization.setFlags(organization.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(n, 0, name)
        self.table.setItem(n, 1, organization)
        role = QComboBox(self.table)
        for member in DecisionRole:
            role.addItem(enum_label(DecisionRole, member.value), member.value)
        role.setCurrentIndex(max(role.findData(person.get("role")), 0))
        self.table.setCellWidget(n, 2, role)
        self.table.setItem(n, 3, QTableWidgetItem(person.get("note") or ""))

    def add_picked(self) -> None:
        contact_id = self.person.raw()
        if not contact_id or contact_id == self.person.line.text().strip():
            self.say_error(self.tr("Pick a contact from the list first."))
            return
        self.add_row({"contact_id": contact_id, "name": self.person.line.text(), "role": self.role.currentData(),
                      "note": self.note.text().strip() or None})
        self.person.set_ref(None, "")
        self.note.clear()
        self.message.clear()

    def rows(self) -> list[dict[str, Any]]:
        out = []
        for n in range(self.table.rowCount()):
            note = self.table.item(n, 3).text().strip() if self.table.item(n, 3) else ""
            out.append({"contact_id": self.table.item(n, 0).data(ID_ROLE),
                        "role": self.table.cellWidget(n, 2).currentData(), "note": note or None})
        return out

    def saved_text(self) -> str:
        return self.tr("Key persons saved.")
