"""Trade fairs and the local companies' participations in them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sapporo_mice import messages
from sapporo_mice.errors import FieldProblem, ValidationError
from sapporo_mice.models import Fair, Organization, Participation
from sapporo_mice.services import fields as f
from sapporo_mice.services.base import RecordService, Saved, SearchDoc, row_to_dict
from sapporo_mice.services.mice import check_date_order

messages.register({
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
    default_order = "starts_on"
    fields = {
        "name": f.text(300, required=True),
        "name_ja": f.text(300),
        "organizer": f.text(300),
        "city": f.text(200),
        "country": f.country(required=True),
        "timezone": f.timezone(required=True),
        "starts_on": f.date(required=True),
        "ends_on": f.date(required=True),
        "sector": f.text(200),
        "pavilion": f.text(300),
        "budget_jpy": f.money(),
        "owner": f.text(120),
        "notes": f.text(20000),
    }

    def validate_record(self, session: Session, cleaned: dict[str, Any], problems: list[FieldProblem]) -> None:
        check_date_order(cleaned, "starts_on", "ends_on", problems)

    def search_doc(self, session: Session, row: Fair) -> SearchDoc:
        return SearchDoc(row.name, f"{row.city or ''} {row.country} {row.starts_on.isoformat()}".strip(),
                         [row.name_ja, row.organizer, row.sector, row.pavilion])


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

    def create_in(self, session: Session, values: dict[str, Any], *, actor: str) -> Saved:
        """A company takes part in a fair once: a second live participation would count its results twice."""
        stmt = select(Participation.id).where(
            Participation.fair_id == values.get("fair_id"), Participation.organization_id == values.get("organization_id"),
            Participation.deleted_at.is_(None), Participation.merged_into.is_(None)).limit(1)
        if values.get("fair_id") and values.get("organization_id") and session.scalar(stmt):
            raise ValidationError([FieldProblem("organization_id", "participation.duplicate", values["organization_id"])])
        return super().create_in(session, values, actor=actor)

    def validate_record(self, session: Session, cleaned: dict[str, Any], problems: list[FieldProblem]) -> None:
        cost, subsidy = cleaned.get("cost_jpy"), cleaned.get("subsidy_jpy")
        if cost is not None and subsidy is not None and subsidy > cost:
            problems.append(FieldProblem("subsidy_jpy", "participation.subsidy_over_cost", subsidy, {"cost": cost}))

    def to_dict(self, session: Session, row: Participation) -> dict[str, Any]:
        data = row_to_dict(row)
        org, fair = session.get(Organization, row.organization_id), session.get(Fair, row.fair_id)
        data["organization_name"] = org.name if org else None
        data["fair_name"] = fair.name if fair else None
        return data

    def search_doc(self, session: Session, row: Participation) -> SearchDoc:
        fair = session.get(Fair, row.fair_id)
        org = session.get(Organization, row.organization_id)
        title = f"{org.name if org else '?'} @ {fair.name if fair else '?'}"
        return SearchDoc(title, row.booth, [row.products])
