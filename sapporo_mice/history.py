"""A record's history, read from the change log: who changed which field, when, from what, to what.

Plain dataclasses for the UI's history tab and the conflict prompt. A contact's history also covers
its emails and phones (child rows in their own tables), folded into pseudo-fields ``emails`` and
``phones`` so that a reader sees "phone added: +81…" on the contact itself.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, tuple_

from sapporo_mice.changelog import decode_value
from sapporo_mice.models import ChangeLogEntry, ContactEmail, ContactPhone

if TYPE_CHECKING:
    from sapporo_mice.store import Store

# Child tables whose rows belong to a parent record: (model, parent column, pseudo-field, value column, the
# pseudo-field of the child that is the primary one).
_CHILDREN = {
    "contact": ((ContactEmail, "contact_id", "emails", "email", "primary_email"),
                (ContactPhone, "contact_id", "phones", "raw", "primary_phone")),
}


@dataclass(frozen=True)
class HistoryEntry:
    """One change: ``op`` is insert/update/delete/restore/merge; ``field`` is None for a whole-record op."""

    at: dt.datetime
    user: str
    op: str
    field: str | None
    old: Any
    new: Any


def record_history(store: Store, record_type: str, record_id: str, *, limit: int = 500) -> list[HistoryEntry]:
    """The changes to one record (and its child rows), newest first."""
    table = store.services[record_type].model.__tablename__
    with store.reading() as session:
        keys = [(table, record_id)]
        labels: dict[tuple[str, str], _Child] = {}
        for model, parent, pseudo, column, primary in _CHILDREN.get(record_type, ()):
            stmt = select(model.id, getattr(model, column)).where(getattr(model, parent) == record_id)
            for child_id, value in session.execute(stmt):
                keys.append((model.__tablename__, child_id))
                labels[(model.__tablename__, child_id)] = _Child(pseudo, value, parent, primary, record_id)
        stmt = (
            select(ChangeLogEntry)
            .where(tuple_(ChangeLogEntry.table_name, ChangeLogEntry.row_id).in_(keys))
            .order_by(ChangeLogEntry.seq.desc())
            .limit(limit)
        )
        rows = list(session.scalars(stmt))
        elsewhere = _while_elsewhere(rows, labels)
        return [_entry(row, labels.get((row.table_name, row.row_id))) for row in rows if row.seq not in elsewhere]


def latest_field_changes(store: Store, record_type: str, record_id: str) -> dict[str, HistoryEntry]:
    """For each field of the record, its most recent change (for "who changed it, when")."""
    latest: dict[str, HistoryEntry] = {}
    for entry in record_history(store, record_type, record_id, limit=2000):
        if entry.field and entry.op == "update":
            latest.setdefault(entry.field, entry)
    return latest


def _while_elsewhere(rows: list[ChangeLogEntry], labels: dict[tuple[str, str], _Child]) -> set[int]:
    """The entries of child rows made while they belonged to another record: an address a merge brought here was
    added to the other person first, and that is the other person's history. A move reads here only if it
    brings the row here or takes it away. ``rows`` are newest first; a row whose first entries are past the
    limit counts as this record's until an entry says otherwise."""
    hidden: set[int] = set()
    belongs: dict[tuple[str, str], Any] = {}
    for row in reversed(rows):
        key = (row.table_name, row.row_id)
        child = labels.get(key)
        if child is None:
            continue
        if row.op == "update" and row.field == child.parent:
            if child.owner not in (decode_value(row.base_value), decode_value(row.new_value)):
                hidden.add(row.seq)
            belongs[key] = decode_value(row.new_value)
            continue
        if row.op == "insert":  # a purged entry's values are blanked: it says nothing of where it was
            belongs[key] = _payload(row.new_value).get(child.parent, child.owner)
        if belongs.get(key, child.owner) != child.owner:
            hidden.add(row.seq)
    return hidden


@dataclass(frozen=True)
class _Child:
    """How a child row's entries read on its parent (``owner``): its list's pseudo-field and its value (an
    address, a number), the column naming its parent, and the pseudo-field of being the primary one."""

    pseudo: str
    value: Any
    parent: str
    primary: str
    owner: str


def _entry(row: ChangeLogEntry, child: _Child | None) -> HistoryEntry:
    if child is not None:
        return _child_entry(row, child)
    if row.op == "insert":
        return HistoryEntry(row.at, row.user, row.op, None, None, _payload(row.new_value))
    field = row.field if row.op == "update" else None
    return HistoryEntry(row.at, row.user, row.op, field, decode_value(row.base_value), decode_value(row.new_value))


def _child_entry(row: ChangeLogEntry, child: _Child) -> HistoryEntry:
    """A child row's insert reads as "value added" and its delete as "value removed" on the parent; so do a
    merge moving it to this parent and an undone merge moving it away (not as two ids). Its becoming the
    primary one reads as the primary pseudo-field set to its value, and its losing that mark as the value
    taken from it (an address put first is added as the primary one, so its own entry reads "added")."""
    if row.op == "insert":
        return HistoryEntry(row.at, row.user, "update", child.pseudo, None, child.value)
    if row.op == "delete":
        return HistoryEntry(row.at, row.user, "update", child.pseudo, child.value, None)
    if row.op == "update" and row.field == child.parent:
        moved_in = decode_value(row.new_value) == child.owner
        return HistoryEntry(row.at, row.user, "update", child.pseudo, None if moved_in else child.value,
                            child.value if moved_in else None)
    if row.op == "update" and row.field == "is_primary":
        gained = bool(decode_value(row.new_value))
        return HistoryEntry(row.at, row.user, "update", child.primary, None if gained else child.value,
                            child.value if gained else None)
    return HistoryEntry(row.at, row.user, row.op, child.pseudo, decode_value(row.base_value),
                        decode_value(row.new_value))


def _payload(text: str | None) -> dict[str, Any]:
    return json.loads(text) if text else {}
