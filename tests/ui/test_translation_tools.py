"""The translation tools only append: a catalogue's messages stay byte for byte, the missing ones are added.

``tools/update_translations.py`` holds the steps every area's tool shares (``fairs_translations.py``,
``sync_translations.py``, ``add_translations.py``); they are tried here on a small catalogue in a scratch
folder, never on the committed ones.
"""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ROOT / "tools"

# Written as lupdate and the old tools wrote them: an entity, a plural message, and no newline at the end.
CATALOGUE = """<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja">
<context>
    <name>Greeter</name>
    <message>
        <source>Hello</source>
        <translation>こんにちは</translation>
    </message>
    <message>
        <source>Salt &amp; pepper</source>
        <translation>塩 &amp; こしょう</translation>
    </message>
    <message numerus="yes">
        <source>%n apple(s)</source>
        <translation>
            <numerusform>りんご %Ln 個</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Farewell</name>
    <message>
        <source>Goodbye</source>
        <translation>さようなら</translation>
    </message>
</context>
</TS>"""


def load(name: str):
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def tool():
    return load("update_translations")


@pytest.fixture
def catalogue(tmp_path):
    path = tmp_path / "demo_ja.ts"
    path.write_text(CATALOGUE, encoding="utf-8")
    return path


def contexts(path: Path) -> dict[str, list[ET.Element]]:
    return {c.findtext("name"): list(c.iter("message")) for c in ET.parse(path).getroot().iter("context")}


def test_appending_keeps_every_message_and_adds_the_missing_ones_where_they_belong(tool, catalogue):
    strings = [("Greeter", "Hello", False), ("Greeter", "Salt & pepper", False), ("Greeter", "%n apple(s)", True),
               ("Greeter", "Good <b>morning</b>", False), ("Greeter", "Good night", False),
               ("Greeter", "%n pear(s)", True), ("Weather", "Sunny", False), ("Farewell", "Goodbye", False)]
    japanese = {("Greeter", "Good <b>morning</b>"): "<b>おはよう</b>", ("Weather", "Sunny"): "晴れ",
                ("Greeter", "%n pear(s)"): "梨 %Ln 個"}  # a plural one is never filled: its forms are written by hand

    added = tool.add_missing(catalogue, strings, lambda context, source: japanese.get((context, source)))

    assert added == [("Greeter", "Good <b>morning</b>"), ("Greeter", "Good night"), ("Greeter", "%n pear(s)"),
                     ("Weather", "Sunny")]
    greeter_end = CATALOGUE.index("</context>")
    expected = (CATALOGUE[:greeter_end]
                + "    <message>\n        <source>Good &lt;b&gt;morning&lt;/b&gt;</source>\n"
                  "        <translation>&lt;b&gt;おはよう&lt;/b&gt;</translation>\n    </message>\n"
                  "    <message>\n        <source>Good night</source>\n"
                  '        <translation type="unfinished"></translation>\n    </message>\n'
                  '    <message numerus="yes">\n        <source>%n pear(s)</source>\n'
                  '        <translation type="unfinished">\n            <numerusform></numerusform>\n'
                  "        </translation>\n    </message>\n"
                + CATALOGUE[greeter_end:-len("</TS>")]
                + "<context>\n    <name>Weather</name>\n"
                  "    <message>\n        <source>Sunny</source>\n        <translation>晴れ</translation>\n"
                  "    </message>\n</context>\n</TS>")
    assert catalogue.read_text(encoding="utf-8") == expected

    found = contexts(catalogue)  # it parses, and the messages read back as they were given
    assert list(found) == ["Greeter", "Farewell", "Weather"]
    by_source = {m.findtext("source"): m for m in found["Greeter"]}
    assert by_source["Good <b>morning</b>"].findtext("translation") == "<b>おはよう</b>"
    assert by_source["Good <b>morning</b>"].find("translation").get("type") is None
    assert by_source["Good night"].find("translation").get("type") == "unfinished"
    pear = by_source["%n pear(s)"]
    assert pear.get("numerus") == "yes" and pear.find("translation").get("type") == "unfinished"
    assert [form.text for form in pear.iter("numerusform")] == [None]
    assert [form.text for form in by_source["%n apple(s)"].iter("numerusform")] == ["りんご %Ln 個"]


def test_nothing_missing_leaves_the_file_untouched(tool, catalogue):
    catalogue.touch()
    before = catalogue.stat().st_mtime_ns
    strings = [("Greeter", "Hello", False), ("Greeter", "%n apple(s)", True), ("Farewell", "Goodbye", False)]
    assert tool.add_missing(catalogue, strings, lambda context, source: "never used") == []
    assert catalogue.read_bytes() == CATALOGUE.encode("utf-8")
    assert catalogue.stat().st_mtime_ns == before  # not written: its .qm stays up to date


def test_without_translations_every_new_message_is_unfinished(tool, catalogue):
    assert tool.add_missing(catalogue, [("Greeter", "Hi", False), ("Farewell", "Bye", False)]) == [
        ("Greeter", "Hi"), ("Farewell", "Bye")]
    found = {m.findtext("source"): m.find("translation") for ms in contexts(catalogue).values() for m in ms}
    assert found["Hi"].get("type") == found["Bye"].get("type") == "unfinished"
    assert found["Hello"].get("type") is None


def test_add_translations_appends_finished_messages_through_the_same_code(catalogue, monkeypatch):
    monkeypatch.syspath_prepend(str(TOOLS))  # run as a script, it finds update_translations beside it
    add = load("add_translations").add
    added = add(catalogue, [("Farewell", "Goodbye", "別の訳"), ("Farewell", "See you", "またね"),
                            ("Farewell", "See you", "じゃあね")])
    assert added == [("Farewell", "See you")]
    text = catalogue.read_text(encoding="utf-8")
    assert text.startswith(CATALOGUE[:CATALOGUE.rindex("</context>")])  # "Goodbye" keeps its translation
    messages = {m.findtext("source"): m.find("translation") for m in contexts(catalogue)["Farewell"]}
    assert messages["Goodbye"].text == "さようなら"
    assert messages["See you"].text == "またね" and messages["See you"].get("type") is None


def test_an_area_refresh_fills_japanese_from_its_table_english_from_the_source_and_reports_the_rest(
        tool, tmp_path, monkeypatch, capsys):
    for lang in ("ja", "en"):
        (tmp_path / f"demo_{lang}.ts").write_text(CATALOGUE.replace('"ja"', f'"{lang}"'), encoding="utf-8")
    used = [("Greeter", "Hello", False), ("Greeter", "Good night", False), ("Greeter", "Untranslated", False),
            ("Greeter", "%n pear(s)", True), ("Weather", "Sunny", False)]
    monkeypatch.setattr(tool, "TRANSLATIONS", tmp_path)
    monkeypatch.setattr(tool, "area_strings", lambda area, sources: used)
    monkeypatch.setattr(tool, "build_catalogues", lambda: None)
    table = {"Greeter": {"Hello": "もしもし", "Good night": "おやすみ"}, "Weather": {"Sunny": "晴れ"}}

    assert tool.refresh("demo", [], table) == 1

    errors = capsys.readouterr().err.splitlines()
    assert errors == ["untranslated: [Greeter] Untranslated", "untranslated: [Greeter] %n pear(s)"]
    ja = {m.findtext("source"): m for ms in contexts(tmp_path / "demo_ja.ts").values() for m in ms}
    en = {m.findtext("source"): m for ms in contexts(tmp_path / "demo_en.ts").values() for m in ms}
    assert ja["Hello"].findtext("translation") == "こんにちは"  # already there: not filled again
    assert ja["Good night"].findtext("translation") == "おやすみ"
    assert ja["Untranslated"].find("translation").get("type") == "unfinished"
    assert en["Good night"].findtext("translation") == "Good night"
    assert en["Untranslated"].find("translation").get("type") is None
    assert en["%n pear(s)"].find("translation").get("type") == "unfinished"
    assert ja["Sunny"].findtext("translation") == "晴れ" and en["Sunny"].findtext("translation") == "Sunny"

    # A second run adds nothing, still reports what is unfinished, and writes nothing.
    before = (tmp_path / "demo_ja.ts").read_bytes(), (tmp_path / "demo_en.ts").read_bytes()
    assert tool.refresh("demo", [], table) == 1
    assert ((tmp_path / "demo_ja.ts").read_bytes(), (tmp_path / "demo_en.ts").read_bytes()) == before


def test_the_listing_reads_the_sources_it_is_given(tool, tmp_path):
    source = tmp_path / "screen.py"
    source.write_text('from PySide6.QtCore import QCoreApplication\n\n'
                      'TITLE = QCoreApplication.translate("Screen", "Listed here")\n', encoding="utf-8")
    assert tool.listed_strings([str(source)]) == [("Screen", "Listed here", False)]
