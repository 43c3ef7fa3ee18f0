"""Records with a pipeline stage (bids, matches) whose every stage change is kept as a history row.

History rows are insert-only, so they never conflict in sync; the stage itself is an ordinary field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from sapporo_mice.changes import Changes
from sapporo_mice.errors import FieldProblem
from sapporo_mice.ids import uuid7
from sapporo_mice.models import utcnow
from sapporo_mice.services.base import RecordService, row_to_dict

if TYPE_CHECKING:
    from sapporo_mice.store import Unit

_LOGGED = ("from_stage", "to_stage", "changed_at", "note")


class StagedRecordService(RecordService):
    """Subclasses name the history model and its key to the record (``bid_id``, ``match_id``)."""

    stage_model: ClassVar[type]
    parent_key: ClassVar[str]

    def extra_inputs(self):
        return ("id", "stage_note")

    def after_write(self, unit: Unit, row: Any, values: dict[str, Any], warnings: list[FieldProblem],
                    changes: Changes) -> None:
        last = self._last_change(unit.session, row.id)
        if last is None or last.to_stage != row.stage:
            self._add_change(unit, row, last.to_stage if last else None, values.get("stage_note"))

    def stage_history(self, record_id: str) -> list[dict[str, Any]]:
        with self.store.reading() as session:
            stmt = select(self.stage_model).where(self._parent(record_id)).order_by(self.stage_model.changed_at)
            return [row_to_dict(r) for r in session.scalars(stmt)]

    def _parent(self, record_id: str) -> Any:
        return getattr(self.stage_model, self.parent_key) == record_id

    def _last_change(self, session: Session, record_id: str) -> Any:
        stmt = select(self.stage_model).where(self._parent(record_id)).order_by(self.stage_model.changed_at.desc())
        return session.scalar(stmt.limit(1))

    def _add_change(self, unit: Unit, row: Any, from_stage: Any, note: str | None) -> None:
        now = utcnow()
        change = self.stage_model(
            id=uuid7(), from_stage=from_stage, to_stage=row.stage, changed_at=now, note=note,
            created_at=now, updated_at=now, created_by=unit.actor, updated_by=unit.actor, version=1,
            **{self.parent_key: row.id},
        )
        unit.session.add(change)
        logged = {k: v for k, v in row_to_dict(change).items() if k in (self.parent_key, *_LOGGED)}
        unit.log.inserted(self.stage_model.__tablename__, change.id, logged)
