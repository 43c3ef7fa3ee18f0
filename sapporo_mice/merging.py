"""Merging duplicate contacts and organizations, and undoing a merge.

A merge is never automatic: a person picks the survivor and each field (the candidates come from
:mod:`sapporo_mice.duplicates`). It runs in one unit of work, moves the loser's child records to the
survivor, tombstones the loser with ``merged_into`` and keeps a ``merges`` row (a snapshot) so that it
can be undone.

Undo policy: undo restores the survivor's fields that the merge changed, moves back the child
records that still point at the survivor, and brings the loser back. It refuses (``MergeUndoError``,
naming the fields) when a field the merge changed was edited again since, because restoring it
would silently lose that edit. Child records that were since moved elsewhere or deleted are left
where they are and listed in ``UndoResult.skipped``.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from sapporo_mice import messages
from sapporo_mice.changelog import decode_value, encode_value
from sapporo_mice.changes import Changes
from sapporo_mice.database import Database
from sapporo_mice.errors import CrmError, FieldProblem, NotFoundError, StaleVersionError, ValidationError
from sapporo_mice.formats import listed
from sapporo_mice.ids import uuid7
from sapporo_mice.models import (
    MODEL_BY_TABLE,
    Activity,
    Attachment,
    Bid,
    CompanyProfile,
    Consultation,
    Contact,
    ContactEmail,
    ContactPhone,
    ExpansionCase,
    Lead,
    MeetingSeries,
    MergeRecord,
    Opening,
    Organization,
    Participation,
    Student,
    SupportGiven,
    SupportNeed,
    SyncMixin,
    TargetMarket,
    Task,
    utcnow,
)
from sapporo_mice.services.base import row_to_dict

if TYPE_CHECKING:
    from sapporo_mice.store import Store, Unit

messages.register({
    "merge.type_unsupported": {
        "en": "{field}: only contacts and organizations can be merged, not “{value}”.",
        "ja": "{field}: 統合できるのは連絡先と企業・団体だけです（「{value}」は対象外）。",
    },
    "merge.same_record": {
        "en": "{field}: a record cannot be merged with itself.",
        "ja": "{field}: 同じレコード同士は統合できません。",
    },
    "merge.not_live": {
        "en": "{field}: “{value}” is deleted or already merged; it cannot take part in a merge.",
        "ja": "{field}: 「{value}」は削除済みか統合済みのため、統合できません。",
    },
    "merge.choice_invalid": {
        "en": "{field}: choose “survivor” or “loser”, not “{value}”.",
        "ja": "{field}: 「survivor」か「loser」を選んでください（「{value}」は不可）。",
    },
    "merge.already_undone": {
        "en": "{field}: this merge was already undone.",
        "ja": "{field}: この統合はすでに取り消されています。",
    },
    "merge.undo_conflict": {
        "en": "This merge cannot be undone: {fields} of the kept record changed since the merge. "
              "Edit those fields by hand instead.",
        "ja": "この統合は取り消せません。統合後に残したレコードの {fields} が変更されています。"
              "該当項目を手で修正してください。",
    },
    "merge.undo_survivor_gone": {
        "en": "This merge cannot be undone: the kept record was deleted or merged since. Restore it first.",
        "ja": "この統合は取り消せません。残したレコードがその後削除または統合されました。先に復元してください。",
    },
    "merge.undo_loser_changed": {
        "en": "This merge cannot be undone: the merged-away record was restored or merged elsewhere since.",
        "ja": "この統合は取り消せません。統合されたレコードがその後復元されたか、別のレコードに統合されました。",
    },
})

MERGEABLE = {"contact": Contact, "organization": Organization}
SURVIVOR, LOSER = "survivor", "loser"


def _check_type(record_type: str) -> type[SyncMixin]:
    if record_type not in MERGEABLE:
        raise ValidationError([FieldProblem("record_type", "merge.type_unsupported", record_type)])
    return MERGEABLE[record_type]


@dataclass(frozen=True)
class FieldPair:
    """One field of the side-by-side merge view: both values and the pre-selected side."""

    field: str
    survivor: Any
    loser: Any
    default: str


@dataclass(frozen=True)
class MergePreview:
    record_type: str
    survivor: dict[str, Any]
    loser: dict[str, Any]
    fields: list[FieldPair]


def merge_preview(store: Store, record_type: str, survivor_id: str, loser_id: str) -> MergePreview:
    """Both records as plain values, and per field which side a merge takes by default.

    The default keeps the survivor's value, except where the survivor's is empty and the loser's is not.
    The two records' ``version`` values are what :func:`merge` must be given back.
    """
    _check_type(record_type)
    service = store.services[record_type]
    survivor, loser = service.get(survivor_id), service.get(loser_id)
    pairs = [FieldPair(name, survivor.get(name), loser.get(name), _default_side(survivor.get(name), loser.get(name)))
             for name in service.fields]
    return MergePreview(record_type, survivor, loser, pairs)


def _default_side(survivor_value: Any, loser_value: Any) -> str:
    return LOSER if survivor_value in (None, "") and loser_value not in (None, "") else SURVIVOR


# ---------------------------------------------------------------------------------------------------
# Merging


@dataclass
class MergeResult:
    changes: Changes
    merge_id: str
    moved: dict[str, int] = field(default_factory=dict)  # table -> child rows re-pointed
    kept: list[str] = field(default_factory=list)  # child rows that could not move (e.g. a second profile)


@dataclass(frozen=True)
class Link:
    """A column of ``model`` that points at a contact or an organization."""

    model: type[SyncMixin]
    column: str
    record_type_value: str | None = None  # for activities/tasks/attachments: record_type must equal this


def _generic_links(record_type: str) -> tuple[Link, ...]:
    return tuple(Link(m, "record_id", record_type) for m in (Activity, Task, Attachment))


LINKS: dict[str, tuple[Link, ...]] = {
    "contact": (
        Link(Lead, "contact_id"), Link(Participation, "contact_id"), Link(Bid, "host_contact_id"),
        Link(Bid, "association_contact_id"), Link(Student, "contact_id"), *_generic_links("contact"),
    ),
    "organization": (
        Link(Contact, "organization_id"), Link(Lead, "organization_id"), Link(Lead, "interest_organization_id"),
        Link(Participation, "organization_id"), Link(Opening, "organization_id"),
        Link(TargetMarket, "organization_id"), Link(SupportNeed, "organization_id"),
        Link(Consultation, "organization_id"), Link(ExpansionCase, "organization_id"),
        Link(SupportGiven, "organization_id"), Link(SupportGiven, "counterpart_id"),
        Link(MeetingSeries, "association_id"), Link(Bid, "venue_id"), Link(Student, "university_id"),
        *_generic_links("organization"),
    ),
}


class MergeUndoError(CrmError):
    """An undo that would lose later edits (or cannot apply): nothing was changed."""

    def __init__(self, code: str, fields: list[str] | None = None, record_type: str | None = None):
        self.code = code
        self.fields = fields or []
        self.record_type = record_type
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        """The fields named as the record's form names them (役職、電話番号), not by their keys."""
        from sapporo_mice.vocabulary import field_label

        names = [field_label(self.record_type, f, lang) for f in self.fields]
        return messages.render(self.code, lang, fields=listed(names, lang))


class _Merging:
    """The writes of one merge or undo, inside one unit: change log, Changes, and the snapshot."""

    def __init__(self, unit: Unit, record_type: str):
        self.unit, self.session, self.record_type, self.actor = unit, unit.session, record_type, unit.actor
        self.recorder = unit.log
        self.service = unit.service(record_type)
        self.changes = Changes()
        self.moved: list[dict[str, Any]] = []
        self.tombstoned: list[dict[str, str]] = []
        self.kept: list[str] = []
        self.types = {s.model: s.record_type for s in unit.store.services.values()}

    def touch(self, row: SyncMixin) -> None:
        row.version += 1
        row.updated_at = utcnow()
        row.updated_by = self.actor
        self.changes.add(self.types.get(type(row), self.record_type),
                         row.id if type(row) in self.types else row.contact_id)

    def repoint(self, row: SyncMixin, column: str, old: str, new: str) -> None:
        setattr(row, column, new)
        self.recorder.updated(row.__tablename__, row.id, column, old, new)
        self.touch(row)

    def reindex(self, rows: list[SyncMixin]) -> None:
        """Re-index ``rows``, and the records that name those of them others read (a survivor that took the
        other's name: its people's search rows now hold that name)."""
        self.session.flush()
        for row in rows:
            record_type = self.types.get(type(row))
            if record_type is not None:
                service = self.unit.service(record_type)
                service.reindex(self.unit, row)
                if service.read_by_others:
                    self.unit.renamed(type(row), row.id)


def merge(store: Store, record_type: str, survivor_id: str, loser_id: str,
          field_choices: dict[str, str] | None = None, *, actor: str,
          survivor_version: int, loser_version: int) -> MergeResult:
    """Merge ``loser_id`` into ``survivor_id``, taking each field from the chosen side.

    Fields not named in ``field_choices`` keep the survivor's value unless it is empty (see
    :func:`merge_preview`). Raises ``StaleVersionError`` if either record changed since it was read
    at the given versions, and ``ValidationError`` for a bad request; then nothing is written.
    """
    model = _check_type(record_type)
    choices = _check_choices(store, record_type, field_choices or {})
    if survivor_id == loser_id:
        raise ValidationError([FieldProblem("loser_id", "merge.same_record", loser_id)])
    with store.unit(actor) as unit:
        survivor = _load_for_merge(unit, model, record_type, "survivor_id", survivor_id, survivor_version)
        loser = _load_for_merge(unit, model, record_type, "loser_id", loser_id, loser_version)
        work = _Merging(unit, record_type)
        before, after = _apply_fields(work, survivor, loser, choices)
        moved_rows = _move_children(work, survivor, loser)
        _retire_loser(work, loser, survivor.id)
        work.touch(survivor)
        work.reindex([survivor, *moved_rows])
        merge_id = _record_merge(work, survivor, loser, before, after)
        counts: dict[str, int] = {}
        for item in work.moved:
            counts[item["table"]] = counts.get(item["table"], 0) + 1
        return MergeResult(work.changes, merge_id, counts, work.kept)


def _check_choices(store: Store, record_type: str, choices: dict[str, str]) -> dict[str, str]:
    fields = store.services[record_type].fields
    problems = [FieldProblem(name, "field.unknown", side) for name, side in choices.items() if name not in fields]
    problems += [FieldProblem(name, "merge.choice_invalid", side) for name, side in choices.items()
                 if name in fields and side not in (SURVIVOR, LOSER)]
    if problems:
        raise ValidationError(problems)
    return choices


def _load_for_merge(unit: Unit, model: type[SyncMixin], record_type: str, role: str, record_id: str,
                    version: int) -> Any:
    row = unit.session.get(model, record_id, with_for_update=True)
    if row is None:
        raise NotFoundError(record_type, record_id)
    if row.version != version:
        raise StaleVersionError(record_type, row.id, version, row_to_dict(row))
    if row.deleted_at is not None or row.merged_into is not None:
        raise ValidationError([FieldProblem(role, "merge.not_live", record_id)])
    return row


def _apply_fields(work: _Merging, survivor: Any, loser: Any,
                  choices: dict[str, str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Copy the chosen loser values onto the survivor, re-derive, log; return the before/after snapshot."""
    service = work.service
    before = service._loggable(survivor)
    taken = {}
    for name in service.fields:
        side = choices.get(name) or _default_side(getattr(survivor, name), getattr(loser, name))
        if side == LOSER:
            taken[name] = getattr(loser, name)
            setattr(survivor, name, taken[name])
    service.derive(survivor, taken, work.unit)
    after = service._loggable(survivor)
    for key in after:
        if encode_value(after[key]) != encode_value(before.get(key)):
            work.recorder.updated(survivor.__tablename__, survivor.id, key, before.get(key), after[key])
    return _encoded(before), _encoded(after)


def _encoded(values: dict[str, Any]) -> dict[str, Any]:
    return {k: encode_value(v) for k, v in values.items()}


def _move_children(work: _Merging, survivor: Any, loser: Any) -> list[SyncMixin]:
    rows: list[SyncMixin] = []
    for link in LINKS[work.record_type]:
        rows += _move_link(work, link, loser.id, survivor.id)
    if work.record_type == "contact":
        _move_contact_details(work, ContactEmail, lambda c: c.normalized, loser.id, survivor.id)
        _move_contact_details(work, ContactPhone, lambda c: c.e164 or c.raw, loser.id, survivor.id)
    else:
        _move_profile(work, loser.id, survivor.id)
    return rows


def _move_link(work: _Merging, link: Link, loser_id: str, survivor_id: str) -> list[SyncMixin]:
    column = getattr(link.model, link.column)
    stmt = select(link.model).where(column == loser_id, link.model.deleted_at.is_(None))
    if link.record_type_value is not None:
        stmt = stmt.where(link.model.record_type == link.record_type_value)
    rows = list(work.session.scalars(stmt))
    for row in rows:
        work.repoint(row, link.column, loser_id, survivor_id)
        work.moved.append({"table": row.__tablename__, "id": row.id, "column": link.column})
    return rows


def _move_contact_details(work: _Merging, model: type, key: Callable[[Any], str], loser_id: str,
                          survivor_id: str) -> None:
    """Move the loser's emails or phones; one the survivor already has is tombstoned instead."""
    live = select(model).where(model.deleted_at.is_(None))
    have = {key(c) for c in work.session.scalars(live.where(model.contact_id == survivor_id))}
    for child in work.session.scalars(live.where(model.contact_id == loser_id)):
        if key(child) in have:
            child.deleted_at = utcnow()
            work.recorder.deleted(child.__tablename__, child.id)
            work.touch(child)
            work.tombstoned.append({"table": child.__tablename__, "id": child.id})
            continue
        have.add(key(child))
        work.moved.append({"table": child.__tablename__, "id": child.id, "column": "contact_id",
                           "is_primary": child.is_primary})
        if child.is_primary:
            child.is_primary = False
            work.recorder.updated(child.__tablename__, child.id, "is_primary", True, False)
        work.repoint(child, "contact_id", loser_id, survivor_id)


def _move_profile(work: _Merging, loser_id: str, survivor_id: str) -> None:
    """An organization has at most one export profile (a unique key): the loser's moves only if the survivor has none."""
    profiles = {p.organization_id: p for p in work.session.scalars(
        select(CompanyProfile).where(CompanyProfile.organization_id.in_((loser_id, survivor_id))))}
    profile = profiles.get(loser_id)
    if profile is None or profile.deleted_at is not None:
        return
    if survivor_id in profiles:
        work.kept.append(f"company_profiles:{profile.id}")
        return
    work.repoint(profile, "organization_id", loser_id, survivor_id)
    work.moved.append({"table": profile.__tablename__, "id": profile.id, "column": "organization_id"})


def _retire_loser(work: _Merging, loser: Any, survivor_id: str) -> None:
    loser.merged_into = survivor_id
    loser.deleted_at = utcnow()
    work.recorder.merged(loser.__tablename__, loser.id, survivor_id)
    work.recorder.deleted(loser.__tablename__, loser.id)
    work.touch(loser)
    work.service._unindex(work.session, loser.id)


def _record_merge(work: _Merging, survivor: Any, loser: Any, before: dict[str, Any], after: dict[str, Any]) -> str:
    snapshot = {"survivor_before": before, "survivor_after": after, "moved": work.moved,
                "tombstoned": work.tombstoned}
    record = MergeRecord(id=uuid7(), record_type=work.record_type, survivor_id=survivor.id, loser_id=loser.id,
                         snapshot=json.dumps(snapshot, ensure_ascii=False), merged_at=utcnow(), merged_by=work.actor)
    work.session.add(record)
    return record.id


# ---------------------------------------------------------------------------------------------------
# Undo


@dataclass
class UndoResult:
    changes: Changes
    restored_fields: list[str]
    moved_back: int
    skipped: list[str] = field(default_factory=list)  # "table:id" of child rows left where they are now


@dataclass(frozen=True)
class MergeSummary:
    id: str
    record_type: str
    survivor_id: str
    loser_id: str
    merged_at: dt.datetime
    merged_by: str
    undone_at: dt.datetime | None


def merges_of(db: Database, record_type: str, record_id: str) -> list[MergeSummary]:
    """The merges a record took part in (as survivor or loser), newest first: for an "Undo merge" menu."""
    with db.reading() as session:
        stmt = (select(MergeRecord).where(MergeRecord.record_type == record_type,
                                          (MergeRecord.survivor_id == record_id) | (MergeRecord.loser_id == record_id))
                .order_by(MergeRecord.merged_at.desc(), MergeRecord.id.desc()))
        return [MergeSummary(m.id, m.record_type, m.survivor_id, m.loser_id, m.merged_at, m.merged_by, m.undone_at)
                for m in session.scalars(stmt)]


def undo_merge(store: Store, merge_id: str, *, actor: str) -> UndoResult:
    """Undo a merge (see the module docstring for what is refused and what is skipped)."""
    with store.unit(actor) as unit:
        session = unit.session
        record = session.get(MergeRecord, merge_id, with_for_update=True)
        if record is None:
            raise NotFoundError("merge", merge_id)
        if record.undone_at is not None:
            raise ValidationError([FieldProblem("merge_id", "merge.already_undone", merge_id)])
        model = MERGEABLE[record.record_type]
        survivor, loser = session.get(model, record.survivor_id), session.get(model, record.loser_id)
        snapshot = json.loads(record.snapshot)
        restore = _check_undoable(store, record.record_type, survivor, loser, snapshot)
        work = _Merging(unit, record.record_type)
        _restore_fields(work, survivor, restore)
        moved_back, rows = _move_back(work, snapshot, survivor.id, loser.id)
        _revive_tombstoned(work, snapshot)
        _revive_loser(work, loser, survivor.id)
        work.touch(survivor)
        work.reindex([survivor, loser, *rows])
        record.undone_at, record.undone_by = utcnow(), actor
        return UndoResult(work.changes, sorted(restore), moved_back, work.kept)


def _check_undoable(store: Store, record_type: str, survivor: Any, loser: Any,
                    snapshot: dict[str, Any]) -> dict[str, Any]:
    """The survivor fields to restore ({field: encoded old value}), or raise if undo would lose edits."""
    if survivor is None or survivor.deleted_at is not None or survivor.merged_into is not None:
        raise MergeUndoError("merge.undo_survivor_gone")
    if loser is None or loser.merged_into != survivor.id:
        raise MergeUndoError("merge.undo_loser_changed")
    before, after = snapshot["survivor_before"], snapshot["survivor_after"]
    current = _encoded(store.services[record_type]._loggable(survivor))
    changed = [k for k in after if after[k] != before.get(k)]
    conflicts = [k for k in changed if current.get(k) != after[k]]
    if conflicts:
        raise MergeUndoError("merge.undo_conflict", conflicts, record_type)
    return {k: before.get(k) for k in changed}


def _restore_fields(work: _Merging, survivor: Any, restore: dict[str, Any]) -> None:
    for key, encoded in restore.items():
        old, value = getattr(survivor, key), _typed(type(survivor), key, decode_value(encoded))
        setattr(survivor, key, value)
        work.recorder.updated(survivor.__tablename__, survivor.id, key, old, value)


def _typed(model: type[SyncMixin], key: str, value: Any) -> Any:
    """A snapshot's JSON value back to the column's Python type (dates, datetimes, enums)."""
    if value is None:
        return None
    python_type = model.__table__.c[key].type.python_type
    if python_type is dt.datetime:
        return dt.datetime.fromisoformat(value)
    if python_type is dt.date:
        return dt.date.fromisoformat(value)
    if issubclass(python_type, enum.Enum):
        return python_type(value)
    return value


def _move_back(work: _Merging, snapshot: dict[str, Any], survivor_id: str, loser_id: str) -> tuple[int, list[SyncMixin]]:
    rows = []
    for item in snapshot["moved"]:
        row = work.session.get(MODEL_BY_TABLE[item["table"]], item["id"])
        if row is None or row.deleted_at is not None or getattr(row, item["column"]) != survivor_id:
            work.kept.append(f"{item['table']}:{item['id']}")
            continue
        work.repoint(row, item["column"], survivor_id, loser_id)
        if item.get("is_primary"):  # after the move back: it is the loser's primary again, not the survivor's
            row.is_primary = True
            work.recorder.updated(row.__tablename__, row.id, "is_primary", False, True)
        rows.append(row)
    return len(rows), rows


def _revive_tombstoned(work: _Merging, snapshot: dict[str, Any]) -> None:
    for item in snapshot["tombstoned"]:
        row = work.session.get(MODEL_BY_TABLE[item["table"]], item["id"])
        if row is None or row.deleted_at is None:
            continue
        row.deleted_at = None
        work.recorder.restored(row.__tablename__, row.id)
        work.touch(row)


def _revive_loser(work: _Merging, loser: Any, survivor_id: str) -> None:
    loser.merged_into = None
    loser.deleted_at = None
    work.recorder.updated(loser.__tablename__, loser.id, "merged_into", survivor_id, None)
    work.recorder.restored(loser.__tablename__, loser.id)
    work.touch(loser)
