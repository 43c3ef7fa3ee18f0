"""Backups, daily backups and their rotation, restore, and the database check with its repairs; on SQLite and
PostgreSQL (the FTS5, trigger and index checks on SQLite only), through the core and the command line."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.engine import make_url

from sapporo_mice import paths
from sapporo_mice.cli.main import main
from sapporo_mice.crm import Crm
from sapporo_mice.database import head_revision
from sapporo_mice.maintenance import MaintenanceError, kept_days, reference_schema
from sapporo_mice.models import SearchEntry
from sapporo_mice.settings import Settings

ACTOR = "tester"
TODAY = dt.date(2026, 12, 1)  # a Tuesday
DEVICE = "00000000-0000-7000-8000-000000000009"


# ------------------------------------------------------------------------------------------ helpers
def fill(crm) -> dict[str, str]:
    """A little of everything: companies, people with emails and phones, a lead, an activity, a merge, a deletion."""
    org = crm.organizations.create({"name": "株式会社サッポロ食品", "country": "JP"}, actor=ACTOR).id
    contact = crm.contacts.create({"family_name": "山田", "given_name": "太郎", "organization_id": org,
                                   "emails": ["taro@example.jp"], "phones": [{"raw": "011-211-2111"}]},
                                  actor=ACTOR).id
    twin = crm.contacts.create({"family_name": "山田", "given_name": "太郎", "emails": ["taro@example.jp"]},
                               actor=ACTOR).id
    crm.dedupe.merge("contact", contact, twin, {}, actor=ACTOR, survivor_version=crm.contacts.get(contact)["version"],
                     loser_version=crm.contacts.get(twin)["version"])
    lead = crm.leads.create({"title": "ホタテ 商談", "contact_id": contact, "organization_id": org}, actor=ACTOR).id
    crm.activities.create({"kind": "call", "subject": "電話 フォロー", "occurred_at": "2026-11-30T10:00:00+09:00",
                           "record_type": "lead", "record_id": lead}, actor=ACTOR)
    gone = crm.organizations.create({"name": "Tan Trading", "country": "SG"}, actor=ACTOR).id
    crm.organizations.delete(gone, actor=ACTOR)
    return {"org": org, "contact": contact, "lead": lead, "twin": twin}


def dump_tables(url: str) -> dict[str, list[tuple]]:
    """Every table's rows in primary-key order (SQLite's FTS5 tables through their shadow tables)."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            schema = inspect(connection)
            virtual = set()
            if engine.dialect.name == "sqlite":
                virtual = set(connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'").scalars())
            tables = {}
            for name in sorted(set(schema.get_table_names()) - virtual):
                keys = schema.get_pk_constraint(name)["constrained_columns"] or ["1"]
                order = ", ".join(f'"{k}"' if k != "1" else k for k in keys)
                tables[name] = [tuple(r) for r in connection.exec_driver_sql(f'SELECT * FROM "{name}" ORDER BY {order}')]
            return tables
    finally:
        engine.dispose()


def sql(crm, statement: str, **params) -> None:
    """Raw SQL in one transaction, past the services (what another tool or a bug might write)."""
    with crm.store.db.transaction() as session:
        session.execute(text(statement), params)


def sql_without_foreign_keys(crm, statement: str, **params) -> None:
    """Raw SQL with the foreign keys unenforced (a file edited by another tool, a server with triggers off)."""
    if crm.store.db.is_sqlite:
        connection = sqlite3.connect(make_url(crm.store.db.url).database)  # foreign keys are off by default
        with connection:
            connection.execute(statement, params)
        connection.close()
        return
    with crm.store.db.transaction() as session:
        session.execute(text("SET LOCAL session_replication_role = replica"))
        session.execute(text(statement), params)


def codes(report) -> set[tuple[str, str]]:
    return {(f.code, f.subject) for f in report.findings}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def found_ids(crm, query: str) -> set[str]:
    return {hit.id for hit in crm.search.find(query)}


# ------------------------------------------------------------------------------------ backup and restore
def test_a_restore_brings_back_exactly_the_backed_up_state(crm, tmp_path):
    ids = fill(crm)
    url = crm.store.db.url
    before = dump_tables(url)
    made = crm.maintenance.backup(tmp_path / "before.bak")
    assert made.file == tmp_path / "before.bak" and made.bytes == made.file.stat().st_size > 0
    # after the backup: new records, edits, a deletion, an undone merge
    crm.contacts.create({"family_name": "後藤", "emails": ["goto@example.jp"]}, actor=ACTOR)
    crm.organizations.update(ids["org"], {"name": "サッポロ食品ホールディングス"}, actor=ACTOR)
    crm.leads.delete(ids["lead"], actor=ACTOR)
    crm.dedupe.undo(crm.dedupe.merges_of("contact", ids["contact"])[0].id, actor=ACTOR)
    assert dump_tables(url) != before

    restored = crm.maintenance.restore(made.file)

    assert dump_tables(url) == before
    assert restored.restored_from == made.file and restored.safety_backup.parent == paths.backups_dir()
    assert crm.maintenance.describe_backup(restored.safety_backup).counts["contacts"] == 3  # the state it replaced
    reopened = Crm.open(url, device_id=DEVICE)
    try:
        assert reopened.maintenance.check().ok
        assert found_ids(reopened, "ホタテ") == {ids["lead"]}
    finally:
        reopened.close()


def test_describing_a_backup_gives_its_date_revision_and_counts_without_changing_it(crm, tmp_path):
    fill(crm)
    folder = tmp_path / "backups"
    folder.mkdir()
    made = crm.maintenance.backup(folder)  # into a folder: a file named with the date
    assert made.file.parent == folder and made.file.name.startswith(make_url(crm.store.db.url).database
                                                                      .rsplit("/", 1)[-1].removesuffix(".db"))
    content = made.file.read_bytes()
    info = crm.maintenance.describe(made.file)
    assert info.revision == head_revision() and info.kind == crm.store.db.dialect
    assert (info.counts["organizations"], info.counts["contacts"], info.counts["leads"], info.counts["activities"]) \
        == (1, 1, 1, 1)  # live records: the deleted company and the merged contact are not counted
    assert abs((info.taken_at - dt.datetime.now().astimezone()).total_seconds()) < 120
    assert "企業・団体: 1 件" in info.count_lines("ja") and "Contact: 1" in info.count_lines("en")
    assert made.file.read_bytes() == content
    assert sorted(p.name for p in folder.iterdir()) == [made.file.name]  # no journal left beside it


def test_backup_to_a_missing_folder_is_a_clear_error_naming_it(crm, tmp_path):
    missing = tmp_path / "no" / "such" / "folder"
    with pytest.raises(MaintenanceError) as raised:
        crm.maintenance.backup(missing / "x.bak")
    assert raised.value.code == "backup.folder_missing" and str(missing) in raised.value.message("en")
    assert str(missing) in raised.value.message("ja") and "フォルダー" in raised.value.message("ja")
    assert not missing.exists()


def test_restore_refuses_a_file_that_is_not_a_backup_of_this_app(crm, tmp_path):
    fill(crm)
    before = dump_tables(crm.store.db.url)
    notes = tmp_path / "notes.db"
    notes.write_text("hello\n" * 100)
    other_app = tmp_path / "other.db"
    with sqlite3.connect(other_app) as connection:
        connection.execute("CREATE TABLE things (id INTEGER PRIMARY KEY)")
    connection.close()
    expected = {notes: "restore.not_a_backup", tmp_path / "missing.db": "restore.file_missing"}
    if crm.store.db.is_sqlite:
        expected[other_app] = "restore.not_this_app"
    else:
        expected[other_app] = "restore.wrong_kind"  # a SQLite file is no backup for the office server
    for source, code in expected.items():
        with pytest.raises(MaintenanceError) as raised:
            crm.maintenance.restore(source)
        assert raised.value.code == code and str(source) in raised.value.message("ja")
    assert dump_tables(crm.store.db.url) == before
    assert list(paths.backups_dir().iterdir()) == []  # refused before anything was touched


def test_restore_refuses_a_backup_of_a_newer_schema(crm, tmp_path):
    fill(crm)
    sql(crm, "UPDATE alembic_version SET version_num = '0099_from_the_future'")
    made = crm.maintenance.backup(tmp_path / "future.bak")
    sql(crm, "UPDATE alembic_version SET version_num = :head", head=head_revision())
    before = dump_tables(crm.store.db.url)
    for attempt in (crm.maintenance.describe, crm.maintenance.restore):
        with pytest.raises(MaintenanceError) as raised:
            attempt(made.file)
        assert raised.value.code == "restore.newer_schema"
        assert "0099_from_the_future" in raised.value.message("en") and head_revision() in raised.value.message("en")
    assert dump_tables(crm.store.db.url) == before


def test_a_sqlite_restore_stops_while_another_program_has_the_file_open(sqlite_crm, tmp_path):
    crm = sqlite_crm
    fill(crm)
    made = crm.maintenance.backup(tmp_path / "b.bak")
    crm.contacts.create({"family_name": "後藤"}, actor=ACTOR)
    url = crm.store.db.url
    before = dump_tables(url)
    crm.close()
    other = sqlite3.connect(make_url(url).database)  # e.g. a second window of the app
    other.execute("SELECT count(*) FROM contacts").fetchone()
    try:
        with pytest.raises(MaintenanceError) as raised:
            crm.maintenance.restore_database(url, made.file)
        assert raised.value.code == "restore.in_use"
    finally:
        other.close()
    assert dump_tables(url) == before
    [safety] = paths.backups_dir().iterdir()  # the copy made first is named in the message
    assert str(safety) in raised.value.message("en")
    crm.maintenance.restore_database(url, made.file)  # once it is closed, the restore goes through
    assert dump_tables(url) != before


# ------------------------------------------------------------------------------------- daily backups
def daily_names(stem: str = "only") -> set[str]:
    return {p.name for p in paths.backups_dir().iterdir() if "-daily-" in p.name and p.name.startswith(stem)}


def test_auto_backup_makes_one_backup_a_day_and_only_when_the_setting_asks(sqlite_crm):
    crm = sqlite_crm
    fill(crm)
    made = crm.maintenance.auto_backup(today=TODAY)
    assert made == paths.backups_dir() / "only-daily-2026-12-01.db"
    assert crm.maintenance.describe(made).counts["contacts"] == 1
    assert crm.maintenance.auto_backup(today=TODAY) is None  # one a day
    assert crm.maintenance.auto_backup(today=TODAY + dt.timedelta(days=1)).name == "only-daily-2026-12-02.db"
    Settings().set("backup_daily", False)
    assert crm.maintenance.auto_backup(today=TODAY + dt.timedelta(days=2)) is None
    assert daily_names() == {"only-daily-2026-12-01.db", "only-daily-2026-12-02.db"}


def test_auto_backup_leaves_the_office_server_to_its_administrators(postgres_server):
    crm = Crm.open(postgres_server.create_database(f"auto_{uuid.uuid4().hex[:12]}"), device_id=DEVICE)
    try:
        assert crm.maintenance.auto_backup(today=TODAY) is None
    finally:
        crm.close()
    assert list(paths.backups_dir().iterdir()) == []


def test_the_rotation_keeps_seven_daily_and_four_weekly_backups_and_every_other_kind(sqlite_crm):
    folder = paths.backups_dir()
    day = dt.date(2026, 10, 1)
    while day < TODAY:  # two months of daily backups before today's
        (folder / f"only-daily-{day.isoformat()}.db").write_bytes(b"old")
        day += dt.timedelta(days=1)
    others = {"only-0002_search_grams-20261015-101500.db",  # made before a migration
              "only-before-restore-20261020-090000.db",  # made before a restore
              "other-daily-2026-10-01.db",  # another database's
              "only-daily-notes.txt"}
    for name in others:
        (folder / name).write_bytes(b"keep")

    sqlite_crm.maintenance.auto_backup(today=TODAY)

    daily = {f"only-daily-2026-{d}.db" for d in ("12-01", "11-30", "11-29", "11-28", "11-27", "11-26", "11-25")}
    # older than those: the newest of each ISO week (Mon-Sun), for four weeks
    weekly = {f"only-daily-2026-{d}.db" for d in ("11-24", "11-22", "11-15", "11-08")}
    assert {p.name for p in folder.iterdir()} == daily | weekly | others


def test_the_kept_backups_are_this_databases_of_every_kind_the_app_makes_newest_first(sqlite_crm, postgres_server):
    import os

    folder = paths.backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    written = {"only-daily-2026-11-30.db": "daily", "only-20261130-120000.db": "manual",
               "only-0011_student_consent-20261129-080000.db": "before_upgrade", "only-base-20261001-080000.db":
               "before_upgrade", "only-before-restore-20261128-090000.db": "before_restore",
               "only-before-rekey-20261127-090000.db": "before_rekey"}
    for age, name in enumerate(written):  # the first written is the newest
        (folder / name).write_bytes(b"x" * (age + 1))
        os.utime(folder / name, (1_790_000_000 - age * 3600,) * 2)
    for name in ("only-test-20261130-120000.db",  # a database named only-test
                 "only-daily-notes.db", "only-daily-2026-11-30.db.partial", "other-daily-2026-11-30.db"):
        (folder / name).write_bytes(b"not ours")

    kept = sqlite_crm.maintenance.kept_backups()
    assert [(k.file.name, k.kind, k.bytes) for k in kept] == [
        (name, kind, age + 1) for age, (name, kind) in enumerate(written.items())]
    assert kept[0].taken == dt.datetime.fromtimestamp(1_790_000_000).astimezone()
    assert sqlite_crm.maintenance.schedule().latest == kept[0].taken
    office = Crm.open(postgres_server.create_database(f"kept_{uuid.uuid4().hex[:12]}"), device_id=DEVICE)
    try:
        assert office.maintenance.kept_backups() == []  # the office server's backups are its administrators'
    finally:
        office.close()


def test_kept_days_with_gaps_counts_backups_not_calendar_days():
    once_a_week = [dt.date(2026, 12, 1) - dt.timedelta(weeks=n) for n in range(15)]
    assert kept_days(once_a_week) == set(once_a_week[:11])  # 7 newest, then one in each of 4 older weeks
    same_week = [dt.date(2026, 11, 2) + dt.timedelta(days=n) for n in range(7)] + [dt.date(2026, 10, 26)]
    assert kept_days(same_week, daily=2, weekly=4) == {dt.date(2026, 11, 8), dt.date(2026, 11, 7),
                                                       dt.date(2026, 11, 6), dt.date(2026, 10, 26)}
    assert kept_days([]) == set()


# --------------------------------------------------------------------------------------------- check
def test_a_healthy_database_passes_the_check(crm):
    fill(crm)
    report = crm.maintenance.check()
    assert report.ok and report.findings == ()
    assert crm.maintenance.check(repair=True).findings == ()


@pytest.mark.parametrize("icu_locale, found", [("ja-JP", False), ("und-u-ka-shifted", True)])
def test_check_names_an_office_database_whose_collation_orders_names_otherwise(postgres_server, icu_locale, found):
    """The lists order by the database's collation, and the sort keys are made for code-point order: ICU ja-JP keeps
    it; a collation that skips spaces (as glibc's en_US.UTF-8 does; here ICU's "shifted") puts カア before カ and is
    named."""
    name = f"coll_{uuid.uuid4().hex[:12]}"
    postgres_server._admin(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING UTF8 LOCALE_PROVIDER icu "
                           f"ICU_LOCALE '{icu_locale}' LOCALE 'C.UTF-8'")
    crm = Crm.open(postgres_server.url(name), device_id=DEVICE)
    try:
        for family, reading in (("加", "カ"), ("加阿", "カア")):
            crm.contacts.create({"family_name": family, "family_name_kana": reading}, actor="t")
        listed = [c["family_name"] for c in crm.contacts.list(limit=None)]
        assert listed == (["加阿", "加"] if found else ["加", "加阿"])  # what the finding is about
        findings = [f for f in crm.maintenance.check().findings if f.code == "check.collation"]
    finally:
        crm.close()
        postgres_server.drop_database(name)
    if not found:
        assert findings == []
        return
    assert [f.params for f in findings] == [{"collation": icu_locale}] and not findings[0].repairable
    assert "照合順序「und-u-ka-shifted」" in findings[0].message("ja") and "C.UTF-8" in findings[0].message("en")


def test_the_reference_schema_is_read_from_the_migrations():
    reference = reference_schema(head_revision())
    assert reference["search_index_ai"][0] == "trigger" and "INSERT INTO search_fts" in reference["search_index_ai"][1]
    assert reference["search_index_grams_au"][0] == "trigger" and "UPDATE OF record_type, text" in \
        reference["search_index_grams_au"][1]
    assert reference["ix_leads_owner"] == ("index", "CREATE INDEX ix_leads_owner ON leads (owner)")


def test_check_finds_and_repairs_a_dropped_fts_insert_trigger(sqlite_crm):
    crm = sqlite_crm
    sql(crm, "DROP TRIGGER search_index_ai")
    saved = crm.organizations.create({"name": "Hokkaido Seafoods"}, actor=ACTOR).id
    assert found_ids(crm, "seafoods") == set()  # saved, but the full-text index never heard of it

    report = crm.maintenance.check()
    assert ("check.trigger_missing", "search_index_ai") in codes(report)
    assert ("check.fts_broken", "search_fts") in codes(report)  # out of step with its content
    assert not report.ok

    repaired = crm.maintenance.check(repair=True)
    assert repaired.ok and codes(repaired) == codes(report) and all(f.repaired for f in repaired.findings)
    actions = {f.subject: f.action("en") for f in repaired.findings}
    assert actions["search_index_ai"] == "Re-created search_index_ai."
    assert actions["search_fts"] == "Rebuilt the full-text indexes."
    assert found_ids(crm, "seafoods") == {saved}
    later = crm.organizations.create({"name": "Hokkaido Dairies"}, actor=ACTOR).id
    assert found_ids(crm, "dairies") == {later}  # the trigger works again
    assert crm.maintenance.check().findings == ()


def test_check_finds_and_repairs_a_missing_index(sqlite_crm):
    sql(sqlite_crm, "DROP INDEX ix_leads_owner")
    assert codes(sqlite_crm.maintenance.check()) == {("check.index_missing", "ix_leads_owner")}
    report = sqlite_crm.maintenance.check(repair=True)
    assert report.ok and report.findings[0].action("ja") == "ix_leads_owner を作り直しました。"
    assert sqlite_crm.maintenance.check().findings == ()


def test_check_finds_and_repairs_a_deleted_search_row(crm):
    ids = fill(crm)
    sql(crm, "DELETE FROM search_index WHERE record_id = :id", id=ids["contact"])
    assert ids["contact"] not in found_ids(crm, "山田")

    report = crm.maintenance.check()
    assert codes(report) == {("check.search_missing", "contact")}
    assert report.findings[0].message("en") == "1 live contact record has no search entry, so search does not find it."

    repaired = crm.maintenance.check(repair=True)
    assert repaired.ok and repaired.findings[0].repaired
    assert repaired.findings[0].action("en") == "Added 1 search entry."  # the noun agrees with its count
    assert ids["contact"] in found_ids(crm, "山田")
    assert crm.maintenance.check().findings == ()


def test_check_finds_and_repairs_a_search_row_of_a_deleted_record(crm):
    ids = fill(crm)
    sql(crm, "UPDATE leads SET deleted_at = updated_at WHERE id = :id", id=ids["lead"])
    sql(crm, "INSERT INTO search_index (record_type, record_id, title, subtitle, text, title_key) "
             "VALUES ('contact', 'no-such-contact', 'ghost', '', 'ghost', 'ghost')")
    sql(crm, "INSERT INTO search_index (record_type, record_id, title, subtitle, text, title_key) "
             "VALUES ('planet', 'x', 'mars', '', 'mars', 'mars')")
    report = crm.maintenance.check()
    assert codes(report) == {("check.search_extra", "lead"), ("check.search_extra", "contact"),
                             ("check.search_unknown_type", "unknown:planet")}

    assert crm.maintenance.check(repair=True).ok
    assert found_ids(crm, "ホタテ") == set() and found_ids(crm, "ghost") == set()
    with crm.store.reading() as session:
        assert session.scalar(select(SearchEntry.rowid_).where(SearchEntry.record_type == "planet")) is None
    assert crm.maintenance.check().findings == ()


def test_check_finds_and_repairs_orphan_references_as_recorded_changes(crm):
    ids = fill(crm)
    sql(crm, "UPDATE activities SET record_type = 'contact', record_id = 'no-such-contact'")
    sql_without_foreign_keys(crm, "UPDATE contacts SET organization_id = 'no-such-org' WHERE id = :id", id=ids["contact"])
    version = crm.contacts.get(ids["contact"])["version"]

    # The contact's search row still names the company it no longer points at: out of date too, and mended with it.
    found_then_repaired(crm, {("check.orphan", "activity.record_id"), ("check.orphan", "contact.organization_id"),
                              ("check.search_outdated", "contact")},
                        "contact.organization_id",
                        f"連絡先の 1 件が「所属団体・企業」で存在しないレコードを参照しています（例: {ids['contact']}）。")
    contact = crm.contacts.get(ids["contact"])
    assert contact["organization_id"] is None and contact["version"] == version + 1
    assert contact["updated_by"] == "checker"
    [activity] = crm.activities.list()
    assert (activity["record_type"], activity["record_id"]) == (None, None)
    latest = crm.history.of_record("contact", ids["contact"])[0]  # recorded, so sync and history see it
    assert (latest.op, latest.field, latest.old, latest.new, latest.user) == \
        ("update", "organization_id", "no-such-org", None, "checker")
    assert crm.maintenance.check().findings == ()


def found_then_repaired(crm, expected: set[tuple[str, str]], subject: str, ja_message: str):
    """The check finds ``expected`` (code, subject) and says ``ja_message`` of ``subject``; the repair repairs all."""
    report = crm.maintenance.check()
    assert codes(report) == expected
    assert next(f for f in report.findings if f.subject == subject).message("ja") == ja_message
    repaired = crm.maintenance.check(repair=True, actor="checker")
    assert repaired.ok and all(f.repaired for f in repaired.findings)
    return repaired


def test_check_finds_and_repairs_contacts_without_exactly_one_primary_email_or_phone(crm):
    """What the contact service wrote before the first address given became the one primary: a new first one
    beside the old primary (two), or none once the first was deleted. The repair keeps what lists show first."""
    two = crm.contacts.create({"family_name": "Lim", "emails": ["a@lim.sg", "b@lim.sg"]}, actor=ACTOR).id
    none = crm.contacts.create({"family_name": "Tan", "phones": ["+65 6123 4567", "+65 6765 4321"]}, actor=ACTOR).id
    fine = crm.contacts.create({"family_name": "山田", "emails": ["taro@example.jp"]}, actor=ACTOR).id
    sql(crm, "UPDATE contact_emails SET is_primary = :yes WHERE email = 'b@lim.sg'", yes=True)
    sql(crm, "UPDATE contact_phones SET is_primary = :no WHERE contact_id = :id", no=False, id=none)

    repaired = found_then_repaired(
        crm, {("check.primary_not_one", "contact.emails"), ("check.primary_not_one", "contact.phones")},
        "contact.emails", f"連絡先の 1 件で、メールアドレスのうち主なものが 1 つになっていません（例: {two}）。")
    assert repaired.findings[0].action("ja") == "1 件で、先頭に表示されているものを主なものにしました（変更履歴に記録されています）。"
    assert [e["email"] for e in crm.contacts.get(two)["emails"]] == ["a@lim.sg", "b@lim.sg"]  # as listed before
    assert [p["e164"] for p in crm.contacts.get(none)["phones"]] == ["+6561234567", "+6567654321"]
    latest = crm.history.of_record("contact", two)[0]  # recorded, so sync and history see it
    assert (latest.field, latest.old, latest.new, latest.user) == ("primary_email", "b@lim.sg", None, "checker")
    assert crm.history.of_record("contact", fine)[0].user == ACTOR  # a contact with one primary is left alone
    assert crm.maintenance.check().findings == ()


def test_sqlite_foreign_key_check_reports_child_rows_of_a_missing_record(sqlite_crm):
    ids = fill(sqlite_crm)
    sql_without_foreign_keys(sqlite_crm, "UPDATE contact_emails SET contact_id = 'no-such-contact' WHERE contact_id = :id",
                             id=ids["contact"])
    report = sqlite_crm.maintenance.check(repair=True)
    # The contact's search row still held the address it lost: brought up to date; the address is left for a person.
    assert codes(report) == {("check.foreign_key", "contact_emails.contact_id"), ("check.search_outdated", "contact")}
    assert [f.code for f in report.remaining] == ["check.foreign_key"]
    # Named as the user knows them, not by the tables and columns (contact_emails, contact_id) they are
    assert report.findings[0].message("en") == \
        "1 entry in “Email addresses” points through “contact” at a contact that does not exist."
    assert report.findings[0].message("ja") == "「メールアドレス」の 1 件が「連絡先」で存在しない連絡先を参照しています。"


def test_every_table_a_foreign_key_finding_can_name_has_a_name_in_both_languages():
    from sapporo_mice.models import TYPE_BY_TABLE, Base
    from sapporo_mice.vocabulary import TABLES

    for table in Base.metadata.sorted_tables:
        if table.foreign_keys and table.name not in TYPE_BY_TABLE:
            assert table.name in TABLES and all(TABLES[table.name]), table.name


def test_an_orphan_in_a_required_reference_is_reported_not_repaired(crm):
    ids = fill(crm)
    crm.attachments.create({"sha256": "a" * 64, "filename": "card.jpg", "size": 1, "record_type": "lead",
                            "record_id": ids["lead"]}, actor=ACTOR)
    sql(crm, "UPDATE attachments SET record_id = 'no-such-lead'")
    report = crm.maintenance.check(repair=True)
    assert codes(report) == {("check.orphan_required", "attachment.record_id")}
    assert not report.ok and not report.findings[0].repaired and not report.findings[0].repairable


def test_a_merged_into_pointing_at_a_missing_record_is_found_not_repaired(crm):
    ids = fill(crm)
    other = crm.contacts.create({"family_name": "佐藤"}, actor=ACTOR).id
    sql(crm, "UPDATE contacts SET merged_into = 'no-such-contact' WHERE id = :id", id=ids["twin"])
    sql(crm, "UPDATE contacts SET merged_into = :id, deleted_at = updated_at WHERE id = :id", id=other)  # itself
    report = crm.maintenance.check(repair=True)
    merges = {("check.merged_missing", f"contact:{ids['twin']}"), ("check.merged_cycle", f"contact:{other}")}
    assert codes(report) == merges | {("check.search_extra", "contact")}  # the raw delete left its search row
    assert not report.ok and {(f.code, f.subject) for f in report.remaining} == merges
    missing = next(f for f in report.findings if f.code == "check.merged_missing")
    assert missing.message("en") == f"The contact {ids['twin']} is merged into no-such-contact, which does not exist " \
                                    "as a contact."


def test_a_merge_chain_ending_in_a_deleted_survivor_is_fine(crm):
    ids = fill(crm)
    crm.contacts.delete(ids["contact"], actor=ACTOR)  # the survivor of the merge, deleted since: an ordinary action
    assert crm.maintenance.check().findings == ()


def test_check_finds_and_repairs_a_broken_fts_index(sqlite_crm):
    crm = sqlite_crm
    ids = fill(crm)
    # an index entry with no search row behind it, and a bigram entry likewise
    sql(crm, "INSERT INTO search_fts(rowid, title_key, text) VALUES (9999, 'phantom', 'phantom')")
    sql(crm, "INSERT INTO search_grams(rowid, grams) VALUES (9999, sm_grams('contact', 'phantom'))")
    report = crm.maintenance.check()
    assert codes(report) == {("check.fts_broken", "search_fts"), ("check.fts_out_of_step", "search_grams")}

    repaired = crm.maintenance.check(repair=True)
    assert repaired.ok and {f.action("en") for f in repaired.findings} == {"Rebuilt the full-text indexes."}
    assert found_ids(crm, "ホタテ") == {ids["lead"]} and ids["contact"] in found_ids(crm, "山")
    assert found_ids(crm, "phantom") == set()
    assert crm.maintenance.check().findings == ()


def test_check_repairs_a_damaged_fts_index_structure(sqlite_crm):
    crm = sqlite_crm
    ids = fill(crm)
    sql(crm, "UPDATE search_fts_data SET block = x'00ff00ff00ff' WHERE id = (SELECT max(id) FROM search_fts_data)")
    report = crm.maintenance.check()
    assert ("check.fts_broken", "search_fts") in codes(report)
    assert "malformed" in report.findings[0].message("en")
    assert crm.maintenance.check(repair=True).ok
    assert found_ids(crm, "ホタテ") == {ids["lead"]}


def test_a_repair_that_fails_is_reported_not_raised(sqlite_crm):
    sql(sqlite_crm, "DROP TABLE search_fts")
    report = sqlite_crm.maintenance.check(repair=True)
    assert not report.ok
    assert {(f.code, f.subject) for f in report.remaining} == {("check.fts_broken", "search_fts"),
                                                               ("repair.failed", "full_text")}
    failed = next(f for f in report.findings if f.code == "repair.failed")
    assert "no such table: search_fts" in failed.message("en") and "修復「full_text」に失敗しました" in failed.message("ja")


def test_damage_the_check_cannot_repair_is_reported(sqlite_crm, tmp_path):
    crm = sqlite_crm
    for n in range(5):
        crm.leads.create({"title": f"商談 {n}", "owner": f"owner{n}"}, actor=ACTOR)
    crm.close()
    # an index whose stored entries no longer match its definition: only SQLite's own check sees it
    connection = sqlite3.connect(make_url(crm.store.db.url).database)
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX ix_leads_owner ON leads (title)' "
                       "WHERE name = 'ix_leads_owner'")
    connection.commit()
    connection.close()
    damaged = Crm.open(crm.store.db.url, device_id=DEVICE)
    try:
        report = damaged.maintenance.check(repair=True)
    finally:
        damaged.close()
    assert not report.ok
    [integrity] = [f for f in report.findings if f.code == "check.integrity"]
    assert not integrity.repaired and "ix_leads_owner" in integrity.message("en")
    assert "バックアップから復元" in integrity.message("ja")


# ---------------------------------------------------------------------------------------- command line
def test_cli_backup_prints_the_file_and_its_size_and_names_a_missing_folder(db_url, capsys, tmp_path):
    Crm.open(db_url, device_id=DEVICE).close()
    code, out, err = run(capsys, "--db", db_url, "--json", "backup", str(tmp_path / "b.bak"))
    assert code == 0, err
    assert json.loads(out) == {"file": str(tmp_path / "b.bak"), "bytes": (tmp_path / "b.bak").stat().st_size}
    code, out, err = run(capsys, "--db", db_url, "--lang", "ja", "backup", str(tmp_path / "nowhere" / "b.bak"))
    assert (code, out) == (1, "") and str(tmp_path / "nowhere") in err and "フォルダー" in err
    code, _, err = run(capsys, "--db", db_url, "backup")
    assert code == 2 and "file" in err


def test_cli_backups_lists_this_computers_backups_newest_first_or_says_there_are_none(db_url, capsys):
    crm = Crm.open(db_url, device_id=DEVICE)
    server = crm.location()[0] == "server"
    made = crm.maintenance.auto_backup(today=TODAY)
    crm.close()
    code, out, err = run(capsys, "--db", db_url, "--lang", "ja", "backups")
    assert code == 0, err
    if server:  # the office server's backups are its administrators'
        assert "管理者" in out and made is None
        return
    [line] = out.splitlines()
    assert "毎日の自動バックアップ" in line and str(made) in line and line.split("  ")[2].endswith(("KB", "MB"))
    code, out, _ = run(capsys, "--db", db_url, "--json", "backups")
    [kept] = json.loads(out)
    assert (kept["file"], kept["kind"], kept["kind_label"], kept["bytes"]) == (
        str(made), "daily", "Daily backup", made.stat().st_size)
    made.unlink()
    code, out, _ = run(capsys, "--db", db_url, "backups")
    assert code == 0 and out.startswith("There are no backups of this database in ")


def test_cli_check_exit_codes_and_json(db_url, capsys):
    crm = Crm.open(db_url, device_id=DEVICE)
    ids = fill(crm)
    code, out, err = run(capsys, "--db", db_url, "--json", "check")
    assert code == 0, err
    assert json.loads(out) == {"ok": True, "findings": []}
    sql(crm, "DELETE FROM search_index WHERE record_id = :id", id=ids["lead"])
    code, out, _ = run(capsys, "--db", db_url, "--json", "check")
    assert code == 1
    [finding] = json.loads(out)["findings"]
    assert {k: finding[k] for k in ("code", "repaired")} == {"code": "check.search_missing", "repaired": False}
    assert finding["message"].startswith("1 live lead record has")
    code, out, _ = run(capsys, "--db", db_url, "--lang", "ja", "check")
    assert code == 1 and "リードの 1 件に検索用の行がなく" in out and "check --repair" in out
    code, out, _ = run(capsys, "--db", db_url, "--json", "check", "--repair")
    assert code == 0
    assert json.loads(out)["ok"] is True and json.loads(out)["findings"][0]["repaired"] is True
    sql(crm, "UPDATE contacts SET merged_into = 'no-such-contact' WHERE id = :id", id=ids["twin"])
    crm.close()
    code, out, _ = run(capsys, "--db", db_url, "--json", "check", "--repair")
    assert code == 1 and json.loads(out)["ok"] is False
    assert json.loads(out)["findings"][0]["code"] == "check.merged_missing"
    code, out, _ = run(capsys, "--db", db_url, "check", "--repair", "--no-such-option")
    assert code == 2


class Terminal:
    """A stdin that is a terminal, answering ``answer`` to the question."""

    def __init__(self, answer: str) -> None:
        self.answer = answer

    def isatty(self) -> bool:
        return True

    def readline(self) -> str:
        return self.answer + "\n"


def test_cli_restore_asks_on_a_terminal_and_needs_yes_without_one(db_url, capsys, tmp_path, monkeypatch):
    crm = Crm.open(db_url, device_id=DEVICE)
    fill(crm)
    backup_file = crm.maintenance.backup(tmp_path / "b.bak").file
    crm.contacts.create({"family_name": "後藤"}, actor=ACTOR)
    crm.close()
    changed = dump_tables(Crm.resolve_url(db_url))

    code, out, err = run(capsys, "--db", db_url, "restore", str(backup_file))  # pytest's stdin is no terminal
    assert (code, out) == (2, "") and "--yes" in err
    monkeypatch.setattr("sys.stdin", Terminal("n"))
    code, out, err = run(capsys, "--db", db_url, "restore", str(backup_file))
    assert code == 1 and "Nothing was restored." in err
    assert "Organization: 1" not in err and "Company: 1" in err and "Contact: 1" in err and "[y/N]" in err
    assert dump_tables(Crm.resolve_url(db_url)) == changed

    monkeypatch.setattr("sys.stdin", Terminal("y"))
    code, out, err = run(capsys, "--db", db_url, "--lang", "ja", "restore", str(backup_file))
    assert code == 0, err
    assert "からデータベースを復元しました" in out and "復元前のデータベースは" in out
    reopened = Crm.open(db_url, device_id=DEVICE)
    assert reopened.stats()["contacts"] == 1
    reopened.close()


def test_cli_restore_with_yes_prints_json_and_refuses_bad_input(db_url, capsys, tmp_path):
    crm = Crm.open(db_url, device_id=DEVICE)
    fill(crm)
    backup_file = crm.maintenance.backup(tmp_path / "b.bak").file
    crm.close()
    code, out, err = run(capsys, "--db", db_url, "--json", "restore", str(backup_file), "--yes")
    assert code == 0, err
    result = json.loads(out)
    assert result["restored_from"] == str(backup_file)
    assert Path(result["safety_backup"]).parent == paths.backups_dir() and Path(result["safety_backup"]).exists()
    notes = tmp_path / "notes.txt"
    notes.write_text("not a backup")
    code, out, err = run(capsys, "--db", db_url, "--lang", "ja", "restore", str(notes), "--yes")
    assert (code, out) == (1, "") and "バックアップではありません" in err and str(notes) in err
