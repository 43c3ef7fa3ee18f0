"""The identity rules: is this row live, is this the same company, which keys say "the same person".

Every path that asks one of these questions calls this module: the quick lead, the booth capture and the
import when they link a company; the duplicate engine (:mod:`sapporo_mice.duplicates`) when it proposes
pairs; every list and query when it leaves out tombstones and merged-away rows.

**The same company** (:func:`pick_company`):

1. A 法人番号 (corporate number) decides alone: the live organization with that number, if any.
2. Otherwise the name with its legal form stripped (:func:`~sapporo_mice.text.company_key`), in the same
   country: "Tan Trading" in Singapore and in Hong Kong are two companies. A record without a country, or a
   question without one, matches any country.
3. Among several matches, the oldest (then the smallest id): the same question gets the same answer as the
   database grows, and the duplicate finder shows the others.

Before this rule, the quick lead took a name match in any country only when exactly one existed, the booth
capture required the same country, and the import took the oldest in any country; the same visitor could
so be linked to three different companies. The booth capture's country rule won (a trading name is not a
company across borders), with the import's "oldest" as the tie-break (deterministic, unlike "exactly one").

**The same person** (:func:`person_keys`): the normalised email, the E.164 phone, or the name (in any of
its written forms: display, Latin, family+given either way, reading) together with the company key.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from sapporo_mice.models import Organization
from sapporo_mice.text import company_key, compact
from sapporo_mice.validation import normalize_email

CHUNK = 500


def live(model: type) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """The conditions of a live row: not deleted and not merged into another (the one live-row filter)."""
    return model.deleted_at.is_(None), model.merged_into.is_(None)


def is_live(row: Any) -> bool:
    return row is not None and row.deleted_at is None and row.merged_into is None


# --------------------------------------------------------------------------------------- companies
def corporate_digits(value: Any) -> str | None:
    """The digits of a 法人番号 as typed ("1234-5678-90123", full-width digits …), or None."""
    text = re.sub(r"\D", "", unicodedata.normalize("NFKC", str(value))) if value else ""
    return text or None


@dataclass(frozen=True)
class CompanyQuestion:
    """What a path knows about a company it wants to link: its name, and maybe country and 法人番号."""

    name: str | None
    country: str | None = None
    corporate_number: str | None = None
    key: str = field(init=False)  # the name without its legal form
    number: str | None = field(init=False)  # the 法人番号's digits

    def __post_init__(self) -> None:
        # Asked for many times per question (an import's prefetch, then each lookup): computed once.
        object.__setattr__(self, "key", company_key(self.name))
        object.__setattr__(self, "number", corporate_digits(self.corporate_number))

    @property
    def country_code(self) -> str | None:
        return str(self.country).upper() if self.country else None


@dataclass(frozen=True)
class CompanyRow:
    """A live organization as the rule sees it."""

    id: str
    name_key: str
    country: str | None
    corporate_number: str | None
    created_at: Any


def pick_company(question: CompanyQuestion, candidates: Iterable[CompanyRow]) -> str | None:
    """The id of the organization that ``question`` names among ``candidates`` (see the module's rule)."""
    candidates = list(candidates)
    number = question.number
    if number:
        by_number = [c for c in candidates if c.corporate_number == number]
        if by_number:
            return _oldest(by_number)
    key, country = question.key, question.country_code
    if not key:
        return None
    same = [c for c in candidates if c.name_key == key and (not country or not c.country or c.country == country)]
    return _oldest(same) if same else None


def _oldest(rows: Sequence[CompanyRow]) -> str:
    return min(rows, key=lambda c: (c.created_at, c.id)).id


def company_candidates(session: Session, questions: Iterable[CompanyQuestion]) -> list[CompanyRow]:
    """The live organizations that may answer any of ``questions``: by name key or 法人番号, in batches."""
    questions = list(questions)
    keys = sorted({q.key for q in questions if q.key})
    numbers = sorted({q.number for q in questions if q.number})
    found: dict[str, CompanyRow] = {}
    columns = (Organization.id, Organization.name_key, Organization.country, Organization.corporate_number,
               Organization.created_at)
    for column, values in ((Organization.name_key, keys), (Organization.corporate_number, numbers)):
        for start in range(0, len(values), CHUNK):
            stmt = select(*columns).where(column.in_(values[start:start + CHUNK]), *live(Organization))
            for row in session.execute(stmt):
                found.setdefault(row.id, CompanyRow(*row))
    return list(found.values())


def same_company(session: Session, question: CompanyQuestion) -> str | None:
    """The live organization ``question`` names, if any (one question; :class:`Companies` for many)."""
    return pick_company(question, company_candidates(session, [question]))


class Companies:
    """The company rule over one transaction: candidates fetched in batches, companies created meanwhile
    remembered, so an import's ten thousand rows ask the database once per 500 names."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._by_key: dict[str, list[CompanyRow]] = {}
        self._by_number: dict[str, list[CompanyRow]] = {}
        self._asked: set[tuple[str, str]] = set()
        self._answers: dict[tuple[str, str | None, str | None], str | None] = {}  # until a company is created
        self._answered_by: dict[tuple[str, str | None], list[tuple]] = {}  # ("key"/"number", value) -> answers

    def prefetch(self, questions: Iterable[CompanyQuestion]) -> None:
        """Look up every company these questions may name, in batches (each name and number once)."""
        new = [q for q in questions if not self._known(q)]
        if not new:
            return
        for row in company_candidates(self.session, new):
            self._remember(row)
        for question in new:
            self._asked.add(("key", question.key))
            if question.number:
                self._asked.add(("number", question.number))

    def find(self, question: CompanyQuestion) -> str | None:
        asked = (question.key, question.number, question.country_code)
        if asked not in self._answers:
            self.prefetch([question])
            candidates = {r.id: r for r in (*self._by_key.get(question.key, ()),
                                            *self._by_number.get(question.number or "", ()))}
            self._answers[asked] = pick_company(question, candidates.values())
            self._answered_by.setdefault(("key", question.key), []).append(asked)
            if question.number:
                self._answered_by.setdefault(("number", question.number), []).append(asked)
        return self._answers[asked]

    def created(self, org_id: str, question: CompanyQuestion, at: Any) -> None:
        """A company just created in this transaction answers later questions too."""
        self._remember(CompanyRow(org_id, question.key, question.country_code, question.number, at))
        # It may change the answer to a question asked before with its name key or its number, and to no
        # other (pick_company looks at nothing else): forget those answers only, not the import's thousands.
        for by in (("key", question.key), ("number", question.number)):
            for asked in self._answered_by.pop(by, ()):
                self._answers.pop(asked, None)

    def _known(self, question: CompanyQuestion) -> bool:
        return ("key", question.key) in self._asked and (not question.number
                                                          or ("number", question.number) in self._asked)

    def _remember(self, row: CompanyRow) -> None:
        if row.name_key:
            self._by_key.setdefault(row.name_key, []).append(row)
        if row.corporate_number:
            self._by_number.setdefault(row.corporate_number, []).append(row)


# --------------------------------------------------------------------------------------- people
EMAIL, PHONE, NAME_ORG = "email", "phone", "name_org"


def name_forms(*, display_name: str | None = None, latin_name: str | None = None, family_name: str | None = None,
               given_name: str | None = None, reading: str | None = None) -> set[str]:
    """Every written form of a person's name, compacted: "Tan Wei Ling", "TanWeiLing" and "WeiLing Tan"
    are one person; so are 山田太郎 and やまだたろう when the reading is known."""
    forms = {compact(display_name), compact(latin_name), compact((family_name or "") + (given_name or "")),
             compact((given_name or "") + (family_name or "")), compact(reading)}
    return {f for f in forms if f}


def person_keys(*, emails: Iterable[str] = (), e164s: Iterable[str | None] = (), names: Iterable[str] = (),
                company: str | None = None) -> set[tuple[str, str]]:
    """The (reason, key) pairs that say "the same person": each email, each valid phone, and each name form
    joined to the company key (a name alone is too common to say anything)."""
    keys = {(EMAIL, normalize_email(e)) for e in emails if e}
    keys |= {(PHONE, p) for p in e164s if p}
    org = company_key(company)
    if org:
        keys |= {(NAME_ORG, f"{n}|{org}") for n in names if n}
    return keys
