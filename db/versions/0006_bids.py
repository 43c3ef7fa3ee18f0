"""Bids: the office's shared settings.

- ``shared_settings``: settings that belong to the office rather than to one computer (one value per key for
  every user, carried by sync): the economic-impact estimator's default parameters and the stages' default
  probabilities, which were per-computer settings before. A key's record id is derived from the key.

Revision ID: 0006_bids
Revises: 0005_gojuon_order
Create Date: 2026-12-02 04:30:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0006_bids"
down_revision = "0005_gojuon_order"  # rechained when the areas merge
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('shared_settings',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shared_settings')),
    sa.UniqueConstraint('key', name=op.f('uq_shared_settings_key'))
    )


def downgrade() -> None:
    op.drop_table('shared_settings')
