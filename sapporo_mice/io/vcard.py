"""vCard 2.1, 3.0 and 4.0: a tolerant reader, and a writer for 3.0 and 4.0.

We parse by hand rather than with vobject: vobject rejects many real 2.1 files (QUOTED-PRINTABLE
soft line breaks, 8-bit Shift_JIS values, bare parameters such as ``TEL;CELL``). The reader works on
bytes until each value's charset is known, so a Shift_JIS trail byte 0x5C is never taken for ``\\``.
"""

from __future__ import annotations

import quopri
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sapporo_mice.io.mapping import country_code
from sapporo_mice.io.problems import ImportFileError
from sapporo_mice.io.rows import CardNumber, Issue, PhoneCell, SourceRecord
from sapporo_mice.io.sniff import check_rows, looks_binary, read_file
from sapporo_mice.validation import FieldInvalid, clean_country

_CHARSETS = {"shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "ms932": "cp932",
             "windows-31j": "cp932", "utf-8": "utf-8", "utf8": "utf-8", "us-ascii": "ascii", "iso-8859-1": "latin-1"}
_IGNORED = {"VERSION", "PRODID", "REV", "UID", "X-ABUID", "CATEGORIES", "LABEL", "X-ABLABEL", "X-ABADR",
            "SORT-STRING", "X-MS-OL-DEFAULT-POSTAL-ADDRESS", "X-MS-OL-DESIGN", "X-GENERATOR", "X-IRMC-LUID"}


@dataclass
class Property:
    group: str | None
    name: str
    params: dict[str, list[str]]
    value: str
    broken: str | None = None  # the raw text of a QUOTED-PRINTABLE value that does not decode

    def types(self) -> set[str]:
        found = {t.lower() for t in self.params.get("TYPE", [])}
        return found | {t.lower() for t in self.params.get("", [])}


@dataclass
class Card:
    number: int
    line: int
    properties: list[Property] = field(default_factory=list)
    errors: list[Issue] = field(default_factory=list)

    def first(self, name: str) -> Property | None:
        return next((p for p in self.properties if p.name == name), None)


# ------------------------------------------------------------------------------------------- reading
def read_cards(path: Path) -> tuple[list[Card], list[Issue]]:
    return parse_cards(read_file(path), Path(path).name)


def parse_cards(data: bytes, file: str) -> tuple[list[Card], list[Issue]]:
    if not data.strip():
        raise ImportFileError("io.file_empty", file)
    if looks_binary(data.replace(b"\x00", b"") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else data):
        raise ImportFileError("io.binary", file)
    data = _as_utf8_if_utf16(data).removeprefix(b"\xef\xbb\xbf")
    cards: list[Card] = []
    warnings: list[Issue] = []
    current: Card | None = None
    for line_no, raw in _logical_lines(data):
        name, params, value = _split(raw)
        if name is None:
            if current is not None and raw.strip():
                warnings.append(Issue(current.number, None, "io.vcard_line_skipped", {"line": line_no}))
            elif current is None and raw.strip():
                raise ImportFileError("io.vcard_stray", file, line=line_no, text=_preview(raw))
            continue
        if name == "BEGIN" and value.strip().upper() == b"VCARD":
            if current is not None:
                raise ImportFileError("io.vcard_truncated", file, card=current.number, line=current.line)
            current = Card(CardNumber(len(cards) + 1), line_no)
        elif name == "END" and value.strip().upper() == b"VCARD" and current is not None:
            cards.append(current)
            check_rows(len(cards), file)
            current = None
        elif current is None:
            raise ImportFileError("io.vcard_stray", file, line=line_no, text=_preview(raw))
        else:
            prop = _property(name, params, value)
            current.properties.append(prop)
            if prop.broken is not None:
                current.errors.append(Issue(current.number, name, "io.vcard_qp_invalid",
                                            {"value": prop.broken}))
    if current is not None:
        raise ImportFileError("io.vcard_truncated", file, card=current.number, line=current.line)
    if not cards:
        raise ImportFileError("io.vcard_none", file)
    return cards, warnings


def _as_utf8_if_utf16(data: bytes) -> bytes:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace").encode("utf-8")
    return data


def _preview(raw: bytes) -> str:
    return raw[:40].decode("utf-8", errors="replace")


def _logical_lines(data: bytes) -> list[tuple[int, bytes]]:
    """Physical lines unfolded: a leading space/tab continues a line, and so does a QP soft break."""
    physical = re.split(rb"\r*\n|\r", data)  # iOS 5 wrote \r\r\n
    lines: list[tuple[int, bytes]] = []
    for number, line in enumerate(physical, start=1):
        if lines and line[:1] in (b" ", b"\t") and not _open_qp(lines[-1][1]):
            lines[-1] = (lines[-1][0], lines[-1][1] + line[1:])
        elif lines and _open_qp(lines[-1][1]):
            lines[-1] = (lines[-1][0], lines[-1][1][:-1] + line.lstrip(b" \t"))
        else:
            lines.append((number, line))
    return lines


def _open_qp(line: bytes) -> bool:
    """A QUOTED-PRINTABLE value ending in ``=`` continues on the next physical line."""
    if not line.endswith(b"="):
        return False
    head = line.split(b":", 1)[0].upper()
    return b"QUOTED-PRINTABLE" in head and b":" in line


_NAME_RE = re.compile(rb"^(?:([A-Za-z0-9\-]+)\.)?([A-Za-z0-9\-]+)")


def _split(raw: bytes) -> tuple[str | None, list[bytes], bytes]:
    """``group.NAME;param;param:value`` -> (NAME, params, value); quoted params may hold ``:`` and ``;``."""
    match = _NAME_RE.match(raw)
    if not match:
        return None, [], b""
    rest = raw[match.end():]
    params, in_quotes, start = [], False, 0
    for index in range(len(rest)):
        ch = rest[index:index + 1]
        if ch == b'"':
            in_quotes = not in_quotes
        elif not in_quotes and ch in (b";", b":"):
            if index > start:
                params.append(rest[start:index])
            start = index + 1
            if ch == b":":
                group = match.group(1)
                return (match.group(2).decode("ascii").upper(), [group or b""] + params, rest[index + 1:])
    return None, [], b""


def _property(name: str, raw_params: list[bytes], value: bytes) -> Property:
    group = raw_params[0].decode("ascii", errors="replace") or None
    params: dict[str, list[str]] = {}
    for item in raw_params[1:]:
        text = item.decode("utf-8", errors="replace")
        key, _, val = text.partition("=")
        if not _:
            key, val = "", key  # vCard 2.1 bare parameter: TEL;CELL;PREF
        for part in val.split(","):
            params.setdefault(key.strip().upper(), []).append(part.strip().strip('"'))
    encoding = {v.lower() for v in params.get("ENCODING", []) + params.get("", [])}
    if "quoted-printable" in encoding:
        raw = value
        value = quopri.decodestring(value)
        if _BAD_QP.search(raw) or not _decodes(value, params):
            return Property(group, name, params, _decode_value(value, params), broken=raw.decode("ascii", "replace"))
    elif encoding & {"b", "base64"}:
        return Property(group, name, params, "")  # binary (PHOTO, KEY, SOUND data): not kept
    return Property(group, name, params, _decode_value(value, params))


# "=" not followed by two hex digits (a soft line break's "=" is gone once lines are unfolded).
_BAD_QP = re.compile(rb"=(?![0-9A-Fa-f]{2})")


def _decodes(value: bytes, params: dict[str, list[str]]) -> bool:
    """Whether QP-decoded bytes are text in the card's charset (UTF-8 when it names none)."""
    charset = (params.get("CHARSET") or ["utf-8"])[0].lower()
    try:
        value.decode(_CHARSETS.get(charset, charset))
    except (UnicodeError, LookupError):
        return False
    return True


def _decode_value(value: bytes, params: dict[str, list[str]]) -> str:
    charset = (params.get("CHARSET") or [""])[0].lower()
    wanted = _CHARSETS.get(charset, charset) if charset else None
    for encoding in filter(None, (wanted, "utf-8", "cp932")):
        try:
            return value.decode(encoding)
        except (UnicodeError, LookupError):  # not only UnicodeDecodeError: idna and punycode raise UnicodeError
            continue
    return value.decode("utf-8", errors="replace")


# --------------------------------------------------------------------------------- card -> record
def unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def components(text: str) -> list[str]:
    """A structured value (N, ADR, ORG) split on unescaped ``;``, each part unescaped."""
    return [unescape(p).strip() for p in re.split(r"(?<!\\);", text)]


_PHONE_TYPES = (("cell", "mobile"), ("iphone", "mobile"), ("mobile", "mobile"), ("fax", "fax"),
                ("home", "home"), ("work", "work"), ("pager", "other"))


def card_record(card: Card) -> SourceRecord:
    """The import fields a card holds; what is not kept becomes a warning naming the property."""
    record = SourceRecord(number=card.number, errors=list(card.errors))
    labels = {p.group: p.value for p in card.properties if p.name == "X-ABLABEL" and p.group}
    skipped: list[str] = []
    for prop in card.properties:
        handler = _HANDLERS.get(prop.name)
        if handler is not None:
            handler(record, prop, labels)
        elif prop.name == "PHOTO":
            record.warnings.append(Issue(card.number, "PHOTO", "io.vcard_photo_skipped"))
        elif prop.name not in _IGNORED and prop.name not in skipped:
            skipped.append(prop.name)
    if skipped:
        record.warnings.append(Issue(card.number, None, "io.vcard_properties_skipped",
                                     {"properties": ", ".join(skipped)}))
    _fill_name(record)
    return record


def _n(record: SourceRecord, prop: Property, labels: dict) -> None:
    parts = components(prop.value) + [""] * 5
    record.put("family_name", parts[0], "N")
    record.put("given_name", " ".join(x for x in (parts[1], parts[2]) if x), "N")


def _fn(record: SourceRecord, prop: Property, labels: dict) -> None:
    record.put("full_name", unescape(prop.value).strip(), "FN")


def _sound(record: SourceRecord, prop: Property, labels: dict) -> None:
    """``SOUND;X-IRMC-N:ヤマダ;タロウ;;;`` is how Japanese feature phones carry the reading."""
    if "x-irmc-n" in prop.types() or "X-IRMC-N" in prop.params.get("", []):
        parts = components(prop.value) + ["", ""]
        record.put("family_name_kana", parts[0], "SOUND")
        record.put("given_name_kana", parts[1], "SOUND")


def _org(record: SourceRecord, prop: Property, labels: dict) -> None:
    parts = components(prop.value) + [""]
    record.put("organization", parts[0], "ORG")
    record.put("department", " ".join(p for p in parts[1:] if p), "ORG")


def _email(record: SourceRecord, prop: Property, labels: dict) -> None:
    address = unescape(prop.value).strip()
    if address:
        record.emails.append((address, "home" if "home" in prop.types() else "work", "EMAIL"))


def _tel(record: SourceRecord, prop: Property, labels: dict) -> None:
    raw = unescape(prop.value).strip()
    if raw.lower().startswith("tel:"):
        number, _, ext = raw[4:].partition(";ext=")
        raw = f"{number} ext. {ext}" if ext else number
    if not raw:
        return
    types = prop.types() | {labels.get(prop.group, "").lower().strip("_$!<>")}
    kind = next((k for t, k in _PHONE_TYPES if any(t in x for x in types)), "work")
    record.phones.append(PhoneCell(raw, kind, "TEL"))


def _adr(record: SourceRecord, prop: Property, labels: dict) -> None:
    parts = components(prop.value) + [""] * 7
    text = ", ".join(p.replace("\n", ", ") for p in parts[:7] if p)
    record.put("address", text, "ADR")
    if parts[6]:
        try:
            record.put("country", clean_country(country_code(parts[6])), "ADR")
        except FieldInvalid:
            pass


def _text(field_name: str):
    def handler(record: SourceRecord, prop: Property, labels: dict) -> None:
        record.put(field_name, unescape(prop.value).strip(), prop.name)
    return handler


def _note(record: SourceRecord, prop: Property, labels: dict) -> None:
    text = unescape(prop.value).replace("\r\n", "\n").strip()
    if text:
        previous = record.values.get("notes")
        record.values["notes"] = f"{previous}\n{text}" if previous else text
        record.columns.setdefault("notes", "NOTE")


_HANDLERS: dict[str, Any] = {
    "N": _n, "FN": _fn, "SOUND": _sound, "ORG": _org, "EMAIL": _email, "TEL": _tel, "ADR": _adr,
    "TITLE": _text("title"), "NOTE": _note, "X-PHONETIC-LAST-NAME": _text("family_name_kana"),
    "X-PHONETIC-FIRST-NAME": _text("given_name_kana"), "URL": _text("website"), "LANG": _text("languages"),
    "X-LATIN-NAME": _text("latin_name"),
}


def _fill_name(record: SourceRecord) -> None:
    """A card with only FN (or only an email) still needs a name."""
    if not any(record.values.get(k) for k in ("family_name", "given_name", "full_name")):
        fallback = record.values.get("organization") or (record.emails[0][0] if record.emails else None)
        if fallback is None and record.phones:
            fallback = record.phones[0].raw
        record.put("full_name", fallback, "FN")


# ------------------------------------------------------------------------------------------ writing
def escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\n", "\\n"))


def fold(line: str) -> str:
    """Fold at 75 octets without splitting a UTF-8 character (RFC 6350 §3.2, RFC 5545 §3.1)."""
    out, current, size = [], "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > 75:
            out.append(current)
            current, size = " ", 1
        current += ch
        size += width
    out.append(current)
    return "\r\n".join(out)


_TEL_TYPES = {"mobile": "cell", "fax": "fax", "home": "home", "work": "work", "other": "voice"}


def contact_card(contact: dict[str, Any], version: str = "4.0") -> str:
    """One contact (as the exporter gathers it) as a vCard."""
    family, given = contact.get("family_name") or "", contact.get("given_name") or ""
    lines = ["BEGIN:VCARD", f"VERSION:{version}",
             f"N:{escape(family)};{escape(given)};;;",
             f"FN:{escape(contact.get('display_name') or '')}"]
    if contact.get("family_name_kana"):
        lines.append(f"X-PHONETIC-LAST-NAME:{escape(contact['family_name_kana'])}")
    if contact.get("given_name_kana"):
        lines.append(f"X-PHONETIC-FIRST-NAME:{escape(contact['given_name_kana'])}")
    if contact.get("latin_name"):
        lines.append(f"X-LATIN-NAME:{escape(contact['latin_name'])}")
    if contact.get("organization_name") or contact.get("department"):
        lines.append(f"ORG:{escape(contact.get('organization_name') or '')};{escape(contact.get('department') or '')}")
    if contact.get("title"):
        lines.append(f"TITLE:{escape(contact['title'])}")
    lines += [_email_line(e, version) for e in contact.get("emails", [])]
    lines += [_tel_line(p, version) for p in contact.get("phones", [])]
    if contact.get("country"):
        lines.append(f"ADR;TYPE=work:;;;;;;{contact['country']}")
    if contact.get("notes"):
        lines.append(f"NOTE:{escape(contact['notes'])}")
    lines.append("END:VCARD")
    return "".join(fold(line) + "\r\n" for line in lines)


def _email_line(email: dict[str, Any], version: str) -> str:
    kind = email.get("kind") or "work"
    prefix = f"EMAIL;TYPE={kind}" if version == "4.0" else f"EMAIL;TYPE=INTERNET,{kind.upper()}"
    return f"{prefix}:{email['email']}"


def _tel_line(phone: dict[str, Any], version: str) -> str:
    kind = _TEL_TYPES.get(phone.get("kind") or "work", "voice")
    if version == "4.0" and phone.get("e164"):
        ext = f";ext={phone['extension']}" if phone.get("extension") else ""
        return f"TEL;VALUE=uri;TYPE={kind}:tel:{phone['e164']}{ext}"
    text = phone.get("e164") or phone.get("raw") or ""
    if phone.get("e164") and phone.get("extension"):
        text += f" ext. {phone['extension']}"
    return f"TEL;TYPE={kind.upper() if version != '4.0' else kind}:{escape(text)}"
