"""The export dialog: formats per kind, CSV/XLSX/vCard/ics files, a fair's leads, CP932 errors with row and column."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ui.app_support import make_context, settle
from ui.io.export_dialog import ExportDialog, formats_for


@pytest.fixture
def fair(crm):
    fair_id = crm.fairs.create({"name": "Food Japan", "country": "SG", "timezone": "Asia/Singapore",
                                "starts_on": "2026-10-29", "ends_on": "2026-10-31"}, actor="t").id
    at = dt.datetime(2026, 10, 29, 3, 0, tzinfo=dt.timezone.utc)
    crm.intake.capture(fair_id, {"name": "Lim Wei Ming", "company": "Lim Trading", "email": "wm@lim.sg"}, actor="t",
                 now=at)
    crm.contacts.create({"latin_name": "Outside Fair", "notes": "=HYPERLINK(1)"}, actor="t")
    return fair_id


def _dialog(qtbot, crm, kind, fair_id=None):
    ctx = make_context(crm)
    dialog = ExportDialog(ctx, kind, fair_id)
    qtbot.addWidget(dialog)
    settle(qtbot, ctx)
    return dialog


def _export(qtbot, dialog, fmt, path):
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.path.setText(str(path))
    dialog.export()
    settle(qtbot, dialog.ctx)


def test_formats_follow_the_kind():
    assert "vcf3" in formats_for("contacts") and "vcf4" not in formats_for("companies")
    assert formats_for("schedule") == ("ics",)


def test_a_fairs_leads_export_to_csv_with_bom_and_formula_cells_neutralised(qtbot, crm, fair, tmp_path):
    dialog = _dialog(qtbot, crm, "leads", fair)
    assert dialog.fair.currentData() == fair
    _export(qtbot, dialog, "csv", tmp_path / "leads.txt")
    data = (tmp_path / "leads.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"Lim Wei Ming" in data and b"Outside Fair" not in data
    assert dialog.written == 1 and "Exported 1 record to " in dialog.status.text()
    everyone = _dialog(qtbot, crm, "contacts")
    _export(qtbot, everyone, "xlsx", tmp_path / "contacts.xlsx")
    _export(qtbot, everyone, "vcf3", tmp_path / "contacts.vcf")
    assert everyone.written == 2 and b"VERSION:3.0" in (tmp_path / "contacts.vcf").read_bytes()
    _export(qtbot, everyone, "csv", tmp_path / "contacts.csv")
    assert "'=HYPERLINK(1)" in (tmp_path / "contacts.csv").read_text(encoding="utf-8-sig")


def test_a_fairs_schedule_exports_as_ics(qtbot, crm, fair, tmp_path):
    dialog = _dialog(qtbot, crm, "schedule", fair)
    _export(qtbot, dialog, "ics", tmp_path / "fair.ics")
    assert b"BEGIN:VCALENDAR" in (tmp_path / "fair.ics").read_bytes()


def test_a_character_cp932_cannot_hold_is_reported_with_row_and_column(qtbot, crm, tmp_path):
    crm.contacts.create({"latin_name": "Lim", "family_name": "𠮷田"}, actor="t")
    dialog = _dialog(qtbot, crm, "contacts")
    _export(qtbot, dialog, "csv_cp932", tmp_path / "out.csv")
    text = dialog.status.text()  # written with 〓 in its place, and the places named
    assert text.startswith("Exported 1 record") and "row 2" in text and "𠮷" in text and "〓" in text
    assert "〓田" in (tmp_path / "out.csv").read_bytes().decode("cp932")


def test_the_cells_cp932_cannot_hold_are_listed_as_japanese_lists_them(qtbot, crm, tmp_path):
    from ui import i18n

    crm.contacts.create({"latin_name": "Yoshida", "family_name": "𠮷田"}, actor="t")
    crm.contacts.create({"latin_name": "Lee", "family_name": "李", "given_name": "喆"}, actor="t")
    i18n.setup("ja")
    ctx = make_context(crm, lang="ja")
    dialog = ExportDialog(ctx, "contacts")
    qtbot.addWidget(dialog)
    settle(qtbot, ctx)
    _export(qtbot, dialog, "csv_cp932", tmp_path / "out.csv")
    text = dialog.status.text()
    assert "CP932 で書けない 2 文字" in text and "」（" in text
    assert "）、" in text and ", " not in text  # the places one after another with 、, as the sentence around them
