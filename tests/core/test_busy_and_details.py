"""Busy and locked on both databases (a clear error, never a traceback, nothing half-written; on SQLite a bounded
wait that reports how long it has waited), the backup schedule's settings, and the command line's small manners:
a closed pipe, and at most ~100 characters quoted of a bad value."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from sapporo_mice import database, paths
from sapporo_mice.crm import Crm
from sapporo_mice.errors import DatabaseBusyError
from sapporo_mice.settings import Settings
from tests.core.test_maintenance import ACTOR, daily_names, run

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def short_lock_timeout(monkeypatch):
    """The busy timeout (SQLite) and lock timeout (PostgreSQL) cut to a second, for the test's sake."""
    monkeypatch.setattr(database, "SQLITE_BUSY_TIMEOUT_MS", 1000)


@pytest.fixture
def holder(db_url):
    """Another program's open write transaction: on SQLite the file's write lock, on PostgreSQL a row lock
    (``hold(org_id)``); ``release()`` rolls it back."""
    engine = create_engine(db_url)
    state = {}

    def hold(org_id: str) -> None:
        connection = engine.connect()
        if engine.dialect.name == "sqlite":
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        transaction = connection.begin() if engine.dialect.name != "sqlite" else None
        connection.execute(text("UPDATE organizations SET notes = 'held' WHERE id = :id"), {"id": org_id})
        state.update(connection=connection, transaction=transaction)

    def release() -> None:
        connection = state.pop("connection", None)
        if connection is not None:
            if state.get("transaction") is not None:
                state.pop("transaction").rollback()
            else:
                connection.exec_driver_sql("ROLLBACK")
            connection.close()

    hold.release = release
    yield hold
    release()
    engine.dispose()


def test_a_write_blocked_by_another_program_fails_clearly_and_writes_nothing(db_url, short_lock_timeout, holder):
    crm = Crm.open(db_url, device_id="00000000-0000-7000-8000-0000000000b1")
    try:
        org = crm.organizations.create({"name": "株式会社ロック", "country": "JP"}, actor=ACTOR)
        holder(org.id)
        started = time.monotonic()
        with pytest.raises(DatabaseBusyError) as busy:
            crm.organizations.update(org.id, {"name": "書けない"}, actor=ACTOR, expected_version=org.record["version"])
        assert time.monotonic() - started < 8  # bounded by the lock timeout
        assert "another program" in busy.value.message("en").lower()
        assert busy.value.message("ja") != busy.value.message("en")
        holder.release()
        assert crm.organizations.get(org.id)["name"] == "株式会社ロック"
        crm.organizations.update(org.id, {"name": "書けた"}, actor=ACTOR, expected_version=org.record["version"])
        assert crm.organizations.get(org.id)["name"] == "書けた"
    finally:
        crm.close()


def test_sqlite_a_waiting_write_reports_how_long_it_waited_and_goes_through_once_the_lock_is_free(sqlite_crm):
    path = make_url(sqlite_crm.store.db.url).database
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    heard = []

    def report(waited: float, bound: float) -> None:
        heard.append((waited, bound))
        if waited > 0.6:
            other.execute("COMMIT")

    with Crm.waiting_for_lock(report, bound_s=30):
        saved = sqlite_crm.organizations.create({"name": "待って保存"}, actor=ACTOR)
    other.close()
    assert sqlite_crm.organizations.get(saved.id)["name"] == "待って保存"
    assert len(heard) >= 2 and heard[0][1] == 30 and heard[-1][0] > 0.6
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(heard))  # waited time only grows


def test_sqlite_a_waiting_write_gives_up_at_its_bound(sqlite_crm):
    path = make_url(sqlite_crm.store.db.url).database
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseBusyError), Crm.waiting_for_lock(lambda *_: None, bound_s=0.8):
            sqlite_crm.organizations.create({"name": "保存されない"}, actor=ACTOR)
        assert 0.7 < time.monotonic() - started < 5
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert sqlite_crm.stats()["organizations"] == 0


def test_cli_fair_add_while_another_program_writes_is_one_clear_line(tmp_path, capsys, short_lock_timeout):
    url = f"sqlite:///{(tmp_path / 'cli.db').as_posix()}"
    Crm.initialise(url)
    other = sqlite3.connect(tmp_path / "cli.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        code, out, err = run(capsys, "--db", url, "--lang", "ja", "fair", "add", "Seafood Expo", "--country", "US",
                             "--tz", "America/New_York", "--start", "2027-03-14", "--end", "2027-03-16")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err and "別のプログラム" in err


# ------------------------------------------------------------------------------------ backup schedule
def test_the_rotation_follows_the_schedule_in_the_settings(sqlite_crm):
    Settings().set("backup_keep_daily", 2)
    Settings().set("backup_keep_weekly", 1)
    for offset in range(20, -1, -1):
        sqlite_crm.maintenance.auto_backup(today=dt.date(2026, 12, 1) - dt.timedelta(days=offset))
    names = daily_names()
    assert {"only-daily-2026-12-01.db", "only-daily-2026-11-30.db"} <= names
    assert len(names) == 3  # 2 daily and the newest of one older week
    schedule = sqlite_crm.maintenance.schedule()
    assert schedule.possible and schedule.folder == paths.backups_dir() and schedule.latest is not None


def test_a_hand_edited_schedule_that_is_no_number_falls_back_to_the_defaults(sqlite_crm):
    settings_file = paths.settings_file()
    settings_file.write_text('{"backup_keep_daily": "many", "backup_keep_weekly": true}', encoding="utf-8")
    for offset in range(9, -1, -1):
        sqlite_crm.maintenance.auto_backup(today=dt.date(2026, 12, 1) - dt.timedelta(days=offset))
    assert len(daily_names()) >= 7


# ------------------------------------------------------------------------------------------ command line
def test_cli_a_closed_pipe_ends_quietly(tmp_path):
    """`sapporo-mice --json stats | head -0`: the reader is gone before anything is written; no traceback."""
    url = f"sqlite:///{(tmp_path / 'pipe.db').as_posix()}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "sapporo_mice", "--db", url, "--json", "stats"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    process.stdout.close()
    err = process.stderr.read().decode()
    assert process.wait(120) == 1
    assert err == ""
    assert not (paths.logs_dir() / "cli.log").exists()


def test_cli_fair_messages_quote_at_most_about_a_hundred_characters(sqlite_crm, capsys):
    url = sqlite_crm.store.db.url
    code, _out, err = run(capsys, "--db", url, "fair", "add", "Expo", "--country", "Z" * 5000, "--tz", "Asia/Tokyo",
                          "--start", "2027-01-01", "--end", "2027-01-02")
    assert code == 1 and "Z" * 100 in err and "Z" * 101 not in err and len(err) < 400
    code, _out, err = run(capsys, "--db", url, "fair", "followup", "nothing", "--today", "9" * 5000)
    assert code == 1 and "9" * 101 not in err


# ----------------------------------------------------------------- waiting and trying again (both databases)
def test_a_waiting_action_goes_through_once_the_other_program_lets_go(db_url, holder):
    crm = Crm.open(db_url, device_id="00000000-0000-7000-8000-0000000000b2")
    try:
        org = crm.organizations.create({"name": "株式会社待機", "country": "JP"}, actor=ACTOR)
        holder(org.id)
        heard = []

        def report(waited: float, bound: float) -> None:
            heard.append(waited)
            if waited > 1.2:
                holder.release()

        started = time.monotonic()
        saved = crm.run_waiting(lambda: crm.organizations.update(org.id, {"name": "待って更新"}, actor=ACTOR,
                                                                expected_version=org.record["version"]),
                                report, bound_s=30)
        assert heard and time.monotonic() - started < 15
        assert saved.record["version"] == org.record["version"] + 1
        assert crm.organizations.get(org.id)["name"] == "待って更新"
    finally:
        crm.close()


def test_a_waiting_action_gives_up_at_its_bound(db_url, holder):
    crm = Crm.open(db_url, device_id="00000000-0000-7000-8000-0000000000b3")
    try:
        org = crm.organizations.create({"name": "株式会社上限", "country": "JP"}, actor=ACTOR)
        holder(org.id)
        started = time.monotonic()
        with pytest.raises(DatabaseBusyError):
            crm.run_waiting(lambda: crm.organizations.update(org.id, {"name": "x"}, actor=ACTOR,
                                                             expected_version=org.record["version"]),
                            lambda *_: None, bound_s=2.5)
        assert 2.4 < time.monotonic() - started < 8
        holder.release()
        assert crm.organizations.get(org.id)["name"] == "株式会社上限"
    finally:
        crm.close()


def test_an_action_that_committed_a_part_is_never_run_twice(db_url, holder, short_lock_timeout):
    crm = Crm.open(db_url, device_id="00000000-0000-7000-8000-0000000000b4")
    try:
        org = crm.organizations.create({"name": "株式会社二度", "country": "JP"}, actor=ACTOR)
        runs = []

        def two_steps():
            runs.append(1)
            crm.contacts.create({"family_name": "一度だけ"}, actor=ACTOR)  # committed
            if len(runs) == 1:
                holder(org.id)  # then another program takes the lock the second step needs
            crm.organizations.update(org.id, {"name": "x"}, actor=ACTOR, expected_version=org.record["version"])

        with pytest.raises(DatabaseBusyError):
            crm.run_waiting(two_steps, lambda *_: None, bound_s=5)
        holder.release()
        assert len(runs) == 1 and crm.stats()["contacts"] == 1
    finally:
        crm.close()


def test_an_action_that_committed_a_part_waits_for_the_lock_reporting_then_goes_through(db_url, holder):
    """Once a part is committed the action cannot be run again; its next write waits for the lock itself, up to
    the bound, saying how long (SQLite at its BEGIN, PostgreSQL in the blocked statement)."""
    crm = Crm.open(db_url, device_id="00000000-0000-7000-8000-0000000000b5")
    try:
        org = crm.organizations.create({"name": "株式会社後半", "country": "JP"}, actor=ACTOR)
        runs, heard = [], []

        def two_steps():
            runs.append(1)
            crm.contacts.create({"family_name": "前半"}, actor=ACTOR)  # committed
            holder(org.id)  # then another program takes the lock the second step needs
            return crm.organizations.update(org.id, {"name": "後半も保存"}, actor=ACTOR,
                                            expected_version=org.record["version"])

        def report(waited: float, bound: float) -> None:
            heard.append((waited, bound))
            if waited > 1.2:
                holder.release()

        started = time.monotonic()
        saved = crm.run_waiting(two_steps, report, bound_s=30)
        assert len(runs) == 1 and time.monotonic() - started < 15
        assert heard and all(bound == 30 for _, bound in heard) and max(w for w, _ in heard) > 1.2
        assert saved.record["name"] == "後半も保存" and crm.stats()["contacts"] == 1
    finally:
        crm.close()


def test_cancelling_the_wait_of_an_action_that_committed_a_part_writes_nothing_more(db_url, holder):
    crm = Crm.open(db_url, device_id="00000000-0000-7000-8000-0000000000b6")
    try:
        org = crm.organizations.create({"name": "株式会社取消", "country": "JP"}, actor=ACTOR)

        class Stop(Exception):
            pass

        def two_steps():
            crm.contacts.create({"family_name": "前半"}, actor=ACTOR)
            holder(org.id)
            crm.organizations.update(org.id, {"name": "保存されない"}, actor=ACTOR,
                                     expected_version=org.record["version"])

        def report(waited: float, _bound: float) -> None:
            if waited > 1:
                raise Stop()

        started = time.monotonic()
        with pytest.raises(Stop):
            crm.run_waiting(two_steps, report, bound_s=30)
        assert time.monotonic() - started < 10
        holder.release()
        assert crm.organizations.get(org.id)["name"] == "株式会社取消"
        assert crm.organizations.get(org.id)["version"] == org.record["version"]
    finally:
        crm.close()


def test_an_action_that_committed_a_part_gives_up_at_its_bound(db_url, holder):
    crm = Crm.open(db_url, device_id="00000000-0000-7000-8000-0000000000b7")
    try:
        org = crm.organizations.create({"name": "株式会社期限", "country": "JP"}, actor=ACTOR)

        def two_steps():
            crm.contacts.create({"family_name": "前半"}, actor=ACTOR)
            holder(org.id)
            crm.organizations.update(org.id, {"name": "x"}, actor=ACTOR, expected_version=org.record["version"])

        started = time.monotonic()
        with pytest.raises(DatabaseBusyError):
            crm.run_waiting(two_steps, lambda *_: None, bound_s=2.5)
        assert 2.4 < time.monotonic() - started < 8
    finally:
        crm.close()
