"""A text field shows Greek and Cyrillic in the Latin face, at their own widths, and other text in the app's."""

from __future__ import annotations

from ui import style
from ui.editors.widgets import TextWidget
from ui.qt import QApplication, QFontDatabase


def test_a_cyrillic_name_takes_the_latin_face_and_japanese_goes_back_to_the_apps(qtbot):
    app = QApplication.instance()
    style.apply(app)
    widget = TextWidget()
    qtbot.addWidget(widget)
    widget.set_value("Ганзориг Болд")  # the Japanese face would draw 「Г а н з о р и г」
    assert widget.line.font().families()[0] == style.latin_family(set(QFontDatabase.families()))
    widget.set_value("山田 太郎")
    assert widget.line.font().families() == app.font().families()
    widget.line.setText("Αλέξης")  # typed or pasted, not only loaded
    assert widget.line.font().families()[0] != app.font().families()[0]
