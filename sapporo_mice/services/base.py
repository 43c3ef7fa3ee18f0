"""The generic record service: create, update, soft delete, restore, get and list for one type.

Every write opens its own session and transaction, validates everything before writing, records
field-level change-log rows, keeps the search index in step, and returns what it changed.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from sapporo_mice.changelog import ChangeRecorder
from sapporo_mice.changes import Changes
from sapporo_mice.errors import (
    AmbiguousReferenceError,
    FieldProblem,
    NotFoundError,
    StaleVersionError,
    ValidationError,
)
from sapporo_mice.ids import is_uuid, uuid7
from sapporo_mice.models import SearchEntry, SyncMixin, utcnow
from sapporo_mice.services.fields import Field
from sapporo_mice.text import normalize
from sapporo_mice.validation import FieldInvalid

if TYPE_CHECKING:
    from sapporo_mice.crm import Crm


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
    title: str
    subtitle: str | None
    parts: Sequence[str | None]


# The search row's columns that follow its record (type and id never change): set on every reindex.
SEARCH_FIELDS = ("title", "subtitle", "text", "title_key", "sort_key")
# Every column a new search row is written with (bulk loads name them for their INSERT).
SEARCH_KEYS = ("record_type", "record_id", *SEARCH_FIELDS)


def search_values(record_type: str, row: Any, doc: SearchDoc) -> dict[str, Any]:
    """The ``search_index`` row for a record (``row``) and its search document (services and bulk loads alike)."""
    return {
        "record_type": record_type, "record_id": row.id, "sort_key": getattr(row, "sort_key", None),
        "title": doc.title[:400],
        "subtitle": (doc.subtitle or "")[:400], "title_key": normalize(doc.title)[:200],
        "text": normalize(" ".join(p for p in (doc.title, doc.subtitle, *doc.parts) if p)),
    }


def transaction_cache(session: Session) -> dict[str, Any]:
    """Values that live as long as the session's current transaction: its change recorder, the ids
    known to exist. A new transaction (or none begun yet) starts empty, so nothing outlives a rollback."""
    transaction = session.get_transaction()
    held = session.info.get("sapporo_mice.transaction")
    if held is None or held[0] is not transaction:
        held = session.info["sapporo_mice.transaction"] = (transaction, {})
    return held[1]


def known_ids(session: Session) -> set[tuple[str, str]]:
    """(record type, id) pairs this transaction knows exist: created by it or already checked."""
    return transaction_cache(session).setdefault("known_ids", set())


def fetch(session: Session, model: type, record_id: str | None) -> Any:
    """``session.get``, remembering the row for the transaction: a row looked up for many records of
    one transaction (their organization, the fair) is not reloaded after the identity map lets it go."""
    if record_id is None:
        return None
    if not isinstance(session, Session):  # a stand-in over rows in memory (the demo generator's)
        return session.get(model, record_id)
    rows = transaction_cache(session).setdefault("rows", {})
    row = rows.get((model, record_id))
    if row is None:
        row = session.get(model, record_id)
        if row is not None:
            rows[(model, record_id)] = row
    return row


def plain(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def row_to_dict(row: SyncMixin) -> dict[str, Any]:
    return {c.key: plain(getattr(row, c.key)) for c in row.__table__.columns}


class RecordService:
    """One record type's service. Subclasses declare ``model``, ``fields`` and hooks."""

    record_type: ClassVar[str]
    model: ClassVar[type[SyncMixin]]
    fields: ClassVar[dict[str, Field]]
    # Columns that identify a record by name for CLI references (REF in DESIGN §5).
    name_columns: ClassVar[tuple[str, ...]] = ("name",)
    default_order: ClassVar[str] = "updated_at"
    # Column groups that must be unique among rows (checked before writing, so the error names the field).
    unique: ClassVar[tuple[tuple[str, ...], ...]] = ()

    def __init__(self, crm: "Crm") -> None:
        self.crm = crm
        self.db = crm.db

    # ----------------------------------------------------------------- writes
    def create(self, values: dict[str, Any], *, actor: str) -> Saved:
        with self.db.transaction() as session:
            return self.create_in(session, values, actor=actor)

    def create_in(self, session: Session, values: dict[str, Any], *, actor: str, record: bool = True) -> Saved:
        """Create within a caller's transaction (for operations that write several records).

        ``record=False`` when the caller needs only the id: the returned record is then
        ``{"id": ...}`` and the queries that build the full one are skipped.
        """
        cleaned = self._validate(session, values, partial=False)
        now = utcnow()
        row = self.model(
            id=values.get("id") or uuid7(), created_at=now, updated_at=now,
            created_by=actor, updated_by=actor, version=1, **cleaned,
        )
        warnings: list[FieldProblem] = []
        self.derive(session, row, cleaned, warnings)
        self._apply_defaults(row)
        session.add(row)
        session.flush()
        known_ids(session).add((self.record_type, row.id))
        recorder = self.crm.recorder(session, actor)
        recorder.inserted(self.model.__tablename__, row.id, self._loggable(row))
        changes = Changes().add(self.record_type, row.id)
        self.after_write(session, row, values, recorder, warnings, changes)
        self.reindex(session, row, created=True)
        return Saved(self.to_dict(session, row) if record else {"id": row.id}, changes, warnings)

    def _apply_defaults(self, row: Any) -> None:
        """The columns' scalar defaults, set before the insert as a flush would set them, so the
        change log and the derived values are the same whether or not the row is flushed at once."""
        for column in self.model.__table__.columns:
            default = column.default
            if default is not None and default.is_scalar and column.key not in row.__dict__:
                setattr(row, column.key, default.arg)

    def update(self, record_id: str, values: dict[str, Any], *, actor: str, expected_version: int | None = None) -> Saved:
        with self.db.transaction() as session:
            return self.update_in(session, record_id, values, actor=actor, expected_version=expected_version)

    def update_in(self, session: Session, record_id: str, values: dict[str, Any], *, actor: str,
                  expected_version: int | None = None) -> Saved:
        row = self._load_live(session, record_id, expected_version)
        before = self._loggable(row)
        cleaned = self._validate(session, values, partial=True, current={**before, "id": row.id})
        for key, value in cleaned.items():
            setattr(row, key, value)
        warnings: list[FieldProblem] = []
        self.derive(session, row, cleaned, warnings)
        recorder = self.crm.recorder(session, actor)
        changes = Changes()
        after = self._loggable(row)
        changed = [k for k in after if plain(after[k]) != plain(before.get(k))]
        for key in changed:
            recorder.updated(self.model.__tablename__, row.id, key, before.get(key), after[key])
        self.after_write(session, row, values, recorder, warnings, changes)
        if changed or changes:
            self._touch(row, actor)
            changes.add(self.record_type, row.id)
            session.flush()
            self.reindex(session, row)
        return Saved(self.to_dict(session, row), changes, warnings)

    def delete(self, record_id: str, *, actor: str, expected_version: int | None = None) -> Changes:
        """Soft delete: a tombstone, never a physical delete (the privacy purge is separate)."""
        with self.db.transaction() as session:
            return self.delete_in(session, record_id, actor=actor, expected_version=expected_version)

    def delete_in(self, session: Session, record_id: str, *, actor: str, expected_version: int | None = None) -> Changes:
        row = self._load_live(session, record_id, expected_version)
        row.deleted_at = utcnow()
        self._touch(row, actor)
        self.crm.recorder(session, actor).deleted(self.model.__tablename__, row.id)
        self._unindex(session, row.id)
        return Changes().add(self.record_type, row.id)

    def restore(self, record_id: str, *, actor: str) -> Saved:
        with self.db.transaction() as session:
            return self.restore_in(session, record_id, actor=actor)

    def restore_in(self, session: Session, record_id: str, *, actor: str) -> Saved:
        row = self._load(session, record_id)
        if row.deleted_at is None:
            raise ValidationError([FieldProblem("deleted_at", "field.not_deleted", record_id)])
        row.deleted_at = None
        self._touch(row, actor)
        self.crm.recorder(session, actor).restored(self.model.__tablename__, row.id)
        session.flush()
        self.reindex(session, row)
        return Saved(self.to_dict(session, row), Changes().add(self.record_type, row.id))

    # ------------------------------------------------------------------ reads
    def get(self, record_id: str, *, include_deleted: bool = False) -> dict[str, Any]:
        with self.db.reading() as session:
            row = self._load(session, record_id)
            if row.deleted_at is not None and not include_deleted:
                raise NotFoundError(self.record_type, record_id)
            return self.to_dict(session, row)

    def list(self, *, where: dict[str, Any] | None = None, order_by: str | None = None,
             descending: bool = False, offset: int = 0, limit: int | None = 200,
             include_deleted: bool = False) -> list[dict[str, Any]]:
        with self.db.reading() as session:
            stmt = self.select_live(include_deleted)
            stmt = self._apply_where(stmt, where)
            stmt = stmt.order_by(*self._order(order_by, descending)).offset(offset)
            if limit is not None:
                stmt = stmt.limit(limit)
            return [self.to_dict(session, row) for row in session.scalars(stmt)]

    def count(self, *, include_deleted: bool = False) -> int:
        with self.db.reading() as session:
            stmt = select(func.count()).select_from(self.model)
            if not include_deleted:
                stmt = stmt.where(self.model.deleted_at.is_(None))
            return session.scalar(stmt) or 0

    def resolve(self, ref: str) -> str:
        """The id of the one live record that ``ref`` names: its id, or a unique name."""
        with self.db.reading() as session:
            if is_uuid(ref) and session.get(self.model, ref) is not None:
                return ref
            columns = [getattr(self.model, c) for c in self.name_columns]
            stmt = self.select_live().where(or_(*(c == ref for c in columns))).limit(3)
            found = list(session.scalars(stmt))
            if not found:
                stmt = self.select_live().where(or_(*(func.lower(c) == ref.lower() for c in columns))).limit(3)
                found = list(session.scalars(stmt))
            if not found:
                raise NotFoundError(self.record_type, ref)
            if len(found) > 1:
                raise AmbiguousReferenceError(self.record_type, ref, len(found))
            return found[0].id

    def select_live(self, include_deleted: bool = False) -> Select:
        stmt = select(self.model)
        if not include_deleted:
            stmt = stmt.where(self.model.deleted_at.is_(None), self.model.merged_into.is_(None))
        return stmt

    # ------------------------------------------------------------------ hooks
    def derive(self, session: Session, row: Any, cleaned: dict[str, Any], warnings: list[FieldProblem]) -> None:
        """Compute derived columns (sort keys, parsed phones) after the inputs are applied."""

    def after_write(self, session: Session, row: Any, values: dict[str, Any], recorder: ChangeRecorder,
                    warnings: list[FieldProblem], changes: Changes) -> None:
        """Write child records (a contact's emails and phones)."""

    def search_doc(self, session: Session, row: Any) -> SearchDoc | None:
        """What the global search shows and matches for this record; None to leave it out."""
        return None

    def to_dict(self, session: Session, row: Any) -> dict[str, Any]:
        return row_to_dict(row)

    def validate_record(self, session: Session, cleaned: dict[str, Any], problems: list[FieldProblem]) -> None:
        """Cross-field rules (e.g. end date after start date)."""

    # ---------------------------------------------------------------- helpers
    def reindex(self, session: Session, row: Any, *, created: bool = False) -> None:
        """Write the record's search row; ``created``: the record was just inserted, so it has none yet."""
        doc = self.search_doc(session, row)
        if doc is None or row.deleted_at is not None or row.merged_into is not None:
            if not created:
                self._unindex(session, row.id)
            return
        values = search_values(self.record_type, row, doc)
        entry = None if created else session.scalar(
            select(SearchEntry).where(SearchEntry.record_type == self.record_type, SearchEntry.record_id == row.id)
        )
        if entry is None:
            session.add(SearchEntry(**values))
        else:
            for key in SEARCH_FIELDS:
                setattr(entry, key, values[key])

    def _unindex(self, session: Session, record_id: str) -> None:
        entry = session.scalar(
            select(SearchEntry).where(SearchEntry.record_type == self.record_type, SearchEntry.record_id == record_id)
        )
        if entry is not None:
            session.delete(entry)

    def _validate(self, session: Session, values: dict[str, Any], *, partial: bool,
                  current: dict[str, Any] | None = None) -> dict[str, Any]:
        """Clean every input and report all problems at once; ``current`` is the stored row on update,
        so cross-field rules see the record as it will be, not just the edited fields."""
        problems: list[FieldProblem] = []
        cleaned: dict[str, Any] = {}
        for key in values:
            if key not in self.fields and key not in self.extra_inputs():
                problems.append(FieldProblem(key, "field.unknown", values[key]))
        for key, spec in self.fields.items():
            if partial and key not in values:
                continue
            try:
                cleaned[key] = spec.clean(values.get(key))
            except FieldInvalid as exc:
                problems.append(FieldProblem(key, exc.code, values.get(key), exc.params))
                continue
            if spec.required and cleaned[key] in (None, ""):
                problems.append(FieldProblem(key, "field.required", values.get(key)))
                continue
            if spec.ref and cleaned[key] is not None and not self.crm.exists(session, spec.ref, cleaned[key]):
                problems.append(FieldProblem(key, "field.reference_missing", cleaned[key]))
        merged = {**(current or {}), **cleaned}
        self.validate_record(session, merged, problems)
        self._check_unique(session, merged, (current or {}).get("id") or values.get("id"), problems)
        if problems:
            raise ValidationError(problems)
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
