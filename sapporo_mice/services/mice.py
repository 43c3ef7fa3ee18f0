"""MICE: meeting series and bids, with the bid pipeline's stage history."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sapporo_mice.changelog import ChangeRecorder
from sapporo_mice.changes import Changes
from sapporo_mice.errors import FieldProblem
from sapporo_mice.ids import uuid7
from sapporo_mice.models import Bid, BidStage, BidStageChange, Frequency, MeetingSeries, MeetingType, Organization, utcnow
from sapporo_mice.services import fields as f
from sapporo_mice.services.base import RecordService, SearchDoc, row_to_dict


def check_date_order(cleaned: dict[str, Any], start: str, end: str, problems: list[FieldProblem]) -> None:
    if cleaned.get(start) and cleaned.get(end) and cleaned[end] < cleaned[start]:
        problems.append(FieldProblem(end, "field.date_order", cleaned[end].isoformat(), {"other": start}))


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

    def search_doc(self, session: Session, row: MeetingSeries) -> SearchDoc:
        association = session.get(Organization, row.association_id) if row.association_id else None
        return SearchDoc(row.name, row.acronym, [row.name_ja, association.name if association else None,
                                                 row.rotation_area])


class BidService(RecordService):
    record_type = "bid"
    model = Bid
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

    def validate_record(self, session: Session, cleaned: dict[str, Any], problems: list[FieldProblem]) -> None:
        check_date_order(cleaned, "starts_on", "ends_on", problems)

    def derive(self, session: Session, row: Bid, cleaned: dict[str, Any], warnings: list[FieldProblem]) -> None:
        row.meeting_type = row.meeting_type or MeetingType.CONFERENCE
        row.stage = row.stage or BidStage.PROSPECT

    def after_write(self, session: Session, row: Bid, values: dict[str, Any], recorder: ChangeRecorder,
                    warnings: list[FieldProblem], changes: Changes) -> None:
        last = session.scalar(
            select(BidStageChange).where(BidStageChange.bid_id == row.id).order_by(BidStageChange.changed_at.desc()).limit(1)
        )
        if last is None or last.to_stage != row.stage:
            now = utcnow()
            change = BidStageChange(id=uuid7(), bid_id=row.id, from_stage=last.to_stage if last else None,
                                    to_stage=row.stage, changed_at=now, note=values.get("stage_note"),
                                    created_at=now, updated_at=now, created_by=recorder.user,
                                    updated_by=recorder.user, version=1)
            session.add(change)
            recorder.inserted(BidStageChange.__tablename__, change.id,
                              {k: v for k, v in row_to_dict(change).items() if k in ("bid_id", "from_stage", "to_stage", "changed_at", "note")})

    def extra_inputs(self):
        return ("id", "stage_note")

    def stage_history(self, bid_id: str) -> list[dict[str, Any]]:
        with self.db.reading() as session:
            stmt = select(BidStageChange).where(BidStageChange.bid_id == bid_id).order_by(BidStageChange.changed_at)
            return [row_to_dict(r) for r in session.scalars(stmt)]

    def search_doc(self, session: Session, row: Bid) -> SearchDoc:
        series = session.get(MeetingSeries, row.series_id) if row.series_id else None
        return SearchDoc(row.name, f"{row.edition_year or ''} {row.stage.value}".strip(),
                         [series.name if series else None, series.acronym if series else None, row.competitors, row.tags])
