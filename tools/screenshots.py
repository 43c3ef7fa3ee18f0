"""Render every main view, every record editor and the main dialogs in Japanese and English.

Views and editors at 1366×768 (the common office laptop), dialogs at their own size.

Runs offscreen on a throwaway database filled with demo data. The views go to ``DIR/<area>_<lang>.png`` (the
README's screenshots), the editors and dialogs to ``DIR/editors/<name>_<lang>.png``; ``DIR/editors/`` is
emptied first, so no stale picture stays. Usage: ``python tools/screenshots.py [--out DIR] [--views-only]``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def fill(crm) -> None:
    crm.add_demo_data()


def render(out: Path, editors: bool = True) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from tools.shots import in_sapporo

    in_sapporo()
    # A throwaway home for the demo database and settings, removed after (each run left one in the temp folder).
    with tempfile.TemporaryDirectory(prefix="screenshots-", ignore_cleanup_errors=True) as home:
        os.environ["SAPPORO_MICE_HOME"] = home
        return _render(out, editors)


def _render(out: Path, editors: bool) -> list[Path]:
    from sapporo_mice.crm import Crm
    from sapporo_mice.settings import Settings
    from tools.shots import new_user_settings, settle
    from ui import i18n, style
    from ui.app import drive_collection
    from ui.context import AppContext
    from ui.jobs import JobRunner
    from ui.main_window import MainWindow
    from ui.qt import QApplication
    from ui.views import AREAS

    app = QApplication.instance() or QApplication([])
    drive_collection(app)  # collections on this thread only, as the app makes them (ui.app)
    style.apply(app)
    i18n.build_catalogues()  # a catalogue edited since its last build is rebuilt
    crm = Crm.open(None)
    fill(crm)
    crm.maintenance.auto_backup()  # today's, as the app's start makes it: Settings and Backups both show it
    settings = Settings()
    settings.set("user_name", "田中 美咲")  # a demo owner: "Mine" filters show her records
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in ("ja", "en"):
        i18n.setup(lang)
        style.set_language(app, lang)
        ctx = AppContext(new_user_settings(), JobRunner(app), lang, app, crm=crm)
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
        if editors:
            written += render_editors(out / "editors", app, ctx, lang)
    crm.close()
    return written


def _clear(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.png"):
        stale.unlink()


def _example(crm, record_type: str) -> str | None:
    """A record to show: of the first few, the one with the most fields filled in (a full form)."""
    rows = crm.service(record_type).list(limit=40)
    filled = [(sum(1 for v in row.values() if v not in (None, "", [], {}, 0)), row["id"]) for row in rows]
    return max(filled)[1] if filled else None


def render_editors(folder: Path, app, ctx, lang: str) -> list[Path]:
    """Every record type's editor on a demo record, and the main dialogs, into ``folder``."""
    from tools.shots import grab
    from ui.editors import open_editor
    from ui.editors.declarations import FORMS
    from ui.qt import QApplication

    if lang == "ja":
        _clear(folder)
    written = []

    def shot(widget, name: str, size: tuple[int, int] | None = (1366, 768)) -> None:
        path = folder / f"{name}_{lang}.png"
        grab(widget, path, app, ctx, size, linger=1.5 if name == "brief" else 0.0)  # its preview renders after
        widget.close()
        written.append(path)

    for record_type in FORMS:
        record_id = _example(ctx.crm, record_type)
        if record_id is not None:
            shot(open_editor(ctx, record_type, record_id), record_type)
    shot(open_editor(ctx, "lead"), "lead_new")
    for name, build, size in _dialogs(ctx):
        shot(build(), name, size)
    for widget in QApplication.topLevelWidgets():  # windows a dialog opened of its own
        if widget.isVisible():
            widget.close()
    return written


def _dialogs(ctx) -> list[tuple[str, object, tuple[int, int] | None]]:
    """(name, build, size) of each main dialog: size None keeps the dialog's own size."""
    from ui.backups_dialog import BackupsDialog
    from ui.briefs.dialog import BriefDialog
    from ui.duplicates import DuplicateFinder, MergeDialog
    from ui.editors.conflict import ConflictDialog, FieldConflict
    from ui.editors.quick_lead import QuickLeadDialog
    from ui.fairs.capture import BoothCaptureWindow
    from ui.io.export_dialog import ExportDialog
    from ui.io.import_wizard import ImportWizard
    from ui.search_dialog import SearchDialog
    from ui.settings_dialog import SettingsDialog
    from ui.views.talent.weights import WeightsDialog

    crm = ctx.crm
    fair = crm.fairs.choice(_example(crm, "fair"))
    bid = _example(crm, "bid")
    pair = crm.dedupe.candidates("contact", None)[:1]

    def merge():
        return MergeDialog(ctx, "contact", pair[0].left_id, pair[0].right_id)

    def brief():
        dialog = BriefDialog(ctx, "bid", bid)
        dialog.create()  # the pack written and previewed
        return dialog

    def conflict():
        record = crm.leads.get(_example(crm, "lead"))
        return ConflictDialog("lead", [FieldConflict("next_action", record["next_action"], "見積書を再送する", None),
                                       FieldConflict("follow_up_on", record["follow_up_on"], None, None)], "佐藤 健")

    def search_for(query: str):
        dialog = SearchDialog(ctx)
        dialog.query_edit.setText(query)
        dialog.run_query()  # now, not after the typing delay: grab waits for the job runner's answer
        return dialog

    dialogs = [
        ("quick_lead", lambda: QuickLeadDialog(ctx), None),
        ("search", lambda: SearchDialog(ctx), None),
        # hits of many types: fairs, bids, export cases (their second lines name countries, stages, dates)
        ("search_results", lambda: search_for("シンガポール"), (700, 560)),
        ("import_wizard", lambda: ImportWizard(ctx, "leads"), None),
        ("export", lambda: ExportDialog(ctx, "contacts"), None),
        ("duplicates", lambda: DuplicateFinder(ctx, "contact"), (1100, 640)),
        ("settings", lambda: SettingsDialog(ctx), None),
        ("backups", lambda: BackupsDialog(ctx), None),
        ("booth_capture", lambda: BoothCaptureWindow(ctx, fair), (1100, 720)),
        ("edit_conflict", conflict, None),
        ("matching_weights", lambda: WeightsDialog(ctx), None),
        ("brief", brief, None),
    ]
    if pair:
        dialogs.insert(5, ("merge", merge, (1100, 680)))
    return dialogs


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Render every main view in Japanese and English at 1366×768.")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots", help="the folder to write")
    parser.add_argument("folder", nargs="?", type=Path, help="(the same, as before)")
    parser.add_argument("--views-only", action="store_true", help="the main views only, not the editors and dialogs")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    out = args.folder or args.out
    for path in render(out, editors=not args.views_only):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
