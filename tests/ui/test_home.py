"""Home: the follow-ups card shows the latest due and says how many older overdue ones it leaves out."""

from __future__ import annotations

import datetime as dt

from tests.ui.app_support import make_context, settle
from ui import i18n
from ui.views.home import HomeView


def test_the_follow_ups_card_says_how_many_older_overdue_follow_ups_it_leaves_to_the_leads_list(qtbot, crm):
    today = dt.date.today()
    for days in range(1, 26):  # 25 overdue: the card shows the latest 20
        crm.leads.create({"title": f"lead {days}", "follow_up_on": today - dt.timedelta(days=days)}, actor="t")
    i18n.setup("ja")
    try:
        ctx = make_context(crm, lang="ja")
        home = HomeView(ctx)
        qtbot.addWidget(home)
        home.show()
        settle(qtbot, ctx)
        card = home.sections["follow_ups"]
        assert card.tree.topLevelItemCount() == 20 and card.count.text() == "25"
        assert card.more.isVisible()
        assert card.more.text() == ("ほかに、より前の日付のフォローアップが 5 件あります。"
                                    "期限切れのものはリード一覧の「フォロー期限切れ」ですべて表示できます。")
        for lead in crm.leads.list(limit=None)[:10]:
            crm.leads.delete(lead["id"], actor="t")
        home.load()
        settle(qtbot, ctx)
        assert card.count.text() == "15" and not card.more.isVisible()  # all shown: nothing to say
    finally:
        i18n.uninstall()
