"""A fair's pavilion gets an English name beside the one staff write (北海道・札幌パビリオン / Hokkaido Sapporo Pavilion).

The English delegation pack, given to foreign partners, showed the pavilion as written in Japanese on its cover. Like
``city_en`` (0009), ``pavilion_en`` is what English readers see where it is given.

Revision ID: 0010_fair_pavilion_en
Revises: 0009_fair_city_en
Create Date: 2026-12-06 03:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0010_fair_pavilion_en"
down_revision = "0009_fair_city_en"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("fairs") as batch:
        batch.add_column(sa.Column("pavilion_en", sa.String(length=300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("fairs") as batch:
        batch.drop_column("pavilion_en")
