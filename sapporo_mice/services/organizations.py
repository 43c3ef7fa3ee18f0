"""Organizations: names in several scripts, 法人番号, a phone parsed with the country's region."""

from __future__ import annotations

from typing import Any

from sapporo_mice import countries, formats
from sapporo_mice.errors import FieldProblem
from sapporo_mice.labels import suggested_words
from sapporo_mice.models import Organization, OrgKind
from sapporo_mice.services import fields as f
from sapporo_mice.services.base import RecordService, Related, SearchDoc, phone_words
from sapporo_mice.students.vocab import INDUSTRIES
from sapporo_mice.text import company_key, sort_key
from sapporo_mice.validation import parse_phone
from sapporo_mice.validation.phones import invalid_phone


class OrganizationService(RecordService):
    record_type = "organization"
    model = Organization
    name_columns = ("name", "name_ja", "name_en", "corporate_number")
    read_by_others = frozenset({"name"})  # by its people's, leads', stands' … search rows
    default_order = "sort_key"
    fields = {
        "kind": f.choice(OrgKind),
        "name": f.text(300, required=True),
        "name_ja": f.text(300),
        "name_en": f.text(300),
        "name_kana": f.text(300),
        "corporate_number": f.corporate_number(),
        "country": f.country(),
        "postal_code": f.text(20),
        "address": f.text(2000),
        "website": f.text(500),
        "email": f.email(),
        "phone_raw": f.text(80),
        "industry": f.suggested(INDUSTRIES, 200),  # the industries openings and students' wishes use
        "employees": f.integer(0),
        "capital_jpy": f.money(),
        "owner": f.text(120),
        "tags": f.tags(),
        "notes": f.text(20000),
    }

    def derive(self, row: Organization, cleaned: dict[str, Any], related: Related) -> list[FieldProblem]:
        if row.kind is None:
            row.kind = OrgKind.OTHER
        row.sort_key = sort_key(row.name_kana, row.name_en, row.name)
        row.name_key = company_key(row.name_ja or row.name)
        if "phone_raw" in cleaned or "country" in cleaned:
            return self._parse_phone(row)
        return []

    def _parse_phone(self, row: Organization) -> list[FieldProblem]:
        if not row.phone_raw:
            row.phone_e164 = row.phone_region = row.phone_valid = None
            return []
        phone = parse_phone(row.phone_raw, row.country)
        row.phone_e164, row.phone_region, row.phone_valid = phone.e164, phone.region, phone.valid
        if not phone.valid:
            code, params = invalid_phone(phone)
            return [FieldProblem("phone_raw", code, row.phone_raw, params)]
        return []

    def search_doc(self, row: Organization, related: Related) -> SearchDoc:
        return SearchDoc(row.name, _subtitle(row, row.country),
                         [row.name_ja, row.name_kana, row.corporate_number, row.email,
                          *suggested_words(INDUSTRIES, row.industry), row.tags],
                         phone_words([(row.phone_e164, row.phone_raw)]))

    def shown_title(self, row: Organization, lang: str) -> str | None:
        return formats.name(row.name, row.name_en, lang, row.name_ja)

    def shown_subtitle(self, row: Organization, related: Related, lang: str) -> str | None:
        # Beside a title in the reader's language, the name as written; beside the name as written, the English one.
        title = self.shown_title(row, lang)
        other = row.name if title != row.name else (row.name_en if row.name_en != row.name else None)
        return " / ".join(x for x in (other, countries.name(row.country, lang)) if x)


def _subtitle(row: Organization, country: str | None) -> str:
    """The English name (when it differs) and the country: its code as stored, its name as shown."""
    return " / ".join(x for x in (row.name_en if row.name_en != row.name else None, country) if x)
