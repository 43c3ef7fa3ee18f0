"""Text normalisation for search, duplicates and sorting: width, kana and case folded; legal forms stripped."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sapporo_mice import text as text_module
from sapporo_mice.text import (
    gojuon_key,
    compact,
    company_key,
    fold_latin,
    has_cjk,
    hira_to_kata,
    kata_to_hira,
    normalize,
    sort_key,
)

KATAKANA = st.text(alphabet=st.characters(min_codepoint=0x30A1, max_codepoint=0x30F6), min_size=1, max_size=12)
ANY_TEXT = st.one_of(st.text(max_size=40), st.text(alphabet="ｱｲｳｻｯﾎﾟﾛﾞﾟアイウサッポロ札幌ＡＢＣabcß１２３ 　\t,.", max_size=20))


@pytest.mark.parametrize("text, expected", [
    ("サッポロ", "さっぽろ"),
    ("ｻｯﾎﾟﾛ", "さっぽろ"),
    ("さっぽろ", "さっぽろ"),
    ("ＳＡＰＰＯＲＯ", "sapporo"),
    ("Straße", "strasse"),
    ("  札幌\u3000 市  ", "札幌 市"),
    ("イスヾ", "いすゞ"),
    ("㈱", "(株)"),
    (None, ""),
])
def test_normalize_folds_width_kana_and_case(text, expected):
    assert normalize(text) == expected


def test_compact_drops_spaces_and_sort_key_takes_the_first_reading():
    assert compact("ヤマダ タロウ") == "やまだたろう"
    assert sort_key(None, "", "Yamada Taro") == "2yamadataro"
    assert sort_key("アサヒカワ", "Asahikawa") < sort_key("オタル", "Otaru") < sort_key("サッポロ", "Sapporo")


@pytest.mark.parametrize("a, b", [
    ("株式会社サッポロ食品", "サッポロ食品(株)"),
    ("ｻｯﾎﾟﾛ食品株式会社", "㈱サッポロ食品"),
    ("サッポロ食品（株）", "さっぽろ食品"),
    ("Lim Trading Pte. Ltd.", "LIM TRADING"),
    ("Sapporo Foods Co., Ltd.", "SAPPORO FOODS CO LTD"),
    ("Müller GmbH", "MÜLLER"),
    ("PT Indofood Sukses Makmur Tbk", "Indofood Sukses Makmur"),
    ("一般社団法人 北海道観光振興機構", "北海道観光振興機構"),
    ("Snow Labs K.K.", "Snow Labs"),  # Japanese legal forms in romaji (0012)
    ("Snow Labs, KK", "SNOW LABS"),
    ("Kabushiki Kaisha Toshiba", "Toshiba"),
    ("Amazon Japan G.K.", "Amazon Japan"),
    ("Ezo Trading Y.K.", "Ezo Trading"),
])
def test_company_key_ignores_the_legal_form(a, b):
    assert company_key(a) == company_key(b) != ""


@pytest.mark.parametrize("a, b", [
    ("Ag Foods", "Foods"),
    ("Limited Edition Ltd", "Edition"),
    ("KK Holdings", "Holdings"),  # a form that starts an English name is its first word
    ("札幌食品", "旭川食品"),
])
def test_company_key_keeps_words_that_only_look_like_legal_forms(a, b):
    assert company_key(a) != company_key(b)


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT)
def test_normalize_is_idempotent_and_never_raises(text):
    once = normalize(text)
    assert normalize(once) == once
    assert once == once.strip() and "  " not in once
    assert compact(text) == unicodedata.normalize("NFC", once.replace(" ", ""))
    assert " " not in compact(text) and compact(compact(text)) == compact(text)


@settings(max_examples=100, deadline=None)
@given(KATAKANA)
def test_katakana_and_hiragana_and_half_width_normalise_alike(word):
    hiragana = kata_to_hira(word)
    half_width = unicodedata.normalize("NFKC", word)  # NFKC is what folds half width; check full width is stable
    assert normalize(word) == normalize(hiragana) == normalize(half_width)


def test_every_katakana_folds_to_hiragana_wherever_it_stands():
    """All of ァ..ヶ and the iteration marks, in text that is otherwise plain (the fold looks for katakana first)."""
    for code in range(0x30A1, 0x30F7):
        assert kata_to_hira(f"Tan 山{chr(code)}") == f"Tan 山{chr(code - 0x60)}"
    assert kata_to_hira("いすゞ ヽヾ") == "いすゞ ゝゞ"
    assert kata_to_hira("ー・ヷ Tan 山田") == "ー・ヷ Tan 山田"  # outside the fold: left alone


@settings(max_examples=100, deadline=None)
@given(KATAKANA)
def test_hiragana_written_back_as_katakana_is_the_word_again(word):
    """The demo's readings are written in katakana from hiragana (みゅんへん → ミュンヘン)."""
    assert hira_to_kata(kata_to_hira(word)) == word
    assert hira_to_kata("みゅんへん ゔぃ Tan") == "ミュンヘン ヴィ Tan"


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｯｬｭｮﾞﾟ", min_size=1, max_size=12))
def test_half_width_katakana_matches_its_full_width_form(word):
    full_width = unicodedata.normalize("NFKC", word)
    assert normalize(word) == normalize(full_width) == kata_to_hira(full_width)


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT)
def test_company_key_never_raises_and_is_stable(name):
    key = company_key(name)
    assert " " not in key
    assert company_key(key) == key


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="札幌食品北海道さっぽろアサヒ旭川小樽", min_size=1, max_size=10),
       st.sampled_from(["株式会社", "(株)", "（株）", "Co., Ltd.", "Pte. Ltd.", "GmbH", "Inc.", "Corporation"]),
       st.booleans())
def test_company_key_drops_a_legal_form_before_or_after_the_name(name, form, before):
    joined = f"{form} {name}" if before and not form.isascii() else f"{name} {form}"
    assert company_key(joined) == company_key(name) == compact(name)


def test_sort_keys_order_names_as_a_japanese_phone_does():
    names = [("ヤマダ", None, "山田 太郎"), (None, "Zoe Tan", "Zoe Tan"), (None, None, "김민준"),
             ("アサヒ", None, "旭 一郎"), (None, "Émile Roux", "Émile Roux"), (None, None, "王伟"),
             (None, "Emma Lee", "Emma Lee"), (None, None, "สมชาย")]
    ordered = [n[2] for n in sorted(names, key=lambda n: sort_key(*n))]
    assert ordered[:2] == ["旭 一郎", "山田 太郎"]  # readings first, in gojūon order
    assert ordered[2:5] == ["Émile Roux", "Emma Lee", "Zoe Tan"]  # then Latin A–Z, diacritics folded
    assert set(ordered[5:]) == {"김민준", "王伟", "สมชาย"}  # then the other scripts


@pytest.mark.parametrize("ordered", [
    ("アーラティ", "アディティ", "アニシュ", "アユ", "アルジュン"),  # ー read as the vowel it lengthens (ああらてぃ)
    ("ジョウ", "ジョー", "ジョージ", "ジョン"),  # ョー as よお; ジョン after every じょお…
    ("カ", "ガ", "カウ", "ガウン", "カエデ"),  # voicing only breaks a tie: ガウン (かうん) before カエデ (かえで)
    ("パーク", "パク", "ハル", "バルト", "ハンナ"),  # semi-voiced too: はあく, はく, はる, はると, はんな
    ("ヴィクトリア", "ウィリアム", "ウェイ"),  # ヴ is ウ voiced (ういくとりあ), not after ン
    ("ッツ", "ツツ", "ツバサ", "ツル"),  # a small kana as its full size, before it where the rest agrees
    ("キャシー", "キヤマ", "キャンベル"),  # ゃ as や
])
def test_readings_sort_in_gojuon_order_as_a_japanese_dictionary_does(ordered):
    assert sorted(ordered, key=sort_key) == list(ordered)
    assert sorted(ordered, key=lambda k: sort_key(k, "Latin name")) == list(ordered)  # the reading decides


@given(st.text(alphabet=st.characters(min_codepoint=0x3041, max_codepoint=0x3096) | st.just("ー"), min_size=1,
               max_size=20))
def test_a_gojuon_key_keeps_the_reading_after_its_plain_form(reading):
    plain, written = gojuon_key(reading).split(" ")
    assert written == reading and len(plain) == len(reading)
    # the plain form has no voicing mark, no small kana, and ー only where no vowel comes before it
    assert all(unicodedata.normalize("NFD", c) == c and "SMALL" not in unicodedata.name(c) for c in plain if c != "ー")
    assert all(i == 0 or plain[i - 1] in "んー" for i, c in enumerate(plain) if c == "ー")


# ------------------------------------------------------------------ fast paths against the rules they replace
# The import normalises every name and search row several times; these pin each fast path of text.py to the
# plain form it replaced, over generated text (whitespace of every kind, Latin letters with marks, kana, CJK).
WIDE_TEXT = st.one_of(
    st.text(max_size=60),
    st.text(alphabet="aZ09 \t\n\x1c\x85\u00a0\u2003\u3000,.-()+ｱｰ山田タロウÉéễøđłæœßıſǅ\u0301\u0308ヽヾ﹘", max_size=40),
)


def _old_has_cjk(text):
    return any(ord(ch) > 0x2E80 for ch in text or "")


def _old_normalize(text):
    if not text:
        return ""
    text = str(text)
    if text.isascii():
        return " ".join(text.lower().split())
    return re.sub(r"\s+", " ", kata_to_hira(unicodedata.normalize("NFKC", text).casefold())).strip()


def _old_fold_latin(text):
    t = text_module
    if not t._NEEDS_LATIN_FOLD.search(text):
        return text
    decomposed = unicodedata.normalize("NFD", text.translate(t._LATIN_LETTERS))
    return unicodedata.normalize("NFC", t._LATIN_MARKS.sub("", decomposed))


@settings(max_examples=400)
@given(WIDE_TEXT)
def test_text_fast_paths_agree_with_the_rules_they_replace(text):
    assert has_cjk(text) == _old_has_cjk(text)
    assert normalize(text) == _old_normalize(text)
    assert compact(text) == unicodedata.normalize("NFC", _old_normalize(text).replace(" ", ""))
    folded = _old_normalize(text)
    assert fold_latin(folded) == _old_fold_latin(folded)
    assert fold_latin(text) == _old_fold_latin(text)


RUN_TEXT = st.text(alphabet="0123456789 -.()+ー－a山", max_size=30)


@settings(max_examples=600)
@given(st.one_of(RUN_TEXT, WIDE_TEXT))
def test_the_digit_run_check_lets_through_every_text_a_run_joins(text):
    """The cheap check before the digit-run pattern skips only texts the pattern leaves as they are."""
    t = text_module
    if t._SEPARATED_DIGITS.search(text) is None:
        assert t._DIGIT_RUN.sub(t._join_run, text) == text
    assert t._SEPARATED_DIGITS.search("company 12 person") is None and t._SEPARATED_DIGITS.search("(011) 2")


def test_has_cjk_and_compact_take_none_and_non_text():
    assert has_cjk(None) is False and has_cjk("") is False and has_cjk("山") is True
    assert compact(None) == "" and compact(12) == "12"
