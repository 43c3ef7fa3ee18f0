"""One format per language for dates, times, yen and fiscal years; the fiscal year's boundary in Japan time."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sapporo_mice import fiscal, formats

UTC = dt.timezone.utc


@pytest.mark.parametrize(("lang", "expected"), [("ja", "2026/12/01"), ("en", "1 Dec 2026")])
def test_dates(lang, expected):
    assert formats.date(dt.date(2026, 12, 1), lang) == expected


def test_weekday_month_and_fiscal_year_names():
    day = dt.date(2026, 12, 1)
    assert formats.date(day, "ja", weekday=True) == "2026/12/01 (火)"
    assert formats.date(day, "en", weekday=True) == "Tue 1 Dec 2026"
    assert formats.month(day, "ja") == "2026年12月"
    assert formats.month(day, "en") == "Dec 2026"
    assert formats.fiscal_year(2026, "ja") == "2026年度"
    assert formats.fiscal_year(2026, "en") == "FY2026"


def test_times_are_shown_in_the_zone_given_and_never_as_us_short_dates():
    moment = dt.datetime(2026, 12, 1, 11, 45, tzinfo=UTC)
    assert formats.datetime(moment, "ja", fiscal.JST) == "2026/12/01 20:45"
    assert formats.datetime(moment, "en", fiscal.JST) == "1 Dec 2026, 20:45"
    naive_utc = dt.datetime(2026, 12, 1, 11, 45)
    assert formats.datetime(naive_utc, "ja", fiscal.JST) == "2026/12/01 20:45"
    assert formats.time(moment, "en", fiscal.JST) == "20:45"


def test_yen_numbers_and_empty_values():
    assert formats.money(310_500_000, "ja") == "¥310,500,000"
    assert formats.money(-1500, "en") == "-¥1,500"
    assert formats.number(1234567, "ja") == "1,234,567"
    assert formats.number(3.14159, "en", digits=1) == "3.1"
    assert formats.percent(0.253, "ja") == "25%"
    for function in (formats.date, formats.datetime, formats.money, formats.money_sum, formats.number,
                     formats.fiscal_year):
        assert function(None, "ja") == ""


def test_an_aside_takes_the_parentheses_its_script_writes():
    assert formats.aside("張家豪", "台北百貨股份有限公司") == "張家豪（台北百貨股份有限公司）"
    assert formats.aside("Olivia Nguyen", "株式会社札幌食品") == "Olivia Nguyen（株式会社札幌食品）"
    assert formats.aside("張家豪", "Taipei Retail") == "張家豪 (Taipei Retail)"
    assert (formats.aside("", "Taipei Retail"), formats.aside("張家豪", ""), formats.aside("", None)) == (
        "Taipei Retail", "張家豪", "")
    # after a text in parentheses of its own, square brackets: two pairs side by side read as one aside after another
    assert formats.aside("見積書の送付（陳大文）", "佐藤 花子") == "見積書の送付（陳大文）［佐藤 花子］"
    assert formats.aside("Quote (Chen Da-wen)", "Hanako Sato") == "Quote (Chen Da-wen) [Hanako Sato]"
    assert formats.aside("Quote (Chen Da-wen)", "") == "Quote (Chen Da-wen)"


@pytest.mark.parametrize(("yen", "ja", "en"), [
    (1_213_168_710, "12億1,317万円", "¥1.21\u00a0billion"),  # rounded to the 万 / three significant figures
    (735_377_360, "7億3,538万円", "¥735\u00a0million"),
    (400_000_000, "4億円", "¥400\u00a0million"),  # no empty 万, no zeros cut from a whole figure
    (120_000_000, "1億2,000万円", "¥120\u00a0million"),
    (99_995_000, "1億円", "¥100\u00a0million"),  # rounding carries into the next unit
    (999_999_999, "10億円", "¥1\u00a0billion"),
    (1_059_000_000_000, "1兆590億円", "¥1.06\u00a0trillion"),
    (4_500_000, "450万円", "¥4.5\u00a0million"),
    (950_000, "95万円", "¥950,000"),  # a whole number of 万 in Japanese; exact below a million in English
    (999_995, "999,995円", "¥1\u00a0million"),
    (12_345, "12,345円", "¥12,345"),
    (0, "0円", "¥0"),
    (-878_077_745, "-8億7,808万円", "-¥878\u00a0million"),
])
def test_a_large_sum_reads_in_each_languages_units(yen, ja, en):
    assert (formats.money_sum(yen, "ja"), formats.money_sum(yen, "en")) == (ja, en)


@pytest.mark.parametrize(("moment", "year"), [
    (dt.datetime(2027, 3, 31, 23, 59, 59, tzinfo=fiscal.JST), 2026),
    (dt.datetime(2027, 4, 1, 0, 0, tzinfo=fiscal.JST), 2027),
    # 1 April 00:30 in Japan is still 31 March in UTC: Japan time decides.
    (dt.datetime(2027, 3, 31, 15, 30, tzinfo=UTC), 2027),
    (dt.datetime(2027, 3, 31, 14, 59), 2026),  # naive = UTC as stored: 23:59 JST on 31 March
    (dt.date(2027, 3, 31), 2026),
    (dt.date(2027, 4, 1), 2027),
    (dt.date(2027, 1, 15), 2026),
])
def test_the_fiscal_year_turns_on_1_april_in_japan_time(moment, year):
    assert fiscal.of(moment) == year


def test_fiscal_year_bounds_are_utc_instants_of_japan_midnights():
    start, end = fiscal.bounds(2026)
    assert start == dt.datetime(2026, 3, 31, 15, 0, tzinfo=UTC)
    assert end == dt.datetime(2027, 3, 31, 15, 0, tzinfo=UTC)
    assert fiscal.first_day(2026) == dt.date(2026, 4, 1) and fiscal.last_day(2026) == dt.date(2027, 3, 31)
    assert fiscal.of(start) == 2026 and fiscal.of(end) == 2027 and fiscal.of(end - dt.timedelta(seconds=1)) == 2026


def test_time_zones_are_named_by_their_place_in_each_language():
    ja, en = formats.timezone_names("ja"), formats.timezone_names("en")
    assert ja["Asia/Shanghai"] == "中国（上海）時間" and ja["Asia/Tokyo"] == "日本時間"
    assert en["Europe/Berlin"] == "Germany (Berlin) Time"
    assert set(ja) == set(en) and "Etc/UTC" not in ja and "/" not in "".join(ja.values())
    # One zone by its name, as a pack prints it; one CLDR names no place for stays as it was typed.
    assert formats.timezone_name("Europe/Berlin", "ja") == "ドイツ（ベルリン）時間"
    assert formats.timezone_name("Asia/Bangkok", "en") == "Thailand Time"
    assert formats.timezone_name("UTC", "ja") == "UTC" and formats.timezone_name(None, "en") == ""


def test_a_name_is_its_english_name_in_english_where_one_is_kept():
    assert formats.name("ミュンヘン", "Munich", "en") == "Munich"
    assert formats.name("ミュンヘン", "Munich", "ja") == "ミュンヘン"
    assert formats.name("台北", None, "en") == "台北" and formats.name("台北", "", "en") == "台北"
    assert formats.name(None, None, "en") == ""


def test_a_name_is_its_japanese_name_in_japanese_where_one_is_given():
    # The packs and the CLI name a fair, a series or a company by its Japanese name in Japanese.
    assert formats.name("Anuga 2026", None, "ja", "アヌーガ 2026") == "アヌーガ 2026"
    assert formats.name("Anuga 2026", None, "en", "アヌーガ 2026") == "Anuga 2026"
    assert formats.name("Intl Society", "International Society", "en", "国際学会") == "International Society"
    assert formats.name("Intl Society", None, "ja", "") == "Intl Society"


def test_sentences_join_as_each_language_joins_them():
    from sapporo_mice import formats

    parts = ("保存しました。", "", "電話番号を確認してください。")
    assert formats.sentences(parts, "ja") == "保存しました。電話番号を確認してください。"  # no space after 。
    assert formats.sentences(("Saved.", None, "Check the phone."), "en") == "Saved. Check the phone."


# ------------------------------------------------------------------------------------ filling in a message
@pytest.mark.parametrize(("template", "values", "expected"), [
    # the template's space beside a value goes where both sides are Japanese …
    ("%1 で最近の動きなし", ["香港、シンガポール"], "香港、シンガポールで最近の動きなし"),
    ("編集中に %1 さんが変更しました", ["佐藤 花子"], "編集中に佐藤 花子さんが変更しました"),  # the name's own space stays
    ("%1 を紹介しました。", ["<b>山田太郎</b>"], "<b>山田太郎</b>を紹介しました。"),  # a value in rich text
    # … and stays beside Latin letters and digits, on either side
    ("%1 で最近の動きなし", ["Hong Kong"], "Hong Kong で最近の動きなし"),
    ("編集中に %1 さんが変更しました", ["sato"], "編集中に sato さんが変更しました"),
    ("%2 件中 %1 件", ["12", "1,200"], "1,200 件中 12 件"),
    ("保存期限は %1 で、", ["2027/03/31"], "保存期限は 2027/03/31 で、"),
    # a space between two values is theirs; a space the template sets beside ASCII punctuation is the template's
    ("%1 %2", ["佐藤", "花子"], "佐藤 花子"),
    ("今日: %1", ["2026/12/06"], "今日: 2026/12/06"),
    ("利用者: %1", ["佐藤"], "利用者: 佐藤"),
    # a space beside punctuation is a separator's, set on both sides; one beside a path shows where it ends
    ("%1 ・ 海外参加者 %2 人", ["国際会議", "120"], "国際会議 ・ 海外参加者 120 人"),
    ("実績 %1 ／ 目標 %2", ["－", "－"], "実績 － ／ 目標 －"),
    ("%1 に保存しました", ["C:\\書類\\バックアップ"], "C:\\書類\\バックアップ に保存しました"),
    ("フォルダー %1 がありません", ["/home/佐藤/控え"], "フォルダー /home/佐藤/控え がありません"),
    # English is untouched, whatever the values
    ("Saved: %1", ["山田太郎"], "Saved: 山田太郎"),
    ("nothing recent in %1", ["香港"], "nothing recent in 香港"),
    ("%1% of target", ["85"], "85% of target"),
])
def test_fill_sets_spaces_as_japanese_does(template, values, expected):
    assert formats.fill(template, *values) == expected


def test_fill_puts_each_value_in_once():
    # A value that holds "%2" is the user's text: chained replaces used to fill it in too.
    assert formats.fill("%1 / %2", "50%2 off", "x") == "50%2 off / x"
    assert formats.fill("%1 and %1", "a") == "a and a"
    assert formats.fill("%1 of %2", "3") == "3 of %2"  # a place with no value given is left as it is


@given(template=st.lists(st.sampled_from(["%1", "%2", " ", "で", "件", "a", "：", "%", "9"]), max_size=12).map("".join),
       first=st.text(max_size=6), second=st.text(max_size=6))
def test_fill_only_ever_drops_the_templates_spaces(template, first, second):
    naive = "".join(first if part == "%1" else second if part == "%2" else part
                    for part in re.split(r"(%[12])", template))
    filled = formats.fill(template, first, second)
    assert filled.replace(" ", "") == naive.replace(" ", "")
    assert filled.count(" ") <= naive.count(" ") <= filled.count(" ") + template.count(" ")
    for place, value in (("%1", first), ("%2", second)):
        assert (value in filled) or place not in template


def test_items_are_listed_and_counted_by_fiscal_year_as_each_language_writes_them():
    assert formats.listed(["香港", "シンガポール"], "ja") == "香港、シンガポール"
    assert formats.listed(["Hong Kong", "Singapore"], "en") == "Hong Kong, Singapore"
    assert formats.listed([], "ja") == ""
    assert formats.fiscal_year_counts({2025: 1, 2026: 3}, "ja") == "2026年度 3、2025年度 1"
    assert formats.fiscal_year_counts({2025: 1, 2026: 3}, "en") == "FY2026 3, FY2025 1"


def test_no_value_is_the_full_width_minus_japanese_tables_use_and_an_em_dash_in_english():
    assert formats.no_value("ja") == "－" and formats.no_value("en") == "—"
    assert formats.no_value(None) == "—"


def test_a_file_size_reads_as_explorer_writes_it_in_either_language():
    assert [formats.file_size(n, "ja") for n in (300, 524_288, 12_425_000, 250 * 1024 ** 2, 3 * 1024 ** 3)] == [
        "300 バイト", "512 KB", "11.8 MB", "250 MB", "3.0 GB"]
    assert (formats.file_size(1023, "en"), formats.file_size(1536, "en")) == ("1,023 bytes", "2 KB")
