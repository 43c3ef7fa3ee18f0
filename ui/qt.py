"""The one place the front end imports Qt from, so a Qt upgrade (or binding change) touches one file.

Names are imported one by one, never with ``*``: PySide6 builds a class's Python type when it is
first asked for, and the star imports asked for all ~700 names of QtCore, QtGui and QtWidgets at every
start (about 150 ms). A name the front end starts to use is added here, in its Qt module's list;
``tests/ui/test_startup.py`` checks that every name imported from ``ui.qt`` is exported.
"""

# ruff: noqa: F401
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    Property,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QLoggingCategory,
    QMargins,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRunnable,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QThread,
    QThreadPool,
    QTime,
    QTimer,
    QTranslator,
    QUrl,
    Signal,
    Slot,
    qVersion,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QDesktopServices,
    QDropEvent,
    QFont,
    QFontDatabase,
    QIcon,
    QImage,
    QKeySequence,
    QPainter,
    QPixmap,
    QRawFont,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFrame,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

QT_VERSION = qVersion()


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
from shiboken6 import isValid  # whether a Qt object's C++ side still exists
