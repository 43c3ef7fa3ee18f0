"""Render the fair screens offscreen in Japanese and English into ``docs/screenshots/fairs/``.

Builds a throwaway SQLite database with a fair, exhibitors, captured leads and a duplicate pair,
then grabs the booth capture window, the import wizard's preview, the merge dialog and the results.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tools import shots  # noqa: E402
from tools.shots import settle  # noqa: E402

shots.in_sapporo()
OUT = ROOT / "docs" / "screenshots" / "fairs"


def seed(crm):

    today = dt.datetime.now(ZoneInfo("Asia/Singapore")).date()
    fair = crm.fairs.create({"name": "Food Japan 2026", "country": "SG", "timezone": "Asia/Singapore",
                             "starts_on": today - dt.timedelta(days=1), "ends_on": today + dt.timedelta(days=1)},
                            actor="demo").id
    exhibitors = []
    for name, booth, money in (("札幌食品株式会社", "A-12", (6, 2, 3_200_000, 850_000, 900_000, 450_000)),
                               ("小樽物産合同会社", "A-14", (3, 1, 1_200_000, 0, 700_000, 350_000))):
        org = crm.organizations.create({"name": name, "country": "JP", "kind": "local_company"}, actor="demo").id
        keys = ("negotiations", "deals", "expected_sales_jpy", "actual_sales_jpy", "cost_jpy", "subsidy_jpy")
        crm.participations.create({"fair_id": fair, "organization_id": org, "booth": booth, "products": "ホタテ, 乳製品",
                                   **dict(zip(keys, money))}, actor="demo")
        exhibitors.append(org)
    visitors = [("Lim Wei Ming", "Lim Trading Pte. Ltd.", "SG", "A", "wm@lim.sg"),
                ("陳 大文", "香港貿易有限公司", "HK", "B", "chan@hktrade.hk"),
                ("Siti Rahman", "KL Fresh Mart Sdn Bhd", "MY", "A", "siti@klfresh.my"),
                ("Somchai P.", "Bangkok Foods Co., Ltd.", "TH", "C", None),
                ("Tan Ah Kow", "Tan Brothers Seafood", "SG", "B", None),
                ("王 小明", "台北食品股份有限公司", "TW", "D", None)]
    for i, (name, company, country, rating, email) in enumerate(visitors):
        crm.intake.capture(fair, {"name": name, "company": company, "country": country, "rating": rating,
                                 "email": email, "interest_organization_id": exhibitors[i % 2]}, actor="demo")
    crm.contacts.create({"latin_name": "Wei Ming LIM", "department": "Purchasing", "emails": ["WM@lim.sg"],
                         "phones": ["+65 9123 4567"], "country": "SG"}, actor="demo")
    return fair


def bad_csv(folder: Path) -> Path:
    path = folder / "organiser_leads.csv"
    path.write_text("氏名,会社名,メールアドレス,電話番号,国,Badge ID\n"
                    "山田 太郎,丸紅食料,taro@example.jp,011-222-3333,日本,B-1\n"
                    "Lim Wei Ming,Lim Trading,wm@,9123 4567,Singapore,B-2\n"
                    "Nguyen Van An,Saigon Foods,an@saigonfoods.vn,12,Vietnam,B-3\n"
                    "Lim W. M.,Lim Trading,WM@lim.sg,+65 9123 4567,Singapore,B-4\n", encoding="utf-8-sig")
    return path


def grab(widget, name: str, app, ctx) -> None:
    shots.grab(widget, OUT / name, app, ctx, size=None)


def shoot(lang: str, crm, fair: str, folder: Path, app) -> None:
    from ui import i18n, style
    from ui.context import AppContext
    from ui.fairs.capture import BoothCaptureWindow
    from ui.duplicates import MergeDialog
    from ui.io.import_wizard import ImportWizard
    from ui.fairs.results import FairResultsView
    from ui.jobs import JobRunner

    i18n.setup(lang)
    style.set_language(app, lang)
    ctx = AppContext(shots.new_user_settings(), JobRunner(), lang, crm=crm)
    capture = BoothCaptureWindow(ctx, crm.fairs.choice(fair))
    settle(app, ctx)
    for key, text in (("name", "Lim W. M."), ("company", "Lim Trading"), ("email", "wm@lim.sg"),
                      ("phone", "9123 4567"), ("title", "Purchasing Manager")):
        capture.fields[key].setText(text)
    capture.fields["rating"].setCurrentIndex(1)
    capture.fields["interest_organization_id"].setCurrentIndex(1)
    capture.check_duplicates()
    grab(capture, f"capture_{lang}.png", app, ctx)
    wizard = ImportWizard(ctx, "leads", fair)
    settle(app, ctx)
    wizard.set_file(str(bad_csv(folder)))
    settle(app, ctx)
    wizard.check()
    grab(wizard, f"import_preview_{lang}.png", app, ctx)
    contacts = {c["latin_name"]: c["id"] for c in crm.contacts.list()}
    merge = MergeDialog(ctx, "contact", contacts["Lim Wei Ming"], contacts["Wei Ming LIM"])
    grab(merge, f"merge_{lang}.png", app, ctx)
    results = FairResultsView(ctx, fair)
    grab(results, f"results_{lang}.png", app, ctx)
    for widget in (capture, wizard, merge, results):
        widget.close()


def main() -> int:
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
        fair = seed(crm)
        for lang in ("ja", "en"):
            shoot(lang, crm, fair, Path(folder), app)
        crm.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
