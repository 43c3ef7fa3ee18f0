"""Export support: company profiles, target markets, support needs, consultations, expansion cases."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sapporo_mice.models.base import Base, SyncMixin, UTCDateTime, enum_column
from sapporo_mice.enums import ExpansionKind, ExportStage, MarketStatus, SupportArea


class CompanyProfile(SyncMixin, Base):
    __tablename__ = "company_profiles"

    organization_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"), unique=True)
    stage: Mapped[ExportStage] = mapped_column(
        enum_column(ExportStage, "export_stage"), default=ExportStage.CONSIDERING
    )
    products: Mapped[str | None] = mapped_column(Text)
    certifications: Mapped[str | None] = mapped_column(String(500))
    notes: Mapped[str | None] = mapped_column(Text)


class TargetMarket(SyncMixin, Base):
    __tablename__ = "target_markets"

    organization_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"))
    country: Mapped[str] = mapped_column(String(2))
    priority: Mapped[int] = mapped_column(Integer, default=2)
    status: Mapped[MarketStatus] = mapped_column(
        enum_column(MarketStatus, "market_status"), default=MarketStatus.RESEARCH
    )

    __table_args__ = (Index("ix_target_markets_organization", "organization_id"),)


class SupportNeed(SyncMixin, Base):
    __tablename__ = "support_needs"

    organization_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"))
    area: Mapped[SupportArea] = mapped_column(enum_column(SupportArea, "support_area"))
    description: Mapped[str | None] = mapped_column(Text)
    resolved: Mapped[bool] = mapped_column(default=False)

    __table_args__ = (Index("ix_support_needs_organization", "organization_id"),)


class Consultation(SyncMixin, Base):
    __tablename__ = "consultations"

    organization_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"))
    held_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    area: Mapped[SupportArea] = mapped_column(enum_column(SupportArea, "consultation_area"))
    country: Mapped[str | None] = mapped_column(String(2))
    advisor: Mapped[str | None] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_consultations_organization", "organization_id"),)


class ExpansionCase(SyncMixin, Base):
    __tablename__ = "expansion_cases"

    organization_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"))
    country: Mapped[str] = mapped_column(String(2))
    kind: Mapped[ExpansionKind] = mapped_column(enum_column(ExpansionKind, "expansion_kind"))
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    value_jpy: Mapped[int | None] = mapped_column(BigInteger)
    description: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_expansion_cases_organization", "organization_id"),
        Index("ix_expansion_cases_date", "occurred_on"),
    )
