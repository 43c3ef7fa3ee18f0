"""List queries for the desktop lists: columns, ordered ids, row windows, saved filters, bulk actions.

A list holds the ordered ids a query returned and fetches the values of the rows it shows, a window
at a time (:func:`fetch_rows`). Filtering and sorting are SQL (:func:`list_ids`); the text filter
goes through :func:`sapporo_mice.search.matching_ids`. Bulk actions write through the services, one
transaction each, and return what they changed. Column titles are the UI's business (translated there).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, and_, cast, false, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from sapporo_mice import search
from sapporo_mice.changes import Changes
from sapporo_mice.database import Database
from sapporo_mice.models import (
    Bid,
    BidStage,
    Contact,
    ContactEmail,
    ContactPhone,
    Fair,
    Lead,
    LeadStatus,
    Match,
    MatchStage,
    Opening,
    Organization,
    OrgKind,
    Student,
    Task,
    utcnow,
)

FETCH_CHUNK = 200
CLOSED_LEAD = (LeadStatus.WON, LeadStatus.LOST)


@dataclass(frozen=True)
class Column:
    """One list column. ``expr`` builds the SQL value; ``sort`` the SQL it sorts by (default: the value).

    ``kind`` tells the UI how to show the value: text, country (an ISO code), date, datetime, int,
    year (a number shown without digit grouping: 2026, not 2,026), money, float, bool, or
    ``enum:<EnumName>`` (labels in ``ui.labels``).
    """

    key: str
    expr: Callable[[], Any]
    kind: str = "text"
    sort: Callable[[], Any] | None = None
    sortable: bool = True
    visible: bool = True

    def sort_expr(self) -> Any:
        return (self.sort or self.expr)()


@dataclass(frozen=True)
class ListSpec:
    record_type: str
    model: type
    columns: tuple[Column, ...]
    default_order: str
    owner_column: str | None = "owner"
    has_tags: bool = True

    def column(self, key: str) -> Column:
        for col in self.columns:
            if col.key == key:
                return col
        raise KeyError(f"{self.record_type} has no list column {key!r}")


def _attr(model: type, name: str) -> Callable[[], Any]:
    return lambda: getattr(model, name)


def _name_of(target: type, name: str, key: Callable[[], Any]) -> Callable[[], Any]:
    """A joined display column: the ``name`` of the ``target`` record that ``key`` points at."""
    return lambda: select(getattr(target, name)).where(target.id == key()).scalar_subquery()


def _primary_email() -> Any:
    return (
        select(ContactEmail.email)
        .where(ContactEmail.contact_id == Contact.id, ContactEmail.deleted_at.is_(None))
        .order_by(ContactEmail.is_primary.desc(), ContactEmail.created_at)
        .limit(1)
        .scalar_subquery()
    )


def _primary_phone() -> Any:
    # The text as the user typed it: that is how staff recognise a number.
    return (
        select(ContactPhone.raw)
        .where(ContactPhone.contact_id == Contact.id, ContactPhone.deleted_at.is_(None))
        .order_by(ContactPhone.is_primary.desc(), ContactPhone.created_at)
        .limit(1)
        .scalar_subquery()
    )


def _col(model: type, key: str, kind: str = "text", **kw: Any) -> Column:
    return Column(key, _attr(model, key), kind, **kw)


SPECS: dict[str, ListSpec] = {
    spec.record_type: spec
    for spec in (
        ListSpec("contact", Contact, (
            Column("display_name", _attr(Contact, "display_name"), sort=_attr(Contact, "sort_key")),
            Column("organization", _name_of(Organization, "name", _attr(Contact, "organization_id"))),
            _col(Contact, "title"),
            Column("email", _primary_email),
            Column("phone", _primary_phone),
            _col(Contact, "country", "country"),
            _col(Contact, "department", visible=False),
            _col(Contact, "owner"),
            _col(Contact, "updated_at", "datetime"),
        ), "display_name"),
        ListSpec("organization", Organization, (
            Column("name", _attr(Organization, "name"), sort=_attr(Organization, "sort_key")),
            _col(Organization, "kind", "enum:OrgKind"),
            _col(Organization, "country", "country"),
            _col(Organization, "industry"),
            _col(Organization, "phone_raw"),
            _col(Organization, "corporate_number", visible=False),
            _col(Organization, "owner"),
            _col(Organization, "updated_at", "datetime"),
        ), "name"),
        ListSpec("lead", Lead, (
            _col(Lead, "title"),
            _col(Lead, "status", "enum:LeadStatus"),
            _col(Lead, "kind", "enum:LeadKind"),
            _col(Lead, "rating", "enum:Rating"),
            Column("contact", _name_of(Contact, "display_name", _attr(Lead, "contact_id"))),
            Column("organization", _name_of(Organization, "name", _attr(Lead, "organization_id"))),
            _col(Lead, "follow_up_on", "date"),
            _col(Lead, "next_action"),
            _col(Lead, "owner"),
            _col(Lead, "updated_at", "datetime"),
        ), "updated_at"),
        ListSpec("bid", Bid, (
            _col(Bid, "name"),
            _col(Bid, "stage", "enum:BidStage"),
            _col(Bid, "edition_year", "year"),
            _col(Bid, "starts_on", "date"),
            _col(Bid, "bid_deadline", "date"),
            _col(Bid, "decision_on", "date"),
            _col(Bid, "probability", "int"),
            _col(Bid, "delegates_international", "int"),
            _col(Bid, "owner"),
        ), "bid_deadline"),
        ListSpec("fair", Fair, (
            _col(Fair, "name"),
            _col(Fair, "city"),
            _col(Fair, "country", "country"),
            _col(Fair, "starts_on", "date"),
            _col(Fair, "ends_on", "date"),
            _col(Fair, "sector"),
            _col(Fair, "budget_jpy", "money"),
            _col(Fair, "owner"),
        ), "starts_on", has_tags=False),
        ListSpec("student", Student, (
            Column("display_name", _attr(Student, "display_name"), sort=_attr(Student, "sort_key")),
            _col(Student, "nationality", "country"),
            Column("university", _name_of(Organization, "name", _attr(Student, "university_id"))),
            _col(Student, "degree", "enum:Degree"),
            _col(Student, "graduation_year", "year"),
            _col(Student, "jlpt", "enum:JLPT"),
            _col(Student, "owner"),
        ), "display_name"),
        ListSpec("opening", Opening, (
            _col(Opening, "title"),
            Column("organization", _name_of(Organization, "name", _attr(Opening, "organization_id"))),
            _col(Opening, "kind", "enum:OpeningKind"),
            _col(Opening, "location"),
            _col(Opening, "headcount", "int"),
            _col(Opening, "apply_by", "date"),
            _col(Opening, "owner"),
        ), "apply_by", has_tags=False),
        ListSpec("match", Match, (
            Column("student", _name_of(Student, "display_name", _attr(Match, "student_id"))),
            Column("opening", _name_of(Opening, "title", _attr(Match, "opening_id"))),
            _col(Match, "score", "float"),
            _col(Match, "stage", "enum:MatchStage"),
            _col(Match, "owner"),
            _col(Match, "updated_at", "datetime"),
        ), "score", has_tags=False),
        ListSpec("task", Task, (
            _col(Task, "title"),
            _col(Task, "due_on", "date"),
            _col(Task, "done", "bool"),
            _col(Task, "assignee"),
            _col(Task, "record_type", "record_type"),
            _col(Task, "updated_at", "datetime"),
        ), "due_on", owner_column="assignee", has_tags=False),
    )
}

# Filters by enum value, offered as saved filters ("status=negotiating").
ENUM_FILTERS: dict[str, tuple[str, type[enum.Enum]]] = {
    "lead": ("status", LeadStatus),
    "bid": ("stage", BidStage),
    "match": ("stage", MatchStage),
    "organization": ("kind", OrgKind),
}


def spec(record_type: str) -> ListSpec:
    return SPECS[record_type]


def columns(record_type: str) -> tuple[Column, ...]:
    return SPECS[record_type].columns


# ------------------------------------------------------------------ saved filters
def _lead_filters(today: dt.date) -> dict[str, Any]:
    open_lead = Lead.status.notin_(CLOSED_LEAD)
    return {
        "follow_up_overdue": and_(open_lead, Lead.follow_up_on < today),
        "due_this_week": and_(open_lead, Lead.follow_up_on.between(today, today + dt.timedelta(days=6))),
        "no_follow_up": and_(open_lead, Lead.follow_up_on.is_(None)),
    }


def _named_filters(record_type: str, today: dt.date) -> dict[str, Any]:
    week = today + dt.timedelta(days=6)
    named: dict[str, dict[str, Any]] = {
        "lead": _lead_filters(today),
        "bid": {
            "deadline_upcoming": Bid.bid_deadline >= today,
            "open_bids": Bid.stage.notin_((BidStage.WON, BidStage.LOST, BidStage.WITHDRAWN)),
        },
        "fair": {"upcoming": Fair.ends_on >= today, "past": Fair.ends_on < today},
        "task": {
            "open_tasks": Task.done.is_(False),
            "overdue": and_(Task.done.is_(False), Task.due_on < today),
            "due_this_week": and_(Task.done.is_(False), Task.due_on.between(today, week)),
        },
        "opening": {"open_openings": or_(Opening.apply_by.is_(None), Opening.apply_by >= today)},
    }
    return named.get(record_type, {})


def builtin_filters(record_type: str) -> list[str]:
    """The saved filters every user has for ``record_type`` ("mine", "follow_up_overdue", "status=won" …)."""
    keys = ["mine"] if SPECS[record_type].owner_column else []
    keys += list(_named_filters(record_type, dt.date.today()))
    if record_type in ENUM_FILTERS:
        field, enum_cls = ENUM_FILTERS[record_type]
        keys += [f"{field}={member.value}" for member in enum_cls]
    return keys


def filter_clause(record_type: str, key: str, *, user: str | None = None, today: dt.date | None = None) -> Any:
    """The SQL condition of the saved filter ``key``; unknown keys raise ``KeyError``."""
    list_spec = SPECS[record_type]
    if key == "mine":
        if not list_spec.owner_column:
            raise KeyError(key)
        return getattr(list_spec.model, list_spec.owner_column) == user if user else false()
    if "=" in key:
        field, value = key.split("=", 1)
        if ENUM_FILTERS.get(record_type, ("",))[0] != field:
            raise KeyError(key)
        return getattr(list_spec.model, field) == ENUM_FILTERS[record_type][1](value)
    return _named_filters(record_type, today or dt.date.today())[key]


# ------------------------------------------------------------------ queries
def list_ids(db: Database, record_type: str, *, text: str | None = None, filter: str | None = None,
             order_by: str | None = None, descending: bool = False, user: str | None = None,
             today: dt.date | None = None, limit: int | None = None) -> list[str]:
    """The ids of the live records matching ``text`` and the saved ``filter``, in SQL order.

    ``limit`` gives only the first ids (a list shows them at once, before the full answer comes).
    """
    list_spec = SPECS[record_type]
    model = list_spec.model
    text = text if text and text.strip() else None
    sort = list_spec.column(order_by or list_spec.default_order).sort_expr()
    where = [filter_clause(record_type, filter, user=user, today=today)] if filter else []
    # Sorted by name (the usual case): the search rows keep the sort key, so the matches sort there.
    by_name = bool(text) and not where and sort is getattr(model, "sort_key", None)
    # A first page of many matches is sought along the sort order. Not for a name sort on PostgreSQL:
    # there counting a short term's matches scans the table once more (20 ms at 100k contacts), and
    # one scan of the search rows with a top-60 sort finds the page as fast as the count would.
    walk = limit is not None and not (by_name and not db.is_sqlite)
    if text and walk and search.count_matches(db, record_type, text, cap=PAGE_POOL) > PAGE_POOL:
        first = _first_in_order(db, record_type, text, where, sort, descending, limit)
        if first is not None:
            return first
    if by_name:
        stmt = search.matching_ids_by_sort_key(db, record_type, text, descending=descending)
        if stmt is not None:
            return _ids(db, stmt.limit(limit))
    subquery = search.matching_ids(db, record_type, text) if text else None
    if subquery is None:
        stmt = select(model.id).where(model.deleted_at.is_(None), model.merged_into.is_(None))
    else:
        # Liveness as one expression no index covers: the planner then starts from the text matches
        # instead of walking the whole (deleted_at, sort_key) index and probing each row.
        live = func.coalesce(cast(model.deleted_at, String), model.merged_into).is_(None)
        stmt = select(model.id).where(live, model.id.in_(subquery))
    return _ids(db, stmt.where(*where).order_by(*_ordering(sort, model.id, descending)).limit(limit))


def _ids(db: Database, stmt: Any) -> list[str]:
    with db.engine.connect() as connection:  # Core, not the ORM: 100k ids come back ~2x faster
        return [row[0] for row in connection.execute(stmt)]


# A first page for a filter with more matches than this is looked for along the sort order instead:
# sorting 100k matches of "s" to show 60 took 95 ms, where the walk finds them in the first rows.
PAGE_POOL = 10_000
# How far along the sort order that walk looks before it gives up (the matches may all sort late).
WALK_ROWS = 3_000


def _first_in_order(db: Database, record_type: str, text: str, where: list[Any], sort: Any, descending: bool,
                    limit: int) -> list[str] | None:
    """The first ``limit`` matches, found by walking the first ``WALK_ROWS`` records in sort order.

    None when the sort is not a plain column or the walk finds too few (the caller then sorts all the
    matches). The walk is bounded by the last record it may look at (its sort value, then its id), so
    an index on the sort column serves it and it stops at the ``limit``-th match.
    """
    model = SPECS[record_type].model
    if not isinstance(sort, InstrumentedAttribute):
        return None
    live = [model.deleted_at.is_(None), model.merged_into.is_(None), *where]
    order = _ordering(sort, model.id, descending)
    with db.engine.connect() as connection:
        last = connection.execute(
            select(sort, model.id).where(*live).order_by(*order).offset(WALK_ROWS - 1).limit(1)).first()
        if last is None or last[0] is None:  # the walk would cover every record (or reach the blanks)
            return None
        # Exactly the first WALK_ROWS records, ties at the edge included by id; the plain range comes
        # first so that an index on the sort column serves it.
        if descending:
            within = [sort >= last[0], or_(sort > last[0], model.id >= last[1])]
        else:
            within = [sort <= last[0], or_(sort < last[0], model.id <= last[1])]
        stmt = (select(model.id).where(*live, *within, search.text_holds(record_type, model.id, text))
                .order_by(*order).limit(limit))
        ids = [row[0] for row in connection.execute(stmt)]
    return ids if len(ids) >= limit else None


def _ordering(sort: Any, tiebreak: Any, descending: bool) -> list[Any]:
    # NULLs last in both directions, on both databases (SQLite and PostgreSQL disagree by default);
    # a NOT NULL column skips that term so its index can give the order.
    nullable = not (isinstance(sort, InstrumentedAttribute) and not sort.property.columns[0].nullable)
    terms = [sort.is_(None)] if nullable else []
    if descending:
        return [*terms, sort.desc(), tiebreak.desc()]
    return [*terms, sort.asc(), tiebreak.asc()]


def fetch_rows(db: Database, record_type: str, ids: Sequence[str],
               columns: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
    """Values of ``columns`` (default: all list columns) for ``ids``, one query per ~200 ids."""
    list_spec = SPECS[record_type]
    wanted = [list_spec.column(k) for k in columns] if columns is not None else list(list_spec.columns)
    selected = [c.expr().label(c.key) for c in wanted]
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


# ------------------------------------------------------------------ bulk actions
def bulk_tag(crm: Any, record_type: str, ids: Iterable[str], tag: str, *, actor: str) -> Changes:
    """Add ``tag`` to every record (one transaction; a record that already has it is left alone)."""
    if not SPECS[record_type].has_tags:
        raise KeyError(f"{record_type} has no tags")
    service = crm.service(record_type)
    changes = Changes()
    with crm.db.transaction() as session:
        for record_id in ids:
            current = [t for t in (session.get(service.model, record_id).tags or "").split(",") if t]
            saved = service.update_in(session, record_id, {"tags": [*current, tag]}, actor=actor)
            changes.merge(saved.changes)
    return changes


def bulk_assign(crm: Any, record_type: str, ids: Iterable[str], owner: str | None, *, actor: str) -> Changes:
    """Make ``owner`` the owner (a task's assignee) of every record, in one transaction."""
    field = SPECS[record_type].owner_column
    if not field:
        raise KeyError(f"{record_type} has no owner")
    return _update_all(crm, record_type, ids, {field: owner}, actor)


def _update_all(crm: Any, record_type: str, ids: Iterable[str], values: dict[str, Any], actor: str) -> Changes:
    return _each(crm, record_type, ids, lambda service, session, record_id:
                 service.update_in(session, record_id, values, actor=actor).changes)


def bulk_delete(crm: Any, record_type: str, ids: Iterable[str], *, actor: str) -> Changes:
    """Soft-delete every record in one transaction (undo with :func:`bulk_restore`)."""
    return _each(crm, record_type, ids, lambda service, session, record_id:
                 service.delete_in(session, record_id, actor=actor))


def bulk_restore(crm: Any, record_type: str, ids: Iterable[str], *, actor: str) -> Changes:
    """Undo a bulk delete: bring every tombstoned record back, in one transaction."""

    def restore(service: Any, session: Session, record_id: str) -> Changes:
        # Already live (restored twice, or by someone else meanwhile) is fine for an undo.
        row = session.get(service.model, record_id)
        if row is None or row.deleted_at is None:
            return Changes()
        return service.restore_in(session, record_id, actor=actor).changes

    return _each(crm, record_type, ids, restore)


def _each(crm: Any, record_type: str, ids: Iterable[str], write: Any) -> Changes:
    """``write(service, session, id)`` for every id, all in one transaction: all or nothing."""
    service = crm.service(record_type)
    changes = Changes()
    with crm.db.transaction() as session:
        for record_id in ids:
            changes.merge(write(service, session, record_id))
    return changes


# ------------------------------------------------------------------ home
@dataclass(frozen=True)
class AgendaItem:
    """One line on the Home view: a record, the date that puts it there, and why."""

    record_type: str
    id: str
    title: str
    on: dt.date | dt.datetime | None
    reason: str  # follow_up, bid_deadline, decision, fair, changed
    overdue: bool = False


def agenda(db: Database, *, today: dt.date | None = None, user: str | None = None,
           horizon_days: int = 30, limit: int = 20) -> dict[str, list[AgendaItem]]:
    """What the Home view shows: follow-ups due, bid dates ahead, fairs ahead, records changed lately."""
    today = today or dt.date.today()
    until = today + dt.timedelta(days=horizon_days)
    with db.reading() as session:
        return {
            "follow_ups": _follow_ups(session, today, limit),
            "bid_dates": _bid_dates(session, today, until, limit),
            "fairs": _fairs_ahead(session, today, limit),
            "recent": _recently_changed(session, limit),
        }


def _live(model: type) -> Any:
    return and_(model.deleted_at.is_(None), model.merged_into.is_(None))


def _follow_ups(session: Session, today: dt.date, limit: int) -> list[AgendaItem]:
    week = today + dt.timedelta(days=7)
    stmt = (select(Lead.id, Lead.title, Lead.follow_up_on)
            .where(_live(Lead), Lead.status.notin_(CLOSED_LEAD), Lead.follow_up_on <= week)
            # Latest first: this week's and the recently missed follow-ups on top, not a lead
            # forgotten two years ago that would push them out of the panel.
            .order_by(Lead.follow_up_on.desc(), Lead.id).limit(limit))
    return [AgendaItem("lead", r.id, r.title, r.follow_up_on, "follow_up", r.follow_up_on < today)
            for r in session.execute(stmt)]


def _bid_dates(session: Session, today: dt.date, until: dt.date, limit: int) -> list[AgendaItem]:
    items = []
    for column, reason in ((Bid.bid_deadline, "bid_deadline"), (Bid.decision_on, "decision")):
        stmt = (select(Bid.id, Bid.name, column.label("on"))
                .where(_live(Bid), column.between(today, until)).order_by(column).limit(limit))
        items += [AgendaItem("bid", r.id, r.name, r.on, reason) for r in session.execute(stmt)]
    return sorted(items, key=lambda i: (i.on, i.title))[:limit]


def _fairs_ahead(session: Session, today: dt.date, limit: int) -> list[AgendaItem]:
    stmt = (select(Fair.id, Fair.name, Fair.starts_on).where(_live(Fair), Fair.ends_on >= today)
            .order_by(Fair.starts_on, Fair.id).limit(limit))
    return [AgendaItem("fair", r.id, r.name, r.starts_on, "fair") for r in session.execute(stmt)]


_TITLES = {"lead": Lead.title, "bid": Bid.name, "fair": Fair.name, "organization": Organization.name,
           "contact": Contact.display_name, "student": Student.display_name, "opening": Opening.title,
           "task": Task.title}


def _recently_changed(session: Session, limit: int) -> list[AgendaItem]:
    items = []
    for record_type, title in _TITLES.items():
        model = SPECS[record_type].model
        stmt = (select(model.id, title.label("title"), model.updated_at).where(_live(model))
                .order_by(model.updated_at.desc()).limit(limit))
        items += [AgendaItem(record_type, r.id, r.title, r.updated_at, "changed") for r in session.execute(stmt)]
    items.sort(key=lambda i: i.on or utcnow(), reverse=True)
    return items[:limit]


def bulk_mark_done(crm: Any, ids: Iterable[str], *, actor: str) -> Changes:
    """Mark every task done, in one transaction."""
    return _update_all(crm, "task", ids, {"done": True}, actor)
