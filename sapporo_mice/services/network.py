"""The network abroad's record types: partner cities, networks and memberships, exchanges, visits and a
visit's people, programme and gifts. What spans them (anniversaries, counts, a city's links, a visit's
brief) is :mod:`sapporo_mice.network`, reached as ``crm.network``."""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from sapporo_mice import countries, fiscal, formats, messages
from sapporo_mice.errors import FieldProblem
from sapporo_mice.identity import live
from sapporo_mice.models import (
    CityNetwork,
    Contact,
    Exchange,
    ExchangeKind,
    Gift,
    GiftDirection,
    NetworkKind,
    NetworkMembership,
    NetworkRole,
    Organization,
    Participant,
    ParticipantSide,
    PartnerCity,
    ProgrammeItem,
    RelationshipKind,
    Visit,
    VisitStatus,
)
from sapporo_mice.services import fields as f
from sapporo_mice.services.base import (RecordService, Related, SearchDoc, check_date_order, linked_name,
                                        row_to_dict)
from sapporo_mice.text import sort_key
from sapporo_mice.validation import FieldInvalid, clean_datetime

if TYPE_CHECKING:
    from sapporo_mice.store import Unit

messages.register({
    "network.language_unknown": {
        "en": "{field}: “{item}” is not a language (write a name such as German or 英語, or a code such as de).",
        "ja": "{field}: 「{item}」は言語として認識できません（「英語」「German」などの名称か、de などのコードで入力してください）。",
    },
    "network.since_mismatch": {
        "en": "{field}: {value} is not in the year given ({year}).",
        "ja": "{field}: {value} は入力された年（{year}年）と合いません。",
    },
    "network.city_duplicate": {
        "en": "{field}: “{value}” in this country is already recorded as a partner city.",
        "ja": "{field}: この国の「{value}」はすでに姉妹・友好都市等として登録されています。",
    },
    "network.membership_duplicate": {
        "en": "{field}: this city is already recorded as a member of this network.",
        "ja": "{field}: この都市はすでにこのネットワークの加盟都市として登録されています。",
    },
    "network.participant_parent": {
        "en": "{field}: a person belongs either to a visit or to an exchange (exactly one of the two).",
        "ja": "{field}: 参加者は来訪か交流事業のどちらか一方に登録してください。",
    },
    "network.participant_name": {
        "en": "{field}: give the person's name or pick a contact.",
        "ja": "{field}: 氏名を入力するか、連絡先から選んでください。",
    },
    "network.programme_outside_visit": {
        "en": "{field}: {value} is outside the visit's dates ({start} – {end}); it was saved as entered.",
        "ja": "{field}: {value} は来訪期間（{start}〜{end}）の外です。入力どおり保存しました。",
    },
})

# Sapporo's time: a visit's programme happens in Sapporo, whatever the clock of the computer that shows it.
SAPPORO_TZ = fiscal.JST
SAPPORO_ZONE = "Asia/Tokyo"


# ----------------------------------------------------------------------------------------- languages
def clean_languages(value: Any) -> str:
    """Languages as ISO 639-1 codes, stored ``"de,en"``. Codes and CLDR names in Japanese or English are
    accepted (``German``, ``ドイツ語``, ``de``), in a list or separated by commas, 、, / or spaces."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return ""
    items = value if isinstance(value, (list, tuple)) else re.split(r"[,、，/／;；\s]+", str(value))
    codes: list[str] = []
    for item in (str(i).strip() for i in items):
        if not item:
            continue
        code = _language_code(item)
        if code is None:
            raise FieldInvalid("network.language_unknown", item=item)
        if code not in codes:
            codes.append(code)
    return ",".join(codes)


def _language_code(text: str) -> str | None:
    key = unicodedata.normalize("NFKC", text).casefold()
    return _language_lookup().get(key)


@functools.cache
def _language_lookup() -> dict[str, str]:
    lookup: dict[str, str] = {}
    for lang in ("en", "ja"):
        for code, name in formats.language_names(lang).items():
            lookup.setdefault(unicodedata.normalize("NFKC", name).casefold(), code)
            lookup[code] = code
    return lookup


def language_list(codes: str | list[str] | None, lang: str) -> str:
    """``"de,en"`` → ``ドイツ語、英語`` / ``German, English``."""
    return formats.languages(codes, lang)


def languages_field() -> f.Field:
    return f.Field(clean_languages)


def _since(cleaned: dict[str, Any], year_key: str, date_key: str, problems: list[FieldProblem]) -> None:
    year, day = cleaned.get(year_key), cleaned.get(date_key)
    if year is not None and day is not None and day.year != year:
        problems.append(FieldProblem(date_key, "network.since_mismatch", day.isoformat(), {"year": year}))


def _name(related: Related, model: type, record_id: str | None, column: str = "name") -> str | None:
    row = related.fetch(model, record_id)
    return getattr(row, column) if row is not None else None


def _named(data: dict[str, Any], key: str, related: Related, model: type, record_id: str | None) -> None:
    """``data[key]``, the linked record's name, and ``data[key + "_en"]``, its English name (None if it has none),
    and for a company ``data[key + "_ja"]``, its Japanese name: each language's screens name it by its own
    (``formats.name``)."""
    row = related.fetch(model, record_id)
    data[key] = row.name if row is not None else None
    data[f"{key}_en"] = row.name_en if row is not None else None
    if model is Organization:
        data[f"{key}_ja"] = row.name_ja if row is not None else None


# ----------------------------------------------------------------------------------------- cities and networks
class PartnerCityService(RecordService):
    record_type = "partner_city"
    model = PartnerCity
    name_columns = ("name", "name_en", "name_local")
    read_by_others = frozenset({"name"})  # by its exchanges' and visits' search rows
    default_order = "sort_key"
    fields = {
        "name": f.text(200, required=True),
        "name_en": f.text(200),
        "name_local": f.text(200),
        "name_kana": f.text(200),
        "region": f.text(200),
        "country": f.country(required=True),
        "relationship": f.choice(RelationshipKind, required=True),
        "since_year": f.integer(1000, 2200),
        "since_on": f.date(),
        "counterpart_org_id": f.ref("organization"),
        "languages": languages_field(),
        "timezone": f.timezone(),
        "website": f.text(500),
        "owner": f.text(120),
        "tags": f.tags(),
        "notes": f.text(20000),
    }

    def validate_record(self, unit: Unit, cleaned: dict[str, Any], problems: list[FieldProblem]) -> None:
        _since(cleaned, "since_year", "since_on", problems)
        name, country = cleaned.get("name"), cleaned.get("country")
        if name and country and not any(p.field in ("name", "country") for p in problems):
            stmt = select(PartnerCity.id).where(
                func.lower(PartnerCity.name) == name.lower(), PartnerCity.country == country,
                PartnerCity.id != (cleaned.get("id") or ""), *live(PartnerCity)).limit(1)
            if unit.session.scalar(stmt):
                problems.append(FieldProblem("name", "network.city_duplicate", name))

    def derive(self, row: PartnerCity, cleaned: dict[str, Any], related: Related) -> list[FieldProblem]:
        row.sort_key = sort_key(row.name_kana, row.name_en, row.name)
        if row.since_on is not None and row.since_year is None:
            row.since_year = row.since_on.year
        row.languages = row.languages or ""
        return []

    def to_dict(self, related: Related, row: PartnerCity) -> dict[str, Any]:
        data = row_to_dict(row)
        _named(data, "counterpart_name", related, Organization, row.counterpart_org_id)
        return data

    def search_doc(self, row: PartnerCity, related: Related) -> SearchDoc:
        return SearchDoc(row.name, self.shown_subtitle(row, related, "ja"), [row.name_local, row.name_kana, row.region, row.country,
                                              countries.name(row.country, "en"), row.tags])

    def shown_title(self, row: PartnerCity, lang: str) -> str | None:
        return formats.name(row.name, row.name_en, lang)

    def shown_subtitle(self, row: PartnerCity, related: Related, lang: str) -> str | None:
        # Beside its English name (an English title), the name staff write; beside that, the English one.
        other = row.name if self.shown_title(row, lang) != row.name else row.name_en
        return " · ".join(x for x in (other, countries.name(row.country, lang)) if x)


class CityNetworkService(RecordService):
    record_type = "city_network"
    model = CityNetwork
    name_columns = ("name", "name_en", "acronym")
    default_order = "sort_key"
    fields = {
        "name": f.text(300, required=True),
        "name_en": f.text(300),
        "acronym": f.text(40),
        "kind": f.choice(NetworkKind, required=True),
        "organization_id": f.ref("organization"),
        "secretariat": f.text(300),
        "website": f.text(500),
        "sapporo_role": f.choice(NetworkRole),
        "sapporo_founding": f.flag(),
        "sapporo_since_year": f.integer(1000, 2200),
        "sapporo_since_on": f.date(),
        "sapporo_designation": f.text(200),
        "owner": f.text(120),
        "tags": f.tags(),
        "notes": f.text(20000),
    }

    def validate_record(self, unit: Unit, cleaned: dict[str, Any], problems: list[FieldProblem]) -> None:
        _since(cleaned, "sapporo_since_year", "sapporo_since_on", problems)

    def derive(self, row: CityNetwork, cleaned: dict[str, Any], related: Related) -> list[FieldProblem]:
        row.sort_key = sort_key(row.name)
        if row.sapporo_since_on is not None and row.sapporo_since_year is None:
            row.sapporo_since_year = row.sapporo_since_on.year
        return []

    def to_dict(self, related: Related, row: CityNetwork) -> dict[str, Any]:
        data = row_to_dict(row)
        _named(data, "organization_name", related, Organization, row.organization_id)
        return data

    def shown_title(self, row: CityNetwork, lang: str) -> str | None:
        return formats.name(row.name, row.name_en, lang)

    def search_doc(self, row: CityNetwork, related: Related) -> SearchDoc:
        return SearchDoc(row.name, row.acronym or row.name_en,
                         [row.name_en, row.acronym, row.secretariat, row.sapporo_designation, row.tags])


class NetworkMembershipService(RecordService):
    record_type = "network_membership"
    model = NetworkMembership
    name_columns = ("designation",)
    default_order = "since_year"
    fields = {
        "network_id": f.ref("city_network", required=True),
        "partner_city_id": f.ref("partner_city", required=True),
        "role": f.choice(NetworkRole),
        "founding": f.flag(),
        "since_year": f.integer(1000, 2200),
        "designation": f.text(200),
        "notes": f.text(20000),
    }

    def validate_record(self, unit: Unit, cleaned: dict[str, Any], problems: list[FieldProblem]) -> None:
        network_id, city_id = cleaned.get("network_id"), cleaned.get("partner_city_id")
        if network_id and city_id and not any(p.field in ("network_id", "partner_city_id") for p in problems):
            stmt = select(NetworkMembership.id).where(
                NetworkMembership.network_id == network_id, NetworkMembership.partner_city_id == city_id,
                NetworkMembership.id != (cleaned.get("id") or ""), *live(NetworkMembership)).limit(1)
            if unit.session.scalar(stmt):
                problems.append(FieldProblem("partner_city_id", "network.membership_duplicate", city_id))

    def derive(self, row: NetworkMembership, cleaned: dict[str, Any], related: Related) -> list[FieldProblem]:
        row.role = row.role or NetworkRole.MEMBER
        return []

    def to_dict(self, related: Related, row: NetworkMembership) -> dict[str, Any]:
        data = row_to_dict(row)
        city = related.fetch(PartnerCity, row.partner_city_id)
        _named(data, "network_name", related, CityNetwork, row.network_id)
        _named(data, "city_name", related, PartnerCity, row.partner_city_id)
        data["city_country"] = city.country if city else None
        return data


# ----------------------------------------------------------------------------------------- exchanges and visits
class ExchangeService(RecordService):
    record_type = "exchange"
    model = Exchange
    name_columns = ("title",)
    shown_references = (("partner_city_id", PartnerCity),)
    default_order = "starts_on"
    fields = {
        "title": f.text(300, required=True),
        "kind": f.choice(ExchangeKind, required=True),
        "partner_city_id": f.ref("partner_city"),
        "network_id": f.ref("city_network"),
        "partner_org_id": f.ref("organization"),
        "starts_on": f.date(required=True),
        "ends_on": f.date(),
        "sapporo_participants": f.integer(0),
        "partner_participants": f.integer(0),
        "description": f.text(20000),
        "outcome": f.text(20000),
        "owner": f.text(120),
        "pillars": f.pillars(),
        "tags": f.tags(),
        "notes": f.text(20000),
    }

    def validate_record(self, unit: Unit, cleaned: dict[str, Any], problems: list[FieldProblem]) -> None:
        check_date_order(cleaned, "starts_on", "ends_on", problems)

    def to_dict(self, related: Related, row: Exchange) -> dict[str, Any]:
        data = row_to_dict(row)
        _named(data, "partner_city_name", related, PartnerCity, row.partner_city_id)
        _named(data, "network_name", related, CityNetwork, row.network_id)
        _named(data, "partner_org_name", related, Organization, row.partner_org_id)
        return data

    def search_doc(self, row: Exchange, related: Related) -> SearchDoc:
        city = _name(related, PartnerCity, row.partner_city_id)
        return SearchDoc(row.title, " ".join(x for x in (city, row.starts_on.isoformat()) if x),
                         [_name(related, Organization, row.partner_org_id), row.description, row.outcome, row.tags])

    def shown_subtitle(self, row: Exchange, related: Related, lang: str) -> str | None:
        city = linked_name(related, PartnerCity, row.partner_city_id, lang)
        return " · ".join(x for x in (city, formats.date(row.starts_on, lang)) if x)


class VisitService(RecordService):
    record_type = "visit"
    model = Visit
    name_columns = ("title",)
    read_by_others = frozenset({"title"})  # by its gifts' search rows
    shown_references = (("partner_city_id", PartnerCity),)
    default_order = "arrives_on"
    fields = {
        "title": f.text(300, required=True),
        "partner_city_id": f.ref("partner_city"),
        "from_city": f.text(200),
        "country": f.country(),
        "organization_id": f.ref("organization"),
        "exchange_id": f.ref("exchange"),
        "arrives_on": f.date(required=True),
        "departs_on": f.date(),
        "status": f.choice(VisitStatus),
        "purpose": f.text(20000),
        "protocol_notes": f.text(20000),
        "owner": f.text(120),
        "pillars": f.pillars(),
        "tags": f.tags(),
        "notes": f.text(20000),
    }

    def validate_record(self, unit: Unit, cleaned: dict[str, Any], problems: list[FieldProblem]) -> None:
        check_date_order(cleaned, "arrives_on", "departs_on", problems)

    def derive(self, row: Visit, cleaned: dict[str, Any], related: Related) -> list[FieldProblem]:
        row.status = row.status or VisitStatus.PLANNED
        if row.country is None and row.partner_city_id:  # a partner city's visitors come from its country
            city = related.fetch(PartnerCity, row.partner_city_id)
            row.country = city.country if city is not None else None
        return []

    def to_dict(self, related: Related, row: Visit) -> dict[str, Any]:
        data = row_to_dict(row)
        _named(data, "partner_city_name", related, PartnerCity, row.partner_city_id)
        _named(data, "organization_name", related, Organization, row.organization_id)
        data["exchange_title"] = _name(related, Exchange, row.exchange_id, "title")
        return data

    def search_doc(self, row: Visit, related: Related) -> SearchDoc:
        city = _name(related, PartnerCity, row.partner_city_id) or row.from_city
        return SearchDoc(row.title, " ".join(x for x in (city, row.arrives_on.isoformat()) if x),
                         [_name(related, Organization, row.organization_id), row.purpose, row.tags])

    def shown_subtitle(self, row: Visit, related: Related, lang: str) -> str | None:
        city = linked_name(related, PartnerCity, row.partner_city_id, lang) or row.from_city
        return " · ".join(x for x in (city, formats.date(row.arrives_on, lang)) if x)


# ----------------------------------------------------------------------------------------- a visit's details
class ParticipantService(RecordService):
    record_type = "participant"
    model = Participant
    name_columns = ("name",)
    default_order = "side"  # guests, then the city's hosts, then interpreters (the values sort so)
    fields = {
        "visit_id": f.ref("visit"),
        "exchange_id": f.ref("exchange"),
        "contact_id": f.ref("contact"),
        "name": f.text(300),
        "side": f.choice(ParticipantSide),
        "role": f.text(200),
        "notes": f.text(20000),
    }

    def validate_record(self, unit: Unit, cleaned: dict[str, Any], problems: list[FieldProblem]) -> None:
        if bool(cleaned.get("visit_id")) == bool(cleaned.get("exchange_id")):
            problems.append(FieldProblem("visit_id", "network.participant_parent", None))
        if not cleaned.get("name") and not cleaned.get("contact_id"):
            problems.append(FieldProblem("name", "network.participant_name", None))

    def derive(self, row: Participant, cleaned: dict[str, Any], related: Related) -> list[FieldProblem]:
        row.side = row.side or ParticipantSide.GUEST
        if not row.name and row.contact_id:  # the name as it was at the time, kept if the contact changes later
            contact = related.fetch(Contact, row.contact_id)
            row.name = contact.display_name if contact is not None else ""
        return []

    def to_dict(self, related: Related, row: Participant) -> dict[str, Any]:
        data = row_to_dict(row)
        contact = related.fetch(Contact, row.contact_id)
        data["contact_title"] = contact.title if contact else None
        _named(data, "organization_name", related, Organization, contact.organization_id if contact else None)
        data["visit_title"] = _name(related, Visit, row.visit_id, "title")
        data["exchange_title"] = _name(related, Exchange, row.exchange_id, "title")
        return data


class ProgrammeItemService(RecordService):
    record_type = "programme_item"
    model = ProgrammeItem
    name_columns = ("activity",)
    default_order = "starts_at"
    fields = {
        "visit_id": f.ref("visit", required=True),
        # A time typed without a zone is Sapporo's: the programme happens there.
        "starts_at": f.Field(lambda x: clean_datetime(x, tz=SAPPORO_ZONE), required=True),
        "ends_at": f.Field(lambda x: clean_datetime(x, tz=SAPPORO_ZONE)),
        "activity": f.text(300, required=True),
        "place": f.text(300),
        "attendees": f.text(500),
        "notes": f.text(20000),
    }

    def validate_record(self, unit: Unit, cleaned: dict[str, Any], problems: list[FieldProblem]) -> None:
        check_date_order(cleaned, "starts_at", "ends_at", problems)

    def derive(self, row: ProgrammeItem, cleaned: dict[str, Any], related: Related) -> list[FieldProblem]:
        """A programme line outside the visit's days is kept (the dates may be about to change) but flagged."""
        visit = related.fetch(Visit, row.visit_id)
        if visit is None or row.starts_at is None:
            return []
        day = row.starts_at.astimezone(SAPPORO_TZ).date()
        last = visit.departs_on or visit.arrives_on
        if visit.arrives_on <= day <= last:
            return []
        return [FieldProblem("starts_at", "network.programme_outside_visit", day.isoformat(),
                             {"start": visit.arrives_on.isoformat(), "end": last.isoformat()})]


class GiftService(RecordService):
    record_type = "gift"
    model = Gift
    name_columns = ("item",)
    default_order = "created_at"
    fields = {
        "visit_id": f.ref("visit", required=True),
        "direction": f.choice(GiftDirection, required=True),
        "item": f.text(300, required=True),
        "giver": f.text(200),
        "recipient": f.text(200),
        "value_jpy": f.money(),
        "notes": f.text(20000),
    }

    def to_dict(self, related: Related, row: Gift) -> dict[str, Any]:
        data = row_to_dict(row)
        data["visit_title"] = _name(related, Visit, row.visit_id, "title")
        return data

    def search_doc(self, row: Gift, related: Related) -> SearchDoc:
        return SearchDoc(row.item, _name(related, Visit, row.visit_id, "title"), [row.giver, row.recipient, row.notes])


SERVICES = (PartnerCityService, CityNetworkService, NetworkMembershipService, ExchangeService, VisitService,
            ParticipantService, ProgrammeItemService, GiftService)


def participants_of(session: Any, *, visit_id: str | None = None, exchange_id: str | None = None) -> list[Participant]:
    """The live people of one visit or exchange: guests first, then hosts, then interpreters, as entered."""
    column = Participant.visit_id if visit_id else Participant.exchange_id
    order = {ParticipantSide.GUEST: 0, ParticipantSide.HOST: 1, ParticipantSide.INTERPRETER: 2}
    rows = session.scalars(select(Participant).where(column == (visit_id or exchange_id), *live(Participant))
                           .order_by(Participant.created_at, Participant.id))
    return sorted(rows, key=lambda p: order.get(p.side, 3))
