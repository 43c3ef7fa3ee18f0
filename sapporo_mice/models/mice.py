"""MICE: international meeting series and Sapporo's bids to host their editions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sapporo_mice.models.base import Base, SyncMixin, UTCDateTime, enum_column
from sapporo_mice.enums import BidStage, DecisionRole, Frequency, MeetingType


class MeetingSeries(SyncMixin, Base):
    __tablename__ = "meeting_series"

    name: Mapped[str] = mapped_column(String(300))
    name_ja: Mapped[str | None] = mapped_column(String(300))
    acronym: Mapped[str | None] = mapped_column(String(40))
    association_id: Mapped[str | None] = mapped_column(ForeignKey("organizations.id"))
    frequency: Mapped[Frequency] = mapped_column(
        enum_column(Frequency, "frequency"), default=Frequency.ANNUAL
    )
    rotation_area: Mapped[str | None] = mapped_column(String(200))
    rotation_pattern: Mapped[str | None] = mapped_column(String(300))
    preferred_month: Mapped[int | None] = mapped_column(Integer)
    typical_delegates: Mapped[int | None] = mapped_column(Integer)
    first_year: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint(
            "preferred_month IS NULL OR (preferred_month BETWEEN 1 AND 12)", name="month_range"
        ),
        Index("ix_meeting_series_association", "association_id"),
    )


class Bid(SyncMixin, Base):
    __tablename__ = "bids"

    name: Mapped[str] = mapped_column(String(300))
    series_id: Mapped[str | None] = mapped_column(ForeignKey("meeting_series.id"))
    meeting_type: Mapped[MeetingType] = mapped_column(
        enum_column(MeetingType, "meeting_type"), default=MeetingType.CONFERENCE
    )
    edition_year: Mapped[int | None] = mapped_column(Integer)
    starts_on: Mapped[dt.date | None] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    delegates_international: Mapped[int | None] = mapped_column(Integer)
    delegates_domestic: Mapped[int | None] = mapped_column(Integer)
    accompanying: Mapped[int | None] = mapped_column(Integer)
    days: Mapped[int | None] = mapped_column(Integer)
    venue_id: Mapped[str | None] = mapped_column(ForeignKey("organizations.id"))
    stage: Mapped[BidStage] = mapped_column(enum_column(BidStage, "bid_stage"), default=BidStage.PROSPECT)
    probability: Mapped[int | None] = mapped_column(Integer)
    bid_deadline: Mapped[dt.date | None] = mapped_column(Date)
    decision_on: Mapped[dt.date | None] = mapped_column(Date)
    decision_body: Mapped[str | None] = mapped_column(String(300))
    competitors: Mapped[str | None] = mapped_column(String(500))
    host_contact_id: Mapped[str | None] = mapped_column(ForeignKey("contacts.id"))
    association_contact_id: Mapped[str | None] = mapped_column(ForeignKey("contacts.id"))
    support_offered: Mapped[str | None] = mapped_column(Text)
    outcome_reason: Mapped[str | None] = mapped_column(Text)
    economic_impact_jpy: Mapped[int | None] = mapped_column(BigInteger)
    impact_parameters: Mapped[str | None] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(120))
    pillars: Mapped[str] = mapped_column(String(40), default="")
    tags: Mapped[str] = mapped_column(String(1000), default="")
    notes: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint("probability IS NULL OR (probability BETWEEN 0 AND 100)", name="probability_range"),
        CheckConstraint("ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on", name="dates_order"),
        Index("ix_bids_stage", "deleted_at", "stage"),
        Index("ix_bids_deadline", "bid_deadline"),
        Index("ix_bids_series", "series_id"),
    )


class BidStageChange(SyncMixin, Base):
    """The pipeline history of a bid: insert-only, so it never conflicts in sync."""

    __tablename__ = "bid_stage_changes"

    bid_id: Mapped[str] = mapped_column(ForeignKey("bids.id"))
    from_stage: Mapped[BidStage | None] = mapped_column(enum_column(BidStage, "bid_stage_from"))
    to_stage: Mapped[BidStage] = mapped_column(enum_column(BidStage, "bid_stage_to"))
    changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_bid_stage_changes_bid", "bid_id", "changed_at"),)


class MeetingEdition(SyncMixin, Base):
    """A past (or already awarded) edition of a meeting series: where it met and how many came.

    A series' child rows (as a contact's emails are): the series' form edits them as a table, and the
    rotation (``sapporo_mice.rotation``) reads them to say when the meeting can next come to Asia, Japan,
    Sapporo."""

    __tablename__ = "meeting_editions"

    series_id: Mapped[str] = mapped_column(ForeignKey("meeting_series.id"))
    year: Mapped[int] = mapped_column(Integer)
    city: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2))
    delegates: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        CheckConstraint("delegates IS NULL OR delegates >= 0", name="delegates_nonneg"),
        Index("ix_meeting_editions_series", "series_id", "year"),
    )


class BidCompetitor(SyncMixin, Base):
    """A destination competing with Sapporo for a bid: its city, country and strengths (a bid's child rows)."""

    __tablename__ = "bid_competitors"

    bid_id: Mapped[str] = mapped_column(ForeignKey("bids.id"))
    city: Mapped[str] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2))
    strengths: Mapped[str | None] = mapped_column(String(1000))

    __table_args__ = (Index("ix_bid_competitors_bid", "bid_id"),)


class KeyPerson(SyncMixin, Base):
    """A contact's part in the decision on a bid or on a meeting series (child rows of either): an association's
    decision maker, a board member, the local host, the PCO …"""

    __tablename__ = "key_persons"

    bid_id: Mapped[str | None] = mapped_column(ForeignKey("bids.id"))
    series_id: Mapped[str | None] = mapped_column(ForeignKey("meeting_series.id"))
    contact_id: Mapped[str] = mapped_column(ForeignKey("contacts.id"))
    role: Mapped[DecisionRole] = mapped_column(enum_column(DecisionRole, "decision_role"))
    note: Mapped[str | None] = mapped_column(String(500))

    __table_args__ = (
        CheckConstraint("(bid_id IS NULL) <> (series_id IS NULL)", name="one_parent"),
        Index("ix_key_persons_bid", "bid_id"),
        Index("ix_key_persons_series", "series_id"),
    )
