"""Settings that belong to the office (one value for every user, carried by sync), as opposed to this computer's
(:mod:`sapporo_mice.settings`: language, window layout, the database's address).

Each key is declared once with :func:`register`: its cleaner (raises
:class:`~sapporo_mice.validation.FieldInvalid`; returns the value as stored), its title in both languages and
whether an older per-computer value of the same key is its starting value. Values are stored as
:class:`~sapporo_mice.models.SharedSetting` records written by
:class:`~sapporo_mice.services.shared_settings.SharedSettingService`; ``crm.shared_settings`` reads and puts them.

A key's record has a fixed id (:func:`setting_id`): two laptops that set the same key edit the same record, and
sync settles them as any edit/edit of one field (the newer wins; the other value is kept in the conflict list).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sapporo_mice import vocabulary
from sapporo_mice.models import SharedSetting
from sapporo_mice.validation import FieldInvalid

if TYPE_CHECKING:
    from sapporo_mice.services.base import Related, Saved
    from sapporo_mice.store import Store

# The namespace of the keys' record ids (uuid5): fixed forever, or two versions of the app would disagree.
NAMESPACE = uuid.UUID("5e7a0b2c-4d1f-5a3e-9c6b-8f2d1e0a7b34")


@dataclass(frozen=True)
class SharedKey:
    key: str
    clean: Callable[[Any], Any]
    title_en: str
    title_ja: str
    legacy_local: bool = False  # read this computer's old value of the same key while the office has none


SHARED: dict[str, SharedKey] = {}


def register(key: str, clean: Callable[[Any], Any], title_en: str, title_ja: str, *,
             legacy_local: bool = False) -> None:
    """Declare a shared key (at import of the module that owns it); its title names it in errors and history."""
    SHARED[key] = SharedKey(key, clean, title_en, title_ja, legacy_local)
    vocabulary.FIELDS_BY_TYPE[("shared_setting", key)] = (title_en, title_ja)


def setting_id(key: str) -> str:
    """The record id of ``key``'s value: the same on every computer."""
    return str(uuid.uuid5(NAMESPACE, key))


def canonical(value: Any) -> str:
    """The stored text of a value: sorted keys, so the same value is the same text on every replica."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def decoded(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def read(related: Related, key: str, default: Any = None) -> Any:
    """``key``'s value as the office holds it, looked up through a session's reader or a unit (a write that
    needs it reads its own transaction); while the office holds none, this computer's older value of the key
    (when declared ``legacy_local``), else ``default``."""
    row = related.fetch(SharedSetting, setting_id(key))
    if row is not None and row.deleted_at is None and row.value is not None:
        return decoded(row.value)
    return _legacy(key, default)


def _legacy(key: str, default: Any) -> Any:
    spec = SHARED.get(key)
    if spec is None or not spec.legacy_local:
        return default
    from sapporo_mice.settings import Settings

    value = Settings().stored(key)
    if value is None:
        return default
    try:
        return spec.clean(value)
    except (FieldInvalid, TypeError, ValueError):
        return default  # a hand-edited settings file must not stop anything from opening


class SharedSettings:
    """``crm.shared_settings``: the office's settings, one value per key."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, key: str, default: Any = None) -> Any:
        from sapporo_mice.store import Reader

        with self.store.reading() as session:
            return read(Reader(session), key, default)

    def put(self, key: str, value: Any, *, actor: str) -> Saved:
        """Set ``key`` for everyone: validated by the key's cleaner, change-logged, one transaction."""
        return self.store.services["shared_setting"].put(key, value, actor=actor)

    @staticmethod
    def title(key: str, lang: str) -> str:
        spec = SHARED[key]
        return spec.title_ja if lang == "ja" else spec.title_en
