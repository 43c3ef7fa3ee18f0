"""The one door into the core (Anki's ``Collection``): the desktop and the CLI hold a :class:`Crm` and reach
every area through it; they never hold a database, an engine or a session.

Record types are attributes (``crm.contacts``, ``crm.leads``, ``crm.fairs`` … each the type's service:
create, update, delete, restore, get, list, resolve, and the type's own operations), and so are the areas
that span types: ``crm.search``, ``crm.lists``, ``crm.agenda``, ``crm.dedupe``, ``crm.intake``, ``crm.io``,
``crm.history``. Each call opens and closes its own session: one user action, one transaction. A ``Crm``
holds no session, so it can live for the whole app and be used from a worker thread.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select

from sapporo_mice import agenda as _agenda
from sapporo_mice import duplicates as _duplicates
from sapporo_mice import history as _history
from sapporo_mice import intake as _intake
from sapporo_mice import merging as _merging
from sapporo_mice.changelog import Journal, replica_device
from sapporo_mice.database import (
    Database,
    UpgradeReport,
    database_location,
    head_revision,
    open_database,
    resolve_url,
    run_waiting,
    waiting_for_lock,
)
from sapporo_mice.encryption import Encryption
from sapporo_mice.lists import Lists
from sapporo_mice.maintenance import Maintenance
from sapporo_mice.reports import Reports
from sapporo_mice.models import MODEL_BY_TYPE
from sapporo_mice.search import Search
from sapporo_mice.services.base import RecordService
from sapporo_mice.settings import Settings
from sapporo_mice.store import Store

# The record types `stats` counts, with their DESIGN §5 keys.
STATS_KEYS = {
    "organizations": "organization", "contacts": "contact", "leads": "lead", "bids": "bid",
    "meeting_series": "meeting_series", "fairs": "fair", "participations": "participation",
    "students": "student", "openings": "opening", "matches": "match", "activities": "activity",
    "tasks": "task", "attachments": "attachment", "consultations": "consultation",
    "expansion_cases": "expansion_case", "company_profiles": "company_profile",
    "target_markets": "target_market", "support_needs": "support_need", "indicators": "indicator",
    "indicator_values": "indicator_value",
}


class Crm:
    """An open CRM database and every area of the core."""

    def __init__(self, db: Database, *, device_id: str | None = None) -> None:
        journal = Journal(device_id or replica_device(db, Settings().get("device_id")), head_revision())
        with db.reading() as session:
            journal.resume(session)
        #: For the core's own tools and tests: the UI and the CLI never touch it (a test checks ``ui/``).
        self.store = Store(db, journal)
        services = self.store.services
        self.organizations = services["organization"]
        self.contacts = services["contact"]
        self.leads = services["lead"]
        self.activities = services["activity"]
        self.tasks = services["task"]
        self.attachments = services["attachment"]
        self.meeting_series = services["meeting_series"]
        self.bids = services["bid"]
        self.fairs = services["fair"]
        self.participations = services["participation"]
        self.company_profiles = services["company_profile"]
        self.target_markets = services["target_market"]
        self.support_needs = services["support_need"]
        self.consultations = services["consultation"]
        self.expansion_cases = services["expansion_case"]
        self.students = services["student"]
        self.openings = services["opening"]
        self.matches = services["match"]
        self.indicators = services["indicator"]
        self.indicator_values = services["indicator_value"]
        from sapporo_mice.shared_settings import SharedSettings

        self.shared_settings = SharedSettings(self.store)  # the office's settings: one value for every user
        self.search = Search(db, self.store)
        self.lists = Lists(db)
        self.agenda = Agenda(db)
        self.dedupe = Dedupe(self.store)
        self.intake = Intake(self.store)
        self.history = History(self.store)
        self.maintenance = Maintenance(self.store)
        self.reports = Reports(self.store)
        self.encryption = Encryption(db)
        from sapporo_mice.students.area import Matching  # --- students
        from sapporo_mice.students.privacy import Privacy

        self.matching, self.privacy = Matching(self.store), Privacy(self.store)
        from sapporo_mice.sync import Sync

        self.sync = Sync(self.store)
        from sapporo_mice.io import Io  # the file readers load on first use of an import, not with the CRM

        self.io = Io(self.store)
        from sapporo_mice.export_support import ExportSupport

        self.export = ExportSupport(self.store)  # export support across records: cases, suggestions, views
        self.support_given = services["support_given"]
        from sapporo_mice.network import Network  # --- network: partner cities, exchanges, visits

        self.network = Network(self.store)
        from sapporo_mice.kpi import Kpi  # --- kpi: the plan's indicators by fiscal year

        self.kpi = Kpi(self.store)

    #: Encrypting this computer's database file: also usable without an open CRM (``Crm.Encryption.convert_url``).
    Encryption = Encryption

    @classmethod
    def open(cls, url: str | None = None, *, device_id: str | None = None, passphrase: str | None = None) -> "Crm":
        """Open (and create or upgrade) the database that :func:`~sapporo_mice.database.resolve_url` chooses; an
        encrypted file with ``passphrase`` (else ``SAPPORO_MICE_PASSPHRASE``; ``PassphraseNeededError`` without)."""
        return cls(open_database(url, passphrase=passphrase), device_id=device_id)

    @staticmethod
    def waiting_for_lock(report: Any, *, bound_s: float) -> Any:
        """A context manager: while it is open, this thread's writes wait for another program's write lock up to
        ``bound_s``, calling ``report(waited_s, bound_s)`` meanwhile (see :func:`~sapporo_mice.database.waiting_for_lock`)."""
        return waiting_for_lock(report, bound_s)

    @staticmethod
    def run_waiting(action: Any, report: Any, *, bound_s: float) -> Any:
        """``action()`` with its writes waiting for another program's lock up to ``bound_s``, reporting; on
        PostgreSQL run again while it fails busy having committed nothing (see :func:`~sapporo_mice.database.run_waiting`)."""
        return run_waiting(action, report, bound_s)

    @staticmethod
    def resolve_url(url: str | None = None) -> str:
        return resolve_url(url)

    @staticmethod
    def initialise(url: str | None = None, *, passphrase: str | None = None) -> tuple[str, UpgradeReport]:
        """Create or upgrade the database (idempotent; a SQLite file with data is backed up first).
        Returns its URL as it may be shown (no password) and what was done."""
        db = Database(url, passphrase=passphrase)
        try:
            db.ping()
            return db.display_url, db.upgrade()
        finally:
            db.dispose()

    @staticmethod
    def probe(url: str | None, *, passphrase: str | None = None) -> str:
        """Check that ``url`` names a database this app can reach (raises ``DatabaseOpenError`` saying why);
        returns the URL as it may be shown (no password)."""
        db = Database(url, passphrase=passphrase)
        try:
            db.ping()
            return db.display_url
        finally:
            db.dispose()

    @property
    def device_id(self) -> str:
        return self.store.journal.device_id

    def location(self) -> tuple[str, str]:
        """("file", path) for this computer's database, or ("server", "host:port/database"); never a password."""
        return database_location(self.store.db.url)

    @property
    def display_url(self) -> str:
        return self.store.db.display_url

    def service(self, record_type: str) -> RecordService:
        """The service of any record type, for views that work on every type (lists, editors)."""
        return self.store.services[record_type]

    @property
    def record_types(self) -> tuple[str, ...]:
        return tuple(self.store.services)

    def stats(self) -> dict[str, int]:
        with self.store.reading() as session:
            counts = {}
            for key, record_type in STATS_KEYS.items():
                model = MODEL_BY_TYPE[record_type]
                stmt = select(func.count()).select_from(model).where(model.deleted_at.is_(None))
                counts[key] = session.scalar(stmt) or 0
            return counts

    def add_demo_data(self, *, scale: float = 1.0, seed: int = 2026, actor: str = "demo",
                      today: dt.date | None = None) -> dict[str, int]:
        """Realistic bilingual demo data, deterministic per seed (``sapporo_mice.demo``); counts by table."""
        from sapporo_mice import demo

        return demo.generate(self.store, scale=scale, seed=seed, actor=actor, today=today)

    def close(self) -> None:
        self.store.db.dispose()


class Agenda:
    """``crm.agenda``: what the Home view shows."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def upcoming(self, *, today: dt.date | None = None, user: str | None = None) -> dict[str, Any]:
        return _agenda.agenda(self._db, today=today, user=user)


class Dedupe:
    """``crm.dedupe``: duplicate candidates (while typing, in an import, across a table), merging, undoing."""

    SURVIVOR, LOSER = _merging.SURVIVOR, _merging.LOSER

    def __init__(self, store: Store) -> None:
        self._store = store

    def candidates(self, record_type: str, record_id: str | None = None, *, limit: int = 200) -> list[Any]:
        return _duplicates.find_candidates(self._store.db, record_type, record_id, limit=limit)

    def while_typing(self, *, email: str | None = None, phone: str | None = None, name: str | None = None,
                     organization: str | None = None, regions: tuple[str | None, ...] = (),
                     limit: int = 5) -> list[Any]:
        return _duplicates.while_typing(self._store.db, email=email, phone=phone, name=name,
                                        organization=organization, regions=regions, limit=limit)

    def preview(self, record_type: str, survivor_id: str, loser_id: str) -> Any:
        return _merging.merge_preview(self._store, record_type, survivor_id, loser_id)

    def merge(self, record_type: str, survivor_id: str, loser_id: str, field_choices: dict[str, str] | None = None,
              *, actor: str, survivor_version: int, loser_version: int) -> Any:
        return _merging.merge(self._store, record_type, survivor_id, loser_id, field_choices, actor=actor,
                              survivor_version=survivor_version, loser_version=loser_version)

    def merges_of(self, record_type: str, record_id: str) -> list[Any]:
        return _merging.merges_of(self._store.db, record_type, record_id)

    def undo(self, merge_id: str, *, actor: str) -> Any:
        return _merging.undo_merge(self._store, merge_id, actor=actor)


class Intake:
    """``crm.intake``: a company, a person and a lead from a quick form or a booth visitor."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def quick_lead(self, values: dict[str, Any], *, actor: str) -> _intake.QuickLead:
        return _intake.quick_lead(self._store, values, actor=actor)

    def capture(self, fair_id: str, values: dict[str, Any], *, actor: str, now: dt.datetime | None = None) -> Any:
        return _intake.capture(self._store, fair_id, values, actor=actor, now=now)


class History:
    """``crm.history``: a record's changes, from the change log."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def of_record(self, record_type: str, record_id: str, *, limit: int = 500) -> list[Any]:
        return _history.record_history(self._store, record_type, record_id, limit=limit)

    def latest_field_changes(self, record_type: str, record_id: str) -> dict[str, Any]:
        return _history.latest_field_changes(self._store, record_type, record_id)

