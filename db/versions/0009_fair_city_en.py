"""A fair's city gets an English name beside the one staff write (ケルン / Cologne).

The city was one free-text column, typed in Japanese, so the English screens, packs and calendar files showed ケルン.
Like a company's ``name_en``, ``city_en`` is what English readers see where it is given; the city as written serves
both languages otherwise.

Revision ID: 0009_fair_city_en
Revises: 0008_change_log_at_index
Create Date: 2026-12-06 01:40:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0009_fair_city_en"
down_revision = "0008_change_log_at_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("fairs") as batch:
        batch.add_column(sa.Column("city_en", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("fairs") as batch:
        batch.drop_column("city_en")
