"""Leads: anything worth following up, from a booth visitor to a congress inquiry."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sapporo_mice.models.base import Base, SyncMixin, UTCDateTime, enum_column
from sapporo_mice.enums import LeadKind, LeadStatus, Rating


class Lead(SyncMixin, Base):
    __tablename__ = "leads"

    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[LeadKind] = mapped_column(enum_column(LeadKind, "lead_kind"), default=LeadKind.OTHER)
    source: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[LeadStatus] = mapped_column(
        enum_column(LeadStatus, "lead_status"), default=LeadStatus.NEW
    )
    owner: Mapped[str | None] = mapped_column(String(120))
    rating: Mapped[Rating | None] = mapped_column(enum_column(Rating, "rating"))
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contacts.id"))
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organizations.id"))
    fair_id: Mapped[str | None] = mapped_column(ForeignKey("fairs.id"))
    interest_organization_id: Mapped[str | None] = mapped_column(ForeignKey("organizations.id"))
    captured_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    captured_tz: Mapped[str | None] = mapped_column(String(64))
    interest: Mapped[str | None] = mapped_column(Text)
    next_action: Mapped[str | None] = mapped_column(String(500))
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date)
    pillars: Mapped[str] = mapped_column(String(40), default="")
    tags: Mapped[str] = mapped_column(String(1000), default="")
    notes: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_leads_follow_up", "deleted_at", "follow_up_on"),
        Index("ix_leads_fair", "fair_id"),
        Index("ix_leads_contact", "contact_id"),
        Index("ix_leads_organization", "organization_id"),
        Index("ix_leads_owner", "owner"),
    )
