"""What a company sells and what a buyer wants, as product categories both can be compared on.

Companies describe their products in Japanese (「チーズ、バター」), buyers their interests in whatever
language the booth card was written in ("Hokkaido dairy for hotel buffets"). Both are reduced to the same
categories through one small bilingual lexicon: two texts overlap when they share a category (dairy),
and are in the same sector when their categories share one (food). Words are matched on the search form
of the text (:func:`sapporo_mice.text.normalize`: width, case and kana folded); Latin words match whole
words only, so "ai" does not match "Thailand".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from sapporo_mice.text import normalize

FOOD, TOURISM, DIGITAL, MANUFACTURING, BEAUTY = "food", "tourism", "digital", "manufacturing", "beauty"


@dataclass(frozen=True)
class Category:
    code: str
    sector: str
    en: str
    ja: str
    words: tuple[str, ...]

    def label(self, lang: str) -> str:
        return self.ja if lang == "ja" else self.en


CATEGORIES: tuple[Category, ...] = (
    Category("seafood", FOOD, "seafood", "水産物", (
        "ほたて", "帆立", "いくら", "鮭", "さけ", "サーモン", "昆布", "こんぶ", "かに", "蟹", "うに", "雲丹", "水産", "海産",
        "seafood", "scallop", "salmon", "crab", "kelp", "sea urchin", "roe", "fish")),
    Category("dairy", FOOD, "dairy", "乳製品", (
        "チーズ", "バター", "ヨーグルト", "牛乳", "乳製品", "乳業", "ミルク",
        "dairy", "cheese", "butter", "yogurt", "yoghurt", "milk")),
    Category("confectionery", FOOD, "confectionery", "菓子", (
        "菓子", "製菓", "チョコレート", "バウムクーヘン", "ゼリー", "スイーツ", "クッキー", "キャンディ",
        "confectionery", "chocolate", "sweets", "snack", "biscuit", "cookie", "candy")),
    Category("drinks", FOOD, "alcoholic drinks", "酒類", (
        "日本酒", "地ビール", "ビール", "ワイン", "焼酎", "ウイスキー", "醸造", "酒類",
        "sake", "beer", "wine", "whisky", "whiskey", "spirits", "brewery")),
    Category("produce", FOOD, "fresh produce", "青果", (
        "メロン", "じゃがいも", "玉ねぎ", "アスパラ", "野菜", "果物", "青果", "生鮮",
        "produce", "vegetable", "fruit", "melon", "potato", "onion", "asparagus")),
    Category("prepared", FOOD, "prepared foods", "加工食品", (
        "スープカレー", "カレー", "ラーメン", "麺", "レトルト", "たれ", "調味料", "冷凍食品", "加工食品",
        "curry", "ramen", "noodle", "sauce", "retort", "seasoning", "ready meal", "private-label", "instant")),
    Category("meat", FOOD, "meat", "食肉", (
        "ジンギスカン", "牛肉", "豚肉", "ラム", "和牛", "食肉", "beef", "pork", "lamb", "wagyu", "meat")),
    Category("ingredients", FOOD, "food ingredients", "食品素材", (
        "機能性食品", "食品素材", "原料", "ingredient", "supplement", "nutraceutical")),
    Category("food", FOOD, "food", "食品", ("食品", "食料品", "food", "foods", "grocery", "f&b")),
    Category("tourism", TOURISM, "travel and MICE", "観光・MICE", (
        "ツアー", "観光", "旅行", "宿泊", "ホテル", "mice", "インバウンド",
        "tour", "tourism", "travel", "hotel", "inbound")),
    Category("digital", DIGITAL, "software and digital", "IT・デジタル", (
        "アプリ", "システム", "クラウド", "ソフトウェア", "ゲーム", "映像", "ウェブ", "チャットボット",
        "software", "app", "cloud", "iot", "ai", "game", "digital", "web")),
    Category("machinery", MANUFACTURING, "machinery and parts", "機械・部品", (
        "機械", "部品", "精密", "除雪", "machinery", "equipment", "parts", "components")),
    Category("materials", MANUFACTURING, "building materials", "建材", (
        "建材", "断熱", "寒冷地", "insulation", "building material", "construction")),
    Category("furniture", MANUFACTURING, "furniture and crafts", "家具・木工", (
        "家具", "木工", "木製", "玩具", "furniture", "wooden", "toy", "craft")),
    Category("cosmetics", BEAUTY, "cosmetics", "化粧品", (
        "化粧", "コスメ", "スキンケア", "オイル", "cosmetic", "cosmetics", "skincare", "beauty")),
)
BY_CODE = {c.code: c for c in CATEGORIES}
# A category names its sector's broad word too ("food"): it never counts as a product overlap by itself.
BROAD = frozenset({"food"})

# What buyers ask for that a certification answers (enums.Certification codes).
CERTIFICATION_WORDS: dict[str, tuple[str, ...]] = {
    "halal": ("ハラール", "ハラル", "halal"),
    "kosher": ("コーシャ", "kosher"),
    "organic": ("有機", "オーガニック", "organic"),
    "haccp": ("haccp",),
    "fssc_22000": ("fssc",),
}


def _pattern(word: str) -> re.Pattern[str]:
    form = normalize(word)
    if form.isascii():  # whole words only, a plural allowed
        return re.compile(rf"(?<![a-z0-9]){re.escape(form)}(?:s|es)?(?![a-z0-9])")
    return re.compile(re.escape(form))


@functools.cache
def _patterns() -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    return tuple((c.code, tuple(_pattern(w) for w in c.words)) for c in CATEGORIES)


@functools.cache
def _certification_patterns() -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    return tuple((code, tuple(_pattern(w) for w in words)) for code, words in CERTIFICATION_WORDS.items())


def categories_in(*texts: str | None) -> frozenset[str]:
    """The category codes that ``texts`` mention."""
    form = normalize(" ".join(t for t in texts if t))
    if not form:
        return frozenset()
    return frozenset(code for code, patterns in _patterns() if any(p.search(form) for p in patterns))


def certifications_wanted(*texts: str | None) -> frozenset[str]:
    """The certifications (codes) that ``texts`` ask for: "halal-certified confectionery" → halal."""
    form = normalize(" ".join(t for t in texts if t))
    return frozenset(code for code, patterns in _certification_patterns() if any(p.search(form) for p in patterns))


def sectors(categories: frozenset[str]) -> frozenset[str]:
    return frozenset(BY_CODE[c].sector for c in categories)


def overlap(mine: frozenset[str], theirs: frozenset[str]) -> tuple[str, ...]:
    """The specific categories both mention (not the broad sector words), in the lexicon's order."""
    shared = (mine & theirs) - BROAD
    return tuple(c.code for c in CATEGORIES if c.code in shared)


def labels(codes: tuple[str, ...] | list[str], lang: str) -> list[str]:
    return [BY_CODE[c].label(lang) for c in codes if c in BY_CODE]
