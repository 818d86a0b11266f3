"""Consent and adverse events: round trips through the database, refusals, the EA consent warning."""

from __future__ import annotations

import datetime as dt

import pytest

from charting import patients, practitioners, records, safety, sessions
from charting.db.models import TreatmentSession
from charting.db.types import utcnow
from charting.errors import NotFound, SignedRecordError, ValidationError

DAY = dt.date(2026, 3, 2)


@pytest.fixture
def chart(db):
    p = practitioners.create_practitioner(db, "mlchen", name="Mei Lin Chen")
    patient = patients.create_patient(db, family_name="Moreau")
    case = patients.create_case(db, patient.id, chief_complaint="Sciatica", start_date=DAY)
    start = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=30)
    session = sessions.create_session(db, patient.id, case_id=case.id, practitioner_id=p.id, started_at=start)
    return db, p.id, patient.id, case.id, session.id


def test_consent_round_trip(chart):
    db, p_id, patient_id, case_id, _ = chart
    made = records.add_consent(
        db,
        patient_id,
        case_id=case_id,
        consented_on="2026-03-02",
        electroacupuncture=True,
        obtained_by_id=p_id,
        notes="Leaflet given",
    )
    (stored,) = records.list_consents(db, patient_id)
    assert stored == made
    assert stored.scope == ("acupuncture", "electroacupuncture")
    assert stored.obtained_by == "Mei Lin Chen" and stored.notes == "Leaflet given"
    assert records.active_consent(db, patient_id, case_id, DAY) == stored
    assert records.active_consent(db, patient_id, case_id, DAY - dt.timedelta(days=1)) is None
    assert records.active_consent(db, patient_id, None, DAY) is None  # for that course only
    withdrawn = records.withdraw_consent(db, made.id, "2026-04-01")
    assert withdrawn.withdrawn_on == dt.date(2026, 4, 1)
    assert records.active_consent(db, patient_id, case_id, dt.date(2026, 4, 1)) is None
    assert records.active_consent(db, patient_id, case_id, dt.date(2026, 3, 31)) is not None


def test_course_consent_wins_over_general(chart):
    db, _, patient_id, case_id, _ = chart
    records.add_consent(db, patient_id, consented_on=DAY)
    specific = records.add_consent(db, patient_id, case_id=case_id, consented_on=DAY - dt.timedelta(days=3))
    assert records.active_consent(db, patient_id, case_id, DAY).id == specific.id


def test_consent_refusals(chart):
    db, _, patient_id, _, _ = chart
    with pytest.raises(ValidationError, match="consent date"):
        records.add_consent(db, patient_id, consented_on=None)
    with pytest.raises(ValidationError, match="consent date"):
        records.add_consent(db, patient_id, consented_on="02/03/2026")
    with pytest.raises(ValidationError, match="at least one"):
        records.add_consent(db, patient_id, consented_on=DAY, acupuncture=False)
    with pytest.raises(NotFound):
        records.add_consent(db, 999, consented_on=DAY)
    made = records.add_consent(db, patient_id, consented_on=DAY)
    with pytest.raises(ValidationError, match="before the consent was given"):
        records.withdraw_consent(db, made.id, DAY - dt.timedelta(days=1))


def test_ea_without_consent_warns_until_consent_is_recorded(chart):
    db, _, patient_id, case_id, session_id = chart
    a, b = sessions.add_needles(
        db,
        session_id,
        [
            sessions.NeedleSpec(point_code="BL25", side="left", view="back", x=0.45, y=0.45),
            sessions.NeedleSpec(point_code="GB30", side="left", view="back", x=0.4, y=0.5),
        ],
    )
    sessions.add_channel(db, session_id, a.id, b.id)
    assert "consent.ea" in {f.rule_id for f in safety.evaluate(db, session_id)}
    records.add_consent(db, patient_id, case_id=case_id, consented_on=DAY, electroacupuncture=False)
    assert "consent.ea" in {f.rule_id for f in safety.evaluate(db, session_id)}
    records.add_consent(db, patient_id, consented_on=DAY, electroacupuncture=True)
    assert "consent.ea" not in {f.rule_id for f in safety.evaluate(db, session_id)}


def test_adverse_event_round_trip(chart):
    db, _, _, case_id, session_id = chart
    at = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=10)
    event = records.add_adverse_event(
        db,
        session_id,
        kind="fainting",
        severity="moderate",
        occurred_at=at,
        action_taken="Needles out, supine",
        outcome="Recovered in 5 min",
    )
    assert records.list_adverse_events(db, session_id) == [event]
    (shown,) = sessions.get_session(db, session_id).adverse_events
    assert (shown.kind, shown.severity, shown.action_taken, shown.outcome) == (
        "fainting",
        "moderate",
        "Needles out, supine",
        "Recovered in 5 min",
    )
    assert shown.occurred_at == at
    assert records.course_adverse_event_counts(db, case_id) == {"mild": 0, "moderate": 1, "severe": 0}
    removed = records.remove_adverse_event(db, event.id)
    assert removed == event and records.list_adverse_events(db, session_id) == []


def test_adverse_event_refusals(chart):
    db, *_, session_id = chart
    with pytest.raises(ValidationError, match="adverse event kind"):
        records.add_adverse_event(db, session_id, kind="headache", severity="mild")
    with pytest.raises(ValidationError, match="severity"):
        records.add_adverse_event(db, session_id, kind="bleeding", severity="")
    with pytest.raises(ValidationError, match="future"):
        records.add_adverse_event(
            db, session_id, kind="bleeding", severity="mild", occurred_at=utcnow() + dt.timedelta(hours=2)
        )
    with pytest.raises(NotFound):
        records.add_adverse_event(db, 999, kind="bleeding", severity="mild")


def test_signed_session_refuses_adverse_events(chart):
    db, p_id, _, _, session_id = chart
    event = records.add_adverse_event(db, session_id, kind="bleeding", severity="mild")
    with db.unit() as s:
        row = s.get(TreatmentSession, session_id)
        row.status, row.signed_at, row.signed_by_id = "signed", utcnow(), p_id
    with pytest.raises(SignedRecordError, match="addendum"):
        records.add_adverse_event(db, session_id, kind="haematoma", severity="mild")
    with pytest.raises(SignedRecordError):
        records.remove_adverse_event(db, event.id)
