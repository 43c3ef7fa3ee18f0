"""A large import's phones parsed ahead by a worker process (sapporo_mice.validation.phones_ahead): the same parse
as here, taken only once sent, and nothing lost or waited for when the worker cannot start, dies or hangs."""

from __future__ import annotations

import io
import pickle
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sapporo_mice.cli.main import PHONE_WORKER_FLAG
from sapporo_mice.validation import parse_phone, phones_ahead
from sapporo_mice.validation.phones_ahead import WORKER_FLAG, PhonesAhead, serve

ROOT = Path(__file__).resolve().parents[2]

# Valid ones of several countries, one with an extension, a global number (+800, no region), full-width digits,
# Excel's lost 0, text that is no number, a number invalid for its + country, and an empty cell.
PHONES = [("090-1234-5678", ("JP",)), ("+65 9123 4567", ("SG", "JP")), ("081 234 5678", ("TH", "JP")),
          ("+1 212 555 0100 ext. 12", ("US", "JP")), ("+800 1234 5678", ("JP",)), ("０１１－２２２－３３３３", ("JP",)),
          ("9012345678", ("JP",)), ("not a phone", ("PH", "JP")), ("+81 1", ("JP",)), ("", ("JP",)),
          ("02-3456-7890", ("KR", "SG", "JP"))]


def _all_sent(ahead: PhonesAhead, chunks: int, within: float = 60.0) -> None:
    """Wait for the worker to send every chunk (it starts a Python of its own)."""
    deadline = time.monotonic() + within
    while len(ahead._sent) < chunks:
        assert time.monotonic() < deadline, "the worker sent nothing"
        time.sleep(0.01)


def test_the_workers_parse_is_the_same_as_here():
    with PhonesAhead(PHONES, min_phones=1, chunk=3) as ahead:
        _all_sent(ahead, 4)
        taken = {}
        for raw, chain in PHONES:
            taken.update(ahead.take((raw, chain)) or {})
        assert ahead.worker_parsed == len(PHONES)
    assert taken == {(raw, chain): parse_phone(raw, *chain) for raw, chain in PHONES}
    assert taken[("+1 212 555 0100 ext. 12", ("US", "JP"))].extension == "12"
    assert taken[("+800 1234 5678", ("JP",))].valid and taken[("+800 1234 5678", ("JP",))].region is None


def test_a_chunk_is_taken_whole_and_once_and_a_phone_not_in_the_file_is_left_to_the_caller():
    with PhonesAhead(PHONES, min_phones=1, chunk=3) as ahead:
        _all_sent(ahead, 4)
        first = ahead.take(PHONES[0])
        assert set(first) == set(PHONES[:3])  # the whole chunk at once
        assert ahead.take(PHONES[1]) is None  # taken already: the caller holds it
        assert ahead.take(("090-0000-0000", ("JP",))) is None  # not one of the file's
    assert ahead._process is None  # closed: the worker is gone


def test_a_phone_is_pending_while_the_worker_at_work_has_not_sent_it():
    """What the import asks before it plans a row: whether waiting a little would spare parsing its phones here."""
    with PhonesAhead(PHONES, min_phones=1, chunk=3, command=[sys.executable, "-c", "import time; time.sleep(600)"]) \
            as hung:
        assert all(hung.pending(request) for request in PHONES)  # at work, nothing sent yet
        assert not hung.pending(("090-0000-0000", ("JP",)))  # not one of the file's
    assert not hung.pending(PHONES[0])  # stopped: nothing more will come
    with PhonesAhead(PHONES, min_phones=1, chunk=3) as ahead:
        _all_sent(ahead, 4)
        assert not any(ahead.pending(request) for request in PHONES)  # all sent: each is taken when asked for
        ahead.take(PHONES[0])
        assert not ahead.pending(PHONES[1])  # taken: its parse is the caller's
    with PhonesAhead(PHONES, min_phones=len(PHONES) + 1) as none:
        assert not none.pending(PHONES[0])  # no worker


def test_few_phones_start_no_worker():
    with PhonesAhead(PHONES, min_phones=len(PHONES) + 1) as ahead:
        assert ahead._process is None and ahead.take(PHONES[0]) is None


@pytest.mark.parametrize("command, ends", [
    (["/nonexistent/python"], True),  # cannot start
    ([sys.executable, "-c", "import sys; sys.exit(3)"], True),  # dies before it answers
    ([sys.executable, "-c", "import sys; sys.stdout.write('garbage'); sys.stdout.flush()"], True),  # nonsense
    ([sys.executable, "-c", "import pickle, sys; pickle.load(sys.stdin.buffer); "  # one parse for a chunk of three
                            "[pickle.dump((i, [('JP', None, None, False)]), sys.stdout.buffer) for i in range(4)]"], True),
    ([sys.executable, "-c", "import time; time.sleep(600)"], False),  # never answers
])
def test_a_worker_that_fails_leaves_every_phone_to_be_parsed_here(command, ends):
    with PhonesAhead(PHONES, min_phones=1, chunk=3, command=command) as ahead:
        if ends and ahead._reader is not None:
            ahead._reader.join(60)  # all it sent is read: the worker has ended
            assert not ahead._reader.is_alive()
        assert [ahead.take(request) for request in PHONES] == [None] * len(PHONES)
    assert ahead._process is None  # closed: a hung worker is killed, not waited for


def test_the_worker_sends_the_chunks_in_order_and_stops_when_the_caller_has_gone():
    chunks = [PHONES[:2], PHONES[2:4], PHONES[4:5]]
    sink = io.BytesIO()
    assert serve(io.BytesIO(pickle.dumps(chunks)), sink) == 0
    sink.seek(0)
    sent = [pickle.load(sink) for _ in chunks]
    assert [index for index, _fields in sent] == [0, 1, 2]
    assert sent[0][1][0] == ("JP", "+819012345678", None, True)

    class Gone(io.BytesIO):
        def write(self, _data):
            raise BrokenPipeError

    assert serve(io.BytesIO(pickle.dumps(chunks)), Gone()) == 0


def test_the_worker_runs_as_the_module_or_as_a_frozen_builds_executable(monkeypatch):
    assert phones_ahead.worker_command() == [sys.executable, "-m", "sapporo_mice.validation.phones_ahead"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert phones_ahead.worker_command() == [sys.executable, WORKER_FLAG]


def test_the_frozen_builds_entry_point_hands_the_flag_to_the_worker():
    """A frozen build runs ui/__main__.py, whose CLI main serves as the worker when given the flag alone; this runs
    that entry point as the frozen executable would be run."""
    assert PHONE_WORKER_FLAG == WORKER_FLAG
    chunks = [PHONES[:2]]
    done = subprocess.run([sys.executable, "-m", "ui", WORKER_FLAG], input=pickle.dumps(chunks),
                          capture_output=True, cwd=ROOT, timeout=120, check=True)
    assert pickle.loads(done.stdout) == (0, phones_ahead.parse_chunk(PHONES[:2]))
