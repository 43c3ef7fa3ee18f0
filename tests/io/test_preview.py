"""What the import wizard shows before reading records: a file's headers and the field each maps to."""

from __future__ import annotations

from pathlib import Path

import pytest

from sapporo_mice.io.preview import header_map
from sapporo_mice.io.problems import AmbiguousEncodingError

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


def test_header_map_shows_how_columns_map_and_asks_about_ambiguous_encodings():
    found = header_map(DATA / "fha_leads.csv", "leads")
    assert found.fields[found.headers.index("Company Name")] == "organization"
    assert found.fields[found.headers.index("Badge ID")] is None
    remapped = header_map(DATA / "fha_leads.csv", "leads", overrides={"Badge ID": "notes"})
    assert remapped.fields[remapped.headers.index("Badge ID")] == "notes"
    with pytest.raises(AmbiguousEncodingError):
        header_map(DATA / "ambiguous_halfwidth_kana.csv", "contacts")
    assert header_map(DATA / "ambiguous_halfwidth_kana.csv", "contacts", encoding="cp932").encoding == "cp932"
    assert header_map(DATA / "ios_japanese.vcf", "contacts") is None
