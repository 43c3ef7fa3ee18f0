"""Quick lead entry: contact + organization (if new) + lead in one transaction."""

import pytest

from sapporo_mice.errors import CrmError, ValidationError
from sapporo_mice.services.quick_lead import create_quick_lead, split_name

ACTOR = "tanaka"


def test_quick_lead_creates_organization_contact_and_lead_linked_together(crm):
    result = create_quick_lead(crm, {"name": "Lim Wei Ming", "company": "Lim Trading Pte. Ltd.",
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
    result = create_quick_lead(crm, {"name": "山田 太郎", "company": "サッポロ食品(株)"}, actor=ACTOR)
    assert result.organization_id == org.id and not result.organization_created
    assert crm.stats()["organizations"] == 1


def test_a_bad_email_writes_nothing_and_names_the_quick_field(crm):
    with pytest.raises(ValidationError) as err:
        create_quick_lead(crm, {"name": "山田 太郎", "company": "新会社", "email": "yamada@"}, actor=ACTOR)
    assert err.value.fields == ["email"]
    stats = crm.stats()
    assert (stats["organizations"], stats["contacts"], stats["leads"]) == (0, 0, 0)


def test_a_bad_rating_rolls_back_the_contact_and_company(crm):
    with pytest.raises(ValidationError) as err:
        create_quick_lead(crm, {"name": "Anna Lee", "company": "Lee Foods", "rating": "Z"}, actor=ACTOR)
    assert err.value.fields == ["rating"]
    assert crm.stats()["contacts"] == 0 and crm.stats()["organizations"] == 0


def test_an_unparseable_phone_is_kept_raw_and_warned_about(crm):
    result = create_quick_lead(crm, {"name": "Anna Lee", "phone": "12"}, actor=ACTOR)
    assert [w.field for w in result.warnings] == ["phone"]
    assert crm.contacts.get(result.contact_id)["phones"][0]["raw"] == "12"


def test_a_name_is_required_unless_an_existing_contact_is_given(crm):
    with pytest.raises(ValidationError) as err:
        create_quick_lead(crm, {"name": " "}, actor=ACTOR)
    assert err.value.fields == ["name"]
    contact = crm.contacts.create({"family_name": "山田"}, actor=ACTOR)
    result = create_quick_lead(crm, {"contact_id": contact.id, "interest": "ホタテ"}, actor=ACTOR)
    assert result.contact_id == contact.id and crm.stats()["contacts"] == 1


def test_a_contact_picked_from_the_duplicate_warning_gets_the_email_and_phone_typed_for_it(crm):
    # "12" is a number kept raw (unparseable): parsed again, it must not warn about the new lead.
    contact = crm.contacts.create({"family_name": "山田", "emails": ["taro@old.jp"], "phones": ["12"]},
                                  actor=ACTOR).id
    result = create_quick_lead(crm, {"contact_id": contact, "name": "山田", "email": "TARO@old.jp",
                                     "phone": "090-1234-5678", "default_region": "JP"}, actor=ACTOR)
    stored = crm.contacts.get(contact)
    assert [e["email"] for e in stored["emails"]] == ["taro@old.jp"]  # the same address: kept once
    assert [(p["raw"], p["e164"]) for p in stored["phones"]] == [("12", None), ("090-1234-5678", "+819012345678")]
    assert result.contact_id == contact and result.warnings == [] and crm.stats()["contacts"] == 1
    assert result.changes.affects("contact", "lead")
    bad = create_quick_lead(crm, {"contact_id": contact, "phone": "34", "interest": "鮭"}, actor=ACTOR)
    assert [(w.field, w.code) for w in bad.warnings] == [("phone", "field.phone_invalid")]


def test_a_picked_contact_that_was_deleted_meanwhile_saves_nothing(crm):
    contact = crm.contacts.create({"family_name": "山田"}, actor=ACTOR).id
    crm.contacts.delete(contact, actor=ACTOR)
    with pytest.raises(CrmError):
        create_quick_lead(crm, {"contact_id": contact, "email": "taro@new.jp", "company": "新会社"}, actor=ACTOR)
    assert crm.stats()["leads"] == 0 and crm.stats()["organizations"] == 0


def test_split_name_is_family_first_for_japanese_and_keeps_latin_form():
    assert split_name("山田 太郎") == {"family_name": "山田", "given_name": "太郎"}
    assert split_name("Lim Wei Ming") == {"latin_name": "Lim Wei Ming", "given_name": "Lim Wei", "family_name": "Ming"}
