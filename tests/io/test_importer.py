"""Importing into a real database (SQLite and PostgreSQL): reports, duplicates, all-or-nothing."""

from __future__ import annotations

import datetime as dt
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sapporo_mice import bulk
from sapporo_mice.io import importer
from sapporo_mice.io.importer import ImportOptions, import_file
from sapporo_mice.io.problems import ImportFileError
from sapporo_mice.validation import parse_phone, phones_ahead
from sapporo_mice.models import ChangeLogEntry, SearchEntry
from tests.support.search_index import assert_search_index_whole

DATA = Path(__file__).parent.parent / "data" / "import"
ACTOR = "tester"


def _fair(crm) -> str:
    return crm.fairs.create({"name": "FHA Food & Beverage 2026", "country": "SG", "timezone": "Asia/Singapore",
                             "starts_on": "2026-04-21", "ends_on": "2026-04-24"}, actor=ACTOR).id


def _contacts(crm) -> dict[str, dict]:
    return {c["display_name"]: c for c in crm.contacts.list(limit=None)}


def test_import_many_scripts_keeps_names_phones_and_unparseable_raw(crm):
    report = import_file(crm.store, DATA / "contacts_many_scripts_bom.csv", ImportOptions(kind="contacts"))
    assert report.applied and report.encoding == "utf-8-sig"
    assert (report.read, report.created, report.skipped, report.empty_rows) == (11, 9, 2, 2)
    contacts = _contacts(crm)
    yamada = contacts["山田 太郎"]
    assert (yamada["family_name"], yamada["given_name"]) == ("山田", "太郎")
    assert (yamada["family_name_kana"], yamada["given_name_kana"]) == ("ヤマダ", "タロウ")
    assert [p["e164"] for p in yamada["phones"]] == ["+81112223333", "+819012345678"]
    assert [p["kind"] for p in yamada["phones"]] == ["work", "mobile"]
    assert yamada["organization_name"] == "札幌食品株式会社"
    assert contacts["สมชาย ใจดี"]["phones"][1]["e164"] == "+66812345678"
    assert contacts["Nguyễn Văn An"]["phones"][0]["e164"] == "+842838221234"
    maria = contacts["Maria Santos"]
    assert maria["phones"][0]["raw"] == "not a phone" and not maria["phones"][0]["valid"]
    warning = next(w for w in report.warnings if w.code == "io.phone_invalid")
    assert (warning.row, warning.column) == (11, "電話番号")
    assert "「not a phone」はフィリピンの電話番号として" in warning.message("ja")  # the row's country, by name
    assert "phone number for Philippines;" in warning.message("en")
    lim = contacts["Lim Wei Ling"]
    assert "Met at\nthe booth" in lim["notes"] and "Imported columns: Booth visit note=wants samples" in lim["notes"]


def test_cp932_file_imports_japanese(crm):
    report = import_file(crm.store, DATA / "contacts_cp932.csv", ImportOptions(kind="contacts"))
    assert report.encoding == "cp932" and report.created == 1
    assert "山田 太郎" in _contacts(crm)


def test_a_bad_cell_the_contact_and_its_company_both_read_is_reported_once(crm, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("Name,Company,Country\nCarol Ng,Ng Trading,Narnia\n", encoding="utf-8")
    report = import_file(crm.store, path, ImportOptions(kind="contacts"))
    assert [(e.row, e.column, e.code) for e in report.errors] == [(2, "Country", "field.country_invalid")]
    assert not report.applied and crm.contacts.count() == 0


def test_invalid_value_blocks_everything_by_default_and_names_row_and_column(crm, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("Name,Email,Country\nAlice Tan,alice@example.sg,SG\nBob Lee,bob@,SG\nCarol Ng,carol@example.sg,XX\n",
                    encoding="utf-8")
    report = import_file(crm.store, path, ImportOptions(kind="contacts"))
    assert not report.applied and report.created == 0 and crm.contacts.count() == 0
    assert [(e.row, e.column, e.code) for e in report.errors] == [
        (3, "Email", "field.email_invalid"), (4, "Country", "field.country_invalid")]
    assert "Email" in report.as_json("ja")["errors"][0]["message"]
    partial = import_file(crm.store, path, ImportOptions(kind="contacts", skip_invalid=True))
    assert partial.applied and partial.created == 1 and partial.skipped == 2
    assert list(_contacts(crm)) == ["Alice Tan"]


def test_a_sheet_written_as_the_city_writes_reads_without_a_map(crm, tmp_path):
    # Headers as the app's own lead form names its fields (関心事項), dates in the era (令和8年12月10日, R8.12.11).
    path = tmp_path / "leads.csv"
    path.write_text("氏名,会社名,国,関心事項,フォローアップ日\n山田 太郎,札幌食品,日本,ホタテ,令和8年12月10日\n"
                    "陳 大文,香港貿易,香港,乳製品,R8.12.11\n", encoding="utf-8")
    report = import_file(crm.store, path, ImportOptions(kind="leads"))
    assert report.applied and not report.errors, report.lines("ja")
    assert not [w for w in report.warnings if w.code == "io.column_unknown"]
    leads = {lead["interest"]: lead["follow_up_on"] for lead in crm.leads.list(limit=None)}
    assert leads == {"ホタテ": dt.date(2026, 12, 10), "乳製品": dt.date(2026, 12, 11)}


def test_a_field_no_column_holds_is_named_as_its_form_names_it(crm, tmp_path):
    path = tmp_path / "emails.csv"
    path.write_text("Email\nwei@lion.sg\n", encoding="utf-8")
    report = import_file(crm.store, path, ImportOptions(kind="contacts"))
    [error] = report.errors
    assert (error.row, error.column, error.code) == (2, None, "field.required")
    assert report.lines("ja")[0] == "エラー: 2 行目: 姓: 入力が必要です。"
    assert report.lines("en")[0] == "Error: row 2: Family name: a value is required."
    assert not report.applied and crm.contacts.count() == 0


def test_report_lines_name_only_the_place_a_problem_has(crm, tmp_path):
    # A bad cell by row and column; a card's properties left out by its row alone, with no stand-in column ("「-」").
    path = tmp_path / "bad.csv"
    path.write_text("Name,Email\nBob Lee,bob@\n", encoding="utf-8")
    report = import_file(crm.store, path, ImportOptions(kind="contacts"))
    assert report.lines("ja")[0] == "エラー: 2 行目「Email」: 「bob@」は正しいメールアドレスではありません。"
    report = import_file(crm.store, DATA / "vcard" / "John_Doe_GMAIL.vcf", ImportOptions(kind="contacts", dry_run=True))
    # A vCard's records are cards, and are named so (they said 行目 / "row").
    assert report.lines("ja")[0] == "警告: 1 件目のカード: 取り込まなかった項目: BDAY, X-ABDATE, X-ABRELATEDNAMES"
    assert report.lines("en")[0] == "Warning: card 1: Not imported: BDAY, X-ABDATE, X-ABRELATEDNAMES."
    assert report.lines("ja")[-2].startswith("John_Doe_GMAIL.vcf: 1 件のカードを読み込み、")
    assert report.lines("en")[-2].startswith("John_Doe_GMAIL.vcf: 1 card read, ")


def test_a_vcard_files_duplicates_and_matches_name_cards_and_a_tables_name_rows(crm, tmp_path):
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Wang Fang\r\nN:Wang;Fang;;;\r\nEMAIL:wang@sh-foods.cn\r\nEND:VCARD\r\n"
    cards = tmp_path / "booth.vcf"
    cards.write_text(card * 2, encoding="utf-8")
    report = import_file(crm.store, cards, ImportOptions(kind="contacts", dry_run=True))
    [duplicate] = report.duplicates
    assert duplicate.row == 2 and duplicate.as_json("en")["row"] == 2  # a number wherever a number is wanted
    assert duplicate.message("ja") == "2 件目のカードは 1 件目のカード「Wang Fang」と重複している可能性があります（メールアドレスが同じ）。"
    assert duplicate.message("en") == "Card 2 looks like card 1 “Wang Fang” (same email)."
    once = tmp_path / "once.vcf"
    once.write_text(card, encoding="utf-8")
    import_file(crm.store, once, ImportOptions(kind="contacts"))
    again = import_file(crm.store, cards, ImportOptions(kind="contacts", dry_run=True))
    assert again.matches[0].message("ja").startswith("1 件目のカード: 「Wang Fang」と同じ人です")
    table = tmp_path / "booth.csv"
    table.write_text("Name,Email\nWang Fang,wang@sh-foods.cn\n", encoding="utf-8")
    assert import_file(crm.store, table, ImportOptions(kind="contacts", dry_run=True)).matches[0].message("en") \
        .startswith("Row 2: the same person as “Wang Fang”")


def test_dry_run_checks_duplicates_and_writes_nothing(crm):
    import_file(crm.store, DATA / "contacts_cp932.csv", ImportOptions(kind="contacts"))
    before = crm.stats()
    report = import_file(crm.store, DATA / "contacts_many_scripts.csv",
                         ImportOptions(kind="contacts", dry_run=True, on_match="create"))
    assert crm.stats() == before
    assert not report.applied and report.dry_run and report.would_create == 9
    duplicate = report.duplicates[0]
    assert (duplicate.row, duplicate.reason, duplicate.name) == (2, "email", "山田 太郎")
    assert duplicate.existing_id == _contacts(crm)["山田 太郎"]["id"]


def test_duplicates_are_proposed_never_merged(crm, tmp_path):
    path = tmp_path / "dups.csv"
    path.write_text("Name,Company,Email,Phone,Country\n"
                    "Alice Tan,Tan Foods Pte Ltd,alice@tan.sg,+65 6123 4567,SG\n"
                    "Alice Tan,TAN FOODS,ALICE@TAN.SG,,SG\n"
                    "A. Tan,,,6123 4567,SG\n", encoding="utf-8")
    report = import_file(crm.store, path, ImportOptions(kind="contacts"))
    assert report.created == 3 and crm.contacts.count() == 3
    assert {(d.row, d.other_row, d.reason) for d in report.duplicates} == {(3, 2, "email"), (4, 2, "phone")}
    assert crm.organizations.count() == 1  # "TAN FOODS" links to the company the first row created
    again = import_file(crm.store, path, ImportOptions(kind="contacts", on_duplicate="skip", on_match="create"))
    assert again.created == 0 and again.skipped == 3 and crm.contacts.count() == 3
    assert {d.row for d in again.duplicates if d.existing_id} == {2, 3, 4}


def test_fair_leads_from_organiser_sheet(crm):
    fair_id = _fair(crm)
    for name in ("fha_leads.csv", "fha_leads.xlsx"):
        # the same people twice, on purpose: --on-match create keeps both imports' leads apart
        report = import_file(crm.store, DATA / name, ImportOptions(kind="leads", fair="FHA Food & Beverage 2026",
                                                                   on_match="create"))
        assert report.applied and report.created_by_type == {"organization": 4, "contact": 4, "lead": 4} \
            or report.created_by_type["lead"] == 4
    leads = [lead for lead in crm.leads.list(limit=None) if lead["source"] == "fha_leads.xlsx"]
    tan = next(lead for lead in leads if "Tan Brothers" in lead["title"])
    assert tan["fair_id"] == fair_id and tan["rating"] == "A" and tan["kind"] == "trade_buyer"
    assert tan["title"] == "Wei Jie Tan (Tan Brothers Seafood Pte Ltd)"  # titled as booth capture titles its leads
    assert tan["captured_tz"] == "Asia/Singapore"
    assert tan["captured_at"] == dt.datetime(2026, 4, 21, 2, 15, tzinfo=dt.timezone.utc)
    contact = crm.contacts.get(tan["contact_id"])
    assert contact["phones"][0]["e164"] == "+6591234567" and contact["country"] == "SG"
    sato = next(lead for lead in leads if "Sato Trading" in lead["title"])
    assert sato["rating"] == "A"  # a lower-case rating is accepted
    assert crm.contacts.get(next(lead for lead in leads if "Jaya" in lead["title"])["contact_id"])["phones"][0]["e164"] \
        == "+6281234567890"


def test_excel_lost_leading_zero_and_plus_are_restored(crm):
    report = import_file(crm.store, DATA / "excel_numeric_phones.xlsx", ImportOptions(kind="contacts"))
    takahashi = _contacts(crm)["高橋 次郎"]
    assert [p["raw"] for p in takahashi["phones"]] == ["09012345678", "0312345678"]
    assert _contacts(crm)["Ong Mei"]["phones"][0]["e164"] == "+6561234567"
    assert {w.code for w in report.warnings} >= {"io.phone_zero_restored", "io.phone_plus_restored"}


def test_vcards_from_feature_phone_and_corpus_import(crm):
    report = import_file(crm.store, DATA / "feature_phone_sjis.vcf", ImportOptions(kind="contacts"))
    assert report.created == 2
    sato = _contacts(crm)["佐藤一郎"]
    assert (sato["family_name_kana"], sato["given_name_kana"]) == ("サトウ", "イチロウ")  # half-width made full
    assert sato["organization_name"] == "北海道水産株式会社"
    android = import_file(crm.store, DATA / "vcard" / "John_Doe_ANDROID.vcf", ImportOptions(kind="contacts"))
    # card 6's ORG ends in a stray byte (=80) that is no UTF-8: named, not imported as U+FFFD
    assert not android.applied and [(e.row, e.column) for e in android.errors] == [(5, "EMAIL"), (6, "ORG")]
    skipped = import_file(crm.store, DATA / "vcard" / "John_Doe_ANDROID.vcf", ImportOptions(kind="contacts", skip_invalid=True))
    assert skipped.created == 4


def test_companies_and_students(crm, tmp_path):
    companies = tmp_path / "companies.csv"
    companies.write_text("会社名,法人番号,国,電話番号\n株式会社サッポロ食品,1234567890123,JP,011-222-3333\n"
                         "サッポロ食品(株),,JP,\n", encoding="utf-8")
    report = import_file(crm.store, companies, ImportOptions(kind="companies"))
    assert [(e.row, e.column, e.code) for e in report.errors] == [(2, "法人番号", "field.corporate_number_invalid")]
    report = import_file(crm.store, companies, ImportOptions(kind="companies", skip_invalid=True))
    assert report.created == 1
    students = tmp_path / "students.csv"
    students.write_text("氏名,国籍,大学,JLPT,卒業年\nNguyen Thi Lan,ベトナム,北海道大学,N2,2027\n", encoding="utf-8")
    report = import_file(crm.store, students, ImportOptions(kind="students"))
    student = crm.students.list()[0]
    assert report.applied and student["nationality"] == "VN" and student["jlpt"] == "N2"
    assert crm.organizations.get(student["university_id"])["kind"] == "university"


def test_a_row_like_an_existing_company_names_it_in_the_readers_language(crm, tmp_path):
    crm.organizations.create({"name": "雪花システムズ株式会社", "name_en": "Sekka Systems Co., Ltd.", "kind": "local_company",
                              "country": "JP"}, actor=ACTOR)
    companies = tmp_path / "companies.csv"
    companies.write_text("会社名,国\n雪花システムズ（株）,JP\nSnow Labs,JP\n\"Snow Labs Co., Ltd.\",JP\n", encoding="utf-8")
    report = import_file(crm.store, companies, ImportOptions(kind="companies", dry_run=True))
    existing, earlier = report.duplicates
    assert (existing.row, existing.existing_id is not None, earlier.row, earlier.other_row) == (2, True, 4, 3)
    assert "“Sekka Systems Co., Ltd.”" in existing.message("en") and "雪花システムズ株式会社" in existing.message("ja")
    assert (existing.as_json("en")["name"], existing.as_json("en")["name_en"]) == ("雪花システムズ株式会社",
                                                                                 "Sekka Systems Co., Ltd.")
    assert "Snow Labs" in earlier.message("ja")  # an earlier row is named as the file writes it


def test_a_companys_phone_that_is_not_valid_is_kept_and_warned_about_as_a_persons_is(crm, tmp_path):
    companies = tmp_path / "companies.csv"
    companies.write_text("会社名,国,電話番号\nEzo Foods,SG,not a phone\n札幌食品,JP,011-222-3333\n", encoding="utf-8")
    report = import_file(crm.store, companies, ImportOptions(kind="companies"))
    assert report.applied and report.created == 2
    assert [(w.row, w.column, w.code) for w in report.warnings] == [(2, "電話番号", "io.phone_invalid")]
    assert "「not a phone」はシンガポールの電話番号として" in report.warnings[0].message("ja")
    stored = {o["name"]: o for o in crm.organizations.list(limit=None)}
    assert (stored["Ezo Foods"]["phone_raw"], stored["Ezo Foods"]["phone_valid"]) == ("not a phone", False)
    assert stored["札幌食品"]["phone_e164"] == "+81112223333"


def test_a_kind_the_file_names_by_a_label_is_taken_and_a_wrong_one_lists_the_labels_in_japanese(crm, tmp_path):
    companies = tmp_path / "companies.csv"
    companies.write_text("会社名,区分\n札幌テスト商事,取引先\n小樽テスト商事,市内企業\n", encoding="utf-8")
    report = import_file(crm.store, companies, ImportOptions(kind="companies"))
    assert [(e.row, e.column) for e in report.errors] == [(2, "区分")]
    ja, en = report.errors[0].message("ja"), report.errors[0].message("en")
    assert "「取引先」" in ja and "市内企業（local_company）、海外バイヤー（overseas_buyer）" in ja
    assert "is not one of Local company (local_company), Overseas buyer (overseas_buyer)" in en
    assert report.as_json("ja")["errors"][0]["message"] == ja  # a report's JSON says it as the message does
    report = import_file(crm.store, companies, ImportOptions(kind="companies", skip_invalid=True))
    assert report.created == 1 and crm.organizations.list()[0]["kind"] == "local_company"


def test_unreadable_file_changes_nothing(crm):
    with pytest.raises(ImportFileError):
        import_file(crm.store, DATA / "truncated.vcf", ImportOptions(kind="contacts"))
    assert crm.contacts.count() == 0


class _Stop(Exception):
    pass


def test_a_cancel_just_before_the_write_leaves_nothing_and_the_write_says_it_has_no_count(crm, tmp_path):
    path = tmp_path / "visitors.csv"
    path.write_text("Name,Company,Email\n" + "".join(f"Visitor {i},Company {i},v{i}@example.com\n" for i in range(30)),
                    encoding="utf-8")
    calls = []

    def progress(stage, done, total):
        calls.append((stage, done, total))
        if stage == "save":
            raise _Stop()  # what the job runner's check raises once the user pressed Cancel

    with pytest.raises(_Stop):
        import_file(crm.store, path, ImportOptions(kind="contacts"), progress)
    assert crm.contacts.count() == 0 and crm.organizations.count() == 0
    assert {c[0] for c in calls} == {"plan", "apply", "save"} and calls[-1] == ("save", 0, 0)


def _people_file(tmp_path: Path, count: int) -> Path:
    path = tmp_path / "people.csv"
    path.write_text("Family name,Given name,Company,Country,Email,Phone\n" + "".join(
        f"Tan,Person {i},Company {i % 8},SG,p{i}@example.com,+65 9123 {i:04d}\n" for i in range(count)),
        encoding="utf-8")
    return path


def test_a_large_import_writes_batches_while_it_makes_the_later_rows(crm, tmp_path, monkeypatch):
    """Batches of new rows go to the database while the rows after them are made (here every 10 rows, for a
    file of 40): each record with its emails, phones, search row and change-log entry, the log's sequence
    without a gap, as one write at the end stores them."""
    monkeypatch.setattr(bulk, "CHUNK", 10)
    monkeypatch.setattr(bulk, "FIRST_CHUNK", 10)
    report = import_file(crm.store, _people_file(tmp_path, 40), ImportOptions(kind="contacts"))
    assert report.applied and report.created == 40
    assert crm.contacts.count() == 40 and crm.organizations.count() == 8
    with crm.store.db.reading() as session:
        log = session.execute(select(ChangeLogEntry.table_name, ChangeLogEntry.device_seq)
                              .order_by(ChangeLogEntry.device_seq)).all()
        searched = dict(session.execute(select(SearchEntry.record_type, func.count())
                                        .group_by(SearchEntry.record_type)).all())
    tables = [table for table, _seq in log]
    assert {t: tables.count(t) for t in set(tables)} == {"organizations": 8, "contacts": 40, "contact_emails": 40,
                                                         "contact_phones": 40}
    assert [seq for _table, seq in log] == list(range(log[0][1], log[0][1] + len(log)))
    # written in batches: contacts logged after the emails of earlier contacts
    assert tables.index("contact_emails") < len(tables) - 1 - tables[::-1].index("contacts")
    assert searched == {"organization": 8, "contact": 40}
    # the search index finds the rows of the first batch and of the last
    for first, last in (("p5@example.com", "Person 5 Tan"), ("p39@example.com", "Person 39 Tan")):
        assert [hit.title for hit in crm.search.find(first, limit=20, lang="en")] == [last]
    assert_search_index_whole(crm)


def test_an_import_whose_pages_outgrow_its_capped_cache_stores_the_same(sqlite_crm, tmp_path, monkeypatch):
    """An import writes with SQLite's page cache capped (``IMPORT_CACHE_MB``; here 1 MiB, which 600 people
    outgrow, so pages spill to the WAL mid-transaction), gives the connection its own size back after, and stores
    every record with its change-log entry and search row, as an import that never spills does."""
    from sqlalchemy import event

    crm = sqlite_crm
    monkeypatch.setattr(bulk, "IMPORT_CACHE_MB", 1)
    monkeypatch.setattr(bulk, "CHUNK", 100)
    monkeypatch.setattr(bulk, "FIRST_CHUNK", 100)
    sizes: list[str] = []

    def seen(_conn, _cursor, statement, *_args):
        if statement.startswith("PRAGMA cache_size ="):
            sizes.append(statement)

    event.listen(crm.store.db.engine, "before_cursor_execute", seen)
    try:
        report = import_file(crm.store, _people_file(tmp_path, 600), ImportOptions(kind="contacts"))
    finally:
        event.remove(crm.store.db.engine, "before_cursor_execute", seen)
    assert report.applied and report.created == 600
    assert sizes[0] == "PRAGMA cache_size = -1024" and len(sizes) == 2 and sizes[1] != sizes[0]
    with crm.store.db.reading() as session:
        logged = dict(session.execute(select(ChangeLogEntry.table_name, func.count())
                                      .group_by(ChangeLogEntry.table_name)).all())
    assert logged == {"organizations": 8, "contacts": 600, "contact_emails": 600, "contact_phones": 600}
    assert [hit.title for hit in crm.search.find("p599@example.com", limit=20, lang="en")] == ["Person 599 Tan"]
    assert_search_index_whole(crm)


def test_phones_a_worker_parsed_are_stored_and_reported_as_phones_parsed_here(crm, tmp_path, monkeypatch):
    """A large file's phones are parsed ahead by a worker process (phones_ahead; here from one phone up, in chunks
    of 7, and the worker has sent them all before the first row is planned): each is asked for by its row's
    country as the file writes it (a code, a Japanese name, none) and the fair's, and stored and warned about
    exactly as a phone parsed here."""
    made: list[phones_ahead.PhonesAhead] = []

    class SentBeforePlanning(phones_ahead.PhonesAhead):
        def __init__(self, requests, **options):
            super().__init__(requests, **options)
            made.append(self)
            deadline = dt.datetime.now() + dt.timedelta(seconds=60)
            while len(self._sent) < len(self._chunks) and dt.datetime.now() < deadline:
                threading.Event().wait(0.01)

    monkeypatch.setattr(phones_ahead, "PhonesAhead", SentBeforePlanning)
    monkeypatch.setattr(phones_ahead, "MIN_PHONES", 1)
    monkeypatch.setattr(phones_ahead, "CHUNK", 7)
    cells = [("SG", "9123 {:04d}"), ("日本", "011-222-{:04d}"), ("KR", "010-1234-{:04d}"), ("シンガポール", "6123 {:04d}"),
             ("PH", "not a phone {}"), ("", "9876 {:04d}"), ("US", "+1 212 555 {:04d} ext. 9")]
    rows = [(f"Person{i}", country, phone.format(i)) for i in range(40) for country, phone in [cells[i % len(cells)]]]
    path = tmp_path / "phones.csv"
    path.write_text("Family name,Given name,Country,Email,Phone\n" + "".join(
        f"Tan,{name},{country},{name}@example.com,{phone}\n" for name, country, phone in rows), encoding="utf-8")
    report = import_file(crm.store, path, ImportOptions(kind="contacts", fair=_fair(crm)))
    assert report.applied and report.created == 40
    assert made[0].worker_parsed == 40  # every phone was the worker's
    codes = {"日本": "JP", "シンガポール": "SG", "": None}
    stored = {c["given_name"]: c["phones"][0] for c in crm.contacts.list(limit=None)}
    for name, country, raw in rows:
        here = parse_phone(raw, codes.get(country, country), "SG")  # the row's country, then the fair's
        phone = stored[name]
        assert (phone["raw"], phone["e164"], phone["region"], phone["extension"], phone["valid"]) == \
            (here.raw, here.e164, here.region, here.extension, here.valid), name
    assert stored["Person2"]["e164"] == "+821012340002" and stored["Person5"]["e164"] == "+6598760005"
    assert sorted(w.row for w in report.warnings if w.code == "io.phone_invalid") == \
        [i + 2 for i, (_name, _country, raw) in enumerate(rows) if raw.startswith("not")]


def test_rows_whose_phones_the_worker_has_not_sent_are_planned_from_the_end_to_the_same_report(crm, tmp_path,
                                                                                             monkeypatch):
    """While the worker parsing ahead has not sent the next row's phones (here: it never answers), the rows are
    planned from the file's last, their phones parsed here; the report (warnings, errors, duplicates within the
    file and with the CRM, matches) is the one of the rows planned in order."""
    crm.contacts.create({"family_name": "Lim", "given_name": "Old", "emails": ["p3@example.com"]}, actor="t")
    rows = [(f"Person{i}", "SG" if i % 2 else "JP", f"p{i % 5}@example.com" if i % 4 else f"p{i}@example",
             "not a phone" if i % 6 == 0 else f"9123 {i:04d}" if i % 2 else f"090-1234-{i:04d}") for i in range(30)]
    path = tmp_path / "people.csv"
    path.write_text("Family name,Given name,Country,Email,Phone\n" + "".join(
        f"Tan,{name},{country},{email},{phone}\n" for name, country, email, phone in rows), encoding="utf-8")
    options = ImportOptions(kind="contacts", dry_run=True, skip_invalid=True)
    in_order = import_file(crm.store, path, options).as_json()

    planned: list[int] = []
    plan_row = importer.plan_row
    monkeypatch.setattr(importer, "plan_row", lambda ctx, unit, record: planned.append(record.number) or
                        plan_row(ctx, unit, record))
    monkeypatch.setattr(phones_ahead, "MIN_PHONES", 1)
    monkeypatch.setattr(phones_ahead, "worker_command", lambda: [sys.executable, "-c", "import time; time.sleep(600)"])
    from_the_end = import_file(crm.store, path, options).as_json()
    assert planned == list(range(31, 1, -1))  # the last row first
    assert from_the_end == in_order
    assert in_order["warnings"] and in_order["errors"] and in_order["duplicates"] and in_order["matches"]


def test_a_cancel_after_batches_were_written_leaves_nothing(crm, tmp_path, monkeypatch):
    monkeypatch.setattr(bulk, "CHUNK", 10)

    def progress(stage, done, total):
        if stage == "apply" and done == 30:  # three batches written by now
            raise _Stop()

    def logged_and_searchable() -> tuple[int, int]:
        with crm.store.db.reading() as session:
            return (session.scalar(select(func.count()).select_from(ChangeLogEntry)),
                    session.scalar(select(func.count()).select_from(SearchEntry)))

    before = logged_and_searchable()
    with pytest.raises(_Stop):
        import_file(crm.store, _people_file(tmp_path, 40), ImportOptions(kind="contacts"), progress)
    assert crm.contacts.count() == 0 and crm.organizations.count() == 0
    assert logged_and_searchable() == before
    assert not [t for t in threading.enumerate() if t.name.startswith("sqlite-bulk-insert")]
    # and the next import writes as usual
    assert import_file(crm.store, _people_file(tmp_path, 12), ImportOptions(kind="contacts")).created == 12


REFUSE_SQLITE = ("CREATE TRIGGER refuse_boom BEFORE INSERT ON contacts WHEN NEW.family_name = 'Boom' "
                 "BEGIN SELECT RAISE(ABORT, 'refused by the database'); END")
REFUSE_POSTGRES = ("CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                   "IF NEW.family_name = 'Boom' THEN RAISE EXCEPTION 'refused by the database'; END IF; "
                   "RETURN NEW; END $$; CREATE TRIGGER refuse_boom BEFORE INSERT ON contacts "
                   "FOR EACH ROW EXECUTE FUNCTION refuse_boom()")


def test_a_row_the_database_refuses_is_named_and_nothing_is_written(crm, tmp_path):
    with crm.store.db.engine.begin() as conn:
        conn.exec_driver_sql(REFUSE_SQLITE if crm.store.db.is_sqlite else REFUSE_POSTGRES)
    path = tmp_path / "refused.csv"
    path.write_text("Family name,Given name,Company,Phone\nTan,Alice,Lim Trading,+65 9123 4567\n"
                    "Boom,Bob,Lim Trading,+65 9123 4568\nNg,Carol,Other Co,+65 9123 4569\n", encoding="utf-8")
    report = import_file(crm.store, path, ImportOptions(kind="contacts"))
    assert not report.applied and crm.contacts.count() == 0 and crm.organizations.count() == 0
    assert [(e.row, e.code) for e in report.errors] == [(3, "io.apply_failed")]
    assert "refused by the database" in report.errors[0].message("en")
    assert "データベースがこの行を受け付けませんでした" in report.errors[0].message("ja")  # not the English reason
    assert import_file(crm.store, path, ImportOptions(kind="contacts", skip_invalid=True)).applied is False
