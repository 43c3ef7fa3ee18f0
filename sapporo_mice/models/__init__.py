"""The domain model (DESIGN §2) as typed SQLAlchemy models. Import from here."""

from sapporo_mice.models.audit import (
    AccessLogEntry,
    ChangeLogEntry,
    Conflict,
    LocalState,
    MergeRecord,
    SearchEntry,
)
from sapporo_mice.models.base import Base, SyncMixin, UTCDateTime, utcnow
from sapporo_mice.models.enums import *  # noqa: F403 - the vocabularies are part of the model
from sapporo_mice.models.export_support import (
    CompanyProfile,
    Consultation,
    ExpansionCase,
    SupportNeed,
    TargetMarket,
)
from sapporo_mice.models.fairs import Fair, Participation
from sapporo_mice.models.kpi import Indicator, IndicatorValue
from sapporo_mice.models.leads import Lead
from sapporo_mice.models.mice import Bid, BidStageChange, MeetingSeries
from sapporo_mice.models.organizations import Organization
from sapporo_mice.models.people import Contact, ContactEmail, ContactPhone
from sapporo_mice.models.records import Activity, Attachment, Task
from sapporo_mice.models.talent import Match, MatchStageChange, Opening, Student

SYNCED_MODELS: tuple[type[SyncMixin], ...] = (
    Organization, Contact, ContactEmail, ContactPhone, Lead, Activity, Task, Attachment,
    MeetingSeries, Bid, BidStageChange, Fair, Participation, CompanyProfile, TargetMarket,
    SupportNeed, Consultation, ExpansionCase, Student, Opening, Match, MatchStageChange,
    Indicator, IndicatorValue,
)

MODEL_BY_TABLE = {m.__tablename__: m for m in SYNCED_MODELS}
