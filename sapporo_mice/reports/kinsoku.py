"""Japanese line breaking (kinsoku shori) on top of reportlab's CJK wrap.

reportlab's CJK wrap hangs ONE closing mark in the margin when it would start a line, but a pair such as
「」、」 or 「）。」 still leaves the second at the start of the next line, and an opening bracket may end a
line. :func:`install` wraps reportlab's two CJK splitters (the one-font ``wordSplit`` and the many-font
``cjkFragSplit``): after each split, a line followed by a line that starts with a closing mark, or that
ends with an opening bracket, is given a shorter width so that its last character moves down (追い出し),
and the split runs again. Each round moves one break by one character; a paragraph settles in a few.
"""

from __future__ import annotations

import threading
from typing import Any

from reportlab.lib import textsplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import paragraph

CANNOT_START = frozenset(textsplit.ALL_CANNOT_START) | frozenset("、。，．・：；？！）」』】〕〉》］｝”’々ゝゞヽヾ")
CANNOT_END = frozenset("（「『【〔〈《［｛“‘([{")
MAX_ROUNDS = 60
_lock = threading.Lock()
_installed: dict[str, Any] = {}


def _first_bad(texts: list[str]) -> int | None:
    """The index of the first line whose break is wrong: the next line starts with a closing mark, or this
    line ends with an opening bracket (lines of one character are left alone: no progress is possible)."""
    for k in range(len(texts) - 1):
        line, following = texts[k], texts[k + 1]
        if len(line) <= 1:
            continue
        if (following[:1] in CANNOT_START) or (line[-1:] in CANNOT_END):
            return k
    return None


def _word_split(word: str, max_widths: Any, font_name: str, font_size: float, encoding: str = "utf8") -> list:
    original = _installed["wordSplit"]
    widths = list(max_widths) if isinstance(max_widths, (list, tuple)) else [max_widths]
    lines = original(word, widths, font_name, font_size, encoding)
    for _ in range(MAX_ROUNDS):
        texts = [text for _space, text in lines]
        bad = _first_bad(texts)
        if bad is None:
            break
        line = texts[bad]
        widths += [widths[-1]] * (bad + 2 - len(widths))
        widths[bad] = stringWidth(line[:-1], font_name, font_size) - 0.01
        lines = original(word, widths, font_name, font_size, encoding)
    return lines


def _line_text(line: Any) -> str:
    return "".join(getattr(word, "text", "") or "" for word in getattr(line, "words", []))


def _frag_split(frags: list, max_widths: Any, calc_bounds: Any, encoding: str = "utf8") -> Any:
    original = _installed["cjkFragSplit"]
    widths = list(max_widths) if isinstance(max_widths, (list, tuple)) else [max_widths]
    result = original(frags, widths, calc_bounds, encoding)
    for _ in range(MAX_ROUNDS):
        texts = [_line_text(line) for line in result.lines]
        bad = _first_bad(texts)
        if bad is None:
            break
        line = result.lines[bad]
        last = next(word for word in reversed(line.words) if getattr(word, "text", ""))
        shrink = stringWidth(last.text[-1], last.fontName, last.fontSize)
        widths += [widths[-1]] * (bad + 2 - len(widths))
        widths[bad] = line.currentWidth - shrink - 0.01
        result = original(frags, widths, calc_bounds, encoding)
    return result


def install() -> None:
    """Wrap reportlab's CJK splitters (once per process; the packs are this process's only reportlab user)."""
    with _lock:
        if _installed:
            return
        _installed["wordSplit"] = paragraph.wordSplit
        _installed["cjkFragSplit"] = paragraph.cjkFragSplit
        paragraph.wordSplit = _word_split
        paragraph.cjkFragSplit = _frag_split
