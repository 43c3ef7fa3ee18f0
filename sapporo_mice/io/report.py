"""The import report (DESIGN §5 JSON shape) and its human-readable lines, in the CLI's language."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sapporo_mice import formats, messages
from sapporo_mice.errors import _shown
from sapporo_mice.io.rows import Issue, at, placed
from sapporo_mice.messages import render, type_name

messages.register({
    "io.phone_invalid": {"en": "“{value}” is not a valid phone number for {region}; it was kept as written.",
                         "ja": "「{value}」は{region}の電話番号として正しくないため、書かれたとおり保存します。"},
    "io.phone_invalid_intl": {"en": "“{value}” is not a valid international number; it was kept as written.",
                              "ja": "「{value}」は正しい国際番号ではないため、書かれたとおり保存します。"},
    "io.phone_zero_restored": {"en": "“{value}” had lost its leading 0 in Excel; read as {fixed}.",
                               "ja": "「{value}」は Excel で先頭の 0 が消えていたため、{fixed} として読みました。"},
    "io.phone_plus_restored": {"en": "“{value}” had lost its + in Excel; read as {fixed}.",
                               "ja": "「{value}」は Excel で + が消えていたため、{fixed} として読みました。"},
    "io.date_invalid": {"en": "{field}: “{value}” is not a date or date and time.",
                        "ja": "{field}: 「{value}」は日付または日時ではありません。"},
    "io.duplicate_existing": {"en": "{Row} looks like the existing {type} “{name}” (same {reason}).",
                              "ja": "{Row}は既存の{type}「{name}」と重複している可能性があります（{reason}が同じ）。"},
    "io.duplicate_row": {"en": "{Row} looks like {other} “{name}” (same {reason}).",
                         "ja": "{Row}は {other}「{name}」と重複している可能性があります（{reason}が同じ）。"},
    "io.reason.email": {"en": "email", "ja": "メールアドレス"},
    "io.reason.phone": {"en": "phone number", "ja": "電話番号"},
    "io.reason.name_org": {"en": "name and company", "ja": "氏名と会社"},
    "io.reason.corporate_number": {"en": "corporate number", "ja": "法人番号"},
    "io.reason.company_name": {"en": "company name", "ja": "会社名"},
    "io.database_refused": {"en": "the database refused the row ({detail})",
                            "ja": "データベースがこの行を受け付けませんでした（{detail}）"},
    "io.line_match": {"en": "Match: {message}", "ja": "一致: {message}"},
    "io.line_name": {"en": "Name: {message}", "ja": "氏名: {message}"},
    "io.name_split": {"en": "{Row}: “{name}” read as family name “{family}”, given name “{given}” ({rule}).",
                      "ja": "{Row}: 「{name}」を姓「{family}」、名「{given}」と読みました（{rule}）。"},
    "io.name_split_swap": {"en": "To swap them: --flip-name {row}.", "ja": "逆にするには --flip-name {row}。"},
    "io.name_rule.cjk": {"en": "family name first", "ja": "姓が先"},
    "io.name_rule.capitals": {"en": "the family name is in capitals", "ja": "大文字の語が姓"},
    "io.name_rule.country": {"en": "this country writes the family name first", "ja": "この国では姓が先"},
    "io.name_rule.country_vn": {"en": "Vietnamese names put the family name first",
                                "ja": "ベトナムの名前は姓が先"},
    "io.name_rule.country_hu": {"en": "Hungarian names put the family name first", "ja": "ハンガリーの名前は姓が先"},
    "io.name_rule.chinese_surname": {"en": "a Chinese surname first, as in Singapore and Malaysia",
                                     "ja": "シンガポール・マレーシアの中国系の名前は姓が先"},
    "io.name_rule.patronymic": {"en": "a patronymic name (bin, binti, a/l) is kept whole; no family name",
                                "ja": "父称（bin、binti、a/l）を含む名前は分けずにそのまま"},
    "io.name_rule.default": {"en": "the last word is the family name", "ja": "最後の語が姓"},
    "io.name_rule.flipped": {"en": "swapped as asked", "ja": "指定により入れ替え"},
    "io.apply_failed": {"en": "The import was rolled back at {row}: {reason}",
                        "ja": "{row}で取り込みを取り消しました: {reason}"},
    "io.apply_failed_file": {"en": "The import was rolled back: {reason}", "ja": "取り込みを取り消しました: {reason}"},
    "io.summary": {
        "en": "{file}: {read:,|row|rows} read, {created:,} created, {updated:,} updated, {merged:,} merged, "
              "{skipped:,} skipped.",
        "ja": "{file}: {read:,} 行を読み込み、作成 {created:,}、更新 {updated:,}、統合 {merged:,}、スキップ {skipped:,}。"},
    "io.summary_cards": {
        "en": "{file}: {read:,|card|cards} read, {created:,} created, {updated:,} updated, {merged:,} merged, "
              "{skipped:,} skipped.",
        "ja": "{file}: {read:,} 件のカードを読み込み、作成 {created:,}、更新 {updated:,}、統合 {merged:,}、"
              "スキップ {skipped:,}。"},
    "io.not_applied": {
        "en": "Nothing was imported because of the errors above (use --skip-invalid to import the valid rows).",
        "ja": "上記のエラーのため何も取り込んでいません（正しい行だけ取り込むには --skip-invalid を指定）。"},
    "io.dry_run_done": {"en": "Dry run: nothing was imported; {count:|row|rows} would be created.",
                        "ja": "試行のみ: 何も取り込んでいません。{count:,} 行が作成される予定です。"},
    "io.dry_run_done_cards": {"en": "Dry run: nothing was imported; {count:|card|cards} would be imported.",
                              "ja": "試行のみ: 何も取り込んでいません。{count:,} 件のカードが取り込まれる予定です。"},
    "io.line_error": {"en": "Error: {row}, {column}: {message}", "ja": "エラー: {row}「{column}」: {message}"},
    "io.line_warning": {"en": "Warning: {row}, {column}: {message}", "ja": "警告: {row}「{column}」: {message}"},
    # A problem of a whole row (a card's properties left out), or of the whole file.
    "io.line_error_row": {"en": "Error: {row}: {message}", "ja": "エラー: {row}: {message}"},
    "io.line_warning_row": {"en": "Warning: {row}: {message}", "ja": "警告: {row}: {message}"},
    "io.line_error_file": {"en": "Error: {message}", "ja": "エラー: {message}"},
    "io.line_warning_file": {"en": "Warning: {message}", "ja": "警告: {message}"},
    "io.line_duplicate": {"en": "Possible duplicate: {message}", "ja": "重複の可能性: {message}"},
})


@dataclass(frozen=True)
class Duplicate:
    row: int
    record_type: str
    reason: str
    name: str
    existing_id: str | None = None
    other_row: int | None = None
    name_en: str | None = None  # an existing company's English and Japanese names, where it keeps them
    name_ja: str | None = None

    def shown_name(self, lang: str) -> str:
        """The name as the reader knows it: an existing company's in their language, a row's as the file writes it."""
        return formats.name(self.name, self.name_en, lang, self.name_ja)

    def message(self, lang: str) -> str:
        reason = render(f"io.reason.{self.reason}", lang)
        if self.existing_id:
            return render("io.duplicate_existing", lang, **placed(self.row, lang),
                          type=type_name(self.record_type, lang), name=_shown(self.shown_name(lang)), reason=reason)
        return render("io.duplicate_row", lang, **placed(self.row, lang), other=at(self.other_row, lang),
                      name=_shown(self.name), reason=reason)

    def as_json(self, lang: str) -> dict[str, Any]:
        return {"row": self.row, "type": self.record_type, "reason": self.reason, "name": self.name,
                "name_en": self.name_en, "name_ja": self.name_ja,
                "existing_id": self.existing_id, "other_row": self.other_row, "message": self.message(lang)}


@dataclass
class NameSplit:
    """How a full name in one column was split into family and given name, and by which rule
    (:func:`sapporo_mice.names.order`); the preview shows it and the user may flip it (``--flip-name ROW``)."""

    row: int
    text: str
    family_name: str | None
    given_name: str | None
    rule: str
    flipped: bool = False

    def message(self, lang: str, *, command_hint: bool = True) -> str:
        """How the name was read; with ``command_hint``, the command line's way to swap it (the desktop says
        its own: a button)."""
        rule = render("io.name_rule.flipped" if self.flipped else f"io.name_rule.{self.rule}", lang)
        text = render("io.name_split", lang, **placed(self.row, lang), name=_shown(self.text),
                      family=self.family_name or formats.no_value(lang),
                      given=self.given_name or formats.no_value(lang), rule=rule)
        if not command_hint:
            return text
        return formats.sentences((text, render("io.name_split_swap", lang, row=self.row)), lang)

    def as_json(self, lang: str) -> dict[str, Any]:
        return {"row": self.row, "name": self.text, "family_name": self.family_name, "given_name": self.given_name,
                "rule": self.rule, "flipped": self.flipped, "message": self.message(lang)}


@dataclass
class ImportReport:
    file: str
    kind: str
    read: int = 0
    created: int = 0
    updated: int = 0
    merged: int = 0
    skipped: int = 0
    empty_rows: int = 0
    applied: bool = False
    dry_run: bool = False
    would_create: int = 0
    created_by_type: dict[str, int] = field(default_factory=dict)
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    created_ids: dict[str, list[str]] = field(default_factory=dict)
    encoding: str | None = None
    format: dict[str, Any] | None = None  # the known export format recognised by its headers (Google …)
    matches: list[Any] = field(default_factory=list)  # people already in the CRM (io.matching.Match)
    name_splits: list[NameSplit] = field(default_factory=list)  # full names split by rule, for the preview
    cards: bool = False  # the file is a vCard file: its records are cards, not rows

    def as_json(self, lang: str = "en") -> dict[str, Any]:
        return {
            "file": self.file, "kind": self.kind, "read": self.read, "created": self.created,
            "updated": self.updated, "merged": self.merged, "skipped": self.skipped,
            "empty_rows": self.empty_rows, "applied": self.applied, "dry_run": self.dry_run,
            "would_create": self.would_create, "created_by_type": self.created_by_type,
            "encoding": self.encoding, "format": self.format["key"] if self.format else None,
            "errors": [e.as_json(lang) for e in self.errors],
            "warnings": [w.as_json(lang) for w in self.warnings],
            "duplicates": [d.as_json(lang) for d in self.duplicates],
            "matches": [m.as_json(lang) for m in self.matches],
            "name_splits": [n.as_json(lang) for n in self.name_splits],
        }

    def lines(self, lang: str = "en") -> list[str]:
        out = [render("io.format_recognised", lang, format=self.format["label"][lang])] if self.format else []
        out += [_line("error", e, lang) for e in self.errors]
        out += [_line("warning", w, lang) for w in self.warnings]
        out += [render("io.line_duplicate", lang, message=d.message(lang)) for d in self.duplicates]
        out += [render("io.line_match", lang, message=m.message(lang)) for m in self.matches]
        out += [render("io.line_name", lang, message=n.message(lang)) for n in self.name_splits]
        out.append(render("io.summary_cards" if self.cards else "io.summary", lang, file=self.file, read=self.read,
                          created=self.created, updated=self.updated, merged=self.merged, skipped=self.skipped))
        if self.dry_run:
            out.append(render("io.dry_run_done_cards" if self.cards else "io.dry_run_done", lang,
                              count=self.would_create))
        elif not self.applied:
            out.append(render("io.not_applied", lang))
        return out


def _line(kind: str, issue: Issue, lang: str) -> str:
    """An error or warning as a line of the report, naming where it is as far as it is anywhere: a row and column,
    a whole row ("row 1: Not imported: BDAY."), or the file."""
    message = issue.bare_message(lang)
    if issue.row and issue.column:
        return render(f"io.line_{kind}", lang, **placed(issue.row, lang), column=_shown(issue.column),
                      message=message)
    if issue.row:
        return render(f"io.line_{kind}_row", lang, **placed(issue.row, lang), message=message)
    return render(f"io.line_{kind}_file", lang, message=message)

