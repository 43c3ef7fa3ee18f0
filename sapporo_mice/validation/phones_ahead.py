"""A large file's phones parsed ahead by a worker process, on another core, while an import plans its rows.

Parsing a phone (:func:`~sapporo_mice.validation.phones.parse_phone`, all of it phonenumbers' Python) is the
largest single part of planning an imported row: about a sixth of a 10k-row import. It is a function of the
phone's text and region chain alone, so another process can do it. :class:`PhonesAhead` hands the file's
phones to a worker, which parses them in chunks from the file's first row on. A chunk the worker has sent is
taken, any other phone is parsed here, and the import never waits for the worker: while the worker has not reached
its next row (it takes about 0.15 s to start), the import plans rows from the file's end, whose phones it parses
itself (:meth:`PhonesAhead.pending`, ``io.importer._plan_rows``). The worker parses faster than the import plans,
so once it has started it stays ahead. A worker slow to start (a busy laptop) only means fewer phones parsed
there; one that cannot start, fails or is killed means none: never a wrong or a missing phone. Each phone's
parse is the same either way (``tests/core/test_phones_ahead.py``).

The worker is a process of its own command (``python -m sapporo_mice.validation.phones_ahead``; a frozen build
runs its own executable with ``WORKER_FLAG``, which the CLI's ``main`` hands to :func:`serve`), not
multiprocessing's: that would import the caller's main script again in the worker, and a script that imports a
file at its top level, unguarded, would import it twice.

Its input is one pickle of the chunks, on its standard input; its output a pickle per chunk, ``(index, fields)``,
on its standard output. Only files with at least ``MIN_PHONES`` phones use a worker: below that, starting a
process costs more than it saves.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Iterable, Sequence
from typing import BinaryIO

from sapporo_mice.validation.phones import PhoneNumber, parse_phone

# Fewer phones than this: all parsed here (a worker takes about 0.15 s of another core to start).
MIN_PHONES = 2000
# Phones per chunk: about 10 ms of the worker's time.
CHUNK = 250
# What a frozen build's executable is run with to be the worker (sapporo_mice.cli.main.PHONE_WORKER_FLAG).
WORKER_FLAG = "--parse-phones-worker"

Request = tuple[str, tuple[str, ...]]  # a phone's text and its region chain (phones.chain_of)


def worker_command() -> list[str]:
    """The command that starts a worker: this Python with the module, or a frozen build's own executable."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG]
    return [sys.executable, "-m", __name__]


def _worker_environment() -> dict[str, str] | None:
    """The worker's environment: this one, with this process's module path (the same code, wherever this process
    found it: a test run's checkout, a path added at run time). A frozen build's worker finds its own."""
    if getattr(sys, "frozen", False):
        return None
    return {**os.environ, "PYTHONPATH": os.pathsep.join(path for path in sys.path if path)}


class PhonesAhead:
    """The phones of ``requests`` (text and region chain, in the order of the rows), parsed by a worker from the
    first on. :meth:`take` gives a phone's chunk once the worker has sent it; ``None`` means "parse it here";
    :meth:`pending`, whether the worker is still to send it. Close it (or leave its ``with`` block) once planning
    is done: the worker is stopped."""

    def __init__(self, requests: Iterable[Request], *, min_phones: int | None = None, chunk: int = CHUNK,
                 command: Sequence[str] | None = None) -> None:
        self._chunk_of: dict[Request, int] = {}
        self._chunks: list[list[Request]] = []
        self._sent: dict[int, list[tuple]] = {}  # chunk index -> the worker's fields, until taken
        self._process: subprocess.Popen | None = None
        self._reader: threading.Thread | None = None
        self.worker_parsed = 0  # phones whose parse was the worker's (what the tests and the bench read)
        wanted = [request for request in dict.fromkeys(requests) if isinstance(request[0], str)]
        if len(wanted) < max(MIN_PHONES if min_phones is None else min_phones, 1):
            return
        self._chunks = [wanted[start:start + chunk] for start in range(0, len(wanted), chunk)]
        for index, requests_of_chunk in enumerate(self._chunks):
            for request in requests_of_chunk:
                self._chunk_of[request] = index
        try:
            self._process = subprocess.Popen(
                list(command or worker_command()), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL, env=_worker_environment(),
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
        except (OSError, ValueError, TypeError, subprocess.SubprocessError):  # no process can start here (no
            self._process = None  # executable, none allowed): every phone is parsed here
            return
        payload = pickle.dumps(self._chunks, protocol=pickle.HIGHEST_PROTOCOL)
        # The thread writes the input (the worker reads it only once it has started) and reads what comes back.
        self._reader = threading.Thread(target=self._receive, args=(self._process, payload),
                                        name="phones-ahead", daemon=True)
        self._reader.start()

    def _receive(self, process: subprocess.Popen, payload: bytes) -> None:
        try:
            with process.stdin:
                process.stdin.write(payload)
            while True:
                index, fields = pickle.load(process.stdout)
                self._sent[index] = fields
        except Exception:  # noqa: BLE001 - the worker's end (EOF), its failure or close() killing it: all parsed here
            return

    def pending(self, request: Request) -> bool:
        """Whether the worker, still at work, has yet to send ``request``'s chunk: asked for now, it would be
        parsed here, where a little later it would be taken. False for a phone that is not the worker's."""
        index = self._chunk_of.get(request)
        return index is not None and index not in self._sent and self._reader is not None \
            and self._reader.is_alive()

    def take(self, request: Request) -> dict[Request, PhoneNumber] | None:
        """The parses of the chunk that holds ``request``, if the worker has sent it; None: parse it here."""
        index = self._chunk_of.get(request)
        fields = self._sent.pop(index, None) if index is not None else None
        requests = self._chunks[index] if fields is not None else []
        if len(fields or ()) != len(requests) or not requests:  # none sent, or not one parse for each phone
            return None
        for done in requests:
            self._chunk_of.pop(done, None)
        self.worker_parsed += len(requests)
        return {(raw, chain): PhoneNumber(raw, *values) for (raw, chain), values in zip(requests, fields)}

    def close(self) -> None:
        """Stop the worker (once planning is done, the chunks it has not sent are not needed)."""
        process, self._process = self._process, None
        if process is None:
            return
        with contextlib.suppress(OSError):
            process.kill()
        process.wait()
        if self._reader is not None:
            self._reader.join()
        process.stdout.close()

    def __enter__(self) -> PhonesAhead:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


# --------------------------------------------------------------------------------------------- the worker
def parse_chunk(requests: list[Request]) -> list[tuple]:
    """Each phone's parse, as its fields after the text (the text is the caller's own)."""
    return [(p.region, p.e164, p.extension, p.valid) for p in (parse_phone(raw, *chain) for raw, chain in requests)]


def serve(source: BinaryIO | None = None, sink: BinaryIO | None = None) -> int:
    """The worker: read the chunks, then send each one's parses in order, until all are sent or the caller has gone
    (its end of the pipe closed)."""
    source = source or sys.stdin.buffer
    sink = sink or sys.stdout.buffer
    chunks = pickle.load(source)
    try:
        for index in range(len(chunks)):
            pickle.dump((index, parse_chunk(chunks[index])), sink, protocol=pickle.HIGHEST_PROTOCOL)
            sink.flush()
    except (BrokenPipeError, OSError):
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(serve())
