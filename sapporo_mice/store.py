"""Where every write begins: the store (an open database, its journal and the record services) and
the unit of work (one user action's transaction).

The rule inside the core: a function that reads takes a :class:`~sapporo_mice.database.Database` (or the
store); a function that writes within an action takes the :class:`Unit`; only :class:`~sapporo_mice.crm.Crm`
opens units for callers outside the core. A unit opens its session, gives it a change recorder, remembers
the rows and ids it has seen, flushes the change log and commits, or rolls everything back.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sapporo_mice.changelog import ChangeRecorder, Journal
from sapporo_mice.database import Database
from sapporo_mice.inserts import among
from sapporo_mice.models import MODEL_BY_TYPE

if TYPE_CHECKING:
    from sapporo_mice.services.base import RecordService


class Reader:
    """Looks records up in one session for a record's hooks (:class:`~sapporo_mice.services.base.Related`),
    remembering the rows it found."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._rows: dict[tuple[type, str], Any] = {}

    def fetch(self, model: type, record_id: str | None) -> Any:
        """``session.get``, remembered for the unit: a row looked up for many records of one action (their
        organization, the fair) is not reloaded after the identity map lets it go."""
        if record_id is None:
            return None
        row = self._rows.get((model, record_id))
        if row is None:
            row = self.session.get(model, record_id)
            if row is not None:
                self._rows[(model, record_id)] = row
        return row

    def children(self, model: type, parent_key: str, parent_id: str) -> list[Any]:
        """The live rows of ``model`` whose ``parent_key`` is ``parent_id`` (a contact's emails)."""
        column = getattr(model, parent_key)
        return list(self.session.scalars(select(model).where(column == parent_id, model.deleted_at.is_(None))))


class Snapshot(Reader):
    """Many records read at once, for a pass that only reads them (an import's check of the people it already
    holds): their rows, their live children and the records they point at, each kind in one query per 500
    ids (:func:`~sapporo_mice.inserts.among`) instead of a few queries per record.

    It answers as things stood when it read them: a child written after, in the same session, is not among
    its children. What it was not asked to load it looks up as a :class:`Reader` does."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._children: dict[tuple[type, str, str], list[Any]] = {}
        self._dialect = session.get_bind().dialect.name

    def load(self, model: type, record_ids: Iterable[str | None]) -> dict[str, Any]:
        """Record id -> row, for those of ``record_ids`` that are stored (deleted ones too, as ``fetch`` finds them)."""
        ids = list(dict.fromkeys(i for i in record_ids if i))
        for where in among(model.id, [i for i in ids if (model, i) not in self._rows], self._dialect):
            for row in self.session.scalars(select(model).where(where)):
                self._rows[(model, row.id)] = row
        return {i: self._rows[(model, i)] for i in ids if (model, i) in self._rows}

    def load_children(self, model: type, parent_key: str, parent_ids: Iterable[str]) -> None:
        """The live rows of ``model`` whose ``parent_key`` is one of ``parent_ids``, for :meth:`children`."""
        ids = list(dict.fromkeys(parent_ids))
        for parent_id in ids:
            self._children[(model, parent_key, parent_id)] = []
        column = getattr(model, parent_key)
        for where in among(column, ids, self._dialect):
            for row in self.session.scalars(select(model).where(where, model.deleted_at.is_(None))):
                self._children[(model, parent_key, getattr(row, parent_key))].append(row)

    def children(self, model: type, parent_key: str, parent_id: str) -> list[Any]:
        loaded = self._children.get((model, parent_key, parent_id))
        return list(loaded) if loaded is not None else super().children(model, parent_key, parent_id)


class Unit(Reader):
    """One user action: a session in one transaction, who acts, and the change-log writer."""

    def __init__(self, store: "Store", session: Session, actor: str) -> None:
        super().__init__(session)
        self.store = store
        self.actor = actor
        self.log: ChangeRecorder = store.journal.recorder(session, actor)
        self.known: set[tuple[str, str]] = set()  # (record type, id) known to exist in this transaction
        self._renamed: dict[type, set[str]] = {}  # records renamed in it, whose namers are re-indexed at its end

    def renamed(self, model: type, record_id: str) -> None:
        """A record others' search rows name (a company's name) changed: the live records that point at it are
        re-indexed before the unit commits, all of them in one query per record type and 500 ids (an import that
        fills in ten thousand people's Latin names, a sync that renames a thousand companies)."""
        self._renamed.setdefault(model, set()).add(record_id)

    def finish(self) -> None:
        """What a unit does before it commits: the renamed records' namers re-indexed, the change log written."""
        from sapporo_mice.services.base import reindex_dependents

        while self._renamed:  # one pass per renamed type (re-indexing renames nothing more)
            model, ids = self._renamed.popitem()
            reindex_dependents(self, model, sorted(ids))
        self.log.flush()

    def service(self, record_type: str) -> "RecordService":
        return self.store.services[record_type]

    def exists(self, record_type: str, record_id: str) -> bool:
        """Whether the record is stored (or created in this unit). Rows are never physically deleted by
        ordinary writes, so an id found once stays found for the unit."""
        if (record_type, record_id) in self.known:
            return True
        model = MODEL_BY_TYPE[record_type]
        found = self.session.scalar(select(func.count()).select_from(model).where(model.id == record_id)) == 1
        if found:
            self.known.add((record_type, record_id))
        return found


class Store:
    """An open database, this device's journal, and one service per record type."""

    def __init__(self, db: Database, journal: Journal) -> None:
        from sapporo_mice.services import SERVICE_CLASSES

        self.db = db
        self.journal = journal
        self.services: dict[str, RecordService] = {cls.record_type: cls(self) for cls in SERVICE_CLASSES}

    @contextmanager
    def unit(self, actor: str) -> Iterator[Unit]:
        """One write transaction: commit (change log included) on success, roll back on any error."""
        with self.db.transaction() as session:
            unit = Unit(self, session, actor)
            yield unit
            unit.finish()

    @contextmanager
    def reading_unit(self, actor: str = "") -> Iterator[Unit]:
        """A unit over a read-only transaction, for validating without writing (an import's planning)."""
        with self.db.reading() as session:
            yield Unit(self, session, actor)

    def reading(self):
        return self.db.reading()
