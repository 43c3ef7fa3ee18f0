"""A conflict's values as ``sync conflicts`` writes them (sapporo_mice.sync.words): words, labels, dates, names."""

from __future__ import annotations

import pytest

from sapporo_mice import formats
from sapporo_mice.sync.words import conflict_value


@pytest.mark.parametrize(("table", "field", "kind", "value", "ja", "en"), [
    ("organizations", None, "delete_edited", "edited", "編集あり", "edited"),
    ("organizations", None, "delete_edited", "deleted", "削除", "deleted"),
    ("contacts", None, "deleted_parent", "01a248dd-0000-7000-8000-000000000001", "新しい記録が追加された",
     "a new entry was added"),
    ("contacts", None, "deleted_parent", None, "削除", "deleted"),  # the side that holds the deleted record
    ("organizations", "kind", "field", "overseas_buyer", "海外バイヤー", "Overseas buyer"),
    ("organizations", "country", "field", "SG", "シンガポール", "Singapore"),
    ("organizations", "name", "identity", "札幌観光協会", "札幌観光協会", "札幌観光協会"),
    ("organizations", "name", "identity", None, "－", "—"),
    ("organizations", "name", "identity", "", "－", "—"),
    ("contact_phones", "is_primary", "field", True, "はい", "Yes"),
    ("no_such_table", "x", "field", 3, "3", "3"),
])
def test_a_conflicts_value_reads_as_words(table, field, kind, value, ja, en):
    assert conflict_value(table, field, kind, value, "ja") == ja
    assert conflict_value(table, field, kind, value, "en") == en


def test_a_date_reads_as_a_date_in_each_language():
    import datetime as dt

    day = dt.date(2026, 12, 6)
    for lang in ("ja", "en"):
        assert conflict_value("fairs", "starts_on", "field", "2026-12-06", lang) == formats.date(day, lang)
    assert conflict_value("fairs", "starts_on", "field", "6th of Dec", "ja") == "6th of Dec"  # kept as it came
