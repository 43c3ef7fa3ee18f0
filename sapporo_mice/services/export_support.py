"""Export support for local companies: profile, target markets, needs, consultations, expansion cases."""

from __future__ import annotations

from sapporo_mice.models import (
    CompanyProfile,
    Consultation,
    ExpansionCase,
    ExpansionKind,
    ExportStage,
    MarketStatus,
    Organization,
    SupportArea,
    SupportNeed,
    TargetMarket,
)
from sapporo_mice.services import fields as f
from sapporo_mice.services.base import RecordService, Related, SearchDoc


def _org_name(related: Related, org_id: str) -> str:
    org = related.fetch(Organization, org_id)
    return org.name if org else "?"


class CompanyProfileService(RecordService):
    record_type = "company_profile"
    model = CompanyProfile
    name_columns = ("organization_id",)
    unique = (("organization_id",),)
    fields = {
        "organization_id": f.ref("organization", required=True),
        "stage": f.choice(ExportStage),
        "products": f.text(5000),
        "certifications": f.text(500),
        "notes": f.text(20000),
    }


class TargetMarketService(RecordService):
    record_type = "target_market"
    model = TargetMarket
    name_columns = ("country",)
    fields = {
        "organization_id": f.ref("organization", required=True),
        "country": f.country(required=True),
        "priority": f.integer(1, 3),
        "status": f.choice(MarketStatus),
    }


class SupportNeedService(RecordService):
    record_type = "support_need"
    model = SupportNeed
    name_columns = ("area",)
    fields = {
        "organization_id": f.ref("organization", required=True),
        "area": f.choice(SupportArea, required=True),
        "description": f.text(5000),
        "resolved": f.flag(),
    }


class ConsultationService(RecordService):
    record_type = "consultation"
    model = Consultation
    name_columns = ("summary",)
    default_order = "held_at"
    fields = {
        "organization_id": f.ref("organization", required=True),
        "held_at": f.datetime(required=True),
        "area": f.choice(SupportArea, required=True),
        "country": f.country(),
        "advisor": f.text(200),
        "summary": f.text(20000, required=True),
        "outcome": f.text(20000),
    }

    def search_doc(self, row: Consultation, related: Related) -> SearchDoc:
        return SearchDoc(row.summary[:120], _org_name(related, row.organization_id), [row.outcome, row.advisor])


class ExpansionCaseService(RecordService):
    record_type = "expansion_case"
    model = ExpansionCase
    name_columns = ("description",)
    default_order = "occurred_on"
    fields = {
        "organization_id": f.ref("organization", required=True),
        "country": f.country(required=True),
        "kind": f.choice(ExpansionKind, required=True),
        "occurred_on": f.date(required=True),
        "value_jpy": f.money(),
        "description": f.text(5000),
    }
