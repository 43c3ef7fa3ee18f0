"""Typed errors raised by the services.

Each carries a message id (see :mod:`sapporo_mice.messages`) so that the CLI and the desktop UI can
show it in the user's language, and names the field and the value at fault.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sapporo_mice.formats import listed
from sapporo_mice.messages import render, type_name


@dataclass(frozen=True)
class FieldProblem:
    """One problem with one field: ``field`` names it, ``code`` is the message id."""

    field: str
    code: str
    value: Any = None
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str = "en", record_type: str | None = None) -> str:
        """The problem in ``lang``, naming the field as the user knows it (``record_type``'s form label)."""
        from sapporo_mice.vocabulary import field_label

        params = {k: in_lang(v, lang) for k, v in self.params.items()}
        if "other" in params:  # "before {other}": another field of the same record
            params["other"] = field_label(record_type, str(params["other"]), lang)
        return render(self.code, lang, **{**params, "field": field_label(record_type, self.field, lang),
                                          "value": _shown(self.value)})


def in_lang(value: Any, lang: str) -> Any:
    """A message parameter in ``lang``: one that words itself per language (``for_lang``: a list of choices),
    one given per language (``{"ja": …, "en": …}``: a reason the importer words itself), or the value as it is."""
    if hasattr(value, "for_lang"):
        return value.for_lang(lang)
    if isinstance(value, dict) and "en" in value:
        return value.get(lang, value["en"])
    return value


def _shown(value: Any) -> Any:
    """A bad value as a message quotes it: at most about a hundred characters."""
    text = value if isinstance(value, str) else None
    return text[:100] + "…" if text is not None and len(text) > 100 else value


class CrmError(Exception):
    """Base class of every error the core raises on purpose."""

    code = "error.generic"

    def message(self, lang: str = "en") -> str:
        return str(self)


class ValidationError(CrmError):
    """One or more fields are invalid; nothing was written."""

    def __init__(self, problems: list[FieldProblem], record_type: str | None = None):
        self.problems = list(problems)
        self.record_type = record_type  # whose fields the problems name (for their labels)
        super().__init__(self.message("en"))

    @property
    def fields(self) -> list[str]:
        return [p.field for p in self.problems]

    def message(self, lang: str = "en") -> str:
        return "; ".join(p.message(lang, self.record_type) for p in self.problems)


class StaleVersionError(CrmError):
    """Optimistic lock: the record changed since the caller read it."""

    code = "error.stale"

    def __init__(self, record_type: str, record_id: str, expected: int | None, current: dict[str, Any]):
        self.record_type = record_type
        self.record_id = record_id
        self.expected = expected
        self.current = current
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        return render(
            self.code,
            lang,
            type=type_name(self.record_type, lang),
            user=self.current.get("updated_by") or "?",
            at=local_minute(self.current.get("updated_at")),
        )


def local_minute(value: Any) -> str:
    """A stored UTC time as the user reads it: local time to the minute ("2026-11-29 19:31")."""
    if not isinstance(value, dt.datetime):
        return str(value) if value else "?"
    aware = value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)
    return aware.astimezone().strftime("%Y-%m-%d %H:%M")


class NotFoundError(CrmError):
    code = "error.not_found"

    def __init__(self, record_type: str, ref: str):
        self.record_type = record_type
        self.ref = ref
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        return render(self.code, lang, type=type_name(self.record_type, lang), ref=_shown(self.ref))


class AmbiguousReferenceError(CrmError):
    code = "error.ambiguous"

    def __init__(self, record_type: str, ref: str, count: int, names: list[str | tuple[str, str]] | None = None):
        """``names``: those of the records it fits, as many as are listed (``count`` more means there are more);
        a name several of them share comes as (name, id), the id being what the user can give instead."""
        self.record_type, self.ref, self.count, self.names = record_type, ref, count, names or []
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        brackets = "（{}）" if lang == "ja" else " ({})"
        shown = [_shown(n) if isinstance(n, str) else _shown(n[0]) + brackets.format(n[1]) for n in self.names]
        names = listed(shown, lang)
        if names and self.count > len(self.names):
            names += " ほか" if lang == "ja" else " and others"
        return render(self.code, lang, type=type_name(self.record_type, lang), ref=_shown(self.ref), names=names)


class DatabaseOpenError(CrmError):
    code = "error.db_open"

    def __init__(self, url: str, reason: str):
        self.url, self.reason = url, reason
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        return render(self.code, lang, url=self.url, reason=self.reason)


class DatabaseBusyError(CrmError):
    """Another program held the write lock for longer than the app waits (SQLite's busy timeout, or a
    PostgreSQL lock timeout); the action was rolled back and can simply be tried again."""

    code = "error.db_busy"

    def message(self, lang: str = "en") -> str:
        return render(self.code, lang)


class ImportFileError(CrmError):
    """The file as a whole cannot be read; nothing was imported."""

    def __init__(self, code: str, file: str, **params: Any) -> None:
        self.code, self.file, self.params = code, file, params
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        return render(self.code, lang, file=self.file, **{k: _shown(v) for k, v in self.params.items()})


class AmbiguousEncodingError(ImportFileError):
    """The bytes are valid, and read differently, in more than one encoding: the user must choose."""

    def __init__(self, file: str, candidates: list[str]) -> None:
        self.candidates = list(candidates)
        super().__init__("io.encoding_ambiguous", file, candidates=", ".join(candidates))


class ExportError(CrmError):
    """An export cannot be written as asked (e.g. a character CP932 cannot hold); nothing was written."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code, self.params = code, params
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        return render(self.code, lang, **self.params)


# --- safety
class PassphraseNeededError(CrmError):
    """The database file is encrypted and no passphrase was given (the prompt, or ``SAPPORO_MICE_PASSPHRASE``)."""

    code = "error.passphrase_needed"

    def __init__(self, file: str) -> None:
        self.file = file
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        return render(self.code, lang, file=self.file)


class WrongPassphraseError(PassphraseNeededError):
    """The passphrase does not open the encrypted database file (or the file is no database at all)."""

    code = "error.wrong_passphrase"
