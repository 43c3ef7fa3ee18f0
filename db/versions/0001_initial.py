"""Initial schema: the whole domain model, the change log and the search index.

Revision ID: 0001_initial
Revises: 
Create Date: 2026-11-29 19:28:37.586973
"""
from alembic import op
import sqlalchemy as sa


revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('access_log',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user', sa.String(length=120), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('record_type', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=True),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_access_log'))
    )
    with op.batch_alter_table('access_log', schema=None) as batch_op:
        batch_op.create_index('ix_access_log_record', ['record_type', 'record_id'], unique=False)

    op.create_table('activities',
    sa.Column('kind', sa.Enum('meeting', 'call', 'email', 'visit', 'note', 'site_inspection', 'presentation', name='activity_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('body', sa.Text(), nullable=True),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('owner', sa.String(length=120), nullable=True),
    sa.Column('record_type', sa.String(length=40), nullable=True),
    sa.Column('record_id', sa.String(length=36), nullable=True),
    sa.Column('pillars', sa.String(length=40), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activities'))
    )
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.create_index('ix_activities_occurred', ['occurred_at'], unique=False)
        batch_op.create_index('ix_activities_record', ['record_type', 'record_id'], unique=False)

    op.create_table('attachments',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('filename', sa.String(length=500), nullable=False),
    sa.Column('mime_type', sa.String(length=200), nullable=True),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('record_type', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=40), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.CheckConstraint('length(sha256) = 64', name=op.f('ck_attachments_sha256_length')),
    sa.CheckConstraint('size >= 0', name=op.f('ck_attachments_size_nonneg')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments'))
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index('ix_attachments_record', ['record_type', 'record_id'], unique=False)
        batch_op.create_index('ix_attachments_sha256', ['sha256'], unique=False)

    op.create_table('change_log',
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('device_seq', sa.BigInteger(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('op', sa.String(length=10), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=True),
    sa.Column('base_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.Column('schema_rev', sa.String(length=40), nullable=False),
    sa.Column('user', sa.String(length=120), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_change_log')),
    sa.UniqueConstraint('device_id', 'device_seq', name=op.f('uq_change_log_device_id_device_seq'))
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index('ix_change_log_at', ['at'], unique=False)
        batch_op.create_index('ix_change_log_row', ['table_name', 'row_id', 'seq'], unique=False)

    op.create_table('conflicts',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=True),
    sa.Column('office_value', sa.Text(), nullable=True),
    sa.Column('incoming_value', sa.Text(), nullable=True),
    sa.Column('base_value', sa.Text(), nullable=True),
    sa.Column('incoming_hlc', sa.String(length=64), nullable=True),
    sa.Column('incoming_device', sa.String(length=36), nullable=True),
    sa.Column('incoming_user', sa.String(length=120), nullable=True),
    sa.Column('winner', sa.String(length=10), nullable=True),
    sa.Column('resolved', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resolved_by', sa.String(length=120), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflicts'))
    )
    with op.batch_alter_table('conflicts', schema=None) as batch_op:
        batch_op.create_index('ix_conflicts_open', ['resolved', 'created_at'], unique=False)

    op.create_table('fairs',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_ja', sa.String(length=300), nullable=True),
    sa.Column('organizer', sa.String(length=300), nullable=True),
    sa.Column('city', sa.String(length=200), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('sector', sa.String(length=200), nullable=True),
    sa.Column('pavilion', sa.String(length=300), nullable=True),
    sa.Column('budget_jpy', sa.BigInteger(), nullable=True),
    sa.Column('owner', sa.String(length=120), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.CheckConstraint('ends_on >= starts_on', name=op.f('ck_fairs_dates_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fairs'))
    )
    with op.batch_alter_table('fairs', schema=None) as batch_op:
        batch_op.create_index('ix_fairs_dates', ['deleted_at', 'starts_on'], unique=False)

    op.create_table('indicators',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name_ja', sa.String(length=300), nullable=False),
    sa.Column('name_en', sa.String(length=300), nullable=False),
    sa.Column('pillar', sa.Integer(), nullable=False),
    sa.Column('unit', sa.String(length=40), nullable=False),
    sa.Column('source', sa.Enum('computed', 'manual', name='indicator_source', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('formula', sa.String(length=80), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicators')),
    sa.UniqueConstraint('code', name=op.f('uq_indicators_code'))
    )
    op.create_table('local_state',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_local_state'))
    )
    op.create_table('organizations',
    sa.Column('kind', sa.Enum('local_company', 'overseas_buyer', 'association', 'university', 'government', 'venue', 'partner_city', 'other', name='org_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_ja', sa.String(length=300), nullable=True),
    sa.Column('name_en', sa.String(length=300), nullable=True),
    sa.Column('name_kana', sa.String(length=300), nullable=True),
    sa.Column('corporate_number', sa.String(length=13), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('postal_code', sa.String(length=20), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('website', sa.String(length=500), nullable=True),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('phone_raw', sa.String(length=80), nullable=True),
    sa.Column('phone_e164', sa.String(length=32), nullable=True),
    sa.Column('phone_region', sa.String(length=2), nullable=True),
    sa.Column('phone_valid', sa.Boolean(), nullable=True),
    sa.Column('industry', sa.String(length=200), nullable=True),
    sa.Column('employees', sa.Integer(), nullable=True),
    sa.Column('capital_jpy', sa.BigInteger(), nullable=True),
    sa.Column('owner', sa.String(length=120), nullable=True),
    sa.Column('tags', sa.String(length=1000), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('sort_key', sa.String(length=200), nullable=False),
    sa.Column('name_key', sa.String(length=300), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.CheckConstraint('employees IS NULL OR employees >= 0', name=op.f('ck_organizations_employees_nonneg')),
    sa.CheckConstraint('length(name) > 0', name=op.f('ck_organizations_name_required')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organizations'))
    )
    with op.batch_alter_table('organizations', schema=None) as batch_op:
        batch_op.create_index('ix_organizations_corporate_number', ['corporate_number'], unique=False)
        batch_op.create_index('ix_organizations_kind', ['kind'], unique=False)
        batch_op.create_index('ix_organizations_name_key', ['name_key'], unique=False)
        batch_op.create_index('ix_organizations_sort', ['deleted_at', 'sort_key'], unique=False)

    op.create_table('search_index',
    sa.Column('rid', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('record_type', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=400), nullable=False),
    sa.Column('subtitle', sa.String(length=400), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('title_key', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('rid', name=op.f('pk_search_index')),
    sa.UniqueConstraint('record_type', 'record_id', name=op.f('uq_search_index_record_type_record_id'))
    )
    with op.batch_alter_table('search_index', schema=None) as batch_op:
        batch_op.create_index('ix_search_index_title_key', ['title_key'], unique=False)

    op.create_table('tasks',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('assignee', sa.String(length=120), nullable=True),
    sa.Column('record_type', sa.String(length=40), nullable=True),
    sa.Column('record_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tasks'))
    )
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.create_index('ix_tasks_due', ['done', 'due_on'], unique=False)
        batch_op.create_index('ix_tasks_record', ['record_type', 'record_id'], unique=False)

    op.create_table('company_profiles',
    sa.Column('organization_id', sa.String(length=36), nullable=False),
    sa.Column('stage', sa.Enum('considering', 'preparing', 'testing', 'exporting', 'expanding', name='export_stage', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('products', sa.Text(), nullable=True),
    sa.Column('certifications', sa.String(length=500), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_company_profiles_organization_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_company_profiles')),
    sa.UniqueConstraint('organization_id', name=op.f('uq_company_profiles_organization_id'))
    )
    op.create_table('consultations',
    sa.Column('organization_id', sa.String(length=36), nullable=False),
    sa.Column('held_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('area', sa.Enum('legal', 'tax', 'marketing', 'logistics', 'certification', 'finance', 'hr', name='consultation_area', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('advisor', sa.String(length=200), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_consultations_organization_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consultations'))
    )
    with op.batch_alter_table('consultations', schema=None) as batch_op:
        batch_op.create_index('ix_consultations_organization', ['organization_id'], unique=False)

    op.create_table('contacts',
    sa.Column('family_name', sa.String(length=200), nullable=True),
    sa.Column('given_name', sa.String(length=200), nullable=True),
    sa.Column('family_name_kana', sa.String(length=200), nullable=True),
    sa.Column('given_name_kana', sa.String(length=200), nullable=True),
    sa.Column('latin_name', sa.String(length=300), nullable=True),
    sa.Column('name_order', sa.Enum('family_first', 'given_first', name='name_order', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('display_name', sa.String(length=400), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=True),
    sa.Column('department', sa.String(length=200), nullable=True),
    sa.Column('organization_id', sa.String(length=36), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('languages', sa.String(length=200), nullable=True),
    sa.Column('owner', sa.String(length=120), nullable=True),
    sa.Column('tags', sa.String(length=1000), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('sort_key', sa.String(length=200), nullable=False),
    sa.Column('reading_key', sa.String(length=300), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.CheckConstraint('length(display_name) > 0', name=op.f('ck_contacts_display_name_required')),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_contacts_organization_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contacts'))
    )
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.create_index('ix_contacts_organization', ['organization_id'], unique=False)
        batch_op.create_index('ix_contacts_reading_key', ['reading_key'], unique=False)
        batch_op.create_index('ix_contacts_sort', ['deleted_at', 'sort_key'], unique=False)

    op.create_table('expansion_cases',
    sa.Column('organization_id', sa.String(length=36), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('kind', sa.Enum('export', 'subsidiary', 'branch', 'licensing', 'partnership', 'ecommerce', name='expansion_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('value_jpy', sa.BigInteger(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_expansion_cases_organization_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_expansion_cases'))
    )
    with op.batch_alter_table('expansion_cases', schema=None) as batch_op:
        batch_op.create_index('ix_expansion_cases_date', ['occurred_on'], unique=False)
        batch_op.create_index('ix_expansion_cases_organization', ['organization_id'], unique=False)

    op.create_table('indicator_values',
    sa.Column('indicator_id', sa.String(length=36), nullable=False),
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('target', sa.Float(), nullable=True),
    sa.Column('actual', sa.Float(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicators.id'], name=op.f('fk_indicator_values_indicator_id_indicators')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_values')),
    sa.UniqueConstraint('indicator_id', 'fiscal_year', name=op.f('uq_indicator_values_indicator_id_fiscal_year'))
    )
    with op.batch_alter_table('indicator_values', schema=None) as batch_op:
        batch_op.create_index('ix_indicator_values_fy', ['fiscal_year'], unique=False)

    op.create_table('meeting_series',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_ja', sa.String(length=300), nullable=True),
    sa.Column('acronym', sa.String(length=40), nullable=True),
    sa.Column('association_id', sa.String(length=36), nullable=True),
    sa.Column('frequency', sa.Enum('annual', 'biennial', 'triennial', 'quadrennial', 'irregular', name='frequency', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('rotation_area', sa.String(length=200), nullable=True),
    sa.Column('rotation_pattern', sa.String(length=300), nullable=True),
    sa.Column('preferred_month', sa.Integer(), nullable=True),
    sa.Column('typical_delegates', sa.Integer(), nullable=True),
    sa.Column('first_year', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.CheckConstraint('preferred_month IS NULL OR (preferred_month BETWEEN 1 AND 12)', name=op.f('ck_meeting_series_month_range')),
    sa.ForeignKeyConstraint(['association_id'], ['organizations.id'], name=op.f('fk_meeting_series_association_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_series'))
    )
    with op.batch_alter_table('meeting_series', schema=None) as batch_op:
        batch_op.create_index('ix_meeting_series_association', ['association_id'], unique=False)

    op.create_table('openings',
    sa.Column('organization_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.Enum('internship', 'new_graduate', 'mid_career', 'part_time', name='opening_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('required_skills', sa.String(length=500), nullable=True),
    sa.Column('min_jlpt', sa.Enum('N1', 'N2', 'N3', 'N4', 'N5', 'none', name='min_jlpt', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('languages', sa.String(length=300), nullable=True),
    sa.Column('industry', sa.String(length=200), nullable=True),
    sa.Column('location', sa.String(length=200), nullable=True),
    sa.Column('headcount', sa.Integer(), nullable=True),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('apply_by', sa.Date(), nullable=True),
    sa.Column('owner', sa.String(length=120), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.CheckConstraint('headcount IS NULL OR headcount >= 0', name=op.f('ck_openings_headcount_nonneg')),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_openings_organization_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_openings'))
    )
    with op.batch_alter_table('openings', schema=None) as batch_op:
        batch_op.create_index('ix_openings_organization', ['organization_id'], unique=False)

    op.create_table('support_needs',
    sa.Column('organization_id', sa.String(length=36), nullable=False),
    sa.Column('area', sa.Enum('legal', 'tax', 'marketing', 'logistics', 'certification', 'finance', 'hr', name='support_area', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('resolved', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_support_needs_organization_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_support_needs'))
    )
    with op.batch_alter_table('support_needs', schema=None) as batch_op:
        batch_op.create_index('ix_support_needs_organization', ['organization_id'], unique=False)

    op.create_table('target_markets',
    sa.Column('organization_id', sa.String(length=36), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('research', 'active', 'entered', 'paused', name='market_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_target_markets_organization_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_target_markets'))
    )
    with op.batch_alter_table('target_markets', schema=None) as batch_op:
        batch_op.create_index('ix_target_markets_organization', ['organization_id'], unique=False)

    op.create_table('bids',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('series_id', sa.String(length=36), nullable=True),
    sa.Column('meeting_type', sa.Enum('conference', 'corporate_meeting', 'incentive', 'exhibition', name='meeting_type', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('edition_year', sa.Integer(), nullable=True),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('delegates_international', sa.Integer(), nullable=True),
    sa.Column('delegates_domestic', sa.Integer(), nullable=True),
    sa.Column('accompanying', sa.Integer(), nullable=True),
    sa.Column('days', sa.Integer(), nullable=True),
    sa.Column('venue_id', sa.String(length=36), nullable=True),
    sa.Column('stage', sa.Enum('prospect', 'research', 'proposal', 'bid_submitted', 'shortlisted', 'site_inspection', 'won', 'lost', 'withdrawn', name='bid_stage', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('probability', sa.Integer(), nullable=True),
    sa.Column('bid_deadline', sa.Date(), nullable=True),
    sa.Column('decision_on', sa.Date(), nullable=True),
    sa.Column('decision_body', sa.String(length=300), nullable=True),
    sa.Column('competitors', sa.String(length=500), nullable=True),
    sa.Column('host_contact_id', sa.String(length=36), nullable=True),
    sa.Column('association_contact_id', sa.String(length=36), nullable=True),
    sa.Column('support_offered', sa.Text(), nullable=True),
    sa.Column('outcome_reason', sa.Text(), nullable=True),
    sa.Column('economic_impact_jpy', sa.BigInteger(), nullable=True),
    sa.Column('impact_parameters', sa.Text(), nullable=True),
    sa.Column('owner', sa.String(length=120), nullable=True),
    sa.Column('pillars', sa.String(length=40), nullable=False),
    sa.Column('tags', sa.String(length=1000), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.CheckConstraint('ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on', name=op.f('ck_bids_dates_order')),
    sa.CheckConstraint('probability IS NULL OR (probability BETWEEN 0 AND 100)', name=op.f('ck_bids_probability_range')),
    sa.ForeignKeyConstraint(['association_contact_id'], ['contacts.id'], name=op.f('fk_bids_association_contact_id_contacts')),
    sa.ForeignKeyConstraint(['host_contact_id'], ['contacts.id'], name=op.f('fk_bids_host_contact_id_contacts')),
    sa.ForeignKeyConstraint(['series_id'], ['meeting_series.id'], name=op.f('fk_bids_series_id_meeting_series')),
    sa.ForeignKeyConstraint(['venue_id'], ['organizations.id'], name=op.f('fk_bids_venue_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bids'))
    )
    with op.batch_alter_table('bids', schema=None) as batch_op:
        batch_op.create_index('ix_bids_deadline', ['bid_deadline'], unique=False)
        batch_op.create_index('ix_bids_series', ['series_id'], unique=False)
        batch_op.create_index('ix_bids_stage', ['deleted_at', 'stage'], unique=False)

    op.create_table('contact_emails',
    sa.Column('contact_id', sa.String(length=36), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=False),
    sa.Column('normalized', sa.String(length=320), nullable=False),
    sa.Column('kind', sa.Enum('work', 'home', 'other', name='email_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('is_primary', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_contact_emails_contact_id_contacts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_emails'))
    )
    with op.batch_alter_table('contact_emails', schema=None) as batch_op:
        batch_op.create_index('ix_contact_emails_contact', ['contact_id'], unique=False)
        batch_op.create_index('ix_contact_emails_normalized', ['normalized'], unique=False)

    op.create_table('contact_phones',
    sa.Column('contact_id', sa.String(length=36), nullable=False),
    sa.Column('raw', sa.String(length=80), nullable=False),
    sa.Column('region', sa.String(length=2), nullable=True),
    sa.Column('e164', sa.String(length=32), nullable=True),
    sa.Column('extension', sa.String(length=20), nullable=True),
    sa.Column('kind', sa.Enum('work', 'mobile', 'home', 'fax', 'other', name='phone_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('valid', sa.Boolean(), nullable=False),
    sa.Column('is_primary', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.CheckConstraint('length(raw) > 0', name=op.f('ck_contact_phones_raw_required')),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_contact_phones_contact_id_contacts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_phones'))
    )
    with op.batch_alter_table('contact_phones', schema=None) as batch_op:
        batch_op.create_index('ix_contact_phones_contact', ['contact_id'], unique=False)
        batch_op.create_index('ix_contact_phones_e164', ['e164'], unique=False)

    op.create_table('leads',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.Enum('mice', 'trade_buyer', 'company_inquiry', 'student', 'partnership', 'other', name='lead_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=True),
    sa.Column('status', sa.Enum('new', 'contacted', 'qualified', 'negotiating', 'won', 'lost', 'dormant', name='lead_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('owner', sa.String(length=120), nullable=True),
    sa.Column('rating', sa.Enum('A', 'B', 'C', 'D', name='rating', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('contact_id', sa.String(length=36), nullable=True),
    sa.Column('organization_id', sa.String(length=36), nullable=True),
    sa.Column('fair_id', sa.String(length=36), nullable=True),
    sa.Column('interest_organization_id', sa.String(length=36), nullable=True),
    sa.Column('captured_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('captured_tz', sa.String(length=64), nullable=True),
    sa.Column('interest', sa.Text(), nullable=True),
    sa.Column('next_action', sa.String(length=500), nullable=True),
    sa.Column('follow_up_on', sa.Date(), nullable=True),
    sa.Column('pillars', sa.String(length=40), nullable=False),
    sa.Column('tags', sa.String(length=1000), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_leads_contact_id_contacts')),
    sa.ForeignKeyConstraint(['fair_id'], ['fairs.id'], name=op.f('fk_leads_fair_id_fairs')),
    sa.ForeignKeyConstraint(['interest_organization_id'], ['organizations.id'], name=op.f('fk_leads_interest_organization_id_organizations')),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_leads_organization_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_leads'))
    )
    with op.batch_alter_table('leads', schema=None) as batch_op:
        batch_op.create_index('ix_leads_contact', ['contact_id'], unique=False)
        batch_op.create_index('ix_leads_fair', ['fair_id'], unique=False)
        batch_op.create_index('ix_leads_follow_up', ['deleted_at', 'follow_up_on'], unique=False)
        batch_op.create_index('ix_leads_organization', ['organization_id'], unique=False)
        batch_op.create_index('ix_leads_owner', ['owner'], unique=False)

    op.create_table('participations',
    sa.Column('fair_id', sa.String(length=36), nullable=False),
    sa.Column('organization_id', sa.String(length=36), nullable=False),
    sa.Column('contact_id', sa.String(length=36), nullable=True),
    sa.Column('booth', sa.String(length=60), nullable=True),
    sa.Column('products', sa.Text(), nullable=True),
    sa.Column('objectives', sa.Text(), nullable=True),
    sa.Column('cost_jpy', sa.BigInteger(), nullable=True),
    sa.Column('subsidy_jpy', sa.BigInteger(), nullable=True),
    sa.Column('negotiations', sa.Integer(), nullable=True),
    sa.Column('deals', sa.Integer(), nullable=True),
    sa.Column('expected_sales_jpy', sa.BigInteger(), nullable=True),
    sa.Column('actual_sales_jpy', sa.BigInteger(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.CheckConstraint('cost_jpy IS NULL OR cost_jpy >= 0', name=op.f('ck_participations_cost_nonneg')),
    sa.CheckConstraint('subsidy_jpy IS NULL OR subsidy_jpy >= 0', name=op.f('ck_participations_subsidy_nonneg')),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_participations_contact_id_contacts')),
    sa.ForeignKeyConstraint(['fair_id'], ['fairs.id'], name=op.f('fk_participations_fair_id_fairs')),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_participations_organization_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participations'))
    )
    with op.batch_alter_table('participations', schema=None) as batch_op:
        batch_op.create_index('ix_participations_fair', ['fair_id'], unique=False)
        batch_op.create_index('ix_participations_organization', ['organization_id'], unique=False)

    op.create_table('students',
    sa.Column('contact_id', sa.String(length=36), nullable=True),
    sa.Column('display_name', sa.String(length=300), nullable=False),
    sa.Column('name_kana', sa.String(length=300), nullable=True),
    sa.Column('latin_name', sa.String(length=300), nullable=True),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('nationality', sa.String(length=2), nullable=True),
    sa.Column('university_id', sa.String(length=36), nullable=True),
    sa.Column('major', sa.String(length=200), nullable=True),
    sa.Column('degree', sa.Enum('language_school', 'vocational', 'bachelor', 'master', 'doctor', name='degree', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('graduation_year', sa.Integer(), nullable=True),
    sa.Column('graduation_month', sa.Integer(), nullable=True),
    sa.Column('jlpt', sa.Enum('N1', 'N2', 'N3', 'N4', 'N5', 'none', name='jlpt', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('english', sa.Enum('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native', name='cefr', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('other_languages', sa.String(length=300), nullable=True),
    sa.Column('skills', sa.Text(), nullable=True),
    sa.Column('desired_industries', sa.String(length=500), nullable=True),
    sa.Column('desired_job_types', sa.String(length=500), nullable=True),
    sa.Column('desired_locations', sa.String(length=500), nullable=True),
    sa.Column('internship_interest', sa.Boolean(), nullable=False),
    sa.Column('residence_status', sa.String(length=100), nullable=True),
    sa.Column('consent_purposes', sa.String(length=500), nullable=True),
    sa.Column('consent_on', sa.Date(), nullable=True),
    sa.Column('consent_expires_on', sa.Date(), nullable=True),
    sa.Column('consent_share_with_companies', sa.Boolean(), nullable=False),
    sa.Column('retain_until', sa.Date(), nullable=True),
    sa.Column('owner', sa.String(length=120), nullable=True),
    sa.Column('tags', sa.String(length=1000), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('sort_key', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.CheckConstraint('graduation_month IS NULL OR (graduation_month BETWEEN 1 AND 12)', name=op.f('ck_students_grad_month_range')),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_students_contact_id_contacts')),
    sa.ForeignKeyConstraint(['university_id'], ['organizations.id'], name=op.f('fk_students_university_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_students'))
    )
    with op.batch_alter_table('students', schema=None) as batch_op:
        batch_op.create_index('ix_students_sort', ['deleted_at', 'sort_key'], unique=False)

    op.create_table('bid_stage_changes',
    sa.Column('bid_id', sa.String(length=36), nullable=False),
    sa.Column('from_stage', sa.Enum('prospect', 'research', 'proposal', 'bid_submitted', 'shortlisted', 'site_inspection', 'won', 'lost', 'withdrawn', name='bid_stage_from', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('to_stage', sa.Enum('prospect', 'research', 'proposal', 'bid_submitted', 'shortlisted', 'site_inspection', 'won', 'lost', 'withdrawn', name='bid_stage_to', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['bid_id'], ['bids.id'], name=op.f('fk_bid_stage_changes_bid_id_bids')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bid_stage_changes'))
    )
    with op.batch_alter_table('bid_stage_changes', schema=None) as batch_op:
        batch_op.create_index('ix_bid_stage_changes_bid', ['bid_id', 'changed_at'], unique=False)

    op.create_table('matches',
    sa.Column('student_id', sa.String(length=36), nullable=False),
    sa.Column('opening_id', sa.String(length=36), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('reasons', sa.Text(), nullable=True),
    sa.Column('stage', sa.Enum('suggested', 'introduced', 'interview', 'internship', 'offer', 'hired', 'declined', 'withdrawn', name='match_stage', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('owner', sa.String(length=120), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['opening_id'], ['openings.id'], name=op.f('fk_matches_opening_id_openings')),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('fk_matches_student_id_students')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_matches'))
    )
    with op.batch_alter_table('matches', schema=None) as batch_op:
        batch_op.create_index('ix_matches_opening', ['opening_id'], unique=False)
        batch_op.create_index('ix_matches_student', ['student_id'], unique=False)

    op.create_table('match_stage_changes',
    sa.Column('match_id', sa.String(length=36), nullable=False),
    sa.Column('from_stage', sa.Enum('suggested', 'introduced', 'interview', 'internship', 'offer', 'hired', 'declined', 'withdrawn', name='match_stage_from', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('to_stage', sa.Enum('suggested', 'introduced', 'interview', 'internship', 'offer', 'hired', 'declined', 'withdrawn', name='match_stage_to', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['match_id'], ['matches.id'], name=op.f('fk_match_stage_changes_match_id_matches')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_match_stage_changes'))
    )
    with op.batch_alter_table('match_stage_changes', schema=None) as batch_op:
        batch_op.create_index('ix_match_stage_changes_match', ['match_id', 'changed_at'], unique=False)

    op.create_table('merges',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('record_type', sa.String(length=40), nullable=False),
    sa.Column('survivor_id', sa.String(length=36), nullable=False),
    sa.Column('loser_id', sa.String(length=36), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.Column('merged_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('merged_by', sa.String(length=120), nullable=False),
    sa.Column('undone_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('undone_by', sa.String(length=120), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_merges'))
    )
    with op.batch_alter_table('merges', schema=None) as batch_op:
        batch_op.create_index('ix_merges_loser', ['record_type', 'loser_id'], unique=False)
        batch_op.create_index('ix_merges_survivor', ['record_type', 'survivor_id'], unique=False)

    _create_search_mirror()


def _create_search_mirror() -> None:
    """Full-text search over ``search_index.text``.

    SQLite: an external-content FTS5 table (title and text columns) with the trigram tokenizer,
    kept in step by triggers. PostgreSQL: pg_trgm GIN indexes on the text and the title. Queries under 3 characters use LIKE on both (ENVIRONMENT.md).
    """
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE search_fts USING fts5("
            "title_key, text, content='search_index', content_rowid='rid', tokenize='trigram')"
        )
        op.execute(
            "CREATE TRIGGER search_index_ai AFTER INSERT ON search_index BEGIN "
            "INSERT INTO search_fts(rowid, title_key, text) VALUES (new.rid, new.title_key, new.text); END"
        )
        op.execute(
            "CREATE TRIGGER search_index_ad AFTER DELETE ON search_index BEGIN "
            "INSERT INTO search_fts(search_fts, rowid, title_key, text) "
            "VALUES ('delete', old.rid, old.title_key, old.text); END"
        )
        op.execute(
            "CREATE TRIGGER search_index_au AFTER UPDATE ON search_index BEGIN "
            "INSERT INTO search_fts(search_fts, rowid, title_key, text) "
            "VALUES ('delete', old.rid, old.title_key, old.text); "
            "INSERT INTO search_fts(rowid, title_key, text) VALUES (new.rid, new.title_key, new.text); END"
        )
    elif bind.dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute(
            "CREATE INDEX ix_search_index_text_trgm ON search_index USING gin (text gin_trgm_ops)"
        )
        # Title-prefix range scans compare by code point, whatever the database's collation.
        op.execute('CREATE INDEX ix_search_index_title_key_c ON search_index (title_key COLLATE "C")')
        op.execute(
            "CREATE INDEX ix_search_index_title_trgm ON search_index USING gin (title_key gin_trgm_ops)"
        )


def downgrade() -> None:
    op.drop_table('merges')
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        for name in ('search_index_ai', 'search_index_ad', 'search_index_au'):
            op.execute(f'DROP TRIGGER IF EXISTS {name}')
        op.execute('DROP TABLE IF EXISTS search_fts')
    else:
        op.execute('DROP INDEX IF EXISTS ix_search_index_text_trgm')
        op.execute('DROP INDEX IF EXISTS ix_search_index_title_key_c')
        op.execute('DROP INDEX IF EXISTS ix_search_index_title_trgm')
    
    with op.batch_alter_table('match_stage_changes', schema=None) as batch_op:
        batch_op.drop_index('ix_match_stage_changes_match')

    op.drop_table('match_stage_changes')
    with op.batch_alter_table('matches', schema=None) as batch_op:
        batch_op.drop_index('ix_matches_student')
        batch_op.drop_index('ix_matches_opening')

    op.drop_table('matches')
    with op.batch_alter_table('bid_stage_changes', schema=None) as batch_op:
        batch_op.drop_index('ix_bid_stage_changes_bid')

    op.drop_table('bid_stage_changes')
    with op.batch_alter_table('students', schema=None) as batch_op:
        batch_op.drop_index('ix_students_sort')

    op.drop_table('students')
    with op.batch_alter_table('participations', schema=None) as batch_op:
        batch_op.drop_index('ix_participations_organization')
        batch_op.drop_index('ix_participations_fair')

    op.drop_table('participations')
    with op.batch_alter_table('leads', schema=None) as batch_op:
        batch_op.drop_index('ix_leads_owner')
        batch_op.drop_index('ix_leads_organization')
        batch_op.drop_index('ix_leads_follow_up')
        batch_op.drop_index('ix_leads_fair')
        batch_op.drop_index('ix_leads_contact')

    op.drop_table('leads')
    with op.batch_alter_table('contact_phones', schema=None) as batch_op:
        batch_op.drop_index('ix_contact_phones_e164')
        batch_op.drop_index('ix_contact_phones_contact')

    op.drop_table('contact_phones')
    with op.batch_alter_table('contact_emails', schema=None) as batch_op:
        batch_op.drop_index('ix_contact_emails_normalized')
        batch_op.drop_index('ix_contact_emails_contact')

    op.drop_table('contact_emails')
    with op.batch_alter_table('bids', schema=None) as batch_op:
        batch_op.drop_index('ix_bids_stage')
        batch_op.drop_index('ix_bids_series')
        batch_op.drop_index('ix_bids_deadline')

    op.drop_table('bids')
    with op.batch_alter_table('target_markets', schema=None) as batch_op:
        batch_op.drop_index('ix_target_markets_organization')

    op.drop_table('target_markets')
    with op.batch_alter_table('support_needs', schema=None) as batch_op:
        batch_op.drop_index('ix_support_needs_organization')

    op.drop_table('support_needs')
    with op.batch_alter_table('openings', schema=None) as batch_op:
        batch_op.drop_index('ix_openings_organization')

    op.drop_table('openings')
    with op.batch_alter_table('meeting_series', schema=None) as batch_op:
        batch_op.drop_index('ix_meeting_series_association')

    op.drop_table('meeting_series')
    with op.batch_alter_table('indicator_values', schema=None) as batch_op:
        batch_op.drop_index('ix_indicator_values_fy')

    op.drop_table('indicator_values')
    with op.batch_alter_table('expansion_cases', schema=None) as batch_op:
        batch_op.drop_index('ix_expansion_cases_organization')
        batch_op.drop_index('ix_expansion_cases_date')

    op.drop_table('expansion_cases')
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_index('ix_contacts_sort')
        batch_op.drop_index('ix_contacts_reading_key')
        batch_op.drop_index('ix_contacts_organization')

    op.drop_table('contacts')
    with op.batch_alter_table('consultations', schema=None) as batch_op:
        batch_op.drop_index('ix_consultations_organization')

    op.drop_table('consultations')
    op.drop_table('company_profiles')
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.drop_index('ix_tasks_record')
        batch_op.drop_index('ix_tasks_due')

    op.drop_table('tasks')
    op.drop_table('search_index')
    with op.batch_alter_table('organizations', schema=None) as batch_op:
        batch_op.drop_index('ix_organizations_sort')
        batch_op.drop_index('ix_organizations_name_key')
        batch_op.drop_index('ix_organizations_kind')
        batch_op.drop_index('ix_organizations_corporate_number')

    op.drop_table('organizations')
    op.drop_table('local_state')
    op.drop_table('indicators')
    with op.batch_alter_table('fairs', schema=None) as batch_op:
        batch_op.drop_index('ix_fairs_dates')

    op.drop_table('fairs')
    with op.batch_alter_table('conflicts', schema=None) as batch_op:
        batch_op.drop_index('ix_conflicts_open')

    op.drop_table('conflicts')
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index('ix_change_log_row')
        batch_op.drop_index('ix_change_log_at')

    op.drop_table('change_log')
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index('ix_attachments_sha256')
        batch_op.drop_index('ix_attachments_record')

    op.drop_table('attachments')
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.drop_index('ix_activities_record')
        batch_op.drop_index('ix_activities_occurred')

    op.drop_table('activities')
    with op.batch_alter_table('access_log', schema=None) as batch_op:
        batch_op.drop_index('ix_access_log_record')

    op.drop_table('access_log')
    
