"""MICE: meeting series and bids, with the bid pipeline's stage history."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, inspect, select

from sapporo_mice import bid_pipeline, formats, impact
from sapporo_mice.changes import Changes
from sapporo_mice.errors import FieldProblem, ValidationError
from sapporo_mice.ids import uuid7
from sapporo_mice.labels import enum_label
from sapporo_mice.models import (
    Activity,
    Bid,
    BidCompetitor,
    BidStage,
    BidStageChange,
    Contact,
    DecisionRole,
    Frequency,
    KeyPerson,
    MeetingEdition,
    MeetingSeries,
    MeetingType,
    Organization,
    SyncMixin,
    utcnow,
)
from sapporo_mice.services import fields as f
from sapporo_mice.services.base import (
    RecordService,
    Related,
    Saved,
    SearchDoc,
    check_date_order,
    plain,
    row_to_dict,
)
from sapporo_mice.services.stages import StagedRecordService
from sapporo_mice.store import Reader
from sapporo_mice.validation import FieldInvalid

if TYPE_CHECKING:
    from sapporo_mice.store import Unit


class MeetingSeriesService(RecordService):
    record_type = "meeting_series"
    model = MeetingSeries
    name_columns = ("name", "acronym", "name_ja")
    read_by_others = frozenset({"name", "acronym"})  # by its bids' search rows
    default_order = "name"
    fields = {
        "name": f.text(300, required=True),
        "name_ja": f.text(300),
        "acronym": f.text(40),
        "association_id": f.ref("organization"),
        "frequency": f.choice(Frequency),
        "rotation_area": f.text(200),
        "rotation_pattern": f.text(300),
        "preferred_month": f.integer(1, 12),
        "typical_delegates": f.integer(0),
        "first_year": f.integer(1800, 2200),
        "notes": f.text(20000),
    }

    def shown_title(self, row: MeetingSeries, lang: str) -> str | None:
        return formats.name(row.name, None, lang, row.name_ja)

    def search_doc(self, row: MeetingSeries, related: Related) -> SearchDoc:
        association = related.fetch(Organization, row.association_id)
        return SearchDoc(row.name, row.acronym, [row.name_ja, association.name if association else None,
                                                 row.rotation_area])

    def extra_inputs(self):
        return ("id", "editions", "key_persons")

    def validate_record(self, unit: Unit, cleaned: dict[str, Any], problems: list[FieldProblem]) -> None:
        pass

    def validate_children(self, unit: Unit, values: dict[str, Any]) -> list[FieldProblem]:
        """Its past editions (a list of year, city, country, delegates) checked whole: every bad entry is named
        with its position, and nothing is written when one is wrong; and its key persons."""
        problems = clean_editions(values["editions"])[1] if "editions" in values else []
        if "key_persons" in values:
            problems += clean_key_persons(unit, values["key_persons"])[1]
        return problems

    def after_write(self, unit: Unit, row: MeetingSeries, values: dict[str, Any], warnings: list[FieldProblem],
                    changes: Changes) -> None:
        if "editions" in values:
            replace_children(unit, MeetingEdition, "series_id", row.id, clean_editions(values["editions"])[0],
                             changes, self.record_type)
        if "key_persons" in values:
            replace_children(unit, KeyPerson, "series_id", row.id, clean_key_persons(unit, values["key_persons"])[0],
                             changes, self.record_type)

    def to_dict(self, related: Related, row: MeetingSeries) -> dict[str, Any]:
        data = row_to_dict(row)
        data["editions"] = [
            {"year": e.year, "city": e.city, "country": e.country, "delegates": e.delegates}
            for e in sorted(related.children(MeetingEdition, "series_id", row.id), key=lambda e: (e.year, e.city or ""))
        ]
        association = related.fetch(Organization, row.association_id)
        data["association_name"] = association.name if association else None
        data["key_persons"] = key_persons_of(related, "series_id", row.id)
        return data

    def rotation(self, series_id: str, *, today: dt.date | None = None) -> Any:
        """When the series can next come to Asia, Japan and Sapporo, with the reasoning
        (:func:`sapporo_mice.rotation.next_eligible`)."""
        from sapporo_mice import rotation

        series = self.get(series_id)
        return rotation.next_eligible(series, series["editions"], today=today)


_EDITION_FIELDS = {"year": f.integer(1800, 2200, required=True), "city": f.text(200), "country": f.country(),
                   "delegates": f.integer(0)}
_COMPETITOR_FIELDS = {"city": f.text(200, required=True), "country": f.country(), "strengths": f.text(1000)}


def replace_children(unit: Unit, model: type, parent_key: str, parent_id: str, wanted: list[dict[str, Any]],
                     changes: Changes, record_type: str, keys: tuple[str, ...] | None = None) -> None:
    """Make the parent's live child rows the ``wanted`` ones: tombstone those no longer wanted, insert the new
    ones (rows that stay are left alone, so an unchanged list writes nothing); ``keys``: the columns that say
    two rows are the same (else the model's own, below)."""
    keys = keys or _CHILD_KEYS[model]

    def key(values: dict[str, Any]) -> tuple:
        return tuple(plain(values.get(k)) for k in keys)

    existing = unit.children(model, parent_key, parent_id)
    wanted_keys = {key(w) for w in wanted}
    for child in existing:
        if key(row_to_dict(child)) not in wanted_keys:
            child.deleted_at = utcnow()
            child.version += 1
            unit.log.deleted(child.__tablename__, child.id)
            changes.add(record_type, parent_id)
    have = {key(row_to_dict(c)) for c in existing if c.deleted_at is None}
    for values in wanted:
        if key(values) in have:
            continue
        now = utcnow()
        child = model(id=uuid7(), created_at=now, updated_at=now, created_by=unit.actor, updated_by=unit.actor,
                      version=1, **{parent_key: parent_id}, **values)
        unit.session.add(child)
        unit.log.inserted(child.__tablename__, child.id, {k: v for k, v in row_to_dict(child).items()
                                                          if k not in SyncMixin.SYSTEM_FIELDS})
        changes.add(record_type, parent_id)


_KEY_PERSON_FIELDS = {"contact_id": f.text(36, required=True), "role": f.choice(DecisionRole, required=True),
                      "note": f.text(500)}
_CHILD_KEYS = {MeetingEdition: tuple(_EDITION_FIELDS), BidCompetitor: tuple(_COMPETITOR_FIELDS),
               KeyPerson: tuple(_KEY_PERSON_FIELDS)}


def clean_key_persons(unit: Unit, items: Any) -> tuple[list[dict[str, Any]], list[FieldProblem]]:
    """A bid's or a series' key persons (contact, role in the decision, note) as clean values, and a problem per
    bad entry naming ``key_persons`` and the entry's position (a contact that is not stored among them)."""
    cleaned, problems = clean_rows(items, _KEY_PERSON_FIELDS, "key_persons")
    for position, item in enumerate(items if isinstance(items, (list, tuple)) else [], start=1):
        contact_id = item.get("contact_id") if isinstance(item, dict) else None
        if contact_id and not unit.exists("contact", str(contact_id)):
            problems.append(FieldProblem("key_persons", "field.reference_missing", contact_id, {"position": position}))
    return cleaned, problems


ROLE_ORDER = {role: n for n, role in enumerate(DecisionRole)}


def key_persons_of(related: Related, parent_key: str, parent_id: str) -> list[dict[str, Any]]:
    """The key persons of a bid or series with their names and organisations, the decision makers first."""
    rows = []
    for person in related.children(KeyPerson, parent_key, parent_id):
        contact = related.fetch(Contact, person.contact_id)
        organization = related.fetch(Organization, contact.organization_id) if contact else None
        rows.append({"contact_id": person.contact_id, "role": plain(person.role), "note": person.note,
                     "name": contact.display_name if contact else None, "title": contact.title if contact else None,
                     "organization": organization.name if organization else None,
                     "organization_en": organization.name_en if organization else None,
                     "organization_ja": organization.name_ja if organization else None})
    return sorted(rows, key=lambda r: (ROLE_ORDER[DecisionRole(r["role"])], r["name"] or ""))


def clean_rows(items: Any, specs: dict[str, f.Field], field: str) -> tuple[list[dict[str, Any]], list[FieldProblem]]:
    """A list of small rows (a series' editions, a bid's competitors) as clean values, and a problem per bad
    entry naming ``field`` and the entry's position."""
    if items in (None, ""):
        return [], []
    if not isinstance(items, (list, tuple)):
        return [], [FieldProblem(field, "series.edition_invalid", str(items)[:100], {"position": 1})]
    cleaned, problems = [], []
    for position, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            problems.append(FieldProblem(field, "series.edition_invalid", str(item)[:100], {"position": position}))
            continue
        row = {}
        for key, spec in specs.items():
            try:
                row[key] = spec.clean(item.get(key))
            except FieldInvalid as exc:
                code = f"{field}.{key}_needed" if exc.code == "field.required" else exc.code
                problems.append(FieldProblem(field, code, item.get(key), {**exc.params, "position": position}))
                break
            if spec.required and row[key] in (None, ""):
                problems.append(FieldProblem(field, f"{field}.{key}_needed", None, {"position": position}))
                break
        else:
            cleaned.append(row)
    return cleaned, problems


def clean_competitors(items: Any) -> tuple[list[dict[str, Any]], list[FieldProblem]]:
    return clean_rows(items, _COMPETITOR_FIELDS, "competing")


def clean_editions(items: Any) -> tuple[list[dict[str, Any]], list[FieldProblem]]:
    """A series' editions as clean values, and a problem per bad entry (``editions``, with its position)."""
    cleaned, problems = clean_rows(items, _EDITION_FIELDS, "editions")
    problems = [FieldProblem(p.field, "series.edition_year_needed", p.value, p.params)
                if p.code == "editions.year_needed" else p for p in problems]
    return sorted(cleaned, key=lambda e: e["year"]), problems


class BidService(StagedRecordService):
    record_type = "bid"
    model = Bid
    stage_model = BidStageChange
    parent_key = "bid_id"
    name_columns = ("name",)
    default_order = "bid_deadline"
    fields = {
        "name": f.text(300, required=True),
        "series_id": f.ref("meeting_series"),
        "meeting_type": f.choice(MeetingType),
        "edition_year": f.integer(1900, 2200),
        "starts_on": f.date(),
        "ends_on": f.date(),
        "delegates_international": f.integer(0),
        "delegates_domestic": f.integer(0),
        "accompanying": f.integer(0),
        "days": f.integer(0, 366),
        "venue_id": f.ref("organization"),
        "stage": f.choice(BidStage),
        "probability": f.integer(0, 100),
        "bid_deadline": f.date(),
        "decision_on": f.date(),
        "decision_body": f.text(300),
        "competitors": f.text(500),
        "host_contact_id": f.ref("contact"),
        "association_contact_id": f.ref("contact"),
        "support_offered": f.text(20000),
        "outcome_reason": f.text(20000),
        "economic_impact_jpy": f.money(),
        "impact_parameters": f.Field(impact.clean_stored),
        "owner": f.text(120),
        "pillars": f.pillars(),
        "tags": f.tags(),
        "notes": f.text(20000),
    }

    def extra_inputs(self):
        return ("id", "stage_note", "competing", "key_persons")

    def validate_children(self, unit: Unit, values: dict[str, Any]) -> list[FieldProblem]:
        """Its competing destinations (city, country, strengths) and its key persons."""
        problems = clean_competitors(values["competing"])[1] if "competing" in values else []
        if "key_persons" in values:
            problems += clean_key_persons(unit, values["key_persons"])[1]
        return problems

    def after_write(self, unit: Unit, row: Bid, values: dict[str, Any], warnings: list[FieldProblem],
                    changes: Changes) -> None:
        super().after_write(unit, row, values, warnings, changes)  # the stage history
        if "competing" in values:
            replace_children(unit, BidCompetitor, "bid_id", row.id, clean_competitors(values["competing"])[0],
                             changes, self.record_type)
        if "key_persons" in values:
            replace_children(unit, KeyPerson, "bid_id", row.id, clean_key_persons(unit, values["key_persons"])[0],
                             changes, self.record_type)

    def to_dict(self, related: Related, row: Bid) -> dict[str, Any]:
        data = row_to_dict(row)
        data["competing"] = [{"city": c.city, "country": c.country, "strengths": c.strengths}
                             for c in sorted(related.children(BidCompetitor, "bid_id", row.id),
                                             key=lambda c: c.created_at)]
        data["key_persons"] = key_persons_of(related, "bid_id", row.id)
        return data

    def validate_record(self, unit: Unit, cleaned: dict[str, Any], problems: list[FieldProblem]) -> None:
        check_date_order(cleaned, "starts_on", "ends_on", problems)
        stored = unit.session.get(Bid, cleaned["id"]) if cleaned.get("id") else None
        if stored is None:
            changed = set(cleaned) | {"stage"}
            cleaned = {"stage": BidStage.PROSPECT, **{k: v for k, v in cleaned.items() if v is not None}}
        else:
            before = self._loggable(stored)
            changed = {k for k, v in cleaned.items() if k in before and v != before[k]}
        problems += bid_pipeline.stage_problems(cleaned, changed)

    def derive(self, row: Bid, cleaned: dict[str, Any], related: Related) -> list[FieldProblem]:
        row.meeting_type = row.meeting_type or MeetingType.CONFERENCE
        row.stage = row.stage or BidStage.PROSPECT
        state = inspect(row, raiseerr=False)  # None for the demo's in-memory rows: new ones
        stage_moved = state is None or state.transient or state.pending or bool(state.attrs.stage.history.deleted)
        if stage_moved and cleaned.get("probability") is None:
            row.probability = bid_pipeline.office_probabilities(related)[BidStage(row.stage)]
        if impact.read_stored(row.impact_parameters)[0] is not None:  # an older, unreadable text: left alone
            values = row_to_dict(row) if state is not None else dict(vars(row))
            row.economic_impact_jpy = self.estimate_of(
                values, defaults=bid_pipeline.office_impact_defaults(related)).ripple_jpy
        return []

    # ------------------------------------------------------------------ the pipeline
    def move(self, bid_id: str, stage: BidStage | str, *, actor: str, expected_version: int | None = None,
             note: str | None = None, **needed: Any) -> Saved:
        """Move the bid to ``stage`` through the stage rules; ``needed``: what that stage asks for
        (:func:`~sapporo_mice.bid_pipeline.needs`: a decision date and reason, a bid deadline)."""
        values = {"stage": stage, "stage_note": note, **needed}
        return self.update(bid_id, values, actor=actor, expected_version=expected_version)

    @staticmethod
    def stages() -> tuple[BidStage, ...]:
        return bid_pipeline.STAGES

    @staticmethod
    def needs(stage: BidStage | str) -> tuple[str, ...]:
        return bid_pipeline.needs(stage)

    def stage_probabilities(self) -> dict[BidStage, int]:
        """Each stage's default probability as the office has set it (a shared setting)."""
        with self.store.reading() as session:
            return bid_pipeline.office_probabilities(Reader(session))

    def set_office_defaults(self, parameters: dict[str, Any], probabilities: dict[str, Any], *,
                            actor: str) -> Changes:
        """Set the estimator's default parameters and the stages' probabilities for the whole office, in one
        transaction (each checked; a wrong one refuses both, naming the setting and the parameter)."""
        shared = self.store.services["shared_setting"]
        with self.store.unit(actor) as unit:
            changes = shared.put_in(unit, bid_pipeline.IMPACT_KEY, parameters).changes
            return changes.merge(shared.put_in(unit, bid_pipeline.PROBABILITIES_KEY, probabilities).changes)

    # ------------------------------------------------------------------ the economic impact
    def impact_defaults(self) -> impact.ImpactParameters:
        """Today's estimator parameters as the office has set them (a shared setting)."""
        with self.store.reading() as session:
            return bid_pipeline.office_impact_defaults(Reader(session))

    def estimate_of(self, bid: dict[str, Any], parameters: impact.ImpactParameters | None = None,
                    organiser_spend_jpy: int | None = None, *,
                    defaults: impact.ImpactParameters | None = None) -> impact.Estimate:
        """The bid's estimate: with the parameters it keeps (else today's ``defaults``, read when not given)
        unless others are given."""
        kept, kept_spend = impact.read_stored(bid.get("impact_parameters"))
        return impact.estimate(
            bid.get("meeting_type"), international=bid.get("delegates_international"),
            domestic=bid.get("delegates_domestic"), accompanying=bid.get("accompanying"),
            organiser_spend_jpy=organiser_spend_jpy if organiser_spend_jpy is not None else kept_spend,
            parameters=parameters or kept or defaults or self.impact_defaults())

    def impact_of(self, bid_id: str) -> dict[str, Any]:
        """What the bid's impact form shows: its estimate, the parameters it keeps, today's defaults and the
        parameters that differ from them."""
        bid = self.get(bid_id)
        kept, spend = impact.read_stored(bid.get("impact_parameters"))
        defaults = self.impact_defaults()
        return {"estimate": self.estimate_of(bid), "kept": kept, "defaults": defaults, "organiser_spend_jpy": spend,
                "differences": impact.differences(kept, defaults) if kept else []}

    def preview_estimate(self, bid: dict[str, Any], parameters: dict[str, Any],
                         organiser_spend_jpy: Any) -> impact.Estimate:
        """The estimate the impact form would save (nothing is written); a wrong value raises
        :class:`ValidationError` on ``impact_parameters`` naming the parameter."""
        try:
            kept, spend = impact.read_stored(impact.clean_stored(
                {"parameters": parameters, "organiser_spend_jpy": organiser_spend_jpy}))
        except FieldInvalid as exc:
            raise ValidationError([FieldProblem("impact_parameters", exc.code, None, exc.params)], "bid") from None
        return self.estimate_of(bid, kept, spend or 0)

    def key_persons_by_bid(self, bid_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        """Each bid's key persons (as :func:`key_persons_of` gives them), for a list of bids at once."""
        out: dict[str, list[dict[str, Any]]] = {}
        with self.store.reading() as session:
            reader = Reader(session)
            for start in range(0, len(bid_ids), 500):
                chunk = bid_ids[start:start + 500]
                stmt = select(KeyPerson.bid_id).where(KeyPerson.bid_id.in_(chunk), KeyPerson.deleted_at.is_(None))
                for bid_id in set(session.scalars(stmt)):
                    out[bid_id] = [{k: p[k] for k in ("contact_id", "name", "organization", "organization_en",
                                                        "organization_ja", "role", "note")}
                                   for p in key_persons_of(reader, "bid_id", bid_id)]
        return out

    def pipeline_by_fiscal_year(self) -> list[bid_pipeline.FiscalYearValue]:
        return bid_pipeline.weighted_by_fiscal_year(self.board_rows())  # plain rows: no children per bid

    def filter_choices(self) -> dict[str, list[Any]]:
        """The values the bid filters offer: edition years, owners and rotation areas in use."""
        with self.store.reading() as session:
            def distinct(column: Any, model: Any = Bid) -> list[Any]:
                stmt = select(column).where(model.deleted_at.is_(None), column.is_not(None)).distinct()
                return sorted(v for v in session.scalars(stmt) if v not in (None, ""))
            return {"edition_year": distinct(Bid.edition_year), "owner": distinct(Bid.owner),
                    "rotation_area": distinct(MeetingSeries.rotation_area, MeetingSeries)}

    def impact_sources(self) -> dict[str, impact.Source]:
        """Where each of today's defaults comes from: the survey, the city's assumption, or the office."""
        return impact.sources_for(self.impact_defaults())

    @staticmethod
    def builtin_defaults() -> dict[str, Any]:
        """The published figures and the built-in stage probabilities (what Settings restores)."""
        return {"parameters": impact.ImpactParameters(),
                "probabilities": {s.value: p for s, p in bid_pipeline.DEFAULT_PROBABILITY.items()}}

    @staticmethod
    def checked_parameters(values: dict[str, Any]) -> dict[str, Any]:
        """Default parameters as Settings keeps them, checked (a wrong one raises :class:`ValidationError`)."""
        try:
            return impact.ImpactParameters.from_dict(values).as_dict()
        except FieldInvalid as exc:
            raise ValidationError([FieldProblem("impact_parameters", exc.code, None, exc.params)], "bid") from None

    # ------------------------------------------------------------------ dates
    def create_reminders(self, bid_id: str, *, actor: str, today: dt.date | None = None, lang: str = "ja") -> Changes:
        """Reminder tasks before the bid's deadline and on its decision date (only those it lacks)."""
        from sapporo_mice import bid_dates

        return bid_dates.create_reminders(self.store, bid_id, actor=actor, today=today, lang=lang)

    def ics(self, bid_id: str, *, lang: str = "ja") -> str:
        """The bid's deadline, decision date and meeting dates as an iCalendar file's text."""
        from sapporo_mice import bid_dates

        return bid_dates.ics(self.get(bid_id), lang=lang)

    # ------------------------------------------------------------------ the board
    def board_rows(self, *, where: dict[str, Any] | None = None, rotation_area: str | None = None,
                   today: dt.date | None = None) -> list[dict[str, Any]]:
        """Every live bid (``where``: equal field values; ``rotation_area``: its series') with what its card
        shows: its series, when it was last touched (a change or an activity), whether that makes it stale;
        soonest deadline first."""
        today = today or dt.date.today()
        with self.store.reading() as session:
            stmt = self._apply_where(self.select_live(), where)
            if rotation_area:
                stmt = stmt.where(Bid.series_id.in_(select(MeetingSeries.id).where(
                    MeetingSeries.rotation_area == rotation_area)))
            stmt = stmt.order_by(Bid.bid_deadline.is_(None), Bid.bid_deadline, Bid.decision_on, Bid.name, Bid.id)
            bids = list(session.scalars(stmt))
            ids = [b.id for b in bids]
            last_activity = dict(session.execute(
                select(Activity.record_id, func.max(Activity.occurred_at))
                .where(Activity.record_type == "bid", Activity.record_id.in_(ids), Activity.deleted_at.is_(None))
                .group_by(Activity.record_id)).all()) if ids else {}
            series = {s.id: s for s in session.scalars(select(MeetingSeries).where(
                MeetingSeries.id.in_({b.series_id for b in bids if b.series_id})))} if ids else {}
            rows = []
            for bid in bids:
                row = row_to_dict(bid)
                touched = max(t for t in (bid.updated_at, last_activity.get(bid.id)) if t is not None)
                row["last_touched"] = touched
                row["series_name"] = series[bid.series_id].name if bid.series_id in series else None
                row["stale"] = bid_pipeline.is_stale(row, today)
                rows.append(row)
            return rows

    def search_doc(self, row: Bid, related: Related) -> SearchDoc:
        series = related.fetch(MeetingSeries, row.series_id)
        return SearchDoc(row.name, f"{row.edition_year or ''} {row.stage.value}".strip(),
                         [series.name if series else None, series.acronym if series else None, row.competitors, row.tags])

    def shown_subtitle(self, row: Bid, related: Related, lang: str) -> str | None:
        year = (f"{row.edition_year}年" if lang == "ja" else str(row.edition_year)) if row.edition_year else None
        return " · ".join(x for x in (year, enum_label("BidStage", row.stage, lang)) if x)
