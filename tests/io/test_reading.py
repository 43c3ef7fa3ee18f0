"""Reading files without a database: encodings, CSV/XLSX quirks, vCards from real phones and apps."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sapporo_mice.io.problems import AmbiguousEncodingError, ImportFileError
from sapporo_mice.io.safe_cells import neutralise, restore
from sapporo_mice.io.sniff import decode_text
from sapporo_mice.io.sources import read_source
from sapporo_mice.io.tabular import _clean_cell
from sapporo_mice.io.vcard import card_record, read_cards

DATA = Path(__file__).parent.parent / "data" / "import"
CORPUS = DATA / "vcard"


def test_detects_utf8_bom_and_cp932():
    text = "氏名,会社名\r\n山田 太郎,札幌食品\r\n"
    assert decode_text(text.encode("utf-8"), "f.csv") == (text, "utf-8")
    assert decode_text(text.encode("utf-8-sig"), "f.csv") == (text, "utf-8-sig")
    assert decode_text(text.encode("cp932"), "f.csv") == (text, "cp932")


def test_ambiguous_encoding_lists_the_candidates():
    with pytest.raises(AmbiguousEncodingError) as caught:
        read_source(DATA / "ambiguous_halfwidth_kana.csv", "contacts")
    assert caught.value.candidates == ["utf-8", "cp932"]
    assert "--encoding" in caught.value.message("en")
    forced = read_source(DATA / "ambiguous_halfwidth_kana.csv", "contacts", encoding="cp932")
    assert forced.records[0].extras == [("ﾃｽ", "ﾃｽ"), ("ﾃｽ", "ﾃｽ")] or forced.records


@pytest.mark.parametrize("name, code", [
    ("empty.csv", "io.file_empty"), ("header_only.csv", "io.header_only"), ("garbage.csv", "io.binary"),
    ("latin1.csv", "io.encoding_unknown"), ("really_csv.xlsx", "io.xlsx_is_text"), ("truncated.vcf", "io.vcard_truncated"),
    ("missing.csv", "io.file_missing"),
])
def test_malformed_files_get_a_typed_error_naming_the_file(name, code):
    with pytest.raises(ImportFileError) as caught:
        read_source(DATA / name, "contacts")
    assert caught.value.code == code
    assert name in caught.value.message("en") and name in caught.value.message("ja")


@pytest.mark.parametrize("suffix", ["csv", "xlsx", "vcf"])
def test_a_file_of_more_rows_than_one_import_takes_is_refused_naming_the_limit(tmp_path, monkeypatch, suffix):
    from openpyxl import Workbook

    from sapporo_mice.io import sniff

    monkeypatch.setattr(sniff, "MAX_ROWS", 3)
    path = tmp_path / f"big.{suffix}"
    people = [(f"Tan {i}", f"tan{i}@example.sg") for i in range(4)]
    if suffix == "csv":
        path.write_text("Name,Email\n" + "".join(f"{n},{e}\n" for n, e in people), encoding="utf-8")
    elif suffix == "xlsx":
        book = Workbook()
        for row in [("Name", "Email"), *people]:
            book.active.append(row)
        book.save(path)
    else:
        path.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{n}\r\nEMAIL:{e}\r\nEND:VCARD\r\n" for n, e in people))
    with pytest.raises(ImportFileError) as caught:
        read_source(path, "contacts")
    assert caught.value.code == "io.too_many_rows"
    assert caught.value.message("ja") == f"big.{suffix}: 3 行を超えており、一度に取り込める行数を超えています。分割してから取り込んでください。"
    monkeypatch.setattr(sniff, "MAX_ROWS", 4)
    assert len(read_source(path, "contacts").records) == 4  # as many as the limit: read


def test_a_file_too_large_to_read_is_refused_before_it_is_read(tmp_path, monkeypatch):
    from openpyxl import Workbook

    from sapporo_mice.io import sniff

    monkeypatch.setattr(sniff, "MAX_FILE_MB", 1)
    path = tmp_path / "huge.csv"
    path.write_text("Name\n" + "Tan\n" * 300_000, encoding="utf-8")  # 1.2 MB
    with pytest.raises(ImportFileError) as caught:
        read_source(path, "contacts")
    assert caught.value.code == "io.file_too_large"
    assert caught.value.message("en").startswith("huge.csv: the file is 2 MB, more than an import reads (1 MB).")
    # A small workbook that unpacks to more than an import reads (its sheet's XML is read whole).
    monkeypatch.setattr(sniff, "MAX_UNPACKED_MB", 1)
    book = Workbook()
    for _ in range(30_000):
        book.active.append(["Tan", "tan@example.sg"])
    book.save(tmp_path / "bomb.xlsx")
    assert (tmp_path / "bomb.xlsx").stat().st_size < 1024 * 1024
    with pytest.raises(ImportFileError) as caught:
        read_source(tmp_path / "bomb.xlsx", "contacts")
    assert caught.value.code == "io.xlsx_too_large" and "bomb.xlsx" in caught.value.message("ja")


def test_a_file_another_program_holds_says_to_close_it(tmp_path, monkeypatch):
    # Windows refuses to open a workbook Excel has open (a sharing violation, PermissionError in Python); that
    # cannot happen on this system, so the refusal is raised where the file is read.
    from pathlib import Path as RealPath

    path = tmp_path / "open_in_excel.xlsx"
    path.write_bytes(b"PK")

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(RealPath, "read_bytes", refuse)
    with pytest.raises(ImportFileError) as caught:
        read_source(path, "contacts")
    assert caught.value.code == "io.file_locked"
    assert "Excel" in caught.value.message("ja") and "Permission denied" not in caught.value.message("ja")


def test_a_file_that_cannot_be_read_names_why(tmp_path):
    loop = tmp_path / "loop.csv"
    loop.symlink_to(loop)  # a link to itself: the system refuses to open it
    with pytest.raises(ImportFileError) as caught:
        read_source(loop, "contacts")
    assert caught.value.code == "io.file_unreadable" and caught.value.message("en").startswith("loop.csv: the file cannot be read (")


def test_a_title_above_the_header_is_left_out_and_said_so(tmp_path):
    from openpyxl import Workbook

    # A Japanese export often starts with the sheet's title and the date it was made, then a blank row.
    path = tmp_path / "titled.csv"
    path.write_text("顧客一覧（2026年11月）,\n2026/11/30 作成,\n,\n氏名,メール\n山田 太郎,taro@example.jp\n", encoding="utf-8")
    source = read_source(path, "contacts")
    assert [r.number for r in source.records] == [5] and source.records[0].emails[0][0] == "taro@example.jp"
    [title] = [w for w in source.warnings if w.code.startswith("io.title_row")]
    assert title.message("ja") == "見出し行（4 行目）より上の 1、2 行目は表題として読み飛ばしました。"
    assert title.message("en") == "Rows 1, 2 above the header (row 4) were read as the sheet's title and left out."
    # The same in a workbook, its title merged across the columns (the value sits in the first cell).
    book = Workbook()
    sheet = book.active
    sheet.append(["バイヤー名簿", None, None])
    sheet.merge_cells("A1:C1")
    sheet.append(["Name", "Company", "Email"])
    sheet.append(["Tan Wei", "Lion Foods", "wei@lion.sg"])
    book.save(tmp_path / "titled.xlsx")
    source = read_source(tmp_path / "titled.xlsx", "contacts")
    assert [r.number for r in source.records] == [3] and source.records[0].values["organization"] == "Lion Foods"
    assert [w.code for w in source.warnings if w.code.startswith("io.title_row")] == ["io.title_row_skipped"]
    # A header of one title over rows of data ("Name" over unnamed columns) is the header still: nothing is left out.
    (tmp_path / "named.csv").write_text("Name,,\nTan Wei,wei@lion.sg,+65 9123 4567\n", encoding="utf-8")
    source = read_source(tmp_path / "named.csv", "contacts")
    assert [r.number for r in source.records] == [2] and source.records[0].values["full_name"] == "Tan Wei"
    # A file of one column has no title to find: its first row is its header.
    (tmp_path / "one.csv").write_text("Name\nTan Wei\nLee Min\n", encoding="utf-8")
    source = read_source(tmp_path / "one.csv", "contacts")
    assert len(source.records) == 2 and not [w for w in source.warnings if w.code.startswith("io.title_row")]


def test_csv_quoted_multiline_cells_empty_rows_and_formula_cells():
    source = read_source(DATA / "contacts_many_scripts.csv", "contacts")
    assert source.empty_rows == 2
    lim = next(r for r in source.records if r.values.get("full_name") == "Lim Wei Ling")
    assert lim.values["notes"] == 'Met at\nthe booth, "very keen"'
    assert lim.extras == [("Booth visit note", "wants samples")]
    chan = next(r for r in source.records if r.values.get("full_name") == "Chan Tai Man")
    assert chan.values["title"] == '=HYPERLINK("http://evil")'
    assert [w.column for w in source.warnings] == ["Booth visit note"]


def test_japanese_headers_map_to_fields():
    record = read_source(DATA / "contacts_cp932.csv", "contacts").records[0]
    assert record.values["full_name"] == "山田 太郎" and record.values["reading"] == "ヤマダ タロウ"
    assert record.values["organization"] == "札幌食品株式会社" and record.values["title"] == "営業課長"
    assert [(p.raw, p.kind, p.column) for p in record.phones] == [
        ("011-222-3333", "work", "電話番号"), ("090-1234-5678", "mobile", "携帯")]
    assert record.emails == [("taro.yamada@sapporo-foods.jp", "work", "メールアドレス")]


def test_map_option_overrides_synonyms():
    source = read_source(DATA / "fha_leads.csv", "leads", mapping={"Badge ID": "notes"})
    assert source.records[0].values["notes"] == "FHA-0001"


def test_xlsx_numbers_in_phone_columns_come_as_text():
    record = read_source(DATA / "excel_numeric_phones.xlsx", "contacts").records[0]
    assert [(p.raw, p.from_number) for p in record.phones] == [("9012345678", True), ("312345678", True)]


def test_neutralising_is_reversed_exactly():
    for text in ["+65 6123 4567", "=SUM(A1)", "'=x", "''+y", "-", "'", "plain", "@home", "\tTab", "'+65 6123",
                 "-Buyer", "+cmd|' /C calc'!A0", "+1 (206) 555-0143 ext. 12", "-2+3+cmd|x"]:
        assert restore(neutralise(text)) == text
        out = str(neutralise(text))
        assert not out.startswith(("=", "@", "\t", "\r"))
        assert not out.startswith(("+", "-")) or re.fullmatch(r"[+-][\d\s().\-/+]*(?:\s*ext\.?\s*\d+)?", out)
    assert neutralise("+65 6123 4567") == "+65 6123 4567" and neutralise("-Buyer") == "'-Buyer"


def _record(name: str, index: int = 0):
    cards, _ = read_cards(CORPUS / name if (CORPUS / name).exists() else DATA / name)
    return card_record(cards[index])


# What each real-world file holds: (file, card index) -> names, org, title, emails, phones.
CORPUS_EXPECTED = {
    ("John_Doe_IPHONE.vcf", 0): ("Doe", "IBM", "Money Counter", ["john.doe@ibm.com"],
                                 ["905-555-1234", "905-666-1234", "905-777-1234", "905-888-1234", "905-999-1234",
                                  "905-111-1234", "905-222-1234"]),
    ("John_Doe_ANDROID.vcf", 5): ("ÑÑÑÑ", "Ñ" * 44, None, ["henry@company.com"], ["55556666"]),
    ("John_Doe_BLACK_BERRY.vcf", 0): ("Doe", "Acme Solutions", None, [], ["+96123456789"]),
    ("John_Doe_EVOLUTION.vcf", 0): ("Doe", "IBM", "Money Counter", ["john.doe@ibm.com"], ["905-666-1234", "905-555-1234"]),
    ("John_Doe_GMAIL.vcf", 0): ("Doe", "IBM", "Money Counter", ["john.doe@ibm.com"], ["905-555-1234", "905-666-1234"]),
    ("John_Doe_LOTUS_NOTES.vcf", 0): ("Doe", "IBM", "Generic Accountant", ["john.doe@ibm.com", "billy_bob@gmail.com"],
                                      ["+1 (212) 204-34456", "00-1-212-555-7777"]),
    ("John_Doe_MAC_ADDRESS_BOOK.vcf", 0): ("Doe", "IBM", "Money Counter", ["john.doe@ibm.com"],
                                           ["905-777-1234", "905-666-1234", "905-555-1234", "905-888-1234",
                                            "905-999-1234", "905-111-1234", "905-222-1234"]),
    ("John_Doe_MS_OUTLOOK.vcf", 0): ("Doe", "IBM", "Money Counter", ["john.doe@ibm.cm"], ["(905) 555-1234", "(905) 666-1234"]),
    ("fullcontact.vcf", 0): ("LastName", "Organization1", "Title1",
                             ["home@example.com", "work@example.com", "school@example.com", "other@example.com",
                              "custom@example.com"], [f"555-555-111{i}" for i in range(1, 10)]),
    ("gmail-list.vcf", 2): ("White", None, None, ["dwhite@gmail.com"], []),
    ("gmail-single.vcf", 0): ("Dartmouth", "TheCompany", "TheJobTitle", ["gdartmouth@hotmail.com"], ["555 555 1111", "555 555 2222"]),
    ("gmail-single2.vcf", 0): ("Test", "TheCompany", "TheJobTitle",
                               ["email@example.com", "homeemail@example.com", "workemail@example.com",
                                "otheremail@example.com", "customcategory@example.com"],
                               [f"55555511{i:02d}" for i in range(11, 22)]),
    ("outlook-2003.vcf", 0): ("Doe", "Company, The", "The Job Title", ["jdoe@hotmail.com"],
                              ["BusinessPhone", "HomePhone", "MobilePhone", "BusinessFaxPhone"]),
    ("outlook-2007.vcf", 0): ("Angstadt", "TheCompany", "TheJobTitle", ["mike.angstadt@gmail.com"],
                              ["(111) 555-1111", "(111) 555-2222", "(111) 555-4444", "(111) 555-3333"]),
    ("rfc2426-example.vcf", 1): (None, "Netscape Communications Corp.", None, ["howes@netscape.com"],
                                 ["+1-415-937-3419", "+1-415-528-4164"]),
    ("rfc6350-example.vcf", 0): ("Perreault", "Viagenie", None, ["simon.perreault@viagenie.ca"],
                                 ["+1-418-656-9254 ext. 102", "+1-418-262-6501"]),
    ("thunderbird-MoreFunctionsForAddressBook-extension.vcf", 0): (
        "Doe", "TheOrganization", "TheTitle",
        ["doe.john@hotmail.com"] + [f"additional-email{s}@company.com" for s in ("", "1", "2", "3")],
        ["555-555-1111", "555-555-2222", "555-555-5555", "555-555-3333", "555-555-4444"]),
}


@pytest.mark.parametrize("key", sorted(CORPUS_EXPECTED), ids=lambda k: f"{k[0]}#{k[1]}")
def test_real_world_vcards_give_names_orgs_titles_emails_and_phones(key):
    family, org, title, emails, phones = CORPUS_EXPECTED[key]
    record = _record(*key)
    assert record.values.get("family_name") == family
    assert record.values.get("organization") == org
    assert record.values.get("title") == title
    assert [e[0] for e in record.emails] == emails
    assert [p.raw for p in record.phones] == phones


def test_every_corpus_file_reads_and_reports_skipped_properties_as_warnings():
    files = sorted(CORPUS.glob("*.vcf"))
    assert len(files) == 17
    for path in files:
        cards, warnings = read_cards(path)
        records = [card_record(c) for c in cards]
        assert records and all(r.values.get("full_name") or r.values.get("family_name") for r in records)
        assert not warnings, path.name
    iphone = _record("John_Doe_IPHONE.vcf")
    assert {w.code for w in iphone.warnings} == {"io.vcard_photo_skipped", "io.vcard_properties_skipped"}


def test_gmail_and_mac_readings_come_from_x_phonetic():
    record = _record("John_Doe_MAC_ADDRESS_BOOK.vcf")
    assert (record.values["family_name_kana"], record.values["given_name_kana"]) == ("Dow", "Jon")


def test_feature_phone_shift_jis_quoted_printable_and_irmc_reading():
    first, second = (card_record(c) for c in read_cards(DATA / "feature_phone_sjis.vcf")[0])
    assert (first.values["family_name"], first.values["given_name"]) == ("山田", "花子")
    assert (first.values["family_name_kana"], first.values["given_name_kana"]) == ("ﾔﾏﾀﾞ", "ﾊﾅｺ")
    assert (first.values["organization"], first.values["department"]) == ("札幌市経済観光局", "国際経済戦略室")
    assert second.values["family_name"] == "佐藤"
    assert second.values["organization"] == "北海道水産株式会社"
    assert second.values["notes"] == "展示会で名刺交換。ホタテに関心あり。\n来月サンプル送付。"


def test_ios_and_android_cards():
    ios = _record("ios_japanese.vcf")
    assert (ios.values["family_name_kana"], ios.values["given_name_kana"]) == ("すずき", "いちろう")
    assert [p.raw for p in ios.phones] == ["+81 90-1111-2222", "011-555-6666"]
    assert ios.values["country"] == "JP"
    android = [card_record(c) for c in read_cards(DATA / "android_mixed.vcf")[0]]
    assert android[0].values["organization"] == "Công ty Cổ phần Thực phẩm Hà Nội"
    assert [p.raw for p in android[1].phones] == ["+852 9123 4567", "+852-2123-4567 ext. 12"]


@given(st.text(alphabet=" \t\ufeff'=+-@ab1", max_size=8))
def test_a_cell_is_cleaned_as_the_rule_says(text):
    """Stripped (None when blank), a byte-order mark at either end dropped first, a neutralising apostrophe
    removed: the quick path for most cells gives what the whole rule gives."""
    assert _clean_cell(text) == (restore(text.strip("\ufeff")).strip() or None)


def test_cells_past_the_header_blank_rows_and_a_field_named_twice(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("Name,Email,Company,Name\n"
                    "\ufeffLim Wei Ling ,lim@example.sg,'=Acme,Ling\n"
                    " , \t,,\n"
                    "Tan,tan@example.sg,,,extra cell\n", encoding="utf-8")
    source = read_source(path, "contacts")
    assert source.empty_rows == 1
    lim, tan = source.records
    assert lim.values["full_name"] == "Lim Wei Ling" and lim.columns["full_name"] == "Name"  # the first column wins
    assert lim.values["organization"] == "=Acme" and lim.emails == [("lim@example.sg", "work", "Email")]
    assert tan.extras == [("#5", "extra cell")] and tan.number == 4
