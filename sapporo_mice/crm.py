"""The CRM facade: an open database plus one service per record type.

``Crm`` holds no session. Each service call opens and closes its own, so a ``Crm`` can live for the
whole app and be used from a worker thread (one at a time for writes on SQLite).
"""

from __future__ import annotations

from functools import cached_property

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sapporo_mice.changelog import ChangeRecorder
from sapporo_mice.database import Database, head_revision, open_database
from sapporo_mice.ids import HybridLogicalClock
from sapporo_mice.models import ChangeLogEntry
from sapporo_mice.services.activities import ActivityService, AttachmentService, TaskService
from sapporo_mice.services.base import RecordService, known_ids, transaction_cache
from sapporo_mice.services.export_support import (
    CompanyProfileService,
    ConsultationService,
    ExpansionCaseService,
    SupportNeedService,
    TargetMarketService,
)
from sapporo_mice.services.fairs import FairService, ParticipationService
from sapporo_mice.services.kpi import IndicatorService, IndicatorValueService
from sapporo_mice.services.leads import LeadService
from sapporo_mice.services.mice import BidService, MeetingSeriesService
from sapporo_mice.services.organizations import OrganizationService
from sapporo_mice.services.people import ContactService
from sapporo_mice.services.talent import MatchService, OpeningService, StudentService
from sapporo_mice.settings import Settings

SERVICE_CLASSES: tuple[type[RecordService], ...] = (
    OrganizationService, ContactService, LeadService, ActivityService, TaskService, AttachmentService,
    MeetingSeriesService, BidService, FairService, ParticipationService, CompanyProfileService,
    TargetMarketService, SupportNeedService, ConsultationService, ExpansionCaseService, StudentService,
    OpeningService, MatchService, IndicatorService, IndicatorValueService,
)

# The record types `stats` counts, with their DESIGN §5 keys.
STATS_KEYS = {
    "organizations": "organization", "contacts": "contact", "leads": "lead", "bids": "bid",
    "meeting_series": "meeting_series", "fairs": "fair", "participations": "participation",
    "students": "student", "openings": "opening", "matches": "match", "activities": "activity",
    "tasks": "task", "attachments": "attachment", "consultations": "consultation",
    "expansion_cases": "expansion_case", "company_profiles": "company_profile",
    "target_markets": "target_market", "support_needs": "support_need", "indicators": "indicator",
    "indicator_values": "indicator_value",
}


class Crm:
    def __init__(self, db: Database, *, device_id: str | None = None) -> None:
        self.db = db
        self.device_id = device_id or Settings().get("device_id")
        self.clock = HybridLogicalClock(self.device_id)
        self._resume_clock()
        self.services: dict[str, RecordService] = {cls.record_type: cls(self) for cls in SERVICE_CLASSES}

    @classmethod
    def open(cls, url: str | None = None, *, device_id: str | None = None) -> "Crm":
        return cls(open_database(url), device_id=device_id)

    def __getattr__(self, name: str) -> RecordService:
        plural = {
            "organizations": "organization", "contacts": "contact", "leads": "lead", "activities": "activity",
            "tasks": "task", "attachments": "attachment", "meeting_series": "meeting_series", "bids": "bid",
            "fairs": "fair", "participations": "participation", "company_profiles": "company_profile",
            "target_markets": "target_market", "support_needs": "support_need", "consultations": "consultation",
            "expansion_cases": "expansion_case", "students": "student", "openings": "opening",
            "matches": "match", "indicators": "indicator", "indicator_values": "indicator_value",
        }
        if name in plural:
            return self.services[plural[name]]
        raise AttributeError(name)

    def _resume_clock(self) -> None:
        """Start the HLC past this device's last logged change, so a wall clock set back after a
        restart cannot make new changes sort before old ones."""
        with self.db.reading() as session:
            last = session.scalar(select(func.max(ChangeLogEntry.hlc)).where(ChangeLogEntry.device_id == self.device_id))
        if last:
            self.clock.observe(last)

    def service(self, record_type: str) -> RecordService:
        return self.services[record_type]

    @cached_property
    def schema_rev(self) -> str:
        return head_revision()

    def recorder(self, session: Session, actor: str) -> ChangeRecorder:
        """The change-log writer for ``actor`` in the session's current transaction: one per
        transaction, so the device's next sequence number is asked for once, not per write."""
        recorders = transaction_cache(session).setdefault("recorders", {})
        if actor not in recorders:
            recorders[actor] = ChangeRecorder(session, user=actor, device_id=self.device_id, clock=self.clock,
                                              schema_rev=self.schema_rev)
        return recorders[actor]

    def exists(self, session: Session, record_type: str, record_id: str) -> bool:
        """Whether the row is stored (or created in this transaction); a found id is remembered for
        the transaction, since rows are never physically deleted by ordinary writes."""
        known = known_ids(session)
        if (record_type, record_id) in known:
            return True
        model = self.services[record_type].model
        found = session.scalar(select(func.count()).select_from(model).where(model.id == record_id)) == 1
        if found:
            known.add((record_type, record_id))
        return found

    def stats(self) -> dict[str, int]:
        with self.db.reading() as session:
            counts = {}
            for key, record_type in STATS_KEYS.items():
                model = self.services[record_type].model
                stmt = select(func.count()).select_from(model).where(model.deleted_at.is_(None))
                counts[key] = session.scalar(stmt) or 0
            return counts

    def close(self) -> None:
        self.db.dispose()
