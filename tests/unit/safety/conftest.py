"""A tiny clinic for the safety tests: one practitioner, one patient, one open session."""

from __future__ import annotations

import dataclasses

import pytest

from charting import patients, practitioners, sessions


@dataclasses.dataclass
class Clinic:
    db: object
    practitioner_id: int
    patient_id: int
    session_id: int

    def needles(self, *specs):
        return sessions.add_needles(self.db, self.session_id, [sessions.NeedleSpec(**spec) for spec in specs])

    def flag(self, **flags):
        patients.update_patient(self.db, self.patient_id, **flags)


@pytest.fixture
def clinic(db):
    p = practitioners.create_practitioner(db, "mlchen", name="Mei Lin Chen")
    patient = patients.create_patient(db, family_name="Moreau", given_name="Claire")
    session = sessions.create_session(db, patient.id, practitioner_id=p.id)
    return Clinic(db, p.id, patient.id, session.id)
