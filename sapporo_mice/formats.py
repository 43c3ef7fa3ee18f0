"""One format per language for what users read: dates, times, numbers, yen, months and fiscal years.

The UI (``ui.values``), the CLI's human output and the PDF packs all format through here, so a date is
``2026/12/01`` in Japanese and ``1 Dec 2026`` in English everywhere (never a US short date such as
``12/1/26``), and yen is ``¥310,500,000`` in both, except a large sum given for reading at a glance (a card,
a summary line: :func:`money_sum`), which reads ``3億1,050万円`` / ``¥311 million``. Machine outputs (``--json``,
CSV, XLSX cells) keep ISO dates and plain numbers and do not come here.

Stored times are UTC; they are shown in the computer's local time unless a time zone is given (a
fair's schedule is shown in the fair's own zone). Babel (CLDR) supplies the month names and digits;
it is imported on first use.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from decimal import Decimal
from typing import Any

LANGS = ("ja", "en")

# The patterns (CLDR syntax). Japanese: the numeric forms offices write; English: day month year, 24-hour.
_DATE = {"ja": "yyyy/MM/dd", "en": "d MMM yyyy"}
_DATE_WEEKDAY = {"ja": "yyyy/MM/dd (E)", "en": "EEE d MMM yyyy"}
_DATETIME = {"ja": "yyyy/MM/dd HH:mm", "en": "d MMM yyyy, HH:mm"}
_TIME = {"ja": "HH:mm", "en": "HH:mm"}
_MONTH = {"ja": "yyyy年M月", "en": "MMM yyyy"}
_LOCALE = {"ja": "ja_JP", "en": "en_GB"}


def _lang(lang: str | None) -> str:
    return lang if lang in LANGS else "en"


@functools.lru_cache(maxsize=4)
def _locale(lang: str) -> Any:
    from babel import Locale

    return Locale.parse(_LOCALE[_lang(lang)])


def _local(moment: dt.datetime, tz: dt.tzinfo | None) -> dt.datetime:
    """``moment`` (naive = UTC, as stored) in ``tz``, or in the computer's local time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(tz) if tz is not None else moment.astimezone()


def date(value: dt.date | dt.datetime | None, lang: str, *, weekday: bool = False) -> str:
    """``2026/12/01`` / ``1 Dec 2026`` ("" for None); ``weekday`` adds the day: ``2026/12/01 (火)``."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = _local(value, None).date()
    from babel.dates import format_date

    return format_date(value, (_DATE_WEEKDAY if weekday else _DATE)[_lang(lang)], locale=_locale(lang))


def datetime(value: dt.datetime | None, lang: str, tz: dt.tzinfo | None = None) -> str:
    """``2026/12/01 20:45`` / ``1 Dec 2026, 20:45`` in ``tz`` or the computer's local time."""
    if value is None:
        return ""
    from babel.dates import format_datetime

    return format_datetime(_local(value, tz), _DATETIME[_lang(lang)], locale=_locale(lang))


def time(value: dt.time | dt.datetime | None, lang: str, tz: dt.tzinfo | None = None) -> str:
    """``20:45`` in both languages (a datetime is shown in ``tz`` or local time)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = _local(value, tz).time()
    return value.strftime("%H:%M")


def month(value: dt.date | None, lang: str) -> str:
    """``2026年12月`` / ``Dec 2026``."""
    if value is None:
        return ""
    from babel.dates import format_date

    return format_date(value, _MONTH[_lang(lang)], locale=_locale(lang))


def month_names(lang: str) -> dict[int, str]:
    """The months by number, as ``lang`` names one on its own: 3月 / March (a graduation month, a preferred one)."""
    from babel.dates import get_month_names

    return dict(get_month_names("wide", locale=_locale(lang)))


def number(value: int | float | Decimal | None, lang: str, *, digits: int | None = None) -> str:
    """``1,234,567`` (``digits`` fixes the decimals; otherwise as many as the value has, at most 3)."""
    if value is None:
        return ""
    from babel.numbers import format_decimal

    pattern = None if digits is None else "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, format=pattern, locale=_locale(lang))


def file_size(count: int, lang: str) -> str:
    """A file's size as Explorer and Finder write it, by 1,024s: ``11.8 MB``, ``512 KB``, ``1.2 GB``, ``300 bytes``
    (``300 バイト``), in the language's digits."""
    if count < 1024:
        return f"{number(count, lang)} {'バイト' if _lang(lang) == 'ja' else 'bytes'}"
    for unit in ("KB", "MB", "GB", "TB"):
        count /= 1024
        if count < 1024 or unit == "TB":
            return f"{number(count, lang, digits=0 if unit == 'KB' or count >= 100 else 1)} {unit}"
    raise AssertionError("unreachable")


def money(yen: int | float | Decimal | None, lang: str) -> str:
    """``¥310,500,000`` in both languages (yen has no decimals)."""
    if yen is None:
        return ""
    amount = int(round(yen))
    sign = "-" if amount < 0 else ""
    return f"{sign}¥{abs(amount):,}"


_MAN, _OKU, _CHO = 10_000, 100_000_000, 1_000_000_000_000
_ENGLISH_SCALES = ((1_000_000_000_000, "trillion"), (1_000_000_000, "billion"), (1_000_000, "million"))


def money_sum(yen: int | float | Decimal | None, lang: str) -> str:
    """A large sum for reading at a glance, as a summary or a card gives it: ``7億3,538万円`` / ``¥735 million``
    (with a no-break space).

    Japanese counts in 万, 億 and 兆, rounded to the 万 from a million yen up (an office writes 12億1,317万円, not
    ¥1,213,168,710); English gives three significant figures in millions, billions or trillions. Sums below
    those are exact (``999,995円``, ``¥950,000``), and so is a whole number of 万 (``95万円``). Tables, editors
    and the impact calculator keep :func:`money`'s exact yen."""
    if yen is None:
        return ""
    amount = int(round(yen))
    sign, amount = ("-" if amount < 0 else ""), abs(amount)
    if _lang(lang) == "ja":
        if amount < 1_000_000 and (amount % _MAN or not amount):
            return f"{sign}{amount:,}円"
        man = (amount + _MAN // 2) // _MAN
        parts = ((man // (_CHO // _MAN), "兆"), (man // (_OKU // _MAN) % _MAN, "億"), (man % _MAN, "万"))
        return sign + "".join(f"{count:,}{unit}" for count, unit in parts if count) + "円"
    for scale, word in _ENGLISH_SCALES:
        if amount >= scale * 0.9995:  # what rounds to 1.00 of this scale is named by it (¥1 billion, not ¥1,000 million)
            figure = float(f"{amount / scale:.3g}")
            text = f"{figure:,.{max(0, 3 - len(str(int(figure))))}f}"
            # a no-break space: a narrow card wraps before "¥400 million", not inside it
            return f"{sign}¥{text.rstrip('0').rstrip('.') if '.' in text else text}\u00a0{word}"
    return f"{sign}¥{amount:,}"


def percent(ratio: float | None, lang: str, *, digits: int = 0) -> str:
    """``0.253`` → ``25%`` (``digits`` decimals)."""
    if ratio is None:
        return ""
    return f"{ratio * 100:,.{digits}f}%"


def fiscal_year(year: int | None, lang: str) -> str:
    """``2026年度`` / ``FY2026`` (April 2026 to March 2027; see :mod:`sapporo_mice.fiscal`)."""
    if year is None:
        return ""
    return f"{year}年度" if _lang(lang) == "ja" else f"FY{year}"


def duration_days(days: int | None, lang: str) -> str:
    """``3日`` / ``3 days``."""
    if days is None:
        return ""
    if _lang(lang) == "ja":
        return f"{days:,}日"
    return f"{days:,} day" if abs(days) == 1 else f"{days:,} days"


def timezone_names(lang: str) -> dict[str, str]:
    """Every IANA zone of a place (``Asia/Shanghai``) with its name in ``lang`` from CLDR: 中国（上海）時間 /
    China (Shanghai) Time, sorted by name."""
    return dict(_timezone_names(_lang(lang)))


@functools.lru_cache(maxsize=4)
def _timezone_names(lang: str) -> tuple[tuple[str, str], ...]:
    import zoneinfo

    from babel.dates import get_timezone_location

    zones = (z for z in zoneinfo.available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/")))
    names = {zone: get_timezone_location(zone, locale=_locale(lang)) for zone in zones}
    return tuple(sorted(names.items(), key=lambda item: (item[1].casefold(), item[0])))


@functools.lru_cache(maxsize=4)
def _timezone_name_of(lang: str) -> dict[str, str]:
    return dict(_timezone_names(lang))


def timezone_name(zone: str | None, lang: str) -> str:
    """``Europe/Berlin`` → ``ドイツ（ベルリン）時間`` / ``Germany (Berlin) Time``, as the editors' zone picker names it;
    a zone CLDR does not name a place for (``UTC``) stays as it is, None is ""."""
    return _timezone_name_of(_lang(lang)).get(zone, zone) if zone else ""


def language_names(lang: str) -> dict[str, str]:
    """Every two-letter (ISO 639-1) language code CLDR names, with its name in ``lang``, sorted by name."""
    return dict(_language_names(_lang(lang)))


@functools.lru_cache(maxsize=4)
def _language_names(lang: str) -> tuple[tuple[str, str], ...]:
    names = {code: name for code, name in _locale(lang).languages.items() if len(code) == 2 and code.isalpha()}
    return tuple(sorted(names.items(), key=lambda item: item[1].casefold()))


@functools.lru_cache(maxsize=4)
def _language_name_of(lang: str) -> dict[str, str]:
    return dict(_language_names(lang))


def language_name(code: str | None, lang: str) -> str:
    """``de`` → ``ドイツ語`` / ``German``; a code CLDR does not know stays as it is, None is ""."""
    return _language_name_of(_lang(lang)).get(code, code) if code else ""


def languages(codes: str | list[str] | None, lang: str) -> str:
    """``"de,en"`` → ``ドイツ語、英語`` / ``German, English`` (a code CLDR does not know stays as it is)."""
    items = codes.split(",") if isinstance(codes, str) else (codes or [])
    return listed((language_name(c, lang) for c in items if c), lang)


def no_value(lang: str) -> str:
    """What a table cell or a line shows where there is no value: ``－`` in Japanese, as Japanese tables mark
    "none" (the KPI screens' mark), ``—`` in English. One mark everywhere: the app, the CLI and the packs
    each wrote "—", "–" or "-" their own way."""
    return "－" if _lang(lang) == "ja" else "—"


def listed(items: Any, lang: str) -> str:
    """Items one after another as ``lang`` lists them: ``香港、シンガポール`` / ``Hong Kong, Singapore``."""
    return ("、" if _lang(lang) == "ja" else ", ").join(items)


def fiscal_year_counts(counts: dict[int, int], lang: str) -> str:
    """How many there were in each fiscal year, the latest first: ``2026年度 3、2025年度 1`` / ``FY2026 3, FY2025 1``."""
    return listed((f"{fiscal_year(year, lang)} {n}" for year, n in sorted(counts.items(), reverse=True)), lang)


def name(name: str | None, name_en: str | None, lang: str, name_ja: str | None = None) -> str:
    """A place's or body's name for a reader of ``lang``: in English its English name where one is kept
    (``ミュンヘン`` → ``Munich``), in Japanese its Japanese name where one is given (``name_ja``: the packs and
    the CLI name a fair アヌーガ 2026, a company by its 日本語名), else the name as staff write it; None is ""."""
    own = name_en if _lang(lang) == "en" else name_ja
    return (own or name) or ""


def aside(text: str, note: str | None) -> str:
    """``text`` with ``note`` beside it in parentheses (:func:`aside_suffix`); either alone when the other is
    blank: a lead's title, 張家豪（台北百貨股份有限公司） / Olivia Nguyen (Pacific Rim Imports). After a text that
    ends in parentheses of its own, square brackets, not a second pair: 見積書の送付（陳大文）［佐藤 花子］."""
    if not text:
        return note or ""
    suffix = aside_suffix(note)
    if text.endswith((")", "）")) and suffix:
        suffix = f"［{note}］" if suffix.startswith("（") else f" [{note}]"
    return text + suffix


def aside_suffix(note: str | None) -> str:
    """``note`` in parentheses, as its script writes them: full-width round Japanese and other CJK text
    (``（台北百貨股份有限公司）``), after a space round the rest (`` (Pacific Rim Imports)``).

    Not a dash: a dash beside CJK text is drawn from the CJK face, where it reads as the kanji 一
    (張家豪 一 台北百貨股份有限公司)."""
    from sapporo_mice.text import has_cjk

    if not note:
        return ""
    return f"（{note}）" if has_cjk(note) else f" ({note})"


def sentences(parts: Any, lang: str) -> str:
    """Sentences (or a sentence and a note) as one text, joined as ``lang`` joins them: English with a space,
    Japanese straight after its 。 (「保存しました。電話番号を確認してください。」); empty parts left out."""
    return ("" if _lang(lang) == "ja" else " ").join(p for p in parts if p)


# --------------------------------------------------------------------------- filling in a message
# The letters of Japanese words: kana (the long-vowel mark, not the middle dot ・ that separates), kanji, 々 〆 〇 and
# full-width letters and digits. Punctuation is left out: a space beside ／ or ・ is a separator's, set on both sides.
_JAPANESE = re.compile("[\u3005-\u3007\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff"
                       "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff66-\uff9f]")
_LEADING_TAGS = re.compile(r"^(?:\s*<[^<>]*>)+")  # a value in rich text (<b>佐藤 花子</b>): its words are inside
_TRAILING_TAGS = re.compile(r"(?:<[^<>]*>\s*)+$")
_POSITIONAL = re.compile(r"%([1-9])")


def fill(template: str, *values: Any) -> str:
    """A Qt-style message (``%1``, ``%2`` …) with ``values`` put in, each once (a value that holds ``%2`` stays as
    it is), and the spaces round them as :func:`joined` sets them. A place with no value given stays ``%N``."""
    pieces = _POSITIONAL.split(template)
    parts: list[tuple[str, bool]] = []
    for index, piece in enumerate(pieces):
        if index % 2 == 0:
            parts.append((piece, False))
        elif int(piece) <= len(values):
            parts.append((str(values[int(piece) - 1]), True))
        else:
            parts.append((f"%{piece}", False))
    return joined(parts)


def joined(parts: list[tuple[str, bool]]) -> str:
    """A message's pieces as one text: ``(text, is_value)`` pairs, the template's own text and the values put in it.

    Japanese sets a space between its words and Latin letters or digits (「2 件」, 「Wei Tan さん」), never between
    two Japanese words. So the template's space beside a value stays when either side of it is not Japanese, and goes
    when both are: 「%1 で最近の動きなし」 reads 「香港で最近の動きなし」, 「%1 さんが変更」 reads 「佐藤 花子さんが変更」
    and 「%1 件」 still reads 「12 件」. A space between two values (a name's parts) is theirs and always stays, and so
    does one beside punctuation (「実績 %1 ／ 目標 %2」) or beside a path or an address, whose end it shows
    (「C:\\書類\\バックアップ に保存しました」)."""
    out = []
    last = len(parts) - 1
    for index, (text, is_value) in enumerate(parts):
        if not is_value and len(text) > 1:
            if text[0] == " " and index > 0 and parts[index - 1][1] and _japanese_at(text, 1) \
                    and _word(parts[index - 1][0], -1):
                text = text[1:]
            if len(text) > 1 and text[-1] == " " and index < last and parts[index + 1][1] and _japanese_at(text, -2) \
                    and _word(parts[index + 1][0], 0):
                text = text[:-1]
        out.append(text)
    return "".join(out)


def _japanese_at(text: str, index: int) -> bool:
    return bool(text) and -len(text) <= index < len(text) and _JAPANESE.match(text[index]) is not None


def _word(value: str, index: int) -> bool:
    """Whether the value's text at ``index`` (0: its start, -1: its end; rich text's tags aside) is a Japanese
    word's letter, and the value no path or address, whose end a space shows."""
    text = _TRAILING_TAGS.sub("", _LEADING_TAGS.sub("", value))
    return "/" not in text and "\\" not in text and _japanese_at(text, index)
