"""The PyInstaller build that tests/packaging tests, started in the background when the run collects them.

The build takes 60–90 s, almost all of it in PyInstaller's own processes. Started once collection is done,
it runs on the other core while the first tests run, instead of holding the run up when
``tests/packaging`` is reached; the ``built_app`` fixture waits for it there. A run that selects no
installer test builds nothing. Under pytest-xdist (README command 2) every core runs tests already: the
worker that runs the installer tests builds when it reaches them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests" / "packaging" / "test_installer.py"
APP_NAME = "SapporoMiceCRM"


def pyinstaller() -> Path | None:
    found = shutil.which("pyinstaller", path=str(Path(sys.executable).parent))
    return Path(found) if found else None


class Build:
    """One build of build_installer.spec into a temporary folder, its output kept in a log beside it."""

    def __init__(self, tool: Path) -> None:
        self.out = Path(tempfile.mkdtemp(prefix="sapporo-mice-build-"))
        self.log_path = self.out / "build.log"
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(
                [str(tool), "--noconfirm", "--log-level", "ERROR", "--distpath", str(self.out / "dist"),
                 "--workpath", str(self.out / "work"), str(ROOT / "build_installer.spec")],
                cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)

    def app(self, timeout: float = 900) -> Path:
        """The built folder, once the build has ended; the build's own messages if it failed."""
        code = self.process.wait(timeout=timeout)
        if code != 0:
            tail = self.log_path.read_text(encoding="utf-8", errors="replace")[-4000:]
            raise AssertionError(f"PyInstaller exited with {code}:\n{tail}")
        return self.out / "dist" / APP_NAME

    def discard(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.out, ignore_errors=True)


_build: Build | None = None


def start_if_collected(items) -> None:
    """Start the build when ``items`` (the run's selected tests) hold an installer test.

    Not in a pytest-xdist worker: every worker collects every test, and only the one that runs the installer
    tests needs the build (README command 2 gives each worker whole files: ``--dist loadfile``). That one
    builds when it gets there, while the other workers run the rest."""
    global _build
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return
    tool = pyinstaller()
    if _build is None and tool is not None and any(Path(item.path) == TESTS for item in items):
        _build = Build(tool)


def built_app() -> Path | None:
    """The built app (None: PyInstaller is not installed), waiting for the build the run started."""
    global _build
    tool = pyinstaller()
    if tool is None:
        return None
    if _build is None:  # collected some other way (a plugin reordering, a direct call): build now
        _build = Build(tool)
    return _build.app()


def discard() -> None:
    global _build
    if _build is not None:
        _build.discard()
        _build = None
