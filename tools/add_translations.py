"""Add finished messages to a catalogue: ``python tools/add_translations.py AREA LANG FILE.tsv``.

Each line of the TSV is ``context<TAB>source<TAB>translation``. A message the catalogue has already
(same context and source) is left as it is; a new context is added at the end. For new strings found by
``tools/update_translations.py`` once they are translated, and for strings that move between areas.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent


def add(catalogue: Path, entries: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    text = catalogue.read_text(encoding="utf-8")
    have = {(c.findtext("name"), m.findtext("source"))
            for c in ET.fromstring(text).iter("context") for m in c.iter("message")}
    added = []
    for context, source, translation in entries:
        if (context, source) in have:
            continue
        message = (f"    <message>\n        <source>{escape(source)}</source>\n"
                   f"        <translation>{escape(translation)}</translation>\n    </message>\n")
        opening = f"<name>{escape(context)}</name>"
        if opening in text:
            start = text.index(opening)
            end = text.index("</context>", start)
            text = text[:end] + message + text[end:]
        else:
            text = text.replace("</TS>", f"<context>\n    {opening}\n{message}</context>\n</TS>")
        have.add((context, source))
        added.append((context, source))
    catalogue.write_text(text, encoding="utf-8")
    return added


def main(argv: list[str]) -> int:
    area, lang, table = argv
    rows = [line.rstrip("\n").split("\t") for line in Path(table).read_text(encoding="utf-8").splitlines() if line]
    added = add(ROOT / "resources" / "translations" / f"{area}_{lang}.ts", [tuple(r) for r in rows])
    for context, source in added:
        print(f"added {context}: {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
