"""Quick lead entry: a person, their company and a lead from a handful of fields, in ONE transaction.

Used by the desktop's Ctrl+N dialog (and usable from the CLI or tests). The company is reused when
a live organization has the same name (legal form ignored, ``company_key``) and created otherwise;
the contact is created unless the caller picked an existing one (``contact_id``, e.g. after the
duplicate warning), which then gets the email and phone typed (nothing typed is lost) and, when no
company was typed, lends the lead its company. Problems are reported on the quick form's own field names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sapporo_mice.changes import Changes
from sapporo_mice.errors import FieldProblem, ValidationError
from sapporo_mice.models import Organization, OrgKind
from sapporo_mice.text import company_key

if TYPE_CHECKING:
    from sapporo_mice.crm import Crm

QUICK_FIELDS = ("name", "company", "email", "phone", "country", "interest", "rating", "follow_up_on")

# Where a service's field problem shows on the quick form.
_FIELD_MAP = {
    "organization": {"name": "company", "country": "country"},
    "contact": {"family_name": "name", "latin_name": "name", "display_name": "name", "country": "country"},
    "lead": {"title": "name", "interest": "interest", "rating": "rating", "follow_up_on": "follow_up_on"},
}


@dataclass
class QuickLead:
    lead_id: str
    contact_id: str
    organization_id: str | None
    organization_created: bool
    changes: Changes
    warnings: list[FieldProblem] = field(default_factory=list)


def create_quick_lead(crm: "Crm", values: dict[str, Any], *, actor: str) -> QuickLead:
    """Create organization (if new) + contact (unless given) + lead, all or nothing."""
    if not (values.get("name") or "").strip() and not values.get("contact_id"):
        raise ValidationError([FieldProblem("name", "field.required", values.get("name"))])
    with crm.db.transaction() as session:
        changes, warnings = Changes(), []
        org_id, org_created = _organization(crm, session, values, actor, changes)
        if values.get("contact_id"):  # picked after the duplicate warning: it gets what was typed for it
            contact_id, contact_org = _existing_contact(crm, session, values, actor, changes, warnings)
            org_id = org_id or contact_org  # no company typed: the lead is with the person's company
        else:
            contact_id = _contact(crm, session, values, org_id, actor, changes, warnings)
        lead = _write(crm, session, "lead", _lead_values(values, contact_id, org_id), actor)
        changes.merge(lead.changes)
        return QuickLead(lead.id, contact_id, org_id, org_created, changes, warnings)


def _organization(crm: "Crm", session: Session, values: dict[str, Any], actor: str,
                  changes: Changes) -> tuple[str | None, bool]:
    name = (values.get("company") or "").strip()
    if not name:
        return None, False
    existing = existing_organization(session, name)
    if existing:
        return existing, False
    saved = _write(crm, session, "organization", {"name": name, "country": values.get("country"),
                                                 "kind": _org_kind(values)}, actor)
    changes.merge(saved.changes)
    return saved.id, True


def existing_organization(session: Session, name: str) -> str | None:
    """The one live organization whose name matches ``name`` with the legal form ignored, if exactly one."""
    key = company_key(name)
    if not key:
        return None
    stmt = select(Organization.id).where(Organization.name_key == key, Organization.deleted_at.is_(None),
                                         Organization.merged_into.is_(None)).limit(2)
    found = list(session.scalars(stmt))
    return found[0] if len(found) == 1 else None


def _org_kind(values: dict[str, Any]) -> str:
    country = (values.get("country") or "").upper()
    return OrgKind.LOCAL_COMPANY.value if country in ("", "JP") else OrgKind.OVERSEAS_BUYER.value


def _contact(crm: "Crm", session: Session, values: dict[str, Any], org_id: str | None, actor: str,
             changes: Changes, warnings: list[FieldProblem]) -> str:
    contact = {**split_name(values["name"]), "organization_id": org_id, "country": values.get("country"),
               "emails": [values["email"]] if values.get("email") else [],
               "phones": [values["phone"]] if values.get("phone") else [],
               "default_region": values.get("default_region")}
    saved = _write(crm, session, "contact", contact, actor)
    changes.merge(saved.changes)
    warnings.extend(FieldProblem("phone" if w.field.startswith("phones") else w.field, w.code, w.value, w.params)
                    for w in saved.warnings)
    return saved.id


def _existing_contact(crm: "Crm", session: Session, values: dict[str, Any], actor: str, changes: Changes,
                      warnings: list[FieldProblem]) -> tuple[str, str | None]:
    try:
        saved = crm.contacts.add_details_in(session, values["contact_id"], email=values.get("email"),
                                            phone=values.get("phone"), default_region=values.get("default_region"),
                                            actor=actor)
    except ValidationError as exc:
        raise ValidationError([form_problem(p, _FIELD_MAP["contact"]) for p in exc.problems]) from exc
    changes.merge(saved.changes)
    warnings.extend(form_problem(w, _FIELD_MAP["contact"]) for w in saved.warnings)
    return saved.id, saved.record["organization_id"]


def split_name(name: str) -> dict[str, str]:
    """Japanese-style names (CJK) are family-first; Latin names keep their written form as ``latin_name``."""
    text = " ".join(name.split())
    parts = text.split(" ")
    if any(ord(ch) > 0x2E80 for ch in text):
        return {"family_name": parts[0], "given_name": " ".join(parts[1:])} if len(parts) > 1 else {"family_name": text}
    if len(parts) > 1:
        return {"latin_name": text, "given_name": " ".join(parts[:-1]), "family_name": parts[-1]}
    return {"latin_name": text}


def _lead_values(values: dict[str, Any], contact_id: str, org_id: str | None) -> dict[str, Any]:
    title = " — ".join(x for x in ((values.get("name") or "").strip(), (values.get("company") or "").strip()) if x)
    lead = {"title": title or (values.get("interest") or "").strip()[:300], "contact_id": contact_id,
            "organization_id": org_id, "interest": values.get("interest"), "rating": values.get("rating"),
            "follow_up_on": values.get("follow_up_on")}
    for key in ("fair_id", "kind", "source", "owner", "captured_at"):
        if values.get(key):
            lead[key] = values[key]
    return lead


def _write(crm: "Crm", session: Session, record_type: str, values: dict[str, Any], actor: str):
    """Create through the type's service, naming problems by the quick form's fields."""
    try:
        return crm.service(record_type).create_in(session, values, actor=actor)
    except ValidationError as exc:
        raise ValidationError([form_problem(p, _FIELD_MAP[record_type]) for p in exc.problems]) from exc


def form_problem(problem: FieldProblem, names: dict[str, str]) -> FieldProblem:
    """``problem`` renamed to the form field that shows it (a contact's ``emails[0]`` is the form's ``email``)."""
    name = problem.field
    if name.startswith("emails"):
        name = "email"
    elif name.startswith("phones"):
        name = "phone"
    else:
        name = names.get(name, name)
    return FieldProblem(name, problem.code, problem.value, problem.params)
