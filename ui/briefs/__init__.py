"""Briefing packs from the desktop: a "Brief…" action on the lists, a dialog that writes the PDF in the
background (progress, cancel), previews it (QtPdf) and saves or opens it."""

from __future__ import annotations

from typing import Any

from ui.qt import QAction, QCoreApplication

# Which pack a list's records make (record type → pack kind).
KIND_OF_TYPE = {"fair": "fair", "organization": "company", "bid": "bid", "visit": "visit"}


def brief_action(view: Any) -> QAction:
    """The list's "Brief…" action: the selected record's pack."""
    kind = KIND_OF_TYPE[view.record_type]

    def open_dialog() -> None:
        record_id = view.selected_one()
        if record_id is None:
            view.status.emit(QCoreApplication.translate("Briefs", "Select one record first."))
            return
        from ui.briefs.dialog import BriefDialog

        BriefDialog(view.ctx, kind, record_id, view.window()).show()

    return view._action(QCoreApplication.translate("Briefs", "Brief…"), "Ctrl+P", open_dialog, icon="brief")
