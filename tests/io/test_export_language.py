"""Exports as Japanese offices use them: headers and enum values in the chosen language, a national phone
column, and the export re-imports in either language without --map."""

from __future__ import annotations

import csv
import io

import pytest

from sapporo_mice.crm import Crm
from sapporo_mice.io.exporter import export_file
from sapporo_mice.io.importer import ImportOptions, import_file

ACTOR = "tester"


def _rows(path):
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_leads_export_in_the_chosen_language_and_reimport(sqlite_crm, tmp_path, lang):
    org = sqlite_crm.organizations.create({"name": "札幌食品株式会社", "kind": "local_company", "country": "JP",
                                           "phone_raw": "011-211-0000"}, actor=ACTOR).id
    contact = sqlite_crm.contacts.create({"family_name": "山田", "given_name": "太郎", "organization_id": org,
                                          "phones": ["011-222-3333"], "country": "JP", "languages": "ja,en",
                                          "emails": ["taro@sapporo-foods.example.jp"]}, actor=ACTOR).id
    sqlite_crm.leads.create({"title": "ホタテ商談", "contact_id": contact, "organization_id": org,
                             "kind": "trade_buyer", "status": "negotiating"}, actor=ACTOR)
    path = tmp_path / "leads.csv"
    export_file(sqlite_crm.store, "leads", path, lang=lang)
    header, row = _rows(path)[:2]
    if lang == "ja":
        assert header[:4] == ["案件名", "評価", "ステータス", "種別"] and "電話番号（国内）" in header
        assert row[2:4] == ["商談中", "海外バイヤー"]
        assert row[header.index("電話番号（国内）")] == "011-222-3333"
        assert row[header.index("電話番号")] == "+81112223333"
        # a country and languages by name, as the record shows them: no codes in a Japanese file
        assert (row[header.index("国・地域")], row[header.index("言語")]) == ("日本", "日本語、英語")
    else:
        assert row[2:4] == ["Negotiating", "Trade buyer"] and row[header.index("Phone (national)")] == "011-222-3333"
        assert (row[header.index("Country")], row[header.index("Languages")]) == ("Japan", "Japanese, English")
    companies = tmp_path / "companies.csv"
    export_file(sqlite_crm.store, "companies", companies, lang=lang)
    header, row = _rows(companies)[:2]
    assert row[header.index("区分" if lang == "ja" else "Type")] == ("市内企業" if lang == "ja" else "Local company")
    assert row[header.index("電話番号（国内）" if lang == "ja" else "Phone (national)")] == "011-211-0000"
    assert row[header.index("国・地域" if lang == "ja" else "Country")] == ("日本" if lang == "ja" else "Japan")
    fresh = Crm.open(f"sqlite:///{(tmp_path / 'fresh.db').as_posix()}", device_id="00000000-0000-7000-8000-000000000009")
    try:
        report = import_file(fresh.store, path, ImportOptions(kind="leads"))
        assert report.applied and not report.errors and not report.warnings, report.lines("en")
        lead = fresh.leads.list(limit=None)[0]
        assert (lead["status"], lead["kind"]) == ("negotiating", "trade_buyer")
        person = fresh.contacts.list(limit=None)[0]
        assert [p["e164"] for p in person["phones"]] == ["+81112223333"]  # the national column is not a 2nd phone
        assert (person["country"], person["languages"]) == ("JP", "ja,en")  # read back to their codes
        report = import_file(fresh.store, companies, ImportOptions(kind="companies"))
        assert not report.errors and not report.warnings, report.lines("en")
        assert {o["country"] for o in fresh.organizations.list(limit=None)} == {"JP"}
    finally:
        fresh.close()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_students_export_headed_by_the_form_labels_and_reimport(crm, tmp_path, lang):
    school = crm.organizations.create({"name": "北海道大学", "country": "JP", "kind": "university"}, actor=ACTOR).id
    crm.students.create({"display_name": "グエン・ティ・マイ", "university_id": school, "nationality": "VN", "jlpt": "N2",
                         "graduation_year": 2027, "graduation_month": 3, "residence_status": "留学",
                         "degree": "master", "desired_industries": "food,it", "other_languages": "vi,en",
                         "consent_on": "2026-11-01", "consent_expires_on": "2028-10-31",
                         "consent_purposes": "matching", "consent_share_with_companies": True,
                         "email": "mai@example.ac.jp"}, actor=ACTOR)
    path = tmp_path / "students.csv"
    export_file(crm.store, "students", path, lang=lang)
    header, row = _rows(path)[:2]
    if lang == "ja":
        assert header[:6] == ["氏名", "フリガナ", "ローマ字氏名", "メール", "国籍", "学校"]
        assert {"日本語能力試験", "卒業年", "在留資格", "同意の有効期限", "企業へのプロフィール提供可"} <= set(header)
    else:
        assert header[:6] == ["Name", "Reading (kana)", "Name in Latin letters", "Email", "Nationality", "School"]
        assert {"JLPT level", "Graduation year", "Residence status", "Consent expires"} <= set(header)
    assert not any("_" in h for h in header)  # no field keys (display_name, graduation_year …)
    def cell(ja: str, en: str) -> str:
        return row[header.index(ja if lang == "ja" else en)]

    # codes are written as what the form calls them, in the export's language
    assert cell("国籍", "Nationality") == ("ベトナム" if lang == "ja" else "Vietnam")
    assert cell("学位・課程", "Degree") == ("修士" if lang == "ja" else "Master")
    assert cell("在留資格", "Residence status") == ("留学" if lang == "ja" else "Student")
    assert cell("希望業種", "Desired industries") == ("食品・飲料、IT・情報通信" if lang == "ja"
                                                    else "Food and drink, IT and telecoms")
    assert not any(v in row for v in ("VN", "master", "student", ",food,it,"))
    fresh = Crm.open(f"sqlite:///{(tmp_path / 'fresh.db').as_posix()}", device_id="00000000-0000-7000-8000-00000000000a")
    try:
        report = import_file(fresh.store, path, ImportOptions(kind="students"))
        assert report.applied and not report.errors and not report.warnings, report.lines("en")
        student = fresh.students.list(limit=None)[0]
        assert (student["display_name"], student["nationality"], student["jlpt"], student["graduation_year"],
                student["consent_share_with_companies"]) == ("グエン・ティ・マイ", "VN", "N2", 2027, True)
        assert (student["degree"], student["residence_status"], student["desired_industries"],
                student["other_languages"]) == ("master", "student", ",food,it,", ",en,vi,")
        assert fresh.organizations.get(student["university_id"])["name"] == "北海道大学"
    finally:
        fresh.close()


def test_a_languages_cell_is_kept_as_written_when_it_names_something_else(sqlite_crm, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("氏名,言語\n山田 太郎,ドイツ語、English\n佐藤 花子,津軽弁\n", encoding="utf-8")
    report = import_file(sqlite_crm.store, path, ImportOptions(kind="contacts"))
    assert report.applied and not report.errors, report.lines("en")
    kept = {c["display_name"]: c["languages"] for c in sqlite_crm.contacts.list(limit=None)}
    assert kept == {"山田 太郎": "de,en", "佐藤 花子": "津軽弁"}


@pytest.mark.parametrize(("lang", "header", "words"), [("ja", "業種", "食品・飲料"), ("en", "Industry", "Food and drink")])
def test_a_companys_industry_is_exported_by_its_words_and_read_back_to_its_code(sqlite_crm, tmp_path, lang, header,
                                                                                 words):
    coded = sqlite_crm.organizations.create({"name": "札幌食品株式会社", "industry": "食品・飲料"}, actor=ACTOR).record
    typed = sqlite_crm.organizations.create({"name": "札幌水産株式会社", "industry": "水産加工"}, actor=ACTOR).record
    assert (coded["industry"], typed["industry"]) == ("food", "水産加工")  # a suggested industry, or words of one's own
    assert coded["id"] in [hit.id for hit in sqlite_crm.search.find("food and drink", limit=5)]
    path = tmp_path / "companies.csv"
    export_file(sqlite_crm.store, "companies", path, lang=lang)
    rows = _rows(path)
    column = rows[0].index(header)
    assert sorted(row[column] for row in rows[1:]) == sorted([words, "水産加工"])
    other = Crm.open(f"sqlite:///{tmp_path / 'other.db'}")
    try:
        assert import_file(other.store, path, ImportOptions(kind="companies")).applied
        assert sorted(o["industry"] for o in other.organizations.list(limit=None)) == ["food", "水産加工"]
    finally:
        other.close()
