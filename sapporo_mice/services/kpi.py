"""The plan's evaluation indicators and their yearly targets and actuals."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from sapporo_mice import messages
from sapporo_mice.errors import FieldProblem
from sapporo_mice.models import Indicator, IndicatorSource, IndicatorValue
from sapporo_mice.services import fields as f
from sapporo_mice.services.base import RecordService, Related, Saved, SearchDoc

if TYPE_CHECKING:
    from sapporo_mice.store import Unit

messages.register({
    "kpi.actual_computed": {
        "en": "{field}: this indicator is counted from the records; only its target can be entered.",
        "ja": "{field}: この評価指標はレコードから集計するため、入力できるのは目標値だけです。",
    },
    "kpi.percent_over": {"en": "{field}: {value} is more than 100 %.", "ja": "{field}: {value} は 100% を超えています。"},
})


class IndicatorService(RecordService):
    record_type = "indicator"
    model = Indicator
    name_columns = ("code", "name_ja", "name_en")
    default_order = "code"
    unique = (("code",),)
    fields = {
        "code": f.text(40, required=True),
        "name_ja": f.text(300, required=True),
        "name_en": f.text(300, required=True),
        "pillar": f.integer(1, 6, required=True),
        "unit": f.text(40, required=True),
        "source": f.choice(IndicatorSource),
        "formula": f.text(80),
        "description": f.text(5000),
    }

    def create_in(self, unit: Unit, values: dict[str, Any], *, record: bool = True) -> Saved:
        """A new indicator without a code gets one (``P4_ADDED_1``): staff name an indicator, they do not
        invent identifiers; the code only keys it in files and the CLI."""
        if not str(values.get("code") or "").strip():
            values = {**values, "code": self._new_code(unit, values.get("pillar"))}
        return super().create_in(unit, values, record=record)

    @staticmethod
    def _new_code(unit: Unit, pillar: Any) -> str:
        prefix = f"P{pillar}_ADDED_" if str(pillar).strip() in {"1", "2", "3", "4", "5", "6"} else "ADDED_"
        taken = set(unit.session.scalars(select(Indicator.code).where(Indicator.code.startswith(prefix))))
        return next(f"{prefix}{n}" for n in range(1, len(taken) + 2) if f"{prefix}{n}" not in taken)

    def shown_title(self, row: Indicator, lang: str) -> str | None:
        return (row.name_en or row.name_ja) if lang == "en" else row.name_ja

    def search_doc(self, row: Indicator, related: Related) -> SearchDoc:
        return SearchDoc(row.name_ja, row.name_en, [row.code])  # the code stays searchable, not shown


class IndicatorValueService(RecordService):
    record_type = "indicator_value"
    model = IndicatorValue
    name_columns = ("fiscal_year",)
    default_order = "fiscal_year"
    unique = (("indicator_id", "fiscal_year"),)
    fields = {
        "indicator_id": f.ref("indicator", required=True),
        "fiscal_year": f.fiscal_year(required=True),
        "target": f.number(0),
        "actual": f.number(0),
        "note": f.text(1000),
    }

    def validate_record(self, unit: Unit, cleaned: dict[str, Any], problems: list[FieldProblem]) -> None:
        indicator = unit.session.get(Indicator, cleaned.get("indicator_id") or "")
        if indicator is None:
            return
        if indicator.source == IndicatorSource.COMPUTED and cleaned.get("actual") is not None:
            problems.append(FieldProblem("actual", "kpi.actual_computed", cleaned["actual"]))
        if indicator.unit == "%":
            for key in ("target", "actual"):
                if (cleaned.get(key) or 0) > 100 and not any(p.field == key for p in problems):
                    problems.append(FieldProblem(key, "kpi.percent_over", cleaned[key], {"value": cleaned[key]}))
