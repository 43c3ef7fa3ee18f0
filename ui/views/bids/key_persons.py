"""The Key persons tab of a bid and of a meeting series: the contacts who weigh on the decision (an
association's decision maker, its board, the site-selection committee, the local host, the PCO …), each with
their role in the decision and a note, edited as a table and saved with the record."""

from __future__ import annotations

from typing import Any

from sapporo_mice.enums import DecisionRole
from ui.editors.widgets import RefWidget
from ui.feedback import ERROR_STYLE, OK_STYLE, error_text
from ui.qt import (
    QAbstractItemView,
    QComboBox,
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
from ui.values import enum_label

ID_ROLE = Qt.ItemDataRole.UserRole


class KeyPersonsPanel(QWidget):
    def __init__(self, ctx: Any, editor: Any) -> None:
        super().__init__(editor)
        self.ctx = ctx
        self.record_type = editor.record_type
        self.record_id: str | None = None
        self.version: int | None = None
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Organisation"), self.tr("Role in the decision"),
                                              self.tr("Note")])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.person = RefWidget(self._search, self)
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
        self.save_button = QPushButton(self.tr("Save key persons"), self)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
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

    def _search(self, text: str, done: Any) -> None:
        def pick(crm: Any, _c: Any) -> list[tuple[str, str]]:
            return [(h.title, h.id) for h in crm.search.find(text, limit=20, types=("contact",))]

        self.ctx.jobs.run("pick", pick, owner=self, on_done=done, serial=False)

    def load(self, record_id: str | None) -> None:
        self.record_id = record_id
        if record_id:
            record_type = self.record_type
            self.ctx.jobs.run("related", lambda crm, _c: crm.service(record_type).get(record_id), owner=self,
                              on_done=self._loaded, on_error=self._failed, serial=False)

    def _loaded(self, record: dict[str, Any]) -> None:
        self.version = record["version"]
        self.table.setRowCount(0)
        for person in record["key_persons"]:
            self.add_row(person)

    def add_row(self, person: dict[str, Any]) -> None:
        n = self.table.rowCount()
        self.table.insertRow(n)
        name = QTableWidgetItem(person.get("name") or "")
        name.setData(ID_ROLE, person["contact_id"])
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        organization = QTableWidgetItem(person.get("organization") or "")
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
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("Pick a contact from the list first."))
            return
        self.add_row({"contact_id": contact_id, "name": self.person.line.text(), "role": self.role.currentData(),
                      "note": self.note.text().strip() or None})
        self.person.set_ref(None, "")
        self.note.clear()
        self.message.clear()

    def remove_rows(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def rows(self) -> list[dict[str, Any]]:
        out = []
        for n in range(self.table.rowCount()):
            note = self.table.item(n, 3).text().strip() if self.table.item(n, 3) else ""
            out.append({"contact_id": self.table.item(n, 0).data(ID_ROLE),
                        "role": self.table.cellWidget(n, 2).currentData(), "note": note or None})
        return out

    def save(self) -> None:
        if not self.record_id:
            return
        record_type, record_id, version, actor, rows = (self.record_type, self.record_id, self.version,
                                                        self.ctx.actor, self.rows())
        self.save_button.setEnabled(False)
        self.ctx.jobs.run("save", lambda crm, _c: crm.service(record_type).update(
            record_id, {"key_persons": rows}, actor=actor, expected_version=version),
            owner=self, subject=self.title(), on_done=self._saved, on_error=self._failed)

    def _saved(self, saved: Any) -> None:
        self.save_button.setEnabled(True)
        self.ctx.publish(saved.changes)
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(self.tr("Key persons saved."))
        self._loaded(saved.record)

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(error, self.ctx.lang))
