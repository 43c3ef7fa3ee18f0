"""RecordService.validate skips the fields left out whose blank no rule checks (a fast path for imports):
pinned, for every service, to validate without it (every field cleaned and checked, as before), over
generated inputs: fields left out, given as None, blank or text, on create and on partial update."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sapporo_mice.errors import ValidationError
from sapporo_mice.services import SERVICE_CLASSES, base


def _outcome(service, unit, values, partial):
    try:
        return "ok", list(service.validate(unit, dict(values), partial=partial).items())
    except ValidationError as exc:
        # a parameter such as a vocabulary's Choices compares by identity: compared by its text
        return "invalid", [(p.field, p.code, p.value, sorted((k, str(v)) for k, v in p.params.items()))
                           for p in exc.problems]


def test_fast_blank_path_matches_validate_without_it_for_every_service(sqlite_crm, monkeypatch):
    @settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
    @given(st.data(), st.booleans())
    def check(data, partial):
        with sqlite_crm.store.reading_unit("t") as unit:
            for service_class in SERVICE_CLASSES:
                service = unit.service(service_class.record_type)
                fields = service.fields
                keys = data.draw(st.lists(st.sampled_from(sorted(fields)), unique=True, max_size=len(fields)))
                values = {k: data.draw(st.sampled_from([None, "", " ", "x"])) for k in keys}
                fast = _outcome(service, unit, values, partial)
                with monkeypatch.context() as patch:
                    patch.setattr(base, "_shape", lambda fields: base._Shape.of(fields, {}))
                    full = _outcome(service, unit, values, partial)
                assert fast == full, (service_class.record_type, values, partial)

    check()


def test_validate_gives_the_blanks_in_field_order(sqlite_crm):
    with sqlite_crm.store.reading_unit("t") as unit:
        service = unit.service("contact")
        cleaned = service.validate(unit, {"family_name": "Lim", "notes": None})
        assert service.validate(unit, {"notes": None}, partial=True, current={"family_name": "Lim"}) == {"notes": None}
    assert cleaned["tags"] == "" and cleaned["notes"] is None and cleaned["family_name"] == "Lim"
    assert list(cleaned) == list(service.fields)
