"""Benchmark (issue §4/§10): importing a 10k-row contacts CSV with phone parsing, against a baseline.

Baseline, in the same run: the file read with ``csv.DictReader``, a raw ``phonenumbers`` parse loop over
the same phones and a Core bulk insert of the same rows (what the file holds: its organizations, contacts,
emails and phones) into a fresh database. The import also does what the baseline leaves out: validation,
duplicate checks, one change-log row per record and the search rows. Goal: import ≤ 2× baseline.

Also printed, with no goal of its own: the time of checking the same file again once imported (a dry run in
which every row is a person the CRM holds, the import wizard's first step of a re-import).

Run: .venv/bin/python -m bench.import_csv [--rows 10000] [--repeat 3] [--postgres], or through
``bench.run import_csv`` (where ``--scale S`` means S × 1,000 rows, as in the demo's scale). The default is a
fresh SQLite file for each import and each baseline (the laptops' embedded database); ``--postgres`` gives
each a fresh database on a throwaway PostgreSQL server, started as the tests start theirs (the office's).
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import time
from pathlib import Path

import phonenumbers
from sqlalchemy import insert

from bench.measure import Result, fresh_databases, scratch_home

FAMILY = ["山田", "佐藤", "Tan", "Lim", "Nguyễn", "Kim", "Wong", "Smith", "สมชาย", "Santos"]
GIVEN = ["太郎", "花子", "Wei Ling", "An", "Min-jun", "Ka Yan", "John", "Maria", "ใจดี", "Jose"]
COUNTRY = ["JP", "SG", "TH", "VN", "KR", "HK", "US", "PH"]
PHONES = {"JP": "090-{a:04d}-{b:04d}", "SG": "+65 9{a:03d} {b:04d}", "TH": "081 {a:03d} {b:04d}",
          "VN": "+84 90 {a:03d} {b:04d}", "KR": "010-{a:04d}-{b:04d}", "HK": "+852 9{a:03d} {b:04d}",
          "US": "+1 212 555 {b:04d}", "PH": "+63 917 {a:03d} {b:04d}"}


GOAL_RATIO = 2.0


def write_csv(path: Path, rows: int, seed: int = 10) -> list[dict[str, str]]:
    rng = random.Random(seed)
    data = []
    for i in range(rows):
        country = rng.choice(COUNTRY)
        data.append({"Family name": rng.choice(FAMILY), "Given name": rng.choice(GIVEN), "Company": f"Company {i % 500}",
                     "Country": country, "Email": f"person{i}@example{i % 97}.com",
                     "Phone": PHONES[country].format(a=rng.randrange(1000), b=rng.randrange(10000))})
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(data[0]))
        writer.writeheader()
        writer.writerows(data)
    return data


def _crm(url: str):
    from sapporo_mice.crm import Crm

    return Crm.open(url, device_id="00000000-0000-7000-8000-0000000000be")


def time_import(csv_path: Path, url: str, *, recheck: bool = False) -> float | tuple[float, float]:
    """The import's time; with ``recheck``, also the time of checking the same file again (a dry run in
    which every row is a person the CRM now holds: the import wizard's first step of a re-import)."""
    from sapporo_mice.io.importer import ImportOptions, import_file

    crm = _crm(url)
    try:
        started = time.perf_counter()
        report = import_file(crm.store, csv_path, ImportOptions(kind="contacts"))
        elapsed = time.perf_counter() - started
        assert report.applied and report.created == report.read, report.as_json()["errors"][:3]
        if not recheck:
            return elapsed
        started = time.perf_counter()
        again = import_file(crm.store, csv_path, ImportOptions(kind="contacts", dry_run=True))
        checked = time.perf_counter() - started
        assert len(again.matches) == report.created and again.would_create == 0
        return elapsed, checked
    finally:
        crm.close()


def time_baseline(csv_path: Path, url: str) -> float:
    from sapporo_mice.ids import uuid7
    from sapporo_mice.models import Contact, ContactEmail, ContactPhone, Organization, utcnow

    crm = _crm(url)
    try:
        started = time.perf_counter()
        with open(csv_path, encoding="utf-8-sig", newline="") as handle:  # reading the file is an import's too
            data = list(csv.DictReader(handle))
        now = utcnow()
        contacts, phones, emails, orgs = [], [], [], {}
        common = {"created_at": now, "updated_at": now, "created_by": "b", "updated_by": "b", "version": 1}
        for row in data:
            number = phonenumbers.parse(row["Phone"], row["Country"])
            valid = phonenumbers.is_valid_number(number)
            e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) if valid else None
            contact_id = uuid7()
            # One company per name and country, as the import's identity rule has it (the same name in
            # another country is another company): the file holds 3,747 of them, not 500.
            org_id = orgs.setdefault((row["Company"], row["Country"]), {"id": uuid7(), **common, "name": row["Company"], "kind": "other",
                                                      "country": row["Country"], "tags": "", "sort_key": "",
                                                      "name_key": ""})["id"]
            emails.append({"id": uuid7(), **common, "contact_id": contact_id, "email": row["Email"],
                           "normalized": row["Email"].lower(), "kind": "work", "is_primary": True})
            contacts.append({"id": contact_id, **common, "organization_id": org_id, "family_name": row["Family name"],
                             "given_name": row["Given name"], "display_name": f"{row['Given name']} {row['Family name']}",
                             "country": row["Country"], "name_order": "given_first", "tags": "", "sort_key": "",
                             "reading_key": ""})
            phones.append({"id": uuid7(), "created_at": now, "updated_at": now, "created_by": "b", "updated_by": "b",
                           "version": 1, "contact_id": contact_id, "raw": row["Phone"], "e164": e164,
                           "region": row["Country"], "kind": "work", "valid": valid, "is_primary": True})
        with crm.store.db.engine.begin() as conn:
            conn.execute(insert(Organization.__table__), list(orgs.values()))
            conn.execute(insert(Contact.__table__), contacts)
            conn.execute(insert(ContactEmail.__table__), emails)
            conn.execute(insert(ContactPhone.__table__), phones)
        return time.perf_counter() - started
    finally:
        crm.close()


def run(rows: int = 10_000, repeat: int = 3, scale: float | None = None, *, postgres: bool = False) -> Result:
    """Median import time against the median baseline time (seconds), and their ratio."""
    rows = round(scale * 1000) if scale else rows
    imports, baselines, rechecks = [], [], []
    with scratch_home() as base, fresh_databases(base, "postgresql" if postgres else "sqlite") as (fresh, _kind):
        write_csv(base / "contacts.csv", rows)
        for _attempt in range(repeat):
            baselines.append(time_baseline(base / "contacts.csv", fresh()))
            imported, checked = time_import(base / "contacts.csv", fresh(), recheck=True)
            imports.append(imported)
            rechecks.append(checked)
    median, baseline = statistics.median(imports), statistics.median(baselines)
    ratio = median / baseline
    return Result("import_csv", "s", median, baseline, ratio, f"<= {GOAL_RATIO:.0f}x baseline", ratio <= GOAL_RATIO,
                  details={"database": "postgresql" if postgres else "sqlite",
                           "rows": rows, "repeat": repeat, "ms_per_row": round(median / rows * 1000, 3),
                           "imports_s": [round(x, 3) for x in imports],
                           "baselines_s": [round(x, 3) for x in baselines],
                           # Not a goal of its own: how a re-import's check compares, to see it stay linear.
                           "recheck_s": [round(x, 3) for x in rechecks],
                           "recheck_ratio": round(statistics.median(rechecks) / baseline, 2)})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--postgres", action="store_true", help="on a throwaway PostgreSQL server, not SQLite")
    args = parser.parse_args()
    result = run(args.rows, args.repeat, postgres=args.postgres)
    print(f"{result.details['rows']} rows on {result.details['database']} ({result.details['ms_per_row']} ms/row): "
          f"{result.line()}")
    print(f"checking the same file again (every row a known person): median "
          f"{statistics.median(result.details['recheck_s']):.2f} s, {result.details['recheck_ratio']}x the baseline")


if __name__ == "__main__":
    main()
