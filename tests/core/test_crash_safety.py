"""Nothing half-done: a process killed with SIGKILL in the middle of an import, the demo, a merge or a bulk
edit leaves the database exactly as before or exactly as after, on both databases, and in working order.

Each case starts the operation in a child process and kills it at a random moment of its run (the moment
is drawn from a seeded generator, so a failure can be repeated). After each kill: the database passes the
app's own check (integrity, every trigger and index the migrations create, the search rows of exactly the
live records), the record counts are those of before or those of after, and a record added afterwards is
found by a word inside it (the search triggers still work).

On PostgreSQL the kill ends the client, not the server's work for it: a COMMIT the child had sent still
lands after the child is gone. So the counts are read only once the child's server session has ended.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from sapporo_mice.crm import Crm

ROOT = Path(__file__).resolve().parents[2]
KILLS = 3  # per operation and database: each a different moment of the run
CHILD_NAME = "sapporo-mice-kill-child"  # the child's application_name on PostgreSQL, to wait for its session
TABLES = ("organizations", "contacts", "contact_emails", "contact_phones", "leads", "tasks", "merges", "change_log",
          "search_index")

CHILD = textwrap.dedent('''
    import csv, json, os, sys
    from sapporo_mice.crm import Crm
    url, operation, path = sys.argv[1], sys.argv[2], sys.argv[3]
    crm = Crm.open(url, device_id="00000000-0000-7000-8000-0000000000ca")
    print("ready", flush=True)
    if operation == "import":
        report = crm.io.import_file(path, crm.io.options("contacts", actor="kill"))
        assert report.applied, report.as_json()["errors"][:3]
    elif operation == "demo":
        crm.add_demo_data(scale=float(path), seed=5, actor="kill")
    elif operation == "merge":  # one merge that moves many linked records
        survivor, loser = json.loads(open(path).read())
        crm.dedupe.merge("contact", survivor, loser, actor="kill",
                         survivor_version=crm.contacts.get(survivor)["version"],
                         loser_version=crm.contacts.get(loser)["version"])
    elif operation == "bulk":  # one bulk edit of many records
        crm.contacts.add_tag_many(json.loads(open(path).read()), "killed-or-not", actor="kill")
    print("done", flush=True)
''')


def _counts(crm: Crm) -> dict[str, int]:
    from sqlalchemy import text

    with crm.store.reading() as session:
        return {t: session.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in TABLES}


def _run_child(url: str, operation: str, arg: str, kill_after: float | None, home: Path) -> str:
    env = {**os.environ, "SAPPORO_MICE_HOME": str(home), "PYTHONPATH": str(ROOT)}
    if url.startswith("postgresql"):
        url += ("&" if "?" in url else "?") + f"application_name={CHILD_NAME}"
    child = subprocess.Popen([sys.executable, "-c", CHILD, url, operation, arg], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env)
    assert child.stdout.readline().strip() == "ready", child.stderr.read()
    if kill_after is None:
        out, err = child.communicate(timeout=600)
        assert child.returncode == 0, err
        return "done"
    time.sleep(kill_after)
    child.send_signal(signal.SIGKILL)
    out, _err = child.communicate(timeout=60)
    return "done" if "done" in out else "killed"


def _wait_for_child_session_to_end(crm: Crm, bound_s: float = 60.0) -> None:
    """On PostgreSQL, until the killed child's server session is gone: only then is its work committed or
    rolled back for good (SQLite has no server: the file is final when the process is)."""
    if crm.store.db.is_sqlite:
        return
    from sqlalchemy import text

    deadline = time.monotonic() + bound_s
    while True:
        with crm.store.reading() as session:
            left = session.execute(text("SELECT count(*) FROM pg_stat_activity"
                                        " WHERE application_name = :name AND datname = current_database()"),
                                   {"name": CHILD_NAME}).scalar_one()
        if not left:
            return
        assert time.monotonic() < deadline, f"the killed child's session still runs after {bound_s:.0f} s"
        time.sleep(0.05)


def _assert_in_working_order(crm: Crm) -> None:
    """The app's own check finds nothing to repair, and a new record is found by a word inside it."""
    maintenance = getattr(crm, "maintenance", None)
    if maintenance is not None:
        report = maintenance.check()
        assert report.ok, [f.code for f in report.findings]
    else:  # until the maintenance area lands: the search triggers at least
        from sqlalchemy import text

        if crm.store.db.is_sqlite:
            with crm.store.reading() as session:
                names = set(session.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
            assert {"search_index_ai", "search_index_grams_ai"} <= names, names
    marker = f"zz{random.randrange(10**8):08d}"
    found = crm.contacts.create({"family_name": "後", "emails": [f"after.{marker}@example.jp"]}, actor="t").id
    assert [h.id for h in crm.search.find(marker)] == [found]
    crm.contacts.delete(found, actor="t")


def _kill_cases(url: str, operation: str, arg: str, tmp_path: Path, seed: int, span: float) -> None:
    rng = random.Random(seed)
    crm = Crm.open(url, device_id="00000000-0000-7000-8000-0000000000cb")
    try:
        finished = False
        adds = None  # what a whole run adds to each count, measured once (the health check adds its own)
        for _ in range(KILLS):
            before = _counts(crm)
            if adds is None:
                after = _after(crm, url, operation, arg, tmp_path)
                adds = None if after is None else {t: after[t] - before[t] for t in TABLES}
            else:
                after = _plus(before, adds)
            _run_child(url, operation, arg, rng.uniform(0.05, span), tmp_path)
            _wait_for_child_session_to_end(crm)
            now = _counts(crm)
            assert now in (before, after) or after is None, (before, now, after)
            finished = now != before
            _assert_in_working_order(crm)
            if finished:
                break  # it ended before the kill: nothing more to learn from killing it again
        if not finished:  # every kill landed mid-way: now let it run to its end
            before = _counts(crm)
            after = _plus(before, adds)
            _run_child(url, operation, arg, None, tmp_path)
            now = _counts(crm)
            assert now != before and (after is None or now == after)
            _assert_in_working_order(crm)
    finally:
        crm.close()


def _plus(counts: dict[str, int], adds: dict[str, int] | None) -> dict[str, int] | None:
    """The counts a whole run leaves after ``counts``, from what one adds; None where that is not known."""
    return None if adds is None else {t: counts[t] + adds[t] for t in TABLES}


def _after(crm: Crm, url: str, operation: str, arg: str, tmp_path: Path) -> dict[str, int] | None:
    """The counts the operation leaves when it runs to its end: run it on a copy (SQLite); None elsewhere,
    where the server's own rollback and the check's invariants stand for it."""
    if not crm.store.db.is_sqlite:
        return None
    copy = tmp_path / f"copy-{random.randrange(10**9)}.db"
    crm.store.db.copy_sqlite(copy)
    _run_child(f"sqlite:///{copy.as_posix()}", operation, arg, None, tmp_path)
    other = Crm.open(f"sqlite:///{copy.as_posix()}", device_id="00000000-0000-7000-8000-0000000000ce")
    try:
        return _counts(other)
    finally:
        other.close()


def _contacts_csv(path: Path, rows: int) -> Path:
    lines = ["Family name,Given name,Company,Country,Email,Phone"]
    lines += [f"Tan{n},Wei,Company {n % 50},SG,person{n}@example{n % 7}.sg,+65 9{n % 1000:03d} {n % 10000:04d}"
              for n in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.slow
def test_a_killed_import_leaves_all_or_nothing_and_a_working_search(db_url, tmp_path):
    _kill_cases(db_url, "import", str(_contacts_csv(tmp_path / "people.csv", 4000)), tmp_path, seed=1, span=3.0)


@pytest.mark.slow
def test_killed_demo_data_leaves_all_or_nothing(db_url, tmp_path):
    _kill_cases(db_url, "demo", "0.3", tmp_path, seed=2, span=2.5)


@pytest.mark.slow
def test_a_killed_merge_and_a_killed_bulk_edit_leave_all_or_nothing(db_url, tmp_path):
    crm = Crm.open(db_url, device_id="00000000-0000-7000-8000-0000000000cd")
    try:
        survivor, loser = (crm.contacts.create({"family_name": "山田", "emails": [f"{n}@x.jp"]}, actor="t").id
                           for n in ("a", "b"))
        with crm.store.unit("t") as unit:  # the loser's many leads make its merge take a while
            for n in range(600):
                crm.leads.create_in(unit, {"title": f"商談 {n}", "contact_id": loser}, record=False)
            ids = [crm.contacts.create_in(unit, {"family_name": f"佐藤{n}"}, record=False).id for n in range(600)]
    finally:
        crm.close()
    pair = tmp_path / "pair.json"
    pair.write_text(json.dumps([survivor, loser]))
    _kill_cases(db_url, "merge", str(pair), tmp_path, seed=3, span=2.0)
    selected = tmp_path / "ids.json"
    selected.write_text(json.dumps(ids))
    _kill_cases(db_url, "bulk", str(selected), tmp_path, seed=4, span=2.0)
