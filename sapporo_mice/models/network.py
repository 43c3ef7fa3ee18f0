"""The city's network abroad (plan pillar 6): partner cities, international networks and their members,
exchanges and cooperation projects, and inbound delegations (visits) with their people, programme and gifts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sapporo_mice.enums import (
    ExchangeKind,
    GiftDirection,
    NetworkKind,
    NetworkRole,
    ParticipantSide,
    RelationshipKind,
    VisitStatus,
)
from sapporo_mice.models.base import Base, SyncMixin, UTCDateTime, enum_column


class PartnerCity(SyncMixin, Base):
    """A city Sapporo has a relationship with: a sister or friendship city, a partner, a fellow network member."""

    __tablename__ = "partner_cities"
    demo_fixed_dates = ("since_on",)  # the day a relationship began is history: the demo does not move it

    name: Mapped[str] = mapped_column(String(200))  # as staff write it: ミュンヘン
    name_en: Mapped[str | None] = mapped_column(String(200))  # Munich
    name_local: Mapped[str | None] = mapped_column(String(200))  # in its own script: München, 沈阳, 대전
    name_kana: Mapped[str | None] = mapped_column(String(200))
    region: Mapped[str | None] = mapped_column(String(200))  # state or province: バイエルン州
    country: Mapped[str] = mapped_column(String(2))
    relationship: Mapped[RelationshipKind] = mapped_column(
        enum_column(RelationshipKind, "relationship_kind"), default=RelationshipKind.SISTER)
    # The year is what anniversaries count from; the day, when known, is the anniversary's date.
    since_year: Mapped[int | None] = mapped_column(Integer)
    since_on: Mapped[dt.date | None] = mapped_column(Date)
    counterpart_org_id: Mapped[str | None] = mapped_column(ForeignKey("organizations.id"))
    languages: Mapped[str] = mapped_column(String(200), default="")  # ISO 639-1 codes: "de,en"
    timezone: Mapped[str | None] = mapped_column(String(64))
    website: Mapped[str | None] = mapped_column(String(500))
    owner: Mapped[str | None] = mapped_column(String(120))
    tags: Mapped[str] = mapped_column(String(1000), default="")
    notes: Mapped[str | None] = mapped_column(Text)
    sort_key: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (
        CheckConstraint("length(name) > 0", name="name_required"),
        CheckConstraint("since_year IS NULL OR (since_year BETWEEN 1000 AND 2200)", name="since_year_range"),
        Index("ix_partner_cities_sort", "deleted_at", "sort_key"),
        Index("ix_partner_cities_country", "country"),
        Index("ix_partner_cities_counterpart", "counterpart_org_id"),
    )


class CityNetwork(SyncMixin, Base):
    """An international network of cities or an international body (WWCAM, the UNESCO Creative Cities
    Network …), and Sapporo's own place in it (``sapporo_role`` None: Sapporo is not a member)."""

    __tablename__ = "city_networks"
    demo_fixed_dates = ("sapporo_since_on",)

    name: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str | None] = mapped_column(String(300))
    acronym: Mapped[str | None] = mapped_column(String(40))
    kind: Mapped[NetworkKind] = mapped_column(enum_column(NetworkKind, "network_kind"),
                                              default=NetworkKind.CITY_ASSOCIATION)
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organizations.id"))
    secretariat: Mapped[str | None] = mapped_column(String(300))
    website: Mapped[str | None] = mapped_column(String(500))
    sapporo_role: Mapped[NetworkRole | None] = mapped_column(enum_column(NetworkRole, "sapporo_role"))
    sapporo_founding: Mapped[bool] = mapped_column(Boolean, default=False)
    sapporo_since_year: Mapped[int | None] = mapped_column(Integer)
    sapporo_since_on: Mapped[dt.date | None] = mapped_column(Date)
    sapporo_designation: Mapped[str | None] = mapped_column(String(200))
    owner: Mapped[str | None] = mapped_column(String(120))
    tags: Mapped[str] = mapped_column(String(1000), default="")
    notes: Mapped[str | None] = mapped_column(Text)
    sort_key: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (
        CheckConstraint("length(name) > 0", name="name_required"),
        CheckConstraint("sapporo_since_year IS NULL OR (sapporo_since_year BETWEEN 1000 AND 2200)",
                        name="sapporo_since_year_range"),
        Index("ix_city_networks_sort", "deleted_at", "sort_key"),
    )


class NetworkMembership(SyncMixin, Base):
    """A city's membership of a network (Sapporo's own is on the network)."""

    __tablename__ = "network_memberships"

    network_id: Mapped[str] = mapped_column(ForeignKey("city_networks.id"))
    partner_city_id: Mapped[str] = mapped_column(ForeignKey("partner_cities.id"))
    role: Mapped[NetworkRole] = mapped_column(enum_column(NetworkRole, "membership_role"), default=NetworkRole.MEMBER)
    founding: Mapped[bool] = mapped_column(Boolean, default=False)
    since_year: Mapped[int | None] = mapped_column(Integer)
    designation: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint("since_year IS NULL OR (since_year BETWEEN 1000 AND 2200)", name="since_year_range"),
        Index("ix_network_memberships_network", "network_id"),
        Index("ix_network_memberships_city", "partner_city_id"),
    )


class Exchange(SyncMixin, Base):
    """A city-to-city exchange or an international cooperation project, with its partner and both sides' numbers."""

    __tablename__ = "exchanges"

    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[ExchangeKind] = mapped_column(enum_column(ExchangeKind, "exchange_kind"))
    partner_city_id: Mapped[str | None] = mapped_column(ForeignKey("partner_cities.id"))
    network_id: Mapped[str | None] = mapped_column(ForeignKey("city_networks.id"))
    partner_org_id: Mapped[str | None] = mapped_column(ForeignKey("organizations.id"))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    sapporo_participants: Mapped[int | None] = mapped_column(Integer)
    partner_participants: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(120))
    pillars: Mapped[str] = mapped_column(String(40), default="")
    tags: Mapped[str] = mapped_column(String(1000), default="")
    notes: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="dates_order"),
        CheckConstraint("sapporo_participants IS NULL OR sapporo_participants >= 0", name="sapporo_nonneg"),
        CheckConstraint("partner_participants IS NULL OR partner_participants >= 0", name="partner_nonneg"),
        Index("ix_exchanges_dates", "deleted_at", "starts_on"),
        Index("ix_exchanges_city", "partner_city_id"),
        Index("ix_exchanges_network", "network_id"),
    )


class Visit(SyncMixin, Base):
    """An inbound delegation: who comes from which city and organisation, when, why, and how it went."""

    __tablename__ = "visits"

    title: Mapped[str] = mapped_column(String(300))
    partner_city_id: Mapped[str | None] = mapped_column(ForeignKey("partner_cities.id"))
    from_city: Mapped[str | None] = mapped_column(String(200))  # a city that is not (yet) a partner
    country: Mapped[str | None] = mapped_column(String(2))
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organizations.id"))
    exchange_id: Mapped[str | None] = mapped_column(ForeignKey("exchanges.id"))
    arrives_on: Mapped[dt.date] = mapped_column(Date)
    departs_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[VisitStatus] = mapped_column(enum_column(VisitStatus, "visit_status"), default=VisitStatus.PLANNED)
    purpose: Mapped[str | None] = mapped_column(Text)
    protocol_notes: Mapped[str | None] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(120))
    pillars: Mapped[str] = mapped_column(String(40), default="")
    tags: Mapped[str] = mapped_column(String(1000), default="")
    notes: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint("departs_on IS NULL OR departs_on >= arrives_on", name="dates_order"),
        Index("ix_visits_dates", "deleted_at", "arrives_on"),
        Index("ix_visits_city", "partner_city_id"),
    )


class Participant(SyncMixin, Base):
    """A person in a visit or an exchange: a guest (visitor, the partner's side), a host (city staff who met
    them) or an interpreter. ``contact_id`` links a key person; ``name`` is kept as it was at the time."""

    __tablename__ = "participants"

    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visits.id"))
    exchange_id: Mapped[str | None] = mapped_column(ForeignKey("exchanges.id"))
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contacts.id"))
    name: Mapped[str] = mapped_column(String(300))
    side: Mapped[ParticipantSide] = mapped_column(enum_column(ParticipantSide, "participant_side"),
                                                  default=ParticipantSide.GUEST)
    role: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint("length(name) > 0", name="name_required"),
        CheckConstraint("(visit_id IS NULL) <> (exchange_id IS NULL)", name="one_parent"),
        Index("ix_participants_visit", "visit_id"),
        Index("ix_participants_exchange", "exchange_id"),
        Index("ix_participants_contact", "contact_id"),
    )


class ProgrammeItem(SyncMixin, Base):
    """One line of a visit's programme: when (stored in UTC, shown in Sapporo's time), where, what."""

    __tablename__ = "programme_items"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id"))
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    activity: Mapped[str] = mapped_column(String(300))
    place: Mapped[str | None] = mapped_column(String(300))
    attendees: Mapped[str | None] = mapped_column(String(500))
    notes: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint("ends_at IS NULL OR ends_at >= starts_at", name="times_order"),
        Index("ix_programme_items_visit", "visit_id", "starts_at"),
    )


class Gift(SyncMixin, Base):
    """A gift given to or received from a delegation (protocol keeps both; a received gift is city property)."""

    __tablename__ = "gifts"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id"))
    direction: Mapped[GiftDirection] = mapped_column(enum_column(GiftDirection, "gift_direction"))
    item: Mapped[str] = mapped_column(String(300))
    giver: Mapped[str | None] = mapped_column(String(200))
    recipient: Mapped[str | None] = mapped_column(String(200))
    value_jpy: Mapped[int | None] = mapped_column(BigInteger)
    notes: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint("value_jpy IS NULL OR value_jpy >= 0", name="value_nonneg"),
        Index("ix_gifts_visit", "visit_id"),
    )
