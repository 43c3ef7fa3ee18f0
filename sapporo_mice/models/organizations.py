"""Organizations: local companies, overseas buyers, associations, universities, cities, venues."""

from __future__ import annotations

from sqlalchemy import BigInteger, CheckConstraint, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sapporo_mice.models.base import Base, SyncMixin, enum_column
from sapporo_mice.enums import OrgKind


class Organization(SyncMixin, Base):
    __tablename__ = "organizations"

    kind: Mapped[OrgKind] = mapped_column(enum_column(OrgKind, "org_kind"), default=OrgKind.OTHER)
    name: Mapped[str] = mapped_column(String(300))
    name_ja: Mapped[str | None] = mapped_column(String(300))
    name_en: Mapped[str | None] = mapped_column(String(300))
    name_kana: Mapped[str | None] = mapped_column(String(300))
    corporate_number: Mapped[str | None] = mapped_column(String(13))
    country: Mapped[str | None] = mapped_column(String(2))
    postal_code: Mapped[str | None] = mapped_column(String(20))
    address: Mapped[str | None] = mapped_column(Text)
    website: Mapped[str | None] = mapped_column(String(500))
    email: Mapped[str | None] = mapped_column(String(320))
    phone_raw: Mapped[str | None] = mapped_column(String(80))
    phone_e164: Mapped[str | None] = mapped_column(String(32))
    phone_region: Mapped[str | None] = mapped_column(String(2))
    phone_valid: Mapped[bool | None] = mapped_column()
    industry: Mapped[str | None] = mapped_column(String(200))
    employees: Mapped[int | None] = mapped_column(Integer)
    capital_jpy: Mapped[int | None] = mapped_column(BigInteger)
    owner: Mapped[str | None] = mapped_column(String(120))
    tags: Mapped[str] = mapped_column(String(1000), default="")
    notes: Mapped[str | None] = mapped_column(Text)
    # Derived keys, kept in step by the service: sorting by reading and duplicate candidates.
    sort_key: Mapped[str] = mapped_column(String(200), default="")
    name_key: Mapped[str] = mapped_column(String(300), default="")

    __table_args__ = (
        CheckConstraint("length(name) > 0", name="name_required"),
        CheckConstraint("employees IS NULL OR employees >= 0", name="employees_nonneg"),
        Index("ix_organizations_sort", "deleted_at", "sort_key"),
        Index("ix_organizations_name_key", "name_key"),
        Index("ix_organizations_corporate_number", "corporate_number"),
        Index("ix_organizations_kind", "kind"),
    )
