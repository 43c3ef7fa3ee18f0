"""The issue's "done when", as a consultant would do it in the company's window, in both languages: add a
consultation, record a need and its answer, see suggested buyers with reasons, make an introduction, and record
an expansion case that the fiscal-year count then includes."""

from __future__ import annotations

import datetime as dt

import pytest

from sapporo_mice import fiscal
from sapporo_mice.settings import Settings
from tests.ui.app_support import settle
from ui import i18n
from ui.context import AppContext
from ui.editors.editor import RecordEditor
from ui.jobs import JobRunner
from ui.qt import QApplication

ACTOR = "sato"
TEXTS = {
    "ja": {"country": "シンガポールをターゲット市場にしている", "open": "未対応", "addressed": "対応済み",
           "count": "年度別の海外展開事業事例数: {fy} 1"},
    "en": {"country": "targets Singapore", "open": "Open", "addressed": "Addressed",
           "count": "Overseas expansion cases by fiscal year: {fy} 1"},
}


@pytest.fixture(params=["ja", "en"])
def lang(request):
    return request.param


@pytest.fixture
def ctx(qtbot, crm, lang):
    i18n.setup(lang)
    settings = Settings()
    settings.set("user_name", "佐藤 花子")
    context = AppContext(settings, JobRunner(), lang, crm=crm)
    yield context
    context.jobs.wait(10_000)
    i18n.uninstall()


def _new_editor(record_type: str, besides: set) -> RecordEditor:
    return next(w for w in QApplication.topLevelWidgets()
                if isinstance(w, RecordEditor) and w.record_type == record_type and w not in besides)


def _fill_and_save(qtbot, ctx, editor: RecordEditor, values: dict) -> None:
    qtbot.addWidget(editor)
    for name, value in values.items():
        editor.form.rows[name].widget.set_value(value)
    editor.save()
    settle(qtbot, ctx)
    assert editor.record_id, editor.banner.text()


def test_a_case_end_to_end_in_the_company_window(qtbot, ctx, crm, lang):
    texts = TEXTS[lang]
    company = crm.organizations.create({"name": "札幌乳業株式会社", "kind": "local_company", "country": "JP"},
                                       actor=ACTOR).id
    crm.company_profiles.create({"organization_id": company, "products": "チーズ", "staff": "佐藤 花子"},
                                actor=ACTOR)
    crm.target_markets.create({"organization_id": company, "country": "SG", "priority": 1}, actor=ACTOR)
    buyer = crm.organizations.create({"name": "Lim Dairy Trading", "kind": "overseas_buyer", "country": "SG",
                                      "industry": "cheese importer"}, actor=ACTOR).id
    window = RecordEditor(ctx, "organization", company)
    qtbot.addWidget(window)
    settle(qtbot, ctx)
    panel = window.extra[0]
    seen = {window}

    # A consultation with its next step.
    panel.consultations.add_button.click()
    editor = _new_editor("consultation", seen)
    seen.add(editor)
    _fill_and_save(qtbot, ctx, editor, {"held_at": dt.datetime(2026, 11, 10, 1, 0, tzinfo=dt.timezone.utc),
                                        "area": "logistics", "summary": "冷凍輸送の相談",
                                        "next_step": "物流会社を紹介", "next_step_due": dt.date(2026, 11, 20)})
    settle(qtbot, ctx)
    assert panel.consultations.model.rowCount() == 1
    assert crm.tasks.list(where={"record_type": "consultation"})[0]["title"] == "物流会社を紹介"

    # A need, then its answer.
    panel.needs.add_button.click()
    editor = _new_editor("support_need", seen)
    seen.add(editor)
    _fill_and_save(qtbot, ctx, editor, {"area": "certification", "description": "ハラール認証を取りたい"})
    settle(qtbot, ctx)
    assert panel.needs.model.data(panel.needs.model.index(0, 2)) == texts["open"]
    _fill_and_save(qtbot, ctx, editor, {"resolved": True, "answer": "認証機関を紹介"})
    settle(qtbot, ctx)
    assert panel.needs.model.data(panel.needs.model.index(0, 2)).startswith(texts["addressed"])

    # Suggested buyers with reasons; the introduction.
    assert texts["country"] in panel.fits.model.data(panel.fits.model.index(0, 3))
    panel.fits.view.selectRow(0)
    panel.fits.add_button.click()
    settle(qtbot, ctx)
    assert {(a["record_type"], a["record_id"]) for a in crm.activities.list()} == {
        ("organization", company), ("organization", buyer)}

    # An expansion case: the fiscal-year count includes it.
    panel.cases.add_button.click()
    editor = _new_editor("expansion_case", seen)
    seen.add(editor)
    _fill_and_save(qtbot, ctx, editor, {"country": "SG", "kind": "first_export",
                                        "occurred_on": dt.date(2027, 3, 31), "value_jpy": "2400000"})
    settle(qtbot, ctx)
    from sapporo_mice import formats

    assert panel.cases.note.text() == texts["count"].format(fy=formats.fiscal_year(2026, lang))
    assert crm.export.case_counts() == {fiscal.of(dt.date(2027, 3, 31)): 1}
