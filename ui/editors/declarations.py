"""What each record type's form shows: its fields in order, each with the widget kind that edits it.

One declaration per type drives the generic form builder (:mod:`ui.editors.form`); enum classes
and reference targets come from here, the labels from :mod:`ui.editors.field_labels`, and the
validation from the core service's own field specs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sapporo_mice import enums as e


@dataclass(frozen=True)
class FieldDecl:
    name: str
    kind: str  # text long choice ref date datetime int number flag country timezone email phone tags pillars emails phones
    arg: Any = None  # the enum class of a choice, the record type of a ref

    @property
    def wide(self) -> bool:
        return self.kind in ("long", "emails", "phones")


def _decls(*specs: tuple) -> tuple[FieldDecl, ...]:
    return tuple(FieldDecl(*spec) for spec in specs)


FORMS: dict[str, tuple[FieldDecl, ...]] = {
    "organization": _decls(
        ("name", "text"), ("kind", "choice", e.OrgKind), ("name_ja", "text"), ("name_en", "text"),
        ("name_kana", "text"), ("corporate_number", "text"), ("country", "country"), ("postal_code", "text"),
        ("address", "text"), ("phone_raw", "phone"), ("email", "email"), ("website", "text"),
        ("industry", "text"), ("employees", "int"), ("capital_jpy", "int"), ("owner", "text"), ("tags", "tags"),
        ("notes", "long"),
    ),
    "contact": _decls(
        ("family_name", "text"), ("given_name", "text"), ("family_name_kana", "text"), ("given_name_kana", "text"),
        ("latin_name", "text"), ("name_order", "choice", e.NameOrder), ("title", "text"), ("department", "text"),
        ("organization_id", "ref", "organization"), ("country", "country"), ("languages", "text"),
        ("owner", "text"), ("tags", "tags"), ("emails", "emails"), ("phones", "phones"), ("notes", "long"),
    ),
    "lead": _decls(
        ("title", "text"), ("kind", "choice", e.LeadKind), ("status", "choice", e.LeadStatus),
        ("rating", "choice", e.Rating), ("contact_id", "ref", "contact"), ("organization_id", "ref", "organization"),
        ("fair_id", "ref", "fair"), ("interest_organization_id", "ref", "organization"), ("source", "text"),
        ("owner", "text"), ("captured_at", "datetime"), ("captured_tz", "timezone"), ("follow_up_on", "date"),
        ("next_action", "text"), ("pillars", "pillars"), ("tags", "tags"), ("interest", "long"), ("notes", "long"),
    ),
    "meeting_series": _decls(
        ("name", "text"), ("name_ja", "text"), ("acronym", "text"), ("association_id", "ref", "organization"),
        ("frequency", "choice", e.Frequency), ("rotation_area", "text"), ("rotation_pattern", "text"),
        ("preferred_month", "int"), ("typical_delegates", "int"), ("first_year", "int"), ("notes", "long"),
    ),
    "bid": _decls(
        ("name", "text"), ("series_id", "ref", "meeting_series"), ("meeting_type", "choice", e.MeetingType),
        ("stage", "choice", e.BidStage), ("edition_year", "int"), ("probability", "int"), ("starts_on", "date"),
        ("ends_on", "date"), ("delegates_international", "int"), ("delegates_domestic", "int"),
        ("accompanying", "int"), ("days", "int"), ("venue_id", "ref", "organization"), ("bid_deadline", "date"),
        ("decision_on", "date"), ("decision_body", "text"),
        ("host_contact_id", "ref", "contact"), ("association_contact_id", "ref", "contact"),
        ("economic_impact_jpy", "int"), ("owner", "text"), ("pillars", "pillars"), ("tags", "tags"),
        ("support_offered", "long"), ("outcome_reason", "long"), ("notes", "long"),
    ),
    "fair": _decls(
        ("name", "text"), ("name_ja", "text"), ("organizer", "text"), ("city", "text"), ("country", "country"),
        ("timezone", "timezone"), ("starts_on", "date"), ("ends_on", "date"), ("sector", "text"),
        ("pavilion", "text"), ("budget_jpy", "int"), ("owner", "text"), ("notes", "long"),
    ),
    "participation": _decls(
        ("fair_id", "ref", "fair"), ("organization_id", "ref", "organization"), ("contact_id", "ref", "contact"),
        ("booth", "text"), ("cost_jpy", "int"), ("subsidy_jpy", "int"), ("negotiations", "int"), ("deals", "int"),
        ("expected_sales_jpy", "int"), ("actual_sales_jpy", "int"), ("products", "long"), ("objectives", "long"),
        ("notes", "long"),
    ),
    "company_profile": _decls(
        ("organization_id", "ref", "organization"), ("stage", "choice", e.ExportStage), ("certifications", "text"),
        ("products", "long"), ("notes", "long"),
    ),
    "target_market": _decls(
        ("organization_id", "ref", "organization"), ("country", "country"), ("priority", "int"),
        ("status", "choice", e.MarketStatus),
    ),
    "support_need": _decls(
        ("organization_id", "ref", "organization"), ("area", "choice", e.SupportArea), ("resolved", "flag"),
        ("description", "long"),
    ),
    "consultation": _decls(
        ("organization_id", "ref", "organization"), ("held_at", "datetime"), ("area", "choice", e.SupportArea),
        ("country", "country"), ("advisor", "text"), ("summary", "long"), ("outcome", "long"),
    ),
    "expansion_case": _decls(
        ("organization_id", "ref", "organization"), ("country", "country"), ("kind", "choice", e.ExpansionKind),
        ("occurred_on", "date"), ("value_jpy", "int"), ("description", "long"),
    ),
    "student": _decls(
        ("display_name", "text"), ("name_kana", "text"), ("latin_name", "text"), ("email", "email"),
        ("nationality", "country"), ("university_id", "ref", "organization"), ("major", "text"),
        ("degree", "choice", e.Degree), ("graduation_year", "int"), ("graduation_month", "int"),
        ("jlpt", "choice", e.JLPT), ("english", "choice", e.CEFR), ("other_languages", "text"),
        ("desired_industries", "text"), ("desired_job_types", "text"), ("desired_locations", "text"),
        ("internship_interest", "flag"), ("residence_status", "text"), ("consent_purposes", "text"),
        ("consent_on", "date"), ("consent_expires_on", "date"), ("consent_share_with_companies", "flag"),
        ("retain_until", "date"), ("contact_id", "ref", "contact"), ("owner", "text"), ("tags", "tags"),
        ("skills", "long"), ("notes", "long"),
    ),
    "opening": _decls(
        ("title", "text"), ("organization_id", "ref", "organization"), ("kind", "choice", e.OpeningKind),
        ("industry", "text"), ("location", "text"), ("headcount", "int"), ("min_jlpt", "choice", e.JLPT),
        ("languages", "text"), ("required_skills", "text"), ("starts_on", "date"), ("ends_on", "date"),
        ("apply_by", "date"), ("owner", "text"), ("description", "long"),
    ),
    "match": _decls(
        ("student_id", "ref", "student"), ("opening_id", "ref", "opening"), ("stage", "choice", e.MatchStage),
        ("score", "number"), ("owner", "text"), ("reasons", "long"), ("notes", "long"),
    ),
    "activity": _decls(
        ("subject", "text"), ("kind", "choice", e.ActivityKind), ("occurred_at", "datetime"), ("owner", "text"),
        ("pillars", "pillars"), ("body", "long"),
    ),
    "task": _decls(
        ("title", "text"), ("due_on", "date"), ("assignee", "text"), ("done", "flag"), ("notes", "long"),
    ),
    "indicator": _decls(
        ("code", "text"), ("name_ja", "text"), ("name_en", "text"), ("pillar", "int"), ("unit", "text"),
        ("source", "choice", e.IndicatorSource), ("formula", "text"), ("description", "long"),
    ),
    "indicator_value": _decls(
        ("indicator_id", "ref", "indicator"), ("fiscal_year", "int"), ("target", "number"), ("actual", "number"),
    ),
    "attachment": _decls(("filename", "text"), ("role", "text")),
}

# The field whose value titles the editor window.
TITLE_FIELDS = {
    "organization": "name", "contact": "display_name", "lead": "title", "meeting_series": "name", "bid": "name",
    "fair": "name", "student": "display_name", "opening": "title", "activity": "subject", "task": "title",
    "indicator": "name_ja", "consultation": "summary", "expansion_case": "description", "attachment": "filename",
}
