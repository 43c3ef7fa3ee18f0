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
                                    "期限切れのものはリード一覧の「フォローアップ期限切れ」ですべて表示できます。")
        for lead in crm.leads.list(limit=None)[:10]:
            crm.leads.delete(lead["id"], actor="t")
        home.load()
        settle(qtbot, ctx)
        assert card.count.text() == "15" and not card.more.isVisible()  # all shown: nothing to say
    finally:
        i18n.uninstall()


def test_the_follow_ups_last_column_says_how_far_each_follow_up_is_not_that_it_is_a_lead(qtbot, crm):
    # It said リード on every row but the overdue ones, which said 期限切れ, under the header 種類.
    today = dt.date.today()
    for title, days in (("late", -3), ("today", 0), ("soon", 2), ("tomorrow", 1)):
        crm.leads.create({"title": title, "follow_up_on": today + dt.timedelta(days=days)}, actor="t")
    for lang, expected in (("ja", (["日付", "リード", "期限"], ["3 日超過", "今日", "あと 1 日", "あと 2 日"])),
                           ("en", (["Date", "Lead", "Due"], ["3 days overdue", "Today", "In 1 day", "In 2 days"]))):
        i18n.setup(lang)
        try:
            ctx = make_context(crm, lang=lang)
            home = HomeView(ctx)
            qtbot.addWidget(home)
            home.show()
            settle(qtbot, ctx)
            tree = home.sections["follow_ups"].tree
            header = tree.headerItem()
            rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
            assert ([header.text(c) for c in range(3)], [r.text(2) for r in rows]) == expected
        finally:
            i18n.uninstall()
