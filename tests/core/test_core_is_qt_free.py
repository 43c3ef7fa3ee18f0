"""The core must run without Qt: importing every sapporo_mice module leaves PySide6 unimported."""

import subprocess
import sys

SCRIPT = """
import importlib, pkgutil, sys
import sapporo_mice
for module in pkgutil.walk_packages(sapporo_mice.__path__, "sapporo_mice."):
    importlib.import_module(module.name)
bad = sorted(m for m in sys.modules if m.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6", "ui"})
print(",".join(bad))
"""


def test_importing_every_core_module_leaves_qt_unimported():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
