"""The packs' plain table cells (:class:`~sapporo_mice.reports.document.TextCell`) and the line breaking they
share with the Paragraphs (:mod:`~sapporo_mice.reports.kinsoku`): lines that fit their column, Japanese
breaks, each script in a face that holds it, long words, empty text; laid out and drawn by reportlab."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from reportlab.platypus import LongTable, SimpleDocTemplate

from sapporo_mice.reports import kinsoku
from sapporo_mice.reports.document import (
    CELL_PADDING,
    MISSING_GLYPH,
    Styles,
    TextCell,
    base_table_style,
    cell,
)

JAPANESE, LATIN = "IPAexGothic", "DejaVuSans"
SENTENCE = "札幌市は国際会議の誘致を進めています。「雪まつり」、冬の観光（スキー）。"


def laid(value, width, face=JAPANESE, **options) -> TextCell:
    made = TextCell(value, face, 8.5, 11.5, **options)
    made.wrap(width, 10_000)
    return made


def texts(made: TextCell) -> list[str]:
    return [line for line, _width in made.shown]


def drawn(tmp_path, flowables) -> PdfReader:
    """``flowables`` built by plain reportlab into a PDF, read back."""
    out = tmp_path / "cells.pdf"
    SimpleDocTemplate(str(out), initialFontName=JAPANESE).build(flowables)
    return PdfReader(out)


def fonts_by_text(reader: PdfReader) -> dict[str, str]:
    """Each piece of text drawn → the font it was drawn in (subset prefix dropped)."""
    found: dict[str, str] = {}

    def visit(text, cm, tm, font, size):
        if text.strip() and font is not None:
            found[text.strip()] = str(font["/BaseFont"]).split("+")[-1]

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("width", [40, 63, 90, 121, 200])
def test_a_cell_wraps_inside_its_column_and_keeps_every_character(width):
    value = "Continental Trading Sdn. Bhd. " + SENTENCE * 2
    made = laid(value, width)
    lines = made.shown
    assert len(lines) > 1
    for text, line_width in lines:
        # As in a Paragraph, the spaces of a line may shrink a little; only a closing mark after Japanese text
        # may hang, into the cell's padding.
        shrink = kinsoku.SPACE_SHRINK * text.count(" ") * 8.5
        assert line_width <= width + shrink + 1e-6 or (line_width <= width + CELL_PADDING
                                                       and text[-1] in kinsoku.CANNOT_START), (text, line_width)
    assert "".join(texts(made)).replace(" ", "") == value.replace(" ", "")
    assert made.height == pytest.approx(len(lines) * 11.5)


def test_latin_words_break_at_spaces():
    value = "Continental Trading Sdn. Bhd. Pacific Rim Distribution SAS"
    made = laid(value, 60, face=LATIN)
    words = set(value.split())
    assert len(made.shown) >= 3
    for text in texts(made):
        assert text == text.strip() and set(text.split()) <= words, text


def test_japanese_lines_never_start_with_a_closing_mark_nor_end_with_an_opening_one():
    checked = 0
    for width in range(30, 200, 3):
        lines = texts(laid(SENTENCE * 3, width))
        assert "".join(lines) == SENTENCE * 3
        starts, ends = {line[:1] for line in lines[1:]}, {line[-1:] for line in lines}
        assert not starts & set("、。」）"), (width, lines)
        assert not ends & set("「（"), (width, lines)
        checked += len(lines)
    assert checked > 500


def test_a_closing_mark_is_carried_down_rather_than_start_a_line():
    first = "会議の誘致を進める"  # nine ideographs and kana, then 。
    width = kinsoku_width(first)  # room for exactly the nine: 。 would start the next line
    lines = texts(laid(first + "。次の文", width))
    assert lines[0] == first[:-1] and lines[1].startswith(first[-1] + "。")


def test_a_narrow_closing_mark_after_japanese_hangs_in_the_padding_instead():
    first = "12 Aug 2026 商談"
    lines = laid(first + ": 張志偉", kinsoku_width(first)).shown
    assert lines[0][0] == first + ":" and lines[0][1] <= kinsoku_width(first) + CELL_PADDING
    assert laid("Japan Tourism Agency (2016)", kinsoku_width("Japan Tourism Agency (2016")).shown[1][0] == "(2016)"


def kinsoku_width(value: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    Styles("ja")  # the faces registered
    return stringWidth(value, JAPANESE, 8.5)


def test_the_break_rule_is_the_one_the_paragraphs_use():
    assert kinsoku.bad_break("字", "。") and kinsoku.bad_break("「", "字") and kinsoku.bad_break("a", ")")
    assert not kinsoku.bad_break("。", "字")
    assert kinsoku._first_bad(["会議の誘致", "。次"]) == 0  # the Paragraph splitter's check, by the same rule


@pytest.mark.parametrize("word", ["x" * 300, "buyer.with.a.very.long.address@internationalunionofforestry.example.jp",
                                  "長" * 120])
def test_a_word_longer_than_the_column_is_cut_to_fit(word):
    made = laid(word, 50)
    assert "".join(texts(made)) == word
    assert len(made.shown) > 1
    assert all(width <= 50 + 1e-6 for _text, width in made.shown)
    assert not {text[:1] for text in texts(made)[1:]} & kinsoku.CANNOT_START  # "." never starts a line


def test_a_column_narrower_than_one_character_still_makes_progress():
    made = laid("札幌ab", 2)
    assert texts(made) == ["札", "幌", "a", "b"]


@pytest.mark.parametrize("value", ["", None])
def test_empty_text_takes_no_room_and_draws_nothing(tmp_path, value):
    made = laid(value, 100)
    assert made.shown == [] and made.height == 0
    assert cell(value, Styles("ja"), 100) == ""
    reader = drawn(tmp_path, [TextCell(value, JAPANESE, 8.5, 11.5)])
    assert reader.pages[0].extract_text().strip() == ""


def test_lines_typed_stay_lines_and_white_space_shows_as_one_space():
    made = laid("東京\tTokyo\n\n  札幌　 Sapporo  ", 500)
    assert texts(made) == ["東京 Tokyo", "", "札幌 Sapporo"]
    assert made.height == pytest.approx(3 * 11.5)


def test_right_aligned_lines_end_at_the_column_edge(tmp_path):
    made = TextCell("¥1,234,567\n¥8", JAPANESE, 8.5, 11.5, right=True)
    starts = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            starts[text.strip()] = cm[4] + tm[4]
            starts["edge"] = cm[4] + made.width

    drawn(tmp_path, [made]).pages[0].extract_text(visitor_text=visit)
    assert texts(made) == ["¥1,234,567", "¥8"]
    for text, width in made.shown:
        assert starts[text] + width == pytest.approx(starts["edge"], abs=0.01), text


def test_each_script_is_drawn_in_a_face_that_holds_it(tmp_path):
    value = "Kim 김민준 สมชาย 王伟 髙﨑 Nguyễn 🙂"
    reader = drawn(tmp_path, [TextCell(value, JAPANESE, 8.5, 11.5)])
    faces = fonts_by_text(reader)
    assert faces["김민준"] == "DroidSansFallback"
    assert faces["สมชาย"].startswith("NotoSansThai")
    assert faces["ễ"] == LATIN  # IPAex lacks it: the Latin face after the Japanese one
    assert any(face == JAPANESE and "髙﨑" in text for text, face in faces.items())
    body = reader.pages[0].extract_text()
    for part in ("Kim", "김민준", "สมชาย", "王伟", "髙﨑", "Nguy", MISSING_GLYPH):
        assert part in body, part
    fonts = {str(font.get_object()["/BaseFont"]) for font in reader.pages[0]["/Resources"]["/Font"].values()}
    assert not any("Helvetica" in name for name in fonts), fonts


def test_greek_and_cyrillic_in_japanese_text_take_the_latin_face_at_their_own_widths(tmp_path):
    """IPAex holds them as full-width JIS glyphs: a Mongolian name read 「Г а н з о р и г」 in a Japanese pack."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    value = "留学生 Ганзориг Ганболд（α版）"
    faces = fonts_by_text(drawn(tmp_path, [TextCell(value, JAPANESE, 8.5, 11.5)]))
    assert faces["Ганзориг"] == faces["Ганболд"] == faces["α"] == LATIN
    assert any(face == JAPANESE and "留学生" in text for text, face in faces.items())
    assert stringWidth("Ганзориг", LATIN, 10) < 0.7 * stringWidth("Ганзориг", JAPANESE, 10)


def test_a_table_of_cells_repeats_its_header_and_lays_out_across_pages(tmp_path):
    styles = Styles("ja")
    rows = [[cell(f"{name} {i}", styles, 60), cell("連絡済み。「次回」（未定）、確認中", styles, 60)]
            for i, name in enumerate(["김민준", "Tan Wei Ling", "髙﨑 一郎", "สมชาย ใจดี"] * 40)]
    head = [TextCell("バイヤー", JAPANESE, 8.5, 11.5), TextCell("状況", JAPANESE, 8.5, 11.5)]
    table = LongTable([head, *rows], colWidths=[72, 72], repeatRows=1, splitByRow=1)
    table.setStyle(base_table_style(styles))
    reader = drawn(tmp_path, [table])
    assert len(reader.pages) > 2
    for page in reader.pages:
        assert page.extract_text().lstrip().startswith("バイヤー")
    body = "".join(page.extract_text() for page in reader.pages)
    assert body.count("김민준") == 40 and "髙﨑 一郎 158" in body


def test_latin_text_breaks_where_a_paragraph_breaks_it():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph

    style = ParagraphStyle("latin", fontName=LATIN, fontSize=8.5, leading=11.5)
    values = ["Ahmad Faizal Lim", "Continental Trading Sdn. Bhd.", "General Manager / International Union of Forestry",
              "Sapporo City's working assumption (no survey figure; check before citing) (2026)"]
    compared = 0
    for value in values:
        for width in range(40, 260, 7):
            paragraph = Paragraph(value, style)
            paragraph.wrap(width, 10_000)
            expected = [" ".join(words) for _space, words in paragraph.blPara.lines]
            if max(stringWidth(word, LATIN, 8.5) for word in value.split()) > width:
                continue  # a word longer than the line: reportlab and the cell may cut it at other places
            assert texts(laid(value, width, face=LATIN)) == expected, (value, width)
            compared += 1
    assert compared > 80


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_packs_table_knows_its_row_heights_as_reportlab_measures_them(lang):
    from sapporo_mice.reports.document import table

    styles = Styles(lang)
    rows = [("김민준", "連絡済み。「次回」（未定）、確認中" * (i % 4), "1\n2\n3\n4\n5\n6" if i % 5 == 0 else "",
             f"buyer{i}@internationalunionofforestry.example.jp\n+65 6123 4567" if i % 2 else "+65 6123 4567",
             "¥1,234,567") for i in range(30)]  # the tallest cell a string in some rows, a TextCell in others
    given = table(styles, ["バイヤー", "状況", "行", "連絡先", "Value"], rows, (2, 3, 1, 3, 1.5), right=(4,))
    given.wrap(styles.width, 100_000)
    measured = LongTable(given._cellvalues, colWidths=given._colWidths)  # reportlab left to measure every row
    measured._cellStyles = given._cellStyles  # the same fonts, leading and padding, cell by cell
    measured.wrap(styles.width, 100_000)
    assert given._argH == pytest.approx(measured._rowHeights)  # as the parts a split makes are given them
    assert len(set(given._argH)) >= 4  # rows of different heights: the comparison means something


def test_a_table_split_before_any_wrap_still_measures_its_rows_once():
    from sapporo_mice.reports.document import table

    styles = Styles("ja")
    given = table(styles, ["バイヤー", "状況"], [(f"김민준 {i}", "連絡済み。" * (i % 5)) for i in range(60)], (1, 2))
    first, rest = given.split(styles.width, 300)
    assert None not in given._argH and None not in rest._argH  # the parts are given their rows' heights
    assert sum(first._argH) <= 300 and len(first._argH) + len(rest._argH) == 61 + 1  # the header repeats
