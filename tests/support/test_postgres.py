"""The tests' throwaway PostgreSQL server: it never outlives the process that started it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support.postgres import find_bindir

ROOT = Path(__file__).resolve().parents[2]

# A test session that starts its server, says where it is, and is then killed before it can stop it.
STARTED_THEN_KILLED = """
import sys, time
from pathlib import Path
from tests.support.postgres import TempPostgres, find_bindir
server = TempPostgres(find_bindir()).start()
print(server.root, flush=True)
time.sleep(600)
"""


def _server_running(root: Path) -> bool:
    found = subprocess.run(["pgrep", "-f", "--", f"-D {root}/data"], capture_output=True, text=True)
    return bool(found.stdout.strip())


@pytest.mark.skipif(find_bindir() is None, reason="no PostgreSQL server binaries (initdb, pg_ctl)")
def test_a_killed_session_leaves_no_server_running_and_no_folder_behind():
    # As a time limit kills a hung run (`timeout`, a CI job's): no stop() runs. Such runs left their servers running.
    session = subprocess.Popen([sys.executable, "-c", STARTED_THEN_KILLED], cwd=ROOT, stdout=subprocess.PIPE,
                               text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        root = Path(session.stdout.readline().strip())
        assert root.name.startswith("sapporo-mice-pg-") and _server_running(root)
    finally:
        session.send_signal(signal.SIGKILL)
        session.wait()
        session.stdout.close()
    deadline = time.monotonic() + 30
    while (_server_running(root) or root.exists()) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _server_running(root) and not root.exists()
