"""An area's own tabs in a record's editor (a company's export case, a bid's impact and stage history, a
meeting series' past editions and rotation, a student's suggestions and privacy): the one registry.

Each entry names a module and a callable; it is called as ``make(ctx, editor)`` and returns a panel with
``tab_title()`` or ``title()`` (its tab's translated title) and ``load(record_id)`` (called when the record is
loaded or saved). A panel may also have ``open_record`` (a signal the editor follows), ``parent_title`` (set
by the editor) and ``record_types`` (reloaded when a change touches one). Modules are imported only when an
editor of that type opens.
"""

from __future__ import annotations

import importlib
from typing import Any

EXTRA_TABS: dict[str, tuple[tuple[str, str], ...]] = {
    # --- export_support
    "organization": (("ui.export_support.case", "ExportCasePanel"),),
    "lead": (("ui.export_support.case", "lead_panel"),),
    # --- bids
    "bid": (("ui.views.bids.impact", "ImpactPanel"), ("ui.views.bids.competition", "CompetitionPanel"),
            ("ui.views.bids.key_persons", "KeyPersonsPanel"), ("ui.views.bids.rotation", "BidRotationPanel"),
            ("ui.views.bids.stage_history", "StageHistoryPanel")),
    "meeting_series": (("ui.views.bids.rotation", "RotationPanel"), ("ui.views.bids.key_persons", "KeyPersonsPanel")),
    "activity": (("ui.views.bids.participants", "ParticipantsPanel"),),
    # --- students: suggestions both ways, a match's reasons, a student's privacy (consent, export, erasure)
    "opening": (("ui.views.talent.panels", "opening_suggestions"),),
    "student": (("ui.views.talent.panels", "student_suggestions"), ("ui.views.talent.panels", "PrivacyPanel")),
    "match": (("ui.views.talent.panels", "MatchReasonsPanel"),),
}


def extra_tabs(editor: Any) -> list[Any]:
    return [getattr(importlib.import_module(module), name)(editor.ctx, editor)
            for module, name in EXTRA_TABS.get(editor.record_type, ())]


def tab_title(panel: Any) -> str:
    return panel.tab_title() if hasattr(panel, "tab_title") else panel.title()
