"""Render the bid screens this area changed, offscreen in Japanese and English, into ``docs/screenshots/bids/``:
a bid's key persons and its activities (with their participants), a site inspection's participants, a meeting
series' key persons, and the office's impact parameters and stage probabilities (Settings), on the demo data."""

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
OUT = ROOT / "docs" / "screenshots" / "bids"


def grab(widget, name: str, app, ctx) -> None:
    shots.grab(widget, OUT / name, app, ctx)


def _tab(editor, cls) -> None:
    editor.tabs.setCurrentWidget(next(p for p in editor.extra if isinstance(p, cls)))


def shoot(lang: str, crm, app) -> None:
    from ui import i18n, style
    from ui.context import AppContext
    from ui.editors import open_editor
    from ui.editors.linked import ActivitiesPanel
    from ui.jobs import JobRunner
    from ui.views.bids.key_persons import KeyPersonsPanel
    from ui.views.bids.parameters import ParametersDialog
    from ui.views.bids.participants import ParticipantsPanel

    i18n.setup(lang)
    style.set_language(app, lang)
    ctx = AppContext(shots.new_user_settings(), JobRunner(), lang, crm=crm)
    bid = next(b for b in crm.bids.list(where={"stage": "presentation"}, limit=None) if len(b["key_persons"]) > 1)
    editor = open_editor(ctx, "bid", bid["id"])
    settle(app, ctx)
    _tab(editor, KeyPersonsPanel)
    grab(editor, f"bid_key_persons_{lang}.png", app, ctx)
    editor.tabs.setCurrentWidget(next(p for p in editor.linked if isinstance(p, ActivitiesPanel)))
    grab(editor, f"bid_activities_{lang}.png", app, ctx)
    visit = next(a for a in crm.activities.for_record("bid", bid["id"]) if a["kind"] == "site_inspection")
    editor = open_editor(ctx, "activity", visit["id"])
    settle(app, ctx)
    _tab(editor, ParticipantsPanel)
    grab(editor, f"site_inspection_participants_{lang}.png", app, ctx)
    editor = open_editor(ctx, "meeting_series", bid["series_id"])
    settle(app, ctx)
    _tab(editor, KeyPersonsPanel)
    grab(editor, f"series_key_persons_{lang}.png", app, ctx)
    dialog = ParametersDialog(ctx)
    grab(dialog, f"settings_parameters_{lang}.png", app, ctx)
    dialog.close()


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
        crm.shared_settings.put("impact_defaults", {"ripple_multiplier": 2.0}, actor="田中 美咲")
        for lang in ("ja", "en"):
            shoot(lang, crm, app)
        crm.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
