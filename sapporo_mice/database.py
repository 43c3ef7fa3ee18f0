"""Opening a database: URL resolution, engine set-up, migrations and short-lived sessions.

The same code runs on the embedded SQLite file and on the office PostgreSQL. A :class:`Database`
holds an engine, never a session: each service call opens its own (one user action, one transaction).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from sapporo_mice import encryption, grams, paths
from sapporo_mice.errors import DatabaseBusyError, DatabaseOpenError, WrongPassphraseError

SQLITE_BUSY_TIMEOUT_MS = 10_000
SQLITE_MMAP_BYTES = 256 * 1024 * 1024
LOCK_SLICE_MS = 250  # while waiting for the write lock with a waiter: how often it hears how long it has waited
PG_LOCK_SLICE_MS = 1000  # PostgreSQL, with a waiter: a blocked statement gives up after this, and the action is retried
PG_WATCH_FIRST_S = 0.5  # PostgreSQL, an action that has committed a part: when to first ask if it waits for a lock
PG_WATCH_EVERY_S = 0.25  # … and how often after that (each time it reports how long it has waited)
# SQLite copies the WAL into the main file (a checkpoint) in whichever connection commits past
# ``wal_autocheckpoint`` pages, so the save or import that crosses it waits for the copy and two fsyncs: after a
# 10k-row import (38 MB of pages) 0.3-0.5 s of its 5 on the bench machine. The app's connections leave that to
# :class:`_Checkpoints`, a background thread woken after each write (the split SQLite's documentation suggests
# for applications that care about commit latency); the limit stays, far above it, as a backstop.
SQLITE_AUTOCHECKPOINT_PAGES = 25_000
CHECKPOINT_IDLE_S = 60.0  # a minute with no write: one more checkpoint (writes past the door), and the thread ends


def resolve_url(url: str | None = None) -> str:
    """Which database to open, for the desktop and the CLI alike. The first of:

    1. ``url``: what the user gave on the command line (``--db``);
    2. the ``SAPPORO_MICE_DB`` environment variable (batch jobs, IT staff, tests);
    3. the saved setting ``database_url`` (the office server, chosen in Settings);
    4. the SQLite file in the user data dir.

    A bare file path is accepted as shorthand for ``sqlite:///PATH``; ``postgresql://`` means psycopg 3.
    """
    from sapporo_mice.settings import Settings

    chosen = (url or os.environ.get("SAPPORO_MICE_DB") or Settings().get("database_url")
              or paths.default_database_url())
    if "://" not in chosen:
        chosen = f"sqlite:///{Path(chosen).expanduser().resolve().as_posix()}"
    if chosen.startswith("postgresql://") or chosen.startswith("postgres://"):
        chosen = "postgresql+psycopg://" + chosen.split("://", 1)[1]
    return chosen


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # The driver's own transaction handling off: it issues no BEGIN before DDL, so a DROP TRIGGER in what
    # looks like a transaction would commit on its own (ENVIRONMENT.md). _sqlite_begin opens every one.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute(f"PRAGMA wal_autocheckpoint={SQLITE_AUTOCHECKPOINT_PAGES}")
    # Reads through a memory map share the OS page cache across the pool's connections, instead of
    # each copying pages into its own 2 MB cache: a list filter over 100k contacts went from 22-32 ms
    # to 16-23 ms. The file lives on a local disk (the user data dir), where mapping it is safe.
    cursor.execute(f"PRAGMA mmap_size={SQLITE_MMAP_BYTES}")
    cursor.close()
    register_sqlite_functions(dbapi_connection)


def _sqlite_begin(connection: Any) -> None:
    """Every transaction explicit: ``BEGIN IMMEDIATE`` for writes (the write lock is taken at once, so what a
    write reads cannot change under it, and two writers wait in turn), a deferred ``BEGIN`` for reads."""
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    waiter = getattr(_lock_waiters, "current", None)
    if mode == "IMMEDIATE" and waiter is not None:
        _begin_waiting(connection.connection.dbapi_connection, *waiter)
    else:
        connection.exec_driver_sql(f"BEGIN {mode}")


# The waiter of each thread (report, bound in seconds), set by ``waiting_for_lock``.
_lock_waiters = threading.local()


@contextmanager
def waiting_for_lock(report: Callable[[float, float], None], bound_s: float) -> Iterator[None]:
    """While the block runs on this thread, a write that finds the write lock held by another program waits for it
    up to ``bound_s`` seconds, calling ``report(waited_s, bound_s)`` about every quarter second (it may raise to
    stop waiting: the write is then not made), and past the bound raises :class:`DatabaseBusyError`.

    On SQLite the wait happens before the transaction's first statement (``BEGIN IMMEDIATE``), so nothing of the
    write is done twice. On PostgreSQL a row lock is met statement by statement: see :func:`run_waiting` for an
    action that has committed nothing yet, and :class:`_PgLockWatch` for one that has. Without a waiter a write
    waits the usual timeout (:data:`SQLITE_BUSY_TIMEOUT_MS`), silently."""
    previous = getattr(_lock_waiters, "current", None)
    _lock_waiters.current = (report, bound_s)
    try:
        yield
    finally:
        _lock_waiters.current = previous


def commits_on_this_thread() -> int:
    """How many transactions this thread has committed (through :meth:`Database.transaction`)."""
    return getattr(_lock_waiters, "commits", 0)


def run_waiting(action: Callable[[], Any], report: Callable[[float, float], None], bound_s: float) -> Any:
    """Run ``action`` on this thread with a waiter (:func:`waiting_for_lock`), and on PostgreSQL, where a lock is
    waited for statement by statement (each gives up after :data:`PG_LOCK_SLICE_MS`), run it again while it
    fails busy, reporting, until ``bound_s``. An action that committed anything before it failed is never run
    again (that would do its first part twice): its :class:`DatabaseBusyError` goes to the caller. Once it has
    committed, each of its later transactions waits for a lock up to ``bound_s`` in PostgreSQL itself, reported
    and cancellable by :class:`_PgLockWatch` (on SQLite every transaction waits at its ``BEGIN``)."""
    started = time.monotonic()
    try:
        while True:
            before, offset = commits_on_this_thread(), time.monotonic() - started
            _lock_waiters.retry_from = before  # until it commits, a blocked statement gives up soon (transaction)

            def reported(waited: float, _bound: float, offset: float = offset) -> None:  # the whole wait's terms
                report(offset + waited, bound_s)

            with waiting_for_lock(reported, max(bound_s - offset, 0.0)):
                try:
                    return action()
                except DatabaseBusyError:
                    waited = time.monotonic() - started
                    if commits_on_this_thread() != before or waited >= bound_s:
                        raise
            report(waited, bound_s)
    finally:
        _lock_waiters.retry_from = None


class _PgLockWatch:
    """While a PostgreSQL transaction runs, a thread that notices when its connection waits for a lock held by
    another program, and then reports how long it has waited (PostgreSQL's ``lock_timeout`` keeps the bound).
    When ``report`` raises (the user pressed Cancel), the waiting statement is cancelled and the transaction
    re-raises that exception: nothing of it is written. Transactions that meet no lock cost one idle thread;
    the server is asked only after :data:`PG_WATCH_FIRST_S`, and then every :data:`PG_WATCH_EVERY_S`."""

    def __init__(self, engine: Engine, raw: Any, report: Callable[[float, float], None], bound_s: float) -> None:
        self._engine, self._raw, self._report, self._bound_s = engine, raw, report, bound_s
        self._pid = raw.info.backend_pid
        self._done = threading.Event()
        self.stopped_by: BaseException | None = None
        self._thread = threading.Thread(target=self._watch, name="pg-lock-watch", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._done.set()
        self._thread.join()

    def _waiting_for_lock(self) -> bool:
        with self._engine.connect() as connection:
            return bool(connection.execute(
                text("SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = :pid"),
                {"pid": self._pid}).scalar())

    def _watch(self) -> None:
        since: float | None = None
        pause = PG_WATCH_FIRST_S
        while not self._done.wait(pause):
            pause = PG_WATCH_EVERY_S
            try:
                waiting = self._waiting_for_lock()
            except DBAPIError:  # the server went away: the transaction itself will say so
                return
            if not waiting:
                since = None
                continue
            since = since if since is not None else time.monotonic() - PG_WATCH_EVERY_S / 2
            try:
                self._report(time.monotonic() - since, self._bound_s)
            except BaseException as exc:  # noqa: BLE001 - Cancel, raised by the caller's report
                self.stopped_by = exc
                getattr(self._raw, "cancel_safe", self._raw.cancel)()
                return


class _Checkpoints:
    """Checkpoints an SQLite file's WAL in a background thread, so that no commit waits for one.

    :meth:`nudge` (after each committed unit of work) wakes the thread, started on the first one: a database
    only read never starts it. It borrows a connection from the engine's pool for a ``PASSIVE`` checkpoint,
    which copies what it can without waiting for readers or blocking the next writer. Durability does not
    depend on it: with ``synchronous=FULL`` a commit is on disk in the WAL before it returns. :meth:`stop`
    (on :meth:`Database.dispose`) lets a checkpoint under way finish; the last connection to close
    checkpoints the rest, so a closed database is one file, as before."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self._engine, self._path = engine, path
        self._lock = threading.Lock()
        self._wanted = threading.Event()
        self._thread: threading.Thread | None = None
        self._stop: threading.Event | None = None
        self.done = 0  # checkpoints run (tests and diagnostics)

    def nudge(self) -> None:
        with self._lock:
            if self._thread is None:
                self._stop = threading.Event()
                self._thread = threading.Thread(target=self._run, args=(self._stop,), name="sqlite-checkpoint",
                                                daemon=True)
                self._thread.start()
        self._wanted.set()

    def stop(self) -> None:
        with self._lock:
            thread, stop, self._thread, self._stop = self._thread, self._stop, None, None
        if thread is not None and stop is not None:
            stop.set()
            self._wanted.set()
            thread.join()

    @property
    def running(self) -> bool:
        return self._thread is not None

    def _run(self, stop: threading.Event) -> None:
        while True:
            woken = self._wanted.wait(CHECKPOINT_IDLE_S)
            if stop.is_set():
                return
            self._wanted.clear()
            self.checkpoint()
            if not woken:  # a quiet minute (or a database nobody closed): end; the next write starts another
                with self._lock:
                    if not self._wanted.is_set() and self._stop is stop:
                        self._thread = self._stop = None
                        return

    def checkpoint(self) -> None:
        """One ``PASSIVE`` checkpoint; a failure (a file held by a restore, a closed engine) waits for the next.
        A file no longer there (moved away, a test's folder removed) is not opened: that would make a new one."""
        if not self._path.exists():
            return
        try:
            raw = self._engine.raw_connection()
            try:
                cursor = raw.cursor()
                cursor.execute("PRAGMA wal_checkpoint(PASSIVE)")
                cursor.fetchall()
                cursor.close()
            finally:
                raw.close()
            self.done += 1
        except Exception:  # noqa: BLE001 - housekeeping: the data is safe in the WAL, and the next try copies it
            logging.getLogger(__name__).warning("WAL checkpoint failed", exc_info=True)


def _begin_waiting(raw: Any, report: Callable[[float, float], None], bound_s: float) -> None:
    started = time.monotonic()
    raw.execute(f"PRAGMA busy_timeout={LOCK_SLICE_MS}")
    try:
        while True:
            try:
                raw.execute("BEGIN IMMEDIATE")
                return
            except encryption.database_errors() as exc:
                if not _busy_text(str(exc)):
                    raise
            waited = time.monotonic() - started
            if waited >= bound_s:
                raise DatabaseBusyError()
            report(waited, bound_s)
    finally:
        raw.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")


def _null(_value: None) -> None:
    return None


def _bind_null_directly(driver: Any) -> None:
    """Have the SQLite driver (``sqlite3``, or ``sqlcipher3`` for an encrypted file) bind ``None`` through an
    adapter that returns it, which it binds as NULL, as it would anyway.

    Without one, the driver first looks for an ``__adapt__`` on its protocol class for every ``None`` it binds,
    and raises and drops an AttributeError there (CPython 3.11's ``_sqlite/microprotocols.c``): about 0.2 µs
    each (1.2 M NULLs bound: 0.60 s, 0.35 s with the adapter), and an import binds 39 NULLs per row (a
    contact's empty columns, its emails', phones' and change-log entries'): 3.4 % of its instructions. The
    registry is the driver module's, for the whole process; the entry changes nothing but the time."""
    register = getattr(driver, "register_adapter", None)
    if register is not None:
        register(type(None), _null)


def register_sqlite_functions(dbapi_connection: sqlite3.Connection) -> None:
    """The SQL functions the schema's triggers call (``search_index`` -> ``search_grams``).

    Every connection that writes search rows needs them: another tool that opens the file without
    them fails loudly on such a write ("no such function: sm_grams") instead of leaving the index stale.
    """
    dbapi_connection.create_function(grams.SQL_FUNCTION, 2, grams.document, deterministic=True)
    # SQLite's own lower() folds ASCII only, so a name lookup that lowers its side in Python
    # (``func.lower(column) == name.lower()``) missed 「Сарнай」 and 「Ễ」; PostgreSQL's folds every script.
    # No index, trigger or view uses lower(), so replacing it changes nothing stored.
    dbapi_connection.create_function("lower", 1, _unicode_lower, deterministic=True)


def _unicode_lower(value: Any) -> Any:
    """lower() as PostgreSQL's: any script's capitals; NULL stays NULL, a number is lowered as its text."""
    if value is None or isinstance(value, bytes):
        return value
    return str(value).lower()


def create_db_engine(url: str, passphrase: str | None = None) -> Engine:
    """The engine for ``url``; with ``passphrase``, an SQLite file opens encrypted, through SQLCipher."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:  # ValueError: a port that is not a number
        hidden = re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", url)  # never echo a password
        raise DatabaseOpenError(hidden, f"not a database URL ({exc})") from exc
    shown = parsed.render_as_string(hide_password=True)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            try:
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseOpenError(shown, f"cannot create the folder ({exc.strerror})") from exc
        options: dict[str, Any] = {"connect_args": {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}}
        if passphrase is not None:  # the key is the connection's first statement (the dialect's on_connect)
            encryption.driver()
            parsed = parsed.set(drivername="sqlite+pysqlcipher", password=passphrase)
            options["poolclass"] = QueuePool  # as for a plain file: one connection per user, threads take turns
        engine = _engine(parsed, shown, **options)
        _bind_null_directly(engine.dialect.dbapi)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if parsed.get_backend_name() == "postgresql":
        # A row or table lock held elsewhere longer than the app waits ends in DatabaseBusyError, not a hang.
        return _engine(parsed, shown, pool_pre_ping=True,
                       connect_args={"connect_timeout": 10, "options": f"-c lock_timeout={SQLITE_BUSY_TIMEOUT_MS}"})
    raise DatabaseOpenError(shown, "only sqlite:/// and postgresql+psycopg:// URLs are supported")


def _engine(parsed, shown: str, **options) -> Engine:  # noqa: ANN001 - a sqlalchemy URL
    try:
        return create_engine(parsed, **options)
    except (ImportError, NoSuchModuleError) as exc:  # e.g. postgresql+asyncpg without asyncpg
        raise DatabaseOpenError(shown, f"the database driver is not installed ({exc})") from exc


@dataclass(frozen=True)
class UpgradeReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None


class Database:
    """An open database: an engine plus a session factory, and its migration state."""

    def __init__(self, url: str | None = None, *, passphrase: str | None = None) -> None:
        self.url, given = split_passphrase(resolve_url(url))
        #: The SQLite file's passphrase when it is encrypted (see :func:`sapporo_mice.encryption.key_for`).
        self.passphrase = encryption.key_for(_sqlite_path(self.url), passphrase or given)
        self._connect()

    def _connect(self) -> None:
        key = None if self.passphrase is None else encryption.engine_key(_sqlite_path(self.url), self.passphrase)
        self.engine = create_db_engine(self.url, key)
        path = _sqlite_path(self.url)
        self.checkpoints = _Checkpoints(self.engine, path) if path is not None else None
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._writers = sessionmaker(self.engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False)

    def reopen(self, passphrase: str | None) -> None:
        """Connect again, with ``passphrase`` (None: plain), once the file was encrypted, decrypted or re-keyed."""
        self.dispose()
        self.passphrase = passphrase
        self._connect()

    @property
    def encrypted(self) -> bool:
        return self.passphrase is not None

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @property
    def display_url(self) -> str:
        """The URL without its password, for status bars and messages."""
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error, always close. A write lock held
        elsewhere for longer than the app waits is a :class:`DatabaseBusyError`, never a traceback."""
        session = self._writers()
        watch: _PgLockWatch | None = None
        try:
            waiter = getattr(_lock_waiters, "current", None)
            if self.dialect == "postgresql" and waiter is not None:
                if getattr(_lock_waiters, "retry_from", None) == commits_on_this_thread():
                    # an action run_waiting may run again (it has committed nothing yet): a blocked statement
                    # gives up soon and the action is tried again
                    session.execute(text(f"SET LOCAL lock_timeout = {PG_LOCK_SLICE_MS}"))
                else:  # it has committed a part: this transaction waits here, up to the bound, reported
                    report, bound_s = waiter
                    session.execute(text(f"SET LOCAL lock_timeout = {max(int(bound_s * 1000), 1)}"))
                    watch = _PgLockWatch(self.engine, session.connection().connection.dbapi_connection, report,
                                         bound_s)
            yield session
            session.commit()
            _lock_waiters.commits = commits_on_this_thread() + 1
            if self.checkpoints is not None:
                self.checkpoints.nudge()
        except BaseException as exc:
            session.rollback()
            if watch is not None and watch.stopped_by is not None:
                raise watch.stopped_by from exc  # the user cancelled the wait: the write is not made
            if _is_busy(exc):
                raise DatabaseBusyError() from exc
            raise
        finally:
            if watch is not None:
                watch.stop()
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session, closed at once after use."""
        session = self._sessions()
        try:
            yield session
        except DBAPIError as exc:  # a file held exclusively by another program (a restore, a conversion)
            if _is_busy(exc):
                raise DatabaseBusyError() from exc
            raise
        finally:
            session.rollback()
            session.close()

    def current_revision(self) -> str | None:
        """The schema revision the database is at (None for an empty one), read with one query: Alembic is
        imported only when a migration is needed."""
        try:
            with self.engine.connect() as conn:
                if not inspect(conn).has_table("alembic_version"):
                    return None
                return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except DBAPIError as exc:
            raise self._open_error(exc) from exc

    def upgrade(self) -> UpgradeReport:
        """Bring the schema to the newest revision; on SQLite, back the file up first if it had data."""
        from alembic import command

        before = self.current_revision()
        head = head_revision()
        backup = None
        if before != head:
            new = before is None and not self._has_user_tables()
            if not new:
                backup = self._backup_sqlite(before)
            try:
                with self.engine.begin() as conn:
                    config = alembic_config(self.url)
                    config.attributes["connection"] = conn
                    command.upgrade(config, "head")
                    if new:  # no search rows an older version wrote: none to bring up to date at the first start
                        from sapporo_mice.services.base import note_search_revision

                        note_search_revision(conn)
            except DBAPIError as exc:  # e.g. tables made by something else, without a revision
                raise DatabaseOpenError(self.display_url, f"upgrade failed: {str(exc.orig).strip()}") from exc
        return UpgradeReport(before, head, backup)

    def is_current(self) -> bool:
        return self.current_revision() == head_revision()

    def dispose(self) -> None:
        """Close every connection (after the background checkpoint, if one is under way); the database can
        still be used after, and connects again."""
        if self.checkpoints is not None:
            self.checkpoints.stop()
        self.engine.dispose()

    def _has_user_tables(self) -> bool:
        return bool(inspect(self.engine).get_table_names())

    def _backup_sqlite(self, revision: str | None) -> Path | None:
        if not self.is_sqlite:
            return None
        database = make_url(self.url).database
        if not database or database == ":memory:" or not Path(database).exists():
            return None
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        return self.copy_sqlite(paths.backups_dir() / f"{Path(database).stem}-{revision or 'base'}-{stamp}.db")

    def copy_sqlite(self, target: Path) -> Path:
        """A consistent copy of the SQLite file at ``target``, made with SQLite's online backup API while the
        app may keep working, written to a temporary file first and renamed (never a half-written copy)."""
        target = Path(target)
        partial = target.with_name(target.name + ".partial")
        partial.unlink(missing_ok=True)
        raw = self.engine.raw_connection()
        try:
            # The copy of an encrypted database is encrypted with its passphrase.
            destination = encryption.connect(partial, self.passphrase, check=False)
            try:
                raw.driver_connection.backup(destination)
            finally:
                destination.close()
        finally:
            raw.close()
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        partial.replace(target)
        return target

    def ping(self) -> None:
        """Fail with a clear message if the server cannot be reached."""
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except DBAPIError as exc:  # unreachable server, or a file that is not a database
            raise self._open_error(exc) from exc

    def _open_error(self, exc: DBAPIError) -> Exception:
        reason = str(exc.orig).strip()
        if self.encrypted and "not a database" in reason:
            return WrongPassphraseError(str(_sqlite_path(self.url)))
        if _busy_text(reason):
            return DatabaseBusyError()
        return DatabaseOpenError(self.display_url, reason)


def split_passphrase(url: str) -> tuple[str, str | None]:
    """``sqlite+pysqlcipher://:KEY@/path`` as the plain ``sqlite:///path`` and its passphrase (the passphrase is
    kept apart from the URL, which is shown and saved); any other URL as it is."""
    try:
        parsed = make_url(url) if "+pysqlcipher" in url else None
    except (ArgumentError, ValueError):
        parsed = None
    if parsed is None or parsed.get_backend_name() != "sqlite":
        return url, None
    plain = URL.create("sqlite", database=parsed.database, query=parsed.query)
    return plain.render_as_string(hide_password=False), parsed.password or None


def _sqlite_path(url: str) -> Path | None:
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # create_db_engine says what is wrong with it
        return None
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database).absolute()


def _is_busy(error: BaseException) -> bool:
    """Whether ``error`` says another connection held a lock too long (SQLite busy, PostgreSQL 55P03)."""
    if not isinstance(error, DBAPIError):
        return False
    return _busy_text(str(error.orig)) or getattr(error.orig, "sqlstate", None) == "55P03"


def _busy_text(text: str) -> bool:
    text = text.lower()
    return "database is locked" in text or "database table is locked" in text


def database_location(url: str) -> tuple[str, str]:
    """("file", path) for an SQLite URL, else ("server", "host:port/database"); never the password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return "file", parsed.database or ":memory:"
    port = f":{parsed.port}" if parsed.port else ""
    return "server", f"{parsed.host or 'localhost'}{port}/{parsed.database or ''}"


def alembic_config(url: str):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


@functools.cache
def head_revision() -> str:
    """The newest migration, read from ``db/versions`` without importing Alembic: the revision that no
    other one names as its ``down_revision`` (a test checks it against Alembic's own answer)."""
    revisions, parents = set(), set()
    for path in (paths.migrations_dir() / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision = re.search(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", source, re.M)
        parent = re.search(r"^down_revision\s*=\s*['\"]([^'\"]+)['\"]", source, re.M)
        if revision:
            revisions.add(revision.group(1))
        if parent:
            parents.add(parent.group(1))
    heads = revisions - parents
    assert len(heads) == 1, f"the migrations must have one head, not {sorted(heads)}"
    return heads.pop()


def open_database(url: str | None = None, *, upgrade: bool = True, passphrase: str | None = None) -> Database:
    """Open (and by default create or upgrade) the database at ``url`` (an encrypted file with ``passphrase``,
    or ``SAPPORO_MICE_PASSPHRASE``)."""
    database = Database(url, passphrase=passphrase)
    try:
        database.ping()
        if upgrade and not database.is_current():
            database.upgrade()
    except BaseException:
        database.dispose()
        raise
    return database
