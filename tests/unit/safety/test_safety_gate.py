"""The gate: the same rules refuse blocked changes on every path into the database."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from charting import safety, sessions
from charting.db.models import EAChannel, NeedleRecord, Patient, TreatmentSession
from charting.errors import AcuChartError, ValidationError

LEFT_HAND = {"point_code": "LI4", "side": "left", "view": "front", "x": 0.2, "y": 0.5}
LEFT_ELBOW = {"point_code": "LI11", "side": "left", "view": "front", "x": 0.2, "y": 0.4}
BL15_L = {"point_code": "BL15", "side": "left", "view": "back", "x": 0.45, "y": 0.25}
BL15_R = {"point_code": "BL15", "side": "right", "view": "back", "x": 0.55, "y": 0.25}


def _channel_count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(EAChannel))


def test_safety_blocked_is_an_app_error():
    assert issubclass(safety.SafetyBlocked, AcuChartError)


def test_use_case_refuses_ea_with_an_implanted_device(clinic):
    clinic.flag(flag_implanted_device=True)
    a, b = clinic.needles(LEFT_HAND, LEFT_ELBOW)
    with pytest.raises(safety.SafetyBlocked, match="pacemaker"):
        sessions.add_channel(clinic.db, clinic.session_id, a.id, b.id, frequency_hz=2)
    assert _channel_count(clinic.db) == 0


def test_ea_allowed_without_the_flag(clinic):
    a, b = clinic.needles(LEFT_HAND, LEFT_ELBOW)
    sessions.add_channel(clinic.db, clinic.session_id, a.id, b.id, frequency_hz=2)
    assert _channel_count(clinic.db) == 1


def test_gate_refuses_orm_rows_built_directly(clinic):
    """The path import takes: rows built by hand inside db.unit(), no use-case."""
    with pytest.raises(safety.SafetyBlocked) as caught, clinic.db.unit() as s:
        session = s.get(TreatmentSession, clinic.session_id)
        a = NeedleRecord(session=session, seq=1, **BL15_L)
        b = NeedleRecord(session=session, seq=2, **BL15_R)
        s.add_all([a, b])
        s.add(EAChannel(session=session, needle_a=a, needle_b=b, frequency_hz=2.0))
    assert "BL15 L" in str(caught.value) and "chest" in str(caught.value)
    with clinic.db.read() as s:
        assert s.scalar(select(func.count()).select_from(NeedleRecord)) == 0  # nothing half-written


def test_gate_refuses_a_new_session_built_with_a_blocked_pair(clinic):
    with pytest.raises(safety.SafetyBlocked), clinic.db.unit() as s:
        patient = s.get(Patient, clinic.patient_id)
        session = TreatmentSession(
            patient=patient, practitioner_id=clinic.practitioner_id, started_at=dt.datetime.now(dt.UTC)
        )
        a = NeedleRecord(session=session, seq=1, point_code="ST9", side="left", view="front", x=0.47, y=0.17)
        b = NeedleRecord(session=session, seq=2, **LEFT_HAND)
        s.add(session)
        s.add(EAChannel(session=session, needle_a=a, needle_b=b))


def test_gate_refuses_out_of_range_values_with_the_validation_message(clinic):
    with pytest.raises(safety.SafetyBlocked) as caught, clinic.db.unit() as s:
        s.add(NeedleRecord(session_id=clinic.session_id, seq=1, gauge_mm=0.9, **LEFT_HAND))
    with pytest.raises(ValidationError) as validated:
        sessions.add_needles(
            clinic.db, clinic.session_id, [sessions.NeedleSpec(**LEFT_HAND, settings={"gauge_mm": 0.9})]
        )
    assert str(caught.value) == str(validated.value) == "needle gauge: 0.9 mm is outside the allowed range 0.12–0.45 mm"


def test_gate_refuses_a_channel_setting_out_of_range(clinic):
    a, b = clinic.needles(LEFT_HAND, LEFT_ELBOW)
    channel = sessions.add_channel(clinic.db, clinic.session_id, a.id, b.id, frequency_hz=2)
    expected = "intensity: 80 mA is outside the allowed range 0–50 mA"
    with pytest.raises(safety.SafetyBlocked, match=expected), clinic.db.unit() as s:
        s.get(EAChannel, channel.id).intensity_ma = 80.0


def test_moving_a_free_spot_onto_the_chest_is_refused(clinic):
    a, b = clinic.needles(
        {"ashi_label": "trigger", "side": "left", "view": "front", "x": 0.62, "y": 0.6},
        {"ashi_label": "trigger 2", "side": "right", "view": "front", "x": 0.38, "y": 0.6},
    )
    sessions.add_channel(clinic.db, clinic.session_id, a.id, b.id)
    with pytest.raises(safety.SafetyBlocked):
        sessions.update_needle(clinic.db, a.id, y=0.25)


def test_a_block_from_a_later_flag_does_not_stop_other_edits(clinic):
    a, b = clinic.needles(LEFT_HAND, LEFT_ELBOW)
    channel = sessions.add_channel(clinic.db, clinic.session_id, a.id, b.id, frequency_hz=2)
    clinic.flag(flag_implanted_device=True)  # flags describe the patient: never blocked
    # Unrelated edits and recording times still work...
    clinic.needles({"point_code": "ST36", "side": "left", "view": "front", "x": 0.4, "y": 0.7})
    sessions.insert_needles(clinic.db, clinic.session_id, [a.id, b.id])
    sessions.remove_needles(clinic.db, clinic.session_id, [a.id, b.id])
    # ...changing the offending lead pair does not, removing it does.
    with pytest.raises(safety.SafetyBlocked):
        sessions.update_channel(clinic.db, channel.id, frequency_hz=10)
    sessions.remove_channel(clinic.db, channel.id)
    assert [f.rule_id for f in safety.evaluate(clinic.db, clinic.session_id) if f.severity == "block"] == []


def test_warnings_never_stop_a_write(clinic):
    clinic.flag(flag_pregnant=True, flag_epilepsy=True)
    a, b = clinic.needles(LEFT_HAND, {"point_code": "SP6", "side": "left", "view": "front", "x": 0.4, "y": 0.9})
    sessions.add_channel(clinic.db, clinic.session_id, a.id, b.id)
    found = {f.rule_id for f in safety.evaluate(clinic.db, clinic.session_id)}
    assert {"pregnancy.point", "pregnancy.ea", "epilepsy.ea", "consent.ea"} <= found


def test_evaluate_reports_ids_and_subjects(clinic):
    clinic.flag(flag_diabetes=True)
    (needle,) = clinic.needles({"point_code": "LR3", "side": "right", "view": "foot", "x": 0.5, "y": 0.4})
    (finding,) = [f for f in safety.evaluate(clinic.db, clinic.session_id) if f.rule_id == "diabetes.foot"]
    assert finding.subject == needle.uuid and finding.needle_ids == (needle.id,)
    assert finding.acknowledged_reason is None


def test_retention_uses_the_session_end(clinic):
    start = dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)
    (needle,) = clinic.needles(LEFT_HAND)
    sessions.insert_needles(clinic.db, clinic.session_id, at=start)
    sessions.update_session(clinic.db, clinic.session_id, started_at=start - dt.timedelta(minutes=5))
    sessions.remove_needles(clinic.db, clinic.session_id, at=start + dt.timedelta(minutes=45))
    sessions.end_session(clinic.db, clinic.session_id, at=start + dt.timedelta(minutes=50))
    (finding,) = [f for f in safety.evaluate(clinic.db, clinic.session_id) if f.rule_id == "retention.over_planned"]
    assert "45 min" in finding.message and finding.needle_ids == (needle.id,)


@pytest.mark.postgres
def test_gate_on_postgresql(pg_db):
    from charting import patients, practitioners

    p = practitioners.create_practitioner(pg_db, "pg", name="PG")
    patient = patients.create_patient(pg_db, family_name="Tanaka", flag_implanted_device=True)
    session = sessions.create_session(pg_db, patient.id, practitioner_id=p.id)
    a, b = sessions.add_needles(
        pg_db, session.id, [sessions.NeedleSpec(**LEFT_HAND), sessions.NeedleSpec(**LEFT_ELBOW)]
    )
    with pytest.raises(safety.SafetyBlocked, match="pacemaker"), pg_db.unit() as s:
        s.add(EAChannel(session_id=session.id, needle_a_id=a.id, needle_b_id=b.id))
    assert _channel_count(pg_db) == 0
    assert safety.evaluate(pg_db, session.id) == []
