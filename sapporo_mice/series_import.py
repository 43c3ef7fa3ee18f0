"""Import a spreadsheet of association meetings, as convention bureaus keep them from the ICCA database: one row
per edition (series, year, city, country, participants), the series' own columns (acronym, frequency, rotation
area, association) on any of its rows.

Rows are grouped by series name. A series already in the CRM (same name, any case) gets the new editions and
the columns it lacks; a new one is created, with its association (an organisation of kind association, found
by name or created). The file is read with the import machinery's own readers (CSV in UTF-8, UTF-8 with BOM or
CP932; XLSX). Every problem names its row and column; one bad cell and nothing is written (``dry_run`` writes
nothing either way).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from sapporo_mice import messages
from sapporo_mice.enums import Frequency, OrgKind
from sapporo_mice.models import MeetingSeries, Organization
from sapporo_mice.validation import FieldInvalid, clean_country, clean_int

if TYPE_CHECKING:
    from sapporo_mice.store import Store

messages.register({
    "series_import.no_name_column": {
        "en": "{file}: no column names the meeting series (e.g. “Series” or “会議名”).",
        "ja": "{file}: 会議シリーズ名の列（例: 「Series」「会議名」）がありません。",
    },
    "series_import.frequency_invalid": {
        "en": "“{value}” is not a frequency (annual, biennial, triennial, quadrennial, irregular).",
        "ja": "「{value}」は開催頻度として読めません（毎年・隔年・3年ごと・4年ごと・不定期）。",
    },
    "series_import.year_needed": {"en": "an edition needs its year.", "ja": "開催年が必要です。"},
    "series_import.unsupported": {"en": "{file}: only .csv and .xlsx files can be read.",
                                  "ja": "{file}: 読み込めるのは .csv と .xlsx のファイルだけです。"},
})

# Header (normalised: NFKC, case-folded, spaces and punctuation dropped) -> what the column holds.
HEADERS = {
    "series": "name", "meetingseries": "name", "seriesname": "name", "meeting": "name", "meetingname": "name",
    "name": "name", "会議シリーズ": "name", "会議名": "name", "会議シリーズ名": "name",
    "acronym": "acronym", "abbreviation": "acronym", "略称": "acronym",
    "frequency": "frequency", "rotationfrequency": "frequency", "開催頻度": "frequency", "頻度": "frequency",
    "rotationarea": "rotation_area", "rotation": "rotation_area", "region": "rotation_area", "巡回地域": "rotation_area",
    "association": "association", "organisation": "association", "organization": "association",
    "主催団体": "association", "主催者": "association",
    "year": "year", "editionyear": "year", "開催年": "year",
    "city": "city", "開催都市": "city", "都市": "city",
    "country": "country", "開催国": "country", "国": "country",
    "participants": "delegates", "delegates": "delegates", "attendees": "delegates", "参加者数": "delegates",
    "month": "preferred_month", "開催月": "preferred_month",
}
FREQUENCY_WORDS = {
    Frequency.ANNUAL: ("annual", "annually", "yearly", "everyyear", "1", "毎年", "年1回"),
    Frequency.BIENNIAL: ("biennial", "biennially", "every2years", "2", "隔年", "2年ごと"),
    Frequency.TRIENNIAL: ("triennial", "every3years", "3", "3年ごと"),
    Frequency.QUADRENNIAL: ("quadrennial", "every4years", "4", "4年ごと"),
    Frequency.IRREGULAR: ("irregular", "other", "不定期"),
}
_FREQUENCY = {word: member for member, words in FREQUENCY_WORDS.items() for word in words}


def _key(text: Any) -> str:
    folded = unicodedata.normalize("NFKC", str(text or "")).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


@dataclass
class SeriesImportReport:
    read: int = 0
    created: int = 0
    updated: int = 0
    editions_added: int = 0
    applied: bool = False
    errors: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"read": self.read, "created": self.created, "updated": self.updated,
                "editions_added": self.editions_added, "applied": self.applied, "errors": self.errors}


def read_rows(path: Path) -> tuple[list[str], list[tuple[int, list[Any]]]]:
    from sapporo_mice.io.problems import ImportFileError
    from sapporo_mice.io.tabular import read_csv, read_xlsx

    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ImportFileError("series_import.unsupported", path.name)
    table = read_csv(path) if suffix == ".csv" else read_xlsx(path)
    return table.headers, table.rows


def plan(headers: list[str], rows: list[tuple[int, list[Any]]], lang: str,
         file: str = "") -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """Series by name (their columns and editions) from the rows, and every problem with its row and column."""
    columns = {i: HEADERS.get(_key(h)) for i, h in enumerate(headers)}
    if "name" not in columns.values():
        return {}, [{"row": 1, "column": None, "message": messages.render("series_import.no_name_column", lang,
                                                                           file=file)}]
    series: dict[str, dict[str, Any]] = {}
    errors: list[dict[str, Any]] = []
    for number, cells in rows:
        values = {columns[i]: cell for i, cell in enumerate(cells) if columns.get(i) and cell not in (None, "")}
        name = str(values.get("name") or "").strip()
        if not name:
            continue
        entry = series.setdefault(name.casefold(), {"name": name, "editions": []})
        edition: dict[str, Any] = {}
        bad = set()
        for target, value in values.items():
            try:
                _apply(entry, edition, target, value)
            except FieldInvalid as exc:
                bad.add(target)
                header = headers[next(i for i, t in columns.items() if t == target)]
                text = messages.render(exc.code, lang, field=header, value=str(value)[:100], **exc.params)
                errors.append({"row": number, "column": header, "message": text})
        if edition and "year" not in edition and "year" not in bad:
            errors.append({"row": number, "column": None,
                           "message": messages.render("series_import.year_needed", lang)})
        elif edition:
            entry["editions"].append(edition)
    return series, errors


def _apply(entry: dict[str, Any], edition: dict[str, Any], target: str, value: Any) -> None:
    if target == "year":
        edition["year"] = clean_int(value, minimum=1800, maximum=2200)
    elif target == "city":
        edition["city"] = str(value).strip()[:200]
    elif target == "country":
        edition["country"] = clean_country(value)
    elif target == "delegates":
        edition["delegates"] = clean_int(str(value).replace(",", ""), minimum=0)
    elif target == "frequency":
        found = _FREQUENCY.get(_key(value))
        if found is None:
            raise FieldInvalid("series_import.frequency_invalid")
        entry.setdefault("frequency", found.value)
    elif target == "preferred_month":
        entry.setdefault("preferred_month", clean_int(value, minimum=1, maximum=12))
    elif target in ("acronym", "rotation_area", "association"):
        entry.setdefault(target, str(value).strip())


def import_series(store: Store, path: Path, *, actor: str, lang: str = "ja",
                  dry_run: bool = False) -> SeriesImportReport:
    headers, rows = read_rows(Path(path))
    series, errors = plan(headers, rows, lang, Path(path).name)
    report = SeriesImportReport(read=len(rows), errors=errors)
    if errors:
        return report
    try:
        _write(store, series, report, actor, dry_run)
    except _DryRun:
        return report  # counted, then rolled back
    report.applied = True
    return report


class _DryRun(Exception):
    """Raised inside the unit of a dry run, so everything it wrote is rolled back."""


def _write(store: Store, series: dict[str, dict[str, Any]], report: SeriesImportReport, actor: str,
           dry_run: bool) -> None:
    service, organizations = store.services["meeting_series"], store.services["organization"]
    with store.unit(actor) as unit:
        for entry in series.values():
            values = {k: v for k, v in entry.items() if k not in ("editions", "association")}
            if entry.get("association"):
                values["association_id"] = _association(unit, organizations, entry["association"])
            existing = unit.session.scalar(select(MeetingSeries).where(
                func.lower(MeetingSeries.name) == entry["name"].lower(), MeetingSeries.deleted_at.is_(None)).limit(1))
            if existing is None:
                service.create_in(unit, {**values, "editions": entry["editions"]}, record=False)
                report.created += 1
                report.editions_added += len(entry["editions"])
                continue
            current = service.get_in(unit, existing.id)
            known = {(e["year"], (e.get("city") or "").casefold()) for e in current["editions"]}
            new = [e for e in entry["editions"] if (e["year"], (e.get("city") or "").casefold()) not in known]
            missing = {k: v for k, v in values.items() if current.get(k) in (None, "") and k != "name"}
            if new or missing:
                service.update_in(unit, existing.id, {**missing, "editions": [*current["editions"], *new]})
                report.updated += 1
                report.editions_added += len(new)
        if dry_run:
            raise _DryRun


def _association(unit: Any, organizations: Any, name: str) -> str:
    found = unit.session.scalar(select(Organization.id).where(
        func.lower(Organization.name) == name.lower(), Organization.deleted_at.is_(None)).limit(1))
    if found:
        return found
    return organizations.create_in(unit, {"name": name, "kind": OrgKind.ASSOCIATION.value}, record=False).id
