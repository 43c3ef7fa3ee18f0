"""A fair's schedule as iCalendar (RFC 5545), written by hand: folding, escaping, CRLF.

The fair itself is an all-day event over its dates (dates as the fair's own calendar shows them);
meetings (activities of kind meeting linked to the fair or to its leads) are timed events in UTC;
open follow-up tasks of its leads are VTODOs.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select

from sapporo_mice.io.vcard import fold
from sapporo_mice.models import Activity, ActivityKind, Fair, Lead, Task

PRODID = "-//City of Sapporo//Sapporo MICE CRM//EN"


def escape_text(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\n", "\\n"))


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def fair_calendar(store, fair_id: str, *, now: dt.datetime | None = None) -> tuple[str, int]:
    """The calendar text and the number of components in it."""
    stamp = _utc(now or dt.datetime.now(dt.timezone.utc))
    with store.reading() as session:
        fair = session.get(Fair, fair_id)
        lead_ids = select(Lead.id).where(Lead.fair_id == fair_id, Lead.deleted_at.is_(None))
        linked = or_((Activity.record_type == "fair") & (Activity.record_id == fair_id),
                     (Activity.record_type == "lead") & Activity.record_id.in_(lead_ids))
        meetings = list(session.scalars(select(Activity).where(
            linked, Activity.kind == ActivityKind.MEETING, Activity.deleted_at.is_(None)).order_by(Activity.occurred_at)))
        tasks = list(session.scalars(select(Task).where(
            Task.record_type == "lead", Task.record_id.in_(lead_ids), Task.deleted_at.is_(None),
            Task.done.is_(False)).order_by(Task.due_on)))
        components = [_fair_event(fair, stamp)] + [_meeting(m, fair, stamp) for m in meetings]
        components += [_todo(t, stamp) for t in tasks]
        lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
                 f"X-WR-CALNAME:{escape_text(fair.name)}", f"X-WR-TIMEZONE:{fair.timezone}"]
    lines += [line for component in components for line in component]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines), len(components)


def _fair_event(fair: Fair, stamp: str) -> list[str]:
    location = ", ".join(x for x in (fair.city_en or fair.city, fair.country) if x)  # for any calendar's maps
    lines = ["BEGIN:VEVENT", f"UID:{fair.id}@sapporo-mice", f"DTSTAMP:{stamp}",
             f"DTSTART;VALUE=DATE:{fair.starts_on:%Y%m%d}",
             f"DTEND;VALUE=DATE:{fair.ends_on + dt.timedelta(days=1):%Y%m%d}",
             f"SUMMARY:{escape_text(fair.name)}"]
    if location:
        lines.append(f"LOCATION:{escape_text(location)}")
    if fair.notes:
        lines.append(f"DESCRIPTION:{escape_text(fair.notes)}")
    return lines + ["END:VEVENT"]


def _meeting(activity: Activity, fair: Fair, stamp: str) -> list[str]:
    lines = ["BEGIN:VEVENT", f"UID:{activity.id}@sapporo-mice", f"DTSTAMP:{stamp}",
             f"DTSTART:{_utc(activity.occurred_at)}", "DURATION:PT1H",
             f"SUMMARY:{escape_text(activity.subject)}"]
    if activity.body:
        lines.append(f"DESCRIPTION:{escape_text(activity.body)}")
    if fair.city:
        lines.append(f"LOCATION:{escape_text(fair.city)}")
    return lines + ["END:VEVENT"]


def _todo(task: Task, stamp: str) -> list[str]:
    lines = ["BEGIN:VTODO", f"UID:{task.id}@sapporo-mice", f"DTSTAMP:{stamp}",
             f"SUMMARY:{escape_text(task.title)}", "STATUS:NEEDS-ACTION"]
    if task.due_on:
        lines.append(f"DUE;VALUE=DATE:{task.due_on:%Y%m%d}")
    if task.notes:
        lines.append(f"DESCRIPTION:{escape_text(task.notes)}")
    return lines + ["END:VTODO"]
