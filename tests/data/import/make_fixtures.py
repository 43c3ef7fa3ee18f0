"""Regenerate the encoded and binary import fixtures in this folder (the outputs are committed too).

Run: .venv/bin/python tests/data/import/make_fixtures.py
"""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).parent

CONTACT_HEADER = ["氏名", "フリガナ", "会社名", "役職", "電話番号", "携帯", "メールアドレス", "国", "備考", "Booth visit note"]
CONTACT_ROWS = [
    ["山田 太郎", "ヤマダ タロウ", "札幌食品株式会社", "営業課長", "011-222-3333", "090-1234-5678", "taro.yamada@sapporo-foods.jp", "JP", "", ""],
    ["王 小明", "", "上海贸易有限公司", "采购经理", "+86 21 6123 4567", "", "wang.xm@sh-trade.cn", "CN", "", ""],
    ["สมชาย ใจดี", "", "Bangkok Fresh Co., Ltd.", "Buyer", "02 123 4567", "081 234 5678", "somchai@bkkfresh.co.th", "TH", "", ""],
    ["김 민준", "", "서울식품", "대리", "02-312-3456", "010-1234-5678", "minjun.kim@seoulfood.kr", "KR", "", ""],
    ["Nguyễn Văn An", "", "Công ty TNHH Sài Gòn", "Giám đốc", "028 3822 1234", "", "an.nguyen@saigon.vn", "VN", "", ""],
    ["محمد العلي", "", "Dubai Foods LLC", "Procurement", "+971 4 234 5678", "", "m.alali@dubaifoods.ae", "AE", "", ""],
    ["Lim Wei Ling", "", "Lim Trading Pte. Ltd.", "Director", "6123 4567", "9123 4567", "weiling@limtrading.sg", "SG", "Met at\nthe booth, \"very keen\"", "wants samples"],
    ["Chan Tai Man", "", "HK Gourmet Ltd", "=HYPERLINK(\"http://evil\")", "2123 4567", "", "tm.chan@hkgourmet.hk", "HK", "+cmd|' /C calc'!A0", ""],
    ["", "", "", "", "", "", "", "", "", ""],
    ["Maria Santos", "", "Manila Imports Inc.", "Owner", "not a phone", "", "maria@manila-imports.ph", "PH", "", ""],
    ["", "", "", "", "", "", "", "", "", ""],
]

FHA_HEADER = ["Visit Date", "Salutation", "First Name", "Last Name", "Job Title", "Company Name", "Country",
              "Mobile", "Email", "Product Interest", "Rating", "Badge ID"]
FHA_ROWS = [
    ["2026-04-21 10:15", "Mr", "Wei Jie", "Tan", "Purchasing Manager", "Tan Brothers Seafood Pte Ltd", "Singapore",
     "+65 9123 4567", "weijie@tanbrothers.sg", "Frozen scallops", "A", "FHA-0001"],
    ["2026-04-21 11:40", "Ms", "Siti", "Rahman", "Buyer", "KL Fresh Mart Sdn Bhd", "Malaysia",
     "012-345 6789", "siti@klfresh.my", "Hokkaido milk", "B", "FHA-0002"],
    ["2026-04-22 09:05", "Mr", "Budi", "Santoso", "Director", "PT Jaya Pangan", "Indonesia",
     "0812 3456 7890", "budi@jayapangan.co.id", "Seafood; confectionery", "C", "FHA-0003"],
    ["2026-04-22 14:30", "Mr", "Kenji", "Sato", "Manager", "Sato Trading Singapore", "Singapore",
     "9876 5432", "k.sato@satotrading.sg", "Sake", "a", "FHA-0004"],
]

SJIS_CARD = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;CHARSET=SHIFT_JIS:山田;花子;;;\r\n"
    "FN;CHARSET=SHIFT_JIS:山田 花子\r\n"
    "SOUND;X-IRMC-N;CHARSET=SHIFT_JIS:ﾔﾏﾀﾞ;ﾊﾅｺ;;;\r\n"
    "TEL;CELL:090-9876-5432\r\n"
    "TEL;WORK;VOICE:011-211-1111\r\n"
    "EMAIL;INTERNET:hanako@example.ne.jp\r\n"
    "ORG;CHARSET=SHIFT_JIS:札幌市経済観光局;国際経済戦略室\r\n"
    "TITLE;CHARSET=SHIFT_JIS:係長\r\n"
    "X-DCM-GN-ORIGINAL:1\r\n"
    "END:VCARD\r\n"
)


def _qp(text: str, charset: str) -> str:
    """QUOTED-PRINTABLE as feature phones wrote it, with soft line breaks every 60 characters."""
    encoded = "".join(chr(b) if 33 <= b <= 126 and b not in (59, 61) else f"={b:02X}" for b in text.encode(charset))
    tokens = re.findall(r"=[0-9A-F]{2}|.", encoded, flags=re.S)
    lines, current = [], ""
    for token in tokens:
        if len(current) + len(token) > 60:
            lines.append(current)
            current = ""
        current += token
    return "=\r\n".join(lines + [current])


def sjis_qp_card() -> bytes:
    note = _qp("展示会で名刺交換。ホタテに関心あり。\r\n来月サンプル送付。", "cp932")
    card = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        f"N;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:{_qp('佐藤;一郎;;;', 'cp932')}\r\n"
        "SOUND;X-IRMC-N;CHARSET=SHIFT_JIS:ｻﾄｳ;ｲﾁﾛｳ;;;\r\n"
        "TEL;CELL:08012345678\r\n"
        f"ORG;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:{_qp('北海道水産株式会社', 'cp932')}\r\n"
        f"NOTE;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:{note}\r\n"
        "EMAIL:ichiro.sato@hokkaido-suisan.co.jp\r\n"
        "END:VCARD\r\n"
    )
    return card.encode("cp932")


IOS_CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17.4//EN\r\n"
    "N:鈴木;一郎;;;\r\nFN:鈴木 一郎\r\nX-PHONETIC-LAST-NAME:すずき\r\nX-PHONETIC-FIRST-NAME:いちろう\r\n"
    "ORG:株式会社サッポロ物産;海外事業部\r\nTITLE:部長\r\n"
    "item1.EMAIL;type=INTERNET;type=pref:ichiro@sapporo-bussan.co.jp\r\n"
    "TEL;type=CELL;type=VOICE;type=pref:+81 90-1111-2222\r\n"
    "item2.TEL:011-555-6666\r\nitem2.X-ABLabel:_$!<Main>!$_\r\n"
    "item3.ADR;type=WORK;type=pref:;;北1条西2丁目;札幌市中央区;北海道;060-0001;日本\r\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0a\r\n"
    " HBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAA\r\n"
    "END:VCARD\r\n"
)

ANDROID_CARDS = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + _qp("Trần;Thị Mai;;;", "utf-8") + "\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + _qp("Trần Thị Mai", "utf-8") + "\r\n"
    "TEL;CELL:+84 90 123 45 67\r\n"
    "EMAIL;HOME:mai.tran@example.vn\r\n"
    "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + _qp("Công ty Cổ phần Thực phẩm Hà Nội", "utf-8") + "\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Wong;Ka Yan;;;\r\nFN:Ka Yan Wong\r\n"
    "TEL;TYPE=CELL:+852 9123 4567\r\nTEL;VALUE=uri;TYPE=work:tel:+852-2123-4567;ext=12\r\n"
    "EMAIL;TYPE=WORK:kayan.wong@example.hk\r\nORG:HK Gourmet Ltd\r\nTITLE:Sourcing Lead\r\n"
    "END:VCARD\r\n"
)


def write_csvs() -> None:
    import csv
    import io

    def text(header, rows) -> str:
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
        return buffer.getvalue()

    contacts = text(CONTACT_HEADER, CONTACT_ROWS)
    (HERE / "contacts_many_scripts.csv").write_bytes(contacts.encode("utf-8"))
    (HERE / "contacts_many_scripts_bom.csv").write_bytes(contacts.encode("utf-8-sig"))
    japanese = [r for r in CONTACT_ROWS if not r[0] or r[2].endswith("株式会社")]
    (HERE / "contacts_cp932.csv").write_bytes(text(CONTACT_HEADER, japanese).encode("cp932"))
    (HERE / "ambiguous_halfwidth_kana.csv").write_bytes("ﾃｽ,ﾃｽ\r\nﾃｽ,ﾃｽ\r\n".encode("cp932"))  # also UTF-8 "ý,ý"
    (HERE / "latin1.csv").write_bytes("Name,Company\r\nJosé,Café Noël\r\n".encode("latin-1"))
    (HERE / "fha_leads.csv").write_bytes(text(FHA_HEADER, FHA_ROWS).encode("utf-8-sig"))
    (HERE / "empty.csv").write_bytes(b"")
    (HERE / "header_only.csv").write_bytes("氏名,会社名,メールアドレス\r\n".encode("utf-8"))
    (HERE / "really_csv.xlsx").write_bytes(contacts.encode("utf-8"))
    (HERE / "garbage.csv").write_bytes(bytes(range(256)) * 4)


def write_xlsx() -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Leads"
    sheet.append(FHA_HEADER)
    for row in FHA_ROWS:
        sheet.append(row)
    book.save(HERE / "fha_leads.xlsx")

    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "Company", "Country", "Phone", "Mobile"])
    sheet.append(["高橋 次郎", "小樽運輸", "JP", 9012345678, 312345678])  # Excel ate the leading 0
    sheet.append(["Ong Mei", "Ong Foods", "", 6561234567, None])       # Excel ate the + (SG)
    book.save(HERE / "excel_numeric_phones.xlsx")


def write_vcards() -> None:
    (HERE / "feature_phone_sjis.vcf").write_bytes(SJIS_CARD.encode("cp932") + sjis_qp_card())
    (HERE / "ios_japanese.vcf").write_bytes(IOS_CARDS.encode("utf-8"))
    (HERE / "android_mixed.vcf").write_bytes(ANDROID_CARDS.encode("utf-8"))
    (HERE / "truncated.vcf").write_bytes(IOS_CARDS.encode("utf-8")[:300])


if __name__ == "__main__":
    write_csvs()
    write_xlsx()
    write_vcards()
