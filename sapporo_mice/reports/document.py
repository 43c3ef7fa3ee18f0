"""The one way a briefing pack becomes a PDF: fonts, styles, markup, page furniture and the build.

A pack hands :func:`write_pdf` a :class:`Pack` (its title, its language, its sections of flowables) and gets
an A4 (or Letter) PDF with a cover, a table of contents with page numbers, a header and footer on every
page (the pack's title, the confidentiality label, the date, "Page X of Y"), a PDF outline and document
metadata. Everything a user typed reaches ``Paragraph`` through :func:`text`, which escapes it, or is a
table cell (:func:`table`, :func:`facts`: plain text, a string or a :class:`TextCell`); either way every run
of characters is given a font that holds it:

- IPAex Gothic for Japanese (and for the Latin of Japanese packs); DejaVu Sans (a bundled subset: Latin
  with Vietnamese, Greek, Cyrillic) for the Latin of English packs and whatever IPAex lacks; then the
  bundled fallbacks of :mod:`sapporo_mice.fonts` for Hangul, the Chinese ideographs IPAex lacks, Thai and
  Devanagari. Every face is TrueType and embedded (``pdffonts`` says so; a test checks).
- A character no bundled face holds (an emoji, say) is shown as 〓, the typesetters' mark for a missing
  glyph, rather than as an empty box; variation selectors and joiners are dropped.

Japanese lines wrap with reportlab's CJK rules in a Paragraph and with :func:`kinsoku.break_lines` in a
TextCell, one rule for both (:mod:`~sapporo_mice.reports.kinsoku`: no 、。」） at the start of a line, no
opening bracket at its end).
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    LongTable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus.tables import CellStyle

from sapporo_mice import fonts, formats
from sapporo_mice.errors import ExportError
from sapporo_mice.messages import register, render
from sapporo_mice.reports import kinsoku

register({
    "report.contents": {"en": "Contents", "ja": "目次"},
    "report.page_of": {"en": "Page {page} of {pages}", "ja": "{page} / {pages:,} ページ"},
    "report.prepared": {"en": "Prepared {date} by {author}", "ja": "{date} 作成（{author}）"},
    "report.prepared_no_author": {"en": "Prepared {date}", "ja": "{date} 作成"},
    "report.issuer": {"en": "Sapporo City, Economic and Tourism Bureau, International Strategy",
                      "ja": "札幌市 経済観光局 国際戦略"},
    "report.internal": {"en": "Internal: handle with care", "ja": "取扱注意（庁内限り）"},
    "report.public": {"en": "For external distribution", "ja": "外部配布用"},
    "report.personal": {"en": "Contains personal data: do not copy or forward",
                        "ja": "個人情報を含む：複製・転送禁止"},
    "report.none": {"en": "None recorded.", "ja": "記録はありません。"},
    "report.folder_missing": {
        "en": "Cannot write {file}: the folder {folder} does not exist.",
        "ja": "{file} を保存できません。フォルダ {folder} がありません。",
    },
    "report.cannot_write": {
        "en": "Cannot write {file}: {reason}",
        "ja": "{file} を保存できません: {reason}",
    },
    "report.cancelled": {"en": "The PDF was not written: cancelled.", "ja": "中止したため PDF は保存していません。"},
})

MISSING_GLYPH = "〓"
_DROPPED = {0x200D, 0xFE0E, 0xFE0F, 0x20E3}  # joiners and variation selectors: no glyph of their own
PAPER = {"A4": A4, "Letter": LETTER}
MARGINS = {"leftMargin": 18 * mm, "rightMargin": 18 * mm, "topMargin": 22 * mm, "bottomMargin": 18 * mm}
INK = colors.HexColor("#1F2933")
ACCENT = colors.HexColor("#0B5CAD")  # the city's blue
RULE = colors.HexColor("#C5CED6")
SHADE = colors.HexColor("#EEF3F8")
MUTED = colors.HexColor("#5B6770")


class ReportError(ExportError):
    """A pack cannot be produced or written as asked; nothing was written."""


# --- fonts --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Face:
    name: str  # as registered with reportlab
    path: Path


_JAPANESE = Face("IPAexGothic", fonts.path(fonts.JAPANESE))
_LATIN = Face("DejaVuSans", fonts.path(fonts.LATIN))
_LATIN_BOLD = Face("DejaVuSans-Bold", fonts.path(fonts.LATIN_BOLD))
_FALLBACKS = tuple(Face(font.family.replace(" ", ""), fonts.path(font)) for font in fonts.FALLBACKS)
_lock = threading.Lock()
_covers: dict[str, frozenset[int] | dict[int, int]] = {}
_advances: dict[str, tuple[dict[int, float], float]] = {}  # face → (advance per code point, default), per 1000 em
_chosen: dict[str, dict[int, str | None]] = {}  # base face → code point → the face that shows it
_ASCII_FACES: set[str] = set()  # the faces that hold every printable ASCII character


def _register() -> None:
    """Register every face once per process (reportlab's registry is global)."""
    with _lock:
        if _covers:
            return
        kinsoku.install()
        for face in (_JAPANESE, _LATIN, _LATIN_BOLD, *_FALLBACKS):
            font = TTFont(face.name, str(face.path))
            pdfmetrics.registerFont(font)
            _covers[face.name] = font.face.charToGlyph
            _advances[face.name] = (font.face.charWidths, font.face.defaultWidth)
            if all(code in font.face.charToGlyph for code in range(0x20, 0x7F)):
                _ASCII_FACES.add(face.name)


def _chain(base: str) -> tuple[str, ...]:
    """The faces tried in order for a character when ``base`` is the paragraph's face."""
    rest = [f.name for f in (_JAPANESE, _LATIN) if f.name != base and not (base == _LATIN_BOLD.name
                                                                            and f.name == _LATIN.name)]
    return (base, *rest, *(f.name for f in _FALLBACKS))


def _chain_for(base: str, code: int) -> tuple[str, ...]:
    """:func:`_chain` for one character: Greek and Cyrillic in the Japanese face's text go to the Latin face
    first (:data:`~sapporo_mice.fonts.FULL_WIDTH_IN_JAPANESE`)."""
    if base == _JAPANESE.name and fonts.full_width_in_japanese(code):
        return (_LATIN.name, *_chain(base))
    return _chain(base)


def text(value: Any, base: str) -> str:
    """``value`` as safe Paragraph markup in face ``base``: escaped, every run in a face that holds it."""
    _register()
    if value is None:
        return ""
    out = []
    for index, line in enumerate(str(value).split("\n")):
        if index:
            out.append("<br/>")
        for face, chunk in _runs(line, base):
            out.append(escape(chunk) if face == base else f'<font name="{face}">{escape(chunk)}</font>')
    return "".join(out)


# --- styles -------------------------------------------------------------------------------------------------

class Styles:
    """Every paragraph style of the packs, for one language."""

    def __init__(self, lang: str, paper: str = "A4") -> None:
        _register()
        self.lang, self.paper = lang, paper
        self.pagesize = PAPER.get(paper, A4)
        self.width = self.pagesize[0] - 36 * mm  # the body frame's width
        self.face = _JAPANESE.name if lang == "ja" else _LATIN.name
        self.bold = _JAPANESE.name if lang == "ja" else _LATIN_BOLD.name
        wrap = "CJK"  # breaks between ideographs and keeps kinsoku; Latin words still break at spaces
        base = {"fontName": self.face, "wordWrap": wrap, "textColor": INK}
        self.body = ParagraphStyle("body", fontSize=9.5, leading=14, spaceAfter=3, **base)
        self.small = ParagraphStyle("small", fontSize=8, leading=11, **base)
        self.muted = ParagraphStyle("muted", parent=self.small, textColor=MUTED)
        self.cell = ParagraphStyle("cell", fontSize=8.5, leading=11.5, **base)
        self.head_cell = ParagraphStyle("head_cell", parent=self.cell, fontName=self.bold, textColor=colors.white)
        self.label = ParagraphStyle("label", parent=self.cell, textColor=MUTED)
        heading = {"fontName": self.bold, "wordWrap": wrap, "textColor": ACCENT, "keepWithNext": 1}
        self.h1 = ParagraphStyle("h1", fontSize=16, leading=21, spaceBefore=4, spaceAfter=8, **heading)
        self.h2 = ParagraphStyle("h2", fontSize=12, leading=16, spaceBefore=10, spaceAfter=4, **heading)
        self.h3 = ParagraphStyle("h3", fontSize=10, leading=14, spaceBefore=6, spaceAfter=2, **heading)
        self.cover_title = ParagraphStyle("cover_title", fontSize=26, leading=34, spaceAfter=10,
                                          **{**heading, "keepWithNext": 0})
        self.cover_sub = ParagraphStyle("cover_sub", fontSize=14, leading=20, spaceAfter=6, **base)
        self.cover_note = ParagraphStyle("cover_note", fontSize=10, leading=15, **base)
        self.toc = [ParagraphStyle(f"toc{level}", fontSize=10 - level, leading=16 - level * 2,
                                   leftIndent=level * 12 * mm / 4, **base) for level in range(3)]
        self.center = ParagraphStyle("center", parent=self.body, alignment=TA_CENTER)
        self.known_lines: dict[tuple[str, str, float], _Line] = {}  # table cells' lines, made once per pack

    def p(self, value: Any, style: ParagraphStyle | None = None) -> Paragraph:
        style = style or self.body
        return Paragraph(text(value, style.fontName), style)

    def words(self, code: str, **params: Any) -> str:
        return render(code, self.lang, **params)


# --- flowables ----------------------------------------------------------------------------------------------

class Heading(Paragraph):
    """A heading that enters the table of contents and the PDF outline."""

    def __init__(self, title: str, style: ParagraphStyle, level: int) -> None:
        super().__init__(text(title, style.fontName), style)
        self.toc_title, self.toc_level = title, level


def base_table_style(styles: Styles) -> list[tuple]:
    """What every table needs: reportlab's cell default is Helvetica, which would be the PDF's one font
    not embedded even where every cell is a Paragraph."""
    return [("FONTNAME", (0, 0), (-1, -1), styles.face)]


CELL_PADDING = 6  # reportlab's default left and right padding of a table cell
ROW_PADDING = 3  # the packs' tables' top and bottom padding of a cell


class _Line:
    """One line of a cell's text as it was typed: its characters as shown, each one's width, and its runs of
    one face ((start, end, face), the same faces :func:`text` gives a Paragraph)."""

    __slots__ = ("allowed", "runs", "text", "total", "widths")

    def __init__(self, value: str, base: str, size: float) -> None:
        self.runs: list[tuple[int, int, str]] = []
        self.widths: list[float] = []
        chunks = []
        for face, chunk in _runs(value, base):
            advance, default = _advances[face]
            scale = size / 1000
            self.widths += [advance.get(ord(c), default) * scale for c in chunk]
            at = len(self.widths)
            self.runs.append((at - len(chunk), at, face))
            chunks.append(chunk)
        self.text = "".join(chunks)
        self.total = sum(self.widths)
        self.allowed: list[bool] | None = None  # kinsoku.break_points, worked out once if the line ever wraps

    def breaks(self, room: float) -> list[tuple[int, int]]:
        if self.total <= room + kinsoku.FUZZ:
            return [(0, len(self.text))]
        if self.allowed is None:
            self.allowed = kinsoku.break_points(self.text)
        return kinsoku.break_lines(self.text, self.widths, room, hang=CELL_PADDING, allowed=self.allowed)

    def pieces(self, start: int, end: int) -> Iterable[tuple[str, str]]:
        """(face, text) of each run between ``start`` and ``end``."""
        for run_start, run_end, face in self.runs:
            if run_end > start and run_start < end:
                yield face, self.text[max(start, run_start):min(end, run_end)]


def _lines(value: Any, face: str, size: float, known: dict[tuple[str, str, float], _Line] | None = None) -> list[_Line]:
    """``value``'s lines as typed; white space as a Paragraph shows it (each run of it, tabs and U+3000 too,
    one space; none at the ends). ``known`` holds the lines already made for a pack: a long table repeats
    its statuses, countries and companies thousands of times (a _Line never changes once made but for its
    break points, worked out once)."""
    shown = "" if value is None else str(value)
    if not shown:
        return []
    lines = []
    for typed in shown.split("\n"):
        key = (" ".join(typed.split()), face, size)
        line = known.get(key) if known is not None else None
        if line is None:
            line = _Line(*key)
            if known is not None:
                known[key] = line
        lines.append(line)
    return lines


class TextCell(Flowable):
    """Plain text in a table cell (no markup), laid out without Paragraph's machinery: each character's
    width read from its face's metrics once, the lines broken by :func:`kinsoku.break_lines` (at spaces,
    between ideographs, kana and Hangul, never before 、。」） or after 「（, and inside a word only when it
    is longer than the column; a closing mark after Japanese may hang into the cell's right padding, as
    reportlab's CJK wrap lets it), each run drawn in the face :func:`text` would give it. The first
    baseline sits one font size below the top and the lines are ``leading`` apart, as in a Paragraph or a
    string cell of the same size, so the three look alike in a table. A Paragraph lays out such a cell
    several times over as a long table splits across pages; this cell keeps its lines for the width it
    last had."""

    def __init__(self, value: Any, face: str, size: float, leading: float, color: colors.Color = INK, *,
                 right: bool = False, lines: list[_Line] | None = None) -> None:
        super().__init__()
        _register()
        self.face, self.size, self.leading, self.color, self.right = face, size, leading, color, right
        self.lines = lines if lines is not None else _lines(value, face, size)  # given: _lines of value
        self._room: float | None = None
        self._laid: list[tuple[_Line, int, int]] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if available_width != self._room:
            self._laid = [(line, start, end) for line in self.lines for start, end in line.breaks(available_width)]
            self._room = available_width
        self.width, self.height = available_width, len(self._laid) * self.leading
        return self.width, self.height

    @property
    def shown(self) -> list[tuple[str, float]]:
        """Each line as last laid out: its text and its width."""
        return [(line.text[start:end], sum(line.widths[start:end])) for line, start, end in self._laid]

    def draw(self) -> None:
        # One text object; each line starts relative to the one before (Td), and the face is set only where
        # it changes (setting it again would repeat the font operator on every line).
        writer = self.canv.beginText(0, self.height - self.size)
        writer.setFillColor(self.color)
        at, face_now = 0.0, None
        for index, (line, start, end) in enumerate(self._laid):
            x = self.width - sum(line.widths[start:end]) if self.right else 0.0
            if x != at or index:
                writer.moveCursor(x - at, self.leading if index else 0)
            at = x
            for face, chunk in line.pieces(start, end):
                if face != face_now:
                    writer.setFont(face, self.size)
                    face_now = face
                writer.textOut(chunk)
        self.canv.drawText(writer)


def _shortened(value: str, face: str, size: float, room: float) -> str:
    """``value`` cut short with "…" where one line of ``room`` ends (measured in the faces it is drawn in)."""
    line = _Line(value, face, size)
    if line.total <= room:
        return line.text
    room -= _Line("…", face, size).total
    used, end = 0.0, 0
    while end < len(line.widths) and used + line.widths[end] <= room:
        used += line.widths[end]
        end += 1
    return line.text[:end] + "…"


def cell(value: Any, styles: Styles, room: float, *, right: bool = False) -> str | TextCell:
    """A table body cell for plain ``value`` in a column with ``room`` for text: a string when it fits in the
    pack's face (the Table draws it with the table's font), else a :class:`TextCell`."""
    face, size = styles.face, styles.cell.fontSize
    lines = _lines(value, face, size, styles.known_lines)
    if all(line.total <= room + kinsoku.FUZZ and all(run[2] == face for run in line.runs) for line in lines):
        return "\n".join(line.text for line in lines)
    return TextCell(value, face, size, styles.cell.leading, right=right, lines=lines)


def table(styles: Styles, header: Sequence[str], rows: Iterable[Sequence[Any]], widths: Sequence[float],
          *, right: Iterable[int] = ()) -> Flowable:
    """A table whose header repeats on every page and whose rows split cleanly; ``widths`` are fractions
    of the frame's width; ``right`` names the columns aligned right (numbers, money). Every cell is plain
    text (:func:`cell`)."""
    right = set(right)
    total = sum(widths)
    column_widths = [styles.width * w / total for w in widths]
    rooms = [w - CELL_PADDING - CELL_PADDING for w in column_widths]  # as the Table works it out, to the bit
    head = styles.head_cell
    data: list[list[Any]] = [[TextCell(h, styles.bold, head.fontSize, head.leading, head.textColor, right=i in right)
                              for i, h in enumerate(header)]]
    data += [[cell(value, styles, rooms[i], right=i in right) for i, value in enumerate(row)] for row in rows]
    if len(data) == 1:
        return styles.p(styles.words("report.none"), styles.muted)
    by_column = [_cell_style(styles, "RIGHT" if i in right else "LEFT") for i in range(len(column_widths))]
    # The cells share their column's style: a TableStyle sets the same values on every cell, one by one.
    result = _Rows(data, colWidths=column_widths, repeatRows=1, splitByRow=1, hAlign="LEFT",
                   cellStyles=[list(by_column) for _ in data])
    result.measure = (rooms, styles.cell.leading)
    result.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SHADE]),
    ]))
    return result


def _cell_style(styles: Styles, alignment: str) -> CellStyle:
    """How a table cell's string is set (a TextCell sets its own), and every cell's padding and alignment."""
    style = CellStyle(alignment)
    style.fontname, style.fontsize, style.leading = styles.face, styles.cell.fontSize, styles.cell.leading
    style.color, style.alignment, style.valign = INK, alignment, "TOP"
    style.leftPadding = style.rightPadding = CELL_PADDING
    style.topPadding = style.bottomPadding = ROW_PADDING
    return style


class _Rows(LongTable):
    """A long table that works out its rows' heights itself at its first layout, as reportlab's Table would
    (each row's tallest cell, then the padding) but once: reportlab 5's LongTable measures all its remaining
    rows again each time it splits at a page's end, in a loop that grows with the square of the rows. The
    parts a split makes are given their rows' heights."""

    measure: tuple[Sequence[float], float] | None = None  # each column's room for text, a string line's leading

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._measure()
        return super().wrap(available_width, available_height)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self._measure()  # a frame wraps a table before it splits it, but reportlab does not promise it
        return super().split(available_width, available_height)

    def _measure(self) -> None:
        if self.measure is not None and None in self._argH:
            rooms, leading = self.measure
            self._argH = self._rowHeights = [_row_height(row, rooms, leading) for row in self._cellvalues]


def _row_height(cells: Sequence[str | TextCell], rooms: Sequence[float], leading: float) -> float:
    tallest = max(cell.wrap(room, 0)[1] if isinstance(cell, TextCell) else leading * (cell.count("\n") + 1)
                  for cell, room in zip(cells, rooms, strict=True))
    return tallest + 2 * ROW_PADDING


def facts(styles: Styles, pairs: Iterable[tuple[str, Any]]) -> Flowable:
    """A two-column label/value block; pairs whose value is empty are left out."""
    label, value_style = styles.label, styles.cell
    data = [[TextCell(name, styles.face, label.fontSize, label.leading, label.textColor),
             TextCell(value, styles.face, value_style.fontSize, value_style.leading)]
            for name, value in pairs if value not in (None, "", [])]
    if not data:
        return styles.p(styles.words("report.none"), styles.muted)
    width = styles.width
    result = LongTable(data, colWidths=[width * 0.28, width * 0.72], hAlign="LEFT", splitByRow=1)
    result.setStyle(TableStyle([
        *base_table_style(styles),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return result


class QRCode(Flowable):
    """A QR code drawn as vector squares on the canvas (sharp at any print resolution; no graphics-library
    state, whose default font would be a non-embedded Helvetica)."""

    def __init__(self, payload: str, size: float = 32 * mm) -> None:
        super().__init__()
        import segno

        self.matrix = [list(row) for row in segno.make(payload, error="m", micro=False).matrix]
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        border = 2
        cell = self.size / (len(self.matrix) + 2 * border)
        canv = self.canv
        canv.saveState()
        canv.setFillColor(colors.black)
        for y, row in enumerate(self.matrix):
            for x, dark in enumerate(row):
                if dark:
                    canv.rect((x + border) * cell, self.size - (y + border + 1) * cell, cell, cell, stroke=0, fill=1)
        canv.restoreState()


def qr_code(payload: str, size: float = 32 * mm) -> QRCode:
    return QRCode(payload, size)


def vcard(*, name: str, family: str | None = None, given: str | None = None, org: str | None = None,
          title: str | None = None, email: str | None = None, phone: str | None = None,
          url: str | None = None) -> str:
    """A vCard 3.0 payload for a QR code (values escaped as RFC 6350 asks)."""
    def esc(value: str | None) -> str:
        return (value or "").replace("\\", "\\\\").replace(";", r"\;").replace(",", r"\,").replace("\n", r"\n")

    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{esc(family)};{esc(given)};;;", f"FN:{esc(name)}"]
    lines += [f"ORG:{esc(org)}"] if org else []
    lines += [f"TITLE:{esc(title)}"] if title else []
    lines += [f"EMAIL;TYPE=WORK:{esc(email)}"] if email else []
    lines += [f"TEL;TYPE=WORK:{esc(phone)}"] if phone else []
    lines += [f"URL:{esc(url)}"] if url else []
    return "\r\n".join([*lines, "END:VCARD"])


# --- the pack -----------------------------------------------------------------------------------------------

@dataclass
class Section:
    title: str
    flowables: list[Flowable]
    new_page: bool = False


@dataclass
class Pack:
    """What a pack builder returns: everything :func:`write_pdf` needs."""

    kind: str
    lang: str
    title: str
    subtitle: str = ""
    label: str = "report.internal"  # the confidentiality label's message id
    author: str = ""
    sections: list[Section] = field(default_factory=list)
    cover_lines: list[str] = field(default_factory=list)
    contents: bool = True  # a one-pager has neither cover nor contents
    cover: bool = True
    when: dt.date | None = None


class Contents:
    """The table of contents in one layout pass.

    Every heading is known before layout, so the contents' pages are reserved up front (a blank page per
    :attr:`PER_PAGE` entries); each heading records its page as it is laid out, and the canvas writes the
    entries onto the reserved pages when it saves, as it does "Page X of Y". reportlab's own
    ``TableOfContents`` needs ``multiBuild``, which lays the whole pack out twice or more.
    """

    PER_PAGE = 36

    def __init__(self, styles: Styles, count: int) -> None:
        self.styles, self.count = styles, count
        self.first_page = 0  # set when the reserved pages are laid out
        self.entries: list[tuple[int, str, int, str]] = []  # level, title, page, bookmark key

    @property
    def pages(self) -> int:
        return max(1, -(-self.count // self.PER_PAGE)) if self.count else 0

    def draw(self, canv: pdfcanvas.Canvas, page: int) -> None:
        if not self.first_page or not self.first_page <= page < self.first_page + self.pages:
            return
        styles = self.styles
        index = page - self.first_page
        width, height = canv._pagesize
        left, right = 18 * mm, width - 18 * mm
        y = height - 22 * mm - 40  # below the "Contents" heading
        for level, title, target, key in self.entries[index * self.PER_PAGE:(index + 1) * self.PER_PAGE]:
            style = styles.toc[min(level, len(styles.toc) - 1)]
            indent = level * 6 * mm + style.leftIndent
            number = str(target)
            room = right - left - indent - 14 * mm
            # One line per entry (the reserved pages hold PER_PAGE of them): a longer title is cut with "…".
            entry = TextCell(_shortened(title, style.fontName, style.fontSize, room), style.fontName,
                             style.fontSize, style.leading, style.textColor)
            _, used = entry.wrap(room, 40)
            entry.drawOn(canv, left + indent, y - used)
            canv.saveState()
            canv.setFont(style.fontName, style.fontSize)
            canv.setFillColor(MUTED)
            canv.drawRightString(right, y - style.fontSize - 1, number)
            canv.restoreState()
            canv.linkRect("", key, (left, y - used, right, y), relative=0, thickness=0)
            y -= max(used, style.leading) + 2


class _Reserve(Flowable):
    """The contents' reserved pages: records where they start."""

    def __init__(self, contents: Contents) -> None:
        super().__init__()
        self.contents = contents

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.contents.first_page = self.canv.getPageNumber()


def _numbered_canvas(pack: Pack, styles: Styles, contents: Contents) -> type:
    class NumberedCanvas(pdfcanvas.Canvas):
        """Draws what needs the whole document once it is laid out: "Page X of Y" and the contents."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def bookmarkPage(self, key: str, **kwargs: Any) -> Any:
            # The pages reach the document only in save(), so the document still counts page 1: point the
            # bookmark at the page being drawn (reportlab names pages "Page<n>" and resolves them at save).
            counter = self._doc.pageCounter
            self._doc.pageCounter = self._pageNumber
            try:
                return super().bookmarkPage(key, **kwargs)
            finally:
                self._doc.pageCounter = counter

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                contents.draw(self, self._pageNumber)
                if self._pageNumber > 1 or not pack.cover:
                    label = render("report.page_of", pack.lang, page=self._pageNumber, pages=total)
                    self.setFont(styles.face, 8)
                    self.setFillColor(MUTED)
                    self.drawRightString(self._pagesize[0] - 18 * mm, 10 * mm, label)
                super().showPage()
            super().save()

    return NumberedCanvas


class _Document(BaseDocTemplate):
    def __init__(self, target: Any, pack: Pack, styles: Styles, pagesize: tuple[float, float],
                 progress: Callable[[int, int], None] | None, expected_pages: int, contents: Contents) -> None:
        super().__init__(target, pagesize=pagesize, **MARGINS, title=pack.title, author=pack.author or render(
                             "report.issuer", pack.lang), subject=pack.subtitle, creator="Sapporo MICE CRM",
                         lang="ja-JP" if pack.lang == "ja" else "en-GB", invariant=1,
                         initialFontName=styles.face)  # never a non-embedded Helvetica
        self.pack, self.styles, self.contents = pack, styles, contents
        self._progress, self._expected = progress, expected_pages
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        templates = [PageTemplate("cover", [frame], onPage=self._cover_page),
                     PageTemplate("body", [frame], onPage=self._body_page)]
        self.addPageTemplates(templates if pack.cover else templates[::-1])  # the first page's comes first

    def handle_pageBegin(self) -> None:
        super().handle_pageBegin()
        if self._progress is not None:
            self._progress(self.page, max(self._expected, self.page))

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            key = f"h{len(self.contents.entries)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.toc_title, key, level=flowable.toc_level, closed=False)
            self.contents.entries.append((flowable.toc_level, flowable.toc_title, self.page, key))

    def _furniture(self, canv: pdfcanvas.Canvas, *, header: bool) -> None:
        styles, pack = self.styles, self.pack
        width, height = self.pagesize
        canv.saveState()
        canv.setFillColor(MUTED)
        canv.setStrokeColor(RULE)
        if header:
            title = pack.title if len(pack.title) <= 60 else pack.title[:59] + "…"
            draw_text(canv, 18 * mm, height - 12 * mm, title, styles.face, 8)
            draw_text(canv, width - 18 * mm, height - 12 * mm, render(pack.label, pack.lang), styles.face, 8,
                      right=True)
            canv.line(18 * mm, height - 14 * mm, width - 18 * mm, height - 14 * mm)
        canv.line(18 * mm, 14 * mm, width - 18 * mm, 14 * mm)
        canv.setFont(styles.face, 8)
        canv.drawString(18 * mm, 10 * mm, formats.date(pack.when, pack.lang))
        canv.restoreState()

    def _cover_page(self, canv: pdfcanvas.Canvas, doc: Any) -> None:
        canv.saveState()
        canv.setFillColor(ACCENT)
        canv.rect(0, self.pagesize[1] - 40 * mm, self.pagesize[0], 40 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        draw_text(canv, 18 * mm, self.pagesize[1] - 22 * mm, render("report.issuer", self.pack.lang),
                  self.styles.face, 11)
        draw_text(canv, 18 * mm, self.pagesize[1] - 30 * mm, render(self.pack.label, self.pack.lang),
                  self.styles.face, 9)
        canv.restoreState()
        self._furniture(canv, header=False)

    def _body_page(self, canv: pdfcanvas.Canvas, doc: Any) -> None:
        self._furniture(canv, header=True)


def _runs(value: str, base: str) -> list[tuple[str, str]]:
    """``value`` cut into (face, text) runs, each in the first face of the chain that holds it."""
    if value.isascii() and value.isprintable() and base in _ASCII_FACES:  # e-mails, phones, most Latin names
        return [(base, value)] if value else []
    chosen = _chosen.setdefault(base, {})
    runs: list[tuple[str, list[str]]] = []
    for char in value:
        code = ord(char)
        if code in _DROPPED or char in "\r\n":
            continue
        try:
            face = chosen[code]
        except KeyError:  # a long pack asks for the same few hundred characters thousands of times
            face = chosen[code] = next((name for name in _chain_for(base, code) if code in _covers[name]), None)
        if face is None:
            face, char = _JAPANESE.name, MISSING_GLYPH
        if runs and runs[-1][0] == face:
            runs[-1][1].append(char)
        else:
            runs.append((face, [char]))
    return [(face, "".join(chars)) for face, chars in runs]


def draw_text(canv: pdfcanvas.Canvas, x: float, y: float, value: str, base: str, size: float, *,
              right: bool = False) -> None:
    """One line straight on the canvas (page furniture), every run in a face that holds it; ``right``
    aligns its end at ``x``."""
    runs = _runs(value, base)
    if right:
        x -= sum(stringWidth(chunk, face, size) for face, chunk in runs)
    for face, chunk in runs:
        canv.setFont(face, size)
        canv.drawString(x, y, chunk)
        x += stringWidth(chunk, face, size)


def _story(pack: Pack, styles: Styles, contents: Contents) -> list[Flowable]:
    story: list[Flowable] = []
    if pack.cover:
        # Every page after the first has the body's frame, below the header: a cover too long for its page
        # (a 300-character title) goes on below the header of the next, not under the cover's blue band.
        story += [NextPageTemplate("body"), Spacer(1, 45 * mm), Paragraph(text(pack.title, styles.bold),
                                                                          styles.cover_title)]
        if pack.subtitle:
            story.append(styles.p(pack.subtitle, styles.cover_sub))
        story.append(Spacer(1, 8 * mm))
        story += [styles.p(line, styles.cover_note) for line in pack.cover_lines]
        story.append(Spacer(1, 6 * mm))
        prepared = (styles.words("report.prepared", date=formats.date(pack.when, pack.lang), author=pack.author)
                    if pack.author else styles.words("report.prepared_no_author",
                                                     date=formats.date(pack.when, pack.lang)))
        story += [styles.p(prepared, styles.cover_note), styles.p(styles.words("report.issuer"), styles.cover_note),
                  Spacer(1, 4 * mm), styles.p(styles.words(pack.label), styles.cover_note)]
        if contents.count:
            story += [PageBreak(), Paragraph(text(styles.words("report.contents"), styles.bold), styles.h1),
                      _Reserve(contents)]
            story += [PageBreak()] * (contents.pages - 1)
        story.append(PageBreak())
    else:
        story.append(NextPageTemplate("body"))
        story.append(Paragraph(text(pack.title, styles.bold), styles.h1))
        if pack.subtitle:
            story.append(styles.p(pack.subtitle, styles.cover_sub))
    for index, section in enumerate(pack.sections):
        if section.new_page and index and story and not isinstance(story[-1], PageBreak):
            story.append(PageBreak())
        elif index:
            story.append(CondPageBreak(40 * mm))
        story.append(Heading(section.title, styles.h2, 0))
        story += section.flowables
    return story


def _headings(pack: Pack) -> int:
    return sum(1 + sum(isinstance(f, Heading) for f in section.flowables) for section in pack.sections)


def write_pdf(pack: Pack, styles: Styles, out: Path | str, *,
              progress: Callable[[int, int], None] | None = None, expected_pages: int = 0) -> int:
    """Write ``pack`` (laid out with ``styles``) to ``out`` atomically: a temporary file beside it, then a
    rename, so a cancel or a crash never leaves half a PDF. Returns the page count."""
    out = Path(out)
    if not out.parent.is_dir():
        raise ReportError("report.folder_missing", file=out.name, folder=str(out.parent))
    pack.when = pack.when or dt.date.today()
    pagesize = styles.pagesize
    temporary = ""
    try:
        handle, temporary = tempfile.mkstemp(prefix=".brief-", suffix=".pdf", dir=out.parent)
        os.close(handle)
        contents = Contents(styles, _headings(pack) if pack.cover and pack.contents else 0)
        document = _Document(temporary, pack, styles, pagesize, progress, expected_pages, contents)
        document.build(_story(pack, styles, contents), canvasmaker=_numbered_canvas(pack, styles, contents))
        os.replace(temporary, out)
        return document.page
    except OSError as error:
        raise ReportError("report.cannot_write", file=out.name, reason=error.strerror or str(error)) from error
    finally:
        if temporary and os.path.exists(temporary):
            os.unlink(temporary)
