"""One editor window per record: opening a record that is already open re-activates its window."""

from __future__ import annotations

from ui.editors.editor import RecordEditor

_open: dict[tuple[str, str], RecordEditor] = {}


def open_editor_window(ctx, record_type: str, record_id: str | None = None, parent=None) -> RecordEditor:
    key = (record_type, record_id)
    if record_id and _alive(_open.get(key)):
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
    for stale in [k for k, e in _open.items() if not _alive(e)]:
        del _open[stale]
    _open[key] = editor


def _alive(editor: RecordEditor | None) -> bool:
    """Open and not deleted (a closed editor deletes itself; calling into it then raises RuntimeError)."""
    try:
        return editor is not None and not editor.closed
    except RuntimeError:
        return False


def open_windows() -> list[RecordEditor]:
    return [e for e in _open.values() if _alive(e)]
