"""Render every main view in Japanese and English into ``docs/screenshots/`` (for the README).

Runs offscreen on a throwaway database filled with demo data (``sapporo_mice.demo`` when present,
else a small built-in sample). Usage: ``python tools/screenshots.py [--out DIR]``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def fill(crm) -> None:
    crm.add_demo_data()


def render(out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["SAPPORO_MICE_HOME"] = tempfile.mkdtemp(prefix="screenshots-")
    from sapporo_mice.crm import Crm
    from sapporo_mice.settings import Settings
    from ui import i18n, style
    from ui.context import AppContext
    from ui.jobs import JobRunner
    from ui.main_window import MainWindow
    from ui.qt import QApplication
    from ui.views import AREAS

    app = QApplication.instance() or QApplication([])
    style.apply(app)
    crm = Crm.open(None)
    fill(crm)
    settings = Settings()
    settings.set("user_name", "田中 美咲")  # a demo owner: "Mine" filters show her records
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in ("ja", "en"):
        i18n.setup(lang)
        ctx = AppContext(settings, JobRunner(app), lang, app, crm=crm)
        window = MainWindow(ctx)
        window.resize(1366, 768)  # the common office laptop
        window.show()
        for area in AREAS:
            window.show_area(area.key)
            settle(app, ctx)
            path = out / f"{area.key}_{lang}.png"
            window.grab().save(str(path))
            written.append(path)
        window.close()
    crm.close()
    return written


def settle(app, ctx) -> None:
    for _ in range(40):
        app.processEvents()
        ctx.jobs.wait(200)
        time.sleep(0.01)
    app.processEvents()


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Render every main view in Japanese and English at 1366×768.")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots", help="the folder to write")
    parser.add_argument("folder", nargs="?", type=Path, help="(the same, as before)")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    out = args.folder or args.out
    for path in render(out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
