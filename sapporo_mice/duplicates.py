"""The one duplicate engine: records that may be the same, found by the keys of :mod:`sapporo_mice.identity`.

Three callers differ only in scope:

- **while typing** (the quick lead's and the booth's warning): the keys of the person being typed against
  the live contacts (:func:`while_typing`);
- **an import**: the keys of every planned row against the database, in batches (:func:`lookup`), and
  against the rows before it (the importer compares those itself, with the same keys);
- **the whole table** (the duplicate finder): every pair of live records that share a key
  (:func:`find_candidates`), or every record sharing a key with one record.

Keys: contacts by email (weight 90), E.164 phone (80) and a name form with the company (70);
organizations by 法人番号 (95) and the name without its legal form in a compatible country (60); students
by email. Nothing here merges: merging is a person's deliberate step (:mod:`sapporo_mice.merging`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sapporo_mice.database import Database
from sapporo_mice.errors import FieldProblem, ValidationError
from sapporo_mice.identity import EMAIL, NAME_ORG, PHONE, live, name_forms, person_keys
from sapporo_mice.inserts import among
from sapporo_mice.models import Contact, ContactEmail, ContactPhone, Organization, Student
from sapporo_mice.text import company_key
from sapporo_mice.validation import FieldInvalid, clean_email, parse_phone

CORPORATE_NUMBER, COMPANY = "corporate_number", "company_name"
MERGEABLE_TYPES = ("contact", "organization")
# Keys shared by more records than this are too generic to propose (e.g. a shared info@ address).
MAX_GROUP = 25


@dataclass(frozen=True)
class Candidate:
    """Two records that may be the same: why (``reasons``) and how sure (``score`` 0–100)."""

    record_type: str
    left_id: str
    right_id: str
    left_title: str
    right_title: str
    reasons: tuple[str, ...]
    score: int


@dataclass(frozen=True)
class Match:
    """A live record that shares a key with what is being typed or imported; ``reason`` is the best key."""

    record_type: str
    id: str
    name: str
    organization_name: str | None
    reason: str
    organization_name_en: str | None = None  # the company's English name, if it has one (English screens show it)


# --------------------------------------------------------------------------------------- the keys
@dataclass(frozen=True)
class KeyRow:
    """One key of one live record: the record, the key, and the country where the rule compares countries."""

    record_id: str
    key: str
    country: str | None = None


class Rule:
    """A reason two records may be the same, its weight, and how to read its keys off the database."""

    reason: str
    weight: int
    compares_country = False

    def lookup(self, session: Session, keys: list[str]) -> Iterable[KeyRow]:
        """The live records holding any of ``keys``."""
        raise NotImplementedError

    def shared(self, session: Session) -> Iterable[KeyRow]:
        """The live records holding a key that another live record holds too."""
        raise NotImplementedError

    def of_record(self, session: Session, record_id: str) -> set[str]:
        """The keys of one record."""
        return {row.key for row in self.rows(session, record_id)}

    def rows(self, session: Session, record_id: str | None = None) -> Iterable[KeyRow]:
        raise NotImplementedError


class ColumnRule(Rule):
    """A key that is a column (a contact's email, an organization's 法人番号): grouped in SQL."""

    def __init__(self, reason: str, weight: int, select_keys: Any, key_column: Any, owner_column: Any) -> None:
        self.reason, self.weight = reason, weight
        self._select, self._key, self._owner = select_keys, key_column, owner_column

    def rows(self, session: Session, record_id: str | None = None) -> Iterable[KeyRow]:
        stmt = self._select()
        if record_id is not None:
            stmt = stmt.where(self._owner == record_id)
        return (KeyRow(owner, key) for owner, key in session.execute(stmt))

    def lookup(self, session: Session, keys: list[str]) -> Iterable[KeyRow]:
        for clause in among(self._key, keys, session.get_bind().dialect.name):
            yield from (KeyRow(owner, key) for owner, key in session.execute(self._select().where(clause)))

    def shared(self, session: Session) -> Iterable[KeyRow]:
        # Driving from the (few) shared keys keeps this one pass over the table on both databases; a plain
        # self-join let SQLite probe every record's neighbours (4 s on 100k contacts instead of 0.3 s).
        src = self._select().subquery()
        owner, key = src.c[0], src.c[1]
        shared = select(key).group_by(key).having(func.count(owner.distinct()).between(2, MAX_GROUP))
        return (KeyRow(o, k) for o, k in session.execute(select(owner, key).where(key.in_(shared))))


def _contact_emails():
    return (select(ContactEmail.contact_id, ContactEmail.normalized).join(Contact, Contact.id == ContactEmail.contact_id)
            .where(ContactEmail.deleted_at.is_(None), ContactEmail.normalized != "", *live(Contact)))


def _contact_phones():
    return (select(ContactPhone.contact_id, ContactPhone.e164).join(Contact, Contact.id == ContactPhone.contact_id)
            .where(ContactPhone.deleted_at.is_(None), ContactPhone.e164.is_not(None), *live(Contact)))


def _corporate_numbers():
    return (select(Organization.id, Organization.corporate_number)
            .where(Organization.corporate_number.is_not(None), Organization.corporate_number != "",
                   *live(Organization)))


def _student_emails():
    return select(Student.id, Student.email).where(Student.email.is_not(None), Student.email != "", *live(Student))


class CompanyNameRule(Rule):
    """The name without its legal form, where the countries agree (or one is not known): the company rule."""

    reason, weight, compares_country = COMPANY, 60, True

    def _select(self):
        return (select(Organization.id, Organization.name_key, Organization.country)
                .where(Organization.name_key != "", *live(Organization)))

    def rows(self, session: Session, record_id: str | None = None) -> Iterable[KeyRow]:
        stmt = self._select() if record_id is None else self._select().where(Organization.id == record_id)
        return (KeyRow(*row) for row in session.execute(stmt))

    def lookup(self, session: Session, keys: list[str]) -> Iterable[KeyRow]:
        for clause in among(Organization.name_key, keys, session.get_bind().dialect.name):
            yield from (KeyRow(*row) for row in session.execute(self._select().where(clause)))

    def shared(self, session: Session) -> Iterable[KeyRow]:
        shared = (select(Organization.name_key).where(Organization.name_key != "", *live(Organization))
                  .group_by(Organization.name_key).having(func.count() >= 2))
        return (KeyRow(*row) for row in session.execute(self._select().where(Organization.name_key.in_(shared))))


class NameWithCompanyRule(Rule):
    """A person's name in any written form, together with the company key: computed, not a column."""

    reason, weight = NAME_ORG, 70

    def _select(self):
        return (select(Contact.id, Contact.display_name, Contact.latin_name, Contact.family_name, Contact.given_name,
                       Contact.family_name_kana, Contact.given_name_kana, Organization.name_key)
                .join(Organization, Organization.id == Contact.organization_id)
                .where(Organization.name_key != "", *live(Contact), Organization.deleted_at.is_(None)))

    @staticmethod
    def _keys(row: Any) -> set[str]:
        forms = name_forms(display_name=row.display_name, latin_name=row.latin_name, family_name=row.family_name,
                           given_name=row.given_name,
                           reading=(row.family_name_kana or "") + (row.given_name_kana or ""))
        return {f"{form}|{row.name_key}" for form in forms}

    def rows(self, session: Session, record_id: str | None = None) -> Iterable[KeyRow]:
        stmt = self._select() if record_id is None else self._select().where(Contact.id == record_id)
        return (KeyRow(row.id, key) for row in session.execute(stmt) for key in self._keys(row))

    def lookup(self, session: Session, keys: list[str]) -> Iterable[KeyRow]:
        wanted = set(keys)
        companies = sorted({k.split("|", 1)[1] for k in wanted})
        for clause in among(Organization.name_key, companies, session.get_bind().dialect.name):
            for row in session.execute(self._select().where(clause)):
                yield from (KeyRow(row.id, key) for key in self._keys(row) & wanted)

    def shared(self, session: Session) -> Iterable[KeyRow]:
        # Only contacts of companies with two people or more can share a name with a company.
        busy = (select(Contact.organization_id).where(Contact.organization_id.is_not(None), *live(Contact))
                .group_by(Contact.organization_id).having(func.count() >= 2))
        return (KeyRow(row.id, key) for row in session.execute(self._select().where(Contact.organization_id.in_(busy)))
                for key in self._keys(row))


RULES: dict[str, tuple[Rule, ...]] = {
    "contact": (ColumnRule(EMAIL, 90, _contact_emails, ContactEmail.normalized, ContactEmail.contact_id),
                ColumnRule(PHONE, 80, _contact_phones, ContactPhone.e164, ContactPhone.contact_id),
                NameWithCompanyRule()),
    "organization": (ColumnRule(CORPORATE_NUMBER, 95, _corporate_numbers, Organization.corporate_number,
                                Organization.id),
                     CompanyNameRule()),
    "student": (ColumnRule(EMAIL, 90, _student_emails, Student.email, Student.id),),
}


# Each type's reasons, strongest first (a report names the strongest reason two records share).
RULE_ORDER = {record_type: tuple(rule.reason for rule in rules) for record_type, rules in RULES.items()}


def _rules(record_type: str) -> tuple[Rule, ...]:
    if record_type not in RULES:
        raise ValidationError([FieldProblem("record_type", "merge.type_unsupported", record_type)])
    return RULES[record_type]


def _compatible(a: KeyRow, b: KeyRow) -> bool:
    return not a.country or not b.country or a.country == b.country


# --------------------------------------------------------------------------------------- scopes
def lookup_rows(session: Session, record_type: str, keys: Iterable[tuple[str, str]]
                ) -> dict[tuple[str, str], list[KeyRow]]:
    """Import scope: (reason, key) -> the live records holding it (with their country where the rule compares
    countries), asked once per key kind per 500 keys."""
    by_reason: dict[str, set[str]] = defaultdict(set)
    for reason, key in keys:
        by_reason[reason].add(key)
    found: dict[tuple[str, str], list[KeyRow]] = defaultdict(list)
    for rule in _rules(record_type):
        wanted = sorted(by_reason.get(rule.reason, ()))
        for row in rule.lookup(session, wanted) if wanted else ():
            found[(rule.reason, row.key)].append(row)
    for rows in found.values():
        rows.sort(key=lambda r: r.record_id)
    return dict(found)


def same_country(country: str | None, row: KeyRow) -> bool:
    """Whether a record found by a key counts for a question about ``country`` (the company rule: a
    name in another country is another company; an unknown country matches any)."""
    return _compatible(KeyRow("", "", country.upper() if country else None), row)


def lookup(session: Session, record_type: str, keys: Iterable[tuple[str, str]],
           country: str | None = None) -> dict[tuple[str, str], list[str]]:
    """Typing scope: (reason, key) -> the ids of the live records holding it, in the country asked about."""
    return {k: [r.record_id for r in rows if same_country(country, r)]
            for k, rows in lookup_rows(session, record_type, keys).items()}


def while_typing(db: Database, *, email: str | None = None, phone: str | None = None, name: str | None = None,
                 organization: str | None = None, regions: tuple[str | None, ...] = (),
                 limit: int = 5) -> list[Match]:
    """Typing scope: live contacts that look like the person being typed, best reason first, each once.

    The phone is read with ``regions`` (the typed country, then the fair's): the same chain as the save."""
    keys = person_keys(emails=[_clean_email(email)], e164s=[parse_phone(phone or "", *regions).e164],
                       names=name_forms(display_name=name), company=organization)
    with db.reading() as session:
        found = lookup(session, "contact", keys)
        best: dict[str, str] = {}
        for rule in RULES["contact"]:
            for (reason, _key), ids in sorted(found.items()):
                if reason == rule.reason:
                    for record_id in ids:
                        best.setdefault(record_id, reason)
        chosen = list(best.items())[:limit]
        return [_match(session, "contact", record_id, reason) for record_id, reason in chosen]


def _clean_email(value: str | None) -> str | None:
    try:
        return clean_email(value)
    except FieldInvalid:
        return None


def find_candidates(db: Database, record_type: str, record_id: str | None = None, *,
                    limit: int = 200) -> list[Candidate]:
    """Table scope: candidate pairs, best first, across the whole table or for one record (``left_id``)."""
    if record_type not in MERGEABLE_TYPES:
        raise ValidationError([FieldProblem("record_type", "merge.type_unsupported", record_type)])
    reasons: dict[tuple[str, str], set[str]] = {}
    with db.reading() as session:
        for rule in _rules(record_type):
            pairs = _pairs_of(session, rule, record_type, record_id) if record_id else _all_pairs(session, rule)
            for pair in pairs:
                reasons.setdefault(pair, set()).add(rule.reason)
        ranked = sorted(reasons.items(), key=lambda item: (-score(record_type, item[1]), item[0]))[:limit]
        titles = _titles(session, record_type, {i for pair, _ in ranked for i in pair})
    return [Candidate(record_type, a, b, titles.get(a, ""), titles.get(b, ""), _ordered(record_type, found),
                      score(record_type, found)) for (a, b), found in ranked]


def _pairs_of(session: Session, rule: Rule, record_type: str, record_id: str) -> Iterator[tuple[str, str]]:
    own = list(rule.rows(session, record_id))
    if not own:
        return
    country = own[0].country
    found = lookup(session, record_type, {(rule.reason, row.key) for row in own}, country)
    others = {i for ids in found.values() for i in ids if i != record_id}
    yield from ((record_id, other) for other in sorted(others)[:MAX_GROUP * 4])


def _all_pairs(session: Session, rule: Rule) -> set[tuple[str, str]]:
    groups: dict[str, list[KeyRow]] = defaultdict(list)
    for row in rule.shared(session):
        groups[row.key].append(row)
    pairs: set[tuple[str, str]] = set()
    for rows in groups.values():
        owners = {r.record_id for r in rows}
        if not 2 <= len(owners) <= MAX_GROUP:
            continue
        for a, b in combinations(sorted(rows, key=lambda r: r.record_id), 2):
            if a.record_id != b.record_id and (not rule.compares_country or _compatible(a, b)):
                pairs.add((a.record_id, b.record_id))
    return pairs


def score(record_type: str, reasons: Iterable[str]) -> int:
    reasons = set(reasons)
    weights = sorted((r.weight for r in RULES[record_type] if r.reason in reasons), reverse=True)
    return min(100, weights[0] + 5 * (len(weights) - 1)) if weights else 0


def _ordered(record_type: str, reasons: set[str]) -> tuple[str, ...]:
    return tuple(r.reason for r in RULES[record_type] if r.reason in reasons)


_TITLE = {"contact": (Contact, Contact.display_name), "organization": (Organization, Organization.name),
          "student": (Student, Student.display_name)}


def _titles(session: Session, record_type: str, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    model, column = _TITLE[record_type]
    return dict(session.execute(select(model.id, column).where(model.id.in_(ids))).all())


def _match(session: Session, record_type: str, record_id: str, reason: str) -> Match:
    model, column = _TITLE[record_type]
    row = session.get(model, record_id)
    org = session.get(Organization, row.organization_id) if record_type == "contact" and row.organization_id else None
    return Match(record_type, record_id, getattr(row, column.key), org.name if org else None, reason,
                 org.name_en if org else None)


# A record's name in each language, where its type keeps one (a person's name is shown as written).
_NAME_FORMS = {"organization": (Organization.name_en, Organization.name_ja)}


def names(session: Session, record_type: str, ids: Iterable[str]) -> dict[str, tuple[str, str | None, str | None]]:
    """The names of ``ids``, each as stored and in English and Japanese where its type keeps them (for reports that
    name the record a row duplicates, in the reader's language: :func:`sapporo_mice.formats.name`)."""
    ids = set(ids)
    if not ids:
        return {}
    model, column = _TITLE[record_type]
    forms = _NAME_FORMS.get(record_type)
    if forms is None:
        return {record_id: (name, None, None) for record_id, name in _titles(session, record_type, ids).items()}
    rows = session.execute(select(model.id, column, *forms).where(model.id.in_(ids))).all()
    return {record_id: (name, name_en, name_ja) for record_id, name, name_en, name_ja in rows}


def company_keys(name: str | None) -> set[tuple[str, str]]:
    """An organization's keys for :func:`lookup` (its name; its 法人番号 goes in as ``CORPORATE_NUMBER``)."""
    key = company_key(name)
    return {(COMPANY, key)} if key else set()
