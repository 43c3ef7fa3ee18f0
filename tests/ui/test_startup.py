"""Start-up costs that stay fixed: Qt names imported one by one, catalogues built once, the paint mark."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ui import i18n

ROOT = Path(__file__).resolve().parents[2]


def names_imported_from_ui_qt() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for folder in ("ui", "tests", "tools", "bench"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and node.module == "ui.qt":
                    for alias in node.names:
                        found.setdefault(alias.name, set()).add(path.relative_to(ROOT).as_posix())
    return found


def test_every_name_imported_from_ui_qt_is_exported_and_none_by_star():
    import ui.qt

    used = names_imported_from_ui_qt()
    assert "*" not in used
    assert sorted(name for name in used if not hasattr(ui.qt, name)) == []


def test_ui_qt_imports_no_qt_module_with_a_star():
    tree = ast.parse((ROOT / "ui" / "qt.py").read_text(encoding="utf-8"))
    stars = [node.module for node in ast.walk(tree)
             if isinstance(node, ast.ImportFrom) and any(alias.name == "*" for alias in node.names)]
    assert stars == []


@pytest.fixture
def scratch_catalogues(tmp_path, monkeypatch):
    """The committed .ts copied to a scratch folder the pipeline reads and writes instead."""
    folder = tmp_path / "translations"
    folder.mkdir()
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        shutil.copy(ts, folder / ts.name)
    monkeypatch.setattr(i18n, "sources_dir", lambda: folder)
    yield folder
    i18n.uninstall()


def test_start_builds_the_catalogues_when_one_is_missing(qtbot, scratch_catalogues):
    every = sorted(ts.name for ts in scratch_catalogues.glob("*_ja.ts"))  # one per area
    assert {"app_ja.ts", "editors_ja.ts", "fairs_ja.ts"} <= set(every)
    assert i18n.missing_catalogues("ja") == every
    loaded = i18n.setup("ja")
    assert {name.replace(".ts", ".qm") for name in every} <= set(loaded)
    assert i18n.missing_catalogues("ja") == [] and (scratch_catalogues / "app_ja.qm").exists()


def test_start_does_not_compare_times_once_every_catalogue_exists(qtbot, scratch_catalogues, monkeypatch):
    i18n.build_catalogues()
    later = time.time() + 60
    for ts in scratch_catalogues.glob("*.ts"):
        os.utime(ts, (later, later))  # every source newer than its .qm
    builds = []
    monkeypatch.setattr(i18n, "build_catalogues", lambda **kw: builds.append(kw))
    assert "app_ja.qm" in i18n.setup("ja")
    assert builds == []


def test_the_build_command_compiles_what_changed(scratch_catalogues):
    assert i18n.build_catalogues() and i18n.build_catalogues() == []
    (scratch_catalogues / "app_en.ts").touch()
    os.utime(scratch_catalogues / "app_en.ts", (time.time() + 60, time.time() + 60))
    assert [qm.name for qm in i18n.build_catalogues()] == ["app_en.qm"]
    assert len(i18n.build_catalogues(force=True)) == len(list(scratch_catalogues.glob("*.ts")))


def test_a_build_cut_short_leaves_no_catalogue_for_start_up_to_trust(scratch_catalogues, monkeypatch, tmp_path):
    # An lrelease that writes half a catalogue and fails (killed, disk full): start-up only looks for each
    # .qm, so a half-written one would be kept for good.
    script = tmp_path / "lrelease_cut_short.py"
    script.write_text("import sys\nopen(sys.argv[sys.argv.index('-qm') + 1], 'wb').write(b'<\\xb8d\\x18')\n"
                      "sys.exit(1)\n", encoding="utf-8")
    monkeypatch.setattr(i18n, "lrelease_command", lambda: [sys.executable, str(script)])
    assert i18n.build_catalogues() == []
    assert list(scratch_catalogues.glob("*.qm*")) == []
    assert i18n.missing_catalogues("ja")  # the next start builds them again
    monkeypatch.undo()
    monkeypatch.setattr(i18n, "sources_dir", lambda: scratch_catalogues)
    built = i18n.build_catalogues()
    assert built and sorted(p.name for p in scratch_catalogues.glob("*.qm*")) == sorted(p.name for p in built)


def test_python_m_ui_i18n_reports_up_to_date_catalogues():
    done = subprocess.run([sys.executable, "-m", "ui.i18n"], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr


WATCH_IMPORTS = r"""
import importlib.abc, runpy, sys, threading

HEAVY = ("sqlalchemy", "sapporo_mice.crm", "sapporo_mice.models", "alembic")

class Watch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name in HEAVY and threading.current_thread() is threading.main_thread():
            print(f"gui-thread-imported {name}", file=sys.stderr, flush=True)
        return None

sys.meta_path.insert(0, Watch())
sys.argv = ["ui", "--db", sys.argv[1], "--lang", "ja"]
runpy.run_module("ui", run_name="__main__")
"""


def test_the_gui_thread_paints_before_and_without_importing_the_core(tmp_path):
    """The core's imports (~0.6 s: SQLAlchemy, the models) happen on the worker that opens the database;
    on the GUI thread they would freeze the first paint (bench/startup.py measures the time)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "SAPPORO_MICE_HOME": str(tmp_path / "home"), "SAPPORO_MICE_STARTUP_MARK": "1"}
    url = f"sqlite:///{(tmp_path / 'start.db').as_posix()}"
    done = subprocess.run([sys.executable, "-c", WATCH_IMPORTS, url], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env=env)
    assert "startup-painted" in done.stderr, done.stderr[-3000:]
    assert "gui-thread-imported" not in done.stderr, done.stderr[-3000:]
