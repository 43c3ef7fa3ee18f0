"""The small in-memory table model: how it shows whole numbers depends on what the column declares."""

from __future__ import annotations

from ui.qt import Qt
from ui.rows import Column, RowsModel


def _texts(model: RowsModel, row: int = 0) -> list[str]:
    return [model.data(model.index(row, c), Qt.ItemDataRole.DisplayRole) for c in range(model.columnCount())]


def test_plain_headers_show_whole_numbers_as_they_are_never_as_yen(qtmodeltester):
    model = RowsModel(["Row", "Message"])
    model.set_rows([[2, "x"], [1234, "y"]])
    qtmodeltester.check(model)
    assert _texts(model) == ["2", "x"]
    assert _texts(model, 1) == ["1234", "y"]


def test_only_a_declared_money_column_shows_yen_and_a_count_column_groups_digits(qtmodeltester):
    model = RowsModel([Column(0, "Leads", grouped=True), Column(1, "Sales", money=True), Column(2, "Year")])
    model.set_rows([[1234, 310500000, 2026], [True, None, None]])
    qtmodeltester.check(model)
    assert _texts(model) == ["1,234", "¥310,500,000", "2026"]
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) is not None  # numbers align right
