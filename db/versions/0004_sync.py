"""Sync: a conflict says what kind it is, and conflicts are found by their record.

``conflicts.kind``: ``field`` (two values of one field; the newer clock won, the loser is kept),
``identity`` (a name, an email, a phone or an organization: a person decides), ``delete_edited`` and
``edit_deleted`` (a delete against an edit, either way round), ``deleted_parent`` (a new child of a
deleted record).

Revision ID: 0004_sync
Revises: 0004_bids
Create Date: 2026-12-02 00:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0004_sync'
down_revision = '0004_bids'  # rechained when the areas merged
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conflicts") as batch:
        batch.add_column(sa.Column("kind", sa.String(20), nullable=False, server_default="field"))
    op.create_index("ix_conflicts_row", "conflicts", ["table_name", "row_id"])


def downgrade() -> None:
    op.drop_index("ix_conflicts_row", table_name="conflicts")
    with op.batch_alter_table("conflicts") as batch:
        batch.drop_column("kind")
