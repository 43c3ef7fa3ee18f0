"""Render every main view in Japanese and English into ``docs/screenshots/`` (for the README).

Runs offscreen on a throwaway database filled with demo data (``sapporo_mice.demo`` when present,
else a small built-in sample). Usage: ``python tools/screenshots.py [OUT_DIR]``.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def sample(crm) -> None:
    """A few realistic records in both scripts, when the demo generator is not available."""
    today, actor = dt.date.today(), "田中"
    org = crm.organizations.create({"name": "札幌グルメフーズ株式会社", "name_en": "Sapporo Gourmet Foods",
                                    "kind": "local_company", "country": "JP", "industry": "食品"}, actor=actor).id
    buyer = crm.organizations.create({"name": "Lion City Imports Pte. Ltd.", "kind": "overseas_buyer",
                                      "country": "SG", "industry": "Food import"}, actor=actor).id
    crm.contacts.create({"family_name": "佐藤", "given_name": "花子", "family_name_kana": "さとう",
                         "given_name_kana": "はなこ", "organization_id": org, "title": "海外営業部長",
                         "emails": ["hanako.sato@example.jp"], "phones": ["011-211-2000"]}, actor=actor)
    crm.contacts.create({"latin_name": "Tan Wei Ming", "country": "SG", "organization_id": buyer,
                         "title": "Purchasing Manager", "emails": ["weiming@example.sg"], "phones": ["+65 6123 4567"]},
                        actor=actor)
    fair = crm.fairs.create({"name": "FHA-Food & Beverage 2027", "name_ja": "FHA シンガポール 2027", "city": "Singapore",
                             "country": "SG", "timezone": "Asia/Singapore", "starts_on": today + dt.timedelta(days=20),
                             "ends_on": today + dt.timedelta(days=23), "sector": "食品", "budget_jpy": 4_800_000},
                            actor=actor).id
    for title, status, days in (("北海道産ホタテの輸入相談", "negotiating", -2), ("ラーメンスープの試食依頼", "new", 3),
                                ("Halal certified snacks inquiry", "contacted", 10)):
        crm.leads.create({"title": title, "status": status, "organization_id": buyer, "fair_id": fair, "owner": actor,
                          "follow_up_on": today + dt.timedelta(days=days), "rating": "A"}, actor=actor)
    crm.bids.create({"name": "Asia-Pacific Congress of Cardiology 2030", "stage": "proposal", "edition_year": 2030,
                     "bid_deadline": today + dt.timedelta(days=14), "probability": 40,
                     "delegates_international": 1200, "owner": actor}, actor=actor)
    crm.tasks.create({"title": "FHA 出展企業説明会の案内を送る", "due_on": today + dt.timedelta(days=1), "assignee": actor},
                     actor=actor)
    uni = crm.organizations.create({"name": "北海道大学", "kind": "university", "country": "JP"}, actor=actor).id
    crm.students.create({"display_name": "グエン・ティ・ラン", "latin_name": "Nguyen Thi Lan", "nationality": "VN",
                         "university_id": uni, "degree": "master", "graduation_year": 2027, "jlpt": "N2"}, actor=actor)
    crm.openings.create({"organization_id": org, "title": "海外営業（英語・ベトナム語）", "kind": "new_graduate",
                         "location": "札幌市", "headcount": 2}, actor=actor)


def fill(crm) -> None:
    try:
        from sapporo_mice import demo
    except ImportError:
        sample(crm)
        return
    demo.generate(crm)


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
    settings.set("user_name", "田中")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in ("ja", "en"):
        i18n.setup(lang)
        ctx = AppContext(crm, settings, JobRunner(app), lang, app)
        window = MainWindow(ctx)
        window.resize(1280, 800)
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
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else ROOT / "docs" / "screenshots"
    for path in render(out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
