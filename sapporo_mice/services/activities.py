"""Activities, tasks and attachments, each linked to any record by type and id."""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from sapporo_mice import messages, paths
from sapporo_mice.changes import Changes
from sapporo_mice.errors import FieldProblem, ValidationError
from sapporo_mice.labels import enum_label
from sapporo_mice.models import (
    Activity,
    ActivityKind,
    ActivityParticipant,
    Attachment,
    Contact,
    Organization,
    Task,
    utcnow,
)
from sapporo_mice.services import fields as f
from sapporo_mice.services.base import (
    RecordService,
    Related,
    Saved,
    SearchDoc,
    row_to_dict,
)
from sapporo_mice.validation import FieldInvalid

if TYPE_CHECKING:
    from sapporo_mice.store import Unit

messages.register({
    "participants.contact_or_staff": {
        "en": "{field}: entry {position} is either a contact or one of our staff (by name), not both or neither.",
        "ja": "{field}: {position} 件目は連絡先か職員名のどちらか一方を指定してください。",
    },
})

BUSINESS_CARD = "business_card"  # the role of a photo of a visitor's card, attached to their lead
LINKABLE_TYPES = (
    "organization", "contact", "lead", "bid", "meeting_series", "fair", "participation", "student",
    "opening", "match", "consultation", "expansion_case",
) + ("partner_city", "city_network", "exchange", "visit")  # --- network


def _linked(record_type_field: str = "record_type") -> dict[str, f.Field]:
    return {
        record_type_field: f.Field(lambda x: _record_type(x)),
        "record_id": f.text(36),
    }


def _sha256(value: Any) -> str | None:
    text = f.v.clean_text(value, required=True)
    if not re.fullmatch(r"[0-9a-fA-F]{64}", text):
        raise FieldInvalid("field.sha256_invalid")
    return text.lower()


def _record_type(value: Any) -> str | None:
    if value in (None, ""):
        return None
    if value not in LINKABLE_TYPES:
        raise FieldInvalid("field.enum_invalid", allowed=", ".join(LINKABLE_TYPES))
    return value


class _LinkedService(RecordService):
    linkable_types = LINKABLE_TYPES  # the record types activities, tasks and attachments can hang on
    def validate_record(self, unit: Unit, cleaned: dict[str, Any], problems: list[FieldProblem]) -> None:
        record_type, record_id = cleaned.get("record_type"), cleaned.get("record_id")
        if record_type and record_id and not unit.exists(record_type, record_id):
            problems.append(FieldProblem("record_id", "field.reference_missing", record_id))

    def for_record(self, record_type: str, record_id: str, *, limit: int = 200) -> list[dict[str, Any]]:
        return self.list(where={"record_type": record_type, "record_id": record_id}, limit=limit,
                         order_by=self.default_order, descending=True)


class ActivityService(_LinkedService):
    record_type = "activity"
    model = Activity
    name_columns = ("subject",)
    default_order = "occurred_at"
    fields = {
        "kind": f.choice(ActivityKind, required=True),
        "subject": f.text(300, required=True),
        "body": f.text(50000),
        "occurred_at": f.datetime(required=True),
        "owner": f.text(120),
        "pillars": f.pillars(),
        **_linked(),
    }

    def extra_inputs(self):
        return ("id", "participants")

    def validate_children(self, unit: Unit, values: dict[str, Any]) -> list[FieldProblem]:
        """Its participants: each a stored contact or a staff member's name."""
        return clean_participants(unit, values["participants"])[1] if "participants" in values else []

    def after_write(self, unit: Unit, row: Activity, values: dict[str, Any], warnings: list[FieldProblem],
                    changes: Changes) -> None:
        from sapporo_mice.services.mice import replace_children

        if "participants" in values:
            replace_children(unit, ActivityParticipant, "activity_id", row.id,
                             clean_participants(unit, values["participants"])[0], changes, self.record_type,
                             keys=("contact_id", "staff_name"))

    def to_dict(self, related: Related, row: Activity) -> dict[str, Any]:
        return {**row_to_dict(row), "participants": participants_of(related, row.id)}

    def search_doc(self, row: Activity, related: Related) -> SearchDoc:
        return SearchDoc(row.subject, row.kind.value, [row.body])

    def shown_subtitle(self, row: Activity, related: Related, lang: str) -> str | None:
        return enum_label("ActivityKind", row.kind, lang)


def clean_participants(unit: Unit, items: Any) -> tuple[list[dict[str, Any]], list[FieldProblem]]:
    """An activity's participants as clean values (``contact_id`` or ``staff_name``), and a problem per bad entry
    naming ``participants`` and its position; the same person twice is kept once."""
    if items in (None, ""):
        return [], []
    cleaned: list[dict[str, Any]] = []
    problems: list[FieldProblem] = []
    for position, item in enumerate(items if isinstance(items, (list, tuple)) else [items], start=1):
        item = item if isinstance(item, dict) else {}
        contact_id = (str(item.get("contact_id") or "").strip()) or None
        try:
            staff = f.v.clean_text(item.get("staff_name"), max_length=120)
        except FieldInvalid as exc:
            problems.append(FieldProblem("participants", exc.code, item.get("staff_name"),
                                         {**exc.params, "position": position}))
            continue
        if bool(contact_id) == bool(staff):
            problems.append(FieldProblem("participants", "participants.contact_or_staff", None, {"position": position}))
        elif contact_id and not unit.exists("contact", contact_id):
            problems.append(FieldProblem("participants", "field.reference_missing", contact_id, {"position": position}))
        elif {"contact_id": contact_id, "staff_name": staff} not in cleaned:
            cleaned.append({"contact_id": contact_id, "staff_name": staff})
    return cleaned, problems


def participants_of(related: Related, activity_id: str) -> list[dict[str, Any]]:
    """Who took part: our staff first (by name), then their contacts with their organisations."""
    rows = []
    for person in related.children(ActivityParticipant, "activity_id", activity_id):
        contact = related.fetch(Contact, person.contact_id) if person.contact_id else None
        organization = related.fetch(Organization, contact.organization_id) if contact else None
        rows.append({"contact_id": person.contact_id, "staff_name": person.staff_name,
                     "name": person.staff_name or (contact.display_name if contact else ""),
                     "organization": organization.name if organization else None,
                     "organization_en": organization.name_en if organization else None,
                     "organization_ja": organization.name_ja if organization else None})
    return sorted(rows, key=lambda r: (r["staff_name"] is None, r["name"]))


class TaskService(_LinkedService):
    record_type = "task"
    model = Task
    name_columns = ("title",)
    default_order = "due_on"
    fields = {
        "title": f.text(300, required=True),
        "notes": f.text(20000),
        "due_on": f.date(),
        "done": f.flag(),
        "assignee": f.text(120),
        **_linked(),
    }

    def derive(self, row: Task, cleaned: dict[str, Any], related: Related) -> list[FieldProblem]:
        if "done" in cleaned:
            row.done_at = utcnow() if row.done else None
        return []

    def search_doc(self, row: Task, related: Related) -> SearchDoc:
        return SearchDoc(row.title, row.assignee, [row.notes])

    def for_record(self, record_type: str, record_id: str, *, limit: int = 200) -> list[dict[str, Any]]:
        """A record's tasks in the order they are worked: open before done, then by due date."""
        from sapporo_mice.lists.columns import task_work_order
        from sapporo_mice.store import Reader

        with self.store.reading() as session:
            stmt = (self.select_live().where(Task.record_type == record_type, Task.record_id == record_id)
                    .order_by(*task_work_order()).limit(limit))
            reader = Reader(session)
            return [self.to_dict(reader, row) for row in session.scalars(stmt)]


class AttachmentService(_LinkedService):
    """Files stored once by SHA-256 under the data dir; records point at the hash."""

    record_type = "attachment"
    model = Attachment
    BUSINESS_CARD = BUSINESS_CARD
    name_columns = ("filename",)
    fields = {
        "sha256": f.Field(_sha256, required=True),
        "filename": f.text(500, required=True),
        "mime_type": f.text(200),
        "size": f.integer(0, f.INT64_MAX, required=True),
        "role": f.text(40),
        "record_type": f.Field(lambda x: _record_type(x), required=True),
        "record_id": f.text(36, required=True),
    }

    def of_record(self, record_type: str, record_id: str, role: str | None = None) -> list[StoredFile]:
        """The live attachments of one record (optionally of one role, such as a business card), newest first."""
        stmt = (select(Attachment).where(Attachment.record_type == record_type, Attachment.record_id == record_id,
                                         Attachment.deleted_at.is_(None))
                .order_by(Attachment.created_at.desc(), Attachment.id.desc()))
        if role:
            stmt = stmt.where(Attachment.role == role)
        with self.store.reading() as session:
            return [StoredFile(a.id, a.filename, a.sha256, a.mime_type) for a in session.scalars(stmt)]

    def path_of(self, sha256: str) -> Path:
        """Where the file with this content is stored on this computer."""
        return blob_path(sha256)

    def attach_file(self, source: Path, record_type: str, record_id: str, *, actor: str, role: str | None = None) -> Saved:
        source = Path(source)
        if not source.is_file():
            raise ValidationError([FieldProblem("file", "field.file_missing", str(source))])
        try:
            digest = store_blob(source)
        except PermissionError as exc:  # on Windows, most often: the file is open in Excel (a sharing violation)
            raise ValidationError([FieldProblem("file", "field.file_unreadable", source.name)]) from exc
        return self.create({
            "sha256": digest, "filename": source.name, "mime_type": mimetypes.guess_type(source.name)[0],
            "size": blob_path(digest).stat().st_size,  # what was stored, should the source have changed since
            "record_type": record_type, "record_id": record_id, "role": role,
        }, actor=actor)


@dataclass(frozen=True)
class StoredFile:
    id: str
    filename: str
    sha256: str
    mime_type: str | None


def blob_path(sha256: str) -> Path:
    return paths.attachments_dir() / sha256[:2] / sha256


def store_blob(source: Path, *, sync: bool = True) -> str:
    """Copy ``source`` into the content-addressed store (once per content) and return the hash of what was copied.

    The file is read once: into a temporary file of the store's own (a name no other copy shares) while it is
    hashed, then moved to its hash's name, or dropped where that content is stored already. So the stored file
    is what the hash names even if the source changes meanwhile, and a copy that fails on the way (a full disk,
    an unreadable file) leaves nothing behind. It is on disk before the record that names it is committed
    (``sync=False``: left to the system, for the demo's thousands of made-up memos)."""
    root = paths.attachments_dir()
    root.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    incoming = tempfile.NamedTemporaryFile(dir=root, prefix=".incoming-", suffix=".tmp", delete=False)
    temporary = Path(incoming.name)
    try:
        with incoming as out, open(source, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            if sync:
                os.fsync(out.fileno())
        sha = digest.hexdigest()
        target = blob_path(sha)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(temporary, target)
        return sha
    finally:
        temporary.unlink(missing_ok=True)
