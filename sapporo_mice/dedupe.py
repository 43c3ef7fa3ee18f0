"""Duplicate contacts and organizations: finding candidate pairs, merging them, undoing a merge.

Candidates come from SQL self-joins on indexed keys (the normalised email, the E.164 phone, the
reading + organization, the 法人番号, the company name without its legal form), so the finder runs on
the whole table on both databases. A merge is never automatic: a person picks the survivor and each
field. It runs in one transaction, moves the loser's child records to the survivor, tombstones the
loser with ``merged_into`` and keeps a ``merges`` row (a snapshot) so that it can be undone.

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
from itertools import combinations, groupby
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, and_, func, select, tuple_
from sqlalchemy.orm import Session

from sapporo_mice import messages
from sapporo_mice.changelog import ChangeRecorder, decode_value, encode_value
from sapporo_mice.changes import Changes
from sapporo_mice.database import Database
from sapporo_mice.errors import CrmError, FieldProblem, NotFoundError, StaleVersionError, ValidationError
from sapporo_mice.ids import uuid7
from sapporo_mice.models import (
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
    MODEL_BY_TABLE,
    Opening,
    Organization,
    Participation,
    Student,
    SupportNeed,
    SyncMixin,
    TargetMarket,
    Task,
    utcnow,
)
from sapporo_mice.services.base import row_to_dict

if TYPE_CHECKING:
    from sapporo_mice.crm import Crm

messages.register({
    "merge.type_unsupported": {
        "en": "{field}: only contacts and organizations can be merged, not “{value}”.",
        "ja": "{field}: 統合できるのは連絡先と組織だけです（「{value}」は対象外）。",
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
# Keys shared by more records than this are too generic to propose (e.g. a shared info@ address).
MAX_GROUP = 25

# ---------------------------------------------------------------------------------------------------
# Finding candidates


@dataclass(frozen=True)
class Candidate:
    """Two records that may be the same: why (``reasons``) and how sure (``score`` 0–100)."""

    record_type: str
    left_id: str
    right_id: str
    left_title: str
    right_title: str
    reasons: tuple[str, ...]
    score: int


@dataclass(frozen=True)
class Rule:
    reason: str
    weight: int
    source: Callable[[], Select]  # SELECT rid, k0[, k1] of live records with a non-empty key


def _live(model: type[SyncMixin]) -> list[Any]:
    return [model.deleted_at.is_(None), model.merged_into.is_(None)]


def _emails() -> Select:
    return (select(ContactEmail.contact_id.label("rid"), ContactEmail.normalized.label("k0"))
            .join(Contact, Contact.id == ContactEmail.contact_id)
            .where(ContactEmail.deleted_at.is_(None), ContactEmail.normalized != "", *_live(Contact)))


def _phones() -> Select:
    return (select(ContactPhone.contact_id.label("rid"), ContactPhone.e164.label("k0"))
            .join(Contact, Contact.id == ContactPhone.contact_id)
            .where(ContactPhone.deleted_at.is_(None), ContactPhone.e164.is_not(None), *_live(Contact)))


def _readings() -> Select:
    return (select(Contact.id.label("rid"), Contact.reading_key.label("k0"), Contact.organization_id.label("k1"))
            .where(Contact.reading_key != "", Contact.organization_id.is_not(None), *_live(Contact)))


def _corporate_numbers() -> Select:
    return (select(Organization.id.label("rid"), Organization.corporate_number.label("k0"))
            .where(Organization.corporate_number.is_not(None), Organization.corporate_number != "",
                   *_live(Organization)))


def _company_names() -> Select:
    return (select(Organization.id.label("rid"), Organization.name_key.label("k0"))
            .where(Organization.name_key != "", *_live(Organization)))


RULES: dict[str, tuple[Rule, ...]] = {
    "contact": (Rule("email", 90, _emails), Rule("phone", 80, _phones), Rule("reading_org", 70, _readings)),
    "organization": (Rule("corporate_number", 95, _corporate_numbers), Rule("company_name", 60, _company_names)),
}


def find_candidates(db: Database, record_type: str, record_id: str | None = None, *,
                    limit: int = 200) -> list[Candidate]:
    """Candidate pairs, best first: for one record (``left_id`` is it) or across the whole table."""
    _check_type(record_type)
    reasons: dict[tuple[str, str], set[str]] = {}
    with db.reading() as session:
        for rule in RULES[record_type]:
            pairs = _pairs_of(session, rule, record_id) if record_id else _all_pairs(session, rule)
            for pair in pairs:
                reasons.setdefault(pair, set()).add(rule.reason)
        ranked = sorted(reasons.items(), key=lambda item: (-_score(record_type, item[1]), item[0]))[:limit]
        titles = _titles(session, record_type, {i for pair, _ in ranked for i in pair})
    return [Candidate(record_type, a, b, titles.get(a, ""), titles.get(b, ""), _ordered(record_type, found),
                      _score(record_type, found)) for (a, b), found in ranked]


def _pairs_of(session: Session, rule: Rule, record_id: str) -> list[tuple[str, str]]:
    """Records sharing a key with ``record_id``: a self-join driven by that one record's keys."""
    src = rule.source().subquery(f"src_{rule.reason}")
    keys = [c.key for c in src.c if c.key != "rid"]
    left, right = src.alias("l"), src.alias("r")
    stmt = (select(left.c.rid, right.c.rid).join_from(left, right, and_(*(left.c[k] == right.c[k] for k in keys)))
            .where(left.c.rid == record_id, right.c.rid != record_id).distinct().limit(MAX_GROUP * 4))
    return [tuple(row) for row in session.execute(stmt)]


def _all_pairs(session: Session, rule: Rule) -> list[tuple[str, str]]:
    """Every pair sharing a key: the shared keys by GROUP BY, their records by IN, the pairs here.

    Driving from the (few) shared keys keeps this one pass over the table on both databases; a plain
    self-join let SQLite probe every record's neighbours (4 s on 100k contacts instead of 0.3 s).
    """
    src = rule.source().subquery(f"src_{rule.reason}")
    keys = [src.c[c.key] for c in src.c if c.key != "rid"]
    shared = select(*keys).group_by(*keys).having(func.count(src.c.rid.distinct()).between(2, MAX_GROUP))
    key = keys[0] if len(keys) == 1 else tuple_(*keys)
    stmt = select(src.c.rid, *keys).where(key.in_(shared)).order_by(*keys, src.c.rid)
    pairs: set[tuple[str, str]] = set()
    for _, rows in groupby(session.execute(stmt), key=lambda row: tuple(row)[1:]):
        pairs.update(combinations(sorted({row[0] for row in rows}), 2))
    return sorted(pairs)


def _score(record_type: str, reasons: set[str]) -> int:
    weights = sorted((r.weight for r in RULES[record_type] if r.reason in reasons), reverse=True)
    return min(100, weights[0] + 5 * (len(weights) - 1))


def _ordered(record_type: str, reasons: set[str]) -> tuple[str, ...]:
    return tuple(r.reason for r in RULES[record_type] if r.reason in reasons)


def _titles(session: Session, record_type: str, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    model = MERGEABLE[record_type]
    column = Contact.display_name if model is Contact else Organization.name
    return dict(session.execute(select(model.id, column).where(model.id.in_(ids))).all())


def _check_type(record_type: str) -> type[SyncMixin]:
    if record_type not in MERGEABLE:
        raise ValidationError([FieldProblem("record_type", "merge.type_unsupported", record_type)])
    return MERGEABLE[record_type]


# ---------------------------------------------------------------------------------------------------
# Side by side


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


def merge_preview(crm: "Crm", record_type: str, survivor_id: str, loser_id: str) -> MergePreview:
    """Both records as plain values, and per field which side a merge takes by default.

    The default keeps the survivor's value, except where the survivor's is empty and the loser's is not.
    The two records' ``version`` values are what :func:`merge` must be given back.
    """
    _check_type(record_type)
    service = crm.service(record_type)
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
        Link(MeetingSeries, "association_id"), Link(Bid, "venue_id"), Link(Student, "university_id"),
        *_generic_links("organization"),
    ),
}


class MergeUndoError(CrmError):
    """An undo that would lose later edits (or cannot apply): nothing was changed."""

    def __init__(self, code: str, fields: list[str] | None = None):
        self.code = code
        self.fields = fields or []
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        return messages.render(self.code, lang, fields=", ".join(self.fields))


class _Merging:
    """The writes of one merge or undo, inside one session: change log, Changes, and the snapshot."""

    def __init__(self, crm: "Crm", session: Session, record_type: str, actor: str):
        self.crm, self.session, self.record_type, self.actor = crm, session, record_type, actor
        self.recorder: ChangeRecorder = crm.recorder(session, actor)
        self.changes = Changes()
        self.moved: list[dict[str, Any]] = []
        self.tombstoned: list[dict[str, str]] = []
        self.kept: list[str] = []
        self.types = {s.model: s.record_type for s in crm.services.values()}

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
        self.session.flush()
        for row in rows:
            record_type = self.types.get(type(row))
            if record_type is not None:
                self.crm.service(record_type).reindex(self.session, row)


def merge(crm: "Crm", record_type: str, survivor_id: str, loser_id: str,
          field_choices: dict[str, str] | None = None, *, actor: str,
          survivor_version: int, loser_version: int) -> MergeResult:
    """Merge ``loser_id`` into ``survivor_id``, taking each field from the chosen side.

    Fields not named in ``field_choices`` keep the survivor's value unless it is empty (see
    :func:`merge_preview`). Raises ``StaleVersionError`` if either record changed since it was read
    at the given versions, and ``ValidationError`` for a bad request; then nothing is written.
    """
    model = _check_type(record_type)
    choices = _check_choices(crm, record_type, field_choices or {})
    if survivor_id == loser_id:
        raise ValidationError([FieldProblem("loser_id", "merge.same_record", loser_id)])
    with crm.db.transaction() as session:
        survivor = _load_for_merge(session, model, record_type, "survivor_id", survivor_id, survivor_version)
        loser = _load_for_merge(session, model, record_type, "loser_id", loser_id, loser_version)
        work = _Merging(crm, session, record_type, actor)
        before, after = _apply_fields(crm, work, survivor, loser, choices)
        moved_rows = _move_children(work, survivor, loser)
        _retire_loser(work, loser, survivor.id)
        work.touch(survivor)
        work.reindex([survivor, *moved_rows])
        merge_id = _record_merge(work, survivor, loser, before, after)
        counts: dict[str, int] = {}
        for item in work.moved:
            counts[item["table"]] = counts.get(item["table"], 0) + 1
        return MergeResult(work.changes, merge_id, counts, work.kept)


def _check_choices(crm: "Crm", record_type: str, choices: dict[str, str]) -> dict[str, str]:
    fields = crm.service(record_type).fields
    problems = [FieldProblem(name, "field.unknown", side) for name, side in choices.items() if name not in fields]
    problems += [FieldProblem(name, "merge.choice_invalid", side) for name, side in choices.items()
                 if name in fields and side not in (SURVIVOR, LOSER)]
    if problems:
        raise ValidationError(problems)
    return choices


def _load_for_merge(session: Session, model: type[SyncMixin], record_type: str, role: str, record_id: str,
                    version: int) -> Any:
    row = session.get(model, record_id, with_for_update=True)
    if row is None:
        raise NotFoundError(record_type, record_id)
    if row.version != version:
        raise StaleVersionError(record_type, row.id, version, row_to_dict(row))
    if row.deleted_at is not None or row.merged_into is not None:
        raise ValidationError([FieldProblem(role, "merge.not_live", record_id)])
    return row


def _apply_fields(crm: "Crm", work: _Merging, survivor: Any, loser: Any,
                  choices: dict[str, str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Copy the chosen loser values onto the survivor, re-derive, log; return the before/after snapshot."""
    service = crm.service(work.record_type)
    before = service._loggable(survivor)
    taken = {}
    for name in service.fields:
        side = choices.get(name) or _default_side(getattr(survivor, name), getattr(loser, name))
        if side == LOSER:
            taken[name] = getattr(loser, name)
            setattr(survivor, name, taken[name])
    service.derive(work.session, survivor, taken, [])
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
    work.crm.service(work.record_type)._unindex(work.session, loser.id)


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


def undo_merge(crm: "Crm", merge_id: str, *, actor: str) -> UndoResult:
    """Undo a merge (see the module docstring for what is refused and what is skipped)."""
    with crm.db.transaction() as session:
        record = session.get(MergeRecord, merge_id, with_for_update=True)
        if record is None:
            raise NotFoundError("merge", merge_id)
        if record.undone_at is not None:
            raise ValidationError([FieldProblem("merge_id", "merge.already_undone", merge_id)])
        model = MERGEABLE[record.record_type]
        survivor, loser = session.get(model, record.survivor_id), session.get(model, record.loser_id)
        snapshot = json.loads(record.snapshot)
        restore = _check_undoable(crm, record.record_type, survivor, loser, snapshot)
        work = _Merging(crm, session, record.record_type, actor)
        _restore_fields(work, survivor, restore)
        moved_back, rows = _move_back(work, snapshot, survivor.id, loser.id)
        _revive_tombstoned(work, snapshot)
        _revive_loser(work, loser, survivor.id)
        work.touch(survivor)
        work.reindex([survivor, loser, *rows])
        record.undone_at, record.undone_by = utcnow(), actor
        return UndoResult(work.changes, sorted(restore), moved_back, work.kept)


def _check_undoable(crm: "Crm", record_type: str, survivor: Any, loser: Any,
                    snapshot: dict[str, Any]) -> dict[str, Any]:
    """The survivor fields to restore ({field: encoded old value}), or raise if undo would lose edits."""
    if survivor is None or survivor.deleted_at is not None or survivor.merged_into is not None:
        raise MergeUndoError("merge.undo_survivor_gone")
    if loser is None or loser.merged_into != survivor.id:
        raise MergeUndoError("merge.undo_loser_changed")
    before, after = snapshot["survivor_before"], snapshot["survivor_after"]
    current = _encoded(crm.service(record_type)._loggable(survivor))
    changed = [k for k in after if after[k] != before.get(k)]
    conflicts = [k for k in changed if current.get(k) != after[k]]
    if conflicts:
        raise MergeUndoError("merge.undo_conflict", conflicts)
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
        if item.get("is_primary"):
            row.is_primary = True
            work.recorder.updated(row.__tablename__, row.id, "is_primary", False, True)
        work.repoint(row, item["column"], survivor_id, loser_id)
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
