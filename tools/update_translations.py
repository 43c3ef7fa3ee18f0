"""Refresh ``resources/translations/app_{ja,en}.ts`` from the sources with pyside6-lupdate.

The "app" area is every ``ui/`` module except ``ui/editors/`` (``editors_*.ts``) and ``ui/fairs/``
(``fairs_*.ts``, refreshed by ``tools/fairs_translations.py``).
New strings arrive unfinished: translate them (Qt Linguist, or by hand) before committing;
``tests/ui/test_translations.py`` fails while any is unfinished or missing.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AREA_EXCLUDES = ("ui/editors/", "ui/fairs/")


def app_sources() -> list[str]:
    files = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "ui").rglob("*.py"))
    return [f for f in files if not f.startswith(AREA_EXCLUDES)]


def lupdate() -> str:
    return str(Path(sys.executable).parent / "pyside6-lupdate")


def main() -> int:
    for lang in ("ja", "en"):
        target = ROOT / "resources" / "translations" / f"app_{lang}.ts"
        command = [lupdate(), "-no-obsolete", "-locations", "none", *app_sources(), "-ts", str(target)]
        subprocess.run(command, cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
