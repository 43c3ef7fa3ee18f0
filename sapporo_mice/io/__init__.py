"""Importing records from CSV, XLSX and vCard files, and exporting them to CSV, XLSX, vCard and iCalendar.

Qt-free: the CLI ``import``/``export`` commands and the UI's import wizard both drive this package through
``crm.io`` (:class:`Io`). Its readers load on first use, not when the CRM opens.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sapporo_mice.io.importer import ImportOptions
    from sapporo_mice.io.preview import HeaderMap
    from sapporo_mice.io.report import ImportReport
    from sapporo_mice.store import Store

# "meetings": an association meetings spreadsheet (ICCA-style: a meeting series' editions, one row each), read
# by :mod:`sapporo_mice.series_import` into meeting series and their past editions.
KINDS = ("contacts", "leads", "companies", "students", "meetings")


class Io:
    """``crm.io``: files in and out."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def options(self, kind: str, **values: Any) -> ImportOptions:
        """The options of an import (``fair``, ``dry_run``, ``skip_invalid``, ``mapping`` …; see ImportOptions)."""
        from sapporo_mice.io.importer import ImportOptions

        return ImportOptions(kind=kind, **values)

    def import_file(self, path: Path | str, options: ImportOptions,
                    progress: Callable[[str, int, int], None] | None = None) -> ImportReport:
        from sapporo_mice.io.importer import import_file

        return import_file(self._store, path, options, progress)

    def export_file(self, kind: str, path: Path | str, *, fair: str | None = None, encoding: str = "utf-8-sig",
                    vcard_version: str = "4.0", lang: str = "en", strict: bool = False,
                    warnings: list | None = None) -> int:
        """``warnings``: a list that receives each character a CP932 export wrote as 〓 (``strict``: refused)."""
        from sapporo_mice.io.exporter import export_file

        return export_file(self._store, kind, path, fair=fair, encoding=encoding, vcard_version=vcard_version,
                           lang=lang, strict=strict, warnings=warnings)

    def header_map(self, path: Path | str, kind: str, *, encoding: str | None = None,
                   overrides: dict[str, str] | None = None, sheet: str | None = None) -> HeaderMap | None:
        from sapporo_mice.io.preview import header_map

        return header_map(path, kind, encoding=encoding, overrides=overrides, sheet=sheet)

    def fields_for(self, kind: str) -> tuple[str, ...]:
        if kind == "meetings":
            from sapporo_mice.series_import import TARGETS

            return TARGETS
        from sapporo_mice.io.mapping import fields_for

        return fields_for(kind)

    def recognise_kind(self, path: Path | str, *, encoding: str | None = None, sheet: str | None = None) -> str | None:
        """The kind of import a file's headers say it is, when they say it plainly (an association meetings
        spreadsheet: "meetings"); None when the user's choice of kind stands."""
        from sapporo_mice.io.preview import recognised_kind

        return recognised_kind(path, encoding=encoding, sheet=sheet)
