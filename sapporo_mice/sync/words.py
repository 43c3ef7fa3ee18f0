"""A sync conflict's values as a person reads them, for the command line (the desktop has its forms' own):
a record's state in words, an enum by its label, a date as a date, a country by its name; never a code."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sapporo_mice import countries, formats
from sapporo_mice.labels import enum_label
from sapporo_mice.messages import register, render

register({
    "sync.state.deleted": {"en": "deleted", "ja": "削除"},
    "sync.state.edited": {"en": "edited", "ja": "編集あり"},
    "sync.state.added": {"en": "a new entry was added", "ja": "新しい記録が追加された"},
})


def conflict_value(table: str, field: str | None, kind: str, value: Any, lang: str) -> str:
    """One side of a conflict (base, office or laptop) in ``lang``. ``field`` None: a whole record's state
    ("deleted", "edited"; for a new entry under a deleted record, the entry's id, and no value for the deleted
    record's side), read as the desktop's Sync view reads it (``ui.views.sync.view.shown_value``)."""
    if field is None and kind == "deleted_parent":
        return render("sync.state.deleted" if value is None else "sync.state.added", lang)
    if value is None or value == "":
        return formats.no_value(lang)
    if field is None:
        return render(f"sync.state.{value}", lang) if value in ("deleted", "edited") else str(value)
    column = _column(table, field)
    enum_class = getattr(getattr(column, "type", None), "enum_class", None)
    if enum_class is not None:
        return enum_label(enum_class.__name__, value, lang)
    if isinstance(value, bool):
        return render("value.yes" if value else "value.no", lang)
    if field == "country" and isinstance(value, str):
        return countries.name(value, lang) or value
    python_type = _python_type(column)
    if isinstance(value, str) and python_type in (dt.date, dt.datetime):
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
        return formats.date(moment.date(), lang) if python_type is dt.date else formats.datetime(moment, lang)
    return str(value)


def _column(table: str, field: str) -> Any:
    from sapporo_mice.models import Base

    found = Base.metadata.tables.get(table)
    return found.columns.get(field) if found is not None else None


def _python_type(column: Any) -> type | None:
    try:
        return column.type.python_type if column is not None else None
    except NotImplementedError:
        return None
