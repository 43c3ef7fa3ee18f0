"""The catalogues are complete: every message finished, and lupdate finds no string they lack."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sapporo_mice import enums
from ui import i18n, labels

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUES = sorted(TRANSLATIONS.glob("*_ja.ts")) + sorted(TRANSLATIONS.glob("*_en.ts"))


def messages(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def live_messages(path: Path):
    for name, message in messages(path):
        if message.find("translation").get("type") not in ("obsolete", "vanished"):
            yield name, message


def translated_texts(message) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def test_there_is_a_japanese_and_an_english_catalogue_per_area():
    areas_ja = {p.name[: -len("_ja.ts")] for p in TRANSLATIONS.glob("*_ja.ts")}
    areas_en = {p.name[: -len("_en.ts")] for p in TRANSLATIONS.glob("*_en.ts")}
    assert "app" in areas_ja and areas_ja == areas_en


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.name)
def test_every_message_is_finished_and_not_empty(path):
    unfinished = [(ctx, m.findtext("source")) for ctx, m in live_messages(path)
                  if m.find("translation").get("type") == "unfinished"
                  or not all(t.strip() for t in translated_texts(m))]
    assert unfinished == []


def test_lupdate_finds_no_string_missing_from_the_catalogues(tmp_path):
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py")) + [str(ROOT / "sapporo_mice" / "enum_labels.py")]
    fresh = tmp_path / "all.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True, cwd=ROOT)
    found = {(ctx, m.findtext("source"), m.findtext("comment") or "") for ctx, m in messages(fresh)}
    for lang in ("ja", "en"):
        known = {(ctx, m.findtext("source"), m.findtext("comment") or "")
                 for path in TRANSLATIONS.glob(f"*_{lang}.ts") for ctx, m in live_messages(path)}
        assert sorted(found - known) == [], f"strings missing from the {lang} catalogues"


def test_every_literal_translate_call_has_a_live_message_in_both_catalogues():
    # lupdate (PySide6 6.11) misses QCoreApplication.translate calls that pass a count: checked here.
    calls = i18n.translate_calls(sorted((ROOT / "ui").rglob("*.py")))
    assert any(plural for *_, plural in calls)  # the plural calls lupdate cannot see are among them
    for lang in ("ja", "en"):
        live = {(ctx, m.findtext("source"), m.get("numerus") == "yes")
                for path in TRANSLATIONS.glob(f"*_{lang}.ts") for ctx, m in live_messages(path)}
        assert sorted(calls - live) == [], f"translate() calls missing from the {lang} catalogues"


def test_the_refresh_tool_adds_a_new_string_unfinished_and_changes_nothing_else(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    committed = (TRANSLATIONS / "app_ja.ts").read_text(encoding="utf-8")
    removed = "    <message>\n        <source>Job title</source>\n        <translation>役職</translation>\n    </message>\n"
    assert removed in committed
    catalogue = tmp_path / "app_ja.ts"
    catalogue.write_text(committed.replace(removed, ""), encoding="utf-8")
    added = tool.add_missing(catalogue, tool.used_strings())
    assert added == [("Column", "Job title")]
    refreshed = catalogue.read_text(encoding="utf-8")
    assert refreshed.replace('    <message>\n        <source>Job title</source>\n'
                             '        <translation type="unfinished"></translation>\n    </message>\n', "") \
        == committed.replace(removed, "")
    assert "Tagged %n record(s)." in refreshed  # the plural messages lupdate cannot see are kept


def test_japanese_catalogue_really_is_japanese():
    texts = [t for _, m in live_messages(TRANSLATIONS / "app_ja.ts") for t in translated_texts(m)]
    japanese = [t for t in texts if any("\u3040" <= ch <= "\u9fff" for ch in t)]
    assert len(japanese) > 0.9 * len(texts)


def test_every_enum_value_has_a_label():
    for enum_cls in (v for v in vars(enums).values() if isinstance(v, type) and issubclass(v, enums.enum.Enum)
                     and v is not enums.enum.Enum):
        declared = labels.ENUMS.get(enum_cls.__name__, {})
        assert set(declared) == {str(m.value) for m in enum_cls}, enum_cls.__name__  # labels are looked up by str(value)


def test_labels_are_japanese_once_the_japanese_catalogue_is_installed(qtbot):
    try:
        i18n.setup("ja")
        assert labels.enum_label("LeadStatus", "negotiating") == "商談中"
        assert labels.enum_label("BidStage", "won") == "誘致決定"
        assert labels.record_type_label("organization") == "企業・団体"
        assert labels.filter_title("follow_up_overdue") == "フォローアップ期限切れ"
        # "title" is a job title on a contact, a subject on a lead
        assert (labels.column_title("title", "contact"), labels.column_title("title", "lead")) == ("役職", "件名")
        i18n.setup("en")
        assert labels.enum_label("LeadStatus", "negotiating") == "Negotiating"
    finally:
        i18n.uninstall()


def test_catalogues_compile_to_qm(tmp_path):
    built = i18n.build_catalogues()
    for ts in TRANSLATIONS.glob("*.ts"):
        qm = i18n.output_dir() / (ts.stem + ".qm")
        assert qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime
    assert all(p.suffix == ".qm" for p in built)


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.name)
def test_a_count_in_a_message_is_a_plural_message_shown_in_the_languages_digits(path):
    # A count in a plain message ("%1 problem(s) found.") read "(s)" in English: counts are plural (%n)
    # messages, English with its two forms, Japanese with its one; each form writes the count as %Ln
    # (1,234 in both languages), not %n (1234).
    english = path.name.endswith("_en.ts")
    for ctx, message in live_messages(path):
        source = message.findtext("source")
        if message.get("numerus") != "yes":
            assert "(s)" not in source, (ctx, source)
            continue
        forms = translated_texts(message)
        assert len(forms) == (2 if english else 1), (ctx, source)
        assert all("%Ln" in form and "%n" not in form for form in forms), (ctx, source)


@pytest.mark.parametrize(("lang", "shown"), [
    ("ja", ["1 件", "1,234 件", "1 件の問題が見つかりました。", "フォローアップのタスクを 2 件作成しました。"]),
    ("en", ["1 record", "1,234 records", "1 problem found.", "Created 2 follow-up tasks."]),
])
def test_counts_read_as_the_language_writes_them(qtbot, lang, shown):
    from ui.qt import QCoreApplication

    try:
        i18n.setup(lang)
        assert [QCoreApplication.translate("RecordListView", "%n record(s)", None, 1),
                QCoreApplication.translate("RecordListView", "%n record(s)", None, 1234),
                QCoreApplication.translate("BackupsDialog", "%n problem(s) found.", None, 1),
                QCoreApplication.translate("FairResultsView", "Created %n follow-up task(s).", None, 2)] == shown
    finally:
        i18n.uninstall()


def test_every_place_in_a_message_is_filled_by_formats_fill():
    # One filling for every message: each value put in once (a chained .replace("%1", …).replace("%2", …) put a
    # second value into a first that held "%2"), with the spaces beside it as Japanese sets them (formats.joined).
    import ast
    import re

    wrong = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "replace" \
                    and node.args and isinstance(node.args[0], ast.Constant) \
                    and re.fullmatch(r"%[1-9]", str(node.args[0].value)):
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert wrong == []
