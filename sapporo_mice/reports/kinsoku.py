"""Japanese line breaking (kinsoku shori): the one rule of where a line may break, for reportlab's CJK wrap
and for the packs' plain table cells.

:func:`bad_break` is the rule (no 、。」） at the start of a line, no opening bracket at its end);
:func:`break_lines` wraps one line of plain text with it, breaking between ideographs, kana and Hangul and at
spaces, and cutting a word only when it cannot fit a line on its own.

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

from reportlab import rl_config
from reportlab.lib import textsplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import paragraph

CANNOT_START = frozenset(textsplit.ALL_CANNOT_START) | frozenset("、。，．・：；？！）」』】〕〉》］｝”’々ゝゞヽヾ")
CANNOT_END = frozenset("（「『【〔〈《［｛“‘([{")
MAX_ROUNDS = 60
FUZZ = 1e-6  # widths are sums of floats: a line that fits exactly must not wrap
SPACE_SHRINK = rl_config.spaceShrinkage  # as in a Paragraph, each space of a line may give up 5% of its width
_lock = threading.Lock()
_installed: dict[str, Any] = {}


def bad_break(before: str, after: str) -> bool:
    """Whether a line may not end with ``before`` when the next one starts with ``after``."""
    return after in CANNOT_START or before in CANNOT_END


def by_character(char: str) -> bool:
    """Whether ``char`` is written without spaces between words (ideographs, kana, Hangul, full-width forms),
    so that a line may break before or after it."""
    code = ord(char)
    return (0x2E80 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or 0xF900 <= code <= 0xFAFF
            or 0xFF00 <= code <= 0xFFEF or 0x20000 <= code <= 0x3FFFF)


def break_points(line: str) -> list[bool]:
    """For each index i of ``line``, whether the line may break before ``line[i]`` (never before the first)."""
    allowed = [False] * len(line)
    for i in range(1, len(line)):
        before, after = line[i - 1], line[i]
        allowed[i] = ((before == " " or after == " " or by_character(before) or by_character(after))
                      and not bad_break(before, after))
    return allowed


def break_lines(line: str, widths: list[float], room: float, *, hang: float = 0.0,
                allowed: list[bool] | None = None) -> list[tuple[int, int]]:
    """``line`` (one line of plain text, ``widths`` the width of each character) wrapped to ``room``: the
    (start, end) of each line, spaces at a break left out. A line breaks at the last point
    :func:`break_points` allows that fits (each of its spaces may shrink by :data:`SPACE_SHRINK`, as in a
    Paragraph); a word longer than a whole line is cut where it overflows, moved back a character or two
    so that the cut keeps :func:`bad_break`. In Japanese text (a full-width mark, or any mark after an
    ideograph or kana), one closing mark that would start a line may instead hang past ``room`` by at most
    ``hang`` (ぶら下げ, as reportlab's CJK wrap does) when the next line may start after it; else the
    character before it moves down with it (追い出し). ``allowed`` is :func:`break_points` of ``line``, if
    already known."""
    if sum(widths) <= room + FUZZ:
        return [(0, len(line))]
    allowed = allowed if allowed is not None else break_points(line)
    lines: list[tuple[int, int]] = []
    start, size = 0, len(line)
    while start < size:
        used, spaces, last, i = 0.0, 0.0, 0, start
        while i < size:
            if i > start and allowed[i]:
                last = i
            used += widths[i]
            if line[i] == " ":
                spaces += widths[i]
            if used > room + SPACE_SHRINK * spaces + FUZZ and i > start:
                break
            i += 1
        else:
            lines.append((start, _trimmed(line, start, size)))
            break
        end = i + 1 if used <= room + hang + FUZZ and _may_hang(line, i, allowed) else last or _cut(line, start, i)
        lines.append((start, _trimmed(line, start, end)))
        start = end
        while start < size and line[start] == " ":
            start += 1
    return lines or [(0, 0)]


def _may_hang(line: str, i: int, allowed: list[bool]) -> bool:
    """Whether ``line[i]``, a closing mark in Japanese text, may end its line in the margin."""
    return (line[i] in CANNOT_START and (by_character(line[i]) or by_character(line[i - 1]))
            and (i + 1 == len(line) or allowed[i + 1]))


def _cut(line: str, start: int, end: int) -> int:
    """Where a word that overflows at ``end`` is cut: there, or a little earlier to keep the rule."""
    while end > start + 1 and bad_break(line[end - 1], line[end]):
        end -= 1
    return end


def _trimmed(line: str, start: int, end: int) -> int:
    while end > start and line[end - 1] == " ":
        end -= 1
    return end


def _first_bad(texts: list[str]) -> int | None:
    """The index of the first line whose break is wrong: the next line starts with a closing mark, or this
    line ends with an opening bracket (lines of one character are left alone: no progress is possible)."""
    for k in range(len(texts) - 1):
        line, following = texts[k], texts[k + 1]
        if len(line) <= 1:
            continue
        if bad_break(line[-1:], following[:1]):
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
