"""Add the app area's new strings to ``resources/translations/app_{ja,en}.ts``, as unfinished.

The "app" area is every ``ui/`` module except ``ui/editors/`` (``editors_*.ts``) and the fair, import/export
and duplicate screens (``ui/fairs/``, ``ui/io/``, ``ui/duplicates.py``: ``fairs_*.ts``, refreshed by
``tools/fairs_translations.py``), and the safety screens (``ui/safety/``: ``safety_*.ts``).

pyside6-lupdate lists the strings the sources use; this tool appends those the catalogues lack and
changes nothing else. It does not let lupdate rewrite the files: PySide6 6.11's lupdate cannot see a
``QCoreApplication.translate`` call that passes a count (the bulk actions' "%n record(s)"
messages), so a rewrite dropped them, and it demoted the Japanese plural forms it did see. Strings no
longer used are removed by hand. New strings arrive unfinished: translate them (Qt Linguist, or by
hand) before committing; ``tests/ui/test_translations.py`` fails while any is unfinished or missing.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
AREA_EXCLUDES = ("ui/editors/", "ui/fairs/", "ui/io/", "ui/duplicates.py", "ui/export_support/",
                 "ui/network/", "ui/views/network/", "ui/safety/", "ui/views/talent/", "ui/views/matches/",
                 "ui/views/bids/", "ui/views/sync/", "ui/kpi/", "ui/views/kpi/")


def app_sources() -> list[str]:
    files = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "ui").rglob("*.py"))
    # The enum labels live in the core (the PDFs use them too) but are translated with the app's strings.
    return [f for f in files if not f.startswith(AREA_EXCLUDES)] + ["sapporo_mice/enum_labels.py"]


def lupdate() -> str:
    return str(Path(sys.executable).parent / "pyside6-lupdate")


def used_strings() -> list[tuple[str, str, bool]]:
    """(context, source, plural) of every string the app area's sources use, in lupdate's order."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "fresh.ts"
        subprocess.run([lupdate(), "-silent", "-locations", "none", *app_sources(), "-ts", str(fresh)],
                       cwd=ROOT, check=True)
        elsewhere = other_areas_strings()
        return [(c.findtext("name"), m.findtext("source"), m.get("numerus") == "yes")
                for c in ET.parse(fresh).getroot().iter("context") for m in c.iter("message")
                if (c.findtext("name"), m.findtext("source")) not in elsewhere]


def other_areas_strings() -> set[tuple[str, str]]:
    """(context, source) of the strings another area's catalogue holds (e.g. an area's enum labels, which
    live in the core's one table, :mod:`sapporo_mice.enum_labels`, but are translated with the area)."""
    known = set()
    for ts in (ROOT / "resources" / "translations").glob("*_ja.ts"):
        if not ts.name.startswith("app_"):
            for c in ET.parse(ts).getroot().iter("context"):
                known |= {(c.findtext("name"), m.findtext("source")) for m in c.iter("message")}
    return known


def add_missing(target: Path, strings: list[tuple[str, str, bool]]) -> list[tuple[str, str]]:
    """Append each of ``strings`` that ``target`` lacks to its context, unfinished; returns them."""
    text = target.read_text(encoding="utf-8")
    have = {(c.findtext("name"), m.findtext("source"))
            for c in ET.fromstring(text).iter("context") for m in c.iter("message")}
    added = []
    for context, source, plural in strings:
        if (context, source) in have:
            continue
        form = "\n            <numerusform></numerusform>\n        " if plural else ""
        message = (f'    <message{" numerus=" + chr(34) + "yes" + chr(34) if plural else ""}>\n'
                   f"        <source>{escape(source)}</source>\n"
                   f'        <translation type="unfinished">{form}</translation>\n    </message>\n')
        opening = f"<name>{escape(context)}</name>"
        if opening in text:
            end = text.index("</context>", text.index(opening))
            text = text[:end] + message + text[end:]
        else:
            end = text.rindex("</TS>")
            text = text[:end] + f"<context>\n    {opening}\n{message}</context>\n" + text[end:]
        have.add((context, source))
        added.append((context, source))
    target.write_text(text, encoding="utf-8")
    return added


def build_catalogues() -> None:
    """Compile the changed ``.ts`` into ``.qm``: the app's start only builds a missing one (ui/i18n.py)."""
    subprocess.run([sys.executable, "-m", "ui.i18n"], cwd=ROOT, check=True)


def main() -> int:
    strings = used_strings()
    for lang in ("ja", "en"):
        for context, source in add_missing(ROOT / "resources" / "translations" / f"app_{lang}.ts", strings):
            print(f"app_{lang}.ts: new, unfinished: [{context}] {source}")
    build_catalogues()
    return 0


if __name__ == "__main__":
    sys.exit(main())
