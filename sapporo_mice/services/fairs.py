"""Trade fairs and the local companies' participations in them."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from sapporo_mice import countries, formats, messages, trade_fairs
from sapporo_mice.changes import Changes
from sapporo_mice.errors import FieldProblem
from sapporo_mice.identity import live
from sapporo_mice.labels import FAIR_SECTORS, suggested_words
from sapporo_mice.models import Fair, Organization, Participation
from sapporo_mice.services import fields as f
from sapporo_mice.services.base import RecordService, Related, SearchDoc, check_date_order, linked_name, row_to_dict

if TYPE_CHECKING:
    from sapporo_mice.store import Unit

messages.register({
    "fair.duplicate": {
        "en": "{field}: a fair called “{value}” starting that day is already recorded; edit it instead.",
        "ja": "{field}: 同じ日に始まる「{value}」は登録済みです。そちらを編集してください。",
    },
    "participation.title": {"en": "{company} ({fair})", "ja": "{company}（{fair}）"},
    "participation.duplicate": {
        "en": "{field}: this company already takes part in this fair.",
        "ja": "{field}: この企業はすでにこの見本市に参加登録されています。",
    },
    "participation.subsidy_over_cost": {
        "en": "{field}: the subsidy {value} yen is more than the cost {cost} yen.",
        "ja": "{field}: 補助額 {value} 円が経費 {cost} 円を上回っています。",
    },
})


class FairService(RecordService):
    record_type = "fair"
    model = Fair
    name_columns = ("name", "name_ja")
    read_by_others = frozenset({"name"})  # by its stands' search rows
    default_order = "starts_on"
    fields = {
        "name": f.text(300, required=True),
        "name_ja": f.text(300),
        "organizer": f.text(300),
        "city": f.text(200),
        "city_en": f.text(200),
        "country": f.country(required=True),
        "timezone": f.timezone(required=True),
        "starts_on": f.date(required=True),
        "ends_on": f.date(required=True),
        "sector": f.suggested(FAIR_SECTORS, 200),
        "pavilion": f.text(300),
        "pavilion_en": f.text(300),
        "budget_jpy": f.money(),
        "owner": f.text(120),
        "notes": f.text(20000),
    }

    def validate_record(self, unit: Unit, cleaned: dict[str, Any], problems: list[FieldProblem]) -> None:
        check_date_order(cleaned, "starts_on", "ends_on", problems)
        # The same fair twice would split its leads, and `--fair NAME` could no longer pick it.
        name, starts = cleaned.get("name"), cleaned.get("starts_on")
        if name and starts and not any(p.field in ("name", "starts_on") for p in problems):
            from sqlalchemy import func

            stmt = select(Fair.id).where(func.lower(Fair.name) == name.lower(), Fair.starts_on == starts,
                                         Fair.id != (cleaned.get("id") or ""), *live(Fair)).limit(1)
            if unit.session.scalar(stmt):
                problems.append(FieldProblem("name", "fair.duplicate", name))

    def search_doc(self, row: Fair, related: Related) -> SearchDoc:
        return SearchDoc(row.name, f"{row.city or ''} {row.country} {row.starts_on.isoformat()}".strip(),
                         [row.name_ja, row.city_en, row.organizer, *suggested_words(FAIR_SECTORS, row.sector),
                          row.pavilion, row.pavilion_en])

    def shown_title(self, row: Fair, lang: str) -> str | None:
        return formats.name(row.name, None, lang, row.name_ja)

    def shown_subtitle(self, row: Fair, related: Related, lang: str) -> str | None:
        country = countries.name(row.country, lang)
        # シンガポール, シンガポール: a city-state's city and country are one name, shown once
        places = dict.fromkeys(x for x in (formats.name(row.city, row.city_en, lang), country) if x)
        return " · ".join((*places, formats.date(row.starts_on, lang)))

    # ------------------------------------------------------------------ at and after the fair
    def current(self, now: dt.datetime | None = None) -> list[trade_fairs.FairChoice]:
        """The fairs on today in their own time zone (the booth capture opens on one of them)."""
        return trade_fairs.current_fairs(self.store, now)

    def recent(self, limit: int = 50) -> list[trade_fairs.FairChoice]:
        return trade_fairs.recent_fairs(self.store, limit)

    def choice(self, fair_id: str) -> trade_fairs.FairChoice | None:
        return trade_fairs.fair_choice(self.store, fair_id)

    def exhibitors(self, fair_id: str) -> list[trade_fairs.Exhibitor]:
        return trade_fairs.exhibitors(self.store, fair_id)

    def capture_counts(self, fair_id: str, today: dt.date | None = None) -> trade_fairs.CaptureCounts:
        return trade_fairs.capture_counts(self.store, fair_id, today)

    def results(self, fair_id: str) -> trade_fairs.FairResults:
        return trade_fairs.fair_results(self.store, fair_id)

    def create_followups(self, fair_id: str, *, actor: str, today: dt.date | None = None,
                         lang: str = "ja") -> Changes:
        return trade_fairs.create_followups(self.store, fair_id, actor=actor, today=today, lang=lang)


class ParticipationService(RecordService):
    record_type = "participation"
    model = Participation
    name_columns = ("booth",)
    fields = {
        "fair_id": f.ref("fair", required=True),
        "organization_id": f.ref("organization", required=True),
        "contact_id": f.ref("contact"),
        "booth": f.text(60),
        "products": f.text(5000),
        "objectives": f.text(5000),
        "cost_jpy": f.money(),
        "subsidy_jpy": f.money(),
        "negotiations": f.integer(0),
        "deals": f.integer(0),
        "expected_sales_jpy": f.money(),
        "actual_sales_jpy": f.money(),
        "notes": f.text(20000),
    }
    shown_references = (("organization_id", Organization), ("fair_id", Fair))  # what names a stand: see shown_title_in

    def validate_record(self, unit: Unit, cleaned: dict[str, Any], problems: list[FieldProblem]) -> None:
        cost, subsidy = cleaned.get("cost_jpy"), cleaned.get("subsidy_jpy")
        if cost is not None and subsidy is not None and subsidy > cost:
            problems.append(FieldProblem("subsidy_jpy", "participation.subsidy_over_cost", subsidy, {"cost": cost}))
        # A company takes part in a fair once: a second live participation would count its results twice.
        fair_id, org_id = cleaned.get("fair_id"), cleaned.get("organization_id")
        if fair_id and org_id and not any(p.field in ("fair_id", "organization_id") for p in problems):
            stmt = select(Participation.id).where(
                Participation.fair_id == fair_id, Participation.organization_id == org_id,
                Participation.id != (cleaned.get("id") or ""), *live(Participation)).limit(1)
            if unit.session.scalar(stmt):
                problems.append(FieldProblem("organization_id", "participation.duplicate", org_id))

    def to_dict(self, related: Related, row: Participation) -> dict[str, Any]:
        data = row_to_dict(row)
        org, fair = related.fetch(Organization, row.organization_id), related.fetch(Fair, row.fair_id)
        data["organization_name"] = org.name if org else None
        data["organization_name_en"] = org.name_en if org else None  # each language's screens name it by its own
        data["organization_name_ja"] = org.name_ja if org else None
        data["fair_name"] = fair.name if fair else None
        data["fair_name_ja"] = fair.name_ja if fair else None
        return data

    def shown_title(self, row: Any, lang: str) -> str | None:
        """The company and the fair, each as the reader knows it, from the names a record carries (:meth:`to_dict`);
        None for a row without them (the search names it through :meth:`shown_title_in`)."""
        company = formats.name(getattr(row, "organization_name", None), getattr(row, "organization_name_en", None),
                               lang, getattr(row, "organization_name_ja", None))
        fair = formats.name(getattr(row, "fair_name", None), None, lang, getattr(row, "fair_name_ja", None))
        return messages.render("participation.title", lang, company=company, fair=fair) if company and fair else None

    def shown_title_in(self, row: Participation, related: Related, lang: str) -> str | None:
        company = linked_name(related, Organization, row.organization_id, lang)
        fair = linked_name(related, Fair, row.fair_id, lang)
        return messages.render("participation.title", lang, company=company, fair=fair) if company and fair else None

    def search_doc(self, row: Participation, related: Related) -> SearchDoc:
        fair = related.fetch(Fair, row.fair_id)
        org = related.fetch(Organization, row.organization_id)
        title = f"{org.name if org else '?'} @ {fair.name if fair else '?'}"
        return SearchDoc(title, row.booth, [row.products])
