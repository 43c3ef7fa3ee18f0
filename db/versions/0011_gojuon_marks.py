"""Readings in full gojūon order (JIS X 4061), as a Japanese dictionary or phone lists them: a voicing mark, a small
kana or the long-vowel mark no longer moves a name out of its place (アーラティ before アディティ, ジョージ before
ジョン, ガウン before カエデ; :func:`sapporo_mice.text.gojuon_key`).

A stored key of a reading ("1" and the compacted hiragana) becomes "1", the reading's gojūon form, a space and the
reading as before; keys of other scripts are left as they are. Every table with a sort key, and the search rows'
copy of it, are rewritten in chunks. The keys are made by the app's own function (as 0004_intake fills the search
text with the app's ``searchable``): a later change to the order comes with a migration of its own. Downgrading
gives each key back its reading alone.

Revision ID: 0011_gojuon_marks
Revises: 0010_fair_pavilion_en
Create Date: 2026-12-06 11:30:00
"""
import sqlalchemy as sa
from alembic import op

from sapporo_mice.text import gojuon_key

revision = "0011_gojuon_marks"
down_revision = "0010_fair_pavilion_en"
branch_labels = None
depends_on = None

TABLES = ("organizations", "contacts", "students", "partner_cities", "city_networks")
CHUNK = 2000
READING = "1"  # the rank that starts the key of a reading (sapporo_mice.text.script_rank)


def _rewrite(table: str, key_column: str, change) -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text(f"SELECT {key_column}, sort_key FROM {table} WHERE sort_key LIKE '{READING}%'")).all()
    updates = [{"k": key, "v": new} for key, old in rows if (new := change(old)) != old]
    statement = sa.text(f"UPDATE {table} SET sort_key = :v WHERE {key_column} = :k")
    for start in range(0, len(updates), CHUNK):
        bind.execute(statement, updates[start:start + CHUNK])


def _gojuon(key: str) -> str:
    reading = key[1:]
    return key if " " in reading else (READING + gojuon_key(reading))[:200]


def _reading_only(key: str) -> str:
    return READING + key[1:].split(" ", 1)[1] if " " in key else key


def upgrade() -> None:
    for table in TABLES:
        _rewrite(table, "id", _gojuon)
    _rewrite("search_index", "rid", _gojuon)


def downgrade() -> None:
    for table in TABLES:
        _rewrite(table, "id", _reading_only)
    _rewrite("search_index", "rid", _reading_only)
