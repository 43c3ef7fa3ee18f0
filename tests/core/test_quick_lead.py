"""Quick lead entry: contact + organization (if new) + lead in one transaction."""

import pytest

from sapporo_mice.errors import ValidationError
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


def test_split_name_is_family_first_for_japanese_and_keeps_latin_form():
    assert split_name("山田 太郎") == {"family_name": "山田", "given_name": "太郎"}
    assert split_name("Lim Wei Ming") == {"latin_name": "Lim Wei Ming", "given_name": "Lim Wei", "family_name": "Ming"}
