"""A batched write (``create_in(flush=False, record=False)``, as the importer uses) stores exactly what
the ordinary service write stores: the same rows, change-log payloads and search rows."""

from __future__ import annotations

import json

from sqlalchemy import select

from sapporo_mice.models import ChangeLogEntry, Contact, ContactEmail, ContactPhone, Lead, Organization, SearchEntry

SKIP = {"id", "created_at", "updated_at", "contact_id", "organization_id", "record_id", "rid"}
ID_KEYS = ("contact_id", "organization_id")


def _write(crm, batched: bool, tag: str) -> None:
    options = {"flush": False, "record": False} if batched else {}
    with crm.db.transaction() as session:
        org = crm.organizations.create_in(session, {"name": f"Lim Trading Pte. Ltd. {tag}", "country": "SG",
                                                    "phone_raw": "6123 4567"}, actor="t", **options)
        contact = crm.contacts.create_in(session, {
            "family_name": "Tan", "given_name": tag, "country": "SG", "organization_id": org.id,
            "emails": [f"{tag}@lim.sg", {"email": f"{tag}.home@lim.sg", "kind": "home"}],
            "phones": ["+65 9123 4567", {"raw": "not a phone", "kind": "mobile"}]}, actor="t", **options)
        crm.leads.create_in(session, {"title": f"Lead {tag}", "contact_id": contact.id, "organization_id": org.id,
                                      "rating": "A"}, actor="t", **options)


def _plain(row, tag: str) -> dict:
    values = {c.key: getattr(row, c.key) for c in row.__table__.columns if c.key not in SKIP}
    return {k: (v.replace(tag, "X") if isinstance(v, str) else v) for k, v in values.items()}


def _stored(crm, tag: str) -> dict:
    with crm.db.reading() as session:
        org = session.scalar(select(Organization).where(Organization.name.like(f"%{tag}")))
        contact = session.scalar(select(Contact).where(Contact.organization_id == org.id))
        ids = {org.id: "org", contact.id: "contact"}
        lead = session.scalar(select(Lead).where(Lead.contact_id == contact.id))
        ids[lead.id] = "lead"
        children = [*session.scalars(select(ContactEmail).where(ContactEmail.contact_id == contact.id)),
                    *session.scalars(select(ContactPhone).where(ContactPhone.contact_id == contact.id))]
        ids.update({c.id: f"{c.__tablename__}.{c.is_primary}" for c in children})
        log = session.scalars(select(ChangeLogEntry).where(ChangeLogEntry.row_id.in_(ids))
                              .order_by(ChangeLogEntry.device_seq))
        search = session.scalars(select(SearchEntry).where(SearchEntry.record_id.in_(ids)))
        return {
            "rows": sorted(((type(r).__name__, sorted(_plain(r, tag).items(), key=str))
                           for r in (org, contact, lead, *children)), key=repr),
            "log": sorted(((e.table_name, ids[e.row_id], e.op, _payload(e.new_value, tag)) for e in log), key=repr),
            "search": sorted(((e.record_type, _plain(e, tag)["title"], _plain(e, tag)["text"]) for e in search), key=repr),
        }


def _payload(text: str | None, tag: str) -> str | None:
    if text is None:
        return None
    values = {k: v for k, v in json.loads(text.replace(tag, "X")).items() if k not in ID_KEYS}
    return json.dumps(values, sort_keys=True)


def test_batched_create_stores_what_the_service_write_stores(crm):
    _write(crm, batched=False, tag="aaaa")
    _write(crm, batched=True, tag="bbbb")
    assert _stored(crm, "bbbb") == _stored(crm, "aaaa")


def test_batched_create_numbers_the_change_log_without_gaps(crm):
    _write(crm, batched=True, tag="cccc")
    _write(crm, batched=True, tag="dddd")
    with crm.db.reading() as session:
        seqs = list(session.scalars(select(ChangeLogEntry.device_seq).order_by(ChangeLogEntry.device_seq)))
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs))) and len(seqs) == 14
