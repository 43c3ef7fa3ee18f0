"""Writing the field-level change log (DESIGN §4) inside the transaction that makes each change."""

from __future__ import annotations

import datetime as dt
import enum
import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sapporo_mice.ids import HybridLogicalClock
from sapporo_mice.models import ChangeLogEntry, ChangeOp, utcnow


def encode_value(value: Any) -> str | None:
    """JSON text for the log: dates as ISO strings, enums by value."""
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        value = value.value
    elif isinstance(value, (dt.datetime, dt.date)):
        value = value.isoformat()
    return json.dumps(value, ensure_ascii=False)


def decode_value(text: str | None) -> Any:
    return None if text is None else json.loads(text)


class ChangeRecorder:
    """Appends change-log rows for one transaction, numbering them in the device's sequence."""

    def __init__(self, session: Session, *, user: str, device_id: str, clock: HybridLogicalClock, schema_rev: str):
        self.session = session
        self.user = user
        self.device_id = device_id
        self.clock = clock
        self.schema_rev = schema_rev
        self._next_seq: int | None = None

    def inserted(self, table: str, row_id: str, values: dict[str, Any]) -> None:
        clean = {k: v for k, v in values.items() if v is not None}
        payload = json.dumps({k: decode_value(encode_value(v)) for k, v in clean.items()}, ensure_ascii=False)
        self._append(table, row_id, ChangeOp.INSERT, None, None, payload)

    def updated(self, table: str, row_id: str, field: str, old: Any, new: Any) -> None:
        self._append(table, row_id, ChangeOp.UPDATE, field, encode_value(old), encode_value(new))

    def deleted(self, table: str, row_id: str) -> None:
        self._append(table, row_id, ChangeOp.DELETE, "deleted_at", None, None)

    def restored(self, table: str, row_id: str) -> None:
        self._append(table, row_id, ChangeOp.RESTORE, "deleted_at", None, None)

    def merged(self, table: str, row_id: str, survivor_id: str) -> None:
        self._append(table, row_id, ChangeOp.MERGE, "merged_into", None, encode_value(survivor_id))

    def _append(self, table: str, row_id: str, op: ChangeOp, field: str | None, base: str | None, new: str | None) -> None:
        self.session.add(
            ChangeLogEntry(
                device_id=self.device_id,
                device_seq=self._take_seq(),
                hlc=self.clock.now(),
                table_name=table,
                row_id=row_id,
                op=op.value,
                field=field,
                base_value=base,
                new_value=new,
                schema_rev=self.schema_rev,
                user=self.user,
                at=utcnow(),
            )
        )

    def _take_seq(self) -> int:
        if self._next_seq is None:
            current = self.session.scalar(
                select(func.max(ChangeLogEntry.device_seq)).where(ChangeLogEntry.device_id == self.device_id)
            )
            self._next_seq = (current or 0) + 1
        seq = self._next_seq
        self._next_seq += 1
        return seq
