"""Where things live on disk: the data dir, the default database, backups, attachments, logs.

Every path comes from here. ``SAPPORO_MICE_HOME`` moves them all (tests and portable installs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "SapporoMiceCRM"
APP_AUTHOR = "CityOfSapporo"


def data_dir() -> Path:
    override = os.environ.get("SAPPORO_MICE_HOME")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "sapporo-mice.db"


def default_database_url() -> str:
    return f"sqlite:///{default_database_path().as_posix()}"


def backups_dir() -> Path:
    return _sub("backups")


def attachments_dir() -> Path:
    return _sub("attachments")


def logs_dir() -> Path:
    return _sub("logs")


def settings_file() -> Path:
    return data_dir() / "settings.json"


def project_root() -> Path:
    """The folder holding ``resources/`` and ``db/``: the checkout, or PyInstaller's bundle dir."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return project_root() / "resources"


def migrations_dir() -> Path:
    return project_root() / "db"


def _sub(name: str) -> Path:
    path = data_dir() / name
    path.mkdir(parents=True, exist_ok=True)
    return path
