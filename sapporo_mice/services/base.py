"""The generic record service: create, update, soft delete, restore, get and list for one type.

Every write runs in a :class:`~sapporo_mice.store.Unit` (its own session and transaction when called
from outside, the caller's when a larger action writes several records): it validates everything before
writing, records field-level change-log rows, keeps the search index in step and returns what it changed.

A service's hooks are pure over the record and what it may look up (:class:`Related`): ``derive``
computes derived columns, ``search_doc`` says what the global search holds. The same hooks serve a
service write and a bulk load (the demo, an import), which hands them rows in memory.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from sqlalchemy import Select, String, delete, func, insert, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from sapporo_mice import formats
from sapporo_mice.changes import Changes
from sapporo_mice.errors import (
    AmbiguousReferenceError,
    FieldProblem,
    NotFoundError,
    StaleVersionError,
    ValidationError,
)
from sapporo_mice.identity import live
from sapporo_mice.ids import is_uuid, uuid7
from sapporo_mice.models import LocalState, SearchEntry, SyncMixin, utcnow
from sapporo_mice.search import escape_like
from sapporo_mice.services.fields import Field
from sapporo_mice.text import searchable
from sapporo_mice.validation import FieldInvalid, national_digits

if TYPE_CHECKING:
    from sapporo_mice.store import Store, Unit


class Related(Protocol):
    """What a record's hooks may look up: another record by id, and a record's live children.

    A session's :class:`~sapporo_mice.store.Reader` (and so every unit) answers from the database; a bulk
    load answers from its rows in memory."""

    def fetch(self, model: type, record_id: str | None) -> Any: ...

    def children(self, model: type, parent_key: str, parent_id: str) -> list[Any]: ...


# How many of the records a name fits an ambiguous reference lists (one more tells that there are more).
AMBIGUOUS_LISTED = 5


@dataclass
class Saved:
    """The result of a write: the record as plain values, what changed, and non-blocking warnings."""

    record: dict[str, Any]
    changes: Changes
    warnings: list[FieldProblem] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.record["id"]


@dataclass(frozen=True)
class SearchDoc:
    """What the global search holds of a record: its title and subtitle (shown), the text of ``parts``, and
    ``words`` already in search form (:func:`phone_words`), each kept a word of its own."""

    title: str
    subtitle: str | None
    parts: Sequence[str | None]
    words: Sequence[str] = ()


# The search row's columns that follow its record (type and id never change): set on every reindex.
SEARCH_FIELDS = ("title", "subtitle", "text", "title_key", "sort_key")
# Every column a new search row is written with (bulk loads name them for their INSERT).
SEARCH_KEYS = ("record_type", "record_id", *SEARCH_FIELDS)


# What the search documents hold, numbered: raised whenever a change to a document (its words, the fields it
# reads) leaves the rows that an earlier version wrote behind, so that every database brings its rows up to date
# once (maintenance.refresh_search_rows, at the desktop's start). 1: a lead's source, a fair's sector and a
# company's industry are found by their words in both languages (2026-12-06). Kept in LocalState under
# SEARCH_REVISION_KEY; a new database is stamped with it as it is made (Database.upgrade), having no rows to bring up.
SEARCH_REVISION = 1
SEARCH_REVISION_KEY = "search_revision"


def note_search_revision(executor: Any) -> None:
    """Note that this database's search rows are as today's documents write them (a new database's, or once
    refreshed). ``executor``: a session or a connection, in the transaction that made them so."""
    executor.execute(delete(LocalState).where(LocalState.key == SEARCH_REVISION_KEY))
    executor.execute(insert(LocalState).values(key=SEARCH_REVISION_KEY, value=str(SEARCH_REVISION)))


def search_values(record_type: str, row: Any, doc: SearchDoc) -> dict[str, Any]:
    """The ``search_index`` row for a record (``row``) and its search document (services and bulk loads alike)."""
    text = searchable(" ".join(p for p in (doc.title, doc.subtitle, *doc.parts) if p))
    if doc.words:
        text = " ".join((text, *doc.words)) if text else " ".join(doc.words)
    return {
        "record_type": record_type, "record_id": row.id, "sort_key": getattr(row, "sort_key", None),
        "title": doc.title[:400],
        "subtitle": (doc.subtitle or "")[:400], "title_key": searchable(doc.title)[:200],
        "text": text,
    }


@dataclass
class Reindexed:
    """Which records' search rows :func:`reindex_rows` found not as their records give them, by what it took."""

    added: list[str] = field(default_factory=list)  # a live record without one
    changed: list[str] = field(default_factory=list)  # one that no longer reads as its record does
    removed: list[str] = field(default_factory=list)  # one of a record no longer live (or with no document)


def reindex_rows(related: Any, service: RecordService, rows: Iterable[Any], *, write: bool = True) -> Reindexed:
    """Bring the search rows of ``rows`` (records of ``service``'s type, as they now are) in step with them, as
    :meth:`RecordService.reindex` does for one record, with their stored search rows read in one query per 500
    ids. ``related`` is what their documents look things up in (a unit, a snapshot): its ``session`` is written
    to. ``write=False`` only tells what is not in step."""
    from sapporo_mice.inserts import among  # not at start-up: it brings the PostgreSQL dialect's types

    rows = list(rows)
    session = related.session
    entries: dict[str, Any] = {}
    for where in among(SearchEntry.record_id, [row.id for row in rows], session.get_bind().dialect.name):
        for entry in session.scalars(select(SearchEntry).where(SearchEntry.record_type == service.record_type, where)):
            entries[entry.record_id] = entry
    found = Reindexed()
    for row in rows:
        entry = entries.get(row.id)
        doc = None if row.deleted_at is not None or row.merged_into is not None else service.search_doc(row, related)
        if doc is None:
            if entry is not None:
                found.removed.append(row.id)
                if write:
                    session.delete(entry)
            continue
        values = search_values(service.record_type, row, doc)
        if entry is None:
            found.added.append(row.id)
            if write:
                session.add(SearchEntry(**values))
        elif any(getattr(entry, key) != values[key] for key in SEARCH_FIELDS):
            found.changed.append(row.id)
            if write:
                for key in SEARCH_FIELDS:
                    setattr(entry, key, values[key])
    return found


def has_search_doc(service: RecordService) -> bool:
    """Whether records of the service's type have a search document (a search row while live)."""
    return type(service).search_doc is not RecordService.search_doc


def search_dependents(store: "Store", model: type) -> list[tuple[RecordService, Any]]:
    """The searchable record types whose records point at ``model``'s (each with its column that does): whose
    search documents may read them."""
    table = model.__table__
    return [(service, getattr(service.model, column.key)) for service in store.services.values()
            if has_search_doc(service)
            for column in service.model.__table__.columns
            if any(fk.column.table is table for fk in column.foreign_keys)]


def reindex_dependents(unit: "Unit", model: type, record_ids: Iterable[str]) -> None:
    """Re-index the live records that point at these records of ``model`` (a renamed company's contacts, leads,
    stands …), whose search rows hold the name they read. Each record type is read in one query per 500 ids."""
    from sapporo_mice.inserts import among

    ids = list(dict.fromkeys(record_ids))
    dialect = unit.session.get_bind().dialect.name
    for service, column in search_dependents(unit.store, model):
        rows = [row for where in among(column, ids, dialect)
                for row in unit.session.scalars(select(service.model).where(where, *live(service.model)))]
        if rows:
            reindex_rows(unit, service, rows)


def phone_words(phones: Iterable[tuple[str | None, str | None]]) -> list[str]:
    """The search words of phone numbers given as ``(e164, raw)``: the E.164 form, the national digits and
    the typed text in search form, each once.

    They stay words of their own. Written into the text with the other parts, the forms of one number ran
    together into one digit string (``+81112223333 011-222-3333`` became ``+8111222333301122…``), since a
    run that starts with ``+`` joins its space-separated groups: a query could match across two forms, and
    the index held each number two or three times."""
    words: dict[str, None] = {}
    for e164, raw in phones:
        for word in (e164, national_digits(e164), searchable(raw)):
            if word:
                words[word] = None
    return list(words)


_IMMUTABLE = (type(None), str, int, float, bool)
# id(field) -> (field, what it cleans None to). Keyed by id because hashing a Field costs more than the
# lookup saves; the entry holds the field, so its id is never reused while the entry lives.
_BLANKS: dict[int, tuple[Field, Any]] = {}


def _blank_clean(spec: Field) -> Any:
    """``spec.clean(None)``: what an input not given cleans to, asked once per field (an import validates
    ten thousand rows, each leaving most fields out). A cleaner that refuses a blank raises every time;
    a mutable result is never shared."""
    known = _BLANKS.get(id(spec))
    if known is not None:
        return known[1]
    value = spec.clean(None)
    if isinstance(value, _IMMUTABLE):
        _BLANKS[id(spec)] = (spec, value)
    return value


_UNSET = object()  # a template's place for a field that is cleaned every time


@dataclass(frozen=True)
class _Shape:
    """How :meth:`RecordService.validate` walks one service's fields.

    ``unchecked``: the fields whose input left out cleans to an immutable blank that no rule of validate looks
    at (not required, no reference to check). ``template``: every field in order, holding that blank or
    ``_UNSET``; ``checked``: the other fields, cleaned and checked on every create."""

    unchecked: dict[str, Any]
    template: dict[str, Any]
    checked: tuple[tuple[str, Field], ...]
    order: dict[str, int]

    @classmethod
    def of(cls, fields: dict[str, Field], unchecked: dict[str, Any]) -> _Shape:
        return cls(unchecked, {k: unchecked.get(k, _UNSET) for k in fields},
                   tuple((k, spec) for k, spec in fields.items() if k not in unchecked),
                   {k: i for i, k in enumerate(fields)})


# id(fields) -> (fields, its shape). Keyed by id as _BLANKS is; the entry holds the (class-level, never
# changed) fields dict, so its id is never reused while the entry lives.
_SHAPES: dict[int, tuple[dict[str, Field], _Shape]] = {}


def _shape(fields: dict[str, Field]) -> _Shape:
    known = _SHAPES.get(id(fields))
    if known is not None:
        return known[1]
    unchecked = {}
    for key, spec in fields.items():
        try:
            value = _blank_clean(spec)
        except Exception:  # noqa: BLE001, S112 - a cleaner that refuses a blank: validate asks it every time
            continue
        if isinstance(value, _IMMUTABLE) and not (spec.required and value in (None, "")) \
                and not (spec.ref and value is not None):
            unchecked[key] = value
    shape = _Shape.of(fields, unchecked)
    _SHAPES[id(fields)] = (fields, shape)
    return shape


def plain(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def row_to_dict(row: SyncMixin) -> dict[str, Any]:
    return {c.key: plain(getattr(row, c.key)) for c in row.__table__.columns}


def check_date_order(cleaned: dict[str, Any], start: str, end: str, problems: list[FieldProblem]) -> None:
    if cleaned.get(start) and cleaned.get(end) and cleaned[end] < cleaned[start]:
        problems.append(FieldProblem(end, "field.date_order", cleaned[end].isoformat(), {"other": start}))


def linked_name(related: Related, model: type, record_id: str | None, lang: str) -> str | None:
    """The name of the record ``record_id`` points at (a company, a partner city) as ``lang``'s reader knows it
    (``formats.name``: its English name in English, its Japanese name in Japanese, where it has one); None if none."""
    row = related.fetch(model, record_id)
    if row is None:
        return None
    return formats.name(row.name, getattr(row, "name_en", None), lang, getattr(row, "name_ja", None)) or None


class _Values:
    """A record's values read as a row's attributes (``values.name_en``); one it does not hold is None."""

    __slots__ = ("_values",)

    def __init__(self, values: dict[str, Any]) -> None:
        self._values = values

    def __getattr__(self, name: str) -> Any:
        return self._values.get(name)


class RecordService:
    """One record type's service. Subclasses declare ``model``, ``fields`` and hooks."""

    record_type: ClassVar[str]
    model: ClassVar[type[SyncMixin]]
    fields: ClassVar[dict[str, Field]]
    # Columns that identify a record by name for CLI references (REF in DESIGN §5).
    name_columns: ClassVar[tuple[str, ...]] = ("name",)
    default_order: ClassVar[str] = "updated_at"
    # Fields ``derive`` fills when none is given, from the rest of the record (a contact's name order, from the
    # name's script): a new record's form leaves them blank (:meth:`new_values`).
    derived_when_blank: ClassVar[frozenset[str]] = frozenset()
    # Column groups that must be unique among rows (checked before writing, so the error names the field).
    unique: ClassVar[tuple[tuple[str, ...], ...]] = ()
    # What to_dict reads besides the row, so get_many_in loads it for many records at once: (child model,
    # its key to the record) and (column of the record, the model it points at).
    reads_children: ClassVar[tuple[tuple[type, str], ...]] = ()
    reads_references: ClassVar[tuple[tuple[str, type], ...]] = ()
    # The records shown_subtitle and shown_title_in read (column of the record, the model it points at), so that a
    # page of search hits reads each kind in one query instead of one per hit.
    shown_references: ClassVar[tuple[tuple[str, type], ...]] = ()
    # What other records' search documents read of a record of this type when they point at it (a contact's
    # and a lead's read their company's name): a change to one of these re-indexes them as the unit ends
    # (Unit.renamed, reindex_dependents).
    read_by_others: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, store: "Store") -> None:
        self.store = store

    # ----------------------------------------------------------------- writes
    def create(self, values: dict[str, Any], *, actor: str) -> Saved:
        with self.store.unit(actor) as unit:
            return self.create_in(unit, values)

    def create_in(self, unit: "Unit", values: dict[str, Any], *, record: bool = True) -> Saved:
        """Create within a unit that may write other records too.

        ``record=False`` when the caller needs only the id: the returned record is then
        ``{"id": ...}`` and the queries that build the full one are skipped.
        """
        cleaned = self.validate(unit, values)
        return self.create_cleaned(unit, cleaned, values, record=record)

    def create_cleaned(self, unit: "Unit", cleaned: dict[str, Any], values: dict[str, Any], *,
                       record: bool = True) -> Saved:
        """Create from values already checked by :meth:`validate` (``values``: the inputs, for children)."""
        session, now = unit.session, utcnow()
        row = self.model(
            id=values.get("id") or uuid7(), created_at=now, updated_at=now,
            created_by=unit.actor, updated_by=unit.actor, version=1, **cleaned,
        )
        self._apply_defaults(row)
        warnings = self.derive(row, cleaned, unit)
        session.add(row)
        session.flush()
        unit.known.add((self.record_type, row.id))
        unit.log.inserted(self.model.__tablename__, row.id, self._loggable(row))
        changes = Changes().add(self.record_type, row.id)
        self.after_write(unit, row, values, warnings, changes)
        self.reindex(unit, row, created=True)
        return Saved(self.to_dict(unit, row) if record else {"id": row.id}, changes, warnings)

    def _apply_defaults(self, row: Any) -> None:
        """The columns' scalar defaults, set before the insert as a flush would set them, so the
        change log and the derived values are the same whether or not the row is flushed at once."""
        for column in self.model.__table__.columns:
            default = column.default
            if default is not None and default.is_scalar and column.key not in row.__dict__:
                setattr(row, column.key, default.arg)

    def update(self, record_id: str, values: dict[str, Any], *, actor: str, expected_version: int | None = None) -> Saved:
        with self.store.unit(actor) as unit:
            return self.update_in(unit, record_id, values, expected_version=expected_version)

    def update_in(self, unit: "Unit", record_id: str, values: dict[str, Any], *,
                  expected_version: int | None = None) -> Saved:
        with self._versioned(record_id, expected_version):
            return self._update(unit, record_id, values, expected_version)

    def _update(self, unit: "Unit", record_id: str, values: dict[str, Any], expected_version: int | None) -> Saved:
        row = self._load_live(unit.session, record_id, expected_version)
        before = self._loggable(row)
        cleaned = self.validate(unit, values, partial=True, current={**before, "id": row.id})
        for key, value in cleaned.items():
            setattr(row, key, value)
        warnings = self.derive(row, cleaned, unit)
        changes = Changes()
        after = self._loggable(row)
        changed = [k for k in after if plain(after[k]) != plain(before.get(k))]
        for key in changed:
            unit.log.updated(self.model.__tablename__, row.id, key, before.get(key), after[key])
        self.after_write(unit, row, values, warnings, changes)
        if changed or changes:
            self._touch(row, unit.actor)
            changes.add(self.record_type, row.id)
            unit.session.flush()
            self.reindex(unit, row)
            if self.read_by_others.intersection(changed):  # a company renamed: its people are found by the new name
                unit.renamed(self.model, row.id)
        return Saved(self.to_dict(unit, row), changes, warnings)

    def delete(self, record_id: str, *, actor: str, expected_version: int | None = None) -> Changes:
        """Soft delete: a tombstone, never a physical delete (the privacy purge is separate)."""
        with self.store.unit(actor) as unit:
            return self.delete_in(unit, record_id, expected_version=expected_version)

    def delete_in(self, unit: "Unit", record_id: str, *, expected_version: int | None = None) -> Changes:
        with self._versioned(record_id, expected_version):
            row = self._load_live(unit.session, record_id, expected_version)
            row.deleted_at = utcnow()
            self._touch(row, unit.actor)
            unit.session.flush()
            unit.log.deleted(self.model.__tablename__, row.id)
            self._unindex(unit.session, row.id)
            return Changes().add(self.record_type, row.id)

    def restore(self, record_id: str, *, actor: str, expected_version: int | None = None) -> Saved:
        with self.store.unit(actor) as unit:
            return self.restore_in(unit, record_id, expected_version=expected_version)

    def restore_in(self, unit: "Unit", record_id: str, *, expected_version: int | None = None) -> Saved:
        with self._versioned(record_id, expected_version):
            return self._restore(unit, record_id, expected_version)

    def _restore(self, unit: "Unit", record_id: str, expected_version: int | None) -> Saved:
        row = self._load(unit.session, record_id)
        if expected_version is not None and row.version != expected_version:
            raise StaleVersionError(self.record_type, row.id, expected_version, row_to_dict(row))
        if row.deleted_at is None:
            raise ValidationError([FieldProblem("deleted_at", "field.not_deleted", record_id)])
        row.deleted_at = None
        self._touch(row, unit.actor)
        unit.log.restored(self.model.__tablename__, row.id)
        unit.session.flush()
        self.reindex(unit, row)
        return Saved(self.to_dict(unit, row), Changes().add(self.record_type, row.id))

    # ------------------------------------------------------------ many records, one action
    def update_many(self, ids: Iterable[str], values: dict[str, Any], *, actor: str) -> Changes:
        """Give every record the same ``values``, all in one transaction: all or nothing."""
        return self._each(ids, actor, lambda unit, record_id: self.update_in(unit, record_id, values).changes)

    def add_tag_many(self, ids: Iterable[str], tag: str, *, actor: str) -> Changes:
        """Add ``tag`` to every record (one transaction; a record that already has it is left alone)."""
        if "tags" not in self.fields:
            raise KeyError(f"{self.record_type} has no tags")

        def add(unit: "Unit", record_id: str) -> Changes:
            current = [t for t in (self._load(unit.session, record_id).tags or "").split(",") if t]
            return self.update_in(unit, record_id, {"tags": [*current, tag]}).changes

        return self._each(ids, actor, add)

    def delete_many(self, ids: Iterable[str], *, actor: str) -> Changes:
        """Soft-delete every record in one transaction (undo with :meth:`restore_many`)."""
        return self._each(ids, actor, lambda unit, record_id: self.delete_in(unit, record_id))

    def restore_many(self, ids: Iterable[str], *, actor: str) -> Changes:
        """Undo a bulk delete: bring every tombstoned record back, in one transaction. A record already
        live (restored twice, or by someone else meanwhile) is fine for an undo."""

        def restore(unit: "Unit", record_id: str) -> Changes:
            row = unit.session.get(self.model, record_id)
            if row is None or row.deleted_at is None:
                return Changes()
            return self.restore_in(unit, record_id).changes

        return self._each(ids, actor, restore)

    def _each(self, ids: Iterable[str], actor: str, write: Any) -> Changes:
        changes = Changes()
        with self.store.unit(actor) as unit:
            for record_id in ids:
                changes.merge(write(unit, record_id))
        return changes

    # ------------------------------------------------------------------ reads
    def get(self, record_id: str, *, include_deleted: bool = False) -> dict[str, Any]:
        from sapporo_mice.store import Reader

        with self.store.reading() as session:
            row = self._load(session, record_id)
            if row.deleted_at is not None and not include_deleted:
                raise NotFoundError(self.record_type, record_id)
            return self.to_dict(Reader(session), row)

    def get_in(self, related: Related, record_id: str) -> dict[str, Any]:
        """The record as plain values, read within a unit (what a write that just made it returns)."""
        return self.to_dict(related, self._load(related.session, record_id))

    def get_many(self, record_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """:meth:`get_many_in` in a reading session of its own (ids not stored are left out)."""
        with self.store.reading() as session:
            return self.get_many_in(session, list(record_ids))

    def get_many_in(self, session: Session, record_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Record id -> the record as :meth:`get_in` gives it, for many records, read in a few queries (the
        rows, then each kind of child and of record they point at, an IN per 500 ids) instead of a few per
        record: an import's check of a file of people the CRM already holds. Ids not stored are left out."""
        snapshot, rows = self.snapshot(session, record_ids, self.reads_references)
        return {record_id: self.to_dict(snapshot, row) for record_id, row in rows.items()}

    def snapshot(self, session: Session, record_ids: Iterable[str],
                 references: Iterable[tuple[str, type]]) -> tuple[Any, dict[str, Any]]:
        """A :class:`~sapporo_mice.store.Snapshot` holding these records (id -> row, the second value), their
        children (``reads_children``) and the records their ``references`` point at, each kind read at once."""
        from sapporo_mice.store import Snapshot

        snapshot = Snapshot(session)
        rows = snapshot.load(self.model, record_ids)
        for model, key in self.reads_children:
            snapshot.load_children(model, key, rows)
        for column, model in dict.fromkeys(references):
            snapshot.load(model, (getattr(row, column) for row in rows.values()))
        return snapshot, rows

    def list(self, *, where: dict[str, Any] | None = None, order_by: str | None = None,
             descending: bool = False, offset: int = 0, limit: int | None = 200,
             include_deleted: bool = False) -> list[dict[str, Any]]:
        from sapporo_mice.store import Reader

        with self.store.reading() as session:
            stmt = self.select_live(include_deleted)
            stmt = self._apply_where(stmt, where)
            stmt = stmt.order_by(*self._order(order_by, descending)).offset(offset)
            if limit is not None:
                stmt = stmt.limit(limit)
            reader = Reader(session)
            return [self.to_dict(reader, row) for row in session.scalars(stmt)]

    def count(self, *, include_deleted: bool = False) -> int:
        with self.store.reading() as session:
            stmt = select(func.count()).select_from(self.model)
            if not include_deleted:
                stmt = stmt.where(self.model.deleted_at.is_(None))
            return session.scalar(stmt) or 0

    def resolve(self, ref: str, *, partial: bool = True) -> str:
        """The id of the one live record that ``ref`` names: its id, its name (exactly, then in any case), or
        (``partial``) a part of one name (雪花 for 雪花システムズ株式会社). Several names that fit are listed in
        the error. An action that cannot be undone (erasing a student) asks for the whole name."""
        with self.store.reading() as session:
            if is_uuid(ref) and session.get(self.model, ref) is not None:
                return ref
            columns = [getattr(self.model, c) for c in self.name_columns]
            # Only names written as text take a part (not a country code, an id or a year).
            texts = [c for c in columns if isinstance(c.type, String) and (c.type.length or 1000) >= 100]
            pattern = "%" + escape_like(ref.strip().lower()) + "%"
            found: list[Any] = []
            for condition in ([c == ref for c in columns], [func.lower(c) == ref.lower() for c in columns],
                              [func.lower(c).like(pattern, escape="\\") for c in texts]
                              if partial and ref.strip() else []):
                if condition:
                    found = list(session.scalars(self.select_live().where(or_(*condition))
                                                 .order_by(columns[0], self.model.id).limit(AMBIGUOUS_LISTED + 1)))
                if found:
                    break
            if not found:
                raise NotFoundError(self.record_type, ref)
            if len(found) > 1:
                names = [str(getattr(row, self.name_columns[0])) for row in found[:AMBIGUOUS_LISTED]]
                # a name that several share is told apart by its id (what the user can give instead)
                names = [(n, row.id) if names.count(n) > 1 else n for n, row in zip(names, found)]
                raise AmbiguousReferenceError(self.record_type, ref, len(found), names)
            return found[0].id

    def select_live(self, include_deleted: bool = False) -> Select:
        stmt = select(self.model)
        return stmt if include_deleted else stmt.where(*live(self.model))

    # ------------------------------------------------------------------ hooks
    def derive(self, row: Any, cleaned: dict[str, Any], related: Related) -> list[FieldProblem]:
        """Compute derived columns (sort keys, parsed phones) once the inputs are applied to ``row``;
        returns warnings that do not block saving."""
        return []

    def after_write(self, unit: "Unit", row: Any, values: dict[str, Any], warnings: list[FieldProblem],
                    changes: Changes) -> None:
        """Write child records (a contact's emails and phones)."""

    def search_doc(self, row: Any, related: Related) -> SearchDoc | None:
        """What the global search shows and matches for this record; None to leave it out."""
        return None

    def shown_title(self, row: Any, lang: str) -> str | None:
        """A search hit's first line in the reader's language, for a record named in each language by a field of its
        own (``formats.name``: a company's English or Japanese name, a fair's Japanese name); None: the stored title
        (the name as written) serves both."""
        return None

    def title_of(self, record: dict[str, Any], lang: str) -> str | None:
        """:meth:`shown_title` of a record as :meth:`get` gives it (a field it lacks is blank): the one rule by
        which a search hit and an editor's window, tab or reference field name a record in ``lang``."""
        return self.shown_title(_Values(record), lang)

    def shown_title_in(self, row: Any, related: Related, lang: str) -> str | None:
        """:meth:`shown_title` of a record named by the records it links (a company's stand at a fair), which
        ``related`` holds: the search reads them for a page of hits in one query each (:attr:`shown_references`)."""
        return self.shown_title(row, lang)

    def shown_subtitle(self, row: Any, related: Related, lang: str) -> str | None:
        """A search hit's second line as the reader's language writes it, for a record whose stored subtitle
        (one text for both languages, and searched) holds a code, a stage's key or an ISO date; None: the
        stored one reads the same in both (names), and no record is read to show it."""
        return None

    def to_dict(self, related: Related, row: Any) -> dict[str, Any]:
        return row_to_dict(row)

    def validate_record(self, unit: "Unit", cleaned: dict[str, Any], problems: list[FieldProblem]) -> None:
        """Cross-field rules (e.g. end date after start date)."""

    def validate_children(self, unit: "Unit", values: dict[str, Any]) -> list[FieldProblem]:
        """The problems of the child rows given with the record (a bid's competitors, a series' editions, an
        activity's participants …), reported with the record's own so that all are named at once."""
        return []

    # ---------------------------------------------------------------- helpers
    def reindex(self, unit: "Unit", row: Any, *, created: bool = False) -> None:
        """Write the record's search row; ``created``: the record was just inserted, so it has none yet."""
        if not created:
            reindex_rows(unit, self, [row])
            return
        doc = self.search_doc(row, unit) if row.deleted_at is None and row.merged_into is None else None
        if doc is not None:
            unit.session.add(SearchEntry(**search_values(self.record_type, row, doc)))

    def _unindex(self, session: Session, record_id: str) -> None:
        entry = session.scalar(
            select(SearchEntry).where(SearchEntry.record_type == self.record_type, SearchEntry.record_id == record_id)
        )
        if entry is not None:
            session.delete(entry)

    def new_values(self, actor: str | None = None) -> dict[str, Any]:
        """What a new record's form starts with: each choice the record stores when none is given (a lead is
        new, of kind "other"), and, where it has an owner, the user creating it."""
        values: dict[str, Any] = {}
        for key in self.fields:
            if key in self.derived_when_blank:
                continue
            column = self.model.__table__.c.get(key)
            default = column.default if column is not None else None
            if default is not None and default.is_scalar and isinstance(default.arg, enum.Enum):
                values[key] = default.arg.value
        if actor and "owner" in self.fields:
            values["owner"] = actor
        return values

    def validate(self, unit: "Unit", values: dict[str, Any], *, partial: bool = False,
                 current: dict[str, Any] | None = None) -> dict[str, Any]:
        """Clean every input and report all problems at once (raises :class:`ValidationError`); ``current``
        is the stored row on update, so cross-field rules see the record as it will be."""
        problems: list[FieldProblem] = []
        extra = self.extra_inputs()
        children = self.validate_children(unit, values)
        for key in values:
            if key not in self.fields and key not in extra:
                problems.append(FieldProblem(key, "field.unknown", values[key]))
        shape = _shape(self.fields)
        if partial:
            cleaned = self._clean_given(unit, values, shape, problems)
        else:
            cleaned = self._clean_all(unit, values, shape, problems)
        merged = {**(current or {}), **cleaned}
        self.validate_record(unit, merged, problems)
        self._check_unique(unit.session, merged, (current or {}).get("id") or values.get("id"), problems)
        if problems or children:
            raise ValidationError([*problems, *children], self.record_type)
        return cleaned

    def _clean_all(self, unit: "Unit", values: dict[str, Any], shape: _Shape,
                   problems: list[FieldProblem]) -> dict[str, Any]:
        """Every field cleaned (a create), in field order: the blank of each field left out whose blank needs no
        check (an imported contact leaves most of its 15 fields out: they are copied, not walked), the others
        cleaned and checked."""
        cleaned = dict(shape.template)
        found: list[FieldProblem] = []
        unchecked = shape.unchecked
        given = [(key, self.fields[key]) for key, raw in values.items() if raw is not None and key in unchecked]
        for key, spec in (*shape.checked, *given):
            raw = values.get(key)
            try:
                cleaned[key] = value = spec.clean(raw) if raw is not None else _blank_clean(spec)
            except FieldInvalid as exc:
                del cleaned[key]
                found.append(FieldProblem(key, exc.code, raw, exc.params))
                continue
            if spec.required and value in (None, ""):
                found.append(FieldProblem(key, "field.required", raw))
            elif spec.ref and value is not None and not unit.exists(spec.ref, value):
                found.append(FieldProblem(key, "field.reference_missing", value))
        if found:
            problems += sorted(found, key=lambda p: shape.order[p.field])  # in field order, as a form shows them
        return cleaned

    def _clean_given(self, unit: "Unit", values: dict[str, Any], shape: _Shape,
                     problems: list[FieldProblem]) -> dict[str, Any]:
        """The fields given (an update), cleaned and checked in field order."""
        cleaned: dict[str, Any] = {}
        unchecked = shape.unchecked
        for key, spec in self.fields.items():
            if key not in values:
                continue
            raw = values[key]
            if raw is None and key in unchecked:
                cleaned[key] = unchecked[key]
                continue
            try:
                cleaned[key] = value = spec.clean(raw) if raw is not None else _blank_clean(spec)
            except FieldInvalid as exc:
                problems.append(FieldProblem(key, exc.code, raw, exc.params))
                continue
            if spec.required and value in (None, ""):
                problems.append(FieldProblem(key, "field.required", raw))
            elif spec.ref and value is not None and not unit.exists(spec.ref, value):
                problems.append(FieldProblem(key, "field.reference_missing", value))
        return cleaned

    def _check_unique(self, session: Session, merged: dict[str, Any], own_id: str | None,
                      problems: list[FieldProblem]) -> None:
        for columns in self.unique:
            if any(merged.get(c) is None for c in columns) or any(p.field in columns for p in problems):
                continue
            stmt = select(func.count()).select_from(self.model).where(
                *(getattr(self.model, c) == merged[c] for c in columns), self.model.id != (own_id or ""))
            if session.scalar(stmt):
                problems.append(FieldProblem(columns[-1], "field.duplicate", plain(merged[columns[-1]])))

    def extra_inputs(self) -> Iterable[str]:
        """Input keys that are not columns but that ``after_write`` consumes."""
        return ("id",)

    def _load(self, session: Session, record_id: str) -> Any:
        row = session.get(self.model, record_id) if record_id else None
        if row is None:
            raise NotFoundError(self.record_type, record_id)
        return row

    def _load_live(self, session: Session, record_id: str, expected_version: int | None) -> Any:
        row = self._load(session, record_id)
        if expected_version is not None and row.version != expected_version:
            raise StaleVersionError(self.record_type, row.id, expected_version, row_to_dict(row))
        if row.deleted_at is not None:
            raise ValidationError([FieldProblem("deleted_at", "field.deleted", record_id)])
        return row

    @contextmanager
    def _versioned(self, record_id: str, expected: int | None) -> Iterator[None]:
        """Every UPDATE of the record carries the version it was read at (``version_id_col``), so a writer
        that saved it meanwhile makes this write fail, whichever statement flushes it: the database decides,
        not a read before. The failure names who saved it, and when."""
        try:
            yield
        except StaleDataError:
            with self.store.reading() as session:
                current = session.get(self.model, record_id)
                raise StaleVersionError(self.record_type, record_id, expected, row_to_dict(current)) from None

    def _touch(self, row: Any, actor: str) -> None:
        row.version += 1
        row.updated_at = utcnow()
        row.updated_by = actor

    def _loggable(self, row: Any) -> dict[str, Any]:
        return {
            c.key: getattr(row, c.key)
            for c in row.__table__.columns
            if c.key not in SyncMixin.SYSTEM_FIELDS
        }

    def _apply_where(self, stmt: Select, where: dict[str, Any] | None) -> Select:
        for key, value in (where or {}).items():
            column = getattr(self.model, key)
            stmt = stmt.where(column.is_(None) if value is None else column == value)
        return stmt

    def _order(self, order_by: str | None, descending: bool) -> list[Any]:
        column = getattr(self.model, order_by or self.default_order)
        primary = column.desc() if descending else column.asc()
        return [primary, self.model.id.desc() if descending else self.model.id.asc()]
