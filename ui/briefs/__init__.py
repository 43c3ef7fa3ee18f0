"""Briefing packs from the desktop: a "Briefing pack…" action on the lists, a dialog that writes the PDF in the
background (progress, cancel), previews it (QtPdf) and saves or opens it."""

from __future__ import annotations

from typing import Any

from ui import icons
from ui.qt import QAction, QCoreApplication, QKeySequence, QPushButton, QShortcut

# Which pack a list's records make (record type → pack kind). A student's is the company-facing profile sheet:
# crm.reports writes it through crm.privacy, so only under the sharing consent, and each one is logged.
KIND_OF_TYPE = {"fair": "fair", "organization": "company", "bid": "bid", "visit": "visit", "student": "student"}
# The record windows (editors) that offer Brief… too: the student's, where the profile sheet is asked for.
IN_EDITOR = ("student",)


def brief_action(view: Any) -> QAction:
    """The list's "Briefing pack…" action: the selected record's pack."""
    kind = KIND_OF_TYPE[view.record_type]

    def open_dialog() -> None:
        record_id = view.selected_one()
        if record_id is None:
            view.status.emit(QCoreApplication.translate("Briefs", "Select one record first."))
            return
        from ui.briefs.dialog import BriefDialog

        BriefDialog(view.ctx, kind, record_id, view.window()).show()

    return view._action(QCoreApplication.translate("Briefs", "Briefing pack…"), "Ctrl+P", open_dialog, icon="brief")


def brief_button(editor: Any) -> QPushButton | None:
    """A record window's "Briefing pack…" button (Ctrl+P anywhere in the window) for the types of :data:`IN_EDITOR`:
    the record's pack, once the record is saved. None for other types."""
    if editor.record_type not in IN_EDITOR:
        return None
    kind = KIND_OF_TYPE[editor.record_type]

    def open_dialog() -> None:
        if not editor.record_id or not button.isEnabled():
            return
        from ui.briefs.dialog import BriefDialog

        BriefDialog(editor.ctx, kind, editor.record_id, editor).show()

    button = QPushButton(icons.icon(editor, "brief"), QCoreApplication.translate("Briefs", "Briefing pack…"), editor)
    button.setToolTip(QCoreApplication.translate("Briefs", "Briefing pack as a PDF (Ctrl+P)"))
    button.clicked.connect(open_dialog)
    QShortcut(QKeySequence("Ctrl+P"), editor, open_dialog)
    return button
