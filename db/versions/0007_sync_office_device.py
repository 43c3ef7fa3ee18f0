"""Sync: a conflict names the device whose value the office held when it was decided.

``conflicts.office_device``: the device that wrote the value the incoming change met (for a field or an
identity conflict). When that value loses, the office's answer carries the conflict to that device too, so the
laptop whose value lost sees it (read-only), as the laptop whose change came in does.

Revision ID: 0007_sync_office_device
Revises: 0006_bids
Create Date: 2026-12-02 08:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0007_sync_office_device"
down_revision = "0006_bids"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conflicts") as batch:
        batch.add_column(sa.Column("office_device", sa.String(36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("conflicts") as batch:
        batch.drop_column("office_device")
