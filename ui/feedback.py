"""How the UI tells the user something: a core error or problem in their language, a message line."""

from __future__ import annotations

from typing import Any

from sapporo_mice.errors import CrmError, _shown, in_lang
from sapporo_mice.messages import render
from ui import style
from ui.qt import QLabel, Qt, QWidget

ERROR_STYLE = style.text_style(style.ERROR)
WARNING_STYLE = style.text_style(style.WARNING)
OK_STYLE = style.text_style(style.OK)
MUTED_STYLE = style.text_style(style.MUTED)


def error_text(error: BaseException, lang: str) -> str:
    """A core error in ``lang``; anything else as Python says it (it is logged too)."""
    if isinstance(error, CrmError):
        return error.message(lang)
    lines = str(error).strip().splitlines() or [type(error).__name__]
    return _shown(lines[0])  # Python's text of an unexpected error can hold a whole bad value, or SQL


def message_label(parent: QWidget, style_sheet: str = ERROR_STYLE) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(style_sheet)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def escape(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def problem_text(problem: Any, lang: str, field_label: str) -> str:
    """A core field problem in ``lang``, naming the field as the form labels it."""
    params = {key: in_lang(value, lang) for key, value in problem.params.items()}
    return render(problem.code, lang, **{**params, "field": field_label, "value": _shown(problem.value)})
