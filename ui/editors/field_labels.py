"""The label of every field of every record type, translatable (record type names come from :mod:`ui.labels`).

Entries are marked with ``QT_TRANSLATE_NOOP`` so that lupdate collects them; ``field_label`` and
``type_label`` translate at run time. A per-type entry overrides the shared one.
"""

from __future__ import annotations

from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "FieldLabels"

SHARED = {
    "name": QT_TRANSLATE_NOOP("FieldLabels", "Name"),
    "name_ja": QT_TRANSLATE_NOOP("FieldLabels", "Name (Japanese)"),
    "name_en": QT_TRANSLATE_NOOP("FieldLabels", "Name (English)"),
    "name_kana": QT_TRANSLATE_NOOP("FieldLabels", "Reading (kana)"),
    "kind": QT_TRANSLATE_NOOP("FieldLabels", "Kind"),
    "title": QT_TRANSLATE_NOOP("FieldLabels", "Title"),
    "country": QT_TRANSLATE_NOOP("FieldLabels", "Country"),
    "owner": QT_TRANSLATE_NOOP("FieldLabels", "Owner"),
    "tags": QT_TRANSLATE_NOOP("FieldLabels", "Tags"),
    "notes": QT_TRANSLATE_NOOP("FieldLabels", "Notes"),
    "pillars": QT_TRANSLATE_NOOP("FieldLabels", "Plan pillars"),
    "email": QT_TRANSLATE_NOOP("FieldLabels", "Email"),
    "emails": QT_TRANSLATE_NOOP("FieldLabels", "Emails"),
    "phones": QT_TRANSLATE_NOOP("FieldLabels", "Phones"),
    "phone_raw": QT_TRANSLATE_NOOP("FieldLabels", "Phone"),
    "organization_id": QT_TRANSLATE_NOOP("FieldLabels", "Organization"),
    "contact_id": QT_TRANSLATE_NOOP("FieldLabels", "Contact"),
    "fair_id": QT_TRANSLATE_NOOP("FieldLabels", "Fair"),
    "status": QT_TRANSLATE_NOOP("FieldLabels", "Status"),
    "stage": QT_TRANSLATE_NOOP("FieldLabels", "Stage"),
    "description": QT_TRANSLATE_NOOP("FieldLabels", "Description"),
    "starts_on": QT_TRANSLATE_NOOP("FieldLabels", "Start date"),
    "ends_on": QT_TRANSLATE_NOOP("FieldLabels", "End date"),
    "industry": QT_TRANSLATE_NOOP("FieldLabels", "Industry"),
    "languages": QT_TRANSLATE_NOOP("FieldLabels", "Languages"),
    "deleted_at": QT_TRANSLATE_NOOP("FieldLabels", "Deleted"),
    "merged_into": QT_TRANSLATE_NOOP("FieldLabels", "Merged into"),
    "record_type": QT_TRANSLATE_NOOP("FieldLabels", "Linked record type"),
    "record_id": QT_TRANSLATE_NOOP("FieldLabels", "Linked record"),
    # organization
    "corporate_number": QT_TRANSLATE_NOOP("FieldLabels", "Corporate number"),
    "postal_code": QT_TRANSLATE_NOOP("FieldLabels", "Postal code"),
    "address": QT_TRANSLATE_NOOP("FieldLabels", "Address"),
    "website": QT_TRANSLATE_NOOP("FieldLabels", "Website"),
    "employees": QT_TRANSLATE_NOOP("FieldLabels", "Employees"),
    "capital_jpy": QT_TRANSLATE_NOOP("FieldLabels", "Capital (yen)"),
    # contact
    "family_name": QT_TRANSLATE_NOOP("FieldLabels", "Family name"),
    "given_name": QT_TRANSLATE_NOOP("FieldLabels", "Given name"),
    "family_name_kana": QT_TRANSLATE_NOOP("FieldLabels", "Family name (kana)"),
    "given_name_kana": QT_TRANSLATE_NOOP("FieldLabels", "Given name (kana)"),
    "latin_name": QT_TRANSLATE_NOOP("FieldLabels", "Name in Latin letters"),
    "name_order": QT_TRANSLATE_NOOP("FieldLabels", "Name order"),
    "display_name": QT_TRANSLATE_NOOP("FieldLabels", "Display name"),
    "department": QT_TRANSLATE_NOOP("FieldLabels", "Department"),
    # lead
    "source": QT_TRANSLATE_NOOP("FieldLabels", "Source"),
    "rating": QT_TRANSLATE_NOOP("FieldLabels", "Rating"),
    "interest_organization_id": QT_TRANSLATE_NOOP("FieldLabels", "Company of interest"),
    "captured_at": QT_TRANSLATE_NOOP("FieldLabels", "Captured at"),
    "captured_tz": QT_TRANSLATE_NOOP("FieldLabels", "Capture time zone"),
    "interest": QT_TRANSLATE_NOOP("FieldLabels", "Interest"),
    "next_action": QT_TRANSLATE_NOOP("FieldLabels", "Next action"),
    "follow_up_on": QT_TRANSLATE_NOOP("FieldLabels", "Follow-up date"),
    # meeting series and bid
    "acronym": QT_TRANSLATE_NOOP("FieldLabels", "Acronym"),
    "association_id": QT_TRANSLATE_NOOP("FieldLabels", "Association"),
    "frequency": QT_TRANSLATE_NOOP("FieldLabels", "Frequency"),
    "rotation_area": QT_TRANSLATE_NOOP("FieldLabels", "Rotation area"),
    "rotation_pattern": QT_TRANSLATE_NOOP("FieldLabels", "Rotation pattern"),
    "preferred_month": QT_TRANSLATE_NOOP("FieldLabels", "Preferred month"),
    "typical_delegates": QT_TRANSLATE_NOOP("FieldLabels", "Typical delegates"),
    "first_year": QT_TRANSLATE_NOOP("FieldLabels", "First held (year)"),
    "series_id": QT_TRANSLATE_NOOP("FieldLabels", "Meeting series"),
    "meeting_type": QT_TRANSLATE_NOOP("FieldLabels", "Meeting type"),
    "edition_year": QT_TRANSLATE_NOOP("FieldLabels", "Edition year"),
    "delegates_international": QT_TRANSLATE_NOOP("FieldLabels", "International delegates"),
    "delegates_domestic": QT_TRANSLATE_NOOP("FieldLabels", "Domestic delegates"),
    "accompanying": QT_TRANSLATE_NOOP("FieldLabels", "Accompanying persons"),
    "days": QT_TRANSLATE_NOOP("FieldLabels", "Days"),
    "venue_id": QT_TRANSLATE_NOOP("FieldLabels", "Venue"),
    "probability": QT_TRANSLATE_NOOP("FieldLabels", "Probability (%)"),
    "bid_deadline": QT_TRANSLATE_NOOP("FieldLabels", "Bid deadline"),
    "decision_on": QT_TRANSLATE_NOOP("FieldLabels", "Decision date"),
    "decision_body": QT_TRANSLATE_NOOP("FieldLabels", "Decision body"),
    "competitors": QT_TRANSLATE_NOOP("FieldLabels", "Competing destinations"),
    "host_contact_id": QT_TRANSLATE_NOOP("FieldLabels", "Host contact"),
    "association_contact_id": QT_TRANSLATE_NOOP("FieldLabels", "Association contact"),
    "support_offered": QT_TRANSLATE_NOOP("FieldLabels", "Support offered"),
    "outcome_reason": QT_TRANSLATE_NOOP("FieldLabels", "Won/lost reason"),
    "economic_impact_jpy": QT_TRANSLATE_NOOP("FieldLabels", "Economic impact (yen)"),
    "impact_parameters": QT_TRANSLATE_NOOP("FieldLabels", "Impact parameters"),
    # fair and participation
    "organizer": QT_TRANSLATE_NOOP("FieldLabels", "Organizer"),
    "city": QT_TRANSLATE_NOOP("FieldLabels", "City"),
    "timezone": QT_TRANSLATE_NOOP("FieldLabels", "Time zone"),
    "sector": QT_TRANSLATE_NOOP("FieldLabels", "Sector"),
    "pavilion": QT_TRANSLATE_NOOP("FieldLabels", "Pavilion"),
    "budget_jpy": QT_TRANSLATE_NOOP("FieldLabels", "Budget (yen)"),
    "booth": QT_TRANSLATE_NOOP("FieldLabels", "Booth"),
    "products": QT_TRANSLATE_NOOP("FieldLabels", "Products"),
    "objectives": QT_TRANSLATE_NOOP("FieldLabels", "Objectives"),
    "cost_jpy": QT_TRANSLATE_NOOP("FieldLabels", "Cost (yen)"),
    "subsidy_jpy": QT_TRANSLATE_NOOP("FieldLabels", "Subsidy (yen)"),
    "negotiations": QT_TRANSLATE_NOOP("FieldLabels", "Negotiations"),
    "deals": QT_TRANSLATE_NOOP("FieldLabels", "Deals"),
    "expected_sales_jpy": QT_TRANSLATE_NOOP("FieldLabels", "Expected sales (yen)"),
    "actual_sales_jpy": QT_TRANSLATE_NOOP("FieldLabels", "Actual sales (yen)"),
    # export support
    "certifications": QT_TRANSLATE_NOOP("FieldLabels", "Certifications"),
    "priority": QT_TRANSLATE_NOOP("FieldLabels", "Priority"),
    "area": QT_TRANSLATE_NOOP("FieldLabels", "Support area"),
    "resolved": QT_TRANSLATE_NOOP("FieldLabels", "Resolved"),
    "held_at": QT_TRANSLATE_NOOP("FieldLabels", "Held at"),
    "advisor": QT_TRANSLATE_NOOP("FieldLabels", "Advisor"),
    "summary": QT_TRANSLATE_NOOP("FieldLabels", "Summary"),
    "outcome": QT_TRANSLATE_NOOP("FieldLabels", "Outcome"),
    "occurred_on": QT_TRANSLATE_NOOP("FieldLabels", "Date"),
    "value_jpy": QT_TRANSLATE_NOOP("FieldLabels", "Value (yen)"),
    # students, openings, matches
    "nationality": QT_TRANSLATE_NOOP("FieldLabels", "Nationality"),
    "university_id": QT_TRANSLATE_NOOP("FieldLabels", "University"),
    "major": QT_TRANSLATE_NOOP("FieldLabels", "Major"),
    "degree": QT_TRANSLATE_NOOP("FieldLabels", "Degree"),
    "graduation_year": QT_TRANSLATE_NOOP("FieldLabels", "Graduation year"),
    "graduation_month": QT_TRANSLATE_NOOP("FieldLabels", "Graduation month"),
    "jlpt": QT_TRANSLATE_NOOP("FieldLabels", "JLPT level"),
    "english": QT_TRANSLATE_NOOP("FieldLabels", "English (CEFR)"),
    "other_languages": QT_TRANSLATE_NOOP("FieldLabels", "Other languages"),
    "skills": QT_TRANSLATE_NOOP("FieldLabels", "Skills"),
    "desired_industries": QT_TRANSLATE_NOOP("FieldLabels", "Desired industries"),
    "desired_job_types": QT_TRANSLATE_NOOP("FieldLabels", "Desired job types"),
    "desired_locations": QT_TRANSLATE_NOOP("FieldLabels", "Desired locations"),
    "internship_interest": QT_TRANSLATE_NOOP("FieldLabels", "Interested in internships"),
    "residence_status": QT_TRANSLATE_NOOP("FieldLabels", "Residence status"),
    "consent_purposes": QT_TRANSLATE_NOOP("FieldLabels", "Consent purposes"),
    "consent_on": QT_TRANSLATE_NOOP("FieldLabels", "Consent date"),
    "consent_expires_on": QT_TRANSLATE_NOOP("FieldLabels", "Consent expires"),
    "consent_share_with_companies": QT_TRANSLATE_NOOP("FieldLabels", "May share profile with companies"),
    "retain_until": QT_TRANSLATE_NOOP("FieldLabels", "Retain until"),
    "required_skills": QT_TRANSLATE_NOOP("FieldLabels", "Required skills"),
    "min_jlpt": QT_TRANSLATE_NOOP("FieldLabels", "Minimum JLPT"),
    "location": QT_TRANSLATE_NOOP("FieldLabels", "Location"),
    "headcount": QT_TRANSLATE_NOOP("FieldLabels", "Headcount"),
    "apply_by": QT_TRANSLATE_NOOP("FieldLabels", "Apply by"),
    "student_id": QT_TRANSLATE_NOOP("FieldLabels", "Student"),
    "opening_id": QT_TRANSLATE_NOOP("FieldLabels", "Opening"),
    "score": QT_TRANSLATE_NOOP("FieldLabels", "Score"),
    "reasons": QT_TRANSLATE_NOOP("FieldLabels", "Score explanation"),
    # activities, tasks, attachments
    "subject": QT_TRANSLATE_NOOP("FieldLabels", "Subject"),
    "body": QT_TRANSLATE_NOOP("FieldLabels", "Details"),
    "occurred_at": QT_TRANSLATE_NOOP("FieldLabels", "When"),
    "due_on": QT_TRANSLATE_NOOP("FieldLabels", "Due date"),
    "done": QT_TRANSLATE_NOOP("FieldLabels", "Done"),
    "assignee": QT_TRANSLATE_NOOP("FieldLabels", "Assignee"),
    "filename": QT_TRANSLATE_NOOP("FieldLabels", "File name"),
    "size": QT_TRANSLATE_NOOP("FieldLabels", "Size"),
    "file": QT_TRANSLATE_NOOP("FieldLabels", "File"),
    "sha256": QT_TRANSLATE_NOOP("FieldLabels", "SHA-256"),
    "mime_type": QT_TRANSLATE_NOOP("FieldLabels", "File type"),
    "role": QT_TRANSLATE_NOOP("FieldLabels", "Role"),
    # indicators
    "code": QT_TRANSLATE_NOOP("FieldLabels", "Code"),
    "pillar": QT_TRANSLATE_NOOP("FieldLabels", "Pillar"),
    "unit": QT_TRANSLATE_NOOP("FieldLabels", "Unit"),
    "formula": QT_TRANSLATE_NOOP("FieldLabels", "Formula"),
    "indicator_id": QT_TRANSLATE_NOOP("FieldLabels", "Indicator"),
    "fiscal_year": QT_TRANSLATE_NOOP("FieldLabels", "Fiscal year"),
    "target": QT_TRANSLATE_NOOP("FieldLabels", "Target"),
    "actual": QT_TRANSLATE_NOOP("FieldLabels", "Actual"),
    # the quick lead form
    "company": QT_TRANSLATE_NOOP("FieldLabels", "Company"),
    "phone": QT_TRANSLATE_NOOP("FieldLabels", "Phone"),
}

PER_TYPE = {
    ("lead", "title"): QT_TRANSLATE_NOOP("FieldLabels", "Lead title"),
    ("task", "title"): QT_TRANSLATE_NOOP("FieldLabels", "Task"),
    ("opening", "title"): QT_TRANSLATE_NOOP("FieldLabels", "Job title"),
    ("contact", "title"): QT_TRANSLATE_NOOP("FieldLabels", "Job title"),
    ("student", "display_name"): QT_TRANSLATE_NOOP("FieldLabels", "Name"),
    ("student", "email"): QT_TRANSLATE_NOOP("FieldLabels", "Email"),
    ("company_profile", "stage"): QT_TRANSLATE_NOOP("FieldLabels", "Export stage"),
    ("target_market", "status"): QT_TRANSLATE_NOOP("FieldLabels", "Market status"),
    ("meeting_series", "name"): QT_TRANSLATE_NOOP("FieldLabels", "Series name"),
    ("bid", "name"): QT_TRANSLATE_NOOP("FieldLabels", "Bid name"),
    ("fair", "name"): QT_TRANSLATE_NOOP("FieldLabels", "Fair name"),
    ("participation", "organization_id"): QT_TRANSLATE_NOOP("FieldLabels", "Local company"),
    ("opening", "organization_id"): QT_TRANSLATE_NOOP("FieldLabels", "Company"),
    ("contact", "country"): QT_TRANSLATE_NOOP("FieldLabels", "Country"),
}



def field_label(record_type: str, field: str) -> str:
    """The translated label of ``field``; list entries like ``emails[1]`` use their list's label."""
    base = field.split("[", 1)[0]
    source = PER_TYPE.get((record_type, base)) or SHARED.get(base)
    return QCoreApplication.translate(_CONTEXT, source) if source else field


def type_label(record_type: str) -> str:
    """Record type names live with the framework's labels, so lists and editors say the same."""
    from ui.labels import record_type_label

    return record_type_label(record_type)
