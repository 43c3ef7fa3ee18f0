"""What the fair screens ask the core for, beyond ``fair_ops``: which fair is on now, its exhibitors,
country names in the user's language, and the business cards attached to a lead.

Qt-free, so the booth capture window and the CLI or tests can share it. A fair is "current" when
today, in the fair's own time zone, lies between its first and last day: a laptop in Singapore at
01:00 local time is already on the fair's next day while Sapporo's clock says otherwise.
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pycountry
from sqlalchemy import select

from sapporo_mice.database import Database
from sapporo_mice.io.mapping import COUNTRY_NAMES_JA
from sapporo_mice.models import Attachment, Fair, Organization, Participation, utcnow

BUSINESS_CARD = "business_card"


@dataclass(frozen=True)
class FairChoice:
    id: str
    name: str
    country: str
    timezone: str
    starts_on: dt.date
    ends_on: dt.date

    def local_today(self, now: dt.datetime | None = None) -> dt.date:
        return (now or utcnow()).astimezone(ZoneInfo(self.timezone)).date()

    def is_on(self, now: dt.datetime | None = None) -> bool:
        return self.starts_on <= self.local_today(now) <= self.ends_on


def _choice(fair: Fair) -> FairChoice:
    return FairChoice(fair.id, fair.name, fair.country, fair.timezone, fair.starts_on, fair.ends_on)


def current_fairs(db: Database, now: dt.datetime | None = None) -> list[FairChoice]:
    """The live fairs whose dates include today in their own time zone (usually one)."""
    now = now or utcnow()
    day = now.date()
    # Time zones are at most a day away from UTC: narrow in SQL, decide per fair in Python.
    stmt = (select(Fair).where(Fair.deleted_at.is_(None), Fair.merged_into.is_(None),
                               Fair.starts_on <= day + dt.timedelta(days=1),
                               Fair.ends_on >= day - dt.timedelta(days=1))
            .order_by(Fair.starts_on, Fair.id))
    with db.reading() as session:
        return [c for c in (_choice(f) for f in session.scalars(stmt)) if c.is_on(now)]


def recent_fairs(db: Database, limit: int = 50) -> list[FairChoice]:
    """Live fairs, the latest first: the chooser when no fair is on today."""
    stmt = (select(Fair).where(Fair.deleted_at.is_(None), Fair.merged_into.is_(None))
            .order_by(Fair.starts_on.desc(), Fair.id).limit(limit))
    with db.reading() as session:
        return [_choice(f) for f in session.scalars(stmt)]


def fair_choice(db: Database, fair_id: str) -> FairChoice | None:
    with db.reading() as session:
        fair = session.get(Fair, fair_id)
        return _choice(fair) if fair is not None and fair.deleted_at is None else None


@dataclass(frozen=True)
class Exhibitor:
    organization_id: str
    name: str
    booth: str | None
    products: str | None


def exhibitors(db: Database, fair_id: str) -> list[Exhibitor]:
    """The companies exhibiting at the fair (its live participations), by reading."""
    stmt = (select(Organization.id, Organization.name, Participation.booth, Participation.products)
            .join(Participation, Participation.organization_id == Organization.id)
            .where(Participation.fair_id == fair_id, Participation.deleted_at.is_(None),
                   Organization.deleted_at.is_(None))
            .order_by(Organization.sort_key, Organization.id))
    with db.reading() as session:
        return [Exhibitor(*row) for row in session.execute(stmt)]


@dataclass(frozen=True)
class StoredFile:
    id: str
    filename: str
    sha256: str
    mime_type: str | None


def attachments_of(db: Database, record_type: str, record_id: str, role: str | None = None) -> list[StoredFile]:
    """The live attachments of one record (optionally of one role), newest first."""
    stmt = (select(Attachment).where(Attachment.record_type == record_type, Attachment.record_id == record_id,
                                     Attachment.deleted_at.is_(None))
            .order_by(Attachment.created_at.desc(), Attachment.id.desc()))
    if role:
        stmt = stmt.where(Attachment.role == role)
    with db.reading() as session:
        return [StoredFile(a.id, a.filename, a.sha256, a.mime_type) for a in session.scalars(stmt)]


_JA_BY_CODE = {}
for _name, _code in COUNTRY_NAMES_JA.items():
    _JA_BY_CODE.setdefault(_code, _name)


@functools.lru_cache(maxsize=4)
def country_names(lang: str) -> dict[str, str]:
    """ISO alpha-2 code -> the country's name in ``lang`` (ja or en), sorted by name (cached: do not mutate)."""
    translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True).gettext
    names = {c.alpha_2: translate(getattr(c, "common_name", None) or c.name) for c in pycountry.countries}
    if lang == "ja":
        names.update(_JA_BY_CODE)
    return dict(sorted(names.items(), key=lambda item: item[1]))


def country_name(code: str | None, lang: str) -> str:
    if not code:
        return ""
    return country_names(lang).get(code.upper(), code)


@dataclass(frozen=True)
class HeaderMap:
    """A table file's headers and the field each maps to (None: kept in the notes), for the import wizard."""

    headers: list[str]
    fields: list[str | None]
    choices: tuple[str, ...]
    encoding: str | None


def header_map(path, kind: str, *, encoding: str | None = None, overrides: dict[str, str] | None = None,
               sheet: str | None = None) -> HeaderMap | None:
    """How the importer will read the columns of a CSV or XLSX file (None for a vCard: no headers).

    Raises the importer's typed errors (``AmbiguousEncodingError`` when the user must pick an encoding).
    """
    from pathlib import Path

    from sapporo_mice.io.mapping import fields_for, map_headers
    from sapporo_mice.io.tabular import read_csv, read_xlsx

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".vcf", ".vcard"):
        return None
    table = read_xlsx(path, sheet=sheet) if suffix in (".xlsx", ".xlsm") else read_csv(path, encoding=encoding)
    mapped = map_headers(kind, table.headers, overrides)
    return HeaderMap(list(table.headers), [mapped.get(i) for i in range(len(table.headers))], fields_for(kind),
                     table.encoding)
