"""Migrations: the models match the migrated schema on both databases, and upgrades keep a backup on SQLite."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from db.env import include_object
from sapporo_mice.database import Database, head_revision, open_database
from sapporo_mice.errors import DatabaseOpenError
from sapporo_mice.models import Base


def test_the_models_match_the_migrations(db_url):
    db = open_database(db_url)
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_object": include_object, "compare_type": True})
            differences = compare_metadata(context, Base.metadata)
        assert differences == []
    finally:
        db.dispose()


def test_upgrading_an_empty_database_creates_every_table(db_url):
    db = Database(db_url)
    try:
        assert db.current_revision() is None
        report = db.upgrade()
        assert (report.from_revision, report.to_revision, report.backup) == (None, head_revision(), None)
        tables = set(inspect(db.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        if db.is_sqlite:
            assert "search_fts" in tables
    finally:
        db.dispose()


def test_upgrading_twice_changes_nothing(db_url):
    db = open_database(db_url)
    try:
        tables = set(inspect(db.engine).get_table_names())
        report = db.upgrade()
        assert report.from_revision == head_revision() and report.backup is None
        assert set(inspect(db.engine).get_table_names()) == tables
    finally:
        db.dispose()


def _older_database(path) -> None:
    """A file with data but no schema revision, as an older or foreign tool would leave it."""
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE legacy_contacts (name TEXT)")
        conn.execute("INSERT INTO legacy_contacts VALUES ('山田太郎')")


def test_upgrading_a_sqlite_file_with_data_backs_it_up_first(tmp_path, monkeypatch):
    home = tmp_path / "O'Brien home"  # a quote in the path must not break the backup statement
    monkeypatch.setenv("SAPPORO_MICE_HOME", str(home))
    path = tmp_path / "old.db"
    _older_database(path)
    db = Database(f"sqlite:///{path}")
    try:
        report = db.upgrade()
    finally:
        db.dispose()
    assert report.backup is not None and report.backup.parent == home / "backups"
    with sqlite3.connect(report.backup) as backup:
        assert backup.execute("SELECT name FROM legacy_contacts").fetchall() == [("山田太郎",)]
        assert "organizations" not in {r[0] for r in backup.execute("SELECT name FROM sqlite_master")}
    with sqlite3.connect(path) as upgraded:
        assert upgraded.execute("SELECT version_num FROM alembic_version").fetchall() == [(head_revision(),)]
        assert upgraded.execute("SELECT name FROM legacy_contacts").fetchall() == [("山田太郎",)]


def test_a_failed_upgrade_reports_clearly_and_leaves_the_backup(tmp_path, isolated_home):
    path = tmp_path / "foreign.db"
    _older_database(path)
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE organizations (id TEXT PRIMARY KEY)")  # clashes with the migration
    db = Database(f"sqlite:///{path}")
    try:
        with pytest.raises(DatabaseOpenError) as caught:
            db.upgrade()
    finally:
        db.dispose()
    assert "upgrade failed" in caught.value.message("en") and "organizations" in caught.value.message("en")
    assert len(list((isolated_home / "backups").glob("foreign-base-*.db"))) == 1
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT name FROM legacy_contacts").fetchall() == [("山田太郎",)]


def _database_at(path, revision: str) -> str:
    """A new SQLite file migrated only as far as ``revision``, as an older version of the app left it; its URL."""
    from alembic import command

    from sapporo_mice.database import alembic_config

    url = f"sqlite:///{path.as_posix()}"
    db = Database(url)
    try:
        with db.engine.begin() as conn:
            config = alembic_config(url)
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
    finally:
        db.dispose()
    return url


def test_the_bigram_index_is_filled_from_the_search_rows_already_there(tmp_path, isolated_home):
    """0002 adds the index for 1-2 character terms to a file made at 0001, and fills it."""
    from sqlalchemy import select

    from sapporo_mice.search import matching_ids

    path = tmp_path / "at-0001.db"
    url = _database_at(path, "0001_initial")
    with sqlite3.connect(path) as conn:  # a search row as 0001 wrote it (its triggers know no bigrams)
        conn.execute("INSERT INTO search_index (record_type, record_id, title, subtitle, text, title_key) "
                     "VALUES ('contact', 'c1', '佐藤花子', '', '佐藤花子 さとう', '佐藤花子')")
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            for query in ("佐藤", "佐", "さとう"):
                assert conn.execute(select(matching_ids(db, "contact", query).subquery().c.record_id)).all() == \
                    [("c1",)], query
    finally:
        db.dispose()


def test_a_new_database_has_no_search_rows_to_refresh_but_an_upgraded_one_has(tmp_path, isolated_home):
    """A new database is noted as written at today's SEARCH_REVISION, so its first start has no refresh to do; a
    database from an older schema revision is not (its rows were written by an older version)."""
    from sapporo_mice import maintenance
    from sapporo_mice.crm import Crm

    new = Crm.open(f"sqlite:///{(tmp_path / 'new.db').as_posix()}")
    try:
        assert not maintenance.search_rows_due(new.store)
    finally:
        new.close()
    upgraded = Crm.open(_database_at(tmp_path / "at-0003.db", "0003_search_sort_key"))
    try:
        assert maintenance.search_rows_due(upgraded.store)
    finally:
        upgraded.close()


def test_the_search_rows_sort_keys_are_filled_from_their_records(crm):
    """0003 adds ``search_index.sort_key`` to a database at 0002 and fills it; text search still works."""
    from alembic import command
    from sqlalchemy import select, text

    from sapporo_mice.models import SearchEntry
    from sapporo_mice.text import sort_key

    sato = crm.contacts.create({"family_name": "佐藤", "given_name": "花子", "family_name_kana": "さとう",
                                "given_name_kana": "はなこ"}, actor="t").id
    abe = crm.contacts.create({"family_name": "阿部", "given_name": "花子", "family_name_kana": "あべ",
                               "given_name_kana": "はなこ"}, actor="t").id
    org = crm.organizations.create({"name": "札幌食品", "name_kana": "さっぽろしょくひん"}, actor="t").id
    lead = crm.leads.create({"title": "札幌の展示会"}, actor="t").id

    _migrate(crm, command.downgrade, "0002_search_grams")
    with crm.store.db.engine.connect() as conn:
        assert "sort_key" not in {c["name"] for c in inspect(conn).get_columns("search_index")}
    _migrate(crm, command.upgrade, "head")
    with crm.store.db.engine.connect() as conn:
        keys = dict(conn.execute(select(SearchEntry.record_id, SearchEntry.sort_key)).all())
        if crm.store.db.is_sqlite:  # the FTS mirrors follow text changes only, not the sort key's
            triggers = dict(conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")).all())
            assert "UPDATE OF title_key, text" in triggers["search_index_au"]
            assert "UPDATE OF record_type, text" in triggers["search_index_grams_au"]
    assert (keys[sato], keys[abe], keys[org]) == (sort_key("さとうはなこ"), sort_key("あべはなこ"),
                                                  sort_key("さっぽろしょくひん"))  # each its record's own key
    assert keys[abe].startswith("1あへはなこ ")  # in gojūon order (0011): あべ among あへ…, as a dictionary has it
    assert keys[lead] is None  # a lead has no sort key
    for query in ("花子", "はなこ", "花"):  # the trigram and bigram indexes survived both steps
        assert crm.lists.ids("contact", text=query, order_by="display_name") == [abe, sato], query
    crm.contacts.update(abe, {"family_name_kana": "わたなべ", "family_name": "渡辺"}, actor="t")
    assert crm.lists.ids("contact", text="花", order_by="display_name") == [sato, abe]


def test_the_head_revision_read_without_alembic_is_alembics_own():
    from alembic.script import ScriptDirectory

    from sapporo_mice.database import alembic_config, head_revision

    assert head_revision() == ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def test_opening_a_current_database_imports_no_alembic(tmp_path):
    import subprocess
    import sys

    url = f"sqlite:///{(tmp_path / 'x.db').as_posix()}"
    script = ("import sys; from sapporo_mice.crm import Crm; Crm.open(sys.argv[1]).close(); "
              "Crm.open(sys.argv[1]); print('alembic' in sys.modules)")
    env_home = {"SAPPORO_MICE_HOME": str(tmp_path)}
    import os

    first = subprocess.run([sys.executable, "-c", script, url], capture_output=True, text=True,
                           env={**os.environ, **env_home}, check=True)
    assert first.stdout.strip() == "True"  # the first open creates the schema: Alembic runs
    again = subprocess.run([sys.executable, "-c", script.replace("Crm.open(sys.argv[1]).close(); ", ""), url],
                           capture_output=True, text=True, env={**os.environ, **env_home}, check=True)
    assert again.stdout.strip() == "False"  # a current database opens without it


def test_0004_moves_export_values_to_the_new_vocabularies_and_back(crm):
    """0004 maps the old export stages and expansion kinds, turns typed certifications into codes (keeping an
    unknown name in the notes), dates needs already addressed, and downgrades back."""
    from alembic import command
    from sqlalchemy import text


    org = crm.organizations.create({"name": "札幌乳業", "kind": "local_company"}, actor="t").id
    profile = crm.company_profiles.create({"organization_id": org}, actor="t").id
    need = crm.support_needs.create({"organization_id": org, "area": "tax", "resolved": True, "answer": "済"},
                                    actor="t").id
    case = crm.expansion_cases.create({"organization_id": org, "country": "SG", "kind": "overseas_office",
                                       "occurred_on": "2026-05-01"}, actor="t").id

    _migrate(crm, command.downgrade, "0003_search_sort_key")
    with crm.store.db.engine.begin() as conn:
        assert conn.execute(text("SELECT kind FROM expansion_cases")).scalar() == "branch"
        conn.execute(text("UPDATE company_profiles SET stage = 'testing', certifications = "
                          "'HACCP、ハラール, ISO 9001' WHERE id = :id"), {"id": profile})
        conn.execute(text("UPDATE expansion_cases SET kind = 'subsidiary' WHERE id = :id"), {"id": case})
    _migrate(crm, command.upgrade, "head")
    record = crm.company_profiles.get(profile)
    assert record["stage"] == "first_export" and record["certifications"] == ",halal,haccp,"
    assert "ISO 9001" in record["notes"]
    assert crm.expansion_cases.get(case)["kind"] == "overseas_office"
    assert crm.support_needs.get(need)["addressed_on"] is not None


def test_lists_keep_their_japanese_order_across_the_collation_migration(crm):
    """0005 ranks every stored sort key by script (readings, then Latin, then others), and back."""
    from alembic import command

    ids = {name: crm.contacts.create(values, actor="t").id for name, values in (
        ("sato", {"family_name": "佐藤", "family_name_kana": "さとう"}),
        ("chen", {"latin_name": "Chen Wei"}),
        ("kim", {"family_name": "김", "given_name": "민준"}))}

    _migrate(crm, command.downgrade, "0004_kpi")
    rows, search = _sort_keys(crm)
    assert rows[ids["sato"]] == search[ids["sato"]] == "さとう" and rows[ids["chen"]] == "chenwei"
    _migrate(crm, command.upgrade, "head")
    rows, search = _sort_keys(crm)
    assert (rows[ids["sato"]][0], rows[ids["chen"]][0], rows[ids["kim"]][0]) == ("1", "2", "3")
    assert rows == {k: v for k, v in search.items() if k in rows}
    assert crm.lists.ids("contact", order_by="display_name") == [ids["sato"], ids["chen"], ids["kim"]]


def test_0011_puts_long_vowels_voicing_and_small_kana_in_their_gojuon_places_and_back(crm):
    """0011 rewrites the stored keys of readings in full gojūon order (アーラティ before アディティ, ガウン before カエデ),
    rows and search rows alike, leaves Latin and other keys as they were, and gives the readings back on downgrade."""
    from alembic import command

    ids = {kana: crm.contacts.create({"family_name": kana, "family_name_kana": kana}, actor="t").id
           for kana in ("アルジュン", "アーラティ", "アディティ", "カエデ", "ガウン")}
    ids["Chen"] = crm.contacts.create({"latin_name": "Chen Wei"}, actor="t").id

    gojuon = [ids[k] for k in ("アーラティ", "アディティ", "アルジュン", "ガウン", "カエデ", "Chen")]
    assert crm.lists.ids("contact", order_by="display_name") == gojuon
    made = _sort_keys(crm)
    _migrate(crm, command.downgrade, "0010_fair_pavilion_en")
    rows, search = _sort_keys(crm)
    assert rows[ids["アーラティ"]] == search[ids["アーラティ"]] == "1あーらてぃ" and rows[ids["Chen"]] == "2chenwei"
    assert crm.lists.ids("contact", order_by="display_name") == [  # code-point order: ー after every kana
        ids[k] for k in ("アディティ", "アルジュン", "アーラティ", "カエデ", "ガウン", "Chen")]
    _migrate(crm, command.upgrade, "head")
    assert _sort_keys(crm) == made  # the keys the app makes now, for rows and search rows
    assert crm.lists.ids("contact", order_by="display_name") == gojuon


def test_0012_keys_companies_without_their_romaji_legal_form_and_back(crm):
    """0012 makes every organization's name key again by the rule that strips K.K., G.K. and Kabushiki Kaisha, so the
    duplicate finder pairs Snow Labs K.K. with Snow Labs; downgrading gives the keys of the rule before."""
    from alembic import command
    from sqlalchemy import select

    from sapporo_mice.models import Organization

    ids = {name: crm.organizations.create({"name": name, "country": "JP"}, actor="t").id
           for name in ("Snow Labs K.K.", "Snow Labs", "Kabushiki Kaisha Toshiba", "Ezo Foods")}

    def keys() -> dict[str, str]:
        with crm.store.db.engine.connect() as conn:
            return dict(conn.execute(select(Organization.id, Organization.name_key)).all())

    def paired() -> set[frozenset]:
        return {frozenset((c.left_id, c.right_id)) for c in crm.dedupe.candidates("organization")}

    made = keys()
    assert made[ids["Snow Labs K.K."]] == made[ids["Snow Labs"]] == "snowlabs"
    assert made[ids["Kabushiki Kaisha Toshiba"]] == "toshiba"
    assert frozenset({ids["Snow Labs K.K."], ids["Snow Labs"]}) in paired()
    _migrate(crm, command.downgrade, "0011_gojuon_marks")
    before = keys()
    assert (before[ids["Snow Labs K.K."]], before[ids["Kabushiki Kaisha Toshiba"]]) == ("snowlabskk",
                                                                                      "kabushikikaishatoshiba")
    assert before[ids["Ezo Foods"]] == made[ids["Ezo Foods"]]
    assert paired() == set()
    _migrate(crm, command.upgrade, "head")
    assert keys() == made


def _migrate(crm, step, revision: str) -> None:
    """Alembic's ``step`` (command.upgrade or downgrade) to ``revision`` on the CRM's database, in one transaction."""
    from sapporo_mice.database import alembic_config

    with crm.store.db.engine.begin() as conn:
        config = alembic_config(crm.store.db.url)
        config.attributes["connection"] = conn
        step(config, revision)


def _sort_keys(crm) -> tuple[dict, dict]:
    """The contacts' stored sort keys, and their search rows' copies, by id."""
    from sqlalchemy import select

    from sapporo_mice.models import Contact, SearchEntry

    with crm.store.db.engine.connect() as conn:
        return (dict(conn.execute(select(Contact.id, Contact.sort_key)).all()),
                dict(conn.execute(select(SearchEntry.record_id, SearchEntry.sort_key)).all()))
