"""Intake: the quick lead and the booth capture link companies by one rule and write all or nothing, on both databases."""

from __future__ import annotations

import datetime as dt

import pytest

from sapporo_mice.errors import CrmError, NotFoundError, ValidationError
from sapporo_mice.intake import CAPTURE_FIELDS, split_name

ACTOR = "tanaka"
UTC = dt.timezone.utc


@pytest.fixture
def fair(crm):
    return crm.fairs.create({"name": "Food Japan", "country": "SG", "timezone": "Asia/Singapore",
                             "starts_on": "2026-10-29", "ends_on": "2026-10-31"}, actor=ACTOR).id


def _exhibitor(crm, fair, name="札幌食品株式会社", contact=True, **results):
    org = crm.organizations.create({"name": name, "country": "JP", "kind": "local_company"}, actor=ACTOR).id
    person = crm.contacts.create({"family_name": "佐藤", "given_name": "一郎", "organization_id": org},
                                 actor=ACTOR).id if contact else None
    crm.participations.create({"fair_id": fair, "organization_id": org, "contact_id": person, "booth": "A-12",
                               **results}, actor=ACTOR)
    return org


def _capture(crm, fair, at=dt.datetime(2026, 10, 29, 3, 0, tzinfo=UTC), **values):
    values = {"name": "Lim Wei Ming", "company": "Lim Trading Pte. Ltd.", **values}
    return crm.intake.capture(fair, values, actor=ACTOR, now=at)


# ------------------------------------------------------------------------------------------- capture

def test_the_booth_form_fields_come_in_business_card_order():
    assert CAPTURE_FIELDS[:7] == ("name", "reading", "company", "country", "email", "phone", "title")


def test_a_capture_creates_organization_contact_and_lead_in_the_fairs_country_and_zone(crm, fair):
    exhibitor = _exhibitor(crm, fair)
    saved = _capture(crm, fair, email="wm@lim.sg", phone="9123 4567", title="Buyer", rating="A",
                     interest_organization_id=exhibitor, interest="冷凍ホタテ", notes="サンプル希望",
                     next_action="見積送付")
    lead = saved.record
    assert (lead["fair_id"], lead["rating"], lead["kind"], lead["owner"]) == (fair, "A", "trade_buyer", ACTOR)
    assert lead["captured_at"] == dt.datetime(2026, 10, 29, 3, 0, tzinfo=UTC)
    assert lead["captured_tz"] == "Asia/Singapore"
    assert (lead["interest_organization_id"], lead["next_action"]) == (exhibitor, "見積送付")
    contact = crm.contacts.get(lead["contact_id"])
    assert (contact["country"], contact["title"], contact["latin_name"]) == ("SG", "Buyer", "Lim Wei Ming")
    assert contact["phones"][0]["e164"] == "+6591234567"
    org = crm.organizations.get(lead["organization_id"])
    assert (org["name"], org["country"], org["kind"]) == ("Lim Trading Pte. Ltd.", "SG", "overseas_buyer")
    assert saved.changes.record_types == {"organization", "contact", "lead"}
    assert lead["title"] == "Lim Wei Ming (Lim Trading Pte. Ltd.)"


def test_a_lead_is_titled_with_its_company_in_parentheses_as_the_companys_script_writes_them(crm, fair):
    """Not after a dash: beside Chinese or Japanese text a dash is drawn from the CJK face, as the kanji 一."""
    taipei = crm.intake.capture(fair, {"name": "張家豪", "company": "台北百貨股份有限公司"}, actor=ACTOR).record
    latin = crm.intake.capture(fair, {"name": "張家豪", "company": "Taipei Retail Co., Ltd."}, actor=ACTOR).record
    alone = crm.intake.capture(fair, {"name": "張家豪"}, actor=ACTOR).record
    assert (taipei["title"], latin["title"]) == ("張家豪（台北百貨股份有限公司）", "張家豪 (Taipei Retail Co., Ltd.)")
    assert alone["title"] == "張家豪"


def test_a_capture_reuses_the_company_with_the_same_name_in_the_same_country_only(crm, fair):
    first = _capture(crm, fair).record["organization_id"]
    assert _capture(crm, fair, name="Tan Ah Kow", company="LIM TRADING").record["organization_id"] == first
    other = _capture(crm, fair, name="Lim Ah Hock", company="Lim Trading Sdn. Bhd.", country="MY")
    assert other.record["organization_id"] != first


def test_a_japanese_card_splits_name_and_reading(crm, fair):
    saved = _capture(crm, fair, name="山田 太郎", reading="やまだ たろう", company="丸紅食料", country="JP")
    contact = crm.contacts.get(saved.record["contact_id"])
    assert (contact["family_name"], contact["given_name"]) == ("山田", "太郎")
    assert (contact["family_name_kana"], contact["given_name_kana"]) == ("やまだ", "たろう")
    assert contact["reading_key"] == "やまだたろう"


def test_an_unparseable_phone_is_kept_raw_with_a_warning_on_the_phone_field(crm, fair):
    saved = _capture(crm, fair, phone="12")
    assert [(w.field, w.code) for w in saved.warnings] == [("phone", "field.phone_invalid")]
    assert crm.contacts.get(saved.record["contact_id"])["phones"][0]["raw"] == "12"


def test_bad_input_names_every_form_field_and_writes_nothing(crm, fair):
    with pytest.raises(ValidationError) as info:
        crm.intake.capture(fair, {"name": "", "company": "X", "email": "wm@", "country": "XX", "rating": "E"},
                     actor=ACTOR)
    assert set(info.value.fields) == {"name", "email", "country", "rating"}
    assert crm.stats()["organizations"] == crm.stats()["contacts"] == crm.stats()["leads"] == 0


def test_interest_must_be_a_company_exhibiting_at_the_fair(crm, fair):
    stranger = crm.organizations.create({"name": "無関係商事"}, actor=ACTOR).id
    with pytest.raises(ValidationError) as info:
        _capture(crm, fair, interest_organization_id=stranger)
    assert info.value.fields == ["interest_organization_id"]
    assert crm.stats()["leads"] == 0


def test_a_capture_can_reuse_a_known_contact_picked_from_the_duplicate_warning(crm, fair):
    first = _capture(crm, fair, email="wm@lim.sg").record
    [hint] = crm.dedupe.while_typing(email="WM@lim.sg", regions=(None, "SG"))
    again = crm.intake.capture(fair, {"contact_id": hint.id, "organization_id": first["organization_id"],
                                     "rating": "B"}, actor=ACTOR).record
    assert again["contact_id"] == first["contact_id"]
    assert crm.stats()["contacts"] == 1


def test_a_known_contact_picked_at_the_booth_keeps_the_details_read_off_the_new_card(crm, fair):
    first = _capture(crm, fair, email="wm@lim.sg").record
    crm.intake.capture(fair, {"contact_id": first["contact_id"], "email": "wei.ming@lim.sg", "phone": "9123 4567",
                             "rating": "B"}, actor=ACTOR)
    stored = crm.contacts.get(first["contact_id"])
    assert [e["email"] for e in stored["emails"]] == ["wm@lim.sg", "wei.ming@lim.sg"]
    assert [p["e164"] for p in stored["phones"]] == ["+6591234567"]  # read with the fair's country
    assert crm.stats()["contacts"] == 1 and crm.stats()["leads"] == 2


def test_the_duplicate_warning_reads_a_local_phone_with_the_fairs_country(crm, fair):
    first = _capture(crm, fair, phone="+65 9123 4567").record
    hints = crm.dedupe.while_typing(phone="9123-4567", regions=(None, "SG"))
    assert [(h.id, h.reason) for h in hints] == [(first["contact_id"], "phone")]


def test_unknown_fields_and_missing_fairs_are_refused(crm, fair):
    with pytest.raises(ValidationError) as info:
        crm.intake.capture(fair, {"name": "x", "fax": "1"}, actor=ACTOR)
    assert info.value.fields == ["fax"]
    with pytest.raises(NotFoundError):
        crm.intake.capture("no-such-fair", {"name": "x"}, actor=ACTOR)


# ------------------------------------------------------------------------------------------- quick lead


def test_quick_lead_creates_organization_contact_and_lead_linked_together(crm):
    result = crm.intake.quick_lead({"name": "Lim Wei Ming", "company": "Lim Trading Pte. Ltd.",
                                     "email": "wm@lim.sg", "phone": "6123 4567", "country": "SG",
                                     "interest": "Hokkaido scallops", "rating": "A",
                                     "follow_up_on": "2026-12-01"}, actor=ACTOR)
    lead = crm.leads.get(result.lead_id)
    contact = crm.contacts.get(result.contact_id)
    assert lead["contact_id"] == contact["id"] and lead["organization_id"] == result.organization_id
    assert lead["rating"] == "A" and str(lead["follow_up_on"]) == "2026-12-01"
    assert contact["organization_id"] == result.organization_id
    assert contact["phones"][0]["e164"] == "+6561234567"
    assert crm.organizations.get(result.organization_id)["kind"] == "overseas_buyer"
    assert result.changes.affects("lead", "contact", "organization")


def test_quick_lead_reuses_the_existing_company_ignoring_legal_form(crm):
    org = crm.organizations.create({"name": "株式会社サッポロ食品"}, actor=ACTOR)
    result = crm.intake.quick_lead({"name": "山田 太郎", "company": "サッポロ食品(株)"}, actor=ACTOR)
    assert result.organization_id == org.id and not result.organization_created
    assert crm.stats()["organizations"] == 1


def test_a_bad_email_writes_nothing_and_names_the_quick_field(crm):
    with pytest.raises(ValidationError) as err:
        crm.intake.quick_lead({"name": "山田 太郎", "company": "新会社", "email": "yamada@"}, actor=ACTOR)
    assert err.value.fields == ["email"]
    stats = crm.stats()
    assert (stats["organizations"], stats["contacts"], stats["leads"]) == (0, 0, 0)


def test_a_bad_rating_rolls_back_the_contact_and_company(crm):
    with pytest.raises(ValidationError) as err:
        crm.intake.quick_lead({"name": "Anna Lee", "company": "Lee Foods", "rating": "Z"}, actor=ACTOR)
    assert err.value.fields == ["rating"]
    assert crm.stats()["contacts"] == 0 and crm.stats()["organizations"] == 0


def test_an_unparseable_phone_is_kept_raw_and_warned_about(crm):
    result = crm.intake.quick_lead({"name": "Anna Lee", "phone": "12"}, actor=ACTOR)
    assert [w.field for w in result.warnings] == ["phone"]
    assert crm.contacts.get(result.contact_id)["phones"][0]["raw"] == "12"


def test_a_name_is_required_unless_an_existing_contact_is_given(crm):
    with pytest.raises(ValidationError) as err:
        crm.intake.quick_lead({"name": " "}, actor=ACTOR)
    assert err.value.fields == ["name"]
    contact = crm.contacts.create({"family_name": "山田"}, actor=ACTOR)
    result = crm.intake.quick_lead({"contact_id": contact.id, "interest": "ホタテ"}, actor=ACTOR)
    assert result.contact_id == contact.id and crm.stats()["contacts"] == 1


def test_a_contact_picked_from_the_duplicate_warning_gets_the_email_and_phone_typed_for_it(crm):
    # "12" is a number kept raw (unparseable): parsed again, it must not warn about the new lead.
    contact = crm.contacts.create({"family_name": "山田", "emails": ["taro@old.jp"], "phones": ["12"]},
                                  actor=ACTOR).id
    result = crm.intake.quick_lead({"contact_id": contact, "name": "山田", "email": "TARO@old.jp",
                                     "phone": "090-1234-5678", "default_region": "JP"}, actor=ACTOR)
    stored = crm.contacts.get(contact)
    assert [e["email"] for e in stored["emails"]] == ["taro@old.jp"]  # the same address: kept once
    assert [(p["raw"], p["e164"]) for p in stored["phones"]] == [("12", None), ("090-1234-5678", "+819012345678")]
    assert result.contact_id == contact and result.warnings == [] and crm.stats()["contacts"] == 1
    assert result.changes.affects("contact", "lead")
    bad = crm.intake.quick_lead({"contact_id": contact, "phone": "34", "interest": "鮭"}, actor=ACTOR)
    assert [(w.field, w.code) for w in bad.warnings] == [("phone", "field.phone_invalid")]


def test_a_picked_contact_that_was_deleted_meanwhile_saves_nothing(crm):
    contact = crm.contacts.create({"family_name": "山田"}, actor=ACTOR).id
    crm.contacts.delete(contact, actor=ACTOR)
    with pytest.raises(CrmError):
        crm.intake.quick_lead({"contact_id": contact, "email": "taro@new.jp", "company": "新会社"}, actor=ACTOR)
    assert crm.stats()["leads"] == 0 and crm.stats()["organizations"] == 0


def test_split_name_is_family_first_for_japanese_and_keeps_latin_form():
    assert split_name("山田 太郎") == {"family_name": "山田", "given_name": "太郎"}
    assert split_name("Lim Wei Ming") == {"latin_name": "Lim Wei Ming", "given_name": "Lim Wei", "family_name": "Ming",
                                          "name_order": "given_first"}
    assert split_name("Lim Wei Ming", "SG") == {"latin_name": "Lim Wei Ming", "family_name": "Lim",
                                                "given_name": "Wei Ming", "name_order": "family_first"}


# ------------------------------------------------------------------------------------------- one rule, three paths

def test_the_quick_lead_the_booth_and_an_import_link_the_same_companies(crm, fair, tmp_path):
    """The same people through the three intake paths link to the same companies (identity.pick_company)."""
    singapore = crm.organizations.create({"name": "Tan Trading Pte. Ltd.", "country": "SG"}, actor=ACTOR).id
    hong_kong = crm.organizations.create({"name": "TAN TRADING LIMITED", "country": "HK"}, actor=ACTOR).id
    people = [("Tan Wei Ming", "tan trading", "SG", singapore),      # legal form and case ignored
              ("Chan Ka Yan", "Tan Trading Ltd.", "HK", hong_kong),  # the same name in another country
              ("Somchai Jaidee", "Tan Trading", "TH", None),         # a third country: a new company
              ("Ana Santos", "Tan Trading", "", singapore)]          # no country: the oldest of any country
    rows = []
    for name, company, country, _ in people:
        rows.append({"Name": name, "Company": company, "Country": country})
    csv_path = tmp_path / "people.csv"
    csv_path.write_text("Name,Company,Country\n" + "".join(f"{r['Name']},{r['Company']},{r['Country']}\n" for r in rows),
                        encoding="utf-8-sig")
    linked = {}
    for name, company, country, _ in people:
        quick = crm.intake.quick_lead({"name": name, "company": company, "country": country or None}, actor=ACTOR)
        booth = crm.intake.capture(fair, {"name": name, "company": company, "country": country or "SG"},
                                   actor=ACTOR).record
        linked[name] = [quick.organization_id, booth["organization_id"]]
    report = crm.io.import_file(csv_path, crm.io.options("leads", actor=ACTOR))
    assert report.applied, report.as_json()["errors"]
    for lead_id in report.created_ids["lead"]:
        lead = crm.leads.get(lead_id)
        linked[crm.contacts.get(lead["contact_id"])["display_name"]].append(lead["organization_id"])
    for name, _company, _country, expected in people:
        assert len(set(linked[name])) == 1, (name, linked[name])
        if expected:
            assert linked[name][0] == expected, name
    thai = crm.organizations.get(linked["Somchai Jaidee"][0])
    assert thai["country"] == "TH" and thai["kind"] == "overseas_buyer"
    assert crm.stats()["organizations"] == 3  # the two above and the one new Thai company, made once


def test_the_company_rule_prefers_the_corporate_number_then_the_oldest_in_the_country(crm):
    from sapporo_mice.identity import CompanyQuestion, same_company

    old = crm.organizations.create({"name": "株式会社サッポロ食品", "country": "JP"}, actor=ACTOR).id
    crm.organizations.create({"name": "サッポロ食品(株)", "country": "JP"}, actor=ACTOR)
    numbered = crm.organizations.create({"name": "札幌フーズ", "country": "JP",
                                         "corporate_number": "9234567890123"}, actor=ACTOR)
    with crm.store.reading() as session:
        assert same_company(session, CompanyQuestion("サッポロ食品", "JP")) == old
        assert same_company(session, CompanyQuestion("別の名前", "JP", "9234567890123")) == numbered.id
        assert same_company(session, CompanyQuestion("サッポロ食品", "SG")) is None
        assert same_company(session, CompanyQuestion("", None)) is None


def test_a_leads_source_named_in_words_is_stored_as_its_code_and_found_by_its_words(crm, fair):
    lead = crm.intake.capture(fair, {"name": "張家豪", "company": "台北百貨股份有限公司"}, actor=ACTOR).record
    assert lead["source"] == "booth"
    named = [crm.leads.create({"title": t, "source": s}, actor=ACTOR).record["source"]
             for t, s in (("a", "見本市ブース"), ("b", "fair booth"), ("c", "北海道経済連合会からの紹介"), ("d", ""))]
    assert named == ["booth", "booth", "北海道経済連合会からの紹介", None]
    for words in ("見本市ブース", "fair booth"):
        assert lead["id"] in [hit.id for hit in crm.search.find(words, limit=50)], words
