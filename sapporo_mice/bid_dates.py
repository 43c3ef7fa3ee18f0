"""A bid's dates outside the app: reminder tasks before its deadline and decision, and an iCalendar file of its
dates (bid deadline, decision date, the meeting itself) for the staff's own calendars.

Reminders are ordinary tasks linked to the bid, assigned to its owner (else to whoever asks): one two weeks
before the bid deadline (or today, when that is sooner), one on the deadline, one on the decision date.
Asking again adds only the reminders the bid does not have yet (same title in either language, same bid), so it
is safe to repeat.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from sapporo_mice import messages
from sapporo_mice.changes import Changes
from sapporo_mice.models import Bid, Task

if TYPE_CHECKING:
    from sapporo_mice.store import Store

messages.register({
    "bid.reminder_prepare": {"en": "Prepare the bid: {name} (deadline {on})", "ja": "提案書の準備: {name}（締切 {on}）"},
    "bid.reminder_deadline": {"en": "Bid deadline: {name}", "ja": "提案締切日: {name}"},
    "bid.reminder_decision": {"en": "Decision expected: {name}", "ja": "開催地決定日: {name}"},
    "bid.ics_deadline": {"en": "Bid deadline: {name}", "ja": "提案締切日: {name}"},
    "bid.ics_decision": {"en": "Decision: {name}", "ja": "開催地決定: {name}"},
    "bid.ics_meeting": {"en": "{name} (in Sapporo if won)", "ja": "{name}（誘致決定の場合は札幌で開催）"},
})
PREPARE_DAYS = 14


def reminders(bid: dict[str, Any], *, today: dt.date, lang: str) -> list[dict[str, Any]]:
    """The reminder tasks a bid calls for (none for dates already past)."""
    from sapporo_mice import formats

    name, tasks = bid["name"], []
    deadline, decision = bid.get("bid_deadline"), bid.get("decision_on")
    if deadline and deadline >= today:
        tasks.append({"title": messages.render("bid.reminder_prepare", lang, name=name,
                                               on=formats.date(deadline, lang)),
                      "due_on": max(today, deadline - dt.timedelta(days=PREPARE_DAYS))})
        tasks.append({"title": messages.render("bid.reminder_deadline", lang, name=name), "due_on": deadline})
    if decision and decision >= today:
        tasks.append({"title": messages.render("bid.reminder_decision", lang, name=name), "due_on": decision})
    return tasks


def create_reminders(store: Store, bid_id: str, *, actor: str, today: dt.date | None = None,
                     lang: str = "ja") -> Changes:
    """Add the bid's missing reminder tasks in one transaction; returns what changed."""
    today = today or dt.date.today()
    tasks = store.services["task"]
    with store.unit(actor) as unit:
        bid = unit.session.get(Bid, bid_id)
        if bid is None or bid.deleted_at is not None:
            from sapporo_mice.errors import NotFoundError

            raise NotFoundError("bid", bid_id)
        have = set(unit.session.scalars(select(Task.title).where(
            Task.record_type == "bid", Task.record_id == bid_id, Task.deleted_at.is_(None))))
        changes = Changes()
        values = {"name": bid.name, "bid_deadline": bid.bid_deadline, "decision_on": bid.decision_on}
        other = "en" if lang == "ja" else "ja"  # a reminder made in the other language is the same reminder
        for task, same in zip(reminders(values, today=today, lang=lang), reminders(values, today=today, lang=other)):
            if task["title"] in have or same["title"] in have:
                continue
            saved = tasks.create_in(unit, {**task, "assignee": bid.owner or actor, "record_type": "bid",
                                           "record_id": bid_id}, record=False)
            changes.merge(saved.changes)
        return changes


# ------------------------------------------------------------------------ iCalendar (RFC 5545)
def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Lines of at most 75 octets, continued with a space (RFC 5545 §3.1), never splitting a character."""
    out, current = [], b""
    for ch in line:
        encoded = ch.encode("utf-8")
        if len(current) + len(encoded) > (75 if not out else 74):
            out.append(current.decode("utf-8"))
            current = b""
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n ".join(out)


def ics(bid: dict[str, Any], *, lang: str, now: dt.datetime | None = None) -> str:
    """The bid's dates as an iCalendar file: all-day events for its deadline, its decision and the meeting."""
    stamp = (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    events = []
    for key, code in (("bid_deadline", "bid.ics_deadline"), ("decision_on", "bid.ics_decision")):
        if bid.get(key):
            events.append((f"{key}", bid[key], bid[key], messages.render(code, lang, name=bid["name"])))
    if bid.get("starts_on"):
        events.append(("meeting", bid["starts_on"], bid.get("ends_on") or bid["starts_on"],
                       messages.render("bid.ics_meeting", lang, name=bid["name"])))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Sapporo City//Sapporo MICE CRM//JA", "CALSCALE:GREGORIAN"]
    for kind, first, last, summary in events:
        lines += ["BEGIN:VEVENT", f"UID:{bid['id']}-{kind}@sapporo-mice-crm", f"DTSTAMP:{stamp}",
                  f"DTSTART;VALUE=DATE:{first:%Y%m%d}", f"DTEND;VALUE=DATE:{last + dt.timedelta(days=1):%Y%m%d}",
                  f"SUMMARY:{_escape(summary)}", "TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"
