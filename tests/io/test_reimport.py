"""Re-imports update instead of duplicating: the match policy (--on-match update|skip|create) keyed by exact
email or E.164, shown in the dry run and --json; updates fill empty fields and report conflicting ones."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import event

from sapporo_mice.cli.main import main
from sapporo_mice.io.importer import ImportOptions, import_file
from sapporo_mice.io.matching import MATCHED_COLUMNS, MATCHED_EMAIL, MATCHED_PHONE, matched_people

FORMATS = Path(__file__).resolve().parents[1] / "data" / "formats"


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_the_same_file_imported_twice_adds_nobody(crm):
    first = import_file(crm.store, FORMATS / "google.csv", ImportOptions(kind="contacts"))
    assert first.created == 3
    before = crm.stats()
    again = import_file(crm.store, FORMATS / "google.csv", ImportOptions(kind="contacts"))
    assert again.applied and (again.created, again.updated, again.skipped) == (0, 0, 3)
    assert crm.stats() == before and crm.contacts.count() == 3
    assert {m.action for m in again.matches} == {"update"} and not again.duplicates
    assert "追加する内容はありません" in again.lines("ja")[1]


def test_update_fills_empty_fields_adds_new_details_and_reports_conflicts(crm, tmp_path):
    import_file(crm.store, _write(tmp_path / "a.csv", "Name,Email,Title\nAlice Tan,alice@tan.sg,Buyer\n"),
                ImportOptions(kind="contacts"))
    second = _write(tmp_path / "b.csv", "Name,Email,Title,Department,Mobile,Company\n"
                                        "Alice Tan,ALICE@tan.sg,Director,Purchasing,+65 9123 4567,Tan Foods\n")
    preview = import_file(crm.store, second, ImportOptions(kind="contacts", dry_run=True))
    [match] = preview.matches
    assert (match.row, match.reason, match.action) == (2, "email", "update")
    assert set(match.fills) == {"department"} and match.phones[0]["raw"] == "+65 9123 4567"
    [conflict] = [w for w in preview.warnings if w.code == "io.match_conflict"]
    assert conflict.column == "Title" and "Buyer" in conflict.message("ja") and "Director" in conflict.message("ja")
    assert preview.would_create == 0 and crm.contacts.get(match.existing_id)["department"] is None
    report = import_file(crm.store, second, ImportOptions(kind="contacts"))
    assert report.applied and (report.created, report.updated) == (0, 1)
    alice = crm.contacts.get(match.existing_id)
    assert alice["title"] == "Buyer"  # never overwritten silently
    assert alice["department"] == "Purchasing" and [p["e164"] for p in alice["phones"]] == ["+6591234567"]
    assert alice["organization_name"] == "Tan Foods" and crm.contacts.count() == 1


def test_a_conflict_in_a_name_read_from_the_full_name_names_that_column_and_never_a_field_key(crm, tmp_path):
    """A name split from the full name's column disagrees with the CRM: the warning is on that column (氏名) and names
    the part (名). It was on a column called "given_name", and said "Given name:" in the Japanese UI too."""
    import_file(crm.store, _write(tmp_path / "a.csv", "Name,Email,Country\nLim Wei Ming,wm@lim.sg,SG\n"),
                ImportOptions(kind="contacts"))
    again = _write(tmp_path / "b.csv", "氏名,メールアドレス,Country\nLim W. M.,wm@lim.sg,SG\n")
    preview = import_file(crm.store, again, ImportOptions(kind="contacts", dry_run=True))
    conflicts = [w for w in preview.warnings if w.code == "io.match_conflict"]
    assert conflicts and {w.column for w in conflicts} == {"氏名"}
    [given] = [w for w in conflicts if "「Wei Ming」" in w.message("ja")]
    assert given.bare_message("ja") == "名: CRM では「Wei Ming」、ファイルでは「W. M.」です。CRM の値を残します。"
    assert given.bare_message("en").startswith("Given name: the CRM has “Wei Ming”")
    assert not any(w.message("ja").isascii() or "name" in w.message("ja") for w in conflicts)


def test_a_conflict_in_a_field_no_column_holds_is_named_as_its_form_names_it(crm, tmp_path):
    from sapporo_mice.io import matching
    from sapporo_mice.io.importer import Plan
    from sapporo_mice.io.matching import Match

    plan = Plan(number=3, name="Tan", main={"title": "Director"}, columns={"full_name": "Name"})
    matching._compare(plan, {"title": "Buyer"}, Match(3, "x", "Tan", "email", "update"), None)
    [conflict] = plan.warnings
    assert conflict.column is None
    assert conflict.message("ja").startswith("役職: ") and conflict.message("en").startswith("Job title: ")


def test_a_phone_in_e164_matches_when_the_email_differs(crm, tmp_path):
    import_file(crm.store, _write(tmp_path / "a.csv", "Name,Phone,Country\nWei Lim,6123 4567,SG\n"),
                ImportOptions(kind="contacts"))
    report = import_file(crm.store, _write(tmp_path / "b.csv", "Name,Phone,Email\nWei Lim,+65 6123 4567,wei@lim.sg\n"),
                         ImportOptions(kind="contacts"))
    assert [(m.reason, m.action) for m in report.matches] == [("phone", "update")]
    assert crm.contacts.count() == 1 and crm.contacts.list(limit=None)[0]["emails"][0]["email"] == "wei@lim.sg"


def test_skip_and_create_policies(crm, tmp_path):
    path = _write(tmp_path / "a.csv", "Name,Email,Department\nAlice Tan,alice@tan.sg,\n")
    import_file(crm.store, path, ImportOptions(kind="contacts"))
    changed = _write(tmp_path / "b.csv", "Name,Email,Department\nAlice Tan,alice@tan.sg,Sales\n")
    skipped = import_file(crm.store, changed, ImportOptions(kind="contacts", on_match="skip"))
    assert (skipped.created, skipped.updated, skipped.skipped) == (0, 0, 1)
    assert crm.contacts.list(limit=None)[0]["department"] is None
    created = import_file(crm.store, changed, ImportOptions(kind="contacts", on_match="create"))
    assert created.created == 1 and crm.contacts.count() == 2
    assert [m.action for m in created.matches] == ["create"] and created.duplicates


def test_a_reimport_asks_the_database_as_often_for_40_people_as_for_3(crm, tmp_path):
    """The people a re-import matches are read together (their emails, phones and companies too), not a few
    queries per row: a re-import of a whole 10k-row list took 10 s to check and 19 s to apply that way."""
    counts = []
    for n in (3, 40):
        path = _write(tmp_path / f"people{n}.csv", "Name,Email,Phone,Company\n" + "".join(
            f"Wei{i} Lim{n},wei{i}.{n}@lim.sg,011-222-{n:02d}{i:02d},Lim Trading {i}\n" for i in range(n)))
        assert import_file(crm.store, path, ImportOptions(kind="contacts")).created == n
        statements: list[str] = []

        def seen(_conn, _cursor, statement, *_args):
            statements.append(statement)

        event.listen(crm.store.db.engine, "before_cursor_execute", seen)
        try:
            check = import_file(crm.store, path, ImportOptions(kind="contacts", dry_run=True))
            again = import_file(crm.store, path, ImportOptions(kind="contacts"))
        finally:
            event.remove(crm.store.db.engine, "before_cursor_execute", seen)
        assert [m.action for m in check.matches] == ["update"] * n and not check.duplicates
        assert again.applied and (again.created, again.updated, again.skipped) == (0, 0, n)
        counts.append(len(statements))
    assert counts[0] == counts[1]


def test_leads_from_the_same_fair_file_twice_add_no_lead(crm, tmp_path):
    fair = crm.fairs.create({"name": "FHA 2026", "country": "SG", "timezone": "Asia/Singapore",
                             "starts_on": "2026-04-21", "ends_on": "2026-04-24"}, actor="t").id
    path = _write(tmp_path / "leads.csv", "Name,Email,Company\nAlice Tan,alice@tan.sg,Tan Foods\n")
    assert import_file(crm.store, path, ImportOptions(kind="leads", fair=fair)).created == 1
    again = import_file(crm.store, path, ImportOptions(kind="leads", fair=fair))
    assert again.applied and again.created == 0 and crm.leads.count() == 1 and crm.contacts.count() == 1
    # The same person from another file without a fair: their lead from the fair is not one without a fair.
    other = import_file(crm.store, path, ImportOptions(kind="leads"))
    assert other.applied and other.created == 1 and crm.leads.count() == 2 and crm.contacts.count() == 1


def test_cli_on_match_in_json(db_url, capsys, tmp_path):
    path = _write(tmp_path / "a.csv", "Name,Email\nAlice Tan,alice@tan.sg\n")
    assert main(["--db", db_url, "import", "contacts", str(path)]) == 0
    capsys.readouterr()
    assert main(["--db", db_url, "--json", "import", "contacts", str(path), "--on-match", "skip", "--dry-run"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["matches"][0]["action"] == "skip" and report["matches"][0]["reason"] == "email"
    assert main(["--db", db_url, "--lang", "ja", "import", "contacts", str(path)]) == 0
    assert "一致" in capsys.readouterr().out


# ------------------------------------------------------------------------------- name order
def test_full_names_split_by_country_and_script_and_the_preview_can_flip_them(crm, tmp_path):
    path = _write(tmp_path / "names.csv", "Name,Country,Email\n"
                                          "Nguyen Van An,VN,an@example.vn\n"
                                          "Tan Wei Ming,SG,tan@example.sg\n"
                                          "Siti Aminah,MY,siti@example.my\n"
                                          "Ahmad bin Ismail,MY,ahmad@example.my\n"
                                          "Nagy László,HU,nagy@example.hu\n"
                                          "TANAKA Hiroshi,,tanaka@example.jp\n"
                                          "John Smith,US,john@example.com\n")
    preview = import_file(crm.store, path, ImportOptions(kind="contacts", dry_run=True))
    split = {n.text: (n.family_name, n.given_name, n.rule) for n in preview.name_splits}
    assert split["Nguyen Van An"] == ("Nguyen", "Van An", "country_vn")
    assert split["Tan Wei Ming"] == ("Tan", "Wei Ming", "chinese_surname")
    assert split["Siti Aminah"] == ("Aminah", "Siti", "default")
    assert split["Ahmad bin Ismail"] == (None, None, "patronymic")
    assert split["Nagy László"] == ("Nagy", "László", "country_hu")
    assert split["TANAKA Hiroshi"] == ("TANAKA", "Hiroshi", "capitals")
    assert "ベトナム" in preview.name_splits[0].message("ja") and "--flip-name 2" in preview.name_splits[0].message("en")
    report = import_file(crm.store, path, ImportOptions(kind="contacts", flip_names=frozenset({8})))
    people = {c["latin_name"]: c for c in crm.contacts.list(limit=None)}
    assert (people["Nguyen Van An"]["family_name"], people["Nguyen Van An"]["given_name"]) == ("Nguyen", "Van An")
    assert people["Ahmad bin Ismail"]["family_name"] is None
    assert (people["John Smith"]["family_name"], people["John Smith"]["given_name"]) == ("John", "Smith")  # flipped
    assert [n.flipped for n in report.name_splits if n.row == 8] == [True]


def test_cli_flip_name(db_url, capsys, tmp_path):
    path = _write(tmp_path / "a.csv", "Name,Country\nLe Thi Hoa,VN\n")
    assert main(["--db", db_url, "--json", "import", "contacts", str(path), "--flip-name", "2"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["name_splits"][0]["family_name"] == "Hoa" and report["name_splits"][0]["flipped"]


def test_a_checked_match_with_nothing_new_holds_no_container_for_the_collector(crm):
    """A check of a re-imported list keeps a match per row until the wizard closes, and the desktop's collector
    walks every container those matches hold, on the GUI thread (sapporo_mice.collection): a match that adds
    no email or phone holds none (two empty lists each took a 50k-row check's first collection to 134 ms)."""
    import gc

    import_file(crm.store, FORMATS / "google.csv", ImportOptions(kind="contacts"))
    again = import_file(crm.store, FORMATS / "google.csv", ImportOptions(kind="contacts", dry_run=True))
    assert len(again.matches) == 3 and not any(m.changes_something for m in again.matches)
    assert [value for m in again.matches for value in vars(m).values() if gc.is_tracked(value)] == []


def test_a_match_reads_each_person_as_the_contact_service_gives_them(crm):
    """The match's own read (``matched_people``, plain rows without the phones' display forms) gives, for every
    key a match reads, what the contact service's ``get_many_in`` gives: the live emails and phones only, the
    primary one first (here not the oldest), kinds as their values; an id not stored is left out."""
    org = crm.organizations.create({"name": "Tan Foods", "country": "SG"}, actor="t")
    alice = crm.contacts.create({"family_name": "Tan", "given_name": "Alice", "title": "Buyer", "languages": "en, zh",
                                 "notes": "met at FHA", "country": "SG", "organization_id": org.id,
                                 "emails": [{"email": "a@tan.sg", "kind": "work"}, "b@tan.sg"],
                                 "phones": [{"raw": "+65 9123 4567", "kind": "mobile"}, "6123 4567", "no number"]},
                                actor="t")
    crm.contacts.update(alice.id, {"emails": [{"email": "c@tan.sg", "kind": "home"}, "a@tan.sg"],
                                   "phones": ["6123 4567", {"raw": "+65 9123 4567", "kind": "mobile"}]}, actor="t")
    bob = crm.contacts.create({"family_name": "Lim", "given_name": "Bob"}, actor="t")
    ids = [alice.id, bob.id, "01900000-0000-7000-8000-000000000000"]
    with crm.store.reading() as session:
        read = matched_people(session, ids)
        full = crm.store.services["contact"].get_many_in(session, ids)
    assert sorted(read) == sorted([alice.id, bob.id])
    for contact_id, person in read.items():
        whole = full[contact_id]
        assert {k: v for k, v in person.items() if k not in ("emails", "phones")} == \
               {k: whole[k] for k in MATCHED_COLUMNS}
        assert person["emails"] == [{k: e[k] for k in MATCHED_EMAIL} for e in whole["emails"]]
        assert person["phones"] == [{k: p[k] for k in MATCHED_PHONE} for p in whole["phones"]]
    assert [e["email"] for e in read[alice.id]["emails"]] == ["c@tan.sg", "a@tan.sg"]
    assert read[alice.id]["emails"][0]["kind"] == "home" and read[alice.id]["phones"][1]["kind"] == "mobile"
    assert [p["raw"] for p in read[alice.id]["phones"]] == ["6123 4567", "+65 9123 4567"]
    assert read[bob.id]["emails"] == read[bob.id]["phones"] == [] and read[alice.id]["organization_id"] == org.id
