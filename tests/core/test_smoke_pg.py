def test_both_backends_create_and_search(crm):
    from sapporo_mice.search import search

    saved = crm.organizations.create({"name": "札幌コンベンションビューロー", "country": "JP"}, actor="t")
    assert [h.id for h in search(crm.db, "札幌")] == [saved.id]
