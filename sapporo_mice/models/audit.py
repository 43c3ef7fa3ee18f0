"""The change log (history and sync), the access log, sync conflicts, local state and search."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from sapporo_mice.models.base import Base, UTCDateTime, utcnow


class ChangeLogEntry(Base):
    """One field-level change, written in the transaction that made it (DESIGN §4)."""

    __tablename__ = "change_log"

    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(String(36))
    device_seq: Mapped[int] = mapped_column(BigInteger)
    hlc: Mapped[str] = mapped_column(String(64))
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(10))
    field: Mapped[str | None] = mapped_column(String(60))
    base_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    schema_rev: Mapped[str] = mapped_column(String(40))
    user: Mapped[str] = mapped_column(String(120))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (
        UniqueConstraint("device_id", "device_seq"),
        Index("ix_change_log_row", "table_name", "row_id", "seq"),
        # No index on ``at``: no query reads the log by time (migration 0008 dropped it).
    )


class AccessLogEntry(Base):
    """Who viewed or exported student personal data, and when."""

    __tablename__ = "access_log"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(20))
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str | None] = mapped_column(String(36))
    detail: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_access_log_record", "record_type", "record_id"),)


class Conflict(Base):
    """A sync conflict waiting for a person, or resolved with the losing value kept."""

    __tablename__ = "conflicts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    # field (two values, the newer clock won) | identity (a person decides) | delete_edited |
    # edit_deleted | deleted_parent (see sapporo_mice.sync.engine)
    kind: Mapped[str] = mapped_column(String(20), default="field")
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str | None] = mapped_column(String(60))
    office_value: Mapped[str | None] = mapped_column(Text)
    incoming_value: Mapped[str | None] = mapped_column(Text)
    base_value: Mapped[str | None] = mapped_column(Text)
    incoming_hlc: Mapped[str | None] = mapped_column(String(64))
    incoming_device: Mapped[str | None] = mapped_column(String(36))
    # The device whose value the office held (field and identity conflicts): it sees the conflict too when
    # that value loses.
    office_device: Mapped[str | None] = mapped_column(String(36))
    incoming_user: Mapped[str | None] = mapped_column(String(120))
    winner: Mapped[str | None] = mapped_column(String(10))
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(120))

    __table_args__ = (Index("ix_conflicts_open", "resolved", "created_at"),
                      Index("ix_conflicts_row", "table_name", "row_id"))


class LocalState(Base):
    """Small key/value facts about this database (e.g. sync cursors)."""

    __tablename__ = "local_state"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SearchEntry(Base):
    """One searchable record: its normalised text, kept in step by the services.

    On SQLite an FTS5 trigram table mirrors it (see the migration); on PostgreSQL a pg_trgm GIN
    index covers ``text``.
    """

    __tablename__ = "search_index"

    rowid_: Mapped[int] = mapped_column(
        "rid", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    title: Mapped[str] = mapped_column(String(400))
    subtitle: Mapped[str | None] = mapped_column(String(400))
    text: Mapped[str] = mapped_column(Text)
    # The normalised title, indexed: "title starts with the query" is a range scan, not a table scan.
    title_key: Mapped[str] = mapped_column(String(200), default="")
    # The record's own sort key where its type has one (contacts, organizations, students: the name in
    # reading order). A filtered list then sorts its matches here, without a lookup in the record's
    # table per match (a 2-character name matching 8,000 of 100k contacts: 18 ms, not 6).
    sort_key: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (
        UniqueConstraint("record_type", "record_id"),
        Index("ix_search_index_title_key", "title_key"),
    )


class MergeRecord(Base):
    """A duplicate merge, kept so it can be undone: the loser, the survivor and what moved.

    ``snapshot`` is JSON: the survivor's field values before the merge and the child rows that
    were re-pointed from the loser, by table.
    """

    __tablename__ = "merges"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    record_type: Mapped[str] = mapped_column(String(40))
    survivor_id: Mapped[str] = mapped_column(String(36))
    loser_id: Mapped[str] = mapped_column(String(36))
    snapshot: Mapped[str] = mapped_column(Text)
    merged_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    merged_by: Mapped[str] = mapped_column(String(120))
    undone_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    undone_by: Mapped[str | None] = mapped_column(String(120))

    __table_args__ = (
        Index("ix_merges_survivor", "record_type", "survivor_id"),
        Index("ix_merges_loser", "record_type", "loser_id"),
    )
