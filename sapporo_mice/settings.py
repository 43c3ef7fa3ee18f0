"""The one settings registry (Picard's options): every setting is declared once, here.

Each :class:`Setting` has a key, a type, a default and a translatable title; the desktop Settings
dialog is generated from :data:`REGISTRY`. Values live in ``settings.json`` in the data dir.
UI-only state (window geometry, column widths) is declared here too, as ``hidden`` settings.
"""

from __future__ import annotations

import getpass
import json
import locale
import os
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sapporo_mice import paths
from sapporo_mice.ids import uuid7


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    title_en: str
    title_ja: str
    choices: tuple[str, ...] = ()
    hidden: bool = False

    def title(self, lang: str) -> str:
        return self.title_ja if lang == "ja" else self.title_en


def _default_language() -> str:
    lang = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    if not lang or lang.startswith(("C.", "POSIX")) or lang == "C":
        lang = (locale.getlocale()[0] or "") if hasattr(locale, "getlocale") else ""
    return "ja" if lang.lower().startswith(("ja", "japanese")) else "en"


def _default_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - getpass raises several kinds on odd systems
        return "user"


REGISTRY: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("language", str, None, "Language", "表示言語", choices=("ja", "en")),
        Setting("user_name", str, None, "Your name (recorded on changes)", "利用者名（変更履歴に記録）"),
        Setting("database_url", str, "", "Database to work in (empty: this computer's)",
                "作業するデータベースの URL（空欄: この PC のデータベース）"),
        Setting("sync_office_url", str, "", "Office database to sync with directly (on the office network)",
                "直接同期する事務所データベースの URL（事務所のネットワーク内）"),
        Setting("default_country", str, "JP", "Default country", "既定の国・地域"),
        Setting("backup_daily", bool, True, "Back up this computer's database every day", "この PC のデータベースを毎日バックアップ"),
        Setting("device_id", str, None, "Device id", "端末 ID", hidden=True),
        Setting("window_geometry", str, "", "Window geometry", "ウィンドウ位置", hidden=True),
        Setting("window_state", str, "", "Window state", "ウィンドウ状態", hidden=True),
        Setting("last_view", str, "home", "Last view", "最後に開いた画面", hidden=True),
        Setting("column_state", dict, {}, "Column layout", "列の配置", hidden=True),
        Setting("saved_filters", dict, {}, "Saved filters", "保存した絞り込み", hidden=True),
        Setting("demo_offered", bool, False, "Demo data offered", "デモデータ提案済み", hidden=True),
        # --- safety: the rotation of the daily backups (edited in Settings' own backup section, not the form)
        Setting("backup_keep_daily", int, 7, "Daily backups kept", "保持する日次バックアップ", hidden=True),
        Setting("backup_keep_weekly", int, 4, "Weekly backups kept", "保持する週次バックアップ", hidden=True),
        # --- students
        Setting("data_officer", str, "", "Data protection officer (reads the access log)",
                "個人情報保護責任者（アクセス記録を閲覧）"),
        # now the office's shared setting (crm.matching.weights); an older per-computer value is its starting value
        Setting("matching_weights", dict, {}, "Matching weights", "マッチングの重み", hidden=True),
        # --- bids: now the office's shared settings (sapporo_mice.shared_settings); an older version kept them per
        # computer, and such a value is still read as the starting value while the office has none
        Setting("impact_defaults", dict, {}, "Economic-impact parameters", "経済波及効果の算定前提", hidden=True),
        Setting("bid_stage_probabilities", dict, {}, "Probability per bid stage", "誘致段階ごとの確度", hidden=True),
    )
}

_DYNAMIC_DEFAULTS = {"language": _default_language, "user_name": _default_user, "device_id": uuid7}


class Settings:
    """Typed access to the settings file. Writes are atomic (temp file, then rename)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.settings_file()
        self._lock = threading.Lock()
        self._values = self._load()

    def get(self, key: str) -> Any:
        setting = REGISTRY[key]
        if key in self._values:
            return self._values[key]
        if key in _DYNAMIC_DEFAULTS:
            value = _DYNAMIC_DEFAULTS[key]()
            if key == "device_id":
                self.set(key, value)
            return value
        return setting.default

    def stored(self, key: str) -> Any:
        """The value saved in the file (None when the key was never saved), without any default."""
        return self._values.get(key)

    def set(self, key: str, value: Any) -> None:
        setting = REGISTRY[key]
        if value is not None and not isinstance(value, setting.type):
            raise TypeError(f"setting {key} takes {setting.type.__name__}, not {type(value).__name__}")
        with self._lock:
            self._values[key] = value
            self._save()

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {k: v for k, v in data.items() if k in REGISTRY} if isinstance(data, dict) else {}

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(self._values, handle, ensure_ascii=False, indent=2)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.path)
