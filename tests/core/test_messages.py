"""The message catalogue: every entry, including those other modules register, is complete in ja and en."""

from __future__ import annotations

import importlib
import pkgutil
import string

import pytest

import sapporo_mice
from sapporo_mice import messages


def _catalogue_after_importing_everything() -> dict[str, dict[str, str]]:
    for module in pkgutil.walk_packages(sapporo_mice.__path__, "sapporo_mice."):
        importlib.import_module(module.name)
    return dict(messages.CATALOGUE)


CATALOGUE = _catalogue_after_importing_everything()


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_message_has_japanese_and_english_with_the_same_placeholders(code):
    entry = CATALOGUE[code]
    assert set(entry) >= set(messages.LANGS), f"{code} lacks {set(messages.LANGS) - set(entry)}"
    assert entry["en"].strip() and entry["ja"].strip()
    assert messages.placeholders(entry["en"]) == messages.placeholders(entry["ja"]), code


def _fields(template: str) -> dict[str, str]:
    """Each name the template fills in, with its format spec; a count's words are walked too."""
    fields = {}
    for _, name, spec, _ in string.Formatter().parse(template):
        if name:
            fields[name] = spec
        if spec and "{" in spec:
            fields.update(_fields(spec))
    return fields


def test_every_message_renders_without_leftover_braces():
    for code, entry in CATALOGUE.items():
        # a placeholder with a format spec ({seconds:.1f}, {n:,}) takes a number
        params = {name: 1234.5 if spec else "X" for name, spec in _fields(entry["en"]).items()}
        for lang in messages.LANGS:
            text = messages.render(code, lang, **params)
            assert "{" not in text and "}" not in text, (code, lang, text)


def test_every_field_problem_the_core_raises_names_a_message_whose_blanks_it_fills():
    # A FieldProblem fills a message's {field} and {value}; one raised with another message's code and no params
    # showed its blanks: attaching a missing file said 「{ref}」に該当する{type}がありません.
    import ast
    from pathlib import Path

    wrong = []
    for path in Path(sapporo_mice.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "FieldProblem"
                    and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant)):
                continue
            code = node.args[1].value
            given = {"field", "value"} | ({"*"} if len(node.args) >= 4 or node.keywords else set())
            blanks = set().union(*(messages.placeholders(t) for t in CATALOGUE.get(code, {}).values()))
            if code not in CATALOGUE or ("*" not in given and not blanks <= given):
                wrong.append(f"{path.name}:{node.lineno} {code} {sorted(blanks - given)}")
    assert not wrong, wrong


def test_a_counts_noun_agrees_with_it_in_english(monkeypatch):
    line = "cli.fair_participation"
    assert messages.render(line, "en", name="Sapporo Woodcraft", booth="H45", leads=1, negotiations=0, deals=2) \
        == "  Sapporo Woodcraft (booth H45): 1 lead, 0 negotiations, 2 deals"
    assert messages.render(line, "ja", name="札幌木工", booth="H45", leads=1, negotiations=0, deals=2) \
        == "  札幌木工（ブース H45）: リード 1 件、商談 0 件、成約 2 件"
    monkeypatch.setitem(messages.CATALOGUE, "test.count", {"en": "{n:,|row|rows} read, {m:|day|days} {x}",
                                                          "ja": "{n:,} 行、{m} 日 {x}"})
    assert messages.render("test.count", "en", n=1200, m=1, x="ok") == "1,200 rows read, 1 day ok"
    assert messages.render("test.count", "en", n="1", m="1,000", x="") == "1 row read, 1,000 days "  # as text
    assert messages.render("test.count", "en", n=1, m=1.5, x="") == "1 row read, 1.5 days "
    assert messages.render("test.count", "ja", n=1200, m=1, x="ok") == "1,200 行、1 日 ok"


def test_japanese_messages_are_written_in_japanese():
    for code, entry in CATALOGUE.items():
        assert any(ord(ch) > 0x3000 for ch in entry["ja"]), code


def test_an_unknown_language_falls_back_to_english_and_an_unknown_id_shows_itself():
    assert messages.render("field.required", "fr", field="name") == "name: a value is required."
    assert messages.render("no.such.message", "ja", x=1).startswith("no.such.message")


def test_registering_a_clashing_text_is_refused():
    messages.register({"error.generic": CATALOGUE["error.generic"]})  # the same text again is fine
    with pytest.raises(ValueError):
        messages.register({"error.generic": {"en": "other", "ja": "別"}})


def test_every_record_type_has_a_name_in_both_languages():
    from sapporo_mice.services import SERVICE_CLASSES

    for cls in SERVICE_CLASSES:
        assert messages.type_name(cls.record_type, "ja") != cls.record_type
        assert messages.type_name(cls.record_type, "en")


# The fields that hold a count, and the words Japanese counts with (件目, 行目 are places, not counts).
COUNTS = r"count|leads|negotiations|deals|members|bids|events|pages|updated|skipped|created|merged|read|conflicts|open|matches"
COUNTERS = r"件|行|人|名|社|回|組|団体|ページ|文字"


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_a_count_is_written_with_its_digits_grouped_and_its_english_noun_agrees(code):
    # "10000 件を書き出しました" and "Exported 1 records": a count before its counter takes {n:,}; in English,
    # a count before a plural noun takes the agreeing form {n:,|record|records}.
    import re

    entry = CATALOGUE[code]
    assert not re.search(r"\{(" + COUNTS + r")\}\s*(" + COUNTERS + r")(?!目)", entry["ja"]), entry["ja"]
    assert not re.search(r"\{(" + COUNTS + r")(:[^}|]*)?\} ([a-z-]+ )?[a-z]+s\b", entry["en"]), entry["en"]
    assert "(s)" not in entry["en"] and "(y/ies)" not in entry["en"], entry["en"]


def test_a_counts_words_may_name_other_fields():
    assert messages.render("check.search_missing", "en", count=1, type="lead") \
        == "1 live lead record has no search entry, so search does not find it."
    assert messages.render("check.search_missing", "en", count=1234, type="lead") \
        == "1,234 live lead records have no search entry, so search does not find them."
    assert messages.render("check.search_missing", "ja", count=1234, type="リード") \
        == "リードの 1,234 件に検索用の行がなく、検索で見つかりません。"
    assert messages.placeholders(CATALOGUE["check.search_missing"]["en"]) == {"count", "type"}


def test_a_count_given_as_text_is_written_as_it_is():
    assert messages.render("io.export_done", "ja", count="-", file="a.csv") == "- 件を a.csv に書き出しました。"
    assert messages.render("io.export_done", "en", count="-", file="a.csv") == "Exported - records to a.csv."


def test_a_space_beside_a_value_goes_between_two_japanese_words_only():
    # 「この連絡先は 2026/12/06 10:00 に 佐藤 花子 さんが変更しました」 read with a gap before さん; beside digits and
    # Latin letters the space is Japanese typesetting's own, and stays (formats.joined).
    stale = CATALOGUE["error.stale"]["ja"]
    assert " {user} さん" in stale  # the catalogue keeps one way of writing; the rule is the renderer's
    assert messages.render("error.stale", "ja", type="連絡先", user="佐藤 花子", at="2026/12/06 10:00") \
        == "この連絡先は 2026/12/06 10:00 に佐藤 花子さんが変更しました。再読み込みしてから編集し直してください。"
    assert messages.render("error.stale", "ja", type="連絡先", user="sato", at="2026/12/06 10:00") \
        == "この連絡先は 2026/12/06 10:00 に sato さんが変更しました。再読み込みしてから編集し直してください。"
    assert messages.render("cli.student_exported", "ja", name="陳 美玲", path="/tmp/s.json") \
        == "陳 美玲さんのデータを /tmp/s.json に書き出しました。"
    # a count with its words and a field in them, filled piece by piece as before
    assert messages.render("check.search_missing", "ja", count=1234, type="リード") \
        == "リードの 1,234 件に検索用の行がなく、検索で見つかりません。"
    assert messages.render("error.stale", "en", type="contact", user="佐藤 花子", at="6 Dec 2026, 10:00") \
        == "This contact was changed by 佐藤 花子 at 6 Dec 2026, 10:00; reload it and apply your edit again."
