"""What every enum value is called: the English label, which is also the translation source.

One table for every door. The desktop translates it through Qt (each enum is its own translation context,
so "Won" can be 成約 for a lead and 誘致決定 for a bid: :mod:`ui.labels`); the core's own outputs (the
PDF packs, exports) read the same Japanese from the same catalogues through :mod:`sapporo_mice.labels`.
``QT_TRANSLATE_NOOP`` below only marks the strings for ``pyside6-lupdate``: the core never imports Qt.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


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
    "LeadSource": {
        "booth": QT_TRANSLATE_NOOP("LeadSource", "Fair booth"),
        "business_meeting": QT_TRANSLATE_NOOP("LeadSource", "Business meeting"),
        "inquiry": QT_TRANSLATE_NOOP("LeadSource", "Inquiry"),
        "referral": QT_TRANSLATE_NOOP("LeadSource", "Referral"),
        "website": QT_TRANSLATE_NOOP("LeadSource", "Website"),
        "event": QT_TRANSLATE_NOOP("LeadSource", "Event or seminar"),
        "delegation": QT_TRANSLATE_NOOP("LeadSource", "Delegation or visit"),
        "other": QT_TRANSLATE_NOOP("LeadSource", "Other"),
    },
    "FairSector": {
        "food": QT_TRANSLATE_NOOP("FairSector", "Food"),
        "food_beverage": QT_TRANSLATE_NOOP("FairSector", "Food and beverages"),
        "food_hospitality": QT_TRANSLATE_NOOP("FairSector", "Food and hospitality"),
        "seafood": QT_TRANSLATE_NOOP("FairSector", "Seafood"),
        "agriculture": QT_TRANSLATE_NOOP("FairSector", "Agriculture"),
        "tourism": QT_TRANSLATE_NOOP("FairSector", "Travel and tourism"),
        "tourism_mice": QT_TRANSLATE_NOOP("FairSector", "Tourism and MICE"),
        "cosmetics": QT_TRANSLATE_NOOP("FairSector", "Beauty and cosmetics"),
        "it": QT_TRANSLATE_NOOP("FairSector", "IT and electronics"),
        "machinery": QT_TRANSLATE_NOOP("FairSector", "Industry and machinery"),
        "general": QT_TRANSLATE_NOOP("FairSector", "General trade"),
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
    "DecisionRole": {
        "decision_maker": QT_TRANSLATE_NOOP("DecisionRole", "Decision maker"),
        "board_member": QT_TRANSLATE_NOOP("DecisionRole", "Board or council member"),
        "site_selection": QT_TRANSLATE_NOOP("DecisionRole", "Site-selection committee"),
        "local_host": QT_TRANSLATE_NOOP("DecisionRole", "Local host"),
        "pco": QT_TRANSLATE_NOOP("DecisionRole", "PCO"),
        "influencer": QT_TRANSLATE_NOOP("DecisionRole", "Influencer"),
        "secretariat": QT_TRANSLATE_NOOP("DecisionRole", "Secretariat"),
    },
    "BidStage": {
        "prospect": QT_TRANSLATE_NOOP("BidStage", "Prospect"),
        "research": QT_TRANSLATE_NOOP("BidStage", "Research"),
        "proposal": QT_TRANSLATE_NOOP("BidStage", "Proposal"),
        "local_host_secured": QT_TRANSLATE_NOOP("BidStage", "Local host secured"),
        "bid_submitted": QT_TRANSLATE_NOOP("BidStage", "Bid submitted"),
        "shortlisted": QT_TRANSLATE_NOOP("BidStage", "Shortlisted"),
        "site_inspection": QT_TRANSLATE_NOOP("BidStage", "Site inspection"),
        "presentation": QT_TRANSLATE_NOOP("BidStage", "Presentation"),
        "won": QT_TRANSLATE_NOOP("BidStage", "Won"),
        "lost": QT_TRANSLATE_NOOP("BidStage", "Lost"),
        "withdrawn": QT_TRANSLATE_NOOP("BidStage", "Withdrawn"),
        "postponed": QT_TRANSLATE_NOOP("BidStage", "Postponed"),
    },
    "Frequency": {
        "annual": QT_TRANSLATE_NOOP("Frequency", "Annual"),
        "biennial": QT_TRANSLATE_NOOP("Frequency", "Every 2 years"),
        "triennial": QT_TRANSLATE_NOOP("Frequency", "Every 3 years"),
        "quadrennial": QT_TRANSLATE_NOOP("Frequency", "Every 4 years"),
        "irregular": QT_TRANSLATE_NOOP("Frequency", "Irregular"),
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


# --- export_support (translated in export_{ja,en}.ts)
EXPORT_SUPPORT_ENUMS: dict[str, dict[str, str]] = {
    "ExportStage": {
        "none": QT_TRANSLATE_NOOP("ExportStage", "Not exporting yet"),
        "exploring": QT_TRANSLATE_NOOP("ExportStage", "Exploring"),
        "first_export": QT_TRANSLATE_NOOP("ExportStage", "First export"),
        "regular": QT_TRANSLATE_NOOP("ExportStage", "Regular exports"),
        "overseas_base": QT_TRANSLATE_NOOP("ExportStage", "Overseas base"),
    },
    "SupportArea": {
        "product_development": QT_TRANSLATE_NOOP("SupportArea", "Product development"),
    },
    "ExpansionKind": {
        "first_export": QT_TRANSLATE_NOOP("ExpansionKind", "First export"),
        "distributor_contract": QT_TRANSLATE_NOOP("ExpansionKind", "Distributor contract"),
        "overseas_office": QT_TRANSLATE_NOOP("ExpansionKind", "Overseas office"),
        "joint_venture": QT_TRANSLATE_NOOP("ExpansionKind", "Joint venture"),
        "ecommerce": QT_TRANSLATE_NOOP("ExpansionKind", "Cross-border e-commerce"),
        "licensing": QT_TRANSLATE_NOOP("ExpansionKind", "Licensing"),
        "partnership": QT_TRANSLATE_NOOP("ExpansionKind", "Business tie-up"),
        "other": QT_TRANSLATE_NOOP("ExpansionKind", "Other"),
    },
    "MarketPriority": {
        "1": QT_TRANSLATE_NOOP("MarketPriority", "High"),
        "2": QT_TRANSLATE_NOOP("MarketPriority", "Medium"),
        "3": QT_TRANSLATE_NOOP("MarketPriority", "Low"),
    },
    "Certification": {
        "halal": QT_TRANSLATE_NOOP("Certification", "Halal"),
        "haccp": QT_TRANSLATE_NOOP("Certification", "HACCP"),
        "hokkaido_haccp": QT_TRANSLATE_NOOP("Certification", "Hokkaido HACCP"),
        "organic": QT_TRANSLATE_NOOP("Certification", "Organic (JAS)"),
        "fssc_22000": QT_TRANSLATE_NOOP("Certification", "FSSC 22000"),
        "iso_22000": QT_TRANSLATE_NOOP("Certification", "ISO 22000"),
        "kosher": QT_TRANSLATE_NOOP("Certification", "Kosher"),
        "global_gap": QT_TRANSLATE_NOOP("Certification", "GLOBALG.A.P."),
        "msc": QT_TRANSLATE_NOOP("Certification", "MSC"),
    },
    "ExportLanguage": {
        "en": QT_TRANSLATE_NOOP("ExportLanguage", "English"),
        "zh_hans": QT_TRANSLATE_NOOP("ExportLanguage", "Chinese (Simplified)"),
        "zh_hant": QT_TRANSLATE_NOOP("ExportLanguage", "Chinese (Traditional)"),
        "ko": QT_TRANSLATE_NOOP("ExportLanguage", "Korean"),
        "th": QT_TRANSLATE_NOOP("ExportLanguage", "Thai"),
        "vi": QT_TRANSLATE_NOOP("ExportLanguage", "Vietnamese"),
        "id": QT_TRANSLATE_NOOP("ExportLanguage", "Indonesian"),
        "ms": QT_TRANSLATE_NOOP("ExportLanguage", "Malay"),
        "fr": QT_TRANSLATE_NOOP("ExportLanguage", "French"),
        "es": QT_TRANSLATE_NOOP("ExportLanguage", "Spanish"),
        "de": QT_TRANSLATE_NOOP("ExportLanguage", "German"),
        "ru": QT_TRANSLATE_NOOP("ExportLanguage", "Russian"),
        "ar": QT_TRANSLATE_NOOP("ExportLanguage", "Arabic"),
    },
    "SupportKind": {
        "subsidy": QT_TRANSLATE_NOOP("SupportKind", "Subsidy"),
        "fair_slot": QT_TRANSLATE_NOOP("SupportKind", "Fair slot"),
        "introduction": QT_TRANSLATE_NOOP("SupportKind", "Introduction"),
        "expert": QT_TRANSLATE_NOOP("SupportKind", "Expert advice"),
        "other": QT_TRANSLATE_NOOP("SupportKind", "Other"),
    },
}

for _name, _values in EXPORT_SUPPORT_ENUMS.items():
    ENUMS[_name] = {**ENUMS.get(_name, {}), **_values}


# --- network (translated in its own catalogues)
NETWORK_ENUMS: dict[str, dict[str, str]] = {
    "RelationshipKind": {
        "sister": QT_TRANSLATE_NOOP("RelationshipKind", "Sister city"),
        "friendship": QT_TRANSLATE_NOOP("RelationshipKind", "Friendship city"),
        "partnership": QT_TRANSLATE_NOOP("RelationshipKind", "Partner city"),
        "network_member": QT_TRANSLATE_NOOP("RelationshipKind", "Fellow network member"),
    },
    "NetworkKind": {
        "city_association": QT_TRANSLATE_NOOP("NetworkKind", "Association of cities"),
        "un_network": QT_TRANSLATE_NOOP("NetworkKind", "UN network"),
        "international_body": QT_TRANSLATE_NOOP("NetworkKind", "International body"),
        "other": QT_TRANSLATE_NOOP("NetworkKind", "Other"),
    },
    "NetworkRole": {
        "member": QT_TRANSLATE_NOOP("NetworkRole", "Member"),
        "secretariat": QT_TRANSLATE_NOOP("NetworkRole", "Secretariat"),
        "chair": QT_TRANSLATE_NOOP("NetworkRole", "Chair"),
        "vice_chair": QT_TRANSLATE_NOOP("NetworkRole", "Vice chair"),
        "board_member": QT_TRANSLATE_NOOP("NetworkRole", "Board member"),
        "observer": QT_TRANSLATE_NOOP("NetworkRole", "Observer"),
    },
    "ExchangeKind": {
        "official_visit": QT_TRANSLATE_NOOP("ExchangeKind", "Official visit"),
        "student_exchange": QT_TRANSLATE_NOOP("ExchangeKind", "Student and youth exchange"),
        "cultural": QT_TRANSLATE_NOOP("ExchangeKind", "Cultural exchange"),
        "economic": QT_TRANSLATE_NOOP("ExchangeKind", "Economic exchange"),
        "technical_cooperation": QT_TRANSLATE_NOOP("ExchangeKind", "Technical cooperation"),
        "training_participants": QT_TRANSLATE_NOOP("ExchangeKind", "Training participants"),
    },
    "VisitStatus": {
        "planned": QT_TRANSLATE_NOOP("VisitStatus", "Planned"),
        "confirmed": QT_TRANSLATE_NOOP("VisitStatus", "Confirmed"),
        "done": QT_TRANSLATE_NOOP("VisitStatus", "Done"),
        "cancelled": QT_TRANSLATE_NOOP("VisitStatus", "Cancelled"),
    },
    "ParticipantSide": {
        "guest": QT_TRANSLATE_NOOP("ParticipantSide", "Guest"),
        "host": QT_TRANSLATE_NOOP("ParticipantSide", "Host (city)"),
        "interpreter": QT_TRANSLATE_NOOP("ParticipantSide", "Interpreter"),
    },
    "GiftDirection": {
        "given": QT_TRANSLATE_NOOP("GiftDirection", "Given"),
        "received": QT_TRANSLATE_NOOP("GiftDirection", "Received"),
    },
}

for _name, _values in NETWORK_ENUMS.items():
    ENUMS[_name] = {**ENUMS.get(_name, {}), **_values}
