"""The closed vocabularies of the domain (plain Python, no database types). Values are stored; labels live in
the catalogues. The models, the services and the UI all take them from here."""

from __future__ import annotations

import enum


# Countries whose names are written family name first (Japanese, Chinese, Korean, Vietnamese names).
FAMILY_FIRST_COUNTRIES = frozenset({"JP", "CN", "TW", "HK", "MO", "KR", "KP", "VN"})


class OrgKind(str, enum.Enum):
    LOCAL_COMPANY = "local_company"
    OVERSEAS_BUYER = "overseas_buyer"
    ASSOCIATION = "association"
    UNIVERSITY = "university"
    GOVERNMENT = "government"
    VENUE = "venue"
    PARTNER_CITY = "partner_city"
    OTHER = "other"


class NameOrder(str, enum.Enum):
    FAMILY_FIRST = "family_first"
    GIVEN_FIRST = "given_first"


class PhoneKind(str, enum.Enum):
    WORK = "work"
    MOBILE = "mobile"
    HOME = "home"
    FAX = "fax"
    OTHER = "other"


class EmailKind(str, enum.Enum):
    WORK = "work"
    HOME = "home"
    OTHER = "other"


class LeadKind(str, enum.Enum):
    MICE = "mice"
    TRADE_BUYER = "trade_buyer"
    COMPANY_INQUIRY = "company_inquiry"
    STUDENT = "student"
    PARTNERSHIP = "partnership"
    OTHER = "other"


class LeadSource(str, enum.Enum):
    """Where a lead came from, as the app itself records it (booth capture: ``booth``). Offered as choices,
    not required: a source typed in words of its own (「北海道経済連合会からの紹介」) is kept as written."""

    BOOTH = "booth"
    BUSINESS_MEETING = "business_meeting"
    INQUIRY = "inquiry"
    REFERRAL = "referral"
    WEBSITE = "website"
    EVENT = "event"
    DELEGATION = "delegation"
    OTHER = "other"


class FairSector(str, enum.Enum):
    """What a trade fair shows, offered as choices; a sector written in words of its own is kept as written."""

    FOOD = "food"
    FOOD_BEVERAGE = "food_beverage"
    FOOD_HOSPITALITY = "food_hospitality"
    SEAFOOD = "seafood"
    AGRICULTURE = "agriculture"
    TOURISM = "tourism"
    TOURISM_MICE = "tourism_mice"
    COSMETICS = "cosmetics"
    IT = "it"
    MACHINERY = "machinery"
    GENERAL = "general"


class LeadStatus(str, enum.Enum):
    NEW = "new"
    CONTACTED = "contacted"
    QUALIFIED = "qualified"
    NEGOTIATING = "negotiating"
    WON = "won"
    LOST = "lost"
    DORMANT = "dormant"


class Rating(str, enum.Enum):
    A = "A"
    B = "B"
    C = "C"
    D = "D"


class ActivityKind(str, enum.Enum):
    MEETING = "meeting"
    CALL = "call"
    EMAIL = "email"
    VISIT = "visit"
    NOTE = "note"
    SITE_INSPECTION = "site_inspection"
    PRESENTATION = "presentation"


class MeetingType(str, enum.Enum):
    CONFERENCE = "conference"
    CORPORATE_MEETING = "corporate_meeting"
    INCENTIVE = "incentive"
    EXHIBITION = "exhibition"


class BidStage(str, enum.Enum):
    PROSPECT = "prospect"
    RESEARCH = "research"
    PROPOSAL = "proposal"
    LOCAL_HOST_SECURED = "local_host_secured"
    BID_SUBMITTED = "bid_submitted"
    SHORTLISTED = "shortlisted"
    SITE_INSPECTION = "site_inspection"
    PRESENTATION = "presentation"
    WON = "won"
    LOST = "lost"
    WITHDRAWN = "withdrawn"
    POSTPONED = "postponed"


class DecisionRole(str, enum.Enum):
    """A key person's part in deciding where a meeting goes (an association's people, the local side)."""

    DECISION_MAKER = "decision_maker"
    BOARD_MEMBER = "board_member"
    SITE_SELECTION = "site_selection"
    LOCAL_HOST = "local_host"
    PCO = "pco"
    INFLUENCER = "influencer"
    SECRETARIAT = "secretariat"


class Frequency(str, enum.Enum):
    ANNUAL = "annual"
    BIENNIAL = "biennial"
    TRIENNIAL = "triennial"
    QUADRENNIAL = "quadrennial"
    IRREGULAR = "irregular"


class ExportStage(str, enum.Enum):
    """A company's export stage, in order (migration 0004 mapped the earlier five stages onto these)."""

    NONE = "none"
    EXPLORING = "exploring"
    FIRST_EXPORT = "first_export"
    REGULAR = "regular"
    OVERSEAS_BASE = "overseas_base"


class MarketStatus(str, enum.Enum):
    RESEARCH = "research"
    ACTIVE = "active"
    ENTERED = "entered"
    PAUSED = "paused"


class SupportArea(str, enum.Enum):
    LEGAL = "legal"
    TAX = "tax"
    MARKETING = "marketing"
    LOGISTICS = "logistics"
    CERTIFICATION = "certification"
    FINANCE = "finance"
    HR = "hr"
    PRODUCT_DEVELOPMENT = "product_development"


class ExpansionKind(str, enum.Enum):
    """What an overseas expansion case was (migration 0004: export → first export; subsidiary, branch →
    overseas office)."""

    FIRST_EXPORT = "first_export"
    DISTRIBUTOR = "distributor_contract"
    OVERSEAS_OFFICE = "overseas_office"
    JOINT_VENTURE = "joint_venture"
    ECOMMERCE = "ecommerce"  # cross-border e-commerce
    LICENSING = "licensing"
    PARTNERSHIP = "partnership"  # a business tie-up short of a joint venture
    OTHER = "other"


class Degree(str, enum.Enum):
    LANGUAGE_SCHOOL = "language_school"
    VOCATIONAL = "vocational"
    BACHELOR = "bachelor"
    MASTER = "master"
    DOCTOR = "doctor"


class JLPT(str, enum.Enum):
    N1 = "N1"
    N2 = "N2"
    N3 = "N3"
    N4 = "N4"
    N5 = "N5"
    NONE = "none"


class CEFR(str, enum.Enum):
    A1 = "A1"
    A2 = "A2"
    B1 = "B1"
    B2 = "B2"
    C1 = "C1"
    C2 = "C2"
    NATIVE = "native"


class OpeningKind(str, enum.Enum):
    INTERNSHIP = "internship"
    NEW_GRADUATE = "new_graduate"
    MID_CAREER = "mid_career"
    PART_TIME = "part_time"


class MatchStage(str, enum.Enum):
    SUGGESTED = "suggested"
    INTRODUCED = "introduced"
    INTERVIEW = "interview"
    INTERNSHIP = "internship"
    OFFER = "offer"
    HIRED = "hired"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


class IndicatorSource(str, enum.Enum):
    COMPUTED = "computed"
    MANUAL = "manual"


class ChangeOp(str, enum.Enum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"
    MERGE = "merge"
    PURGE = "purge"  # the privacy purge: the row and its history are gone (sync carries the purge itself)


# --- export_support
class MarketPriority(enum.IntEnum):
    """A target market's priority (stored as the number: 1 is the highest)."""

    HIGH = 1
    MEDIUM = 2
    LOW = 3


class Certification(str, enum.Enum):
    """Certifications buyers ask local food companies for (a profile keeps a set of them)."""

    HALAL = "halal"
    HACCP = "haccp"
    HOKKAIDO_HACCP = "hokkaido_haccp"
    ORGANIC = "organic"
    FSSC_22000 = "fssc_22000"
    ISO_22000 = "iso_22000"
    KOSHER = "kosher"
    GLOBAL_GAP = "global_gap"
    MSC = "msc"


class ExportLanguage(str, enum.Enum):
    """Languages a company can do business in (a profile keeps a set of them)."""

    ENGLISH = "en"
    CHINESE_SIMPLIFIED = "zh_hans"
    CHINESE_TRADITIONAL = "zh_hant"
    KOREAN = "ko"
    THAI = "th"
    VIETNAMESE = "vi"
    INDONESIAN = "id"
    MALAY = "ms"
    FRENCH = "fr"
    SPANISH = "es"
    GERMAN = "de"
    RUSSIAN = "ru"
    ARABIC = "ar"


class SupportKind(str, enum.Enum):
    """Support the city gave a company."""

    SUBSIDY = "subsidy"
    FAIR_SLOT = "fair_slot"
    INTRODUCTION = "introduction"
    EXPERT = "expert"
    OTHER = "other"
# --- network (sister cities, international networks, exchanges, inbound delegations)
class RelationshipKind(str, enum.Enum):
    SISTER = "sister"
    FRIENDSHIP = "friendship"
    PARTNERSHIP = "partnership"
    NETWORK_MEMBER = "network_member"


class NetworkKind(str, enum.Enum):
    CITY_ASSOCIATION = "city_association"
    UN_NETWORK = "un_network"
    INTERNATIONAL_BODY = "international_body"
    OTHER = "other"


class NetworkRole(str, enum.Enum):
    MEMBER = "member"
    SECRETARIAT = "secretariat"
    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    BOARD_MEMBER = "board_member"
    OBSERVER = "observer"


class ExchangeKind(str, enum.Enum):
    OFFICIAL_VISIT = "official_visit"
    STUDENT_EXCHANGE = "student_exchange"
    CULTURAL = "cultural"
    ECONOMIC = "economic"
    TECHNICAL_COOPERATION = "technical_cooperation"
    TRAINING_PARTICIPANTS = "training_participants"


class VisitStatus(str, enum.Enum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    DONE = "done"
    CANCELLED = "cancelled"


class ParticipantSide(str, enum.Enum):
    GUEST = "guest"
    HOST = "host"
    INTERPRETER = "interpreter"


class GiftDirection(str, enum.Enum):
    GIVEN = "given"
    RECEIVED = "received"
