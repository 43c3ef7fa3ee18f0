"""The record history read from the change log: field changes, who and when, child rows folded in."""


ACTOR = "tanaka"


def test_history_shows_a_field_change_with_old_and_new_value_and_user(crm):
    org = crm.organizations.create({"name": "サッポロ食品株式会社"}, actor=ACTOR)
    crm.organizations.update(org.id, {"industry": "食品"}, actor="suzuki")
    crm.organizations.update(org.id, {"industry": "水産加工"}, actor="sato")
    history = crm.history.of_record("organization", org.id)
    updates = [h for h in history if h.field == "industry"]
    assert [(h.user, h.old, h.new) for h in updates] == [("sato", "食品", "水産加工"), ("suzuki", None, "食品")]
    assert history[-1].op == "insert" and history[-1].user == ACTOR
    assert history[-1].new["name"] == "サッポロ食品株式会社"


def test_history_is_newest_first_and_includes_delete_and_restore(crm):
    lead = crm.leads.create({"title": "SIAL buyer"}, actor=ACTOR)
    crm.leads.delete(lead.id, actor=ACTOR)
    crm.leads.restore(lead.id, actor=ACTOR)
    ops = [h.op for h in crm.history.of_record("lead", lead.id)]
    assert ops == ["restore", "delete", "insert"]


def test_contact_history_shows_phone_and_email_added_and_removed(crm):
    contact = crm.contacts.create({"family_name": "山田", "emails": ["a@example.com"], "phones": ["011-211-2111"]},
                                  actor=ACTOR)
    crm.contacts.update(contact.id, {"emails": ["b@example.com"]}, actor="suzuki")
    entries = [(h.field, h.old, h.new) for h in crm.history.of_record("contact", contact.id) if h.field == "emails"]
    assert ("emails", "a@example.com", None) in entries
    assert ("emails", None, "b@example.com") in entries
    assert any(h.field == "phones" and h.new == "011-211-2111" for h in crm.history.of_record("contact", contact.id))


def test_history_of_one_record_leaves_out_other_records(crm):
    first = crm.organizations.create({"name": "A社"}, actor=ACTOR)
    crm.organizations.create({"name": "B社"}, actor=ACTOR)
    assert len(crm.history.of_record("organization", first.id)) == 1


def test_latest_field_changes_names_who_changed_each_field_last(crm):
    org = crm.organizations.create({"name": "Lim Trading"}, actor=ACTOR)
    crm.organizations.update(org.id, {"industry": "food", "country": "SG"}, actor="suzuki")
    crm.organizations.update(org.id, {"industry": "retail"}, actor="sato")
    latest = crm.history.latest_field_changes("organization", org.id)
    assert latest["industry"].user == "sato" and latest["industry"].new == "retail"
    assert latest["country"].user == "suzuki"
    assert latest["industry"].at >= latest["country"].at
