"""International students, openings at local companies, and matches between them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sapporo_mice.errors import FieldProblem
from sapporo_mice.models import (
    CEFR,
    JLPT,
    Degree,
    Match,
    MatchStage,
    MatchStageChange,
    Opening,
    OpeningKind,
    Organization,
    Student,
)
from sapporo_mice.services import fields as f
from sapporo_mice.services.base import RecordService, Related, SearchDoc, check_date_order
from sapporo_mice.services.stages import StagedRecordService
from sapporo_mice.text import sort_key

if TYPE_CHECKING:
    from sapporo_mice.store import Unit


class StudentService(RecordService):
    record_type = "student"
    model = Student
    name_columns = ("display_name", "latin_name")
    default_order = "sort_key"
    fields = {
        "contact_id": f.ref("contact"),
        "display_name": f.text(300, required=True),
        "name_kana": f.text(300),
        "latin_name": f.text(300),
        "email": f.email(),
        "nationality": f.country(),
        "university_id": f.ref("organization"),
        "major": f.text(200),
        "degree": f.choice(Degree),
        "graduation_year": f.integer(1990, 2100),
        "graduation_month": f.integer(1, 12),
        "jlpt": f.choice(JLPT),
        "english": f.choice(CEFR),
        "other_languages": f.text(300),
        "skills": f.text(5000),
        "desired_industries": f.text(500),
        "desired_job_types": f.text(500),
        "desired_locations": f.text(500),
        "internship_interest": f.flag(),
        "residence_status": f.text(100),
        "consent_purposes": f.text(500),
        "consent_on": f.date(),
        "consent_expires_on": f.date(),
        "consent_share_with_companies": f.flag(),
        "retain_until": f.date(),
        "owner": f.text(120),
        "tags": f.tags(),
        "notes": f.text(20000),
    }

    def validate_record(self, unit: Unit, cleaned: dict[str, Any], problems: list[FieldProblem]) -> None:
        check_date_order(cleaned, "consent_on", "consent_expires_on", problems)

    def derive(self, row: Student, cleaned: dict[str, Any], related: Related) -> list[FieldProblem]:
        row.sort_key = sort_key(row.name_kana, row.latin_name, row.display_name)
        return []

    def search_doc(self, row: Student, related: Related) -> SearchDoc:
        university = related.fetch(Organization, row.university_id)
        return SearchDoc(row.display_name, university.name if university else row.nationality,
                         [row.name_kana, row.latin_name, row.major, row.skills, row.email, row.tags])


class OpeningService(RecordService):
    record_type = "opening"
    model = Opening
    name_columns = ("title",)
    fields = {
        "organization_id": f.ref("organization", required=True),
        "title": f.text(300, required=True),
        "kind": f.choice(OpeningKind, required=True),
        "description": f.text(20000),
        "required_skills": f.text(500),
        "min_jlpt": f.choice(JLPT),
        "languages": f.text(300),
        "industry": f.text(200),
        "location": f.text(200),
        "headcount": f.integer(0),
        "starts_on": f.date(),
        "ends_on": f.date(),
        "apply_by": f.date(),
        "owner": f.text(120),
    }

    def validate_record(self, unit: Unit, cleaned: dict[str, Any], problems: list[FieldProblem]) -> None:
        check_date_order(cleaned, "starts_on", "ends_on", problems)

    def search_doc(self, row: Opening, related: Related) -> SearchDoc:
        org = related.fetch(Organization, row.organization_id)
        return SearchDoc(row.title, org.name if org else None, [row.required_skills, row.industry, row.location])


class MatchService(StagedRecordService):
    record_type = "match"
    model = Match
    stage_model = MatchStageChange
    parent_key = "match_id"
    name_columns = ("id",)
    default_order = "score"
    fields = {
        "student_id": f.ref("student", required=True),
        "opening_id": f.ref("opening", required=True),
        "score": f.number(0, 100),
        "reasons": f.text(20000),
        "stage": f.choice(MatchStage),
        "owner": f.text(120),
        "notes": f.text(20000),
    }

    def derive(self, row: Match, cleaned: dict[str, Any], related: Related) -> list[FieldProblem]:
        row.stage = row.stage or MatchStage.SUGGESTED
        row.score = row.score or 0.0
        return []
