"""Application start-up: QApplication, fonts, translations, the main window. (Filled by [desktop].)"""

from __future__ import annotations


def run_app(db_url: str | None = None, lang: str | None = None, selftest: bool = False) -> int:
    raise SystemExit("The desktop app is not built yet.")
