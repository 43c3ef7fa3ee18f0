"""One editor window per record: opening a record that is already open re-activates its window."""

from __future__ import annotations

from ui.editors.editor import RecordEditor

_open: dict[tuple[str, str], RecordEditor] = {}


def open_editor_window(ctx, record_type: str, record_id: str | None = None, parent=None) -> RecordEditor:
    key = (record_type, record_id)
    if record_id and key in _open:
        editor = _open[key]
    else:
        editor = RecordEditor(ctx, record_type, record_id, parent)
        if record_id:
            _track(editor, key)
    editor.show()
    editor.raise_()
    editor.activateWindow()
    return editor


def rekey(editor: RecordEditor, record_type: str, record_id: str) -> None:
    """A new record got its id on first save: from now on it is that record's window."""
    _track(editor, (record_type, record_id))


def _track(editor: RecordEditor, key: tuple[str, str]) -> None:
    _open[key] = editor
    editor.destroyed.connect(lambda *_: _open.pop(key, None))


def open_windows() -> list[RecordEditor]:
    return list(_open.values())
