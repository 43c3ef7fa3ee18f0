"""The fair a file belongs to, chosen in the import wizard and the export dialog: one combo's fill for both."""

from __future__ import annotations

from typing import Any

from ui.qt import QComboBox

RECENT_FAIRS = 200  # the newest fairs offered (a city attends a dozen a year)


def load_fairs(ctx: Any, owner: Any, combo: QComboBox, wanted: str | None) -> None:
    """Add the recent fairs to ``combo`` (after its own first item, "no fair") on the job runner, by name in the
    reader's language, and choose ``wanted`` (a fair's id) once they are in."""

    def fill(fairs: list[Any]) -> None:
        for fair in fairs:
            combo.addItem(fair.label(ctx.lang), fair.id)
        if wanted:
            combo.setCurrentIndex(max(combo.findData(wanted), 0))

    ctx.jobs.run("fairs", lambda crm, _c: crm.fairs.recent(RECENT_FAIRS), owner=owner, on_done=fill, serial=False)
