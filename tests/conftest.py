"""Shared fixtures: offscreen Qt, throwaway databases (SQLite and PostgreSQL)."""

from __future__ import annotations

import os
import shutil
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")

import pytest

from charting.db.engine import Database, open_database

POSTGRES_ENV = "ACUCHART_TEST_POSTGRES_URL"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Keep every test away from the real user data folder and settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("ACUCHART_DB", raising=False)


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory) -> str:
    """An empty, migrated SQLite database, built once and copied per test."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = open_database(f"sqlite:///{path}")
    db.dispose()
    return str(path)


@pytest.fixture
def db_path(tmp_path, _template_db) -> str:
    target = tmp_path / "acuchart.db"
    shutil.copyfile(_template_db, target)
    return str(target)


@pytest.fixture
def db(db_path) -> Database:
    database = open_database(f"sqlite:///{db_path}")
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory, _template_db) -> str:
    from charting.demo import load_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copyfile(_template_db, path)
    database = open_database(f"sqlite:///{path}")
    load_demo(database)
    database.dispose()
    return str(path)


@pytest.fixture
def demo_db(tmp_path, _demo_template) -> Database:
    """A database holding the demo clinic."""
    target = tmp_path / "demo.db"
    shutil.copyfile(_demo_template, target)
    database = open_database(f"sqlite:///{target}")
    yield database
    database.dispose()


def postgres_url() -> str | None:
    return os.environ.get(POSTGRES_ENV) or None


@pytest.fixture
def pg_url():
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    base = postgres_url()
    if not base:
        pytest.skip(f"{POSTGRES_ENV} is not set: no PostgreSQL server to test against")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"acuchart_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as connection:
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :n AND pid <> pg_backend_pid()"
                ),
                {"n": name},
            )
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


@pytest.fixture
def pg_db(pg_url) -> Database:
    database = open_database(pg_url)
    yield database
    database.dispose()


@pytest.fixture(scope="session", autouse=True)
def _one_qapplication(qapp):
    """One QApplication for the whole run, made first: a unit test that renders with a
    bare QGuiApplication would otherwise leave the wrong kind for the GUI tests."""
    return qapp
