"""Search rows stay in step with what they read: a record's own fields, and the names of the records it points at."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from sapporo_mice import demo, maintenance
from sapporo_mice.errors import CrmError
from sapporo_mice.identity import live
from sapporo_mice.services.base import reindex_rows, search_dependents

ACTOR = "tester"


def found(crm, query: str) -> set[tuple[str, str]]:
    return {(hit.type, hit.id) for hit in crm.search.find(query)}


def test_a_renamed_company_is_found_through_its_people_leads_and_stands_by_the_new_name(crm):
    org = crm.organizations.create({"name": "北海ホタテ商会", "country": "JP"}, actor=ACTOR).id
    person = crm.contacts.create({"family_name": "山田", "given_name": "太郎", "organization_id": org}, actor=ACTOR).id
    lead = crm.leads.create({"title": "冷凍ホタテの商談", "contact_id": person, "organization_id": org}, actor=ACTOR).id
    fair = crm.fairs.create({"name": "Seafood Expo Asia", "country": "SG", "city": "Singapore",
                             "timezone": "Asia/Singapore",
                             "starts_on": "2027-09-10", "ends_on": "2027-09-12"}, actor=ACTOR).id
    stand = crm.participations.create({"fair_id": fair, "organization_id": org, "booth": "B-12"}, actor=ACTOR).id
    assert ("contact", person) in found(crm, "北海ホタテ 山田")

    crm.organizations.update(org, {"name": "札幌マリンフーズ"}, actor=ACTOR)

    assert ("contact", person) in found(crm, "札幌マリンフーズ 山田")  # the person, by their company's new name
    assert ("lead", lead) in found(crm, "マリンフーズ 冷凍")
    assert ("participation", stand) in found(crm, "マリンフーズ Seafood")
    assert found(crm, "北海ホタテ") == set()  # the old name finds nothing any more
    assert crm.maintenance.check().findings == ()


def test_a_renamed_person_is_found_through_their_leads_by_the_new_name(crm):
    person = crm.contacts.create({"family_name": "Tan", "given_name": "Wei Ling", "country": "SG"}, actor=ACTOR).id
    lead = crm.leads.create({"title": "Frozen scallops", "contact_id": person}, actor=ACTOR).id
    crm.contacts.update(person, {"family_name": "Lim"}, actor=ACTOR)  # the display name follows the name parts
    assert ("lead", lead) in found(crm, "lim scallops")
    assert ("lead", lead) not in found(crm, "tan scallops")


def test_an_edit_that_renames_nothing_leaves_other_records_search_rows_alone(crm):
    org = crm.organizations.create({"name": "Pacific Rim Imports", "country": "SG"}, actor=ACTOR).id
    person = crm.contacts.create({"family_name": "Nguyen", "given_name": "Olivia", "organization_id": org},
                                 actor=ACTOR).id
    # A search row other writes leave alone keeps whatever it holds: here a word planted past the services.
    with crm.store.db.transaction() as session:
        session.execute(text("UPDATE search_index SET text = text || ' planted' WHERE record_id = :id"), {"id": person})
    crm.organizations.update(org, {"website": "https://pacific-rim.example"}, actor=ACTOR)
    assert ("contact", person) in found(crm, "planted")  # not re-indexed: the website is no part of it
    crm.organizations.update(org, {"name": "Pacific Rim Trading"}, actor=ACTOR)
    assert found(crm, "planted") == set()  # re-indexed from the record: the planted word is gone
    assert ("contact", person) in found(crm, "olivia trading")


def test_every_field_other_records_search_rows_read_is_declared(sqlite_crm):
    """Change each field of a record that others point at, one at a time, through its service: every record
    pointing at it still has the search row its document gives (so ``read_by_others`` names all they read)."""
    crm = sqlite_crm
    demo.generate(crm.store, scale=0.1, seed=7, actor="demo")
    assert crm.maintenance.check().findings == ()  # the demo's bulk load wrote every search row as a save would
    store = crm.store
    tried = set()
    for record_type, service in store.services.items():
        for dependent, column in search_dependents(store, service.model):
            with store.reading() as session:  # a live record of this type that one of the other type points at
                targets = select(service.model.id).where(*live(service.model))
                record_id = session.scalar(select(column).where(column.in_(targets), *live(dependent.model)).limit(1))
            if record_id is None:  # none in the demo
                continue
            for name in service.fields:
                for value in (f"{name} 改め", "KR"):
                    try:
                        service.update(record_id, {name: value}, actor=ACTOR)
                    except CrmError:
                        continue
                    tried.add((record_type, name))
                    break
                with store.unit(ACTOR) as unit:
                    rows = unit.session.scalars(select(dependent.model).where(column == record_id, *live(dependent.model)))
                    stale = reindex_rows(unit, dependent, rows, write=False)
                    assert not stale.changed, (record_type, name, dependent.record_type, stale)
    # The names others read were among the fields changed: the test tried what it is about.
    assert {("organization", "name"), ("contact", "family_name"), ("fair", "name"), ("meeting_series", "acronym"),
            ("partner_city", "name"), ("visit", "title")} <= tried


def test_the_check_finds_and_repairs_search_rows_an_older_version_wrote(crm):
    """A search row written before the record's document changed (an older version of the app): the check says
    so, and its repair writes the row the record gives now."""
    org = crm.organizations.create({"name": "Sapporo Dairy", "country": "JP", "industry": "food"}, actor=ACTOR).id
    lead = crm.leads.create({"title": "Cheese for Bangkok", "source": "booth", "organization_id": org}, actor=ACTOR).id
    with crm.store.db.transaction() as session:  # as an older version indexed them: the codes, not their words
        session.execute(text("UPDATE search_index SET text = 'cheese for bangkok booth' WHERE record_id = :id"),
                        {"id": lead})
        session.execute(text("UPDATE search_index SET text = 'sapporo dairy food' WHERE record_id = :id"), {"id": org})
    assert ("lead", lead) not in found(crm, "見本市ブース")

    report = crm.maintenance.check()
    assert {(f.code, f.subject) for f in report.findings} == {("check.search_outdated", "lead"),
                                                              ("check.search_outdated", "organization")}
    finding = next(f for f in report.findings if f.subject == "lead")
    assert finding.message("en") == ("1 search entry of lead records no longer reads as its record does, so search "
                                     "may not find it by what it holds now.")
    assert finding.message("ja") == "リードの検索用の行のうち 1 件が現在の内容と合っておらず、今の内容では検索で見つからないことがあります。"

    repaired = crm.maintenance.check(repair=True)
    assert repaired.ok and {f.action("ja") for f in repaired.findings} == {"検索用の行を 1 件更新しました。"}
    assert ("lead", lead) in found(crm, "見本市ブース")  # the source's words, in either language
    assert ("organization", org) in found(crm, "食品")
    assert crm.maintenance.check().findings == ()


def test_a_merged_company_that_takes_the_others_name_is_found_through_its_people_by_that_name(crm):
    kept = crm.organizations.create({"name": "Hokkaido Seafoods", "country": "JP"}, actor=ACTOR).id
    twin = crm.organizations.create({"name": "北海道シーフーズ株式会社", "country": "JP"}, actor=ACTOR).id
    person = crm.contacts.create({"family_name": "佐藤", "given_name": "花子", "organization_id": kept}, actor=ACTOR).id
    moved = crm.contacts.create({"family_name": "鈴木", "given_name": "一郎", "organization_id": twin}, actor=ACTOR).id
    crm.dedupe.merge("organization", kept, twin, {"name": "loser"}, actor=ACTOR,
                     survivor_version=crm.organizations.get(kept)["version"],
                     loser_version=crm.organizations.get(twin)["version"])
    assert ("contact", person) in found(crm, "シーフーズ 佐藤")  # the survivor's own person, by the name it took
    assert ("contact", moved) in found(crm, "シーフーズ 鈴木")  # and the person who came with the other
    assert crm.maintenance.check().findings == ()


def _written_by_an_older_version(crm, *record_ids: str) -> None:
    """Search rows as a version before SEARCH_REVISION left them: stale words, and no note of a revision."""
    with crm.store.db.transaction() as session:
        for record_id in record_ids:
            session.execute(text("UPDATE search_index SET text = 'stale words' WHERE record_id = :id"), {"id": record_id})
        session.execute(text("DELETE FROM local_state WHERE key = 'search_revision'"))


def test_search_rows_an_older_version_wrote_are_brought_up_to_date_once(crm):
    lead = crm.leads.create({"title": "Cheese for Bangkok", "source": "booth"}, actor=ACTOR).id
    org = crm.organizations.create({"name": "Sapporo Dairy", "industry": "food"}, actor=ACTOR).id
    _written_by_an_older_version(crm, lead, org)
    assert maintenance.search_rows_due(crm.store)
    seen = []
    assert crm.maintenance.refresh_search_rows(progress=lambda done, total: seen.append((done, total)),
                                               only_if_due=True) == 2
    assert seen[-1][0] == seen[-1][1] >= 2  # every live searchable record, counted to the end
    assert ("lead", lead) in found(crm, "見本市ブース") and ("organization", org) in found(crm, "食品")
    assert not maintenance.search_rows_due(crm.store)
    with crm.store.db.transaction() as session:  # once done, not again: a row changed since stays as it is
        session.execute(text("UPDATE search_index SET text = 'stale words' WHERE record_id = :id"), {"id": lead})
    assert crm.maintenance.refresh_search_rows(only_if_due=True) == 0
    assert ("lead", lead) in found(crm, "stale")


def test_a_refresh_stopped_half_way_keeps_what_it_did_and_is_still_due(sqlite_crm, monkeypatch):
    crm = sqlite_crm
    monkeypatch.setattr(maintenance, "CHUNK", 2)
    ids = [crm.organizations.create({"name": f"Company {n}"}, actor=ACTOR).id for n in range(5)]
    _written_by_an_older_version(crm, *ids)

    def stop_after_the_first_chunk(done, total):
        raise KeyboardInterrupt  # what a cancel raises is the caller's; the refresh only lets it through

    with pytest.raises(KeyboardInterrupt):
        crm.maintenance.refresh_search_rows(progress=stop_after_the_first_chunk)
    assert maintenance.search_rows_due(crm.store)
    assert _stale(crm) == 3  # the first chunk's two rows were written
    assert crm.maintenance.refresh_search_rows(only_if_due=True) == 3
    assert _stale(crm) == 0


def _stale(crm) -> int:
    with crm.store.reading() as session:
        return session.scalar(text("SELECT count(*) FROM search_index WHERE text = 'stale words'"))


def test_on_the_office_server_one_client_refreshes_while_the_others_leave_it_to_finish(postgres_server):
    import uuid

    from sapporo_mice.crm import Crm

    url = postgres_server.create_database(f"refresh_{uuid.uuid4().hex[:12]}")
    first, second = Crm.open(url), Crm.open(url)
    try:
        lead = first.leads.create({"title": "Cheese for Bangkok", "source": "booth"}, actor=ACTOR).id
        _written_by_an_older_version(first, lead)
        with maintenance._one_refresher(first.store) as alone:  # the first client to open it is at it
            assert alone
            assert second.maintenance.refresh_search_rows(only_if_due=True) == 0  # the second leaves it
            assert maintenance.search_rows_due(second.store)
        assert second.maintenance.refresh_search_rows(only_if_due=True) == 1  # once free, it is done
        assert ("lead", lead) in found(second, "見本市ブース")
    finally:
        first.close()
        second.close()


def test_many_renames_in_one_action_re_index_their_namers_in_one_query_per_type(crm):
    """Re-indexing waits for the action's end, so renaming thirty people asks for their leads once, not thirty
    times (an import that fills in ten thousand people's Latin names)."""
    from sqlalchemy import event

    people = [crm.contacts.create({"family_name": "佐藤", "given_name": f"{n}号"}, actor=ACTOR).id for n in range(30)]
    leads = [crm.leads.create({"title": f"案件 {n}", "contact_id": person}, actor=ACTOR).id
             for n, person in enumerate(people)]
    asked = []

    def count(conn, cursor, statement, parameters, context, executemany):
        if "FROM leads" in statement and "contact_id" in statement:
            asked.append(statement)

    engine = crm.store.db.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        crm.contacts.update_many(people, {"latin_name": "Hanako Sato"}, actor=ACTOR)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(asked) == 1
    assert {hit.id for hit in crm.search.find("hanako sato", types=("lead",))} == set(leads)
