"""The fair screens' actions for the record lists (shown in the Records menu with their shortcuts).

The list views add these with one line each, so their texts live in this area's catalogue; the
screens themselves are imported only when an action is used.
"""

from __future__ import annotations

from typing import Any

from ui.qt import QAction, QCoreApplication


KIND_OF_TYPE = {"contact": "contacts", "organization": "companies", "lead": "leads"}


def _need_selection(view: Any) -> None:
    view.status.emit(QCoreApplication.translate("FairActions", "Select one record first."))


def fair_actions(view: Any) -> list[QAction]:
    """Booth capture, import and export of a fair's leads, its results and follow-up tasks."""
    ctx = view.ctx

    def capture() -> None:
        from ui.fairs.capture import open_booth_capture

        open_booth_capture(ctx, view.window())

    def import_leads() -> None:
        from ui.io.import_wizard import open_import_wizard

        open_import_wizard(ctx, "leads", view.selected_one(), view.window())

    def export() -> None:
        from ui.io.export_dialog import open_export_dialog

        open_export_dialog(ctx, "leads", view.selected_one(), view.window())

    def results(followups: bool = False) -> None:
        from ui.fairs.results import open_results

        fair_id = view.selected_one()
        if fair_id is None:
            _need_selection(view)
            return
        shown = open_results(ctx, fair_id, view.window())
        if followups:
            shown.ask_followups()

    translate = QCoreApplication.translate
    return [view._action(translate("FairActions", "Booth capture"), "Ctrl+Shift+B", capture, icon="capture"),
            view._action(translate("FairActions", "Import leads…"), "Ctrl+Shift+I", import_leads, icon="import"),
            view._action(translate("FairActions", "Export…"), "Ctrl+Shift+E", export, icon="export"),
            view._action(translate("FairActions", "Results"), "Ctrl+Shift+R", results, icon="results"),
            view._action(translate("FairActions", "Create follow-ups…"), "Ctrl+Shift+F",
                         lambda: results(followups=True), icon="tasks")]


def people_actions(view: Any, record_type: str) -> list[QAction]:
    """Find duplicates, merge two selected records, undo a merge, import and export (contacts, companies)."""
    ctx = view.ctx

    def find() -> None:
        from ui.duplicates import DuplicateFinder

        selected = view.selected_ids()
        DuplicateFinder(ctx, record_type, selected[0] if len(selected) == 1 else None, view.window()).show()

    def merge() -> None:
        from ui.duplicates import MergeDialog

        ids = view.selected_ids()
        if len(ids) == 2:
            MergeDialog(ctx, record_type, ids[0], ids[1], view.window()).open()

    def undo() -> None:
        from ui.duplicates import MergeHistoryDialog

        record_id = view.selected_one()
        if record_id is None:
            _need_selection(view)
            return
        MergeHistoryDialog(ctx, record_type, record_id, view.window()).open()

    translate = QCoreApplication.translate
    merge_action = view._action(translate("FairActions", "Merge selected…"), "Ctrl+Shift+M", merge, icon="merge")
    merge_action.setEnabled(False)
    view.table.selectionModel().selectionChanged.connect(
        lambda *_: merge_action.setEnabled(len(view.selected_ids()) == 2))
    return [view._action(translate("FairActions", "Find duplicates…"), "Ctrl+Shift+D", find, icon="duplicates"), merge_action,
            view._action(translate("FairActions", "Undo a merge…"), "Ctrl+Shift+U", undo, icon="undo"),
            *io_actions(view, record_type)]


def io_actions(view: Any, record_type: str) -> list[QAction]:
    """Import… and Export… of this list's kind of record."""
    ctx, kind = view.ctx, KIND_OF_TYPE[record_type]

    def import_file() -> None:
        from ui.io.import_wizard import open_import_wizard

        open_import_wizard(ctx, kind, None, view.window())

    def export() -> None:
        from ui.io.export_dialog import open_export_dialog

        open_export_dialog(ctx, kind, None, view.window())

    translate = QCoreApplication.translate
    return [view._action(translate("FairActions", "Import…"), "Ctrl+Shift+I", import_file, icon="import"),
            view._action(translate("FairActions", "Export…"), "Ctrl+Shift+E", export, icon="export")]
