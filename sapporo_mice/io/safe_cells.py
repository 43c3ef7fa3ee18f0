"""Neutralising spreadsheet formula injection in exported cells, reversibly.

A text cell whose content (after any leading apostrophes) starts with ``= + - @``, a tab or a CR gets
one more leading apostrophe on export; the importer removes exactly one. So ``+65 6123 4567`` is
exported as ``'+65 6123 4567`` (Excel shows it as text) and re-imports unchanged, and a cell that
really began with ``'=`` survives too (it is exported as ``''=``).
"""

from __future__ import annotations

from typing import Any

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def _dangerous(text: str) -> bool:
    return text.lstrip("'").startswith(TRIGGERS)


def neutralise(value: Any) -> Any:
    """The cell value to write: text that a spreadsheet would run as a formula gets a ``'`` prefix."""
    if isinstance(value, str) and _dangerous(value):
        return "'" + value
    return value


def restore(value: Any) -> Any:
    """The inverse of :func:`neutralise`, applied to every imported text cell."""
    if isinstance(value, str) and value.startswith("'") and _dangerous(value):
        return value[1:]
    return value
