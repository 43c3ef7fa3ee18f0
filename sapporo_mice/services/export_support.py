"""Export support for local companies: profile, target markets, needs, consultations, support given and
expansion cases. The rules of each record live here; the area's work across records (a company's case,
buyer suggestions, introductions, what needs attention, a market) is :mod:`sapporo_mice.export_support`.

Rules:
- A profile keeps sets of codes (certifications, languages) stored as tags are: ``,halal,haccp,``.
- A company targets a country once (among its live target markets).
- A need marked addressed carries the answer given; the day it was addressed is kept (today in Japan
  unless given), and cleared when the need is reopened.
- A consultation's next step is a task linked to the consultation, which the service creates and keeps
  in step: a new text retitles it, a new date re-dates it, clearing the step removes the open task.
- An introduction (support given) names the buyer or the fair lead; a fair slot names the fair.
- A date of an expansion case or of support given is a Japan date: a moment given with a time is taken
  in Japan time, so 2027-03-31T15:00Z is 1 April in Sapporo and counts in the next fiscal year.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import unicodedata
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from sapporo_mice import fiscal, messages
from sapporo_mice.changes import Changes
from sapporo_mice.errors import FieldProblem
from sapporo_mice.models import (
    Certification,
    CompanyProfile,
    Consultation,
    ExpansionCase,
    ExpansionKind,
    ExportLanguage,
    ExportStage,
    MarketStatus,
    Organization,
    SupportArea,
    SupportGiven,
    SupportKind,
    SupportNeed,
    TargetMarket,
    Task,
)
from sapporo_mice.labels import enum_value_of
from sapporo_mice.services import fields as f
from sapporo_mice.services.base import RecordService, Related, SearchDoc, linked_name
from sapporo_mice.validation import FieldInvalid, clean_date, clean_datetime
from sapporo_mice.validation.fields import EnumChoices

if TYPE_CHECKING:
    from sapporo_mice.store import Unit

messages.register({
    "support_need.answer_required": {
        "en": "{field}: write the answer given before marking the need addressed.",
        "ja": "{field}: 対応済みにする前に、回答した内容を入力してください。",
    },
    "support_given.counterpart_required": {
        "en": "{field}: an introduction names the buyer or the fair lead introduced.",
        "ja": "{field}: 紹介の場合は、紹介したバイヤーまたはリードを指定してください。",
    },
    "support_given.fair_required": {
        "en": "{field}: a fair slot names its fair.",
        "ja": "{field}: 見本市出展枠の場合は、見本市を指定してください。",
    },
    "target_market.duplicate": {
        "en": "{field}: this company already targets {value}.",
        "ja": "{field}: この企業はすでに {value} をターゲット市場にしています。",
    },
})


# ------------------------------------------------------------------------------- field specs
def clean_codes(value: Any, enum_cls: type[enum.Enum]) -> str | None:
    """A set of an enum's codes, stored as tags are (``,halal,haccp,``) in the enum's order.

    Accepts a list or a comma-separated text of values, names or labels (in either language), in any case,
    with spaces or hyphens (``FSSC 22000``, ``fssc-22000``)."""
    if value is None or value == "" or value == []:
        return None
    items = value if isinstance(value, (list, tuple, set, frozenset)) else re.split(r"[,、，;]", str(value))
    known = {_code_key(m.value): m for m in enum_cls} | {_code_key(m.name): m for m in enum_cls}
    chosen = set()
    for item in items:
        text = item.value if isinstance(item, enum.Enum) else str(item)
        if not text.strip():
            continue
        member = known.get(_code_key(text)) or known.get(_code_key(str(enum_value_of(enum_cls.__name__, text))))
        if member is None:
            raise FieldInvalid("field.enum_invalid", allowed=EnumChoices(enum_cls))
        chosen.add(member)
    codes = [m.value for m in enum_cls if m in chosen]
    return f",{','.join(codes)}," if codes else None


def _code_key(text: str) -> str:
    return re.sub(r"[\s_\-.]", "", unicodedata.normalize("NFKC", text)).lower()


def codes_of(stored: str | None) -> list[str]:
    """The codes of a stored set (``,halal,haccp,`` → ``["halal", "haccp"]``)."""
    return [c for c in (stored or "").split(",") if c]


def codes(enum_cls: type[enum.Enum]) -> f.Field:
    return f.Field(lambda x: clean_codes(x, enum_cls))


def japan_date(value: Any) -> dt.date | None:
    """A date as Sapporo counts it: a moment (a datetime, or text with a time) is taken in Japan time;
    a naive datetime is UTC, as stored times are."""
    if isinstance(value, dt.datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)
        return aware.astimezone(fiscal.JST).date()
    try:
        return clean_date(value)
    except FieldInvalid:
        if isinstance(value, str) and re.search(r"\d[T ]\d", value.strip()):
            return japan_date(clean_datetime(value))
        raise


def japan_today() -> dt.date:
    return dt.datetime.now(fiscal.JST).date()


def _japan_date_field(*, required: bool = False) -> f.Field:
    return f.Field(japan_date, required)


def _org_name(related: Related, org_id: str) -> str:
    org = related.fetch(Organization, org_id)
    return org.name if org else "?"


class _NamesItsCompany:
    """A company's record (a need, a consultation, support given, a case) whose search hit names the company
    beneath: by the name its reader knows it by (an English name in English)."""

    shown_references = (("organization_id", Organization),)

    def shown_subtitle(self, row: Any, related: Related, lang: str) -> str | None:
        return linked_name(related, Organization, row.organization_id, lang)


# ------------------------------------------------------------------------------- services
class CompanyProfileService(RecordService):
    record_type = "company_profile"
    model = CompanyProfile
    name_columns = ("organization_id",)
    unique = (("organization_id",),)
    fields = {
        "organization_id": f.ref("organization", required=True),
        "stage": f.choice(ExportStage),
        "products": f.text(5000),
        "certifications": codes(Certification),
        "languages": codes(ExportLanguage),
        "staff": f.text(120),
        "notes": f.text(20000),
    }

    def for_company(self, organization_id: str) -> dict[str, Any] | None:
        """The company's live profile, or None."""
        found = self.list(where={"organization_id": organization_id}, limit=1)
        return found[0] if found else None


class TargetMarketService(RecordService):
    record_type = "target_market"
    model = TargetMarket
    name_columns = ("country",)
    fields = {
        "organization_id": f.ref("organization", required=True),
        "country": f.country(required=True),
        "priority": f.integer(1, 3),
        "status": f.choice(MarketStatus),
        "reason": f.text(5000),
    }

    def validate_record(self, unit: Unit, cleaned: dict[str, Any], problems: list[FieldProblem]) -> None:
        org, country = cleaned.get("organization_id"), cleaned.get("country")
        if not org or not country or any(p.field in ("organization_id", "country") for p in problems):
            return
        stmt = select(func.count()).select_from(TargetMarket).where(
            TargetMarket.organization_id == org, TargetMarket.country == country,
            TargetMarket.deleted_at.is_(None), TargetMarket.id != (cleaned.get("id") or ""))
        if unit.session.scalar(stmt):
            problems.append(FieldProblem("country", "target_market.duplicate", country))


class SupportNeedService(_NamesItsCompany, RecordService):
    record_type = "support_need"
    model = SupportNeed
    name_columns = ("area",)
    fields = {
        "organization_id": f.ref("organization", required=True),
        "area": f.choice(SupportArea, required=True),
        "description": f.text(5000),
        "resolved": f.flag(),
        "answer": f.text(20000),
        "addressed_on": _japan_date_field(),
    }

    def validate_record(self, unit: Unit, cleaned: dict[str, Any], problems: list[FieldProblem]) -> None:
        if cleaned.get("resolved") and not (cleaned.get("answer") or "").strip():
            problems.append(FieldProblem("answer", "support_need.answer_required", cleaned.get("answer")))

    def derive(self, row: SupportNeed, cleaned: dict[str, Any], related: Related) -> list[FieldProblem]:
        if not row.resolved:
            row.addressed_on = None
        elif row.addressed_on is None:
            row.addressed_on = japan_today()
        return []

    def search_doc(self, row: SupportNeed, related: Related) -> SearchDoc | None:
        if not row.description:
            return None
        return SearchDoc(row.description[:120], _org_name(related, row.organization_id), [row.answer])


class ConsultationService(_NamesItsCompany, RecordService):
    record_type = "consultation"
    model = Consultation
    name_columns = ("summary",)
    default_order = "held_at"
    fields = {
        "organization_id": f.ref("organization", required=True),
        "held_at": f.datetime(required=True),
        "area": f.choice(SupportArea, required=True),
        "country": f.country(),
        "advisor": f.text(200),
        "attendees": f.text(5000),
        "summary": f.text(20000, required=True),
        "outcome": f.text(20000),
        "next_step": f.text(300),
        "next_step_due": f.date(),
    }

    def search_doc(self, row: Consultation, related: Related) -> SearchDoc:
        return SearchDoc(row.summary[:120], _org_name(related, row.organization_id),
                         [row.outcome, row.advisor, row.attendees, row.next_step])

    def after_write(self, unit: Unit, row: Consultation, values: dict[str, Any], warnings: list[FieldProblem],
                    changes: Changes) -> None:
        """Keep the next step's task in step with the consultation (see the module docstring)."""
        tasks = unit.service("task")
        task = unit.session.get(Task, row.next_step_task_id) if row.next_step_task_id else None
        if task is not None and task.deleted_at is not None:
            task = None
        if row.next_step and task is None:
            saved = tasks.create_in(unit, {
                "title": row.next_step, "due_on": row.next_step_due, "record_type": "consultation",
                "record_id": row.id, "assignee": _staff_of(unit, row.organization_id) or unit.actor,
                "notes": row.summary[:2000]})
            self._set_task(unit, row, saved.id)
            changes.merge(saved.changes)
        elif row.next_step and task is not None:
            wanted = {"title": row.next_step, "due_on": row.next_step_due}
            wanted = {k: v for k, v in wanted.items() if getattr(task, k) != v}
            if wanted:
                changes.merge(tasks.update_in(unit, task.id, wanted).changes)
        elif not row.next_step and task is not None:
            if not task.done:
                changes.merge(tasks.delete_in(unit, task.id))
            self._set_task(unit, row, None)

    def _set_task(self, unit: Unit, row: Consultation, task_id: str | None) -> None:
        if row.next_step_task_id != task_id:
            unit.log.updated(self.model.__tablename__, row.id, "next_step_task_id", row.next_step_task_id, task_id)
            row.next_step_task_id = task_id


def _staff_of(unit: Unit, organization_id: str) -> str | None:
    """The staff member in charge of the company's export case (its profile's), if any."""
    stmt = select(CompanyProfile.staff).where(CompanyProfile.organization_id == organization_id,
                                              CompanyProfile.deleted_at.is_(None))
    return unit.session.scalar(stmt)


class SupportGivenService(_NamesItsCompany, RecordService):
    record_type = "support_given"
    model = SupportGiven
    name_columns = ("description",)
    default_order = "given_on"
    fields = {
        "organization_id": f.ref("organization", required=True),
        "kind": f.choice(SupportKind, required=True),
        "given_on": _japan_date_field(required=True),
        "amount_jpy": f.money(),
        "description": f.text(5000),
        "fair_id": f.ref("fair"),
        "counterpart_id": f.ref("organization"),
        "lead_id": f.ref("lead"),
        "staff": f.text(120),
    }

    def validate_record(self, unit: Unit, cleaned: dict[str, Any], problems: list[FieldProblem]) -> None:
        kind = cleaned.get("kind")
        if kind == SupportKind.INTRODUCTION and not (cleaned.get("counterpart_id") or cleaned.get("lead_id")):
            problems.append(FieldProblem("counterpart_id", "support_given.counterpart_required", None))
        if kind == SupportKind.FAIR_SLOT and not cleaned.get("fair_id"):
            problems.append(FieldProblem("fair_id", "support_given.fair_required", None))

    def search_doc(self, row: SupportGiven, related: Related) -> SearchDoc | None:
        if not row.description:
            return None
        return SearchDoc(row.description[:120], _org_name(related, row.organization_id), [])


class ExpansionCaseService(_NamesItsCompany, RecordService):
    record_type = "expansion_case"
    model = ExpansionCase
    name_columns = ("description",)
    default_order = "occurred_on"
    fields = {
        "organization_id": f.ref("organization", required=True),
        "country": f.country(required=True),
        "kind": f.choice(ExpansionKind, required=True),
        "occurred_on": _japan_date_field(required=True),
        "value_jpy": f.money(),
        "description": f.text(5000),
    }

    def search_doc(self, row: ExpansionCase, related: Related) -> SearchDoc:
        name = _org_name(related, row.organization_id)
        return SearchDoc((row.description or name)[:120], name, [row.country])
