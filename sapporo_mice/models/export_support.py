"""Export support: company profiles, target markets, support needs, consultations, support given and
expansion cases (the KPI 海外展開事業事例数)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sapporo_mice.models.base import Base, SyncMixin, UTCDateTime, enum_column
from sapporo_mice.enums import ExpansionKind, ExportStage, MarketStatus, SupportArea, SupportKind


class CompanyProfile(SyncMixin, Base):
    __tablename__ = "company_profiles"

    organization_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"), unique=True)
    stage: Mapped[ExportStage] = mapped_column(
        enum_column(ExportStage, "export_stage"), default=ExportStage.NONE
    )
    products: Mapped[str | None] = mapped_column(Text)
    # Sets of codes, stored as tags are (",halal,haccp,"): enums.Certification, enums.ExportLanguage.
    certifications: Mapped[str | None] = mapped_column(String(500))
    languages: Mapped[str | None] = mapped_column(String(200))
    staff: Mapped[str | None] = mapped_column(String(120))  # the city's staff member in charge of the case
    notes: Mapped[str | None] = mapped_column(Text)


class TargetMarket(SyncMixin, Base):
    __tablename__ = "target_markets"

    organization_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"))
    country: Mapped[str] = mapped_column(String(2))
    priority: Mapped[int] = mapped_column(Integer, default=2)  # enums.MarketPriority
    status: Mapped[MarketStatus] = mapped_column(
        enum_column(MarketStatus, "market_status"), default=MarketStatus.RESEARCH
    )
    reason: Mapped[str | None] = mapped_column(Text)  # why this market

    __table_args__ = (Index("ix_target_markets_organization", "organization_id"),)


class SupportNeed(SyncMixin, Base):
    __tablename__ = "support_needs"

    organization_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"))
    area: Mapped[SupportArea] = mapped_column(enum_column(SupportArea, "support_area"))
    description: Mapped[str | None] = mapped_column(Text)
    resolved: Mapped[bool] = mapped_column(default=False)  # addressed
    answer: Mapped[str | None] = mapped_column(Text)  # the answer given (required once addressed)
    addressed_on: Mapped[dt.date | None] = mapped_column(Date)  # set by the service when it is addressed

    __table_args__ = (Index("ix_support_needs_organization", "organization_id"),)


class Consultation(SyncMixin, Base):
    __tablename__ = "consultations"

    organization_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"))
    held_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    area: Mapped[SupportArea] = mapped_column(enum_column(SupportArea, "consultation_area"))
    country: Mapped[str | None] = mapped_column(String(2))
    advisor: Mapped[str | None] = mapped_column(String(200))
    attendees: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text)  # the topic
    outcome: Mapped[str | None] = mapped_column(Text)
    # The next step is a task the service keeps in step (created, retitled, re-dated).
    next_step: Mapped[str | None] = mapped_column(String(300))
    next_step_due: Mapped[dt.date | None] = mapped_column(Date)
    next_step_task_id: Mapped[str | None] = mapped_column(String(36))

    __table_args__ = (Index("ix_consultations_organization", "organization_id"),)


class SupportGiven(SyncMixin, Base):
    """Support the city gave a company: a subsidy, a slot at a fair, an introduction to a buyer …"""

    __tablename__ = "support_given"

    organization_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"))
    kind: Mapped[SupportKind] = mapped_column(enum_column(SupportKind, "support_kind"))
    given_on: Mapped[dt.date] = mapped_column(Date)
    amount_jpy: Mapped[int | None] = mapped_column(BigInteger)
    description: Mapped[str | None] = mapped_column(Text)
    fair_id: Mapped[str | None] = mapped_column(ForeignKey("fairs.id"))
    counterpart_id: Mapped[str | None] = mapped_column(ForeignKey("organizations.id"))  # the buyer introduced
    lead_id: Mapped[str | None] = mapped_column(ForeignKey("leads.id"))  # the fair lead introduced
    staff: Mapped[str | None] = mapped_column(String(120))

    __table_args__ = (
        Index("ix_support_given_organization", "organization_id"),
        Index("ix_support_given_counterpart", "counterpart_id"),
    )


class ExpansionCase(SyncMixin, Base):
    __tablename__ = "expansion_cases"

    organization_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"))
    country: Mapped[str] = mapped_column(String(2))
    kind: Mapped[ExpansionKind] = mapped_column(enum_column(ExpansionKind, "expansion_kind"))
    occurred_on: Mapped[dt.date] = mapped_column(Date)  # a Japan date: its fiscal year is the case's
    value_jpy: Mapped[int | None] = mapped_column(BigInteger)
    description: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_expansion_cases_organization", "organization_id"),
        Index("ix_expansion_cases_date", "occurred_on"),
    )
