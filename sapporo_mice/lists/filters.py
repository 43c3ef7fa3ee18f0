"""Saved filters every user has for a list ("mine", "follow-up overdue", "status = won" …), as SQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, false, func, or_

from sapporo_mice.due import CLOSED_LEAD
from sapporo_mice.enums import BidStage
from sapporo_mice.lists.columns import ENUM_FILTERS, SPECS
from sapporo_mice.models import Bid, Fair, Lead, Opening, Task


def _lead_filters(today: dt.date) -> dict[str, Any]:
    open_lead = Lead.status.notin_(CLOSED_LEAD)
    return {
        "follow_up_overdue": and_(open_lead, Lead.follow_up_on < today),
        "due_this_week": and_(open_lead, Lead.follow_up_on.between(today, today + dt.timedelta(days=6))),
        "no_follow_up": and_(open_lead, Lead.follow_up_on.is_(None)),
    }


def _named_filters(record_type: str, today: dt.date) -> dict[str, Any]:
    week = today + dt.timedelta(days=6)
    named: dict[str, dict[str, Any]] = {
        "lead": _lead_filters(today),
        "bid": {
            "deadline_upcoming": Bid.bid_deadline >= today,
            "open_bids": Bid.stage.notin_((BidStage.WON, BidStage.LOST, BidStage.WITHDRAWN)),
        },
        "fair": {"upcoming": Fair.ends_on >= today, "past": Fair.ends_on < today},
        "task": {
            "open_tasks": Task.done.is_(False),
            "overdue": and_(Task.done.is_(False), Task.due_on < today),
            "due_this_week": and_(Task.done.is_(False), Task.due_on.between(today, week)),
        },
        "opening": {"open_openings": or_(Opening.apply_by.is_(None), Opening.apply_by >= today)},
    }
    named.update(_network_filters(today))  # --- network
    return named.get(record_type, {})


def _network_filters(today: dt.date) -> dict[str, dict[str, Any]]:
    from sapporo_mice.enums import VisitStatus
    from sapporo_mice.models import Exchange, Visit

    last_day = func.coalesce(Visit.departs_on, Visit.arrives_on)
    return {"visit": {"upcoming": and_(last_day >= today, Visit.status != VisitStatus.CANCELLED),
                      "past": last_day < today},
            "exchange": {"upcoming": func.coalesce(Exchange.ends_on, Exchange.starts_on) >= today,
                         "past": func.coalesce(Exchange.ends_on, Exchange.starts_on) < today}}


def builtin_filters(record_type: str) -> list[str]:
    """The saved filters every user has for ``record_type`` ("mine", "follow_up_overdue", "status=won" …)."""
    keys = ["mine"] if SPECS[record_type].owner_column else []
    keys += list(_named_filters(record_type, dt.date.today()))
    if record_type in ENUM_FILTERS:
        field, enum_cls = ENUM_FILTERS[record_type]
        keys += [f"{field}={member.value}" for member in enum_cls]
    return keys


def filter_clause(record_type: str, key: str, *, user: str | None = None, today: dt.date | None = None) -> Any:
    """The SQL condition of the saved filter ``key``; unknown keys raise ``KeyError``."""
    list_spec = SPECS[record_type]
    if "&" in key:  # several conditions, all of them (the bid list's filter bar)
        return and_(*(filter_clause(record_type, part, user=user, today=today) for part in key.split("&")))
    if record_type == "bid" and key.split("=", 1)[0] in BID_FIELD_FILTERS:
        return bid_field_filter(*key.split("=", 1))
    if key == "mine":
        if not list_spec.owner_column:
            raise KeyError(key)
        return getattr(list_spec.model, list_spec.owner_column) == user if user else false()
    if "=" in key:
        field, value = key.split("=", 1)
        if ENUM_FILTERS.get(record_type, ("",))[0] != field:
            raise KeyError(key)
        return getattr(list_spec.model, field) == ENUM_FILTERS[record_type][1](value)
    return _named_filters(record_type, today or dt.date.today())[key]


# --- bids: the bid list's filter bar ("edition_year=2030", "rotation_area=Asia-Pacific", values URL-quoted)
BID_FIELD_FILTERS = ("edition_year", "meeting_type", "stage", "owner", "rotation_area")


def bid_field_filter(field: str, quoted: str) -> Any:
    from urllib.parse import unquote

    from sqlalchemy import select

    from sapporo_mice.enums import MeetingType
    from sapporo_mice.models import MeetingSeries

    value = unquote(quoted)
    if field == "rotation_area":
        return Bid.series_id.in_(select(MeetingSeries.id).where(MeetingSeries.rotation_area == value))
    if field == "edition_year":
        if not value.isdigit():
            raise KeyError(field)
        return Bid.edition_year == int(value)
    try:
        typed = {"meeting_type": MeetingType, "stage": BidStage}.get(field, str)(value)
    except ValueError:
        raise KeyError(field) from None
    return getattr(Bid, field) == typed
