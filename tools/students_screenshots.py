"""Render the talent screens offscreen in Japanese and English into ``docs/screenshots/students/``:
an opening's suggestions with their reasons, a student's form and privacy tab, a match's reasons, the
match board and the retention purge, on the demo data."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots" / "students"


def settle(app, ctx):
    for _ in range(400):
        app.processEvents()
        if not ctx.jobs.active:
            app.processEvents()
            time.sleep(0.03)
            app.processEvents()
            if not ctx.jobs.active:
                return
        time.sleep(0.03)


def grab(widget, name: str, app, ctx) -> None:
    widget.resize(1366, 768)
    widget.show()
    settle(app, ctx)
    widget.grab().save(str(OUT / name))


def _tab(editor, index_from_end: int):
    editor.tabs.setCurrentIndex(editor.tabs.count() - index_from_end)


def shoot(lang: str, crm, app) -> None:
    from sapporo_mice.settings import Settings
    from ui import i18n
    from ui.context import AppContext
    from ui.editors import open_editor
    from ui.jobs import JobRunner
    from ui.views.matches import MatchesView
    from ui.views.talent import TalentView

    i18n.setup(lang)
    ctx = AppContext(Settings(), JobRunner(), lang, crm=crm)
    openings = crm.openings.list(limit=None)
    opening = max(openings, key=lambda o: len(crm.matching.for_opening(o["id"], top=30)))
    editor = open_editor(ctx, "opening", opening["id"])
    settle(app, ctx)
    _tab(editor, 2)  # Suggestions (History is last)
    grab(editor, f"opening_suggestions_{lang}.png", app, ctx)
    editor.view = None
    students = crm.students.list(limit=None)
    student = next(s for s in students if not s["consent_share_with_companies"])
    editor = open_editor(ctx, "student", student["id"])
    grab(editor, f"student_form_{lang}.png", app, ctx)
    _tab(editor, 2)  # Privacy
    grab(editor, f"student_privacy_{lang}.png", app, ctx)
    match = crm.matches.list(limit=None)[0]
    editor = open_editor(ctx, "match", match["id"])
    settle(app, ctx)
    _tab(editor, 2)  # Reasons
    grab(editor, f"match_reasons_{lang}.png", app, ctx)
    view = MatchesView(ctx)
    grab(view, f"match_board_{lang}.png", app, ctx)
    talent = TalentView(ctx)
    talent.resize(1366, 768)
    talent.show()
    dialog = talent.open_purge()
    grab(dialog, f"purge_{lang}.png", app, ctx)


def main() -> int:
    from sapporo_mice import demo
    from sapporo_mice.crm import Crm
    from ui import style
    from ui.qt import QApplication

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["SAPPORO_MICE_HOME"] = folder
        app = QApplication.instance() or QApplication([])
        style.apply(app)
        crm = Crm.open(f"sqlite:///{folder}/shots.db")
        demo.generate(crm.store, scale=0.2, seed=7, actor="demo")
        for lang in ("ja", "en"):
            shoot(lang, crm, app)
        crm.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
