"""Record editors: one generic form per record type, quick lead entry, history, activities/tasks/attachments.

The public contract used by list views and search:

- :func:`open_editor` opens (or re-activates) the non-modal editor window for one record.
- :func:`open_quick_lead` opens the Ctrl+N quick lead dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.context import AppContext
    from ui.qt import QWidget


def open_editor(ctx: "AppContext", record_type: str, record_id: str | None = None, parent=None, *,
                initial: dict | None = None, titles: dict | None = None) -> "QWidget":
    """Open the editor for one record (None = a new one); one window per record, re-activated if open.

    A new record's form starts with ``initial`` values (``titles`` name the records its references point at)."""
    from ui.editors.editor import RecordEditor

    def build() -> "QWidget":
        return RecordEditor(ctx, record_type, record_id, parent, initial=initial, titles=titles)

    if record_id is None:
        editor = build()
        editor.show()
        return editor
    return ctx.windows.show(("editor", record_type, record_id), build)


def open_quick_lead(ctx: "AppContext", parent=None) -> "QWidget":
    """Open the Ctrl+N quick lead dialog."""
    from ui.editors.quick_lead import open_quick_lead_dialog

    return open_quick_lead_dialog(ctx, parent)


__all__ = ["open_editor", "open_quick_lead"]
