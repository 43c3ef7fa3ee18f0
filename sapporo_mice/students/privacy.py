"""Students' personal data under Japan's APPI: the sharing-consent gate, the access log, export and erasure on
request, and the retention purge (``crm.privacy``).

- **Consent gate**: :meth:`Privacy.company_profile` (what a company may see) and moving a match past
  "suggested" (:class:`~sapporo_mice.services.talent.MatchService`) need the sharing consent to hold today.
- **Access log** (the ``access_log`` table): every view of a profile, export, company profile and erasure is
  written with who and when; only the data protection officer named in the settings reads it.
- **Erasure** (:meth:`Privacy.erase`, :meth:`Privacy.purge`): the student's personal fields are blanked in
  place, leaving a tombstone (id, timestamps, ``purged_at``, deleted) so sync and the KPI counts of matches
  and hires stay whole; the matches lose their explanation, notes and the host's rating; the change log's
  earlier values of those fields are erased and a purge entry takes the erasure to every replica
  (:meth:`ChangeRecorder.erased`, which sync's side applies with the same :meth:`ChangeRecorder.erase_values`); the search row goes, and
  on SQLite the full-text indexes are merged so no old token stays in them.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, text

from sapporo_mice import formats
from sapporo_mice.errors import CrmError, ExportError, NotFoundError
from sapporo_mice.messages import render
from sapporo_mice.models import (
    AccessLogEntry,
    Match,
    MatchStageChange,
    Opening,
    Organization,
    Student,
    SyncMixin,
    utcnow,
)
from sapporo_mice.services.base import plain
from sapporo_mice.services.talent import sharing_allowed
from sapporo_mice.students import vocab

if TYPE_CHECKING:
    from sapporo_mice.store import Store

# Columns of a student that are not personal data: kept on the tombstone.
KEPT = SyncMixin.SYSTEM_FIELDS | {"deleted_at", "merged_into", "purged_at"}
# What a tombstone's personal columns become (the NOT NULL ones get their blank; the rest None).
BLANK = {"display_name": "", "tags": "", "sort_key": "", "internship_interest": False, "part_time_permit": False,
         "consent_share_with_companies": False}
MATCH_PERSONAL = ("reasons", "notes", "host_note", "host_rating")
# What an erasure blanks in the rows under an erased one, by table: the column naming the parent, the parent's
# table, and the blanks. A row made on a laptop before the erasure reached it is blanked the same way when it
# arrives (sync), so a later match or stage note does not bring the erased person back.
ERASED_WITH_PARENT = {
    "matches": ("student_id", "students", dict.fromkeys(MATCH_PERSONAL)),
    "match_stage_changes": ("match_id", "matches", {"note": None}),
}
# What a company may see of a student who agreed to share (no contact details, no residence card).
SHAREABLE = ("display_name", "latin_name", "nationality", "major", "degree", "graduation_year", "graduation_month",
             "jlpt", "english", "other_languages", "skills", "desired_industries", "desired_job_types",
             "desired_locations")


def personal_fields() -> tuple[str, ...]:
    return tuple(c.key for c in Student.__table__.columns if c.key not in KEPT)


class AccessDenied(CrmError):
    def __init__(self, code: str, **params: Any) -> None:
        self.code, self.params = code, params
        super().__init__(render(code, "en", **params))

    def message(self, lang: str = "en") -> str:
        return render(self.code, lang, **self.params)


@dataclass(frozen=True)
class Access:
    at: dt.datetime
    user: str
    action: str
    student_id: str | None
    student_name: str
    detail: str


@dataclass(frozen=True)
class PurgeCandidate:
    id: str
    name: str
    retain_until: dt.date | None
    matches: int


class Privacy:
    def __init__(self, store: Store) -> None:
        self.store = store

    # ------------------------------------------------------------------ access log
    def record_access(self, student_id: str, *, actor: str, action: str, detail: str = "") -> None:
        """Note that ``actor`` viewed (``view``), exported (``export``), shared (``company_profile``) or erased
        the student's data. ``detail`` must hold no personal data (a file name, an opening's id)."""
        with self.store.db.transaction() as session:
            session.add(AccessLogEntry(at=utcnow(), user=actor or "", action=action, record_type="student",
                                       record_id=student_id, detail=detail[:500] or None))

    def access_log(self, *, actor: str, student_id: str | None = None, limit: int = 500) -> list[Access]:
        """The newest entries first; only the data protection officer (setting ``data_officer``) may read them."""
        from sapporo_mice.settings import Settings

        officer = (Settings().get("data_officer") or "").strip()
        if not officer:
            raise AccessDenied("students.no_officer")
        if actor.strip() != officer:
            raise AccessDenied("students.officer_only", officer=officer)
        with self.store.reading() as session:
            stmt = select(AccessLogEntry).where(AccessLogEntry.record_type == "student")
            if student_id:
                stmt = stmt.where(AccessLogEntry.record_id == student_id)
            entries = list(session.scalars(stmt.order_by(AccessLogEntry.id.desc()).limit(limit)))
            names = dict(session.execute(select(Student.id, Student.display_name).where(
                Student.id.in_({e.record_id for e in entries if e.record_id}))).all())
            return [Access(e.at, e.user, e.action, e.record_id, names.get(e.record_id, ""), e.detail or "")
                    for e in entries]

    # ------------------------------------------------------------------ consent gate
    def sharing_allowed(self, student_id: str, today: dt.date | None = None) -> bool:
        with self.store.reading() as session:
            return sharing_allowed(self._student(session, student_id), today or dt.date.today())

    def company_profile(self, student_id: str, *, actor: str, lang: str = "ja",
                        today: dt.date | None = None) -> dict[str, Any]:
        """What a company may be shown of the student (no email, no residence card), only while the sharing
        consent holds; otherwise :class:`AccessDenied`. Logged."""
        with self.store.reading() as session:
            student = self._student(session, student_id)
            if not sharing_allowed(student, today or dt.date.today()):
                raise AccessDenied("students.sharing_refused", name=student.display_name)
            profile = {key: plain(getattr(student, key)) for key in SHAREABLE}
        profile["skills"] = vocab.split(profile["skills"])
        for key, vocabulary in (("desired_industries", vocab.INDUSTRIES), ("desired_job_types", vocab.JOB_TYPES),
                                ("desired_locations", vocab.LOCATIONS)):
            profile[key] = [vocabulary.label(c, lang) for c in vocab.split(profile[key])]
        profile["other_languages"] = [vocab.language_name(c, lang) for c in vocab.split(profile["other_languages"])]
        self.record_access(student_id, actor=actor, action="company_profile")
        return profile

    def company_profile_pdf(self, student_id: str, path: str, *, actor: str, lang: str = "ja",
                            today: dt.date | None = None) -> tuple[int, str]:
        """The company-facing profile sheet (no contact details), only while the sharing consent holds;
        (pages, title)."""
        from sapporo_mice.students.pdf import write_company_profile

        profile = self.company_profile(student_id, actor=actor, lang=lang, today=today)
        try:
            return write_company_profile(profile, path, lang)
        except OSError as exc:
            raise ExportError("students.pdf_failed", path=str(path), reason=exc.strerror or str(exc)) from None

    # ------------------------------------------------------------------ export on request
    def export(self, student_id: str, *, actor: str, lang: str = "ja") -> dict[str, Any]:
        """Everything held about the student (profile, consent, matches with their history, who accessed the
        data), as the student may ask for it (APPI art. 33). Logged."""
        with self.store.reading() as session:
            student = self._student(session, student_id)
            profile = {key: _json(getattr(student, key)) for key in personal_fields() if key != "sort_key"}
            profile["id"] = student.id
            labels = {"residence_status_label": vocab.RESIDENCE_STATUSES.label(student.residence_status, lang),
                      "consent_purposes_labels": [vocab.CONSENT_PURPOSES.label(c, lang)
                                                  for c in vocab.split(student.consent_purposes)]}
            matches = []
            for match in session.scalars(select(Match).where(Match.student_id == student_id,
                                                             Match.deleted_at.is_(None))):
                opening = session.get(Opening, match.opening_id)
                company = session.get(Organization, opening.organization_id) if opening else None
                history = session.scalars(select(MatchStageChange).where(MatchStageChange.match_id == match.id)
                                          .order_by(MatchStageChange.changed_at))
                # the company as the export's reader knows it: its English name in an English export, where it keeps one
                company_name = formats.name(company.name, company.name_en, lang, company.name_ja) if company else ""
                matches.append({"opening": opening.title if opening else "", "company": company_name,
                                "stage": plain(match.stage), "score": match.score, "hired_on": _json(match.hired_on),
                                "host_rating": match.host_rating, "host_note": match.host_note,
                                "history": [{"stage": plain(h.to_stage), "at": _json(h.changed_at)} for h in history]})
            accesses = [{"at": _json(e.at), "user": e.user, "action": e.action} for e in session.scalars(
                select(AccessLogEntry).where(AccessLogEntry.record_type == "student",
                                             AccessLogEntry.record_id == student_id).order_by(AccessLogEntry.id))]
        self.record_access(student_id, actor=actor, action="export")
        return {"student": profile, "labels": labels, "matches": matches, "access_log": accesses,
                "exported_at": _json(utcnow())}

    def export_pdf(self, student_id: str, path: str, *, actor: str, lang: str = "ja") -> None:
        """The same data as :meth:`export`, as a PDF the student can read (Japanese or English)."""
        from sapporo_mice.students.pdf import write_student_pdf

        data = self.export(student_id, actor=actor, lang=lang)
        try:
            write_student_pdf(data, path, lang)
        except OSError as exc:
            raise ExportError("students.pdf_failed", path=str(path), reason=exc.strerror or str(exc)) from None

    # ------------------------------------------------------------------ erasure and retention
    def purge_preview(self, today: dt.date | None = None) -> list[PurgeCandidate]:
        """Students past their retention date whose personal data the purge would erase."""
        today = today or dt.date.today()
        with self.store.reading() as session:
            students = list(session.scalars(select(Student).where(
                Student.purged_at.is_(None), Student.retain_until.is_not(None), Student.retain_until < today)
                .order_by(Student.retain_until, Student.id)))
            return [PurgeCandidate(s.id, s.display_name, s.retain_until, len(list(session.scalars(
                select(Match.id).where(Match.student_id == s.id))))) for s in students]

    def purge(self, *, actor: str, today: dt.date | None = None) -> list[PurgeCandidate]:
        """Erase every student past the retention date (one transaction); returns who was erased."""
        candidates = self.purge_preview(today)
        self._erase([c.id for c in candidates], actor=actor, action="purge")
        return candidates

    def erase(self, student_id: str, *, actor: str) -> None:
        """Erase one student's personal data now, on the student's request."""
        with self.store.reading() as session:
            self._student(session, student_id)
        self._erase([student_id], actor=actor, action="erase")

    def _erase(self, ids: list[str], *, actor: str, action: str) -> None:
        if not ids:
            return
        personal = personal_fields()
        with self.store.unit(actor) as unit:
            session = unit.session
            sqlite = session.get_bind().dialect.name == "sqlite"
            if sqlite:
                session.execute(text("PRAGMA secure_delete = ON"))
            now = utcnow()
            service = self.store.services["student"]
            match_ids: list[str] = []
            for student_id in ids:
                student = session.get(Student, student_id)
                for key in personal:
                    if getattr(student, key) not in (None, BLANK.get(key)):
                        unit.log.updated("students", student.id, key, None, BLANK.get(key))
                    setattr(student, key, BLANK.get(key))
                student.purged_at = now
                unit.log.updated("students", student.id, "purged_at", None, now)
                if student.deleted_at is None:
                    student.deleted_at = now
                    unit.log.deleted("students", student.id)
                service._touch(student, actor)
                service._unindex(session, student.id)
                for match in session.scalars(select(Match).where(Match.student_id == student_id)):
                    match_ids.append(match.id)
                    for key in MATCH_PERSONAL:
                        if getattr(match, key) is not None:
                            unit.log.updated("matches", match.id, key, None, None)
                            setattr(match, key, None)
                    match.version += 1
                    match.updated_at, match.updated_by = now, actor
            if match_ids:
                for change in session.scalars(select(MatchStageChange).where(MatchStageChange.match_id.in_(match_ids))):
                    change.note = None
            session.flush()
            unit.log.flush()
            # The log's earlier values go, and a purge entry per row takes the erasure to every replica.
            unit.log.erased("students", ids, {key: BLANK.get(key) for key in personal})
            unit.log.erased("matches", match_ids, ERASED_WITH_PARENT["matches"][2])
            if match_ids:
                stage_ids = list(session.scalars(select(MatchStageChange.id).where(
                    MatchStageChange.match_id.in_(match_ids))))
                unit.log.erased("match_stage_changes", stage_ids, ERASED_WITH_PARENT["match_stage_changes"][2])
            for student_id in ids:
                session.add(AccessLogEntry(at=now, user=actor, action=action, record_type="student",
                                           record_id=student_id))
            session.flush()
            if sqlite:  # merge the full-text indexes so the erased rows' tokens leave their segments
                for table in ("search_fts", "search_grams"):
                    session.execute(text(f"INSERT INTO {table}({table}) VALUES ('optimize')"))

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _student(session, student_id: str) -> Student:
        student = session.get(Student, student_id)
        if student is None:
            raise NotFoundError("student", student_id)
        return student


def _json(value: Any) -> Any:
    value = plain(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def describe(candidate: PurgeCandidate, lang: str) -> str:
    return render("cli.purge_line", lang, name=candidate.name, retain_until=formats.date(candidate.retain_until, lang),
                  matches=candidate.matches)


__all__ = ["AccessDenied", "Privacy", "describe", "json", "personal_fields"]
