"""The city's fiscal year: April to March, in Japan time.

A record counts in the fiscal year of its date (a decision date, a hire date, a case date): a moment
on 31 March 23:59 JST belongs to the year before one on 1 April 00:00 JST. Stored times are UTC, so a
time is converted to Japan time before its year is taken; a plain date is taken as a Japan date.
Every area that counts by fiscal year (KPI, expansion cases, hires, exchanges) uses these functions.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

JST = zoneinfo.ZoneInfo("Asia/Tokyo")
FIRST_MONTH = 4  # April


def of(value: dt.date | dt.datetime) -> int:
    """The fiscal year that ``value`` falls in (``2026`` for 2026-04-01 … 2027-03-31, Japan time).

    A naive datetime is taken as UTC (as the database stores it); an aware one is converted."""
    if isinstance(value, dt.datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)
        value = aware.astimezone(JST).date()
    return value.year if value.month >= FIRST_MONTH else value.year - 1


def first_day(year: int) -> dt.date:
    """1 April of fiscal year ``year``."""
    return dt.date(year, FIRST_MONTH, 1)


def last_day(year: int) -> dt.date:
    """31 March closing fiscal year ``year``."""
    return dt.date(year + 1, FIRST_MONTH, 1) - dt.timedelta(days=1)


def bounds(year: int) -> tuple[dt.datetime, dt.datetime]:
    """The fiscal year as UTC instants ``[start, end)``: for comparing stored times in SQL."""
    start = dt.datetime(year, FIRST_MONTH, 1, tzinfo=JST)
    end = dt.datetime(year + 1, FIRST_MONTH, 1, tzinfo=JST)
    return start.astimezone(dt.timezone.utc), end.astimezone(dt.timezone.utc)


def current(today: dt.date | None = None) -> int:
    """This fiscal year, by today's date in Japan."""
    return of(today or dt.datetime.now(JST).date())
