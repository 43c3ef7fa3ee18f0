"""List queries: SQL filtering and sorting, row windows, saved filters, bulk actions with undo."""

from __future__ import annotations

import datetime as dt

import pytest

from sapporo_mice.lists import columns, filters, queries

ACTOR = "tanaka"
TODAY = dt.date(2026, 6, 15)


@pytest.fixture
def people(crm):
    org = crm.organizations.create({"name": "札幌食品株式会社", "name_kana": "さっぽろしょくひん"}, actor=ACTOR).id
    specs = [
        {"family_name": "佐藤", "given_name": "花子", "family_name_kana": "さとう", "given_name_kana": "はなこ",
         "organization_id": org, "emails": ["hanako@example.jp"], "phones": ["011-211-2000"]},
        {"family_name": "阿部", "given_name": "一郎", "family_name_kana": "あべ", "given_name_kana": "いちろう"},
        {"latin_name": "Chen Wei", "country": "SG", "emails": ["wei@example.sg"]},
    ]
    return org, [crm.contacts.create(s, actor=ACTOR).id for s in specs]


def test_contacts_sort_by_reading_in_both_directions(crm, people):
    _, (sato, abe, chen) = people
    ascending = crm.lists.ids("contact", order_by="display_name")
    assert ascending.index(abe) < ascending.index(sato)
    descending = crm.lists.ids("contact", order_by="display_name", descending=True)
    assert descending == list(reversed(ascending))


def test_text_filter_finds_two_character_japanese_term(crm, people):
    org, (sato, abe, chen) = people
    crm.contacts.update(abe, {"department": "札幌営業所"}, actor=ACTOR)
    assert set(crm.lists.ids("contact", text="佐藤")) == {sato}
    assert crm.lists.ids("contact", text="chen") == [chen]


def test_sorting_by_joined_column_puts_missing_values_last(crm, people):
    _, (sato, abe, chen) = people
    ids = crm.lists.ids("contact", order_by="organization")
    assert ids[0] == sato
    ids = crm.lists.ids("contact", order_by="organization", descending=True)
    assert ids[0] == sato


def test_fetch_rows_returns_joined_display_columns(crm, people):
    org, (sato, abe, chen) = people
    rows = crm.lists.rows("contact", [sato, chen])
    assert rows[sato]["organization"] == "札幌食品株式会社"
    assert rows[sato]["email"] == "hanako@example.jp"
    assert rows[sato]["phone"] == "011-211-2000"
    assert rows[chen]["organization"] is None
    assert set(rows) == {sato, chen}


def test_fetch_rows_reads_more_than_one_chunk(crm):
    ids = [crm.organizations.create({"name": f"Company {i:03d}"}, actor=ACTOR).id for i in range(queries.FETCH_CHUNK + 5)]
    rows = crm.lists.rows("organization", ids, ["name", "kind"])
    assert len(rows) == len(ids)
    assert rows[ids[-1]] == {"name": f"Company {len(ids) - 1:03d}", "kind": "other"}


@pytest.fixture
def leads(crm):
    def lead(title, **values):
        return crm.leads.create({"title": title, **values}, actor=ACTOR).id

    return {
        "overdue": lead("Overdue buyer", follow_up_on=TODAY - dt.timedelta(days=3), owner="tanaka"),
        "week": lead("This week", follow_up_on=TODAY + dt.timedelta(days=2), status="negotiating"),
        "won_overdue": lead("Closed", follow_up_on=TODAY - dt.timedelta(days=3), status="won"),
        "later": lead("Later", follow_up_on=TODAY + dt.timedelta(days=30), owner="suzuki"),
    }


def test_saved_filters_run_in_sql(crm, leads):
    def ids(key, **kw):
        return set(crm.lists.ids("lead", filter=key, today=TODAY, **kw))

    assert ids("follow_up_overdue") == {leads["overdue"]}
    assert ids("due_this_week") == {leads["week"]}
    assert ids("mine", user="tanaka") == {leads["overdue"]}
    assert ids("status=negotiating") == {leads["week"]}
    assert "follow_up_overdue" in filters.builtin_filters("lead")
    assert "status=won" in filters.builtin_filters("lead")


def test_unknown_filter_is_refused(crm):
    with pytest.raises(KeyError):
        crm.lists.ids("lead", filter="nonsense")


def test_sorting_by_a_date_puts_empty_dates_last(crm, leads):
    blank = crm.leads.create({"title": "No date"}, actor=ACTOR).id
    ids = crm.lists.ids("lead", order_by="follow_up_on")
    assert ids[-1] == blank
    assert ids[0] in (leads["overdue"], leads["won_overdue"])


def test_bulk_delete_then_restore_brings_records_back(crm, people):
    _, ids = people
    changes = crm.contacts.delete_many(ids[:2], actor=ACTOR)
    assert changes.touched["contact"] == set(ids[:2])
    assert crm.lists.ids("contact") == [ids[2]]
    assert crm.lists.ids("contact", text="佐藤") == []
    crm.contacts.restore_many(ids[:2], actor=ACTOR)
    assert set(crm.lists.ids("contact")) == set(ids)
    assert crm.lists.ids("contact", text="佐藤") == [ids[0]]


def test_bulk_delete_is_all_or_nothing(crm, people):
    _, ids = people
    crm.contacts.delete(ids[1], actor=ACTOR)
    with pytest.raises(Exception):
        crm.contacts.delete_many([ids[0], ids[1]], actor=ACTOR)
    assert ids[0] in crm.lists.ids("contact")


def test_bulk_tag_adds_tag_and_keeps_existing(crm, people):
    _, ids = people
    crm.contacts.update(ids[0], {"tags": "vip"}, actor=ACTOR)
    crm.contacts.add_tag_many(ids[:2], "2026展示会", actor=ACTOR)
    assert crm.contacts.get(ids[0])["tags"] == ",vip,2026展示会,"
    assert crm.contacts.get(ids[1])["tags"] == ",2026展示会,"


def test_bulk_assign_sets_owner_or_assignee(crm, leads):
    crm.leads.update_many([leads["week"], leads["later"]], {"owner": "yamada"}, actor=ACTOR)
    assert set(crm.lists.ids("lead", filter="mine", user="yamada")) == {leads["week"], leads["later"]}
    task = crm.tasks.create({"title": "Call back"}, actor=ACTOR).id
    crm.tasks.update_many([task], {"assignee": "yamada"}, actor=ACTOR)
    assert crm.tasks.get(task)["assignee"] == "yamada"


def test_every_list_column_can_be_fetched_and_sorted(crm):
    for record_type, list_spec in columns.SPECS.items():
        for column in list_spec.columns:
            for lang in ("ja", "en"):
                assert crm.lists.ids(record_type, order_by=column.key, lang=lang) == []
        assert crm.lists.rows(record_type, ["missing"]) == {}
        assert crm.lists.rows(record_type, ["missing"], lang="en") == {}


def test_an_english_list_names_and_sorts_partner_cities_by_their_english_names(crm):
    cities = crm.service("partner_city")
    city = {name: cities.create({"name": name, "name_en": name_en, "country": country, "relationship": "sister"},
                                actor="t").id
            for name, name_en, country in (("ミュンヘン", "Munich", "DE"), ("大田", "Daejeon", "KR"),
                                           ("光州", None, "KR"))}
    exchanges = crm.service("exchange")
    ids = {name: exchanges.create({"title": f"{name}との交流", "kind": "cultural", "starts_on": "2026-06-01",
                                   "partner_city_id": city_id}, actor="t").id for name, city_id in city.items()}
    rows = crm.lists.rows("exchange", list(ids.values()), lang="en")
    # a city with no English name is named as staff wrote it
    assert {name: rows[i]["partner_city"] for name, i in ids.items()} == {"ミュンヘン": "Munich", "大田": "Daejeon",
                                                                         "光州": "光州"}
    assert crm.lists.rows("exchange", [ids["大田"]], lang="ja")[ids["大田"]]["partner_city"] == "大田"
    assert crm.lists.rows("exchange", [ids["大田"]])[ids["大田"]]["partner_city"] == "大田"
    # sorted as the English list shows them: Daejeon, Munich, then the Japanese name
    assert crm.lists.ids("exchange", order_by="partner_city", lang="en") == [ids["大田"], ids["ミュンヘン"], ids["光州"]]
    visit = crm.service("visit").create({"title": "大田市長一行", "partner_city_id": city["大田"],
                                         "arrives_on": "2026-12-20"}, actor="t").id
    assert crm.lists.rows("visit", [visit], lang="en")[visit]["partner_city"] == "Daejeon"


def test_a_task_names_its_record_in_the_lists_language_where_the_record_has_a_name_in_it(crm):
    """A Japanese task list named a fair by its English name (SIAL China 2024) where the fairs list says シアル・チャイナ
    2024; an English one named a company in its own script where it has an English name."""
    fair = crm.fairs.create({"name": "SIAL China 2024", "name_ja": "シアル・チャイナ 2024", "country": "CN",
                             "timezone": "Asia/Shanghai", "starts_on": "2024-05-20", "ends_on": "2024-05-22"}, actor="t").id
    org = crm.organizations.create({"name": "บริษัท สยามฟู้ด จำกัด", "name_en": "Siam Food Co., Ltd.", "country": "TH"},
                                   actor="t").id
    plain = crm.organizations.create({"name": "札幌食品株式会社"}, actor="t").id
    tasks = crm.service("task")
    ids = {title: tasks.create({"title": title, "record_type": kind, "record_id": record}, actor="t").id
           for title, kind, record in (("通訳の手配", "fair", fair), ("見積書", "organization", org),
                                       ("電話", "organization", plain))}
    shown = {lang: {title: row["related"] for title, row in zip(ids, map(crm.lists.rows("task", list(ids.values()),
                                                                                          lang=lang).get, ids.values()))}
             for lang in ("ja", "en")}
    assert shown["ja"] == {"通訳の手配": "シアル・チャイナ 2024", "見積書": "บริษัท สยามฟู้ด จำกัด", "電話": "札幌食品株式会社"}
    assert shown["en"] == {"通訳の手配": "SIAL China 2024", "見積書": "Siam Food Co., Ltd.", "電話": "札幌食品株式会社"}


def test_the_english_partner_city_list_is_in_english_names_with_the_japanese_beside_them(crm):
    cities = crm.service("partner_city")
    city = {name: cities.create({"name": name, "name_en": name_en, "name_kana": kana, "country": country,
                                 "relationship": "sister"}, actor="t").id
            for name, name_en, kana, country in (("ポートランド", "Portland", "ぽーとらんど", "US"),
                                                 ("ミュンヘン", "Munich", "みゅんへん", "DE"),
                                                 ("リンツ", "Linz", "りんつ", "AT"), ("光州", None, "こうしゅう", "KR"))}
    every = list(city.values())
    english = crm.lists.rows("partner_city", every, lang="en")
    assert [(english[city[n]]["name"], english[city[n]]["name_en"]) for n in city] == [
        ("Portland", "ポートランド"), ("Munich", "ミュンヘン"), ("Linz", "リンツ"), ("光州", None)]  # no name twice
    japanese = crm.lists.rows("partner_city", every, lang="ja")
    assert [(japanese[city[n]]["name"], japanese[city[n]]["name_en"]) for n in city] == [
        ("ポートランド", "Portland"), ("ミュンヘン", "Munich"), ("リンツ", "Linz"), ("光州", None)]
    # Each list in its own order: the English one by the names it shows (not Munich between ポートランド and
    # リンツ), the Japanese one in gojūon order of the readings, also under the other list's column.
    alphabetical = [city[n] for n in ("リンツ", "ミュンヘン", "ポートランド", "光州")]  # Linz, Munich, Portland, 光州
    assert crm.lists.ids("partner_city", order_by="name", lang="en") == alphabetical
    gojuon = [city[n] for n in ("光州", "ポートランド", "ミュンヘン", "リンツ")]
    assert crm.lists.ids("partner_city", order_by="name", lang="ja") == gojuon
    assert crm.lists.ids("partner_city", order_by="name_en", lang="en") == gojuon
    assert crm.lists.ids("partner_city", order_by="name", lang="en", text="ミュンヘン") == [city["ミュンヘン"]]


def test_the_english_student_list_is_in_the_order_of_the_names_in_latin_letters(crm):
    students = crm.service("student")
    made = {display: students.create({"display_name": display, "latin_name": latin, "name_kana": kana,
                                      "nationality": country}, actor="t").id
            for display, latin, kana, country in (("Aditi Iyer", None, "アディティ アイヤー", "IN"),
                                                  ("王小明", "Wang Xiaoming", "ワン シャオミン", "CN"),
                                                  ("Aarati Gurung", None, "アーラティ グルン", "NP"),
                                                  ("이지수", "Lee Ji-su", "イ ジス", "KR"),
                                                  ("ava johnson", "", "エイヴァ ジョンソン", "US"))}
    # Aarati, Aditi, ava (whatever its case), Lee Ji-su (이지수), Wang Xiaoming (王小明)
    assert crm.lists.ids("student", order_by="display_name", lang="en") == [
        made[n] for n in ("Aarati Gurung", "Aditi Iyer", "ava johnson", "이지수", "王小明")]
    # The Japanese list keeps the order of the readings
    assert crm.lists.ids("student", order_by="display_name", lang="ja") == \
        crm.lists.ids("student", order_by="display_name") != crm.lists.ids("student", order_by="display_name", lang="en")


def test_a_list_names_a_linked_company_in_its_language_and_sorts_by_that_name(crm):
    # As the packs do: in English by its English name, in Japanese by its Japanese name, each where one is given;
    # with no language (or no such name), as staff wrote it.
    thai = crm.organizations.create({"name": "บริษัท เชียงใหม่ซีฟู้ด จำกัด", "name_en": "Chiang Mai Seafood Co., Ltd.",
                                     "name_ja": "チェンマイ・シーフード", "country": "TH"}, actor="t").id
    local = crm.organizations.create({"name": "さっぽろ食品", "country": "JP"}, actor="t").id
    somchai = crm.contacts.create({"family_name": "Somchai", "organization_id": thai}, actor="t").id
    sato = crm.contacts.create({"family_name": "佐藤", "organization_id": local}, actor="t").id
    shown = {lang: [crm.lists.rows("contact", [somchai, sato], ["organization"], lang=lang)[i]["organization"]
                    for i in (somchai, sato)] for lang in ("en", "ja", None)}
    assert shown == {"en": ["Chiang Mai Seafood Co., Ltd.", "さっぽろ食品"], "ja": ["チェンマイ・シーフード", "さっぽろ食品"],
                     None: ["บริษัท เชียงใหม่ซีฟู้ด จำกัด", "さっぽろ食品"]}
    # sorted as shown: C before さ in English, さ before チ in Japanese
    assert crm.lists.ids("contact", order_by="organization", lang="en") == [somchai, sato]
    assert crm.lists.ids("contact", order_by="organization", lang="ja") == [sato, somchai]
    lead = crm.leads.create({"title": "商談", "contact_id": somchai, "organization_id": thai}, actor="t").id
    assert crm.lists.rows("lead", [lead], lang="en")[lead]["organization"] == "Chiang Mai Seafood Co., Ltd."


def test_a_names_reading_is_its_kana_in_japanese_and_its_latin_name_in_english(crm):
    both = crm.contacts.create({"family_name": "青木", "given_name": "明日香", "family_name_kana": "アオキ",
                                "given_name_kana": "アスカ", "latin_name": "Asuka Aoki"}, actor="t").id
    kana_only = crm.contacts.create({"family_name": "阿部", "family_name_kana": "アベ"}, actor="t").id
    latin = crm.contacts.create({"family_name": "Smith", "given_name": "John", "latin_name": "John Smith"},
                                actor="t").id  # the Latin name is the name: nothing more to read
    ids = [both, kana_only, latin]
    japanese, english = (crm.lists.rows("contact", ids, ["reading"], lang=lang) for lang in ("ja", "en"))
    assert [japanese[i]["reading"] for i in ids] == ["アオキ アスカ", "アベ", None]
    assert [english[i]["reading"] for i in ids] == ["Asuka Aoki", "アベ", None]
    student = crm.service("student").create({"display_name": "王小明", "name_kana": "ワン シャオミン",
                                             "latin_name": "Wang Xiaoming", "nationality": "CN"}, actor="t").id
    assert crm.lists.rows("student", [student], ["reading"], lang="en")[student]["reading"] == "Wang Xiaoming"
    assert crm.lists.rows("student", [student], ["reading"], lang="ja")[student]["reading"] == "ワン シャオミン"


def test_a_fairs_city_is_its_english_name_in_english_wherever_it_is_named(crm):
    # Staff write the city in Japanese; the English list, search hit and pack showed ケルン.
    anuga = crm.fairs.create({"name": "Anuga 2026", "name_ja": "アヌーガ 2026", "city": "ケルン", "city_en": "Cologne",
                              "country": "DE", "timezone": "Europe/Berlin", "starts_on": "2026-10-10",
                              "ends_on": "2026-10-14"}, actor=ACTOR).id
    taipei = crm.fairs.create({"name": "Food Taipei 2026", "city": "台北", "country": "TW", "timezone": "Asia/Taipei",
                               "starts_on": "2026-06-24", "ends_on": "2026-06-27"}, actor=ACTOR).id
    english = crm.lists.rows("fair", [anuga, taipei], ["city"], lang="en")
    japanese = crm.lists.rows("fair", [anuga, taipei], ["city"], lang="ja")
    assert (english[anuga]["city"], english[taipei]["city"]) == ("Cologne", "台北")  # as written, where none is given
    assert japanese[anuga]["city"] == "ケルン"
    assert crm.lists.ids("fair", order_by="city", lang="en") == [anuga, taipei]  # sorted by what is shown
    [hit] = crm.search.shown(crm.search.find("cologne", limit=5), "en")  # and found by it
    assert (hit.id, hit.subtitle) == (anuga, "Cologne · Germany · 10 Oct 2026")


def test_a_fairs_sector_named_in_words_is_a_code_shown_in_each_language_and_a_typed_one_stays(crm):
    def fair(name, sector):
        return crm.fairs.create({"name": name, "sector": sector, "country": "SG", "timezone": "Asia/Singapore",
                                 "starts_on": "2026-10-10", "ends_on": "2026-10-12"}, actor=ACTOR).id

    fha, itb, own = fair("FHA 2026", "食品・飲料"), fair("ITB Asia 2026", "Tourism and MICE"), fair("X 2026", "ワイン")
    assert [crm.fairs.get(i)["sector"] for i in (fha, itb, own)] == ["food_beverage", "tourism_mice", "ワイン"]
    rows = crm.lists.rows("fair", [fha, own], ["sector"], lang="en")
    assert (rows[fha]["sector"], rows[own]["sector"]) == ("food_beverage", "ワイン")  # the list's cell names the code
    assert fha in [hit.id for hit in crm.search.find("food and beverages", limit=5)]
    assert fha in [hit.id for hit in crm.search.find("食品・飲料", limit=5)]


def test_agenda_lists_due_follow_ups_bid_dates_fairs_and_recent_changes(crm, leads):
    bid = crm.bids.create({"name": "Asia Pacific Congress 2029", "bid_deadline": TODAY + dt.timedelta(days=10)},
                          actor=ACTOR).id
    fair = crm.fairs.create({"name": "FHA Singapore", "country": "SG", "timezone": "Asia/Singapore",
                             "starts_on": TODAY + dt.timedelta(days=20), "ends_on": TODAY + dt.timedelta(days=23)},
                            actor=ACTOR).id
    home = crm.agenda.upcoming(today=TODAY)
    follow = {i.id: i.overdue for i in home["follow_ups"]}
    assert follow == {leads["overdue"]: True, leads["week"]: False}
    assert [(i.id, i.reason) for i in home["bid_dates"]] == [(bid, "bid_deadline")]
    assert [i.id for i in home["fairs"]] == [fair]
    assert home["recent"][0].id == fair


def test_agenda_items_carry_the_names_each_language_shows(crm):
    fair = crm.fairs.create({"name": "Anuga 2026", "name_ja": "アヌーガ 2026", "country": "DE",
                             "timezone": "Europe/Berlin", "starts_on": TODAY + dt.timedelta(days=20),
                             "ends_on": TODAY + dt.timedelta(days=24)}, actor=ACTOR).id
    org = crm.organizations.create({"name": "札幌木工株式会社", "name_en": "Sapporo Woodcraft Co., Ltd."},
                                   actor=ACTOR).id
    home = crm.agenda.upcoming(today=TODAY)
    [ahead] = home["fairs"]
    assert (ahead.id, ahead.title, ahead.title_ja) == (fair, "Anuga 2026", "アヌーガ 2026")
    recent = {i.id: (i.title, i.title_en, i.title_ja) for i in home["recent"]}
    assert recent[org] == ("札幌木工株式会社", "Sapporo Woodcraft Co., Ltd.", None)
    assert recent[fair] == ("Anuga 2026", None, "アヌーガ 2026")
    names = {lang: crm.lists.rows("fair", [fair], ["name"], lang=lang)[fair]["name"] for lang in ("ja", "en")}
    assert names == {"ja": "アヌーガ 2026", "en": "Anuga 2026"}


def test_agenda_lists_follow_ups_in_work_order_overdue_first(crm, leads):
    home = crm.agenda.upcoming(today=TODAY)
    dates = [item.on for item in home["follow_ups"]]
    assert dates == sorted(dates)  # the missed ones on top, where they are seen
    assert [i.id for i in home["follow_ups"]] == [leads["overdue"], leads["week"]]


def test_agenda_keeps_recent_follow_ups_rather_than_forgotten_ones(crm):
    for days in range(-40, 0):
        crm.leads.create({"title": f"lead {days}", "follow_up_on": TODAY + dt.timedelta(days=days)}, actor=ACTOR)
    agenda = crm.agenda.upcoming(today=TODAY)
    shown = [item.on for item in agenda["follow_ups"]]
    assert len(shown) < 40 and max(shown) == TODAY - dt.timedelta(days=1)  # the newest misses are kept
    assert shown == sorted(shown)
    assert agenda["follow_ups_due"] == 40  # and how many are due in all: Home says how many it leaves out


# ---------------------------------------------------------------- the first page of a filtered list
@pytest.fixture
def crowd(crm):
    """400 contacts whose names cluster in sort order (ten family names), as in bench/ui_lists."""
    from bench.ui_lists import fill_contacts

    fill_contacts(crm.store.db, 400)
    return crm


FIRST_PAGE_QUERIES = ["s", "sa", "佐", "佐藤", "札幌", "佐藤 花", "xq", "5", "example", "user1", "an", "Chen"]


@pytest.mark.parametrize("order_by, descending", [("display_name", False), ("display_name", True),
                                                  ("updated_at", True), ("email", False)])
def test_the_first_page_is_the_head_of_the_whole_answer(crowd, monkeypatch, order_by, descending):
    # Small pools, so 400 rows take every path: sorting every match, the walk along the sort order,
    # and the walk that gives up because the matches sort late.
    monkeypatch.setattr(queries, "PAGE_POOL", 20)
    monkeypatch.setattr(queries, "WALK_ROWS", 60)
    walked = []
    first_in_order = queries._first_in_order
    monkeypatch.setattr(queries, "_first_in_order",
                        lambda *a: walked.append(first_in_order(*a) is not None) or first_in_order(*a))
    for query in FIRST_PAGE_QUERIES:
        whole = crowd.lists.ids("contact", text=query, order_by=order_by, descending=descending)
        if order_by == "display_name":
            assert whole == _by_name_in_python(crowd, query, descending), query
        for limit in (1, 10):
            first = crowd.lists.ids("contact", text=query, order_by=order_by, descending=descending,
                                     limit=limit)
            assert first == whole[:limit], (query, limit)
    if order_by == "display_name" and crowd.store.db.dialect == "postgresql":
        # the name sort goes straight to the search rows there: no count, no walk
        assert walked == []
    elif order_by in ("display_name", "updated_at"):  # a plain column: the walk is tried
        assert True in walked and False in walked
    else:  # a joined column (the primary email) cannot be walked
        assert walked == [False] * len(walked)


def test_the_first_page_skips_deleted_records(crowd):
    ids = crowd.lists.ids("contact", text="s", limit=5)
    crowd.contacts.delete(ids[0], actor=ACTOR)
    assert crowd.lists.ids("contact", text="s", limit=5) == \
        crowd.lists.ids("contact", text="s")[:5]
    assert ids[0] not in crowd.lists.ids("contact", text="s", limit=5)


def _by_name_in_python(crm, query: str, descending: bool) -> list[str]:
    """The oracle: every live contact whose search text holds every term, by (sort key, id), in Python."""
    from sqlalchemy import select

    from sapporo_mice.models import Contact, SearchEntry
    from sapporo_mice.search import terms_of

    terms = terms_of(query)
    with crm.store.db.reading() as session:
        texts = dict(session.execute(select(SearchEntry.record_id, SearchEntry.text)
                                     .where(SearchEntry.record_type == "contact")).all())
        live = session.execute(select(Contact.id, Contact.sort_key)
                               .where(Contact.deleted_at.is_(None), Contact.merged_into.is_(None))).all()
    found = [(key, cid) for cid, key in live if all(t in texts.get(cid, "") for t in terms)]
    return [cid for _, cid in sorted(found, reverse=descending)]


@pytest.mark.parametrize("descending", [False, True])
def test_a_filtered_list_by_name_follows_the_records_sort_keys_as_they_change(crowd, descending):
    # The name sort of a filtered list reads the sort key kept in the search rows: renames, deletes
    # and restores must reach it, or the list would show a stale order or a deleted contact.
    def check():
        for query in ("佐藤", "さとう", "sa", "Chen", "佐藤 花"):
            assert crowd.lists.ids("contact", text=query, order_by="display_name",
                                    descending=descending) == _by_name_in_python(crowd, query, descending), query

    check()
    sato = crowd.lists.ids("contact", text="佐藤")
    first, last = sato[0], sato[-1]
    # The first 佐藤 now reads わ…: it moves to the end of every list it is in.
    crowd.contacts.update(first, {"family_name_kana": "わたなべ"}, actor=ACTOR)
    crowd.contacts.delete(last, actor=ACTOR)
    check()
    moved = crowd.lists.ids("contact", text="佐藤", order_by="display_name")
    assert moved[-1] == first and last not in moved
    crowd.contacts.restore(last, actor=ACTOR)
    check()


# ---------------------------------------------------------------- tasks: open before done
@pytest.fixture
def chores(crm):
    """60 tasks, every third one done, due dates spread so that done tasks are due before open ones."""
    ids = []
    for n in range(60):
        due = None if n % 7 == 0 else TODAY + dt.timedelta(days=n % 11 - 5)
        ids.append(crm.tasks.create({"title": f"電話 {n:02d} 報告", "due_on": due, "done": n % 3 == 0,
                                     "assignee": ACTOR}, actor=ACTOR).id)
    return crm


def _task_keys(crm, ids):
    from sqlalchemy import select

    from sapporo_mice.models import Task

    with crm.store.db.reading() as session:
        found = {i: (done, due) for i, done, due in session.execute(
            select(Task.id, Task.done, Task.due_on).where(Task.id.in_(ids)))}
    return [(found[i][0], found[i][1] is None, found[i][1], i) for i in ids]


@pytest.mark.parametrize("order_by, descending", [(None, False), ("due_on", True), ("title", False),
                                                  ("updated_at", True)])
def test_task_lists_put_done_tasks_after_open_ones_on_every_page(chores, monkeypatch, order_by, descending):
    # Small pools, so the walk along the order crosses the open/done boundary.
    monkeypatch.setattr(queries, "PAGE_POOL", 5)
    monkeypatch.setattr(queries, "WALK_ROWS", 25)
    walked = []
    first_in_order = queries._first_in_order
    monkeypatch.setattr(queries, "_first_in_order",
                        lambda *a: walked.append(first_in_order(*a) is not None) or first_in_order(*a))
    for text in ("", "報告", "電話"):
        whole = chores.lists.ids("task", text=text, order_by=order_by, descending=descending)
        assert len(whole) == 60
        done = [key[0] for key in _task_keys(chores, whole)]
        assert done == sorted(done), "a done task sorts before an open one"
        if order_by is None:
            keys = _task_keys(chores, whole)
            assert keys == sorted(keys, key=lambda k: (k[0], k[1], k[2] or dt.date.min, k[3]))
        for limit in (1, 19, 20, 21, 45):  # 20 open tasks: the pages end before, at and after the boundary
            assert chores.lists.ids("task", text=text, order_by=order_by, descending=descending,
                                    limit=limit) == whole[:limit], (text, limit)
    if order_by != "title":
        assert True in walked  # the composite key was walked, not only sorted


def test_sorting_tasks_by_done_itself_obeys_the_direction(chores):
    done_first = chores.lists.ids("task", order_by="done", descending=True)
    assert [k[0] for k in _task_keys(chores, done_first)][:20] == [True] * 20


def test_a_records_tasks_come_open_first_then_by_due_date(crm):
    org = crm.organizations.create({"name": "札幌食品株式会社"}, actor=ACTOR).id
    specs = [("済み・早い", TODAY - dt.timedelta(days=9), True), ("期限なし", None, False),
             ("来週", TODAY + dt.timedelta(days=7), False), ("今日", TODAY, False)]
    for title, due, done in specs:
        crm.tasks.create({"title": title, "due_on": due, "done": done, "record_type": "organization",
                          "record_id": org}, actor=ACTOR)
    shown = [row["title"] for row in crm.tasks.for_record("organization", org)]
    assert shown == ["今日", "来週", "期限なし", "済み・早い"]


# ---------------------------------------------------------------- the reading that decides the order
def test_the_reading_column_shows_what_a_name_sorts_by(crm, people):
    org, (sato, abe, chen) = people
    student = crm.students.create({"display_name": "黄 偉玲", "name_kana": "ウォン ウェイリン",
                                   "latin_name": "Wong Wei Ling"}, actor=ACTOR).id
    company = crm.organizations.create({"name": "北海道銀行", "name_en": "Hokkaido Bank"}, actor=ACTOR).id
    spec = columns.spec("contact")
    assert [c.key for c in spec.columns][:2] == ["display_name", "reading"]
    rows = crm.lists.rows("contact", [sato, abe, chen], ["display_name", "reading"])
    assert rows[sato]["reading"] == "さとう はなこ" and rows[abe]["reading"] == "あべ いちろう"
    assert rows[chen]["reading"] is None  # a Latin name sorts by itself: nothing more to show
    assert crm.lists.rows("student", [student], ["reading"])[student]["reading"] == "ウォン ウェイリン"
    companies = crm.lists.rows("organization", [org, company], ["reading"])
    assert companies[org]["reading"] == "さっぽろしょくひん"
    assert companies[company]["reading"] == "Hokkaido Bank"  # no kana: it sorts by its English name
    # Sorting by the reading is sorting by the name: the order the column explains.
    assert crm.lists.ids("contact", order_by="reading") == crm.lists.ids("contact", order_by="display_name")
