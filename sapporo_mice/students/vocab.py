"""The talent area's closed vocabularies, stored as codes and shown by label in Japanese and English.

Residence statuses (在留資格), industries, job types, work locations, consent purposes and languages
are codes in the database, so matching compares codes, not spellings; every door (forms, lists, the
CLI, the JSON export, the PDF sheets) shows them through :meth:`Vocabulary.label`. A cleaner accepts a
code, or its Japanese or English label, in any width or case, so a form, an import file and the CLI
all say the same thing. List fields are stored as ``,a,b,`` (as tags are), so SQL can find one item.

Languages are ISO 639-1 codes named by CLDR (Babel), as countries are.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sapporo_mice import formats
from sapporo_mice.validation import FieldInvalid

# Items of a list are separated by commas (any width), 、, semicolons or new lines; 「・」 and 「/」 stay inside
# an item (「食品・飲料」, "Engineer / Specialist …").
_SEPARATORS = re.compile(r"[,、，;；\n]")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().casefold()


@dataclass(frozen=True)
class Vocabulary:
    """Codes with their (English, Japanese) labels, in the order forms offer them."""

    name: str
    entries: tuple[tuple[str, str, str], ...]  # (code, English, Japanese)
    aliases: tuple[tuple[str, str], ...] = ()  # (another name people use, code)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, _, _ in self.entries)

    def label(self, code: str | None, lang: str = "en") -> str:
        """The code's label in ``lang``; an unknown code (older free text) is shown as it is."""
        if not code:
            return ""
        entry = self._by_code().get(code)
        if entry is None:
            return code
        return entry[2] if lang == "ja" else entry[1]

    def labels(self, stored: str | Iterable[str] | None, lang: str = "en", sep: str | None = None) -> str:
        """A stored list (``,a,b,``) as its labels joined for reading (「、」 in Japanese)."""
        items = split(stored) if isinstance(stored, (str, type(None))) else list(stored)
        return (sep or ("、" if lang == "ja" else ", ")).join(self.label(code, lang) for code in items)

    def code_of(self, text: Any) -> str | None:
        """The code that ``text`` names (a code or a label in either language), or None."""
        return self._lookup().get(_fold(str(text)))

    def named(self, text: Any) -> str | None:
        """The code ``text`` is, or whose own label (either language, any width or case) it is, or None: the
        strict reading a suggested value takes (:func:`sapporo_mice.services.fields.suggested`), where other
        words, an alias among them (食品製造 for 食品・飲料), are the user's own and kept as typed."""
        if text in self.codes:  # a code as exported; typed words are matched against the labels alone ("IT" stays)
            return str(text)
        folded = _fold(str(text))
        return next((code for code, en, ja in self.entries if folded in (_fold(en), _fold(ja))), None)

    @functools.cache  # noqa: B019 - the vocabularies are module constants
    def _by_code(self) -> dict[str, tuple[str, str, str]]:
        return {entry[0]: entry for entry in self.entries}

    @functools.cache  # noqa: B019
    def _lookup(self) -> dict[str, str]:
        table = {}
        for code, en, ja in self.entries:
            for key in (code, en, ja):
                table.setdefault(_fold(key), code)
        for alias, code in self.aliases:
            table.setdefault(_fold(alias), code)
        return table

    # ------------------------------------------------------------------ cleaning
    def clean_one(self, value: Any) -> str | None:
        """One code from a code or a label; blank → None; anything else is a field problem."""
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        code = self.code_of(value)
        if code is None:
            raise FieldInvalid("students.choice_invalid", allowed=Choices(self))
        return code

    def clean_many(self, value: Any) -> str:
        """A list of codes stored as ``,a,b,`` (in the vocabulary's order); blank → ""."""
        items = _items(value)
        codes = []
        for item in items:
            code = self.code_of(item)
            if code is None:
                raise FieldInvalid("students.choice_invalid", allowed=Choices(self), item=item[:100])
            codes.append(code)
        ordered = [c for c in self.codes if c in codes] + sorted(c for c in set(codes) if c not in self.codes)
        return f",{','.join(ordered)}," if ordered else ""

    def allowed(self) -> str:
        return ", ".join(self.codes)


class Choices:
    """A vocabulary's labels as a message parameter, listed in the message's language
    (:meth:`FieldProblem.message` asks :meth:`for_lang`), so an error never shows codes."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary

    def for_lang(self, lang: str) -> str:
        return formats.listed((self.vocabulary.label(c, lang) for c in self.vocabulary.codes), lang)

    def __str__(self) -> str:
        return self.for_lang("en")


def _items(value: Any) -> list[str]:
    if value is None:
        return []
    raw = value if isinstance(value, (list, tuple, set, frozenset)) else _SEPARATORS.split(str(value))
    return [str(item).strip() for item in raw if str(item).strip()]


def split(stored: str | None) -> list[str]:
    """The items of a stored list (``,a,b,``; older plain ``a, b`` text reads the same)."""
    return _items(stored)


def clean_free_list(value: Any, *, max_length: int = 5000) -> str:
    """Free items (skills) stored as ``,a,b,``: NFKC, trimmed, each once, in the order given."""
    items = []
    for item in _items(value):
        text = unicodedata.normalize("NFKC", item).strip()
        if text and _fold(text) not in {_fold(i) for i in items}:
            items.append(text)
    stored = f",{','.join(items)}," if items else ""
    if len(stored) > max_length:
        raise FieldInvalid("field.too_long", max=max_length)
    return stored


@functools.lru_cache(maxsize=65536)
def skill_key(skill: str) -> str:
    """How two skills are compared: NFKC, case-folded, without spaces (「Web デザイン」 = "webデザイン")."""
    return re.sub(r"\s+", "", _fold(skill))


# --------------------------------------------------------------------------------------- the lists
RESIDENCE_STATUSES = Vocabulary("residence_status", (
    ("student", "Student", "留学"),
    ("designated_activities", "Designated activities (job hunting)", "特定活動（就職活動など）"),
    ("engineer_humanities", "Engineer / Specialist in Humanities / International Services",
     "技術・人文知識・国際業務"),
    ("highly_skilled", "Highly skilled professional", "高度専門職"),
    ("specified_skilled", "Specified skilled worker", "特定技能"),
    ("dependent", "Dependent", "家族滞在"),
    ("permanent_resident", "Permanent resident", "永住者"),
    ("spouse", "Spouse or child of a Japanese national or permanent resident", "日本人の配偶者等・永住者の配偶者等"),
    ("long_term_resident", "Long-term resident", "定住者"),
    ("other", "Other (check the card)", "その他（在留カードで確認）"),
), aliases=(("留学生", "student"), ("技人国", "engineer_humanities"), ("特定活動", "designated_activities"),
            ("永住", "permanent_resident")))

INDUSTRIES = Vocabulary("industry", (
    ("food", "Food and drink", "食品・飲料"),
    ("agriculture", "Agriculture and fisheries", "農林水産"),
    ("manufacturing", "Manufacturing", "製造"),
    ("it", "IT and telecoms", "IT・情報通信"),
    ("tourism", "Tourism and hospitality", "観光・宿泊"),
    ("trade", "Trading and wholesale", "商社・卸売"),
    ("retail", "Retail and e-commerce", "小売・EC"),
    ("logistics", "Logistics", "物流"),
    ("construction", "Construction and real estate", "建設・不動産"),
    ("finance", "Finance and insurance", "金融・保険"),
    ("healthcare", "Healthcare and welfare", "医療・福祉"),
    ("education", "Education", "教育"),
    ("research", "Research and biotech", "研究・バイオ"),
    ("public", "Public sector and associations", "公共・団体"),
), aliases=(("食品", "food"), ("IT", "it"), ("観光", "tourism"), ("製造", "manufacturing"), ("製造業", "manufacturing"),
            ("物流", "logistics"), ("商社", "trade"), ("小売", "retail"), ("農業", "agriculture"), ("水産", "agriculture"),
            ("医療", "healthcare"), ("教育", "education"), ("研究", "research"), ("金融", "finance"),
            ("建設", "construction"), ("宿泊", "tourism"), ("食品製造", "food")))

JOB_TYPES = Vocabulary("job_type", (
    ("overseas_sales", "Overseas sales", "海外営業"),
    ("trade_admin", "Trade administration", "貿易事務"),
    ("interpreting", "Interpreting and translation", "通訳・翻訳"),
    ("engineering", "Engineering", "エンジニア"),
    ("marketing", "Marketing and PR", "マーケティング・広報"),
    ("hospitality", "Hospitality and guest service", "接客・観光案内"),
    ("product_development", "Product development", "商品開発"),
    ("quality", "Quality control", "品質管理"),
    ("office", "Office work", "一般事務"),
    ("research", "Research", "研究"),
    ("design", "Design", "デザイン"),
), aliases=(("通訳", "interpreting"), ("翻訳", "interpreting"), ("営業", "overseas_sales"), ("事務", "office"),
            ("エンジニア", "engineering"), ("技術", "engineering"), ("広報", "marketing"), ("接客", "hospitality"),
            ("観光案内", "hospitality")))

LOCATIONS = Vocabulary("location", (
    ("sapporo", "Sapporo", "札幌市"),
    ("hokkaido", "Elsewhere in Hokkaido", "札幌市以外の道内"),
    ("tokyo", "Greater Tokyo", "首都圏"),
    ("kansai", "Kansai", "関西"),
    ("other_japan", "Elsewhere in Japan", "その他の国内"),
    ("remote", "Remote", "在宅・リモート"),
    ("overseas", "Abroad", "海外"),
    ("anywhere_japan", "Anywhere in Japan", "国内どこでも"),
), aliases=(("北海道", "hokkaido"), ("道内", "hokkaido"), ("Hokkaido", "hokkaido"), ("札幌", "sapporo"),
            ("東京", "tokyo"), ("Tokyo", "tokyo"), ("大阪", "kansai"), ("リモート", "remote"), ("在宅", "remote")))

# The places a wish covers: a student who names Hokkaido is glad of a job in Sapporo too.
LOCATION_COVERS = {
    "hokkaido": {"hokkaido", "sapporo"},
    "anywhere_japan": {"sapporo", "hokkaido", "tokyo", "kansai", "other_japan", "remote"},
}

# Where a free-text place is (「札幌市中央区」, "Chitose, Hokkaido"), for the engine's location criterion.
_REGIONS = (("sapporo", ("札幌", "sapporo")), ("hokkaido", ("北海道", "hokkaido", "道内", "千歳", "小樽", "旭川", "函館",
                                                            "帯広", "釧路", "苫小牧", "江別", "北広島", "石狩")),
            ("tokyo", ("東京", "tokyo", "神奈川", "横浜", "埼玉", "千葉")), ("kansai", ("大阪", "京都", "神戸", "osaka", "kyoto")),
            ("remote", ("リモート", "在宅", "remote")))


def clean_place(value: Any) -> str | None:
    """An opening's place as typed (NFKC, trimmed; 「札幌市中央区」): people's words, shown as they are; the engine
    finds its region with :func:`region_of`."""
    if value is None or not str(value).strip():
        return None
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if len(text) > 200:
        raise FieldInvalid("field.too_long", max=200)
    return text


def region_of(place: str | None) -> str | None:
    """The location code a place falls in (the code itself, or a guess from its name), or None."""
    if not place:
        return None
    code = LOCATIONS.code_of(place)
    if code:
        return code
    folded = _fold(place)
    for region, names in _REGIONS:
        if any(_fold(name) in folded for name in names):
            return region
    return "other_japan" if re.search(r"[都道府県市区町村]", place) else None


CONSENT_PURPOSES = Vocabulary("consent_purpose", (
    ("matching", "Matching with companies", "企業とのマッチング"),
    ("introduction", "Introduction to companies", "企業への紹介・推薦"),
    ("events", "Invitations to events and fairs", "イベント・説明会の案内"),
    ("statistics", "Statistics and evaluation of the city's programmes", "事業評価・統計"),
), aliases=(("マッチング", "matching"), ("企業紹介", "introduction"), ("就職支援", "matching"), ("紹介", "introduction"),
            ("イベント", "events"), ("統計", "statistics")))

# The languages forms offer first; any ISO 639-1 code is accepted (CLDR names it).
LANGUAGE_CODES = ("ja", "en", "zh", "ko", "vi", "th", "id", "ne", "mn", "ms", "tl", "hi", "my", "bn", "ru",
                  "fr", "de", "es", "pt", "ar")


def language_name(code: str | None, lang: str = "en") -> str:
    """A language's name in ``lang``, from the one CLDR catalogue the app reads (:mod:`sapporo_mice.formats`)."""
    return formats.language_name(code, lang)


@functools.cache
def _languages() -> Vocabulary:
    en, ja = formats.language_names("en"), formats.language_names("ja")  # ISO 639-1: two-letter codes only
    codes = list(LANGUAGE_CODES) + sorted(c for c in en if c not in LANGUAGE_CODES and c in ja)
    return Vocabulary("language", tuple((c, en[c], ja[c]) for c in codes))


def languages() -> Vocabulary:
    """Every ISO 639-1 language CLDR names, the common ones first."""
    return _languages()


VOCABULARIES: dict[str, Vocabulary] = {v.name: v for v in (RESIDENCE_STATUSES, INDUSTRIES, JOB_TYPES, LOCATIONS,
                                                            CONSENT_PURPOSES)}
