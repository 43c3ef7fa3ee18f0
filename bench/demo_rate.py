"""demo_rate: records per second of ``demo.generate``, against a raw executemany into a bare table.

Goal: scale 100 (100,000 contacts) in under a minute on SQLite, i.e. a rate of at least the number of
records at scale 100 divided by 60 s.
"""

from __future__ import annotations

import sqlite3
import time

from bench.measure import Result, scratch_home

GOAL_SECONDS_AT_100 = 60.0
NOT_RECORDS = ("search_index", "change_log")


def run(scale: float = 10.0) -> Result:
    from sapporo_mice.crm import Crm
    from sapporo_mice.demo import generate

    with scratch_home() as folder:
        crm = Crm.open(f"sqlite:///{(folder / 'demo.db').as_posix()}", device_id="00000000-0000-7000-8000-0000000000b1")
        started, cpu = time.perf_counter(), time.process_time()
        counts = generate(crm.store, scale=scale, seed=2026, actor="bench")
        seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
        crm.close()
        records = sum(n for key, n in counts.items() if key not in NOT_RECORDS)
        baseline_rate = records / raw_executemany_seconds(folder / "bare.db", records)
    rate = records / seconds
    needed = records / scale * 100 / GOAL_SECONDS_AT_100
    return Result("demo_rate", "records/s", rate, baseline_rate, rate / baseline_rate,
                  f">= {needed:,.0f} records/s (scale 100 in < {GOAL_SECONDS_AT_100:.0f} s)", rate >= needed,
                  details={"scale": scale, "records": records, "seconds": round(seconds, 2),
                           "cpu_seconds": round(cpu_seconds, 2), "rows_with_search_and_log": sum(counts.values()),
                           "projected_seconds_at_scale_100": round(seconds / scale * 100, 1)})


def raw_executemany_seconds(path, rows: int) -> float:
    """One transaction of ``rows`` plain rows into a bare table: the floor for any bulk load."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE bare (id TEXT PRIMARY KEY, name TEXT, n INTEGER, note TEXT)")
    data = [(f"{i:036d}", f"name {i}", i, "札幌") for i in range(rows)]
    started = time.perf_counter()
    with connection:
        connection.executemany("INSERT INTO bare VALUES (?, ?, ?, ?)", data)
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed
