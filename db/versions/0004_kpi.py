"""The plan's indicators (issue [kpi]): an entered value or target carries a note of its source
(which survey, which statistics, which publication).

One shared-table change: indicator_values gains ``note`` (nullable text).

Revision ID: 0004_kpi
Revises: 0004_sync
"""
from alembic import op
import sqlalchemy as sa


revision = "0004_kpi"
down_revision = "0004_sync"  # rechained when the areas merged
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("indicator_values") as batch:
        batch.add_column(sa.Column("note", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("indicator_values") as batch:
        batch.drop_column("note")
