"""Re-imports: a row that is a person already in the CRM, by exact email or E.164 number.

The match policy of an import (``--on-match``): ``update`` (the default) fills the person's empty fields
and adds the emails and phones they lack, and reports every field whose value differs (the CRM's is kept:
never overwritten silently); ``skip`` leaves them as they are; ``create`` adds a new person anyway, as
before (the row is then only flagged as a possible duplicate). What each matched row will do is planned
before anything is written, so a dry run (the wizard's check) shows it row by row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from sapporo_mice.errors import _shown
from sapporo_mice.identity import EMAIL, PHONE, live
from sapporo_mice.inserts import among
from sapporo_mice.io.rows import placed
from sapporo_mice.messages import register, render
from sapporo_mice.models import Contact, ContactEmail, ContactPhone, Lead
from sapporo_mice.services.base import plain
from sapporo_mice.services.people import listed_order
from sapporo_mice.validation import normalize_email
from sapporo_mice.vocabulary import field_label

if TYPE_CHECKING:
    from sapporo_mice.io.importer import Plan
    from sapporo_mice.store import Unit

POLICIES = ("update", "skip", "create")
# The contact fields an update fills when the CRM has them empty; when both hold a value and they differ,
# a conflict is reported and the CRM's value kept.
FILLED = ("family_name", "given_name", "family_name_kana", "given_name_kana", "latin_name", "title", "department",
          "country", "languages", "owner")

register({
    "io.match_update": {"en": "{Row}: the same person as “{name}” (same {reason}); will fill: {fields}.",
                        "ja": "{Row}: 「{name}」と同じ人です（{reason}が一致）。空いている項目を埋めます: {fields}"},
    "io.match_updated": {"en": "{Row}: the same person as “{name}” (same {reason}); filled: {fields}.",
                         "ja": "{Row}: 「{name}」と同じ人です（{reason}が一致）。空いていた項目を埋めました: {fields}"},
    "io.match_same": {"en": "{Row}: the same person as “{name}” (same {reason}); nothing new to add.",
                      "ja": "{Row}: 「{name}」と同じ人です（{reason}が一致）。追加する内容はありません。"},
    "io.match_skip": {"en": "{Row}: the same person as “{name}” (same {reason}); left as it is (--on-match skip).",
                      "ja": "{Row}: 「{name}」と同じ人です（{reason}が一致）。変更しません（--on-match skip）。"},
    "io.match_create": {"en": "{Row}: the same person as “{name}” (same {reason}); created as a new person "
                              "anyway (--on-match create).",
                        "ja": "{Row}: 「{name}」と同じ人です（{reason}が一致）が、新しい人として登録します"
                              "（--on-match create）。"},
    "io.match_conflict": {"en": "{field}: the CRM has “{current}”, the file “{value}”; the CRM's value is kept.",
                          "ja": "{field}: CRM では「{current}」、ファイルでは「{value}」です。CRM の値を残します。"},
    "io.match_field_emails": {"en": "email {value}", "ja": "メールアドレス {value}"},
    "io.match_field_phones": {"en": "phone {value}", "ja": "電話番号 {value}"},
    "io.match_on_match_invalid": {"en": "--on-match “{value}”: use create, update or skip.",
                                  "ja": "--on-match 「{value}」: create、update、skip のいずれかを指定してください。"},
})


@dataclass
class Match:
    """A row that is a person already in the CRM, and what the import does about it."""

    row: int
    existing_id: str
    name: str
    reason: str  # "email" or "phone"
    action: str  # update | skip | create
    fills: dict[str, Any] = field(default_factory=dict)  # field -> the file's value, for fields empty in the CRM
    # Tuples, most often the empty one: a check of a re-imported list keeps a match per row, and the cyclic
    # collector walks every list it holds (two empty lists per match were 20,000 of the 36,600 objects a
    # 10k-row check left for it; after a 50k-row check its first collection took 134 ms).
    emails: tuple[str, ...] = ()  # addresses the person lacks
    phones: tuple[dict[str, Any], ...] = ()  # numbers the person lacks
    applied: bool = False

    @property
    def changes_something(self) -> bool:
        return bool(self.fills or self.emails or self.phones)

    def field_names(self, lang: str) -> str:
        names = [field_label("contact", k, lang) for k in self.fills]
        names += [render("io.match_field_emails", lang, value=_shown(e)) for e in self.emails]
        names += [render("io.match_field_phones", lang, value=_shown(p["raw"])) for p in self.phones]
        return ", ".join(names) if lang != "ja" else "、".join(names)

    def message(self, lang: str) -> str:
        reason = render(f"io.reason.{self.reason}", lang)
        code = {"skip": "io.match_skip", "create": "io.match_create"}.get(self.action)
        if code is None:
            code = ("io.match_updated" if self.applied else "io.match_update") if self.changes_something \
                else "io.match_same"
        return render(code, lang, **placed(self.row, lang), name=_shown(self.name), reason=reason,
                      fields=self.field_names(lang))

    def as_json(self, lang: str) -> dict[str, Any]:
        return {"row": self.row, "existing_id": self.existing_id, "name": self.name, "reason": self.reason,
                "action": self.action, "fills": sorted(self.fills), "emails_added": list(self.emails),
                "phones_added": [p["raw"] for p in self.phones], "message": self.message(lang)}


def find_matches(unit: Unit, plans: list[Plan], policy: str, parse_phone, found: dict) -> dict[int, Match]:
    """Row number -> its match, for person rows without errors whose email or E.164 number a live contact holds.

    ``found``: the contacts holding the rows' keys (:func:`sapporo_mice.io.importer.lookup_keys`, shared with
    the duplicate proposals). The email wins over the phone; an earlier row of the same file matching the
    same person keeps it (a second row of one person is then a duplicate within the file, as before)."""
    if not found:
        return {}
    keyed: dict[int, list[tuple[str, str]]] = {}
    for plan in plans:
        if plan.key_type != "contact" or plan.errors:
            continue
        keys = sorted((k for k in plan.keys if k[0] in (EMAIL, PHONE)), key=lambda k: k[0] != EMAIL)
        if keys:
            keyed[plan.number] = keys
    hits: dict[str, tuple[Plan, str]] = {}  # contact -> the first row that is them, and why
    for plan in plans:
        hit = next(((reason, rows[0].record_id) for reason, key in keyed.get(plan.number, ())
                    if (rows := found.get((reason, key)))), None)
        if hit is not None and hit[1] not in hits:
            hits[hit[1]] = (plan, hit[0])
    # Every matched person read at once: a re-import of a whole list matches every row.
    people = matched_people(unit.session, list(hits))
    matches: dict[int, Match] = {}
    for contact_id, (plan, reason) in hits.items():
        current = people[contact_id]
        match = Match(plan.number, contact_id, current.get("display_name") or "", reason, policy)
        _compare(plan, current, match, parse_phone)
        matches[plan.number] = match
    return matches


# What a match reads of the person it found (:func:`_compare`, :func:`update_values` and the import's update):
# the contact's columns, and the keys of its emails and phones, each as the service's ``to_dict`` gives them.
MATCHED_COLUMNS = ("id", "display_name", "organization_id", "notes", *FILLED)
MATCHED_EMAIL = ("email", "kind")
MATCHED_PHONE = ("raw", "e164", "region", "kind")


def matched_people(session: Any, contact_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Contact id -> what a match reads of that person (``MATCHED_*``): the values the contact service's
    ``get_many_in`` gives for those keys, the live emails and phones in the order it lists them, read as plain
    rows, a query per kind per 500 ids. Ids not stored are left out.

    Not ``get_many_in`` itself: its ORM objects and every phone's display form (which nothing here reads) were
    about a third of the time of checking a re-imported list of 10,000 people."""
    dialect = session.get_bind().dialect.name
    people: dict[str, dict[str, Any]] = {}
    for where in among(Contact.id, contact_ids, dialect):
        for row in session.execute(select(*(getattr(Contact, c) for c in MATCHED_COLUMNS)).where(where)):
            people[row.id] = {**row._asdict(), "emails": [], "phones": []}
    for model, key, wanted in ((ContactEmail, "emails", MATCHED_EMAIL), (ContactPhone, "phones", MATCHED_PHONE)):
        order = (model.is_primary, model.created_at, model.id)
        children = []
        for where in among(model.contact_id, list(people), dialect):
            children += session.execute(select(model.contact_id, *order, *(getattr(model, c) for c in wanted))
                                        .where(where, model.deleted_at.is_(None))).all()
        for child in sorted(children, key=listed_order):
            people[child.contact_id][key].append({c: plain(getattr(child, c)) for c in wanted})
    return people


def _compare(plan: Plan, current: dict[str, Any], match: Match, parse_phone) -> None:
    """What the row adds to the person (empty fields, emails, phones) and where it disagrees (warnings)."""
    from sapporo_mice.io.importer import source_column
    from sapporo_mice.io.rows import Issue

    values = plan.main
    for key in FILLED:
        value = values.get(key)
        if value in (None, "", []):
            continue
        have = current.get(key)
        if have in (None, "", []):
            match.fills[key] = value
        elif _differs(have, value):
            # The file's column that holds the field, or that it was read from (a name split from the full name's:
            # 氏名); the field named as its form names it in the reader's language (名 / Given name) unless it is
            # that column's own. Never the field's key.
            column = source_column(plan.columns, key)
            field = column if key in plan.columns else {lang: field_label("contact", key, lang) for lang in ("en", "ja")}
            plan.warnings.append(Issue(plan.number, column, "io.match_conflict",
                                       {"field": field, "current": str(have), "value": str(value)}))
    notes = values.get("notes")
    if notes and not current.get("notes"):
        match.fills["notes"] = notes
    have_emails = {normalize_email(e["email"]) for e in current.get("emails", [])}
    match.emails = tuple(e["email"] for e in values.get("emails", []) if normalize_email(e["email"]) not in have_emails)
    have_phones = {p.get("e164") or p.get("raw") for p in current.get("phones", [])}
    match.phones = tuple(phone for phone in values.get("phones", [])
                         if (parse_phone(phone["raw"], phone.get("region")).e164 or phone["raw"]) not in have_phones)


def _differs(have: Any, value: Any) -> bool:
    from sapporo_mice.text import compact

    return compact(str(have)) != compact(str(value))


def update_values(match: Match, current: dict[str, Any]) -> dict[str, Any]:
    """The partial update of the person: the empty fields filled, every email and phone kept and the new added."""
    values: dict[str, Any] = dict(match.fills)
    if match.emails:
        values["emails"] = [*({"email": e["email"], "kind": e["kind"]} for e in current["emails"]),
                            *({"email": e} for e in match.emails)]
    if match.phones:
        values["phones"] = [*({"raw": p["raw"], "region": p["region"], "kind": p["kind"]} for p in current["phones"]),
                            *match.phones]
    return values


def with_lead(unit: Unit, contact_ids: list[str], fair_id: str | None) -> set[str]:
    """Those of the people who already have a lead from this fair (or, without a fair, a lead without one)."""
    found: set[str] = set()
    for where in among(Lead.contact_id, contact_ids, unit.session.get_bind().dialect.name):
        found.update(unit.session.scalars(select(Lead.contact_id).distinct().where(
            where, *live(Lead), Lead.fair_id == fair_id if fair_id else Lead.fair_id.is_(None))))
    return found
