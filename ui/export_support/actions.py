"""The export-support actions of the companies list (in the Records menu), and a company's attention reasons
in words. The windows themselves are imported only when an action is used."""

from __future__ import annotations

from typing import Any

from sapporo_mice.formats import fill, listed
from ui.qt import QAction, QCoreApplication


def export_actions(view: Any) -> list[QAction]:
    """Needs attention, and markets by country."""
    ctx = view.ctx

    def overview(tab: int) -> None:
        from ui.export_support.overview import open_export_overview

        open_export_overview(ctx, tab, view.window())

    translate = QCoreApplication.translate
    return [view._action(translate("ExportActions", "Needs attention…"), "Ctrl+Shift+A", lambda: overview(0),
                         icon="results"),
            view._action(translate("ExportActions", "Markets by country…"), "Ctrl+Shift+W", lambda: overview(1),
                         icon="results"),
            view._action(translate("ExportActions", "Expansion cases by fiscal year…"), "Ctrl+Shift+Y",
                         lambda: overview(2), icon="results")]


def translate_attention(attention: Any, lang: str) -> str:
    """Why a company needs attention: "2 open needs; no contact since 1 Aug 2026; no recent work in Thailand"."""
    from sapporo_mice import countries
    from ui.values import format_date

    translate = QCoreApplication.translate
    sep = "、" if lang == "ja" else "; "
    parts = []
    if attention.open_needs:
        parts.append(translate("ExportActions", "%n open need(s)", None, attention.open_needs))
    if "no_contact" in attention.reasons:
        parts.append(fill(translate("ExportActions", "no contact since %1"), format_date(attention.last_contact))
                     if attention.last_contact else translate("ExportActions", "never contacted"))
    if attention.quiet_markets:
        names = listed((countries.name(c, lang) for c in attention.quiet_markets), lang)
        parts.append(fill(translate("ExportActions", "nothing recent in %1"), names))
    return sep.join(parts)
