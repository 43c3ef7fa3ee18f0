"""Enum labels in Japanese or English for the core's own outputs (PDF packs, exports, the CLI).

The labels are :mod:`sapporo_mice.enum_labels` (English, the translation source); the Japanese comes from
the same ``resources/translations/*_ja.ts`` catalogues the desktop compiles, read once per process. So a
stage is called the same on screen and on paper, and a translator fixes it in one place.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET

from sapporo_mice import paths
from sapporo_mice.enum_labels import ENUMS


@functools.cache
def _japanese() -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for path in sorted((paths.resources_dir() / "translations").glob("*_ja.ts")):
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("obsolete", "vanished", "unfinished"):
                    continue
                source, text = message.findtext("source") or "", (translation.text or "").strip()
                if text:
                    found.setdefault((name, source), text)
    return found


def enum_label(enum_name: str, value: object, lang: str) -> str:
    """``enum_label("BidStage", "won", "ja")`` → 誘致決定; "" for None; an unknown value as it is."""
    if value is None:
        return ""
    key = getattr(value, "value", value)
    source = ENUMS.get(enum_name, {}).get(str(key))
    if source is None:
        return str(key)
    return _japanese().get((enum_name, source), source) if lang == "ja" else source


@functools.cache
def _values_by_label(enum_name: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for value, source in ENUMS.get(enum_name, {}).items():
        for text in (value, source, enum_label(enum_name, value, "ja")):
            found.setdefault(text.strip().casefold(), value)
    return found


class EnumWords:
    """An enum's values as suggested words (:func:`sapporo_mice.services.fields.suggested`): its codes, each named
    by its label in either language. A vocabulary (:class:`sapporo_mice.students.vocab.Vocabulary`) offers the
    same three."""

    def __init__(self, enum_name: str) -> None:
        self.name = enum_name

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(ENUMS[self.name])

    def label(self, code: str | None, lang: str) -> str:
        return enum_label(self.name, code, lang)

    def named(self, text: object) -> str | None:
        """The code ``text`` is, or whose label (either language, any case) it is; else None. Typed words are
        matched against the labels alone: "Other" is ``other``, "OTHER" too, but a user's "IT" is not ``it``."""
        if not isinstance(text, str):
            return None
        if text in ENUMS[self.name]:
            return text
        folded = text.strip().casefold()
        return next((code for code in ENUMS[self.name]
                     if folded in (self.label(code, "en").casefold(), self.label(code, "ja").casefold())), None)


LEAD_SOURCES = EnumWords("LeadSource")  # a lead's source (booth capture records ``booth``)
FAIR_SECTORS = EnumWords("FairSector")  # what a trade fair shows


def suggested_words(words, value: str | None) -> list[str]:
    """What search finds a suggested value by: a code's labels in both languages (見本市ブース, Fair booth), or
    the text as typed."""
    if not value:
        return []
    return list(dict.fromkeys(words.label(value, lang) for lang in ("ja", "en")))


def enum_value_of(enum_name: str, text: object) -> object:
    """The value that ``text`` names, as a label in either language or as the value itself (an exported
    「修士」 or "Master's" read back as ``master``); anything else unchanged, for the service to judge."""
    if isinstance(text, str):
        return _values_by_label(enum_name).get(text.strip().casefold(), text)
    return text
