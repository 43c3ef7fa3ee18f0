"""A laptop writes its bundle, then keeps working (a delete, an edit) before it imports the office's answer:
whatever the office did meanwhile to the same record must not be lost silently (DESIGN §4: a delete against an
edit is a conflict, the record stays; the loser of two edits is kept on a conflict record)."""

from __future__ import annotations

import pytest

from tests.core.sync_support import PASS, exchange, search_rows, snapshot


def _everyone(office, tmp_path, *laptops):
    for _ in range(2):
        for laptop in laptops:
            exchange(laptop, office, tmp_path)


def _company_everywhere(office, laptops, tmp_path):
    a, b = laptops
    org = a.organizations.create({"name": "札幌シーフード株式会社"}, actor="佐藤 花子")
    _everyone(office, tmp_path, a, b)
    return org.id


def _laptop_works_after_its_bundle(a, office, tmp_path, change):
    """``a`` writes its bundle, then makes ``change``; the office takes the bundle in; ``a`` imports the
    answer (which carries what the office did meanwhile), then syncs again."""
    out = tmp_path / "after.smsync"
    a.sync.bundle_out(out, PASS)
    change()
    answer = office.sync.bundle_in(out, PASS, actor="office")
    a.sync.bundle_in(answer.response, PASS, actor="佐藤 花子")


def _converged(office, tmp_path, a, b):
    _everyone(office, tmp_path, a, b)
    assert snapshot(a) == snapshot(office) == snapshot(b)
    assert search_rows(a) == search_rows(office) == search_rows(b)


def test_a_delete_after_the_bundle_against_an_office_edit_keeps_the_record_and_asks(office, laptops, tmp_path):
    a, b = laptops
    org_id = _company_everywhere(office, laptops, tmp_path)
    b.organizations.update(org_id, {"industry": "水産加工"}, actor="鈴木 一郎")
    exchange(b, office, tmp_path)  # the office holds b's edit; a has not seen it
    _laptop_works_after_its_bundle(a, office, tmp_path, lambda: a.organizations.delete(org_id, actor="佐藤 花子"))
    _converged(office, tmp_path, a, b)
    record = office.organizations.get(org_id)
    assert record["deleted_at"] is None and record["industry"] == "水産加工"  # nothing lost
    [conflict] = office.sync.conflicts()
    assert (conflict.kind, conflict.record_id, conflict.user) == ("delete_edited", org_id, "佐藤 花子")
    # the person confirms the delete: it syncs everywhere
    office.sync.resolve(conflict.id, "laptop", actor="高橋 美咲")
    _converged(office, tmp_path, a, b)
    assert b.organizations.get(org_id, include_deleted=True)["deleted_at"] is not None


def test_an_edit_after_the_bundle_against_an_office_edit_of_the_same_field_keeps_the_loser(
        office, laptops, tmp_path):
    a, b = laptops
    org_id = _company_everywhere(office, laptops, tmp_path)
    b.organizations.update(org_id, {"industry": "水産加工"}, actor="鈴木 一郎")
    exchange(b, office, tmp_path)
    _laptop_works_after_its_bundle(
        a, office, tmp_path, lambda: a.organizations.update(org_id, {"industry": "食品卸"}, actor="佐藤 花子"))
    _converged(office, tmp_path, a, b)
    assert office.organizations.get(org_id)["industry"] == "食品卸"  # the newer clock
    [conflict] = office.sync.conflicts(open_only=False)
    assert (conflict.kind, conflict.field, conflict.office, conflict.laptop, conflict.winner) == (
        "field", "industry", "水産加工", "食品卸", "incoming")


def test_an_edit_after_the_bundle_against_an_office_edit_of_another_field_keeps_both(office, laptops, tmp_path):
    a, b = laptops
    org_id = _company_everywhere(office, laptops, tmp_path)
    b.organizations.update(org_id, {"industry": "水産加工"}, actor="鈴木 一郎")
    exchange(b, office, tmp_path)
    _laptop_works_after_its_bundle(
        a, office, tmp_path, lambda: a.organizations.update(org_id, {"website": "https://sf.example.jp"},
                                                            actor="佐藤 花子"))
    _converged(office, tmp_path, a, b)
    record = a.organizations.get(org_id)
    assert (record["industry"], record["website"]) == ("水産加工", "https://sf.example.jp")
    assert office.sync.conflicts(open_only=False) == []


def test_an_edit_after_the_bundle_against_an_office_delete_keeps_the_record_and_asks(office, laptops, tmp_path):
    a, b = laptops
    org_id = _company_everywhere(office, laptops, tmp_path)
    b.organizations.delete(org_id, actor="鈴木 一郎")
    exchange(b, office, tmp_path)
    _laptop_works_after_its_bundle(
        a, office, tmp_path, lambda: a.organizations.update(org_id, {"industry": "食品卸"}, actor="佐藤 花子"))
    _converged(office, tmp_path, a, b)
    record = office.organizations.get(org_id)
    assert record["deleted_at"] is None and record["industry"] == "食品卸"
    [conflict] = office.sync.conflicts()
    assert conflict.kind == "edit_deleted"
    # each side said as what it did: the office deleted, the laptop edited (it holds no value of its own)
    assert (conflict.office, conflict.laptop) == ("deleted", "edited")


def test_a_delete_after_the_bundle_of_a_record_nobody_else_touched_just_deletes(office, laptops, tmp_path):
    a, b = laptops
    org_id = _company_everywhere(office, laptops, tmp_path)
    _laptop_works_after_its_bundle(a, office, tmp_path, lambda: a.organizations.delete(org_id, actor="佐藤 花子"))
    _converged(office, tmp_path, a, b)
    assert office.organizations.get(org_id, include_deleted=True)["deleted_at"] is not None
    assert office.sync.conflicts(open_only=False) == []


# ------------------------------------------------------------------------------- seen on the laptop too
@pytest.mark.parametrize("direct", [False, True])
def test_the_laptop_sees_the_conflicts_its_edits_met_read_only_until_the_office_resolves(
        office, laptops, tmp_path, direct):
    from sapporo_mice.errors import ValidationError

    a, b = laptops
    org_id = _company_everywhere(office, laptops, tmp_path)
    b.organizations.update(org_id, {"name": "株式会社札幌シーフード"}, actor="鈴木 一郎")
    exchange(b, office, tmp_path)
    a.organizations.update(org_id, {"name": "札幌シーフーズ株式会社"}, actor="佐藤 花子")
    a.organizations.update(org_id, {"industry": "水産加工"}, actor="佐藤 花子")
    b.organizations.update(org_id, {"industry": "食品卸"}, actor="鈴木 一郎")  # newer: a's industry loses
    exchange(b, office, tmp_path)
    if direct:
        a.sync.push(office, actor="佐藤 花子")
        a.sync.pull(office, actor="佐藤 花子")
    else:
        exchange(a, office, tmp_path)
    assert a.organizations.get(org_id)["name"] == "株式会社札幌シーフード"  # the office's, for now
    seen = {c.field: c for c in a.sync.conflicts(open_only=False)}
    assert set(seen) == {"name", "industry"}
    assert (seen["name"].kind, seen["name"].resolved, seen["name"].laptop, seen["name"].office) == (
        "identity", False, "札幌シーフーズ株式会社", "株式会社札幌シーフード")
    assert (seen["industry"].winner, seen["industry"].laptop, seen["industry"].office) == ("office", "水産加工", "食品卸")
    assert a.sync.status().conflicts == 1 and b.sync.conflicts(open_only=False) == []  # b's edits won
    with pytest.raises(ValidationError) as refused:
        a.sync.resolve(seen["name"].id, "laptop", actor="佐藤 花子")
    assert "事務所" in refused.value.message("ja")
    # resolved at the office: the laptop's copy follows at its next sync, with the value chosen
    office.sync.resolve(seen["name"].id, "laptop", actor="高橋 美咲")
    exchange(a, office, tmp_path)
    [name] = [c for c in a.sync.conflicts(open_only=False) if c.field == "name"]
    assert name.resolved and name.winner == "incoming" and a.sync.status().conflicts == 0
    assert a.organizations.get(org_id)["name"] == "札幌シーフーズ株式会社"
