"""The duplicate engine while someone types a person in: same email, same E.164 phone, or same name + company."""

ACTOR = "tanaka"


def _yamada(crm):
    org = crm.organizations.create({"name": "株式会社サッポロ食品"}, actor=ACTOR)
    return crm.contacts.create({"family_name": "山田", "given_name": "太郎", "organization_id": org.id,
                                "emails": ["Taro.Yamada@Sapporo-Foods.jp"], "phones": ["011-211-2111"]},
                               actor=ACTOR)


def test_same_email_in_other_case_and_width_is_a_duplicate(crm):
    contact = _yamada(crm)
    found = crm.dedupe.while_typing(email="ｔａｒｏ.yamada@sapporo-foods.jp")
    assert [(c.id, c.reason) for c in found] == [(contact.id, "email")]
    assert (found[0].organization_name, found[0].organization_name_en) == ("株式会社サッポロ食品", None)


def test_a_found_persons_company_comes_with_its_english_name_for_an_english_screen(crm):
    org = crm.organizations.create({"name": "บริษัท เชียงใหม่ซีฟู้ด จำกัด", "name_en": "Chiang Mai Seafood Co., Ltd.",
                                    "country": "TH"}, actor=ACTOR).id
    crm.contacts.create({"family_name": "Somchai", "organization_id": org, "emails": ["somchai@cmseafood.co.th"]},
                        actor=ACTOR)
    [found] = crm.dedupe.while_typing(email="somchai@cmseafood.co.th")
    assert (found.organization_name, found.organization_name_en) == ("บริษัท เชียงใหม่ซีฟู้ด จำกัด",
                                                                     "Chiang Mai Seafood Co., Ltd.")


def test_same_phone_written_differently_is_a_duplicate(crm):
    contact = _yamada(crm)
    found = crm.dedupe.while_typing(phone="+81 11 211 2111")
    assert [(c.id, c.reason) for c in found] == [(contact.id, "phone")]


def test_same_name_at_same_company_without_legal_form_is_a_duplicate(crm):
    contact = _yamada(crm)
    found = crm.dedupe.while_typing(name="山田 太郎", organization="サッポロ食品(株)")
    assert [(c.id, c.reason) for c in found] == [(contact.id, "name_org")]


def test_same_name_at_another_company_is_not_a_duplicate(crm):
    _yamada(crm)
    assert crm.dedupe.while_typing(name="山田太郎", organization="北海道物産") == []


def test_deleted_contacts_and_incomplete_input_find_nothing(crm):
    contact = _yamada(crm)
    assert crm.dedupe.while_typing(email="taro.yamada@", phone="12", name="山田") == []
    crm.contacts.delete(contact.id, actor=ACTOR)
    assert crm.dedupe.while_typing(email="taro.yamada@sapporo-foods.jp") == []


def test_a_contact_matching_several_rules_is_listed_once_with_the_first_reason(crm):
    contact = _yamada(crm)
    found = crm.dedupe.while_typing(email="taro.yamada@sapporo-foods.jp", phone="0112112111",
                                    name="山田太郎", organization="サッポロ食品")
    assert [(c.id, c.reason) for c in found] == [(contact.id, "email")]
