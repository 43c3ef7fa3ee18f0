"""Booth capture with pytest-qt: type a visitor, Enter saves and clears, counts, phone region, duplicates, errors."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtTest import QTest

from tests.ui.app_support import make_context, settle, type_text
from ui.fairs.capture import BoothCaptureWindow, open_booth_capture
from ui.qt import QApplication, Qt

# The offscreen platform cannot propagate size hints; that is not our warning.


@pytest.fixture
def fair(crm):
    today = dt.datetime.now(ZoneInfo("Asia/Singapore")).date()
    fair_id = crm.fairs.create({"name": "Food Japan", "country": "SG", "timezone": "Asia/Singapore",
                                "starts_on": today - dt.timedelta(days=1), "ends_on": today + dt.timedelta(days=1)},
                               actor="t").id
    org = crm.organizations.create({"name": "札幌食品株式会社", "country": "JP"}, actor="t").id
    crm.participations.create({"fair_id": fair_id, "organization_id": org, "booth": "A-12"}, actor="t")
    return fair_id


@pytest.fixture
def window(qtbot, crm, fair):
    ctx = make_context(crm)
    win = BoothCaptureWindow(ctx, crm.fairs.choice(fair))
    qtbot.addWidget(win)
    win.show()
    settle(qtbot, ctx)
    return win


def _type_visitor(win, name, company, email="", phone=""):
    for key, text in (("name", name), ("company", company), ("email", email), ("phone", phone)):
        win.fields[key].setFocus()
        type_text(win.fields[key], text)


def _enter(qtbot, win, field="name"):
    QTest.keyClick(win.fields[field], Qt.Key.Key_Return)
    settle(qtbot, win.ctx)


def test_enter_saves_the_visitor_clears_the_form_and_counts_up(qtbot, crm, window):
    assert window.count_label.text() == "Today: 0 · This fair: 0"
    assert window.fields["country"].currentData() == "SG"
    _type_visitor(window, "山田 太郎", "丸紅食料", "taro@example.jp", "9123 4567")
    type_text(window.fields["reading"], "やまだ たろう")
    window.fields["rating"].setCurrentIndex(window.fields["rating"].findData("A"))
    window.fields["interest_organization_id"].setCurrentIndex(1)
    _enter(qtbot, window, "phone")
    assert window.count_label.text() == "Today: 1 · This fair: 1"
    assert all(window.fields[k].text() == "" for k in ("name", "reading", "company", "email", "phone"))
    assert QApplication.focusWidget() is window.fields["name"] or not window.isActiveWindow()
    lead = crm.leads.get(window.last_saved["id"])
    assert (lead["rating"], lead["captured_tz"], lead["source"]) == ("A", "Asia/Singapore", "booth")
    assert lead["interest_organization_id"] is not None
    contact = crm.contacts.get(lead["contact_id"])
    assert (contact["family_name"], contact["given_name"], contact["family_name_kana"]) == ("山田", "太郎", "やまだ")
    assert contact["phones"][0]["e164"] == "+6591234567"


def test_the_phone_is_read_with_the_fairs_country_as_it_is_typed(qtbot, window):
    type_text(window.fields["phone"], "9123 45")
    assert window.phone_region.text() == "not a complete number yet"
    type_text(window.fields["phone"], "67")
    assert window.phone_region.text().startswith("Singapore")
    assert "+65 9123 4567" in window.phone_region.text()
    window.set_country("JP")
    window.fields["phone"].setText("011-222-3333")
    assert window.phone_region.text().startswith("Japan")


def test_a_repeat_visitor_gets_a_duplicate_warning_while_typing(qtbot, window):
    _type_visitor(window, "Lim Wei Ming", "Lim Trading", "wm@lim.sg")
    _enter(qtbot, window)
    assert not window.duplicates.isVisible()
    _type_visitor(window, "Lim W. M.", "", "WM@lim.sg")
    qtbot.waitUntil(window.duplicates.isVisible, timeout=5000)
    assert "Lim Wei Ming</a> (Lim Trading): same email" in window.duplicates.text()
    window.clear_form()
    assert not window.duplicates.isVisible()


def test_a_bad_email_shows_on_its_field_and_nothing_typed_is_lost(qtbot, crm, window):
    _type_visitor(window, "陳 大文", "香港貿易", "chan@", "9123 4567")
    _enter(qtbot, window, "email")
    assert window.problems["email"].isVisible()
    assert "chan@" in window.problems["email"].text()
    assert not window.problems["name"].isVisible()
    assert (window.fields["name"].text(), window.fields["email"].text()) == ("陳 大文", "chan@")
    assert window.count_label.text() == "Today: 0 · This fair: 0"
    assert crm.stats()["leads"] == 0
    window.fields["email"].setText("chan@hktrade.hk")
    _enter(qtbot, window, "email")
    assert not window.problems["email"].isVisible()
    assert window.count_label.text() == "Today: 1 · This fair: 1"


def test_a_business_card_photo_attaches_to_the_last_lead_with_a_thumbnail(qtbot, crm, window, tmp_path):
    from ui.qt import QColor, QPixmap

    assert not window.card_button.isEnabled()
    _type_visitor(window, "Tan Ah Kow", "Tan Bros")
    _enter(qtbot, window)
    photo = tmp_path / "card.png"
    image = QPixmap(300, 180)
    image.fill(QColor("white"))
    assert image.save(str(photo))
    window.attach_card(str(photo))
    settle(qtbot, window.ctx)

    [card] = crm.attachments.of_record("lead", window.last_saved["id"], "business_card")
    assert card.filename == "card.png"
    assert window.card_view.pixmap() is not None and not window.card_view.pixmap().isNull()


def test_capture_opens_on_the_fair_that_is_on_today(qtbot, crm, fair):
    ctx = make_context(crm)
    open_booth_capture(ctx)
    settle(qtbot, ctx)
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, BoothCaptureWindow) and w.isVisible()]
    assert [w.fair.id for w in windows] == [fair]
    for w in windows:
        w.close()


def test_the_heading_writes_the_fairs_day_and_countries_by_name_as_the_lists_do(qtbot, crm, fair):
    from sapporo_mice import formats
    from ui import i18n

    ctx = make_context(crm, lang="ja")
    i18n.setup("ja")
    try:
        win = BoothCaptureWindow(ctx, crm.fairs.choice(fair))
        qtbot.addWidget(win)
        win.show()
        settle(qtbot, ctx)
        today = dt.datetime.now(ZoneInfo("Asia/Singapore")).date()
        assert win.heading.text() == f"Food Japan · {formats.date(today, 'ja')}"  # 2026/12/01, not 2026-12-01
        country = win.fields["country"]
        names = [country.itemText(i) for i in range(country.count())]
        assert "シンガポール" in names and not [n for n in names if n.endswith(")") and n[-4] == "("]  # no (SG)
    finally:
        i18n.uninstall()


def test_outside_the_fairs_dates_a_notice_says_a_lead_is_dated_now(qtbot, crm, window):
    """Cards typed in back at the office: the capture says the leads are dated now, not during the fair."""
    from ui import i18n

    assert window.outside.isHidden()  # the fair is on
    today = dt.datetime.now(ZoneInfo("Asia/Singapore")).date()
    held = crm.fairs.create({"name": "Past Fair", "country": "SG", "timezone": "Asia/Singapore",
                             "starts_on": today - dt.timedelta(days=30), "ends_on": today - dt.timedelta(days=28)},
                            actor="t").id
    i18n.setup("ja")
    try:
        ctx = make_context(crm, lang="ja")
        win = BoothCaptureWindow(ctx, crm.fairs.choice(held))
        qtbot.addWidget(win)
        win.show()
        settle(qtbot, ctx)
        start, end = (today - dt.timedelta(days=d) for d in (30, 28))
        assert win.outside.isVisible()
        assert win.outside.text() == (f"今日は会期（{start:%Y/%m/%d} – {end:%Y/%m/%d}）外です。ここで登録するリードは、"
                                      "会期中ではなく現在の日時で記録されます。")
        # Under the heading and over the form; the window's spare height goes below them, not into the labels
        win.resize(1100, 720)
        win.layout().activate()
        assert win.heading.geometry().top() < win.outside.geometry().top() < win.fields["name"].geometry().top()
        assert win.fields["name"].geometry().top() - win.heading.geometry().top() < 100  # 170 px apart, stretched
    finally:
        i18n.uninstall()


def test_the_headings_cyrillic_fair_name_is_in_the_latin_face_and_escaped(qtbot, crm):
    # A fair in Moscow named in Russian: the Japanese face would draw 「П р о д э к с п о」 a full em a letter.
    from ui import style
    from ui.qt import QFontDatabase

    style.apply(QApplication.instance())
    today = dt.datetime.now(ZoneInfo("Europe/Moscow")).date()
    fair_id = crm.fairs.create({"name": "Продэкспо <2027> & Co", "country": "RU", "timezone": "Europe/Moscow",
                                "starts_on": today, "ends_on": today + dt.timedelta(days=2)}, actor="t").id
    ctx = make_context(crm)
    win = BoothCaptureWindow(ctx, crm.fairs.choice(fair_id))
    qtbot.addWidget(win)
    win.show()
    settle(qtbot, ctx)
    latin = style.latin_family(set(QFontDatabase.families()))
    assert win.heading.textFormat() == Qt.TextFormat.RichText
    assert win.heading.text().startswith(f"<span style=\"font-family: '{latin}'\">Продэкспо</span> &lt;2027&gt; &amp; Co · ")


@pytest.mark.parametrize(("lang", "shown"), [("en", "Sapporo Foods Co., Ltd. [A-12]"), ("ja", "札幌食品株式会社 [A-12]")])
def test_the_exhibitors_of_interest_are_named_as_the_reader_knows_them(qtbot, crm, fair, lang, shown):
    """An English booth capture names the exhibitors by the English names they keep, as the fair's results do."""
    org = crm.organizations.list(where={"name": "札幌食品株式会社"})[0]
    crm.organizations.update(org["id"], {"name_en": "Sapporo Foods Co., Ltd."}, actor="t",
                             expected_version=org["version"])
    ctx = make_context(crm, lang)
    win = BoothCaptureWindow(ctx, crm.fairs.choice(fair))
    qtbot.addWidget(win)
    settle(qtbot, ctx)
    combo = win.fields["interest_organization_id"]
    assert [combo.itemText(i) for i in range(1, combo.count())] == [shown]
    assert combo.itemData(1) == org["id"]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_field_has_its_own_alt_key_and_the_phone_field_is_as_wide_as_the_others(qtbot, crm, fair, lang):
    """Alt+E went to the email and to the exhibitor of interest, Alt+P to the phone and to the interest (both
    languages); a blank label beside the phone field made it shorter than the rest until a phone was typed."""
    import re

    from ui import i18n

    ctx = make_context(crm, lang=lang)
    i18n.setup(lang)
    try:
        win = BoothCaptureWindow(ctx, crm.fairs.choice(fair))
        qtbot.addWidget(win)
        win.resize(1100, 720)
        win.show()
        settle(qtbot, ctx)
        keys = [re.search(r"&(\w)", label)[1].lower() for label in win._labels().values()]
        assert len(keys) == len(set(keys)), keys
        assert win.fields["phone"].width() == win.fields["email"].width()
        win.fields["phone"].setText("+65 6123 4567")
        assert win.phone_region.isVisible()
    finally:
        i18n.uninstall()
