"""A fiscal year's indicators as an XLSX workbook, and the entered figures read back from one (issue [kpi]).

Export: sheet 1 lists every indicator of the year (fiscal year, code, name, area, pillar, unit, kind, target,
actual, source note, definition); sheet 2 lists the records behind each computed number. Import reads sheet 1
(headers in Japanese or English, in any order; only the code, the fiscal year and the figures are read): it sets
targets, entered actuals and notes; a computed indicator's actual is counted from the records, so the column
is ignored for it (the exported file reads back unchanged). Every row is checked first and the whole file
applies in one transaction, or nothing does: each problem names its row and column.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sapporo_mice import formats, messages, plan
from sapporo_mice.errors import CrmError, FieldProblem, ValidationError
from sapporo_mice.kpi import AREAS, BY_CODE, Kpi

if TYPE_CHECKING:
    from sapporo_mice.store import Store

messages.register({
    "kpi.import_problems": {"en": "{file}: nothing was imported; {count:|problem|problems}:",
                            "ja": "{file}: 取り込みませんでした（問題 {count:,} 件）:"},
    "kpi.import_problem": {"en": "  row {row}, column “{column}”: {message}",
                           "ja": "  {row} 行目・列「{column}」: {message}"},
    "kpi.import_missing_column": {"en": "the column is missing (the first row must name it)",
                                  "ja": "列がありません（1 行目に列名が必要です）"},
})

# The columns, as (key, English header, Japanese header). Import recognises either language.
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("fiscal_year", "Fiscal year", "年度"),
    ("code", "Code", "コード"),
    ("name", "Indicator", "評価指標"),
    ("area", "Area", "分野"),
    ("pillar", "Pillar", "施策の柱"),
    ("unit", "Unit", "単位"),
    ("kind", "Kind", "区分"),
    ("target", "Target", "目標値"),
    ("actual", "Actual", "実績値"),
    ("note", "Source note", "出典・備考"),
    ("definition", "Definition", "定義"),
)
RECORD_COLUMNS = (("Code", "コード"), ("Indicator", "評価指標"), ("Record type", "レコードの種類"),
                  ("Record", "レコード"), ("Details", "詳細"), ("Date counted", "計上日"), ("Amount", "数量・金額"),
                  ("Id", "ID"))


def _header(key: str, lang: str) -> str:
    entry = next(c for c in COLUMNS if c[0] == key)
    return entry[2] if lang == "ja" else entry[1]


@dataclass
class Problem:
    """A bad cell: its spreadsheet row, its column (a key of :data:`COLUMNS`, else the header as written) and
    what is wrong (rendered in the reader's language)."""

    row: int
    column: str
    problem: FieldProblem | None = None
    record_type: str | None = None

    def column_name(self, lang: str) -> str:
        return _header(self.column, lang) if any(c[0] == self.column for c in COLUMNS) else self.column

    def message(self, lang: str) -> str:
        if self.problem is None:
            return messages.render("kpi.import_missing_column", lang)
        return self.problem.message(lang, self.record_type)


class KpiImportError(CrmError):
    """Some rows of the file are wrong; nothing was imported."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file, self.problems = file, list(problems)
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        lines = [messages.render("kpi.import_problems", lang, file=self.file, count=len(self.problems))]
        lines += [messages.render("kpi.import_problem", lang, row=p.row, column=p.column_name(lang),
                                  message=p.message(lang)) for p in self.problems]
        return "\n".join(lines)


def export_bytes(kpi: Kpi, fiscal_year: int, lang: str = "ja") -> bytes:
    """The year as an XLSX workbook (see the module's docstring)."""
    from openpyxl import Workbook
    from openpyxl.cell import Cell

    from sapporo_mice.io.exporter import _xlsx_cell

    def append(ws, values) -> None:  # text typed as text, as every export writes it (no leading apostrophe)
        ws.append([_xlsx_cell(ws, v, Cell) for v in values])

    areas = {a.key: a.name(lang) for a in AREAS}
    book = Workbook()
    sheet = book.active
    sheet.title = formats.fiscal_year(fiscal_year, lang)
    sheet.append([_header(k, lang) for k, _, _ in COLUMNS])
    records_sheet = book.create_sheet("内訳" if lang == "ja" else "Records")
    records_sheet.append([ja if lang == "ja" else en for en, ja in RECORD_COLUMNS])
    from sapporo_mice.vocabulary import type_label

    for row in kpi.values(fiscal_year, years=1):
        ind = row.indicator
        pillar = plan.pillar(ind.pillar)
        kind = ("集計" if lang == "ja" else "computed") if ind.computed else ("入力" if lang == "ja" else "entered")
        cells = [fiscal_year, ind.code, ind.name(lang), areas[ind.area], f"({pillar.number}) {pillar.ja if lang == 'ja' else pillar.en}",
                 ind.unit, kind, row.target, row.actual, row.note, ind.definition(lang)]
        append(sheet, cells)
        if ind.computed:
            for r in kpi.records(ind.code, fiscal_year):
                append(records_sheet, (ind.code, ind.name(lang), type_label(r.record_type, lang), r.shown_title(lang),
                                       r.shown_detail(lang), r.on, r.amount, r.id))
    for ws, widths in ((sheet, (10, 28, 44, 18, 30, 8, 8, 14, 14, 30, 60)), (records_sheet, (28, 40, 16, 40, 24, 12, 14, 38))):
        for index, width in enumerate(widths):
            ws.column_dimensions[chr(ord("A") + index)].width = width
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def export_file(kpi: Kpi, fiscal_year: int, path: Path, lang: str = "ja") -> Path:
    data = export_bytes(kpi, fiscal_year, lang)
    Path(path).write_bytes(data)
    return Path(path)


def import_file(store: Store, kpi: Kpi, path: Path, *, actor: str, lang: str = "en",
                fiscal_year: int | None = None) -> dict[str, Any]:
    """Read sheet 1 of ``path`` and enter its figures (all rows or none). ``fiscal_year`` fills rows without
    one. Returns ``{"read": n, "updated": n, "skipped": n, "years": [...]}``; raises ``ImportFileError`` for an
    unreadable file and :class:`KpiImportError` listing every bad row."""
    from sapporo_mice.io.tabular import read_xlsx

    name = Path(path).name
    table = read_xlsx(Path(path))
    keys = {}
    for index, header in enumerate(table.headers):
        for key, en, ja in COLUMNS:
            if header.strip().lower() in (en.lower(), ja):
                keys[key] = index
    missing = [k for k in ("code", "target") if k not in keys]
    if "fiscal_year" not in keys and fiscal_year is None:
        missing.insert(0, "fiscal_year")
    if missing:
        raise KpiImportError(name, [Problem(1, k) for k in missing])
    problems: list[Problem] = []
    updated = skipped = 0
    years: set[int] = set()

    class _Rollback(Exception):
        pass

    try:
        with store.unit(actor) as unit:
            for number, cells in table.rows:
                def cell(key: str, cells: list[Any] = cells) -> Any:
                    index = keys.get(key)
                    return cells[index] if index is not None and index < len(cells) else None

                code = str(cell("code") or "").strip().upper()
                fy = cell("fiscal_year") if "fiscal_year" in keys and cell("fiscal_year") not in (None, "") else fiscal_year
                ind = BY_CODE.get(code)
                values = {k: cell(k) for k in ("target", "actual", "note") if k in keys}
                if ind is not None and ind.computed:
                    values.pop("actual", None)  # counted from the records
                values = {k: (None if v in ("", None) else v) for k, v in values.items()}
                if not any(v is not None for v in values.values()) and (ind is not None or not code):
                    skipped += 1
                    continue
                try:
                    kpi.set_in(unit, code, fy, values)
                except ValidationError as exc:
                    for p in exc.problems:
                        column = p.field if p.field in keys else "code"
                        problems.append(Problem(number, column, p, exc.record_type))
                    continue
                updated += 1
                if isinstance(fy, (int, float, str)):
                    from sapporo_mice.validation.fields import clean_fiscal_year

                    years.add(clean_fiscal_year(fy) or 0)
            if problems:
                raise _Rollback
    except _Rollback:
        raise KpiImportError(name, problems) from None
    return {"read": len(table.rows), "updated": updated, "skipped": skipped, "years": sorted(years)}



def export_records_file(kpi: Kpi, code: str, fiscal_year: int, path: Path, lang: str = "ja") -> Path:
    """The records behind one computed number (the dashboard's drill-down list) as an XLSX file."""
    from sapporo_mice.io.exporter import xlsx_bytes
    from sapporo_mice.kpi import indicator
    from sapporo_mice.vocabulary import type_label

    ind = indicator(code)
    headers = [ja if lang == "ja" else en for en, ja in RECORD_COLUMNS]
    rows = [[ind.code, ind.name(lang), type_label(r.record_type, lang), r.shown_title(lang), r.shown_detail(lang), r.on,
             r.amount, r.id] for r in kpi.records(ind.code, fiscal_year)]
    Path(path).write_bytes(xlsx_bytes(headers, rows, f"{ind.code} {formats.fiscal_year(fiscal_year, lang)}"))
    return Path(path)
