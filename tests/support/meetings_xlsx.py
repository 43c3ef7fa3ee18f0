"""A made-up association meetings spreadsheet in the shape convention bureaus export from the ICCA database: one
row per edition, the series' own columns repeated on its rows."""

from __future__ import annotations

from pathlib import Path

HEADERS = ["Meeting Series", "Acronym", "Rotation frequency", "Rotation area", "Association", "Year", "City",
           "Country", "Participants"]
GOOD = [
    ["World Congress of Cryobiology", "WCC", "annual", "Worldwide", "Society for Cryobiology", 2019, "San Diego",
     "US", 800],
    ["World Congress of Cryobiology", "WCC", "annual", "Worldwide", "Society for Cryobiology", 2021, "Singapore",
     "SG", "1,100"],
    ["Asia Pacific Food Forum", "APFF", "triennial", "Asia Pacific", "Asian Food Science Association", 2022,
     "Bangkok", "TH", 500],
]
BAD = [
    ["Asia Pacific Food Forum", "APFF", "sometimes", "Asia Pacific", "", 2025, "Taipei", "TW", 450],  # row 5
    ["Nordic Snow Symposium", "NSS", "biennial", "Europe", "", None, "Oslo", "NO", 200],  # row 6: no year
]


def write(path: Path, rows: list[list]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Meetings"
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path
