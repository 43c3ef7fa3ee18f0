"""The quick duplicate check while someone types a person in: same email, same phone, or same name + organization.

Each rule is one indexed lookup (``contact_emails.normalized``, ``contact_phones.e164``,
``organizations.name_key``), so it is cheap enough to run after every pause in typing. Merging is a
separate, deliberate step; this only names candidates.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sapporo_mice.database import Database
from sapporo_mice.models import Contact, ContactEmail, ContactPhone, Organization
from sapporo_mice.text import company_key, compact
from sapporo_mice.validation import FieldInvalid, clean_email, normalize_email, parse_phone


@dataclass(frozen=True)
class DuplicateCandidate:
    """A live contact that looks like the one being typed; ``reason`` is ``email``, ``phone`` or ``name_org``."""

    contact_id: str
    display_name: str
    organization_name: str | None
    reason: str


def find_live_duplicates(db: Database, *, email: str | None = None, phone: str | None = None,
                         name: str | None = None, organization: str | None = None,
                         regions: tuple[str | None, ...] = (), limit: int = 5) -> list[DuplicateCandidate]:
    """Contacts matching any rule, best reason first (email, phone, name + organization), each once."""
    found: dict[str, DuplicateCandidate] = {}
    with db.reading() as session:
        for reason, ids in (("email", _by_email(session, email)), ("phone", _by_phone(session, phone, regions)),
                            ("name_org", _by_name_and_org(session, name, organization))):
            for contact_id in ids:
                if contact_id not in found and len(found) < limit:
                    found[contact_id] = _candidate(session, contact_id, reason)
    return list(found.values())


def _live_contacts():
    return select(Contact.id).where(Contact.deleted_at.is_(None), Contact.merged_into.is_(None))


def _by_email(session: Session, email: str | None) -> list[str]:
    try:
        address = clean_email(email)
    except FieldInvalid:
        return []
    if not address:
        return []
    stmt = _live_contacts().join(ContactEmail, ContactEmail.contact_id == Contact.id).where(
        ContactEmail.normalized == normalize_email(address), ContactEmail.deleted_at.is_(None))
    return list(session.scalars(stmt.limit(10)))


def _by_phone(session: Session, phone: str | None, regions: tuple[str | None, ...]) -> list[str]:
    parsed = parse_phone(phone or "", *regions)
    if not parsed.e164:
        return []
    stmt = _live_contacts().join(ContactPhone, ContactPhone.contact_id == Contact.id).where(
        ContactPhone.e164 == parsed.e164, ContactPhone.deleted_at.is_(None))
    return list(session.scalars(stmt.limit(10)))


def _by_name_and_org(session: Session, name: str | None, organization: str | None) -> list[str]:
    """Same organization (legal form ignored) and the same name in any of its written forms."""
    wanted, org_key = compact(name), company_key(organization)
    if not wanted or not org_key:
        return []
    stmt = (
        select(Contact.id, Contact.display_name, Contact.latin_name, Contact.family_name, Contact.given_name)
        .join(Organization, Organization.id == Contact.organization_id)
        .where(Organization.name_key == org_key, Organization.deleted_at.is_(None),
               Contact.deleted_at.is_(None), Contact.merged_into.is_(None))
        .limit(500)
    )
    return [row.id for row in session.execute(stmt) if wanted in _name_forms(row)]


def _name_forms(row) -> set[str]:
    forms = {compact(row.display_name), compact(row.latin_name)}
    forms.add(compact((row.family_name or "") + (row.given_name or "")))
    forms.add(compact((row.given_name or "") + (row.family_name or "")))
    return {f for f in forms if f}


def _candidate(session: Session, contact_id: str, reason: str) -> DuplicateCandidate:
    contact = session.get(Contact, contact_id)
    org = session.get(Organization, contact.organization_id) if contact.organization_id else None
    return DuplicateCandidate(contact.id, contact.display_name, org.name if org else None, reason)
