"""Bids: the office's shared settings.

- ``shared_settings``: settings that belong to the office rather than to one computer (one value per key for
  every user, carried by sync): the economic-impact estimator's default parameters and the stages' default
  probabilities, which were per-computer settings before. A key's record id is derived from the key.
- ``key_persons``: a contact's role in the decision on a bid or a meeting series (decision maker, board member,
  site-selection committee, local host, PCO …), child rows of either.
- ``activity_participants``: who took part in an activity (a site inspection, a presentation): one of our staff
  by name, or a contact.

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
    op.create_table('key_persons',
    sa.Column('bid_id', sa.String(length=36), nullable=True),
    sa.Column('series_id', sa.String(length=36), nullable=True),
    sa.Column('contact_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.Enum('decision_maker', 'board_member', 'site_selection', 'local_host', 'pco', 'influencer',
                              'secretariat', name='decision_role', native_enum=False, create_constraint=True,
                              length=32), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.CheckConstraint('(bid_id IS NULL) <> (series_id IS NULL)', name=op.f('ck_key_persons_one_parent')),
    sa.ForeignKeyConstraint(['bid_id'], ['bids.id'], name=op.f('fk_key_persons_bid_id_bids')),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_key_persons_contact_id_contacts')),
    sa.ForeignKeyConstraint(['series_id'], ['meeting_series.id'], name=op.f('fk_key_persons_series_id_meeting_series')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_key_persons'))
    )
    with op.batch_alter_table('key_persons', schema=None) as batch_op:
        batch_op.create_index('ix_key_persons_bid', ['bid_id'], unique=False)
        batch_op.create_index('ix_key_persons_series', ['series_id'], unique=False)
    op.create_table('activity_participants',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('contact_id', sa.String(length=36), nullable=True),
    sa.Column('staff_name', sa.String(length=120), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.CheckConstraint('(contact_id IS NULL) <> (staff_name IS NULL)',
                       name=op.f('ck_activity_participants_contact_or_staff')),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'],
                            name=op.f('fk_activity_participants_activity_id_activities')),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_activity_participants_contact_id_contacts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_participants'))
    )
    with op.batch_alter_table('activity_participants', schema=None) as batch_op:
        batch_op.create_index('ix_activity_participants_activity', ['activity_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('activity_participants', schema=None) as batch_op:
        batch_op.drop_index('ix_activity_participants_activity')
    op.drop_table('activity_participants')
    with op.batch_alter_table('key_persons', schema=None) as batch_op:
        batch_op.drop_index('ix_key_persons_series')
        batch_op.drop_index('ix_key_persons_bid')
    op.drop_table('key_persons')
    op.drop_table('shared_settings')
