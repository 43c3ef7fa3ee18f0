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
    BID_SUBMITTED = "bid_submitted"
    SHORTLISTED = "shortlisted"
    SITE_INSPECTION = "site_inspection"
    WON = "won"
    LOST = "lost"
    WITHDRAWN = "withdrawn"


class Frequency(str, enum.Enum):
    ANNUAL = "annual"
    BIENNIAL = "biennial"
    TRIENNIAL = "triennial"
    QUADRENNIAL = "quadrennial"
    IRREGULAR = "irregular"


class ExportStage(str, enum.Enum):
    CONSIDERING = "considering"
    PREPARING = "preparing"
    TESTING = "testing"
    EXPORTING = "exporting"
    EXPANDING = "expanding"


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


class ExpansionKind(str, enum.Enum):
    EXPORT = "export"
    SUBSIDIARY = "subsidiary"
    BRANCH = "branch"
    LICENSING = "licensing"
    PARTNERSHIP = "partnership"
    ECOMMERCE = "ecommerce"


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
