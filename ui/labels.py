"""Translated labels: every enum value, list column titles and saved filter names (record type names come
from the core's :mod:`sapporo_mice.vocabulary`).

The English text is the translation source; each enum has its own translation context (its class
name), so "Won" can be 成約 for a lead and 誘致決定 for a bid. Use :func:`enum_label`,
:func:`record_type_label`, :func:`column_title` and :func:`filter_title`; unknown values come back
as they are, never as an error.
"""

from __future__ import annotations

from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication

ENUMS: dict[str, dict[str, str]] = {
    "OrgKind": {
        "local_company": QT_TRANSLATE_NOOP("OrgKind", "Local company"),
        "overseas_buyer": QT_TRANSLATE_NOOP("OrgKind", "Overseas buyer"),
        "association": QT_TRANSLATE_NOOP("OrgKind", "Association"),
        "university": QT_TRANSLATE_NOOP("OrgKind", "University"),
        "government": QT_TRANSLATE_NOOP("OrgKind", "Government"),
        "venue": QT_TRANSLATE_NOOP("OrgKind", "Venue"),
        "partner_city": QT_TRANSLATE_NOOP("OrgKind", "Partner city"),
        "other": QT_TRANSLATE_NOOP("OrgKind", "Other"),
    },
    "NameOrder": {
        "family_first": QT_TRANSLATE_NOOP("NameOrder", "Family name first"),
        "given_first": QT_TRANSLATE_NOOP("NameOrder", "Given name first"),
    },
    "PhoneKind": {
        "work": QT_TRANSLATE_NOOP("PhoneKind", "Work"),
        "mobile": QT_TRANSLATE_NOOP("PhoneKind", "Mobile"),
        "home": QT_TRANSLATE_NOOP("PhoneKind", "Home"),
        "fax": QT_TRANSLATE_NOOP("PhoneKind", "Fax"),
        "other": QT_TRANSLATE_NOOP("PhoneKind", "Other"),
    },
    "EmailKind": {
        "work": QT_TRANSLATE_NOOP("EmailKind", "Work"),
        "home": QT_TRANSLATE_NOOP("EmailKind", "Home"),
        "other": QT_TRANSLATE_NOOP("EmailKind", "Other"),
    },
    "LeadKind": {
        "mice": QT_TRANSLATE_NOOP("LeadKind", "MICE"),
        "trade_buyer": QT_TRANSLATE_NOOP("LeadKind", "Trade buyer"),
        "company_inquiry": QT_TRANSLATE_NOOP("LeadKind", "Company inquiry"),
        "student": QT_TRANSLATE_NOOP("LeadKind", "Student"),
        "partnership": QT_TRANSLATE_NOOP("LeadKind", "Partnership"),
        "other": QT_TRANSLATE_NOOP("LeadKind", "Other"),
    },
    "LeadStatus": {
        "new": QT_TRANSLATE_NOOP("LeadStatus", "New"),
        "contacted": QT_TRANSLATE_NOOP("LeadStatus", "Contacted"),
        "qualified": QT_TRANSLATE_NOOP("LeadStatus", "Qualified"),
        "negotiating": QT_TRANSLATE_NOOP("LeadStatus", "Negotiating"),
        "won": QT_TRANSLATE_NOOP("LeadStatus", "Won"),
        "lost": QT_TRANSLATE_NOOP("LeadStatus", "Lost"),
        "dormant": QT_TRANSLATE_NOOP("LeadStatus", "Dormant"),
    },
    "Rating": {"A": "A", "B": "B", "C": "C", "D": "D"},
    "ActivityKind": {
        "meeting": QT_TRANSLATE_NOOP("ActivityKind", "Meeting"),
        "call": QT_TRANSLATE_NOOP("ActivityKind", "Call"),
        "email": QT_TRANSLATE_NOOP("ActivityKind", "Email"),
        "visit": QT_TRANSLATE_NOOP("ActivityKind", "Visit"),
        "note": QT_TRANSLATE_NOOP("ActivityKind", "Note"),
        "site_inspection": QT_TRANSLATE_NOOP("ActivityKind", "Site inspection"),
        "presentation": QT_TRANSLATE_NOOP("ActivityKind", "Presentation"),
    },
    "MeetingType": {
        "conference": QT_TRANSLATE_NOOP("MeetingType", "Conference"),
        "corporate_meeting": QT_TRANSLATE_NOOP("MeetingType", "Corporate meeting"),
        "incentive": QT_TRANSLATE_NOOP("MeetingType", "Incentive"),
        "exhibition": QT_TRANSLATE_NOOP("MeetingType", "Exhibition"),
    },
    "BidStage": {
        "prospect": QT_TRANSLATE_NOOP("BidStage", "Prospect"),
        "research": QT_TRANSLATE_NOOP("BidStage", "Research"),
        "proposal": QT_TRANSLATE_NOOP("BidStage", "Proposal"),
        "bid_submitted": QT_TRANSLATE_NOOP("BidStage", "Bid submitted"),
        "shortlisted": QT_TRANSLATE_NOOP("BidStage", "Shortlisted"),
        "site_inspection": QT_TRANSLATE_NOOP("BidStage", "Site inspection"),
        "won": QT_TRANSLATE_NOOP("BidStage", "Won"),
        "lost": QT_TRANSLATE_NOOP("BidStage", "Lost"),
        "withdrawn": QT_TRANSLATE_NOOP("BidStage", "Withdrawn"),
    },
    "Frequency": {
        "annual": QT_TRANSLATE_NOOP("Frequency", "Annual"),
        "biennial": QT_TRANSLATE_NOOP("Frequency", "Every 2 years"),
        "triennial": QT_TRANSLATE_NOOP("Frequency", "Every 3 years"),
        "quadrennial": QT_TRANSLATE_NOOP("Frequency", "Every 4 years"),
        "irregular": QT_TRANSLATE_NOOP("Frequency", "Irregular"),
    },
    "ExportStage": {
        "considering": QT_TRANSLATE_NOOP("ExportStage", "Considering"),
        "preparing": QT_TRANSLATE_NOOP("ExportStage", "Preparing"),
        "testing": QT_TRANSLATE_NOOP("ExportStage", "Test marketing"),
        "exporting": QT_TRANSLATE_NOOP("ExportStage", "Exporting"),
        "expanding": QT_TRANSLATE_NOOP("ExportStage", "Expanding"),
    },
    "MarketStatus": {
        "research": QT_TRANSLATE_NOOP("MarketStatus", "Research"),
        "active": QT_TRANSLATE_NOOP("MarketStatus", "Active"),
        "entered": QT_TRANSLATE_NOOP("MarketStatus", "Entered"),
        "paused": QT_TRANSLATE_NOOP("MarketStatus", "Paused"),
    },
    "SupportArea": {
        "legal": QT_TRANSLATE_NOOP("SupportArea", "Legal"),
        "tax": QT_TRANSLATE_NOOP("SupportArea", "Tax"),
        "marketing": QT_TRANSLATE_NOOP("SupportArea", "Marketing"),
        "logistics": QT_TRANSLATE_NOOP("SupportArea", "Logistics"),
        "certification": QT_TRANSLATE_NOOP("SupportArea", "Certification"),
        "finance": QT_TRANSLATE_NOOP("SupportArea", "Finance"),
        "hr": QT_TRANSLATE_NOOP("SupportArea", "Human resources"),
    },
    "ExpansionKind": {
        "export": QT_TRANSLATE_NOOP("ExpansionKind", "Export"),
        "subsidiary": QT_TRANSLATE_NOOP("ExpansionKind", "Subsidiary"),
        "branch": QT_TRANSLATE_NOOP("ExpansionKind", "Branch"),
        "licensing": QT_TRANSLATE_NOOP("ExpansionKind", "Licensing"),
        "partnership": QT_TRANSLATE_NOOP("ExpansionKind", "Partnership"),
        "ecommerce": QT_TRANSLATE_NOOP("ExpansionKind", "E-commerce"),
    },
    "Degree": {
        "language_school": QT_TRANSLATE_NOOP("Degree", "Language school"),
        "vocational": QT_TRANSLATE_NOOP("Degree", "Vocational school"),
        "bachelor": QT_TRANSLATE_NOOP("Degree", "Bachelor"),
        "master": QT_TRANSLATE_NOOP("Degree", "Master"),
        "doctor": QT_TRANSLATE_NOOP("Degree", "Doctorate"),
    },
    "JLPT": {"N1": "N1", "N2": "N2", "N3": "N3", "N4": "N4", "N5": "N5",
             "none": QT_TRANSLATE_NOOP("JLPT", "None")},
    "CEFR": {"A1": "A1", "A2": "A2", "B1": "B1", "B2": "B2", "C1": "C1", "C2": "C2",
             "native": QT_TRANSLATE_NOOP("CEFR", "Native")},
    "OpeningKind": {
        "internship": QT_TRANSLATE_NOOP("OpeningKind", "Internship"),
        "new_graduate": QT_TRANSLATE_NOOP("OpeningKind", "New graduate"),
        "mid_career": QT_TRANSLATE_NOOP("OpeningKind", "Mid-career"),
        "part_time": QT_TRANSLATE_NOOP("OpeningKind", "Part-time"),
    },
    "MatchStage": {
        "suggested": QT_TRANSLATE_NOOP("MatchStage", "Suggested"),
        "introduced": QT_TRANSLATE_NOOP("MatchStage", "Introduced"),
        "interview": QT_TRANSLATE_NOOP("MatchStage", "Interview"),
        "internship": QT_TRANSLATE_NOOP("MatchStage", "Internship"),
        "offer": QT_TRANSLATE_NOOP("MatchStage", "Offer"),
        "hired": QT_TRANSLATE_NOOP("MatchStage", "Hired"),
        "declined": QT_TRANSLATE_NOOP("MatchStage", "Declined"),
        "withdrawn": QT_TRANSLATE_NOOP("MatchStage", "Withdrawn"),
    },
    "IndicatorSource": {
        "computed": QT_TRANSLATE_NOOP("IndicatorSource", "Computed from data"),
        "manual": QT_TRANSLATE_NOOP("IndicatorSource", "Entered by hand"),
    },
    "ChangeOp": {
        "insert": QT_TRANSLATE_NOOP("ChangeOp", "Created"),
        "update": QT_TRANSLATE_NOOP("ChangeOp", "Changed"),
        "delete": QT_TRANSLATE_NOOP("ChangeOp", "Deleted"),
        "restore": QT_TRANSLATE_NOOP("ChangeOp", "Restored"),
        "merge": QT_TRANSLATE_NOOP("ChangeOp", "Merged"),
        "purge": QT_TRANSLATE_NOOP("ChangeOp", "Purged"),
    },
}

COLUMNS = {
    "display_name": QT_TRANSLATE_NOOP("Column", "Name"),
    "name": QT_TRANSLATE_NOOP("Column", "Name"),
    "title": QT_TRANSLATE_NOOP("Column", "Title"),
    "organization": QT_TRANSLATE_NOOP("Column", "Organization"),
    "email": QT_TRANSLATE_NOOP("Column", "Email"),
    "phone": QT_TRANSLATE_NOOP("Column", "Phone"),
    "phone_raw": QT_TRANSLATE_NOOP("Column", "Phone"),
    "country": QT_TRANSLATE_NOOP("Column", "Country"),
    "department": QT_TRANSLATE_NOOP("Column", "Department"),
    "owner": QT_TRANSLATE_NOOP("Column", "Owner"),
    "updated_at": QT_TRANSLATE_NOOP("Column", "Changed"),
    "kind": QT_TRANSLATE_NOOP("Column", "Kind"),
    "industry": QT_TRANSLATE_NOOP("Column", "Industry"),
    "corporate_number": QT_TRANSLATE_NOOP("Column", "Corporate number"),
    "status": QT_TRANSLATE_NOOP("Column", "Status"),
    "rating": QT_TRANSLATE_NOOP("Column", "Rating"),
    "contact": QT_TRANSLATE_NOOP("Column", "Contact"),
    "follow_up_on": QT_TRANSLATE_NOOP("Column", "Follow-up"),
    "next_action": QT_TRANSLATE_NOOP("Column", "Next action"),
    "stage": QT_TRANSLATE_NOOP("Column", "Stage"),
    "edition_year": QT_TRANSLATE_NOOP("Column", "Year"),
    "starts_on": QT_TRANSLATE_NOOP("Column", "Starts"),
    "ends_on": QT_TRANSLATE_NOOP("Column", "Ends"),
    "bid_deadline": QT_TRANSLATE_NOOP("Column", "Bid deadline"),
    "decision_on": QT_TRANSLATE_NOOP("Column", "Decision"),
    "probability": QT_TRANSLATE_NOOP("Column", "Probability %"),
    "delegates_international": QT_TRANSLATE_NOOP("Column", "International delegates"),
    "city": QT_TRANSLATE_NOOP("Column", "City"),
    "sector": QT_TRANSLATE_NOOP("Column", "Sector"),
    "budget_jpy": QT_TRANSLATE_NOOP("Column", "Budget (JPY)"),
    "nationality": QT_TRANSLATE_NOOP("Column", "Nationality"),
    "university": QT_TRANSLATE_NOOP("Column", "University"),
    "degree": QT_TRANSLATE_NOOP("Column", "Degree"),
    "graduation_year": QT_TRANSLATE_NOOP("Column", "Graduation"),
    "jlpt": QT_TRANSLATE_NOOP("Column", "JLPT"),
    "location": QT_TRANSLATE_NOOP("Column", "Location"),
    "headcount": QT_TRANSLATE_NOOP("Column", "Headcount"),
    "apply_by": QT_TRANSLATE_NOOP("Column", "Apply by"),
    "student": QT_TRANSLATE_NOOP("Column", "Student"),
    "opening": QT_TRANSLATE_NOOP("Column", "Opening"),
    "score": QT_TRANSLATE_NOOP("Column", "Score"),
    "due_on": QT_TRANSLATE_NOOP("Column", "Due"),
    "done": QT_TRANSLATE_NOOP("Column", "Done"),
    "assignee": QT_TRANSLATE_NOOP("Column", "Assignee"),
    "record_type": QT_TRANSLATE_NOOP("Column", "Linked to"),
}

FILTERS = {
    "mine": QT_TRANSLATE_NOOP("Filter", "My records"),
    "follow_up_overdue": QT_TRANSLATE_NOOP("Filter", "Follow-up overdue"),
    "due_this_week": QT_TRANSLATE_NOOP("Filter", "Due this week"),
    "no_follow_up": QT_TRANSLATE_NOOP("Filter", "No follow-up date"),
    "deadline_upcoming": QT_TRANSLATE_NOOP("Filter", "Deadline ahead"),
    "open_bids": QT_TRANSLATE_NOOP("Filter", "Open bids"),
    "upcoming": QT_TRANSLATE_NOOP("Filter", "Upcoming"),
    "past": QT_TRANSLATE_NOOP("Filter", "Past"),
    "open_tasks": QT_TRANSLATE_NOOP("Filter", "Open tasks"),
    "overdue": QT_TRANSLATE_NOOP("Filter", "Overdue"),
    "open_openings": QT_TRANSLATE_NOOP("Filter", "Still open"),
}



def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def record_type_label(record_type: str) -> str:
    """The record type's name, from the core's one table (:mod:`sapporo_mice.vocabulary`)."""
    from sapporo_mice import vocabulary
    from ui import i18n

    return vocabulary.type_label(record_type, i18n.language())


def enum_label(enum_name: str, value: str | None) -> str:
    """The label of one enum value (``enum_label("LeadStatus", "negotiating")`` → 商談中)."""
    if value is None:
        return ""
    source = ENUMS.get(enum_name, {}).get(value)
    return translate(enum_name, source) if source else str(value)


def enum_choices(enum_name: str) -> list[tuple[str, str]]:
    """(value, label) pairs in declaration order, for combo boxes."""
    return [(value, enum_label(enum_name, value)) for value in ENUMS.get(enum_name, {})]


# Columns whose meaning depends on the record type: a contact's "title" is a job title (役職), not
# the subject a lead's title is (件名).
TYPE_COLUMNS = {
    ("contact", "title"): QT_TRANSLATE_NOOP("Column", "Job title"),
    ("opening", "title"): QT_TRANSLATE_NOOP("Column", "Job title"),  # as its editor labels it
}


def column_title(key: str, record_type: str = "") -> str:
    source = TYPE_COLUMNS.get((record_type, key)) or COLUMNS.get(key)
    return translate("Column", source) if source else key


def filter_title(key: str, record_type: str = "") -> str:
    """A saved filter's label; ``status=won`` becomes the status label itself."""
    if "=" in key:
        field, value = key.split("=", 1)
        enum_name = {"lead": "LeadStatus", "bid": "BidStage", "match": "MatchStage",
                     "organization": "OrgKind"}.get(record_type, "")
        return f"{column_title(field, record_type)}: {enum_label(enum_name, value)}"
    source = FILTERS.get(key)
    return translate("Filter", source) if source else key
