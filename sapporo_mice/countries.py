"""The one country table: ISO 3166-1 alpha-2 codes and their Japanese and English names.

Source: the Unicode CLDR, through Babel (``babel.Locale(lang).territories``; the CLDR version is the one
Babel ships, ``babel.core.get_global("cldr")``). This is the only country table of the application: the
core (validation, import mapping), the CLI, the PDFs and the desktop UI all show and read country names
through this module. It replaces pycountry's Japanese catalogue, which names TW 「中国領・台湾」 and KR
「大韓民国 (韓国)」, forms a Japanese city cannot show; CLDR says 台湾, 韓国, イギリス, アメリカ合衆国.

Babel is imported lazily (the UI imports this module at start-up, and importing it costs about 2 ms): the
first :func:`names` call imports Babel and unpickles one locale (some 50–90 ms), the first :func:`code_of`
call also loads the other locale and Babel's global data (some 20–30 ms more). Everything is cached.

Which codes are countries
    CLDR's territories, limited to two upper-case letters, less the codes ISO 3166-1 itself does not
    assign to a country: the user-assigned codes (AA, QM–QZ, XA–XZ, ZZ; CLDR uses QO "Outlying Oceania",
    XA/XB pseudo-locales, XK Kosovo, ZZ "Unknown Region") and the exceptionally reserved codes (AC, CP,
    CQ, DG, EA, EU, EZ, FX, IC, SU, TA, UK, UN). That leaves the 249 assigned ISO 3166-1 codes. XK
    (Kosovo) is left out: it is a user-assigned code, not ISO's, and ISO-based partner systems and exports
    refuse it. (phonenumbers does give XK, AC and TA as the region of +383, +247 and +290 8 numbers; for
    such a phone :func:`name` shows the code.)

Names shown (:func:`names`, :func:`name`) — CLDR's standard names, with one override
    HK and MO use CLDR's own ``alt="short"`` names: 香港 / Hong Kong and マカオ / Macao, not the standard
    中華人民共和国香港特別行政区 / Hong Kong SAR China and 中華人民共和国マカオ特別行政区 / Macao SAR China,
    which are too long for a combo box, a tally chart or a PDF column, and are not how a Japanese city
    office (or the Ministry of Foreign Affairs' country lists) names them. No other name is changed; in
    particular GB is イギリス and US アメリカ合衆国 everywhere.

Reading what a file or a person writes (:func:`code_of`)
    Accepted, compared width-, case-, space- and punctuation-insensitively (NFKC, case-folded, Latin
    accents dropped, ``&`` read as "and", "St." as "Saint", a leading "The" ignored, and spaces and
    ``. , ' ’ - ・ ( ) [ ] /`` removed, so ``ＵＳＡ`` = ``usa``, ``Viet Nam`` = ``Vietnam``,
    ``Côte d'Ivoire`` = ``Cote d’Ivoire``, ``Antigua and Barbuda`` = ``Antigua & Barbuda``):

    * an ISO alpha-2 code of the table above, or an ISO alpha-3 code (from CLDR's territory aliases,
      less the withdrawn codes BUR, DDR, FXX, TMP, YMD, ZAR, which CLDR still maps);
    * any Japanese or English CLDR name, the standard HK/MO names included;
    * the aliases of ``_ALIASES`` below, each for the reason given there: CLDR's ``alt="short"`` and
      ``alt="variant"`` names (CLDR has them, Babel does not expose them), the everyday Japanese and
      English names CLDR does not give (米国, 英国, 日本国, UK, USA, Korea …), and the ISO 3166-1 English
      short names that differ from CLDR's ("Korea, Republic of", "Viet Nam", "Russian Federation" …),
      so that files exported from ISO-based systems still read.

    Anything else gives ``None``: no fuzzy matching, no guessing.

Sorting
    :func:`names` is sorted by the name's NFKC form (case-folded, Latin accents dropped, so "Åland
    Islands" sorts with A and "Türkiye" with T). For Japanese this is code-point order: katakana names
    in syllabary order first, then the names written in kanji (中国, 台湾, 日本, 韓国, 北朝鮮, 南アフリカ,
    米領…) in code-point order. A proper reading order would need the readings of those kanji names, which
    CLDR does not give; typing in the country combo filters by any part of the name anyway.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["code_of", "codes", "name", "names"]

LANGUAGES = ("ja", "en")

# ISO 3166-1 codes that are not countries: user-assigned (AA, QM–QZ, XA–XZ, ZZ) and exceptionally reserved.
_USER_ASSIGNED = re.compile(r"AA|Q[M-Z]|X[A-Z]|ZZ")
_EXCEPTIONALLY_RESERVED = frozenset({"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "FX", "IC", "SU", "TA", "UK", "UN"})

# Withdrawn alpha-3 codes that CLDR's territory aliases still map to a current country (Burma, East Germany,
# Metropolitan France, East Timor, South Yemen, Zaire): not ISO codes today, so not accepted as codes.
_WITHDRAWN_ALPHA3 = frozenset({"BUR", "DDR", "FXX", "TMP", "YMD", "ZAR"})

# Names shown instead of CLDR's standard ones: CLDR's own alt="short" forms (see the module docstring).
_SHORT_NAMES = {
    "ja": {"HK": "香港", "MO": "マカオ"},
    "en": {"HK": "Hong Kong", "MO": "Macao"},
}

# What people and files write that CLDR's standard names do not cover. Compared like every name (see _key).
_ALIASES: dict[str, str] = {
    # CLDR's alt="short" / alt="variant" names (in CLDR's ja.xml and en.xml; Babel drops them).
    "英国": "GB", "アメリカ": "US", "パレスチナ": "PS", "コンゴ民主共和国": "CD", "コンゴ共和国": "CG",
    "象牙海岸": "CI", "チェコ共和国": "CZ", "スワジランド": "SZ", "東チモール": "TL",
    "フォークランド諸島 (マルビーナス諸島)": "FK",
    "UK": "GB", "Bosnia": "BA", "Congo (DRC)": "CD", "Congo (Republic)": "CG", "Ivory Coast": "CI",
    "Cabo Verde": "CV", "Czech Republic": "CZ", "Falkland Islands (Islas Malvinas)": "FK", "Myanmar": "MM",
    "Palestine": "PS", "Swaziland": "SZ", "East Timor": "TL", "Turkey": "TR",
    # Japanese: formal names and forms in everyday and official use that CLDR does not give.
    "米国": "US", "日本国": "JP", "中華人民共和国": "CN", "大韓民国": "KR", "朝鮮民主主義人民共和国": "KP",
    "香港特別行政区": "HK", "マカオ特別行政区": "MO",
    "台灣": "TW",  # traditional form of 湾, as Taiwanese cards and forms write it
    # English: everyday forms CLDR does not give.
    "USA": "US", "U.S.": "US", "United States of America": "US", "America": "US",
    "Great Britain": "GB", "Britain": "GB",
    "Korea": "KR",  # for a Japanese city's partners "Korea" always means the Republic of Korea
    "Republic of Korea": "KR", "People's Republic of China": "CN",
    "Taiwan (R.O.C.)": "TW",  # as Taiwanese business cards write it
    "Macau": "MO", "UAE": "AE", "Saint Helena": "SH",
    # ISO 3166-1 English short names that differ from CLDR's (exports of ISO-based systems; what the
    # validation accepted when it read names through pycountry).
    "Bolivia, Plurinational State of": "BO", "Bonaire, Sint Eustatius and Saba": "BQ",
    "Brunei Darussalam": "BN", "Congo": "CG", "Congo, The Democratic Republic of the": "CD",
    "Falkland Islands (Malvinas)": "FK", "French Southern Territories": "TF",
    "Holy See (Vatican City State)": "VA", "Holy See": "VA", "Iran, Islamic Republic of": "IR",
    "Korea, Democratic People's Republic of": "KP", "Korea, Republic of": "KR",
    "Lao People's Democratic Republic": "LA", "Micronesia, Federated States of": "FM",
    "Moldova, Republic of": "MD", "Palestine, State of": "PS", "Pitcairn": "PN", "Russian Federation": "RU",
    "Saint Martin (French part)": "MF", "Sint Maarten (Dutch part)": "SX",
    "Saint Vincent and the Grenadines": "VC", "South Georgia and the South Sandwich Islands": "GS",
    "Syrian Arab Republic": "SY", "Taiwan, Province of China": "TW", "Tanzania, United Republic of": "TZ",
    "United Kingdom of Great Britain and Northern Ireland": "GB",
    "United States Minor Outlying Islands": "UM", "Venezuela, Bolivarian Republic of": "VE",
    "Viet Nam": "VN", "Virgin Islands, British": "VG", "Virgin Islands, U.S.": "VI",
}

_DROPPED = re.compile(r"[\s.,'’‘`\-‐‑–—・()\[\]/]+")
_SAINT = re.compile(r"\bst\b\.?")
_THE = re.compile(r"^the\s+")


def _fold(text: str) -> str:
    """NFKC, case-folded, Latin accents dropped (Japanese voicing marks are kept: only U+0300–U+036F go)."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    kept = "".join(c for c in decomposed if not "\u0300" <= c <= "\u036f")
    return unicodedata.normalize("NFKC", kept).casefold()


def _key(text: str) -> str:
    """The comparison form of a country name (see the module docstring)."""
    folded = _THE.sub("", _fold(text).strip()).replace("&", " and ")
    return _DROPPED.sub("", _SAINT.sub("saint", folded))


def _language(lang: str | None) -> str:
    primary = str(lang or "").replace("-", "_").split("_")[0].lower()
    return primary if primary in LANGUAGES else "en"


def _is_country(code: str) -> bool:
    return (len(code) == 2 and code.isascii() and code.isalpha() and code.isupper()
            and code not in _EXCEPTIONALLY_RESERVED and not _USER_ASSIGNED.fullmatch(code))


@functools.lru_cache(maxsize=len(LANGUAGES))
def _cldr_names(lang: str) -> dict[str, str]:
    from babel import Locale

    return {code: text for code, text in Locale.parse(lang).territories.items() if _is_country(code)}


@functools.lru_cache(maxsize=len(LANGUAGES))
def _names(lang: str) -> dict[str, str]:
    table = {code: _SHORT_NAMES[lang].get(code, text) for code, text in _cldr_names(lang).items()}
    return dict(sorted(table.items(), key=lambda item: (_fold(item[1]), item[0])))


def names(lang: str) -> dict[str, str]:
    """ISO alpha-2 code -> the country's name in ``lang`` ("ja" or "en"; anything else reads as "en").

    Sorted by name (see the module docstring). The dict is cached and shared: callers must not change it.
    """
    return _names(_language(lang))


@functools.cache
def codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 code of the table (249 of them)."""
    return frozenset(_names("en"))


def name(code: str | None, lang: str) -> str:
    """The name of ``code`` in ``lang``; "" for no code, the code itself when it is not a country code."""
    if not code:
        return ""
    return names(lang).get(code.strip().upper(), code)


class CountryName:
    """A country as a message parameter: its name in the reader's language (「日本の電話番号として」, "for
    Japan"), as :func:`name` gives it (:func:`sapporo_mice.errors.in_lang` asks ``for_lang``)."""

    __slots__ = ("code",)

    def __init__(self, code: str | None) -> None:
        self.code = code

    def for_lang(self, lang: str) -> str:
        return name(self.code, lang)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CountryName) and other.code == self.code

    def __hash__(self) -> int:
        return hash(self.code)

    def __repr__(self) -> str:
        return f"CountryName({self.code!r})"

    def __str__(self) -> str:
        return self.for_lang("en")


@functools.cache
def _alpha3() -> dict[str, str]:
    from babel.core import get_global

    countries = codes()
    return {alias: targets[0] for alias, targets in get_global("territory_aliases").items()
            if len(alias) == 3 and alias.isalpha() and alias not in _WITHDRAWN_ALPHA3
            and len(targets) == 1 and targets[0] in countries}


@functools.cache
def _by_key() -> dict[str, str]:
    """Comparison form -> code, for every CLDR name in both languages, the names shown and the aliases."""
    index: dict[str, str] = {}
    for lang in LANGUAGES:
        for table in (_cldr_names(lang), _names(lang)):
            for code, text in table.items():
                index.setdefault(_key(text), code)
    for text, code in _ALIASES.items():
        index.setdefault(_key(text), code)
    return index


def code_of(text: str | None) -> str | None:
    """The ISO alpha-2 code for a country as written: a code, a ja/en name or an alias; ``None`` if none."""
    if not isinstance(text, str):
        return None
    return _code_of(text)


@functools.lru_cache(maxsize=4096)  # an import asks about the same few countries on every row
def _code_of(text: str) -> str | None:
    compact = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).upper()
    if not compact:
        return None
    if len(compact) == 2 and compact in codes():
        return compact
    if len(compact) == 3 and compact in _alpha3():
        return _alpha3()[compact]
    return _by_key().get(_key(text))
