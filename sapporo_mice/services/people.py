"""Contacts (people) with their emails and phones.

A contact's ``emails`` and ``phones`` inputs are lists; on update a given list replaces the old
one (removed entries get tombstones). Phones go through the region chain: the phone's own region,
the contact's country, then the caller's default (a fair's country), then JP.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, case, func, select

from sapporo_mice.changes import Changes
from sapporo_mice.errors import FieldProblem, ValidationError
from sapporo_mice.identity import live
from sapporo_mice.ids import uuid7
from sapporo_mice.inserts import among
from sapporo_mice.enums import FAMILY_FIRST_COUNTRIES
from sapporo_mice.models import (
    Contact,
    ContactEmail,
    ContactPhone,
    EmailKind,
    NameOrder,
    Organization,
    PhoneKind,
    SyncMixin,
    utcnow,
)
from sapporo_mice.services import fields as f
from sapporo_mice.services.base import (RecordService, Related, Saved, SearchDoc, linked_name, phone_words,
                                        row_to_dict)
from sapporo_mice.text import compact, has_cjk, sort_key
from sapporo_mice.validation import (FieldInvalid, clean_email, clean_enum, display_phone, normalize_email,
                                     parse_phone)
from sapporo_mice.validation.phones import invalid_phone

if TYPE_CHECKING:
    from sapporo_mice.store import Unit



def compose_display_name(family: str | None, given: str | None, order: NameOrder, latin: str | None) -> str:
    if not family and not given:
        return latin or ""
    if order == NameOrder.FAMILY_FIRST:
        cjk = has_cjk((family or "") + (given or ""))
        return (family or "") + ("" if cjk else " ") + (given or "") if family and given else (family or given or "")
    return " ".join(x for x in (given, family) if x)


class ContactService(RecordService):
    record_type = "contact"
    model = Contact
    name_columns = ("display_name", "latin_name")
    read_by_others = frozenset({"display_name", "latin_name"})  # by their leads' search rows
    default_order = "sort_key"
    derived_when_blank = frozenset({"name_order"})  # family first for a name in Japanese script, else given first
    reads_children = ((ContactEmail, "contact_id"), (ContactPhone, "contact_id"))
    reads_references = (("organization_id", Organization),)
    shown_references = (("organization_id", Organization),)
    fields = {
        "family_name": f.text(200),
        "given_name": f.text(200),
        "family_name_kana": f.text(200),
        "given_name_kana": f.text(200),
        "latin_name": f.text(300),
        "name_order": f.choice(NameOrder),
        "display_name": f.text(400),
        "title": f.text(200),
        "department": f.text(200),
        "organization_id": f.ref("organization"),
        "country": f.country(),
        "languages": f.text(200),
        "owner": f.text(120),
        "tags": f.tags(),
        "notes": f.text(20000),
    }

    def extra_inputs(self):
        return ("id", "emails", "phones", "default_region")

    def validate(self, unit: Unit, values: dict[str, Any], *, partial: bool = False,
                 current: dict[str, Any] | None = None) -> dict[str, Any]:
        problems: list[FieldProblem] = []
        try:
            cleaned = super().validate(unit, values, partial=partial, current=current)
        except ValidationError as exc:
            problems.extend(exc.problems)
            cleaned = {}
        problems.extend(self._email_problems(values.get("emails")))
        problems.extend(self._phone_problems(values.get("phones")))
        if not _has_a_name(values, current or {}):
            problems.append(FieldProblem("family_name", "field.required", values.get("family_name")))
        if problems:
            raise ValidationError(problems, self.record_type)
        return cleaned

    def _email_problems(self, emails: Any) -> list[FieldProblem]:
        problems = []
        for index, item in enumerate(emails or []):
            address = item.get("email") if isinstance(item, dict) else item
            try:
                clean_email(address)
            except FieldInvalid as exc:
                problems.append(FieldProblem(f"emails[{index}]", exc.code, address, exc.params))
        return problems

    def _phone_problems(self, phones: Any) -> list[FieldProblem]:
        """Only what cannot be stored blocks the save; an unparseable number is a warning (after_write)."""
        problems = []
        for index, item in enumerate(phones or []):
            raw = _phone_raw(item)
            if len(raw) > PHONE_RAW_MAX:
                problems.append(FieldProblem(f"phones[{index}]", "field.too_long", raw, {"max": PHONE_RAW_MAX}))
        return problems

    def derive(self, row: Contact, cleaned: dict[str, Any], related: Related) -> list[FieldProblem]:
        if row.name_order is None:
            row.name_order = (
                NameOrder.FAMILY_FIRST if (row.country in FAMILY_FIRST_COUNTRIES or has_cjk(row.family_name))
                else NameOrder.GIVEN_FIRST
            )
        # Compose the display name on create, when it is blanked, or when a name part changes without one;
        # a display name typed by the user survives unrelated edits.
        name_parts_changed = any(k in cleaned for k in ("family_name", "given_name", "latin_name", "name_order"))
        if not cleaned.get("display_name") and ("display_name" in cleaned or name_parts_changed or not row.display_name):
            composed = compose_display_name(row.family_name, row.given_name, row.name_order, row.latin_name)
            row.display_name = composed or row.display_name
        reading = (row.family_name_kana or "") + (row.given_name_kana or "")
        row.sort_key = sort_key(reading, row.latin_name, row.display_name)
        row.reading_key = compact(reading) or compact(row.latin_name)
        return []

    def after_write(self, unit: Unit, row: Contact, values: dict[str, Any], warnings: list[FieldProblem],
                    changes: Changes) -> None:
        if "emails" in values:
            self._replace_emails(unit, row, values["emails"] or [], changes)
        if "phones" in values:
            regions = (row.country, values.get("default_region"))
            self._replace_phones(unit, row, values["phones"] or [], regions, warnings, changes)

    def _replace_emails(self, unit: Unit, row: Contact, items: list[Any], changes: Changes) -> None:
        wanted = wanted_emails(items)
        existing = unit.children(ContactEmail, "contact_id", row.id)
        keep = {normalize_email(a) for a, _ in wanted}
        for child in existing:
            if child.normalized not in keep:
                self._tombstone(unit, child, changes)
        have = {c.normalized for c in existing}
        for index, (address, kind) in enumerate(wanted):
            if normalize_email(address) in have:
                continue
            self._add_child(unit, ContactEmail(**email_values(row.id, index, address, kind)), changes)
        first = normalize_email(wanted[0][0]) if wanted else None
        self.mark_primary(unit, [c for c in existing if c.normalized in keep], lambda c: c.normalized == first,
                          changes)

    def _replace_phones(self, unit: Unit, row: Contact, items: list[Any], regions: tuple,
                        warnings: list[FieldProblem], changes: Changes) -> None:
        existing = unit.children(ContactPhone, "contact_id", row.id)
        wanted = wanted_phones(items, regions, warnings)
        keys = {(p.e164 or p.raw) for p, _ in wanted}
        for child in existing:
            if (child.e164 or child.raw) not in keys:
                self._tombstone(unit, child, changes)
        have = {(c.e164 or c.raw) for c in existing}
        for index, (phone, kind) in enumerate(wanted):
            if (phone.e164 or phone.raw) in have:
                continue
            self._add_child(unit, ContactPhone(**phone_values(row.id, index, phone, kind)), changes)
        first = (wanted[0][0].e164 or wanted[0][0].raw) if wanted else None
        self.mark_primary(unit, [c for c in existing if (c.e164 or c.raw) in keys],
                          lambda c: (c.e164 or c.raw) == first, changes)

    def mark_primary(self, unit: Unit, kept: list[Any], is_first: Callable[[Any], bool], changes: Changes) -> None:
        """The first email (phone) given is the primary one, and the only one: of ``kept`` (live children), the one
        ``is_first`` picks gains the mark and any other loses it (new children are added with it already right),
        each change logged, so every replica lists the same one first. Should it pick several (one number held
        twice, two laptops having added it), the one listed first keeps the mark. The database check's repair
        uses it too."""
        picked = sorted((c for c in kept if is_first(c)), key=listed_order)
        for child in kept:
            primary = bool(picked) and child is picked[0]
            if bool(child.is_primary) != primary:
                child.is_primary = primary
                child.version += 1
                child.updated_at, child.updated_by = utcnow(), unit.actor
                unit.log.updated(child.__tablename__, child.id, "is_primary", not primary, primary)
                changes.add(self.record_type, child.contact_id)

    def settle_primaries(self, unit: Unit, contact_ids: Iterable[str] | None = None) -> None:
        """Give every list of emails and of phones (of ``contact_ids``; None: of every live contact) with no
        primary entry, or several, exactly one: the one listed first (the oldest of those marked, or the oldest
        of all), through :meth:`mark_primary`, each change logged. Two laptops that each put a different new
        address first leave two marks after a sync; the database check finds lists an older version left
        without one."""
        wanted = None if contact_ids is None else sorted(set(contact_ids))
        if wanted == []:
            return
        dialect = unit.session.get_bind().dialect.name
        for model in LISTED_CHILDREN:
            query = not_one_primary(model)
            chunks = [query] if wanted is None else [query.where(w) for w in among(model.contact_id, wanted, dialect)]
            for chunk in chunks:
                for contact_id in list(unit.session.scalars(chunk)):
                    self.mark_primary(unit, unit.children(model, "contact_id", contact_id), lambda _e: True, Changes())
        unit.session.flush()

    def add_details_in(self, unit: Unit, contact_id: str, *, email: str | None = None,
                       phone: str | None = None, default_region: str | None = None) -> Saved:
        """Give an existing contact an email and a phone typed for them elsewhere (a quick lead, a booth
        capture after the duplicate warning), keeping every one it has; one it has already changes nothing."""
        current = self.to_dict(unit, self._load_live(unit.session, contact_id, None))
        values: dict[str, Any] = {}
        if email:
            values["emails"] = [*current["emails"], email]
        if phone:
            values["phones"] = [*({"raw": p["raw"], "region": p["region"], "kind": p["kind"]}
                                  for p in current["phones"]), phone]
            values["default_region"] = default_region
        saved = self.update_in(unit, contact_id, values)
        # The numbers it had are parsed again: only a warning about the new one is news.
        new_phone = f"phones[{len(current['phones'])}]"
        return Saved(saved.record, saved.changes, [w for w in saved.warnings if w.field == new_phone])

    def _add_child(self, unit: Unit, child: Any, changes: Changes) -> None:
        now = utcnow()
        child.id, child.created_at, child.updated_at, child.version = uuid7(), now, now, 1
        child.created_by = child.updated_by = unit.actor
        unit.session.add(child)
        unit.log.inserted(child.__tablename__, child.id, {k: v for k, v in row_to_dict(child).items()
                                                          if k not in SyncMixin.SYSTEM_FIELDS})
        changes.add(self.record_type, child.contact_id)

    def _tombstone(self, unit: Unit, child: Any, changes: Changes) -> None:
        child.deleted_at = utcnow()
        child.version += 1
        unit.log.deleted(child.__tablename__, child.id)
        changes.add(self.record_type, child.contact_id)

    def to_dict(self, related: Related, row: Contact) -> dict[str, Any]:
        data = row_to_dict(row)
        data["emails"] = [
            {"email": e.email, "kind": e.kind.value, "normalized": e.normalized}
            for e in sorted(related.children(ContactEmail, "contact_id", row.id),
                            key=listed_order)
        ]
        data["phones"] = [
            {"raw": p.raw, "e164": p.e164, "region": p.region, "extension": p.extension, "kind": p.kind.value,
             "valid": p.valid, "display": display_phone(p.e164, p.raw, p.extension)}
            for p in sorted(related.children(ContactPhone, "contact_id", row.id),
                            key=listed_order)
        ]
        org = related.fetch(Organization, row.organization_id)
        data["organization_name"] = org.name if org else None
        data["organization_name_en"] = org.name_en if org else None
        data["organization_name_ja"] = org.name_ja if org else None
        return data

    def search_doc(self, row: Contact, related: Related) -> SearchDoc:
        org = related.fetch(Organization, row.organization_id)
        # In the order of their ids, which every replica shares (rows stored in another order on each, as two
        # laptops' additions arrive, read back in that order): the same search row everywhere.
        emails = [e.email for e in sorted(related.children(ContactEmail, "contact_id", row.id), key=_by_id)]
        phones = phone_words((p.e164, p.raw)
                             for p in sorted(related.children(ContactPhone, "contact_id", row.id), key=_by_id))
        subtitle = " · ".join(x for x in (row.title, org.name if org else None) if x)
        return SearchDoc(row.display_name, subtitle, [row.family_name_kana, row.given_name_kana, row.latin_name,
                                                      row.department, *emails, row.tags], phones)

    def shown_subtitle(self, row: Contact, related: Related, lang: str) -> str | None:
        # Their title, and their company as the reader knows it (an English name in English); in English first the
        # Latin form of a name written otherwise (青木明日香: Asuka Aoki), as the lists' Reading column gives it.
        latin = row.latin_name if lang == "en" and row.latin_name != row.display_name else None
        company = linked_name(related, Organization, row.organization_id, lang)
        return " · ".join(x for x in (latin, row.title, company) if x)


PHONE_RAW_MAX = 80  # the width of contact_phones.raw


# A contact's lists whose entries carry the primary mark (exactly one live entry of each is the primary one),
# with the pseudo-field each is listed under.
LISTED_CHILDREN = {ContactEmail: "emails", ContactPhone: "phones"}


def not_one_primary(model: type) -> Select:
    """The live contacts whose live ``model`` entries (emails, phones) have no primary one, or several."""
    marked = func.sum(case((model.is_primary.is_(True), 1), else_=0))
    return (select(model.contact_id).join(Contact, Contact.id == model.contact_id)
            .where(model.deleted_at.is_(None), *live(Contact)).group_by(model.contact_id).having(marked != 1)
            .order_by(model.contact_id))


_by_id = operator.attrgetter("id")


def listed_order(child: Any) -> tuple:
    """The order a contact's emails and phones are listed in (the record, exports, the check's repair): the
    primary one first, then as they were added."""
    return not child.is_primary, child.created_at, child.id


def wanted_emails(items: list[Any]) -> list[tuple[str, EmailKind]]:
    """The cleaned addresses and kinds of an ``emails`` input (service writes and bulk loads alike)."""
    wanted = []
    for item in items:
        data = item if isinstance(item, dict) else {"email": item}
        address = clean_email(data.get("email"))
        if address:
            wanted.append((address, _kind(data.get("kind"), EmailKind) or EmailKind.WORK))
    return wanted


def wanted_phones(items: list[Any], regions: tuple, warnings: list[FieldProblem],
                  parse=parse_phone) -> list[tuple[Any, PhoneKind]]:
    """The parsed numbers and kinds of a ``phones`` input; an unparseable one is kept and warned about.
    ``parse`` is ``parse_phone`` or a bulk load's memo of it (the same results, parsed once)."""
    wanted = []
    for index, item in enumerate(items):
        data = item if isinstance(item, dict) else {"raw": item}
        raw = _phone_raw(item)
        if not raw:
            continue
        phone = parse(raw, data.get("region"), *regions)
        if not phone.valid:
            code, params = invalid_phone(phone)
            warnings.append(FieldProblem(f"phones[{index}]", code, raw, params))
        wanted.append((phone, _kind(data.get("kind"), PhoneKind) or PhoneKind.WORK))
    return wanted


def _kind(value: Any, kinds: type) -> Any:
    """``clean_enum`` of a child's kind; the same few words come with every imported row, so each is
    looked up once (an enum's members are slow to walk)."""
    return _kind_of_text(value, kinds) if isinstance(value, str) else clean_enum(value, kinds)


@functools.lru_cache(maxsize=256)
def _kind_of_text(value: str, kinds: type) -> Any:
    return clean_enum(value, kinds)


def email_values(contact_id: str, index: int, address: str, kind: EmailKind) -> dict[str, Any]:
    return {"contact_id": contact_id, "email": address, "normalized": normalize_email(address), "kind": kind,
            "is_primary": index == 0}


def phone_values(contact_id: str, index: int, phone: Any, kind: PhoneKind) -> dict[str, Any]:
    return {"contact_id": contact_id, "raw": phone.raw, "region": phone.region, "e164": phone.e164,
            "extension": phone.extension, "kind": kind, "valid": phone.valid, "is_primary": index == 0}


def _phone_raw(item: Any) -> str:
    """The typed text of a phone input (a string, a number from a spreadsheet, or a dict with ``raw``)."""
    raw = item.get("raw") if isinstance(item, dict) else item
    return "" if raw is None else str(raw).replace("\x00", "").strip()


def _present(value: Any) -> bool:
    return value is not None and bool(str(value).strip())


def _has_a_name(values: dict[str, Any], current: dict[str, Any]) -> bool:
    """Whether the contact keeps a name: a name part, or a display name the user typed (not one composed)."""
    named = {**current, **values}
    if any(_present(named.get(k)) for k in ("family_name", "given_name", "latin_name")):
        return True
    if "display_name" in values:
        return _present(values["display_name"])
    composed = compose_display_name(current.get("family_name"), current.get("given_name"),
                                    current.get("name_order"), current.get("latin_name"))
    return _present(current.get("display_name")) and current.get("display_name") != composed
