"""Fonts and the stylesheet.

Japanese must never render as boxes: prefer the OS's Japanese UI font where one exists (Yu Gothic UI
or Meiryo on Windows, Hiragino on macOS) and the bundled IPAex Gothic everywhere else — also where
only Noto CJK is installed, whose fallback sizes digits after Japanese text differently.
"""

from __future__ import annotations

import html
import sys
from typing import Any

from sapporo_mice import fonts, paths
from ui.qt import (
    QApplication,
    QFont,
    QFontDatabase,
    QLoggingCategory,
    Qt,
    QTreeWidgetItem,
    QWidget,
)

# The app's colours, in one place (text on the default light background).
ERROR = "#b00020"  # a problem that blocks saving, an overdue date
WARNING = "#8a5a00"  # kept but worth a look (a phone kept as typed)
OK = "#1b5e20"  # saved, done
MUTED = "#555555"  # hints and secondary lines
NOTICE = "#1f4e99"  # a possible duplicate
CHART = "#3b6ea5"  # bars of a chart
CHART_TARGET = "#c9d3e0"  # a target's bar beside the actual's
HIGHLIGHT = "#000080"  # the bar of the record in focus


def text_style(colour: str) -> str:
    """A label's style sheet for text in ``colour``."""
    return f"color: {colour};"


def invalid_field_style() -> str:
    """The frame of an input whose value cannot be saved."""
    return f"QLineEdit, QComboBox, QPlainTextEdit, QDateEdit {{ border: 1px solid {ERROR}; }}"


OS_JAPANESE_FONTS = {
    "win32": ("Yu Gothic UI", "Meiryo UI", "Meiryo"),
    "darwin": ("Hiragino Sans", "Hiragino Kaku Gothic ProN"),
}
BUNDLED_FONT = "fonts/" + fonts.JAPANESE.file
# After the Japanese font, for overseas buyers' names in scripts it lacks, per script: the first
# installed family of each group joins the fallback chain; a script with none installed (a fresh
# Linux) gets the bundled font of :mod:`sapporo_mice.fonts`. The Japanese font stays first so digits
# and kana keep one size.
SCRIPT_FONTS: dict[str, tuple[str, ...]] = {
    "Hang": ("Malgun Gothic", "Apple SD Gothic Neo", "NanumGothic", "Noto Sans CJK KR", "UnDotum"),
    "Hans": ("Microsoft YaHei UI", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC"),
    "Hant": ("Microsoft JhengHei UI", "PingFang TC", "Noto Sans CJK TC"),
    "Thai": ("Leelawadee UI", "Thonburi", "Noto Sans Thai", "Loma"),
    "Deva": ("Nirmala UI", "Kohinoor Devanagari", "Noto Sans Devanagari", "Lohit Devanagari"),
    "Latn": ("Segoe UI", "Noto Sans", "DejaVu Sans"),
}
FALLBACK_FONTS = tuple(f for group in SCRIPT_FONTS.values() for f in group)


def fallback_families(installed: set[str]) -> list[str]:
    """The fallback chain: installed families script by script, and the bundled font of each script
    that has none installed (registered with Qt here, once)."""
    chain: list[str] = [f for f in FALLBACK_FONTS if f in installed]
    for font in fonts.FALLBACKS:
        if any(f in installed for script in font.scripts for f in SCRIPT_FONTS.get(script, ())):
            continue
        font_id = QFontDatabase.addApplicationFont(str(fonts.path(font)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        chain.extend(f for f in families if f not in chain)
    return chain


def register_bundled_font() -> str | None:
    """Register ``ipaexg.ttf`` with Qt; returns its family name (None if the file is missing)."""
    font_id = QFontDatabase.addApplicationFont(str(paths.resources_dir() / BUNDLED_FONT))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else None


def ui_font_family(installed: set[str] | None = None) -> str | None:
    """The family the UI uses: the OS's Japanese UI font if present, else the bundled one (registered
    only then: reading and parsing its 6 MB costs about 10 ms of every start)."""
    if installed is None:
        installed = set(QFontDatabase.families())
    for family in OS_JAPANESE_FONTS.get(sys.platform, ()):
        if family in installed:
            return family
    return register_bundled_font()


_app_font: tuple[QFont, set[str]] | None = None  # the font apply set, and the families installed then
_latin_face: QFont | None = None  # that font with the Latin face first, made when first needed


def _latin_font() -> QFont | None:
    """The app's font led by the Latin face, made on first use: finding (or registering) the Latin face
    is no work for a start-up that shows no Greek or Cyrillic."""
    global _latin_face
    if _latin_face is None and _app_font is not None:
        font, installed = _app_font
        latin = latin_family(installed)
        if latin:
            _latin_face = QFont(font)
            _latin_face.setFamilies([latin, *(f for f in font.families() if f != latin)])
    return _latin_face


def latin_family(installed: set[str]) -> str | None:
    """The Latin face: the first installed family of the Latin group, else the bundled DejaVu Sans cut to
    Latin, Greek and Cyrillic (registered with Qt here)."""
    for family in SCRIPT_FONTS["Latn"]:
        if family in installed:
            return family
    font_id = QFontDatabase.addApplicationFont(str(fonts.path(fonts.LATIN)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else None


def font_for(text: Any) -> QFont | None:
    """The font that text needs instead of the app's (a cell, an item, a field): the Latin face first where
    the Japanese face would draw Greek or Cyrillic a full em wide (「Г а н з о р и г」 for a Mongolian name);
    None for any other text (the widget's own font)."""
    if not isinstance(text, str) or not fonts.has_full_width_in_japanese(text):
        return None
    return _latin_font()


def rich_text(text: str | None) -> str:
    """``text`` escaped for a rich-text label, its Greek and Cyrillic runs in the Latin face (:func:`font_for`);
    "" for None (a field left empty)."""
    text = text or ""
    latin = _latin_font() if fonts.has_full_width_in_japanese(text) else None
    family = latin.families()[0] if latin is not None else None
    parts, start = [], 0
    for run in fonts.FULL_WIDTH_RUN.finditer(text) if family else ():
        parts.append(html.escape(text[start:run.start()]))
        parts.append(f"<span style=\"font-family: '{family}'\">{html.escape(run.group())}</span>")
        start = run.end()
    parts.append(html.escape(text[start:]))
    return "".join(parts)


def fit_item(item: Any) -> Any:
    """A list, table or tree item (each column of a tree's) in :func:`font_for`'s font where its text asks
    for one; returns the item."""
    if isinstance(item, QTreeWidgetItem):
        for column in range(item.columnCount()):
            if (font := font_for(item.text(column))) is not None:
                item.setFont(column, font)
    elif (font := font_for(item.text())) is not None:
        item.setFont(font)
    return item


def fit_font(widget: QWidget, text: str) -> None:
    """A text field showing ``text``: in :func:`font_for`'s font where it asks for one, else back in the font
    it inherits (a default QFont resolves nothing); a field that never needed it is left alone."""
    font = font_for(text)
    if font is not None:
        widget.setFont(font)
    elif widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
        widget.setFont(QFont())


def apply(app: QApplication, lang: str = "ja") -> str | None:
    # Qt walks the chain for a Devanagari run and notes (info) "OpenType support missing for
    # <Japanese font>, script 11" for each face before the one that has the script; the text then
    # renders with the right face (tests/ui/test_fonts.py). Keep that note off the console.
    QLoggingCategory.setFilterRules("qt.text.font.db.info=false")
    installed = set(QFontDatabase.families())  # enumerated once: the fallbacks are chosen from it too
    family = ui_font_family(installed)
    if family:
        font = QFont(family)
        font.setFamilies([family, *(f for f in fallback_families(installed) if f != family)])
        font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
        global _app_font, _latin_face
        _app_font, _latin_face = (font, installed), None
        set_language(app, lang)
    sheet = paths.resources_dir() / "styles" / "app.qss"
    if sheet.exists():
        app.setStyleSheet(sheet.read_text(encoding="utf-8"))
    return family


_punctuation: list[str] = []  # the bundled punctuation face's family, once registered


def set_language(app: QApplication, lang: str) -> None:
    """The app's font for the UI's language. In English, the Latin face's quotation marks and ellipsis come first
    (:data:`sapporo_mice.fonts.PUNCTUATION`): the Japanese face draws them a full em wide and its ellipsis centred,
    as Japanese typesetting wants, and English read 「“CRM”」 and 「Choose file···」. Every letter and digit stays the
    Japanese face's, and every line as tall. In Japanese, the font :func:`apply` made."""
    if _app_font is None:
        return
    font = _app_font[0]
    if lang == "en":
        if not _punctuation:
            font_id = QFontDatabase.addApplicationFont(str(fonts.path(fonts.PUNCTUATION)))
            _punctuation.extend(QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else [])
        if _punctuation:
            font = QFont(font)
            font.setFamilies([*_punctuation, *font.families()])
    app.setFont(font)
