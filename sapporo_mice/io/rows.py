"""What every reader hands the importer: source records of import fields, with their origin.

A CSV/XLSX row and a vCard card both become a :class:`SourceRecord`: the row (or card) number, the
field values, which source column each came from (so problems name the user's column), the emails and
phones, and columns nobody understood (kept in notes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sapporo_mice.errors import _shown, in_lang
from sapporo_mice.messages import render


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
