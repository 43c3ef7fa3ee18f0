"""What an export writes for people to read: column headers and enum values in the chosen language.

The exported headers are ones the importer reads back (its synonyms, or the ``sapporo_mice`` rows of
:mod:`sapporo_mice.io.known_formats`), so an export in either language re-imports without ``--map``; enum
values written as labels (新規, 海外バイヤー) are read back to their codes by :func:`value_of`.
The labels are the UI's (``ui/labels.py`` and its catalogues), repeated here because the core has no Qt.
"""

from __future__ import annotations

from typing import Any

from sapporo_mice.vocabulary import field_label

ENUMS: dict[str, dict[str, tuple[str, str]]] = {  # enum -> value -> (en, ja)
    "status": {"new": ("New", "新規"), "contacted": ("Contacted", "連絡済み"), "qualified": ("Qualified", "有望"),
               "negotiating": ("Negotiating", "商談中"), "won": ("Won", "成約"), "lost": ("Lost", "失注"),
               "dormant": ("Dormant", "休止")},
    "lead_kind": {"mice": ("MICE", "MICE"), "trade_buyer": ("Trade buyer", "海外バイヤー"),
                  "company_inquiry": ("Company inquiry", "企業相談"), "student": ("Student", "留学生"),
                  "partnership": ("Partnership", "連携"), "other": ("Other", "その他")},
    "org_kind": {"local_company": ("Local company", "市内企業"), "overseas_buyer": ("Overseas buyer", "海外バイヤー"),
                 "association": ("Association", "国際団体・学会"), "university": ("University", "大学"),
                 "government": ("Government", "行政機関"), "venue": ("Venue", "会場"),
                 "partner_city": ("Partner city", "姉妹・友好都市"), "other": ("Other", "その他")},
}
_REVERSE = {enum: {text.casefold(): value for value, pair in values.items() for text in pair}
            for enum, values in ENUMS.items()}

# (key, English header, Japanese header)
CONTACT_COLUMNS = (("display_name", "Name", "氏名"), ("family_name", "Family name", "姓"),
                   ("given_name", "Given name", "名"), ("family_name_kana", "Family name reading", "姓（カナ）"),
                   ("given_name_kana", "Given name reading", "名（カナ）"), ("latin_name", "Latin name", "ローマ字"),
                   ("organization_name", "Company", "会社名"), ("department", "Department", "部署"),
                   ("title", "Job title", "役職"), ("country", "Country", "国・地域"), ("languages", "Languages", "言語"),
                   ("owner", "Owner", "担当"), ("tags", "Tags", "タグ"), ("notes", "Notes", "備考"))
LEAD_COLUMNS = (("title", "Lead title", "案件名"), ("rating", "Rating", "評価"), ("status", "Status", "ステータス"),
                ("kind", "Lead type", "種別"), ("interest", "Interest", "関心"),
                ("next_action", "Next action", "次のアクション"), ("captured_local", "Captured at", "日時"),
                ("follow_up_on", "Follow up on", "フォローアップ日"), ("fair_name", "Fair", "展示会名"))
COMPANY_COLUMNS = (("name", "Company name", "会社名"), ("name_ja", "Japanese name", "日本語名"),
                   ("name_en", "English name", "英文社名"), ("name_kana", "Reading", "フリガナ"), ("kind", "Type", "区分"),
                   ("corporate_number", "Corporate number", "法人番号"), ("country", "Country", "国・地域"),
                   ("postal_code", "Postal code", "郵便番号"), ("address", "Address", "住所"),
                   ("website", "Website", "ホームページ"), ("email", "Email", "メールアドレス"),
                   ("phone", "Phone", "電話番号"), ("phone_national", "Phone (national)", "電話番号（国内）"),
                   ("industry", "Industry", "業種"), ("employees", "Employees", "従業員数"),
                   ("capital_jpy", "Capital", "資本金"), ("owner", "Owner", "担当"), ("tags", "Tags", "タグ"),
                   ("notes", "Notes", "備考"))
PHONE_HEADERS = {"work": ("Phone", "電話番号"), "mobile": ("Mobile", "携帯電話"), "home": ("Home phone", "自宅電話"),
                 "fax": ("Fax", "FAX")}
EMAIL_HEADER = ("Email", "メールアドレス")
NATIONAL_HEADER = ("Phone (national)", "電話番号（国内）")


# A student export's columns, headed by the student form's own labels (:mod:`sapporo_mice.vocabulary`), which
# the importer reads back as synonyms (:data:`sapporo_mice.io.mapping.STUDENT_SYNONYMS`).
STUDENT_FIELDS = ("display_name", "name_kana", "latin_name", "email", "nationality", "university", "major",
                  "degree", "graduation_year", "graduation_month", "jlpt", "english", "other_languages", "skills",
                  "desired_industries", "desired_job_types", "desired_locations", "internship_interest",
                  "residence_status", "consent_purposes", "consent_on", "consent_expires_on",
                  "consent_share_with_companies", "retain_until", "owner", "tags", "notes")
_STUDENT_FORM_FIELD = {"university": "university_id"}  # the export writes the school's name, the form links it


def student_header(key: str, lang: str) -> str:
    """The header of a student export's column: what the student form calls the field, in ``lang``."""
    return field_label("student", _STUDENT_FORM_FIELD.get(key, key), lang)


def header(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "ja" else pair[0]


def label(enum: str, value: Any, lang: str) -> Any:
    """The label of an enum value in ``lang`` (the value itself when it has none)."""
    pair = ENUMS[enum].get(value) if value is not None else None
    return (pair[1] if lang == "ja" else pair[0]) if pair else value


def value_of(enum: str, text: Any) -> Any:
    """The code an exported label stands for (``新規`` → ``new``); anything else unchanged."""
    if isinstance(text, str):
        return _REVERSE[enum].get(text.strip().casefold(), text)
    return text
