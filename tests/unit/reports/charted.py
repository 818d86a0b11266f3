"""A small charted course built through the use-cases (no demo data needed)."""

from __future__ import annotations

import datetime as dt

from charting.outcomes import set_outcome
from charting.patients import create_case, create_patient
from charting.practitioners import create_practitioner
from charting.sessions import (
    NeedleSpec,
    add_channel,
    add_modality,
    add_needles,
    create_session,
    end_session,
    insert_needles,
    remove_needles,
)

NEEDLE = {"gauge_mm": 0.25, "length_mm": 40, "depth_mm": 20, "manufacturer": "Seirin", "material": "stainless steel",
          "technique": "even", "response_sought": "deqi", "deqi": True, "angle": "perpendicular"}


def chart_course(db, sessions: int = 2) -> tuple[int, list[int]]:
    """A patient with a case of ``sessions`` sessions; returns (case id, session ids)."""
    practitioner = create_practitioner(db, "lin", name="Dr Lin Wu", credentials="L.Ac.", licence_number="LIC-77")
    patient = create_patient(db, chart_number="T-0001", family_name="Nguyen", given_name="Thi Lan",
                             date_of_birth="1980-05-17", sex="female")
    case = create_case(db, patient.id, chief_complaint="Neck pain after a fall", start_date="2026-10-01",
                       icd10_code="M54.2", diagnosis_text="Cervicalgia")
    ids = []
    for index in range(sessions):
        start = dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.UTC) + dt.timedelta(days=3 * index)
        session = create_session(db, patient.id, case_id=case.id, practitioner_id=practitioner.id, started_at=start,
                                 subjective="Stiff neck", planned_retention_min=20)
        needles = add_needles(db, session.id, [
            NeedleSpec(point_code="GB20", side="left", view="back", x=0.47, y=0.12, settings=NEEDLE),
            NeedleSpec(point_code="GB20", side="right", view="back", x=0.53, y=0.12, settings=NEEDLE),
            NeedleSpec(point_code="LI4", side="right", view="back", x=0.82, y=0.55, settings=NEEDLE),
            NeedleSpec(ashi_label="trapezius knot", side="left", view="back", x=0.42, y=0.17, settings=NEEDLE),
        ])
        insert_needles(db, session.id, at=start + dt.timedelta(minutes=5))
        add_channel(db, session.id, needles[0].id, needles[3].id, device="AWQ-104L", waveform="continuous",
                    frequency_hz=4, pulse_width_us=250, intensity_ma=1.5, duration_min=20)
        remove_needles(db, session.id, at=start + dt.timedelta(minutes=27))
        add_modality(db, session.id, "cupping", site="upper trapezius", duration_min=5)
        set_outcome(db, session.id, "nrs_back", "before", max(0, 6 - index))
        set_outcome(db, session.id, "nrs_back", "after", max(0, 4 - index))
        end_session(db, session.id, at=start + dt.timedelta(minutes=40))
        ids.append(session.id)
    return case.id, ids
