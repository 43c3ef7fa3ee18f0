"""Names in every script of the demo data render with a real glyph (no boxes), even with no OS fonts."""

from __future__ import annotations

import pytest

from sapporo_mice import fonts
from ui import style
from ui.qt import QApplication, QFont, QRawFont

# Family names staff meet: Japanese, Korean, simplified Chinese (张 lacks in IPAex), Thai, Hindi, Vietnamese.
SAMPLES = ["山田太郎", "ヤマダ", "김민준", "张伟", "陈静", "สมชาย ใจดี", "अर्जुन राव", "Nguyễn Thị Mai", "髙橋 﨑"]


def _covered(families: list[str], char: str) -> bool:
    return any(QRawFont.fromFont(QFont(family)).supportsCharacter(ord(char)) for family in families)


@pytest.mark.parametrize("text", SAMPLES)
def test_every_character_of_a_name_has_a_glyph_in_the_ui_fonts(qtbot, text):
    app = QApplication.instance()
    style.apply(app)
    families = app.font().families()
    missing = [c for c in text if not c.isspace() and not _covered(families, c)]
    assert missing == [], (text, families)


def test_every_bundled_font_file_is_there_and_is_truetype():
    for font in fonts.BUNDLED:
        data = fonts.path(font).read_bytes()
        assert data[:4] in (b"\x00\x01\x00\x00", b"true"), font.file  # TrueType outlines (reportlab can embed)


def test_a_script_with_no_installed_font_gets_the_bundled_one(qtbot):
    chain = style.fallback_families(installed=set())
    assert {"Droid Sans Fallback", "Noto Sans Thai", "Noto Sans Devanagari"} <= set(chain)
    with_korean = style.fallback_families(installed={"Malgun Gothic"})
    assert "Malgun Gothic" in with_korean and "Droid Sans Fallback" not in with_korean


def test_list_and_tree_items_holding_cyrillic_take_the_latin_face(qtbot):
    # Search hits, a bid's key persons and Home's agenda are items, not model cells.
    from ui.qt import QFontDatabase, QListWidgetItem, QTreeWidgetItem

    style.apply(QApplication.instance())
    latin = style.latin_family(set(QFontDatabase.families()))
    hit = style.fit_item(QListWidgetItem("Номин Дорж　—　留学生"))
    assert hit.font().families()[0] == latin
    assert style.fit_item(QListWidgetItem("山田 太郎")).font().families()[0] != latin
    row = style.fit_item(QTreeWidgetItem(["12/01", "Αλέξης Παπαδόπουλος", "札幌食品"]))
    assert [row.font(c).families()[:1] == [latin] for c in range(3)] == [False, True, False]


def test_with_no_latin_ui_font_installed_the_bundled_dejavu_subset_is_the_latin_face(qtbot):
    from ui.qt import QFont, QFontMetrics

    family = style.latin_family(installed=set())
    assert family == fonts.LATIN.family
    japanese = QFontMetrics(QFont(style.register_bundled_font()))
    assert QFontMetrics(QFont(family)).horizontalAdvance("Ганзориг") < 0.75 * japanese.horizontalAdvance("Ганзориг")


def _faces(text: str, font) -> list[tuple[str, str]]:
    """(each face that draws some of ``text`` in ``font``, the characters it draws), each character laid out on its
    own (PySide6 gives no glyph run's characters: its string indexes are all 0)."""
    from ui.qt import QTextLayout

    drawn: dict[str, str] = {}
    for char in text:
        layout = QTextLayout(char, font)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        (run,) = layout.glyphRuns()
        face = run.rawFont().familyName()
        drawn[face] = drawn.get(face, "") + char
    return sorted(drawn.items())


def test_english_draws_quotes_and_the_ellipsis_in_the_latin_face_and_japanese_keeps_its_own(qtbot):
    """The Japanese face draws “ ” a full em wide and … centred, as Japanese typesetting wants: the English UI read
    「“CRM”」 and 「Choose file···」. In English those marks come from the Latin face; letters, digits and the lines'
    height stay the Japanese face's. The Japanese UI is as it was."""
    from ui.qt import QFontMetricsF

    app = QApplication.instance()
    try:
        japanese_family = style.apply(app, "ja")
        japanese = app.font()
        assert fonts.PUNCTUATION.family not in japanese.families()
        assert _faces("“CRM”…", japanese) == [(japanese_family, "“CRM”…")]
        style.set_language(app, "en")
        english = app.font()
        assert english.families()[0] == fonts.PUNCTUATION.family
        assert _faces("“CRM” Choose file…", english) == [(fonts.PUNCTUATION.family, "“”…"),
                                                          (japanese_family, "CRM Choose file")]
        wide, narrow = QFontMetricsF(japanese), QFontMetricsF(english)
        assert narrow.horizontalAdvance("“”") < 0.7 * wide.horizontalAdvance("“”")
        assert narrow.horizontalAdvance("Leads 2026") == wide.horizontalAdvance("Leads 2026")
        assert (narrow.height(), narrow.ascent()) == (wide.height(), wide.ascent())  # lines as tall
    finally:
        style.apply(app)
