"""Global search over every record type, ranked, in SQL on both databases.

The services keep ``search_index`` (one row per record, normalised text) in step. SQLite matches it
through an FTS5 trigram table; PostgreSQL through a pg_trgm GIN index. Terms under 3 characters use a
plain LIKE on the normalised text: SQLite 3.40's trigram index returns nothing for them
(ENVIRONMENT.md), so ``札幌`` would otherwise find nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, and_, case, column, func, literal_column, select, table, text
from sapporo_mice.database import Database
from sapporo_mice.models import SearchEntry
from sapporo_mice.text import normalize

MIN_TRIGRAM = 3

# The FTS5 mirror is not an ORM model (the migration creates it): a lightweight table construct.
SEARCH_FTS = table("search_fts", column("rowid"))
_FTS_TABLE = literal_column("search_fts")


@dataclass(frozen=True)
class SearchHit:
    type: str
    id: str
    title: str
    subtitle: str

    def as_json(self) -> dict[str, str]:
        return {"type": self.type, "id": self.id, "title": self.title, "subtitle": self.subtitle}


def terms_of(query: str) -> list[str]:
    return [t for t in normalize(query).split(" ") if t]


def escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def fts_query(terms: list[str]) -> str:
    """An FTS5 MATCH expression: every term as a quoted phrase, all required."""
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)


def search(db: Database, query: str, *, limit: int = 50, types: tuple[str, ...] | None = None) -> list[SearchHit]:
    """Ranked hits for ``query`` across record types (or only ``types``), best first."""
    terms = terms_of(query)
    if not terms:
        return []
    stmt = ranked_hits(db, terms, types).limit(limit)
    with db.reading() as session:
        return [SearchHit(r.record_type, r.record_id, r.title, r.subtitle or "") for r in session.execute(stmt)]


def ranked_hits(db: Database, terms: list[str], types: tuple[str, ...] | None = None) -> Select:
    """The ranked SELECT of (record_type, record_id, title, subtitle) for normalised ``terms``."""
    entry = SearchEntry
    # The indexed text starts with the normalised title, so this is a kana-, width- and case-folded
    # "title starts with the query" (the raw title would miss サッポロ for さっぽろ).
    title_prefix = case((entry.text.like(escape_like(terms[0]) + "%", escape="\\"), 0), else_=1)
    if db.is_sqlite and all(len(t) >= MIN_TRIGRAM for t in terms):
        stmt = (
            select(entry.record_type, entry.record_id, entry.title, entry.subtitle)
            .select_from(SEARCH_FTS)
            .join(entry, SEARCH_FTS.c.rowid == entry.rowid_)
            .where(_fts_match(terms))
            .order_by(title_prefix, func.bm25(_FTS_TABLE), func.length(entry.text))
        )
    else:
        stmt = (
            select(entry.record_type, entry.record_id, entry.title, entry.subtitle)
            .where(and_(*(entry.text.like("%" + escape_like(t) + "%", escape="\\") for t in terms)))
        )
        if db.dialect == "postgresql":
            stmt = stmt.order_by(title_prefix, func.similarity(entry.text, " ".join(terms)).desc(), func.length(entry.text))
        else:
            stmt = stmt.order_by(title_prefix, func.instr(entry.text, terms[0]), func.length(entry.text))
    if types:
        stmt = stmt.where(entry.record_type.in_(types))
    return stmt


def _fts_match(terms: list[str]):
    return _FTS_TABLE.op("MATCH")(fts_query(terms))


def matching_ids(db: Database, record_type: str, query: str) -> Select | None:
    """A subquery of the ids of ``record_type`` records matching ``query``, for list filters; None if empty."""
    terms = terms_of(query)
    if not terms:
        return None
    entry = SearchEntry
    if db.is_sqlite and all(len(t) >= MIN_TRIGRAM for t in terms):
        # Ask FTS for the matching rowids first: as a join, SQLite's planner runs the MATCH once per
        # index row of the record type (7 s at 100k contacts instead of 30 ms).
        rowids = select(SEARCH_FTS.c.rowid).where(_fts_match(terms))
        return select(entry.record_id).where(entry.rowid_.in_(rowids), entry.record_type == record_type)
    return select(entry.record_id).where(
        entry.record_type == record_type,
        *(entry.text.like("%" + escape_like(t) + "%", escape="\\") for t in terms),
    )


def rebuild_index(db: Database) -> None:
    """Rebuild the SQLite FTS mirror from ``search_index`` (after bulk loads)."""
    if db.is_sqlite:
        with db.transaction() as session:
            session.execute(text("INSERT INTO search_fts(search_fts) VALUES ('rebuild')"))
