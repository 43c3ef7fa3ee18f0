"""The office's shared settings (:mod:`sapporo_mice.shared_settings`): one record per key, its value as JSON."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sapporo_mice import messages
from sapporo_mice.changes import Changes
from sapporo_mice.errors import FieldProblem, ValidationError
from sapporo_mice.models import SharedSetting
from sapporo_mice.services import fields as f
from sapporo_mice.services.base import RecordService, Related, Saved, row_to_dict
from sapporo_mice.shared_settings import SHARED, canonical, decoded, setting_id
from sapporo_mice.validation import FieldInvalid

if TYPE_CHECKING:
    from sapporo_mice.store import Unit

messages.register({
    "shared_setting.unknown_key": {"en": "{field}: “{key}” is not a shared setting.",
                                   "ja": "{field}: 「{key}」は共有設定にありません。"},
    "shared_setting.not_json": {"en": "{field}: the value cannot be stored (lists, numbers, text and true/false only).",
                                "ja": "{field}: この値は保存できません（一覧・数値・文字・真偽値のみ）。"},
    "shared_setting.key_fixed": {"en": "{field}: a shared setting's key cannot change.",
                                 "ja": "{field}: 共有設定のキーは変更できません。"},
})


def _clean_key(value: Any) -> str | None:
    if value in (None, ""):
        return None
    if value not in SHARED:
        raise FieldInvalid("shared_setting.unknown_key", key=str(value))
    return value


def _clean_json(value: Any) -> str | None:
    if value is None:
        return None
    try:
        return canonical(value)
    except (TypeError, ValueError):
        raise FieldInvalid("shared_setting.not_json") from None


class SharedSettingService(RecordService):
    record_type = "shared_setting"
    model = SharedSetting
    name_columns = ("key",)
    default_order = "key"
    unique = (("key",),)
    fields = {"key": f.Field(_clean_key, required=True), "value": f.Field(_clean_json)}

    def put(self, key: str, value: Any, *, actor: str) -> Saved:
        with self.store.unit(actor) as unit:
            return self.put_in(unit, key, value)

    def put_in(self, unit: Unit, key: str, value: Any) -> Saved:
        """Set ``key`` to ``value``, making its record if this database has none yet. The record is made
        without its value and then given it, so the value is a field edit on every replica: two laptops that
        set a key first each meet the other's value as an edit of the same field, which sync settles."""
        record_id, changes = setting_id(str(key)), Changes()
        row = unit.session.get(SharedSetting, record_id)
        if row is None:
            changes.merge(self.create_in(unit, {"key": key}, record=False).changes)
        elif row.deleted_at is not None:
            changes.merge(self.restore_in(unit, record_id).changes)
        saved = self.update_in(unit, record_id, {"value": value})
        saved.changes.merge(changes)
        return saved

    def create_in(self, unit: Unit, values: dict[str, Any], *, record: bool = True) -> Saved:
        if isinstance(values.get("key"), str):
            values = {**values, "id": setting_id(values["key"])}  # the key's one id, whoever makes it
        return super().create_in(unit, values, record=record)

    def validate(self, unit: Unit, values: dict[str, Any], *, partial: bool = False,
                 current: dict[str, Any] | None = None) -> dict[str, Any]:
        """The record's fields, then the value by its key's own cleaner (the problem names the setting)."""
        if current and "key" in values and values["key"] != current.get("key"):
            raise ValidationError([FieldProblem("key", "shared_setting.key_fixed", values["key"])], self.record_type)
        cleaned = super().validate(unit, values, partial=partial, current=current)
        key = cleaned.get("key") or (current or {}).get("key")
        if cleaned.get("value") is not None and key in SHARED:
            raw = json.loads(cleaned["value"])
            try:
                cleaned["value"] = canonical(SHARED[key].clean(raw))
            except FieldInvalid as exc:
                raise ValidationError([FieldProblem(key, exc.code, exc.params.get("value"), exc.params)],
                                      self.record_type) from None
        return cleaned

    def to_dict(self, related: Related, row: SharedSetting) -> dict[str, Any]:
        return {**row_to_dict(row), "value": decoded(row.value)}
