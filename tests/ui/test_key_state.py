"""No test inherits a modifier key "held" by the test before it (tests/ui/conftest.py: no_modifier_left_held).

The two tests run in this order, in one process (a file stays on one pytest-xdist worker)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit


def test_a_test_ends_with_a_ctrl_key_click(qtbot):
    field = QLineEdit()
    qtbot.addWidget(field)
    QTest.keyClick(field, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)  # as a board's Ctrl+→ does


def test_the_next_test_starts_with_no_modifier_held(qtbot):
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
