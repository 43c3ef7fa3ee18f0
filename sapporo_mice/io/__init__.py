"""Importing records from CSV, XLSX and vCard files, and exporting them to CSV, XLSX, vCard and iCalendar.

Qt-free: the CLI ``import``/``export`` commands and the UI's import wizard both drive this package.
"""
