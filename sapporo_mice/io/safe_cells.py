"""Neutralising spreadsheet formula injection in exported CSV cells, reversibly, and only where needed.

A CSV text cell a spreadsheet would run as a formula gets one leading apostrophe on export: one that
starts with ``=``, ``@``, a tab or a CR, or with ``+``/``-`` followed by anything but a number as people
write phones (``+65 6123 4567``, ``-`` before digits, ``ext. 12``): ``-Buyer`` or ``+cmd|…`` is a formula,
``+81 11 222 3333`` is not and stays as it is. The importer removes one apostrophe from any cell that
starts with an apostrophe before one of those characters (the older, wider rule, so files written before
still re-import), and the exporter therefore also marks a cell that really began that way
(``'+65`` is exported as ``''+65``).
"""

from __future__ import annotations

import re
from typing import Any

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# "+" or "-" then a number as written for phones: digits, spaces, dots, dashes, slashes, parentheses, an extension.
_NUMBER = re.compile(r"[+-][\d\s().\-/+]*(?:\s*ext\.?\s*\d+)?")


def _dangerous(text: str) -> bool:
    """The importer's rule: the cell, without its leading apostrophes, starts with a trigger."""
    return text.lstrip("'").startswith(TRIGGERS)


def _formula(text: str) -> bool:
    """Whether a spreadsheet would read ``text`` as a formula."""
    if not text.startswith(TRIGGERS):
        return False
    return not (text[0] in "+-" and _NUMBER.fullmatch(text))


def neutralise(value: Any) -> Any:
    """The CSV cell to write: text a spreadsheet would run as a formula gets a ``'`` prefix, and so does
    text that already starts with an apostrophe the importer would remove."""
    if isinstance(value, str) and (_formula(value) or (value.startswith("'") and _dangerous(value))):
        return "'" + value
    return value


def restore(value: Any) -> Any:
    """The inverse of :func:`neutralise`, applied to every imported text cell."""
    if isinstance(value, str) and value.startswith("'") and _dangerous(value):
        return value[1:]
    return value
