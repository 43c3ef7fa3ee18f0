"""The fair screens' core: the fair on today in its own zone, exhibitors, country names, header maps."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sapporo_mice.fair_screens import (
    attachments_of,
    country_name,
    current_fairs,
    exhibitors,
    header_map,
    recent_fairs,
)
from sapporo_mice.io.problems import AmbiguousEncodingError

UTC = dt.timezone.utc
DATA = Path(__file__).resolve().parents[1] / "data" / "import"


def _fair(crm, name, country, zone, starts, ends):
    return crm.fairs.create({"name": name, "country": country, "timezone": zone, "starts_on": starts,
                             "ends_on": ends}, actor="t").id


def test_the_current_fair_is_decided_by_the_date_in_the_fairs_own_zone(crm):
    honolulu = _fair(crm, "Hawaii Food", "US", "Pacific/Honolulu", "2026-10-29", "2026-10-29")
    auckland = _fair(crm, "NZ Fine Food", "NZ", "Pacific/Auckland", "2026-10-30", "2026-10-30")
    # 2026-10-29 20:00 UTC is still the 29th in Honolulu but already the 30th in Auckland.
    now = dt.datetime(2026, 10, 29, 20, 0, tzinfo=UTC)
    assert {f.id for f in current_fairs(crm.db, now)} == {honolulu, auckland}
    later = dt.datetime(2026, 10, 30, 12, 0, tzinfo=UTC)
    assert [f.id for f in current_fairs(crm.db, later)] == []
    assert [f.name for f in recent_fairs(crm.db)] == ["NZ Fine Food", "Hawaii Food"]


def test_exhibitors_are_the_fairs_live_participations(crm):
    fair = _fair(crm, "FHA", "SG", "Asia/Singapore", "2026-04-21", "2026-04-24")
    org = crm.organizations.create({"name": "札幌食品株式会社", "country": "JP"}, actor="t").id
    other = crm.organizations.create({"name": "小樽物産", "country": "JP"}, actor="t").id
    crm.participations.create({"fair_id": fair, "organization_id": org, "booth": "A-1", "products": "ホタテ"},
                              actor="t")
    gone = crm.participations.create({"fair_id": fair, "organization_id": other}, actor="t").id
    crm.participations.delete(gone, actor="t")
    [found] = exhibitors(crm.db, fair)
    assert (found.organization_id, found.name, found.booth, found.products) == (org, "札幌食品株式会社", "A-1", "ホタテ")


def test_business_cards_are_found_by_role(crm, tmp_path):
    lead = crm.leads.create({"title": "x"}, actor="t").id
    card = tmp_path / "card.png"
    card.write_bytes(b"\x89PNG fake")
    crm.attachments.attach_file(card, "lead", lead, actor="t", role="business_card")
    [stored] = attachments_of(crm.db, "lead", lead, "business_card")
    assert stored.filename == "card.png"
    assert attachments_of(crm.db, "lead", lead, "other") == []


def test_country_names_are_given_in_the_users_language():
    assert country_name("SG", "ja") == "シンガポール"
    assert country_name("SG", "en") == "Singapore"
    assert country_name(None, "en") == ""


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
