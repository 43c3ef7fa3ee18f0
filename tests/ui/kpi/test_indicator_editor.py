"""The indicator editor speaks the plan's words: the pillar and what a computed indicator counts by their names,
in Japanese and English, never an identifier (P1_INTL_COOPERATION) or a key (cooperation_projects)."""

from __future__ import annotations

import re

import pytest

from sapporo_mice.plan_terms import FORMULAS
from tests.ui.app_support import make_context, settle
from ui import i18n
from ui.editors import open_editor
from ui.editors.editor import RecordEditor
from ui.qt import QApplication, QComboBox, QLabel, QLineEdit, QPlainTextEdit

# What staff must not meet in a field: an upper-case code (P1_INTL_COOPERATION) or a snake_case key.
IDENTIFIER = re.compile(r"\b(?=[A-Z0-9_]*[A-Z])[A-Z0-9_]{6,}\b|\b[a-z0-9]+(?:_[a-z0-9]+)+\b")


@pytest.fixture
def lang(request, qapp, monkeypatch):
    monkeypatch.setattr(RecordEditor, "ask_save_changes", lambda self: "discard")
    i18n.install(request.param)
    yield request.param
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, RecordEditor) and widget.isVisible():
            widget.close()
    i18n.uninstall()


def _shown(editor: RecordEditor) -> list[str]:
    """Every text the form shows: labels, line edits, combo boxes, long texts (not tooltips)."""
    form = editor.form
    return ([w.text() for w in form.findChildren(QLabel)] + [w.text() for w in form.findChildren(QLineEdit)]
            + [w.currentText() for w in form.findChildren(QComboBox)]
            + [w.toPlainText() for w in form.findChildren(QPlainTextEdit)])


@pytest.mark.parametrize("lang", ["ja", "en"], indirect=True)
@pytest.mark.parametrize("code", ["P1_INTL_COOPERATION", "P4_FAIR_SALES", "P1_AWARENESS", "P5_STUDENTS_HIRED"])
def test_no_indicator_field_shows_an_identifier(qtbot, crm, lang, code):
    crm.kpi.set("P1_AWARENESS", 2025, target=40, actor="佐藤 花子")  # a first figure seeds the plan's indicators
    ctx = make_context(crm, lang)
    record = crm.indicators.list(where={"code": code})[0]
    editor = open_editor(ctx, "indicator", record["id"])
    settle(qtbot, ctx)
    shown = [text for text in _shown(editor) if text]
    assert [text for text in shown if IDENTIFIER.search(text)] == []
    name = record["name_ja"] if lang == "ja" else record["name_en"]
    assert name in shown and any(text.startswith(f"{record['pillar']}. ") for text in shown)
    formula = editor.form.rows["formula"].widget
    if record["formula"]:  # what it counts, in the plan's words; the key is only what is stored
        definition = FORMULAS[record["formula"]].definition[0 if lang == "ja" else 1]
        assert formula.combo.currentText() == definition and editor.form.rows["formula"].value() == record["formula"]
    else:
        assert formula.combo.currentText() == ""


def test_a_new_indicator_needs_no_code_from_the_user(crm):
    first = crm.indicators.create({"name_ja": "姉妹都市青少年交流の参加者数", "name_en": "Youth exchange participants",
                                   "pillar": 6, "unit": "人"}, actor="佐藤 花子").record
    second = crm.indicators.create({"name_ja": "通訳ボランティア登録者数", "name_en": "Volunteer interpreters",
                                    "pillar": 6, "unit": "人"}, actor="佐藤 花子").record
    assert (first["code"], second["code"]) == ("P6_ADDED_1", "P6_ADDED_2")
    given = crm.indicators.create({"code": "P6_YOUTH", "name_ja": "青少年派遣数", "name_en": "Youth sent abroad",
                                   "pillar": 6, "unit": "人"}, actor="佐藤 花子").record
    assert given["code"] == "P6_YOUTH"


@pytest.mark.parametrize("lang", ["ja", "en"], indirect=True)
def test_an_indicator_is_named_in_the_readers_language_wherever_an_editor_names_it(qtbot, crm, lang):
    # The English UI titled an indicator's window, and the figure editor's indicator field, 外国人住民数（定住人口）.
    crm.kpi.set("P1_AWARENESS", 2025, target=40, actor="佐藤 花子")
    ctx = make_context(crm, lang)
    indicator = crm.indicators.list(where={"code": "P1_AWARENESS"})[0]
    name = indicator["name_ja"] if lang == "ja" else indicator["name_en"]
    value = crm.service("indicator_value").list(where={"indicator_id": indicator["id"]})[0]
    figure = open_editor(ctx, "indicator_value", value["id"])
    settle(qtbot, ctx)
    assert name in _shown(figure)
    own = open_editor(ctx, "indicator", indicator["id"])
    settle(qtbot, ctx)
    assert own.windowTitle() == {"ja": f"評価指標：{name}[*]", "en": f"{name}[*] — Indicator"}[lang]
    found = []
    figure._search("indicator", indicator["name_ja"][:4], found.append)  # the field's picker
    qtbot.waitUntil(lambda: bool(found))
    assert (name, indicator["id"]) in found[0]
