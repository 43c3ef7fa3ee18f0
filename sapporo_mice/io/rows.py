"""What every reader hands the importer: source records of import fields, with their origin.

A CSV/XLSX row and a vCard card both become a :class:`SourceRecord`: the row (or card) number, the
field values, which source column each came from (so problems name the user's column), the emails and
phones, and columns nobody understood (kept in notes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sapporo_mice.errors import _shown, in_lang
from sapporo_mice.messages import register, render

register({
    "io.at_row": {"en": "row {n}", "ja": "{n} 行目"},
    "io.at_card": {"en": "card {n}", "ja": "{n} 件目のカード"},
})


class CardNumber(int):
    """A vCard's place in its file (the third card is 3). An int wherever a number is wanted (JSON, sorting,
    ``--flip-name``); the messages name it as a card, where a table's number is a row."""


def at(number: int, lang: str, *, capital: bool = False) -> str:
    """Where a record of the file is, as the messages name it: "row 3" (3 行目), or for a vCard "card 3"
    (3 件目のカード); ``capital`` for the start of an English sentence."""
    text = render("io.at_card" if isinstance(number, CardNumber) else "io.at_row", lang, n=number)
    return text[:1].upper() + text[1:] if capital else text


def placed(number: int, lang: str, name: str = "row") -> dict[str, str]:
    """A message's parameters naming ``number``'s place: ``{row}`` in a sentence, ``{Row}`` at its start."""
    return {name: at(number, lang), name.capitalize(): at(number, lang, capital=True)}


@dataclass(frozen=True)
class At:
    """:func:`at` as an :class:`Issue`'s parameter, worded in the language the issue is read in."""

    number: int
    capital: bool = False

    def for_lang(self, lang: str) -> str:
        return at(self.number, lang, capital=self.capital)


@dataclass(frozen=True)
class Issue:
    """One problem or warning: where (row, column) and what (a message id and its parameters)."""

    row: int | None
    column: str | None
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def as_json(self, lang: str) -> dict[str, Any]:
        return {"row": self.row, "column": _shown(self.column), "code": self.code, "message": self.message(lang)}

    def message(self, lang: str) -> str:
        """The message in ``lang``; a value from the file is quoted to about a hundred characters, a parameter
        that words itself per language is taken in ``lang`` (:func:`~sapporo_mice.errors.in_lang`)."""
        params = {k: in_lang(v, lang) for k, v in self.params.items()}
        return render(self.code, lang, **{k: _shown(v) if k in _QUOTED else v for k, v in params.items()})

    def bare_message(self, lang: str) -> str:
        """The message without its leading "column: ", for a line or a table that names the column already."""
        text = self.message(lang)
        prefix = f"{_shown(self.column)}: "
        return text[len(prefix):] if self.column and text.startswith(prefix) else text


# The parameters that quote the file's text. The others are ours (a list of allowed values, a limit)
# or messages that cut their own values (``reason``), and are never cut.
_QUOTED = {"value", "field", "column", "fixed", "properties"}


@dataclass
class PhoneCell:
    raw: str
    kind: str
    column: str
    from_number: bool = False  # an XLSX numeric cell: Excel may have eaten a leading 0 or +


@dataclass
class SourceRecord:
    number: int
    values: dict[str, Any] = field(default_factory=dict)
    columns: dict[str, str] = field(default_factory=dict)
    emails: list[tuple[str, str, str]] = field(default_factory=list)  # (address, kind, column)
    phones: list[PhoneCell] = field(default_factory=list)
    extras: list[tuple[str, str]] = field(default_factory=list)  # (column, text) nobody mapped
    warnings: list[Issue] = field(default_factory=list)
    errors: list[Issue] = field(default_factory=list)  # what the file itself got wrong in this row

    def put(self, name: str, value: Any, column: str) -> None:
        """Set a field once: a later column for the same field does not overwrite it."""
        if value in (None, "") or name in self.values:
            return
        self.values[name] = value
        self.columns[name] = column

    def column(self, name: str) -> str:
        return self.columns.get(name, name)
