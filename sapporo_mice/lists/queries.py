"""List queries: the ordered ids of a list's live records, filtered and sorted in SQL, and the values of
the rows a list shows, a window at a time. The text filter goes through :mod:`sapporo_mice.search`."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Boolean, String, and_, cast, func, literal, or_, select
from sqlalchemy.orm import InstrumentedAttribute

from sapporo_mice import search
from sapporo_mice.database import Database
from sapporo_mice.identity import live
from sapporo_mice.lists.columns import SPECS
from sapporo_mice.lists.filters import filter_clause

FETCH_CHUNK = 200


def list_ids(db: Database, record_type: str, *, text: str | None = None, filter: str | None = None,
             order_by: str | None = None, descending: bool = False, user: str | None = None,
             today: dt.date | None = None, limit: int | None = None, lang: str | None = None) -> list[str]:
    """The ids of the live records matching ``text`` and the saved ``filter``, in SQL order.

    ``limit`` gives only the first ids (a list shows them at once, before the full answer comes). ``lang``:
    the list's language, for a column that shows (and sorts by) something else in English.
    """
    list_spec = SPECS[record_type]
    model = list_spec.model
    text = text if text and text.strip() else None
    sort = list_spec.column(order_by or list_spec.default_order).sort_expr(lang)
    keys = _order_keys(list_spec.leading_keys(sort), sort, model.id, descending)
    where = [filter_clause(record_type, filter, user=user, today=today)] if filter else []
    # Sorted by name (the usual case): the search rows keep the sort key, so the matches sort there.
    by_name = bool(text) and not where and sort is getattr(model, "sort_key", None) and not list_spec.leading
    # A first page of many matches is sought along the sort order. Not for a name sort on PostgreSQL:
    # there counting a short term's matches scans the table once more (20 ms at 100k contacts), and
    # one scan of the search rows with a top-60 sort finds the page as fast as the count would.
    walk = limit is not None and not (by_name and not db.is_sqlite)
    if text and walk and search.count_matches(db, record_type, text, cap=PAGE_POOL) > PAGE_POOL:
        first = _first_in_order(db, record_type, text, where, sort, keys, limit)
        if first is not None:
            return first
    if by_name:
        stmt = search.matching_ids_by_sort_key(db, record_type, text, descending=descending)
        if stmt is not None:
            return _ids(db, stmt.limit(limit))
    subquery = search.matching_ids(db, record_type, text) if text else None
    if subquery is None:
        stmt = select(model.id).where(*live(model))
    else:
        # Liveness as one expression no index covers: the planner then starts from the text matches
        # instead of walking the whole (deleted_at, sort_key) index and probing each row.
        is_live = func.coalesce(cast(model.deleted_at, String), model.merged_into).is_(None)
        stmt = select(model.id).where(is_live, model.id.in_(subquery))
    return _ids(db, stmt.where(*where).order_by(*_ordering(keys)).limit(limit))


def _ids(db: Database, stmt: Any) -> list[str]:
    with db.engine.connect() as connection:  # Core, not the ORM: 100k ids come back ~2x faster
        return [row[0] for row in connection.execute(stmt)]


# A first page for a filter with more matches than this is looked for along the sort order instead:
# sorting 100k matches of "s" to show 60 took 95 ms, where the walk finds them in the first rows.
PAGE_POOL = 10_000
# How far along the sort order that walk looks before it gives up (the matches may all sort late).
WALK_ROWS = 3_000


def _first_in_order(db: Database, record_type: str, text: str, where: list[Any], sort: Any,
                    keys: list[tuple[Any, bool]], limit: int) -> list[str] | None:
    """The first ``limit`` matches, found by walking the first ``WALK_ROWS`` records in sort order.

    None when the sort is not a plain column or the walk finds too few (the caller then sorts all the
    matches). The walk is bounded by the last record it may look at (its whole sort key, the id last),
    so an index on the sort column serves it and it stops at the ``limit``-th match.
    """
    model = SPECS[record_type].model
    if not isinstance(sort, InstrumentedAttribute):
        return None
    conditions = [*live(model), *where]
    order = _ordering(keys)
    with db.engine.connect() as connection:
        last = connection.execute(
            select(*(term for term, _ in keys)).where(*conditions).order_by(*order)
            .offset(WALK_ROWS - 1).limit(1)).first()
        if last is None or any(value is None for value in last):  # the walk would cover every record
            return None                                             # (or reach the blanks)
        stmt = (select(model.id).where(*conditions, *_up_to(keys, tuple(last)),
                                       search.text_holds(record_type, model.id, text))
                .order_by(*order).limit(limit))
        ids = [row[0] for row in connection.execute(stmt)]
    return ids if len(ids) >= limit else None


def _order_keys(leading: Sequence[Any], sort: Any, tiebreak: Any, descending: bool) -> list[tuple[Any, bool]]:
    """A list's whole order as (SQL term, descending) pairs: the spec's leading keys (ascending), then the
    sort column with NULLs last in both directions on both databases (SQLite and PostgreSQL disagree by
    default), then the id. A NOT NULL column skips the NULL term so its index can give the order."""
    nullable = not (isinstance(sort, InstrumentedAttribute) and not sort.property.columns[0].nullable)
    nulls_last = [(sort.is_(None), False)] if nullable else []
    return [*((key, False) for key in leading), *nulls_last, (sort, descending), (tiebreak, descending)]


def _ordering(keys: list[tuple[Any, bool]]) -> list[Any]:
    return [term.desc() if descending else term.asc() for term, descending in keys]


def _up_to(keys: list[tuple[Any, bool]], last: tuple[Any, ...]) -> list[Any]:
    """The records up to and including the one whose key is ``last``, in the order of ``keys``.

    The lexicographic comparison, plus plain ranges first so that an index serves them: on the first
    term, and on each next one while the terms before sit at their lowest (a leading ``False``, as an
    open task or a non-blank value, pins every record before it to that value).
    """
    def at_most(term: Any, descending: bool, value: Any) -> Any:
        return term >= value if descending else term <= value

    def before(term: Any, descending: bool, value: Any) -> Any:
        return term > value if descending else term < value

    # As bound values of the term's type: SQLAlchemy takes a bare True/False for an IS test.
    pairs = [(key, literal(value, key[0].type)) for key, value in zip(keys, last)]
    (term, descending), value = pairs[-1]
    within = at_most(term, descending, value)
    for (term, descending), value in reversed(pairs[:-1]):
        within = or_(before(term, descending, value), and_(term == value, within))
    ranges = []
    for ((term, descending), value), raw in zip(pairs[:-1], last):
        ranges.append(at_most(term, descending, value))
        if descending or not isinstance(term.type, Boolean) or raw:
            break
    return [*ranges, within]


def fetch_rows(db: Database, record_type: str, ids: Sequence[str],
               columns: Iterable[str] | None = None, lang: str | None = None) -> dict[str, dict[str, Any]]:
    """Values of ``columns`` (default: all list columns) for ``ids``, one query per ~200 ids, as a list in
    ``lang`` shows them."""
    list_spec = SPECS[record_type]
    wanted = [list_spec.column(k) for k in columns] if columns is not None else list(list_spec.columns)
    selected = [c.value_expr(lang).label(c.key) for c in wanted]
    rows: dict[str, dict[str, Any]] = {}
    with db.reading() as session:
        for start in range(0, len(ids), FETCH_CHUNK):
            chunk = list(ids[start:start + FETCH_CHUNK])
            stmt = select(list_spec.model.id, *selected).where(list_spec.model.id.in_(chunk))
            for row in session.execute(stmt):
                rows[row[0]] = {c.key: _plain(row[i + 1]) for i, c in enumerate(wanted)}
    return rows


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value
