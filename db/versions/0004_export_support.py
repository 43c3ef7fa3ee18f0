"""Export support as staff run a case: the profile's languages and staff in charge, why a market is a
target, a need's answer, a consultation's attendees and next step, the support given (a new table), and
the stages, areas and expansion kinds the city uses.

Stored values of the changed vocabularies are moved to the new ones (the CHECK constraints change with
them): export stages considering/preparing → exploring, testing → first export, exporting → regular,
expanding → overseas base; expansion kinds export → first export, subsidiary/branch → overseas office.
A profile's certifications, free text until now, become a set of codes (",halal,haccp,"); a name that
is not a known certification is kept in the profile's notes, so nothing typed is lost.

Revision ID: 0004_export_support
Revises: 0003_search_sort_key
Create Date: 2026-12-02 00:00:00
"""
import re
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = '0004_export_support'
down_revision = '0003_search_sort_key'
branch_labels = None
depends_on = None

# (table, column, CHECK constraint, old values, new values, old → new, new → old)
STAGES_OLD = ('considering', 'preparing', 'testing', 'exporting', 'expanding')
STAGES_NEW = ('none', 'exploring', 'first_export', 'regular', 'overseas_base')
AREAS_OLD = ('legal', 'tax', 'marketing', 'logistics', 'certification', 'finance', 'hr')
AREAS_NEW = AREAS_OLD + ('product_development',)
KINDS_OLD = ('export', 'subsidiary', 'branch', 'licensing', 'partnership', 'ecommerce')
KINDS_NEW = ('first_export', 'distributor_contract', 'overseas_office', 'joint_venture', 'ecommerce', 'licensing',
             'partnership', 'other')
VOCABULARIES = (
    ('company_profiles', 'stage', 'ck_company_profiles_export_stage', STAGES_OLD, STAGES_NEW,
     {'considering': 'exploring', 'preparing': 'exploring', 'testing': 'first_export', 'exporting': 'regular',
      'expanding': 'overseas_base'},
     {'none': 'considering', 'exploring': 'considering', 'first_export': 'testing', 'regular': 'exporting',
      'overseas_base': 'expanding'}),
    ('support_needs', 'area', 'ck_support_needs_support_area', AREAS_OLD, AREAS_NEW, {},
     {'product_development': 'marketing'}),
    ('consultations', 'area', 'ck_consultations_consultation_area', AREAS_OLD, AREAS_NEW, {},
     {'product_development': 'marketing'}),
    ('expansion_cases', 'kind', 'ck_expansion_cases_expansion_kind', KINDS_OLD, KINDS_NEW,
     {'export': 'first_export', 'subsidiary': 'overseas_office', 'branch': 'overseas_office'},
     {'first_export': 'export', 'distributor_contract': 'partnership', 'overseas_office': 'branch',
      'joint_venture': 'partnership', 'other': 'partnership'}),
)

# (table, [(column, type)]): all nullable.
NEW_COLUMNS = {
    'company_profiles': (('languages', lambda: sa.String(length=200)), ('staff', lambda: sa.String(length=120))),
    'target_markets': (('reason', sa.Text),),
    'support_needs': (('answer', sa.Text), ('addressed_on', sa.Date)),
    'consultations': (('attendees', sa.Text), ('next_step', lambda: sa.String(length=300)),
                      ('next_step_due', sa.Date), ('next_step_task_id', lambda: sa.String(length=36))),
}

# Certification names as staff typed them (folded: NFKC, lower case, no spaces) → the code.
CERTIFICATION_NAMES = {
    'halal': 'halal', 'ハラール': 'halal', 'ハラル': 'halal', 'haccp': 'haccp', '北海道haccp': 'hokkaido_haccp',
    'organic': 'organic', '有機': 'organic', '有機jas': 'organic', 'jas有機': 'organic', 'オーガニック': 'organic',
    'fssc22000': 'fssc_22000', 'iso22000': 'iso_22000', 'kosher': 'kosher', 'コーシャ': 'kosher',
    'コーシャー': 'kosher', 'globalg.a.p.': 'global_gap', 'globalgap': 'global_gap', 'msc': 'msc',
}


# The codes in the order the service stores them (enums.Certification's order).
CERTIFICATION_ORDER = ('halal', 'haccp', 'hokkaido_haccp', 'organic', 'fssc_22000', 'iso_22000', 'kosher',
                       'global_gap', 'msc')


def _in(column: str, values) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _swap_vocabularies(which: int) -> None:
    """Move every changed vocabulary from one set of values to the other (``which``: 0 up, 1 down)."""
    sqlite = op.get_bind().dialect.name == 'sqlite'
    for table, column, check, old, new, up, down in VOCABULARIES:
        before, after, mapping = (old, new, up) if which == 0 else (new, old, down)
        if sqlite:
            with op.batch_alter_table(table, recreate='always') as batch:
                batch.drop_constraint(op.f(check), type_='check')
        else:
            op.drop_constraint(op.f(check), table, type_='check')
        for source, target in mapping.items():
            op.execute(sa.text(f"UPDATE {table} SET {column} = :target WHERE {column} = :source")
                       .bindparams(source=source, target=target))
        if sqlite:
            with op.batch_alter_table(table, recreate='always') as batch:
                batch.create_check_constraint(op.f(check), sa.text(_in(column, after)))
        else:
            op.create_check_constraint(op.f(check), table, sa.text(_in(column, after)))


def _fold(text: str) -> str:
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', text)).lower()


def _certifications_to_codes() -> None:
    """Free-text certifications become a set of codes; unknown names go to the notes."""
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, certifications, notes FROM company_profiles "
                                "WHERE certifications IS NOT NULL AND certifications <> ''")).all()
    for row_id, text, notes in rows:
        codes, unknown = [], []
        for name in (n.strip() for n in re.split(r'[,、，/／・;]', text)):
            code = CERTIFICATION_NAMES.get(_fold(name)) if name else None
            if code and code not in codes:
                codes.append(code)
            elif name and not code:
                unknown.append(name)
        if unknown:
            kept = '認証（その他）: ' + '、'.join(unknown)
            notes = f"{notes}\n{kept}" if notes else kept
        bind.execute(sa.text("UPDATE company_profiles SET certifications = :codes, notes = :notes WHERE id = :id"),
                     {"codes": f",{','.join(sorted(codes, key=CERTIFICATION_ORDER.index))}," if codes else None,
                      "notes": notes, "id": row_id})


def _date_addressed_needs() -> None:
    """A need already addressed was addressed when it was last saved (its Japan date)."""
    if op.get_bind().dialect.name == 'sqlite':
        op.execute("UPDATE support_needs SET addressed_on = date(updated_at, '+9 hours') WHERE resolved = 1")
    else:
        op.execute("UPDATE support_needs SET addressed_on = CAST(updated_at AT TIME ZONE 'Asia/Tokyo' AS DATE) "
                   "WHERE resolved")


def _codes_to_text() -> None:
    """Back to free text: ",halal,haccp," → "halal, haccp"."""
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, certifications FROM company_profiles WHERE certifications IS NOT NULL"))
    for row_id, codes in rows.all():
        text = ", ".join(c for c in codes.split(",") if c) or None
        bind.execute(sa.text("UPDATE company_profiles SET certifications = :text WHERE id = :id"),
                     {"text": text, "id": row_id})


def upgrade() -> None:
    for table, columns in NEW_COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for name, kind in columns:
                batch.add_column(sa.Column(name, kind(), nullable=True))
    _swap_vocabularies(0)
    _certifications_to_codes()
    _date_addressed_needs()
    op.create_table(
        'support_given',
        sa.Column('organization_id', sa.String(length=36), nullable=False),
        sa.Column('kind', sa.Enum('subsidy', 'fair_slot', 'introduction', 'expert', 'other', name='support_kind',
                                  native_enum=False, create_constraint=True, length=32), nullable=False),
        sa.Column('given_on', sa.Date(), nullable=False),
        sa.Column('amount_jpy', sa.BigInteger(), nullable=True),
        sa.Column('description', sa.Text(), nullable=True),
        sa.Column('fair_id', sa.String(length=36), nullable=True),
        sa.Column('counterpart_id', sa.String(length=36), nullable=True),
        sa.Column('lead_id', sa.String(length=36), nullable=True),
        sa.Column('staff', sa.String(length=120), nullable=True),
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('created_by', sa.String(length=120), nullable=False),
        sa.Column('updated_by', sa.String(length=120), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('merged_into', sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(['counterpart_id'], ['organizations.id'],
                                name=op.f('fk_support_given_counterpart_id_organizations')),
        sa.ForeignKeyConstraint(['fair_id'], ['fairs.id'], name=op.f('fk_support_given_fair_id_fairs')),
        sa.ForeignKeyConstraint(['lead_id'], ['leads.id'], name=op.f('fk_support_given_lead_id_leads')),
        sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'],
                                name=op.f('fk_support_given_organization_id_organizations')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_support_given')),
    )
    with op.batch_alter_table('support_given') as batch:
        batch.create_index('ix_support_given_counterpart', ['counterpart_id'], unique=False)
        batch.create_index('ix_support_given_organization', ['organization_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('support_given') as batch:
        batch.drop_index('ix_support_given_organization')
        batch.drop_index('ix_support_given_counterpart')
    op.drop_table('support_given')
    _codes_to_text()
    _swap_vocabularies(1)
    for table, columns in NEW_COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for name, _kind in reversed(columns):
                batch.drop_column(name)
