"""Bids: the pipeline's new stages and a meeting series' past editions.

- ``bids.stage`` and the stage history's ``from_stage``/``to_stage`` accept three more stages: local host
  secured (a Japanese host organisation has agreed to bid with the city), presentation (the bid is presented
  to the decision body) and postponed. Their CHECK constraints are replaced (on SQLite by a batch copy).
- ``meeting_editions``: where each past edition of a series met and how many came (the rotation's source).
- ``bid_competitors``: the destinations competing with Sapporo for a bid (city, country, strengths).

Revision ID: 0004_bids
Revises: 0004_intake
Create Date: 2026-12-02 01:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0004_bids'
down_revision = '0004_intake'  # rechained when the areas merged
branch_labels = None
depends_on = None

OLD = ('prospect', 'research', 'proposal', 'bid_submitted', 'shortlisted', 'site_inspection', 'won', 'lost',
       'withdrawn')
NEW = ('prospect', 'research', 'proposal', 'local_host_secured', 'bid_submitted', 'shortlisted', 'site_inspection',
       'presentation', 'won', 'lost', 'withdrawn', 'postponed')
# (table, column, the enum's constraint name, nullable)
STAGE_COLUMNS = (
    ('bids', 'stage', 'bid_stage', False),
    ('bid_stage_changes', 'from_stage', 'bid_stage_from', True),
    ('bid_stage_changes', 'to_stage', 'bid_stage_to', False),
)


def _stages(values: tuple[str, ...]) -> None:
    for table, column, name, nullable in STAGE_COLUMNS:
        check = f"{column} IN ({', '.join(repr(v) for v in values)})"
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(op.f(f'ck_{table}_{name}'), type_='check')
            batch_op.create_check_constraint(op.f(f'ck_{table}_{name}'), sa.text(check))


def upgrade() -> None:
    _stages(NEW)
    op.create_table('meeting_editions',
    sa.Column('series_id', sa.String(length=36), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('city', sa.String(length=200), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('delegates', sa.Integer(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.CheckConstraint('delegates IS NULL OR delegates >= 0', name=op.f('ck_meeting_editions_delegates_nonneg')),
    sa.ForeignKeyConstraint(['series_id'], ['meeting_series.id'], name=op.f('fk_meeting_editions_series_id_meeting_series')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_editions'))
    )
    with op.batch_alter_table('meeting_editions', schema=None) as batch_op:
        batch_op.create_index('ix_meeting_editions_series', ['series_id', 'year'], unique=False)
    op.create_table('bid_competitors',
    sa.Column('bid_id', sa.String(length=36), nullable=False),
    sa.Column('city', sa.String(length=200), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('strengths', sa.String(length=1000), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['bid_id'], ['bids.id'], name=op.f('fk_bid_competitors_bid_id_bids')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bid_competitors'))
    )
    with op.batch_alter_table('bid_competitors', schema=None) as batch_op:
        batch_op.create_index('ix_bid_competitors_bid', ['bid_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('bid_competitors', schema=None) as batch_op:
        batch_op.drop_index('ix_bid_competitors_bid')
    op.drop_table('bid_competitors')
    with op.batch_alter_table('meeting_editions', schema=None) as batch_op:
        batch_op.drop_index('ix_meeting_editions_series')
    op.drop_table('meeting_editions')
    _stages(OLD)
