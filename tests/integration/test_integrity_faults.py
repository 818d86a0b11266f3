"""Faults: a clear message, no traceback, nothing half-written."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from charting.db.engine import open_database, translate_error
from charting.errors import DatabaseError


def _cli(*argv):
    command = [sys.executable, "-m", "charting", *argv]
    return subprocess.run(command, check=False, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"%PDF-1.7 this is a PDF, not a database" * 20, "is not an AcuChart database (not an SQLite file)"),
        (b"SQLite format 3\x00" + b"\x07" * 4000, "is not an AcuChart database"),
    ],
    ids=["not-sqlite", "corrupt-sqlite"],
)
def test_wrong_or_corrupt_file_is_refused_untouched(tmp_path, content, message):
    path = tmp_path / "given.db"
    path.write_bytes(content)
    result = _cli("--db", str(path), "audit", "verify")
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1
    assert path.read_bytes() == content


def test_other_applications_database_is_refused(tmp_path):
    path = tmp_path / "photos.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="not an AcuChart database"):
        open_database(f"sqlite:///{path}")


def test_database_from_a_newer_acuchart_is_refused(tmp_path, _template_db):
    path = tmp_path / "newer.db"
    shutil.copyfile(_template_db, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.commit()
    conn.close()
    result = _cli("--db", str(path), "sessions", "list")
    assert result.returncode == 2 and "written by a newer AcuChart" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write a read-only file; run as a normal user")
def test_read_only_database_saves_nothing_and_says_so(tmp_path, _template_db):
    path = tmp_path / "ro.db"
    shutil.copyfile(_template_db, path)
    path.chmod(0o400)
    db = open_database(f"sqlite:///{path}")
    try:
        from charting import patients

        with pytest.raises(DatabaseError, match="read-only"):
            patients.create_patient(db, family_name="Nope")
    finally:
        db.dispose()


class _Orig(Exception):
    pass


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("database or disk is full", "the disk is full; nothing was saved"),
        ("attempt to write a readonly database", "read-only; nothing was saved"),
        ("server closed the connection unexpectedly", "connection to the database server was lost"),
    ],
)
def test_database_failures_become_one_line(text, message):
    from sqlalchemy.exc import OperationalError

    error = translate_error(OperationalError("INSERT ...", {}, _Orig(text)))
    assert message in str(error) and "\n" not in str(error)


def test_full_disk_during_import_leaves_nothing(tmp_path, _template_db, monkeypatch):
    """A write failing mid-import (as on a full disk) rolls the whole import back."""
    import json

    from bigdoc import big_document
    from sqlalchemy import event, func, select

    from charting import exchange
    from charting.db import models as m

    path = tmp_path / "full.db"
    shutil.copyfile(_template_db, path)
    db = open_database(f"sqlite:///{path}")
    calls = {"n": 0}

    def fail_later(conn, cursor, statement, parameters, context, executemany):
        if statement.startswith("INSERT INTO needles"):
            calls["n"] += 1
            if calls["n"] == 3:
                raise sqlite3.OperationalError("database or disk is full")

    event.listen(db.engine, "before_cursor_execute", fail_later)
    try:
        with pytest.raises(DatabaseError, match="disk is full"):
            exchange.import_document(db, json.loads(json.dumps(big_document(5))))
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(m.NeedleRecord)) == 0
            assert s.scalar(select(func.count()).select_from(m.Patient)) == 0
    finally:
        db.dispose()
