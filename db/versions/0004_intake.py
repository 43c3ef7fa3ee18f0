"""The search index in its new form (:func:`sapporo_mice.text.searchable`), rebuilt from what it holds.

Search now folds Latin diacritics (Nguyễn = nguyen), ignores spaces between CJK characters (山田 太郎 =
山田太郎) and joins the digits of a phone number (011-222-3333 = 0112223333); a contact's and a company's
phones are also indexed in national form (0112223333 for +81112223333). Queries are normalised the same
way, so the rows already stored must be too: each row's text and title key are recomputed from the
stored text (``searchable`` applied to the old, already normalised text gives what it gives the
original), and the national forms of the phones are added. On SQLite both full-text mirrors are then
rebuilt in one statement each instead of row by row through their update triggers.

Revision ID: 0004_intake
Revises: 0004_students
Create Date: 2026-12-02 00:00:00
"""
from collections import defaultdict

import sqlalchemy as sa
from alembic import op

from sapporo_mice.text import searchable
from sapporo_mice.validation.phones import national_digits

revision = '0004_intake'
down_revision = '0004_students'  # rechained when the areas merged
branch_labels = None
depends_on = None

CHUNK = 2000
# The update triggers of the SQLite mirrors: dropped while the rows change, then rebuilt in bulk.
_UPDATE_TRIGGERS = ("search_index_au", "search_index_grams_au")


def _phone_words(bind) -> dict[tuple[str, str], list[str]]:
    """(record type, id) -> the phone texts the search documents hold now and the old index lacked."""
    words: dict[tuple[str, str], list[str]] = defaultdict(list)
    phones = bind.execute(sa.text("SELECT contact_id, e164 FROM contact_phones "
                                  "WHERE deleted_at IS NULL AND e164 IS NOT NULL"))
    for contact_id, e164 in phones:
        words[("contact", contact_id)].append(national_digits(e164) or "")
    for org_id, raw, e164 in bind.execute(sa.text("SELECT id, phone_raw, phone_e164 FROM organizations "
                                                  "WHERE phone_raw IS NOT NULL")):
        words[("organization", org_id)] += [raw or "", national_digits(e164) or ""]
    return words


def _rewrite(bind) -> None:
    extra = _phone_words(bind)
    rows = bind.execute(sa.text("SELECT rid, record_type, record_id, title, text FROM search_index")).all()
    update = sa.text("UPDATE search_index SET text = :text, title_key = :title_key WHERE rid = :rid")
    for start in range(0, len(rows), CHUNK):
        changes = []
        for rid, record_type, record_id, title, text in rows[start:start + CHUNK]:
            words = " ".join(w for w in extra.get((record_type, record_id), ()) if w)
            changes.append({"rid": rid, "text": searchable(f"{text or ''} {words}"),
                            "title_key": searchable(title)[:200]})
        bind.execute(update, changes)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        _rewrite(bind)
        return
    saved = dict(bind.execute(sa.text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ('search_index_au', "
        "'search_index_grams_au')")).all())
    for name in saved:
        op.execute(f"DROP TRIGGER {name}")
    _rewrite(bind)
    op.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
    op.execute("INSERT INTO search_grams(search_grams) VALUES ('delete-all')")
    op.execute("INSERT INTO search_grams(rowid, grams) SELECT rid, sm_grams(record_type, text) FROM search_index")
    for name in _UPDATE_TRIGGERS:
        if name in saved:
            op.execute(saved[name])


def downgrade() -> None:
    """The rows stay in the new form (the old one cannot be recovered from it): the older code finds them
    by plain words and kana as before, but not by a phone typed with separators or a name with diacritics
    until the record is saved again."""
