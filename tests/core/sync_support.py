"""Two laptops (SQLite) and an office (the ``db_url`` backend: SQLite and a real PostgreSQL)."""

from __future__ import annotations

import itertools

from sapporo_mice.crm import Crm
from sapporo_mice.models import MODEL_BY_TABLE, SyncMixin

PASS = "ライラック 2026 lilac"
_numbers = itertools.count(1)


def open_laptop(tmp_path, name: str) -> Crm:
    return Crm.open(f"sqlite:///{(tmp_path / f'{name}.db').as_posix()}")


def exchange(laptop: Crm, office: Crm, tmp_path, *, actor: str = "laptop"):
    """One sync through bundles: out on the laptop, in at the office, the answer back on the laptop."""
    n = next(_numbers)
    out = tmp_path / f"out{n}.smsync"
    laptop.sync.bundle_out(out, PASS)
    at_office = office.sync.bundle_in(out, PASS, actor="office")
    back = laptop.sync.bundle_in(at_office.response, PASS, actor=actor)
    return at_office, back


def snapshot(crm: Crm) -> dict:
    """Every synced row's fields (not the per-replica bookkeeping: version, times), deleted or not."""
    data = {}
    skip = SyncMixin.SYSTEM_FIELDS | {"deleted_at"}
    with crm.store.reading() as session:
        for table, model in MODEL_BY_TABLE.items():
            for row in session.execute(model.__table__.select()):
                values = dict(row._mapping)
                data[(table, values["id"])] = {k: v for k, v in values.items() if k not in skip} | {
                    "deleted": values["deleted_at"] is not None}
    return data


def search_rows(crm: Crm) -> dict:
    from sapporo_mice.models import SearchEntry

    with crm.store.reading() as session:
        return {(r.record_type, r.record_id): (r.title, r.sort_key, r.text)
                for r in session.execute(SearchEntry.__table__.select())}
