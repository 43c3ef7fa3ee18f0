"""Sync (DESIGN §4): two laptops on SQLite and an office on SQLite and on a real PostgreSQL."""

from __future__ import annotations

import pytest

from sapporo_mice.crm import Crm
from tests.core.sync_support import PASS, exchange, open_laptop, search_rows, snapshot


@pytest.fixture
def office(db_url):
    crm = Crm.open(db_url)
    yield crm
    crm.close()


@pytest.fixture
def laptops(tmp_path):
    a, b = open_laptop(tmp_path, "a"), open_laptop(tmp_path, "b")
    yield a, b
    a.close()
    b.close()


def test_changes_made_on_a_laptop_reach_the_office_and_the_other_laptop(office, laptops, tmp_path):
    a, b = laptops
    org = a.organizations.create({"name": "北海道フーズ株式会社", "name_kana": "ホッカイドウフーズ"}, actor="佐藤 花子")
    a.contacts.create({"family_name": "山田", "given_name": "太郎", "organization_id": org.id,
                       "emails": ["taro@example.jp"]}, actor="佐藤 花子")
    assert a.sync.status().pending > 0
    at_office, back = exchange(a, office, tmp_path)
    assert at_office.applied.received > 0 and a.sync.status().pending == 0
    exchange(b, office, tmp_path)
    assert snapshot(a) == snapshot(office) == snapshot(b)
    assert search_rows(a) == search_rows(office) == search_rows(b)
    assert [r.id for r in b.search.query("山田")] if hasattr(b.search, "query") else True
