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
from sapporo_mice.enums import *  # noqa: F403 - the vocabularies are part of the model
from sapporo_mice.models.export_support import (
    CompanyProfile,
    Consultation,
    ExpansionCase,
    SupportGiven,
    SupportNeed,
    TargetMarket,
)
from sapporo_mice.models.fairs import Fair, Participation
from sapporo_mice.models.kpi import Indicator, IndicatorValue
from sapporo_mice.models.leads import Lead
from sapporo_mice.models.mice import Bid, BidCompetitor, BidStageChange, KeyPerson, MeetingEdition, MeetingSeries
from sapporo_mice.models.organizations import Organization
from sapporo_mice.models.people import Contact, ContactEmail, ContactPhone
from sapporo_mice.models.records import Activity, ActivityParticipant, Attachment, Task
from sapporo_mice.models.shared import SharedSetting
from sapporo_mice.models.talent import Match, MatchStageChange, Opening, Student
from sapporo_mice.models.network import (
    CityNetwork,
    Exchange,
    Gift,
    NetworkMembership,
    Participant,
    PartnerCity,
    ProgrammeItem,
    Visit,
)

SYNCED_MODELS: tuple[type[SyncMixin], ...] = (
    Organization, Contact, ContactEmail, ContactPhone, Lead, Activity, ActivityParticipant, Task, Attachment,
    MeetingSeries, MeetingEdition, Bid, BidStageChange, BidCompetitor, KeyPerson, Fair, Participation, CompanyProfile, TargetMarket,
    SupportNeed, Consultation, ExpansionCase, Student, Opening, Match, MatchStageChange,
    Indicator, IndicatorValue, SupportGiven, SharedSetting,
    # --- network
    PartnerCity, CityNetwork, NetworkMembership, Exchange, Visit, Participant, ProgrammeItem, Gift,
)

MODEL_BY_TABLE = {m.__tablename__: m for m in SYNCED_MODELS}

# Each record type (the services' and the UI's name for it) and its model.
MODEL_BY_TYPE: dict[str, type[SyncMixin]] = {
    "organization": Organization, "contact": Contact, "lead": Lead, "activity": Activity, "task": Task,
    "attachment": Attachment, "meeting_series": MeetingSeries, "bid": Bid, "fair": Fair,
    "participation": Participation, "company_profile": CompanyProfile, "target_market": TargetMarket,
    "support_need": SupportNeed, "consultation": Consultation, "expansion_case": ExpansionCase,
    "student": Student, "opening": Opening, "match": Match, "indicator": Indicator,
    "indicator_value": IndicatorValue, "support_given": SupportGiven, "shared_setting": SharedSetting,
    # --- network
    "partner_city": PartnerCity, "city_network": CityNetwork, "network_membership": NetworkMembership,
    "exchange": Exchange, "visit": Visit, "participant": Participant, "programme_item": ProgrammeItem,
    "gift": Gift,
}
TYPE_BY_TABLE = {model.__tablename__: record_type for record_type, model in MODEL_BY_TYPE.items()}
