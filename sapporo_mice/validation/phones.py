"""Phone numbers: parsed with phonenumbers through the region chain of DESIGN §3, kept raw when invalid."""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from typing import Any

import phonenumbers

DEFAULT_REGION = "JP"


@dataclass(frozen=True)
class PhoneNumber:
    raw: str
    region: str | None
    e164: str | None
    extension: str | None
    valid: bool

    @property
    def display(self) -> str:
        return display_phone(self.e164, self.raw, self.extension)


def region_chain(*candidates: str | None) -> list[str]:
    """The regions to try, first to last: the given ones (row, contact, fair), then JP.

    Anything that is not a region phonenumbers knows (a typo, a country name) is skipped: it could
    neither parse a number nor be stored in a two-letter column.
    """
    return list(chain_of(candidates))


def chain_of(candidates: tuple) -> tuple[str, ...]:
    """:func:`region_chain` of a tuple of candidates, remembered: an import asks it for every phone, with the
    same few countries."""
    try:
        return _remembered_chain(candidates)
    except TypeError:  # something unhashable given as a region: not a region, but no reason to fail
        return _chain(candidates)


def _chain(candidates: tuple) -> tuple[str, ...]:
    chain = []
    for candidate in candidates:
        region = candidate.strip().upper() if isinstance(candidate, str) else None
        if region in phonenumbers.SUPPORTED_REGIONS and region not in chain:
            chain.append(region)
    if DEFAULT_REGION not in chain:
        chain.append(DEFAULT_REGION)
    return tuple(chain)


_remembered_chain = functools.lru_cache(maxsize=1024)(_chain)


def parse_phone(raw: str, *regions: str | None) -> PhoneNumber:
    """Parse ``raw`` with an explicit ``+`` first, then each region of the chain.

    The first region that yields a valid number wins; if none does, the number is kept raw with ``valid``
    false, so the rest of the record still saves, and with the region it was read for: the country its ``+``
    names (None for a calling code of no country), else the chain's first.
    """
    raw = "" if raw is None else str(raw)  # a spreadsheet may hand over a number
    text = unicodedata.normalize("NFKC", raw).strip()
    chain = chain_of(regions)
    if not text:
        return PhoneNumber(raw=raw, region=None, e164=None, extension=None, valid=False)
    if text.startswith("00") and not text.startswith("000"):
        text = "+" + text[2:]
    for region in chain:
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        # is_valid_number would look the number's region up first: look it up once, and check against it.
        number_region = phonenumbers.region_code_for_number(number)
        if phonenumbers.is_valid_number_for_region(number, number_region):
            found_region = number_region or region
            if found_region not in phonenumbers.SUPPORTED_REGIONS:
                found_region = None  # a global number (+800, +808 …) belongs to no region ("001")
            return PhoneNumber(
                raw=raw,
                region=found_region,
                e164=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
                extension=number.extension or None,
                valid=True,
            )
        if text.startswith("+"):  # the number names its country: no region of the chain can make it valid
            own = phonenumbers.region_code_for_country_code(number.country_code)
            return PhoneNumber(raw=raw, region=own if own in phonenumbers.SUPPORTED_REGIONS else None, e164=None,
                               extension=None, valid=False)
    return PhoneNumber(raw=raw, region=chain[0], e164=None, extension=None, valid=False)


def calling_code(region: str | None) -> int | None:
    """The country calling code of ``region`` (JP: 81, SG: 65); None for a region phonenumbers does not know."""
    return phonenumbers.country_code_for_region(region) or None if region else None


def invalid_phone(phone: PhoneNumber, area: str = "field") -> tuple[str, dict[str, Any]]:
    """The message (``{area}.phone_invalid…``) and its parameters that say ``phone`` is not valid: for its
    country, or as an international number where its ``+`` names no country's calling code (+800 …)."""
    from sapporo_mice.countries import CountryName

    if phone.region:
        return f"{area}.phone_invalid", {"region": CountryName(phone.region)}
    return f"{area}.phone_invalid_intl", {}


def from_e164(e164: str) -> phonenumbers.PhoneNumber:
    """A stored E.164 number as phonenumbers' number, cut from its text after the calling code as
    :func:`national_digits` does (in a third of the time of ``phonenumbers.parse``, which a 100-page pack
    would spend on 1,700 phones); text that is not ``+`` and digits is parsed. Raises what parse raises."""
    digits = e164[1:]
    if e164.startswith("+") and digits.isascii() and digits.isdigit():
        for size in (1, 2, 3):
            if int(digits[:size]) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE and len(digits) > size:
                return _with_leading_zeros(int(digits[:size]), digits[size:])
    return phonenumbers.parse(e164)


def _with_leading_zeros(country_code: int, national: str) -> phonenumbers.PhoneNumber:
    """The number, marking the zeros its national part starts with (Italy's 06…) as phonenumbers does."""
    number = phonenumbers.PhoneNumber(country_code=country_code, national_number=int(national))
    zeros = min(len(national) - len(national.lstrip("0")), len(national) - 1)  # an all-zero number keeps one
    if zeros:
        number.italian_leading_zero = True
        number.number_of_leading_zeros = zeros if zeros > 1 else None
    return number


def display_phone(e164: str | None, raw: str, extension: str | None = None) -> str:
    """National format for Japanese numbers, international otherwise; the raw text if unparsed."""
    if not e164:
        return raw
    number = from_e164(e164)
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if phonenumbers.region_code_for_number(number) == "JP"
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    text = phonenumbers.format_number(number, style)
    return f"{text} ext. {extension}" if extension else text


def national_phone(e164: str | None) -> str | None:
    """The number as dialled inside its own country ("011-222-3333" for +81112223333); None if unparsed.

    Exports write it beside the E.164 form (Japanese offices dial and sort by it), and the search index
    holds its digits, so ``0112223333`` finds ``+81 11 222 3333``."""
    if not e164:
        return None
    try:
        number = from_e164(e164)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL) or None


def national_digits(e164: str | None) -> str | None:
    """The digits dialled inside the number's country (``0112223333`` for +81112223333), for the search index.

    Cut from the E.164 text with the country's trunk prefix, without parsing: a search row is written for
    every contact of a bulk load, where :func:`national_phone` (50 µs a number) would cost seconds."""
    if not e164 or not e164.startswith("+"):
        return None
    digits = e164[1:]
    for size in (1, 2, 3):
        prefix = _trunk_prefix(digits[:size])
        if prefix is not None:
            return prefix + digits[size:]
    return None


@functools.lru_cache(maxsize=512)
def _trunk_prefix(country_code: str) -> str | None:
    """The national (trunk) prefix of a calling code ("0" for 81), "" if it has none, None if no such code."""
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(int(country_code)) if country_code.isdigit() else None
    if not regions:
        return None
    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(int(country_code), regions[0])
    return (metadata.national_prefix or "") if metadata is not None else ""
