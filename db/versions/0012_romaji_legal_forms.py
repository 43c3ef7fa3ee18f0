"""Japanese legal forms as English names write them are legal forms too: Snow Labs K.K., Amazon Japan G.K. and
Kabushiki Kaisha Toshiba are keyed as Snow Labs, Amazon Japan and Toshiba (:data:`sapporo_mice.text.ROMAJI_LEGAL_FORMS`),
so the same company written with and without its K.K. is one company to the identity rule and the duplicate finder.

Every organization's name key is made again from its name by the app's own :func:`~sapporo_mice.text.company_key`
(as 0011 makes sort keys with the app's function); only the keys that change are written. Downgrading makes them
with the rule before these forms.

Revision ID: 0012_romaji_legal_forms
Revises: 0011_gojuon_marks
Create Date: 2026-12-06 13:10:00
"""
import sqlalchemy as sa
from alembic import op

from sapporo_mice.text import ROMAJI_LEGAL_FORMS, company_key, company_key_without

revision = "0012_romaji_legal_forms"
down_revision = "0011_gojuon_marks"
branch_labels = None
depends_on = None

CHUNK = 2000


def _rekey(key_of) -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, name, name_ja, name_key FROM organizations")).all()
    # The key is of the Japanese name where there is one (OrganizationService.derive).
    updates = [{"k": row_id, "v": new} for row_id, name, name_ja, old in rows if (new := key_of(name_ja or name)) != old]
    statement = sa.text("UPDATE organizations SET name_key = :v WHERE id = :k")
    for start in range(0, len(updates), CHUNK):
        bind.execute(statement, updates[start:start + CHUNK])


def upgrade() -> None:
    _rekey(company_key)


def downgrade() -> None:
    _rekey(company_key_without(ROMAJI_LEGAL_FORMS))
