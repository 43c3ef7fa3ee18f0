"""The one place the front end imports Qt from, so a Qt upgrade (or binding change) touches one file."""

# ruff: noqa: F401, F403
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import *
from PySide6.QtGui import *
from PySide6.QtWidgets import *
from PySide6.QtCore import Signal, Slot, Property

QT_VERSION = QtCore.qVersion()


# Translate outside a QObject with QCoreApplication.translate(context, text) or QT_TRANSLATE_NOOP:
# lupdate reads those, while a wrapper function would hide the context from it.
from shiboken6 import isValid  # whether a Qt object's C++ side still exists
