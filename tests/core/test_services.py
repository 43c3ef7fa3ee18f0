"""Every record type's service: create, update, soft delete, restore, get and list, on both databases."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from sapporo_mice import paths
from sapporo_mice.services import SERVICE_CLASSES
from sapporo_mice.errors import NotFoundError, StaleVersionError, ValidationError

ACTOR = "tester"


def _org(crm) -> str:
    return crm.organizations.create({"name": "札幌食品株式会社", "country": "JP"}, actor=ACTOR).id


def _fair(crm) -> str:
    return crm.fairs.create({"name": "Food Japan", "country": "SG", "timezone": "Asia/Singapore",
                             "starts_on": "2026-10-29", "ends_on": "2026-10-31"}, actor=ACTOR).id


def _student(crm) -> str:
    return crm.students.create({"display_name": "Nguyen Van An"}, actor=ACTOR).id


def _opening(crm) -> str:
    return crm.openings.create({"organization_id": _org(crm), "title": "Export assistant",
                                "kind": "internship"}, actor=ACTOR).id


def _indicator(crm) -> str:
    return crm.indicators.create({"code": "P2-1", "name_ja": "国際会議の開催件数", "name_en": "International conferences",
                                  "pillar": 2, "unit": "件"}, actor=ACTOR).id


# record type -> (minimal valid values, given a CRM to create references in; a field and new value to update)
MINIMAL: dict[str, tuple[Callable[[Any], dict[str, Any]], str, Any]] = {
    "organization": (lambda crm: {"name": "北海道物産"}, "name_en", "Hokkaido Bussan"),
    "contact": (lambda crm: {"family_name": "山田", "given_name": "花子"}, "title", "課長"),
    "lead": (lambda crm: {"title": "ホタテ輸入の問い合わせ"}, "next_action", "見積送付"),
    "activity": (lambda crm: {"kind": "meeting", "subject": "初回面談", "occurred_at": "2026-04-01T10:00:00+09:00"},
                 "body", "議事メモ"),
    "task": (lambda crm: {"title": "礼状を送る"}, "assignee", "佐藤"),
    "attachment": (lambda crm: {"sha256": "a" * 64, "filename": "profile.pdf", "size": 1024,
                                "record_type": "organization", "record_id": _org(crm)}, "role", "brochure"),
    "meeting_series": (lambda crm: {"name": "Asia Pacific Congress of Cardiology"}, "acronym", "APCC"),
    "bid": (lambda crm: {"name": "APCC 2030 Sapporo"}, "competitors", "Busan, Kuala Lumpur"),
    "fair": (lambda crm: {"name": "THAIFEX", "country": "TH", "timezone": "Asia/Bangkok",
                          "starts_on": "2026-05-26", "ends_on": "2026-05-30"}, "pavilion", "Japan Pavilion"),
    "participation": (lambda crm: {"fair_id": _fair(crm), "organization_id": _org(crm)}, "booth", "A-12"),
    "company_profile": (lambda crm: {"organization_id": _org(crm)}, "certifications", ",haccp,"),
    "target_market": (lambda crm: {"organization_id": _org(crm), "country": "SG"}, "priority", 1),
    "support_need": (lambda crm: {"organization_id": _org(crm), "area": "logistics"}, "description", "冷凍輸送"),
    "consultation": (lambda crm: {"organization_id": _org(crm), "held_at": "2026-06-01T14:00:00+09:00",
                                  "area": "tax", "summary": "シンガポールのGST"}, "advisor", "JETRO"),
    "expansion_case": (lambda crm: {"organization_id": _org(crm), "country": "TW", "kind": "first_export",
                                    "occurred_on": "2026-07-01"}, "value_jpy", 3_000_000),
    "support_given": (lambda crm: {"organization_id": _org(crm), "kind": "subsidy", "given_on": "2026-07-01",
                                   "amount_jpy": 500_000}, "description", "海外展示会出展補助"),
    "student": (lambda crm: {"display_name": "Tran Thi Mai"}, "major", "Economics"),
    "opening": (lambda crm: {"organization_id": _org(crm), "title": "Marketing intern", "kind": "internship"},
                "location", "札幌市中央区"),
    "match": (lambda crm: {"student_id": _student(crm), "opening_id": _opening(crm)}, "notes", "面接調整中"),
    "indicator": (lambda crm: {"code": "P1-1", "name_ja": "海外メディア掲載数", "name_en": "Foreign media coverage",
                               "pillar": 1, "unit": "件"}, "description", "年度集計"),
    "indicator_value": (lambda crm: {"indicator_id": _indicator(crm), "fiscal_year": "FY2026"}, "target", 12.0),
}
# --- network
def _city(crm) -> str:
    return crm.service("partner_city").create({"name": "ミュンヘン", "country": "DE", "relationship": "sister"},
                                              actor=ACTOR).id


def _visit(crm) -> str:
    return crm.service("visit").create({"title": "ミュンヘン市長一行", "arrives_on": "2027-02-05"}, actor=ACTOR).id


MINIMAL.update({
    "partner_city": (lambda crm: {"name": "ポートランド", "country": "US", "relationship": "sister"},
                     "since_year", 1959),
    "city_network": (lambda crm: {"name": "世界冬の都市市長会", "kind": "city_association"}, "acronym", "WWCAM"),
    "network_membership": (lambda crm: {"network_id": crm.service("city_network").create(
        {"name": "ユネスコ創造都市ネットワーク", "kind": "un_network"}, actor=ACTOR).id, "partner_city_id": _city(crm)},
        "designation", "食文化"),
    "exchange": (lambda crm: {"title": "青少年交流", "kind": "student_exchange", "starts_on": "2026-08-01"},
                 "outcome", "相互訪問を継続"),
    "visit": (lambda crm: {"title": "大田市訪問団", "arrives_on": "2026-11-10"}, "purpose", "冬季観光の視察"),
    "participant": (lambda crm: {"visit_id": _visit(crm), "name": "Dieter Reiter"}, "role", "市長"),
    "programme_item": (lambda crm: {"visit_id": _visit(crm), "starts_at": "2027-02-05T10:00",
                                    "activity": "市長表敬"}, "place", "札幌市役所"),
    "gift": (lambda crm: {"visit_id": _visit(crm), "direction": "given", "item": "北海道の木彫り"}, "giver", "市長"),
    "shared_setting": (lambda crm: {"key": "bid_stage_probabilities"}, "value", {"won": 95}),
})
RECORD_TYPES = sorted(MINIMAL)


def test_the_table_covers_every_service():
    assert {cls.record_type for cls in SERVICE_CLASSES} == set(MINIMAL)


@pytest.mark.parametrize("record_type", RECORD_TYPES)
def test_every_service_creates_gets_updates_and_lists(crm, record_type):
    make, field, new_value = MINIMAL[record_type]
    service = crm.service(record_type)
    saved = service.create(make(crm), actor=ACTOR)
    assert saved.record["version"] == 1 and saved.record["created_by"] == ACTOR
    assert saved.changes.touched[record_type] == {saved.id}
    assert service.get(saved.id)["id"] == saved.id

    updated = service.update(saved.id, {field: new_value}, actor="editor", expected_version=1)
    assert updated.record[field] == new_value
    assert updated.record["version"] == 2 and updated.record["updated_by"] == "editor"
    assert service.get(saved.id)[field] == new_value
    assert saved.id in [r["id"] for r in service.list()]
    assert service.count() == len(service.list(limit=None))


@pytest.mark.parametrize("record_type", RECORD_TYPES)
def test_every_service_soft_deletes_and_restores(crm, record_type):
    make, _field, _value = MINIMAL[record_type]
    service = crm.service(record_type)
    saved = service.create(make(crm), actor=ACTOR)

    changes = service.delete(saved.id, actor=ACTOR)
    assert changes.touched[record_type] == {saved.id}
    with pytest.raises(NotFoundError):
        service.get(saved.id)
    assert saved.id not in [r["id"] for r in service.list()]
    assert service.get(saved.id, include_deleted=True)["deleted_at"] is not None
    assert saved.id in [r["id"] for r in service.list(include_deleted=True)]

    restored = service.restore(saved.id, actor=ACTOR)
    assert restored.record["deleted_at"] is None
    assert service.get(saved.id)["id"] == saved.id
    assert saved.id in [r["id"] for r in service.list()]


@pytest.mark.parametrize("record_type", ["organization", "contact", "lead", "fair", "bid", "student", "indicator"])
def test_deleted_records_leave_search_and_come_back_on_restore(crm, record_type):
    make, _field, _value = MINIMAL[record_type]
    service = crm.service(record_type)
    saved = service.create(make(crm), actor=ACTOR)
    title = crm.search.find(saved.record.get("name") or saved.record.get("title") or saved.record.get("display_name")
                   or saved.record["name_ja"], types=(record_type,))
    assert [h.id for h in title] == [saved.id]

    service.delete(saved.id, actor=ACTOR)
    query = title[0].title
    assert crm.search.find(query, types=(record_type,)) == []
    service.restore(saved.id, actor=ACTOR)
    assert [h.id for h in crm.search.find(query, types=(record_type,))] == [saved.id]


def test_a_deleted_record_cannot_be_updated_until_restored(crm):
    org = crm.organizations.create({"name": "Lim Trading Pte. Ltd."}, actor=ACTOR)
    crm.organizations.delete(org.id, actor=ACTOR)
    with pytest.raises(ValidationError) as caught:
        crm.organizations.update(org.id, {"industry": "food"}, actor=ACTOR)
    assert caught.value.problems[0].code == "field.deleted"
    with pytest.raises(ValidationError):
        crm.organizations.delete(org.id, actor=ACTOR)


def test_restoring_a_live_record_is_refused(crm):
    org = crm.organizations.create({"name": "Lim Trading"}, actor=ACTOR)
    with pytest.raises(ValidationError) as caught:
        crm.organizations.restore(org.id, actor=ACTOR)
    assert caught.value.problems[0].code == "field.not_deleted"


def test_an_unknown_id_is_not_found(crm):
    with pytest.raises(NotFoundError) as caught:
        crm.contacts.get("0190aaaa-0000-7000-8000-000000000000")
    assert "0190aaaa-0000-7000-8000-000000000000" in caught.value.message("en")
    with pytest.raises(NotFoundError):
        crm.contacts.update("0190aaaa-0000-7000-8000-000000000000", {"title": "x"}, actor=ACTOR)


def test_an_update_without_changes_keeps_the_version(crm):
    org = crm.organizations.create({"name": "Sapporo Beer"}, actor=ACTOR)
    same = crm.organizations.update(org.id, {"name": "Sapporo Beer"}, actor=ACTOR)
    assert same.record["version"] == 1
    assert not same.changes


def test_references_must_exist(crm):
    with pytest.raises(ValidationError) as caught:
        crm.participations.create({"fair_id": "0190aaaa-0000-7000-8000-000000000000",
                                   "organization_id": _org(crm)}, actor=ACTOR)
    assert caught.value.fields == ["fair_id"]
    assert caught.value.problems[0].code == "field.reference_missing"


def test_an_unknown_field_is_reported(crm):
    with pytest.raises(ValidationError) as caught:
        crm.organizations.create({"name": "X", "colour": "red"}, actor=ACTOR)
    assert [(p.field, p.code) for p in caught.value.problems] == [("colour", "field.unknown")]


def test_list_filters_orders_and_pages(crm):
    for name, kana in [("札幌食品", "さっぽろしょくひん"), ("旭川木工", "あさひかわもっこう"), ("小樽硝子", "おたるがらす")]:
        crm.organizations.create({"name": name, "name_kana": kana, "country": "JP"}, actor=ACTOR)
    crm.organizations.create({"name": "Lim Trading", "country": "SG"}, actor=ACTOR)

    names = [r["name"] for r in crm.organizations.list(where={"country": "JP"})]
    assert names == ["旭川木工", "小樽硝子", "札幌食品"]  # gojūon order of the readings
    assert [r["name"] for r in crm.organizations.list(where={"country": "JP"}, descending=True)] == names[::-1]
    assert [r["name"] for r in crm.organizations.list(where={"country": "JP"}, offset=1, limit=1)] == ["小樽硝子"]
    assert crm.organizations.count() == 4


def test_resolve_finds_a_record_by_id_or_unique_name(crm):
    from sapporo_mice.errors import AmbiguousReferenceError

    fair = crm.fairs.create(MINIMAL["fair"][0](crm), actor=ACTOR)
    assert crm.fairs.resolve(fair.id) == fair.id
    assert crm.fairs.resolve("thaifex") == fair.id
    next_year = {**MINIMAL["fair"][0](crm), "starts_on": "2027-05-26", "ends_on": "2027-05-29"}
    crm.fairs.create(next_year, actor=ACTOR)  # the same name another year (the same fair twice is refused)
    with pytest.raises(AmbiguousReferenceError) as caught:
        crm.fairs.resolve("THAIFEX")
    # the two share one name: each is listed with the id that tells it apart
    assert caught.value.count == 2 and all(f"THAIFEX ({i})" in caught.value.message("en") for i in crm.lists.ids("fair"))
    assert all(f"THAIFEX（{i}）" in caught.value.message("ja") for i in crm.lists.ids("fair"))  # full-width in Japanese
    with pytest.raises(NotFoundError):
        crm.fairs.resolve("Gulfood")


def test_resolve_folds_the_case_of_any_script_not_only_ascii(crm):
    # SQLite's own lower() folds ASCII only: 「Сарнай」 named no student although the search found her.
    from sapporo_mice.errors import AmbiguousReferenceError

    ids = {name: crm.organizations.create({"name": name, "country": "MN"}, actor=ACTOR).id
           for name in ("Монгол Ноос ХХК", "Говь Кашемир ХХК", "Ἑλληνική Εταιρεία")}
    assert crm.organizations.resolve("ноос") == ids["Монгол Ноос ХХК"]
    assert crm.organizations.resolve("ГОВЬ КАШЕМИР ХХК") == ids["Говь Кашемир ХХК"]
    assert crm.organizations.resolve("εταιρεία") == ids["Ἑλληνική Εταιρεία"]
    with pytest.raises(AmbiguousReferenceError):
        crm.organizations.resolve("ххк")


def test_resolve_takes_a_part_of_a_name_when_one_record_fits_and_lists_them_when_several_do(crm):
    from sapporo_mice.errors import AmbiguousReferenceError

    ids = {name: crm.organizations.create({"name": name, "country": "JP"}, actor=ACTOR).id
           for name in ("雪花システムズ株式会社", "株式会社雪花工業", "札幌ホタテ食品", "JP")}
    assert crm.organizations.resolve("ホタテ") == ids["札幌ホタテ食品"]
    assert crm.organizations.resolve("システムズ") == ids["雪花システムズ株式会社"]
    assert crm.organizations.resolve("JP") == ids["JP"]  # a whole name before any part of another
    with pytest.raises(AmbiguousReferenceError) as caught:
        crm.organizations.resolve("雪花")
    assert caught.value.message("ja") == ("「雪花」に該当する企業・団体が複数あります: 株式会社雪花工業、雪花システムズ株式会社。"
                                          "名前をもっと詳しく書くか、ID で指定してください。")
    assert "fits more than one company: 株式会社雪花工業, 雪花システムズ株式会社." in caught.value.message("en")
    for n in range(6):
        crm.organizations.create({"name": f"雪花物産{n}", "country": "JP"}, actor=ACTOR)
    with pytest.raises(AmbiguousReferenceError) as caught:
        crm.organizations.resolve("雪花")
    assert len(caught.value.names) == 5
    assert ": 株式会社雪花工業、雪花システムズ株式会社、雪花物産0、雪花物産1、雪花物産2 ほか。" in caught.value.message("ja")
    with pytest.raises(NotFoundError):  # an erasure asks for the whole name
        crm.organizations.resolve("ホタテ", partial=False)
    with pytest.raises(NotFoundError):
        crm.organizations.resolve("100%")  # a LIKE wildcard is a character like any other


def test_contact_keeps_several_emails_and_phones_and_replaces_them(crm):
    saved = crm.contacts.create({
        "family_name": "Lim", "given_name": "Wei", "country": "SG",
        "emails": ["wei@lim.sg", {"email": "Wei.Lim@Example.COM", "kind": "home"}],
        "phones": ["6123 4567", {"raw": "011-211-2111", "kind": "mobile", "region": "JP"}],
    }, actor=ACTOR)
    record = saved.record
    assert [e["email"] for e in record["emails"]] == ["wei@lim.sg", "Wei.Lim@Example.COM"]
    assert record["emails"][1]["normalized"] == "wei.lim@example.com"
    assert [p["e164"] for p in record["phones"]] == ["+6561234567", "+81112112111"]
    assert record["display_name"] == "Wei Lim"

    updated = crm.contacts.update(saved.id, {"emails": ["wei@lim.sg"], "phones": []}, actor=ACTOR)
    assert [e["email"] for e in updated.record["emails"]] == ["wei@lim.sg"]
    assert updated.record["phones"] == []
    assert updated.record["version"] == 2



def _primaries(crm, contact_id: str) -> dict[str, list[str]]:
    """The contact's live emails and phones marked primary, as stored."""
    from sqlalchemy import select

    from sapporo_mice.models import ContactEmail, ContactPhone

    with crm.store.reading() as session:
        return {table: list(session.scalars(select(column).where(model.contact_id == contact_id,
                                                                  model.deleted_at.is_(None), model.is_primary)))
                for table, model, column in (("emails", ContactEmail, ContactEmail.email),
                                             ("phones", ContactPhone, ContactPhone.e164))}


def test_the_first_email_and_phone_given_are_the_one_primary_whatever_came_before(crm):
    """The first of the list given is the primary one, and the only one: a new address put first, or the list
    reordered, moves the mark; before, the old primary kept it too, and lists went on showing it first."""
    saved = crm.contacts.create({"family_name": "Lim", "given_name": "Wei", "country": "SG",
                                 "emails": ["a@lim.sg", "b@lim.sg"], "phones": ["6123 4567", "6765 4321"]},
                                actor=ACTOR)
    assert _primaries(crm, saved.id) == {"emails": ["a@lim.sg"], "phones": ["+6561234567"]}

    new_first = crm.contacts.update(saved.id, {"emails": ["c@lim.sg", "a@lim.sg", "b@lim.sg"]}, actor=ACTOR)
    assert _primaries(crm, saved.id)["emails"] == ["c@lim.sg"]
    assert [e["email"] for e in new_first.record["emails"]] == ["c@lim.sg", "a@lim.sg", "b@lim.sg"]

    reordered = crm.contacts.update(saved.id, {"emails": ["b@lim.sg", "a@lim.sg", "c@lim.sg"],
                                               "phones": ["6765 4321", "6123 4567"]}, actor=ACTOR)
    assert _primaries(crm, saved.id) == {"emails": ["b@lim.sg"], "phones": ["+6567654321"]}
    assert [e["email"] for e in reordered.record["emails"]][0] == "b@lim.sg"
    assert [p["e164"] for p in reordered.record["phones"]] == ["+6567654321", "+6561234567"]
    assert reordered.record["version"] == new_first.record["version"] + 1

    same = crm.contacts.update(saved.id, {"emails": ["b@lim.sg", "c@lim.sg", "a@lim.sg"]}, actor=ACTOR)
    assert same.record["version"] == reordered.record["version"]  # the same primary: nothing to change
    assert _primaries(crm, saved.id)["emails"] == ["b@lim.sg"]



def test_an_address_held_twice_keeps_one_primary_mark(crm):
    """Two laptops adding the same address leave it twice: marking "the first given" marks one of them only."""
    import datetime as dt

    from sapporo_mice.ids import uuid7
    from sapporo_mice.models import ContactEmail

    saved = crm.contacts.create({"family_name": "Lim", "emails": ["a@lim.sg", "b@lim.sg"]}, actor=ACTOR)
    later = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1)
    with crm.store.db.transaction() as session:  # the same address again, marked too (as a sync could leave it)
        session.add(ContactEmail(id=uuid7(), contact_id=saved.id, email="a@lim.sg", normalized="a@lim.sg",
                                 kind="work", is_primary=True, created_at=later, updated_at=later,
                                 created_by="other", updated_by="other", version=1))
    assert len(_primaries(crm, saved.id)["emails"]) == 2
    crm.contacts.update(saved.id, {"emails": ["b@lim.sg", "a@lim.sg"]}, actor=ACTOR)
    crm.contacts.update(saved.id, {"emails": ["a@lim.sg", "b@lim.sg"]}, actor=ACTOR)
    assert _primaries(crm, saved.id)["emails"] == ["a@lim.sg"]


def test_many_contacts_read_at_once_are_what_reading_each_gives(crm):
    company = crm.organizations.create({"name": "Lim Trading", "kind": "other", "country": "SG"}, actor=ACTOR).id
    wei = crm.contacts.create({"family_name": "Lim", "given_name": "Wei", "country": "SG", "organization_id": company,
                               "emails": ["wei@lim.sg", "old@lim.sg"],
                               "phones": ["6123 4567", {"raw": "011-211-2111", "kind": "mobile", "region": "JP"}]},
                              actor=ACTOR).id
    crm.contacts.update(wei, {"emails": ["wei@lim.sg", "new@lim.sg"]}, actor=ACTOR)  # old@ is tombstoned
    taro = crm.contacts.create({"family_name": "山田", "given_name": "太郎"}, actor=ACTOR).id
    with crm.store.reading_unit() as unit:
        many = crm.contacts.get_many_in(unit.session, [taro, wei, "no-such-id", taro])
        each = {record_id: crm.contacts.get_in(unit, record_id) for record_id in (taro, wei)}
    assert list(many) == [taro, wei] and many == each
    assert [e["email"] for e in many[wei]["emails"]] == ["wei@lim.sg", "new@lim.sg"]
    assert many[wei]["organization_name"] == "Lim Trading" and many[taro]["phones"] == []


def test_japanese_contacts_are_named_family_first(crm):
    saved = crm.contacts.create({"family_name": "山田", "given_name": "太郎", "family_name_kana": "ヤマダ",
                                 "given_name_kana": "タロウ"}, actor=ACTOR)
    assert saved.record["display_name"] == "山田太郎"
    assert saved.record["name_order"] == "family_first"
    # rank 1: a reading, in gojūon order (voicing off, then the reading as written)
    assert saved.record["sort_key"] == "1やまたたろう やまだたろう"


def test_stale_version_names_who_changed_it_and_when(crm):
    org = crm.organizations.create({"name": "Sapporo Seafood"}, actor=ACTOR)
    crm.organizations.update(org.id, {"industry": "水産"}, actor="鈴木", expected_version=1)
    with pytest.raises(StaleVersionError) as caught:
        crm.organizations.update(org.id, {"industry": "食品"}, actor=ACTOR, expected_version=1)
    error = caught.value
    current = crm.organizations.get(org.id)
    local = current["updated_at"].astimezone().strftime("%Y-%m-%d %H:%M")
    assert error.message("en") == (
        f"This company was changed by 鈴木 at {local}; reload it and apply your edit again."
    )
    assert "鈴木" in error.message("ja") and local in error.message("ja")
    assert crm.organizations.get(org.id)["industry"] == "水産"
    with pytest.raises(StaleVersionError):
        crm.organizations.delete(org.id, actor=ACTOR, expected_version=1)


def test_stale_version_time_is_local_time_to_the_minute(monkeypatch):
    import datetime as dt
    import time

    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        at = dt.datetime(2026, 11, 29, 10, 31, 42, 123456, tzinfo=dt.timezone.utc)
        error = StaleVersionError("bid", "x", 1, {"updated_by": "佐藤", "updated_at": at})
        assert "changed by 佐藤 at 2026-11-29 19:31;" in error.message("en")
        assert error.message("ja").startswith("この誘致案件は 2026-11-29 19:31 に佐藤さんが変更しました。")
    finally:
        monkeypatch.undo()
        time.tzset()


def test_bid_stage_history_is_kept(crm):
    bid = crm.bids.create({"name": "WCC 2031"}, actor=ACTOR)
    crm.bids.update(bid.id, {"stage": "proposal"}, actor=ACTOR)
    crm.bids.update(bid.id, {"stage": "won", "stage_note": "理事会で決定", "decision_on": "2027-05-20",
                             "outcome_reason": "会場と助成が評価された"}, actor=ACTOR)
    history = crm.bids.stage_history(bid.id)
    assert [(h["from_stage"], h["to_stage"]) for h in history] == [
        (None, "prospect"), ("prospect", "proposal"), ("proposal", "won")]
    assert history[-1]["note"] == "理事会で決定"


def test_a_file_that_cannot_be_attached_says_why_in_words(crm, tmp_path, monkeypatch):
    from sapporo_mice.services import activities

    lead = crm.leads.create({"title": "x"}, actor="t").id
    with pytest.raises(ValidationError) as caught:
        crm.attachments.attach_file(tmp_path / "nope.pdf", "lead", lead, actor="t")
    assert caught.value.message("ja") == f"ファイル: 「{tmp_path / 'nope.pdf'}」というファイルがありません。"
    assert "{" not in caught.value.message("en")  # no placeholder of another message ("No {type} matches …")
    # Windows refuses to open a file Excel holds (a sharing violation); this system cannot, so the refusal is
    # raised where the file is read.
    sheet = tmp_path / "budget.xlsx"
    sheet.write_bytes(b"PK")

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied", str(sheet))

    monkeypatch.setattr(activities, "open", refuse, raising=False)
    with pytest.raises(ValidationError) as caught:
        crm.attachments.attach_file(sheet, "lead", lead, actor="t")
    assert caught.value.problems[0].code == "field.file_unreadable"
    assert caught.value.message("ja").startswith("ファイル: 「budget.xlsx」を読めません。")
    assert crm.attachments.of_record("lead", lead) == []
    # The copy begins in a temporary file of the store's: a refused read leaves nothing there.
    assert [p.name for p in paths.attachments_dir().rglob("*") if p.is_file()] == []


def test_the_same_content_attached_twice_is_stored_once_and_no_copy_is_left_behind(crm, tmp_path):
    lead = crm.leads.create({"title": "x"}, actor="t").id
    for name in ("見積書.pdf", "quote-copy.pdf"):
        (tmp_path / name).write_bytes(b"%PDF-1.4 the same quote")
        crm.attachments.attach_file(tmp_path / name, "lead", lead, actor="t")
    stored = crm.attachments.of_record("lead", lead)
    assert {s.filename for s in stored} == {"見積書.pdf", "quote-copy.pdf"} and len({s.sha256 for s in stored}) == 1
    files = [p for p in paths.attachments_dir().rglob("*") if p.is_file()]
    assert [p.name for p in files] == [stored[0].sha256] and files[0].read_bytes() == b"%PDF-1.4 the same quote"


def test_business_cards_are_found_by_role(crm, tmp_path):
    lead = crm.leads.create({"title": "x"}, actor="t").id
    card = tmp_path / "card.png"
    card.write_bytes(b"\x89PNG fake")
    crm.attachments.attach_file(card, "lead", lead, actor="t", role="business_card")
    [stored] = crm.attachments.of_record("lead", lead, "business_card")
    assert stored.filename == "card.png"
    assert crm.attachments.of_record("lead", lead, "other") == []
