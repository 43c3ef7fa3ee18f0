"""Field and record type labels in the UI's language, from the core's one table (:mod:`sapporo_mice.vocabulary`),
so a form, a list and a CLI message call a field the same thing."""

from __future__ import annotations

from sapporo_mice import vocabulary
from ui import i18n


def field_label(record_type: str, field: str) -> str:
    """The label of ``field``; list entries like ``emails[1]`` use their list's label."""
    return vocabulary.field_label(record_type, field, i18n.language())


def type_label(record_type: str) -> str:
    return vocabulary.type_label(record_type, i18n.language())
