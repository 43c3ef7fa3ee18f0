"""What is overdue: an open lead's follow-up, an unfinished task's due date, once the day has passed.

Plain values and one pure function, so the lists can mark an overdue date as Home does and the saved filters
("Follow-up overdue", "Overdue") count the same records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sapporo_mice.enums import LeadStatus

CLOSED_LEAD = (LeadStatus.WON, LeadStatus.LOST)  # a lead no one follows up any more
DUE_FIELDS = {"lead": "follow_up_on", "task": "due_on"}  # the date that falls due, by record type


def is_overdue(record_type: str, values: Mapping[str, Any], today: dt.date) -> bool:
    """Whether the record's due date (:data:`DUE_FIELDS`) has passed while it is still open: a lead not won or
    lost, a task not done."""
    field = DUE_FIELDS.get(record_type)
    due = values.get(field) if field else None
    if not isinstance(due, dt.date) or due >= today:
        return False
    if record_type == "lead":
        return values.get("status") not in CLOSED_LEAD
    return not values.get("done")
