"""The fonts the app bundles, in one table for the desktop (Qt) and the PDFs (reportlab).

IPAex Gothic carries Japanese (and Latin). After it come fallbacks for the other scripts of the
names staff meet: Hangul and the Chinese ideographs IPAex lacks (a subset of Droid Sans Fallback),
Thai and Devanagari (Noto). All are TrueType, which reportlab can embed. Where each comes from and its
licence: ``resources/fonts/`` and the README's Fonts section; ``tools/subset_fonts.py`` rebuilds the
subset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sapporo_mice import paths


@dataclass(frozen=True)
class BundledFont:
    file: str  # in resources/fonts/
    family: str  # the family name inside the file
    scripts: tuple[str, ...]  # what it is there for (ISO 15924)
    licence: str


JAPANESE = BundledFont("ipaexg.ttf", "IPAexGothic", ("Jpan", "Latn"), "IPA Font License v1.0")
FALLBACKS: tuple[BundledFont, ...] = (
    BundledFont("DroidSansFallback-Subset.ttf", "Droid Sans Fallback", ("Hang", "Hans", "Hant"), "Apache-2.0"),
    BundledFont("NotoSansThai-Regular.ttf", "Noto Sans Thai", ("Thai",), "OFL-1.1"),
    BundledFont("NotoSansDevanagari-Regular.ttf", "Noto Sans Devanagari", ("Deva",), "OFL-1.1"),
)
# The PDFs' Latin face (reportlab's own Vera lacks Vietnamese): DejaVu Sans cut to Latin, Greek, Cyrillic.
LATIN = BundledFont("DejaVuSans-Subset.ttf", "DejaVu Sans", ("Latn", "Grek", "Cyrl"), "Bitstream Vera (DejaVu)")
LATIN_BOLD = BundledFont("DejaVuSans-Bold-Subset.ttf", "DejaVu Sans Bold", ("Latn", "Grek", "Cyrl"),
                         "Bitstream Vera (DejaVu)")
# The English desktop's first face: only the quotation marks, daggers, ellipsis and per mille sign of the Latin face,
# which IPAex draws a full em wide (its ellipsis centred), as Japanese typesetting wants and English does not; with
# IPAex's line metrics, so lines keep their height (tools/subset_fonts.py).
PUNCTUATION = BundledFont("DejaVuSans-Punctuation.ttf", "DejaVu Sans Punctuation", ("Latn",), "Bitstream Vera (DejaVu)")
BUNDLED: tuple[BundledFont, ...] = (JAPANESE, *FALLBACKS, LATIN, LATIN_BOLD, PUNCTUATION)
# IPAex draws Greek and Cyrillic as its JIS glyphs, a full em wide: a Mongolian or Russian name in a Japanese
# pack read 「Г а н з о р и г」. Those letters take the Latin face, which has them at their own widths.
FULL_WIDTH_IN_JAPANESE = ((0x0370, 0x03FF), (0x0400, 0x052F))  # Greek and Coptic; Cyrillic and its supplement
# A run of such characters (one or more).
FULL_WIDTH_RUN = re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in FULL_WIDTH_IN_JAPANESE) + "]+")


def full_width_in_japanese(code: int) -> bool:
    """Whether the Japanese face would draw this character a full em wide (:data:`FULL_WIDTH_IN_JAPANESE`)."""
    return any(low <= code <= high for low, high in FULL_WIDTH_IN_JAPANESE)


def has_full_width_in_japanese(text: str) -> bool:
    """Whether ``text`` holds a character the Japanese face would draw a full em wide: the desktop then shows
    it in the Latin face, as the PDFs do."""
    return FULL_WIDTH_RUN.search(text) is not None


def path(font: BundledFont) -> Path:
    return paths.resources_dir() / "fonts" / font.file


def script_of(char: str) -> str | None:
    """The fallback script a character needs beyond Japanese and Latin (None when IPAex may hold it)."""
    code = ord(char)
    if 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return "Hang"
    if 0x0E00 <= code <= 0x0E7F:
        return "Thai"
    if 0x0900 <= code <= 0x097F:
        return "Deva"
    return None
