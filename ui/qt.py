"""The one place the front end imports Qt from, so a Qt upgrade (or binding change) touches one file."""

# ruff: noqa: F401, F403
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import *
from PySide6.QtGui import *
from PySide6.QtWidgets import *
from PySide6.QtCore import Signal, Slot, Property

QT_VERSION = QtCore.qVersion()


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` for code that is not inside a QObject (lupdate reads these calls too)."""
    return QtCore.QCoreApplication.translate(context, text, disambiguation, n)
