"""The one place the front end imports Qt from, so a Qt upgrade (or binding change) touches one file.

Names are listed one by one, never imported with ``*``, and each is imported when first asked for (a
module ``__getattr__``, PEP 562): PySide6 builds a class's Python type, with every enum it holds, when
the class is first imported. Importing all ~120 names at every start built 252 enums (66 ms); a start
now builds the 205 that the modules it loads use, and the rest wait until a screen that uses them
first opens. A name the front end starts to use is added here, in its Qt module's list;
``tests/ui/test_startup.py`` checks that every name imported from ``ui.qt`` is listed.
"""

import importlib
from typing import Any

# Qt module -> the names the front end uses from it.
_NAMES: dict[str, tuple[str, ...]] = {
    "PySide6.QtCore": (
        "QT_TRANSLATE_NOOP", "Property", "QAbstractTableModel", "QByteArray", "QCoreApplication", "QDate",
        "QDateTime", "QEvent", "QEventLoop", "QLibraryInfo", "QLocale", "QLoggingCategory", "QMargins", "QMimeData",
        "QModelIndex", "QObject", "QPersistentModelIndex", "QPointF", "QRunnable", "QSize", "QSortFilterProxyModel",
        "Qt", "QThread", "QThreadPool", "QTime", "QTimer", "QTranslator", "QUrl", "Signal", "Slot", "qVersion",
    ),
    "PySide6.QtGui": (
        "QAction", "QBrush", "QColor", "QDesktopServices", "QDropEvent", "QFont", "QFontDatabase", "QFontMetrics",
        "QFontMetricsF",
        "QIcon", "QImage", "QKeySequence", "QPainter", "QPixmap", "QRawFont", "QShortcut", "QTextLayout",
    ),
    "PySide6.QtWidgets": (
        "QAbstractItemView", "QApplication", "QButtonGroup", "QCheckBox", "QComboBox", "QCompleter", "QDateEdit",
        "QDateTimeEdit", "QDialog", "QDialogButtonBox", "QDoubleSpinBox", "QFrame", "QFileDialog", "QFormLayout",
        "QGridLayout", "QGroupBox", "QHBoxLayout", "QHeaderView", "QInputDialog", "QLabel", "QLineEdit",
        "QListWidget", "QListWidgetItem", "QMainWindow", "QMenu", "QMessageBox", "QPlainTextEdit", "QProgressBar",
        "QProgressDialog", "QPushButton", "QRadioButton", "QScrollArea", "QSizePolicy", "QSpinBox", "QSplitter",
        "QStackedWidget", "QStyle", "QTableView", "QTableWidget", "QTableWidgetItem", "QTabWidget", "QToolBar",
        "QToolButton", "QTreeWidget", "QTreeWidgetItem", "QVBoxLayout", "QWidget",
    ),
}
_MODULE_OF = {name: module for module, names in _NAMES.items() for name in names}


def __getattr__(name: str) -> Any:
    """A listed Qt name, imported from its module on first use (then kept as this module's attribute)."""
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = globals()[name] = getattr(importlib.import_module(module), name)
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULE_OF})


QT_VERSION = __getattr__("qVersion")()


def pdf_widgets() -> tuple[type, type] | None:
    """(QPdfDocument, QPdfView) for previewing a PDF, loaded on first use (not at start-up), or None when
    the wheel that holds QtPdf is missing (PySide6-Addons up to 6.11; PySide6-Pdf from 6.12): the brief
    dialog then opens the PDF in the system's viewer instead."""
    try:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView
    except ImportError:  # pragma: no cover - depends on the wheels installed
        return None
    return QPdfDocument, QPdfView


def charts() -> Any:
    """QtCharts (PySide6-Addons), loaded on first use so that start-up does not load it: the names used are
    QChart, QChartView, QBarSeries, QBarSet, QBarCategoryAxis, QValueAxis (attributes of the returned module)."""
    from PySide6 import QtCharts

    return QtCharts


# Translate outside a QObject with QCoreApplication.translate(context, text) or QT_TRANSLATE_NOOP:
# lupdate reads those, while a wrapper function would hide the context from it.
from shiboken6 import isValid  # noqa: F401 - whether a Qt object's C++ side still exists (exported)
