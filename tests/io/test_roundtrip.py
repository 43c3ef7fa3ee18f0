"""Exports that re-import losslessly, formula-safe cells, CP932 limits, vCard/ics output, and fuzzing."""

from __future__ import annotations

import csv
import re
import io
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sapporo_mice.crm import Crm
from sapporo_mice.io.exporter import export_file
from sapporo_mice.io.importer import ImportOptions, import_file
from sapporo_mice.io.problems import ExportError, ImportFileError
from sapporo_mice.io.sources import table_source
from sapporo_mice.io.tabular import _table
from sapporo_mice.io.vcard import card_record, parse_cards

ACTOR = "tester"
SAMPLE = [
    {"family_name": "山田", "given_name": "太郎", "family_name_kana": "やまだ", "given_name_kana": "たろう",
     "title": "=課長", "country": "JP", "notes": "+メモ\n二行目", "emails": ["taro@example.jp"],
     "phones": [{"raw": "090-1234-5678", "kind": "mobile"}, {"raw": "011-222-3333 内線 12"}]},
    {"family_name": "Tan", "given_name": "Wei Ling", "latin_name": "Tan Wei Ling", "title": "-Buyer",
     "country": "SG", "emails": ["wl@tan.sg", "wl.home@gmail.com"], "phones": ["+65 6123 4567", "@not a phone"]},
]


def _snapshot(crm) -> list[tuple]:
    rows = []
    for c in crm.contacts.list(limit=None):
        rows.append((c["display_name"], c["family_name"], c["given_name"], c["family_name_kana"], c["given_name_kana"],
                     c["latin_name"], c["organization_name"], c["title"], c["country"], c["notes"],
                     tuple(e["email"] for e in c["emails"]),
                     tuple(sorted((p["e164"] or p["raw"], p["kind"]) for p in c["phones"]))))
    return sorted(rows, key=repr)


def _fill(crm, contacts) -> None:
    org = crm.organizations.create({"name": "札幌食品株式会社"}, actor=ACTOR).id
    for values in contacts:
        crm.contacts.create({**values, "organization_id": org}, actor=ACTOR)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".vcf"])
def test_export_then_import_into_an_empty_database_loses_nothing(crm, tmp_path, suffix):
    _fill(crm, SAMPLE)
    path = tmp_path / f"contacts{suffix}"
    assert export_file(crm.store, "contacts", path) == 2
    fresh = Crm.open(f"sqlite:///{(tmp_path / 'fresh.db').as_posix()}", device_id="00000000-0000-7000-8000-000000000009")
    try:
        report = import_file(fresh.store, path, ImportOptions(kind="contacts"))
        assert report.applied and not report.errors
        assert _snapshot(fresh) == _snapshot(crm)
    finally:
        fresh.close()


def test_csv_cells_are_neutralised_but_phones_survive(sqlite_crm, tmp_path):
    _fill(sqlite_crm, SAMPLE)
    path = tmp_path / "out.csv"
    export_file(sqlite_crm.store, "contacts", path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    cells = [cell for row in rows[1:] for cell in row]
    # only what a spreadsheet would run as a formula is marked; a phone stays as it is
    assert "+6561234567" in cells and "'=課長" in cells and "'-Buyer" in cells and "'@not a phone" in cells
    assert not any(cell.startswith(("=", "@", "\t", "\r")) for cell in cells)
    assert all(re.fullmatch(r"[+-][\d\s().\-/+]*", cell) for cell in cells if cell.startswith(("+", "-")))


def test_xlsx_cells_are_text_not_formulas(sqlite_crm, tmp_path):
    from openpyxl import load_workbook

    _fill(sqlite_crm, SAMPLE)
    path = tmp_path / "out.xlsx"
    export_file(sqlite_crm.store, "contacts", path)
    sheet = load_workbook(path).active
    values = [cell.value for row in sheet.iter_rows(min_row=2) for cell in row if cell.value is not None]
    # text cells typed as text: written as they are, no apostrophe, never a formula
    assert "=課長" in values and "+6561234567" in values and not any(str(v).startswith("'") for v in values)
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_cp932_export_names_row_and_column_of_an_unencodable_character(sqlite_crm, tmp_path):
    sqlite_crm.contacts.create({"family_name": "Nguyễn", "given_name": "An"}, actor=ACTOR)
    path = tmp_path / "out.csv"
    with pytest.raises(ExportError) as caught:  # --strict: today's refusal
        export_file(sqlite_crm.store, "contacts", path, encoding="cp932", strict=True)
    assert caught.value.params["row"] == 2 and caught.value.params["column"] == "Name"
    assert not path.exists()
    warnings: list = []  # by default: 〓 in its place, and a warning naming row and column
    assert export_file(sqlite_crm.store, "contacts", path, encoding="cp932", warnings=warnings, lang="ja") == 1
    text = path.read_bytes().decode("cp932")
    assert "Nguy〓n" in text and text.startswith("氏名,姓,名")
    assert [(w.row, w.column) for w in warnings] == [(2, "氏名"), (2, "姓"), (2, "ローマ字")] or \
        {(w.row, w.column) for w in warnings} >= {(2, "氏名"), (2, "姓")}
    assert "U+1EC5" in warnings[0].message("en") and "〓" in warnings[0].message("ja")
    sqlite_crm.contacts.create({"family_name": "髙橋"}, actor=ACTOR)  # NEC/IBM extension kanji: fine in CP932


def test_vcard_export_has_readings_and_tel_uris(sqlite_crm, tmp_path):
    _fill(sqlite_crm, SAMPLE)
    path = tmp_path / "out.vcf"
    export_file(sqlite_crm.store, "contacts", path)
    text = path.read_text(encoding="utf-8")
    assert "VERSION:4.0" in text and "X-PHONETIC-LAST-NAME:やまだ" in text
    assert "TEL;VALUE=uri;TYPE=cell:tel:+819012345678" in text and "ORG:札幌食品株式会社;" in text
    export_file(sqlite_crm.store, "contacts", path, vcard_version="3.0")
    assert "VERSION:3.0" in path.read_text(encoding="utf-8")
    assert all(len(line) <= 75 for line in path.read_bytes().split(b"\r\n"))


def test_fair_schedule_as_ics(sqlite_crm, tmp_path):
    crm = sqlite_crm
    fair = crm.fairs.create({"name": "THAIFEX, Anuga Asia", "country": "TH", "timezone": "Asia/Bangkok",
                             "city": "Bangkok", "starts_on": "2026-05-26", "ends_on": "2026-05-30"}, actor=ACTOR).id
    lead = crm.leads.create({"title": "Siam Foods", "fair_id": fair}, actor=ACTOR).id
    crm.activities.create({"kind": "meeting", "subject": "Siam Foods; tasting", "record_type": "lead",
                           "record_id": lead, "occurred_at": "2026-05-27T14:00:00+07:00"}, actor=ACTOR)
    crm.tasks.create({"title": "Send samples", "record_type": "lead", "record_id": lead, "due_on": "2026-06-02"},
                     actor=ACTOR)
    path = tmp_path / "fair.ics"
    assert export_file(crm.store, "fair", path, fair=fair) == 3
    text = path.read_bytes().decode("utf-8")
    assert "DTSTART;VALUE=DATE:20260526\r\nDTEND;VALUE=DATE:20260531" in text
    assert "SUMMARY:THAIFEX\\, Anuga Asia" in text and "DTSTART:20260527T070000Z" in text
    assert "SUMMARY:Siam Foods\\; tasting" in text and "BEGIN:VTODO" in text and "DUE;VALUE=DATE:20260602" in text


# ---------------------------------------------------------------------------------------- properties
names = st.sampled_from(["山田", "王", "김", "Nguyễn", "สมชาย", "محمد", "O'Brien", "Müller", "=cmd", "+x", "-y", "@z"])
readings = st.one_of(st.none(), st.sampled_from(["やまだ", "たろう", "きむ", "ぐえん"]))
texts = st.one_of(st.none(), st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30)
                  .map(str.strip).filter(bool))
phones = st.sampled_from(["+65 6123 4567", "090-1234-5678", "+66 81 234 5678", "+84 28 3822 1234", "+82 2-312-3456",
                          "+971 4 234 5678", "+1 212 555 0187", "not a phone", "=1+2"])
contacts = st.fixed_dictionaries({
    "family_name": names, "given_name": st.one_of(st.none(), names), "family_name_kana": readings,
    "given_name_kana": readings, "title": texts, "notes": texts,
    "country": st.sampled_from([None, "JP", "SG", "TH", "VN", "KR", "AE", "US"]),
    "emails": st.lists(st.sampled_from(["a@example.jp", "b@example.sg", "c.d@example.co.th"]), unique=True, max_size=2),
    "phones": st.lists(phones, unique=True, max_size=3),
})


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(people=st.lists(contacts, min_size=1, max_size=4))
def test_property_csv_round_trip_over_many_scripts(people, tmp_path_factory, sqlite_template):
    base = tmp_path_factory.mktemp("rt")
    for name in ("a.db", "b.db"):  # new files as opening makes them, without migrating each (2 s an example)
        shutil.copyfile(sqlite_template, base / name)
    source = Crm.open(f"sqlite:///{(base / 'a.db').as_posix()}", device_id="00000000-0000-7000-8000-00000000000a")
    target = Crm.open(f"sqlite:///{(base / 'b.db').as_posix()}", device_id="00000000-0000-7000-8000-00000000000b")
    try:
        _fill(source, people)
        export_file(source.store, "contacts", base / "out.csv")
        report = import_file(target.store, base / "out.csv", ImportOptions(kind="contacts"))
        assert report.applied, report.as_json()
        assert _snapshot(target) == _snapshot(source)
    finally:
        source.close()
        target.close()


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=400))
def test_property_random_bytes_never_crash_the_readers(data):
    for reader in (_read_csv_bytes, _read_vcard_bytes):
        try:
            reader(data)
        except ImportFileError:
            pass


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300))
def test_property_random_csv_text_reads_or_fails_cleanly(text):
    try:
        _read_csv_bytes(text.encode("utf-8"))
    except ImportFileError:
        pass


vcard_lines = st.lists(st.one_of(
    st.sampled_from(["BEGIN:VCARD", "END:VCARD", "VERSION:2.1", "N:Doe;John", "TEL;CELL:123", " folded",
                     "NOTE;ENCODING=QUOTED-PRINTABLE:=E3=81=82=", "=E3", "ORG;CHARSET=SHIFT_JIS:\x83\x5c",
                     "item1.X-ABLabel:x", "PHOTO;ENCODING=b:AAAA", "EMAIL:x@", "TEL;VALUE=uri:tel:+1-2;ext=3"]),
    st.text(max_size=20)), max_size=15)


@settings(max_examples=200, deadline=None)
@given(lines=vcard_lines)
def test_property_vcard_ish_lines_never_crash(lines):
    data = "\r\n".join(lines).encode("utf-8", errors="replace")
    try:
        for card in parse_cards(data, "x.vcf")[0]:
            card_record(card)
    except ImportFileError:
        pass


def _read_csv_bytes(data: bytes) -> None:
    from sapporo_mice.io.sniff import decode_text

    text, _ = decode_text(data, "x.csv")
    records = list(csv.reader(io.StringIO(text, newline="")))
    table_source(_table("x.csv", records), "contacts", None)


def _read_vcard_bytes(data: bytes) -> None:
    for card in parse_cards(data, "x.vcf")[0]:
        card_record(card)


def test_random_file_import_changes_nothing(sqlite_crm, tmp_path):
    path = tmp_path / "noise.csv"
    path.write_bytes(bytes(range(200)) + b"\x00")
    with pytest.raises(ImportFileError):
        import_file(sqlite_crm.store, path, ImportOptions(kind="contacts"))
    assert sqlite_crm.contacts.count() == 0
