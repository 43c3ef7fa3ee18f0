"""Keeping the data safe: backups, automatic daily backups, restoring one, and checking the database.

- **Backup** (:func:`backup`): SQLite through its online backup API (consistent while the app works on);
  PostgreSQL through ``pg_dump -Fc``. Either is written to a temporary file first and renamed.
- **Daily backups** (:func:`auto_backup`, SQLite only, setting ``backup_daily``): at most one a day in
  :func:`~sapporo_mice.paths.backups_dir`, named ``<database>-daily-<date>.db``. The 7 newest are kept, and
  of the older ones the newest of each ISO week, for the 4 newest such weeks (:func:`kept_days`; the settings
  ``backup_keep_daily`` and ``backup_keep_weekly``, edited in Settings); the others
  are deleted. Backups made before a migration (``<database>-<revision>-<stamp>.db``) and before a
  restore (``<database>-before-restore-<stamp>``) have other names and are never rotated away.
- **Restore** (:func:`restore_database`): the backup is checked first (a database of this app, of a schema
  this version knows: :func:`describe_backup`, which also gives the confirmation its date and counts), the
  database as it is is backed up, then the SQLite file is replaced atomically (a copy next to it, fsync,
  rename) or the PostgreSQL database restored with ``pg_restore --clean --if-exists`` in one transaction.
  Nothing may have the SQLite file open meanwhile: a restore that finds it in use stops before replacing it.
- **Check** (:func:`check`): SQLite's own checks (integrity, foreign keys, the FTS5 indexes, every trigger and
  index the migrations create), and the app's invariants on both databases: no reference to a missing record,
  no broken ``merged_into`` chain, and a search row for exactly the live records of each searchable type,
  each reading as its record's document gives it now (a row written by an older version of the app, or before
  a company it names was renamed, no longer finds its record by the words it now holds).
  ``repair=True`` rebuilds what can be rebuilt, checks again, and marks each finding repaired only when the
  second check no longer finds it: what it cannot repair stays in the report.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import glob
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, or_, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from sapporo_mice import encryption, grams, messages, paths
from sapporo_mice.database import Database, alembic_config, head_revision
from sapporo_mice.errors import CrmError
from sapporo_mice.identity import live
from sapporo_mice.models import MODEL_BY_TYPE, TYPE_BY_TABLE, LocalState, SearchEntry, utcnow
from sapporo_mice.search import rebuild_index
from sapporo_mice.services.base import (SEARCH_REVISION, SEARCH_REVISION_KEY, RecordService, has_search_doc,
                                        note_search_revision, reindex_rows)
from sapporo_mice.services.people import LISTED_CHILDREN, not_one_primary
from sapporo_mice.vocabulary import field_label, table_label, type_label, type_name

if TYPE_CHECKING:
    from sapporo_mice.store import Store, Unit

DAILY_KEPT, WEEKLY_KEPT = 7, 4
SQLITE_MAGIC, PG_DUMP_MAGIC = b"SQLite format 3\x00", b"PGDMP"
CHUNK = 500
REFRESH_LOCK = 7140418  # PostgreSQL advisory lock: one office client refreshes the shared search rows at a time
PG_RESTORE_LOCK_TIMEOUT_MS = 10_000

messages.register({
    # The kinds of backup the app keeps in the backups folder (KeptBackup.kind), for the desktop and the CLI alike.
    "backup.kind.daily": {"en": "Daily backup", "ja": "毎日の自動バックアップ"},
    "backup.kind.manual": {"en": "Backed up by hand", "ja": "手動のバックアップ"},
    "backup.kind.before_upgrade": {"en": "Before an update of the app", "ja": "アプリ更新前の控え"},
    "backup.kind.before_restore": {"en": "Before a restore", "ja": "復元前の控え"},
    "backup.kind.before_encrypt": {"en": "Before encrypting the database", "ja": "暗号化前の控え"},
    "backup.kind.before_decrypt": {"en": "Before removing the encryption", "ja": "暗号化解除前の控え"},
    "backup.kind.before_rekey": {"en": "Before changing the passphrase", "ja": "パスフレーズ変更前の控え"},
    "backup.folder_missing": {
        "en": "The folder {folder} does not exist; choose an existing folder for the backup.",
        "ja": "フォルダー {folder} がありません。バックアップの保存先には、存在するフォルダーを指定してください。",
    },
    "backup.same_file": {
        "en": "{file} is the database itself; choose another file for the backup.",
        "ja": "{file} はデータベースそのものです。バックアップには別のファイルを指定してください。",
    },
    "backup.tool_missing": {
        "en": "{tool} was not found. Install the PostgreSQL client tools (Debian/Ubuntu: sudo apt-get install "
              "postgresql-client; Windows and macOS: the command line tools of the PostgreSQL installer) and try again.",
        "ja": "{tool} が見つかりません。PostgreSQL のクライアントツールをインストールしてから、もう一度お試しください"
              "（Debian/Ubuntu: sudo apt-get install postgresql-client、Windows・macOS: PostgreSQL インストーラーのコマンドラインツール）。",
    },
    "backup.tool_failed": {"en": "{tool} failed: {reason}", "ja": "{tool} が失敗しました: {reason}"},
    "restore.file_missing": {
        "en": "The backup file {file} does not exist.",
        "ja": "バックアップファイル {file} がありません。",
    },
    "restore.not_a_backup": {
        "en": "{file} is not a backup (neither a SQLite database nor a PostgreSQL dump); nothing was restored.",
        "ja": "{file} はバックアップではありません（SQLite データベースでも PostgreSQL のダンプでもありません）。何も復元していません。",
    },
    "restore.not_this_app": {
        "en": "{file} is a database, but not one of Sapporo MICE CRM (it has no schema revision); nothing was restored.",
        "ja": "{file} はデータベースですが、札幌 MICE CRM のものではありません（スキーマのリビジョンがありません）。何も復元していません。",
    },
    "restore.newer_schema": {
        "en": "{file} was made by a newer version of the app (schema revision {revision}; this version knows up to "
              "{head}). Update the app, then restore it.",
        "ja": "{file} は新しいバージョンのアプリで作られています（スキーマのリビジョン {revision}。このバージョンは {head} まで）。"
              "アプリを更新してから復元してください。",
    },
    "restore.wrong_kind": {
        "en": "{file} is a backup of a {kind} database; it cannot be restored into this {target} database.",
        "ja": "{file} は {kind} データベースのバックアップのため、この {target} データベースには復元できません。",
    },
    "restore.same_file": {
        "en": "{file} is the database itself, not a backup of it.",
        "ja": "{file} はデータベースそのもので、そのバックアップではありません。",
    },
    "restore.source_journal": {
        "en": "{file} has an unfinished journal ({journal}): it is in use, or was copied while in use. Close the "
              "program that uses it, or choose another backup.",
        "ja": "{file} には書き込み途中のジャーナル（{journal}）があります。使用中か、使用中にコピーされたファイルです。"
              "使っているプログラムを閉じるか、別のバックアップを選んでください。",
    },
    "restore.damaged": {
        "en": "The backup {file} is damaged ({reason}); nothing was restored.",
        "ja": "バックアップ {file} は壊れています（{reason}）。何も復元していません。",
    },
    "restore.in_use": {
        "en": "The database {file} is open in another program or window; close it and try again. Nothing was "
              "restored (a copy of the database as it is was kept in {safety}).",
        "ja": "データベース {file} は別のプログラムかウィンドウで開かれています。閉じてからもう一度お試しください。"
              "何も復元していません（現在のデータベースの控えを {safety} に保存しました）。",
    },
    "restore.in_use_server": {
        "en": "Another program or window is writing to the database {database} right now; a restore would have to "
              "wait for it or cut it off. Try again when the others have finished. Nothing was restored (a copy "
              "of the database as it is was kept in {safety}).",
        "ja": "別のプログラムかウィンドウがデータベース {database} に書き込み中です。今復元すると、その処理を待つか中断する"
              "ことになります。ほかの処理が終わってからもう一度お試しください。何も復元していません（現在のデータベースの"
              "控えを {safety} に保存しました）。",
    },
    "backup.no_records": {"en": "No records.", "ja": "レコードはありません。"},
    "backup.count_line": {"en": "{type}: {count:,}", "ja": "{type}: {count:,} 件"},
    "check.integrity": {
        "en": "SQLite's integrity check found {count:|problem|problems}: {detail}. Restore a recent backup.",
        "ja": "SQLite の整合性チェックで {count:,} 件の問題が見つかりました: {detail}。最近のバックアップから復元してください。",
    },
    "check.foreign_key": {
        "en": "{count:,|entry in “{table}” points|entries in “{table}” point} through “{column}” at a {parent} that "
              "does not exist.",
        "ja": "「{table}」の {count:,} 件が「{column}」で存在しない{parent}を参照しています。",
    },
    "check.fts_broken": {
        "en": "The full-text index {table} is damaged ({reason}).",
        "ja": "全文検索インデックス {table} が壊れています（{reason}）。",
    },
    "check.fts_out_of_step": {
        "en": "The full-text index {table} does not match the search rows.",
        "ja": "全文検索インデックス {table} が検索用の行と一致していません。",
    },
    "check.trigger_missing": {
        "en": "The trigger {name} is missing: the search index is no longer kept up to date.",
        "ja": "トリガー {name} がありません。検索インデックスが更新されなくなっています。",
    },
    "check.index_missing": {"en": "The index {name} is missing.", "ja": "インデックス {name} がありません。"},
    "check.orphan": {
        "en": "{count:,|{type} record points|{type} records point} through “{field}” at a record that does not exist "
              "(e.g. {example}).",
        "ja": "{type}の {count:,} 件が「{field}」で存在しないレコードを参照しています（例: {example}）。",
    },
    "check.orphan_required": {
        "en": "{count:,|{type} record points|{type} records point} through “{field}” at a record that does not exist "
              "(e.g. {example}). "
              "The field is required, so it cannot simply be cleared: correct the records concerned or restore a backup.",
        "ja": "{type}の {count:,} 件が「{field}」で存在しないレコードを参照しています（例: {example}）。"
              "必須項目のため空にはできません。レコードを修正するか、バックアップから復元してください。",
    },
    "check.merged_missing": {
        "en": "The {type} {id} is merged into {end}, which does not exist as a {type}.",
        "ja": "{type} {id} の統合先 {end} は、{type}として存在しません。",
    },
    "check.merged_cycle": {
        "en": "The {type} {id} is merged in a circle: its chain of merges comes back to itself.",
        "ja": "{type} {id} の統合先をたどると、自分自身に戻ってしまいます（循環しています）。",
    },
    "check.search_missing": {
        "en": "{count:,|live {type} record has no search entry, so search does not find it|live {type} records "
              "have no search entry, so search does not find them}.",
        "ja": "{type}の {count:,} 件に検索用の行がなく、検索で見つかりません。",
    },
    "check.search_outdated": {
        "en": "{count:,|search entry of {type} records no longer reads as its record does, so search may not find "
              "it by what it holds now|search entries of {type} records no longer read as their records do, so "
              "search may not find them by what they hold now}.",
        "ja": "{type}の検索用の行のうち {count:,} 件が現在の内容と合っておらず、今の内容では検索で見つからないことがあります。",
    },
    "check.search_extra": {
        "en": "{count:,|search entry of {type} records belongs|search entries of {type} records belong} to deleted, "
              "merged or missing records.",
        "ja": "{type}の検索用の行のうち {count:,} 件は、削除・統合済みか存在しないレコードのものです。",
    },
    "check.search_unknown_type": {
        "en": "{count:,|search entry has|search entries have} an unknown record type “{record_type}”.",
        "ja": "検索用の行のうち {count:,} 件は、不明なレコードの種類「{record_type}」です。",
    },
    "check.primary_not_one": {
        "en": "{count:,|{type} record has|{type} records have} {field} of which none, or more than one, is marked as "
              "the primary one "
              "(e.g. {example}).",
        "ja": "{type}の {count:,} 件で、{field}のうち主なものが 1 つになっていません（例: {example}）。",
    },
    "check.collation": {
        "en": "The database sorts text by the collation “{collation}”, which puts names in another order than the "
              "app's (Japanese readings in gojūon order, then Latin A–Z, then other scripts): the lists come out "
              "partly out of order. Recreate the database with the C.UTF-8 or ICU ja-JP collation and restore a "
              "backup into it (README, “The office database”).",
        "ja": "このデータベースは照合順序「{collation}」で文字列を並べ替えるため、名前の並びがアプリの想定（読みの五十音順、"
              "次にラテン文字の A–Z、その他の文字）と一部異なります。C.UTF-8 または ICU の ja-JP の照合順序でデータベースを"
              "作り直し、バックアップを復元してください（README の「The office database」を参照）。",
    },
    "check.failed": {
        "en": "The check “{step}” could not run: {reason}",
        "ja": "チェック「{step}」を実行できませんでした: {reason}",
    },
    "repair.recreated": {"en": "Re-created {name}.", "ja": "{name} を作り直しました。"},
    "repair.failed": {
        "en": "The repair “{step}” failed: {reason}. Restore a recent backup.",
        "ja": "修復「{step}」に失敗しました: {reason}。最近のバックアップから復元してください。",
    },
    "repair.fts_rebuilt": {"en": "Rebuilt the full-text indexes.", "ja": "全文検索インデックスを再構築しました。"},
    "repair.reference_cleared": {
        "en": "Cleared the {count:|reference|references}; the history records it.",
        "ja": "{count:,} 件の参照を空にしました（変更履歴に記録されています）。",
    },
    "repair.search_added": {"en": "Added {count:|search entry|search entries}.", "ja": "検索用の行を {count:,} 件追加しました。"},
    "repair.primary_set": {
        "en": "Made the one listed first the primary one for the {count:|record|records}; the history records it.",
        "ja": "{count:,} 件で、先頭に表示されているものを主なものにしました（変更履歴に記録されています）。",
    },
    "repair.search_updated": {
        "en": "Updated {count:|search entry|search entries}.",
        "ja": "検索用の行を {count:,} 件更新しました。",
    },
    "repair.search_removed": {
        "en": "Removed {count:|search entry|search entries}.",
        "ja": "検索用の行を {count:,} 件削除しました。",
    },
})


class MaintenanceError(CrmError):
    """A backup, restore or check that cannot be done as asked; the message says why and what to do."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code, self.params = code, params
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        return messages.render(self.code, lang, **self.params)


# ============================================================================================ backups
@dataclass(frozen=True)
class BackupFile:
    file: Path
    bytes: int

    def as_json(self) -> dict[str, Any]:
        return {"file": str(self.file), "bytes": self.bytes}


def backup(db: Database, target: Path) -> BackupFile:
    """Back the database up to ``target`` (a file, or an existing folder to put a dated file in)."""
    target = Path(target).expanduser().absolute()
    if target.is_dir():
        target = target / default_backup_name(db)
    if not target.parent.is_dir():
        raise MaintenanceError("backup.folder_missing", folder=str(target.parent))
    source = sqlite_file(db)
    if source is not None and _same_file(source, target):
        raise MaintenanceError("backup.same_file", file=str(target))
    if db.is_sqlite:
        db.copy_sqlite(target)
    else:
        _pg_dump(db.url, target)
    return BackupFile(target, target.stat().st_size)


def default_backup_name(db: Database) -> str:
    """``<database>-<YYYYmmdd-HHMMSS>.db`` (``.dump`` for PostgreSQL): the date is in the name."""
    if db.is_sqlite:
        return f"{(sqlite_file(db) or Path('memory')).stem}-{_stamp()}.db"
    return f"{make_url(db.url).database or 'crm'}-{_stamp()}.dump"


def sqlite_file(db: Database) -> Path | None:
    """The SQLite database's file, or None (PostgreSQL, or an in-memory database)."""
    if not db.is_sqlite:
        return None
    name = make_url(db.url).database
    return Path(name).absolute() if name and name != ":memory:" else None


def _same_file(a: Path, b: Path) -> bool:
    return a.resolve() == b.resolve()


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


# ------------------------------------------------------------------------------------- daily backups
def auto_backup(db: Database, *, today: dt.date | None = None) -> Path | None:
    """Today's automatic backup of a SQLite database, if the setting asks for it and none was made today;
    then the rotation (:func:`kept_days`). Returns the file made, or None."""
    from sapporo_mice.settings import Settings

    source = sqlite_file(db)
    settings = Settings()
    if source is None or not source.exists() or not settings.get("backup_daily"):
        return None
    today = today or dt.date.today()
    folder = paths.backups_dir()
    daily = daily_backups(folder, source.stem)
    made = None
    if today not in daily:
        made = daily[today] = db.copy_sqlite(folder / daily_backup_name(source.stem, today))
    kept = kept_days(daily, daily=_kept_setting(settings, "backup_keep_daily", DAILY_KEPT, 1),
                     weekly=_kept_setting(settings, "backup_keep_weekly", WEEKLY_KEPT, 0))
    for day in set(daily) - kept:
        daily[day].unlink(missing_ok=True)
    return made


def _kept_setting(settings: Any, key: str, default: int, least: int) -> int:
    """A rotation count from the settings (a hand-edited file may hold anything: then the default)."""
    value = settings.get(key)
    return max(least, min(value, 366)) if isinstance(value, int) and not isinstance(value, bool) else default


@dataclass(frozen=True)
class BackupSchedule:
    """What Settings shows about the daily backups of this computer's database."""

    possible: bool  # a SQLite file (the office server is backed up by its administrators)
    folder: Path
    latest: dt.datetime | None  # the newest backup of this database of any kind, by its time


def backup_schedule(db: Database) -> BackupSchedule:
    folder = paths.backups_dir()
    if sqlite_file(db) is None:
        return BackupSchedule(False, folder, None)
    return BackupSchedule(True, folder, max((kept.taken for kept in kept_backups(db)), default=None))


@dataclass(frozen=True)
class KeptBackup:
    """One of this computer's backups of its database, in the backups folder."""

    file: Path
    kind: str  # daily, manual, before_upgrade, before_restore, before_encrypt, before_decrypt, before_rekey
    taken: dt.datetime  # when the file was written, in this computer's time zone
    bytes: int

    def kind_label(self, lang: str) -> str:
        return messages.render(f"backup.kind.{self.kind}", lang)

    def as_json(self, lang: str = "en") -> dict[str, Any]:
        return {"file": str(self.file), "kind": self.kind, "kind_label": self.kind_label(lang),
                "taken": self.taken.isoformat(), "bytes": self.bytes}


# What follows ``<database>-`` in the name of each kind of backup the app makes in the folder: the daily one
# (auto_backup), one made before a migration (Database._backup_sqlite: the revision it was at), one made before a
# restore or an encryption change (the action), and "Back up now" saved there under its default name.
_KEPT_NAMES = (("daily", re.compile(r"daily-\d{4}-\d{2}-\d{2}")),
               ("before", re.compile(r"before-(restore|encrypt|decrypt|rekey)-\d{8}-\d{6}")),
               ("before_upgrade", re.compile(r"(?:\d{4}_[0-9a-z_]+|base)-\d{8}-\d{6}")),
               ("manual", re.compile(r"\d{8}-\d{6}")))


def kept_backups(db: Database) -> list[KeptBackup]:
    """The backups of this SQLite database that the app keeps in the backups folder, newest first: what a restore
    would most likely be made from. Empty for PostgreSQL (its administrators keep the office server's). A file of
    another database, or of no kind the app makes, is not listed."""
    source, folder = sqlite_file(db), paths.backups_dir()
    if source is None or not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{glob.escape(source.stem)}-*.db"):
        rest = path.name[len(source.stem) + 1:-len(".db")]
        for kind, pattern in _KEPT_NAMES:
            match = pattern.fullmatch(rest)
            if match:
                break
        else:
            continue
        try:
            stat = path.stat()
        except OSError:  # gone since it was listed (the rotation, another app's restore)
            continue
        kind = f"before_{match[1]}" if kind == "before" else kind
        found.append(KeptBackup(path, kind, dt.datetime.fromtimestamp(stat.st_mtime).astimezone(), stat.st_size))
    return sorted(found, key=lambda kept: (kept.taken, kept.file.name), reverse=True)


def daily_backup_name(stem: str, day: dt.date) -> str:
    return f"{stem}-daily-{day.isoformat()}.db"


def daily_backups(folder: Path, stem: str) -> dict[dt.date, Path]:
    """The automatic backups of the database named ``stem`` in ``folder``, by day."""
    pattern = re.compile(re.escape(stem) + r"-daily-(\d{4}-\d{2}-\d{2})\.db")
    found = {}
    for path in folder.iterdir():
        match = pattern.fullmatch(path.name)
        if match:
            try:
                found[dt.date.fromisoformat(match[1])] = path
            except ValueError:  # a name that looks like a date but is none: not ours to delete
                continue
    return found


def kept_days(days: Iterable[dt.date], *, daily: int = DAILY_KEPT, weekly: int = WEEKLY_KEPT) -> set[dt.date]:
    """The backups the rotation keeps: the ``daily`` newest, and of the older ones the newest of each ISO week,
    for the ``weekly`` newest weeks."""
    newest_first = sorted(set(days), reverse=True)
    keep = set(newest_first[:daily])
    weeks: dict[tuple[int, int], dt.date] = {}
    for day in newest_first[daily:]:
        weeks.setdefault(tuple(day.isocalendar())[:2], day)  # newest first: the first seen is the week's newest
    return keep | set(list(weeks.values())[:weekly])


# ------------------------------------------------------------------------------------ PostgreSQL tools
def find_pg_tool(name: str) -> Path:
    """``pg_dump`` or ``pg_restore``: on PATH, else the newest of the usual install folders."""
    on_path = shutil.which(name)
    if on_path:
        return Path(on_path)
    patterns = (f"/usr/lib/postgresql/*/bin/{name}", f"/usr/local/opt/libpq/bin/{name}",
                f"/opt/homebrew/opt/libpq/bin/{name}", f"/Applications/Postgres.app/Contents/Versions/*/bin/{name}",
                f"C:/Program Files/PostgreSQL/*/bin/{name}.exe")
    found = [p for pattern in patterns for p in glob.glob(pattern)]
    if not found:
        raise MaintenanceError("backup.tool_missing", tool=name)
    return Path(max(found, key=_version_in_path))


def _version_in_path(path: str) -> tuple[int, ...]:
    match = re.search(r"[/\\](\d+(?:\.\d+)*)[/\\]bin", path)
    return tuple(int(n) for n in match[1].split(".")) if match else (0,)


def _libpq(url: str) -> tuple[str, dict[str, str]]:
    """The connection string for the libpq tools, and their environment (the password goes there, not on
    the command line where other users could read it)."""
    parsed = make_url(url)
    parts = {"host": parsed.host, "port": parsed.port, "user": parsed.username, "dbname": parsed.database}
    parts.update({k: v if isinstance(v, str) else v[-1] for k, v in parsed.query.items()})
    conninfo = " ".join(f"{k}={_quoted(str(v))}" for k, v in parts.items() if v not in (None, ""))
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    return conninfo, env


def _quoted(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _run_pg_tool(name: str, args: list[str], env: dict[str, str] | None = None) -> str:
    tool = find_pg_tool(name)
    result = subprocess.run([str(tool), *args], capture_output=True, text=True, env=env, encoding="utf-8",
                            errors="replace", check=False)
    if result.returncode != 0:
        lines = [line for line in result.stderr.strip().splitlines() if line.strip()]
        raise MaintenanceError("backup.tool_failed", tool=name, reason=" ".join(lines[-3:]) or result.returncode)
    return result.stdout


def _pg_dump(url: str, target: Path) -> None:
    conninfo, env = _libpq(url)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        _run_pg_tool("pg_dump", ["--format=custom", f"--file={partial}", f"--dbname={conninfo}"], env)
        _fsync(partial)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)


_fsync = encryption.fsync_file


# ============================================================================================ restore
@dataclass(frozen=True)
class BackupInfo:
    """What the confirmation shows about a backup: read from it without changing it."""

    file: Path
    kind: str  # "sqlite" or "postgresql"
    taken_at: dt.datetime
    revision: str
    counts: dict[str, int]  # the `stats` keys: live records per type
    bytes: int
    encrypted: bool = False  # an SQLCipher file (a backup of an encrypted database)

    def count_lines(self, lang: str = "en") -> list[str]:
        """The non-zero counts, one line each, as the user calls the record types."""
        from sapporo_mice.crm import STATS_KEYS

        lines = [messages.render("backup.count_line", lang, type=type_label(STATS_KEYS[key], lang), count=n)
                 for key, n in self.counts.items() if n]
        return lines or [messages.render("backup.no_records", lang)]

    def as_json(self) -> dict[str, Any]:
        return {"file": str(self.file), "kind": self.kind, "taken_at": self.taken_at.isoformat(),
                "revision": self.revision, "counts": self.counts, "bytes": self.bytes, "encrypted": self.encrypted}


@dataclass(frozen=True)
class Restored:
    restored_from: Path
    safety_backup: Path | None

    def as_json(self) -> dict[str, Any]:
        return {"restored_from": str(self.restored_from),
                "safety_backup": str(self.safety_backup) if self.safety_backup else None}


def describe_backup(source: Path, *, url: str | None = None, passphrase: str | None = None) -> BackupInfo:
    """Date, schema revision and record counts of a backup; raises :class:`MaintenanceError` for a file that
    is not a backup of this app, of a schema newer than this version's, or (with ``url``) of the other kind
    of database. An encrypted backup is read with ``passphrase`` (else ``SAPPORO_MICE_PASSPHRASE``):
    ``PassphraseNeededError`` without one, ``WrongPassphraseError`` with one that does not open it."""
    source = Path(source).expanduser().absolute()
    if not source.is_file():
        raise MaintenanceError("restore.file_missing", file=str(source))
    kind = _backup_kind(source)
    if url is not None:
        _check_kind(source, kind, url)
    encrypted = kind == "sqlite" and encryption.is_encrypted(source)
    if kind == "sqlite":
        revision, counts = _read_sqlite_backup(source, backup_key(source, passphrase))
    else:
        revision, counts = _read_pg_dump(source)
    _check_revision(source, revision)
    return BackupInfo(source, kind, _taken_at(source), revision, counts, source.stat().st_size, encrypted)


def backup_key(source: Path, passphrase: str | None) -> str | None:
    """The passphrase to read the SQLite backup ``source`` with: None for a plain one."""
    return encryption.key_for(source, passphrase) if encryption.is_encrypted(source) else None


def _backup_kind(source: Path) -> str:
    with open(source, "rb") as handle:
        head = handle.read(len(SQLITE_MAGIC))
    if head.startswith(PG_DUMP_MAGIC):
        return "postgresql"
    if head == SQLITE_MAGIC or encryption.is_encrypted(source):  # an encrypted database shows no header
        return "sqlite"
    raise MaintenanceError("restore.not_a_backup", file=str(source))


def _check_kind(source: Path, kind: str, url: str) -> None:
    target = make_url(url).get_backend_name()
    if kind != target:
        names = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
        raise MaintenanceError("restore.wrong_kind", file=str(source), kind=names[kind], target=names.get(target, target))


def _read_only(source: Path, passphrase: str | None = None) -> Any:
    """A connection that cannot change the file, nor create a journal beside it (``immutable``)."""
    return encryption.connect(source.resolve(), passphrase, read_only=True, check=False)


def _read_sqlite_backup(source: Path, passphrase: str | None = None) -> tuple[str, dict[str, int]]:
    connection = _read_only(source, passphrase)
    try:
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone() \
            if "alembic_version" in tables else None
        if row is None:
            raise MaintenanceError("restore.not_this_app", file=str(source))
        counts = {key: connection.execute(f'SELECT count(*) FROM "{table}" WHERE deleted_at IS NULL').fetchone()[0]
                  for key, table in _stats_tables().items() if table in tables}
        return row[0], counts
    except encryption.database_errors() as exc:
        if passphrase is not None and "not a database" in str(exc):
            raise encryption.WrongPassphraseError(str(source)) from exc
        raise MaintenanceError("restore.damaged", file=str(source), reason=str(exc)) from exc
    finally:
        connection.close()


def _stats_tables() -> dict[str, str]:
    """The `stats` keys and their tables."""
    from sapporo_mice.crm import STATS_KEYS

    return {key: MODEL_BY_TYPE[record_type].__tablename__ for key, record_type in STATS_KEYS.items()}


def _read_pg_dump(source: Path) -> tuple[str, dict[str, int]]:
    """The revision and live-record counts of a ``pg_dump -Fc`` file, from its data as ``pg_restore`` prints
    it (the COPY blocks of the counted tables and of ``alembic_version``); the database is not touched."""
    tables = {table: key for key, table in _stats_tables().items()}
    args = ["--data-only", "--file=-", *(f"--table={t}" for t in (*tables, "alembic_version")), str(source)]
    try:
        script = _run_pg_tool("pg_restore", args)
    except MaintenanceError as exc:
        if exc.code == "backup.tool_failed":
            raise MaintenanceError("restore.damaged", file=str(source), reason=exc.params["reason"]) from exc
        raise
    revision, counts = _count_copy_blocks(script.splitlines(), tables)
    if revision is None:
        raise MaintenanceError("restore.not_this_app", file=str(source))
    return revision, counts


_COPY = re.compile(r'COPY (?:"?\w+"?\.)?"?(\w+)"? \((.*)\) FROM stdin;')


def _count_copy_blocks(lines: Iterable[str], tables: dict[str, str]) -> tuple[str | None, dict[str, int]]:
    counts = dict.fromkeys(tables.values(), 0)
    revision, table, deleted = None, None, None
    for line in lines:
        if table is None:
            match = _COPY.match(line)
            if match:
                table = match[1]
                columns = [c.strip().strip('"') for c in match[2].split(",")]
                deleted = columns.index("deleted_at") if "deleted_at" in columns else None
        elif line == "\\.":
            table = None
        elif table == "alembic_version":
            revision = line.split("\t")[0]
        elif table in tables and (deleted is None or line.split("\t")[deleted] == "\\N"):
            counts[tables[table]] += 1
    return revision, counts


@functools.cache
def known_revisions() -> frozenset[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return frozenset(r.revision for r in script.walk_revisions())


def _check_revision(source: Path, revision: str) -> None:
    if revision not in known_revisions():
        raise MaintenanceError("restore.newer_schema", file=str(source), revision=revision, head=head_revision())


def _taken_at(source: Path) -> dt.datetime:
    """When the backup was made: the date and time in its name (``…-20261201-093000.db``), else the day in its
    name (``…-daily-2026-12-01.db``) with the file's time if that is the same day, else the file's time."""
    modified = dt.datetime.fromtimestamp(source.stat().st_mtime).astimezone()
    stamp = re.search(r"(\d{8}-\d{6})", source.name)
    if stamp:
        return dt.datetime.strptime(stamp[1], "%Y%m%d-%H%M%S").astimezone()
    day = re.search(r"(\d{4}-\d{2}-\d{2})", source.name)
    if day:
        named = dt.date.fromisoformat(day[1])
        return modified if modified.date() == named else dt.datetime.combine(named, dt.time()).astimezone()
    return modified


def restore_database(url: str, source: Path, *, passphrase: str | None = None,
                     backup_passphrase: str | None = None) -> Restored:
    """Replace the database at ``url`` with the backup ``source`` (see the module's notes). Use it with no
    connection of this process open to the database (the CLI opens none; ``crm.maintenance.restore`` closes
    its CRM's first). An encrypted database is opened with ``passphrase`` and stays encrypted with it, whatever
    the backup was; an encrypted backup is read with ``backup_passphrase`` (else the database's)."""
    db = Database(url, passphrase=passphrase)
    try:
        info = describe_backup(source, url=url, passphrase=backup_passphrase or db.passphrase)
        if db.is_sqlite:
            return _restore_sqlite(db, info.file, backup_key(info.file, backup_passphrase or db.passphrase))
        return _restore_postgres(db, info.file)
    finally:
        db.dispose()


def _restore_sqlite(db: Database, source: Path, source_key: str | None) -> Restored:
    target = sqlite_file(db)
    if _same_file(source, target):
        raise MaintenanceError("restore.same_file", file=str(source))
    journal = Path(f"{source}-wal")
    if journal.exists() and journal.stat().st_size:
        raise MaintenanceError("restore.source_journal", file=str(source), journal=journal.name)
    staged = target.with_name(f".{target.name}.restoring")
    try:
        _stage(source, source_key, staged, db.passphrase)
        if not encryption.has_data(target):
            encryption.put_in_place(staged, target, None)
            return Restored(source, None)
        safety = _safety_copy(db, target)
        db.dispose()
        _put_over(staged, target, db.passphrase, safety)
        return Restored(source, safety)
    finally:
        staged.unlink(missing_ok=True)


def _put_over(staged: Path, target: Path, passphrase: str | None, safety: Path) -> None:
    """Replace the database file, held for this connection alone meanwhile: refused while any other connection
    (another program, or another job of this one) has it open, so that no write can go into the old file."""
    try:
        with encryption.held(target, passphrase) as holder:
            encryption.put_in_place(staged, target, holder)
    except encryption.FileInUse as exc:
        raise MaintenanceError("restore.in_use", file=str(target), safety=str(safety)) from exc
    except encryption.database_errors():  # a file SQLite cannot read: nobody can be using it
        encryption.put_in_place(staged, target, None)


def _stage(source: Path, source_key: str | None, staged: Path, key: str | None) -> None:
    """Copy the backup next to the database, encrypted as the database is (with ``key``; plain with None), and
    check the copy: what is checked is what is put in place."""
    try:
        if source_key == key:
            shutil.copyfile(source, staged)
            _fsync(staged)
        else:  # from an encrypted backup into a plain database, or the other way, or another passphrase
            encryption.export(source, source_key, staged, key)
        connection = _read_only(staged, key)
        try:
            result = [row[0] for row in connection.execute("PRAGMA quick_check(5)")]
        finally:
            connection.close()
    except encryption.database_errors() as exc:
        result = [str(exc)]
    if result != ["ok"]:
        raise MaintenanceError("restore.damaged", file=str(source), reason="; ".join(result))


def _safety_copy(db: Database, target: Path) -> Path:
    """The database as it is, before it is replaced; a file SQLite cannot read is copied byte for byte."""
    safety = paths.backups_dir() / f"{target.stem}-before-restore-{_stamp()}.db"
    try:
        return db.copy_sqlite(safety)
    except (DBAPIError, *encryption.database_errors()):
        shutil.copyfile(target, safety)
        return safety


def _restore_postgres(db: Database, source: Path) -> Restored:
    name = make_url(db.url).database or "crm"
    safety = paths.backups_dir() / f"{name}-before-restore-{_stamp()}.dump"
    _pg_dump(db.url, safety)
    if _others_writing(db):
        raise MaintenanceError("restore.in_use_server", database=name, safety=str(safety))
    db.dispose()
    conninfo, env = _libpq(db.url)
    env["PGOPTIONS"] = f"-c lock_timeout={PG_RESTORE_LOCK_TIMEOUT_MS}"  # a writer that starts meanwhile: fail, not hang
    _run_pg_tool("pg_restore", ["--clean", "--if-exists", "--single-transaction", "--no-owner", "--no-privileges",
                                f"--dbname={conninfo}", str(source)], env)
    _drop_tables_not_in(db, source)
    return Restored(source, safety)


def _others_writing(db: Database) -> int:
    """How many other sessions on this database are in the middle of a statement or a transaction."""
    with db.engine.connect() as connection:
        return connection.exec_driver_sql(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() "
            "AND backend_type = 'client backend' AND state IN ('active', 'idle in transaction', "
            "'idle in transaction (aborted)')").scalar_one()


def _drop_tables_not_in(db: Database, source: Path) -> None:
    """The app's tables that the backup does not have (made by a later migration) go: ``--clean`` drops only
    what the dump holds, and the next start would fail to create them again."""
    from sapporo_mice.models import Base

    listing = _run_pg_tool("pg_restore", ["--list", "--file=-", str(source)])
    in_dump = set(re.findall(r"\bTABLE \S+ (\w+) ", listing))
    with db.engine.begin() as connection:
        present = set(connection.exec_driver_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()").scalars())
        for table in reversed(Base.metadata.sorted_tables):
            if table.name in present and table.name not in in_dump:
                connection.exec_driver_sql(f'DROP TABLE "{table.name}" CASCADE')


# ============================================================================================== check
# What repairing each kind of finding does (kinds not listed are reported, not repaired).
ACTIONS = {
    "check.trigger_missing": "repair.recreated", "check.index_missing": "repair.recreated",
    "check.fts_broken": "repair.fts_rebuilt", "check.fts_out_of_step": "repair.fts_rebuilt",
    "check.orphan": "repair.reference_cleared", "check.search_missing": "repair.search_added",
    "check.search_extra": "repair.search_removed", "check.search_unknown_type": "repair.search_removed",
    "check.primary_not_one": "repair.primary_set", "check.search_outdated": "repair.search_updated",
}
_SEARCH_KINDS = {"check.trigger_missing", "check.fts_broken", "check.fts_out_of_step", "check.search_missing",
                 "check.search_extra", "check.search_unknown_type"}


@dataclass(frozen=True)
class Finding:
    """One problem: ``code`` is its message id, ``subject`` what it is about (stable between two checks,
    so a repair can be confirmed), ``params`` the message's values."""

    code: str
    subject: str
    params: dict[str, Any] = field(default_factory=dict)
    repaired: bool = False

    @property
    def repairable(self) -> bool:
        return self.code in ACTIONS

    def message(self, lang: str = "en") -> str:
        return messages.render(self.code, lang, **self._shown(lang))

    def action(self, lang: str = "en") -> str | None:
        """What the repair did, once it did it."""
        action = ACTIONS.get(self.code) if self.repaired else None
        return messages.render(action, lang, **self._shown(lang)) if action else None

    def as_json(self, lang: str = "en") -> dict[str, Any]:
        return {"code": self.code, "message": self.message(lang), "repaired": self.repaired,
                "action": self.action(lang)}

    def _shown(self, lang: str) -> dict[str, Any]:
        params = dict(self.params)
        if "field" in params:
            params["field"] = field_label(params.get("type"), params["field"], lang)
        if "type" in params:
            params["type"] = type_name(params["type"], lang)
        if self.code == "check.foreign_key":  # tables by what they hold, the column by its label
            owner = TYPE_BY_TABLE.get(params["table"])
            parent = TYPE_BY_TABLE.get(params["parent"])
            params["column"] = (field_label(owner, params["column"], lang) if owner
                                else type_name(parent, lang) if parent else params["column"])
            params["table"] = _table_name(params["table"], lang)
            params["parent"] = _table_name(params["parent"], lang)
        return params


def _table_name(table: str, lang: str) -> str:
    """A table as a user knows it: its record type, or the entries it holds for records (``stats`` heads their counts
    so: メールアドレス), or (a table this code does not know) its name."""
    return type_name(TYPE_BY_TABLE[table], lang) if table in TYPE_BY_TABLE else table_label(table, lang)


@dataclass(frozen=True)
class CheckReport:
    findings: tuple[Finding, ...]
    repair: bool  # whether repairs were asked for

    @property
    def ok(self) -> bool:
        """No problem left (none found, or every one repaired)."""
        return all(f.repaired for f in self.findings)

    @property
    def remaining(self) -> list[Finding]:
        return [f for f in self.findings if not f.repaired]

    def as_json(self, lang: str = "en") -> dict[str, Any]:
        return {"ok": self.ok, "findings": [f.as_json(lang) for f in self.findings]}


def check(store: Store, *, repair: bool = False, actor: str = "check") -> CheckReport:
    """Check the database; with ``repair``, repair what can be repaired and check again."""
    found = inspect_database(store)
    if not repair or not any(f.repairable for f in found):
        return CheckReport(tuple(found), repair)
    failures = _repair(store, found, actor)
    again = inspect_database(store)
    left = {(f.code, f.subject) for f in again}
    first = {(f.code, f.subject) for f in found}
    findings = [replace(f, repaired=(f.code, f.subject) not in left) for f in found]
    findings += [f for f in again if (f.code, f.subject) not in first]  # e.g. a repair that failed halfway
    return CheckReport(tuple(findings + failures), repair)


def inspect_database(store: Store) -> list[Finding]:
    """Every finding of every check; a check that cannot even run is a finding too."""
    steps: list[Callable[[Store], list[Finding]]] = []
    if store.db.is_sqlite:
        steps += [_integrity, _foreign_keys, _fts_indexes, _schema_objects]
    else:
        steps += [_collation]
    steps += [_orphans, _merge_chains, _search_rows, _outdated_search_rows, _primaries]
    findings = []
    for step in steps:
        try:
            findings += step(store)
        except (DBAPIError, sqlite3.DatabaseError) as exc:
            reason = str(getattr(exc, "orig", exc)).strip()
            findings.append(Finding("check.failed", step.__name__, {"step": step.__name__.strip("_"), "reason": reason}))
    return findings


# ------------------------------------------------------------------------------------ PostgreSQL's checks
# Names whose sort keys (text.sort_key) a collation other than code-point order can put in another order: long vowels
# and voiced kana (gojūon keys hold a space, which some glibc locales skip, en_US.UTF-8 among them), Latin, and each
# script's rank.
COLLATION_SAMPLES = ("アーラティ", "アルジュン", "カ", "カア", "カエデ", "ガウン", "ジョージ", "ジョン", "Anna", "Émile", "Ng",
                     "Nguyễn", "Zoe", "김민준")


def _collation(store: Store) -> list[Finding]:
    """Whether the database orders sort keys as the app makes them for (code-point order): the lists order by the
    columns' collation, the database's own (README: create the office database with C.UTF-8 or ICU ja-JP)."""
    with store.db.engine.connect() as connection:
        if sorts_as_the_app(connection):
            return []
        row = connection.exec_driver_sql("SELECT * FROM pg_database WHERE datname = current_database()").mappings().one()
    # An ICU database names its locale in daticulocale (PostgreSQL 15, 16) or datlocale (17 on); libc's in datcollate.
    name = row.get("datlocale") or row.get("daticulocale") or row["datcollate"]
    return [Finding("check.collation", "collation", {"collation": name})]


def sorts_as_the_app(connection: Any, collation: str | None = None) -> bool:
    """Whether PostgreSQL orders the sort keys of ``COLLATION_SAMPLES`` as Python does (by code point), by the
    database's collation or the one named."""
    from sapporo_mice.text import sort_key

    keys = [sort_key(name) for name in COLLATION_SAMPLES]
    rows = ", ".join(f"(CAST(:k{index} AS text))" for index in range(len(keys)))
    collate = f' COLLATE "{collation}"' if collation else ""
    found = connection.execute(text(f"SELECT k FROM (VALUES {rows}) AS samples(k) ORDER BY k{collate}"),
                               {f"k{index}": key for index, key in enumerate(keys)}).scalars().all()
    return found == sorted(keys)


# ------------------------------------------------------------------------------------ SQLite's checks
def _integrity(store: Store) -> list[Finding]:
    with store.db.engine.connect() as connection:
        rows = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check(100)")]
    if rows == ["ok"]:
        return []
    return [Finding("check.integrity", "integrity", {"count": len(rows), "detail": "; ".join(rows[:3])})]


def _foreign_keys(store: Store) -> list[Finding]:
    """``PRAGMA foreign_key_check``, except the columns the orphan check reports (and can repair)."""
    covered = {(MODEL_BY_TYPE[r.record_type].__tablename__, r.field) for r in references(store)}
    counts: Counter[tuple[str, str, str]] = Counter()
    with store.db.engine.connect() as connection:
        columns: dict[str, dict[int, str]] = {}
        for table, _rowid, parent, key in connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
            if table not in columns:
                rows = connection.exec_driver_sql(f'PRAGMA foreign_key_list("{table}")').fetchall()
                columns[table] = {row[0]: row[3] for row in rows}
            column = columns[table].get(key, "?")
            if (table, column) not in covered:
                counts[(table, column, parent)] += 1
    return [Finding("check.foreign_key", f"{table}.{column}", {"table": table, "column": column, "parent": parent,
                                                                  "count": n})
            for (table, column, parent), n in sorted(counts.items())]


# The FTS5 tables' own checks. The trigram table also compares itself with its content (search_index):
# with rank 1, `integrity-check` finds an entry missing or left over after a write that skipped a trigger.
_FTS_CHECKS = {
    "search_fts": ("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')",
                   "INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)"),
    grams.TABLE: (f"INSERT INTO {grams.TABLE}({grams.TABLE}) VALUES ('integrity-check')",),
}


def _fts_indexes(store: Store) -> list[Finding]:
    findings = []
    for table, statements in _FTS_CHECKS.items():
        try:
            with store.db.transaction() as session:
                for statement in statements:
                    session.connection().exec_driver_sql(statement)
        except DBAPIError as exc:
            findings.append(Finding("check.fts_broken", table, {"table": table, "reason": str(exc.orig).strip()}))
    if not any(f.subject == grams.TABLE for f in findings) and not _grams_in_step(store):
        findings.append(Finding("check.fts_out_of_step", grams.TABLE, {"table": grams.TABLE}))
    return findings


def _grams_in_step(store: Store) -> bool:
    """Whether the bigram table (contentless: its own check cannot compare it with anything) indexes exactly
    the search rows, type by type (each row's document starts with its type's token)."""
    with store.db.engine.connect() as connection:
        types = set(MODEL_BY_TYPE) | set(connection.execute(select(SearchEntry.record_type).distinct()).scalars())
        for record_type in sorted(types):
            rows = set(connection.execute(select(SearchEntry.rowid_).where(SearchEntry.record_type == record_type))
                       .scalars())
            indexed = set(connection.exec_driver_sql(
                f"SELECT rowid FROM {grams.TABLE} WHERE {grams.TABLE} MATCH ?",
                (f'"{grams.type_token(record_type)}"',)).scalars())
            if rows != indexed:
                return False
    return True


@functools.cache
def reference_schema(revision: str) -> dict[str, tuple[str, str]]:
    """Every trigger and index the migrations create on SQLite, by name: (``trigger``|``index``, its SQL).
    Read from a database migrated for the purpose, so the reference is never out of date."""
    with tempfile.TemporaryDirectory(prefix="sapporo-mice-reference-") as folder:
        db = Database(f"sqlite:///{Path(folder, 'reference.db').as_posix()}")
        try:
            db.upgrade()
            with db.engine.connect() as connection:
                rows = connection.exec_driver_sql(
                    "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index') AND sql IS NOT NULL"
                ).fetchall()
        finally:
            db.dispose()
    return {name: (kind, sql) for kind, name, sql in rows}


def _schema_objects(store: Store) -> list[Finding]:
    with store.db.engine.connect() as connection:
        present = set(connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type IN ('trigger', 'index')").scalars())
    reference = reference_schema(head_revision())
    return [Finding(f"check.{kind}_missing", name, {"name": name})
            for name, (kind, _sql) in sorted(reference.items()) if name not in present]


# ------------------------------------------------------------------------------- the app's invariants
@dataclass(frozen=True)
class Reference:
    """A column of ``record_type`` that names another record: of ``target`` type, or (``target`` None) of the
    type its row's ``record_type`` says (activities, tasks, attachments)."""

    record_type: str
    field: str
    target: str | None
    nullable: bool


def references(store: Store) -> list[Reference]:
    """Every reference, from the services' field specifications."""
    found = []
    for record_type, service in store.services.items():
        columns = service.model.__table__.c
        for name, spec in service.fields.items():
            if spec.ref:
                found.append(Reference(record_type, name, spec.ref, bool(columns[name].nullable)))
        if {"record_type", "record_id"} <= service.fields.keys():
            found.append(Reference(record_type, "record_id", None, bool(columns.record_id.nullable)))
    return found


def _orphan_ids(session: Any, reference: Reference) -> list[str]:
    model = MODEL_BY_TYPE[reference.record_type]
    column = getattr(model, reference.field)
    if reference.target is not None:
        target = MODEL_BY_TYPE[reference.target]
        conditions = [column.is_not(None), ~select(target.id).where(target.id == column).exists()]
        return list(session.scalars(select(model.id).where(*conditions).order_by(model.id)))
    unknown = or_(model.record_type.is_(None), model.record_type.not_in(tuple(MODEL_BY_TYPE)))
    ids = list(session.scalars(select(model.id).where(column.is_not(None), unknown)))
    for type_name_, target in MODEL_BY_TYPE.items():
        missing = ~select(target.id).where(target.id == column).exists()
        ids += session.scalars(select(model.id).where(model.record_type == type_name_, column.is_not(None), missing))
    return sorted(ids)


def _orphans(store: Store) -> list[Finding]:
    findings = []
    with store.reading() as session:
        for reference in references(store):
            ids = _orphan_ids(session, reference)
            if ids:
                code = "check.orphan" if reference.nullable else "check.orphan_required"
                findings.append(Finding(code, f"{reference.record_type}.{reference.field}", {
                    "type": reference.record_type, "field": reference.field, "count": len(ids), "example": ids[0]}))
    return findings


def _merge_chains(store: Store) -> list[Finding]:
    """Each merged-away record's chain of ``merged_into`` reaches a record of its own type, without a cycle.
    (A chain may end in a record deleted since the merge: deleting a survivor is an ordinary action.)"""
    findings = []
    with store.reading() as session:
        for record_type, model in MODEL_BY_TYPE.items():
            links = dict(session.execute(select(model.id, model.merged_into).where(model.merged_into.is_not(None))).all())
            ends = sorted({target for target in links.values() if target not in links})
            existing = set()
            for start in range(0, len(ends), CHUNK):
                existing.update(session.scalars(select(model.id).where(model.id.in_(ends[start:start + CHUNK]))))
            for record_id in sorted(links):
                code, end = _chain_end(record_id, links, existing)
                if code:
                    findings.append(Finding(code, f"{record_type}:{record_id}",
                                            {"type": record_type, "id": record_id, "end": end}))
    return findings


def _chain_end(record_id: str, links: dict[str, str], existing: set[str]) -> tuple[str | None, str]:
    seen, current = {record_id}, links[record_id]
    while current in links:
        if current in seen:
            return "check.merged_cycle", current
        seen.add(current)
        current = links[current]
    if current in seen:
        return "check.merged_cycle", current
    return (None if current in existing else "check.merged_missing"), current


def _missing_search_rows(service: RecordService):
    model, record_type = service.model, service.record_type
    has_row = select(SearchEntry.rowid_).where(SearchEntry.record_type == record_type,
                                               SearchEntry.record_id == model.id).exists()
    return select(model.id).where(*live(model), ~has_row)


def _wrong_search_rows(service: RecordService):
    """The search rows of the service's type that belong to no live record (all of them, if it has none)."""
    model, record_type = service.model, service.record_type
    stmt = select(SearchEntry.rowid_).where(SearchEntry.record_type == record_type)
    if has_search_doc(service):
        stmt = stmt.where(~select(model.id).where(model.id == SearchEntry.record_id, *live(model)).exists())
    return stmt


def _unknown_type_rows(store: Store):
    return select(SearchEntry.rowid_, SearchEntry.record_type).where(
        SearchEntry.record_type.not_in(tuple(store.services)))


def _search_rows(store: Store) -> list[Finding]:
    findings = []
    with store.reading() as session:
        for record_type, service in store.services.items():
            count = _count(session, _wrong_search_rows(service))
            if count:
                findings.append(Finding("check.search_extra", record_type, {"type": record_type, "count": count}))
            if has_search_doc(service) and (count := _count(session, _missing_search_rows(service))):
                findings.append(Finding("check.search_missing", record_type, {"type": record_type, "count": count}))
        unknown = Counter(record_type for _rid, record_type in session.execute(_unknown_type_rows(store)))
    findings += [Finding("check.search_unknown_type", f"unknown:{t}", {"record_type": t, "count": n})
                 for t, n in sorted(unknown.items())]
    return findings


def _outdated_search_rows(store: Store) -> list[Finding]:
    """The live records whose search row no longer reads as their document gives it now, or who have one and no
    document (a missing row is ``check.search_missing``'s)."""
    findings = []
    with store.reading() as session:
        for record_type, service in store.services.items():
            if has_search_doc(service):
                found = [reindex_rows(snapshot, service, rows, write=False)
                         for snapshot, rows in _live_snapshots(session, service)]
                count = sum(len(f.changed) + len(f.removed) for f in found)
                if count:
                    findings.append(Finding("check.search_outdated", record_type, {"type": record_type, "count": count}))
    return findings


def _live_snapshots(session: Any, service: RecordService) -> Iterator[tuple[Any, list[Any]]]:
    """The live records of ``service``'s type, ``CHUNK`` at a time, each chunk in a snapshot that holds what
    their search documents read (their children, the records they name), each kind in one query."""
    ids = _live_ids(session, service)
    for start in range(0, len(ids), CHUNK):
        snapshot, rows = service.snapshot(session, ids[start:start + CHUNK], _search_reads(service))
        yield snapshot, list(rows.values())


def _live_ids(session: Any, service: RecordService) -> list[str]:
    model = service.model
    return list(session.scalars(select(model.id).where(*live(model)).order_by(model.id)))


def _count(session: Any, stmt: Any) -> int:
    return session.scalar(select(func.count()).select_from(stmt.subquery())) or 0


def _primaries(store: Store) -> list[Finding]:
    findings = []
    with store.reading() as session:
        for model, pseudo in LISTED_CHILDREN.items():
            ids = list(session.scalars(not_one_primary(model)))
            if ids:
                findings.append(Finding("check.primary_not_one", f"contact.{pseudo}",
                                        {"type": "contact", "field": pseudo, "count": len(ids), "example": ids[0]}))
    return findings


# --------------------------------------------------------------------------------------------- repair
def _repair(store: Store, findings: list[Finding], actor: str) -> list[Finding]:
    """Schema objects first (so the search triggers work again), then the records in one unit of work,
    then the full-text indexes from the search rows. A step that fails is a finding; the others still run."""
    codes = {f.code for f in findings}
    objects = [f.subject for f in findings if f.code in ("check.trigger_missing", "check.index_missing")]
    orphans = [f.subject for f in findings if f.code == "check.orphan"]
    primaries = any(f.code == "check.primary_not_one" for f in findings)
    steps: list[tuple[str, Callable[[], None]]] = []
    if objects:
        steps.append(("schema", lambda: _recreate(store, objects)))
    if codes & {"check.orphan", "check.search_missing", "check.search_extra", "check.search_unknown_type",
                "check.primary_not_one"}:
        steps.append(("records", lambda: _repair_records(store, actor, orphans, primaries)))
    if "check.search_outdated" in codes:
        steps.append(("search_rows", lambda: refresh_search_rows(store, actor=actor)))
    if store.db.is_sqlite and codes & _SEARCH_KINDS:
        steps.append(("full_text", lambda: rebuild_index(store.db)))
    failures = []
    for name, step in steps:
        try:
            step()
        except (DBAPIError, sqlite3.DatabaseError) as exc:
            reason = str(getattr(exc, "orig", exc)).strip()
            failures.append(Finding("repair.failed", name, {"step": name, "reason": reason}))
    return failures


def _repair_records(store: Store, actor: str, orphans: list[str], primaries: bool = False) -> None:
    with store.unit(actor) as unit:
        if orphans:
            _clear_orphans(unit, orphans)
        if primaries:
            unit.service("contact").settle_primaries(unit)
        _repair_search_rows(unit)


# ------------------------------------------------------------------------------------------ search rows
def search_rows_due(store: Store) -> bool:
    """Whether this database's search rows were written by a version whose documents held less than they hold
    now (:data:`~sapporo_mice.services.base.SEARCH_REVISION`): a database from before, or a restored backup."""
    with store.reading() as session:
        value = session.scalar(select(LocalState.value).where(LocalState.key == SEARCH_REVISION_KEY))
    return value is None or not value.isdigit() or int(value) < SEARCH_REVISION


def refresh_search_rows(store: Store, *, actor: str = "upkeep",
                        progress: Callable[[int, int], None] | None = None) -> int:
    """Bring every live record's search row in step with what the record gives now, ``CHUNK`` records per
    transaction (each is short, so the user's saves go on meanwhile; a save re-indexes its own record), then
    note the revision they are at. Returns how many rows it added, rewrote or removed. ``progress(done, total)``
    is called after each chunk, and what it raises (a cancel) stops the refresh, with the chunks done kept.

    On the office's PostgreSQL one client refreshes at a time: when another is at it already (each client that
    opens the upgraded database would start), this one returns 0 at once and leaves it to finish."""
    with _one_refresher(store) as alone:
        return _refresh_search_rows(store, actor, progress) if alone else 0


@contextlib.contextmanager
def _one_refresher(store: Store) -> Iterator[bool]:
    """Whether this client may refresh: on PostgreSQL while it holds a session advisory lock (released after),
    on SQLite always (its write lock takes the chunks in turn)."""
    if store.db.is_sqlite:
        yield True
        return
    with store.db.engine.connect() as connection:
        held = bool(connection.exec_driver_sql(f"SELECT pg_try_advisory_lock({REFRESH_LOCK})").scalar())
        connection.commit()
        try:
            yield held
        finally:
            if held:
                connection.exec_driver_sql(f"SELECT pg_advisory_unlock({REFRESH_LOCK})")
                connection.commit()


def _refresh_search_rows(store: Store, actor: str, progress: Callable[[int, int], None] | None) -> int:
    with store.reading() as session:
        work = [(service, _live_ids(session, service)) for service in store.services.values()
                if has_search_doc(service)]
    total, done, mended = sum(len(ids) for _s, ids in work), 0, 0
    for service, ids in work:
        for start in range(0, len(ids), CHUNK):
            with store.unit(actor) as unit:
                snapshot, rows = service.snapshot(unit.session, ids[start:start + CHUNK], _search_reads(service))
                found = reindex_rows(snapshot, service, rows.values())
                mended += len(found.added) + len(found.changed) + len(found.removed)
            done += len(ids[start:start + CHUNK])
            if progress:
                progress(done, total)
    with store.unit(actor) as unit:
        note_search_revision(unit.session)
    return mended


def _search_reads(service: RecordService) -> tuple[tuple[str, type], ...]:
    """The records a type's search documents read besides its own (loaded with a chunk of them at once)."""
    return (*service.reads_references, *service.shown_references)


def _recreate(store: Store, names: list[str]) -> None:
    reference = reference_schema(head_revision())
    with store.db.transaction() as session:
        for name in names:
            session.connection().exec_driver_sql(reference[name][1])


def _clear_orphans(unit: Unit, subjects: list[str]) -> None:
    """Empty each nullable reference to a missing record (and its type, for a link to any record), as an
    ordinary change: new version, change-log rows, search row."""
    now = utcnow()
    for reference in references(unit.store):
        if f"{reference.record_type}.{reference.field}" not in subjects or not reference.nullable:
            continue
        service = unit.service(reference.record_type)
        cleared = [reference.field] if reference.target else ["record_type", "record_id"]
        for record_id in _orphan_ids(unit.session, reference):
            row = unit.session.get(service.model, record_id)
            for name in cleared:
                unit.log.updated(service.model.__tablename__, row.id, name, getattr(row, name), None)
                setattr(row, name, None)
            row.version, row.updated_at, row.updated_by = row.version + 1, now, unit.actor
            unit.session.flush()
            service.reindex(unit, row)


def _repair_search_rows(unit: Unit) -> None:
    """Remove the search rows of no live record, and index every live record without one, through its
    service's ``reindex`` (the same row a save would write)."""
    session = unit.session
    wrong = [rid for service in unit.store.services.values() for rid in session.scalars(_wrong_search_rows(service))]
    wrong += [rid for rid, _type in session.execute(_unknown_type_rows(unit.store))]
    for start in range(0, len(wrong), CHUNK):
        session.execute(delete(SearchEntry).where(SearchEntry.rowid_.in_(wrong[start:start + CHUNK])))
    for service in unit.store.services.values():
        if has_search_doc(service):
            for rows in _chunks(session, service.model, list(session.scalars(_missing_search_rows(service)))):
                for row in rows:
                    service.reindex(unit, row)
    session.flush()


def _chunks(session: Any, model: type, ids: list[str]) -> Iterator[list[Any]]:
    for start in range(0, len(ids), CHUNK):
        yield list(session.scalars(select(model).where(model.id.in_(ids[start:start + CHUNK]))))


# ============================================================================================ the door
class Maintenance:
    """``crm.maintenance``: backups, daily backups, restore and the database check.

    :meth:`describe_backup` and :meth:`restore_database` also work without an open CRM (the CLI's restore
    opens none: the file must not be open while it is replaced)."""

    describe_backup = staticmethod(describe_backup)
    restore_database = staticmethod(restore_database)

    def __init__(self, store: Store) -> None:
        self._store = store

    def backup(self, target: Path | str) -> BackupFile:
        return backup(self._store.db, Path(target))

    def auto_backup(self, *, today: dt.date | None = None) -> Path | None:
        """Today's automatic backup (SQLite, setting ``backup_daily``), at most one a day; then the rotation."""
        return auto_backup(self._store.db, today=today)

    def schedule(self) -> BackupSchedule:
        """Where the daily backups go and when the newest was made (for Settings)."""
        return backup_schedule(self._store.db)

    def kept_backups(self) -> list[KeptBackup]:
        """The backups of this computer's database in the backups folder, newest first (none for the office's)."""
        return kept_backups(self._store.db)

    def describe(self, source: Path | str, *, passphrase: str | None = None) -> BackupInfo:
        """What a backup holds, for the confirmation; refuses one that cannot be restored into this database.
        An encrypted backup is read with ``passphrase``, else this database's."""
        db = self._store.db
        return describe_backup(Path(source), url=db.url, passphrase=passphrase or db.passphrase)

    def restore(self, source: Path | str, *, passphrase: str | None = None) -> Restored:
        """Replace this CRM's database with the backup (an encrypted database stays encrypted with its
        passphrase). The CRM's connections are closed first, and the CRM must not be used afterwards: close it
        (the desktop quits and is started again). Refused while another job or program has the file open."""
        db = self._store.db
        db.dispose()
        return restore_database(db.url, Path(source), passphrase=db.passphrase, backup_passphrase=passphrase)

    def check(self, *, repair: bool = False, actor: str = "check") -> CheckReport:
        return check(self._store, repair=repair, actor=actor)

    def refresh_search_rows(self, *, progress: Callable[[int, int], None] | None = None,
                            only_if_due: bool = False) -> int:
        """Bring the search rows an older version wrote up to date (:func:`refresh_search_rows`); with
        ``only_if_due``, only when they are behind (:func:`search_rows_due`), else 0 at once."""
        if only_if_due and not search_rows_due(self._store):
            return 0
        return refresh_search_rows(self._store, progress=progress)
