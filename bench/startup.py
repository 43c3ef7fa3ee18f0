"""Benchmark: start-up — from launching the app to its main window's first paint, on a demo database.

Each sample is a fresh process, so imports, Qt's set-up and opening the database all count. The
baseline, measured in the same run and interleaved with the app's samples, is a bare PySide6 program:
a QApplication and a QTableView over a 100k-row in-memory model, shown at the main window's size.
Goal (issue: start-up): the app paints within 1.5x the baseline.

How a sample is timed: the parent notes the wall clock just before ``subprocess.Popen``; the child
prints ``startup-painted <epoch seconds> <cpu seconds>`` on stderr from a zero timer queued at its
window's first paint event — so once that paint (children included) is done and flushed — and quits.
The sample is the child's stamp minus the parent's. The app prints that line when
``SAPPORO_MICE_STARTUP_MARK`` is set (``ui.app.mark_first_paint``); the baseline script does the same
thing itself. Everything runs on the offscreen platform, so no window manager is needed.

The database is made once per run (``demo --scale S``) in a scratch data dir, which every sample of
the app shares, as a returning user's does; one unmeasured start of each program comes first (it
warms the file cache, writes the first start's settings and compiles the modules, as any first start
does, even where ``PYTHONDONTWRITEBYTECODE`` is set).

Run: ``python -m bench.startup [--runs 5] [--scale 1] [--lang ja] [--json]``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bench.measure import Result

ROOT = Path(__file__).resolve().parent.parent
MARK = "startup-painted"
GOAL_RATIO = 1.5
TIMEOUT_S = 120

BASELINE = r"""
import sys, time
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableView

class Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 100_000

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 2

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return f"row {index.row()} column {index.column()}"
        return None

def report():
    print(f"startup-painted {time.time():.6f} {time.process_time():.6f}", file=sys.stderr, flush=True)
    QApplication.quit()

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, report)
        return False

app = QApplication(sys.argv[:1])
model = Model()
view = QTableView()
view.setModel(model)
view.resize(1200, 760)
first_paint = FirstPaint(view)
view.installEventFilter(first_paint)
view.show()
sys.exit(app.exec())
"""


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    # A returning user's start reads compiled modules: an installed app ships them, and any Python writes
    # them (__pycache__) at its first start. A machine that sets PYTHONDONTWRITEBYTECODE (this project's
    # sandboxes do) never would, and every sample would compile the app's modules again (about 40 ms); so
    # the unmeasured first start of each program writes them, as a first start does elsewhere.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(QT_QPA_PLATFORM="offscreen", SAPPORO_MICE_HOME=str(home), SAPPORO_MICE_STARTUP_MARK="1")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.setdefault("LANG", "C.UTF-8")
    return env


def app_command(db_url: str, lang: str | None) -> list[str]:
    return [sys.executable, "-m", "ui", "--db", db_url, *(["--lang", lang] if lang else [])]


def baseline_command() -> list[str]:
    return [sys.executable, "-c", BASELINE]


def sample(command: list[str], env: dict[str, str], cwd: Path = ROOT) -> dict[str, float]:
    """One fresh process: seconds from just before its launch to its first paint (stamped by the
    child), to the parent reading that line, and the child's CPU seconds at that moment."""
    started = time.time()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace")
    seen, lines = None, []
    try:
        for line in process.stderr:
            if line.startswith(MARK):
                seen = (line.split(), time.time())
                break
            lines.append(line)
        rest = process.communicate(timeout=TIMEOUT_S)[1]
    except subprocess.TimeoutExpired:
        process.kill()
        rest = process.communicate()[1]
    if seen is None:
        raise RuntimeError(f"no {MARK!r} line from {' '.join(command[:3])} …; exit {process.returncode}:\n"
                           + "".join(lines)[-3000:] + (rest or "")[-2000:])
    fields, read_at = seen
    return {"s": float(fields[1]) - started, "read_s": read_at - started, "cpu_s": float(fields[2])}


def make_demo_database(folder: Path, scale: float, env: dict[str, str]) -> str:
    url = f"sqlite:///{(folder / 'startup.db').as_posix()}"
    subprocess.run([sys.executable, "-m", "sapporo_mice", "--db", url, "demo", "--scale", str(scale)],
                   cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL, timeout=600)
    return url


def run(runs: int = 5, scale: float = 1.0, lang: str | None = "ja") -> dict[str, Any]:
    """Median seconds to first paint of the app and of the bare baseline, ``runs`` samples each."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="sapporo-mice-bench-startup-") as folder:
        env = _env(Path(folder) / "home")
        url = make_demo_database(Path(folder), scale, env)
        commands = {"app": app_command(url, lang), "baseline": baseline_command()}
        for command in commands.values():  # warm-up, not counted
            sample(command, env)
        samples: dict[str, list[dict[str, float]]] = {"app": [], "baseline": []}
        for n in range(runs):
            for name in ("baseline", "app") if n % 2 == 0 else ("app", "baseline"):
                samples[name].append(sample(commands[name], env))
    app_s = statistics.median(s["s"] for s in samples["app"])
    base_s = statistics.median(s["s"] for s in samples["baseline"])
    return {
        "runs": runs, "scale": scale, "lang": lang or "settings",
        "app_ms": round(app_s * 1000, 1), "baseline_ms": round(base_s * 1000, 1),
        "ratio": round(app_s / base_s, 2),
        "app_samples_ms": [round(s["s"] * 1000, 1) for s in samples["app"]],
        "baseline_samples_ms": [round(s["s"] * 1000, 1) for s in samples["baseline"]],
        "app_cpu_ms": round(statistics.median(s["cpu_s"] for s in samples["app"]) * 1000, 1),
        "baseline_cpu_ms": round(statistics.median(s["cpu_s"] for s in samples["baseline"]) * 1000, 1),
        "app_read_ms": round(statistics.median(s["read_s"] for s in samples["app"]) * 1000, 1),
        "goal_ratio": GOAL_RATIO,
    }


def result(runs: int = 5, scale: float | None = None) -> Result:
    """The figures as a bench Result: the app's median time to first paint against the bare window's."""
    from bench.measure import Result

    figures = run(runs, scale or 1.0)
    ratio = figures["app_ms"] / figures["baseline_ms"]
    return Result("startup", "ms", figures["app_ms"], figures["baseline_ms"], ratio,
                  f"<= {GOAL_RATIO}x baseline", ratio <= GOAL_RATIO, details=figures)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="samples of each program (default 5)")
    parser.add_argument("--scale", type=float, default=1.0, help="demo data scale (default 1)")
    parser.add_argument("--lang", choices=("ja", "en"), default="ja", help="the app's language (default ja)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    figures = run(args.runs, args.scale, args.lang)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:22} {value}")
    return 0 if figures["ratio"] <= GOAL_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
