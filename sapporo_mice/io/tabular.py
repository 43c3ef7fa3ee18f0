"""Reading CSV and XLSX files into a plain table: the header row and numbered data rows.

Row numbers are the ones a spreadsheet shows: the header is row 1, the first data row is row 2, and
empty rows keep their number (they are skipped and counted). Cells come back as text, except that
XLSX dates stay dates and XLSX numbers stay numbers (the importer decides, per field, what they mean).
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sapporo_mice.io.problems import ImportFileError
from sapporo_mice.io.rows import Issue
from sapporo_mice.io.safe_cells import restore
from sapporo_mice.io.sniff import check_rows, check_unpacked, decode_text, read_file

csv.field_size_limit(10 * 1024 * 1024)


@dataclass
class Table:
    headers: list[str]
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)
    empty_rows: int = 0
    encoding: str | None = None
    header_row: int = 1
    warnings: list[Issue] = field(default_factory=list)  # about the file: merged cells filled down
    row_errors: dict[int, list[Issue]] = field(default_factory=dict)  # by row: a formula with no value


def read_csv(path: Path, *, encoding: str | None = None) -> Table:
    text, used = decode_text(read_file(path), path.name, encoding)
    dialect = _dialect(text)
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    records: list[list[str]] = []
    started = last_start = 1  # the line the record being read starts on, and the last one read
    try:
        for record in reader:
            records.append(record)
            check_rows(len(records) - 1, path.name)  # the first is the header, most likely
            started, last_start = reader.line_num + 1, started
    except csv.Error as exc:
        raise ImportFileError("io.csv_invalid", path.name, row=len(records) + 1, reason=str(exc)) from exc
    if records and text.count('"') % 2 and (reader.line_num > last_start or _open_at_end(text, last_start, dialect)):
        # An unclosed quote: the reader took every later line (or the last line's end) into the last record's cell.
        row = records[-1]
        column = next((i for i, cell in reversed(list(enumerate(row))) if "\n" in cell or "\r" in cell), len(row) - 1)
        header = records[0][column] if records[0] and column < len(records[0]) else f"#{column + 1}"
        raise ImportFileError("io.csv_unclosed_quote", path.name, row=len(records), column=header.strip())
    table = _table(path.name, records)
    table.encoding = used
    return table


def read_xlsx(path: Path, *, sheet: str | None = None) -> Table:
    data = read_file(path)
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ImportFileError(_not_zip_code(data), path.name)
    check_unpacked(data, path.name)
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds (KeyError, InvalidFileException, BadZipFile)
        raise ImportFileError("io.xlsx_damaged", path.name) from exc
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise ImportFileError("io.sheet_missing", path.name, sheet=sheet)
        if not book.worksheets:  # only chart sheets
            raise ImportFileError("io.file_empty", path.name)
        worksheet = book[sheet] if sheet else book.worksheets[0]
        records = []
        for row in worksheet.iter_rows(values_only=True):
            records.append([_xlsx_cell(v) for v in row])
            check_rows(len(records) - 1, path.name)
        sheet_xml = _sheet_xml(data, getattr(worksheet, "_worksheet_path", None))
    except ImportFileError:
        raise
    except Exception as exc:  # read-only mode parses the sheet only now: its XML may be broken (ParseError …)
        raise ImportFileError("io.xlsx_damaged", path.name) from exc
    finally:
        book.close()
    merged = _fill_merged(records, sheet_xml)
    formulas = _formulas_without_values(records, sheet_xml)
    table = _table(path.name, records)
    header_row = table.header_row
    for (first, last, column) in merged:
        header = _header_at(table, column)
        table.warnings.append(Issue(max(first, header_row + 1), header, "io.xlsx_merged",
                                    {"column": header, "first": max(first, header_row + 1), "last": last}))
    for row, column, formula in formulas:
        if row > header_row:
            header = _header_at(table, column)
            table.row_errors.setdefault(row, []).append(
                Issue(row, header, "io.xlsx_formula_no_value", {"column": header, "value": "=" + formula}))
    return table


def _header_at(table: Table, column: int) -> str:
    return (table.headers[column] if column < len(table.headers) else "") or _column_letters(column)


def _sheet_xml(data: bytes, path: str | None) -> bytes:
    """The XML of a worksheet, read again from the archive (read-only openpyxl shows neither merged cells
    nor formulas when it reads values)."""
    if not path:
        return b""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        try:
            return archive.read(path.lstrip("/"))
        except KeyError:
            return b""


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')
_CELL = re.compile(rb'<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)', re.S)
_REF = re.compile(rb'\br="([A-Z]+)(\d+)"')
_FORMULA = re.compile(rb'<(?:\w+:)?f\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?f>)', re.S)
_VALUE = re.compile(rb'<(?:\w+:)?v>([^<]+)</(?:\w+:)?v>')


def _column_index(letters: bytes) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + letter - 64
    return index - 1


def _column_letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _fill_merged(records: list[list[Any]], xml: bytes) -> list[tuple[int, int, int]]:
    """Copy each merged range's value into every cell of the range (Excel shows it in all of them);
    the (first row, last row, column) of each range that spans rows, for a warning."""
    spans = []
    for first_col, first_row, last_col, last_row in _MERGE.findall(xml) if b"mergeCell" in xml else ():
        top, bottom = int(first_row) - 1, int(last_row) - 1
        left, right = _column_index(first_col), _column_index(last_col)
        if top >= len(records) or left >= len(records[top]):
            continue
        value = records[top][left]
        for r in range(top, min(bottom, len(records) - 1) + 1):
            row = records[r]
            for c in range(left, right + 1):
                if c < len(row) and row[c] is None:
                    row[c] = value
        if bottom > top:
            spans.append((top + 1, bottom + 1, left))
    return spans


def _formulas_without_values(records: list[list[Any]], xml: bytes) -> list[tuple[int, int, str]]:
    """(row, column, formula) of the formula cells whose file holds no computed value: a program that
    writes formulas without computing them (a script, some web apps) leaves the cell empty to a reader."""
    if b"<f" not in xml and b":f" not in xml:
        return []
    found = []
    for attributes, body in _CELL.findall(xml):
        if not body or (formula := _FORMULA.search(body)) is None or _VALUE.search(body):
            continue
        ref = _REF.search(attributes)
        if ref is None:
            continue
        row, column = int(ref.group(2)), _column_index(ref.group(1))
        if row - 1 < len(records) and column < len(records[row - 1]) and records[row - 1][column] not in (None, ""):
            continue
        text = html.unescape((formula.group(1) or b"").decode("utf-8", "replace"))
        found.append((row, column, text or "…"))
    return found


def _not_zip_code(data: bytes) -> str:
    """Why a file named .xlsx is not a workbook: a damaged zip (Excel's files start PK), text, or neither."""
    if data.startswith(b"PK"):
        return "io.xlsx_damaged"
    sample = data[:2048]
    try:
        sample.decode("utf-8")
        text = True
    except UnicodeDecodeError:
        text = b"\x00" not in sample
    return "io.xlsx_is_text" if text and (b"," in sample or b"\n" in sample or b"\t" in sample) else "io.xlsx_not_zip"


def _open_at_end(text: str, first_line: int, dialect: type[csv.Dialect]) -> bool:
    """Whether the record that starts on ``first_line`` ends inside a quote: opened on the file's last line,
    it took no later line, so only a strict reading of that record tells (a quote inside an unquoted cell,
    an inch mark, stays allowed)."""
    tail = "".join(list(io.StringIO(text, newline=""))[first_line - 1:])
    try:
        for _record in csv.reader(io.StringIO(tail, newline=""), dialect, strict=True):
            pass
    except csv.Error:
        return True
    return False


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


# How far down a header is looked for below a title ("顧客一覧（2026年11月）", a date line): the first rows of a sheet.
TITLE_ROWS = 10


def _table(file: str, records: list[list[Any]]) -> Table:
    """The header is the first non-empty row, after any title above it; later rows are numbered as the spreadsheet
    shows them."""
    header_index, titles = _header_index(records)
    if header_index is None:
        raise ImportFileError("io.file_empty", file)
    headers = [str(h).strip() if h is not None else "" for h in records[header_index]]
    table = Table(headers=headers, header_row=header_index + 1)
    if titles:
        code = "io.title_row_skipped" if len(titles) == 1 else "io.title_rows_skipped"
        numbers = [str(i + 1) for i in titles]
        table.warnings.append(Issue(None, None, code, {"rows": {"en": ", ".join(numbers), "ja": "、".join(numbers)},
                                                       "header": header_index + 1}))
    append, clean = table.rows.append, _clean_cell
    for index in range(header_index + 1, len(records)):
        cells = list(map(clean, records[index]))
        if cells.count(None) == len(cells):  # _is_empty: cleaning leaves only None of a blank row
            table.empty_rows += 1
            continue
        append((index + 1, cells))
    if not table.rows:
        raise ImportFileError("io.header_only", file)
    return table


def _header_index(records: list[list[Any]]) -> tuple[int | None, list[int]]:
    """The header row's index, and those of the title rows above it: a row of one value (a sheet's title, the date
    it was made; across merged cells, the same value in each) is a title when a row of several values follows
    within ``TITLE_ROWS`` rows; in a file of one column, the first non-empty row is the header."""
    filled = [(i, len({str(v).strip() for v in r if not _is_empty([v])}))
              for i, r in enumerate(records[:TITLE_ROWS * 3]) if not _is_empty(r)]
    if not filled:
        return next((i for i, r in enumerate(records) if not _is_empty(r)), None), []
    head = filled[:TITLE_ROWS]
    wide = next((i for i, count in head if count > 1), None)
    if wide is None or _looks_like_data(records[wide]):  # "Name,,," over rows of data: its header after all
        return head[0][0], []
    return wide, [i for i, _count in head if i < wide]


_DATA_TEXT = re.compile(r"[+\d][\d\s\-()./]{5,}|.+@.+")


def _looks_like_data(row: list[Any]) -> bool:
    """A row holds data, not column titles: a number or date, an email address or a phone number in a cell."""
    return any(_DATA_TEXT.fullmatch(v.strip()) if isinstance(v, str) else v is not None for v in row)


def _clean_cell(value: Any) -> Any:
    """A cell's text stripped (None when blank), a byte-order mark at either end dropped, an apostrophe
    that neutralised a formula on export removed (:func:`~sapporo_mice.io.safe_cells.restore`)."""
    if not isinstance(value, str):
        return value
    if value[:1] != "'" and "\ufeff" not in value:  # most cells: only the strip can change them
        return value.strip() or None
    return restore(value.strip("\ufeff")).strip() or None


def _is_empty(row: list[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)
