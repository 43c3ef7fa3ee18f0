"""The export formats people actually bring, recognised by their header row: a table of data, one row a format.

A file whose headers include every header of a format's ``signature`` is read by that format's
``columns`` first (header -> import field; ``None``: a column the format is known to have that holds no
field of ours, kept in the notes without a warning), then by the general synonyms of
:mod:`sapporo_mice.io.mapping` for whatever is left. ``numbered`` describes the numbered groups of the
Google export (``E-mail 1 - Value`` with its ``E-mail 1 - Type``): the type cell of the same row says
which field the value goes to, and one cell may hold several values separated by `` ::: ``.
``skip`` names columns that only repeat what other columns hold (an e-mail's display name, the
parts of an address also given whole): they are read by nobody and kept nowhere.
``joined`` lists the columns whose texts make one field, in the order they are written (an address
in street, city, state order for Outlook, prefecture first for Japanese Outlook).

Headers compare as :func:`sapporo_mice.io.mapping.header_key` does (width, case, spaces, punctuation).
Each format was first written from its public description; the fixtures under ``tests/data/formats`` show
one file of each. Checked since (no real export of these is in ``/work/shared/corpus``, which holds vCards):
Outlook (English) against Microsoft's sample file for Outlook imports; Outlook (Japanese) against the header
row of real Japanese exports as two independent readers of them list it (which corrected four headers);
Eight against the column list several independent Eight converters agree on (会社名 … 名刺交換日, then one
column per tag); Google against third-party listings of both Google CSV generations. Sansan's export is
checked against nothing public. The next format is one more entry in ``FORMATS``.
"""

from __future__ import annotations

from typing import Any

# The types of a numbered Google group, folded (``* Mobile`` -> ``mobile``), to a field.
_GOOGLE_PHONE_TYPES = {"mobile": "mobile", "work": "phone", "main": "phone", "home": "phone_home",
                       "work fax": "fax", "home fax": "fax", "fax": "fax", "携帯": "mobile", "勤務先": "phone",
                       "自宅": "phone_home"}
_GOOGLE_EMAIL_TYPES = {"work": "email", "home": "email_home", "other": "email", "勤務先": "email", "自宅": "email_home"}

_GOOGLE_NUMBERED = (
    {"value": "E-mail {n} - Value", "type": ("E-mail {n} - Type", "E-mail {n} - Label"),
     "default": "email", "types": _GOOGLE_EMAIL_TYPES},
    {"value": "Phone {n} - Value", "type": ("Phone {n} - Type", "Phone {n} - Label"),
     "default": "phone", "types": _GOOGLE_PHONE_TYPES},
    {"value": "Website {n} - Value", "type": ("Website {n} - Type", "Website {n} - Label"),
     "default": "website", "types": {}},
)

_GOOGLE_COMMON: dict[str, str | None] = {
    "Address 1 - Formatted": "address", "Address 1 - Postal Code": "postal_code", "Address 1 - Country": "country",
    "Notes": "notes", "Name Prefix": None, "Name Suffix": None, "Nickname": None, "Birthday": None,
    "Photo": None, "Initials": None, "Short Name": None, "Maiden Name": None, "Gender": None, "Location": None,
    "Billing Information": None, "Directory Server": None, "Mileage": None, "Occupation": None, "Hobby": None,
    "Sensitivity": None, "Priority": None, "Subject": None, "Language": None, "File As": None,
    "Group Membership": "tags", "Labels": "tags",
}

# The parts of an address Google also writes whole ("Address 1 - Formatted"), and the kinds of groups.
_GOOGLE_SKIP = ("Address 1 - Street", "Address 1 - City", "Address 1 - Region", "Address 1 - PO Box",
                "Address 1 - Extended Address", "Address 1 - Type", "Address 1 - Label", "Organization 1 - Type")

FORMATS: tuple[dict[str, Any], ...] = (
    {   # Google Contacts, "Google CSV" as exported until 2023
        "key": "google", "label": {"ja": "Google コンタクト", "en": "Google Contacts"},
        "signature": ("Given Name", "Family Name", "E-mail 1 - Value"),
        "columns": {
            "Name": "full_name", "Given Name": "given_name", "Family Name": "family_name",
            "Additional Name": None, "Yomi Name": "reading", "Given Name Yomi": "given_name_kana",
            "Family Name Yomi": "family_name_kana", "Additional Name Yomi": None,
            "Organization 1 - Name": "organization", "Organization 1 - Yomi Name": "organization_kana",
            "Organization 1 - Title": "title", "Organization 1 - Department": "department",
            "Organization 1 - Type": None, "Organization 1 - Symbol": None, "Organization 1 - Location": None,
            "Organization 1 - Job Description": None, **_GOOGLE_COMMON,
        },
        "numbered": _GOOGLE_NUMBERED, "skip": _GOOGLE_SKIP,
    },
    {   # Google Contacts since 2023 (First Name, Phonetic Last Name, Organization Name …)
        "key": "google", "label": {"ja": "Google コンタクト", "en": "Google Contacts"},
        "signature": ("First Name", "Last Name", "Organization Name", "E-mail 1 - Value"),
        "columns": {
            "First Name": "given_name", "Last Name": "family_name", "Middle Name": None,
            "Phonetic First Name": "given_name_kana", "Phonetic Last Name": "family_name_kana",
            "Phonetic Middle Name": None, "Organization Name": "organization",
            "Organization Title": "title", "Organization Department": "department", **_GOOGLE_COMMON,
        },
        "numbered": _GOOGLE_NUMBERED, "skip": _GOOGLE_SKIP,
    },
    {   # Outlook (classic) "Comma Separated Values", English headers. "Title" is the courtesy title (Mr.).
        "key": "outlook", "label": {"ja": "Outlook（英語）", "en": "Outlook (English)"},
        "signature": ("First Name", "Last Name", "E-mail Address", "Business Phone"),
        "columns": {
            "Title": None, "First Name": "given_name", "Middle Name": None, "Last Name": "family_name",
            "Suffix": None, "Given Yomi": "given_name_kana", "Surname Yomi": "family_name_kana",
            "Company": "organization", "Company Yomi": "organization_kana", "Department": "department",
            "Job Title": "title", "Business Postal Code": "postal_code", "Business Country/Region": "country",
            "Business Phone": "phone", "Business Phone 2": "phone", "Company Main Phone": "phone",
            "Mobile Phone": "mobile", "Home Phone": "phone_home", "Business Fax": "fax",
            "E-mail Address": "email", "E-mail 2 Address": "email", "E-mail 3 Address": "email",
            "Notes": "notes", "Web Page": "website", "Categories": "tags",
            "Home Street": None, "Home Street 2": None, "Home Street 3": None, "Home City": None, "Home State": None,
            "Home Postal Code": None, "Home Country/Region": None, "Other Street": None, "Other City": None,
            "Other State": None, "Other Postal Code": None, "Other Country/Region": None,
            "Assistant's Phone": None, "Callback": None, "Car Phone": None, "Home Fax": None, "Home Phone 2": None,
            "ISDN": None, "Other Fax": None, "Other Phone": None, "Pager": None, "Primary Phone": None,
            "Radio Phone": None, "TTY/TDD Phone": None, "Telex": None, "Anniversary": None, "Birthday": None,
            "Gender": None, "Initials": None, "Language": None, "Location": None, "Manager's Name": None,
            "Assistant's Name": None, "Office Location": None, "Profession": None, "Spouse": None, "Hobby": None,
            "Business Street": "address", "Business Street 2": "address", "Business Street 3": "address",
            "Business City": "address", "Business State": "address",
            # the rest of Microsoft's own sample file ("Create or edit .csv files to import into Outlook")
            "Other Street 2": None, "Other Street 3": None, "Account": None, "Billing Information": None,
            "Business Address PO Box": None, "Children": None, "Directory Server": None,
            "Government ID Number": None, "Home Address PO Box": None, "Internet Free Busy": None, "Keywords": None,
            "Mileage": None, "Organizational ID Number": None, "Other Address PO Box": None, "Priority": None,
            "Private": None, "Referred By": None, "Sensitivity": None, "User 1": None, "User 2": None,
            "User 3": None, "User 4": None,
        },
        "skip": ("E-mail Type", "E-mail Display Name", "E-mail 2 Type", "E-mail 2 Display Name", "E-mail 3 Type",
                 "E-mail 3 Display Name"),
        "joined": {"address": ("Business Street", "Business Street 2", "Business Street 3", "Business City",
                               "Business State")},
    },
    {   # Outlook, Japanese headers (会社電話, 電子メール アドレス, 番地 (会社) …)
        "key": "outlook_ja", "label": {"ja": "Outlook（日本語）", "en": "Outlook (Japanese)"},
        "signature": ("姓", "名", "電子メール アドレス", "会社電話"),
        # The headers of a real Japanese Outlook export, as two independent readers of such files list them:
        # 肩書き (courtesy title) and 敬称 (suffix), 住所 2 (会社), 国 (会社)/地域, 姓フリガナ, 名前フリガナ,
        # 会社名フリガナ. The earlier guesses (フリガナ (姓), 国/地域 (会社), 番地 2 (会社)) are kept as aliases.
        "columns": {
            "肩書き": None, "敬称": None, "名": "given_name", "ミドル ネーム": None, "姓": "family_name",
            "敬称 (英語)": None,
            "姓フリガナ": "family_name_kana", "名前フリガナ": "given_name_kana", "会社名フリガナ": "organization_kana",
            "フリガナ (名)": "given_name_kana", "フリガナ (姓)": "family_name_kana",
            "ふりがな (名)": "given_name_kana", "ふりがな (姓)": "family_name_kana",
            "会社名": "organization", "フリガナ (会社名)": "organization_kana", "部署": "department", "役職": "title",
            "郵便番号 (会社)": "postal_code", "国 (会社)/地域": "country", "国/地域 (会社)": "country",
            "都道府県 (会社)": "address", "市町村 (会社)": "address", "番地 (会社)": "address",
            "住所 2 (会社)": "address", "住所 3 (会社)": "address",
            "番地 2 (会社)": "address", "番地 3 (会社)": "address",
            "会社電話": "phone", "会社電話 2": "phone", "会社代表電話": "phone", "携帯電話": "mobile",
            "自宅電話": "phone_home", "会社 FAX": "fax",
            "電子メール アドレス": "email", "電子メール 2 アドレス": "email", "電子メール 3 アドレス": "email",
            "メモ": "notes", "Web ページ": "website", "分類": "tags",
            # known columns that hold no field of ours (kept in the notes, no warning)
            "番地 (自宅)": None, "住所 2 (自宅)": None, "住所 3 (自宅)": None, "市町村 (自宅)": None,
            "都道府県 (自宅)": None, "郵便番号 (自宅)": None, "国 (自宅)/地域": None, "番地 (その他)": None,
            "住所 2 (その他)": None, "住所 3 (その他)": None, "市町村 (その他)": None, "都道府県 (その他)": None,
            "郵便番号 (その他)": None, "国 (その他)/地域": None, "秘書の電話": None, "コールバック": None,
            "自動車電話": None, "自宅 FAX": None, "自宅電話 2": None, "ISDN": None, "その他の FAX": None,
            "その他の電話": None, "ポケットベル": None, "通常の電話": None, "無線電話": None, "TTY/TDD": None,
            "テレックス": None, "ID 番号": None, "アカウント": None, "イニシャル": None,
            "インターネット空き時間情報": None, "キーワード": None, "その他住所私書箱": None,
            "ディレクトリ サーバー": None, "プライベート": None, "マネージャー": None, "ユーザー 1": None,
            "ユーザー 2": None, "ユーザー 3": None, "ユーザー 4": None, "会社 ID": None, "会社住所私書箱": None,
            "記念日": None, "経費情報": None, "言語": None, "参照事項": None, "子供": None, "支払い条件": None,
            "事業所": None, "自宅住所私書箱": None, "趣味": None, "場所": None, "職業": None, "性別": None,
            "誕生日": None, "配偶者": None, "秘書の氏名": None, "秘密度": None, "優先度": None,
        },
        "skip": ("電子メールの種類", "電子メール表示名", "電子メール 表示名", "電子メール 2 の種類", "電子メール 2 表示名",
                 "電子メール 3 の種類", "電子メール 3 表示名"),
        "joined": {"address": ("都道府県 (会社)", "市町村 (会社)", "番地 (会社)", "住所 2 (会社)", "住所 3 (会社)",
                               "番地 2 (会社)", "番地 3 (会社)")},
    },
    {   # Eight (business cards), CSV download of one's cards
        "key": "eight", "label": {"ja": "Eight（名刺）", "en": "Eight (business cards)"},
        "signature": ("会社名", "部署名", "役職", "姓", "名", "TEL会社"),
        "columns": {
            "会社名": "organization", "部署名": "department", "役職": "title", "姓": "family_name", "名": "given_name",
            "姓（カナ）": "family_name_kana", "名（カナ）": "given_name_kana",
            "e-mail": "email", "郵便番号": "postal_code", "住所": "address",
            "TEL会社": "phone", "TEL部門": "phone", "TEL直通": "phone", "Fax": "fax", "携帯電話": "mobile",
            "URL": "website", "名刺交換日": "captured_at",
        },
    },
    {   # Sansan (business cards), the CSV export of cards
        "key": "sansan", "label": {"ja": "Sansan（名刺）", "en": "Sansan (business cards)"},
        "signature": ("会社名", "部署名", "役職", "姓", "名", "姓（カナ）", "名刺交換日"),
        "columns": {
            "名刺交換日": "captured_at", "会社名": "organization", "会社名（カナ）": "organization_kana",
            "部署名": "department", "役職": "title", "姓": "family_name", "名": "given_name",
            "姓（カナ）": "family_name_kana", "名（カナ）": "given_name_kana", "氏名（英語）": "latin_name",
            "メールアドレス": "email", "郵便番号": "postal_code", "住所": "address", "電話番号": "phone",
            "FAX番号": "fax", "携帯番号": "mobile", "携帯電話": "mobile", "URL": "website", "所有者": None,
            "名刺ID": None,
        },
    },
)
