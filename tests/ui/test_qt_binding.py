"""The Qt binding itself: a release with a reference-count bug in ``Signal.emit`` is excluded.

PySide6 6.12.0 returns ``emit()``'s bool without a reference, so every emit from Python took one
from ``True`` or ``False``. The app emits on every query and every write: after some tens of thousands
of emits the interpreter aborted ("bool_dealloc: deallocating True or False"). pyproject.toml excludes
that release; this test fails on any binding that has the bug.
"""

from __future__ import annotations

import subprocess
import sys

EMITS = """
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Source(QObject):
    changed = Signal(bool)

app = QCoreApplication([])
source = Source()
seen = []
source.changed.connect(seen.append)
for n in range(200_000):
    source.changed.emit(n % 2 == 0)
print(len(seen))
"""


def test_emitting_a_signal_many_times_does_not_corrupt_the_interpreter():
    done = subprocess.run([sys.executable, "-c", EMITS], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "200000"
