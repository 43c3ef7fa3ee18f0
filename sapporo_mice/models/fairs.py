"""Overseas trade fairs and the local companies that exhibit in the city's pavilion."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sapporo_mice.models.base import Base, SyncMixin


class Fair(SyncMixin, Base):
    __tablename__ = "fairs"

    name: Mapped[str] = mapped_column(String(300))
    name_ja: Mapped[str | None] = mapped_column(String(300))
    organizer: Mapped[str | None] = mapped_column(String(300))
    city: Mapped[str | None] = mapped_column(String(200))
    city_en: Mapped[str | None] = mapped_column(String(200))  # what English readers see, where given (Cologne)
    country: Mapped[str] = mapped_column(String(2))
    timezone: Mapped[str] = mapped_column(String(64))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    sector: Mapped[str | None] = mapped_column(String(200))
    pavilion: Mapped[str | None] = mapped_column(String(300))
    pavilion_en: Mapped[str | None] = mapped_column(String(300))  # its English name, where given
    budget_jpy: Mapped[int | None] = mapped_column(BigInteger)
    owner: Mapped[str | None] = mapped_column(String(120))
    notes: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint("ends_on >= starts_on", name="dates_order"),
        Index("ix_fairs_dates", "deleted_at", "starts_on"),
    )


class Participation(SyncMixin, Base):
    __tablename__ = "participations"

    fair_id: Mapped[str] = mapped_column(ForeignKey("fairs.id"))
    organization_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"))
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contacts.id"))
    booth: Mapped[str | None] = mapped_column(String(60))
    products: Mapped[str | None] = mapped_column(Text)
    objectives: Mapped[str | None] = mapped_column(Text)
    cost_jpy: Mapped[int | None] = mapped_column(BigInteger)
    subsidy_jpy: Mapped[int | None] = mapped_column(BigInteger)
    negotiations: Mapped[int | None] = mapped_column(Integer)
    deals: Mapped[int | None] = mapped_column(Integer)
    expected_sales_jpy: Mapped[int | None] = mapped_column(BigInteger)
    actual_sales_jpy: Mapped[int | None] = mapped_column(BigInteger)
    notes: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint("cost_jpy IS NULL OR cost_jpy >= 0", name="cost_nonneg"),
        CheckConstraint("subsidy_jpy IS NULL OR subsidy_jpy >= 0", name="subsidy_nonneg"),
        Index("ix_participations_fair", "fair_id"),
        Index("ix_participations_organization", "organization_id"),
    )
