"""Lists in the order of a Japanese phone's contacts: readings in gojūon order first, then Latin A–Z, then
other scripts (:func:`sapporo_mice.text.sort_key` now starts each key with its script's rank).

The stored keys are recomputed from themselves: an old key is the compact form of the first name
candidate, so its first character says its script; Latin keys also lose their diacritics. Every table
with a sort key, and the search rows' copy of it, are rewritten in chunks.

Revision ID: 0005_gojuon_order
Revises: 0004_kpi
Create Date: 2026-12-02 02:20:00
"""
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0005_gojuon_order"
down_revision = "0004_kpi"
branch_labels = None
depends_on = None

TABLES = ("organizations", "contacts", "students", "partner_cities", "city_networks")
CHUNK = 2000


def _rank(key: str) -> str:
    first = key[:1]
    if "\u3041" <= first <= "\u309f":
        return "1"
    if first.isascii() or unicodedata.name(first, "").startswith("LATIN"):
        return "2"
    return "3"


def _new(key: str) -> str:
    rank = _rank(key)
    if rank == "2":
        key = "".join(c for c in unicodedata.normalize("NFD", key) if not unicodedata.combining(c))
    return (rank + key)[:200]


def _rewrite(table: str, key_column: str, change) -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text(f"SELECT {key_column}, sort_key FROM {table} "
                                f"WHERE sort_key IS NOT NULL AND sort_key <> ''")).all()
    updates = [{"k": row[0], "v": change(row[1])} for row in rows]
    statement = sa.text(f"UPDATE {table} SET sort_key = :v WHERE {key_column} = :k")
    for start in range(0, len(updates), CHUNK):
        bind.execute(statement, updates[start:start + CHUNK])


def upgrade() -> None:
    for table in TABLES:
        _rewrite(table, "id", _new)
    _rewrite("search_index", "rid", _new)


def downgrade() -> None:
    def old(key: str) -> str:
        return key[1:] if key[:1] in ("1", "2", "3") else key

    for table in TABLES:
        _rewrite(table, "id", old)
    _rewrite("search_index", "rid", old)
