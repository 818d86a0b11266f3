"""Where AcuChart keeps its data, and how a database URL is chosen."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "AcuChart"
DB_ENV = "ACUCHART_DB"


def data_dir() -> Path:
    """The per-user data directory (created on demand)."""
    from platformdirs import user_data_dir

    path = Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "acuchart.db"


def database_url(option: str | None = None) -> str:
    """The database URL: ``--db`` first, then ``$ACUCHART_DB``, then the default file.

    A plain file path is taken as an SQLite database.
    """
    value = option or os.environ.get(DB_ENV) or ""
    value = value.strip()
    if not value:
        return f"sqlite:///{default_database_path()}"
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"
