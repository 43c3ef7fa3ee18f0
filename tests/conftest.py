"""Shared fixtures: an isolated data dir, and a database on SQLite and on a real PostgreSQL.

Every test that takes ``crm`` or ``db_url`` runs twice: on SQLite and on PostgreSQL. PostgreSQL
tests skip when no server binaries are installed, and fail instead when SAPPORO_MICE_REQUIRE_PG=1.
"""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest
from sqlalchemy.engine import make_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

from tests.support import installer_build  # noqa: E402
from tests.support.postgres import TempPostgres, find_bindir  # noqa: E402


def pytest_collection_finish(session):
    if not session.config.option.collectonly:
        installer_build.start_if_collected(session.items)


# README command 2 runs the suite on every core with pytest-xdist (``-n auto``): 17:35 in one process, 11:50
# in two, on a two-core machine. Each worker starts its own PostgreSQL server and Qt, so ``auto`` stops at
# four workers rather than starting dozens on a large CI machine (untried there: this one has two cores).
MAX_AUTO_WORKERS = 4


CGROUP_CPU_MAX = "/sys/fs/cgroup/cpu.max"


def usable_cores() -> int:
    """The cores this process may use: those it may run on, fewer if its container's CPU quota (cgroup v2
    ``cpu.max``: "200000 100000" is two cores' worth) allows less. More workers than that would only take
    turns, and the responsiveness test's 100 ms bound is about the GUI thread getting its turn."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    try:
        with open(CGROUP_CPU_MAX, encoding="ascii") as limits:
            quota, period = limits.read().split()[:2]
        if quota != "max":
            cores = min(cores, int(quota) // int(period))
    except (OSError, ValueError):
        pass  # no cgroup v2 quota here (a laptop, a VM, Windows)
    return max(1, cores)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config):
    return min(usable_cores(), MAX_AUTO_WORKERS)


@pytest.fixture(autouse=True)
def collected_between_tests():
    """Once the UI tests have turned Python's automatic collection off in this worker (tests/ui/conftest.py),
    the main thread collects between tests too, as the app's timer would: the tests that follow may run no
    event loop, so garbage would otherwise pile up for the rest of the session."""
    yield
    from sapporo_mice import collection

    collection.step()


def pytest_sessionfinish(session):
    installer_build.discard()


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    """Every test gets its own data dir, settings and attachments."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("SAPPORO_MICE_HOME", str(home))
    monkeypatch.delenv("SAPPORO_MICE_DB", raising=False)
    return home


# scrypt's cost for sync bundles in tests: the app's is n=2**15 (0.13 s a key here; test_sync.py alone derived
# 1,074 keys, 116 of its 160 s). A bundle records its parameters and its reader derives with them, so every
# path runs as in the app; tests marked ``app_kdf`` keep the app's cost and check it.
TEST_SCRYPT = {"n": 2 ** 10, "r": 8, "p": 1}


@pytest.fixture(autouse=True)
def light_bundle_kdf(request, monkeypatch):
    if request.node.get_closest_marker("app_kdf") is None:
        from sapporo_mice.sync import bundle

        monkeypatch.setattr(bundle, "SCRYPT", TEST_SCRYPT)


@pytest.fixture(scope="session")
def postgres_server():
    bindir = find_bindir()
    if bindir is None:
        if os.environ.get("SAPPORO_MICE_REQUIRE_PG") == "1":
            pytest.fail("SAPPORO_MICE_REQUIRE_PG=1 but no PostgreSQL server binaries (initdb, pg_ctl) were found")
        pytest.skip("PostgreSQL server binaries not installed (Debian package: postgresql)")
    server = TempPostgres(bindir).start()
    yield server
    server.stop()


# Fixtures that make ``db_url``'s database a migrated one (:func:`migrated`) before the test runs.
MIGRATING_FIXTURES = frozenset({"crm", "office"})
_made_migrated: set[str] = set()  # PostgreSQL databases that db_url made migrated already


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A fresh, empty database URL on each backend (a PostgreSQL one is dropped after the test).

    When the test also asks for a fixture that migrates it (``crm``, ``office``), a PostgreSQL database is
    a copy of the migrated template at once, instead of empty and then replaced by that copy. Both kinds
    are made ahead, and dropped after, on the server's making thread (:meth:`TempPostgres.ready_database`)."""
    if request.param == "sqlite":
        yield f"sqlite:///{(tmp_path / 'test.db').as_posix()}"
        return
    server = request.getfixturevalue("postgres_server")
    migrating = bool(MIGRATING_FIXTURES & set(request.fixturenames))
    url = server.ready_database(migrated=migrating)
    name = make_url(url).database
    if migrating:
        _made_migrated.add(name)
    yield url
    _made_migrated.discard(name)
    server.discard(name)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    """An SQLite file migrated to the newest revision, once per run: a test's database is a copy of it, which
    is what opening a new file makes (the migrations themselves are tested on empty databases)."""
    from sapporo_mice.database import Database

    path = tmp_path_factory.mktemp("template") / "migrated.db"
    database = Database(f"sqlite:///{path.as_posix()}")
    database.upgrade()
    database.dispose()
    with sqlite3.connect(path) as connection:  # everything in the main file, so one file copies it all
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path


def migrated(url: str, request) -> str:
    """``url`` (a test's new database, SQLite or PostgreSQL) made a migrated one."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        shutil.copyfile(request.getfixturevalue("sqlite_template"), parsed.database)
        return url
    if parsed.database in _made_migrated:  # made so by db_url, and nothing has run on it yet
        return url
    return request.getfixturevalue("postgres_server").refill_migrated(parsed.database)


@pytest.fixture
def crm(db_url, request):
    from sapporo_mice.crm import Crm

    instance = Crm.open(migrated(db_url, request), device_id="00000000-0000-7000-8000-000000000001")
    yield instance
    instance.close()


@pytest.fixture
def sqlite_crm(tmp_path, request):
    from sapporo_mice.crm import Crm

    url = migrated(f"sqlite:///{(tmp_path / 'only.db').as_posix()}", request)
    instance = Crm.open(url, device_id="00000000-0000-7000-8000-000000000002")
    yield instance
    instance.close()
