"""What each record type's form shows: its fields in order, each with the widget kind that edits it.

One declaration per type drives the generic form builder (:mod:`ui.editors.form`); enum classes
and reference targets come from here, the labels from :mod:`ui.editors.field_labels`, and the
validation from the core service's own field specs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sapporo_mice import enums as e
from sapporo_mice.labels import FAIR_SECTORS, LEAD_SOURCES
from sapporo_mice.students.vocab import INDUSTRIES


@dataclass(frozen=True)
class FieldDecl:
    name: str
    kind: str  # text long choice codes ref linked pillar formula date datetime int number flag country timezone email phone tags pillars emails phones widget
    arg: Any = None  # the enum class of a choice, the record type of a ref, a widget's factory (lang -> widget),
    # the field naming the time zone a datetime is shown in

    @property
    def wide(self) -> bool:
        return self.kind in ("long", "emails", "phones", "codes", "widget", "vocab_many")  # check lists span the form


def _decls(*specs: tuple) -> tuple[FieldDecl, ...]:
    return tuple(FieldDecl(*spec) for spec in specs)


FORMS: dict[str, tuple[FieldDecl, ...]] = {
    "organization": _decls(
        ("name", "text"), ("kind", "choice", e.OrgKind), ("name_ja", "text"), ("name_en", "text"),
        ("name_kana", "text"), ("corporate_number", "text"), ("country", "country"), ("postal_code", "text"),
        ("address", "text"), ("phone_raw", "phone"), ("email", "email"), ("website", "text"),
        ("industry", "suggest", INDUSTRIES), ("employees", "int"), ("capital_jpy", "int"), ("owner", "text"), ("tags", "tags"),
        ("notes", "long"),
    ),
    "contact": _decls(
        ("family_name", "text"), ("given_name", "text"), ("family_name_kana", "text"), ("given_name_kana", "text"),
        ("latin_name", "text"), ("name_order", "choice", e.NameOrder), ("title", "text"), ("department", "text"),
        ("organization_id", "ref", "organization"), ("country", "country"),
        ("languages", "widget", lambda lang: _languages(lang, as_text=True)),
        ("owner", "text"), ("tags", "tags"), ("emails", "emails"), ("phones", "phones"), ("notes", "long"),
    ),
    "lead": _decls(
        ("title", "text"), ("kind", "choice", e.LeadKind), ("status", "choice", e.LeadStatus),
        ("rating", "choice", e.Rating), ("contact_id", "ref", "contact"), ("organization_id", "ref", "organization"),
        ("fair_id", "ref", "fair"), ("interest_organization_id", "ref", "organization"), ("source", "suggest", LEAD_SOURCES),
        ("owner", "text"), ("captured_at", "datetime", "captured_tz"), ("captured_tz", "timezone"),
        ("follow_up_on", "date"), ("next_action", "text"), ("pillars", "pillars"), ("tags", "tags"), ("interest", "long"),
        ("notes", "long"),
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
        ("name", "text"), ("name_ja", "text"), ("organizer", "text"), ("city", "text"), ("city_en", "text"),
        ("country", "country"),
        ("timezone", "timezone"), ("starts_on", "date"), ("ends_on", "date"), ("sector", "suggest", FAIR_SECTORS),
        ("pavilion", "text"), ("pavilion_en", "text"), ("budget_jpy", "int"), ("owner", "text"), ("notes", "long"),
    ),
    "participation": _decls(
        ("fair_id", "ref", "fair"), ("organization_id", "ref", "organization"), ("contact_id", "ref", "contact"),
        ("booth", "text"), ("cost_jpy", "int"), ("subsidy_jpy", "int"), ("negotiations", "int"), ("deals", "int"),
        ("expected_sales_jpy", "int"), ("actual_sales_jpy", "int"), ("products", "long"), ("objectives", "long"),
        ("notes", "long"),
    ),
    "company_profile": _decls(
        ("organization_id", "ref", "organization"), ("stage", "choice", e.ExportStage), ("staff", "text"),
        ("certifications", "codes", e.Certification), ("languages", "codes", e.ExportLanguage),
        ("products", "long"), ("notes", "long"),
    ),
    "target_market": _decls(
        ("organization_id", "ref", "organization"), ("country", "country"),
        ("priority", "choice", e.MarketPriority), ("status", "choice", e.MarketStatus), ("reason", "long"),
    ),
    "support_need": _decls(
        ("organization_id", "ref", "organization"), ("area", "choice", e.SupportArea), ("resolved", "flag"),
        ("addressed_on", "date"), ("description", "long"), ("answer", "long"),
    ),
    "consultation": _decls(
        ("organization_id", "ref", "organization"), ("held_at", "datetime"), ("area", "choice", e.SupportArea),
        ("country", "country"), ("advisor", "text"), ("next_step", "text"), ("next_step_due", "date"),
        ("attendees", "long"), ("summary", "long"), ("outcome", "long"),
    ),
    "support_given": _decls(
        ("organization_id", "ref", "organization"), ("kind", "choice", e.SupportKind), ("given_on", "date"),
        ("amount_jpy", "int"), ("counterpart_id", "ref", "organization"), ("fair_id", "ref", "fair"),
        ("lead_id", "ref", "lead"), ("staff", "text"), ("description", "long"),
    ),
    "expansion_case": _decls(
        ("organization_id", "ref", "organization"), ("country", "country"), ("kind", "choice", e.ExpansionKind),
        ("occurred_on", "date"), ("value_jpy", "int"), ("description", "long"),
    ),
    "student": _decls(
        ("display_name", "text"), ("name_kana", "text"), ("latin_name", "text"), ("email", "email"),
        ("nationality", "country"), ("university_id", "ref", "organization"), ("contact_id", "ref", "contact"),
        ("major", "text"), ("degree", "choice", e.Degree), ("graduation_year", "int"), ("graduation_month", "int"),
        ("jlpt", "choice", e.JLPT), ("english", "choice", e.CEFR), ("other_languages", "languages"),
        ("residence_status", "vocab", "residence_status"), ("residence_expires_on", "date"),
        ("part_time_permit", "flag"), ("internship_interest", "flag"), ("skills", "tags"),
        ("desired_industries", "vocab_many", "industry"), ("desired_job_types", "vocab_many", "job_type"),
        ("desired_locations", "vocab_many", "location"),
        ("consent_on", "date"), ("consent_expires_on", "date"), ("consent_purposes", "vocab_many", "consent_purpose"),
        ("consent_share_with_companies", "flag"), ("retain_until", "date"), ("owner", "text"), ("tags", "tags"),
        ("notes", "long"),
    ),
    "opening": _decls(
        ("title", "text"), ("organization_id", "ref", "organization"), ("kind", "choice", e.OpeningKind),
        ("industry", "vocab", "industry"), ("job_type", "vocab", "job_type"), ("location", "place"),
        ("headcount", "int"), ("hours_per_week", "int"), ("min_jlpt", "choice", e.JLPT),
        ("min_english", "choice", e.CEFR), ("languages", "languages"), ("required_skills", "tags"),
        ("starts_on", "date"), ("ends_on", "date"), ("apply_by", "date"), ("owner", "text"), ("description", "long"),
    ),
    "match": _decls(
        ("student_id", "ref", "student"), ("opening_id", "ref", "opening"), ("stage", "choice", e.MatchStage),
        ("score", "number"), ("owner", "text"), ("hired_on", "date"), ("host_rating", "int"), ("host_note", "long"),
        ("notes", "long"),
    ),
    "activity": _decls(
        ("subject", "text"), ("kind", "choice", e.ActivityKind), ("occurred_at", "datetime"), ("owner", "text"),
        ("pillars", "pillars"), ("body", "long"),
    ),
    "task": _decls(
        ("title", "text"), ("due_on", "date"), ("assignee", "text"), ("done", "flag"), ("record_id", "linked"),
        ("notes", "long"),
    ),
    "indicator": _decls(
        # no code: an identifier (P1_AWARENESS) means nothing to staff; the service gives a new indicator one
        ("name_ja", "text"), ("name_en", "text"), ("pillar", "pillar"), ("unit", "text"),
        ("source", "choice", e.IndicatorSource), ("formula", "formula"), ("description", "long"),
    ),
    "indicator_value": _decls(
        ("indicator_id", "ref", "indicator"), ("fiscal_year", "int"), ("target", "number"), ("actual", "number"),
    ),
    "attachment": _decls(("filename", "text"), ("role", "text")),
}

# --- network
def _languages(lang: str, as_text: bool = False) -> Any:
    from ui.network.widgets import LanguageCodesWidget, LanguagesWidget

    return LanguageCodesWidget(lang) if as_text else LanguagesWidget(lang)


FORMS.update({
    "partner_city": _decls(
        ("name", "text"), ("name_en", "text"), ("name_local", "text"), ("name_kana", "text"),
        ("country", "country"), ("region", "text"), ("relationship", "choice", e.RelationshipKind),
        ("since_year", "int"), ("since_on", "date"), ("counterpart_org_id", "ref", "organization"),
        ("timezone", "timezone"), ("website", "text"), ("owner", "text"), ("tags", "tags"),
        ("languages", "widget", _languages), ("notes", "long"),
    ),
    "city_network": _decls(
        ("name", "text"), ("name_en", "text"), ("acronym", "text"), ("kind", "choice", e.NetworkKind),
        ("organization_id", "ref", "organization"), ("secretariat", "text"), ("website", "text"),
        ("sapporo_role", "choice", e.NetworkRole), ("sapporo_founding", "flag"), ("sapporo_since_year", "int"),
        ("sapporo_since_on", "date"), ("sapporo_designation", "text"), ("owner", "text"), ("tags", "tags"),
        ("notes", "long"),
    ),
    "network_membership": _decls(
        ("network_id", "ref", "city_network"), ("partner_city_id", "ref", "partner_city"),
        ("role", "choice", e.NetworkRole), ("founding", "flag"), ("since_year", "int"), ("designation", "text"),
        ("notes", "long"),
    ),
    "exchange": _decls(
        ("title", "text"), ("kind", "choice", e.ExchangeKind), ("partner_city_id", "ref", "partner_city"),
        ("network_id", "ref", "city_network"), ("partner_org_id", "ref", "organization"), ("starts_on", "date"),
        ("ends_on", "date"), ("sapporo_participants", "int"), ("partner_participants", "int"), ("owner", "text"),
        ("pillars", "pillars"), ("tags", "tags"), ("description", "long"), ("outcome", "long"), ("notes", "long"),
    ),
    "visit": _decls(
        ("title", "text"), ("status", "choice", e.VisitStatus), ("partner_city_id", "ref", "partner_city"),
        ("from_city", "text"), ("country", "country"), ("organization_id", "ref", "organization"),
        ("exchange_id", "ref", "exchange"), ("arrives_on", "date"), ("departs_on", "date"), ("owner", "text"),
        ("pillars", "pillars"), ("tags", "tags"), ("purpose", "long"), ("protocol_notes", "long"), ("notes", "long"),
    ),
    "participant": _decls(
        ("name", "text"), ("side", "choice", e.ParticipantSide), ("contact_id", "ref", "contact"), ("role", "text"),
        ("visit_id", "ref", "visit"), ("exchange_id", "ref", "exchange"), ("notes", "long"),
    ),
    "programme_item": _decls(
        ("visit_id", "ref", "visit"), ("activity", "text"), ("starts_at", "datetime"), ("ends_at", "datetime"),
        ("place", "text"), ("attendees", "text"), ("notes", "long"),
    ),
    "gift": _decls(
        ("visit_id", "ref", "visit"), ("direction", "choice", e.GiftDirection), ("item", "text"), ("giver", "text"),
        ("recipient", "text"), ("value_jpy", "int"), ("notes", "long"),
    ),
})

# The field whose value titles the editor window, where its service names it by no rule of its own
# (``RecordService.title_of``: a company, fair, series, partner city, network or indicator in the reader's language).
TITLE_FIELDS = {
    "organization": "name", "contact": "display_name", "lead": "title", "meeting_series": "name", "bid": "name",
    "fair": "name", "student": "display_name", "opening": "title", "activity": "subject", "task": "title",
    "indicator": "name_ja", "consultation": "summary", "expansion_case": "description", "attachment": "filename",
    "support_given": "description", "support_need": "description",
    # --- network
    "exchange": "title", "visit": "title", "participant": "name", "programme_item": "activity", "gift": "item",
    "network_membership": "designation",
}
