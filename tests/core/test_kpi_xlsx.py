"""Reading a year's figures from XLSX: whatever a cell holds, the figure is entered exactly or the row and
column are named and nothing at all is applied."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from sapporo_mice.kpi_xlsx import KpiImportError

ACTOR = "佐藤 花子"

cells = st.one_of(
    st.integers(min_value=-10**12, max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=30),  # XLSX cannot hold control characters
    st.sampled_from(["2,500,000", "２５００", " 12.5 ", "12%", "-1", "1e3", "三割", ""]),
)


def _book(path, rows, headers=("年度", "コード", "目標値", "実績値", "出典・備考")):
    book = Workbook()
    sheet = book.active
    sheet.append(list(headers))
    for row in rows:
        sheet.append(list(row))
    book.save(path)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=cells)
def test_a_target_cell_is_entered_exactly_or_named_with_nothing_applied(sqlite_crm, tmp_path, value):
    crm = sqlite_crm
    crm.kpi.set("P2_VISITORS", 2025, target=1, actor=ACTOR)
    crm.kpi.set("P1_AWARENESS", 2025, target=None, actual=None, actor=ACTOR)  # the same database every example
    path = tmp_path / "figures.xlsx"
    _book(path, [(2025, "P1_AWARENESS", 40, 38.5, "海外市場調査"), (2025, "P2_VISITORS", value, None, None)])
    try:
        crm.kpi.import_xlsx(path, actor=ACTOR)
    except KpiImportError as exc:
        assert [(p.row, p.column) for p in exc.problems] == [(3, "target")]
        assert "3 行目・列「目標値」" in exc.message("ja") and "row 3, column “Target”" in exc.message("en")
        assert crm.kpi.value("P2_VISITORS", 2025, years=1).target == 1
        assert crm.kpi.value("P1_AWARENESS", 2025, years=1).target is None  # the good row was not applied
        return
    stored = crm.kpi.value("P2_VISITORS", 2025, years=1).target
    if value in ("", None) or (isinstance(value, str) and not value.strip()):
        assert stored == 1  # a row without any figure is skipped: nothing changes
    else:
        assert stored is not None and stored >= 0 and math.isfinite(stored)
    assert crm.kpi.value("P1_AWARENESS", 2025, years=1).actual == 38.5


def test_a_file_without_the_code_column_is_refused_naming_the_column(sqlite_crm, tmp_path):
    path = tmp_path / "figures.xlsx"
    _book(path, [(2025, 1)], headers=("年度", "目標値"))
    with pytest.raises(KpiImportError) as raised:
        sqlite_crm.kpi.import_xlsx(path, actor=ACTOR)
    assert "1 行目・列「コード」" in raised.value.message("ja")


def test_rows_without_a_fiscal_year_take_the_one_given(sqlite_crm, tmp_path):
    path = tmp_path / "figures.xlsx"
    _book(path, [("P3_FOREIGN_RESIDENTS", 20000, 19800, "住民基本台帳")],
          headers=("Code", "Target", "Actual", "Source note"))
    with pytest.raises(KpiImportError):
        sqlite_crm.kpi.import_xlsx(path, actor=ACTOR)
    assert sqlite_crm.kpi.import_xlsx(path, actor=ACTOR, fiscal_year=2024)["years"] == [2024]
    value = sqlite_crm.kpi.value("P3_FOREIGN_RESIDENTS", 2024, years=1)
    assert (value.target, value.actual, value.note) == (20000, 19800, "住民基本台帳")
