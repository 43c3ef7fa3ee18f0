"""The city's network abroad (issue [network]): partner cities, international networks and their
members, exchanges and cooperation projects, inbound delegations with their people, programme and gifts.

New tables only; no shared table changes.

Revision ID: 0004_network
Revises: 0004_export_support
Create Date: 2026-12-02 00:37:03.120138
"""
from alembic import op
import sqlalchemy as sa


revision = '0004_network'
down_revision = '0004_export_support'  # rechained when the areas merged
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('city_networks',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_en', sa.String(length=300), nullable=True),
    sa.Column('acronym', sa.String(length=40), nullable=True),
    sa.Column('kind', sa.Enum('city_association', 'un_network', 'international_body', 'other', name='network_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('organization_id', sa.String(length=36), nullable=True),
    sa.Column('secretariat', sa.String(length=300), nullable=True),
    sa.Column('website', sa.String(length=500), nullable=True),
    sa.Column('sapporo_role', sa.Enum('member', 'secretariat', 'chair', 'vice_chair', 'board_member', 'observer', name='sapporo_role', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('sapporo_founding', sa.Boolean(), nullable=False),
    sa.Column('sapporo_since_year', sa.Integer(), nullable=True),
    sa.Column('sapporo_since_on', sa.Date(), nullable=True),
    sa.Column('sapporo_designation', sa.String(length=200), nullable=True),
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
    sa.CheckConstraint('length(name) > 0', name=op.f('ck_city_networks_name_required')),
    sa.CheckConstraint('sapporo_since_year IS NULL OR (sapporo_since_year BETWEEN 1000 AND 2200)', name=op.f('ck_city_networks_sapporo_since_year_range')),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_city_networks_organization_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_city_networks'))
    )
    with op.batch_alter_table('city_networks', schema=None) as batch_op:
        batch_op.create_index('ix_city_networks_sort', ['deleted_at', 'sort_key'], unique=False)

    op.create_table('partner_cities',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=True),
    sa.Column('name_local', sa.String(length=200), nullable=True),
    sa.Column('name_kana', sa.String(length=200), nullable=True),
    sa.Column('region', sa.String(length=200), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('relationship', sa.Enum('sister', 'friendship', 'partnership', 'network_member', name='relationship_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('since_year', sa.Integer(), nullable=True),
    sa.Column('since_on', sa.Date(), nullable=True),
    sa.Column('counterpart_org_id', sa.String(length=36), nullable=True),
    sa.Column('languages', sa.String(length=200), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=True),
    sa.Column('website', sa.String(length=500), nullable=True),
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
    sa.CheckConstraint('length(name) > 0', name=op.f('ck_partner_cities_name_required')),
    sa.CheckConstraint('since_year IS NULL OR (since_year BETWEEN 1000 AND 2200)', name=op.f('ck_partner_cities_since_year_range')),
    sa.ForeignKeyConstraint(['counterpart_org_id'], ['organizations.id'], name=op.f('fk_partner_cities_counterpart_org_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partner_cities'))
    )
    with op.batch_alter_table('partner_cities', schema=None) as batch_op:
        batch_op.create_index('ix_partner_cities_counterpart', ['counterpart_org_id'], unique=False)
        batch_op.create_index('ix_partner_cities_country', ['country'], unique=False)
        batch_op.create_index('ix_partner_cities_sort', ['deleted_at', 'sort_key'], unique=False)

    op.create_table('exchanges',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.Enum('official_visit', 'student_exchange', 'cultural', 'economic', 'technical_cooperation', 'training_participants', name='exchange_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('partner_city_id', sa.String(length=36), nullable=True),
    sa.Column('network_id', sa.String(length=36), nullable=True),
    sa.Column('partner_org_id', sa.String(length=36), nullable=True),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('sapporo_participants', sa.Integer(), nullable=True),
    sa.Column('partner_participants', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=True),
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
    sa.CheckConstraint('ends_on IS NULL OR ends_on >= starts_on', name=op.f('ck_exchanges_dates_order')),
    sa.CheckConstraint('partner_participants IS NULL OR partner_participants >= 0', name=op.f('ck_exchanges_partner_nonneg')),
    sa.CheckConstraint('sapporo_participants IS NULL OR sapporo_participants >= 0', name=op.f('ck_exchanges_sapporo_nonneg')),
    sa.ForeignKeyConstraint(['network_id'], ['city_networks.id'], name=op.f('fk_exchanges_network_id_city_networks')),
    sa.ForeignKeyConstraint(['partner_city_id'], ['partner_cities.id'], name=op.f('fk_exchanges_partner_city_id_partner_cities')),
    sa.ForeignKeyConstraint(['partner_org_id'], ['organizations.id'], name=op.f('fk_exchanges_partner_org_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchanges'))
    )
    with op.batch_alter_table('exchanges', schema=None) as batch_op:
        batch_op.create_index('ix_exchanges_city', ['partner_city_id'], unique=False)
        batch_op.create_index('ix_exchanges_dates', ['deleted_at', 'starts_on'], unique=False)
        batch_op.create_index('ix_exchanges_network', ['network_id'], unique=False)

    op.create_table('network_memberships',
    sa.Column('network_id', sa.String(length=36), nullable=False),
    sa.Column('partner_city_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.Enum('member', 'secretariat', 'chair', 'vice_chair', 'board_member', 'observer', name='membership_role', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('founding', sa.Boolean(), nullable=False),
    sa.Column('since_year', sa.Integer(), nullable=True),
    sa.Column('designation', sa.String(length=200), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.CheckConstraint('since_year IS NULL OR (since_year BETWEEN 1000 AND 2200)', name=op.f('ck_network_memberships_since_year_range')),
    sa.ForeignKeyConstraint(['network_id'], ['city_networks.id'], name=op.f('fk_network_memberships_network_id_city_networks')),
    sa.ForeignKeyConstraint(['partner_city_id'], ['partner_cities.id'], name=op.f('fk_network_memberships_partner_city_id_partner_cities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_network_memberships'))
    )
    with op.batch_alter_table('network_memberships', schema=None) as batch_op:
        batch_op.create_index('ix_network_memberships_city', ['partner_city_id'], unique=False)
        batch_op.create_index('ix_network_memberships_network', ['network_id'], unique=False)

    op.create_table('visits',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('partner_city_id', sa.String(length=36), nullable=True),
    sa.Column('from_city', sa.String(length=200), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('organization_id', sa.String(length=36), nullable=True),
    sa.Column('exchange_id', sa.String(length=36), nullable=True),
    sa.Column('arrives_on', sa.Date(), nullable=False),
    sa.Column('departs_on', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('planned', 'confirmed', 'done', 'cancelled', name='visit_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=True),
    sa.Column('protocol_notes', sa.Text(), nullable=True),
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
    sa.CheckConstraint('departs_on IS NULL OR departs_on >= arrives_on', name=op.f('ck_visits_dates_order')),
    sa.ForeignKeyConstraint(['exchange_id'], ['exchanges.id'], name=op.f('fk_visits_exchange_id_exchanges')),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_visits_organization_id_organizations')),
    sa.ForeignKeyConstraint(['partner_city_id'], ['partner_cities.id'], name=op.f('fk_visits_partner_city_id_partner_cities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visits'))
    )
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.create_index('ix_visits_city', ['partner_city_id'], unique=False)
        batch_op.create_index('ix_visits_dates', ['deleted_at', 'arrives_on'], unique=False)

    op.create_table('gifts',
    sa.Column('visit_id', sa.String(length=36), nullable=False),
    sa.Column('direction', sa.Enum('given', 'received', name='gift_direction', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('item', sa.String(length=300), nullable=False),
    sa.Column('giver', sa.String(length=200), nullable=True),
    sa.Column('recipient', sa.String(length=200), nullable=True),
    sa.Column('value_jpy', sa.BigInteger(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.CheckConstraint('value_jpy IS NULL OR value_jpy >= 0', name=op.f('ck_gifts_value_nonneg')),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_gifts_visit_id_visits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_gifts'))
    )
    with op.batch_alter_table('gifts', schema=None) as batch_op:
        batch_op.create_index('ix_gifts_visit', ['visit_id'], unique=False)

    op.create_table('participants',
    sa.Column('visit_id', sa.String(length=36), nullable=True),
    sa.Column('exchange_id', sa.String(length=36), nullable=True),
    sa.Column('contact_id', sa.String(length=36), nullable=True),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('side', sa.Enum('guest', 'host', 'interpreter', name='participant_side', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('role', sa.String(length=200), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.CheckConstraint('(visit_id IS NULL) <> (exchange_id IS NULL)', name=op.f('ck_participants_one_parent')),
    sa.CheckConstraint('length(name) > 0', name=op.f('ck_participants_name_required')),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_participants_contact_id_contacts')),
    sa.ForeignKeyConstraint(['exchange_id'], ['exchanges.id'], name=op.f('fk_participants_exchange_id_exchanges')),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_participants_visit_id_visits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participants'))
    )
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.create_index('ix_participants_contact', ['contact_id'], unique=False)
        batch_op.create_index('ix_participants_exchange', ['exchange_id'], unique=False)
        batch_op.create_index('ix_participants_visit', ['visit_id'], unique=False)

    op.create_table('programme_items',
    sa.Column('visit_id', sa.String(length=36), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('activity', sa.String(length=300), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=True),
    sa.Column('attendees', sa.String(length=500), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.CheckConstraint('ends_at IS NULL OR ends_at >= starts_at', name=op.f('ck_programme_items_times_order')),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_programme_items_visit_id_visits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programme_items'))
    )
    with op.batch_alter_table('programme_items', schema=None) as batch_op:
        batch_op.create_index('ix_programme_items_visit', ['visit_id', 'starts_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('programme_items', schema=None) as batch_op:
        batch_op.drop_index('ix_programme_items_visit')

    op.drop_table('programme_items')
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.drop_index('ix_participants_visit')
        batch_op.drop_index('ix_participants_exchange')
        batch_op.drop_index('ix_participants_contact')

    op.drop_table('participants')
    with op.batch_alter_table('gifts', schema=None) as batch_op:
        batch_op.drop_index('ix_gifts_visit')

    op.drop_table('gifts')
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_index('ix_visits_dates')
        batch_op.drop_index('ix_visits_city')

    op.drop_table('visits')
    with op.batch_alter_table('network_memberships', schema=None) as batch_op:
        batch_op.drop_index('ix_network_memberships_network')
        batch_op.drop_index('ix_network_memberships_city')

    op.drop_table('network_memberships')
    with op.batch_alter_table('exchanges', schema=None) as batch_op:
        batch_op.drop_index('ix_exchanges_network')
        batch_op.drop_index('ix_exchanges_dates')
        batch_op.drop_index('ix_exchanges_city')

    op.drop_table('exchanges')
    with op.batch_alter_table('partner_cities', schema=None) as batch_op:
        batch_op.drop_index('ix_partner_cities_sort')
        batch_op.drop_index('ix_partner_cities_country')
        batch_op.drop_index('ix_partner_cities_counterpart')

    op.drop_table('partner_cities')
    with op.batch_alter_table('city_networks', schema=None) as batch_op:
        batch_op.drop_index('ix_city_networks_sort')

    op.drop_table('city_networks')
