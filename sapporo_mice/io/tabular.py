"""Reading CSV and XLSX files into a plain table: the header row and numbered data rows.

Row numbers are the ones a spreadsheet shows: the header is row 1, the first data row is row 2, and
empty rows keep their number (they are skipped and counted). Cells come back as text, except that
XLSX dates stay dates and XLSX numbers stay numbers (the importer decides, per field, what they mean).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sapporo_mice.io.problems import ImportFileError
from sapporo_mice.io.safe_cells import restore
from sapporo_mice.io.sniff import decode_text

csv.field_size_limit(10 * 1024 * 1024)


@dataclass
class Table:
    headers: list[str]
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)
    empty_rows: int = 0
    encoding: str | None = None


def read_csv(path: Path, *, encoding: str | None = None) -> Table:
    text, used = decode_text(_read_bytes(path), path.name, encoding)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), _dialect(text)))
    except csv.Error as exc:
        raise ImportFileError("io.csv_invalid", path.name, row="?", reason=str(exc)) from exc
    table = _table(path.name, records)
    table.encoding = used
    return table


def read_xlsx(path: Path, *, sheet: str | None = None) -> Table:
    data = _read_bytes(path)
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ImportFileError("io.xlsx_invalid", path.name, reason=_not_zip_reason(data))
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds (KeyError, InvalidFileException, BadZipFile)
        raise ImportFileError("io.xlsx_invalid", path.name, reason=type(exc).__name__) from exc
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise ImportFileError("io.sheet_missing", path.name, sheet=sheet)
        if not book.worksheets:  # only chart sheets
            raise ImportFileError("io.file_empty", path.name)
        worksheet = book[sheet] if sheet else book.worksheets[0]
        records = [[_xlsx_cell(v) for v in row] for row in worksheet.iter_rows(values_only=True)]
    except ImportFileError:
        raise
    except Exception as exc:  # read-only mode parses the sheet only now: its XML may be broken (ParseError …)
        raise ImportFileError("io.xlsx_invalid", path.name, reason=type(exc).__name__) from exc
    finally:
        book.close()
    return _table(path.name, records)


def _read_bytes(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise ImportFileError("io.file_missing", Path(path).name) from exc
    except IsADirectoryError as exc:
        raise ImportFileError("io.file_missing", Path(path).name) from exc


def _not_zip_reason(data: bytes) -> str:
    return "it looks like a CSV or text file" if b"," in data[:2048] or b"\n" in data[:2048] else "not a zip archive"


def _dialect(text: str) -> type[csv.Dialect]:
    """Comma unless the header line clearly uses tabs or semicolons (European Excel)."""
    first = text.split("\n", 1)[0]
    if first.count("\t") > first.count(","):
        return csv.excel_tab
    if first.count(";") > first.count(","):
        class Semicolon(csv.excel):
            delimiter = ";"
        return Semicolon
    return csv.excel


def _xlsx_cell(value: Any) -> Any:
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _table(file: str, records: list[list[Any]]) -> Table:
    """The header is the first non-empty row; later rows are numbered as the spreadsheet shows them."""
    header_index = next((i for i, r in enumerate(records) if not _is_empty(r)), None)
    if header_index is None:
        raise ImportFileError("io.file_empty", file)
    headers = [str(h).strip() if h is not None else "" for h in records[header_index]]
    table = Table(headers=headers)
    for index in range(header_index + 1, len(records)):
        row = records[index]
        if _is_empty(row):
            table.empty_rows += 1
            continue
        table.rows.append((index + 1, [_clean_cell(v) for v in row]))
    if not table.rows:
        raise ImportFileError("io.header_only", file)
    return table


def _clean_cell(value: Any) -> Any:
    if isinstance(value, str):
        value = restore(value.strip("\ufeff"))
        return value.strip() if value.strip() else None
    return value


def _is_empty(row: list[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)
