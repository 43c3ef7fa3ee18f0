"""Global search on both databases: ranked, folded (kana, width, case), short Japanese queries, literal LIKE."""

from __future__ import annotations

import pytest

from sapporo_mice.search import matching_ids, rebuild_index, search

ACTOR = "tester"


def ids(hits) -> list[str]:
    return [h.id for h in hits]


@pytest.fixture
def records(crm):
    """A handful of records with the words the tests look for."""
    org = crm.organizations.create
    made = {
        "bureau": org({"name": "札幌コンベンションビューロー", "name_en": "Sapporo Convention Bureau",
                       "name_kana": "さっぽろこんべんしょんびゅーろー", "country": "JP"}, actor=ACTOR).id,
        "foods": org({"name": "サッポロ食品", "name_kana": "サッポロショクヒン", "country": "JP"}, actor=ACTOR).id,
        "lim": org({"name": "Lim Trading Pte. Ltd.", "country": "SG", "industry": "100% organic_food"}, actor=ACTOR).id,
        "otaru": org({"name": "小樽硝子工房", "country": "JP"}, actor=ACTOR).id,
    }
    made["contact"] = crm.contacts.create({"family_name": "山田", "given_name": "花子", "family_name_kana": "ヤマダ",
                                           "given_name_kana": "ハナコ", "organization_id": made["foods"],
                                           "emails": ["hanako@sapporo-foods.example.jp"]}, actor=ACTOR).id
    made["lead"] = crm.leads.create({"title": "札幌でのホタテ商談", "organization_id": made["lim"]}, actor=ACTOR).id
    return made


def test_hits_carry_type_id_and_title_best_first(crm, records):
    hits = search(crm.store.db, "sapporo")
    assert {(h.type, h.id) for h in hits} >= {("organization", records["bureau"]), ("contact", records["contact"])}
    bureau = next(h for h in hits if h.id == records["bureau"])
    assert bureau.title == "札幌コンベンションビューロー" and bureau.subtitle
    assert hits[0].as_json().keys() >= {"type", "id", "title"}


def test_a_title_that_starts_with_the_query_ranks_first(crm, records):
    hits = search(crm.store.db, "サッポロ")
    assert hits[0].id == records["foods"]
    assert set(ids(hits)) >= {records["foods"], records["bureau"]}  # the bureau matches through its reading


@pytest.mark.parametrize("query", ["サッポロ", "ｻｯﾎﾟﾛ", "さっぽろ"])
def test_title_prefix_ranking_folds_kana_and_width(crm, query):
    inside = crm.organizations.create({"name": "東京サッポロ"}, actor=ACTOR).id
    prefix = crm.organizations.create({"name": "サッポロ水産加工業協同組合連合会", "industry": "水産加工 食品 輸出 物流"},
                                      actor=ACTOR).id
    assert ids(search(crm.store.db, query)) == [prefix, inside]


def test_katakana_finds_hiragana_and_the_reverse(crm, records):
    assert records["bureau"] in ids(search(crm.store.db, "コンベンション"))  # reading stored in hiragana
    assert records["foods"] in ids(search(crm.store.db, "さっぽろしょくひん"))  # reading stored in katakana
    assert records["contact"] in ids(search(crm.store.db, "やまだ"))


def test_half_width_katakana_finds_full_width(crm, records):
    assert records["foods"] in ids(search(crm.store.db, "ｻｯﾎﾟﾛ"))
    assert records["foods"] in ids(search(crm.store.db, "ｻｯﾎﾟﾛ食品"))


def test_case_and_full_width_latin_are_folded(crm, records):
    # the lead matches too, through its organisation in the subtitle, but ranks after the title match
    assert ids(search(crm.store.db, "LIM TRADING")) == [records["lim"], records["lead"]]
    assert ids(search(crm.store.db, "ｌｉｍ ｔｒａｄｉｎｇ")) == [records["lim"], records["lead"]]


def test_every_term_must_match(crm, records):
    assert ids(search(crm.store.db, "lim organic")) == [records["lim"]]
    assert search(crm.store.db, "lim 小樽") == []
    assert ids(search(crm.store.db, "lim 札幌")) == [records["lead"]]


@pytest.mark.parametrize("query", ["札幌", "小樽"])
def test_a_two_character_japanese_query_finds_records_containing_it(crm, records, query):
    expected = {"札幌": {records["bureau"], records["lead"]}, "小樽": {records["otaru"]}}[query]
    assert set(ids(search(crm.store.db, query))) == expected


def test_a_one_character_query_works(crm, records):
    assert set(ids(search(crm.store.db, "樽"))) == {records["otaru"]}
    assert records["lim"] in ids(search(crm.store.db, "l"))


def test_like_metacharacters_in_the_query_are_literal(crm, records):
    assert ids(search(crm.store.db, "100%")) == [records["lim"]]
    assert ids(search(crm.store.db, "%")) == [records["lim"]]
    assert ids(search(crm.store.db, "organic_food")) == [records["lim"]]
    assert ids(search(crm.store.db, "_")) == [records["lim"]]
    assert search(crm.store.db, "organic%food") == []
    assert search(crm.store.db, "n_c") == []  # "_" would match the "i" of "organic" as a wildcard
    assert search(crm.store.db, "0%o") == []


def test_quotes_and_fts_syntax_in_the_query_are_literal(crm, records):
    assert search(crm.store.db, '"lim') == []
    assert search(crm.store.db, "lim OR otaru") == []
    assert search(crm.store.db, "lim*") == []
    assert ids(search(crm.store.db, "lim NEAR")) == []


def test_edits_reindex(crm, records):
    crm.organizations.update(records["otaru"], {"name": "小樽ガラス工房"}, actor=ACTOR)
    assert ids(search(crm.store.db, "ガラス")) == [records["otaru"]]
    assert search(crm.store.db, "硝子") == []
    assert search(crm.store.db, "ガラス")[0].title == "小樽ガラス工房"


def test_a_contact_is_found_by_its_email_and_phone(crm, records):
    assert ids(search(crm.store.db, "hanako@sapporo-foods")) == [records["contact"]]
    contact = crm.contacts.create({"latin_name": "Wei Lim", "phones": ["+65 6123 4567"]}, actor=ACTOR)
    assert ids(search(crm.store.db, "+6561234567")) == [contact.id]


def test_deleted_records_leave_the_index_and_restored_ones_return(crm, records):
    crm.organizations.delete(records["otaru"], actor=ACTOR)
    assert search(crm.store.db, "小樽") == []
    assert search(crm.store.db, "小樽硝子") == []
    crm.organizations.restore(records["otaru"], actor=ACTOR)
    assert ids(search(crm.store.db, "小樽硝子")) == [records["otaru"]]


def test_types_filter_the_hits(crm, records):
    assert set(ids(search(crm.store.db, "札幌", types=("lead",)))) == {records["lead"]}
    assert {h.type for h in search(crm.store.db, "sapporo", types=("contact",))} == {"contact"}
    assert search(crm.store.db, "札幌", types=("student",)) == []


def test_limit_caps_the_hits(crm, records):
    assert len(search(crm.store.db, "a", limit=2)) == 2


def test_empty_or_blank_queries_find_nothing(crm, records):
    assert search(crm.store.db, "") == [] and search(crm.store.db, "   ") == []


@pytest.mark.parametrize("query", ["札幌", "sapporo", "ｻｯﾎﾟﾛ食品"])
def test_matching_ids_filters_a_list_by_search(crm, records, query):
    subquery = matching_ids(crm.store.db, "organization", query)
    with crm.store.db.reading() as session:
        found = set(session.scalars(subquery))
    assert found == {h.id for h in search(crm.store.db, query, types=("organization",))}
    assert found


def test_rebuild_index_keeps_search_working(crm, records):
    rebuild_index(crm.store.db)
    assert records["bureau"] in ids(search(crm.store.db, "コンベンション"))


def test_hits_shown_in_a_language_write_codes_stages_and_dates_out(crm):
    """The stored subtitle is one text for both languages (and searched): shown to a reader, a country is its
    name, a bid's stage and an activity's kind their labels, and a date as that language writes it."""
    org = crm.organizations.create({"name": "北海道ショーケース株式会社", "name_en": "Hokkaido Showcase", "country": "SG"},
                                   actor=ACTOR).id
    fair = crm.fairs.create({"name": "Showcase Food Fair", "name_ja": "ショーケース食品見本市", "country": "SG",
                             "city": "Singapore",
                             "timezone": "Asia/Singapore", "starts_on": "2026-03-10", "ends_on": "2026-03-13"},
                            actor=ACTOR).id
    bid = crm.bids.create({"name": "Showcase Congress 2030", "edition_year": 2030, "stage": "shortlisted"},
                          actor=ACTOR).id
    activity = crm.activities.create({"kind": "meeting", "subject": "Showcase meeting", "record_type": "organization",
                                      "record_id": org, "occurred_at": "2026-03-11T10:00:00+09:00"}, actor=ACTOR).id
    city = crm.service("partner_city").create({"name": "ショーケース市", "name_en": "Showcase City", "country": "DE",
                                               "relationship": "sister"}, actor=ACTOR).id
    contact = crm.contacts.create({"family_name": "Tan", "given_name": "Showcase", "organization_id": org},
                                  actor=ACTOR).id
    stand = crm.service("participation").create({"fair_id": fair, "organization_id": org, "booth": "B-12"},
                                                actor=ACTOR).id
    reader = crm.contacts.create({"family_name": "青木", "given_name": "明日香", "latin_name": "Asuka Aoki",
                                 "title": "Showcase 担当", "organization_id": org}, actor=ACTOR).id

    def subtitles(lang):
        return {h.id: h.subtitle for h in crm.search.find("showcase", limit=20, lang=lang)}

    stored, ja, en = subtitles(None), subtitles("ja"), subtitles("en")
    assert stored[org] == "Hokkaido Showcase / SG" and stored[bid] == "2030 shortlisted"  # as stored: codes and keys
    # in English a company and a city are titled by their English names, and the name staff write goes beneath
    assert ja[org] == "Hokkaido Showcase / シンガポール" and en[org] == "北海道ショーケース株式会社 / Singapore"
    assert ja[fair] == "Singapore · シンガポール · 2026/03/10" and en[fair] == "Singapore · 10 Mar 2026"
    assert ja[bid] == "2030年 · 最終候補" and en[bid] == "2030 · Shortlisted"
    assert ja[activity] == "打合せ" and en[activity] == "Meeting"
    assert ja[city] == "Showcase City · ドイツ" and en[city] == "ショーケース市 · Germany"
    titles = {lang: {h.id: h.title for h in crm.search.find("showcase", limit=20, lang=lang)} for lang in ("ja", "en")}
    assert (titles["ja"][org], titles["en"][org]) == ("北海道ショーケース株式会社", "Hokkaido Showcase")
    assert (titles["ja"][city], titles["en"][city]) == ("ショーケース市", "Showcase City")
    # a company's stand names the company and the fair as the reader knows each (it read "… @ Showcase Food Fair")
    assert (titles["ja"][stand], titles["en"][stand]) == ("北海道ショーケース株式会社（ショーケース食品見本市）",
                                                          "Hokkaido Showcase (Showcase Food Fair)")
    stands = crm.service("participation")
    assert stands.title_of(stands.get(stand), "en") == "Hokkaido Showcase (Showcase Food Fair)"  # the editor's title
    # a person's company beneath them is named as the reader knows it: its English name in English
    assert ja[contact] == stored[contact] == "北海道ショーケース株式会社" and en[contact] == "Hokkaido Showcase"
    # and in English a name written in another script is read out first, as the lists' Reading column reads it
    assert en[reader] == "Asuka Aoki · Showcase 担当 · Hokkaido Showcase"
    assert ja[reader] == "Showcase 担当 · 北海道ショーケース株式会社"


def test_a_page_of_hits_reads_its_records_and_their_companies_in_one_query_each(crm):
    from sqlalchemy import event

    orgs = [crm.organizations.create({"name": f"札幌頁{i}株式会社", "name_en": f"Page {i} Co.", "country": "JP"},
                                     actor=ACTOR).id for i in range(5)]
    for i in range(20):
        crm.contacts.create({"family_name": "Pagewood", "given_name": f"P{i}", "organization_id": orgs[i % 5]},
                            actor=ACTOR)
    crm.leads.create({"title": "Pagewood enquiry", "organization_id": orgs[0]}, actor=ACTOR)
    hits = crm.search.find("pagewood", limit=50)
    assert len(hits) == 21
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_rest):
        statements.append(statement)

    engine = crm.store.db.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        shown = crm.search.shown(hits, "en")
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert {h.subtitle for h in shown if h.type == "contact"} == {f"Page {i} Co." for i in range(5)}
    assert [h.subtitle for h in shown if h.type == "lead"] == ["Page 0 Co."]
    # the contacts, the lead, then their companies (and the lead's contact, none here) together: not one per hit
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert sum("FROM organizations" in s for s in reads) == 1, reads
    assert sum("FROM contacts" in s for s in reads) == 1, reads
