"""Turning a file (CSV, XLSX or vCard) into source records of import fields, by extension."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sapporo_mice.io.mapping import EMAIL_KINDS, PHONE_KINDS, ColumnPlan, plan_columns
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
    format: dict[str, Any] | None = None  # the known export format recognised by its headers


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
    plan = plan_columns(kind, table.headers, mapping)
    known = plan.fields.keys() | plan.numbered.keys() | plan.quiet | plan.skip
    warnings = [Issue(None, header, "io.column_unknown", {"column": header})
                for index, header in enumerate(table.headers) if index not in known and header]
    readers = _column_readers(table.headers, plan)
    records = [_row_record(number, cells, plan, readers) for number, cells in table.rows]
    for record in records:
        record.errors = table.row_errors.get(record.number, [])
    return Source(records, table.warnings + warnings, table.empty_rows, table.encoding, plan.format)


# A Google export puts several values of one kind in one cell: "a@x.jp ::: b@y.jp".
_GOOGLE_SEPARATOR = " ::: "


# How a column's cells are read, decided once per file (:func:`_column_readers`): most columns name one
# field, an email or a phone, and their cells need none of the general reading's questions.
_SKIP, _FIELD, _EMAIL, _PHONE, _GENERAL = range(5)


def _column_readers(headers: list[str], plan: ColumnPlan) -> list[tuple[int, str | None, str]]:
    """Per header: what reading its cells takes (one of the constants above), the field or kind, the header."""
    readers = []
    for index, header in enumerate(headers):
        target = plan.fields.get(index)
        if index in plan.skip:
            readers.append((_SKIP, None, header))
        elif index in plan.numbered or index in plan.join_order or target is None or target == "tags":
            readers.append((_GENERAL, target, header))
        elif target in PHONE_KINDS:
            readers.append((_PHONE, PHONE_KINDS[target], header))
        elif target in EMAIL_KINDS:
            readers.append((_EMAIL, EMAIL_KINDS[target], header))
        else:
            readers.append((_FIELD, target, header))
    return readers


def _row_record(number: int, cells: list[Any], plan: ColumnPlan,
                readers: list[tuple[int, str | None, str]]) -> SourceRecord:
    """A row's cells as a source record; ``readers``: :func:`_column_readers` of the file."""
    record = SourceRecord(number=number)
    values, sources = record.values, record.columns
    columns = plan.fields
    joined: dict[str, list[tuple[int, str, str]]] = {}
    for index, value in enumerate(cells):
        if value is None or value == "":
            continue
        how, target, header = readers[index] if index < len(readers) else (
            _SKIP if index in plan.skip else _GENERAL, None, f"#{index + 1}")
        if how == _FIELD:  # _put's record.put: the first column of a field wins
            if target not in values:
                values[target] = value
                sources[target] = header
            continue
        if how == _EMAIL:
            record.emails.append((str(value).strip(), target, header))
            continue
        if how == _PHONE:
            record.phones.append(PhoneCell(_phone_text(value), target, header,
                                           from_number=isinstance(value, (int, float))))
            continue
        if how == _SKIP:
            continue
        if index in plan.numbered:
            type_index, types, default = plan.numbered[index]
            kind = cells[type_index] if type_index is not None and type_index < len(cells) else None
            target = types.get(str(kind or "").strip().lstrip("* ").strip().casefold(), default)
            for part in str(value).split(_GOOGLE_SEPARATOR):
                _put(record, target, part.strip(), header)
            continue
        target = columns.get(index)
        if index in plan.join_order:
            joined.setdefault(target, []).append((plan.join_order[index], str(value).strip(), header))
        elif target == "tags" and plan.format and plan.format["key"] == "google":
            # "* myContacts ::: Buyers": Google's own groups start with "* "; the user's labels are tags
            tags = [t.strip() for t in str(value).split(_GOOGLE_SEPARATOR) if not t.strip().startswith("*")]
            _put(record, target, ", ".join(t for t in tags if t), header)
        elif target is not None:
            _put(record, target, value, header)
        else:
            record.extras.append((header or f"#{index + 1}", _as_text(value)))
    for target, parts in joined.items():
        parts.sort()
        record.put(target, " ".join(text for _, text, _ in parts), parts[0][2])
    return record


def _put(record: SourceRecord, target: str, value: Any, header: str) -> None:
    if value in (None, ""):
        return
    if target in PHONE_KINDS:
        record.phones.append(PhoneCell(_phone_text(value), PHONE_KINDS[target], header,
                                       from_number=isinstance(value, (int, float))))
    elif target in EMAIL_KINDS:
        record.emails.append((str(value).strip(), EMAIL_KINDS[target], header))
    else:
        record.put(target, value, header)


def _phone_text(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.0f}"
    return str(value).strip()


def _as_text(value: Any) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)
