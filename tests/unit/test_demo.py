"""The demo clinic and the synthetic clinic used for scale work."""

from __future__ import annotations

from sqlalchemy import func, select

from charting.db.models import EAChannel, NeedleRecord, Outcome, Patient, TreatmentSession
from charting.demo import load_demo, load_synthetic
from charting.patients import search_patients
from charting.sessions import get_session, list_sessions


def _count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_demo_is_realistic(db):
    result = load_demo(db)
    assert result.created
    claire = search_patients(db, "moreau")[0]
    sessions = list_sessions(db, patient_id=claire.id)
    assert len(sessions) == 6
    first = get_session(db, sessions[-1].id)
    assert first.case is not None and first.case.icd10_code == "M54.3"
    assert len(first.needles) >= 10
    assert all(n.inserted_at and n.removed_at and n.removed_at > n.inserted_at for n in first.needles)
    assert len(first.channels) == 2
    assert {c.waveform for c in first.channels} == {"dense-disperse"}
    assert {(o.measure, o.timing) for o in first.outcomes} >= {
        ("nrs_back", "before"),
        ("nrs_back", "after"),
        ("nrs_leg", "before"),
        ("nrs_leg", "after"),
    }
    # the flags used by the safety rules appear on other demo patients
    flags = {flag for p in search_patients(db, "") for flag in p.flags}
    assert {"Pacemaker / implant", "Anticoagulants / bleeding", "Epilepsy"} <= flags


def test_demo_twice_adds_nothing(db):
    load_demo(db)
    counts = [_count(db, m) for m in (Patient, TreatmentSession, NeedleRecord, EAChannel, Outcome)]
    again = load_demo(db)
    assert not again.created
    assert [_count(db, m) for m in (Patient, TreatmentSession, NeedleRecord, EAChannel, Outcome)] == counts


def test_synthetic_clinic_counts(db):
    result = load_synthetic(db, 30, 4, needles_per_session=12)
    assert result.patients == 30 and result.sessions == 120
    assert _count(db, Patient) == 30
    assert _count(db, TreatmentSession) == 120
    assert _count(db, NeedleRecord) == 120 * 12
    # a second batch appends with fresh ids and chart numbers
    load_synthetic(db, 5, 1)
    assert _count(db, Patient) == 35
    found = sorted(p.chart_number for p in search_patients(db, "syn-000003"))
    assert found == [f"SYN-00000{n}" for n in range(30, 36)]
