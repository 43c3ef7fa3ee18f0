"""The desktop lists' columns: for each record type, what each column shows and sorts by, in SQL.

Column titles are the UI's business (translated there); ``kind`` tells it how to show a value.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import case, func, literal, select

from sapporo_mice.enums import BidStage, LeadStatus, MatchStage, OrgKind
from sapporo_mice.models import (
    Bid,
    Contact,
    ContactEmail,
    ContactPhone,
    Fair,
    Lead,
    Match,
    Opening,
    Organization,
    SearchEntry,
    Student,
    Task,
)


@dataclass(frozen=True)
class Column:
    """One list column. ``expr`` builds the SQL value; ``sort`` the SQL it sorts by (default: the value).

    ``kind`` tells the UI how to show the value: text, phone (text shown whole: a number cut short
    misleads), country (an ISO code), date, datetime, int,
    year (a number shown without digit grouping: 2026, not 2,026), money, float, bool, or
    ``enum:<EnumName>`` (labels in ``ui.labels``), or ``vocab:<name>`` (a vocabulary's labels,
    :mod:`sapporo_mice.students.vocab`).

    ``english``, ``japanese``: what a list in that language shows and sorts by instead, where it differs (a linked
    company's or partner city's English name, a linked company's Japanese name, where it has one).
    ``english_sort``: what an English list sorts by, where that is neither ``sort`` nor what it shows (a partner
    city's English name, a student's name in Latin letters, where the Japanese list sorts by the kana reading).
    ``english_visible``: whether an English list shows the column on first use, where that differs from
    ``visible`` (a company's name as written, beside its English name, is there to be shown, not shown first).
    """

    key: str
    expr: Callable[[], Any]
    kind: str = "text"
    sort: Callable[[], Any] | None = None
    sortable: bool = True
    visible: bool = True
    english: Callable[[], Any] | None = None
    japanese: Callable[[], Any] | None = None
    english_sort: Callable[[], Any] | None = None
    english_visible: bool | None = None  # shown on first use in English, where that differs from ``visible``

    def shown_first(self, lang: str | None = None) -> bool:
        """Whether a list in ``lang`` shows the column on first use (the user may show or hide it after)."""
        return self.english_visible if lang == "en" and self.english_visible is not None else self.visible

    def value_expr(self, lang: str | None = None) -> Any:
        own = {"en": self.english, "ja": self.japanese}.get(lang or "")
        return (own or self.expr)()

    def sort_expr(self, lang: str | None = None) -> Any:
        if lang == "en" and self.english_sort is not None:
            return self.english_sort()
        return self.sort() if self.sort is not None else self.value_expr(lang)


@dataclass(frozen=True)
class ListSpec:
    record_type: str
    model: type
    columns: tuple[Column, ...]
    default_order: str
    owner_column: str | None = "owner"
    has_tags: bool = True
    # Keys that order the list before the column the user sorts by, always ascending: open tasks come
    # before done ones whichever column is chosen (unless the list is sorted by that key itself).
    leading: Callable[[], tuple[Any, ...]] | None = None

    def leading_keys(self, sort: Any) -> tuple[Any, ...]:
        keys = self.leading() if self.leading else ()
        return () if any(key is sort for key in keys) else keys

    def column(self, key: str) -> Column:
        for col in self.columns:
            if col.key == key:
                return col
        raise KeyError(f"{self.record_type} has no list column {key!r}")


def _attr(model: type, name: str) -> Callable[[], Any]:
    return lambda: getattr(model, name)


def _name_of(target: type, name: str, key: Callable[[], Any]) -> Callable[[], Any]:
    """A joined display column: the ``name`` of the ``target`` record that ``key`` points at."""
    return lambda: select(getattr(target, name)).where(target.id == key()).scalar_subquery()


def _name_in(target: type, own: str, key: Callable[[], Any]) -> Callable[[], Any] | None:
    """:func:`_name_of` for a list in one language: the record's name in it (its ``own`` column: ``name_en``,
    ``name_ja``), or its name where it has none, as :func:`sapporo_mice.formats.name` chooses; None for a
    record that keeps no such name."""
    if not hasattr(target, own):
        return None
    return lambda: (select(func.coalesce(func.nullif(getattr(target, own), ""), target.name))
                    .where(target.id == key()).scalar_subquery())


def _named(column: str, target: type, model: type, foreign_key: str) -> Column:
    """A joined column naming the ``target`` record (a company, a partner city) that ``model``'s ``foreign_key``
    points at, in the list's language: in English by its English name where it has one (a Thai buyer's
    company as "Chiang Mai Seafood Co., Ltd.", not in Thai script; Munich, not ミュンヘン), in Japanese a company
    by its Japanese name where one is given (国際食品科学学会, not International Society of Food Science)."""
    key = _attr(model, foreign_key)
    return Column(column, _name_of(target, "name", key), english=_name_in(target, "name_en", key),
                  japanese=_name_in(target, "name_ja", key))


def _city_of(model: type) -> Column:
    """The partner city a record (an exchange, a visit) is with."""
    from sapporo_mice.models import PartnerCity

    return _named("partner_city", PartnerCity, model, "partner_city_id")


def _primary_email() -> Any:
    return (
        select(ContactEmail.email)
        .where(ContactEmail.contact_id == Contact.id, ContactEmail.deleted_at.is_(None))
        .order_by(ContactEmail.is_primary.desc(), ContactEmail.created_at)
        .limit(1)
        .scalar_subquery()
    )


def _primary_phone() -> Any:
    # The text as the user typed it: that is how staff recognise a number.
    return (
        select(ContactPhone.raw)
        .where(ContactPhone.contact_id == Contact.id, ContactPhone.deleted_at.is_(None))
        .order_by(ContactPhone.is_primary.desc(), ContactPhone.created_at)
        .limit(1)
        .scalar_subquery()
    )


def _linked_title() -> Any:
    """The name of the record a task is linked to, as search shows it (one indexed look-up per row)."""
    return (select(SearchEntry.title)
            .where(SearchEntry.record_type == Task.record_type, SearchEntry.record_id == Task.record_id)
            .scalar_subquery())


def _linked_title_in(own: str) -> Callable[[], Any]:
    """:func:`_linked_title` in one language: a linked fair's, meeting series', company's or partner city's name in
    it (its ``own`` column, ``name_ja`` or ``name_en``) where it has one, as the lists of those records show it: a
    Japanese task list named a fair シアル・チャイナ 2024 everywhere but in its tasks, where it was SIAL China 2024."""
    def expr() -> Any:
        from sapporo_mice.models import MeetingSeries, PartnerCity

        named = (("fair", Fair), ("meeting_series", MeetingSeries), ("organization", Organization),
                 ("partner_city", PartnerCity))
        whens = [(Task.record_type == record_type,
                  select(func.nullif(getattr(model, own), "")).where(model.id == Task.record_id).scalar_subquery())
                 for record_type, model in named if hasattr(model, own)]
        return func.coalesce(case(*whens), _linked_title())

    return expr


def _reading(kana: Callable[[], Any], model: type, other: str, shown: str) -> Column:
    """How to read a name, shown beside it: in Japanese the kana reading, else the other-script name (``other``,
    the Latin one) where it differs from the ``shown`` one; in English that Latin name first (青木明日香 reads
    "Asuka Aoki" to an English reader, not アオキ アスカ), else the kana. Sorted as the name is."""
    def other_name() -> Any:
        return func.nullif(func.nullif(getattr(model, other), ""), getattr(model, shown))

    return Column("reading", lambda: func.coalesce(func.nullif(kana(), ""), other_name()),
                  sort=_attr(model, "sort_key"), english=lambda: func.coalesce(other_name(), func.nullif(kana(), "")))


def _org_english_name() -> Any:
    return func.coalesce(func.nullif(Organization.name_en, ""), Organization.name)


def _contact_kana() -> Any:
    return func.trim(func.coalesce(Contact.family_name_kana, "") + literal(" ")
                     + func.coalesce(Contact.given_name_kana, ""))


def _col(model: type, key: str, kind: str = "text", **kw: Any) -> Column:
    return Column(key, _attr(model, key), kind, **kw)


SPECS: dict[str, ListSpec] = {
    spec.record_type: spec
    for spec in (
        ListSpec("contact", Contact, (
            Column("display_name", _attr(Contact, "display_name"), sort=_attr(Contact, "sort_key")),
            _reading(_contact_kana, Contact, "latin_name", "display_name"),
            _named("organization", Organization, Contact, "organization_id"),
            _col(Contact, "title"),
            Column("email", _primary_email),
            Column("phone", _primary_phone, "phone"),
            _col(Contact, "country", "country"),
            _col(Contact, "department", visible=False),
            _col(Contact, "owner"),
            _col(Contact, "updated_at", "datetime"),
        ), "display_name"),
        ListSpec("organization", Organization, (
            # In English a company is named, and sorted, by its English name where it has one (Ezo Foods Co., Ltd.,
            # not エゾ食品株式会社 in kana order); beside it, the name as the company writes it.
            Column("name", _attr(Organization, "name"), sort=_attr(Organization, "sort_key"),
                   english=_org_english_name, english_sort=lambda: func.lower(_org_english_name())),
            replace(_reading(_attr(Organization, "name_kana"), Organization, "name_en", "name"),
                    english=lambda: func.nullif(Organization.name, _org_english_name()),
                    english_sort=_attr(Organization, "sort_key"),  # as the name is written, in its own order
                    english_visible=False),  # the first screen fits 1366 px with the English names whole
            _col(Organization, "kind", "enum:OrgKind"),
            _col(Organization, "country", "country"),
            _col(Organization, "industry", "vocab:industry"),  # a typed industry shown as typed
            _col(Organization, "phone_raw", "phone"),
            _col(Organization, "corporate_number", visible=False),
            _col(Organization, "owner"),
            _col(Organization, "updated_at", "datetime"),
        ), "name"),
        ListSpec("lead", Lead, (
            _col(Lead, "title"),
            _col(Lead, "status", "enum:LeadStatus"),
            # the kind starts hidden (most are trade buyers, and a booth lead's title names its fair), as does the
            # person, who is in the lead's title ("name @ fair"): at 1366 wide every other column shows whole on
            # first use, the sort column (changed, newest first) among them
            _col(Lead, "kind", "enum:LeadKind", visible=False),
            _col(Lead, "rating", "enum:Rating"),
            Column("contact", _name_of(Contact, "display_name", _attr(Lead, "contact_id")), visible=False),
            _named("organization", Organization, Lead, "organization_id"),
            _col(Lead, "follow_up_on", "date"),
            _col(Lead, "updated_at", "datetime"),
            _col(Lead, "next_action"),
            _col(Lead, "owner"),
        ), "updated_at"),
        ListSpec("bid", Bid, (
            _col(Bid, "name"),
            _col(Bid, "stage", "enum:BidStage"),
            _col(Bid, "edition_year", "year"),
            _col(Bid, "starts_on", "date"),
            _col(Bid, "bid_deadline", "date"),
            _col(Bid, "decision_on", "date"),
            _col(Bid, "probability", "int"),
            _col(Bid, "delegates_international", "int"),
            _col(Bid, "owner"),
        ), "bid_deadline"),
        ListSpec("fair", Fair, (
            # in Japanese by its Japanese name where one is given (アヌーガ 2026), as every other screen names it
            Column("name", _attr(Fair, "name"), japanese=lambda: func.coalesce(func.nullif(Fair.name_ja, ""), Fair.name)),
            # in English by its English name where one is given (Cologne), as the packs and the search name it
            Column("city", _attr(Fair, "city"), english=lambda: func.coalesce(func.nullif(Fair.city_en, ""), Fair.city)),
            _col(Fair, "country", "country"),
            _col(Fair, "starts_on", "date"),
            _col(Fair, "ends_on", "date"),
            _col(Fair, "sector", "enum:FairSector"),  # a typed sector shown as typed
            _col(Fair, "budget_jpy", "money"),
            _col(Fair, "owner"),
        ), "starts_on", has_tags=False),
        ListSpec("student", Student, (
            # In English by the name in Latin letters (the name itself, or its Latin form beside it under Reading):
            # Aarati, Aditi, Lee Ji-su, Wang Xiaoming. The kana order (アーラティ, アディティ …) reads as none there.
            Column("display_name", _attr(Student, "display_name"), sort=_attr(Student, "sort_key"),
                   english_sort=lambda: func.lower(func.coalesce(func.nullif(Student.latin_name, ""),
                                                                 Student.display_name))),
            _reading(_attr(Student, "name_kana"), Student, "latin_name", "display_name"),
            _col(Student, "nationality", "country"),
            _named("university", Organization, Student, "university_id"),
            _col(Student, "degree", "enum:Degree"),
            _col(Student, "graduation_year", "year"),
            _col(Student, "jlpt", "enum:JLPT"),
            _col(Student, "owner"),
        ), "display_name"),
        ListSpec("opening", Opening, (
            _col(Opening, "title"),
            _named("organization", Organization, Opening, "organization_id"),
            _col(Opening, "kind", "enum:OpeningKind"),
            _col(Opening, "location"),
            _col(Opening, "headcount", "int"),
            _col(Opening, "apply_by", "date"),
            _col(Opening, "owner"),
        ), "apply_by", has_tags=False),
        ListSpec("match", Match, (
            Column("student", _name_of(Student, "display_name", _attr(Match, "student_id"))),
            Column("opening", _name_of(Opening, "title", _attr(Match, "opening_id"))),
            _col(Match, "score", "float"),
            _col(Match, "stage", "enum:MatchStage"),
            _col(Match, "owner"),
            _col(Match, "updated_at", "datetime"),
        ), "score", has_tags=False),
        ListSpec("task", Task, (
            _col(Task, "title"),
            _col(Task, "due_on", "date"),
            _col(Task, "done", "bool"),
            _col(Task, "assignee"),
            _col(Task, "record_type", "record_type"),
            Column("related", _linked_title, english=_linked_title_in("name_en"), japanese=_linked_title_in("name_ja")),
            # shown on request: at 1366 wide the linked record's name matters more than when the task changed
            _col(Task, "updated_at", "datetime", visible=False),
        ), "due_on", owner_column="assignee", has_tags=False, leading=lambda: (Task.done,)),
    )
}

def task_work_order() -> tuple[Any, ...]:
    """The order tasks are worked in wherever they show: open before done, then by due date (undated
    last), then by id so that equal dates keep one order."""
    return (Task.done, Task.due_on.is_(None), Task.due_on, Task.id)


# Filters by enum value, offered as saved filters ("status=negotiating").
ENUM_FILTERS: dict[str, tuple[str, type[enum.Enum]]] = {
    "lead": ("status", LeadStatus),
    "bid": ("stage", BidStage),
    "match": ("stage", MatchStage),
    "organization": ("kind", OrgKind),
}


def spec(record_type: str) -> ListSpec:
    return SPECS[record_type]


def columns(record_type: str) -> tuple[Column, ...]:
    return SPECS[record_type].columns


# --- network
def _network_specs() -> tuple[ListSpec, ...]:
    from sapporo_mice.models import CityNetwork, Exchange, PartnerCity, Visit

    def english_name() -> Any:
        return func.coalesce(func.nullif(PartnerCity.name_en, ""), PartnerCity.name)

    return (
        ListSpec("partner_city", PartnerCity, (
            # In English a city is Munich, sorted among the others by that name; its Japanese name comes next
            # (none where it has no other), where the Japanese list shows the English one.
            Column("name", _attr(PartnerCity, "name"), sort=_attr(PartnerCity, "sort_key"), english=english_name,
                   english_sort=english_name),
            _col(PartnerCity, "name_en", english=lambda: func.nullif(PartnerCity.name, english_name()),
                 english_sort=_attr(PartnerCity, "sort_key")),
            _col(PartnerCity, "country", "country"),
            _col(PartnerCity, "relationship", "enum:RelationshipKind"),
            _col(PartnerCity, "since_year", "year"),
            _named("counterpart", Organization, PartnerCity, "counterpart_org_id"),
            _col(PartnerCity, "owner"),
            _col(PartnerCity, "updated_at", "datetime", visible=False),
        ), "name"),
        ListSpec("city_network", CityNetwork, (
            Column("name", _attr(CityNetwork, "name"), sort=_attr(CityNetwork, "sort_key")),
            _col(CityNetwork, "acronym"),
            _col(CityNetwork, "kind", "enum:NetworkKind"),
            _col(CityNetwork, "sapporo_role", "enum:NetworkRole"),
            _col(CityNetwork, "sapporo_since_year", "year"),
            _col(CityNetwork, "sapporo_designation"),
            _col(CityNetwork, "owner"),
        ), "name"),
        ListSpec("exchange", Exchange, (
            _col(Exchange, "title"),
            _col(Exchange, "kind", "enum:ExchangeKind"),
            _city_of(Exchange),
            _col(Exchange, "starts_on", "date"),
            _col(Exchange, "ends_on", "date"),
            _col(Exchange, "sapporo_participants", "int"),
            _col(Exchange, "partner_participants", "int"),
            _col(Exchange, "owner"),
        ), "starts_on"),
        ListSpec("visit", Visit, (
            _col(Visit, "title"),
            _col(Visit, "status", "enum:VisitStatus"),
            _city_of(Visit),
            _col(Visit, "country", "country"),
            _col(Visit, "arrives_on", "date"),
            _col(Visit, "departs_on", "date"),
            _col(Visit, "owner"),
        ), "arrives_on"),
    )


SPECS.update({spec.record_type: spec for spec in _network_specs()})
