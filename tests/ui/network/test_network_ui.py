"""The network screens: the view's lists and tabs, a partner city's page with its links, a key person's
history, the counts by fiscal year, Home's panel, the languages widget and a visit's child records."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ui.app_support import make_context, settle
from ui.network.home_panel import NetworkHomeCards
from ui.network.pages import CityPage, FiscalYearPanel, KeyPersonPage, KeyPersonsPanel
from ui.network.widgets import LanguagesWidget
from ui.qt import QWidget

ACTOR = "佐藤 花子"


@pytest.fixture
def world(crm):
    cities = crm.service("partner_city")
    munich = cities.create({"name": "ミュンヘン", "name_en": "Munich", "country": "DE", "relationship": "sister",
                            "since_year": 1972, "since_on": "1972-08-28", "languages": "de"}, actor=ACTOR).id
    contact = crm.contacts.create({"family_name": "Hofmann", "given_name": "Katrin", "country": "DE",
                                   "name_order": "given_first"}, actor=ACTOR).id
    today = dt.date.today()
    visit = crm.service("visit").create({"title": "ミュンヘン市 訪問団", "partner_city_id": munich,
                                         "arrives_on": (today + dt.timedelta(days=10)).isoformat()}, actor=ACTOR).id
    crm.service("participant").create({"visit_id": visit, "contact_id": contact, "role": "団長"}, actor=ACTOR)
    from sapporo_mice import fiscal

    year = fiscal.current()
    crm.service("exchange").create({"title": "ビール文化交流", "kind": "economic", "partner_city_id": munich,
                                    "starts_on": fiscal.first_day(year).isoformat()}, actor=ACTOR)
    crm.service("exchange").create({"title": "JICA 研修", "kind": "training_participants",
                                    "starts_on": fiscal.first_day(year).isoformat()}, actor=ACTOR)
    company = crm.organizations.create({"name": "札幌麦酒工房", "country": "JP", "kind": "local_company"},
                                       actor=ACTOR).id
    crm.target_markets.create({"organization_id": company, "country": "DE"}, actor=ACTOR)
    crm.students.create({"display_name": "Anna Müller", "nationality": "DE"}, actor=ACTOR)
    return {"munich": munich, "contact": contact, "visit": visit, "year": year}


def test_a_city_page_shows_the_relationship_exchanges_visits_and_the_countrys_records(qtbot, qtmodeltester, crm,
                                                                                      world):
    ctx = make_context(crm)
    page = CityPage(ctx, world["munich"])
    qtbot.addWidget(page)
    settle(qtbot, ctx)
    text = page.heading.text()
    assert text.startswith("<h2>Munich ") and "Sister city" in text and "German" in text and "60th" in text
    assert [r.title for r in page.exchanges.rows] == ["ビール文化交流"]
    assert [v["title"] for v in page.visits.rows] == ["ミュンヘン市 訪問団"]
    assert [r.title for r in page.links["companies"][1].rows] == ["札幌麦酒工房"]
    assert [r.title for r in page.links["students"][1].rows] == ["Anna Müller"]
    assert page.links["students"][0].title().endswith("(1)")
    for model in (page.exchanges, page.visits, page.links["companies"][1]):
        qtmodeltester.check(model)
    with qtbot.waitSignal(ctx.open_record) as opened:
        page._open(page.links["students"][1], page.links["students"][1].index(0, 0), None)
    assert opened.args[0] == "student"


def test_a_key_persons_page_lists_their_visits_and_the_key_persons_list_finds_them(qtbot, crm, world):
    ctx = make_context(crm)
    page = KeyPersonPage(ctx, world["contact"])
    qtbot.addWidget(page)
    settle(qtbot, ctx)
    assert "Katrin Hofmann" in page.heading.text() and "1 visit and 0 exchanges since" in page.heading.text()
    assert [(e.kind, e.title) for e in page.model.rows] == [("visit", "ミュンヘン市 訪問団")]
    panel = KeyPersonsPanel(ctx)
    qtbot.addWidget(panel)
    panel.reload()
    settle(qtbot, ctx)
    assert panel.model.keys == [world["contact"]]


def test_the_fiscal_year_panel_counts_exchanges_by_city_and_cooperation_projects(qtbot, qtmodeltester, crm, world):
    ctx = make_context(crm)
    panel = FiscalYearPanel(ctx)
    qtbot.addWidget(panel)
    panel.year.setCurrentIndex(panel.year.findData(world["year"]))
    panel.reload()
    settle(qtbot, ctx)
    assert [(c.name, c.count) for c in panel.cities.rows] == [("ミュンヘン", 1)]
    assert [p.title for p in panel.projects.rows] == ["JICA 研修"]
    assert panel.summary.text().startswith("1 city-to-city exchange · 1 cooperation project · Sapporo in ")
    qtmodeltester.check(panel.cities)
    qtmodeltester.check(panel.projects)


def test_home_shows_the_visit_arriving_and_the_next_anniversary(qtbot, crm, world):
    crm.service("partner_city").create({"name": "年だけ", "country": "TW", "relationship": "friendship",
                                        "since_year": dt.date.today().year - 20}, actor=ACTOR)
    ctx = make_context(crm)
    home = QWidget()
    qtbot.addWidget(home)
    panel = NetworkHomeCards(ctx, home)
    panel.reload()
    settle(qtbot, ctx)
    assert panel.visits.tree.topLevelItem(0).text(1).startswith("ミュンヘン市 訪問団")
    assert panel.visits.tree.topLevelItem(0).text(2) == "Munich"  # where it comes from, by its English name
    assert panel.visits.count.text() == str(panel.visits.tree.topLevelItemCount())
    tree = panel.anniversaries.tree
    anniversaries = [tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())]
    assert "20th anniversary" in anniversaries


def test_the_languages_widget_shows_names_and_gives_codes(qtbot):
    widget = LanguagesWidget("ja")
    qtbot.addWidget(widget)
    widget.set_value("de,en")
    assert [line.combo.currentText() for line in widget.lines] == ["ドイツ語", "英語"]
    assert widget.raw() == ["de", "en"]
    widget.add_line()  # an empty line is ignored, not an error
    assert widget.raw() == ["de", "en"]


def test_the_network_view_has_its_lists_and_pages_and_a_visit_editor_adds_programme_lines(qtbot, crm, world):
    from ui.editors.editor import RecordEditor
    from ui.views.network import NetworkView

    ctx = make_context(crm)
    view = NetworkView(ctx)
    qtbot.addWidget(view)
    view.show_type("programme_item")
    assert view.currentWidget() is view.lists["visit"]
    assert any(a.shortcut().toString() == "Ctrl+Shift+F" for a in view.record_actions())
    editor = RecordEditor(ctx, "visit", world["visit"])
    qtbot.addWidget(editor)
    settle(qtbot, ctx)
    programme = next(p for p in editor.related if p.child_type == "programme_item")
    child = programme.add()
    qtbot.addWidget(child)
    assert child.record_type == "programme_item" and child.form.rows["visit_id"].widget.raw() == world["visit"]
    assert child.form.rows["visit_id"].widget.line.text() == "ミュンヘン市 訪問団"
    child.form.rows["activity"].widget.set_value("市長表敬")
    child.form.rows["starts_at"].widget.set_value(dt.datetime.combine(
        dt.date.today() + dt.timedelta(days=10), dt.time(10, 0)).astimezone())
    child.save()
    settle(qtbot, ctx)
    [line] = crm.service("programme_item").list(where={"visit_id": world["visit"]})
    assert line["activity"] == "市長表敬"


def test_a_city_pages_cyrillic_names_are_in_the_latin_face_and_the_rest_escaped(qtbot, crm):
    # The Japanese face draws Cyrillic a full em a letter: the page read 「Н о в о с и б и р с к」.
    from ui import style
    from ui.qt import QApplication, QFontDatabase

    style.apply(QApplication.instance())
    office = crm.organizations.create({"name": "Мэрия & <Co>", "country": "RU"}, actor=ACTOR).id
    city = crm.service("partner_city").create({"name": "ノボシビルスク", "name_en": "Novosibirsk",
                                               "name_local": "Новосибирск", "country": "RU", "relationship": "sister",
                                               "counterpart_org_id": office}, actor=ACTOR).id
    ctx = make_context(crm, lang="ja")
    page = CityPage(ctx, city)
    qtbot.addWidget(page)
    settle(qtbot, ctx)
    latin = style.latin_family(set(QFontDatabase.families()))
    text = page.heading.text()
    assert f"<small><span style=\"font-family: '{latin}'\">Новосибирск</span></small>" in text
    assert f"<span style=\"font-family: '{latin}'\">Мэрия</span> &amp; &lt;Co&gt;" in text
    assert "<h2>ノボシビルスク " in text
    in_english = make_context(crm, lang="en")
    english = CityPage(in_english, city)
    qtbot.addWidget(english)
    settle(qtbot, in_english)
    assert english.heading.text().startswith(f"<h2>Novosibirsk <small><span style=\"font-family: '{latin}'\">Новосибирск")
