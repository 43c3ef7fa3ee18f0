"""What a benchmark reports, and the small helpers every benchmark shares."""

from __future__ import annotations

import contextlib
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Result:
    """One benchmark's figures: ``value`` against ``baseline`` (same unit), their ratio, and the goal."""

    name: str
    unit: str
    value: float
    baseline: float
    ratio: float
    goal: str
    met: bool
    p95: float | None = None
    details: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    def line(self) -> str:
        p95 = f", p95 {self.p95:.2f} {self.unit}" if self.p95 is not None else ""
        verdict = "MET" if self.met else "MISSED"
        return (f"{self.name}: median {self.value:,.2f} {self.unit}{p95}; baseline {self.baseline:,.2f} {self.unit}; "
                f"ratio {self.ratio:.2f}x; goal {self.goal}: {verdict}")


def timed_ms(action: Callable[[], Any], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


@contextlib.contextmanager
def scratch_home() -> Iterator[Path]:
    """A throwaway data dir (settings, attachments) and folder for the benchmark's database."""
    previous = os.environ.get("SAPPORO_MICE_HOME")
    with tempfile.TemporaryDirectory(prefix="sapporo-mice-bench-") as folder:
        os.environ["SAPPORO_MICE_HOME"] = str(Path(folder) / "home")
        try:
            yield Path(folder)
        finally:
            if previous is None:
                os.environ.pop("SAPPORO_MICE_HOME", None)
            else:
                os.environ["SAPPORO_MICE_HOME"] = previous


@contextlib.contextmanager
def fresh_databases(folder: Path, which: str = "sqlite") -> Iterator[tuple[Callable[[], str], str]]:
    """``(fresh, kind)``: ``fresh()`` gives the URL of a new, empty database at each call, and ``kind`` says
    which database that is. ``which``: "sqlite" (files in ``folder``), "postgresql" (databases on one
    throwaway server, started as the tests start theirs; its binaries are required) or "auto" (the server
    when its binaries are installed, else SQLite)."""
    from tests.support.postgres import TempPostgres, find_bindir

    bindir = find_bindir() if which != "sqlite" else None
    if which == "postgresql" and bindir is None:
        raise SystemExit("no PostgreSQL server binaries (initdb, pg_ctl): install the postgresql package")
    server = TempPostgres(bindir).start() if bindir else None
    counter = iter(range(10**6))

    def fresh() -> str:
        n = next(counter)
        if server is not None:
            return server.create_database(f"bench_{n}")
        return f"sqlite:///{(folder / f'bench{n}.db').as_posix()}"

    try:
        yield fresh, ("postgresql" if server else "sqlite")
    finally:
        if server is not None:
            server.stop()
