"""Regenerate the known-format and damaged-file fixtures in this folder (the outputs are committed too).

Each export is written from its format's public description (header names and order, encoding, the
way it writes several values): Google Contacts CSV (both header generations), Outlook CSV with
English and Japanese headers, and the Eight and Sansan business-card exports.

Run: .venv/bin/python tests/data/formats/make_formats.py
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).parent


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


GOOGLE_HEADER = [
    "Name", "Given Name", "Additional Name", "Family Name", "Yomi Name", "Given Name Yomi", "Additional Name Yomi",
    "Family Name Yomi", "Name Prefix", "Name Suffix", "Initials", "Nickname", "Short Name", "Maiden Name",
    "Birthday", "Gender", "Location", "Billing Information", "Directory Server", "Mileage", "Occupation", "Hobby",
    "Sensitivity", "Priority", "Subject", "Notes", "Language", "Photo", "Group Membership",
    "E-mail 1 - Type", "E-mail 1 - Value", "E-mail 2 - Type", "E-mail 2 - Value",
    "Phone 1 - Type", "Phone 1 - Value", "Phone 2 - Type", "Phone 2 - Value",
    "Address 1 - Type", "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City", "Address 1 - PO Box",
    "Address 1 - Region", "Address 1 - Postal Code", "Address 1 - Country", "Address 1 - Extended Address",
    "Organization 1 - Type", "Organization 1 - Name", "Organization 1 - Yomi Name", "Organization 1 - Title",
    "Organization 1 - Department", "Organization 1 - Symbol", "Organization 1 - Location",
    "Organization 1 - Job Description", "Website 1 - Type", "Website 1 - Value",
]


def _google_row(**values: str) -> list[str]:
    return [values.get(h, "") for h in GOOGLE_HEADER]


GOOGLE_ROWS = [
    _google_row(**{"Name": "山田 太郎", "Given Name": "太郎", "Family Name": "山田", "Given Name Yomi": "タロウ",
                   "Family Name Yomi": "ヤマダ", "Notes": "北海道フードショーで名刺交換",
                   "Group Membership": "* myContacts ::: 食品バイヤー",
                   "E-mail 1 - Type": "* Work", "E-mail 1 - Value": "taro.yamada@sapporo-foods.example.jp",
                   "E-mail 2 - Type": "Home", "E-mail 2 - Value": "taro@home.example.jp",
                   "Phone 1 - Type": "Work", "Phone 1 - Value": "011-222-3333",
                   "Phone 2 - Type": "Mobile", "Phone 2 - Value": "090-1234-5678",
                   "Address 1 - Type": "Work", "Address 1 - Formatted": "北海道札幌市中央区北1条西2丁目",
                   "Address 1 - Postal Code": "060-0001", "Address 1 - Country": "Japan",
                   "Organization 1 - Name": "札幌食品株式会社", "Organization 1 - Yomi Name": "サッポロショクヒン",
                   "Organization 1 - Title": "営業課長", "Organization 1 - Department": "海外営業部",
                   "Website 1 - Type": "Work", "Website 1 - Value": "https://sapporo-foods.example.jp"}),
    _google_row(**{"Name": "Wei Ling Lim", "Given Name": "Wei Ling", "Family Name": "Lim",
                   "Group Membership": "* myContacts",
                   "E-mail 1 - Type": "Work", "E-mail 1 - Value": "weiling@limtrading.example.sg ::: lim@example.sg",
                   "Phone 1 - Type": "Mobile", "Phone 1 - Value": "+65 9123 4567",
                   "Address 1 - Country": "Singapore",
                   "Organization 1 - Name": "Lim Trading Pte. Ltd.", "Organization 1 - Title": "Director"}),
    _google_row(**{"Name": "Nguyễn Thị Mai", "Given Name": "Thị Mai", "Family Name": "Nguyễn",
                   "E-mail 1 - Type": "Work", "E-mail 1 - Value": "mai.nguyen@saigon.example.vn",
                   "Phone 1 - Type": "Work Fax", "Phone 1 - Value": "+84 28 3822 1234",
                   "Address 1 - Country": "Vietnam", "Organization 1 - Name": "Công ty TNHH Sài Gòn"}),
]

GOOGLE_NEW_HEADER = [
    "First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name", "Phonetic Last Name",
    "Name Prefix", "Name Suffix", "Nickname", "File As", "Organization Name", "Organization Title",
    "Organization Department", "Birthday", "Notes", "Photo", "Labels", "E-mail 1 - Label", "E-mail 1 - Value",
    "Phone 1 - Label", "Phone 1 - Value", "Phone 2 - Label", "Phone 2 - Value",
]
GOOGLE_NEW_ROWS = [
    ["花子", "", "佐藤", "はなこ", "", "さとう", "", "", "", "", "小樽硝子工房", "代表", "", "", "", "",
     "* myContacts ::: 工芸", "* Work", "hanako@otaru-glass.example.jp", "Work", "0134-22-1234", "Mobile",
     "080-2222-3333"],
]

OUTLOOK_HEADER = [
    "Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title",
    "Business Street", "Business Street 2", "Business Street 3", "Business City", "Business State",
    "Business Postal Code", "Business Country/Region", "Home Street", "Home City", "Home Postal Code",
    "Assistant's Phone", "Business Fax", "Business Phone", "Business Phone 2", "Callback", "Car Phone",
    "Company Main Phone", "Home Fax", "Home Phone", "Mobile Phone", "Other Phone", "Pager", "Primary Phone",
    "Anniversary", "Birthday", "Categories", "E-mail Address", "E-mail Type", "E-mail Display Name",
    "E-mail 2 Address", "E-mail 2 Type", "E-mail 2 Display Name", "Notes", "Web Page",
]


def _outlook_row(**values: str) -> list[str]:
    return [values.get(h.replace(" ", "_").replace("-", "_").replace("/", "_").replace("'", ""), "") for h in OUTLOOK_HEADER]


OUTLOOK_ROWS = [
    _outlook_row(Title="Mr.", First_Name="James", Last_Name="Carter", Company="Pacific Seafood Imports LLC",
                 Department="Purchasing", Job_Title="Head Buyer", Business_Street="1200 Harbor Blvd",
                 Business_City="Seattle", Business_State="WA", Business_Postal_Code="98101",
                 Business_Country_Region="United States", Business_Phone="+1 (206) 555-0143",
                 Mobile_Phone="+1 206 555 0199", E_mail_Address="j.carter@pacificseafood.example.com",
                 E_mail_Type="SMTP", E_mail_Display_Name="James Carter (j.carter@pacificseafood.example.com)",
                 Notes="Scallops, 20 t a year", Categories="Seafood"),
]

OUTLOOK_JA_HEADER = [
    "敬称", "名", "ミドル ネーム", "姓", "フリガナ (名)", "フリガナ (姓)", "会社名", "部署", "役職",
    "番地 (会社)", "市町村 (会社)", "都道府県 (会社)", "郵便番号 (会社)", "国/地域 (会社)",
    "会社 FAX", "会社電話", "会社電話 2", "携帯電話", "自宅電話", "分類",
    "電子メール アドレス", "電子メールの種類", "電子メール 表示名", "メモ", "Web ページ",
]
OUTLOOK_JA_ROWS = [
    ["", "一郎", "", "鈴木", "イチロウ", "スズキ", "函館マリン商事株式会社", "輸出部", "部長",
     "末広町14-1", "函館市", "北海道", "040-0053", "日本", "0138-22-0001", "0138-22-0000", "", "090-8765-4321",
     "", "水産", "suzuki@hakodate-marine.example.jp", "SMTP", "鈴木 一郎", "ホタテの輸出に関心", ""],
]

EIGHT_HEADER = ["会社名", "部署名", "役職", "姓", "名", "e-mail", "郵便番号", "住所", "TEL会社", "TEL部門", "TEL直通",
                "Fax", "携帯電話", "URL", "名刺交換日"]
EIGHT_ROWS = [
    ["株式会社旭川ファーム", "営業部", "課長", "高橋", "健", "takahashi@asahikawa-farm.example.jp", "070-0031",
     "北海道旭川市1条通8丁目", "0166-23-1111", "", "0166-23-1112", "0166-23-1113", "080-1111-2222",
     "https://asahikawa-farm.example.jp", "2026/11/20"],
]

SANSAN_HEADER = ["名刺交換日", "会社名", "会社名（カナ）", "部署名", "役職", "姓", "名", "姓（カナ）", "名（カナ）",
                 "メールアドレス", "郵便番号", "住所", "電話番号", "FAX番号", "携帯番号", "URL", "所有者"]
SANSAN_ROWS = [
    ["2026/11/21", "釧路水産株式会社", "クシロスイサン", "海外事業部", "主任", "伊藤", "美咲", "イトウ", "ミサキ",
     "ito@kushiro-suisan.example.jp", "085-0016", "北海道釧路市錦町2丁目", "0154-22-3333", "0154-22-3334",
     "090-3333-4444", "", "佐藤 花子"],
]


def _xlsx(path: Path, rows: list[list[object]], *, merge: str | None = None) -> None:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    book.save(path)


def main() -> None:
    (HERE / "google.csv").write_text(_csv([GOOGLE_HEADER, *GOOGLE_ROWS]), encoding="utf-8", newline="")
    (HERE / "google_2023.csv").write_text(_csv([GOOGLE_NEW_HEADER, *GOOGLE_NEW_ROWS]), encoding="utf-8", newline="")
    (HERE / "outlook_en.csv").write_text(_csv([OUTLOOK_HEADER, *OUTLOOK_ROWS]), encoding="utf-8", newline="")
    (HERE / "outlook_ja.csv").write_bytes(_csv([OUTLOOK_JA_HEADER, *OUTLOOK_JA_ROWS]).encode("cp932"))
    (HERE / "eight.csv").write_bytes(_csv([EIGHT_HEADER, *EIGHT_ROWS]).encode("cp932"))
    (HERE / "sansan.csv").write_text(_csv([SANSAN_HEADER, *SANSAN_ROWS]), encoding="utf-8-sig", newline="")
    # damaged or unusual files
    names = "Name,Email,Company\r\nJosé Müller,jose@example.de,Müller GmbH\r\nSøren Kierkegaard,soren@example.dk,\r\n"
    (HERE / "utf8_accents.csv").write_bytes(names.encode("utf-8"))
    (HERE / "utf16le_bom.txt").write_bytes(b"\xff\xfe" + "氏名\tメール\r\n山田 太郎\ttaro@example.jp\r\n".encode("utf-16-le"))
    (HERE / "utf16be_bom.csv").write_bytes(b"\xfe\xff" + "氏名,メール\r\n山田 太郎,taro@example.jp\r\n".encode("utf-16-be"))
    (HERE / "utf16le_nobom.csv").write_bytes("氏名,メール\r\n山田 太郎,taro@example.jp\r\n".encode("utf-16-le"))
    (HERE / "unclosed_quote.csv").write_text(
        'Name,Email,Notes\r\nAnna Berg,anna@example.se,ok\r\nBen Ito,ben@example.jp,"met at booth\r\n'
        'Carl Diaz,carl@example.mx,third\r\n', encoding="utf-8", newline="")
    (HERE / "broken_qp.vcf").write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=B1=B1=E7=94=B0;=C3=28\r\n"
        b"TEL;CELL:090-1234-5678\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nN:Ito;Ben\r\n"
        b"NOTE;ENCODING=QUOTED-PRINTABLE:Met =ZZ at the booth\r\nEND:VCARD\r\n")
    _xlsx(HERE / "corrupt_source.xlsx", [["Name", "Email"], ["Anna Berg", "anna@example.se"]])
    data = (HERE / "corrupt_source.xlsx").read_bytes()
    (HERE / "corrupt.xlsx").write_bytes(data[: len(data) // 2])  # a download cut half-way
    (HERE / "corrupt_source.xlsx").unlink()
    _xlsx(HERE / "merged.xlsx", [["会社名", "氏名", "メール"], ["札幌食品株式会社", "山田 太郎", "taro@example.jp"],
                                 [None, "佐藤 花子", "hanako@example.jp"], [None, "鈴木 一郎", "ichiro@example.jp"]],
          merge="A2:A4")
    _formula_without_value(HERE / "formula_no_value.xlsx")


def _formula_without_value(path: Path) -> None:
    """A workbook as a script writes it: a formula cell with no cached value (openpyxl never computes)."""
    _xlsx(path, [["Name", "Email", "Phone"], ["Anna Berg", "anna@example.se", "=\"011\"&\"-222-3333\""],
                 ["Ben Ito", "ben@example.jp", "011-222-4444"]])
    with zipfile.ZipFile(path) as archive:
        assert any(b"<f>" in archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/"))


if __name__ == "__main__":
    main()
