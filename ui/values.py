"""How the editors show values: enum labels, country names, dates and times, any stored value as text."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sapporo_mice import countries
from ui.qt import QCoreApplication, QLocale


def enum_label(enum_cls: type[enum.Enum], value: Any) -> str:
    """The translated label of an enum value, from the framework's one table (:mod:`ui.labels`)."""
    if value in (None, ""):
        return ""
    from ui import labels

    return labels.enum_label(enum_cls.__name__, value.value if isinstance(value, enum.Enum) else str(value))


def country_names(lang: str) -> dict[str, str]:
    """ISO alpha-2 code -> country name in ``lang``, sorted by name: the core's one table
    (:func:`sapporo_mice.countries.names`, from CLDR). Shared and cached: do not change it."""
    return countries.names(lang)


def country_name(code: str | None, lang: str) -> str:
    """The name of ``code`` in ``lang`` (:func:`sapporo_mice.countries.name`)."""
    return countries.name(code, lang)


def money(value: int | None) -> str:
    """Yen as a locale-formatted integer ("" when not given)."""
    return "" if value is None else QLocale().toString(int(value))


def format_date(value: dt.date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(value, QLocale.FormatType.ShortFormat)


def format_datetime(value: dt.datetime | None) -> str:
    """A stored (UTC) time in the computer's local time."""
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo else value
    return local.strftime("%Y-%m-%d %H:%M")


def display_value(value: Any) -> str:
    """Any stored or logged value as short text (history, conflict prompt, related lists)."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("Values", "Yes") if value else QCoreApplication.translate("Values", "No")
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and value.startswith(",") and value.endswith(","):
        return ", ".join(t for t in value.strip(",").split(",") if t)
    if isinstance(value, (list, tuple)):
        return ", ".join(display_value(v.get("email") or v.get("raw") if isinstance(v, dict) else v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {display_value(v)}" for k, v in value.items() if v not in (None, ""))
    return str(value)
