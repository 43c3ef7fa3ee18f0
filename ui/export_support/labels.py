"""The export-support area's job labels (merged into :mod:`ui.jobs`) and, from the core's one table, its
enum labels; their strings are translated in ``export_{ja,en}.ts``."""

from __future__ import annotations

from sapporo_mice.enum_labels import EXPORT_SUPPORT_ENUMS as ENUMS  # noqa: F401 (the core's table, re-exported)
from ui.qt import QT_TRANSLATE_NOOP

JOBS: dict[str, str] = {
    "export_case": QT_TRANSLATE_NOOP("Jobs", "Loading the export case"),
    "export_introduce": QT_TRANSLATE_NOOP("Jobs", "Recording the introduction"),
    "export_overview": QT_TRANSLATE_NOOP("Jobs", "Loading export support"),
}
