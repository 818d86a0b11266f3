"""Backups of an SQLite database: one-off, rolling (daily, keep the last N), restore.

Backups use SQLite's online backup API, so a consistent copy is taken while
the app keeps working (WAL included).  Every backup is written to a temporary
file beside the target, made readable by its owner only (0600), and renamed
into place: a crash or a full disk never leaves a half-written backup under
the final name.

PostgreSQL databases are backed up with the server's own tool (``pg_dump``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from pathlib import Path

from charting.db import schema
from charting.db.engine import SQLITE_HEADER, Database, sqlite_path
from charting.errors import DatabaseError, UserError

#: How many rolling backups are kept by default (two weeks of daily copies).
DEFAULT_KEEP = 14
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}Z)\.db$")


def default_folder() -> Path:
    from charting.config import data_dir

    return data_dir() / "backups"


def _sqlite_file(db_or_url: Database | str, action: str = "backup") -> Path:
    url = db_or_url.url if isinstance(db_or_url, Database) else db_or_url
    path = sqlite_path(url)
    if path is None:
        if "postgresql" in url:
            if action == "restore":
                raise UserError(
                    "restore: this database is on a PostgreSQL server; restore it with pg_restore "
                    "from a pg_dump file"
                )
            raise UserError(
                "backup: this database is on a PostgreSQL server; back it up with pg_dump "
                "(e.g. pg_dump -Fc -f acuchart.dump DBNAME)"
            )
        raise UserError(f"{action}: only SQLite database files can be handled by AcuChart's {action}")
    return path


def _copy(source: Path, target: Path) -> Path:
    """Online-backup ``source`` to ``target`` atomically, owner-only."""
    target = Path(target)
    if target.exists() and target.is_dir():
        raise UserError(f"backup: {target} is a folder; give a file name")
    if not target.parent.is_dir():
        raise UserError(f"backup: folder {target.parent} does not exist")
    if target.resolve() == source.resolve():
        raise UserError("backup: the backup file cannot be the database itself")
    temp = target.with_name(f".{target.name}.partial-{os.getpid()}")
    try:
        fd = os.open(temp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        os.close(fd)
        os.chmod(temp, 0o600)
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(temp)
            try:
                src.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        finally:
            src.close()
        os.replace(temp, target)
    except sqlite3.Error as exc:
        raise DatabaseError(f"backup: could not write {target}: {exc}") from None
    except OSError as exc:
        raise DatabaseError(f"backup: could not write {target}: {exc.strerror or exc}") from None
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    return target


def backup_to(db: Database, path: str | Path) -> Path:
    """A consistent copy of the open database at ``path`` (0600); returns the path."""
    return _copy(_sqlite_file(db), Path(path))


def _stamp(now: dt.datetime) -> str:
    return now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def list_backups(folder: str | Path, stem: str | None = None) -> list[Path]:
    """Backups in ``folder`` (of databases named ``stem``), oldest first."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match and (stem is None or match["stem"] == stem):
            found.append((match["stamp"], entry))
    return [p for _, p in sorted(found)]


def rolling_backup(
    db: Database, folder: str | Path | None = None, *, keep: int = DEFAULT_KEEP, now: dt.datetime | None = None
) -> Path | None:
    """Back up once per (UTC) day into ``folder``, keeping the newest ``keep``.

    Returns the new backup, or None when today's already exists (or the
    database is not an SQLite file: PostgreSQL has its own tools).
    """
    if keep < 1:
        raise UserError("backup: keep must be at least 1")
    source = sqlite_path(db.url)
    if source is None:
        return None
    folder = Path(folder) if folder is not None else default_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise DatabaseError(f"backup: cannot create folder {folder}: {exc.strerror}") from None
    now = now or dt.datetime.now(dt.UTC)
    existing = list_backups(folder, source.stem)
    today = _stamp(now)[:8]
    if any(_NAME.match(p.name)["stamp"].startswith(today) for p in existing):
        return None
    made = _copy(source, folder / f"{source.stem}-{_stamp(now)}.db")
    for old in list_backups(folder, source.stem)[:-keep]:
        with contextlib.suppress(OSError):
            old.unlink()
    return made


def check_backup_file(path: str | Path) -> str:
    """Refuse a file that is not a sound AcuChart database this version can open.

    Returns its schema revision.
    """
    path = Path(path)
    if not path.is_file():
        raise UserError(f"restore: {path} does not exist or is not a file")
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise UserError(f"restore: cannot read {path}: {exc.strerror}") from None
    if header != SQLITE_HEADER:
        raise UserError(f"restore: {path} is not an AcuChart backup (not an SQLite database); nothing was changed")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if schema.VERSION_TABLE in tables:
                revision = conn.execute(f"SELECT version_num FROM {schema.VERSION_TABLE}").fetchone()
                revision = revision[0] if revision else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise UserError(f"restore: {path} is damaged ({exc}); nothing was changed") from None
    if rows != ["ok"]:
        raise UserError(f"restore: {path} failed the integrity check ({rows[0]}); nothing was changed")
    if revision is None:
        raise UserError(f"restore: {path} is not an AcuChart database (no schema version); nothing was changed")
    if revision not in schema.KNOWN:
        raise UserError(
            f"restore: {path} was written by a newer AcuChart (schema {revision}); update AcuChart first. "
            "Nothing was changed"
        )
    return revision


def restore(db_url: str, path: str | Path) -> Path | None:
    """Replace the SQLite database at ``db_url`` with the backup ``path``.

    The backup is checked first (integrity and schema) and refused when bad.
    The current database, if any, is copied aside first
    (``<name>.before-restore-<time>.db``, 0600); that copy's path is returned.
    Close every other connection to the database before restoring.
    """
    target = _sqlite_file(db_url, "restore")
    check_backup_file(path)
    aside = None
    if target.exists() and target.stat().st_size > 0:
        aside = _copy(target, target.with_name(f"{target.stem}.before-restore-{_stamp(dt.datetime.now(dt.UTC))}.db"))
    elif not target.exists():
        fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    try:
        src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(target, timeout=5)
            try:
                src.backup(dest)
            finally:
                dest.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise DatabaseError(
            f"restore: could not write {target} ({exc}); the previous database is kept"
            + (f" and copied to {aside}" if aside else "")
        ) from None
    return aside
