"""Detecting the text encoding of an imported file: UTF-8, UTF-8 with BOM, or CP932 (Shift_JIS);
UTF-16 too when a BOM says so (Excel's "Unicode text").

Valid UTF-8 is a strong signal, but short Japanese files can be valid in both encodings: half-width
katakana in CP932 (ﾃｽ = C3 BD) is also UTF-8 (ý). When both readings are plausible and differ we
raise :class:`AmbiguousEncodingError` and let the user choose, rather than guess.
"""

from __future__ import annotations

import unicodedata

from sapporo_mice.io.problems import AmbiguousEncodingError, ImportFileError

ENCODINGS = ("utf-8", "utf-8-sig", "cp932", "utf-16")
_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")  # Excel's "Unicode text" is UTF-16 with a BOM


def decode_text(data: bytes, file: str, encoding: str | None = None) -> tuple[str, str]:
    """The text of ``data`` and the encoding used; ``encoding`` forces one."""
    if not data.strip():
        raise ImportFileError("io.file_empty", file)
    if data.startswith(_UTF16_BOMS) and encoding is None:  # its every other byte is NUL: not binary
        text = _decode_as(data, file, "utf-16")
        if looks_binary(text.encode("utf-8", errors="replace")):
            raise ImportFileError("io.binary", file)
        return text, "utf-16"
    if looks_binary(data):
        raise ImportFileError("io.binary", file)
    if encoding:
        return _decode_as(data, file, encoding), encoding
    if data.startswith(_BOM):
        return _decode_as(data, file, "utf-8-sig"), "utf-8-sig"
    readings = {enc: text for enc in ("utf-8", "cp932") if (text := _try(data, enc)) is not None}
    if not readings:
        raise ImportFileError("io.encoding_unknown", file)
    if len(readings) == 2 and readings["utf-8"] != readings["cp932"]:
        if plausible_cp932(readings["cp932"]):
            raise AmbiguousEncodingError(file, ["utf-8", "cp932"])
        return readings["utf-8"], "utf-8"
    encoding = next(iter(readings))
    return readings[encoding], encoding


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control characters, mean a binary file (an image, a zip, a database)."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(2, len(sample) // 100)


def plausible_cp932(text: str) -> bool:
    """Whether a CP932 reading looks like real Japanese rather than UTF-8 bytes misread.

    UTF-8 Japanese read as CP932 turns into JIS level-2 kanji and odd symbols; real text is mostly
    kana, level-1 kanji, full-width forms and ASCII.
    """
    unusual = sum(1 for ch in text if ord(ch) > 0x7F and not _common_japanese(ch))
    wide = sum(1 for ch in text if ord(ch) > 0x7F)
    return wide > 0 and unusual <= wide // 10


def _common_japanese(ch: str) -> bool:
    code = ord(ch)
    if 0x3040 <= code <= 0x30FF or 0xFF61 <= code <= 0xFF9F or 0xFF01 <= code <= 0xFF5E:
        return True
    if 0x3000 <= code <= 0x303F:
        return True
    if unicodedata.category(ch).startswith("L") and 0x4E00 <= code <= 0x9FFF:
        lead = ch.encode("cp932", errors="ignore")[:1]
        return bool(lead) and 0x88 <= lead[0] <= 0x98  # JIS X 0208 level 1 (common kanji)
    return False


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _decode_as(data: bytes, file: str, encoding: str) -> str:
    if encoding not in ENCODINGS:
        raise ImportFileError("io.encoding_wrong", file, encoding=encoding, offset=0)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ImportFileError("io.encoding_wrong", file, encoding=encoding, offset=exc.start + 1) from exc
