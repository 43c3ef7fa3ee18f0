"""Add the app area's new strings to ``resources/translations/app_{ja,en}.ts``, as unfinished; and the
append-only refresh the other areas' tools share.

The "app" area is every ``ui/`` module except ``ui/editors/`` (``editors_*.ts``) and the fair, import/export
and duplicate screens (``ui/fairs/``, ``ui/io/``, ``ui/duplicates.py``: ``fairs_*.ts``, refreshed by
``tools/fairs_translations.py``), and the safety screens (``ui/safety/``: ``safety_*.ts``).

pyside6-lupdate lists the strings the sources use; this tool appends those the catalogues lack and
changes nothing else. It does not let lupdate rewrite the files: PySide6 6.11's lupdate cannot see a
``QCoreApplication.translate`` call that passes a count (the bulk actions' "%n record(s)"
messages), so a rewrite dropped them, and it demoted the Japanese plural forms it did see. Strings no
longer used are removed by hand. New strings arrive unfinished: translate them (Qt Linguist, or by
hand) before committing; ``tests/ui/test_translations.py`` fails while any is unfinished or missing.

The same steps serve every area, so the area tools import them from here rather than keep their own
copy: :func:`listed_strings` runs lupdate into a scratch file over the sources given, only to list their
strings; :func:`add_missing` appends a catalogue's missing messages, finished when it is given a
translation and unfinished otherwise (``tools/add_translations.py`` appends finished ones with it too);
:func:`refresh` is the whole run of an area tool that keeps its Japanese in a table
(``tools/fairs_translations.py``, ``tools/sync_translations.py``).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
AREA_EXCLUDES = ("ui/editors/", "ui/fairs/", "ui/io/", "ui/duplicates.py", "ui/export_support/",
                 "ui/network/", "ui/views/network/", "ui/safety/", "ui/views/talent/", "ui/views/matches/",
                 "ui/views/bids/", "ui/views/sync/", "ui/kpi/", "ui/views/kpi/")

#: Gives the finished translation of a (context, source), or None to leave the message unfinished.
Translate = Callable[[str, str], str | None]


def app_sources() -> list[str]:
    files = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "ui").rglob("*.py"))
    # The enum labels live in the core (the PDFs use them too) but are translated with the app's strings.
    return [f for f in files if not f.startswith(AREA_EXCLUDES)] + ["sapporo_mice/enum_labels.py"]


def lupdate() -> str:
    return str(Path(sys.executable).parent / "pyside6-lupdate")


def listed_strings(sources: list[str]) -> list[tuple[str, str, bool]]:
    """(context, source, plural) of every string lupdate finds in ``sources`` (paths relative to the
    checkout), in lupdate's order. lupdate writes a scratch file only: it never touches a catalogue."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "fresh.ts"
        subprocess.run([lupdate(), "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
                       cwd=ROOT, check=True)
        return [(c.findtext("name"), m.findtext("source"), m.get("numerus") == "yes")
                for c in ET.parse(fresh).getroot().iter("context") for m in c.iter("message")]


def area_strings(area: str, sources: list[str]) -> list[tuple[str, str, bool]]:
    """The strings of ``sources`` that belong to ``area``: those another area's catalogue holds stay there
    (the import wizard's duplicate choices, for one, are in ``intake_*.ts`` though ``ui/io/`` uses them)."""
    elsewhere = other_areas_strings(area)
    return [s for s in listed_strings(sources) if (s[0], s[1]) not in elsewhere]


def used_strings() -> list[tuple[str, str, bool]]:
    """(context, source, plural) of every string the app area's sources use, in lupdate's order."""
    return area_strings("app", app_sources())


def other_areas_strings(area: str = "app") -> set[tuple[str, str]]:
    """(context, source) of the strings another area's catalogue holds (e.g. an area's enum labels, which
    live in the core's one table, :mod:`sapporo_mice.enum_labels`, but are translated with the area)."""
    known = set()
    for ts in TRANSLATIONS.glob("*_ja.ts"):
        if not ts.name.startswith(f"{area}_"):
            for c in ET.parse(ts).getroot().iter("context"):
                known |= {(c.findtext("name"), m.findtext("source")) for m in c.iter("message")}
    return known


def add_missing(target: Path, strings: list[tuple[str, str, bool]],
                translate: Translate | None = None) -> list[tuple[str, str]]:
    """Append each of ``strings`` that ``target`` lacks to its context (a new context goes at the end);
    returns them. A message is finished when ``translate`` gives its translation, else unfinished; a plural
    one is always unfinished, with one empty form, since its forms are the language's to write.

    The catalogue is edited as text, not rewritten through a parser, so that every message it holds stays
    byte for byte as it is; the file is not written at all when nothing is missing (its ``.qm`` then stays
    up to date)."""
    text = target.read_text(encoding="utf-8")
    have = {(c.findtext("name"), m.findtext("source"))
            for c in ET.fromstring(text).iter("context") for m in c.iter("message")}
    added = []
    for context, source, plural in strings:
        if (context, source) in have:
            continue
        translation = None if plural or translate is None else translate(context, source)
        if plural:
            body = '<translation type="unfinished">\n            <numerusform></numerusform>\n        </translation>'
        elif translation is None:
            body = '<translation type="unfinished"></translation>'
        else:
            body = f"<translation>{escape(translation)}</translation>"
        message = (f'    <message{" numerus=" + chr(34) + "yes" + chr(34) if plural else ""}>\n'
                   f"        <source>{escape(source)}</source>\n        {body}\n    </message>\n")
        opening = f"<name>{escape(context)}</name>"
        if opening in text:
            end = text.index("</context>", text.index(opening))
            text = text[:end] + message + text[end:]
        else:
            end = text.rindex("</TS>")
            text = text[:end] + f"<context>\n    {opening}\n{message}</context>\n" + text[end:]
        have.add((context, source))
        added.append((context, source))
    if added:
        target.write_text(text, encoding="utf-8")
    return added


def unfinished(target: Path, strings: list[tuple[str, str, bool]]) -> list[tuple[str, str]]:
    """The (context, source) of ``strings`` whose message in ``target`` is still unfinished."""
    wanted = {(context, source) for context, source, _ in strings}
    return [(c.findtext("name"), m.findtext("source"))
            for c in ET.parse(target).getroot().iter("context") for m in c.iter("message")
            if (c.findtext("name"), m.findtext("source")) in wanted
            and m.find("translation").get("type") == "unfinished"]


def refresh(area: str, sources: list[str], ja: Mapping[str, Mapping[str, str]]) -> int:
    """An area tool's run: append the strings ``sources`` use that ``<area>_{ja,en}.ts`` lack, the Japanese
    from ``ja`` (context → source → translation) and the English the source itself, then compile.

    A message the catalogue holds is never rewritten or filled again (a translation edited there since is
    kept). A string still unfinished in a catalogue (no entry in ``ja``, a plural one, or one appended
    unfinished by an earlier run) is reported on stderr and the run returns 1: translate it in the ``.ts``,
    since the next run leaves it as it is."""
    strings = area_strings(area, sources)
    plural = {(context, source) for context, source, is_plural in strings if is_plural}
    translations: dict[str, Translate] = {"ja": lambda context, source: ja.get(context, {}).get(source),
                                          "en": lambda context, source: source}
    missing: list[tuple[str, str]] = []
    for lang, translate in translations.items():
        target = TRANSLATIONS / f"{area}_{lang}.ts"
        for context, source in add_missing(target, strings, translate):
            done = (context, source) not in plural and translate(context, source) is not None
            print(f"{target.name}: new, {'finished' if done else 'unfinished'}: [{context}] {source}")
        missing += [m for m in unfinished(target, strings) if m not in missing]
    for context, source in missing:
        print(f"untranslated: [{context}] {source}", file=sys.stderr)
    build_catalogues()
    return 1 if missing else 0


def build_catalogues() -> None:
    """Compile the changed ``.ts`` into ``.qm``: the app's start only builds a missing one (ui/i18n.py)."""
    subprocess.run([sys.executable, "-m", "ui.i18n"], cwd=ROOT, check=True)


def main() -> int:
    strings = used_strings()
    for lang in ("ja", "en"):
        for context, source in add_missing(TRANSLATIONS / f"app_{lang}.ts", strings):
            print(f"app_{lang}.ts: new, unfinished: [{context}] {source}")
    build_catalogues()
    return 0


if __name__ == "__main__":
    sys.exit(main())
