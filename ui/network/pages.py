"""The network's read pages: a partner city (its relationship, networks, exchanges, visits and what other
areas hold about its country), a key person's history over the years, the counts by fiscal year, and the
list of key persons. Each loads in one job and opens any row's record on double-click."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sapporo_mice import fiscal, formats
from sapporo_mice.formats import fill
from ui import labels, style
from ui.editors.panels import make_table
from ui.first_show import LoadsWhenShown
from ui.qt import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
)
from ui.rows import Column, RowsModel
from ui.values import country_name, format_date, window_title


def _lang(ctx: Any) -> str:
    return ctx.lang if ctx.lang in ("ja", "en") else "en"


def _date(value: Any) -> str:
    return format_date(value) if isinstance(value, dt.date) else ""


def _name(row: Any, lang: str) -> str:
    """A city's name as staff write it; in English, its English name when there is one."""
    return formats.name(row.name, getattr(row, "name_en", None), lang)


class _Page(QWidget):
    """A top-level window that loads itself in one job and opens records through ``ctx.open_record``."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.status = QLabel(self)
        self.status.setWordWrap(True)

    def _table(self, columns: list[Column], record_type: str | None = None,
               rows_shown: int = 5) -> tuple[RowsModel, Any]:
        model = RowsModel(columns, self)
        view = make_table(model, self)
        view.setMinimumHeight(view.verticalHeader().defaultSectionSize() * rows_shown
                              + view.horizontalHeader().sizeHint().height() + 4)
        view.doubleClicked.connect(lambda index, m=model, t=record_type: self._open(m, index, t))
        return model, view

    def _open(self, model: RowsModel, index: Any, record_type: str | None) -> None:
        row = model.row_at(index)
        key = model.key(index.row())
        if isinstance(key, tuple):
            self.ctx.open_record.emit(*key)
        elif row is not None and record_type:
            self.ctx.open_record.emit(record_type, key)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error.message(self.ctx.lang) if hasattr(error, "message") else str(error))


# ------------------------------------------------------------------------------------- a partner city
class CityPage(_Page):
    """One partner city: the relationship and its next round anniversary, the counterpart office and its
    people, the networks, exchanges and visits, and the country's companies, leads, buyers, bids, students."""

    def __init__(self, ctx: Any, city_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.city_id = city_id
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        edit = QPushButton(self.tr("Edit the city"), self)
        edit.clicked.connect(lambda: ctx.open_record.emit("partner_city", city_id))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(edit, 0, Qt.AlignmentFlag.AlignTop)
        self.contacts, contacts_view = self._table([
            Column("display_name", self.tr("Name")), Column("title", self.tr("Title")),
            Column("department", self.tr("Department")), Column("email", self.tr("Email"))], "contact")
        self.exchanges, exchanges_view = self._table([
            Column("starts_on", self.tr("Starts"), lambda r: _date(r.starts_on)),
            Column("title", self.tr("Exchange"), lambda r: r.title),
            Column("kind", self.tr("Kind"), lambda r: labels.enum_label("ExchangeKind", r.kind)),
            Column("fiscal_year", self.tr("Fiscal year"), lambda r: formats.fiscal_year(r.fiscal_year, _lang(ctx))),
        ], "exchange")
        self.visits, visits_view = self._table([
            Column("arrives_on", self.tr("Arrives"), lambda r: _date(r["arrives_on"])),
            Column("title", self.tr("Visit")),
            Column("status", self.tr("Status"), lambda r: labels.enum_label("VisitStatus", r["status"])),
        ], "visit")
        self.links: dict[str, tuple[QGroupBox, RowsModel, str]] = {}
        link_grid = QGridLayout()
        for n, (key, title) in enumerate((
                ("companies", self.tr("Local companies targeting this country")),
                ("leads", self.tr("Leads from this country")),
                ("buyers", self.tr("Overseas buyers based here")),
                ("bids", self.tr("Bids whose association is based here")),
                ("students", self.tr("International students from this country")))):
            box = QGroupBox(title, self)
            model, view = self._table([Column("title", self.tr("Record"), lambda r: r.title),
                                       Column("detail", self.tr("Detail"), self._detail)])
            QVBoxLayout(box).addWidget(view)
            self.links[key] = (box, model, title)
            link_grid.addWidget(box, n // 2, n % 2)
        body = QWidget(self)
        column = QVBoxLayout(body)
        for title, view in ((self.tr("Counterpart office"), contacts_view), (self.tr("Exchanges"), exchanges_view),
                            (self.tr("Visits to Sapporo"), visits_view)):
            box = QGroupBox(title, body)
            QVBoxLayout(box).addWidget(view)
            column.addWidget(box)
        links_box = QGroupBox(self.tr("In other areas"), body)
        links_box.setLayout(link_grid)
        column.addWidget(links_box)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        self.resize(1000, 720)
        self.setWindowTitle(self.tr("Partner city"))
        self.reload()

    def reload(self) -> None:
        city_id = self.city_id

        def load(crm: Any, _c: Any) -> dict[str, Any]:
            network = crm.network
            city = next(c for c in network.partner_cities() if c.id == city_id)
            return {"city": city, "links": network.links(city_id), "contacts": network.counterpart_contacts(city_id),
                    "exchanges": [e for e in network.exchanges() if e.partner_city_id == city_id][::-1],
                    "visits": crm.service("visit").list(where={"partner_city_id": city_id}, order_by="arrives_on",
                                                        limit=200)[::-1]}

        self.ctx.jobs.run("related", load, owner=self, on_done=self.show_city, on_error=self._failed, serial=False)

    def show_city(self, data: dict[str, Any]) -> None:
        lang, city = _lang(self.ctx), data["city"]
        self.setWindowTitle(window_title(_name(city, lang), self.tr("Partner city")))
        facts = [country_name(city.country, lang), labels.enum_label("RelationshipKind", city.relationship)]
        if city.since_year:
            since = format_date(city.since_on) if city.since_on else str(city.since_year)
            facts.append(fill(self.tr("since %1 (%n year(s))", "", city.years), since))
        # In English its English name leads (the window title's), beside the local one; in Japanese the name
        # staff write, beside the local or the English one.
        other = city.name_local if lang == "en" else city.name_local or city.name_en
        lines = [f"<h2>{style.rich_text(_name(city, lang))} <small>{style.rich_text(other)}</small></h2>",
                 " · ".join(style.rich_text(f) for f in facts if f)]
        if city.next_anniversary:
            when = city.next_anniversary["on"]
            lines.append(fill(self.tr("Next round anniversary: %1th, %2"),
                              str(city.next_anniversary["nth"]),
                              format_date(when) if when else str(city.next_anniversary["year"])))
        if city.languages:
            lines.append(fill(self.tr("Languages: %1"), formats.languages(city.languages, lang)))
        if city.networks:
            networks = formats.listed(city.networks, lang)
            lines.append(fill(self.tr("Networks: %1"), style.rich_text(networks)))
        if city.counterpart_name:
            counterpart = formats.name(city.counterpart_name, city.counterpart_name_en, lang, city.counterpart_name_ja)
            lines.append(fill(self.tr("Counterpart office: %1"), style.rich_text(counterpart)))
        self.heading.setText("<br>".join(lines))
        self.contacts.set_rows(data["contacts"], keys=[("contact", c["id"]) for c in data["contacts"]])
        self.exchanges.set_rows(data["exchanges"], keys=[("exchange", e.id) for e in data["exchanges"]])
        self.visits.set_rows(data["visits"], keys=[("visit", v["id"]) for v in data["visits"]])
        links = data["links"]
        for key, (box, model, title) in self.links.items():
            section = getattr(links, key)
            model.set_rows(section.rows, keys=[(r.record_type, r.id) for r in section.rows])
            shown = fill(self.tr("%1 of %2"), str(len(section.rows)), str(section.total)) \
                if section.total > len(section.rows) else str(section.total)
            box.setTitle(fill(self.tr("%1 (%2)"), title, shown))

    def _detail(self, row: Any) -> str:
        parts = [row.detail or ""]
        if row.kind and row.kind_enum:
            parts.append(labels.enum_label(row.kind_enum, row.kind))
        if row.on:
            parts.append(_date(row.on))
        elif row.number and row.record_type in ("bid", "student"):
            parts.append(str(row.number))
        return " · ".join(p for p in parts if p)


def open_city_page(ctx: Any, city_id: str, parent: QWidget | None = None) -> QWidget:
    return ctx.windows.show(("network_city", city_id), lambda: CityPage(ctx, city_id, parent))


# ------------------------------------------------------------------------------------- a key person
class KeyPersonPage(_Page):
    """Every visit, exchange and logged contact with one person, newest first, year by year."""

    def __init__(self, ctx: Any, contact_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.contact_id = contact_id
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        edit = QPushButton(self.tr("Edit the contact"), self)
        edit.clicked.connect(lambda: ctx.open_record.emit("contact", contact_id))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(edit, 0, Qt.AlignmentFlag.AlignTop)
        self.model, view = self._table([
            Column("year", self.tr("Year"), lambda e: str(e.on.year)),
            Column("on", self.tr("Date"), lambda e: _date(e.on)),
            Column("kind", self.tr("What"), self._kind),
            Column("title", self.tr("Title"), lambda e: e.title),
            Column("role", self.tr("Role"), lambda e: e.role or ""),
            Column("city", self.tr("City"), lambda e: e.city or ""),
        ])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(view, 1)
        self.resize(900, 560)
        self.setWindowTitle(self.tr("Key person"))
        self.reload()

    def reload(self) -> None:
        contact_id = self.contact_id
        self.ctx.jobs.run("related", lambda crm, _c: crm.network.key_person_history(contact_id), owner=self,
                          on_done=self.show_history, on_error=self._failed, serial=False)

    def show_history(self, history: Any) -> None:
        person, lang = history.contact, _lang(self.ctx)
        self.setWindowTitle(window_title(person["name"], self.tr("Key person")))
        facts = [person.get("title"), formats.name(person.get("organization_name"), person.get("organization_name_en"),
                                                   lang, person.get("organization_name_ja")), country_name(person.get("country"), lang)]
        name, latin = style.rich_text(person["name"]), style.rich_text(person.get("latin_name"))
        lines = [f"<h2>{name} <small>{latin}</small></h2>",
                 style.rich_text(" · ".join(f for f in facts if f))]
        visits = sum(1 for e in history.entries if e.kind == "visit")
        exchanges = sum(1 for e in history.entries if e.kind == "exchange")
        since = str(min(history.years)) if history.years else "-"
        lines.append(fill(self.tr("%1 and %2 since %3"),
                          self.tr("%n visit(s)", "", visits), self.tr("%n exchange(s)", "", exchanges), since))
        self.heading.setText("<br>".join(lines))
        self.model.set_rows(history.entries, keys=[(e.record_type, e.record_id) for e in history.entries])

    def _kind(self, entry: Any) -> str:
        if entry.kind == "visit":
            return fill(self.tr("Visit to Sapporo (%1)"), labels.enum_label("VisitStatus", entry.detail))
        if entry.kind == "exchange":
            return labels.enum_label("ExchangeKind", entry.detail)
        return labels.enum_label("ActivityKind", entry.detail)


def open_key_person(ctx: Any, contact_id: str, parent: QWidget | None = None) -> QWidget:
    return ctx.windows.show(("network_person", contact_id), lambda: KeyPersonPage(ctx, contact_id, parent))


# ------------------------------------------------------------------------------------- lists on the view's tabs
class KeyPersonsPanel(LoadsWhenShown, QWidget):
    """The people who came from abroad as guests or took part on the partner's side, latest first."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsModel([
            Column("name", self.tr("Name"), lambda p: p.name),
            Column("title", self.tr("Title"), lambda p: p.title or ""),
            Column("organization_name", self.tr("Organization"),
                   lambda p: formats.name(p.organization_name, p.organization_name_en, _lang(ctx), p.organization_name_ja)),
            Column("country", self.tr("Country"), lambda p: country_name(p.country, _lang(ctx))),
            Column("visits", self.tr("Visits"), lambda p: str(p.visits)),
            Column("exchanges", self.tr("Exchanges"), lambda p: str(p.exchanges)),
            Column("last_on", self.tr("Last met"), lambda p: _date(p.last_on)),
        ], self)
        self.view = make_table(self.model, self)
        self.view.doubleClicked.connect(self._open)
        hint = QLabel(self.tr("Double-click a person to see every visit, exchange and contact over the years."), self)
        hint.setWordWrap(True)  # a narrow window (half a screen) wraps it
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)

    def load(self) -> None:
        self.ctx.jobs.run("related", lambda crm, _c: crm.network.key_persons(), owner=self,
                          on_done=lambda people: self.model.set_rows(people, keys=[p.contact_id for p in people]),
                          serial=False)

    def _open(self, index: Any) -> None:
        contact_id = self.model.key(index.row())
        if contact_id:
            open_key_person(self.ctx, contact_id, self.window())


class FiscalYearPanel(LoadsWhenShown, QWidget):
    """The counts the KPI takes, for one fiscal year: exchanges per partner city, cooperation projects."""

    YEARS_SHOWN = 6

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = QComboBox(self)
        current = fiscal.current()
        for year in range(current + 1, current - self.YEARS_SHOWN, -1):
            self.year.addItem(formats.fiscal_year(year, _lang(ctx)), year)
        self.year.setCurrentIndex(1)
        self.year.currentIndexChanged.connect(lambda _i: self.reload())
        lang = _lang(ctx)
        self.cities = RowsModel([
            Column("name", self.tr("Partner city"), lambda c: _name(c, lang)),
            Column("country", self.tr("Country"), lambda c: country_name(c.country, lang)),
            Column("relationship", self.tr("Relationship"), lambda c: labels.enum_label("RelationshipKind", c.relationship)),
            Column("count", self.tr("Exchanges"), lambda c: str(c.count)),
        ], self)
        self.cities_view = make_table(self.cities, self)
        self.projects = RowsModel([
            Column("starts_on", self.tr("Starts"), lambda r: _date(r.starts_on)),
            Column("ends_on", self.tr("Ends"), lambda r: _date(r.ends_on)),
            Column("title", self.tr("Project"), lambda r: r.title),
            Column("kind", self.tr("Kind"), lambda r: labels.enum_label("ExchangeKind", r.kind)),
            Column("partner", self.tr("Partner"),
                   lambda r: formats.name(r.partner_city_name, r.partner_city_name_en, lang)
                   or formats.name(r.partner_org_name, r.partner_org_name_en, lang, r.partner_org_name_ja)),
        ], self)
        self.projects_view = make_table(self.projects, self)
        self.projects_view.doubleClicked.connect(
            lambda index: ctx.open_record.emit("exchange", self.projects.key(index.row())))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Fiscal year"), self))
        top.addWidget(self.year)
        top.addWidget(self.summary, 1)
        self.cities_box = QGroupBox(self.tr("City-to-city exchanges by partner city"), self)
        QVBoxLayout(self.cities_box).addWidget(self.cities_view)
        self.projects_box = QGroupBox(self.tr("International cooperation projects running in the year"), self)
        QVBoxLayout(self.projects_box).addWidget(self.projects_view)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.cities_box, 1)
        layout.addWidget(self.projects_box, 1)

    def load(self) -> None:
        year = self.year.currentData()

        def load(crm: Any, _c: Any) -> tuple[Any, Any, Any]:
            return (crm.network.exchanges_by_fiscal_year(year), crm.network.cooperation_projects(year),
                    crm.network.networks_joined(year))

        self.ctx.jobs.run("related", load, owner=self, on_done=self.show_counts, serial=False)

    def show_counts(self, counts: tuple[Any, Any, Any]) -> None:
        by_city, projects, joined = counts
        self.cities.set_rows(by_city, keys=[c.partner_city_id for c in by_city])
        self.projects.set_rows(projects.projects, keys=[p.id for p in projects.projects])
        total = sum(c.count for c in by_city)
        self.summary.setText(fill(self.tr("%1 · %2 · %3"),
                                  self.tr("%n city-to-city exchange(s)", "", total),
                                  self.tr("%n cooperation project(s)", "", projects.count),
                                  self.tr("Sapporo in %n network(s)", "", joined.count)))

