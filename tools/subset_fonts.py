"""Rebuild the bundled fallback fonts in ``resources/fonts/`` from their upstream files.

Overseas buyers' and students' names are written in Hangul, simplified and traditional Chinese, Thai
and Devanagari. Windows and macOS ship fonts for all of them; a fresh Linux often has none, and the
PDFs need TrueType outlines everywhere (reportlab cannot read CFF fonts such as Noto CJK). So the app
bundles, after IPAex Gothic (Japanese):

- ``DroidSansFallback-Subset.ttf``: Droid Sans Fallback (Apache License 2.0, Debian package
  ``fonts-droid-fallback``, ``DroidSansFallback.ttf``), cut to every Hangul syllable and jamo and every
  CJK ideograph that IPAex Gothic lacks (≈2.3 MB instead of 3.4 MB; the kana and the ideographs IPAex
  has stay IPAex's, so Japanese text keeps one face);
- ``NotoSansThai-Regular.ttf`` and ``NotoSansDevanagari-Regular.ttf``: unmodified (SIL OFL 1.1,
  Debian package ``fonts-noto-core``);
- ``DejaVuSans-Subset.ttf`` and ``DejaVuSans-Bold-Subset.ttf``: the PDFs' Latin face (Bitstream Vera
  licence with DejaVu's public-domain changes, Debian package ``fonts-dejavu-core``), cut to Latin with
  Vietnamese, Greek, Cyrillic and punctuation, so "Trần Văn An" prints as written;
- ``DejaVuSans-Punctuation.ttf``: that subset cut again to the quotation marks, daggers, ellipsis and per mille
  sign, renamed "DejaVu Sans Punctuation", with IPAex Gothic's line metrics. The English desktop puts it before
  the Japanese face, which draws those marks a full em wide and its ellipsis centred, as Japanese typesetting
  does (「“CRM”」, 「Choose file···」); every letter stays the Japanese face's, and every line as tall.

Run (needs ``fonttools``, a development tool only):
``python tools/subset_fonts.py /usr/share/fonts-droid-fallback/truetype/DroidSansFallback.ttf
/usr/share/fonts/truetype/dejavu``; ``python tools/subset_fonts.py punctuation`` rebuilds only the last, from the
bundled DejaVu subset.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "resources" / "fonts"
HANGUL = list(range(0xAC00, 0xD7A4)) + list(range(0x1100, 0x1200)) + list(range(0x3130, 0x3190))
IDEOGRAPHS = list(range(0x3400, 0x4DC0)) + list(range(0x4E00, 0xA000))


def subset(source: Path, target: Path, wanted: list[int]) -> int:
    """Cut ``source`` to the characters of ``wanted`` it has (names and layout features kept), into ``target``."""
    from fontTools import subset as cutter
    from fontTools.ttLib import TTFont

    available = TTFont(source).getBestCmap()
    kept = [c for c in wanted if c in available]
    options = cutter.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.layout_features = ["*"]
    font = TTFont(source)
    subsetter = cutter.Subsetter(options)
    subsetter.populate(unicodes=kept)
    subsetter.subset(font)
    font.save(target)
    return len(kept)


def subset_droid(source: Path, target: Path) -> int:
    """Hangul, and the ideographs IPAex Gothic lacks (the kana and the ideographs it has stay its own)."""
    from fontTools.ttLib import TTFont

    japanese = TTFont(FONTS / "ipaexg.ttf").getBestCmap()
    return subset(source, target, HANGUL + [c for c in IDEOGRAPHS if c not in japanese])


LATIN = (list(range(0x20, 0x250)) + list(range(0x250, 0x2B0)) + list(range(0x2B0, 0x370))
         + list(range(0x370, 0x400)) + list(range(0x400, 0x530)) + list(range(0x1E00, 0x1F00))
         + list(range(0x2000, 0x2070)) + list(range(0x20A0, 0x20D0)) + list(range(0x2100, 0x2150)))


# ‘ ’ ‚ ‛ “ ” „ ‟, † ‡, …, ‰, ‹ ›: full width (or absent) in IPAex Gothic, proportional in DejaVu Sans.
PUNCTUATION = list(range(0x2018, 0x2022)) + [0x2026, 0x2030, 0x2039, 0x203A]
PUNCTUATION_FAMILY = "DejaVu Sans Punctuation"


def subset_punctuation(source: Path, target: Path) -> int:
    """:data:`PUNCTUATION` of the DejaVu subset ``source``, as its own family, with IPAex Gothic's line metrics (a
    font first in a family list sets the lines' height)."""
    from fontTools.ttLib import TTFont

    count = subset(source, target, PUNCTUATION)
    font, japanese = TTFont(target), TTFont(FONTS / "ipaexg.ttf")
    assert font["head"].unitsPerEm == japanese["head"].unitsPerEm
    for table, fields in (("hhea", ("ascent", "descent", "lineGap")),
                          ("OS/2", ("sTypoAscender", "sTypoDescender", "sTypoLineGap", "usWinAscent", "usWinDescent"))):
        for name in fields:
            setattr(font[table], name, getattr(japanese[table], name))
    names = {1: PUNCTUATION_FAMILY, 3: PUNCTUATION_FAMILY, 4: PUNCTUATION_FAMILY,
             6: PUNCTUATION_FAMILY.replace(" ", "-"), 16: PUNCTUATION_FAMILY}
    for record in font["name"].names:
        if record.nameID in names:
            record.string = names[record.nameID]
    font.save(target)
    return count


def main(argv: list[str]) -> int:
    if argv == ["punctuation"]:
        count = subset_punctuation(FONTS / "DejaVuSans-Subset.ttf", FONTS / "DejaVuSans-Punctuation.ttf")
        print(f"DejaVuSans-Punctuation.ttf: {count} characters")
        return 0
    if len(argv) != 2:
        print(__doc__)
        return 2
    count = subset_droid(Path(argv[0]), FONTS / "DroidSansFallback-Subset.ttf")
    print(f"DroidSansFallback-Subset.ttf: {count} characters")
    for name in ("DejaVuSans", "DejaVuSans-Bold"):
        count = subset(Path(argv[1]) / f"{name}.ttf", FONTS / f"{name}-Subset.ttf", LATIN)
        print(f"{name}-Subset.ttf: {count} characters")
    return main(["punctuation"])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
