"""Leads: the follow-up pipeline, with booth captures stamped in the fair's time zone."""

from __future__ import annotations

from typing import Any

from sapporo_mice.errors import FieldProblem
from sapporo_mice.labels import LEAD_SOURCES, suggested_words
from sapporo_mice.models import Contact, Fair, Lead, LeadKind, LeadStatus, Organization, Rating
from sapporo_mice.services import fields as f
from sapporo_mice.services.base import RecordService, Related, SearchDoc, linked_name


class LeadService(RecordService):
    record_type = "lead"
    model = Lead
    name_columns = ("title",)
    shown_references = (("contact_id", Contact), ("organization_id", Organization))
    fields = {
        "title": f.text(300, required=True),
        "kind": f.choice(LeadKind),
        "source": f.suggested(LEAD_SOURCES, 200),
        "status": f.choice(LeadStatus),
        "owner": f.text(120),
        "rating": f.choice(Rating),
        "contact_id": f.ref("contact"),
        "organization_id": f.ref("organization"),
        "fair_id": f.ref("fair"),
        "interest_organization_id": f.ref("organization"),
        "captured_at": f.datetime(),
        "captured_tz": f.timezone(),
        "interest": f.text(5000),
        "next_action": f.text(500),
        "follow_up_on": f.date(),
        "pillars": f.pillars(),
        "tags": f.tags(),
        "notes": f.text(20000),
    }

    def derive(self, row: Lead, cleaned: dict[str, Any], related: Related) -> list[FieldProblem]:
        row.kind = row.kind or LeadKind.OTHER
        row.status = row.status or LeadStatus.NEW
        if row.captured_at is not None and not row.captured_tz and row.fair_id:
            fair = related.fetch(Fair, row.fair_id)
            row.captured_tz = fair.timezone if fair else None
        return []

    def search_doc(self, row: Lead, related: Related) -> SearchDoc:
        contact = related.fetch(Contact, row.contact_id)
        org = related.fetch(Organization, row.organization_id)
        subtitle = " · ".join(x for x in (contact.display_name if contact else None, org.name if org else None) if x)
        return SearchDoc(row.title, subtitle, [row.interest, row.next_action, *suggested_words(LEAD_SOURCES, row.source),
                                               row.tags, contact.latin_name if contact else None])

    def shown_subtitle(self, row: Lead, related: Related, lang: str) -> str | None:
        # Who, and their company as the reader knows it (an English name in English).
        contact = related.fetch(Contact, row.contact_id)
        company = linked_name(related, Organization, row.organization_id, lang)
        return " · ".join(x for x in (contact.display_name if contact else None, company) if x)
