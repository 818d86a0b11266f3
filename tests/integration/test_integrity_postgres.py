"""Two workstations on one PostgreSQL database: stale saves are detected, the audit
chain stays sound under concurrent appends."""

from __future__ import annotations

import threading

import pytest
from integrity_helpers import build_clinic

from charting import audit, patients, sessions
from charting.db import models as m
from charting.db.engine import open_database
from charting.errors import ConcurrentEditError, DatabaseError

pytestmark = pytest.mark.postgres


@pytest.fixture
def two(pg_db, pg_url):
    clinic = build_clinic(pg_db)
    other = open_database(pg_url)
    yield pg_db, other, clinic
    other.dispose()


def test_later_save_of_the_same_version_is_refused(two):
    first, second, clinic = two
    version = sessions.get_session(first, clinic.draft_id).version
    assert sessions.get_session(second, clinic.draft_id).version == version
    sessions.update_session(first, clinic.draft_id, expected_version=version, notes="first workstation")
    with pytest.raises(ConcurrentEditError, match="changed on another workstation"):
        sessions.update_session(second, clinic.draft_id, expected_version=version, notes="second workstation")
    assert sessions.get_session(first, clinic.draft_id).notes == "first workstation"


def test_stale_orm_flush_becomes_concurrent_edit_error(two):
    first, second, clinic = two
    with pytest.raises(ConcurrentEditError, match="nothing was saved"), second.unit() as s:
        row = s.get(m.TreatmentSession, clinic.draft_id)
        sessions.update_session(first, clinic.draft_id, notes="saved first")
        row.notes = "saved second, from an older copy"
    assert sessions.get_session(first, clinic.draft_id).notes == "saved first"


def test_concurrent_appends_keep_the_chain_sound(two, pg_url):
    first, second, _ = two
    start = len(audit.history(first))
    errors: list[BaseException] = []

    def work(db, prefix):
        try:
            for i in range(15):
                patients.create_patient(db, family_name=f"{prefix}{i}", chart_number=f"{prefix}-{i}")
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(db, name)) for db, name in ((first, "A"), (second, "B"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(audit.history(first)) == start + 30
    result = audit.verify(first)
    assert result.ok, result.message


def test_signed_session_is_read_only_on_postgres(two):
    first, _, clinic = two
    from charting.errors import SignedRecordError

    with pytest.raises(SignedRecordError), first.unit() as s:
        s.get(m.TreatmentSession, clinic.signed_id).needles[0].depth_mm = 1.0


def test_unreachable_server_is_one_clear_message():
    with pytest.raises(DatabaseError, match=r"^database: cannot connect to postgresql\+psycopg://"):
        open_database("postgresql+psycopg://postgres@127.0.0.1:1/test")


def test_server_connection_lost_mid_transaction_saves_nothing(two, pg_url):
    first, _, _ = two
    from sqlalchemy import create_engine, text

    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    before = len(audit.history(first))
    try:
        with pytest.raises(DatabaseError, match="connection to the database server was lost"), first.unit() as s:
            pid = s.connection().execute(text("SELECT pg_backend_pid()")).scalar()
            s.add(m.Patient(chart_number="LOST-1", family_name="Lost", family_key="lost", given_key=""))
            with admin.connect() as connection:
                connection.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
            s.flush()
    finally:
        admin.dispose()
    assert patients.search_patients(first, "LOST-1") == []
    assert len(audit.history(first)) == before
    assert audit.verify(first).ok
