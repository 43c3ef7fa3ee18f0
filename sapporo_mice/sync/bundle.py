"""The bundle file (DESIGN §4): what a laptop carries to the office and what the office answers.

Layout::

    SMCRM-SYNC\\n                   magic
    4 bytes                         header length (big-endian)
    header                          JSON: format, kind, schema revision, devices, sequence range, cursor,
                                    entry count, SHA-256 of the compressed body, the key's salt and the
                                    scrypt parameters, the AES-GCM nonce, a key check
    body                            AES-GCM(zlib(JSON)), the header as associated data: format 2, an object
                                    {"entries": [...], "conflicts": [...]} (the office's answer carries the
                                    conflicts of the laptop's edits, so the laptop sees what lost); format 1,
                                    the entries alone (still read)

The key is derived from the passphrase with scrypt. The key check (an HMAC of a fixed text under the
key) tells a wrong passphrase from a damaged file; AES-GCM's tag, with the header bound in as associated
data, rejects any change to either; the SHA-256 checks the body once more after decryption. The file is
written to a temporary name, flushed to disk and renamed, so a reader never sees half a bundle.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import secrets
import struct
import tempfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sapporo_mice.changelog import ENTRY_KEYS
from sapporo_mice.errors import CrmError
from sapporo_mice.messages import render

MAGIC = b"SMCRM-SYNC\n"
FORMAT = 2
CHANGES, RESPONSE = "changes", "response"
SCRYPT = {"n": 2 ** 15, "r": 8, "p": 1}
_CHECK_TEXT = b"sapporo-mice bundle key check"
_MAX_HEADER = 64 * 1024


class BundleError(CrmError):
    """A bundle that cannot be used (damaged, wrong passphrase, another schema …): nothing was changed."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code, self.params = code, params
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        return render(self.code, lang, **self.params)


@dataclass(frozen=True)
class Bundle:
    header: dict[str, Any]
    entries: list[dict[str, Any]]
    key: tuple[bytes, bytes, dict[str, int]] | None = None  # (salt, key, scrypt parameters): the answer is
    # sealed under the same key, with a new nonce
    conflicts: list[dict[str, Any]] = field(default_factory=list)  # the office's answer: the laptop's conflicts

    @property
    def kind(self) -> str:
        return self.header["kind"]


def _key(passphrase: str, salt: bytes, params: dict[str, int]) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    if not passphrase:
        raise BundleError("sync.passphrase_missing")
    return Scrypt(salt=salt, length=32, n=params["n"], r=params["r"], p=params["p"]).derive(passphrase.encode())


def _check(key: bytes) -> str:
    return hmac.new(key, _CHECK_TEXT, hashlib.sha256).hexdigest()


def _entry_row(entry: dict[str, Any]) -> list[Any]:
    row = [entry[k] for k in ENTRY_KEYS]
    at = row[ENTRY_KEYS.index("at")]
    if isinstance(at, dt.datetime):
        row[ENTRY_KEYS.index("at")] = at.isoformat()
    return [*row, entry.get("seq")]


def _entry_dict(row: list[Any]) -> dict[str, Any]:
    entry = dict(zip(ENTRY_KEYS, row[:len(ENTRY_KEYS)]))
    entry["at"] = dt.datetime.fromisoformat(entry["at"])
    entry["seq"] = row[len(ENTRY_KEYS)]
    return entry


def encode(header: dict[str, Any], entries: list[dict[str, Any]], passphrase: str, *,
           key: tuple[bytes, bytes, dict[str, int]] | None = None,
           conflicts: list[dict[str, Any]] | None = None) -> bytes:
    """The bytes of a bundle: ``header`` (plain values) completed with the format's own fields. ``key``:
    the (salt, key, parameters) of the bundle this one answers (the passphrase is the same; scrypt runs once).
    ``conflicts``: plain dicts (dates as ISO text), sealed with the entries (they hold personal data too)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    content = {"entries": [_entry_row(e) for e in entries], "conflicts": conflicts or []}
    body = zlib.compress(json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode(), 6)
    nonce = secrets.token_bytes(12)
    if key is None:
        salt = secrets.token_bytes(16)
        key = (salt, _key(passphrase, salt, SCRYPT), SCRYPT)
    salt, key, params = key
    full = {**header, "format": FORMAT, "count": len(entries), "sha256": hashlib.sha256(body).hexdigest(),
            "kdf": {"name": "scrypt", "salt": salt.hex(), **params}, "nonce": nonce.hex(), "check": _check(key)}
    head = json.dumps(full, ensure_ascii=False, sort_keys=True).encode()
    return MAGIC + struct.pack(">I", len(head)) + head + AESGCM(key).encrypt(nonce, body, head)


def read_header(data: bytes) -> tuple[dict[str, Any], bytes, bytes]:
    if not data.startswith(MAGIC):
        raise BundleError("sync.not_a_bundle")
    offset = len(MAGIC)
    if len(data) < offset + 4:
        raise BundleError("sync.damaged")
    (size,) = struct.unpack(">I", data[offset:offset + 4])
    head = data[offset + 4:offset + 4 + size]
    if size > _MAX_HEADER or len(head) != size:
        raise BundleError("sync.damaged")
    try:
        header = json.loads(head)
    except ValueError:
        raise BundleError("sync.damaged") from None
    if not isinstance(header, dict) or not isinstance(header.get("format"), int):
        raise BundleError("sync.damaged")
    return header, head, data[offset + 4 + size:]


def decode(data: bytes, passphrase: str, *, schema_rev: str) -> Bundle:
    """A bundle's header and entries, every check passed (raises :class:`BundleError` saying which failed)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header, head, sealed = read_header(data)
    if header["format"] > FORMAT:
        raise BundleError("sync.format_newer", version=header["format"])
    try:
        kdf = header["kdf"]
        params = {k: int(kdf[k]) for k in ("n", "r", "p")}
        key = _key(passphrase, bytes.fromhex(kdf["salt"]), params)
        nonce = bytes.fromhex(header["nonce"])
    except (KeyError, TypeError, ValueError):
        raise BundleError("sync.damaged") from None
    if not hmac.compare_digest(_check(key), str(header.get("check", ""))):
        raise BundleError("sync.wrong_passphrase")
    if header.get("schema_rev") != schema_rev:
        raise BundleError("sync.schema_other", theirs=header.get("schema_rev"), ours=schema_rev)
    try:
        body = AESGCM(key).decrypt(nonce, sealed, head)
    except (InvalidTag, ValueError):
        raise BundleError("sync.damaged") from None
    if hashlib.sha256(body).hexdigest() != header.get("sha256"):
        raise BundleError("sync.damaged")
    try:
        content = json.loads(zlib.decompress(body))
        if isinstance(content, list):  # format 1: the entries alone
            content = {"entries": content, "conflicts": []}
        entries = [_entry_dict(row) for row in content["entries"]]
        conflicts = [dict(c) for c in content.get("conflicts") or []]
    except (ValueError, TypeError, KeyError, AttributeError, zlib.error):
        raise BundleError("sync.damaged") from None
    if len(entries) != header.get("count"):
        raise BundleError("sync.damaged")
    return Bundle(header, entries, (bytes.fromhex(kdf["salt"]), key, params), conflicts)


def write_atomically(path: str | Path, data: bytes) -> None:
    """Temp file beside the target, fsync, rename, fsync the directory: all of the file or none of it."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    try:
        dir_fd = os.open(target.parent, os.O_RDONLY)
    except OSError:
        return  # Windows: directories cannot be opened; the rename is already durable enough there
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def read_file(path: str | Path) -> bytes:
    """A bundle file's bytes; a file that does not start as a bundle does is refused before the rest is read (the
    wrong file picked may be a video of gigabytes)."""
    try:
        with open(path, "rb") as handle:
            if handle.read(len(MAGIC)) != MAGIC:
                raise BundleError("sync.not_a_bundle")
            return MAGIC + handle.read()
    except FileNotFoundError:
        raise BundleError("sync.file_missing", file=str(path)) from None
    except OSError as exc:
        raise BundleError("sync.file_unreadable", file=str(path), reason=exc.strerror or str(exc)) from None
