"""The PySide6 desktop front end: a thin layer over :mod:`sapporo_mice` services.

Qt is imported only through :mod:`ui.qt`.
"""
