"""The files staff really have: known exports recognised by their headers, odd encodings, damaged files.

Fixtures: ``tests/data/formats`` (``make_formats.py`` writes them from each format's public description).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sapporo_mice.io.importer import ImportOptions, import_file
from sapporo_mice.io.preview import header_map
from sapporo_mice.io.problems import ImportFileError
from sapporo_mice.io.sources import read_source

DATA = Path(__file__).resolve().parents[1] / "data" / "formats"


def _contacts(crm) -> dict[str, dict]:
    return {c["display_name"]: c for c in crm.contacts.list(limit=None)}


def _org(crm, org_id: str) -> dict:
    return crm.organizations.get(org_id)


def test_google_contacts_csv_imports_every_field_without_a_map(crm):
    report = import_file(crm.store, DATA / "google.csv", ImportOptions(kind="contacts"))
    assert report.applied and report.created == 3 and not report.errors
    assert report.as_json("en")["format"] == "google" and not report.warnings
    assert "Google コンタクト" in report.lines("ja")[0]
    people = _contacts(crm)
    yamada = people["山田 太郎"]
    assert (yamada["family_name_kana"], yamada["given_name_kana"]) == ("ヤマダ", "タロウ")
    assert [(e["email"], e["kind"]) for e in yamada["emails"]] == [
        ("taro.yamada@sapporo-foods.example.jp", "work"), ("taro@home.example.jp", "home")]
    assert [(p["e164"], p["kind"]) for p in yamada["phones"]] == [("+81112223333", "work"), ("+819012345678", "mobile")]
    assert (yamada["title"], yamada["department"]) == ("営業課長", "海外営業部")
    assert yamada["tags"] == ",食品バイヤー,"  # Google's own "* myContacts" group is not a tag
    assert "E-mail 1" not in (yamada["notes"] or "")
    company = _org(crm, yamada["organization_id"])
    assert (company["name"], company["name_kana"]) == ("札幌食品株式会社", "サッポロショクヒン")
    lim = people["Wei Ling Lim"]
    assert sorted(e["email"] for e in lim["emails"]) == ["lim@example.sg", "weiling@limtrading.example.sg"]
    assert lim["country"] == "SG" and lim["phones"][0]["kind"] == "mobile"
    mai = next(p for p in people.values() if p["family_name"] == "Nguyễn")
    assert mai["phones"][0]["kind"] == "fax" and mai["country"] == "VN"


def test_google_contacts_2023_headers(crm):
    report = import_file(crm.store, DATA / "google_2023.csv", ImportOptions(kind="contacts"))
    assert report.created == 1 and report.as_json("en")["format"] == "google"
    sato = _contacts(crm)["佐藤花子"]
    assert (sato["family_name_kana"], sato["given_name_kana"]) == ("さとう", "はなこ")
    assert [p["kind"] for p in sato["phones"]] == ["work", "mobile"] and sato["tags"] == ",工芸,"


def test_outlook_english_headers_keep_the_courtesy_title_out_of_the_job_title(crm):
    report = import_file(crm.store, DATA / "outlook_en.csv", ImportOptions(kind="contacts"))
    assert report.created == 1 and not report.warnings and report.as_json("en")["format"] == "outlook"
    carter = _contacts(crm)["James Carter"]
    assert (carter["title"], carter["department"], carter["country"]) == ("Head Buyer", "Purchasing", "US")
    assert [(p["e164"], p["kind"]) for p in carter["phones"]] == [("+12065550143", "work"), ("+12065550199", "mobile")]
    assert carter["emails"][0]["email"] == "j.carter@pacificseafood.example.com"
    assert "Mr." in carter["notes"] and "Scallops" in carter["notes"]
    assert _org(crm, carter["organization_id"])["address"] == "1200 Harbor Blvd Seattle WA"


def test_outlook_japanese_headers_in_cp932(crm):
    report = import_file(crm.store, DATA / "outlook_ja.csv", ImportOptions(kind="contacts"))
    assert report.created == 1 and report.encoding == "cp932" and report.as_json("en")["format"] == "outlook_ja"
    suzuki = _contacts(crm)["鈴木一郎"]
    assert (suzuki["family_name_kana"], suzuki["given_name_kana"]) == ("スズキ", "イチロウ")
    assert sorted(p["kind"] for p in suzuki["phones"]) == ["fax", "mobile", "work"]
    assert _org(crm, suzuki["organization_id"])["address"] == "北海道 函館市 末広町14-1"
    assert "SMTP" not in (suzuki["notes"] or "")


# The header row of a real Japanese Outlook export (as readers of such files list it), in its own order.
OUTLOOK_JA_REAL = [
    "肩書き", "名", "ミドル ネーム", "姓", "敬称", "会社名", "部署", "役職", "番地 (会社)", "住所 2 (会社)", "住所 3 (会社)",
    "市町村 (会社)", "都道府県 (会社)", "郵便番号 (会社)", "国 (会社)/地域", "番地 (自宅)", "住所 2 (自宅)", "住所 3 (自宅)", "市町村 (自宅)",
    "都道府県 (自宅)", "郵便番号 (自宅)", "国 (自宅)/地域", "番地 (その他)", "住所 2 (その他)", "住所 3 (その他)", "市町村 (その他)",
    "都道府県 (その他)", "郵便番号 (その他)", "国 (その他)/地域", "秘書の電話", "会社 FAX", "会社電話", "会社電話 2", "コールバック", "自動車電話",
    "会社代表電話", "自宅 FAX", "自宅電話", "自宅電話 2", "ISDN", "携帯電話", "その他の FAX", "その他の電話", "ポケットベル", "通常の電話",
    "無線電話", "TTY/TDD", "テレックス", "ID 番号", "Web ページ", "アカウント", "イニシャル", "インターネット空き時間情報", "キーワード",
    "その他住所私書箱", "ディレクトリ サーバー", "プライベート", "マネージャー", "メモ", "ユーザー 1", "ユーザー 2", "ユーザー 3", "ユーザー 4",
    "会社 ID", "会社住所私書箱", "会社名フリガナ", "記念日", "経費情報", "言語", "参照事項", "子供", "支払い条件", "事業所", "自宅住所私書箱", "趣味",
    "場所", "職業", "姓フリガナ", "性別", "誕生日", "電子メール アドレス", "電子メールの種類", "電子メール表示名", "電子メール 2 アドレス",
    "電子メール 2 の種類", "電子メール 2 表示名", "電子メール 3 アドレス", "電子メール 3 の種類", "電子メール 3 表示名", "配偶者", "秘書の氏名", "秘密度",
    "分類", "名前フリガナ", "優先度",
]


def test_outlook_japanese_export_with_its_real_headers(crm, tmp_path):
    values = {"名": "一郎", "姓": "鈴木", "会社名": "函館マリン商事株式会社", "部署": "輸出部", "役職": "部長",
              "番地 (会社)": "末広町14-1", "住所 2 (会社)": "函館ベイビル3階", "市町村 (会社)": "函館市",
              "都道府県 (会社)": "北海道", "郵便番号 (会社)": "040-0053", "国 (会社)/地域": "日本",
              "会社電話": "0138-22-0000", "携帯電話": "090-8765-4321", "会社名フリガナ": "ハコダテマリンショウジ",
              "姓フリガナ": "スズキ", "名前フリガナ": "イチロウ", "電子メール アドレス": "suzuki@hakodate-marine.example.jp",
              "電子メールの種類": "SMTP", "電子メール表示名": "鈴木 一郎 (suzuki@hakodate-marine.example.jp)",
              "記念日": "0/0/00", "性別": "指定なし", "秘密度": "標準", "優先度": "標準", "プライベート": "False"}
    path = tmp_path / "outlook_ja_real.csv"
    rows = [",".join(OUTLOOK_JA_REAL), ",".join(values.get(h, "") for h in OUTLOOK_JA_REAL)]
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp932"))
    report = import_file(crm.store, path, ImportOptions(kind="contacts"))
    assert report.applied and report.created == 1 and report.as_json("en")["format"] == "outlook_ja"
    assert not [w for w in report.warnings if w.code == "io.column_unknown"], report.lines("en")
    suzuki = _contacts(crm)["鈴木一郎"]
    assert (suzuki["family_name_kana"], suzuki["given_name_kana"], suzuki["country"]) == ("スズキ", "イチロウ", "JP")
    assert (suzuki["department"], suzuki["title"]) == ("輸出部", "部長")
    assert sorted(p["kind"] for p in suzuki["phones"]) == ["mobile", "work"]
    org = _org(crm, suzuki["organization_id"])
    assert (org["name_kana"], org["postal_code"]) == ("ハコダテマリンショウジ", "040-0053")
    assert org["address"] == "北海道 函館市 末広町14-1 函館ベイビル3階"
    assert "SMTP" not in (suzuki["notes"] or "") and "鈴木 一郎 (" not in (suzuki["notes"] or "")


@pytest.mark.parametrize("name, key", [("eight.csv", "eight"), ("sansan.csv", "sansan")])
def test_business_card_apps(crm, name, key):
    report = import_file(crm.store, DATA / name, ImportOptions(kind="contacts"))
    assert report.created == 1 and not report.errors and report.as_json("en")["format"] == key
    person = next(iter(_contacts(crm).values()))
    assert person["title"] and person["department"] and person["emails"] and len(person["phones"]) >= 3
    assert {p["kind"] for p in person["phones"]} >= {"work", "fax", "mobile"}
    if key == "sansan":
        assert (person["family_name_kana"], person["given_name_kana"]) == ("イトウ", "ミサキ")
        assert _org(crm, person["organization_id"])["name_kana"] == "クシロスイサン"


def test_business_card_exchange_date_is_the_leads_capture_date(crm):
    report = import_file(crm.store, DATA / "eight.csv", ImportOptions(kind="leads"))
    assert report.created == 1
    lead = crm.leads.list(limit=None)[0]
    assert str(lead["captured_at"]).startswith("2026-11-2")


def test_the_wizard_preview_names_the_format_and_maps_numbered_columns():
    found = header_map(DATA / "google.csv", "contacts")
    assert found.format["key"] == "google"
    assert found.fields[found.headers.index("Phone 2 - Value")] == "phone"
    assert found.fields[found.headers.index("Family Name Yomi")] == "family_name_kana"
    plain = header_map(DATA / "utf8_accents.csv", "contacts")
    assert plain.format is None


def test_a_map_still_overrides_a_recognised_format():
    source = read_source(DATA / "outlook_en.csv", "contacts", mapping={"Title": "notes"})
    assert source.records[0].values["notes"] == "Mr."


# ------------------------------------------------------------------------------- encodings
def test_utf8_with_accents_is_not_ambiguous(crm):
    report = import_file(crm.store, DATA / "utf8_accents.csv", ImportOptions(kind="contacts"))
    assert report.encoding == "utf-8" and report.created == 2
    assert {"José Müller", "Søren Kierkegaard"} <= set(_contacts(crm))


@pytest.mark.parametrize("name, encoding", [("utf16le_bom.txt", "utf-16"), ("utf16be_bom.csv", "utf-16"),
                                            ("utf16le_nobom.csv", "utf-16-le")])
def test_utf16_with_or_without_bom(name, encoding):
    source = read_source(DATA / name, "contacts")
    assert source.encoding == encoding
    assert source.records[0].values["full_name"] == "山田 太郎"
    assert source.records[0].emails[0][0] == "taro@example.jp"


# ------------------------------------------------------------------------------- damaged files
@pytest.mark.parametrize("name, code, where", [
    ("unclosed_quote.csv", "io.csv_unclosed_quote", ("3", "Notes")),
    ("corrupt.xlsx", "io.xlsx_damaged", ()),
])
def test_a_damaged_file_is_refused_naming_where_and_nothing_changes(crm, name, code, where):
    with pytest.raises(ImportFileError) as caught:
        import_file(crm.store, DATA / name, ImportOptions(kind="contacts"))
    assert caught.value.code == code
    for lang in ("en", "ja"):
        message = caught.value.message(lang)
        assert name in message and all(w in message for w in where), message
    assert crm.contacts.list(limit=None) == []


@pytest.mark.parametrize("end", ["\n", ""])
def test_a_quote_left_open_on_the_last_line_is_refused_too(crm, tmp_path, end):
    # It takes no later line, only the line's end: the file was once imported with 「unclosed,x@y」 as a name.
    path = tmp_path / "last.csv"
    path.write_text('Family name,Email\n山田,taro@example.jp\n"unclosed,x@y' + end, encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        import_file(crm.store, path, ImportOptions(kind="contacts"))
    assert caught.value.code == "io.csv_unclosed_quote"
    assert "3" in caught.value.message("ja") and "Family name" in caught.value.message("en")
    assert crm.contacts.list(limit=None) == []


def test_an_inch_mark_in_an_unquoted_cell_of_the_last_line_is_kept(crm, tmp_path):
    path = tmp_path / "inch.csv"
    path.write_text('Family name,Notes\n山田,5" screen\n', encoding="utf-8")
    report = import_file(crm.store, path, ImportOptions(kind="contacts"))
    assert report.applied and [c["notes"] for c in crm.contacts.list(limit=None)] == ['5" screen']


def test_broken_quoted_printable_names_the_card_and_property_and_imports_nothing(crm):
    report = import_file(crm.store, DATA / "broken_qp.vcf", ImportOptions(kind="contacts"))
    assert not report.applied and crm.contacts.list(limit=None) == []
    assert [(e.row, e.column, e.code) for e in report.errors] == [(1, "N", "io.vcard_qp_invalid"),
                                                                  (2, "NOTE", "io.vcard_qp_invalid")]
    assert "=C3=28" in report.errors[0].message("ja") and "=ZZ" in report.errors[1].message("en")


def test_a_formula_without_a_value_names_row_and_column_and_imports_nothing(crm):
    report = import_file(crm.store, DATA / "formula_no_value.xlsx", ImportOptions(kind="contacts"))
    assert not report.applied and crm.contacts.list(limit=None) == []
    [error] = report.errors
    assert (error.row, error.column, error.code) == (2, "Phone", "io.xlsx_formula_no_value")
    assert '="011"&"-222-3333"' in error.message("ja")


def test_merged_cells_are_filled_down_with_a_warning(crm):
    report = import_file(crm.store, DATA / "merged.xlsx", ImportOptions(kind="contacts"))
    assert report.created == 3
    [warning] = [w for w in report.warnings if w.code == "io.xlsx_merged"]
    assert warning.column == "会社名" and "2〜4" in warning.message("ja")
    companies = {c["organization_id"] for c in crm.contacts.list(limit=None)}
    assert len(companies) == 1 and None not in companies
