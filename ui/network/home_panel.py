"""Home's cards of the network: round anniversaries of each relationship in the next years, and the
delegations under way or arriving soon (cards from :mod:`ui.home_card`, placed by the Home view)."""

from __future__ import annotations

from typing import Any

from sapporo_mice import formats
from sapporo_mice.formats import fill
from ui import labels
from ui.home_card import CardRow, FirstStep, HomeCard
from ui.qt import QObject, QWidget
from ui.values import format_date

SHOWN_TYPES = {"partner_city", "city_network", "visit"}


class NetworkHomeCards(QObject):
    """The two cards and their loading; ``parent`` is the widget that shows them."""

    def __init__(self, ctx: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.anniversaries = HomeCard(ctx, self.tr("Anniversaries ahead"),
                                      [self.tr("Date"), self.tr("Relationship"), self.tr("Anniversary")],
                                      self.tr("No round anniversary in the next years."),
                                      FirstStep(self.tr("New partner city"), "partner_city"), parent)
        self.visits = HomeCard(ctx, self.tr("Delegations arriving"),
                               [self.tr("Dates"), self.tr("Visit"), self.tr("From")],
                               self.tr("No delegation arriving."), FirstStep(self.tr("New visit"), "visit"), parent)
        ctx.changed.connect(self._on_changes)
        self.loaded_once = False

    def reload(self) -> None:
        self.loaded_once = True
        self.ctx.jobs.run("home", lambda crm, _c: crm.network.home(), owner=self, on_done=self.show_items,
                          serial=False)

    def show_items(self, home: Any) -> None:
        self.anniversaries.set_rows([self._anniversary(a) for a in home.anniversaries])
        self.visits.set_rows([self._visit(v) for v in home.visits])

    def _anniversary(self, a: Any) -> CardRow:
        when = format_date(a.on) if a.on else fill(self.tr("In %1"), str(a.year))
        kind = self.tr("Sapporo's membership") if a.relationship == "network" \
            else labels.enum_label("RelationshipKind", a.relationship)
        name = formats.name(a.name, a.name_en, self.ctx.lang)
        return CardRow([when, f"{name}（{kind}）" if self.ctx.lang == "ja" else f"{name} ({kind})",
                        fill(self.tr("%1th anniversary"), str(a.nth))], (a.record_type, a.record_id))

    def _visit(self, v: Any) -> CardRow:
        dates = format_date(v.arrives_on) + (f" – {format_date(v.departs_on)}" if v.departs_on else "")
        status = labels.enum_label("VisitStatus", v.status)
        return CardRow([dates, f"{v.title}（{status}）" if self.ctx.lang == "ja" else f"{v.title} ({status})",
                        formats.name(v.city_name, v.city_name_en, self.ctx.lang)], ("visit", v.id))

    def _on_changes(self, changes: Any) -> None:
        if self.loaded_once and changes.record_types & SHOWN_TYPES:
            self.reload()
