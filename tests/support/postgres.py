"""A throwaway PostgreSQL server for the test session: initdb in a temp dir, loopback only.

Found through ``pg_config``/PATH or Debian's ``/usr/lib/postgresql/*/bin``. When running as root
(CI containers), the server runs as the ``postgres`` system user, since initdb refuses root.

The server never outlives the process that started it: a watchdog of its own stops it and removes its folder
once that process is gone, however it ended. A run killed by a time limit (``timeout``, a CI job's) skips
:meth:`TempPostgres.stop`, and its servers, 100+ MB each, stayed running until the machine restarted.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import queue
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


MIGRATED_TEMPLATE = "sm_migrated_template"


def find_bindir() -> Path | None:
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(os.path.realpath(on_path)).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class TempPostgres:
    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="sapporo-mice-pg-"))
        self.datadir = self.root / "data"
        self.port = _free_port()
        self.run_as = None
        if os.geteuid() == 0:
            self.run_as = "postgres"
            pw = pwd.getpwnam("postgres")
            os.chown(self.root, pw.pw_uid, pw.pw_gid)
        self.user = self.run_as or pwd.getpwuid(os.geteuid()).pw_name
        self._maker: _DatabaseMaker | None = None
        self._watchdog: subprocess.Popen | None = None

    def _command(self, *args: str) -> list[str]:
        return ["runuser", "-u", self.run_as, "--", *args] if self.run_as else list(args)

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(self._command(*args), check=True, capture_output=True, text=True, cwd=self.root)

    def start(self) -> "TempPostgres":
        self._run(str(self.bindir / "initdb"), "-D", str(self.datadir), "-U", self.user, "-A", "trust",
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        options = f"-h 127.0.0.1 -p {self.port} -k {self.root} -F -c fsync=off -c full_page_writes=off"
        self._watch()
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-o", options, "-l",
                  str(self.root / "server.log"), "-w", "-t", "60", "start")
        return self

    def _watch(self) -> None:
        """Start the watchdog (see the module's docstring): in a session of its own, so that a signal to this
        process's group does not take it along; :meth:`stop` ends it."""
        stop = self._command(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", "immediate", "stop")
        self._watchdog = subprocess.Popen(
            [sys.executable, "-c", _WATCHDOG, str(os.getpid()), str(self.root), *stop],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{dbname}"

    def _admin(self, *statements: str) -> None:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user={self.user} dbname=postgres",
                             autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement)

    def create_database(self, name: str) -> str:
        """A new, empty database (no schema)."""
        self._admin(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING UTF8')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop a test's database, closing what it left connected: 6 MB and 550 files each, so a whole run would
        otherwise leave gigabytes in the server's folder until it stops."""
        import psycopg

        try:
            self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        except psycopg.Error:  # a server before 13 (no FORCE): left for stop() to remove with the rest
            pass

    def refill_migrated(self, name: str) -> str:
        """Replace database ``name`` by a copy of one migrated to the newest revision: what opening a new database
        makes, without running every migration again for each test (the template is migrated once per run)."""
        self._ensure_template()
        self._admin(f'DROP DATABASE IF EXISTS "{name}"',
                    f'CREATE DATABASE "{name}" TEMPLATE "{MIGRATED_TEMPLATE}" ENCODING UTF8')
        return self.url(name)

    def ready_database(self, migrated: bool) -> str:
        """The URL of a new database for one test, empty or a copy of the migrated template, made ahead of time.

        A thread keeps the next ones made while tests run: a copy takes the server 150–300 ms, mostly on
        the other core, where the tests would otherwise wait for it one by one.
        Give it back with :meth:`discard`, which drops it on that thread too.
        """
        if migrated:
            self._ensure_template()
        if self._maker is None:
            self._maker = _DatabaseMaker(self)
        return self.url(self._maker.take(migrated))

    def discard(self, name: str) -> None:
        """Drop a database :meth:`ready_database` gave, on the making thread (without waiting for it)."""
        if self._maker is None:
            self.drop_database(name)
        else:
            self._maker.drop(name)

    def _ensure_template(self) -> None:
        # In the caller's thread: the migrations use Alembic's module-wide context, which a test may be using.
        if not getattr(self, "_template_ready", False):
            from sapporo_mice.database import Database

            self.create_database(MIGRATED_TEMPLATE)
            database = Database(self.url(MIGRATED_TEMPLATE))
            database.upgrade()
            database.dispose()  # CREATE DATABASE … TEMPLATE needs it unused
            self._template_ready = True

    def stop(self) -> None:
        if self._maker is not None:
            self._maker.close()
        try:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", "immediate", "stop")
        except subprocess.CalledProcessError:
            pass
        time.sleep(0.1)
        shutil.rmtree(self.root, ignore_errors=True)
        if self._watchdog is not None:
            self._watchdog.kill()
            self._watchdog.wait()


# The watchdog: waits for the process ``argv[1]`` to end, then stops the server and removes its folder (``argv[2]``)
# with the command that follows. Polled each second: ``os.kill(pid, 0)`` asks whether the process exists.
_WATCHDOG = """
import os, shutil, subprocess, sys, time
pid, root, stop = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
while True:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        break
    except PermissionError:  # it exists, as another user
        pass
    time.sleep(1)
subprocess.run(stop, capture_output=True)
time.sleep(0.1)
shutil.rmtree(root, ignore_errors=True)
"""


class _DatabaseMaker:
    """One thread and one connection that make tests' databases ahead of time and drop used ones.

    It keeps ``AHEAD`` of each kind (empty, migrated copy) ready. A kind is first made when first asked
    for (a run of SQLite-only tests makes none), and a copy only once the template exists. Concurrent copies
    of one template are allowed: CREATE DATABASE takes a share lock on it. A failure is handed to the test
    that waits for that database, so it fails naming the server's message instead of hanging.
    """

    # A burst of PostgreSQL tests (test_services' 85 in a row) outruns the making: a copy takes 0.3-0.6 s there.
    # A stock made during the SQLite stretches absorbs it: test_services and test_lists took 68 s with 2 ahead,
    # 38-61 s with 6, 48 s with 10.
    AHEAD = 8
    _STOP = object()

    def __init__(self, server: TempPostgres) -> None:
        self.server = server
        self.jobs: queue.Queue = queue.Queue()
        self.ready = {False: queue.Queue(), True: queue.Queue()}
        self.started = {False: False, True: False}
        self.names = itertools.count()
        self.failed: BaseException | None = None
        self.thread = threading.Thread(target=self._work, name="test-databases", daemon=True)
        self.thread.start()

    def take(self, migrated: bool) -> str:
        if self.failed is not None:
            raise self.failed
        if not self.started[migrated]:
            self.started[migrated] = True
            for _ in range(self.AHEAD):
                self.jobs.put(("make", migrated))
        self.jobs.put(("make", migrated))  # the one that replaces what is taken now
        try:
            made = self.ready[migrated].get(timeout=120)
        except queue.Empty:
            raise RuntimeError("the test server made no database in 120 s (see its server.log)") from None
        if isinstance(made, BaseException):
            raise made
        return made

    def drop(self, name: str) -> None:
        self.jobs.put(("drop", name))

    def close(self) -> None:
        self.jobs.put(self._STOP)
        self.thread.join(timeout=30)

    def _work(self) -> None:
        try:
            self._serve()
        except BaseException as error:  # the connection is gone: every test that waits is told why
            self.failed = error
            for ready in self.ready.values():
                ready.put(error)

    def _serve(self) -> None:
        import psycopg

        server = self.server
        with psycopg.connect(f"host=127.0.0.1 port={server.port} user={server.user} dbname=postgres",
                             autocommit=True) as conn:
            while (job := self.jobs.get()) is not self._STOP:
                what, arg = job
                if what == "drop":
                    try:
                        conn.execute(f'DROP DATABASE IF EXISTS "{arg}" WITH (FORCE)')
                    except psycopg.Error:  # a server before 13 (no FORCE): left for stop() to remove
                        pass
                    continue
                name = f"t{os.getpid()}_ahead{next(self.names)}"
                template = MIGRATED_TEMPLATE if arg else "template0"
                try:
                    conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" ENCODING UTF8')
                except psycopg.Error as error:
                    self.ready[arg].put(error)
                else:
                    self.ready[arg].put(name)
