"""The Home view's agenda: follow-ups due, bid dates ahead, fairs ahead, records changed lately."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, null, select
from sqlalchemy.orm import Session

from sapporo_mice.database import Database
from sapporo_mice.enums import BidStage
from sapporo_mice.identity import live
from sapporo_mice.due import CLOSED_LEAD
from sapporo_mice.models import Bid, Contact, Fair, Lead, Opening, Organization, Student, Task, utcnow


@dataclass(frozen=True)
class AgendaItem:
    """One line on the Home view: a record, the date that puts it there, and why."""

    record_type: str
    id: str
    title: str
    on: dt.date | dt.datetime | None
    reason: str  # follow_up, bid_deadline, decision, fair, changed
    overdue: bool = False
    title_en: str | None = None  # the record's English name, if it keeps one (a company): English screens show it
    title_ja: str | None = None  # its Japanese name, if it keeps one (a company, a fair): Japanese screens show it


def agenda(db: Database, *, today: dt.date | None = None, user: str | None = None,
           horizon_days: int = 30, limit: int = 20) -> dict[str, Any]:
    """What the Home view shows: follow-ups due, bid dates ahead, fairs ahead, records changed lately (each a list
    of at most ``limit`` items), and how many follow-ups are due in all (``follow_ups_due``: the panel shows the
    latest, and says how many earlier ones it leaves to the leads list)."""
    today = today or dt.date.today()
    until = today + dt.timedelta(days=horizon_days)
    with db.reading() as session:
        return {
            "follow_ups": _follow_ups(session, today, limit),
            "follow_ups_due": session.scalar(select(func.count(Lead.id)).where(*_due(today))) or 0,
            "bid_dates": _bid_dates(session, today, until, limit),
            "fairs": _fairs_ahead(session, today, limit),
            "recent": _recently_changed(session, limit),
        }


def _due(today: dt.date) -> tuple[Any, ...]:
    """The open leads whose follow-up is due within the week, or overdue."""
    return (*live(Lead), Lead.status.notin_(CLOSED_LEAD), Lead.follow_up_on <= today + dt.timedelta(days=7))


def _follow_ups(session: Session, today: dt.date, limit: int) -> list[AgendaItem]:
    stmt = (select(Lead.id, Lead.title, Lead.follow_up_on)
            .where(*_due(today))
            # Latest first: this week's and the recently missed follow-ups on top, not a lead
            # forgotten two years ago that would push them out of the panel.
            .order_by(Lead.follow_up_on.desc(), Lead.id).limit(limit))
    rows = sorted(session.execute(stmt), key=lambda r: (r.follow_up_on, r.id))  # then in work order: overdue first
    return [AgendaItem("lead", r.id, r.title, r.follow_up_on, "follow_up", r.follow_up_on < today) for r in rows]


# A decided or withdrawn bid's dates need nobody's attention on Home.
_CLOSED_BIDS = (BidStage.WON, BidStage.LOST, BidStage.WITHDRAWN)


def _bid_dates(session: Session, today: dt.date, until: dt.date, limit: int) -> list[AgendaItem]:
    items = []
    for column, reason in ((Bid.bid_deadline, "bid_deadline"), (Bid.decision_on, "decision")):
        stmt = (select(Bid.id, Bid.name, column.label("on"))
                .where(*live(Bid), column.between(today, until), Bid.stage.notin_(_CLOSED_BIDS))
                .order_by(column).limit(limit))
        items += [AgendaItem("bid", r.id, r.name, r.on, reason) for r in session.execute(stmt)]
    return sorted(items, key=lambda i: (i.on, i.title))[:limit]


def _fairs_ahead(session: Session, today: dt.date, limit: int) -> list[AgendaItem]:
    stmt = (select(Fair.id, Fair.name, Fair.name_ja, Fair.starts_on).where(*live(Fair), Fair.ends_on >= today)
            .order_by(Fair.starts_on, Fair.id).limit(limit))
    return [AgendaItem("fair", r.id, r.name, r.starts_on, "fair", title_ja=r.name_ja) for r in session.execute(stmt)]


_TITLES = {"lead": Lead.title, "bid": Bid.name, "fair": Fair.name, "organization": Organization.name,
           "contact": Contact.display_name, "student": Student.display_name, "opening": Opening.title,
           "task": Task.title}


def _recently_changed(session: Session, limit: int) -> list[AgendaItem]:
    items = []
    for record_type, title in _TITLES.items():
        model = title.class_
        own = [getattr(model, c, null()).label(c) for c in ("name_en", "name_ja")]
        stmt = (select(model.id, title.label("title"), model.updated_at, *own).where(*live(model))
                .order_by(model.updated_at.desc()).limit(limit))
        items += [AgendaItem(record_type, r.id, r.title, r.updated_at, "changed", title_en=r.name_en,
                             title_ja=r.name_ja) for r in session.execute(stmt)]
    items.sort(key=lambda i: i.on or utcnow(), reverse=True)
    return items[:limit]
