"""An area's own tabs in a record's editor, after the generic ones (a bid's impact and stage history, a meeting
series' past editions and rotation).

Each entry names a module and a class; the class is built as ``cls(ctx, editor)``, has ``title()`` (its tab's
translated title) and ``load(record_id)`` (called when the record is loaded or saved). Modules are imported
only when an editor of that type opens.
"""

from __future__ import annotations

import importlib
from typing import Any

EXTRA_TABS: dict[str, tuple[tuple[str, str], ...]] = {
    "bid": (("ui.views.bids.impact", "ImpactPanel"), ("ui.views.bids.competition", "CompetitionPanel"),
            ("ui.views.bids.rotation", "BidRotationPanel"), ("ui.views.bids.stage_history", "StageHistoryPanel")),
    "meeting_series": (("ui.views.bids.rotation", "RotationPanel"),),
}


def extra_tabs(editor: Any) -> list[Any]:
    panels = []
    for module, name in EXTRA_TABS.get(editor.record_type, ()):
        panels.append(getattr(importlib.import_module(module), name)(editor.ctx, editor))
    return panels
