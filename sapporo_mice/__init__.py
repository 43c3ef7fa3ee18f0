"""Sapporo MICE CRM core: domain model, services, search, import/export and CLI.

This package never imports Qt; the desktop front end lives in the top-level ``ui`` package.
"""

__version__ = "0.1.0"
