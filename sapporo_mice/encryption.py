"""Encryption at rest: this computer's SQLite file kept encrypted with SQLCipher (the ``sqlcipher3`` driver, which
carries its own, newer SQLite with the same FTS5 trigram search), for laptops that travel with personal data.

- **Which files are encrypted** (:func:`is_encrypted`): a plain SQLite file starts with "SQLite format 3"; an
  SQLCipher file starts with random salt and holds no plain text at all (its WAL journal is encrypted too).
- **The passphrase** comes from the desktop's prompt at start, the CLI's prompt, or ``SAPPORO_MICE_PASSPHRASE``
  (batch use); it is never saved. SQLCipher derives the key from it on each new connection (PBKDF2, 256,000
  rounds: about 0.15 s here), which the connection pool pays once per connection.
- **Raw connections** (:func:`connect`) to a plain or an encrypted file, for the copies and checks that work below
  SQLAlchemy (backups, restore, conversion).
- **Holding a file for itself** (:func:`held`) while it is replaced: refused while any other connection has it open,
  and kept locked until the new file is in place, so that no other program can write into the file that is going
  away. A restore and a conversion both use it, with :func:`put_in_place`.
- **Converting** (:func:`convert`: encrypt, decrypt, change the passphrase): with the file held, the whole database
  is exported (``sqlcipher_export``) into a new file next to it, which is checked (SQLite's quick check, and the
  same number of rows in every table) and flushed to disk; a backup is kept, then the new file is renamed over the
  old one. A crash at any moment leaves the old file or the new one, never a half-converted one.
- **Backups follow the database**: a copy of an encrypted database is encrypted with its passphrase
  (:meth:`~sapporo_mice.database.Database.copy_sqlite`); encrypting (or changing the passphrase) also converts the
  app's own backups of it in the backups folder, since a plain backup next to an encrypted database would undo
  the point. Decrypting leaves them encrypted (they still restore with the old passphrase).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sapporo_mice import grams, messages, paths
from sapporo_mice.errors import CrmError, PassphraseNeededError, WrongPassphraseError

PASSPHRASE_ENV = "SAPPORO_MICE_PASSPHRASE"
MIN_PASSPHRASE = 8
SQLITE_MAGIC = b"SQLite format 3\x00"
PAGE_MULTIPLE = 512  # every SQLite page size is a multiple of it, so an encrypted file's size is too

messages.register({
    "encryption.not_a_file": {
        "en": "Only this computer's database (a SQLite file) can be encrypted; {url} is not one. The office "
              "server's database is protected by its administrators.",
        "ja": "暗号化できるのはこの PC のデータベース（SQLite ファイル）だけです。{url} はそうではありません。"
              "事務所サーバーのデータベースは管理者が保護しています。",
    },
    "encryption.no_database": {
        "en": "There is no database at {file} yet; create it first (sapporo-mice init), then encrypt it.",
        "ja": "{file} にはまだデータベースがありません。先に作成してから（sapporo-mice init）暗号化してください。",
    },
    "encryption.already_encrypted": {
        "en": "The database {file} is already encrypted. To change its passphrase, use “change-passphrase”.",
        "ja": "データベース {file} はすでに暗号化されています。パスフレーズを変えるには「change-passphrase」を使ってください。",
    },
    "encryption.not_encrypted": {
        "en": "The database {file} is not encrypted; there is nothing to decrypt and no passphrase to change.",
        "ja": "データベース {file} は暗号化されていません。復号するものも、変更するパスフレーズもありません。",
    },
    "encryption.passphrase_short": {
        "en": "The passphrase must have at least {min} characters (a short sentence is easy to remember and hard "
              "to guess).",
        "ja": "パスフレーズは {min} 文字以上にしてください（短い文にすると覚えやすく、推測されにくくなります）。",
    },
    "encryption.passphrase_invalid": {
        "en": "The passphrase cannot contain control characters such as NUL or a line break.",
        "ja": "パスフレーズに NUL や改行などの制御文字は使えません。",
    },
    "encryption.passphrase_same": {
        "en": "The new passphrase is the same as the current one; nothing was changed.",
        "ja": "新しいパスフレーズが現在のものと同じです。何も変更していません。",
    },
    "encryption.in_use": {
        "en": "The database {file} is open in another program or window; close it and try again. Nothing was changed.",
        "ja": "データベース {file} は別のプログラムかウィンドウで開かれています。閉じてからもう一度お試しください。"
              "何も変更していません。",
    },
    "encryption.failed": {
        "en": "The conversion of {file} stopped ({reason}); the database was left as it was.",
        "ja": "{file} の変換が中断しました（{reason}）。データベースは元のままです。",
    },
})


class EncryptionError(CrmError):
    """An encryption, decryption or passphrase change that cannot be done as asked; nothing was changed."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code, self.params = code, params
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        return messages.render(self.code, lang, **self.params)


class FileInUse(Exception):
    """Another connection has the file open, so it cannot be replaced now (each caller says so in its words)."""


# ------------------------------------------------------------------------------------- which files
def is_encrypted(path: Path | str) -> bool:
    """Whether the file holds an SQLCipher database: not a plain SQLite header, and a whole number of pages.
    A missing or empty file is not (it becomes a plain database unless a passphrase is given)."""
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError:
        return False
    return size >= PAGE_MULTIPLE and size % PAGE_MULTIPLE == 0 and head != SQLITE_MAGIC


def has_data(path: Path | str) -> bool:
    try:
        return os.path.getsize(path) > 0
    except OSError:
        return False


def passphrase_from_env() -> str | None:
    return os.environ.get(PASSPHRASE_ENV) or None


def key_for(path: Path | None, passphrase: str | None) -> str | None:
    """The passphrase to open ``path`` with: for an encrypted file, ``passphrase`` or else the environment's
    (:class:`PassphraseNeededError` without either); for a new file, ``passphrase`` (it is created encrypted);
    None for a plain file (an environment passphrase is for encrypted files only)."""
    if path is None:
        return None
    if is_encrypted(path):
        key = passphrase or passphrase_from_env()
        if not key:
            raise PassphraseNeededError(str(path))
        return key
    return passphrase if passphrase and not has_data(path) else None


# SQLCipher 4's defaults: the key is PBKDF2-HMAC-SHA512 of the passphrase, with the salt the file starts with.
KDF_ITERATIONS, KEY_BYTES, SALT_BYTES = 256_000, 32, 16


def engine_key(path: Path | None, passphrase: str) -> str:
    """What the app's connections key the file with: for an existing encrypted file, SQLCipher's raw key
    (``x'<key><salt>'``), derived here once as SQLCipher derives it, so that each new connection of the pool
    skips the derivation (0.2–0.7 s each); for a file not created yet, the passphrase (SQLCipher picks the salt).
    A wrong passphrase gives a wrong key, which fails as the passphrase would."""
    if path is None or not is_encrypted(path):
        return passphrase
    with open(path, "rb") as handle:
        salt = handle.read(SALT_BYTES)
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES)
    return f"x'{key.hex()}{salt.hex()}'"


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise EncryptionError("encryption.passphrase_short", min=MIN_PASSPHRASE)
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in passphrase):
        raise EncryptionError("encryption.passphrase_invalid")


# ---------------------------------------------------------------------------------- raw connections
_driver_quiet = False


def driver() -> Any:
    """The ``sqlcipher3`` module, with SQLCipher's own logging to stderr turned off (a wrong passphrase is
    reported as :class:`WrongPassphraseError`, not as lines of "hmac check failed" on the terminal)."""
    global _driver_quiet
    import sqlcipher3

    if not _driver_quiet:
        quiet = sqlcipher3.connect(":memory:")
        try:
            quiet.execute("PRAGMA cipher_log_level = NONE").fetchall()
        finally:
            quiet.close()
        _driver_quiet = True
    return sqlcipher3


def database_errors() -> tuple[type[BaseException], ...]:
    """The DB-API errors of both drivers (SQLCipher's are not the standard library's)."""
    errors: tuple[type[BaseException], ...] = (sqlite3.DatabaseError,)
    if "sqlcipher3" in sys.modules:
        errors += (sys.modules["sqlcipher3"].DatabaseError,)
    return errors


def key_statement(passphrase: str) -> str:
    return "PRAGMA key = '" + passphrase.replace("'", "''") + "'"


def connect(path: Path | str, passphrase: str | None = None, *, timeout: float = 2.0, read_only: bool = False,
            check: bool = True, cipher: bool = False) -> Any:
    """A raw connection (autocommit: every transaction explicit) to a plain file, or to an encrypted one with its
    key. With ``check``, the file is read once: a wrong passphrase raises :class:`WrongPassphraseError`.
    ``read_only`` opens it immutable: nothing is written, not even a journal beside it. ``cipher`` takes the
    SQLCipher driver for a plain file too (its ``sqlcipher_export`` converts)."""
    module = driver() if passphrase is not None or cipher else sqlite3
    path = Path(path)
    connection = module.connect(file_uri(path, read_only=read_only), timeout=timeout, isolation_level=None,
                                uri=True, check_same_thread=False)
    try:
        if passphrase is not None:
            connection.execute(key_statement(passphrase))
        connection.create_function(grams.SQL_FUNCTION, 2, grams.document, deterministic=True)
        if check:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError as exc:
        connection.close()
        if passphrase is not None and "not a database" in str(exc):
            raise WrongPassphraseError(str(path)) from exc
        raise
    return connection


def file_uri(path: Path, *, read_only: bool = False) -> str:
    """The file as an SQLite URI; read-only means immutable: no lock is taken and no journal is made beside it."""
    return path.absolute().as_uri() + ("?mode=ro&immutable=1" if read_only else "")


# ----------------------------------------------------------------------- holding a file to replace it
@contextmanager
def held(path: Path, passphrase: str | None) -> Iterator[Any]:
    """The file locked for this connection alone, in rollback-journal mode (its WAL folded in), until the block
    ends; :class:`FileInUse` if any other connection has it open. Nothing else can read or write it meanwhile, and
    a program that opened it meanwhile cannot write to it once it has been replaced (SQLite refuses a write to a
    moved file), so nothing is written into a file that is going away."""
    # The driver the app opens the file with (the standard library's for a plain file): two SQLite libraries in
    # one process do not see each other's locks on a file, and one closing the file drops the other's locks.
    connection = connect(path, passphrase, timeout=2.0)
    try:
        try:
            connection.execute("PRAGMA locking_mode = EXCLUSIVE").fetchall()
            mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            connection.execute("BEGIN EXCLUSIVE")
            connection.execute("COMMIT")  # the lock stays: exclusive locking mode keeps it until closed
            if mode != "delete" or connection.execute("PRAGMA journal_mode").fetchone()[0] != "delete":
                raise FileInUse(str(path))
        except database_errors() as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise FileInUse(str(path)) from exc
            raise
        yield connection
    finally:
        connection.close()


def put_in_place(staged: Path, target: Path, holder: Any | None) -> None:
    """Rename ``staged`` (complete and flushed) over ``target``, which ``holder`` holds (:func:`held`; None for a
    file nobody can open). A journal left beside the target belongs to the old file: it goes first, while the
    old file is still held, so that it is never applied to the new one."""
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    if holder is not None and sys.platform == "win32":  # Windows renames no file that is open
        holder.close()
    os.replace(staged, target)
    fsync_folder(target.parent)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    if sys.platform != "win32":  # a folder cannot be opened for fsync on Windows
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


# ------------------------------------------------------------------------------------------ export
def export(source: Path, passphrase: str | None, target: Path, new_passphrase: str | None) -> None:
    """Write the whole database of the file ``source`` (opened with ``passphrase``) into the new file ``target``,
    encrypted with ``new_passphrase`` (plain with None), and flush it to disk. ``source`` is read as an immutable
    file: nothing may write to it meanwhile (the caller holds it, or it is a backup)."""
    target.unlink(missing_ok=True)
    connection = connect(target, new_passphrase, cipher=True, check=False)
    try:
        connection.execute("ATTACH DATABASE ? AS source KEY ?", (file_uri(source, read_only=True), passphrase or ""))
        try:
            connection.execute("SELECT sqlcipher_export('main', 'source')").fetchall()
        finally:
            connection.execute("DETACH DATABASE source")
    except database_errors() as exc:
        if passphrase is not None and "not a database" in str(exc):
            raise WrongPassphraseError(str(source)) from exc
        raise
    finally:
        connection.close()
    fsync_file(target)


def row_counts(connection: Any) -> dict[str, int]:
    """The number of rows in every table (an FTS5 table through its shadow tables, which hold its data)."""
    names = [name for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")]
    return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def verify_copy(target: Path, passphrase: str | None, expected: dict[str, int]) -> None:
    """The new file opens with its passphrase, passes SQLite's quick check and has the same rows as the source."""
    connection = connect(target, passphrase, read_only=True)
    try:
        result = [row[0] for row in connection.execute("PRAGMA quick_check(5)")]
        counts = row_counts(connection)
    finally:
        connection.close()
    if result != ["ok"]:
        raise ValueError("; ".join(result))
    if counts != expected:
        different = sorted(name for name in set(counts) | set(expected) if counts.get(name) != expected.get(name))
        raise ValueError("row counts differ in " + ", ".join(different[:5]))


# --------------------------------------------------------------------------------------- converting
@dataclass(frozen=True)
class Converted:
    file: Path
    encrypted: bool
    kept: Path  # the backup kept of the database as it was (encrypted, unless it was decrypted)
    backups_converted: int  # the app's own backups of it that were encrypted, or moved to the new passphrase

    def as_json(self) -> dict[str, Any]:
        return {"file": str(self.file), "encrypted": self.encrypted, "kept": str(self.kept),
                "backups_converted": self.backups_converted}


def convert(path: Path, passphrase: str | None, new_passphrase: str | None) -> Converted:
    """Encrypt (``passphrase`` None), decrypt (``new_passphrase`` None) or change the passphrase of the database
    file ``path`` (see the module's notes). Nothing of this process may have it open."""
    path = Path(path).absolute()
    _check_request(path, passphrase, new_passphrase)
    action = "encrypt" if passphrase is None else "decrypt" if new_passphrase is None else "rekey"
    staged = path.with_name(f".{path.name}.converting")
    snapshot = path.with_name(f".{path.name}.snapshot")
    try:
        try:
            with held(path, passphrase) as holder:
                source = _snapshot(holder, snapshot, passphrase)  # nothing but the holder opens the held file
                export(source, passphrase, staged, new_passphrase)
                verify_copy(staged, new_passphrase, row_counts(holder))
                # The copy kept is encrypted: the file as it was when decrypting, else the new file.
                kept = _keep_backup(source if action == "decrypt" else staged, path.stem, action)
                put_in_place(staged, path, holder)
        except FileInUse as exc:
            raise EncryptionError("encryption.in_use", file=str(path)) from exc
        except (*database_errors(), OSError, ValueError) as exc:
            raise EncryptionError("encryption.failed", file=str(path), reason=str(exc).strip()[:200]) from exc
    finally:
        staged.unlink(missing_ok=True)
        snapshot.unlink(missing_ok=True)
    converted = 0 if action == "decrypt" else convert_backups(path.stem, passphrase, new_passphrase, skip=kept)
    return Converted(path, new_passphrase is not None, kept, converted)


def _snapshot(holder: Any, snapshot: Path, passphrase: str | None) -> Path:
    """A copy of the held file (encrypted as it is) made through the connection that holds it, for the conversion
    to read: had anything else opened the held file (SQLCipher's own SQLite for a plain file, or a byte copy),
    closing it would drop the holder's lock (POSIX locks are the process's, per file, and only one SQLite
    library's own handles are closed with care), and another program could write to the file meanwhile."""
    snapshot.unlink(missing_ok=True)
    destination = connect(snapshot, passphrase, check=False)  # the holder's driver: backup() needs the same one
    try:
        holder.backup(destination)
    finally:
        destination.close()
    return snapshot


def _check_request(path: Path, passphrase: str | None, new_passphrase: str | None) -> None:
    if not has_data(path):
        raise EncryptionError("encryption.no_database", file=str(path))
    encrypted = is_encrypted(path)
    if passphrase is None and encrypted:
        raise EncryptionError("encryption.already_encrypted", file=str(path))
    if passphrase is not None and not encrypted:
        raise EncryptionError("encryption.not_encrypted", file=str(path))
    if new_passphrase is not None:
        check_new_passphrase(new_passphrase)
        if new_passphrase == passphrase:
            raise EncryptionError("encryption.passphrase_same")


def _keep_backup(source: Path, stem: str, action: str) -> Path:
    """A copy of the database as it was (for an encryption, of the encrypted file: a plain copy would undo it),
    in the backups folder, where the restore finds it."""
    import shutil

    kept = paths.backups_dir() / f"{stem}-before-{action}-{dt.datetime.now().strftime('%Y%m%d-%H%M%S')}.db"
    partial = kept.with_name(kept.name + ".partial")
    shutil.copyfile(source, partial)
    fsync_file(partial)
    os.replace(partial, kept)
    return kept


def convert_backups(stem: str, passphrase: str | None, new_passphrase: str | None, *, skip: Path | None = None) -> int:
    """Move the app's own backups of the database ``stem`` (``<stem>-….db`` in the backups folder) to the new
    passphrase: the plain ones, and those of the old passphrase when it changed. A backup that opens with
    neither (another passphrase, or damaged) is left as it is."""
    count = 0
    for backup in sorted(paths.backups_dir().glob(f"{stem}-*.db")):
        if backup == skip:
            continue
        encrypted = is_encrypted(backup)
        if encrypted and (passphrase is None or passphrase == new_passphrase):
            continue  # encrypted already, with a passphrase this conversion does not move from
        staged = backup.with_name(backup.name + ".converting")
        old = passphrase if encrypted else None
        try:
            source = connect(backup, old, read_only=True)
            try:
                expected = row_counts(source)
            finally:
                source.close()
            export(backup, old, staged, new_passphrase)
            verify_copy(staged, new_passphrase, expected)
            os.replace(staged, backup)
            count += 1
        except (*database_errors(), WrongPassphraseError, OSError, ValueError):
            continue
        finally:
            staged.unlink(missing_ok=True)
    return count


# ------------------------------------------------------------------------------------------ the door
def database_file(url: str) -> Path:
    """The SQLite file of ``url``; :class:`EncryptionError` for a server database or an in-memory one."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        raise EncryptionError("encryption.not_a_file", url=parsed.render_as_string(hide_password=True))
    return Path(parsed.database).expanduser().absolute()


def file_state(url: str) -> str:
    """"encrypted", "plain", "none" (no file yet) or "server" (not this computer's file)."""
    try:
        path = database_file(url)
    except EncryptionError:
        return "server"
    if not has_data(path):
        return "none"
    return "encrypted" if is_encrypted(path) else "plain"


class Encryption:
    """``crm.encryption``: whether this computer's database is encrypted, and encrypting, decrypting it or
    changing its passphrase while the CRM is open (its connections are closed for the conversion, then opened
    again with the new passphrase; on failure, with the old one). The static :meth:`convert_url` does the same
    for a database nobody has open (the CLI)."""

    def __init__(self, db: Any) -> None:
        self._db = db

    @property
    def encrypted(self) -> bool:
        return self._db.encrypted

    @property
    def possible(self) -> bool:
        """Whether this database can be encrypted at all (a SQLite file, not the office server)."""
        return file_state(self._db.url) != "server"

    def encrypt(self, new_passphrase: str) -> Converted:
        return self._convert(None, new_passphrase)

    def decrypt(self) -> Converted:
        return self._convert(self._db.passphrase, None)

    def change_passphrase(self, new_passphrase: str) -> Converted:
        return self._convert(self._db.passphrase, new_passphrase)

    def _convert(self, passphrase: str | None, new_passphrase: str | None) -> Converted:
        path = database_file(self._db.url)
        if passphrase is None and self._db.encrypted:
            raise EncryptionError("encryption.already_encrypted", file=str(path))
        if new_passphrase is not None:
            check_new_passphrase(new_passphrase)
        self._db.dispose()
        try:
            converted = convert(path, passphrase, new_passphrase)
        except BaseException:
            self._db.reopen(self._db.passphrase)
            raise
        self._db.reopen(new_passphrase)
        return converted

    @staticmethod
    def convert_url(url: str, passphrase: str | None, new_passphrase: str | None) -> Converted:
        """Encrypt (``passphrase`` None), decrypt (``new_passphrase`` None) or re-key the file of ``url``."""
        return convert(database_file(url), passphrase, new_passphrase)

    state = staticmethod(file_state)
    file = staticmethod(database_file)
    check_new_passphrase = staticmethod(check_new_passphrase)
    MIN_PASSPHRASE = MIN_PASSPHRASE

    @staticmethod
    def check_can_encrypt(url: str) -> None:
        """:class:`EncryptionError` unless ``url`` is a plain database file with data."""
        _check_request(database_file(url), None, None)

    @staticmethod
    def check_can_decrypt(url: str) -> None:
        """:class:`EncryptionError` unless ``url`` is an encrypted database file."""
        path = database_file(url)
        if not has_data(path):
            raise EncryptionError("encryption.no_database", file=str(path))
        if not is_encrypted(path):
            raise EncryptionError("encryption.not_encrypted", file=str(path))

    @staticmethod
    def check_passphrase(url: str, passphrase: str) -> None:
        """:class:`WrongPassphraseError` unless ``passphrase`` opens the encrypted file of ``url``."""
        connect(database_file(url), passphrase, read_only=True).close()
