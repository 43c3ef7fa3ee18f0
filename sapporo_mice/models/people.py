"""People (contacts), with their several emails and phones."""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sapporo_mice.models.base import Base, SyncMixin, enum_column
from sapporo_mice.enums import EmailKind, NameOrder, PhoneKind


class Contact(SyncMixin, Base):
    __tablename__ = "contacts"

    family_name: Mapped[str | None] = mapped_column(String(200))
    given_name: Mapped[str | None] = mapped_column(String(200))
    family_name_kana: Mapped[str | None] = mapped_column(String(200))
    given_name_kana: Mapped[str | None] = mapped_column(String(200))
    latin_name: Mapped[str | None] = mapped_column(String(300))
    name_order: Mapped[NameOrder] = mapped_column(
        enum_column(NameOrder, "name_order"), default=NameOrder.GIVEN_FIRST
    )
    display_name: Mapped[str] = mapped_column(String(400))
    title: Mapped[str | None] = mapped_column(String(200))
    department: Mapped[str | None] = mapped_column(String(200))
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organizations.id"))
    country: Mapped[str | None] = mapped_column(String(2))
    languages: Mapped[str | None] = mapped_column(String(200))
    owner: Mapped[str | None] = mapped_column(String(120))
    tags: Mapped[str] = mapped_column(String(1000), default="")
    notes: Mapped[str | None] = mapped_column(Text)
    sort_key: Mapped[str] = mapped_column(String(200), default="")
    reading_key: Mapped[str] = mapped_column(String(300), default="")

    __table_args__ = (
        CheckConstraint("length(display_name) > 0", name="display_name_required"),
        Index("ix_contacts_sort", "deleted_at", "sort_key"),
        Index("ix_contacts_organization", "organization_id"),
        Index("ix_contacts_reading_key", "reading_key"),
    )


class ContactEmail(SyncMixin, Base):
    __tablename__ = "contact_emails"

    contact_id: Mapped[str] = mapped_column(ForeignKey("contacts.id"))
    email: Mapped[str] = mapped_column(String(320))
    normalized: Mapped[str] = mapped_column(String(320))
    kind: Mapped[EmailKind] = mapped_column(enum_column(EmailKind, "email_kind"), default=EmailKind.WORK)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_contact_emails_contact", "contact_id"),
        Index("ix_contact_emails_normalized", "normalized"),
    )


class ContactPhone(SyncMixin, Base):
    __tablename__ = "contact_phones"

    contact_id: Mapped[str] = mapped_column(ForeignKey("contacts.id"))
    raw: Mapped[str] = mapped_column(String(80))
    region: Mapped[str | None] = mapped_column(String(2))
    e164: Mapped[str | None] = mapped_column(String(32))
    extension: Mapped[str | None] = mapped_column(String(20))
    kind: Mapped[PhoneKind] = mapped_column(enum_column(PhoneKind, "phone_kind"), default=PhoneKind.WORK)
    valid: Mapped[bool] = mapped_column(Boolean, default=False)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        CheckConstraint("length(raw) > 0", name="raw_required"),
        Index("ix_contact_phones_contact", "contact_id"),
        Index("ix_contact_phones_e164", "e164"),
    )
