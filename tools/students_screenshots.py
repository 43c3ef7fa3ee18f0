"""Render the talent screens offscreen in Japanese and English into ``docs/screenshots/students/``:
an opening's suggestions with their reasons, a student's form and privacy tab, a match's reasons, the
match board, the retention purge, the office's matching weights, a student's profile sheet from Brief…, and
the KPI card of foreign workers with the hires beside it, on the demo data."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tools import shots  # noqa: E402
from tools.shots import settle  # noqa: E402

shots.in_sapporo()
OUT = ROOT / "docs" / "screenshots" / "students"


def grab(widget, name: str, app, ctx) -> None:
    shots.grab(widget, OUT / name, app, ctx)


def _tab(editor, title: str) -> None:
    """Show the editor's tab called ``title`` (the areas' tabs come from one registry, in its order)."""
    from ui.editors.extra_tabs import tab_title

    panel = next(p for p in editor.extra if tab_title(p) == title)
    editor.tabs.setCurrentWidget(panel)


def shoot(lang: str, crm, app) -> None:
    from ui import i18n, style
    from ui.context import AppContext
    from ui.editors import open_editor
    from ui.jobs import JobRunner
    from ui.qt import QCoreApplication
    from ui.views.matches import MatchesView
    from ui.views.talent import TalentView

    def tabs(text: str) -> str:
        return QCoreApplication.translate("TalentTabs", text)

    i18n.setup(lang)
    style.set_language(app, lang)
    ctx = AppContext(shots.new_user_settings(), JobRunner(), lang, crm=crm)
    openings = crm.openings.list(limit=None)
    opening = max(openings, key=lambda o: len(crm.matching.for_opening(o["id"], top=30)))
    editor = open_editor(ctx, "opening", opening["id"])
    settle(app, ctx)
    _tab(editor, tabs("Suggestions"))
    grab(editor, f"opening_suggestions_{lang}.png", app, ctx)
    students = crm.students.list(limit=None)
    student = next(s for s in students if not s["consent_share_with_companies"])
    editor = open_editor(ctx, "student", student["id"])
    grab(editor, f"student_form_{lang}.png", app, ctx)
    _tab(editor, tabs("Privacy"))
    grab(editor, f"student_privacy_{lang}.png", app, ctx)
    match = crm.matches.list(limit=None)[0]
    editor = open_editor(ctx, "match", match["id"])
    settle(app, ctx)
    _tab(editor, tabs("Reasons"))
    grab(editor, f"match_reasons_{lang}.png", app, ctx)
    view = MatchesView(ctx)
    grab(view, f"match_board_{lang}.png", app, ctx)
    talent = TalentView(ctx)
    grab(talent, f"students_list_{lang}.png", app, ctx)
    dialog = talent.open_purge()
    grab(dialog, f"purge_{lang}.png", app, ctx)
    dialog.close()
    weights = talent.open_weights()
    settle(app, ctx)
    weights.resize(900, 460)
    weights.show()
    settle(app, ctx)
    weights.grab().save(str(OUT / f"weights_{lang}.png"))
    weights.close()
    shoot_brief(lang, ctx, crm, app)
    shoot_kpi(lang, ctx, crm, app)


def shoot_brief(lang: str, ctx, crm, app) -> None:
    """Brief… in a student's window (sharing consent given): the profile sheet for a company, previewed."""
    from ui.briefs.dialog import BriefDialog
    from ui.editors import open_editor

    shared = next(s["id"] for s in crm.students.list(limit=None) if crm.privacy.sharing_allowed(s["id"]))
    editor = open_editor(ctx, "student", shared)
    grab(editor, f"student_brief_button_{lang}.png", app, ctx)
    editor.brief_button.click()
    dialog = next(d for d in editor.findChildren(BriefDialog))
    dialog.create_button.click()
    settle(app, ctx)
    grab(dialog, f"student_brief_{lang}.png", app, ctx)
    dialog.close()
    editor.close()


def shoot_kpi(lang: str, ctx, crm, app) -> None:
    """外国人就業者数: the entered figure with the city's hires beside it, and its drill-down."""
    from sapporo_mice import fiscal
    from ui.views.kpi import KpiView

    def shown(year: int) -> tuple[float, bool]:  # the year with the most hires, preferring one with a figure
        row = crm.kpi.value("P5_FOREIGN_WORKERS", year, years=1)
        return row.contribution or 0, row.actual is not None

    year = max(range(fiscal.current() - 2, fiscal.current() + 1), key=shown)
    view = KpiView(ctx)
    view.resize(1366, 768)
    view.show()
    view.year.setCurrentIndex(view.year.findData(year))
    settle(app, ctx)
    for _ in range(200):
        app.processEvents()
        if not view.building and "P5_FOREIGN_WORKERS" in view.cards:
            break
    card = view.cards["P5_FOREIGN_WORKERS"]
    app.processEvents()
    view.scroll.verticalScrollBar().setValue(card.parentWidget().y())  # the pillar's box at the top
    settle(app, ctx)
    view.grab().save(str(OUT / f"kpi_foreign_workers_{lang}.png"))
    dialog = view.open_records("P5_FOREIGN_WORKERS")
    grab(dialog, f"kpi_foreign_workers_hires_{lang}.png", app, ctx)
    dialog.close()
    view.close()


def main() -> int:
    from sapporo_mice import demo
    from sapporo_mice.crm import Crm
    from ui import style
    from ui.app import drive_collection
    from ui.qt import QApplication

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["SAPPORO_MICE_HOME"] = folder
        app = QApplication.instance() or QApplication([])
        drive_collection(app)  # collections on this thread only, as the app makes them (ui.app)
        style.apply(app)
        crm = Crm.open(f"sqlite:///{folder}/shots.db")
        demo.generate(crm.store, scale=0.2, seed=7, actor="demo")
        for lang in ("ja", "en"):
            shoot(lang, crm, app)
        crm.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
