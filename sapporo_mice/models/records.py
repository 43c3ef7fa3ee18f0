"""Activities, tasks and attachments: each links to any record by (record_type, record_id)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sapporo_mice.models.base import Base, SyncMixin, UTCDateTime, enum_column
from sapporo_mice.enums import ActivityKind


class Activity(SyncMixin, Base):
    __tablename__ = "activities"

    kind: Mapped[ActivityKind] = mapped_column(enum_column(ActivityKind, "activity_kind"))
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str | None] = mapped_column(Text)
    occurred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    owner: Mapped[str | None] = mapped_column(String(120))
    record_type: Mapped[str | None] = mapped_column(String(40))
    record_id: Mapped[str | None] = mapped_column(String(36))
    pillars: Mapped[str] = mapped_column(String(40), default="")

    __table_args__ = (
        Index("ix_activities_record", "record_type", "record_id"),
        Index("ix_activities_occurred", "occurred_at"),
    )


class ActivityParticipant(SyncMixin, Base):
    """Who took part in an activity (a site inspection's party, a presentation's team): one of our staff, by
    name, or one of their contacts (an activity's child rows)."""

    __tablename__ = "activity_participants"

    activity_id: Mapped[str] = mapped_column(ForeignKey("activities.id"))
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contacts.id"))
    staff_name: Mapped[str | None] = mapped_column(String(120))

    __table_args__ = (
        CheckConstraint("(contact_id IS NULL) <> (staff_name IS NULL)", name="contact_or_staff"),
        Index("ix_activity_participants_activity", "activity_id"),
    )


class Task(SyncMixin, Base):
    __tablename__ = "tasks"

    title: Mapped[str] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    assignee: Mapped[str | None] = mapped_column(String(120))
    record_type: Mapped[str | None] = mapped_column(String(40))
    record_id: Mapped[str | None] = mapped_column(String(36))

    __table_args__ = (
        Index("ix_tasks_record", "record_type", "record_id"),
        Index("ix_tasks_due", "done", "due_on"),
    )


class Attachment(SyncMixin, Base):
    __tablename__ = "attachments"

    sha256: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(500))
    mime_type: Mapped[str | None] = mapped_column(String(200))
    size: Mapped[int] = mapped_column(BigInteger)
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    role: Mapped[str | None] = mapped_column(String(40))

    __table_args__ = (
        CheckConstraint("size >= 0", name="size_nonneg"),
        CheckConstraint("length(sha256) = 64", name="sha256_length"),
        Index("ix_attachments_record", "record_type", "record_id"),
        Index("ix_attachments_sha256", "sha256"),
    )
