"""The icons of the list actions, one name per kind of action, from the Qt style's standard icons: they
come with Qt (no file to bundle, no extra licence) and follow the platform's look (Fusion on Linux, the
native style on Windows and macOS)."""

from __future__ import annotations

from ui.qt import QIcon, QStyle, QWidget

_PIXMAPS = {
    "new": QStyle.StandardPixmap.SP_FileIcon,
    "open": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "delete": QStyle.StandardPixmap.SP_TrashIcon,
    "undo": QStyle.StandardPixmap.SP_ArrowBack,
    "refresh": QStyle.StandardPixmap.SP_BrowserReload,
    "filter": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "save_filter": QStyle.StandardPixmap.SP_DialogSaveButton,
    "tag": QStyle.StandardPixmap.SP_FileDialogInfoView,
    "assign": QStyle.StandardPixmap.SP_DirHomeIcon,
    "export": QStyle.StandardPixmap.SP_ArrowUp,
    "import": QStyle.StandardPixmap.SP_ArrowDown,
    "brief": QStyle.StandardPixmap.SP_FileDialogListView,
    "done": QStyle.StandardPixmap.SP_DialogApplyButton,
    "capture": QStyle.StandardPixmap.SP_DialogYesButton,
    "results": QStyle.StandardPixmap.SP_FileDialogInfoView,
    "tasks": QStyle.StandardPixmap.SP_DialogApplyButton,
    "merge": QStyle.StandardPixmap.SP_DialogResetButton,
    "duplicates": QStyle.StandardPixmap.SP_FileDialogNewFolder,
    "board": QStyle.StandardPixmap.SP_FileDialogListView,
    "page": QStyle.StandardPixmap.SP_DirOpenIcon,
}
NAMES = frozenset(_PIXMAPS)


def icon(widget: QWidget, name: str) -> QIcon:
    """The icon of action kind ``name`` in ``widget``'s style."""
    return widget.style().standardIcon(_PIXMAPS[name])
