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
    if kind == "meetings":
        from sapporo_mice import series_import

        columns = series_import.columns_of(list(table.headers), overrides)
        return HeaderMap(list(table.headers), [columns[i] for i in range(len(table.headers))],
                         series_import.TARGETS, table.encoding, series_import.FORMAT)
    plan = plan_columns(kind, table.headers, overrides)
    fields = [plan.fields.get(i) or (plan.numbered[i][2] if i in plan.numbered else None)
              for i in range(len(table.headers))]
    return HeaderMap(list(table.headers), fields, fields_for(kind), table.encoding, plan.format)


def recognised_kind(path: Path | str, *, encoding: str | None = None, sheet: str | None = None) -> str | None:
    """"meetings" for an association meetings spreadsheet (series name, edition year and place), else None."""
    from sapporo_mice import series_import

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx", ".xlsm"):
        return None
    table = read_xlsx(path, sheet=sheet) if suffix != ".csv" else read_csv(path, encoding=encoding)
    return "meetings" if series_import.looks_like_meetings(list(table.headers)) else None
