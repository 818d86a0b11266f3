"""Backups: owner-only files, one per day, keep N, restore refuses bad files."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from charting import backup, patients
from charting.db.engine import open_database
from charting.errors import UserError


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_database_wal_shm_and_backups_are_owner_only(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'new.db'}")
    try:
        patients.create_patient(db, family_name="Moreau")
        with db.engine.connect():  # keep a connection so the -wal and -shm files exist
            for suffix in ("", "-wal", "-shm"):
                path = tmp_path / f"new.db{suffix}"
                assert path.exists(), suffix
                assert _mode(path) == 0o600, suffix
        made = backup.backup_to(db, tmp_path / "copy.db")
        assert _mode(made) == 0o600
        rolled = backup.rolling_backup(db, tmp_path / "backups", keep=2)
        assert _mode(rolled) == 0o600
        assert _mode(tmp_path / "backups") == 0o700
    finally:
        db.dispose()


def test_backup_is_a_consistent_acuchart_database(db, tmp_path):
    patients.create_patient(db, family_name="Okafor")
    made = backup.backup_to(db, tmp_path / "b.db")
    assert backup.check_backup_file(made)
    copy = open_database(f"sqlite:///{made}")
    try:
        assert [p.family_name for p in patients.search_patients(copy, "Okafor")] == ["Okafor"]
    finally:
        copy.dispose()
    assert not list(tmp_path.glob(".*partial*"))


def test_rolling_backup_once_a_day_keeping_the_newest(db, tmp_path):
    folder = tmp_path / "backups"
    day = dt.datetime(2026, 11, 1, 8, 0, tzinfo=dt.UTC)
    made = [backup.rolling_backup(db, folder, keep=3, now=day + dt.timedelta(days=i)) for i in range(5)]
    assert all(made)
    assert backup.rolling_backup(db, folder, keep=3, now=day + dt.timedelta(days=4, hours=5)) is None
    kept = backup.list_backups(folder)
    assert kept == made[-3:]


def test_postgres_backup_points_to_pg_dump():
    with pytest.raises(UserError, match="pg_dump"):
        backup._sqlite_file("postgresql+psycopg://u@host/db")


def test_restore_replaces_the_database_and_keeps_the_old_one(db, db_path, tmp_path):
    patients.create_patient(db, family_name="Before")
    saved = backup.backup_to(db, tmp_path / "saved.db")
    patients.create_patient(db, family_name="After")
    db.dispose()
    aside = backup.restore(f"sqlite:///{db_path}", saved)
    assert aside is not None and _mode(aside) == 0o600
    restored = open_database(f"sqlite:///{db_path}")
    old = open_database(f"sqlite:///{aside}")
    try:
        assert patients.search_patients(restored, "After") == []
        assert patients.search_patients(restored, "Before")
        assert patients.search_patients(old, "After")
    finally:
        restored.dispose()
        old.dispose()


def _foreign(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()


def _newer(path, template):
    import shutil

    shutil.copyfile(template, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()


def _damaged(path, template):
    import shutil

    shutil.copyfile(template, path)
    with open(path, "r+b") as fh:
        fh.seek(4096)
        fh.write(b"\xff" * 8192)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p, t: p.write_text("not a database"), "not an AcuChart backup"),
        (lambda p, t: _foreign(p), "not an AcuChart database"),
        (_newer, "newer AcuChart"),
        (_damaged, "nothing was changed"),
        (lambda p, t: None, "does not exist"),
    ],
    ids=["text", "foreign", "newer", "damaged", "missing"],
)
def test_restore_refuses_a_bad_file_and_changes_nothing(db, db_path, tmp_path, _template_db, make, message):
    patients.create_patient(db, family_name="Kept")
    db.dispose()
    bad = tmp_path / "bad.db"
    make(bad, _template_db)
    before = Path(db_path).read_bytes()
    with pytest.raises(UserError, match=message):
        backup.restore(f"sqlite:///{db_path}", bad)
    assert Path(db_path).read_bytes() == before
    assert not list(tmp_path.glob("*.before-restore-*"))


def test_postgres_restore_points_to_pg_restore(tmp_path):
    with pytest.raises(UserError, match="pg_restore"):
        backup.restore("postgresql+psycopg://u@host/db", tmp_path / "x.db")
