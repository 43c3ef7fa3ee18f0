"""Labels of the network's enum values and list columns (merged into :mod:`ui.labels`; translated in the
network catalogues). Each enum has its own translation context, its class name."""

from __future__ import annotations

from sapporo_mice.enum_labels import NETWORK_ENUMS as ENUMS  # noqa: F401 (the core's one table, re-exported)
from ui.qt import QT_TRANSLATE_NOOP

AREA_TITLE = QT_TRANSLATE_NOOP("Area", "Sister cities & networks")

COLUMNS = {
    "name_en": QT_TRANSLATE_NOOP("Column", "Name (English)"),
    "relationship": QT_TRANSLATE_NOOP("Column", "Relationship"),
    "since_year": QT_TRANSLATE_NOOP("Column", "Since"),
    "counterpart": QT_TRANSLATE_NOOP("Column", "Counterpart office"),
    "acronym": QT_TRANSLATE_NOOP("Column", "Acronym"),
    "sapporo_role": QT_TRANSLATE_NOOP("Column", "Sapporo's role"),
    "sapporo_since_year": QT_TRANSLATE_NOOP("Column", "Sapporo member since"),
    "sapporo_designation": QT_TRANSLATE_NOOP("Column", "Designation"),
    "partner_city": QT_TRANSLATE_NOOP("Column", "Partner city"),
    "sapporo_participants": QT_TRANSLATE_NOOP("Column", "From Sapporo"),
    "partner_participants": QT_TRANSLATE_NOOP("Column", "From the partner"),
    "arrives_on": QT_TRANSLATE_NOOP("Column", "Arrives"),
    "departs_on": QT_TRANSLATE_NOOP("Column", "Departs"),
}

# A partner city's second name column shows its name in the language the list is not in: the English name in the
# Japanese list (名前（英語）), the Japanese name in the English one ("Name (Japanese)"), as each catalogue says.
TYPE_COLUMNS = {
    ("partner_city", "name_en"): QT_TRANSLATE_NOOP("Column", "Name in the other language"),
}
