"""Students: residence card expiry and part-time permit, the purge's tombstone mark; an opening's job type,
English level and weekly hours; a match's host rating, host note and hire date.

Revision ID: 0004_students
Revises: 0004_network
Create Date: 2026-12-02 00:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0004_students'
down_revision = '0004_network'  # rechained when the areas merged
branch_labels = None
depends_on = None

_CEFR = ('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native')


def upgrade() -> None:
    with op.batch_alter_table('students') as batch:
        batch.add_column(sa.Column('residence_expires_on', sa.Date(), nullable=True))
        batch.add_column(sa.Column('part_time_permit', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column('purged_at', sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table('students') as batch:
        batch.alter_column('part_time_permit', server_default=None)
    with op.batch_alter_table('openings') as batch:
        batch.add_column(sa.Column('job_type', sa.String(length=100), nullable=True))
        batch.add_column(sa.Column('min_english', sa.Enum(*_CEFR, name='min_english', native_enum=False,
                                                          create_constraint=True, length=32), nullable=True))
        batch.add_column(sa.Column('hours_per_week', sa.Integer(), nullable=True))
        batch.create_check_constraint(op.f('ck_openings_hours_range'), 'hours_per_week IS NULL OR (hours_per_week BETWEEN 1 AND 80)')
    with op.batch_alter_table('matches') as batch:
        batch.add_column(sa.Column('host_rating', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('host_note', sa.Text(), nullable=True))
        batch.add_column(sa.Column('hired_on', sa.Date(), nullable=True))
        batch.create_check_constraint(op.f('ck_matches_host_rating_range'), 'host_rating IS NULL OR (host_rating BETWEEN 1 AND 4)')


def downgrade() -> None:
    with op.batch_alter_table('matches') as batch:
        batch.drop_constraint(op.f('ck_matches_host_rating_range'), type_='check')
        for column in ('hired_on', 'host_note', 'host_rating'):
            batch.drop_column(column)
    with op.batch_alter_table('openings') as batch:
        batch.drop_constraint(op.f('ck_openings_hours_range'), type_='check')
        batch.drop_constraint(op.f('ck_openings_min_english'), type_='check')
        for column in ('hours_per_week', 'min_english', 'job_type'):
            batch.drop_column(column)
    with op.batch_alter_table('students') as batch:
        for column in ('purged_at', 'part_time_permit', 'residence_expires_on'):
            batch.drop_column(column)
