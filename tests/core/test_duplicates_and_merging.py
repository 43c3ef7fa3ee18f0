"""Duplicate candidates, the side-by-side merge and its undo, for contacts and organizations, on both databases."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from sapporo_mice import duplicates
from sapporo_mice.merging import MergeUndoError
from sapporo_mice.errors import StaleVersionError, ValidationError
from sapporo_mice.models import ChangeLogEntry, MergeRecord

ACTOR = "tanaka"


def _org(crm, name="株式会社サッポロ食品", **values):
    return crm.organizations.create({"name": name, "country": "JP", **values}, actor=ACTOR).id


def _contact(crm, **values):
    return crm.contacts.create({"family_name": "山田", "given_name": "太郎", **values}, actor=ACTOR).id


def _merge(crm, record_type, survivor, loser, choices=None):
    service = crm.service(record_type)
    return crm.dedupe.merge(record_type, survivor, loser, choices or {}, actor=ACTOR,
                            survivor_version=service.get(survivor)["version"], loser_version=service.get(loser)["version"])


# ------------------------------------------------------------------------------------------- candidates

def test_contacts_with_the_same_email_in_other_case_and_width_are_candidates(crm):
    a = _contact(crm, emails=["Taro.Yamada@Sapporo-Foods.jp"])
    b = _contact(crm, given_name="太朗", emails=["ｔａｒｏ.yamada@sapporo-foods.jp"])
    _contact(crm, family_name="佐藤", emails=["sato@sapporo-foods.jp"])
    found = crm.dedupe.candidates("contact")
    assert [(c.left_id, c.right_id, c.reasons) for c in found] == [(a, b, ("email",))]
    assert (found[0].left_title, found[0].right_title, found[0].score) == ("山田太郎", "山田太朗", 90)


def test_phones_written_differently_match_by_e164_and_reasons_add_up(crm):
    org = _org(crm)
    a = _contact(crm, family_name_kana="やまだ", given_name_kana="たろう", organization_id=org,
                 phones=["011-211-2111"], emails=["a@x.jp"])
    b = _contact(crm, family_name_kana="ヤマダ", given_name_kana="タロウ", organization_id=org,
                 phones=["+81 11 211 2111"], emails=["b@x.jp"])
    [candidate] = crm.dedupe.candidates("contact")
    assert candidate.reasons == ("phone", "name_org")
    assert candidate.score == 85
    assert {candidate.left_id, candidate.right_id} == {a, b}


def test_same_reading_at_another_organization_is_not_a_candidate(crm):
    _contact(crm, family_name_kana="やまだ", organization_id=_org(crm))
    _contact(crm, family_name_kana="やまだ", organization_id=_org(crm, "北海道物産"))
    assert crm.dedupe.candidates("contact") == []


def test_organizations_match_by_corporate_number_and_by_name_without_legal_form(crm):
    a = _org(crm, "株式会社サッポロ食品")
    b = _org(crm, "サッポロ食品(株)")
    c = _org(crm, "Lim Trading Pte. Ltd.", country="SG", corporate_number="7000012050002")
    d = _org(crm, "リム商事", country="SG", corporate_number="7000012050002")
    found = {(x.left_id, x.right_id): x for x in crm.dedupe.candidates("organization")}
    assert found[(a, b)].reasons == ("company_name",)
    assert found[(c, d)].reasons == ("corporate_number",)
    assert found[(c, d)].score > found[(a, b)].score
    assert [x.right_id for x in crm.dedupe.candidates("organization", b)] == [a]


def test_candidates_for_one_record_put_it_on_the_left(crm):
    a = _contact(crm, emails=["t@x.jp"])
    b = _contact(crm, emails=["T@X.JP"])
    [candidate] = crm.dedupe.candidates("contact", b)
    assert (candidate.left_id, candidate.right_id) == (b, a)


def test_deleted_and_merged_records_are_not_candidates(crm):
    a = _contact(crm, emails=["t@x.jp"])
    b = _contact(crm, emails=["t@x.jp"])
    c = _contact(crm, emails=["t@x.jp"])
    crm.contacts.delete(c, actor=ACTOR)
    _merge(crm, "contact", a, b)
    assert crm.dedupe.candidates("contact") == []


def test_a_key_shared_by_too_many_records_is_not_proposed(crm, monkeypatch):
    monkeypatch.setattr(duplicates, "MAX_GROUP", 3)
    for _ in range(4):
        _contact(crm, emails=["info@sapporo-foods.jp"])
    assert crm.dedupe.candidates("contact") == []


def test_only_contacts_and_organizations_can_be_deduplicated(crm):
    with pytest.raises(ValidationError) as info:
        crm.dedupe.candidates("lead")
    assert info.value.fields == ["record_type"]


# ------------------------------------------------------------------------------------------- merge

def _contact_with_children(crm):
    """A loser contact with one child of each kind that points at a contact."""
    org = _org(crm)
    fair = crm.fairs.create({"name": "Food Japan", "country": "SG", "timezone": "Asia/Singapore",
                             "starts_on": "2026-10-29", "ends_on": "2026-10-31"}, actor=ACTOR).id
    survivor = _contact(crm, emails=["taro@x.jp"], phones=["011-211-2111"], title="課長")
    loser = _contact(crm, given_name="太朗", emails=["TARO@x.jp", "yamada@gmail.com"],
                     phones=["+81 11 211 2111", "090-1234-5678"], title="部長", department="海外事業部")
    kids = {
        "lead": crm.leads.create({"title": "ホタテ", "contact_id": loser}, actor=ACTOR).id,
        "activity": crm.activities.create({"kind": "call", "subject": "電話", "occurred_at": "2026-04-01T10:00:00+09:00",
                                           "record_type": "contact", "record_id": loser}, actor=ACTOR).id,
        "task": crm.tasks.create({"title": "礼状", "record_type": "contact", "record_id": loser}, actor=ACTOR).id,
        "participation": crm.participations.create({"fair_id": fair, "organization_id": org, "contact_id": loser},
                                                   actor=ACTOR).id,
        "bid": crm.bids.create({"name": "APCC 2030", "host_contact_id": loser, "association_contact_id": loser},
                               actor=ACTOR).id,
        "student": crm.students.create({"display_name": "Tran", "contact_id": loser}, actor=ACTOR).id,
    }
    return survivor, loser, kids


def test_merging_contacts_takes_chosen_fields_and_moves_every_child(crm):
    survivor, loser, kids = _contact_with_children(crm)
    result = _merge(crm, "contact", survivor, loser, {"title": "loser", "given_name": "survivor"})
    kept = crm.contacts.get(survivor)
    assert (kept["given_name"], kept["title"], kept["department"]) == ("太郎", "部長", "海外事業部")
    assert sorted(e["normalized"] for e in kept["emails"]) == ["taro@x.jp", "yamada@gmail.com"]
    assert sorted(p["e164"] for p in kept["phones"]) == ["+81112112111", "+819012345678"]
    assert crm.leads.get(kids["lead"])["contact_id"] == survivor
    assert crm.activities.get(kids["activity"])["record_id"] == survivor
    assert crm.tasks.get(kids["task"])["record_id"] == survivor
    assert crm.participations.get(kids["participation"])["contact_id"] == survivor
    bid = crm.bids.get(kids["bid"])
    assert (bid["host_contact_id"], bid["association_contact_id"]) == (survivor, survivor)
    assert crm.students.get(kids["student"])["contact_id"] == survivor
    assert result.moved["leads"] == 1 and result.moved["bids"] == 2
    assert kids["lead"] in result.changes.touched["lead"]
    assert {survivor, loser} <= result.changes.touched["contact"]


def test_the_loser_is_tombstoned_redirected_and_leaves_search(crm):
    survivor = _contact(crm, latin_name="Taro Yamada", emails=["taro@x.jp"])
    loser = _contact(crm, family_name="山田", given_name="太朗", emails=["tarochan@example.com"])
    _merge(crm, "contact", survivor, loser)
    gone = crm.contacts.get(loser, include_deleted=True)
    assert gone["merged_into"] == survivor and gone["deleted_at"] is not None
    assert [h.id for h in crm.search.find("tarochan@example.com")] == [survivor]
    assert [h.id for h in crm.search.find("山田太朗")] == []


def test_a_merge_writes_a_merge_op_and_a_merge_record(crm):
    survivor, loser = _contact(crm, emails=["a@x.jp"]), _contact(crm, emails=["a@x.jp"])
    result = _merge(crm, "contact", survivor, loser)
    with crm.store.db.reading() as session:
        ops = session.scalars(select(ChangeLogEntry.op).where(ChangeLogEntry.row_id == loser)).all()
        record = session.get(MergeRecord, result.merge_id)
        assert "merge" in ops and "delete" in ops
        assert (record.survivor_id, record.loser_id, record.merged_by) == (survivor, loser, ACTOR)
        assert json.loads(record.snapshot)["tombstoned"]
    assert [m.id for m in crm.dedupe.merges_of("contact", loser)] == [result.merge_id]


def test_merging_organizations_moves_every_child_and_keeps_a_second_profile(crm):
    survivor, loser = _org(crm, "株式会社サッポロ食品"), _org(crm, "サッポロ食品(株)", website="https://sapporo-foods.jp")
    fair = crm.fairs.create({"name": "THAIFEX", "country": "TH", "timezone": "Asia/Bangkok",
                             "starts_on": "2026-05-26", "ends_on": "2026-05-30"}, actor=ACTOR).id
    contact = _contact(crm, organization_id=loser)
    lead = crm.leads.create({"title": "x", "organization_id": loser, "interest_organization_id": loser}, actor=ACTOR).id
    part = crm.participations.create({"fair_id": fair, "organization_id": loser}, actor=ACTOR).id
    opening = crm.openings.create({"organization_id": loser, "title": "Intern", "kind": "internship"}, actor=ACTOR).id
    series = crm.meeting_series.create({"name": "APCC", "association_id": loser}, actor=ACTOR).id
    bid = crm.bids.create({"name": "APCC 2030", "venue_id": loser}, actor=ACTOR).id
    student = crm.students.create({"display_name": "Tran", "university_id": loser}, actor=ACTOR).id
    case = crm.expansion_cases.create({"organization_id": loser, "country": "TW", "kind": "first_export",
                                       "occurred_on": "2026-07-01"}, actor=ACTOR).id
    crm.company_profiles.create({"organization_id": survivor}, actor=ACTOR)
    loser_profile = crm.company_profiles.create({"organization_id": loser}, actor=ACTOR).id
    result = _merge(crm, "organization", survivor, loser)
    assert crm.organizations.get(survivor)["website"] == "https://sapporo-foods.jp"  # a blank filled by default
    assert crm.contacts.get(contact)["organization_id"] == survivor
    moved_lead = crm.leads.get(lead)
    assert (moved_lead["organization_id"], moved_lead["interest_organization_id"]) == (survivor, survivor)
    assert crm.participations.get(part)["organization_id"] == survivor
    assert crm.openings.get(opening)["organization_id"] == survivor
    assert crm.meeting_series.get(series)["association_id"] == survivor
    assert crm.bids.get(bid)["venue_id"] == survivor
    assert crm.students.get(student)["university_id"] == survivor
    assert crm.expansion_cases.get(case)["organization_id"] == survivor
    assert result.kept == [f"company_profiles:{loser_profile}"]


def test_merge_fails_on_a_stale_version_and_changes_nothing(crm):
    survivor, loser = _contact(crm, title="課長"), _contact(crm, title="部長")
    version = crm.contacts.get(loser)["version"]
    crm.contacts.update(loser, {"title": "本部長"}, actor="sato")
    with pytest.raises(StaleVersionError):
        crm.dedupe.merge("contact", survivor, loser, {"title": "loser"}, actor=ACTOR,
              survivor_version=crm.contacts.get(survivor)["version"], loser_version=version)
    assert crm.contacts.get(survivor)["title"] == "課長"
    assert crm.contacts.get(loser)["merged_into"] is None


@pytest.mark.parametrize("choices, field", [({"title": "both"}, "title"), ({"nonsense": "loser"}, "nonsense")])
def test_a_bad_field_choice_is_refused_naming_the_field(crm, choices, field):
    survivor, loser = _contact(crm), _contact(crm)
    with pytest.raises(ValidationError) as info:
        _merge(crm, "contact", survivor, loser, choices)
    assert info.value.fields == [field]


def test_a_record_cannot_be_merged_with_itself_or_after_it_was_merged(crm):
    a, b, c = _contact(crm), _contact(crm), _contact(crm)
    with pytest.raises(ValidationError):
        _merge(crm, "contact", a, a)
    _merge(crm, "contact", a, b)
    with pytest.raises(ValidationError) as info:
        crm.dedupe.merge("contact", c, b, {}, actor=ACTOR, survivor_version=crm.contacts.get(c)["version"],
              loser_version=crm.contacts.get(b, include_deleted=True)["version"])
    assert info.value.fields == ["loser_id"]


def test_the_preview_pairs_every_field_and_fills_blanks_from_the_loser(crm):
    survivor, loser = _contact(crm, title="課長"), _contact(crm, title="部長", department="営業部")
    preview = crm.dedupe.preview("contact", survivor, loser)
    pairs = {p.field: p for p in preview.fields}
    assert (pairs["title"].survivor, pairs["title"].loser, pairs["title"].default) == ("課長", "部長", "survivor")
    assert pairs["department"].default == "loser"
    assert preview.survivor["version"] == 1


# ------------------------------------------------------------------------------------------- undo

def test_undo_restores_fields_children_and_the_loser(crm):
    survivor, loser, kids = _contact_with_children(crm)
    before = crm.contacts.get(survivor)
    result = _merge(crm, "contact", survivor, loser, {"title": "loser", "given_name": "loser"})
    undone = crm.dedupe.undo(result.merge_id, actor=ACTOR)
    after = crm.contacts.get(survivor)
    assert (after["title"], after["given_name"], after["display_name"]) == ("課長", "太郎", before["display_name"])
    assert [e["normalized"] for e in after["emails"]] == ["taro@x.jp"]
    back = crm.contacts.get(loser)
    assert back["merged_into"] is None and back["deleted_at"] is None
    assert sorted(e["normalized"] for e in back["emails"]) == ["taro@x.jp", "yamada@gmail.com"]
    assert len(back["phones"]) == 2
    assert crm.leads.get(kids["lead"])["contact_id"] == loser
    assert crm.bids.get(kids["bid"])["association_contact_id"] == loser
    assert set(undone.restored_fields) >= {"title", "given_name"}
    assert [h.id for h in crm.search.find("山田太朗", types=("contact",))] == [loser]


def test_undo_is_refused_when_a_merged_field_was_edited_since(crm):
    survivor, loser = _contact(crm, title="課長"), _contact(crm, title="部長")
    result = _merge(crm, "contact", survivor, loser, {"title": "loser"})
    crm.contacts.update(survivor, {"title": "本部長"}, actor="sato")
    with pytest.raises(MergeUndoError) as info:
        crm.dedupe.undo(result.merge_id, actor=ACTOR)
    assert info.value.fields == ["title"]
    # named as the contact's form names the field, not by its key
    assert "残したレコードの役職が変更されています" in info.value.message("ja") and "title" not in info.value.message("ja")
    assert "Job title of the kept record changed" in info.value.message("en")
    assert crm.contacts.get(loser, include_deleted=True)["merged_into"] == survivor


def test_undo_keeps_later_edits_of_other_fields_and_skips_children_moved_since(crm):
    survivor, loser = _contact(crm, title="課長"), _contact(crm, title="部長")
    other = _contact(crm, family_name="佐藤")
    lead = crm.leads.create({"title": "x", "contact_id": loser}, actor=ACTOR).id
    result = _merge(crm, "contact", survivor, loser, {"title": "loser"})
    crm.contacts.update(survivor, {"notes": "展示会で再会"}, actor="sato")
    crm.leads.update(lead, {"contact_id": other}, actor="sato")
    undone = crm.dedupe.undo(result.merge_id, actor=ACTOR)
    kept = crm.contacts.get(survivor)
    assert (kept["title"], kept["notes"]) == ("課長", "展示会で再会")
    assert crm.leads.get(lead)["contact_id"] == other
    assert undone.skipped == [f"leads:{lead}"]


def test_a_merge_is_undone_only_once(crm):
    survivor, loser = _contact(crm), _contact(crm)
    result = _merge(crm, "contact", survivor, loser)
    crm.dedupe.undo(result.merge_id, actor=ACTOR)
    with pytest.raises(ValidationError):
        crm.dedupe.undo(result.merge_id, actor=ACTOR)
    assert crm.dedupe.merges_of("contact", survivor)[0].undone_at is not None


def test_undo_is_refused_when_the_survivor_was_deleted_since(crm):
    survivor, loser = _contact(crm), _contact(crm)
    result = _merge(crm, "contact", survivor, loser)
    crm.contacts.delete(survivor, actor=ACTOR)
    with pytest.raises(MergeUndoError):
        crm.dedupe.undo(result.merge_id, actor=ACTOR)


# ------------------------------------------------------------------------------------------- properties

_text = st.one_of(st.none(), st.sampled_from(["営業部", "Sales", "ｾｰﾙｽ", "a,b", "  x  "]))
FIELD_VALUES = {"given_name": _text, "title": _text, "department": _text, "languages": _text, "notes": _text,
                "tags": _text, "country": st.sampled_from([None, "JP", "SG", "th"])}
FIELDS = tuple(FIELD_VALUES)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(survivor_values=st.fixed_dictionaries(FIELD_VALUES), loser_values=st.fixed_dictionaries(FIELD_VALUES),
       choices=st.dictionaries(st.sampled_from(FIELDS), st.sampled_from(["survivor", "loser"])),
       loser_leads=st.integers(0, 3), survivor_leads=st.integers(0, 2))
def test_merge_then_undo_gives_back_both_records_and_their_children(sqlite_crm, survivor_values, loser_values,
                                                                    choices, loser_leads, survivor_leads):
    crm = sqlite_crm
    survivor, loser = _contact(crm, **survivor_values), _contact(crm, **loser_values)
    leads = [crm.leads.create({"title": f"L{i}", "contact_id": loser}, actor=ACTOR).id for i in range(loser_leads)]
    own = [crm.leads.create({"title": f"S{i}", "contact_id": survivor}, actor=ACTOR).id for i in range(survivor_leads)]
    before = {i: _comparable(crm.contacts.get(i)) for i in (survivor, loser)}
    result = _merge(crm, "contact", survivor, loser, choices)
    merged = crm.contacts.get(survivor)
    for name, side in choices.items():
        assert merged[name] == before[loser if side == "loser" else survivor][name]
    assert all(crm.leads.get(i)["contact_id"] == survivor for i in leads + own)
    crm.dedupe.undo(result.merge_id, actor=ACTOR)
    assert {i: _comparable(crm.contacts.get(i)) for i in (survivor, loser)} == before
    assert [crm.leads.get(i)["contact_id"] for i in leads] == [loser] * loser_leads
    assert [crm.leads.get(i)["contact_id"] for i in own] == [survivor] * survivor_leads


def _comparable(record: dict) -> dict:
    skip = {"version", "updated_at", "updated_by"}
    return {k: v for k, v in record.items() if k not in skip}
