"""MICE: meeting series and bids, with the bid pipeline's stage history."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sapporo_mice.errors import FieldProblem
from sapporo_mice.models import Bid, BidStage, BidStageChange, Frequency, MeetingSeries, MeetingType, Organization
from sapporo_mice.services import fields as f
from sapporo_mice.services.base import RecordService, Related, SearchDoc, check_date_order
from sapporo_mice.services.stages import StagedRecordService

if TYPE_CHECKING:
    from sapporo_mice.store import Unit


class MeetingSeriesService(RecordService):
    record_type = "meeting_series"
    model = MeetingSeries
    name_columns = ("name", "acronym", "name_ja")
    default_order = "name"
    fields = {
        "name": f.text(300, required=True),
        "name_ja": f.text(300),
        "acronym": f.text(40),
        "association_id": f.ref("organization"),
        "frequency": f.choice(Frequency),
        "rotation_area": f.text(200),
        "rotation_pattern": f.text(300),
        "preferred_month": f.integer(1, 12),
        "typical_delegates": f.integer(0),
        "first_year": f.integer(1800, 2200),
        "notes": f.text(20000),
    }

    def search_doc(self, row: MeetingSeries, related: Related) -> SearchDoc:
        association = related.fetch(Organization, row.association_id)
        return SearchDoc(row.name, row.acronym, [row.name_ja, association.name if association else None,
                                                 row.rotation_area])


class BidService(StagedRecordService):
    record_type = "bid"
    model = Bid
    stage_model = BidStageChange
    parent_key = "bid_id"
    name_columns = ("name",)
    default_order = "bid_deadline"
    fields = {
        "name": f.text(300, required=True),
        "series_id": f.ref("meeting_series"),
        "meeting_type": f.choice(MeetingType),
        "edition_year": f.integer(1900, 2200),
        "starts_on": f.date(),
        "ends_on": f.date(),
        "delegates_international": f.integer(0),
        "delegates_domestic": f.integer(0),
        "accompanying": f.integer(0),
        "days": f.integer(0, 366),
        "venue_id": f.ref("organization"),
        "stage": f.choice(BidStage),
        "probability": f.integer(0, 100),
        "bid_deadline": f.date(),
        "decision_on": f.date(),
        "decision_body": f.text(300),
        "competitors": f.text(500),
        "host_contact_id": f.ref("contact"),
        "association_contact_id": f.ref("contact"),
        "support_offered": f.text(20000),
        "outcome_reason": f.text(20000),
        "economic_impact_jpy": f.money(),
        "impact_parameters": f.text(5000),
        "owner": f.text(120),
        "pillars": f.pillars(),
        "tags": f.tags(),
        "notes": f.text(20000),
    }

    def validate_record(self, unit: Unit, cleaned: dict[str, Any], problems: list[FieldProblem]) -> None:
        check_date_order(cleaned, "starts_on", "ends_on", problems)

    def derive(self, row: Bid, cleaned: dict[str, Any], related: Related) -> list[FieldProblem]:
        row.meeting_type = row.meeting_type or MeetingType.CONFERENCE
        row.stage = row.stage or BidStage.PROSPECT
        return []

    def search_doc(self, row: Bid, related: Related) -> SearchDoc:
        series = related.fetch(MeetingSeries, row.series_id)
        return SearchDoc(row.name, f"{row.edition_year or ''} {row.stage.value}".strip(),
                         [series.name if series else None, series.acronym if series else None, row.competitors, row.tags])
