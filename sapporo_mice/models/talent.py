"""International students, the openings local companies offer, and the matches between them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sapporo_mice.models.base import Base, SyncMixin, UTCDateTime, enum_column
from sapporo_mice.enums import CEFR, JLPT, Degree, MatchStage, OpeningKind


class Student(SyncMixin, Base):
    __tablename__ = "students"

    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contacts.id"))
    display_name: Mapped[str] = mapped_column(String(300))
    name_kana: Mapped[str | None] = mapped_column(String(300))
    latin_name: Mapped[str | None] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(320))
    nationality: Mapped[str | None] = mapped_column(String(2))
    university_id: Mapped[str | None] = mapped_column(ForeignKey("organizations.id"))
    major: Mapped[str | None] = mapped_column(String(200))
    degree: Mapped[Degree | None] = mapped_column(enum_column(Degree, "degree"))
    graduation_year: Mapped[int | None] = mapped_column(Integer)
    graduation_month: Mapped[int | None] = mapped_column(Integer)
    jlpt: Mapped[JLPT | None] = mapped_column(enum_column(JLPT, "jlpt"))
    english: Mapped[CEFR | None] = mapped_column(enum_column(CEFR, "cefr"))
    other_languages: Mapped[str | None] = mapped_column(String(300))
    skills: Mapped[str | None] = mapped_column(Text)
    desired_industries: Mapped[str | None] = mapped_column(String(500))
    desired_job_types: Mapped[str | None] = mapped_column(String(500))
    desired_locations: Mapped[str | None] = mapped_column(String(500))
    internship_interest: Mapped[bool] = mapped_column(Boolean, default=False)
    residence_status: Mapped[str | None] = mapped_column(String(100))  # a code of students.vocab
    residence_expires_on: Mapped[dt.date | None] = mapped_column(Date)
    # 資格外活動許可: permission to work part time (at most 28 hours a week) besides the residence status.
    part_time_permit: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_purposes: Mapped[str | None] = mapped_column(String(500))
    consent_on: Mapped[dt.date | None] = mapped_column(Date)
    consent_expires_on: Mapped[dt.date | None] = mapped_column(Date)
    consent_share_with_companies: Mapped[bool] = mapped_column(Boolean, default=False)
    retain_until: Mapped[dt.date | None] = mapped_column(Date)
    owner: Mapped[str | None] = mapped_column(String(120))
    tags: Mapped[str] = mapped_column(String(1000), default="")
    notes: Mapped[str | None] = mapped_column(Text)
    sort_key: Mapped[str] = mapped_column(String(200), default="")
    # Set by the privacy purge: the row is a tombstone that holds no personal data.
    purged_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        CheckConstraint(
            "graduation_month IS NULL OR (graduation_month BETWEEN 1 AND 12)", name="grad_month_range"
        ),
        Index("ix_students_sort", "deleted_at", "sort_key"),
    )


class Opening(SyncMixin, Base):
    __tablename__ = "openings"

    organization_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"))
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[OpeningKind] = mapped_column(enum_column(OpeningKind, "opening_kind"))
    description: Mapped[str | None] = mapped_column(Text)
    required_skills: Mapped[str | None] = mapped_column(String(500))
    min_jlpt: Mapped[JLPT | None] = mapped_column(enum_column(JLPT, "min_jlpt"))
    languages: Mapped[str | None] = mapped_column(String(300))
    industry: Mapped[str | None] = mapped_column(String(200))
    location: Mapped[str | None] = mapped_column(String(200))
    job_type: Mapped[str | None] = mapped_column(String(100))
    min_english: Mapped[CEFR | None] = mapped_column(enum_column(CEFR, "min_english"))
    hours_per_week: Mapped[int | None] = mapped_column(Integer)
    headcount: Mapped[int | None] = mapped_column(Integer)
    starts_on: Mapped[dt.date | None] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    apply_by: Mapped[dt.date | None] = mapped_column(Date)
    owner: Mapped[str | None] = mapped_column(String(120))

    __table_args__ = (
        CheckConstraint("headcount IS NULL OR headcount >= 0", name="headcount_nonneg"),
        CheckConstraint("hours_per_week IS NULL OR (hours_per_week BETWEEN 1 AND 80)", name="hours_range"),
        Index("ix_openings_organization", "organization_id"),
    )


class Match(SyncMixin, Base):
    __tablename__ = "matches"

    student_id: Mapped[str] = mapped_column(ForeignKey("students.id"))
    opening_id: Mapped[str] = mapped_column(ForeignKey("openings.id"))
    score: Mapped[float] = mapped_column(Float, default=0.0)
    reasons: Mapped[str | None] = mapped_column(Text)
    stage: Mapped[MatchStage] = mapped_column(
        enum_column(MatchStage, "match_stage"), default=MatchStage.SUGGESTED
    )
    owner: Mapped[str | None] = mapped_column(String(120))
    notes: Mapped[str | None] = mapped_column(Text)
    # The host company's view after an internship: 1 (poor) to 4 (excellent), and its note.
    host_rating: Mapped[int | None] = mapped_column(Integer)
    host_note: Mapped[str | None] = mapped_column(Text)
    # The day the student was hired: the foreign-employee count goes by its fiscal year.
    hired_on: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (
        CheckConstraint("host_rating IS NULL OR (host_rating BETWEEN 1 AND 4)", name="host_rating_range"),
        Index("ix_matches_student", "student_id"),
        Index("ix_matches_opening", "opening_id"),
    )


class MatchStageChange(SyncMixin, Base):
    __tablename__ = "match_stage_changes"

    match_id: Mapped[str] = mapped_column(ForeignKey("matches.id"))
    from_stage: Mapped[MatchStage | None] = mapped_column(enum_column(MatchStage, "match_stage_from"))
    to_stage: Mapped[MatchStage] = mapped_column(enum_column(MatchStage, "match_stage_to"))
    changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_match_stage_changes_match", "match_id", "changed_at"),)
