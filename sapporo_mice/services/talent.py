"""International students, openings at local companies, and matches between them."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sapporo_mice import countries
from sapporo_mice.errors import FieldProblem, ValidationError
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
from sapporo_mice.services.fields import Field
from sapporo_mice.students import vocab
from sapporo_mice.services.base import RecordService, Related, Saved, SearchDoc, check_date_order, linked_name
from sapporo_mice.services.stages import StagedRecordService
from sapporo_mice.text import sort_key

if TYPE_CHECKING:
    from sapporo_mice.store import Unit


class StudentService(RecordService):
    record_type = "student"
    model = Student
    name_columns = ("display_name", "latin_name")
    shown_references = (("university_id", Organization),)
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
        "other_languages": Field(lambda x: vocab.languages().clean_many(x)),
        "skills": Field(vocab.clean_free_list),
        "desired_industries": Field(vocab.INDUSTRIES.clean_many),
        "desired_job_types": Field(vocab.JOB_TYPES.clean_many),
        "desired_locations": Field(vocab.LOCATIONS.clean_many),
        "internship_interest": f.flag(),
        "residence_status": Field(vocab.RESIDENCE_STATUSES.clean_one),
        "residence_expires_on": f.date(),
        "part_time_permit": f.flag(),
        "consent_purposes": Field(vocab.CONSENT_PURPOSES.clean_many),
        "consent_on": f.date(),
        "consent_expires_on": f.date(),
        "consent_share_with_companies": f.flag(),
        "retain_until": f.date(),
        "owner": f.text(120),
        "tags": f.tags(),
        "notes": f.text(20000),
    }

    def validate_record(self, unit: Unit, cleaned: dict[str, Any], problems: list[FieldProblem]) -> None:
        if cleaned.get("purged_at"):
            problems.append(FieldProblem("display_name", "students.purged"))
            return
        check_date_order(cleaned, "consent_on", "consent_expires_on", problems)
        if cleaned.get("consent_share_with_companies") and not cleaned.get("consent_on"):
            problems.append(FieldProblem("consent_share_with_companies", "students.share_needs_consent", True))
        if cleaned.get("consent_on") and not cleaned.get("consent_purposes"):
            problems.append(FieldProblem("consent_purposes", "students.consent_needs_purpose"))

    def restore_in(self, unit: Unit, record_id: str, *, expected_version: int | None = None) -> Saved:
        row = unit.session.get(Student, record_id)
        if row is not None and row.purged_at is not None:  # a tombstone of erased data stays one
            raise ValidationError([FieldProblem("display_name", "students.purged")], self.record_type)
        return super().restore_in(unit, record_id, expected_version=expected_version)

    def derive(self, row: Student, cleaned: dict[str, Any], related: Related) -> list[FieldProblem]:
        row.sort_key = sort_key(row.name_kana, row.latin_name, row.display_name)
        return []

    def search_doc(self, row: Student, related: Related) -> SearchDoc:
        university = related.fetch(Organization, row.university_id)
        return SearchDoc(row.display_name, university.name if university else row.nationality,
                         [row.name_kana, row.latin_name, row.major, " ".join(vocab.split(row.skills)), row.email,
                          row.tags])

    def shown_subtitle(self, row: Student, related: Related, lang: str) -> str | None:
        return (linked_name(related, Organization, row.university_id, lang)
                or countries.name(row.nationality, lang))


class OpeningService(RecordService):
    record_type = "opening"
    model = Opening
    name_columns = ("title",)
    shown_references = (("organization_id", Organization),)
    fields = {
        "organization_id": f.ref("organization", required=True),
        "title": f.text(300, required=True),
        "kind": f.choice(OpeningKind, required=True),
        "description": f.text(20000),
        "required_skills": Field(lambda x: vocab.clean_free_list(x, max_length=500)),
        "min_jlpt": f.choice(JLPT),
        "min_english": f.choice(CEFR),
        "languages": Field(lambda x: vocab.languages().clean_many(x)),
        "industry": Field(vocab.INDUSTRIES.clean_one),
        "job_type": Field(vocab.JOB_TYPES.clean_one),
        "location": Field(vocab.clean_place),
        "hours_per_week": f.integer(1, 80),
        "headcount": f.integer(0),
        "starts_on": f.date(),
        "ends_on": f.date(),
        "apply_by": f.date(),
        "owner": f.text(120),
    }

    def validate_record(self, unit: Unit, cleaned: dict[str, Any], problems: list[FieldProblem]) -> None:
        check_date_order(cleaned, "starts_on", "ends_on", problems)
        kind = cleaned.get("kind")
        if kind == OpeningKind.PART_TIME and not cleaned.get("hours_per_week"):
            problems.append(FieldProblem("hours_per_week", "openings.hours_needed"))
        if kind in (OpeningKind.NEW_GRADUATE, OpeningKind.MID_CAREER) and not cleaned.get("starts_on"):
            problems.append(FieldProblem("starts_on", "openings.start_needed"))

    def search_doc(self, row: Opening, related: Related) -> SearchDoc:
        org = related.fetch(Organization, row.organization_id)
        return SearchDoc(row.title, org.name if org else None,
                         [" ".join(vocab.split(row.required_skills)), vocab.INDUSTRIES.label(row.industry, "ja"),
                          vocab.LOCATIONS.label(row.location, "ja")])

    def shown_subtitle(self, row: Opening, related: Related, lang: str) -> str | None:
        return linked_name(related, Organization, row.organization_id, lang)


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
        "host_rating": f.integer(1, 4),
        "host_note": f.text(5000),
        "hired_on": f.date(),
    }
    unique = (("student_id", "opening_id"),)

    def validate(self, unit: Unit, values: dict[str, Any], *, partial: bool = False,
                 current: dict[str, Any] | None = None) -> dict[str, Any]:
        """Besides the fields: a match moves past "suggested" (the company sees the student) only while the
        student's sharing consent holds."""
        cleaned = super().validate(unit, values, partial=partial, current=current)
        stage = cleaned.get("stage")
        moved = stage is not None and stage != (current or {}).get("stage")
        student_id = cleaned.get("student_id") or (current or {}).get("student_id")
        if moved and stage not in (MatchStage.SUGGESTED, MatchStage.DECLINED, MatchStage.WITHDRAWN):
            student = unit.session.get(Student, student_id) if student_id else None
            if student is not None and not sharing_allowed(student, dt.date.today()):
                raise ValidationError([FieldProblem("stage", "match.sharing_consent_missing", stage.value)],
                                      self.record_type)
        return cleaned

    def validate_record(self, unit: Unit, cleaned: dict[str, Any], problems: list[FieldProblem]) -> None:
        stage = cleaned.get("stage") or MatchStage.SUGGESTED
        rated = cleaned.get("host_rating") is not None or cleaned.get("host_note")
        if rated and stage not in AFTER_INTERNSHIP:
            problems.append(FieldProblem("host_rating", "match.rating_before_internship", cleaned.get("host_rating")))

    def _check_unique(self, session, merged, own_id, problems) -> None:  # noqa: ANN001 - the base's signature
        count = len(problems)
        super()._check_unique(session, merged, own_id, problems)
        if len(problems) > count:  # say it as a match, not as "this opening already exists"
            problems[-1] = FieldProblem("opening_id", "match.duplicate", merged.get("opening_id"))

    def derive(self, row: Match, cleaned: dict[str, Any], related: Related) -> list[FieldProblem]:
        row.stage = row.stage or MatchStage.SUGGESTED
        row.score = row.score or 0.0
        if row.stage == MatchStage.HIRED and row.hired_on is None:
            row.hired_on = dt.date.today()
        return []


# The stages at or after which the host's rating of an internship may be recorded.
AFTER_INTERNSHIP = frozenset({MatchStage.INTERNSHIP, MatchStage.OFFER, MatchStage.HIRED, MatchStage.DECLINED,
                              MatchStage.WITHDRAWN})


def sharing_allowed(student: Student, today: dt.date) -> bool:
    """The student agreed to share the profile with companies, and the consent holds on ``today``."""
    return bool(student.consent_share_with_companies and student.purged_at is None
                and student.consent_on is not None and student.consent_on <= today
                and (student.consent_expires_on is None or student.consent_expires_on >= today))
