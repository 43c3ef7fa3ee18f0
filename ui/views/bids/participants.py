"""The Participants tab of an activity (a site inspection's party, a presentation's team): our staff, by name,
and their contacts, edited as a list and saved with the activity."""

from __future__ import annotations

from typing import Any

from ui.editors.widgets import RefWidget
from ui.feedback import ERROR_STYLE, OK_STYLE, error_text
from ui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

ID_ROLE = Qt.ItemDataRole.UserRole


class ParticipantsPanel(QWidget):
    def __init__(self, ctx: Any, editor: Any) -> None:
        super().__init__(editor)
        self.ctx = ctx
        self.record_id: str | None = None
        self.version: int | None = None
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Side")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contact = RefWidget(self._search, self)
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
        self.save_button = QPushButton(self.tr("Save participants"), self)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        theirs = QHBoxLayout()
        theirs.addWidget(QLabel(self.tr("Their side:"), self))
        theirs.addWidget(self.contact, 1)
        theirs.addWidget(add_contact)
        ours = QHBoxLayout()
        ours.addWidget(QLabel(self.tr("Our staff:"), self))
        ours.addWidget(self.staff, 1)
        ours.addWidget(add_staff)
        buttons = QHBoxLayout()
        buttons.addWidget(remove)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(ours)
        layout.addLayout(theirs)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def title(self) -> str:
        return self.tr("Participants")

    def _search(self, text: str, done: Any) -> None:
        def pick(crm: Any, _c: Any) -> list[tuple[str, str]]:
            return [(h.title, h.id) for h in crm.search.find(text, limit=20, types=("contact",))]

        self.ctx.jobs.run("pick", pick, owner=self, on_done=done, serial=False)

    def load(self, record_id: str | None) -> None:
        self.record_id = record_id
        if record_id:
            self.ctx.jobs.run("related", lambda crm, _c: crm.activities.get(record_id), owner=self,
                              on_done=self._loaded, on_error=self._failed, serial=False)

    def _loaded(self, activity: dict[str, Any]) -> None:
        self.version = activity["version"]
        self.table.setRowCount(0)
        for person in activity["participants"]:
            self.add_row(person)

    def add_row(self, person: dict[str, Any]) -> None:
        n = self.table.rowCount()
        self.table.insertRow(n)
        name = QTableWidgetItem(person.get("name") or "")
        name.setData(ID_ROLE, {"contact_id": person.get("contact_id"), "staff_name": person.get("staff_name")})
        side = self.tr("Sapporo City") if person.get("staff_name") else (person.get("organization") or "")
        self.table.setItem(n, 0, name)
        self.table.setItem(n, 1, QTableWidgetItem(side))

    def add_contact(self) -> None:
        contact_id = self.contact.raw()
        if not contact_id or contact_id == self.contact.line.text().strip():
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("Pick a contact from the list first."))
            return
        self.add_row({"contact_id": contact_id, "name": self.contact.line.text()})
        self.contact.set_ref(None, "")
        self.message.clear()

    def add_staff(self) -> None:
        name = self.staff.text().strip()
        if name:
            self.add_row({"staff_name": name, "name": name})
            self.staff.clear()

    def remove_rows(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def rows(self) -> list[dict[str, Any]]:
        return [self.table.item(n, 0).data(ID_ROLE) for n in range(self.table.rowCount())]

    def save(self) -> None:
        if not self.record_id:
            return
        record_id, version, actor, rows = self.record_id, self.version, self.ctx.actor, self.rows()
        self.save_button.setEnabled(False)
        self.ctx.jobs.run("save", lambda crm, _c: crm.activities.update(
            record_id, {"participants": rows}, actor=actor, expected_version=version),
            owner=self, subject=self.title(), on_done=self._saved, on_error=self._failed)

    def _saved(self, saved: Any) -> None:
        self.save_button.setEnabled(True)
        self.ctx.publish(saved.changes)
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(self.tr("Participants saved."))
        self._loaded(saved.record)

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(error, self.ctx.lang))
