"""UI tests run on catalogues compiled from the ``.ts`` as they are now, and start with no key held.

The app's start only builds a missing ``.qm`` (``ui/i18n.py``): it no longer compares times. The tests
build the stale ones once per session, so a changed ``.ts`` is what they see.
"""

from __future__ import annotations

import sys

import pytest


@pytest.fixture(scope="session", autouse=True)
def fresh_catalogues(tmp_path_factory):
    from ui import i18n

    with pytest.MonkeyPatch.context() as patch:  # a read-only checkout builds into a scratch data dir
        patch.setenv("SAPPORO_MICE_HOME", str(tmp_path_factory.mktemp("catalogues")))
        i18n.build_catalogues()


@pytest.fixture(autouse=True)
def english_catalogue(fresh_catalogues, qapp):
    """Each test starts in English with the English catalogue installed, as the app starts in English: its
    plural messages read "1 record" and "3 records", where their sources say "%n record(s)". A test in
    Japanese installs that catalogue itself (``i18n.setup("ja")``)."""
    from ui import i18n

    i18n.setup("en")
    yield
    i18n.uninstall()


@pytest.fixture(scope="session", autouse=True)
def collection_on_the_gui_thread(qapp):
    """Python's cyclic collector driven from the GUI thread, as the app drives it (``ui.app.drive_collection``):
    a collection that a job's worker trips can destroy a Qt object there and deadlock against the GUI thread.
    A suite run hung so once, in tests/ui/kpi/test_indicator_editor.py."""
    from ui.app import drive_collection

    drive_collection(qapp)


@pytest.fixture(autouse=True)
def no_modifier_left_held():
    """After each test, the keyboard's modifiers as no key held.

    QTest's Ctrl+key click ends with a Ctrl release that still carries Ctrl (as X11 reports a release), and
    QApplication takes each synthetic key event's modifiers as the keyboard's state. A test whose last key
    was Ctrl+→ (tests/ui/bids/test_bids_ui.py) left Ctrl "held" for the next test in the process, whose
    selectRow then acted as a Ctrl+click and added to the selection: it failed only when pytest-xdist
    happened to run the two files in one worker, one after the other."""
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")  # a test that never touched Qt has nothing to release
    if widgets is None or widgets.QApplication.instance() is None:
        return
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    if QGuiApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        QTest.keyRelease(widgets.QWidget(), Qt.Key.Key_Control, Qt.KeyboardModifier.NoModifier)
