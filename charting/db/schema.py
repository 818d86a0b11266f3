"""Schema versions: what a database holds, and upgrading it with Alembic.

Reading the version is one cheap query, so opening an up-to-date database
never imports Alembic; only an upgrade does.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

from charting.errors import DatabaseError

#: The newest migration this AcuChart knows (a test checks it is Alembic's head).
HEAD = "0001"
#: Every revision this AcuChart can upgrade from, oldest first.
KNOWN = ("0001",)
VERSION_TABLE = "alembic_version"


@dataclasses.dataclass(frozen=True)
class SchemaState:
    """What an opened database holds.

    Attributes:
        revision: the Alembic revision, or None for an empty database.
        needs_upgrade: True for an empty database or an older revision.
    """

    revision: str | None
    needs_upgrade: bool


def inspect_state(connection: Connection) -> SchemaState:
    """Read the schema version; refuse foreign or newer databases.

    Raises:
        DatabaseError: tables exist but no AcuChart version, or a version from
            a newer AcuChart.
    """
    tables = set(inspect(connection).get_table_names())
    if VERSION_TABLE not in tables:
        if tables:
            raise DatabaseError(
                "database: this is not an AcuChart database (it holds other tables); it was left untouched"
            )
        return SchemaState(None, True)
    revision = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
    if revision is None:
        return SchemaState(None, True)
    if revision not in KNOWN:
        raise DatabaseError(
            f"database: written by a newer AcuChart (schema {revision}, this version knows up to "
            f"{HEAD}); update AcuChart to open it. The database was left untouched"
        )
    return SchemaState(revision, KNOWN.index(revision) < KNOWN.index(HEAD))


def alembic_config(connection: Connection | None = None):
    from importlib.resources import files

    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(files("charting.db") / "migrations"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to ``revision`` in one transaction."""
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def backup_before_upgrade(engine: Engine, path: Path, revision: str) -> Path:
    """Copy an SQLite database beside itself before an upgrade; return the copy's path."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix}")
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    target.chmod(0o600)
    return target


def integrity_problems(engine: Engine) -> list[str]:
    """Problems an integrity check finds (empty when the database is sound)."""
    problems: list[str] = []
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            rows = connection.execute(text("PRAGMA integrity_check")).scalars().all()
            problems += [r for r in rows if r != "ok"]
            fk = connection.execute(text("PRAGMA foreign_key_check")).all()
            problems += [f"foreign key broken in {row[0]} row {row[1]}" for row in fk]
        state = inspect_state(connection)
        if state.revision != HEAD:
            problems.append(f"schema {state.revision or 'empty'} is not the current {HEAD}")
    return problems
