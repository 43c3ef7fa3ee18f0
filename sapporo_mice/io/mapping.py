"""Mapping a file's column headers to import fields, by English and Japanese synonyms.

Headers compare width-, case-, space- and punctuation-insensitively (``E-mail`` = ``ｅｍａｉｌ`` =
``Email``). ``--map HEADER=FIELD`` adds to or overrides the synonyms. Columns that map to nothing are
reported as warnings and their values are kept in the record's notes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from sapporo_mice import countries
from sapporo_mice.io import known_formats
from sapporo_mice.io.export_labels import student_header
from sapporo_mice.vocabulary import field_label

# Fields that can hold several columns (each column adds an email or phone of that kind).
MULTI_FIELDS = {"email", "email_home", "phone", "mobile", "phone_home", "fax"}
PHONE_KINDS = {"phone": "work", "mobile": "mobile", "phone_home": "home", "fax": "fax"}
EMAIL_KINDS = {"email": "work", "email_home": "home"}

PERSON_SYNONYMS: dict[str, tuple[str, ...]] = {
    "full_name": ("name", "full name", "contact name", "contact", "氏名", "名前", "お名前", "担当者", "担当者名",
                  "visitor name", "buyer name", "fn"),
    "family_name": ("family name", "last name", "surname", "姓", "苗字", "名字", "lastname"),
    "given_name": ("given name", "first name", "名", "firstname", "forename"),
    "reading": ("reading", "furigana", "フリガナ", "ふりがな", "氏名カナ", "氏名(カナ)", "カナ", "よみがな", "name kana"),
    "family_name_kana": ("family name reading", "family name kana", "last name kana", "セイ", "姓カナ", "姓(カナ)",
                         "phonetic last name", "せい"),
    "given_name_kana": ("given name reading", "given name kana", "first name kana", "メイ", "名カナ", "名(カナ)",
                        "phonetic first name", "めい"),
    "latin_name": ("latin name", "name (latin)", "english name", "romaji", "ローマ字", "英語名", "氏名(英語)"),
    "organization": ("company", "company name", "organization", "organisation", "org", "会社", "会社名", "企業名",
                     "所属", "団体名", "勤務先", "法人名", "business name", "firm", "account name"),
    "organization_kana": ("company kana", "company reading", "会社名カナ", "会社名(カナ)", "会社名フリガナ",
                          "会社名よみ"),
    "department": ("department", "dept", "division", "部署", "部署名", "部門"),
    "title": ("job title", "title", "position", "role", "役職", "役職名", "肩書", "肩書き", "designation"),
    "email": ("email", "e-mail", "email address", "mail", "work email", "メール", "メールアドレス", "eメール",
              "e-mailアドレス", "電子メール"),
    "email_home": ("home email", "personal email", "private email", "個人メール"),
    "phone": ("phone", "telephone", "tel", "phone number", "work phone", "business phone", "office phone",
              "電話", "電話番号", "会社電話", "代表電話", "tel no", "contact number"),
    "mobile": ("mobile", "mobile phone", "cell", "cell phone", "handphone", "hp", "携帯", "携帯電話",
               "携帯番号", "携帯電話番号"),
    "phone_home": ("home phone", "自宅電話", "自宅"),
    "fax": ("fax", "fax number", "facsimile", "ファックス", "fax番号"),
    "country": ("country", "country code", "nation", "国", "国名", "国・地域", "国/地域", "country/region"),
    "address": ("address", "住所", "所在地", "street address", "mailing address"),
    "postal_code": ("postal code", "zip", "zip code", "postcode", "郵便番号", "〒"),
    "website": ("website", "web", "url", "homepage", "web site", "ホームページ", "ウェブサイト"),
    "notes": ("notes", "note", "remarks", "comments", "comment", "memo", "備考", "メモ", "コメント", "特記事項"),
    "tags": ("tags", "tag", "category", "categories", "タグ", "分類"),
    "languages": ("languages", "language", "言語", "使用言語"),
    "owner": ("owner", "staff", "assigned to", "担当", "担当職員"),
    "corporate_number": ("corporate number", "法人番号"),
}

LEAD_SYNONYMS: dict[str, tuple[str, ...]] = {
    "lead_title": ("lead", "lead title", "subject", "件名", "案件名", "見込み案件名"),
    "rating": ("rating", "grade", "rank", "評価", "ランク"),
    "interest": ("interest", "interested in", "product interest", "products of interest", "関心", "興味",
                 "関心商品", "興味のある商品", "interest product"),
    "next_action": ("next action", "next step", "follow up action", "次のアクション", "対応"),
    "captured_at": ("date", "visit date", "captured at", "scan date", "scanned at", "timestamp", "日付",
                    "来場日", "名刺交換日", "日時"),
    "follow_up_on": ("follow up", "follow-up date", "follow up on", "フォロー日", "フォローアップ日"),
    "status": ("status", "lead status", "ステータス", "状況"),
    "lead_kind": ("lead kind", "lead type", "種別"),
    "fair_name": ("fair", "fair name", "展示会", "展示会名"),  # informational: --fair links the fair
}

COMPANY_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("company", "company name", "name", "organization", "organisation", "会社名", "企業名", "名称",
             "法人名", "団体名", "会社"),
    "name_ja": ("japanese name", "name (japanese)", "name ja", "和名", "日本語名"),
    "name_en": ("english name", "name (english)", "name en", "英語名", "英文社名"),
    "name_kana": ("reading", "kana", "name kana", "フリガナ", "ふりがな", "会社名カナ", "カナ"),
    "kind": ("kind", "type", "organization type", "種別", "区分"),
    "corporate_number": ("corporate number", "法人番号"),
    "country": PERSON_SYNONYMS["country"],
    "postal_code": PERSON_SYNONYMS["postal_code"],
    "address": PERSON_SYNONYMS["address"],
    "website": PERSON_SYNONYMS["website"],
    "email": PERSON_SYNONYMS["email"],
    "phone": PERSON_SYNONYMS["phone"],
    "industry": ("industry", "sector", "業種", "業界"),
    "employees": ("employees", "staff count", "headcount", "従業員数", "社員数"),
    "capital_jpy": ("capital", "capital (jpy)", "資本金"),
    "notes": PERSON_SYNONYMS["notes"],
    "tags": PERSON_SYNONYMS["tags"],
    "owner": PERSON_SYNONYMS["owner"],
}

STUDENT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "display_name": ("name", "full name", "student name", "氏名", "名前", "学生名"),
    "name_kana": ("reading", "furigana", "フリガナ", "ふりがな", "カナ"),
    "latin_name": PERSON_SYNONYMS["latin_name"],
    "email": PERSON_SYNONYMS["email"],
    "nationality": ("nationality", "country", "国籍", "国", "出身国"),
    "university": ("university", "school", "大学", "大学名", "学校", "学校名", "所属"),
    "major": ("major", "faculty", "department", "専攻", "学部", "学科"),
    "degree": ("degree", "学位", "課程"),
    "graduation_year": ("graduation year", "卒業年", "卒業予定年"),
    "graduation_month": ("graduation month", "卒業月", "卒業予定月"),
    "jlpt": ("jlpt", "日本語能力試験", "jlptレベル"),
    "english": ("english", "cefr", "英語", "英語力"),
    "other_languages": ("other languages", "languages", "その他の言語", "言語"),
    "skills": ("skills", "スキル", "資格"),
    "desired_industries": ("desired industries", "希望業種"),
    "desired_job_types": ("desired job types", "希望職種"),
    "desired_locations": ("desired locations", "希望勤務地"),
    "internship_interest": ("internship", "internship interest", "インターンシップ希望"),
    "residence_status": ("residence status", "visa", "在留資格"),
    "consent_purposes": ("consent purposes", "同意目的"),
    "consent_on": ("consent date", "consent on", "同意日"),
    "consent_expires_on": ("consent expires", "consent expires on", "同意期限"),
    "consent_share_with_companies": ("share with companies", "企業への提供同意"),
    "retain_until": ("retain until", "保存期限"),
    "owner": PERSON_SYNONYMS["owner"],
    "tags": PERSON_SYNONYMS["tags"],
    "notes": PERSON_SYNONYMS["notes"],
}

# A student export's headers are the student form's labels (export_labels.student_header): read back in
# either language, whatever the form calls a field.
STUDENT_SYNONYMS = {name: (*synonyms, *(student_header(name, lang) for lang in ("en", "ja")))
                    for name, synonyms in STUDENT_SYNONYMS.items()}



SYNONYMS_BY_KIND = {
    "contacts": PERSON_SYNONYMS,
    "leads": {**PERSON_SYNONYMS, **LEAD_SYNONYMS},
    "companies": COMPANY_SYNONYMS,
    "students": STUDENT_SYNONYMS,
}


def _form_labels(fields: dict[str, str], record_type: str) -> dict[str, str]:
    """Each field's label on its form in both languages (関心事項 / Interest, 見込み案件名) -> the field: a sheet whose
    headers a user copied from the app's screens reads without --map. ``fields``: the import's name of a field ->
    its form's (a lead's ``lead_title`` is its form's ``title``)."""
    return {label: name for name, form_field in fields.items() for lang in ("en", "ja")
            if (label := field_label(record_type, form_field, lang)) != form_field}


_PERSON_LABELS = _form_labels({name: name for name in PERSON_SYNONYMS}, "contact")
# Read after the synonyms, which win where a label says another thing (担当者: in a buyer list, the buyer's name;
# on the contact form, the staff member who owns the record).
FORM_LABELS_BY_KIND = {
    "contacts": _PERSON_LABELS,
    "leads": {**_PERSON_LABELS, **_form_labels({name: "title" if name == "lead_title" else name
                                                for name in LEAD_SYNONYMS}, "lead")},
    "companies": _form_labels({name: name for name in COMPANY_SYNONYMS}, "organization"),
    "students": {},
}
KINDS = tuple(SYNONYMS_BY_KIND)

_PUNCT = re.compile(r"[\s_\-‐・.:：/()（）\[\]【】]+")


def header_key(header: str) -> str:
    """The comparison form of a header: NFKC, case-folded, without spaces and punctuation."""
    folded = unicodedata.normalize("NFKC", header or "").casefold()
    return _PUNCT.sub("", folded)


def fields_for(kind: str) -> tuple[str, ...]:
    return tuple(SYNONYMS_BY_KIND[kind])


def map_headers(kind: str, headers: list[str], overrides: dict[str, str] | None = None) -> dict[int, str]:
    """Column index -> field for every header that maps; unmapped columns are left out.

    ``overrides`` maps a header (compared like the synonyms) to a field; it wins over synonyms.
    """
    lookup = {header_key(label): name for label, name in FORM_LABELS_BY_KIND[kind].items()}
    lookup.update({header_key(s): name for name, synonyms in SYNONYMS_BY_KIND[kind].items()
                   for s in (name, *synonyms)})
    lookup.update({header_key(h): f for h, f in (overrides or {}).items()})
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        target = lookup.get(header_key(header)) or lookup.get(header_key(_strip_number(header)))
        if target is None or (target in taken and target not in MULTI_FIELDS):
            continue
        mapping[index] = target
        taken.add(target)
    return mapping


@dataclass
class ColumnPlan:
    """How a table's columns are read: a field per column index, the numbered groups whose field the
    row's type cell decides, the columns a known format holds and we do not (notes, no warning), the
    recognised format, and the order of the columns that join into one field."""

    fields: dict[int, str] = field(default_factory=dict)
    numbered: dict[int, tuple[int | None, dict[str, str], str]] = field(default_factory=dict)
    quiet: set[int] = field(default_factory=set)
    skip: set[int] = field(default_factory=set)  # read by nobody: a numbered group's type, a display name
    format: dict[str, Any] | None = None
    join_order: dict[int, int] = field(default_factory=dict)

    def label(self, lang: str) -> str | None:
        return self.format["label"][lang] if self.format else None


def recognise(headers: list[str]) -> dict[str, Any] | None:
    """The known export format (:data:`known_formats.FORMATS`) whose signature headers the file holds, the
    most specific one when several do; None for any other file."""
    keys = {header_key(h) for h in headers}
    found = [f for f in known_formats.FORMATS if all(header_key(s) in keys for s in f["signature"])]
    return max(found, key=lambda f: len(f["signature"]), default=None)


# Columns our own exports add for people to read, which repeat another column (a phone in national form):
# read by nobody on import, so an export re-imports exactly.
IGNORED_HEADERS = frozenset(header_key(h) for h in ("Phone (national)", "電話番号（国内）"))


def plan_columns(kind: str, headers: list[str], overrides: dict[str, str] | None = None) -> ColumnPlan:
    """:func:`map_headers` with the known formats: a recognised format's columns first, the synonyms for
    the rest, ``--map`` over both."""
    fmt = recognise(headers) if kind in ("contacts", "leads") else None
    if fmt is None:
        keep = [h if header_key(h) not in IGNORED_HEADERS else "" for h in headers]
        plan = ColumnPlan(map_headers(kind, keep, overrides))
        plan.skip = {i for i, h in enumerate(headers) if header_key(h) in IGNORED_HEADERS and i not in plan.fields}
        return plan
    valid = set(SYNONYMS_BY_KIND[kind])
    plan = ColumnPlan(format=fmt)
    index_of = {header_key(h): i for i, h in reversed(list(enumerate(headers)))}
    for header, target in fmt["columns"].items():
        index = index_of.get(header_key(header))
        if index is None:
            continue
        if target in valid:
            plan.fields[index] = target
        else:  # a column of the format we do not hold (a courtesy title, a photo URL): kept in the notes
            plan.quiet.add(index)
    for group in fmt.get("numbered", ()):
        for n in range(1, 21):
            index = index_of.get(header_key(group["value"].format(n=n)))
            if index is None:
                continue
            type_index = next((index_of[k] for k in (header_key(t.format(n=n)) for t in group["type"])
                               if k in index_of), None)
            plan.numbered[index] = (type_index, group["types"], group["default"])
            if type_index is not None:
                plan.skip.add(type_index)
    for header in fmt.get("skip", ()):
        if (index := index_of.get(header_key(header))) is not None and index not in plan.fields:
            plan.skip.add(index)
    for target, order in fmt.get("joined", {}).items():
        for position, header in enumerate(order):
            index = index_of.get(header_key(header))
            if index is not None and plan.fields.get(index) == target:
                plan.join_order[index] = position
    rest = [h if i not in plan.fields and i not in plan.numbered and i not in plan.quiet and i not in plan.skip else ""
            for i, h in enumerate(headers)]
    taken = set(plan.fields.values()) - MULTI_FIELDS
    for index, target in map_headers(kind, rest).items():
        if target not in taken:
            plan.fields[index] = target
    if overrides:
        for index, target in map_headers(kind, headers, overrides).items():
            if header_key(headers[index]) in {header_key(h) for h in overrides}:
                plan.fields[index] = target
                plan.numbered.pop(index, None)
                plan.quiet.discard(index)
                plan.skip.discard(index)
    return plan


def _strip_number(header: str) -> str:
    """``Email 2`` and ``電話番号2`` map like ``Email`` and ``電話番号``."""
    return re.sub(r"[\s_]*\d+$", "", unicodedata.normalize("NFKC", header or ""))


def country_code(value):
    """The ISO code for a country as a file writes it: a code, a Japanese or English name or a common alias
    (:func:`sapporo_mice.countries.code_of`); anything else unchanged (the service validates it)."""
    if isinstance(value, str):
        return countries.code_of(value) or value
    return value
