"""Benchmark (issue [sync] §8): 10k changes from a laptop into the office, against a plain bulk insert.

A laptop (SQLite) holds 10,000 unsent changes: 9,000 new companies and 1,000 edits of them. Measured: the
office's ``sync bundle-in`` of the laptop's bundle (decrypt, verify, apply three ways in one transaction,
log every entry, keep the search index, write the encrypted answer), into a fresh office database each
time. The office is a real PostgreSQL when the server binaries are installed (SQLite otherwise).

Baseline, in the same run: the plain bulk insert the issue names, a Core ``insert()`` of the same 9,000
companies as they end up (the edits already applied) in one ``executemany``, into a fresh office database of
the same kind, as ``bench.import_csv``'s baseline inserts its rows. Goal: bundle-in <= 3x baseline.

Two further references are printed beside it, not the goal's:
- ``copy_s``: the same rows through the app's fastest writer (``TableWriter``: COPY on PostgreSQL, the
  driver's own ``executemany`` on SQLite). Until 2026-12 this was the baseline.
- ``bulk_load_s``: the app's own bulk load of the same rows with what a sync also writes (change log,
  search rows).

Run: .venv/bin/python -m bench.sync_10k [--changes 10000] [--repeat 3], or ``bench.run sync_10k``
(where ``--scale S`` means S x 10,000 changes).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from bench.measure import Result, fresh_databases, scratch_home

GOAL_RATIO = 3.0
PASSPHRASE = "bench passphrase"


def laptop_with_changes(folder: Path, changes: int):
    """A laptop database holding ``changes`` unsent changes (90 % new companies, 10 % edits of them)."""
    from sapporo_mice.bulk import BulkLoad
    from sapporo_mice.crm import Crm
    from sapporo_mice.models import Organization

    laptop = Crm.open(f"sqlite:///{(folder / 'laptop.db').as_posix()}")
    inserts = changes * 9 // 10
    with laptop.store.unit("佐藤 花子") as unit:
        load = BulkLoad(unit)
        for n in range(inserts):
            load.add(Organization, name=f"札幌テスト商事{n:05d}株式会社", name_kana=f"サッポロテストショウジ{n:05d}",
                     country="JP", industry="食品")
        load.write()
    ids = [row["id"] for row in laptop.organizations.list(limit=changes - inserts, order_by="id")]
    with laptop.store.unit("佐藤 花子") as unit:
        for n, record_id in enumerate(ids):
            laptop.organizations.update_in(unit, record_id, {"industry": f"水産加工{n}"})
    return laptop


def time_bundle_in(laptop, bundle: Path, url: str) -> float:
    from sapporo_mice.crm import Crm

    office = Crm.open(url)
    try:
        started = time.perf_counter()
        taken = office.sync.bundle_in(bundle, PASSPHRASE, actor="office")
        elapsed = time.perf_counter() - started
        assert taken.applied.received > 0 and taken.applied.conflicts == 0
        return elapsed
    finally:
        office.close()


def _final_rows(laptop) -> list[dict]:
    from sapporo_mice.models import Organization

    with laptop.store.reading() as session:
        return [dict(r._mapping) for r in session.execute(Organization.__table__.select())]


def _time_write(url: str, write) -> float:
    """Seconds ``write(connection, table)`` takes in one transaction on a fresh office database."""
    from sapporo_mice.crm import Crm
    from sapporo_mice.models import Organization

    office = Crm.open(url)
    try:
        started = time.perf_counter()
        with office.store.db.transaction() as session:
            write(session.connection(), Organization.__table__)
        return time.perf_counter() - started
    finally:
        office.close()


def time_baseline(rows: list[dict], url: str) -> float:
    """The goal's baseline: a plain Core bulk insert of the rows, in one transaction."""
    from sqlalchemy import insert

    return _time_write(url, lambda connection, table: connection.execute(insert(table), rows))


def time_copy(rows: list[dict], url: str) -> float:
    """A reference: the same rows through the app's fastest writer (COPY on PostgreSQL)."""
    from sapporo_mice.inserts import TableWriter

    return _time_write(url, lambda connection, table: TableWriter(connection, table,
                                                                  [c.key for c in table.columns]).write(rows))


def time_bulk_load(rows: list[dict], url: str) -> float:
    """The app's own bulk load (the demo's and the importer's) of the same rows: rows, change log and search
    rows, as a sync import also writes them. A second reference, reported beside the goal's baseline."""
    from sapporo_mice.bulk import BulkLoad
    from sapporo_mice.crm import Crm
    from sapporo_mice.models import Organization
    from sapporo_mice.models.base import SyncMixin

    office = Crm.open(url)
    try:
        started = time.perf_counter()
        with office.store.unit("bench") as unit:
            load = BulkLoad(unit)
            for row in rows:
                load.add(Organization, **{k: v for k, v in row.items() if k not in SyncMixin.SYSTEM_FIELDS or k == "id"})
            load.write()
        return time.perf_counter() - started
    finally:
        office.close()


def run(changes: int = 10_000, repeat: int = 3, scale: float | None = None, office: str = "auto") -> Result:
    if scale is not None:
        changes = max(100, int(scale * 10_000))
    with scratch_home() as folder, fresh_databases(folder, office) as (fresh, kind):
        laptop = laptop_with_changes(folder, changes)
        try:
            bundle = folder / "laptop.smsync"
            started = time.perf_counter()
            written = laptop.sync.bundle_out(bundle, PASSPHRASE)
            out_seconds = time.perf_counter() - started
            size = bundle_size(bundle)
            rows = _final_rows(laptop)
            measured, baseline, copy, bulk = [], [], [], []
            for _ in range(repeat):
                baseline.append(time_baseline(rows, fresh()))
                copy.append(time_copy(rows, fresh()))
                bulk.append(time_bulk_load(rows, fresh()))
                measured.append(time_bundle_in(laptop, bundle, fresh()))
        finally:
            laptop.close()
    value, base = statistics.median(measured), statistics.median(baseline)
    ratio = value / base if base else float("inf")
    return Result("sync_10k", "s", value, base, ratio, f"<= {GOAL_RATIO:.0f}x baseline", ratio <= GOAL_RATIO,
                  details={"changes": written.count, "office": kind, "bundle_out_s": round(out_seconds, 3),
                           "bundle_bytes": size, "samples": [round(s, 3) for s in measured],
                           "baseline_samples": [round(s, 3) for s in baseline],
                           "copy_s": round(statistics.median(copy), 3),
                           "ratio_to_copy": round(value / statistics.median(copy), 2),
                           "bulk_load_s": round(statistics.median(bulk), 3),
                           "ratio_to_bulk_load": round(value / statistics.median(bulk), 2)})


def bundle_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--office", choices=("auto", "sqlite"), default="auto",
                        help="auto: PostgreSQL when its server binaries are installed")
    args = parser.parse_args()
    result = run(args.changes, args.repeat, office=args.office)
    print(result.line())
    print(result.details)


if __name__ == "__main__":
    main()
