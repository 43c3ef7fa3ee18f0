"""Add finished messages to a catalogue: ``python tools/add_translations.py AREA LANG FILE.tsv``.

Each line of the TSV is ``context<TAB>source<TAB>translation``. A message the catalogue has already
(same context and source) is left as it is; a new context is added at the end. For new strings found by
``tools/update_translations.py`` once they are translated, and for strings that move between areas.
The appending is ``tools/update_translations.py``'s own (:func:`add_missing`), which the area tools share:
the catalogue is edited as text, so every message it holds stays byte for byte as it is.
"""

from __future__ import annotations

import sys
from pathlib import Path

from update_translations import add_missing

ROOT = Path(__file__).resolve().parent.parent


def add(catalogue: Path, entries: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    table: dict[tuple[str, str], str] = {}
    for context, source, translation in entries:
        table.setdefault((context, source), translation)  # a line repeated: the first one counts
    return add_missing(catalogue, [(context, source, False) for context, source in table],
                       lambda context, source: table[context, source])


def main(argv: list[str]) -> int:
    area, lang, table = argv
    rows = [line.rstrip("\n").split("\t") for line in Path(table).read_text(encoding="utf-8").splitlines() if line]
    added = add(ROOT / "resources" / "translations" / f"{area}_{lang}.ts", [tuple(r) for r in rows])
    for context, source in added:
        print(f"added {context}: {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
