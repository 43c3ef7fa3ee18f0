"""When Python's cyclic garbage collector runs: held off during bulk loads, and in a Qt process only on the
GUI thread.

**Held off** (:func:`held`): a bulk load (an import, a sync merge, the demo) keeps hundreds of thousands of
rows alive until its one write, none of them cyclic garbage, and a collection would walk them again and
again for nothing (about a tenth of the demo at scale 100, a fifth of a 10k-row import). Holds nest and may
come from several threads at once; collection resumes when the last one ends.

**Driven from one thread** (:func:`drive_from_caller` and :func:`step`): CPython collects on whichever
thread's allocation trips its threshold. In the desktop app that can be a job's worker, and if the garbage
holds a PySide object, that object's C++ destructor runs there: ``QObject::~QObject`` takes Qt's connection
lock, then waits for Python's lock (PySide looks for a Python override). Should the GUI thread hold Python's
lock while it connects a signal, which takes Qt's connection lock, each thread waits for the other for ever:
a frozen window. A suite run hung exactly so (2026-12-05: a history job's collection against pytest-qt's
``waitUntil``). The known cure (napari, novelWriter, pyqtgraph): automatic collection off, and the GUI
thread runs :func:`step` from a timer (``ui/app.py``).

:func:`step` makes the collection CPython would have made by now, by CPython's own rules, so a tick costs
what the automatic collection would have cost: the youngest generation once past its threshold, the middle
one with it once more than ``threshold[1]`` young collections were made since its last, and a full collection
only when the oldest generation's count is past its threshold *and* the objects moved into it since the last
full collection are a quarter of what that one left there (an explicit ``gc.collect(2)`` skips that rule, and
would walk every long-lived object every few middle collections). On Python 3.14, whose collector is
incremental, a step is what 3.14 collects on its own: the young generation and an increment of the old.

Qt-free, like the rest of the core: the GUI's timer is the caller's. :class:`ProcessHold`, the counted hold
behind :func:`held`, also holds the bulk writer's switch interval (``inserts.quick_switching``).
"""

from __future__ import annotations

import contextlib
import gc
import sys
import threading
from collections.abc import Callable, Iterator

# Python 3.14's collector is incremental: a young generation, and an old one scanned an increment at a time, which
# is what ``gc.collect(1)`` makes there. 3.11–3.13 and 3.15 are generational, as below.
INCREMENTAL = sys.version_info[:2] == (3, 14)

_lock = threading.Lock()
_enable_after = False  # whether automatic collection was on when the first bulk load running now began
_driven = False  # automatic collection is off for good: step() is what collects
_young_only = False  # until settle(): only the youngest generation (the desktop's start-up)
_long_lived_total = 0  # objects a full collection left in the oldest generation (CPython's long_lived_total)
_long_lived_pending = 0  # objects moved there since (CPython's long_lived_pending)


class ProcessHold:
    """A process-wide setting held by blocks that nest and may run on several threads at once: ``begin`` runs
    when the first block starts, ``end`` when the last one ends (both under ``lock``). Calling the hold gives
    a block (``with hold(): ...``); :attr:`count` is how many are open."""

    def __init__(self, begin: Callable[[], None], end: Callable[[], None], lock: threading.Lock | None = None) -> None:
        self._begin, self._end, self._lock = begin, end, lock or threading.Lock()
        self.count = 0

    @contextlib.contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            if self.count == 0:
                self._begin()
            self.count += 1
        try:
            yield
        finally:
            with self._lock:
                self.count -= 1
                if self.count == 0:
                    self._end()


def _collection_off() -> None:
    global _enable_after
    _enable_after = gc.isenabled()
    gc.disable()


def _collection_back() -> None:
    if _enable_after and not _driven:
        gc.enable()


# No cyclic collection while a ``with held():`` block runs, neither automatic nor by :func:`step`. The lock is the
# one drive_from_caller takes: a hold that ends as the process turns to driven collection cannot turn it back on.
held = ProcessHold(_collection_off, _collection_back, _lock)


def drive_from_caller(*, young_until_settled: bool = False) -> None:
    """Turn automatic collection off for the rest of the process: from now on, only :func:`step` collects,
    on the thread that calls it. Call it before any worker thread starts. ``young_until_settled``: only the
    youngest generation until :func:`settle` (the desktop's start-up)."""
    global _driven, _young_only
    with _lock:
        _driven, _young_only = True, young_until_settled
        gc.disable()


def settle() -> None:
    """Put everything built so far out of the collector's sight (``gc.freeze``): the desktop, once its
    database is open.

    A full collection walked every module, widget and mapped class: 50–70 ms on whichever thread tripped it,
    at moments such as a keystroke in a 100k list (bench/ui_lists). Start-up objects live as long as the app
    does, so there is nothing to collect among them; later objects are collected as usual. No collection
    first: it took 100 ms of the GUI thread, to free a few start-up leftovers. Until now a driven process
    started with ``young_until_settled`` made only young collections: a middle one, while the database opened
    on its worker, took up to 131 ms of the GUI thread, walking start-up objects this freeze puts aside anyway."""
    global _young_only
    gc.freeze()
    _young_only = False


def step() -> int | None:
    """Make the one collection CPython would have made by now, if any; the generation collected, or None.

    Only when driven (automatic collection does it otherwise) and no bulk load holds collection off; only the
    youngest generation, whatever the counts, until :func:`settle` where the driving asked so."""
    global _long_lived_total, _long_lived_pending
    if not _driven or held.count:
        return None
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if thresholds[0] == 0 or counts[0] <= thresholds[0]:  # a threshold of 0: collection switched off
        return None
    if INCREMENTAL:  # untried here: this machine has no 3.14
        generation = 0 if _young_only else 1
        gc.collect(generation)
        return generation
    generation = 0
    if counts[1] > thresholds[1] and not _young_only:
        generation = 1
        if counts[2] > thresholds[2] and _long_lived_pending >= _long_lived_total // 4:
            generation = 2
    if generation == 2:
        gc.collect(2)
        _long_lived_total, _long_lived_pending = len(gc.get_objects(2)), 0
    elif generation == 1:
        young = len(gc.get_objects(0)) + len(gc.get_objects(1))
        _long_lived_pending += max(0, young - gc.collect(1))  # the survivors move to the oldest generation
    else:
        gc.collect(0)
    return generation
