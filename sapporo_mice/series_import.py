"""Import a spreadsheet of association meetings, as convention bureaus keep them from the ICCA database: one row
per edition (series, year, city, country, participants), the series' own columns (acronym, frequency, rotation
area, association) on any of its rows.

Rows are grouped by series name. A series already in the CRM (same name, any case) gets the new editions and
the columns it lacks; a new one is created, with its association (an organisation of kind association, found
by name or created). The file is read with the import machinery's own readers (CSV in UTF-8, UTF-8 with BOM or
CP932; XLSX). It runs only through the generic import (:func:`import_report`: ``import meetings FILE``, its
alias ``bid import-series FILE``, and the import wizard), with the same report, options and rules as the other
imports: every problem names its row and column; one bad cell and nothing is written.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from sapporo_mice import messages
from sapporo_mice.enums import Frequency, OrgKind
from sapporo_mice.io.report import ImportReport
from sapporo_mice.io.rows import Issue
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
class _Counts:
    created: int = 0
    updated: int = 0
    editions_added: int = 0


# What each column can hold, for a column mapping chosen by hand (the import wizard, ``import --map``).
TARGETS = ("name", "acronym", "frequency", "rotation_area", "association", "year", "city", "country", "delegates",
           "preferred_month")


def read_rows(path: Path, *, encoding: str | None = None,
              sheet: str | None = None) -> tuple[list[str], list[tuple[int, list[Any]]]]:
    from sapporo_mice.io.problems import ImportFileError
    from sapporo_mice.io.tabular import read_csv, read_xlsx

    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx", ".xlsm"):
        raise ImportFileError("series_import.unsupported", path.name)
    table = read_csv(path, encoding=encoding) if suffix == ".csv" else read_xlsx(path, sheet=sheet)
    return table.headers, table.rows


def columns_of(headers: list[str], overrides: dict[str, str] | None = None) -> dict[int, str | None]:
    """Each column's target: the user's choice (a target, or anything else to leave it out), else its header."""
    overrides = overrides or {}
    return {i: (overrides[h] if overrides[h] in TARGETS else None) if h in overrides else HEADERS.get(_key(h))
            for i, h in enumerate(headers)}


def looks_like_meetings(headers: list[str]) -> bool:
    """Whether a table is an association meetings sheet: a series' name, and its editions' year and city."""
    targets = set(columns_of(headers).values())
    return {"name", "year"} <= targets and bool(targets & {"city", "country", "frequency", "rotation_area"})


def plan(headers: list[str], rows: list[tuple[int, list[Any]]], file: str = "",
         overrides: dict[str, str] | None = None) -> tuple[dict[str, dict[str, Any]], list[Issue]]:
    """Series by name (their columns and editions) from the rows, and every problem with its row and column."""
    columns = columns_of(headers, overrides)
    if "name" not in columns.values():
        return {}, [Issue(None, None, "series_import.no_name_column", {"file": file})]
    series: dict[str, dict[str, Any]] = {}
    errors: list[Issue] = []
    year_header = next((headers[i] for i, t in columns.items() if t == "year"), None)
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
                errors.append(Issue(number, header, exc.code, {**exc.params, "field": header, "value": str(value)}))
        if edition and "year" not in edition and "year" not in bad:
            errors.append(Issue(number, year_header, "series_import.year_needed", {}))
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


FORMAT = {"key": "association_meetings",
          "label": {"en": "the ICCA Association Database (meetings and their editions)",
                    "ja": "ICCA 国際会議データベース（会議と開催実績）"}}


def import_report(store: Store, path: Path, options: Any, progress: Any = None) -> ImportReport:
    """The same import through the generic import machinery (``import meetings FILE``, the import wizard): its
    report, its options (``dry_run``; ``skip_invalid`` leaves out the rows with a problem, else one problem and
    nothing is written; ``mapping`` of a column to a target of :data:`TARGETS`), its errors by row and column."""
    path = Path(path)
    headers, rows = read_rows(path, encoding=options.encoding, sheet=options.sheet)
    (progress or (lambda *_a: None))("plan", 0, len(rows))
    series, errors = plan(headers, rows, path.name, options.mapping)
    report = ImportReport(file=path.name, kind="meetings", read=len(rows), dry_run=options.dry_run,
                          errors=errors, format=FORMAT)
    bad = {e.row for e in errors}
    if errors and options.skip_invalid and None not in bad:
        kept = [r for r in rows if r[0] not in bad]
        series, _ = plan(headers, kept, path.name, options.mapping)
        report.skipped = len(rows) - len(kept)
    report.would_create = sum(len(entry["editions"]) or 1 for entry in series.values())
    if options.dry_run or (errors and (not options.skip_invalid or None in bad)):
        return report
    (progress or (lambda *_a: None))("save", 0, 0)
    counts = _Counts()
    _write(store, series, counts, options.actor, report.created_ids)
    report.created, report.updated, report.applied = counts.created, counts.updated, True
    report.created_by_type = {"meeting_series": counts.created, "meeting_edition": counts.editions_added}
    return report


def _write(store: Store, series: dict[str, dict[str, Any]], report: _Counts, actor: str,
           ids: dict[str, list[str]]) -> None:
    """``ids``: receives the series created or changed, by record type (what the views refresh)."""
    service, organizations = store.services["meeting_series"], store.services["organization"]
    with store.unit(actor) as unit:
        for entry in series.values():
            values = {k: v for k, v in entry.items() if k not in ("editions", "association")}
            if entry.get("association"):
                values["association_id"] = _association(unit, organizations, entry["association"])
            existing = unit.session.scalar(select(MeetingSeries).where(
                func.lower(MeetingSeries.name) == entry["name"].lower(), MeetingSeries.deleted_at.is_(None)).limit(1))
            if existing is None:
                made = service.create_in(unit, {**values, "editions": entry["editions"]}, record=False)
                ids.setdefault("meeting_series", []).append(made.id)
                report.created += 1
                report.editions_added += len(entry["editions"])
                continue
            current = service.get_in(unit, existing.id)
            known = {(e["year"], (e.get("city") or "").casefold()) for e in current["editions"]}
            new = [e for e in entry["editions"] if (e["year"], (e.get("city") or "").casefold()) not in known]
            missing = {k: v for k, v in values.items() if current.get(k) in (None, "") and k != "name"}
            if new or missing:
                service.update_in(unit, existing.id, {**missing, "editions": [*current["editions"], *new]})
                ids.setdefault("meeting_series", []).append(existing.id)
                report.updated += 1
                report.editions_added += len(new)


def _association(unit: Any, organizations: Any, name: str) -> str:
    found = unit.session.scalar(select(Organization.id).where(
        func.lower(Organization.name) == name.lower(), Organization.deleted_at.is_(None)).limit(1))
    if found:
        return found
    return organizations.create_in(unit, {"name": name, "kind": OrgKind.ASSOCIATION.value}, record=False).id
