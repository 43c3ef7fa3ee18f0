"""Duplicate proposals for an import: within the file and against the database, never merged here.

Keys: normalised email, E.164 phone, display name + company key (contacts); 法人番号 and company key
(organizations). Database lookups are batched: one query per key kind per 500 values, not per row.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from sapporo_mice.models import Contact, ContactEmail, ContactPhone, Organization, Student
from sapporo_mice.text import compact

CHUNK = 500


@dataclass(frozen=True)
class Known:
    record_type: str
    id: str | None  # None: an earlier row of the same file
    name: str
    row: int | None = None


@dataclass
class Keys:
    """The duplicate keys of one planned record: (reason, key) pairs."""

    record_type: str
    pairs: list[tuple[str, str]] = field(default_factory=list)

    def add(self, reason: str, key: str | None) -> None:
        if key:
            self.pairs.append((reason, key))


def _chunks(values: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(values), CHUNK):
        yield values[start:start + CHUNK]


def _live(model):
    return (model.deleted_at.is_(None), model.merged_into.is_(None))


def existing(session: Session, record_type: str, wanted: dict[str, set[str]]) -> dict[tuple[str, str], Known]:
    """(reason, key) -> the existing record, for every key of ``wanted`` (reason -> keys) found."""
    found: dict[tuple[str, str], Known] = {}
    for reason, keys in wanted.items():
        lookup = _LOOKUPS.get((record_type, reason))
        if lookup is None or not keys:
            continue
        for chunk in _chunks(sorted(keys)):
            for key, record_id, name in lookup(session, chunk):
                found.setdefault((reason, key), Known(record_type, record_id, name))
    return found


def _by_email(session: Session, keys: list[str]):
    stmt = (select(ContactEmail.normalized, Contact.id, Contact.display_name)
            .join(Contact, Contact.id == ContactEmail.contact_id)
            .where(ContactEmail.normalized.in_(keys), ContactEmail.deleted_at.is_(None), *_live(Contact)))
    return session.execute(stmt).all()


def _by_phone(session: Session, keys: list[str]):
    stmt = (select(ContactPhone.e164, Contact.id, Contact.display_name)
            .join(Contact, Contact.id == ContactPhone.contact_id)
            .where(ContactPhone.e164.in_(keys), ContactPhone.deleted_at.is_(None), *_live(Contact)))
    return session.execute(stmt).all()


def _by_name_and_org(session: Session, keys: list[str]):
    """Keys are ``name|company_key``; the query narrows by company key, the name compares in Python."""
    by_org = {k.split("|", 1)[1] for k in keys}
    stmt = (select(Contact.display_name, Organization.name_key, Contact.id)
            .join(Organization, Organization.id == Contact.organization_id)
            .where(Organization.name_key.in_(by_org), *_live(Contact)))
    wanted = set(keys)
    rows = []
    for name, org_key, contact_id in session.execute(stmt):
        key = f"{compact(name)}|{org_key}"
        if key in wanted:
            rows.append((key, contact_id, name))
    return rows


def _org_column(column):
    def lookup(session: Session, keys: list[str]):
        stmt = select(column, Organization.id, Organization.name).where(column.in_(keys), *_live(Organization))
        return session.execute(stmt).all()
    return lookup


def _student_email(session: Session, keys: list[str]):
    stmt = select(Student.email, Student.id, Student.display_name).where(Student.email.in_(keys), *_live(Student))
    return session.execute(stmt).all()


_LOOKUPS = {
    ("contact", "email"): _by_email,
    ("contact", "phone"): _by_phone,
    ("contact", "name_org"): _by_name_and_org,
    ("organization", "corporate_number"): _org_column(Organization.corporate_number),
    ("organization", "company_key"): _org_column(Organization.name_key),
    ("student", "email"): _student_email,
}
