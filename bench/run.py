"""Run named benchmarks and report each against its same-run baseline and its goal.

    .venv/bin/python -m bench.run [NAME ...] [--scale S] [--json]

Without names, runs them all. ``--scale`` overrides each benchmark's default data size (useful for a
quick smoke run); the goals are stated for the default sizes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence

from bench import briefs, demo_rate, import_csv, matching, search_100k, startup, sync_10k, ui_lists
from bench.measure import Result

BENCHMARKS: dict[str, Callable[..., Result]] = {
    "search_100k": search_100k.run,
    "demo_rate": demo_rate.run,
    "import_csv": import_csv.run,
    "ui_lists": ui_lists.result,
    "startup": startup.result,
    "briefs": briefs.run,
    "matching": matching.run,
    "sync_10k": sync_10k.run,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", metavar="NAME", help=f"benchmarks to run: {', '.join(BENCHMARKS)}")
    parser.add_argument("--scale", type=float, help="demo data scale instead of each benchmark's default")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    results = []
    for name in args.names or list(BENCHMARKS):
        result = BENCHMARKS[name](**({"scale": args.scale} if args.scale else {}))
        results.append(result)
        if not args.json:
            print(result.line(), flush=True)
    if args.json:
        print(json.dumps([r.as_json() for r in results], ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
