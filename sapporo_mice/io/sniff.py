"""Detecting the text encoding of an imported file: UTF-8, UTF-8 with BOM, or CP932 (Shift_JIS);
UTF-16 LE or BE with a BOM (Excel's "Unicode text"), and without one when its NUL bytes say so.

Valid UTF-8 wins over CP932: "José Müller" or "Søren" read as CP932 is half-width katakana soup.
Only a file whose UTF-8 reading holds no accented letter inside a Latin word and whose CP932 reading
looks like real Japanese is ambiguous — a few half-width katakana (ﾃｽ = C3 BD) are also UTF-8 (ý) —
and then we raise :class:`AmbiguousEncodingError` and let the user choose, rather than guess.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from pathlib import Path

from sapporo_mice.io.problems import AmbiguousEncodingError, ImportFileError

ENCODINGS = ("utf-8", "utf-8-sig", "cp932", "utf-16", "utf-16-le", "utf-16-be")
_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")  # Excel's "Unicode text" is UTF-16 with a BOM

# What one import reads at most. 100,000 rows are the whole CRM of the demo's largest scale, and a 50,000-row import
# peaks at about 550 MB: a larger file is most likely not the one meant, and reading it whole could take the
# laptop's memory. A file past either limit is refused with a message that says to split it.
MAX_FILE_MB = 100
MAX_ROWS = 100_000
# A workbook is compressed: what its parts unpack to is checked too (a small .xlsx can unpack to gigabytes).
MAX_UNPACKED_MB = 1024


def read_file(path: Path) -> bytes:
    """The bytes of a file to import; a missing, unreadable or too large one raises ImportFileError naming it."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_MB * 1024 * 1024:
            raise ImportFileError("io.file_too_large", path.name, size=-(-size // (1024 * 1024)), limit=MAX_FILE_MB)
        return path.read_bytes()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError) as exc:
        raise ImportFileError("io.file_missing", path.name) from exc
    except PermissionError as exc:  # on Windows, most often: the file is open in Excel
        raise ImportFileError("io.file_locked", path.name) from exc
    except OSError as exc:  # a disk or network-drive error
        raise ImportFileError("io.file_unreadable", path.name, reason=exc.strerror or type(exc).__name__) from exc


def check_unpacked(data: bytes, file: str) -> None:
    """Refuse a workbook whose parts unpack to more than ``MAX_UNPACKED_MB`` (its sheet's XML is read whole)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ImportFileError("io.xlsx_damaged", file) from exc
    if unpacked > MAX_UNPACKED_MB * 1024 * 1024:
        raise ImportFileError("io.xlsx_too_large", file, size=-(-unpacked // (1024 * 1024)), limit=MAX_UNPACKED_MB)


def check_rows(count: int, file: str) -> None:
    """Refuse a file of more than ``MAX_ROWS`` rows (or cards), naming the limit; call it as rows are read."""
    if count > MAX_ROWS:
        raise ImportFileError("io.too_many_rows", file, limit=MAX_ROWS)


def decode_text(data: bytes, file: str, encoding: str | None = None) -> tuple[str, str]:
    """The text of ``data`` and the encoding used; ``encoding`` forces one."""
    if not data.strip():
        raise ImportFileError("io.file_empty", file)
    if data.startswith(_UTF16_BOMS) and encoding is None:  # its every other byte is NUL: not binary
        text = _decode_as(data, file, "utf-16")
        if looks_binary(text.encode("utf-8", errors="replace")):
            raise ImportFileError("io.binary", file)
        return text, "utf-16"
    if encoding is None and (utf16 := _bomless_utf16(data)) is not None:
        return _decode_as(data, file, utf16), utf16
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
        if not _latin_words(readings["utf-8"]) and plausible_cp932(readings["cp932"]):
            raise AmbiguousEncodingError(file, ["utf-8", "cp932"])
        return readings["utf-8"], "utf-8"
    encoding = next(iter(readings))
    return readings[encoding], encoding


# A non-ASCII letter beside an ASCII one: é in José, ø in Søren, ễ in Nguyễn. CP932 bytes misread as
# UTF-8 give isolated symbols instead (ý between commas).
_LATIN_WORD = re.compile(r"[A-Za-z][\u00c0-\u024f\u1e00-\u1eff]|[\u00c0-\u024f\u1e00-\u1eff][A-Za-z]")


def _latin_words(text: str) -> bool:
    return _LATIN_WORD.search(text) is not None


def _bomless_utf16(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for UTF-16 text without a BOM, told by where its NUL bytes fall (every
    ASCII character, commas and line ends included, has one); None for anything else."""
    sample = data[:8192]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    sample = sample[: len(sample) // 2 * 2]
    odd = sample[1::2].count(0)
    even = sample[0::2].count(0)
    half = len(sample) // 2
    # A CJK character may have a zero byte too (一 is 00 4E), so one side need only dominate.
    if odd >= max(2, half // 20) and odd > 2 * even:
        candidate = "utf-16-le"
    elif even >= max(2, half // 20) and even > 2 * odd:
        candidate = "utf-16-be"
    else:
        return None
    text = _try(data[: len(data) // 2 * 2], candidate)
    if text is None or looks_binary(text.encode("utf-8")) or not any(c in text for c in ",\t\n"):
        return None
    return candidate


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
