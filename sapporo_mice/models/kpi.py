"""The plan's evaluation indicators and their targets and actuals per fiscal year."""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from sapporo_mice.models.base import Base, SyncMixin, enum_column
from sapporo_mice.enums import IndicatorSource


class Indicator(SyncMixin, Base):
    __tablename__ = "indicators"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_ja: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300))
    pillar: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(40))
    source: Mapped[IndicatorSource] = mapped_column(
        enum_column(IndicatorSource, "indicator_source"), default=IndicatorSource.MANUAL
    )
    formula: Mapped[str | None] = mapped_column(String(80))
    description: Mapped[str | None] = mapped_column(Text)


class IndicatorValue(SyncMixin, Base):
    __tablename__ = "indicator_values"

    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicators.id"))
    fiscal_year: Mapped[int] = mapped_column(Integer)
    target: Mapped[float | None] = mapped_column(Float)
    actual: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str | None] = mapped_column(Text)  # where an entered figure comes from (survey, statistics)

    __table_args__ = (
        UniqueConstraint("indicator_id", "fiscal_year"),
        Index("ix_indicator_values_fy", "fiscal_year"),
    )
