"""Home (today), as cards with a count: follow-ups due and overdue, bid deadlines and decisions ahead,
delegations arriving, fairs ahead, anniversaries ahead, recent changes — the most urgent first.

The agenda is one core call (``crm.agenda.upcoming``) on the job runner; it reloads when
a write touches a record type it shows. The network's two cards load themselves
(:mod:`ui.network.home_panel`); every card is a :class:`ui.home_card.HomeCard`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sapporo_mice import formats
from sapporo_mice.changes import Changes
from sapporo_mice.formats import fill
from ui import labels
from ui.context import AppContext
from ui.first_show import LoadsWhenShown
from ui.home_card import CardRow, FirstStep, HomeCard
from ui.lists.model import display_text
from ui.network.home_panel import NetworkHomeCards
from ui.qt import QFrame, QLabel, QScrollArea, Qt, QVBoxLayout, QWidget
from ui.reflow import ReflowGrid

SHOWN_TYPES = {"lead", "bid", "fair", "organization", "contact", "student", "opening", "task"}
COLUMNS = 3  # three cards a row at most: at 1366×768 two rows fit and every date shows whole
CARD_HEIGHT = 190  # a card's least height: its title and four items


class HomeView(LoadsWhenShown, QWidget):
    record_types: tuple[str, ...] = ()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        headers = [self.tr("Date"), self.tr("Record"), self.tr("Type")]

        def card(title: str, empty: str, step: FirstStep | None, columns: list[str] = headers) -> HomeCard:
            return HomeCard(ctx, title, columns, empty, step, self)

        self.sections = {
            # Every row a lead: the last column says how far its follow-up is (3 日超過, 今日, あと 2 日), not its type
            "follow_ups": card(self.tr("Follow-ups due and overdue"),
                               self.tr("No follow-ups due. A lead's follow-up date brings it here."),
                               FirstStep(self.tr("New lead"), "lead"),
                               [self.tr("Date"), self.tr("Lead"), self.tr("Due")]),
            "bid_dates": card(self.tr("Bid deadlines and decisions ahead"),
                              self.tr("No bid deadline or decision in the next 30 days."),
                              FirstStep(self.tr("New bid"), "bid")),
            "fairs": card(self.tr("Current and upcoming fairs"), self.tr("No fair ahead yet."),
                          FirstStep(self.tr("New fair"), "fair")),
            "recent": card(self.tr("Recently changed"),
                           self.tr("Nothing changed yet. The records you add or edit show here."),
                           FirstStep(self.tr("New company"), "organization")),
        }
        self.heading = QLabel(self)
        self.network = NetworkHomeCards(ctx, self)
        order = [self.sections["follow_ups"], self.sections["bid_dates"], self.network.visits,
                 self.sections["fairs"], self.network.anniversaries, self.sections["recent"]]
        # Fewer columns in a narrow window (half a screen), each card tall enough to read a few items; the
        # page scrolls when they do not all fit.
        self.grid = ReflowGrid(order, COLUMNS, self)
        for shown in order:
            shown.setMinimumHeight(CARD_HEIGHT)
        scroll = QScrollArea(self, widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.grid)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        ctx.changed.connect(self._on_changes)

    @property
    def cards(self) -> list[HomeCard]:
        return [*self.sections.values(), self.network.visits, self.network.anniversaries]

    def load(self) -> None:
        user = self.ctx.actor
        self.ctx.jobs.run("home", lambda crm, _c: crm.agenda.upcoming(user=user), owner=self,
                          on_done=self.show_agenda, serial=False)
        self.network.reload()

    def show_agenda(self, agenda: dict[str, list[Any]]) -> None:
        today = dt.date.today()
        self.heading.setText("<h2>" + fill(self.tr("Today: %1"), display_text("date", today)) + "</h2>")
        for key, card in self.sections.items():
            items = agenda.get(key, [])
            left_out = agenda.get("follow_ups_due", 0) - len(items) if key == "follow_ups" else 0
            # The latest follow-ups are shown; the card says how many earlier ones the leads list holds.
            card.set_rows([self._row(item) for item in items], total=len(items) + max(left_out, 0),
                          more=fill(self.tr("%n earlier follow-up(s) not shown; the leads list's “%1” filter "
                                            "lists every overdue one.", "", left_out),
                                    labels.filter_title("follow_up_overdue")) if left_out > 0 else "")

    def _row(self, item: Any) -> CardRow:
        kind = "datetime" if isinstance(item.on, dt.datetime) else "date"
        title = formats.name(item.title, item.title_en, self.ctx.lang, item.title_ja)
        return CardRow([display_text(kind, item.on), title, self._reason(item)], (item.record_type, item.id),
                       overdue=item.overdue, tooltip=self.tr("Overdue") if item.overdue else "")

    def _reason(self, item: Any) -> str:
        if item.reason == "follow_up":
            days = (item.on - dt.date.today()).days
            if days < 0:
                return self.tr("%n day(s) overdue", "", -days)
            return self.tr("In %n day(s)", "", days) if days else self.tr("Today")
        reasons = {"bid_deadline": self.tr("Bid deadline"), "decision": self.tr("Decision")}
        return reasons.get(item.reason, labels.record_type_label(item.record_type))

    def _on_changes(self, changes: Changes) -> None:
        if self.loaded_once and changes.record_types & SHOWN_TYPES:
            self.reload()
