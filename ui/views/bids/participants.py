"""The Participants tab of an activity (a site inspection's party, a presentation's team): our staff, by name,
and their contacts, edited as a list and saved with the activity."""

from __future__ import annotations

from typing import Any

from sapporo_mice import formats
from ui import style
from ui.editors.widgets import RefWidget
from ui.qt import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QTableWidgetItem,
    QVBoxLayout,
)
from ui.views.bids.child_rows import ChildRowsPanel

ID_ROLE = Qt.ItemDataRole.UserRole


class ParticipantsPanel(ChildRowsPanel):
    FIELD = "participants"

    def __init__(self, ctx: Any, editor: Any) -> None:
        super().__init__(ctx, editor, [self.tr("Name"), self.tr("Side")], self.tr("Save participants"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contact = RefWidget(self.search_contacts, self)
        self.contact.setAccessibleName(self.tr("Contact"))
        add_contact = QPushButton(self.tr("Add contact"), self)
        add_contact.clicked.connect(self.add_contact)
        self.staff = QLineEdit(self)
        self.staff.setPlaceholderText(self.tr("Staff member's name"))
        self.staff.setAccessibleName(self.tr("Staff member's name"))
        self.staff.returnPressed.connect(self.add_staff)
        add_staff = QPushButton(self.tr("Add staff member"), self)
        add_staff.clicked.connect(self.add_staff)
        remove = QPushButton(self.tr("Remove participant"), self)
        remove.clicked.connect(self.remove_rows)
        adding = QGridLayout()  # the two fields one above the other, as a form's are
        for row, (label, field, button) in enumerate(((self.tr("Our staff"), self.staff, add_staff),
                                                      (self.tr("Their side"), self.contact, add_contact))):
            adding.addWidget(QLabel(label, self), row, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            adding.addWidget(field, row, 1)
            adding.addWidget(button, row, 2)
        adding.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(remove)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(adding)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def title(self) -> str:
        return self.tr("Participants")

    def add_row(self, person: dict[str, Any]) -> None:
        n = self.table.rowCount()
        self.table.insertRow(n)
        name = style.fit_item(QTableWidgetItem(person.get("name") or ""))
        name.setData(ID_ROLE, {"contact_id": person.get("contact_id"), "staff_name": person.get("staff_name")})
        side = self.tr("Sapporo City") if person.get("staff_name") else \
            formats.name(person.get("organization"), person.get("organization_en"), self.ctx.lang,
                         person.get("organization_ja"))
        self.table.setItem(n, 0, name)
        self.table.setItem(n, 1, style.fit_item(QTableWidgetItem(side)))

    def add_contact(self) -> None:
        contact_id = self.contact.raw()
        if not contact_id or contact_id == self.contact.line.text().strip():
            self.say_error(self.tr("Pick a contact from the list first."))
            return
        self.add_row({"contact_id": contact_id, "name": self.contact.line.text()})
        self.contact.set_ref(None, "")
        self.message.clear()

    def add_staff(self) -> None:
        name = self.staff.text().strip()
        if name:
            self.add_row({"staff_name": name, "name": name})
            self.staff.clear()

    def rows(self) -> list[dict[str, Any]]:
        return [self.table.item(n, 0).data(ID_ROLE) for n in range(self.table.rowCount())]

    def saved_text(self) -> str:
        return self.tr("Participants saved.")
