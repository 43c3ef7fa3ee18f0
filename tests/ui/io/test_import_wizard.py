"""The import wizard: column mapping, dry-run preview by row and column, all-or-nothing or valid rows, cancel."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.app_support import make_context, settle
from ui.io.import_wizard import ImportWizard
from ui.qt import QInputDialog

DATA = Path(__file__).resolve().parents[2] / "data" / "import"


@pytest.fixture
def leads_csv(tmp_path):
    path = tmp_path / "visitors.csv"
    path.write_text("氏名,会社名,メールアドレス,電話番号,国,Badge\n"
                    "山田 太郎,丸紅食料,taro@example.jp,011-222-3333,JP,B-1\n"
                    "Lim Wei Ming,Lim Trading,wm@,9123 4567,SG,B-2\n"
                    "Tan Ah Kow,Tan Bros,tan@tanbros.sg,+65 8123 4567,SG,B-3\n", encoding="utf-8-sig")
    return path


@pytest.fixture
def wizard(qtbot, crm):
    ctx = make_context(crm)
    dialog = ImportWizard(ctx, "leads")
    qtbot.addWidget(dialog)
    settle(qtbot, ctx)
    return dialog


def test_the_mapping_shows_each_column_and_can_be_changed_like_map(qtbot, wizard, leads_csv):
    wizard.set_file(str(leads_csv))
    settle(qtbot, wizard.ctx)
    assert wizard.header.headers[:3] == ["氏名", "会社名", "メールアドレス"]
    assert wizard.mapping.cellWidget(0, 1).currentData() == "full_name"
    assert wizard.mapping.cellWidget(5, 1).currentData() is None
    assert wizard.overrides() == {}
    wizard.set_mapping("Badge", "tags")
    assert wizard.overrides() == {"Badge": "tags"}


def test_a_dry_run_previews_problems_by_row_and_column_and_imports_nothing(qtbot, qtmodeltester, crm, wizard,
                                                                           leads_csv):
    wizard.set_file(str(leads_csv))
    settle(qtbot, wizard.ctx)
    wizard.check()
    settle(qtbot, wizard.ctx)
    errors = [r for r in wizard.preview_model.rows if r[2] == "Error"]
    assert [(r[0], r[1]) for r in errors] == [(3, "メールアドレス")]
    assert errors[0][3].startswith("“wm@”")  # the column has a column of its own: the message does not repeat it
    assert crm.stats()["leads"] == 0
    assert not wizard.import_all_button.isEnabled() and wizard.import_valid_button.isEnabled()
    assert "2 rows would be created" in wizard.summary.text()
    qtmodeltester.check(wizard.preview_model)
    wizard.run_import(skip_invalid=True)
    settle(qtbot, wizard.ctx)
    assert crm.stats()["leads"] == 2
    assert wizard.report.applied and "Imported: 2 rows created" in wizard.summary.text()


def test_an_ambiguous_encoding_is_asked_not_guessed(qtbot, monkeypatch, wizard):
    asked = []

    def answer(parent, title, label, items, current, editable):
        asked.append(items)
        return "Shift_JIS (CP932)", True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(answer))
    wizard.kind.setCurrentIndex(wizard.kind.findData("contacts"))
    wizard.set_file(str(DATA / "ambiguous_halfwidth_kana.csv"))
    settle(qtbot, wizard.ctx)
    settle(qtbot, wizard.ctx)
    assert asked and "Shift_JIS (CP932)" in asked[0]
    assert wizard.encoding.currentData() == "cp932"
    assert wizard.header is not None and wizard.header.encoding == "cp932"


def test_a_malformed_file_says_what_is_wrong(qtbot, wizard):
    wizard.kind.setCurrentIndex(wizard.kind.findData("contacts"))
    wizard.set_file(str(DATA / "truncated.vcf"))
    settle(qtbot, wizard.ctx)
    wizard.check()
    settle(qtbot, wizard.ctx)
    assert "END:VCARD" in wizard.summary.text()
    assert wizard.report is None


def test_an_import_job_has_its_phones_parsed_ahead_by_a_worker_it_lets_go(qtbot, crm, wizard, leads_csv, monkeypatch):
    """A large file's phones are parsed by a worker process (here from one phone up) started from the import's job,
    and each worker is stopped once the rows are planned (the check's and the import's)."""
    from sapporo_mice.validation import phones_ahead

    made = []

    class Recorded(phones_ahead.PhonesAhead):
        def __init__(self, *args, **options):
            super().__init__(*args, **options)
            made.append(self)

    monkeypatch.setattr(phones_ahead, "PhonesAhead", Recorded)
    monkeypatch.setattr(phones_ahead, "MIN_PHONES", 1)
    wizard.set_file(str(leads_csv))
    settle(qtbot, wizard.ctx)
    wizard.check()
    settle(qtbot, wizard.ctx)
    wizard.run_import(skip_invalid=True)
    settle(qtbot, wizard.ctx)
    assert crm.stats()["leads"] == 2
    assert len(made) == 2 and all(ahead._process is None for ahead in made)
    phones = {c["display_name"]: [p["e164"] for p in c["phones"]] for c in crm.contacts.list(limit=None)}
    assert phones == {"山田 太郎": ["+81112223333"], "Tan Ah Kow": ["+6581234567"]}


def test_the_fair_is_chosen_by_name_dates_and_country_and_only_for_people(qtbot, crm, wizard):
    crm.fairs.create({"name": "FHA Food & Beverage 2026", "country": "SG", "timezone": "Asia/Singapore",
                      "starts_on": "2026-04-21", "ends_on": "2026-04-24"}, actor="t")
    wizard.fair.clear()
    wizard.load_fairs()
    settle(qtbot, wizard.ctx)
    assert wizard.fair.itemText(0) == "FHA Food & Beverage 2026 (21 Apr 2026 – 24 Apr 2026, Singapore)"  # no code
    for kind, people in (("companies", False), ("students", False), ("leads", True), ("contacts", True)):
        wizard.kind.setCurrentIndex(wizard.kind.findData(kind))
        assert (wizard.fair.isEnabled(), wizard.on_match.isEnabled()) == (people, people), kind


def test_cancelling_an_import_writes_nothing(qtbot, crm, wizard, tmp_path):
    path = tmp_path / "many.csv"
    rows = "".join(f"Visitor {i},Company {i},v{i}@example.com\n" for i in range(400))
    path.write_text("Name,Company,Email\n" + rows, encoding="utf-8")
    wizard.set_file(str(path))
    settle(qtbot, wizard.ctx)
    wizard.run_import(skip_invalid=False)
    wizard.cancel()
    # Said once the import has stopped, not before: a cancel can come too late to stop the write.
    assert "Cancelled" not in wizard.summary.text() and not wizard.cancel_button.isEnabled()
    settle(qtbot, wizard.ctx)
    assert crm.stats()["contacts"] == 0
    assert "Cancelled" in wizard.summary.text() and wizard.job is None


FORMATS = Path(__file__).resolve().parents[2] / "data" / "formats"


def test_a_google_export_is_recognised_and_a_second_import_fills_instead_of_adding(qtbot, crm, tmp_path):
    ctx = make_context(crm, lang="ja")
    wizard = ImportWizard(ctx, "contacts")
    qtbot.addWidget(wizard)
    settle(qtbot, ctx)
    wizard.set_file(str(FORMATS / "google.csv"))
    settle(qtbot, ctx)
    assert "Google コンタクト" in wizard.mapping_note.text()
    column = wizard.header.headers.index("Family Name Yomi")
    assert wizard.mapping.cellWidget(column, 1).currentData() == "family_name_kana"
    wizard.run_import(skip_invalid=False)
    settle(qtbot, ctx)
    assert crm.contacts.count() == 3
    assert wizard.on_match.currentData() == "update"
    wizard.check()
    settle(qtbot, ctx)
    matched = [r for r in wizard.preview_model.rows if "同じ人" in r[3]]  # the core's message, in Japanese
    assert sorted(r[0] for r in matched) == [2, 3, 4]
    assert "3 rows are people already in the CRM." in wizard.summary.text()  # apart from the possible duplicates
    wizard.resize(1366, 768)
    wizard.grab().save(str(tmp_path / "wizard_ja.png"))
    wizard.on_match.setCurrentIndex(wizard.on_match.findData("create"))
    wizard.run_import(skip_invalid=False)
    settle(qtbot, ctx)
    assert crm.contacts.count() == 6


def _checked_names(qtbot, crm, tmp_path, text: str, lang: str = "en"):
    """The wizard, with a file of full names checked (its preview filled)."""
    path = tmp_path / "names.csv"
    path.write_text(text, encoding="utf-8")
    ctx = make_context(crm, lang)
    wizard = ImportWizard(ctx, "contacts")
    qtbot.addWidget(wizard)
    wizard.set_file(str(path))
    settle(qtbot, ctx)
    wizard.check()
    settle(qtbot, ctx)
    return wizard, ctx


def test_the_check_shows_how_names_were_split_and_swap_flips_one(qtbot, crm, tmp_path):
    wizard, ctx = _checked_names(qtbot, crm, tmp_path, "Name,Country\nNguyen Van An,VN\nJohn Smith,US\n")
    rows = wizard.preview_model.rows
    smith = next(i for i, r in enumerate(rows) if "John Smith" in r[3])
    assert "family name “Smith”" in rows[smith][3]
    assert "--flip-name" not in rows[smith][3]  # the command line's way to swap it; here it is the button
    assert any("Vietnamese" in r[3] for r in rows)
    wizard.preview.setCurrentIndex(wizard.preview_model.index(smith, 0))
    assert wizard.flip_button.isEnabled()
    wizard.flip_button.click()
    settle(qtbot, ctx)
    assert wizard.flipped == {3}
    assert any("family name “John”" in r[3] for r in wizard.preview_model.rows)
    wizard.run_import(skip_invalid=False)
    settle(qtbot, ctx)
    smith = next(c for c in crm.contacts.list(limit=None) if c["latin_name"] == "John Smith")
    assert (smith["family_name"], smith["given_name"]) == ("John", "Smith")


def test_a_name_split_tells_a_japanese_reader_which_button_swaps_it(qtbot, crm, tmp_path):
    from ui import i18n

    i18n.setup("ja")
    try:
        wizard, _ctx = _checked_names(qtbot, crm, tmp_path, "Name,Country\nJohn Smith,US\n", "ja")
        [split] = [r[3] for r in wizard.preview_model.rows if "John Smith" in r[3]]
    finally:
        i18n.setup("en")
    # the command line's "逆にするには --flip-name 2" is not this reader's way: the button is, and it says how
    assert split == "2 行目: 「John Smith」を姓「Smith」、名「John」と読みました（最後の語が姓）。"
    assert wizard.flip_button.toolTip() == "「姓名の順」の行を選ぶと、その行の姓と名を入れ替えられます。"


def test_an_association_meetings_spreadsheet_is_recognised_and_imported_as_meeting_series(qtbot, crm, wizard,
                                                                                          tmp_path):
    from tests.support.meetings_xlsx import BAD, GOOD, write

    path = write(tmp_path / "icca.xlsx", GOOD + BAD)
    wizard.set_file(str(path))  # chosen as leads: the headers say what the file is
    settle(qtbot, wizard.ctx)
    assert wizard.kind.currentData() == "meetings" and not wizard.on_match.isEnabled()
    assert wizard.mapping.cellWidget(5, 1).currentData() == "year"
    assert "ICCA" in wizard.mapping_note.text()
    wizard.check()
    settle(qtbot, wizard.ctx)
    errors = [(r[0], r[1]) for r in wizard.preview_model.rows if r[2] == "Error"]
    assert errors == [(5, "Rotation frequency"), (6, "Year")]
    assert not wizard.import_all_button.isEnabled() and wizard.import_valid_button.isEnabled()
    assert crm.meeting_series.count() == 0
    wizard.run_import(skip_invalid=True)
    settle(qtbot, wizard.ctx)
    assert wizard.report.applied and crm.meeting_series.count() == 2


def test_a_vcard_files_problems_are_numbered_by_card(qtbot, crm, wizard):
    wizard.set_file(str(DATA / "vcard" / "John_Doe_GMAIL.vcf"))
    settle(qtbot, wizard.ctx)
    wizard.check()
    settle(qtbot, wizard.ctx)
    assert wizard.preview_model.headers[:2] == ["Card", "Property"] and wizard.preview_model.rows[0][0] == 1
    assert wizard.preview_model.rows[0][3].startswith("Not imported: BDAY")
    assert wizard.summary.text().startswith("Cards read: 1 · ") and "1 card would be imported." in wizard.summary.text()
    assert (wizard.preview_box.title(), wizard.import_valid_button.text()) == (
        "3. Check: problems by card and property", "Import valid cards only")
    assert wizard.mapping.isHidden()  # no empty table of columns beside the note that a vCard has none
    wizard.set_file(str(DATA / "contacts_cp932.csv"))  # a table again: rows
    settle(qtbot, wizard.ctx)
    wizard.check()
    settle(qtbot, wizard.ctx)
    assert wizard.preview_model.headers[0] == "Row" and wizard.summary.text().startswith("Rows read: ")
    assert wizard.import_valid_button.text() == "Import valid rows only" and not wizard.mapping.isHidden()
