"""Translated labels: every enum value, list column titles and saved filter names (record type names come
from the core's :mod:`sapporo_mice.vocabulary`).

The English text is the translation source; each enum has its own translation context (its class
name), so "Won" can be 成約 for a lead and 誘致決定 for a bid. Use :func:`enum_label`,
:func:`record_type_label`, :func:`column_title` and :func:`filter_title`; unknown values come back
as they are, never as an error.
"""

from __future__ import annotations

from sapporo_mice.enum_labels import ENUMS  # one table for the UI and the core (re-exported)
from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication

__all__ = ["ENUMS", "column_title", "enum_choices", "enum_label", "filter_title", "record_type_label"]

COLUMNS = {
    "display_name": QT_TRANSLATE_NOOP("Column", "Name"),
    "name": QT_TRANSLATE_NOOP("Column", "Name"),
    # in English the Latin form first (アクセスサッポロ reads as Axes Sapporo), else the kana: not only a "reading"
    "reading": QT_TRANSLATE_NOOP("Column", "Reads as"),
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
    "probability": QT_TRANSLATE_NOOP("Column", "Probability (%)"),
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
    "record_type": QT_TRANSLATE_NOOP("Column", "Linked type"),
    "related": QT_TRANSLATE_NOOP("Column", "Linked to"),
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


# --- network (the labels themselves live in the area's own module and catalogue)
from ui.network.labels import (  # noqa: E402
    COLUMNS as _NETWORK_COLUMNS,
    ENUMS as _NETWORK_ENUMS,
    TYPE_COLUMNS as _NETWORK_TYPE_COLUMNS,
)

ENUMS.update(_NETWORK_ENUMS)
COLUMNS.update(_NETWORK_COLUMNS)


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
    # Japanese: the kana reading (フリガナ); English: the name as the company writes it, beside its English name
    ("organization", "reading"): QT_TRANSLATE_NOOP("Column", "Reading, or the name as written"),
    **_NETWORK_TYPE_COLUMNS,
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
