"""Alembic owns the schema: the migrations build exactly the models' metadata."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from charting.db import schema
from charting.db.engine import open_database
from charting.db.models import Base
from charting.errors import DatabaseError


def _differences(engine) -> list:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, Base.metadata)


def test_head_constant_matches_alembic_head():
    script = ScriptDirectory.from_config(schema.alembic_config())
    assert script.get_current_head() == schema.HEAD
    assert schema.KNOWN[-1] == schema.HEAD
    assert [r.revision for r in reversed(list(script.walk_revisions()))] == list(schema.KNOWN)


def test_sqlite_upgrade_yields_exactly_the_models(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'a.db'}")
    try:
        assert _differences(db.engine) == []
    finally:
        db.dispose()


@pytest.mark.postgres
def test_postgres_upgrade_yields_exactly_the_models(pg_url):
    db = open_database(pg_url)
    try:
        assert _differences(db.engine) == []
        with db.engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == schema.HEAD
    finally:
        db.dispose()


def test_newer_database_is_refused_and_left_untouched(db_path):
    with contextlib.closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = Path(db_path).read_bytes()
    with pytest.raises(DatabaseError, match="newer AcuChart"):
        open_database(f"sqlite:///{db_path}")
    assert Path(db_path).read_bytes() == before


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not an AcuChart database"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == before


def test_text_file_is_refused(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("patient list\n")
    with pytest.raises(DatabaseError, match="not an AcuChart database"):
        open_database(f"sqlite:///{path}")
    assert path.read_text() == "patient list\n"


def test_older_database_is_backed_up_before_upgrade(tmp_path, monkeypatch):
    """An older schema is copied beside the file, then upgraded."""
    path = tmp_path / "old.db"
    db = open_database(f"sqlite:///{path}")
    db.dispose()
    # Pretend this AcuChart knows a newer revision than the file holds.
    monkeypatch.setattr(schema, "KNOWN", ("0001", "0002"))
    monkeypatch.setattr(schema, "HEAD", "0002")
    upgraded = []
    monkeypatch.setattr(schema, "upgrade", lambda engine, revision="head": upgraded.append(revision))
    db = open_database(f"sqlite:///{path}")
    db.dispose()
    backups = list(tmp_path.glob("old.before-upgrade-0001-*.db"))
    assert len(backups) == 1
    assert upgraded == ["head"]
    with contextlib.closing(sqlite3.connect(backups[0])) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert backups[0].stat().st_mode & 0o777 == 0o600


def test_new_sqlite_file_is_private(tmp_path):
    path = tmp_path / "private.db"
    open_database(f"sqlite:///{path}").dispose()
    assert path.stat().st_mode & 0o777 == 0o600


def test_sqlite_pragmas(db):
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_integrity_check_passes_on_a_fresh_database(db):
    assert schema.integrity_problems(db.engine) == []


def test_upgrade_refused_when_not_allowed(tmp_path):
    path = tmp_path / "empty.db"
    create_engine(f"sqlite:///{path}").dispose()
    with pytest.raises(DatabaseError, match="acuchart db upgrade"):
        open_database(f"sqlite:///{path}", upgrade=False)


def test_every_database_gets_the_flush_hooks(tmp_path):
    """Many databases opened and dropped in one process: each one still has the hooks
    (a registry keyed by id() once skipped a new factory that reused an old address)."""
    import gc

    from charting.db import hooks

    path = tmp_path / "hooks.db"
    open_database(f"sqlite:///{path}").dispose()
    for _ in range(60):
        db = open_database(f"sqlite:///{path}")
        session = db._factory()
        assert list(session.dispatch.before_flush) == [hooks._before_flush]
        assert list(session.dispatch.after_flush) == [hooks._after_flush]
        session.close()
        db.dispose()
        del db
        gc.collect()
