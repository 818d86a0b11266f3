"""``acuchart --quit-after-startup``: starts as usual, paints the main window with data, exits."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def _start(db_url: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "charting", "--db", db_url, "--quit-after-startup"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def _demo(db_url: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "charting", "--db", db_url, "demo"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr


def _check(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, result.stdout
    assert int(lines[0]) > 0


def test_quit_after_startup_on_sqlite(tmp_path):
    url = str(tmp_path / "clinic.db")
    _demo(url)
    _check(_start(url))


@pytest.mark.postgres
def test_quit_after_startup_on_postgres(pg_url):
    _demo(pg_url)
    _check(_start(pg_url))


def test_startup_on_a_bad_database_is_one_line(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("not a database")
    result = _start(str(path))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "not an AcuChart database" in result.stderr
