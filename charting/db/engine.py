"""Opening a database: engine from a URL, SQLite pragmas, schema checks, sessions.

``open_database(url)`` is the one way in.  It refuses what is not an AcuChart
database (or was written by a newer AcuChart) without touching it, upgrades an
older one after copying it to a backup file beside it, and returns a
:class:`Database` whose ``unit()`` opens one unit of work (one transaction).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from charting.db import schema
from charting.errors import ConcurrentEditError, DatabaseError

SQLITE_HEADER = b"SQLite format 3\x00"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for other databases and memory."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database; create a new one owner-only."""
    if path.is_dir():
        raise DatabaseError(f"database: {path} is a folder, not an AcuChart database file")
    if path.exists():
        if path.stat().st_size == 0:
            return
        try:
            with path.open("rb") as fh:
                header = fh.read(len(SQLITE_HEADER))
        except OSError as exc:
            raise DatabaseError(f"database: cannot read {path}: {exc.strerror}") from None
        if header != SQLITE_HEADER:
            raise DatabaseError(f"database: {path} is not an AcuChart database (not an SQLite file)")
        return
    if not path.parent.exists():
        raise DatabaseError(f"database: folder {path.parent} does not exist")
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except OSError as exc:
        raise DatabaseError(f"database: cannot create {path}: {exc.strerror}") from None
    os.close(fd)


def make_engine(url: str) -> Engine:
    """An engine for ``url`` with AcuChart's connection settings."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(f"--db: '{url}' is not a database URL or an SQLite file path") from None
    kwargs: dict = {}
    if parsed.get_backend_name() == "sqlite":
        kwargs["connect_args"] = {"timeout": 5}
    else:
        kwargs["pool_pre_ping"] = True
        if parsed.get_backend_name() == "postgresql":
            kwargs["connect_args"] = {"connect_timeout": 5}
    try:
        engine = create_engine(parsed, **kwargs)
    except (NoSuchModuleError, ArgumentError, ImportError) as exc:
        raise DatabaseError(f"--db: unsupported database URL '{url}' ({exc})") from None
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _enable_wal(engine: Engine) -> None:
    """Switch an AcuChart SQLite file to write-ahead logging (persistent in the file).

    Done only after the file is known to be ours: the switch rewrites the header.
    """
    with engine.connect() as connection:
        mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
        if str(mode).lower() != "wal":
            try:
                connection.exec_driver_sql("PRAGMA journal_mode=WAL")
            except DBAPIError:  # a read-only file keeps its mode; reading still works
                pass


class Database:
    """An opened AcuChart database.

    Attributes:
        url: the URL it was opened with.
        engine: the SQLAlchemy engine.
        actor: the username every change is attributed to (set by login).
        practitioner_id: the logged-in practitioner's id, if any.
    """

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self.actor = "system"
        self.practitioner_id: int | None = None
        self._factory = sessionmaker(engine, expire_on_commit=False)
        from charting.db import hooks

        hooks.install(self._factory)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def sqlite_path(self) -> Path | None:
        return sqlite_path(self.url)

    @contextlib.contextmanager
    def unit(self, *, actor: str | None = None) -> Iterator[Session]:
        """One unit of work: a session in one transaction, committed on success.

        Database failures become :class:`DatabaseError` with a readable message;
        the transaction is rolled back, so nothing is half-written.
        """
        session = self._factory()
        session.info["actor"] = actor or self.actor
        session.info["practitioner_id"] = self.practitioner_id
        try:
            with session.begin():
                yield session
        except DBAPIError as exc:
            raise translate_error(exc) from None
        except StaleDataError:
            raise ConcurrentEditError(
                "this record was changed on another workstation since you opened it; nothing was saved: "
                "reload it to see the other change, then make yours again"
            ) from None
        finally:
            session.close()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (no commit)."""
        session = self._factory()
        try:
            yield session
        except DBAPIError as exc:
            raise translate_error(exc) from None
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def translate_error(exc: DBAPIError) -> DatabaseError:
    """A one-line message for a database failure."""
    text_ = str(exc.orig) if exc.orig is not None else str(exc)
    first = text_.strip().splitlines()[0] if text_.strip() else type(exc).__name__
    lowered = first.lower()
    if "readonly" in lowered or "read-only" in lowered:
        return DatabaseError("database: the database file is read-only; nothing was saved")
    if "disk is full" in lowered or "no space" in lowered:
        return DatabaseError("database: the disk is full; nothing was saved")
    if "check constraint" in lowered:
        return DatabaseError(f"database refused a value outside its allowed range ({first})")
    if exc.connection_invalidated or "connection" in lowered or "server closed" in lowered:
        return DatabaseError(f"database: the connection to the database server was lost ({first})")
    return DatabaseError(f"database: {first}")


def open_database(url: str, *, upgrade: bool = True, create: bool = True) -> Database:
    """Open the database at ``url``, checking (and, if allowed, upgrading) its schema.

    Raises:
        DatabaseError: the URL is bad, the server cannot be reached, the file is
            not an AcuChart database, or it was written by a newer AcuChart.
    """
    path = sqlite_path(url) if "://" in url else None
    if path is not None:
        if not create and not path.exists():
            raise DatabaseError(f"database: {path} does not exist")
        _check_sqlite_file(path)
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            state = schema.inspect_state(connection)
    except DBAPIError as exc:
        engine.dispose()
        error = translate_error(exc)
        if path is None and exc.connection_invalidated is False and "connect" in str(exc.orig).lower():
            shown = make_url(url).render_as_string(hide_password=True)
            first = str(exc.orig).strip().splitlines()[0]
            error = DatabaseError(f"database: cannot connect to {shown} ({first})")
        if path is not None and "file is not a database" in str(exc.orig):
            error = DatabaseError(f"database: {path} is not an AcuChart database (damaged or not SQLite)")
        raise error from None
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseError(f"database: cannot open {url}: {exc}") from None
    except DatabaseError:
        engine.dispose()
        raise
    try:
        if state.needs_upgrade:
            if not upgrade:
                raise DatabaseError(
                    f"database: schema {state.revision or 'empty'} is older than this AcuChart "
                    f"({schema.HEAD}); run 'acuchart db upgrade'"
                )
            if state.revision is not None and path is not None:
                schema.backup_before_upgrade(engine, path, state.revision)
            schema.upgrade(engine)
        if path is not None:
            _enable_wal(engine)
    except BaseException:
        engine.dispose()
        raise
    return Database(url, engine)
