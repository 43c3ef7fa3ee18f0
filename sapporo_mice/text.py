"""Text normalisation for search, duplicate detection and sorting.

One rule everywhere: NFKC (full/half width folded), case folded, katakana folded to hiragana.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

_KATAKANA_START, _KATAKANA_END = 0x30A1, 0x30F6
_KATAKANA_ITERATION = {"ヽ": "ゝ", "ヾ": "ゞ"}
_KANA_SHIFT = 0x60


# One translate table (about 10x faster than a per-character loop: it runs for every search row).
_KATA_TO_HIRA = {code: code - _KANA_SHIFT for code in range(_KATAKANA_START, _KATAKANA_END + 1)}
_KATA_TO_HIRA.update({ord(k): v for k, v in _KATAKANA_ITERATION.items()})
# A dict-driven translate walks every character in Python-level lookups (18 µs for a search row of 80
# characters); most text holds no katakana at all, which this finds in C first.
_KATAKANA_RE = re.compile("[\u30a1-\u30f6\u30fd\u30fe]")


# A character past U+2E80 (what has_cjk looks for), found in C: the per-character generator it replaces
# cost 1–2 µs a name, asked several times per imported row (about 0.05 s of a 10k-row import).
_CJK_RE = re.compile("[\u2e81-\U0010ffff]")


def has_cjk(text: str | None) -> bool:
    """Whether ``text`` holds CJK characters (kana, kanji, hangul): such names are written family first."""
    return bool(text) and not text.isascii() and _CJK_RE.search(text) is not None


def kata_to_hira(text: str) -> str:
    return text.translate(_KATA_TO_HIRA) if _KATAKANA_RE.search(text) else text


def hira_to_kata(text: str) -> str:
    """Hiragana as katakana (みゅんへん → ミュンヘン), as a フリガナ field writes a reading."""
    return "".join(chr(ord(ch) + _KANA_SHIFT) if 0x3041 <= ord(ch) <= 0x3096 else ch for ch in text)


def normalize(text: str | None) -> str:
    """The search form of ``text``: NFKC, case-folded, kana- and width-insensitive, spaces collapsed."""
    if not text:
        return ""
    text = str(text)
    if text.isascii():  # most emails, phones and Latin names: NFKC and kana folding change nothing
        return " ".join(text.lower().split())
    folded = unicodedata.normalize("NFKC", text).casefold()
    # split/join is the regex's "collapse \s+ and strip" (both use str.isspace), 0.5 µs instead of 5 on a
    # search row of 80 characters (test_text checks they agree).
    return " ".join(kata_to_hira(folded).split())


# ------------------------------------------------------------------------------------------- search
# The one normalisation of search: the index's text and title key, and every query term, go through it
# (``searchable`` / ``search_words``), so whatever a record holds, typing the same text finds it.
# On top of :func:`normalize`: Latin diacritics folded (Nguyễn = nguyen), spaces between CJK characters
# dropped (山田 太郎 = 山田太郎), and the separators inside a phone-like run of digits dropped
# (011-222-3333 = 0112223333, +81 11 222 3333 = +81112223333). Keys, sort keys and duplicate keys keep
# :func:`normalize`/:func:`compact`: their stored values must not change under existing records.

# Letters NFD does not take apart into a base and a mark.
_LATIN_LETTERS = str.maketrans({"đ": "d", "ø": "o", "ł": "l", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe",
                                "þ": "th", "ð": "d", "ŧ": "t", "ŋ": "n", "ƒ": "f", "ɨ": "i", "ʉ": "u"})
_LATIN_LETTER_RE = re.compile("[" + "".join(chr(code) for code in _LATIN_LETTERS) + "]")
_NEEDS_LATIN_FOLD = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")
# A combining mark (U+0300–U+036F) after a Latin letter; kana voicing marks (U+3099/309A) are other code points.
_LATIN_MARKS = re.compile("(?<=[a-z])[\u0300-\u036f]+")
_DASHES = "\\-\u2010-\u2015\u2212\u30fc"
# A run of digit groups: 011-222-3333, +81 11 222 3333, (011) 222-3333, 2026.12.01.
_DIGIT_RUN = re.compile(f"(?<![\\w+])[+(]?\\d+(?:(?:[ {_DASHES}.]|\\) ?| ?\\()\\d+)+")
_RUN_SEPARATORS = re.compile(f"[ {_DASHES}.()]")
# Two digits with a run's separator between them: only then can a run need joining. A cheap check before
# the run's pattern (which tries every position): "company 12 person" has a separated digit but no run.
_SEPARATED_DIGITS = re.compile(f"\\d(?:[ {_DASHES}.]|\\) ?| ?\\()\\d")
_CJK_SPACE = re.compile("(?<=[\u2e80-\U0010ffff]) (?=[\u2e80-\U0010ffff])")


def fold_latin(text: str) -> str:
    """Latin letters without their diacritics (``nguyễn thị`` → ``nguyen thi``); other scripts unchanged.

    ``text`` is already case-folded (:func:`normalize`)."""
    if not _NEEDS_LATIN_FOLD.search(text):
        return text
    # The dict-driven translate walks every character in Python-level lookups (about 12 µs for a search
    # row of 80 characters, most of fold_latin): only text holding one of its letters needs it.
    if _LATIN_LETTER_RE.search(text):
        text = text.translate(_LATIN_LETTERS)
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _LATIN_MARKS.sub("", decomposed))


def _join_run(match: re.Match[str]) -> str:
    run = match.group(0)
    # Digits separated by spaces only are joined when they read as a phone number (a leading +, 0 or
    # parenthesis); a dash, dot or parenthesis between digits always joins them.
    if run[0] in "+(0" or _RUN_SEPARATORS.sub("", run.replace(" ", "")) != run.replace(" ", ""):
        return _RUN_SEPARATORS.sub("", run)
    return run


def search_words(text: str | None) -> str:
    """:func:`searchable` with its spaces kept: the words a query is split into."""
    folded = normalize(text)
    if not folded:
        return ""
    if not folded.isascii():
        folded = fold_latin(folded)
        # Case folding can leave a letter decomposed (ῢ folds to υ, dialytika, varia), which fold_latin
        # recomposes only in Latin text: composed always, so the search form of a search form is itself.
        if not unicodedata.is_normalized("NFC", folded):
            folded = unicodedata.normalize("NFC", folded)
    if _SEPARATED_DIGITS.search(folded):
        folded = _DIGIT_RUN.sub(_join_run, folded)
    return folded


def searchable(text: str | None) -> str:
    """The search form of ``text``: what the index holds and what a whole query is compared with."""
    words = search_words(text)
    return words if words.isascii() else _CJK_SPACE.sub("", words)


def compact(text: str | None) -> str:
    """``normalize`` without any spaces, for keys such as readings and company names."""
    if not text:  # None or "": most of the name forms an import asks for (no reading, no Latin name)
        return ""
    if isinstance(text, str) and text.isascii():  # NFC changes no ASCII text (name keys, sort keys)
        return "".join(text.lower().split())
    return _recompose(normalize(text).replace(" ", ""))


def sort_key(*candidates: str | None) -> str:
    """The order a Japanese phone's contacts list uses: names with a reading first, in gojūon order
    (:func:`gojuon_key`), then Latin A–Z, then other scripts (Hangul, Thai, kanji without a reading …). The key
    is the first candidate that has text, after a one-character rank of its script (:func:`script_rank`), so
    plain code-point order on both databases gives that order."""
    for candidate in candidates:
        key = compact(candidate)
        if key:
            rank = script_rank(key)
            if rank == "1":
                key = gojuon_key(key)
            elif rank == "2" and not key.isascii():  # Émile beside Emma, not after Zoe (ASCII has no marks)
                key = "".join(c for c in unicodedata.normalize("NFD", key) if not unicodedata.combining(c))
            return (rank + key)[:200]
    return ""


def _plain_kana() -> tuple[dict[str, str], dict[str, str]]:
    """Each hiragana without its voicing mark and at full size (が → か, ぱ → は, ゔ → う, ぁ → あ, っ → つ), and the
    vowel each plain one ends in (か → あ, し → い, ゆ → う; ん has none), from the characters' own decomposition
    and names."""
    plain, vowels = {}, {}
    for code in range(0x3041, 0x3097):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        name = unicodedata.name(base, "")
        if " SMALL " in name:
            base = unicodedata.lookup(name.replace(" SMALL ", " "))
        plain[char] = base
        last = unicodedata.name(base, "")[-1:]
        if last in "AIUEO":
            vowels[base] = "あいうえお"["AIUEO".index(last)]
    return plain, vowels


_PLAIN_KANA, _VOWEL_OF = _plain_kana()
_LONG_VOWEL = "ー"


def gojuon_key(kana: str) -> str:
    """A reading (hiragana, as :func:`compact` leaves it) keyed as a Japanese dictionary or phone orders it
    (JIS X 4061): first by its kana without voicing marks, at full size, and with the long-vowel mark read as the
    vowel it lengthens (ガーデン as かあてん, ジョージ as しよおし), then, where those agree, by the kana as written
    (カ before ガ, ァ before ア). Code-point order alone put every name with ー after all others of its first kana
    (アーラティ after アルジュン) and ガウン after カエデ. The two parts are joined by a space, which sorts before any
    kana and which a compacted reading never holds."""
    primary = []
    for char in kana:
        if char == _LONG_VOWEL and primary:
            char = _VOWEL_OF.get(primary[-1], char)
        else:
            char = _PLAIN_KANA.get(char, char)
        primary.append(char)
    return f"{''.join(primary)} {kana}"


def script_rank(key: str) -> str:
    """"1" kana (folded to hiragana), "2" Latin letters and digits, "3" anything else."""
    first = key[:1]
    if "\u3041" <= first <= "\u309f":
        return "1"
    if first.isascii() or unicodedata.name(first, "").startswith("LATIN"):
        return "2"
    return "3"


# Japanese legal forms as an English name writes them (Snow Labs K.K., Amazon Japan G.K., Kabushiki Kaisha Toshiba);
# added by migration 0012, which made the stored keys again.
ROMAJI_LEGAL_FORMS = ("k.k.", "kk", "kabushiki kaisha", "kabushiki gaisha", "g.k.", "gk", "godo kaisha",
                      "godo gaisha", "y.k.", "yugen kaisha", "yugen gaisha")
_LEGAL_FORMS = [
    "株式会社", "(株)", "（株）", "㈱", "有限会社", "(有)", "㈲", "合同会社", "合資会社", "合名会社",
    "一般社団法人", "公益社団法人", "一般財団法人", "公益財団法人", "特定非営利活動法人", "npo法人",
    "co., ltd.", "co.,ltd.", "co. ltd.", "co ltd", "company limited", "pte. ltd.", "pte ltd",
    "sdn. bhd.", "sdn bhd", "pvt. ltd.", "pvt ltd", "private limited", "limited", "ltd.", "ltd",
    "inc.", "inc", "incorporated", "corporation", "corp.", "corp", "llc", "l.l.c.", "gmbh", "ag",
    "s.a.", "sa", "s.a.s.", "sas", "s.r.l.", "srl", "b.v.", "bv", "n.v.", "plc", "pty ltd",
    "pty. ltd.", "jsc", "tbk", "pt", "public company limited", "co.",
    *ROMAJI_LEGAL_FORMS,
]
# Latin legal forms stand at the end of a name, except these (PT Indofood, Kabushiki Kaisha Toshiba): "Ag Foods" or
# "Limited Edition Ltd" must keep their first word.
_LEADING_LATIN_FORMS = {"pt", "kabushiki kaisha", "kabushiki gaisha"}
_PUNCT_RE = re.compile(r"[\s,.・、。()（）\-_/]+")


def _form_patterns(forms: list[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The legal forms that may start a name and those that may end it, longest first, as one regex each (about 10x
    faster than trying every form in turn; it runs for every organization saved or loaded)."""
    normalized = sorted({normalize(f) for f in forms}, key=len, reverse=True)
    leading = re.compile("^(?:" + "|".join(
        [re.escape(f) for f in normalized if not f.isascii()]
        + [re.escape(f) + "(?= )" for f in normalized if f in _LEADING_LATIN_FORMS]) + ")")
    trailing = re.compile("(?:" + "|".join(
        [re.escape(f) for f in normalized if not f.isascii()]
        + ["(?<=[ ,])" + re.escape(f) for f in normalized if f.isascii()]) + ")$")
    return leading, trailing


_LEADING_FORM, _TRAILING_FORM = _form_patterns(_LEGAL_FORMS)


@functools.lru_cache(maxsize=65536)  # the same company names come back row after row in an import
def company_key(name: str | None) -> str:
    """A company name with its legal form stripped, for duplicate candidates.

    ``株式会社サッポロ食品`` and ``サッポロ食品(株)`` give the same key, as do
    ``Lim Trading Pte. Ltd.`` and ``LIM TRADING``, and ``Snow Labs K.K.`` and ``Snow Labs``.
    """
    return _stripped_key(name, _LEADING_FORM, _TRAILING_FORM)


def company_key_without(forms: tuple[str, ...]) -> Callable[[str | None], str]:
    """:func:`company_key` as it was before ``forms`` were legal forms: what a migration that added them gives back on
    downgrade."""
    leading, trailing = _form_patterns([f for f in _LEGAL_FORMS if f not in forms])
    return functools.partial(_stripped_key, leading=leading, trailing=trailing)


def _stripped_key(name: str | None, leading: re.Pattern[str], trailing: re.Pattern[str]) -> str:
    text = normalize(name)
    while text:
        stripped = trailing.sub("", leading.sub("", text)).strip(" ,.")
        if stripped == text:
            break
        text = stripped
    return _recompose(_PUNCT_RE.sub("", text))


def _recompose(text: str) -> str:
    """Removing a space can join a letter to a combining mark (NFKC turns "¨" into " ̈"): compose again."""
    return unicodedata.normalize("NFC", text)
