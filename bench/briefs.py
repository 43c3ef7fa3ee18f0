"""Benchmark ([packs] §6): a 100-page delegation pack against raw reportlab in the same run.

The pack: ``crm.reports.build("fair", …)`` for a fair with enough buyers to fill about 100 pages, from the
database read to the file on disk (cover, contents, header and footer, outline, font fallback, kinsoku).
Baseline, in the same run: reportlab's ``SimpleDocTemplate`` laying out the very flowables the pack made
(headings and Paragraphs, the LongTables and their cells: strings where a cell fits its column in one face,
the packs' ``TextCell`` flowables where it wraps or mixes faces), made beforehand from the same database,
into a file with the pack's paper and margins: no database read, no cover, contents, header, footer or page
numbers. So the ratio is what the pack adds around reportlab laying out its story, and the absolute figure
is what a user waits for. Until 2026-12-02 the wrapped cells were reportlab Paragraphs on both sides and the
baseline had reportlab's default margins (4.60 s against 3.42 s, idle machine).
Goal: pack ≤ 1.5 × baseline and under 3 s.

Run: .venv/bin/python -m bench.briefs [--buyers 1700] [--repeat 3], or ``bench.run briefs`` (``--scale S``
means S × 1,000 buyers).
"""

from __future__ import annotations

import argparse
import csv
import gc
import statistics
import time
from pathlib import Path

from bench.measure import Result, scratch_home

GOAL_RATIO, GOAL_SECONDS = 1.5, 3.0
NAMES = ["Tan Wei Ling", "김민준", "Trần Văn An", "สมชาย ใจดี", "王伟", "Maria Santos", "髙﨑 一郎", "Arjun Rao"]


def _fair_with_buyers(crm, folder: Path, buyers: int) -> str:
    from sapporo_mice.io.importer import ImportOptions, import_file

    fair_id = crm.fairs.create({"name": "Bench Fair", "name_ja": "ベンチ見本市", "country": "SG",
                                "timezone": "Asia/Singapore", "starts_on": "2026-10-27", "ends_on": "2026-10-31"},
                               actor="bench").id
    path = folder / "buyers.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Company", "Country", "Email", "Phone"])
        for i in range(buyers):
            writer.writerow([f"{NAMES[i % len(NAMES)]} {i}", f"Company {i % 300}", "SG", f"buyer{i}@example.com",
                             f"+65 9{i % 1000:03d} {i % 10000:04d}"])
    import_file(crm.store, path, ImportOptions(kind="leads", fair=fair_id, on_duplicate="create"))
    return fair_id


def _raw(crm, fair_id: str, out: Path) -> float:
    """reportlab alone: the pack's flowables, made beforehand, built into a plain document."""
    from reportlab.platypus import SimpleDocTemplate

    from sapporo_mice.reports import fair_pack
    from sapporo_mice.reports.document import MARGINS, Heading, Styles

    styles = Styles("ja")
    with crm.store.reading() as session:
        pack = fair_pack.build(session, fair_id, styles)
    story = []
    for section in pack.sections:
        story.append(Heading(section.title, styles.h2, 0))
        story += section.flowables
    gc.collect()
    start, cpu = time.perf_counter(), time.process_time()
    SimpleDocTemplate(str(out), pagesize=styles.pagesize, **MARGINS).build(story)  # the pack's frame
    return time.perf_counter() - start, time.process_time() - cpu


def _pack(crm, fair_id: str, out: Path) -> tuple[float, float, int]:
    gc.collect()  # each side starts from a collected heap: a full collection's 0.1-0.2 s falls in its own work
    start, cpu = time.perf_counter(), time.process_time()
    made = crm.reports.build("fair", fair_id, out, lang="ja")
    return time.perf_counter() - start, time.process_time() - cpu, made.pages


def run(scale: float = 1.7, repeat: int = 3) -> Result:
    from sapporo_mice.crm import Crm

    buyers = int(scale * 1000)
    with scratch_home() as home:
        crm = Crm.open(f"sqlite:///{(home / 'bench.db').as_posix()}", device_id="00000000-0000-7000-8000-0000000000b1")
        try:
            fair_id = _fair_with_buyers(crm, home, buyers)
            _pack(crm, fair_id, home / "warm.pdf")  # fonts registered, caches warm: both sides then start equal
            packs, raws, pack_cpu, raw_cpu, pages = [], [], [], [], 0
            for i in range(repeat):
                seconds, cpu, pages = _pack(crm, fair_id, home / f"pack{i}.pdf")
                packs.append(seconds)
                pack_cpu.append(cpu)
                seconds, cpu = _raw(crm, fair_id, home / f"raw{i}.pdf")
                raws.append(seconds)
                raw_cpu.append(cpu)
        finally:
            crm.close()
    value, baseline = statistics.median(packs), statistics.median(raws)
    ratio = value / baseline
    # The process's CPU time as well: on a machine other work shares, it moves less than the clock does.
    cpu = {"cpu_pack": round(statistics.median(pack_cpu), 2), "cpu_baseline": round(statistics.median(raw_cpu), 2),
           "cpu_ratio": round(statistics.median(pack_cpu) / statistics.median(raw_cpu), 2)}
    return Result("briefs", "s", value, baseline, ratio, f"≤ {GOAL_RATIO}× and < {GOAL_SECONDS} s",
                  ratio <= GOAL_RATIO and value < GOAL_SECONDS, details={"pages": pages, "buyers": buyers, **cpu})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--buyers", type=int, default=1700)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    result = run(args.buyers / 1000, args.repeat)
    print(result.line(), result.details)


if __name__ == "__main__":
    main()
