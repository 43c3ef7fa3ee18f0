"""When Python's cyclic collector runs (``sapporo_mice.collection``): held off by bulk loads, and once driven,
only on the thread that steps it, by CPython's own rules.

Each test runs in a fresh interpreter: the collector's switch is the process's, and a worker of the suite may
already have had it turned over to its UI tests' timer.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from sapporo_mice import collection

ROOT = Path(__file__).resolve().parents[2]


def run(script: str) -> dict:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


GARBAGE = """
import gc, json, threading
from sapporo_mice import collection

deaths = []

class Node:
    def __init__(self):
        self.me = self  # a cycle: only the cyclic collector frees it
    def __del__(self):
        deaths.append(threading.current_thread().name)

def make_garbage(count):
    for _ in range(count):
        Node()
"""


def test_undriven_a_worker_collects_its_own_garbage():
    """The hazard itself: a worker's allocations trip a collection on the worker (CPython's default)."""
    result = run(GARBAGE + """
worker = threading.Thread(target=make_garbage, args=(5000,), name="worker")
worker.start(); worker.join()
print(json.dumps({"on_worker": deaths.count("worker")}))
""")
    assert result["on_worker"] > 0


def test_driven_the_garbage_waits_for_the_stepping_thread():
    result = run(GARBAGE + """
collection.drive_from_caller()
worker = threading.Thread(target=make_garbage, args=(5000,), name="worker")
worker.start(); worker.join()
before = len(deaths)
steps = 0
while len(deaths) < 5000 and steps < 100:
    collection.step(); steps += 1
print(json.dumps({"before": before, "threads": sorted(set(deaths)), "freed": len(deaths),
                  "automatic": gc.isenabled()}))
""")
    assert result == {"before": 0, "threads": ["MainThread"], "freed": 5000, "automatic": False}


def test_a_step_collects_only_past_the_threshold_and_not_while_a_load_holds_collection_off():
    result = run(GARBAGE + """
collection.drive_from_caller()
gc.collect()
gc.set_threshold(700, 10, 10)
make_garbage(100)
below = collection.step()
make_garbage(1000)
with collection.held():
    held = collection.step()
    freed_while_held = len(deaths)
after = collection.step()
print(json.dumps({"below": below, "held": held, "freed_while_held": freed_while_held, "after": after,
                  "freed": len(deaths)}))
""")
    assert result == {"below": None, "held": None, "freed_while_held": 0, "after": 0, "freed": 1100}


@pytest.mark.skipif(collection.INCREMENTAL, reason="Python 3.14's collector has no middle generation")
def test_steps_make_the_middle_and_full_collections_as_cpython_would():
    """The middle generation every ``threshold[1] + 1`` young collections, the oldest every ``threshold[2] + 1``
    middle ones, but only once the objects moved into it since the last full collection are a quarter of what
    that one left there (CPython's long-lived rule, which an explicit ``gc.collect(2)`` would skip)."""
    result = run("""
import gc, json
from sapporo_mice import collection

collection.drive_from_caller()
gc.set_threshold(100, 2, 2)
gc.collect()  # counts from zero
kept = []

def steps(rounds, survivors_each):
    made = []
    for _ in range(rounds):
        kept.extend([[] for _ in range(survivors_each)])  # tracked objects that stay alive
        made.append(collection.step())
    return made

first = steps(12, 200)
second = steps(12, 101)  # the first full collection: nothing was counted long-lived before it
kept.extend([[] for _ in range(20000)])
third = steps(12, 101)  # 20,000 newcomers are more than a quarter of what was there: a full collection
fourth = steps(24, 101)  # ~2,400 newcomers against ~33,000 long-lived: not yet
print(json.dumps({"first": first, "second": second, "third": third, "fourth": fourth,
                  "oldest_count": gc.get_count()[2]}))
""")
    assert result["first"] == [0, 0, 0, 1] * 3
    assert result["second"].count(2) == 1 and result["third"].count(2) == 1
    assert result["fourth"] == [0, 0, 0, 1] * 6
    assert result["oldest_count"] > 2  # past its threshold: the long-lived rule, not the count, held it off


def test_holds_from_two_threads_keep_automatic_collection_off_until_the_last_ends():
    result = run("""
import gc, json, threading
from sapporo_mice import collection

first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
seen = {}

def first():
    with collection.held():
        first_in.set(); second_in.wait()
    first_out.set()

def second():
    first_in.wait()
    with collection.held():
        second_in.set(); first_out.wait()
        seen["while_second_holds"] = gc.isenabled()
    seen["after_both"] = gc.isenabled()

threads = [threading.Thread(target=first), threading.Thread(target=second)]
for t in threads: t.start()
for t in threads: t.join()
print(json.dumps(seen))
""")
    assert result == {"while_second_holds": False, "after_both": True}


def test_a_young_only_step_never_walks_the_older_generations():
    """The desktop's start-up (until its objects are frozen): only young collections, however many were made."""
    result = run("""
import gc, json
from sapporo_mice import collection

collection.drive_from_caller(young_until_settled=True)
gc.set_threshold(100, 2, 2)
gc.collect()
kept, young, usual = [], [], []
for _ in range(8):
    kept.extend([[] for _ in range(200)])
    young.append(collection.step())
collection.settle()  # freezes what is there and counts from zero again
for _ in range(4):
    kept.extend([[] for _ in range(200)])
    usual.append(collection.step())
print(json.dumps({"young": young, "usual": usual}))
""")
    assert result == {"young": [0] * 8, "usual": [0, 0, 0, 1]}  # settled: middle collections come again
