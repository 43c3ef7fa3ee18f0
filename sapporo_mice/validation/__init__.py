"""Field validators. Each returns the clean value or raises :class:`FieldInvalid` with a message id."""

from sapporo_mice.validation.fields import (
    FieldInvalid,
    clean_bool,
    clean_corporate_number,
    clean_country,
    clean_currency,
    clean_date,
    clean_datetime,
    clean_email,
    clean_enum,
    clean_fiscal_year,
    clean_int,
    clean_float,
    clean_tags,
    clean_pillars,
    clean_text,
    clean_timezone,
    corporate_number_check_digit,
    normalize_email,
)
from sapporo_mice.validation.phones import (
    PhoneNumber,
    calling_code,
    display_phone,
    national_digits,
    national_phone,
    parse_phone,
)
from sapporo_mice.ids import is_uuid as is_record_id  # a record's id (UUIDv7 text), as a form checks a picked reference

__all__ = [
    "FieldInvalid", "PhoneNumber", "calling_code", "clean_bool", "clean_corporate_number", "clean_country",
    "clean_currency", "clean_date", "clean_datetime", "clean_email", "clean_enum",
    "clean_fiscal_year", "clean_float", "clean_int", "clean_pillars", "clean_tags", "clean_text",
    "clean_timezone", "corporate_number_check_digit", "display_phone", "is_record_id", "national_digits",
    "national_phone", "normalize_email", "parse_phone",
]
