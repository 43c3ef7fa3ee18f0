"""The plan's evaluation indicators and their yearly targets and actuals."""

from __future__ import annotations

from sapporo_mice.models import Indicator, IndicatorSource, IndicatorValue
from sapporo_mice.services import fields as f
from sapporo_mice.services.base import RecordService, Related, SearchDoc


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

    def search_doc(self, row: Indicator, related: Related) -> SearchDoc:
        return SearchDoc(row.name_ja, row.code, [row.name_en])


class IndicatorValueService(RecordService):
    record_type = "indicator_value"
    model = IndicatorValue
    name_columns = ("fiscal_year",)
    default_order = "fiscal_year"
    unique = (("indicator_id", "fiscal_year"),)
    fields = {
        "indicator_id": f.ref("indicator", required=True),
        "fiscal_year": f.fiscal_year(required=True),
        "target": f.number(),
        "actual": f.number(),
    }
