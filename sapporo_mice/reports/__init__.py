"""``crm.reports``: the PDF briefing packs (DESIGN §5 ``brief KIND REF -o OUT.pdf --lang ja|en``).

Each kind names the record type it is about and a builder that reads that record (one read transaction)
and returns a :class:`~sapporo_mice.reports.document.Pack`; :func:`~sapporo_mice.reports.document.write_pdf`
lays every pack out the same way. Reportlab and the fonts load on the first pack, never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sapporo_mice.errors import NotFoundError
from sapporo_mice.messages import register

if TYPE_CHECKING:
    from sapporo_mice.store import Store

register({
    "report.kind_unknown": {
        "en": "There is no pack called {kind}. Packs: {kinds}.",
        "ja": "{kind} という資料はありません。作成できる資料: {kinds}",
    },
    "report.kind.fair": {"en": "Delegation pack (fair)", "ja": "出張資料（見本市）"},
    "report.kind.company": {"en": "Company one-pager", "ja": "企業紹介シート"},
    "report.kind.bid": {"en": "Bid brief", "ja": "誘致案件ブリーフ"},
    "report.kind.kpi": {"en": "KPI report for a fiscal year", "ja": "評価指標レポート（年度）"},
    "report.fiscal_year_bad": {
        "en": "{ref} is not a fiscal year: write it as 2026, FY2026 or 2026年度.",
        "ja": "{ref} は年度として読めません。2026、FY2026、2026年度 のように書いてください。",
    },
    "report.kind.visit": {"en": "Visit brief (inbound delegation)", "ja": "来訪者ブリーフィング"},
    "report.kind.student": {"en": "Student profile sheet (for a company)", "ja": "留学生プロフィールシート（企業向け）"},
})


@dataclass(frozen=True)
class Kind:
    name: str  # what the CLI calls it
    record_type: str  # what its REF names
    module: str  # sapporo_mice.reports.<module> holds build(session, record_id, styles, **options)


KINDS: dict[str, Kind] = {
    "fair": Kind("fair", "fair", "fair_pack"),
    "company": Kind("company", "organization", "company_pack"),
    "visit": Kind("visit", "visit", "visit_pack"),
    "bid": Kind("bid", "bid", "bid_pack"),
    # Through crm.privacy: only while the student's sharing consent holds, and each production is logged.
    "student": Kind("student", "student", ""),
    # REF is a fiscal year (2026, FY2026, 2026年度): crm.kpi's figures for that year.
    "kpi": Kind("kpi", "", "kpi_pack"),
}


@dataclass(frozen=True)
class Brief:
    """What a pack run made."""

    kind: str
    record_id: str
    path: Path
    pages: int
    title: str


class UnknownPackError(NotFoundError):
    def __init__(self, kind: str) -> None:
        self.kind = kind
        super().__init__("pack", kind)

    def message(self, lang: str = "en") -> str:
        from sapporo_mice.messages import render

        return render("report.kind_unknown", lang, kind=self.kind, kinds=", ".join(KINDS))


class Reports:
    """The packs of one open CRM."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @staticmethod
    def kinds() -> tuple[str, ...]:
        return tuple(KINDS)

    @staticmethod
    def kind_label(kind: str, lang: str) -> str:
        from sapporo_mice.messages import render

        return render(f"report.kind.{kind}", lang)

    def resolve(self, kind: str, ref: str) -> str:
        """The id of the record ``ref`` names for a pack of ``kind`` (an id or a unique name); for ``kpi``, the
        fiscal year ``ref`` names, as text."""
        if _kind(kind).name == "kpi":
            return str(fiscal_year_of(ref))
        return self._store.services[_kind(kind).record_type].resolve(ref)

    def build(self, kind: str, record_id: str, out: Path | str, *, lang: str = "ja", paper: str = "A4",
              progress: Callable[[int, int], None] | None = None, actor: str = "", **options: Any) -> Brief:
        """Write the pack of ``kind`` about ``record_id`` to ``out`` (a file, or a folder where the file is named
        after the pack's title). ``progress(page, expected)`` is called as pages are laid out; an exception it
        raises (a cancel) stops the run and leaves no file."""
        import importlib

        from sapporo_mice.reports.document import Styles, write_pdf

        spec = _kind(kind)
        if kind == "student":
            return self._student(record_id, Path(out), lang=lang, actor=actor)
        if kind == "kpi":
            return self._kpi(fiscal_year_of(record_id), Path(out), lang="ja" if lang == "ja" else "en", paper=paper,
                             progress=progress)
        builder = importlib.import_module(f"sapporo_mice.reports.{spec.module}")
        styles = Styles("ja" if lang == "ja" else "en", paper)
        service = self._store.services[spec.record_type]
        with self._store.reading() as session:
            row = session.get(service.model, record_id)
            if row is None or row.deleted_at is not None:
                raise NotFoundError(spec.record_type, record_id)
            if spec.name == "bid":  # the bid's impact and its series' rotation come from their services
                options = {**options, "store": self._store}
            pack = builder.build(session, record_id, styles, **options)
        out = Path(out)
        if out.is_dir():
            out = out / file_name(pack.title)
        pages = write_pdf(pack, styles, out, progress=progress)
        return Brief(kind, record_id, Path(out), pages, pack.title)

    def _student(self, student_id: str, out: Path, *, lang: str, actor: str) -> Brief:
        from sapporo_mice.students.privacy import Privacy

        if out.is_dir():
            with self._store.reading() as session:
                student = session.get(self._store.services["student"].model, student_id)
                if student is None or student.deleted_at is not None:
                    raise NotFoundError("student", student_id)
                out = out / file_name(f"student_{student.display_name}")
        pages, title = Privacy(self._store).company_profile_pdf(student_id, str(out), actor=actor or "brief",
                                                                lang="ja" if lang == "ja" else "en")
        return Brief("student", student_id, out, pages, title)

    def _kpi(self, fiscal_year: int, out: Path, *, lang: str, paper: str,
             progress: Callable[[int, int], None] | None) -> Brief:
        from sapporo_mice.kpi import Kpi, indicator, shown
        from sapporo_mice.reports.document import Styles, write_pdf
        from sapporo_mice.reports.kpi_pack import build_report

        styles = Styles(lang, paper)
        data = Kpi(self._store).report(fiscal_year, lang=lang)
        pack = build_report(data, styles, lambda code, value: shown(indicator(code), value, lang))
        if out.is_dir():
            out = out / file_name(pack.title)
        pages = write_pdf(pack, styles, out, progress=progress)
        return Brief("kpi", str(fiscal_year), out, pages, pack.title)

    @staticmethod
    def save_copy(source: Path | str, target: Path | str) -> Path:
        """Copy a written pack to where the user chose (atomically; a clear error if it cannot)."""
        import os
        import shutil
        import tempfile

        from sapporo_mice.reports.document import ReportError

        target = Path(target)
        if not target.parent.is_dir():
            raise ReportError("report.folder_missing", file=target.name, folder=str(target.parent))
        try:
            handle, temporary = tempfile.mkstemp(prefix=".brief-", suffix=".pdf", dir=target.parent)
            os.close(handle)
            shutil.copyfile(source, temporary)
            os.replace(temporary, target)
        except OSError as error:
            raise ReportError("report.cannot_write", file=target.name, reason=error.strerror or str(error)) from error
        return target


def fiscal_year_of(ref: str | int) -> int:
    """The fiscal year a REF names (2026, "FY2026", "2026年度"); anything else is a clear error."""
    import re

    from sapporo_mice.errors import ExportError

    match = re.fullmatch(r"\s*(?:FY\s*)?(\d{4})\s*(?:年度)?\s*", str(ref), flags=re.IGNORECASE)
    if not match or not 1900 <= int(match.group(1)) <= 2200:
        raise ExportError("report.fiscal_year_bad", ref=str(ref)[:100])
    return int(match.group(1))


def file_name(title: str) -> str:
    """A file name from a pack's title, safe on Windows, macOS and Linux."""
    import re

    name = re.sub(r'[\\/:*?"<>|\s]+', "_", title).strip("._")[:80]
    return (name or "brief") + ".pdf"


def _kind(kind: str) -> Kind:
    spec = KINDS.get(kind)
    if spec is None:
        raise UnknownPackError(kind)
    return spec
