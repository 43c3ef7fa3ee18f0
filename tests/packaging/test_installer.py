"""The PyInstaller one-folder build starts: the CLI migrates a database, and --selftest opens the window.

Building takes about a minute, so it runs once per session: started in the background as soon as the run
has collected these tests, or, under pytest-xdist, by the one worker that runs them (``--dist loadfile``)
while the others go on (:mod:`tests.support.installer_build`).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.support import installer_build

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built_app():
    app = installer_build.built_app()
    if app is None:
        pytest.skip("PyInstaller is not installed (pip install -e '.[build]')")
    return app


def _run(app: Path, *args: str, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "SAPPORO_MICE_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    exe = app / ("sapporo-mice.exe" if os.name == "nt" else "sapporo-mice")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env, timeout=180)


def test_built_cli_creates_a_database_with_bundled_migrations(built_app, tmp_path):
    db = f"sqlite:///{(tmp_path / 'frozen.db').as_posix()}"
    assert _run(built_app, "--db", db, "init", home=tmp_path).returncode == 0
    result = _run(built_app, "--db", db, "--json", "stats", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["contacts"] == 0


def test_built_app_selftest_opens_main_window_and_exits_zero(built_app, tmp_path):
    db = f"sqlite:///{(tmp_path / 'selftest.db').as_posix()}"
    result = _run(built_app, "--db", db, "--selftest", home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_bundle_carries_the_japanese_font(built_app):
    assert list(built_app.rglob("ipaexg.ttf")), "the IPAex Gothic font must be bundled"


def test_bundle_carries_the_compiled_catalogues(built_app):
    # The app's start only builds a missing .qm; the frozen app has no .ts and no lrelease, so they ship built.
    shipped = {p.name for p in built_app.rglob("*.qm") if p.parent.parts[-2:] == ("resources", "translations")}
    sources = {p.with_suffix(".qm").name for p in (ROOT / "resources" / "translations").glob("*.ts")}
    assert sources and sources <= shipped
