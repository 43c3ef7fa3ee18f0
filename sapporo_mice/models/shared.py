"""Settings that belong to the office, not to one computer: one value per key for every user, carried by sync."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sapporo_mice.models.base import Base, SyncMixin


class SharedSetting(SyncMixin, Base):
    """One shared setting. Its id is derived from its key (:func:`sapporo_mice.shared_settings.setting_id`), so
    two laptops that set the same key edit one record, and sync settles them as it settles any field edit."""

    __tablename__ = "shared_settings"

    key: Mapped[str] = mapped_column(String(80), unique=True)
    value: Mapped[str | None] = mapped_column(Text)  # canonical JSON (sorted keys): equal values, equal text
