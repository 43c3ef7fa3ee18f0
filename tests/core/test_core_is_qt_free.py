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


def test_no_core_module_imports_qt_or_the_front_end_even_lazily():
    """A function-level import would not show up above until that function ran."""
    import re
    from pathlib import Path

    import sapporo_mice

    pattern = re.compile(r"^\s*(from|import)\s+(PySide6|PyQt5|PyQt6|shiboken6|ui)\b", re.MULTILINE)
    offenders = [str(path) for path in Path(sapporo_mice.__file__).parent.rglob("*.py")
                 if pattern.search(path.read_text(encoding="utf-8"))]
    assert offenders == []
