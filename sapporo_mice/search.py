"""Global search over every record type, ranked, in SQL on both databases.

The services keep ``search_index`` (one row per record, normalised text) in step. SQLite matches it
through an FTS5 trigram table, and terms under 3 characters, which a trigram index cannot serve
(ENVIRONMENT.md: ``札幌`` would find nothing), through the bigram table of :mod:`sapporo_mice.grams`.
PostgreSQL matches through pg_trgm GIN indexes, and short terms with a plain LIKE on the normalised text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sqlalchemy import Select, and_, case, column, func, literal_column, select, table, text, union

from sapporo_mice import grams
from sapporo_mice.database import Database
from sapporo_mice.models import SearchEntry
from sapporo_mice.text import search_words, searchable

if TYPE_CHECKING:
    from sapporo_mice.store import Store

MIN_TRIGRAM = 3

# The FTS5 mirror is not an ORM model (the migration creates it): a lightweight table construct.
SEARCH_FTS = table("search_fts", column("rowid"))
SEARCH_GRAMS = table(grams.TABLE, column("rowid"))
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
    """The normalised terms of a query, each once, at most ``MAX_TERMS`` of them."""
    return all_terms(query)[:MAX_TERMS]


def all_terms(query: str) -> list[str]:
    """Every distinct normalised term of a query. Control characters and lone surrogates separate
    terms: no stored text holds them (PostgreSQL refuses NUL), and inside an FTS5 phrase a NUL ends
    the string, while a surrogate (from undecodable bytes on the command line) cannot be sent at all."""
    return list(dict.fromkeys(t for t in search_words(_UNSEARCHABLE.sub(" ", query or "")).split(" ") if t))


_UNSEARCHABLE = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")


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
    stmt = ranked_hits(db, terms, types, limit=limit)
    with db.engine.connect() as connection:  # Core, not an ORM session: this runs on every keystroke
        return [SearchHit(r.record_type, r.record_id, r.title, r.subtitle or "") for r in connection.execute(stmt)]


# How many text matches are ranked. Ranking every match of a common term ("trading", 札幌) sorted
# tens of thousands of rows per keystroke (p95 450 ms at 100k contacts); titles that start with the
# query are looked up separately through their index, so the best hits are never cut off.
MATCH_POOL = 300


def ranked_hits(db: Database, terms: list[str], types: tuple[str, ...] | None = None, *, limit: int = 50) -> Select:
    """The ranked SELECT of (record_type, record_id, title, subtitle) for normalised ``terms``.

    Candidates: titles that start with the query (an index range), texts that hold every term, and
    titles that hold every term (each arm capped). Rank: the title starts with the query, then the
    title holds every term, then shorter titles first. The same rule on both databases.
    """
    entry = SearchEntry
    query = searchable(" ".join(terms))  # the whole query as a title key holds it (山田 太郎 → 山田太郎)
    # Each arm has its own LIMIT, so each is wrapped (SQLite allows no LIMIT inside a bare UNION arm).
    arms = [_title_prefix_rids(db, query, types, limit), _match_rids(db, terms, types)]
    if all(len(t) >= MIN_TRIGRAM for t in terms):  # indexed (FTS / trgm); a short term would scan every title
        arms.append(_match_rids(db, terms, types, in_title=True))
    arms = [arm.subquery() for arm in arms]
    candidates = union(*(select(arm.c.rid) for arm in arms)).subquery()
    position = func.strpos if db.dialect == "postgresql" else func.instr
    rank = case(
        (_starts_with(db, entry.title_key, query), 0),
        (and_(*(position(entry.title_key, t) > 0 for t in terms)), 1),
        else_=2,
    )
    return (
        select(entry.record_type, entry.record_id, entry.title, entry.subtitle)
        .where(entry.rowid_.in_(select(candidates.c.rid)))
        .order_by(rank, func.length(entry.title_key), entry.title_key, entry.rowid_)
        .limit(limit)
    )


def _starts_with(db: Database, column, prefix: str):
    """``column`` starts with ``prefix``, as an index range (code point order on both databases)."""
    if db.dialect == "postgresql":
        column = column.collate("C")
    return and_(column >= prefix, column < prefix + "\U0010ffff")


def _title_prefix_rids(db: Database, query: str, types: tuple[str, ...] | None, limit: int) -> Select:
    entry = SearchEntry
    stmt = select(entry.rowid_.label("rid")).where(_starts_with(db, entry.title_key, query))
    if types:
        stmt = stmt.where(entry.record_type.in_(types))
    return stmt.order_by(func.length(entry.title_key)).limit(limit)


def _match_rids(db: Database, terms: list[str], types: tuple[str, ...] | None, *, in_title: bool = False) -> Select:
    """The first ``MATCH_POOL`` records whose text (or, ``in_title``, whose title) holds every term.

    Unordered, so the scan stops as soon as the pool is full.
    """
    entry = SearchEntry
    if db.is_sqlite and all(len(t) >= MIN_TRIGRAM for t in terms):
        fts_rowids = select(SEARCH_FTS.c.rowid.label("rid")).where(_fts_match(terms, in_title))
        if not types:
            return fts_rowids.limit(MATCH_POOL)
        condition = entry.rowid_.in_(fts_rowids)
    elif db.is_sqlite and not in_title and (bigram_rowids := _bigram_rowids(types, terms)) is not None:
        # a short term: the bigram index, which also knows the type
        if grams.exact(terms):
            # It alone decides (no LIKE to check): its first rowids are the pool. Through ``rid IN (…)`` SQLite
            # first gathered every match (46k rows for 札幌 at 100k contacts: 11 ms, against 0.2 ms).
            return bigram_rowids.with_only_columns(SEARCH_GRAMS.c.rowid.label("rid")).limit(MATCH_POOL)
        return select(entry.rowid_.label("rid")).where(entry.rowid_.in_(bigram_rowids),
                                                        *_text_holds(terms)).limit(MATCH_POOL)
    else:
        column = entry.title_key if in_title else entry.text
        condition = and_(*(column.like("%" + escape_like(t) + "%", escape="\\") for t in terms))
    stmt = select(entry.rowid_.label("rid")).where(condition)
    if types:
        stmt = stmt.where(entry.record_type.in_(types))
    return stmt.limit(MATCH_POOL)


def _fts_match(terms: list[str], in_title: bool = False):
    expression = fts_query(terms)
    return _FTS_TABLE.op("MATCH")(f"title_key : ({expression})" if in_title else expression)


def matching_ids(db: Database, record_type: str, query: str) -> Select | None:
    """A subquery of the ids of ``record_type`` records matching ``query``, for list filters; None if empty.

    On SQLite the bigram index (:mod:`sapporo_mice.grams`) names the candidates, whatever the terms'
    length; LIKE then checks the terms it cannot settle exactly (3 characters or more, or with ASCII
    punctuation). On PostgreSQL, LIKE alone (pg_trgm serves terms of 3 characters or more).
    """
    terms = terms_of(query)
    if not terms:
        return None
    return select(SearchEntry.record_id).where(*_matching(db, record_type, terms))


def matching_ids_by_sort_key(db: Database, record_type: str, query: str, *, descending: bool = False) -> Select | None:
    """:func:`matching_ids` in the order of the records' sort key, then id, as the index row keeps it.

    Only for record types with a sort key (``search_index.sort_key`` is NULL for the others). The
    index holds live records only, so the answer is the list's: no lookup in the record's table.
    """
    stmt = matching_ids(db, record_type, query)
    if stmt is None:
        return None
    keys = (SearchEntry.sort_key, SearchEntry.record_id)
    return stmt.order_by(*(key.desc() if descending else key.asc() for key in keys))


def count_matches(db: Database, record_type: str, query: str, *, cap: int) -> int:
    """How many ``record_type`` records may match ``query``, counting no further than ``cap + 1``.

    On SQLite this counts index candidates: exact for terms under 3 characters, an upper bound for
    longer ones. Cheap either way, so a list can choose how to find its first page.
    """
    terms = terms_of(query)
    if not terms:
        return 0
    if db.is_sqlite:
        found = _bigram_rowids(record_type, terms)
    else:
        found = select(SearchEntry.rowid_).where(*_matching(db, record_type, terms))
    stmt = select(func.count()).select_from(found.limit(cap + 1).subquery())
    with db.engine.connect() as connection:
        return connection.execute(stmt).scalar_one()


def _matching(db: Database, record_type: str, terms: list[str]) -> list:
    """The conditions on ``search_index`` rows of ``record_type`` whose text holds every term."""
    if db.is_sqlite:
        # Ask FTS for the matching rowids first: as a join, SQLite's planner runs the MATCH once per
        # index row of the record type (7 s at 100k contacts instead of 30 ms).
        rowids = _bigram_rowids(record_type, terms)
        return [SearchEntry.rowid_.in_(rowids), *([] if grams.exact(terms) else _text_holds(terms))]
    return [SearchEntry.record_type == record_type, *_text_holds(terms)]


def text_holds(record_type: str, record_id, query: str):
    """An EXISTS condition: the search text of the record ``record_id`` (a column) holds every term."""
    entry = SearchEntry
    return (select(literal_column("1"))
            .where(entry.record_type == record_type, entry.record_id == record_id, *_text_holds(terms_of(query)))
            .exists())


def _text_holds(terms: list[str]) -> list:
    return [SearchEntry.text.like("%" + escape_like(t) + "%", escape="\\") for t in terms]


def _bigram_rowids(record_types: str | tuple[str, ...] | None, terms: list[str]) -> Select | None:
    """The rowids the bigram index names for ``terms`` (see :func:`grams.exact`); None if it cannot narrow."""
    expression = grams.match_expression(record_types, terms)
    if expression is None:
        return None
    return select(SEARCH_GRAMS.c.rowid).where(literal_column(grams.TABLE).op("MATCH")(expression))


def rebuild_index(db: Database) -> None:
    """Rebuild the SQLite FTS mirrors from ``search_index`` (after bulk loads that skipped the triggers)."""
    if db.is_sqlite:
        with db.transaction() as session:
            session.execute(text("INSERT INTO search_fts(search_fts) VALUES ('rebuild')"))
            session.execute(text(f"INSERT INTO {grams.TABLE}({grams.TABLE}) VALUES ('delete-all')"))
            session.connection().exec_driver_sql(grams.FILL_SQL, (0,))


# Queries use at most this many terms: each term is one more condition (and on SQLite one more FTS phrase),
# and a pasted page of text would otherwise build an expression deeper than the database allows.
MAX_TERMS = 12


class Search:
    """``crm.search``: ranked hits across every record type."""

    def __init__(self, db: Database, store: Store | None = None) -> None:
        self._db = db
        self._store = store

    def find(self, text: str, *, limit: int = 50, types: tuple[str, ...] | None = None,
             lang: str | None = None) -> list[SearchHit]:
        """Ranked hits for the first ``MAX_TERMS`` terms of ``text`` (:meth:`terms_used` says which). With
        ``lang``, each subtitle as that language writes it (:meth:`shown`); without, as stored."""
        hits = search(self._db, text, limit=limit, types=types)
        return self.shown(hits, lang) if lang else hits

    def shown(self, hits: list[SearchHit], lang: str) -> list[SearchHit]:
        """``hits`` with their titles and subtitles in ``lang``: the stored ones are one text for both languages
        (and searched), so a record named in each language is named in the reader's (``RecordService.shown_title``),
        and a country's code, a stage's key or an ISO date in a subtitle is written out from the record
        (``RecordService.shown_subtitle``). Only hits of such types read their records, in one unit."""
        from sapporo_mice.services.base import RecordService

        services = self._store.services if self._store is not None else {}
        own = {t for t in {h.type for h in hits}
               if t in services and any(getattr(type(services[t]), hook) is not getattr(RecordService, hook)
                                        for hook in ("shown_subtitle", "shown_title", "shown_title_in"))}
        if not own:
            return hits
        from sapporo_mice.store import Snapshot

        shown = []
        with self._store.reading() as session:
            # Each type's records in one query (a page of hits may be sixty companies), then each kind of record
            # their subtitles name (their companies, partner cities) in one more.
            snapshot, rows, named = Snapshot(session), {}, {}
            for record_type in own:
                found = snapshot.load(services[record_type].model, [h.id for h in hits if h.type == record_type])
                rows.update({(record_type, record_id): row for record_id, row in found.items()})
                for column, model in services[record_type].shown_references:
                    named.setdefault(model, []).extend(getattr(row, column) for row in found.values())
            for model, record_ids in named.items():
                snapshot.load(model, record_ids)
            for hit in hits:
                row = rows.get((hit.type, hit.id))
                if row is None:
                    shown.append(hit)
                    continue
                service = services[hit.type]
                title = service.shown_title_in(row, snapshot, lang)
                subtitle = service.shown_subtitle(row, snapshot, lang)
                shown.append(replace(hit, title=title or hit.title, subtitle=hit.subtitle if subtitle is None else subtitle))
        return shown

    @staticmethod
    def terms_used(text: str) -> tuple[list[str], int]:
        """The terms :meth:`find` searches for ``text``, and how many further terms it leaves out."""
        terms = all_terms(text)
        return terms[:MAX_TERMS], max(0, len(terms) - MAX_TERMS)

    def rebuild(self) -> None:
        rebuild_index(self._db)
