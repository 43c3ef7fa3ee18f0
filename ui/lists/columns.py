"""A record list's columns as the user leaves them: which are shown (the header's menu), their order, widths and
the sort, saved per record type in the settings (``column_state``); on first use, widths fitted to the first rows.
"""

from __future__ import annotations

from typing import Any

from ui import labels
from ui.context import AppContext
from ui.lists.model import RecordTableModel
from ui.qt import QByteArray, QCoreApplication, QMenu, QObject, Qt, QTableView, QTimer

FIT_ROWS = 40  # the first screen's rows, whose texts set the columns' first widths
TEXT_CAP = 40  # characters: a free-text column (a title, a next action) is not widened beyond this
SAVE_DELAY_MS = 400  # a drag resizes a column many times: it is saved once the drag rests

# A column's width on first use, in characters of its kind (the user's own widths are remembered).
_COLUMN_CHARACTERS = {"date": 10, "datetime": 15, "int": 8, "year": 6, "money": 11, "float": 7, "bool": 5,
                      "country": 5, "enum": 11, "record_type": 11, "text": 16,
                      "phone": 13}


class ListColumns(QObject):
    """The columns of one list's table. ``restored``: the sort and widths came from the settings (else the first
    use's are fitted); ``fitted``: the first rows' texts have set the widths."""

    def __init__(self, ctx: AppContext, record_type: str, table: QTableView, model: RecordTableModel) -> None:
        super().__init__(table)
        self.ctx, self.record_type, self.table, self.model = ctx, record_type, table, model
        self.restored = self.fitted = False
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu)
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS, timeout=self.save)
        header.sectionResized.connect(lambda *_: self._timer.start())
        header.sectionMoved.connect(lambda *_: self._timer.start())
        header.sortIndicatorChanged.connect(lambda *_: self._timer.start())  # the sort is remembered too
        self.restore()
        model.first_rows.connect(lambda _ms: self.fit())
        model.loaded.connect(lambda *_: self.fit())

    def _menu(self, pos: Any) -> None:
        self.chooser().exec(self.table.horizontalHeader().mapToGlobal(pos))

    def chooser(self) -> QMenu:
        """A menu of checkable columns; the last visible column cannot be hidden."""
        menu = QMenu(QCoreApplication.translate("RecordListView", "Columns"), self.table)
        header = self.table.horizontalHeader()
        visible = sum(not header.isSectionHidden(i) for i in range(header.count()))
        for section, column in enumerate(self.model.columns):
            action = menu.addAction(labels.column_title(column.key, self.record_type))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(section))
            action.setEnabled(header.isSectionHidden(section) or visible > 1)
            action.toggled.connect(lambda on, s=section: self.set_visible(s, on))
        return menu

    def set_visible(self, section: int, visible: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(section, not visible)
        self.save()

    def _key(self, lang: str | None = None) -> str:
        """Where the layout is saved: per record type and language, since a column's texts (and so its width)
        differ between the two: the English university names did not fit the widths the Japanese ones had set."""
        return f"{self.record_type}@{lang or self.ctx.lang}"

    def save(self) -> None:
        every = dict(self.ctx.settings.get("column_state"))
        every[self._key()] = bytes(self.table.horizontalHeader().saveState().toBase64()).decode("ascii")
        every.pop(self.record_type, None)  # the layout saved before it was kept per language, now this one's
        self.ctx.settings.set("column_state", every)

    def restore(self) -> None:
        """The layout saved in this language; else the one saved in the other (the columns shown, their order
        and the sort carry over, and the widths are fitted again to this language's texts); else the first use's."""
        every = self.ctx.settings.get("column_state")
        other = "en" if self.ctx.lang == "ja" else "ja"
        own = every.get(self._key()) or every.get(self.record_type)  # or as saved before it was kept per language
        saved = own or every.get(self._key(other))
        header = self.table.horizontalHeader()
        restored = bool(saved) and header.restoreState(QByteArray.fromBase64(saved.encode("ascii")))
        self.restored = restored and saved == own
        self.fitted = False
        if restored:
            return
        em = self.table.fontMetrics().horizontalAdvance("M")
        for section, column in enumerate(self.model.columns):
            header.setSectionHidden(section, not column.shown_first(self.ctx.lang))
            # First use: the name or title gets room to be read; dates, numbers and flags need little.
            characters = 26 if section == 0 else _COLUMN_CHARACTERS.get(column.kind.split(":")[0], 14)
            # Never narrower than its title (with room for the sort arrow, which the hint leaves out).
            header.resizeSection(section, max(characters * em * 2 // 3 + 16, header.sectionSizeHint(section) + em))

    def fit(self) -> None:
        """Once the first rows are in, widen each column to the widest text of those rows, so no date, yen
        amount, label, name or column title is cut. On first use in a language every column is fitted (free text, such as
        a title or a next action, stops at ``TEXT_CAP`` characters); with the user's saved widths, only a column whose
        values must show whole (a date, an amount, a label: cut, they mislead) is widened, for values longer than
        any when they were saved."""
        if self.fitted or self.model.rowCount() == 0:
            return
        self.fitted = True
        header, metrics = self.table.horizontalHeader(), self.table.fontMetrics()
        em = metrics.horizontalAdvance("M")
        rows = range(min(self.model.rowCount(), FIT_ROWS))
        for section, column in enumerate(self.model.columns):
            free_text = column.kind == "text" and section > 0
            if header.isSectionHidden(section) or (self.restored and (free_text or section == 0)):
                continue
            texts = [self.model.data(self.model.index(row, section)) or "" for row in rows]
            wanted = max([metrics.horizontalAdvance(t) for t in texts] + [header.sectionSizeHint(section)]) + em
            if free_text:
                wanted = min(wanted, TEXT_CAP * em * 2 // 3)
            if wanted > header.sectionSize(section) or not self.restored:  # first use: each to its texts
                header.resizeSection(section, wanted)
        if not self.restored:
            self.fit_to_view()

    def fit_to_view(self) -> None:
        """On first use, when the fitted columns are wider than the table, the free-text columns after the first
        give back the excess (the last first), down to their title or ten characters: the first screen has no
        horizontal scroll bar while the name, the dates and the labels stay whole."""
        header = self.table.horizontalHeader()
        em = self.table.fontMetrics().horizontalAdvance("M")
        shown = [s for s in range(header.count()) if not header.isSectionHidden(s)]
        bar = self.table.verticalScrollBar()
        room = self.table.viewport().width() - (0 if bar.isVisible() else bar.sizeHint().width())  # it will be
        excess = sum(header.sectionSize(s) for s in shown) - room
        for section in reversed(shown):
            if excess <= 0:
                break
            if section == 0 or self.model.columns[section].kind != "text":
                continue
            floor = max(header.sectionSizeHint(section), 10 * em * 2 // 3)
            give = min(excess, header.sectionSize(section) - floor)
            if give > 0:
                header.resizeSection(section, header.sectionSize(section) - give)
                excess -= give

