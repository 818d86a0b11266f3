"""A small clinic built through the use-cases (no demo data or point library needed)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from charting import accounts, patients, sessions
from charting.db import models as m
from charting.db.engine import Database

PASSWORD = "correct horse battery"


@dataclasses.dataclass
class Clinic:
    practitioner_id: int
    patient_id: int
    draft_id: int
    signed_id: int


def needle(code: str, side: str = "left", **settings) -> sessions.NeedleSpec:
    return sessions.NeedleSpec(point_code=code, side=side, view="back", x=0.4, y=0.5, settings=settings)


def build_clinic(db: Database, *, username: str = "chen") -> Clinic:
    """One practitioner (logged in), one patient, a signed session and a draft one."""
    accounts.create_account(db, username, PASSWORD, name="Dr Mei Chen", credentials="L.Ac.")
    me = accounts.login(db, username, PASSWORD)
    patient = patients.create_patient(db, family_name="Moreau", given_name="Claire", date_of_birth="1979-04-12")
    start = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)
    with db.unit() as s:
        s.add(m.Consent(patient_id=patient.id, consented_on=start.date(), electroacupuncture=True))
    first = sessions.create_session(
        db, patient.id, started_at=start, subjective="Low back pain", planned_retention_min=30
    )
    a, b = sessions.add_needles(
        db, first.id, [needle("BL23", gauge_mm=0.25, length_mm=40, depth_mm=25), needle("BL25", gauge_mm=0.25)]
    )
    sessions.add_channel(db, first.id, a.id, b.id, device="ITO", waveform="continuous", frequency_hz=2.0)
    sessions.add_modality(db, first.id, "heat lamp", site="lumbar", duration_min=20)
    sessions.insert_needles(db, first.id, at=start + dt.timedelta(minutes=5))
    sessions.remove_needles(db, first.id, at=start + dt.timedelta(minutes=30))
    with db.unit() as s:
        s.add(m.Outcome(session_id=first.id, measure="nrs_back", timing="before", value=7.0))
        s.add(m.AdverseEvent(session_id=first.id, kind="haematoma", severity="mild", notes="BL23 left"))
    from charting.signing import sign_session

    sign_session(db, first.id, username, PASSWORD)
    second = sessions.create_session(db, patient.id, started_at=start + dt.timedelta(days=3))
    sessions.add_needles(db, second.id, [needle("GB30")])
    return Clinic(me.id, patient.id, second.id, first.id)
