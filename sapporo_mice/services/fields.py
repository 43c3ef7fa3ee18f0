"""Field specifications: how each input field of a record type is cleaned and checked."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sapporo_mice import validation as v


@dataclass(frozen=True)
class Field:
    """How to clean one input value. ``ref`` names the record type a foreign key points to."""

    clean: Callable[[Any], Any]
    required: bool = False
    ref: str | None = None


def text(max_length: int | None = None, *, required: bool = False) -> Field:
    return Field(lambda x: v.clean_text(x, required=required, max_length=max_length), required)


def suggested(words: Any, max_length: int) -> Field:
    """Text with suggested values (``words``: :class:`sapporo_mice.labels.EnumWords` or a vocabulary): one named
    by its code or its label in either language is stored as its code (見本市ブース, "Fair booth" → ``booth``), so
    each language shows its own label; other text is kept as typed."""
    return Field(lambda x: v.clean_text((words.named(x) if isinstance(x, str) else None) or x, max_length=max_length))


def choice(enum_cls: type[enum.Enum], *, required: bool = False) -> Field:
    return Field(lambda x: v.clean_enum(x, enum_cls, required=required), required)


INT32_MAX = 2**31 - 1  # an INTEGER column on PostgreSQL
INT64_MAX = 2**63 - 1  # a BIGINT column


def integer(minimum: int | None = None, maximum: int | None = INT32_MAX, *, required: bool = False) -> Field:
    """A whole number for an INTEGER column (pass ``maximum=INT64_MAX`` for a BIGINT one)."""
    return Field(lambda x: v.clean_int(x, minimum=minimum, maximum=maximum), required)


def number(minimum: float | None = None, maximum: float | None = None) -> Field:
    return Field(lambda x: v.clean_float(x, minimum=minimum, maximum=maximum))


def money() -> Field:
    """Yen as a whole, non-negative number (a BIGINT column)."""
    return integer(0, INT64_MAX)


def date(*, required: bool = False) -> Field:
    return Field(v.clean_date, required)


def datetime(*, required: bool = False) -> Field:
    return Field(v.clean_datetime, required)


def flag() -> Field:
    return Field(v.clean_bool)


def country(*, required: bool = False) -> Field:
    return Field(v.clean_country, required)


def timezone(*, required: bool = False) -> Field:
    return Field(lambda x: v.clean_timezone(x, required=required), required)


def email() -> Field:
    return Field(v.clean_email)


def corporate_number() -> Field:
    return Field(v.clean_corporate_number)


def fiscal_year(*, required: bool = False) -> Field:
    return Field(lambda x: v.clean_fiscal_year(x, required=required), required)


def tags() -> Field:
    return Field(v.clean_tags)


def pillars() -> Field:
    return Field(v.clean_pillars)


def ref(record_type: str, *, required: bool = False) -> Field:
    return Field(lambda x: v.clean_text(x, required=required, max_length=36), required, ref=record_type)
