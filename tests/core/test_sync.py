"""Sync (DESIGN §4): two laptops on SQLite and an office on SQLite and on a real PostgreSQL."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from sapporo_mice.errors import ValidationError
from sapporo_mice.sync.bundle import BundleError
from tests.core.sync_support import PASS, exchange, search_rows, snapshot


def test_changes_made_on_a_laptop_reach_the_office_and_the_other_laptop(office, laptops, tmp_path):
    a, b = laptops
    org = a.organizations.create({"name": "北海道フーズ株式会社", "name_kana": "ホッカイドウフーズ"}, actor="佐藤 花子")
    person = a.contacts.create({"family_name": "山田", "given_name": "太郎", "organization_id": org.id,
                       "emails": ["taro@example.jp"]}, actor="佐藤 花子")
    assert a.sync.status().pending > 0
    at_office, _back = exchange(a, office, tmp_path)
    assert at_office.applied.received > 0 and a.sync.status().pending == 0
    exchange(b, office, tmp_path)
    assert snapshot(a) == snapshot(office) == snapshot(b)
    assert search_rows(a) == search_rows(office) == search_rows(b)
    assert {h.id for h in b.search.find("北海道フーズ")} == {org.id, person.id}  # the person: by company
    assert [h.id for h in b.search.find("taro@example")] == [person.id]


def test_a_company_renamed_on_a_laptop_is_found_through_its_people_everywhere(office, laptops, tmp_path):
    a, b = laptops
    org = a.organizations.create({"name": "北海ホタテ商会"}, actor="佐藤 花子").id
    person = a.contacts.create({"family_name": "山田", "given_name": "太郎", "organization_id": org}, actor="佐藤 花子").id
    _everyone(office, tmp_path, a, b)
    b.organizations.update(org, {"name": "札幌マリンフーズ"}, actor="鈴木 一郎")  # renamed offline on the other laptop
    _converged(office, tmp_path, a, b)
    for crm in (a, office, b):  # the person's search row names the new company on every replica
        assert person in {h.id for h in crm.search.find("マリンフーズ 山田")}
        assert crm.maintenance.check().findings == ()


# ------------------------------------------------------------------------------- helpers

UTC = dt.UTC


def _everyone(office, tmp_path, *laptops):
    """A full exchange: every laptop syncs, then every laptop again (so each has the others' changes)."""
    for _ in range(2):
        for laptop in laptops:
            exchange(laptop, office, tmp_path)


def _company_everywhere(office, laptops, tmp_path, **values):
    a, b = laptops
    org = a.organizations.create({"name": "札幌シーフード株式会社", **values}, actor="佐藤 花子")
    _everyone(office, tmp_path, a, b)
    return org.id


def _version(crm, service, record_id):
    return crm.service(service).get(record_id, include_deleted=True)["version"]


def _converged(office, tmp_path, a, b):
    _everyone(office, tmp_path, a, b)
    assert snapshot(a) == snapshot(office) == snapshot(b)
    assert search_rows(a) == search_rows(office) == search_rows(b)


# ------------------------------------------------------------------------------- the same field
def test_new_rows_reach_the_office_parents_first_whatever_order_the_bundle_met_them(office, laptops, tmp_path):
    """A phone added to a known person, then a new person with a phone: the first new row of the bundle is a
    phone, yet the new person is written before the phone that points at them (it failed on a foreign key)."""
    a, b = laptops
    known = a.contacts.create({"family_name": "佐藤", "given_name": "花子"}, actor="佐藤 花子").id
    for laptop in (a, b):
        exchange(laptop, office, tmp_path)
    a.contacts.update(known, {"phones": ["011-211-2111"]}, actor="佐藤 花子")
    new = a.contacts.create({"family_name": "鈴木", "given_name": "一郎", "phones": ["+66 2 123 4567"]},
                            actor="佐藤 花子").id
    exchange(a, office, tmp_path)
    exchange(b, office, tmp_path)
    for crm in (office, b):
        assert [p["raw"] for p in crm.contacts.get(known)["phones"]] == ["011-211-2111"]
        assert [p["raw"] for p in crm.contacts.get(new)["phones"]] == ["+66 2 123 4567"]
    assert snapshot(a) == snapshot(office) == snapshot(b)


def test_same_plain_field_on_two_laptops_newer_clock_wins_and_loser_is_kept(office, laptops, tmp_path):
    a, b = laptops
    org_id = _company_everywhere(office, laptops, tmp_path)
    a.organizations.update(org_id, {"industry": "水産加工"}, actor="佐藤 花子")
    b.organizations.update(org_id, {"industry": "食品卸"}, actor="鈴木 一郎")  # later: the newer clock
    exchange(a, office, tmp_path)
    exchange(b, office, tmp_path)
    _converged(office, tmp_path, a, b)
    assert office.organizations.get(org_id)["industry"] == "食品卸"
    [conflict] = office.sync.conflicts(open_only=False)
    assert (conflict.kind, conflict.field, conflict.office, conflict.laptop, conflict.base, conflict.winner) == (
        "field", "industry", "水産加工", "食品卸", None, "incoming")
    assert conflict.resolved and conflict.user == "鈴木 一郎"


def test_the_laptop_whose_value_lost_sees_the_conflict_read_only_after_its_next_exchange(office, laptops, tmp_path):
    """a's value was the office's when b's newer one came in: the conflict travels to a as well (not only to
    b, whose change met it), read-only there. An identity conflict reaches a once the office settles it
    against a's value (while it waits, a's value stands)."""
    a, b = laptops
    org_id = _company_everywhere(office, laptops, tmp_path)
    a.organizations.update(org_id, {"industry": "水産加工", "name": "札幌シーフーズ株式会社"}, actor="佐藤 花子")
    b.organizations.update(org_id, {"industry": "食品卸", "name": "株式会社札幌シーフード"}, actor="鈴木 一郎")
    exchange(a, office, tmp_path)
    exchange(b, office, tmp_path)  # b's industry is newer: a's loses; the name waits for a person
    assert a.sync.conflicts(open_only=False) == []  # a has not synced since
    exchange(a, office, tmp_path)
    assert a.organizations.get(org_id)["industry"] == "食品卸"
    [lost] = a.sync.conflicts(open_only=False)
    assert (lost.kind, lost.field, lost.office, lost.laptop, lost.winner, lost.resolved) == (
        "field", "industry", "水産加工", "食品卸", "incoming", True)
    assert (lost.office_device, lost.device, lost.user) == (a.sync.device, b.sync.device, "鈴木 一郎")
    assert lost.title == "札幌シーフーズ株式会社"
    with pytest.raises(ValidationError):
        a.sync.resolve(lost.id, "office", actor="佐藤 花子")
    assert {c.field for c in b.sync.conflicts(open_only=False)} == {"industry", "name"}
    [name] = office.sync.conflicts()
    office.sync.resolve(name.id, "laptop", actor="高橋 美咲")  # b's name: a's loses
    exchange(a, office, tmp_path)
    seen = {c.field: c for c in a.sync.conflicts(open_only=False)}
    assert set(seen) == {"industry", "name"} and a.sync.status().conflicts == 0
    assert (seen["name"].office, seen["name"].laptop, seen["name"].winner) == (
        "札幌シーフーズ株式会社", "株式会社札幌シーフード", "incoming")
    assert a.organizations.get(org_id)["name"] == "株式会社札幌シーフード"


@pytest.mark.parametrize("late_is_newer", [True, False])
def test_edits_folded_into_a_new_record_the_office_already_has_are_compared_there(
        office, laptops, tmp_path, late_is_newer):
    """The folded-edit fallback: a record made on a laptop is written once with its later edits folded in, but a
    record with a fixed id (a shared setting's) may already be at the office, made by another laptop. Then each
    folded edit goes the ordinary way, in order, three ways against the office's row (and the same on the
    other laptop, which has the record too)."""
    a, b = laptops
    key = "bid_stage_probabilities"
    if late_is_newer:
        a.shared_settings.put(key, {"won": 90}, actor="佐藤 花子")
    b.shared_settings.put(key, {"won": 80}, actor="鈴木 一郎")
    b.shared_settings.put(key, {"won": 70}, actor="鈴木 一郎")  # folded too: its base is the folded value
    if not late_is_newer:
        a.shared_settings.put(key, {"won": 90}, actor="佐藤 花子")
    exchange(a, office, tmp_path)
    at_office, _ = exchange(b, office, tmp_path)  # b's insert finds a's record: the edits apply to it
    assert at_office.applied.received == 3
    _converged(office, tmp_path, a, b)
    final = {"won": 70} if late_is_newer else {"won": 90}
    assert [crm.shared_settings.get(key) for crm in (office, a, b)] == [final] * 3
    conflicts = office.sync.conflicts(open_only=False)
    lost = [(c.field, c.office, c.laptop, c.winner) for c in conflicts]
    if late_is_newer:  # b's first value beat a's; its second then applied on top (its base was b's own)
        assert lost == [("value", '{"won":90}', '{"won":80}', "incoming")]
        assert conflicts[0].office_device == a.sync.device  # whose value lost: a sees it at its next exchange
        exchange(a, office, tmp_path)
        assert [c.id for c in a.sync.conflicts(open_only=False)] == [conflicts[0].id]
    else:  # both of b's values lost to a's newer one, and both are kept
        assert lost == [("value", '{"won":90}', '{"won":80}', "office"), ("value", '{"won":90}', '{"won":70}', "office")]


def test_older_edit_arriving_later_loses_but_stays_visible(office, laptops, tmp_path):
    a, b = laptops
    org_id = _company_everywhere(office, laptops, tmp_path)
    a.organizations.update(org_id, {"industry": "水産加工"}, actor="佐藤 花子")  # older
    b.organizations.update(org_id, {"industry": "食品卸"}, actor="鈴木 一郎")
    exchange(b, office, tmp_path)
    exchange(a, office, tmp_path)  # the older edit arrives second
    _converged(office, tmp_path, a, b)
    assert a.organizations.get(org_id)["industry"] == "食品卸"
    [conflict] = office.sync.conflicts(open_only=False)
    assert (conflict.office, conflict.laptop, conflict.winner) == ("食品卸", "水産加工", "office")


def test_same_identity_field_on_two_laptops_waits_for_a_person_and_resolution_syncs(office, laptops, tmp_path):
    a, b = laptops
    org_id = _company_everywhere(office, laptops, tmp_path)
    person = a.contacts.create({"family_name": "山田", "given_name": "太郎", "organization_id": org_id}, actor="佐藤 花子").id
    _everyone(office, tmp_path, a, b)
    a.organizations.update(org_id, {"name": "札幌シーフーズ株式会社"}, actor="佐藤 花子")
    b.organizations.update(org_id, {"name": "株式会社札幌シーフード"}, actor="鈴木 一郎")
    exchange(a, office, tmp_path)
    exchange(b, office, tmp_path)
    _converged(office, tmp_path, a, b)
    assert b.organizations.get(org_id)["name"] == "札幌シーフーズ株式会社"  # the office's value, for now
    [conflict] = office.sync.conflicts()
    assert (conflict.kind, conflict.office, conflict.laptop, conflict.base) == (
        "identity", "札幌シーフーズ株式会社", "株式会社札幌シーフード", "札幌シーフード株式会社")
    assert office.sync.status().conflicts == 1
    office.sync.resolve(conflict.id, "laptop", actor="高橋 美咲")
    assert office.sync.conflicts() == []
    with pytest.raises(ValidationError) as again:
        office.sync.resolve(conflict.id, "office", actor="佐藤 花子")
    assert "高橋 美咲" in again.value.message("ja")
    _converged(office, tmp_path, a, b)
    assert a.organizations.get(org_id)["name"] == "株式会社札幌シーフード"
    assert org_id in [h.id for h in a.search.find("株式会社札幌シーフード")]
    for crm in (office, a, b):  # the settled name reaches the company's people's search rows too
        assert person in [h.id for h in crm.search.find("札幌シーフード 山田")]
        assert crm.maintenance.check().findings == ()


def test_different_fields_of_one_record_both_arrive_without_conflict(office, laptops, tmp_path):
    a, b = laptops
    org_id = _company_everywhere(office, laptops, tmp_path)
    a.organizations.update(org_id, {"industry": "水産加工"}, actor="佐藤 花子")
    b.organizations.update(org_id, {"website": "https://seafood.example.jp"}, actor="鈴木 一郎")
    _converged(office, tmp_path, a, b)
    record = office.organizations.get(org_id)
    assert (record["industry"], record["website"]) == ("水産加工", "https://seafood.example.jp")
    assert office.sync.conflicts(open_only=False) == []



def test_a_new_primary_email_and_phone_reach_the_office_as_the_only_primary(office, laptops, tmp_path):
    """Putting a new address first on a laptop logs the old primary losing its mark, so every replica has one."""
    a, b = laptops
    person = a.contacts.create({"family_name": "Lim", "given_name": "Wei", "country": "SG",
                                "emails": ["a@lim.sg", "b@lim.sg"], "phones": ["6123 4567"]}, actor="佐藤 花子").id
    _everyone(office, tmp_path, a, b)
    a.contacts.update(person, {"emails": ["c@lim.sg", "b@lim.sg", "a@lim.sg"], "phones": ["6765 4321", "6123 4567"]},
                      actor="佐藤 花子")
    _converged(office, tmp_path, a, b)
    for replica in (office, b):
        record = replica.contacts.get(person)
        assert [e["email"] for e in record["emails"]][0] == "c@lim.sg"
        assert [p["e164"] for p in record["phones"]] == ["+6567654321", "+6561234567"]
    assert office.sync.conflicts(open_only=False) == []


def test_two_laptops_each_putting_a_new_address_first_end_with_one_primary_everywhere(office, laptops, tmp_path):
    """Offline, each laptop puts its own new address first (each one the only primary there); merged, the one
    listed first (the older) keeps the mark on every replica, with no conflict to resolve."""
    a, b = laptops
    person = a.contacts.create({"family_name": "Lim", "given_name": "Wei", "country": "SG",
                                "emails": ["old@lim.sg"], "phones": ["6123 4567"]}, actor="佐藤 花子").id
    _everyone(office, tmp_path, a, b)
    a.contacts.update(person, {"emails": ["a@lim.sg", "old@lim.sg"], "phones": ["6111 1111", "6123 4567"]},
                      actor="佐藤 花子")
    time.sleep(0.01)  # b's addresses are the newer ones
    b.contacts.update(person, {"emails": ["b@lim.sg", "old@lim.sg"], "phones": ["6222 2222", "6123 4567"]},
                      actor="鈴木 一郎")
    _converged(office, tmp_path, a, b)
    for replica in (office, a, b):
        record = replica.contacts.get(person)
        # the primary one first, then the others as they were added
        assert [e["email"] for e in record["emails"]] == ["a@lim.sg", "old@lim.sg", "b@lim.sg"]
        assert [p["e164"] for p in record["phones"]] == ["+6561111111", "+6561234567", "+6562222222"]
        assert replica.maintenance.check().ok  # one mark on each list: nothing for the database check to repair
    assert office.sync.conflicts(open_only=False) == []


# ------------------------------------------------------------------------------- deletes
@pytest.mark.parametrize("deleter_first", [True, False])
def test_delete_against_edit_keeps_the_record_and_asks(office, laptops, tmp_path, deleter_first):
    a, b = laptops
    org_id = _company_everywhere(office, laptops, tmp_path)
    a.organizations.delete(org_id, actor="佐藤 花子")
    b.organizations.update(org_id, {"industry": "水産加工"}, actor="鈴木 一郎")
    first, second = (a, b) if deleter_first else (b, a)
    exchange(first, office, tmp_path)
    exchange(second, office, tmp_path)
    _converged(office, tmp_path, a, b)
    record = a.organizations.get(org_id)  # alive everywhere, with the edit
    assert record["industry"] == "水産加工"
    [conflict] = office.sync.conflicts()
    assert conflict.kind == ("edit_deleted" if deleter_first else "delete_edited")
    # the person confirms the delete: it syncs
    office.sync.resolve(conflict.id, "office" if deleter_first else "laptop", actor="高橋 美咲")
    _converged(office, tmp_path, a, b)
    assert b.organizations.get(org_id, include_deleted=True)["deleted_at"] is not None
    assert org_id not in {r[1] for r in search_rows(b)}


def test_a_child_added_to_a_parent_deleted_meanwhile_is_kept_and_flagged(office, laptops, tmp_path):
    a, b = laptops
    org_id = _company_everywhere(office, laptops, tmp_path)
    a.organizations.delete(org_id, actor="佐藤 花子")
    note = b.activities.create({"kind": "meeting", "subject": "商談（バンコク）", "record_type": "organization",
                                "record_id": org_id, "occurred_at": dt.datetime(2026, 11, 20, 3, tzinfo=UTC)},
                               actor="鈴木 一郎")
    exchange(a, office, tmp_path)
    exchange(b, office, tmp_path)
    _converged(office, tmp_path, a, b)
    assert a.activities.get(note.id)["subject"] == "商談（バンコク）"  # nothing lost
    [conflict] = office.sync.conflicts()
    assert (conflict.kind, conflict.record_id) == ("deleted_parent", org_id)
    office.sync.resolve(conflict.id, "laptop", actor="高橋 美咲")  # bring the company back
    _converged(office, tmp_path, a, b)
    assert a.organizations.get(org_id)["deleted_at"] is None


# ------------------------------------------------------------------------------- merges
def test_duplicates_made_on_two_laptops_merged_at_the_office_while_a_laptop_edits_the_loser(
        office, laptops, tmp_path):
    a, b = laptops
    first = a.contacts.create({"family_name": "陳", "given_name": "美玲", "latin_name": "Chen Meiling",
                               "emails": ["meiling@example.tw"]}, actor="佐藤 花子")
    second = b.contacts.create({"family_name": "陳", "given_name": "美玲", "latin_name": "Meiling Chen"},
                               actor="鈴木 一郎")
    _everyone(office, tmp_path, a, b)
    office.dedupe.merge("contact", first.id, second.id, actor="高橋 美咲",
                        survivor_version=_version(office, "contact", first.id),
                        loser_version=_version(office, "contact", second.id))
    b.contacts.update(second.id, {"title": "購買部長"}, actor="鈴木 一郎")
    b.activities.create({"kind": "call", "subject": "見積依頼", "record_type": "contact", "record_id": second.id,
                         "occurred_at": dt.datetime(2026, 11, 21, 5, tzinfo=UTC)}, actor="鈴木 一郎")
    _converged(office, tmp_path, a, b)
    survivor = a.contacts.get(first.id)
    assert survivor["title"] == "購買部長"  # the edit of the loser landed on the survivor
    notes = a.activities.list(where={"record_type": "contact", "record_id": first.id})
    assert [n["subject"] for n in notes] == ["見積依頼"]
    assert a.contacts.get(second.id, include_deleted=True)["merged_into"] == first.id
    assert ("contact", second.id) not in search_rows(b)


# ------------------------------------------------------------------------------- clocks
@pytest.mark.parametrize("skew", [dt.timedelta(hours=-9), dt.timedelta(days=-3), dt.timedelta(days=2)])
def test_a_laptop_clock_far_off_still_orders_edits_made_after_seeing_the_office(office, laptops, tmp_path, skew):
    a, b = laptops
    org_id = _company_everywhere(office, laptops, tmp_path)
    b.store.journal.clock.wall = lambda: time.time_ns() + int(skew.total_seconds() * 1e9)
    a.organizations.update(org_id, {"industry": "水産加工"}, actor="佐藤 花子")
    exchange(a, office, tmp_path)
    exchange(b, office, tmp_path)  # b sees a's edit, then edits: its edit must sort after it
    b.organizations.update(org_id, {"industry": "食品卸"}, actor="鈴木 一郎")
    a.organizations.update(org_id, {"notes": "帰国後に連絡"}, actor="佐藤 花子")
    _converged(office, tmp_path, a, b)
    assert office.organizations.get(org_id)["industry"] == "食品卸"
    assert office.sync.conflicts(open_only=False) == []


def test_many_edits_in_one_millisecond_keep_their_order(office, laptops, tmp_path):
    a, b = laptops
    org_id = _company_everywhere(office, laptops, tmp_path)
    frozen = time.time_ns()
    a.store.journal.clock.wall = lambda: frozen
    for n in range(30):
        a.organizations.update(org_id, {"employees": n + 1}, actor="佐藤 花子")
    _converged(office, tmp_path, a, b)
    assert b.organizations.get(org_id)["employees"] == 30


# ------------------------------------------------------------------------------- bundles
def _tables_fingerprint(crm):
    from sqlalchemy import func, select

    from sapporo_mice.models import ChangeLogEntry, Conflict, LocalState

    with crm.store.reading() as session:
        return (snapshot(crm), session.scalar(select(func.count()).select_from(ChangeLogEntry)),
                session.scalar(select(func.count()).select_from(Conflict)),
                sorted((r.key, r.value) for r in session.scalars(select(LocalState))))


def test_a_bundle_imported_twice_changes_nothing_the_second_time(office, laptops, tmp_path):
    a, _ = laptops
    a.organizations.create({"name": "函館マリン"}, actor="佐藤 花子")
    out = tmp_path / "fair.smsync"
    a.sync.bundle_out(out, PASS)
    first = office.sync.bundle_in(out, PASS, actor="office")
    before = _tables_fingerprint(office)
    again = office.sync.bundle_in(out, PASS, actor="office")
    assert (again.applied.received, again.applied.skipped) == (0, first.applied.received)
    after = _tables_fingerprint(office)
    assert after[:3] == before[:3]
    a.sync.bundle_in(first.response, PASS, actor="laptop")
    laptop_before = _tables_fingerprint(a)
    a.sync.bundle_in(first.response, PASS, actor="laptop")
    assert _tables_fingerprint(a)[:3] == laptop_before[:3]


@pytest.mark.parametrize("damage", ["truncated", "tampered_body", "tampered_header", "wrong_passphrase",
                                    "other_schema", "not_a_bundle", "empty"])
def test_a_bad_bundle_is_refused_with_a_clear_error_and_changes_nothing(office, laptops, tmp_path, damage):
    from sapporo_mice.sync import bundle

    a, _ = laptops
    a.organizations.create({"name": "小樽ガラス工房"}, actor="佐藤 花子")
    out = tmp_path / "fair.smsync"
    a.sync.bundle_out(out, PASS)
    data = out.read_bytes()
    passphrase, expected = PASS, "sync.damaged"
    if damage == "truncated":
        data = data[: len(data) - 40]
    elif damage == "tampered_body":
        data = data[:-10] + bytes([data[-10] ^ 1]) + data[-9:]
    elif damage == "tampered_header":
        data = data.replace(b'"seq_from": 1', b'"seq_from": 2')
    elif damage == "wrong_passphrase":
        passphrase, expected = "違う合言葉", "sync.wrong_passphrase"
    elif damage == "other_schema":
        header, _head, _body = bundle.read_header(data)
        data = bundle.encode({k: v for k, v in header.items() if k in ("kind", "device", "seq_from", "seq_to",
                                                                         "cursor", "office")}
                             | {"schema_rev": "0099_future"}, [], PASS)
        expected = "sync.schema_other"
    elif damage == "not_a_bundle":
        data, expected = "会社名,電話\n".encode(), "sync.not_a_bundle"
    elif damage == "empty":
        data, expected = b"", "sync.not_a_bundle"
    out.write_bytes(data)
    before = _tables_fingerprint(office)
    with pytest.raises(BundleError) as caught:
        office.sync.bundle_in(out, passphrase, actor="office")
    assert caught.value.code == expected
    assert "{" not in caught.value.message("ja") and caught.value.message("ja") != caught.value.message("en")
    assert _tables_fingerprint(office) == before
    assert not list(tmp_path.glob("*.response*"))


def test_the_demo_shows_each_kind_of_conflict(crm):
    crm.add_demo_data(scale=0.05, seed=3, actor="demo")
    kinds = {c.kind: c for c in crm.sync.conflicts(open_only=False)}
    assert set(kinds) == {"identity", "field", "delete_edited"}
    assert kinds["identity"].laptop.endswith("（札幌支店）") and kinds["identity"].user == "鈴木 一郎"
    for conflict in (kinds["identity"], kinds["field"]):  # both sides changed it: else it is no conflict
        assert conflict.base != conflict.office != conflict.laptop, conflict
    status = crm.sync.status()
    assert status.conflicts == 2
    # the sync they came from, the evening before: the view said 最終同期: 未同期 above them
    assert status.last_sync is not None and status.last_sync < dt.datetime.now(dt.timezone.utc)
    assert status.last_sync == min(c.at for c in crm.sync.conflicts(open_only=False))


@pytest.mark.app_kdf
def test_a_bundle_is_sealed_with_the_apps_scrypt_cost_and_opens_with_it(office, laptops, tmp_path):
    # The other tests seal bundles at a lighter cost (tests/conftest.py): this one holds the app's own to its value.
    from sapporo_mice.sync import bundle

    a, _ = laptops
    a.organizations.create({"name": "函館マリン"}, actor="佐藤 花子")
    out = tmp_path / "fair.smsync"
    a.sync.bundle_out(out, PASS)
    header = bundle.read_header(out.read_bytes())[0]
    assert {k: header["kdf"][k] for k in ("n", "r", "p")} == {"n": 2 ** 15, "r": 8, "p": 1} == bundle.SCRYPT
    assert office.sync.bundle_in(out, PASS, actor="office").applied.received >= 1
