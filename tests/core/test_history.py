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


def test_the_primary_email_changing_reads_as_addresses_not_as_yes_and_no(crm):
    contact = crm.contacts.create({"family_name": "Lim", "emails": ["a@lim.sg"], "phones": ["+65 6123 4567"]},
                                  actor=ACTOR)
    crm.contacts.update(contact.id, {"emails": ["c@lim.sg", "a@lim.sg"], "phones": ["+65 6765 4321", "+65 6123 4567"]},
                        actor="suzuki")
    crm.contacts.update(contact.id, {"emails": ["a@lim.sg", "c@lim.sg"]}, actor="sato")  # a@ first again
    entries = [(h.user, h.field, h.old, h.new) for h in crm.history.of_record("contact", contact.id) if h.op == "update"]
    assert ("suzuki", "emails", None, "c@lim.sg") in entries  # added, as the primary one
    assert ("suzuki", "primary_email", "a@lim.sg", None) in entries  # so a@ no longer is
    assert ("suzuki", "primary_phone", "+65 6123 4567", None) in entries
    assert set(entries[:2]) == {("sato", "primary_email", None, "a@lim.sg"), ("sato", "primary_email", "c@lim.sg", None)}
    assert not [e for e in entries if isinstance(e[2], bool) or isinstance(e[3], bool)]  # no bare yes/no on a field


def test_an_email_moved_by_a_merge_reads_as_added_not_as_two_ids(crm):
    survivor = crm.contacts.create({"family_name": "山田", "given_name": "太郎"}, actor=ACTOR).id
    loser = crm.contacts.create({"family_name": "山田", "given_name": "太郎", "emails": ["taro@example.jp"]},
                                actor=ACTOR).id
    merged = crm.dedupe.merge("contact", survivor, loser, {}, actor="suzuki", survivor_version=1, loser_version=1)
    entries = [(h.user, h.field, h.old, h.new) for h in crm.history.of_record("contact", survivor) if h.op == "update"]
    assert ("suzuki", "emails", None, "taro@example.jp") in entries
    assert (ACTOR, "emails", None, "taro@example.jp") not in entries  # added to the other person: their history
    assert [e for e in entries if e[1] == "primary_email"] == []  # it lost the mark there, before the move
    shown = {str(v) for e in entries for v in e[2:]}
    assert survivor not in shown and loser not in shown and "True" not in shown and "False" not in shown

    crm.dedupe.undo(merged.merge_id, actor="sato")  # the address goes back to the person it came from
    back = [(h.user, h.field, h.old, h.new) for h in crm.history.of_record("contact", loser)
            if h.op == "update" and h.field == "emails"]
    assert back == [("sato", "emails", None, "taro@example.jp"), ("suzuki", "emails", "taro@example.jp", None),
                    (ACTOR, "emails", None, "taro@example.jp")]
    marks = [(h.user, h.old, h.new) for h in crm.history.of_record("contact", loser) if h.field == "primary_email"]
    assert marks == [("sato", None, "taro@example.jp"), ("suzuki", "taro@example.jp", None)]  # its primary again
