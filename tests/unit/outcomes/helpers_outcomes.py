"""A small case with sessions, for the outcome and template tests."""

from __future__ import annotations

import datetime as dt

from charting.accounts import create_account
from charting.patients import create_case, create_patient
from charting.sessions import create_session
from charting.signing import sign_session

PASSWORD = "correct horse battery"

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def make_case(db, sessions: int = 3):
    """A practitioner, a patient, a case and ``sessions`` draft sessions 3 days apart.

    Returns (case id, [session ids]).
    """
    create_account(db, "doc", PASSWORD, name="Dr Test")
    patient = create_patient(db, family_name="Tester", given_name="Pat")
    case = create_case(db, patient.id, chief_complaint="Low back pain", start_date=T0.date())
    ids = [
        create_session(db, patient.id, case_id=case.id, started_at=T0 + dt.timedelta(days=3 * i)).id
        for i in range(sessions)
    ]
    return case.id, ids


def sign(db, session_id: int) -> None:
    """Sign a session through the signing use-case."""
    sign_session(db, session_id, "doc", PASSWORD)
