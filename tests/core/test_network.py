"""The network abroad: partner cities, fiscal-year counts for the KPI, links across areas, anniversaries,
key persons and a visit's follow-ups (on SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sapporo_mice.errors import ValidationError
from sapporo_mice.network import is_round, round_anniversaries
from sapporo_mice.services.network import clean_languages, language_list
from sapporo_mice.validation import FieldInvalid

ACTOR = "佐藤 花子"


def _city(crm, name, country, relationship="sister", **extra) -> str:
    values = {"name": name, "country": country, "relationship": relationship, **extra}
    return crm.service("partner_city").create(values, actor=ACTOR).id


def _exchange(crm, title, kind, starts_on, city_id=None, **extra) -> str:
    values = {"title": title, "kind": kind, "starts_on": starts_on, "partner_city_id": city_id, **extra}
    return crm.service("exchange").create(values, actor=ACTOR).id


# ------------------------------------------------------------------------------ partner cities
def test_a_partner_city_keeps_its_languages_as_codes_and_rejects_an_unknown_one(crm):
    saved = crm.service("partner_city").create(
        {"name": "ミュンヘン", "country": "DE", "relationship": "sister", "languages": "ドイツ語、English"}, actor=ACTOR)
    assert saved.record["languages"] == "de,en"
    assert language_list(saved.record["languages"], "ja") == "ドイツ語、英語"
    with pytest.raises(ValidationError) as caught:
        crm.service("partner_city").create({"name": "大田", "country": "KR", "relationship": "sister",
                                            "languages": "Klingonish"}, actor=ACTOR)
    assert [p.field for p in caught.value.problems] == ["languages"]
    assert "Klingonish" in caught.value.message("en")


def test_the_same_city_in_the_same_country_is_refused_but_a_namesake_abroad_is_not(crm):
    _city(crm, "ポートランド", "US")
    with pytest.raises(ValidationError) as caught:
        _city(crm, "ポートランド", "US")
    assert caught.value.problems[0].field == "name"
    _city(crm, "ポートランド", "AU", "friendship")


def test_a_since_date_in_another_year_than_the_since_year_is_refused(crm):
    with pytest.raises(ValidationError) as caught:
        _city(crm, "瀋陽", "CN", since_year=1980, since_on="1981-11-17")
    assert caught.value.problems[0].field == "since_on"
    saved = crm.service("partner_city").create({"name": "瀋陽", "country": "CN", "relationship": "sister",
                                                "since_on": "1980-11-17"}, actor=ACTOR)
    assert saved.record["since_year"] == 1980


def test_partner_cities_list_their_networks_and_their_next_round_anniversary(crm):
    portland = _city(crm, "ポートランド", "US", since_year=1959, since_on="1959-11-17")
    network = crm.service("city_network").create({"name": "世界冬の都市市長会", "kind": "city_association",
                                                  "sapporo_role": "secretariat", "sapporo_since_year": 1982},
                                                 actor=ACTOR).id
    crm.service("network_membership").create({"network_id": network, "partner_city_id": portland}, actor=ACTOR)
    cities = crm.network.partner_cities(today=dt.date(2026, 12, 2))
    assert [(c.name, c.years, c.networks) for c in cities] == [("ポートランド", 67, ["世界冬の都市市長会"])]
    assert cities[0].next_anniversary == {"nth": 70, "year": 2029, "on": dt.date(2029, 11, 17)}
    [summary] = crm.network.networks()
    assert (summary.sapporo_role, [m.name for m in summary.members]) == ("secretariat", ["ポートランド"])
    with pytest.raises(ValidationError):  # the same city twice in one network
        crm.service("network_membership").create({"network_id": network, "partner_city_id": portland}, actor=ACTOR)


# ------------------------------------------------------------------------------ counts by fiscal year
def test_exchanges_are_counted_per_partner_city_by_the_fiscal_year_they_start_in(crm):
    munich = _city(crm, "ミュンヘン", "DE")
    daejeon = _city(crm, "大田", "KR")
    _city(crm, "ノボシビルスク", "RU")  # no exchange: listed with 0
    other = _city(crm, "ヘルシンキ", "FI", "network_member")  # a fellow member with none: not listed
    first = _exchange(crm, "ミュンヘン・クリスマス市 共同開催", "cultural", "2026-04-01", munich)  # first day of FY2026
    second = _exchange(crm, "ビール文化交流", "economic", "2027-03-31", munich)  # last day of FY2026
    _exchange(crm, "前年度の交流", "cultural", "2026-03-31", munich)  # FY2025
    daejeon_one = _exchange(crm, "青少年スポーツ交流", "student_exchange", "2026-08-10", daejeon)
    gone = _exchange(crm, "取り消した交流", "cultural", "2026-09-01", daejeon)
    crm.service("exchange").delete(gone, actor=ACTOR)
    _exchange(crm, "都市を持たない事業", "technical_cooperation", "2026-06-01")
    counts = {c.name: (c.count, c.exchange_ids) for c in crm.network.exchanges_by_fiscal_year(2026)}
    assert counts == {"ミュンヘン": (2, [first, second]), "大田": (1, [daejeon_one]), "ノボシビルスク": (0, [])}
    assert [c.name for c in crm.network.exchanges_by_fiscal_year(2026)] == ["ミュンヘン", "大田", "ノボシビルスク"]
    _exchange(crm, "冬の都市会議", "official_visit", "2026-10-01", other)
    assert "ヘルシンキ" in {c.name for c in crm.network.exchanges_by_fiscal_year(2026)}
    assert {c.name: c.count for c in crm.network.exchanges_by_fiscal_year(2025)}["ミュンヘン"] == 1


def test_cooperation_projects_count_in_every_fiscal_year_they_run(crm):
    shenyang = _city(crm, "瀋陽", "CN")
    three_years = _exchange(crm, "JICA 草の根技術協力（除雪技術）", "technical_cooperation", "2025-10-01", shenyang,
                            ends_on="2028-03-31")
    trainees = _exchange(crm, "JICA 課題別研修（積雪寒冷地の都市計画）", "training_participants", "2026-05-12",
                         ends_on="2026-06-20")
    _exchange(crm, "文化交流は数えない", "cultural", "2026-05-01", shenyang)
    assert [p.id for p in crm.network.cooperation_projects(2026).projects] == [three_years, trainees]
    assert crm.network.cooperation_projects(2025).count == 1
    assert crm.network.cooperation_projects(2027).count == 1
    assert crm.network.cooperation_projects(2028).count == 0


def test_networks_joined_counts_sapporo_memberships_by_the_end_of_the_year(crm):
    crm.service("city_network").create({"name": "世界冬の都市市長会", "kind": "city_association",
                                        "sapporo_role": "secretariat", "sapporo_since_year": 1982}, actor=ACTOR)
    crm.service("city_network").create({"name": "ユネスコ創造都市ネットワーク", "kind": "un_network",
                                        "sapporo_role": "member", "sapporo_since_on": "2013-11-08"}, actor=ACTOR)
    crm.service("city_network").create({"name": "札幌が加盟していない網", "kind": "other"}, actor=ACTOR)
    assert crm.network.networks_joined(2012).count == 1
    assert crm.network.networks_joined(2013).count == 2


def test_exchanges_of_a_fiscal_year_carry_that_year(crm):
    city = _city(crm, "ミュンヘン", "DE")
    _exchange(crm, "年度初日", "cultural", "2026-04-01", city)
    _exchange(crm, "前年度末日", "cultural", "2026-03-31", city)
    rows = crm.network.exchanges(2026)
    assert [(r.title, r.fiscal_year, r.partner_city_name) for r in rows] == [("年度初日", 2026, "ミュンヘン")]
    assert len(crm.network.exchanges()) == 2


def test_exchange_and_visit_rows_carry_the_english_names_of_their_city_and_network(crm):
    # An English screen lists them by their English names, as it does the cities themselves.
    daejeon = _city(crm, "大田", "KR", name_en="Daejeon")
    wwcam = crm.service("city_network").create({"name": "世界冬の都市市長会", "name_en": "WWCAM",
                                                "kind": "city_association"}, actor=ACTOR).id
    _exchange(crm, "科学技術交流", "technical_cooperation", "2026-06-01", daejeon)
    _exchange(crm, "冬の都市会議", "cultural", "2026-07-01", network_id=wwcam)
    rows = [(r.partner_city_name, r.partner_city_name_en, r.network_name, r.network_name_en)
            for r in crm.network.exchanges(2026)]
    assert rows == [("大田", "Daejeon", None, None), (None, None, "世界冬の都市市長会", "WWCAM")]
    visits = crm.service("visit")
    visits.create({"title": "大田市長一行", "partner_city_id": daejeon, "arrives_on": "2026-12-20"}, actor=ACTOR)
    visits.create({"title": "研修団", "from_city": "台北", "arrives_on": "2026-12-21"}, actor=ACTOR)
    home = crm.network.home(today=dt.date(2026, 12, 2))
    # a place typed on the visit has no English name of its own: it is shown as typed in both languages
    assert [(v.city_name, v.city_name_en) for v in home.visits] == [("大田", "Daejeon"), ("台北", None)]


@pytest.mark.parametrize(("suffix", "office", "shown"), [
    ("_en", {"name": "大田広域市 国際協力課", "name_en": "Daejeon International Cooperation Division"},
     "Daejeon International Cooperation Division"),
    ("_ja", {"name": "Daejeon International Cooperation Division", "name_ja": "大田広域市 国際協力課"},
     "大田広域市 国際協力課"),
])
def test_every_row_naming_a_linked_company_carries_its_name_in_each_language(crm, suffix, office, shown):
    # What the editors' related lists, the network pages, the bid panels and the packs name in that language: a
    # counterpart office entered in Korean-Japanese or in English, say.
    office = crm.organizations.create({**office, "country": "KR"}, actor=ACTOR).id
    daejeon = _city(crm, "大田", "KR", name_en="Daejeon", counterpart_org_id=office, since_year=2010)
    [city] = crm.network.partner_cities()
    assert getattr(city, "counterpart_name" + suffix) == shown
    assert crm.service("partner_city").get(daejeon)["counterpart_name" + suffix] == shown
    _exchange(crm, "技術交流", "technical_cooperation", "2026-06-01", partner_org_id=office)
    [row] = crm.network.exchanges(2026)
    assert getattr(row, "partner_org_name" + suffix) == shown
    visit = crm.service("visit").create({"title": "大田市長一行", "partner_city_id": daejeon, "organization_id": office,
                                         "arrives_on": "2026-12-20"}, actor=ACTOR).id
    assert crm.service("visit").get(visit)["organization_name" + suffix] == shown
    [coming] = crm.network.home(today=dt.date(2026, 12, 2)).visits
    assert getattr(coming, "organization_name" + suffix) == shown
    guest = crm.contacts.create({"family_name": "Kim", "organization_id": office}, actor=ACTOR).id
    crm.service("participant").create({"visit_id": visit, "contact_id": guest, "side": "guest"}, actor=ACTOR)
    [person] = crm.network.key_persons()
    assert getattr(person, "organization_name" + suffix) == shown
    assert crm.contacts.get(guest)["organization_name" + suffix] == shown
    assert crm.network.key_person_history(guest).contact["organization_name" + suffix] == shown


def test_a_membership_names_its_network_and_city_in_english_and_a_company_without_one_by_its_name(crm):
    daejeon = _city(crm, "大田", "KR", name_en="Daejeon")
    wwcam = crm.service("city_network").create({"name": "世界冬の都市市長会", "name_en": "WWCAM",
                                                "kind": "city_association"}, actor=ACTOR).id
    membership = crm.service("network_membership").create({"network_id": wwcam, "partner_city_id": daejeon},
                                                           actor=ACTOR).id
    record = crm.service("network_membership").get(membership)
    assert (record["network_name"], record["network_name_en"], record["city_name"], record["city_name_en"]) \
        == ("世界冬の都市市長会", "WWCAM", "大田", "Daejeon")
    plain = crm.organizations.create({"name": "札幌食品株式会社", "country": "JP"}, actor=ACTOR).id
    local = crm.contacts.get(crm.contacts.create({"family_name": "佐藤", "organization_id": plain}, actor=ACTOR).id)
    assert (local["organization_name"], local["organization_name_en"], local["organization_name_ja"]) \
        == ("札幌食品株式会社", None, None)


# ------------------------------------------------------------------------------ links across areas
def test_a_partner_citys_page_links_companies_leads_buyers_and_students_of_its_country(crm):
    city = _city(crm, "ミュンヘン", "DE")
    company = crm.organizations.create({"name": "札幌麦酒工房", "country": "JP", "kind": "local_company"},
                                       actor=ACTOR).id
    crm.target_markets.create({"organization_id": company, "country": "DE", "priority": 1}, actor=ACTOR)
    elsewhere = crm.organizations.create({"name": "台湾だけ", "country": "JP"}, actor=ACTOR).id
    crm.target_markets.create({"organization_id": elsewhere, "country": "TW"}, actor=ACTOR)
    buyer = crm.organizations.create({"name": "Bayern Feinkost GmbH", "country": "DE", "kind": "overseas_buyer"},
                                     actor=ACTOR).id
    fair = crm.fairs.create({"name": "Anuga", "country": "DE", "timezone": "Europe/Berlin",
                             "starts_on": "2027-10-09", "ends_on": "2027-10-13"}, actor=ACTOR).id
    crm.leads.create({"title": "ホタテの引き合い", "organization_id": buyer, "fair_id": fair}, actor=ACTOR)
    crm.students.create({"display_name": "Anna Müller", "nationality": "DE"}, actor=ACTOR)
    crm.students.create({"display_name": "Kim Minji", "nationality": "KR"}, actor=ACTOR)
    links = crm.network.links(city)
    assert [r.title for r in links.companies.rows] == ["札幌麦酒工房"]
    assert [r.title for r in links.buyers.rows] == ["Bayern Feinkost GmbH"]
    assert [(r.title, r.detail) for r in links.leads.rows] == [("ホタテの引き合い", "Anuga")]
    assert [r.title for r in links.students.rows] == ["Anna Müller"]
    assert links.bids.total == 0
    assert crm.network.country_links("kr").students.total == 1


def test_links_sections_give_the_full_total_when_showing_fewer_rows(crm):
    city = _city(crm, "大田", "KR")
    for n in range(5):
        crm.students.create({"display_name": f"学生 {n}", "nationality": "KR"}, actor=ACTOR)
    links = crm.network.links(city, limit=2)
    assert (links.students.total, len(links.students.rows)) == (5, 2)


# ------------------------------------------------------------------------------ anniversaries
@given(st.integers(min_value=0, max_value=400))
def test_round_years_are_every_tenth_and_every_quarter_century(years):
    assert is_round(years) == (years >= 10 and (years % 10 == 0 or years % 25 == 0))


@given(st.integers(1900, 2030), st.integers(1, 12), st.integers(1, 28), st.integers(2026, 2040))
def test_round_anniversaries_fall_on_the_relationships_day_and_are_round(year, month, day, start_year):
    since = dt.date(year, month, day)
    start, end = dt.date(start_year, 1, 1), dt.date(start_year + 5, 12, 31)
    for nth, on_year, on in round_anniversaries(year, since, start, end):
        assert is_round(nth) and on_year - year == nth and on == since.replace(year=on_year)
        assert start <= on <= end


def test_a_leap_day_relationship_celebrates_on_the_28th_in_other_years():
    assert round_anniversaries(1996, dt.date(1996, 2, 29), dt.date(2026, 1, 1), dt.date(2026, 12, 31)) \
        == [(30, 2026, dt.date(2026, 2, 28))]


def test_anniversaries_ahead_skip_a_passed_day_and_include_networks(crm):
    _city(crm, "ミュンヘン", "DE", since_year=1972, since_on="1972-08-28")  # 55th in 2027: not round
    _city(crm, "ポートランド", "US", since_year=1959, since_on="1959-11-17")  # 70th on 2029-11-17
    _city(crm, "大田", "KR", since_year=2010, since_on="2010-11-01")  # 20th on 2030-11-01; 15th not round
    _city(crm, "ノボシビルスク", "RU", since_year=1990, since_on="1990-06-13")  # 40th 2030-06-13
    _city(crm, "過ぎた記念日", "CN", since_year=1976, since_on="1976-01-05")  # 50th was 2026-01-05: passed
    _city(crm, "年だけ", "TW", "friendship", since_year=2006)  # 20th in 2026, year only: still shown
    crm.service("city_network").create({"name": "冬の都市連合", "kind": "city_association",
                                        "sapporo_role": "secretariat", "sapporo_since_year": 1976}, actor=ACTOR)
    found = [(a.name, a.nth, a.on) for a in crm.network.anniversaries(today=dt.date(2026, 12, 2), years_ahead=4)]
    assert found == [("冬の都市連合", 50, None), ("年だけ", 20, None),
                     ("ポートランド", 70, dt.date(2029, 11, 17)),
                     ("ノボシビルスク", 40, dt.date(2030, 6, 13)), ("大田", 20, dt.date(2030, 11, 1))]


def test_home_shows_anniversaries_and_visits_ahead_but_not_cancelled_or_past_ones(crm):
    city = _city(crm, "大田", "KR", since_year=2010, since_on="2010-11-01")
    visits = crm.service("visit")
    ahead = visits.create({"title": "大田市長一行", "partner_city_id": city, "arrives_on": "2026-12-20",
                           "departs_on": "2026-12-22"}, actor=ACTOR).id
    under_way = visits.create({"title": "研修団", "arrives_on": "2026-11-30", "departs_on": "2026-12-04"},
                              actor=ACTOR).id
    visits.create({"title": "中止", "arrives_on": "2026-12-10", "status": "cancelled"}, actor=ACTOR)
    visits.create({"title": "終わった", "arrives_on": "2026-11-01", "departs_on": "2026-11-03"}, actor=ACTOR)
    visits.create({"title": "遠い先", "arrives_on": "2027-06-01"}, actor=ACTOR)
    home = crm.network.home(today=dt.date(2026, 12, 2))
    assert [v.id for v in home.visits] == [under_way, ahead]
    assert home.visits[1].city_name == "大田" and home.visits[1].status == "planned"
    assert [(a.name, a.nth) for a in home.anniversaries] == [("大田", 20)]


# ------------------------------------------------------------------------------ visits and key persons
def _person(crm, family, given, country="DE") -> str:
    return crm.contacts.create({"family_name": family, "given_name": given, "country": country,
                                "name_order": "given_first"}, actor=ACTOR).id


def test_a_key_persons_history_spans_visits_exchanges_and_activities_newest_first(crm):
    city = _city(crm, "ミュンヘン", "DE")
    mayor = _person(crm, "Reiter", "Dieter")
    visits, people = crm.service("visit"), crm.service("participant")
    old = visits.create({"title": "2019年 市長来札", "partner_city_id": city, "arrives_on": "2019-02-04"}, actor=ACTOR).id
    new = visits.create({"title": "2027年 市長来札", "partner_city_id": city, "arrives_on": "2027-02-05"}, actor=ACTOR).id
    exchange = _exchange(crm, "姉妹都市提携50周年記念事業", "official_visit", "2022-08-28", city)
    people.create({"visit_id": old, "contact_id": mayor, "role": "市長"}, actor=ACTOR)
    people.create({"visit_id": new, "contact_id": mayor, "role": "市長"}, actor=ACTOR)
    people.create({"exchange_id": exchange, "contact_id": mayor, "side": "guest"}, actor=ACTOR)
    people.create({"visit_id": new, "name": "佐藤 花子", "side": "host", "role": "国際部長"}, actor=ACTOR)
    crm.activities.create({"kind": "meeting", "subject": "オンライン会談", "occurred_at": "2024-05-01T17:00:00+09:00",
                           "record_type": "contact", "record_id": mayor}, actor=ACTOR)
    history = crm.network.key_person_history(mayor)
    assert [(e.kind, e.on.year) for e in history.entries] == [("visit", 2027), ("activity", 2024),
                                                              ("exchange", 2022), ("visit", 2019)]
    assert history.years == [2027, 2024, 2022, 2019] and history.contact["name"] == "Dieter Reiter"
    [person] = crm.network.key_persons()
    assert (person.contact_id, person.visits, person.exchanges) == (mayor, 2, 1)
    assert (person.first_on, person.last_on) == (dt.date(2019, 2, 4), dt.date(2027, 2, 5))


def test_a_participant_belongs_to_exactly_one_visit_or_exchange_and_needs_a_name(crm):
    people = crm.service("participant")
    with pytest.raises(ValidationError):
        people.create({"name": "誰か"}, actor=ACTOR)
    visit = crm.service("visit").create({"title": "来訪", "arrives_on": "2026-12-10"}, actor=ACTOR).id
    with pytest.raises(ValidationError) as caught:
        people.create({"visit_id": visit}, actor=ACTOR)
    assert caught.value.problems[0].field == "name"
    contact = _person(crm, "Kim", "Minji", "KR")
    saved = people.create({"visit_id": visit, "contact_id": contact, "side": "interpreter"}, actor=ACTOR)
    assert saved.record["name"] == "Minji Kim"


def test_a_programme_time_without_a_zone_is_sapporos_and_the_brief_shows_it_so(crm):
    city = _city(crm, "大田", "KR", languages="ko")
    visit = crm.service("visit").create({"title": "大田市代表団", "partner_city_id": city,
                                         "arrives_on": "2026-12-10", "departs_on": "2026-12-11"}, actor=ACTOR)
    assert visit.record["country"] == "KR"  # from the partner city
    item = crm.service("programme_item").create({"visit_id": visit.id, "starts_at": "2026-12-10 10:00",
                                                 "ends_at": "2026-12-10 10:30", "activity": "市長表敬",
                                                 "place": "札幌市役所 本庁舎"}, actor=ACTOR)
    assert item.record["starts_at"] == dt.datetime(2026, 12, 10, 1, 0, tzinfo=dt.UTC)
    crm.service("gift").create({"visit_id": visit.id, "direction": "received", "item": "青磁の花瓶"}, actor=ACTOR)
    brief = crm.network.visit_brief_data(visit.id)
    assert brief.programme[0]["starts_at"].hour == 10 and brief.city["languages"] == ["ko"]
    assert [g["item"] for g in brief.gifts_received] == ["青磁の花瓶"]


def test_a_programme_item_outside_the_visit_is_saved_with_a_warning(crm):
    visit = crm.service("visit").create({"title": "来訪", "arrives_on": "2026-12-10"}, actor=ACTOR).id
    saved = crm.service("programme_item").create({"visit_id": visit, "starts_at": "2026-12-12 09:00",
                                                  "activity": "雪まつり視察"}, actor=ACTOR)
    assert [w.field for w in saved.warnings] == ["starts_at"]


def test_visit_follow_ups_become_tasks_once(crm):
    visit = crm.service("visit").create({"title": "ノボシビルスク市代表団", "arrives_on": "2026-12-10",
                                         "owner": "佐藤 花子"}, actor=ACTOR).id
    crm.service("gift").create({"visit_id": visit, "direction": "received", "item": "マトリョーシカ"}, actor=ACTOR)
    crm.network.create_visit_followups(visit, actor=ACTOR, lang="ja", today=dt.date(2026, 12, 12))
    crm.network.create_visit_followups(visit, actor=ACTOR, lang="ja", today=dt.date(2026, 12, 12))
    tasks = crm.tasks.list(where={"record_type": "visit", "record_id": visit})
    assert sorted(t["title"] for t in tasks) == sorted([
        "お礼状の送付: ノボシビルスク市代表団", "訪問記録・写真の共有: ノボシビルスク市代表団",
        "受贈品の登録（市の財産として）: ノボシビルスク市代表団"])
    assert {t["assignee"] for t in tasks} == {"佐藤 花子"}


def test_languages_are_read_from_names_in_either_language_and_codes():
    assert clean_languages(["German", "ko", "中国語"]) == "de,ko,zh"
    assert clean_languages("") == ""
    with pytest.raises(FieldInvalid):
        clean_languages("xx-nonsense")


# ------------------------------------------------------------------------------ demo data
def test_the_demo_holds_sapporos_sister_cities_and_networks_marked_as_demo(crm):
    crm.add_demo_data(scale=0.05, seed=5, today=dt.date(2026, 12, 2))
    sisters = {c.name_en: c for c in crm.network.partner_cities() if c.relationship == "sister"}
    assert set(sisters) == {"Portland", "Munich", "Shenyang", "Novosibirsk", "Daejeon"}
    assert (sisters["Munich"].since_on, sisters["Portland"].since_year) == (dt.date(1972, 8, 28), 1959)  # not moved
    assert all(c.demo for c in crm.network.partner_cities())
    networks = {n.acronym: n for n in crm.network.networks()}
    assert networks["WWCAM"].sapporo_role == "secretariat" and networks["UCCN"].sapporo_designation == "メディアアーツ"
    assert all(n.demo and n.members for n in networks.values())
    assert all(sum(c.count for c in crm.network.exchanges_by_fiscal_year(fy)) > 0 for fy in (2024, 2025, 2026))
    assert crm.network.cooperation_projects(2026).count >= 2
    home = crm.network.home(today=dt.date(2026, 12, 2))
    assert home.visits and home.anniversaries
    people = crm.network.key_persons()
    assert any(p.visits >= 2 and p.exchanges >= 1 for p in people)
    brief = crm.network.visit_brief_data(next(v["id"] for v in crm.service("visit").list(limit=None)
                                              if v["status"] == "done" and "国際交流課" in v["title"]))
    assert brief.programme and brief.hosts and brief.interpreters and brief.gifts_given and brief.follow_ups


def test_indicator_counts_give_the_kpi_its_three_numbers_for_a_year(crm):
    city = _city(crm, "大田", "KR")
    network = crm.service("city_network").create({"name": "世界冬の都市市長会", "kind": "city_association",
                                                  "sapporo_role": "secretariat", "sapporo_since_year": 1982},
                                                 actor=ACTOR).id
    _exchange(crm, "都市間", "cultural", "2026-05-01", city)
    _exchange(crm, "ネットワーク会議", "official_visit", "2026-09-01", network_id=network)
    _exchange(crm, "研修", "training_participants", "2026-06-01")  # no city, no network: cooperation only
    _exchange(crm, "翌年度", "cultural", "2027-04-01", city)
    assert crm.network.indicator_counts(2026) == {"intl_cooperation_projects": 1, "city_exchanges": 2,
                                                 "networks_joined": 1}


def test_search_finds_a_partner_city_by_any_of_its_names_and_a_visit_by_its_city(crm):
    city = _city(crm, "ミュンヘン", "DE", name_en="Munich", name_local="München")
    visit = crm.service("visit").create({"title": "市長一行", "partner_city_id": city, "arrives_on": "2027-02-05"},
                                        actor=ACTOR).id
    assert city in {h.id for h in crm.search.find("München", limit=10)}
    assert city in {h.id for h in crm.search.find("Munich", limit=10)}
    assert visit in {h.id for h in crm.search.find("市長一行", limit=10)}


def test_the_visit_and_exchange_lists_filter_upcoming_and_past_in_sql(crm):
    visits = crm.service("visit")
    ahead = visits.create({"title": "先", "arrives_on": "2026-12-20"}, actor=ACTOR).id
    under_way = visits.create({"title": "滞在中", "arrives_on": "2026-11-30", "departs_on": "2026-12-03"},
                              actor=ACTOR).id
    visits.create({"title": "中止", "arrives_on": "2026-12-24", "status": "cancelled"}, actor=ACTOR)
    done = visits.create({"title": "済", "arrives_on": "2026-10-01"}, actor=ACTOR).id
    today = dt.date(2026, 12, 2)
    assert set(crm.lists.ids("visit", filter="upcoming", today=today)) == {ahead, under_way}
    assert set(crm.lists.ids("visit", filter="past", today=today)) == {done}
    running = _exchange(crm, "三年事業", "technical_cooperation", "2025-04-01", ends_on="2028-03-31")
    assert crm.lists.ids("exchange", filter="upcoming", today=today) == [running]
    assert crm.lists.ids("visit", text="滞在", today=today) == [under_way]


def test_export_supports_market_view_lists_the_countrys_partner_cities(crm):
    city = crm.service("partner_city").create({"name": "大田広域市", "name_en": "Daejeon", "country": "KR",
                                               "relationship": "sister", "since_year": 2010}, actor="t").id
    view = crm.export.market("KR")
    assert [(p["id"], p["name"]) for p in view.partner_cities] == [(city, "大田広域市")]
    assert crm.export.market("TH").partner_cities == []
