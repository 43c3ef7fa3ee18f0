"""Opening databases: URL resolution, SQLite pragmas, clear errors for bad or unreachable URLs, transactions."""

from __future__ import annotations

import time

import pytest
from pathlib import Path

from sqlalchemy import func, select, text

from sapporo_mice.database import Database, open_database, resolve_url
from sapporo_mice.errors import DatabaseOpenError
from sapporo_mice.models import Organization


def test_the_sqlite_pragmas_are_on(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'p.db'}")
    try:
        with db.engine.connect() as conn:
            pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
            assert pragma("journal_mode") == "wal"
            assert pragma("foreign_keys") == 1
            assert pragma("synchronous") == 2  # FULL
            assert pragma("busy_timeout") == 10_000
    finally:
        db.dispose()


def test_none_is_still_stored_as_null_with_the_drivers_null_adapter(tmp_path):
    import sqlite3

    db = open_database(f"sqlite:///{tmp_path / 'n.db'}")
    try:
        assert (type(None), sqlite3.PrepareProtocol) in sqlite3.adapters  # what the engine registered
        with db.engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE t (v)")
            conn.exec_driver_sql("INSERT INTO t VALUES (?)", [(None,), (0,), ("",), (False,)])  # executemany
            conn.exec_driver_sql("INSERT INTO t VALUES (?)", (None,))
            assert conn.exec_driver_sql("SELECT typeof(v) FROM t ORDER BY rowid").scalars().all() == [
                "null", "integer", "text", "integer", "null"]
    finally:
        db.dispose()


def test_foreign_keys_are_enforced_on_sqlite(sqlite_crm):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError):
        with sqlite_crm.store.db.engine.begin() as conn:
            conn.execute(text("INSERT INTO contacts (id, display_name, name_order, tags, sort_key, reading_key, "
                              "created_at, updated_at, created_by, updated_by, version, organization_id) VALUES "
                              "('c1', 'x', 'given_first', '', '', '', '2026-01-01', '2026-01-01', 't', 't', 1, 'nope')"))


def test_lower_folds_every_script_on_sqlite_and_nothing_stored_depends_on_it(sqlite_crm):
    # The app replaces SQLite's ASCII-only lower() (database.register_sqlite_functions): safe only while no
    # index, trigger or view of the schema calls it.
    with sqlite_crm.store.reading() as session:
        assert session.execute(text("SELECT lower('САРНАЙ Ễ ABC'), lower(NULL), lower(12)")).one() == (
            "сарнай ễ abc", None, "12")
        assert session.execute(text("SELECT name FROM sqlite_master WHERE lower(sql) LIKE '%lower(%'")).all() == []


def test_resolve_url_prefers_the_option_then_the_environment_then_the_data_dir(monkeypatch, isolated_home, tmp_path):
    assert resolve_url(None) == f"sqlite:///{(isolated_home / 'sapporo-mice.db').as_posix()}"
    monkeypatch.setenv("SAPPORO_MICE_DB", "postgresql://office/crm")
    assert resolve_url(None) == "postgresql+psycopg://office/crm"
    assert resolve_url(str(tmp_path / "given.db")) == f"sqlite:///{(tmp_path / 'given.db').as_posix()}"
    assert resolve_url("postgres://u@h/x") == "postgresql+psycopg://u@h/x"


def test_the_display_url_hides_the_password():
    assert Database("postgresql+psycopg://crm:s3cret@office.example/crm").display_url == \
        "postgresql+psycopg://crm:***@office.example/crm"


@pytest.mark.parametrize("url, reason", [
    ("mysql://u@h/x", "only sqlite:/// and postgresql+psycopg://"),
    ("postgresql+psycopg://u:s3cret@h:port/x", "not a database URL"),
    ("postgresql+asyncpg://u@h/x", "driver is not installed"),
])
def test_an_unsupported_or_malformed_url_says_so(url, reason):
    with pytest.raises(DatabaseOpenError) as caught:
        Database(url)
    assert reason in caught.value.message("en")
    assert "s3cret" not in caught.value.message("en")
    assert "データベース" in caught.value.message("ja")


def test_an_unreachable_postgresql_fails_fast_with_a_clear_message():
    started = time.monotonic()
    with pytest.raises(DatabaseOpenError) as caught:
        open_database("postgresql+psycopg://u@127.0.0.1:1/x")
    assert time.monotonic() - started < 10
    message = caught.value.message("en")
    assert message.startswith("Cannot open the database postgresql+psycopg://u@127.0.0.1:1/x:")
    assert "refused" in message.lower()


def test_a_file_that_is_not_a_database_is_refused_clearly(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("not sqlite at all\n" * 100)
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(f"sqlite:///{path}")
    assert "file is not a database" in caught.value.message("en")


def test_a_folder_that_cannot_be_created_is_refused_clearly(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DatabaseOpenError) as caught:
        Database(f"sqlite:///{blocker / 'sub' / 'x.db'}")
    assert "cannot create the folder" in caught.value.message("en")


def test_a_transaction_rolls_back_everything_on_error(crm):
    with pytest.raises(RuntimeError):
        with crm.store.unit("t") as unit:
            crm.organizations.create_in(unit, {"name": "half"})
            raise RuntimeError("boom")
    with crm.store.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Organization)) == 0


def test_open_database_creates_the_schema_once(db_url):
    first = open_database(db_url)
    assert first.is_current()
    report = first.upgrade()
    assert report.from_revision == report.to_revision and report.backup is None
    first.dispose()


def test_the_location_names_the_file_or_the_server_and_never_the_password():
    from sapporo_mice.database import database_location

    assert database_location("postgresql+psycopg://crm:secret@office.example:5433/crm") == \
        ("server", "office.example:5433/crm")
    assert database_location("sqlite:////tmp/x.db") == ("file", "/tmp/x.db")


# ------------------------------------------------------------------------------ the WAL checkpoint
def _fill(connection_or_session, rows: int = 1500) -> None:
    """About 6 MB of pages (1,500 rows of 3,000 characters): past SQLite's own checkpoint limit of 1,000 pages."""
    connection_or_session.execute(text("INSERT INTO local_state(key, value) VALUES (:k, :v)"),
                                  [{"k": f"fill{i}", "v": "x" * 3000} for i in range(rows)])


def _main_file_bytes(db: Database) -> int:
    from sqlalchemy.engine import make_url

    return Path(make_url(db.url).database).stat().st_size


def test_a_large_commit_does_not_wait_for_the_checkpoint(tmp_path):
    """SQLite's default would copy the WAL into the main file inside this commit (past 1,000 pages)."""
    db = open_database(f"sqlite:///{tmp_path / 'c.db'}")
    try:
        before = _main_file_bytes(db)
        with db.engine.begin() as connection:  # a write past the door: nothing wakes the background thread
            _fill(connection)
        assert _main_file_bytes(db) == before
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() >= 10_000
    finally:
        db.dispose()
    assert _main_file_bytes(db) > before + 4_000_000  # closing checkpoints: the file holds it all


def test_the_background_thread_checkpoints_after_a_unit_of_work(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'c.db'}")
    try:
        before = _main_file_bytes(db)
        with db.transaction() as session:
            _fill(session)
        deadline = time.monotonic() + 30
        while db.checkpoints.done < 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _main_file_bytes(db) > before + 4_000_000
        with db.reading() as session:
            assert session.scalar(text("SELECT count(*) FROM local_state WHERE key LIKE 'fill%'")) == 1500
        assert db.checkpoints.running
    finally:
        db.dispose()
    assert not db.checkpoints.running


def test_a_disposed_database_checkpoints_again_when_written_to(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'c.db'}")
    try:
        with db.transaction() as session:
            _fill(session, 10)
        db.dispose()  # stops the thread; the database stays usable
        with db.transaction() as session:
            session.execute(text("DELETE FROM local_state WHERE key LIKE 'fill%'"))
        deadline = time.monotonic() + 30
        while db.checkpoints.done < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert db.checkpoints.done >= 2
    finally:
        db.dispose()


def test_postgresql_and_memory_databases_have_no_checkpoint_thread(db_url):
    db = open_database(db_url)
    try:
        assert (db.checkpoints is None) == (db.dialect == "postgresql")
    finally:
        db.dispose()
    assert Database("sqlite://").checkpoints is None


def test_a_checkpoint_never_makes_a_new_file_where_the_database_was(tmp_path):
    path = tmp_path / "gone.db"
    db = open_database(f"sqlite:///{path}")
    with db.transaction() as session:
        _fill(session, 10)
    db.dispose()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db.checkpoints.checkpoint()
    assert not path.exists()
