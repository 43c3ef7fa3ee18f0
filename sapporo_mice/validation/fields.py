"""Validators for the scalar field kinds: text, email, 法人番号, dates, enums, fiscal years, codes."""

from __future__ import annotations

import datetime as dt
import enum
import functools
import math
import re
import unicodedata
import zoneinfo
from typing import Any


from sapporo_mice import countries


# What a database integer column (BIGINT) can hold: larger numbers are refused here, not by the driver.
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1


class FieldInvalid(ValueError):
    """A value is wrong; ``code`` is a message id, ``params`` fill its placeholders."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def clean_text(value: Any, *, required: bool = False, max_length: int | None = None) -> str | None:
    if _blank(value):
        if required:
            raise FieldInvalid("field.required")
        return None
    # PostgreSQL refuses NUL in text, and it is never meaningful typed text.
    text = unicodedata.normalize("NFC", str(value)).replace("\x00", "").strip()
    if max_length is not None and len(text) > max_length:
        raise FieldInvalid("field.too_long", max=max_length)
    return text


# Deliberately permissive: a dot-atom local part, a domain with at least one dot, an IDN allowed.
_EMAIL_RE = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-]+)*"
    r"@([A-Za-z0-9\u00a0-\uffff]([A-Za-z0-9\u00a0-\uffff\-]{0,61}[A-Za-z0-9\u00a0-\uffff])?\.)+"
    r"[A-Za-z\u00a0-\uffff]{2,63}$"
)


def clean_email(value: Any) -> str | None:
    if _blank(value):
        return None
    text = unicodedata.normalize("NFKC", str(value)).strip().strip("<>").removeprefix("mailto:")
    if len(text) > 320 or not _EMAIL_RE.match(text):
        raise FieldInvalid("field.email_invalid")
    return text


def normalize_email(email: str) -> str:
    """The duplicate key of an email: NFKC and lower-cased as a whole (mailbox case is ignored in practice)."""
    return unicodedata.normalize("NFKC", email).strip().lower()


_CORP_WEIGHTS = (1, 2) * 6


def corporate_number_check_digit(base12: str) -> int:
    """The 法人番号 check digit for the 12 base digits (National Tax Agency rule)."""
    digits = [int(c) for c in base12]
    total = sum(d * w for d, w in zip(reversed(digits), _CORP_WEIGHTS))
    return 9 - total % 9


def clean_corporate_number(value: Any) -> str | None:
    if _blank(value):
        return None
    text = re.sub(r"[\s\-]", "", unicodedata.normalize("NFKC", str(value)))
    if not re.fullmatch(r"[1-9]\d{12}", text):
        raise FieldInvalid("field.corporate_number_invalid")
    if int(text[0]) != corporate_number_check_digit(text[1:]):
        raise FieldInvalid("field.corporate_number_invalid")
    return text


# The Japanese eras a date may be written in (令和8年12月10日, R8.12.10, 平成元年): the year before each one's
# first, and its last year (a later one is a typo: 平成38年 was never written for 2026).
_ERAS = {"明治": (1867, 45), "大正": (1911, 15), "昭和": (1925, 64), "平成": (1988, 31), "令和": (2018, None)}
_ERA_LETTERS = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和"}
_ERA_DATE = re.compile(r"(明治|大正|昭和|平成|令和|[MTSHR])\s*(元|\d{1,2})\s*(?:年|[./-])\s*(\d{1,2})\s*(?:月|[./-])"
                       r"\s*(\d{1,2})\s*日?", re.IGNORECASE)


def _from_era(text: str) -> str:
    """A date written in a Japanese era as ``YYYY-M-D`` (令和8年12月10日 → 2026-12-10); other text as it is, and an
    era year the era never reached as text no date reads."""
    match = _ERA_DATE.fullmatch(text)
    if not match:
        return text
    era, year, month, day = match.groups()
    before, last = _ERAS[_ERA_LETTERS.get(era.upper(), era)]
    number = 1 if year == "元" else int(year)
    if number < 1 or (last is not None and number > last):
        return "-"
    return f"{before + number}-{month}-{day}"


def clean_date(value: Any) -> dt.date | None:
    if _blank(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _from_era(unicodedata.normalize("NFKC", str(value)).strip())
    text = re.sub(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", r"\1-\2-\3", text).replace("/", "-").replace(".", "-")
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if not match:
        raise FieldInvalid("field.date_invalid")
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError as exc:
        raise FieldInvalid("field.date_invalid") from exc


def clean_datetime(value: Any, *, tz: str | None = None) -> dt.datetime | None:
    """An aware datetime; naive input is read in ``tz`` (default UTC)."""
    if _blank(value):
        return None
    if isinstance(value, dt.datetime):
        parsed = value
    else:
        try:
            parsed = dt.datetime.fromisoformat(unicodedata.normalize("NFKC", str(value)).strip())
        except ValueError as exc:
            raise FieldInvalid("field.datetime_invalid") from exc
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=zoneinfo.ZoneInfo(tz) if tz else dt.timezone.utc)
    try:
        parsed.astimezone(dt.timezone.utc)  # stored in UTC: a moment it cannot hold is not a moment here
    except OverflowError as exc:
        raise FieldInvalid("field.datetime_invalid") from exc
    return parsed


def clean_enum(value: Any, enum_cls: type[enum.Enum], *, required: bool = False) -> enum.Enum | None:
    if _blank(value):
        if required:
            raise FieldInvalid("field.required")
        return None
    if isinstance(value, enum_cls):
        return value
    member = _enum_lookup(enum_cls).get(str(value).strip().lower())
    if member is None:  # a label in either language (最終候補, "Shortlisted"): what a screen or an export shows
        from sapporo_mice.labels import enum_value_of

        member = _enum_lookup(enum_cls).get(str(enum_value_of(enum_cls.__name__, str(value))).lower())
    if member is None:
        raise FieldInvalid("field.enum_invalid", allowed=EnumChoices(enum_cls))
    return member


class EnumChoices:
    """An enum's members as a message parameter: each its label in the reader's language, with its value
    where the two differ (「最終候補（shortlisted）」, "Local company (local_company)": a reader knows the
    label, the command line and a file take either)."""

    def __init__(self, enum_cls: type[enum.Enum]) -> None:
        self.enum_cls = enum_cls

    def for_lang(self, lang: str) -> str:
        from sapporo_mice.labels import enum_label

        brackets, comma = ("{}（{}）", "、") if lang == "ja" else ("{} ({})", ", ")
        shown = []
        for member in self.enum_cls:
            label, value = enum_label(self.enum_cls.__name__, member, lang), str(member.value)
            shown.append(label if label.lower() == value.lower() else brackets.format(label, value))
        return comma.join(shown)

    def __str__(self) -> str:
        return self.for_lang("en")


@functools.cache
def _enum_lookup(enum_cls: type[enum.Enum]) -> dict[str, enum.Enum]:
    """An enum's members by value and by name, case-insensitively (walking the members is slow, and every
    imported row asks)."""
    found: dict[str, enum.Enum] = {}
    for member in enum_cls:
        found.setdefault(str(member.value).lower(), member)
        found.setdefault(member.name.lower(), member)
    return found


def clean_fiscal_year(value: Any, *, required: bool = False) -> int | None:
    if _blank(value):
        if required:
            raise FieldInvalid("field.required")
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a spreadsheet cell
    text = unicodedata.normalize("NFKC", str(value)).strip().upper().removeprefix("FY")
    if not re.fullmatch(r"[0-9]{4}", text) or not 1990 <= int(text) <= 2100:
        raise FieldInvalid("field.fiscal_year_invalid")
    return int(text)


def clean_int(value: Any, *, minimum: int | None = None, maximum: int | None = None) -> int | None:
    if _blank(value):
        return None
    if isinstance(value, bool):
        raise FieldInvalid("field.integer_invalid")
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a spreadsheet cell
    if isinstance(value, int):
        number = value
    else:
        text = unicodedata.normalize("NFKC", str(value)).strip().replace(",", "").replace("_", "")
        text = text.removeprefix("¥").removesuffix("円")
        if not re.fullmatch(r"[+-]?[0-9]{1,19}", text):
            raise FieldInvalid("field.integer_invalid")
        number = int(text)
    if not INT64_MIN <= number <= INT64_MAX:
        raise FieldInvalid("field.out_of_range", min=INT64_MIN if minimum is None else minimum,
                           max=INT64_MAX if maximum is None else maximum)
    _check_range(number, minimum, maximum)
    return number


def clean_float(value: Any, *, minimum: float | None = None, maximum: float | None = None) -> float | None:
    if _blank(value):
        return None
    try:
        number = float(unicodedata.normalize("NFKC", str(value)).replace(",", ""))
    except ValueError as exc:
        raise FieldInvalid("field.number_invalid") from exc
    if not math.isfinite(number):  # NaN and infinities cannot be stored portably or exported
        raise FieldInvalid("field.number_invalid")
    _check_range(number, minimum, maximum)
    return number


def _check_range(number: float, minimum: float | None, maximum: float | None) -> None:
    if minimum == 0 and number < 0:
        raise FieldInvalid("field.negative")
    if (minimum is not None and number < minimum) or (maximum is not None and number > maximum):
        raise FieldInvalid("field.out_of_range", min=minimum, max=maximum)


def clean_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if _blank(value):
        return False
    return str(value).strip().lower() in {"1", "true", "yes", "y", "on", "はい", "○", "✓"}


def clean_country(value: Any) -> str | None:
    """An ISO 3166 alpha-2 code; alpha-3 codes, Japanese and English names and the common aliases of
    :mod:`sapporo_mice.countries` (the one country table, from CLDR) are accepted and converted."""
    if _blank(value):
        return None
    found = countries.code_of(str(value))
    if found is None:
        raise FieldInvalid("field.country_invalid")
    return found


def clean_currency(value: Any) -> str | None:
    if _blank(value):
        return None
    text = str(value).strip().upper()
    import pycountry  # here, not at the top: every import of the validators (an import's phone worker) would load it

    if pycountry.currencies.get(alpha_3=text) is None:
        raise FieldInvalid("field.currency_invalid")
    return text


def clean_timezone(value: Any, *, required: bool = False) -> str | None:
    if _blank(value):
        if required:
            raise FieldInvalid("field.required")
        return None
    found = _time_zones().get(str(value).strip().lower())
    if found is None:
        raise FieldInvalid("field.timezone_invalid")
    return found


@functools.cache
def _time_zones() -> dict[str, str]:
    """IANA keys by lower case. Looking names up here, not on disk, also refuses paths and overlong text."""
    return {key.lower(): key for key in zoneinfo.available_timezones()}


def clean_tags(value: Any) -> str:
    """Tags stored as ``,a,b,`` so that one SQL ``LIKE '%,a,%'`` finds a tag on both databases."""
    if _blank(value):
        return ""
    items = value if isinstance(value, (list, tuple, set)) else re.split(r"[,、，]", str(value))
    tags = []
    for item in items:
        # A separator is never part of a tag, or the stored form would not read back the same.
        tag = re.sub(r"[,、，]", " ", unicodedata.normalize("NFKC", str(item))).strip()
        if tag and tag not in tags:
            tags.append(tag)
    return f",{','.join(tags)}," if tags else ""


def clean_pillars(value: Any) -> str:
    """Plan pillars 1–6, stored like tags (``,2,4,``)."""
    tags = clean_tags(value)
    numbers = sorted({int(t) for t in tags.strip(",").split(",") if t and t.isascii() and t.isdigit()})
    raw = [t for t in tags.strip(",").split(",") if t]
    if len(numbers) != len(raw) or any(not 1 <= n <= 6 for n in numbers):
        raise FieldInvalid("field.out_of_range", min=1, max=6)
    return f",{','.join(str(n) for n in numbers)}," if numbers else ""
