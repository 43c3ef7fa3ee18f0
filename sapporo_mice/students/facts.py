"""From stored records to the engine's plain facts (:mod:`sapporo_mice.students.matching`)."""

from __future__ import annotations

from typing import Any

from sapporo_mice.models import Opening, Student
from sapporo_mice.services.base import plain
from sapporo_mice.students import vocab
from sapporo_mice.students.matching import OpeningFacts, StudentFacts


def _codes(stored: str | None, vocabulary: vocab.Vocabulary | None = None) -> frozenset[str]:
    """A stored list as codes; an older free-text item that names a code (「IT・情報通信」) counts as it."""
    items = vocab.split(stored)
    if vocabulary is None:
        return frozenset(items)
    return frozenset(vocabulary.code_of(item) or item for item in items)


def _code(stored: str | None, vocabulary: vocab.Vocabulary) -> str | None:
    return (vocabulary.code_of(stored) or stored) if stored else None


def student_facts(row: Student | Any) -> StudentFacts:
    graduation = (row.graduation_year, row.graduation_month or 3) if row.graduation_year else None
    return StudentFacts(
        id=row.id, name=row.display_name or "", jlpt=plain(row.jlpt), english=plain(row.english),
        languages=_codes(row.other_languages, vocab.languages()), skills=tuple(vocab.split(row.skills)),
        industries=_codes(row.desired_industries, vocab.INDUSTRIES),
        job_types=_codes(row.desired_job_types, vocab.JOB_TYPES),
        locations=_codes(row.desired_locations, vocab.LOCATIONS), graduation=graduation,
        residence_status=_code(row.residence_status, vocab.RESIDENCE_STATUSES),
        residence_expires_on=row.residence_expires_on,
        part_time_permit=bool(row.part_time_permit), internship_interest=bool(row.internship_interest),
        consent_on=row.consent_on, consent_expires_on=row.consent_expires_on,
        consent_purposes=_codes(row.consent_purposes, vocab.CONSENT_PURPOSES))


def opening_facts(row: Opening | Any, company: str = "") -> OpeningFacts:
    return OpeningFacts(
        id=row.id, title=row.title or "", company=company, kind=plain(row.kind) or "internship",
        min_jlpt=plain(row.min_jlpt), min_english=plain(row.min_english),
        languages=tuple(sorted(_codes(row.languages, vocab.languages()))),
        skills=tuple(vocab.split(row.required_skills)), industry=_code(row.industry, vocab.INDUSTRIES),
        job_type=_code(row.job_type, vocab.JOB_TYPES), location=vocab.region_of(row.location),
        hours_per_week=row.hours_per_week, starts_on=row.starts_on)
