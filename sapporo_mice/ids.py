"""Identifiers and clocks: UUIDv7 record keys and the hybrid logical clock of the change log."""

from __future__ import annotations

import os
import random
import threading
import time
import uuid
from typing import Any

_uuid_lock = threading.Lock()
# The 62 random bits of an id need to be unique, not secret: one generator seeded from the OS, instead of a
# system call per id (a bulk load makes tens of thousands).
_random = random.Random(os.urandom(32))
_last_uuid_ms = 0
_uuid_seq = 0


def uuid7() -> str:
    """A time-ordered UUID (RFC 9562 version 7) as canonical text.

    Within one millisecond a 12-bit counter keeps ids monotonic, so rows created in one
    batch sort in creation order.
    """
    global _last_uuid_ms, _uuid_seq
    with _uuid_lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_uuid_ms:
            ms = _last_uuid_ms
            _uuid_seq += 1
            if _uuid_seq > 0xFFF:
                ms += 1
                _uuid_seq = 0
        else:
            _uuid_seq = _random.getrandbits(10)
        _last_uuid_ms = ms
        seq = _uuid_seq
        rand = _random.getrandbits(62)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | seq << 64 | 0b10 << 62 | rand
    # uuid.UUID's own str(), without building the object (a bulk load makes many); bytes.hex is the fastest form
    text = value.to_bytes(16, "big").hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def uuid7_batch(count: int) -> list[str]:
    """``count`` successive :func:`uuid7` values (the same counter, so they sort in the order given and
    after every id made before), under one lock with one clock reading: a bulk load makes tens of thousands.

    The text is built from hex pieces instead of a 128-bit integer per id: the millisecond's part, the
    same for a whole batch, is formatted once."""
    global _last_uuid_ms, _uuid_seq
    if count <= 0:
        return []
    with _uuid_lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_uuid_ms:
            ms, seq = _last_uuid_ms, _uuid_seq
        else:
            seq = _random.getrandbits(10) - 1  # the first id of a new millisecond takes the random start
        stamps = []
        for _ in range(count):
            seq += 1
            if seq > 0xFFF:
                ms, seq = ms + 1, 0
            stamps.append((ms, seq))
        _last_uuid_ms, _uuid_seq = ms, seq
        rands = [_random.getrandbits(62) | _VARIANT for _ in range(count)]
    ids, prefix_ms, prefix = [], None, ""
    for (ms, seq), rand in zip(stamps, rands):
        if ms != prefix_ms:
            head = f"{ms & _MS_MASK:012x}"
            prefix_ms, prefix = ms, f"{head[:8]}-{head[8:]}-7"
        tail = f"{rand:016x}"
        ids.append(f"{prefix}{seq:03x}-{tail[:4]}-{tail[4:]}")
    return ids


_VARIANT = 0b10 << 62
_MS_MASK = (1 << 48) - 1


def is_uuid(text: str) -> bool:
    try:
        uuid.UUID(str(text))
    except ValueError:
        return False
    return True


# The counter has five digits in the text form; past this many events in one millisecond the clock moves
# on to the next millisecond, so the text still sorts as the clock does.
HLC_COUNTER_MAX = 99_999


class HybridLogicalClock:
    """A hybrid logical clock: wall-clock milliseconds plus a counter, totally ordered by text.

    The text form ``MMMMMMMMMMMMMMM:CCCCC:device`` sorts the same as the clock, so the database can
    compare HLCs as strings. Two events of one device never get the same value, however many happen in
    one millisecond, and an event always sorts after every value the clock has observed.
    """

    def __init__(self, device_id: str, wall: Any = None) -> None:
        self.device_id = device_id
        self.wall = wall or time.time_ns  # nanoseconds since the epoch (tests set a skewed one)
        self._ms = 0
        self._counter = 0
        self._lock = threading.Lock()

    def now(self) -> str:
        with self._lock:
            wall = self.wall() // 1_000_000
            if wall > self._ms:
                self._ms, self._counter = wall, 0
            elif self._counter < HLC_COUNTER_MAX:
                self._counter += 1
            else:
                self._ms, self._counter = self._ms + 1, 0
            return self._format()

    def now_many(self, count: int) -> list[str]:
        """``count`` successive values of :meth:`now`, reading the wall clock once (a bulk load's entries)."""
        values: list[str] = []
        tail = f":{self.device_id}"
        with self._lock:
            wall = self.wall() // 1_000_000
            ms, counter = self._ms, self._counter
            if count > 0 and wall > ms:  # the first value starts the wall's millisecond, at counter 0
                ms, counter = wall, -1
            # The values come in runs of one millisecond, each run's text (:meth:`_format`'s) built from the
            # millisecond's part made once: a load's entries take one each.
            while len(values) < count:
                if counter >= HLC_COUNTER_MAX:
                    ms, counter = ms + 1, -1
                run = min(count - len(values), HLC_COUNTER_MAX - counter)
                head = f"{ms:015d}:"
                values += [f"{head}{c:05d}{tail}" for c in range(counter + 1, counter + 1 + run)]
                counter += run
            self._ms, self._counter = ms, counter
        return values

    def observe(self, remote: str) -> None:
        """Move past a clock value seen from another device (on sync receive)."""
        ms, counter = parse_hlc(remote)
        counter = min(counter, HLC_COUNTER_MAX)
        with self._lock:
            if (ms, counter) > (self._ms, self._counter):
                self._ms, self._counter = ms, counter

    def peek(self) -> str:
        """The last value given or observed (without advancing the clock)."""
        with self._lock:
            return self._format()

    def _format(self) -> str:
        return f"{self._ms:015d}:{self._counter:05d}:{self.device_id}"


def parse_hlc(text: str) -> tuple[int, int]:
    ms, counter, _device = text.split(":", 2)
    return int(ms), int(counter)
