"""The KPI area's job labels (merged into :mod:`ui.jobs`); its strings are translated in ``kpi_{ja,en}.ts``."""

from __future__ import annotations

from ui.qt import QT_TRANSLATE_NOOP

JOBS: dict[str, str] = {
    "kpi": QT_TRANSLATE_NOOP("Jobs", "Counting the indicators"),
    "kpi_records": QT_TRANSLATE_NOOP("Jobs", "Loading the records behind the number"),
    "kpi_save": QT_TRANSLATE_NOOP("Jobs", "Saving the indicator's figures"),
    "kpi_export": QT_TRANSLATE_NOOP("Jobs", "Writing the Excel file"),
    "kpi_import": QT_TRANSLATE_NOOP("Jobs", "Reading the indicators' figures"),
}
