"""What the import wizard shows before anything is read into records: a file's headers and their fields."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sapporo_mice.io.mapping import fields_for, plan_columns
from sapporo_mice.io.tabular import read_csv, read_xlsx

VCARD_SUFFIXES = (".vcf", ".vcard")


@dataclass(frozen=True)
class HeaderMap:
    """A table file's headers and the field each maps to (None: kept in the notes), for the import wizard."""

    headers: list[str]
    fields: list[str | None]
    choices: tuple[str, ...]
    encoding: str | None
    format: dict[str, Any] | None = None  # the known export recognised by its headers (its "label" by language)


def header_map(path: Path | str, kind: str, *, encoding: str | None = None, overrides: dict[str, str] | None = None,
               sheet: str | None = None) -> HeaderMap | None:
    """How the importer will read the columns of a CSV or XLSX file (None for a vCard: no headers).

    Raises the importer's typed errors (``AmbiguousEncodingError`` when the user must pick an encoding).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in VCARD_SUFFIXES:
        return None
    table = read_xlsx(path, sheet=sheet) if suffix in (".xlsx", ".xlsm") else read_csv(path, encoding=encoding)
    plan = plan_columns(kind, table.headers, overrides)
    fields = [plan.fields.get(i) or (plan.numbered[i][2] if i in plan.numbered else None)
              for i in range(len(table.headers))]
    return HeaderMap(list(table.headers), fields, fields_for(kind), table.encoding, plan.format)
