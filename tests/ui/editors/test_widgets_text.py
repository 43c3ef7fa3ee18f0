"""A text field shows Greek and Cyrillic in the Latin face, at their own widths, and other text in the app's."""

from __future__ import annotations

from ui import style
from ui.editors.widgets import LinkedWidget, TextWidget
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


def test_a_linked_records_cyrillic_title_takes_the_latin_face_and_is_escaped(qtbot):
    # A task about a Russian company: 「М э р и я」 in the Japanese face.
    style.apply(QApplication.instance())
    widget = LinkedWidget()
    qtbot.addWidget(widget)
    widget.set_link("organization", "01900000-0000-7000-8000-000000000001", "Мэрия & <Co>")
    latin = style.latin_family(set(QFontDatabase.families()))
    assert f"<a href=\"open\"><span style=\"font-family: '{latin}'\">Мэрия</span> &amp; &lt;Co&gt;</a>" \
        in widget.label.text()
