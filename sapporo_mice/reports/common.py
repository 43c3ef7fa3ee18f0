"""What several packs show the same way: phones for abroad, people's names, the last contact with a record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import phonenumbers
from sqlalchemy import select
from sqlalchemy.orm import Session

from sapporo_mice import formats
from sapporo_mice.identity import live
from sapporo_mice.models import Activity, Contact, ContactEmail, ContactPhone, Organization, Task
from sapporo_mice.validation.phones import from_e164


def org_name(org: Organization | None, lang: str) -> str:
    """A company's name for a reader of ``lang`` (:func:`sapporo_mice.formats.name`); "" for none."""
    return formats.name(org.name, org.name_en, lang, org.name_ja) if org is not None else ""


def international_phone(e164: str | None, raw: str | None) -> str:
    """``+81 11-222-3333``: what a phone abroad can dial; the raw text when it never parsed."""
    if not e164:
        return raw or ""
    try:
        return phonenumbers.format_number(from_e164(e164), phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    except phonenumbers.NumberParseException:
        return raw or e164


def primary_email(session: Session, contact_id: str) -> str:
    """The contact's primary (else first) live e-mail address ("" without one)."""
    return first_emails(session, [contact_id]).get(contact_id, "")


def primary_phone(session: Session, contact_id: str) -> tuple[str | None, str]:
    """(E.164, raw) of the contact's primary (else first) live phone; (None, "") without one."""
    return first_phones(session, [contact_id]).get(contact_id, (None, ""))


def by_id(session: Session, model: type, ids: Iterable[str | None], *columns: Any) -> dict[str, Any]:
    """The rows of ``model`` with these ids, in a few queries (a 100-page pack reads thousands): whole
    records, or only ``columns`` and the id as named rows (several times quicker to read)."""
    wanted = sorted({i for i in ids if i})
    found: dict[str, Any] = {}
    for chunk in _chunks(wanted, 500):
        if columns:
            found.update({row.id: row for row in session.execute(select(model.id, *columns)
                                                                 .where(model.id.in_(chunk)))})
        else:
            found.update({row.id: row for row in session.scalars(select(model).where(model.id.in_(chunk)))})
    return found


def first_emails(session: Session, contact_ids: Iterable[str]) -> dict[str, str]:
    """Each contact's primary (else first) live e-mail address."""
    found: dict[str, str] = {}
    for chunk in _chunks(sorted(set(contact_ids)), 500):
        stmt = (select(ContactEmail.contact_id, ContactEmail.email)
                .where(ContactEmail.contact_id.in_(chunk), ContactEmail.deleted_at.is_(None))
                .order_by(ContactEmail.contact_id, ContactEmail.is_primary.desc(), ContactEmail.created_at,
                          ContactEmail.id))
        for contact_id, email in session.execute(stmt):
            found.setdefault(contact_id, email)
    return found


def first_phones(session: Session, contact_ids: Iterable[str]) -> dict[str, tuple[str | None, str]]:
    """Each contact's primary (else first) live phone as (E.164, raw)."""
    found: dict[str, tuple[str | None, str]] = {}
    for chunk in _chunks(sorted(set(contact_ids)), 500):
        stmt = (select(ContactPhone.contact_id, ContactPhone.e164, ContactPhone.raw)
                .where(ContactPhone.contact_id.in_(chunk), ContactPhone.deleted_at.is_(None))
                .order_by(ContactPhone.contact_id, ContactPhone.is_primary.desc(), ContactPhone.created_at,
                          ContactPhone.id))
        for contact_id, e164, raw in session.execute(stmt):
            found.setdefault(contact_id, (e164, raw))
    return found


def last_activities(session: Session, targets: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Activity]:
    """The newest live activity on each of ``targets`` ((record type, id) pairs) that has one."""
    found: dict[tuple[str, str], Activity] = {}
    for record_type, record_ids in _grouped(list(targets)).items():
        for chunk in _chunks(sorted(set(record_ids)), 500):
            stmt = (select(Activity).where(Activity.record_type == record_type, Activity.record_id.in_(chunk),
                                           *live(Activity))
                    .order_by(Activity.occurred_at.desc(), Activity.id.desc()))
            for activity in session.scalars(stmt):
                found.setdefault((record_type, activity.record_id), activity)
    return found


def contacts_of(session: Session, organization_id: str, limit: int = 50) -> list[Contact]:
    stmt = (select(Contact).where(Contact.organization_id == organization_id, *live(Contact))
            .order_by(Contact.sort_key, Contact.id).limit(limit))
    return list(session.scalars(stmt))


def open_tasks(session: Session, targets: list[tuple[str, str]], limit: int = 200) -> list[Task]:
    """Open tasks on any of ``targets``, soonest due first (undated last)."""
    found: dict[str, Task] = {}
    for record_type, record_ids in _grouped(targets).items():
        for chunk in _chunks(record_ids, 500):
            stmt = select(Task).where(Task.record_type == record_type, Task.record_id.in_(chunk), Task.done.is_(False),
                                      *live(Task))
            for task in session.scalars(stmt):
                found[task.id] = task
    far = dt.date.max
    return sorted(found.values(), key=lambda t: (t.due_on or far, t.title, t.id))[:limit]


def _grouped(targets: list[tuple[str, str]]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for record_type, record_id in targets:
        grouped.setdefault(record_type, []).append(record_id)
    return grouped


def _chunks(values: list[Any], size: int) -> list[list[Any]]:
    return [values[i:i + size] for i in range(0, len(values), size)]


def split_list(value: str | None) -> list[str]:
    """A free-text list ("a, b、c\\nd") as its items."""
    if not value:
        return []
    for separator in ("、", "\n", ";", "；"):
        value = value.replace(separator, ",")
    return [item.strip() for item in value.split(",") if item.strip()]


def code_labels(value: str | None, enum_name: str, lang: str) -> list[str]:
    """A set of codes stored as tags are (",halal,haccp,") as their labels in ``lang``."""
    from sapporo_mice.labels import enum_label

    return [enum_label(enum_name, code, lang) for code in (value or "").split(",") if code.strip()]
