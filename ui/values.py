"""How the editors show values: enum labels, country names, dates and times, any stored value as text."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sapporo_mice import countries, formats
from sapporo_mice.formats import fill
from ui.qt import QCoreApplication


def window_title(name: str, kind: str) -> str:
    """A window's title naming one record and its kind, as each language writes it: 連絡先：山田太郎 (the kind
    first, a full-width colon, as the briefing packs' titles have it) and "Taro Yamada — Contact". Not a dash in
    Japanese: beside kanji it is drawn from the CJK face, where it reads as 一 (山田太郎 一 連絡先)."""
    return fill(QCoreApplication.translate("WindowTitle", "%1 — %2"), name, kind)


def as_written(text: str) -> str:
    """``text`` for a button or a menu item, shown as written: Qt takes an ``&`` there for an Alt key, so
    "Students & openings" read "Students _openings" and "F&B Director" read "FB Director" on Alt+B."""
    return text.replace("&", "&&")


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


def _lang() -> str:
    from ui.i18n import language

    return language()


def shown_name(row: dict[str, Any], key: str) -> str:
    """A row's name under ``key`` as the reader knows it (:func:`sapporo_mice.formats.name`): its English form under
    ``{key}_en`` in English, its Japanese form under ``{key}_ja`` in Japanese, where the row holds them."""
    return formats.name(row.get(key), row.get(f"{key}_en"), _lang(), row.get(f"{key}_ja"))


# What a date (and time) edit shows, as the lists and the PDFs write dates (sapporo_mice.formats): Qt's
# patterns, which read the same as CLDR's for these. Never ISO, never a US short date.
DATE_EDIT = {"ja": "yyyy/MM/dd", "en": "d MMM yyyy"}
DATETIME_EDIT = {"ja": "yyyy/MM/dd HH:mm", "en": "d MMM yyyy HH:mm"}


def date_edit_format(lang: str | None = None, *, with_time: bool = False) -> str:
    return (DATETIME_EDIT if with_time else DATE_EDIT)["ja" if (lang or _lang()) == "ja" else "en"]


def money(value: int | None) -> str:
    """Yen in the UI's language: ``¥310,500,000`` ("" when not given); :mod:`sapporo_mice.formats`."""
    return formats.money(value, _lang())


def money_sum(value: int | None) -> str:
    """A large sum for reading at a glance in the UI's language: ``7億3,538万円`` / ``¥735 million``
    (:func:`sapporo_mice.formats.money_sum`); ``money`` where the exact yen matter."""
    return formats.money_sum(value, _lang())


def number(value: float | None) -> str:
    """A count with digit grouping in the UI's language: ``1,234`` (:mod:`sapporo_mice.formats`)."""
    return formats.number(value, _lang())


def format_date(value: dt.date | None) -> str:
    """``2026/12/01`` / ``1 Dec 2026`` (:mod:`sapporo_mice.formats`, shared with the CLI and the PDFs)."""
    return formats.date(value, _lang())


def format_datetime(value: dt.datetime | None) -> str:
    """A stored (UTC) time in the computer's local time: ``2026/12/01 20:45`` / ``1 Dec 2026, 20:45``."""
    return formats.datetime(value, _lang())


def display_value(value: Any) -> str:
    """Any stored or logged value as short text (history, conflict prompt, related lists)."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("Values", "Yes") if value else QCoreApplication.translate("Values", "No")
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, dt.date):
        return format_date(value)
    # Tags and lists as the reader lists them: 姉妹都市、デモ / Sister city, Demo.
    if isinstance(value, str) and value.startswith(",") and value.endswith(","):
        return formats.listed((t for t in value.strip(",").split(",") if t), _lang())
    if isinstance(value, (list, tuple)):
        return formats.listed((display_value(v.get("email") or v.get("raw") if isinstance(v, dict) else v)
                               for v in value), _lang())
    if isinstance(value, dict):
        return ", ".join(f"{k}: {display_value(v)}" for k, v in value.items() if v not in (None, ""))
    return str(value)
