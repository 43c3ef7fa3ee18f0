"""How the editors show values: enum labels, country names, dates and times, any stored value as text."""

from __future__ import annotations

import datetime as dt
import enum
import gettext
from functools import lru_cache
from typing import Any

import pycountry

from ui.qt import QCoreApplication, QLocale

# Names that read better for city-hall staff than the ISO catalogue's Japanese forms.
_COUNTRY_NAMES_JA = {"TW": "台湾", "HK": "香港", "MO": "マカオ", "KR": "韓国", "KP": "北朝鮮", "US": "アメリカ",
                     "GB": "イギリス", "VN": "ベトナム", "RU": "ロシア"}


def enum_label(enum_cls: type[enum.Enum], value: Any) -> str:
    """The translated label of an enum value, from the framework's one table (:mod:`ui.labels`)."""
    if value in (None, ""):
        return ""
    from ui import labels

    return labels.enum_label(enum_cls.__name__, value.value if isinstance(value, enum.Enum) else str(value))


@lru_cache(maxsize=4)
def country_names(lang: str) -> dict[str, str]:
    """ISO alpha-2 code -> country name in ``lang``, sorted by name."""
    translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True).gettext
    names = {c.alpha_2: translate(getattr(c, "common_name", None) or c.name) for c in pycountry.countries}
    if lang == "ja":
        names.update(_COUNTRY_NAMES_JA)
    return dict(sorted(names.items(), key=lambda item: item[1]))


def country_name(code: str | None, lang: str) -> str:
    if not code:
        return ""
    return country_names(lang).get(code.upper(), code)


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
