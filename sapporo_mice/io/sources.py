"""Turning a file (CSV, XLSX or vCard) into source records of import fields, by extension."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sapporo_mice.io.mapping import EMAIL_KINDS, PHONE_KINDS, map_headers
from sapporo_mice.io.problems import ImportFileError
from sapporo_mice.io.rows import Issue, PhoneCell, SourceRecord
from sapporo_mice.io.tabular import Table, read_csv, read_xlsx
from sapporo_mice.io.vcard import card_record, read_cards

PERSON_KINDS = ("contacts", "leads")


@dataclass
class Source:
    records: list[SourceRecord]
    warnings: list[Issue] = field(default_factory=list)
    empty_rows: int = 0
    encoding: str | None = None


def read_source(path: Path, kind: str, *, mapping: dict[str, str] | None = None,
                encoding: str | None = None, sheet: str | None = None) -> Source:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".vcf", ".vcard"):
        if kind not in PERSON_KINDS:
            raise ImportFileError("io.vcard_kind", path.name, kind=kind)
        return _vcard_source(path)
    if suffix in (".csv", ".txt", ".tsv"):
        return table_source(read_csv(path, encoding=encoding), kind, mapping)
    if suffix in (".xlsx", ".xlsm"):
        return table_source(read_xlsx(path, sheet=sheet), kind, mapping)
    raise ImportFileError("io.format_unknown", path.name, suffix=suffix or "(none)")


def _vcard_source(path: Path) -> Source:
    cards, warnings = read_cards(path)
    records = [card_record(card) for card in cards]
    return Source(records, warnings)


def table_source(table: Table, kind: str, mapping: dict[str, str] | None) -> Source:
    columns = map_headers(kind, table.headers, mapping)
    warnings = [Issue(None, header, "io.column_unknown", {"column": header})
                for index, header in enumerate(table.headers) if index not in columns and header]
    records = [_row_record(number, cells, table.headers, columns) for number, cells in table.rows]
    return Source(records, warnings, table.empty_rows, table.encoding)


def _row_record(number: int, cells: list[Any], headers: list[str], columns: dict[int, str]) -> SourceRecord:
    record = SourceRecord(number=number)
    for index, value in enumerate(cells):
        if value is None or value == "":
            continue
        header = headers[index] if index < len(headers) else f"#{index + 1}"
        target = columns.get(index)
        if target in PHONE_KINDS:
            record.phones.append(PhoneCell(_phone_text(value), PHONE_KINDS[target], header,
                                           from_number=isinstance(value, (int, float))))
        elif target in EMAIL_KINDS:
            record.emails.append((str(value).strip(), EMAIL_KINDS[target], header))
        elif target is not None:
            record.put(target, value, header)
        else:
            record.extras.append((header or f"#{index + 1}", _as_text(value)))
    return record


def _phone_text(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.0f}"
    return str(value).strip()


def _as_text(value: Any) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)
