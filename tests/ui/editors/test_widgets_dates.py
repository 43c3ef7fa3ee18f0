"""Date and time edits show dates as the lists and the PDFs write them: 2026/12/01 in Japanese, 1 Dec 2026 in
English; never ISO, never a US short date."""

from __future__ import annotations

import datetime as dt

import pytest

from ui import i18n
from ui.editors.widgets import DateTimeWidget, DateWidget


@pytest.mark.parametrize("lang, shown", [("ja", "2026/12/01"), ("en", "1 Dec 2026")])
def test_a_date_edit_writes_the_date_as_the_language_does(qtbot, monkeypatch, lang, shown):
    monkeypatch.setattr(i18n, "language", lambda: lang)
    widget = DateWidget()
    qtbot.addWidget(widget)
    widget.set_value(dt.date(2026, 12, 1))
    assert widget.edit.text() == shown and widget.raw() == dt.date(2026, 12, 1)
    times = DateTimeWidget()
    qtbot.addWidget(times)
    assert times.edit.displayFormat().startswith("yyyy/MM/dd" if lang == "ja" else "d MMM yyyy")
