"""The small in-memory table model: how it shows whole numbers depends on what the column declares."""

from __future__ import annotations

from ui import style
from ui.qt import QApplication, QFontDatabase, QFontMetrics, Qt
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


def test_a_cyrillic_or_greek_cell_takes_the_latin_face_at_its_own_width(qtbot, qtmodeltester):
    # The Japanese face draws Cyrillic a full em wide: a Mongolian student read 「Г а н з о р и г」.
    app = QApplication.instance()
    style.apply(app)
    model = RowsModel(["Name"])
    model.set_rows([["Ганзориг Болд"], ["Αλέξης"], ["山田 太郎"], ["Ganzorig"]])
    qtmodeltester.check(model)
    fonts = [model.data(model.index(row, 0), Qt.ItemDataRole.FontRole) for row in range(4)]
    assert fonts[2] is None and fonts[3] is None  # Japanese and Latin text: the app's own font
    for row in (0, 1):
        text = _texts(model, row)[0]
        assert fonts[row].families()[0] == style.latin_family(set(QFontDatabase.families()))
        assert QFontMetrics(fonts[row]).horizontalAdvance(text) < 0.75 * QFontMetrics(app.font()).horizontalAdvance(text)
