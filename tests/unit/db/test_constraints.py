"""Every CHECK constraint refuses what it should, on SQLite and PostgreSQL.

Rows are written with Core inserts, which go around the use-cases' validation:
this is the last line of defence for any path into the database.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from charting.db import models as m

NOW = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)


def _base(connection) -> dict[str, int]:
    """A practitioner, patient and session to hang rows on."""
    ids = {}
    ids["practitioner"] = connection.execute(
        insert(m.Practitioner)
        .values(uuid=uuid.uuid4(), username="p", name="P", created_at=NOW)
        .returning(m.Practitioner.id)
    ).scalar_one()
    ids["patient"] = connection.execute(
        insert(m.Patient)
        .values(
            uuid=uuid.uuid4(),
            chart_number="C1",
            family_name="F",
            family_key="f",
            given_key="",
            created_at=NOW,
            updated_at=NOW,
        )
        .returning(m.Patient.id)
    ).scalar_one()
    ids["session"] = connection.execute(
        insert(m.TreatmentSession)
        .values(
            uuid=uuid.uuid4(),
            patient_id=ids["patient"],
            practitioner_id=ids["practitioner"],
            started_at=NOW,
            created_at=NOW,
            updated_at=NOW,
        )
        .returning(m.TreatmentSession.id)
    ).scalar_one()
    for seq in (1, 2):
        ids[f"needle{seq}"] = connection.execute(
            insert(m.NeedleRecord)
            .values(
                uuid=uuid.uuid4(),
                session_id=ids["session"],
                seq=seq,
                point_code="BL40",
                side="left",
                view="back",
                x=0.4,
                y=0.7,
            )
            .returning(m.NeedleRecord.id)
        ).scalar_one()
    return ids


def _needle(ids, **overrides):
    values = dict(
        uuid=uuid.uuid4(), session_id=ids["session"], seq=10, point_code="GB30", side="left", view="back", x=0.4, y=0.5
    )
    values.update(overrides)
    return insert(m.NeedleRecord).values(**values)


def _channel(ids, **overrides):
    values = dict(uuid=uuid.uuid4(), session_id=ids["session"], needle_a_id=ids["needle1"], needle_b_id=ids["needle2"])
    values.update(overrides)
    return insert(m.EAChannel).values(**values)


BAD_ROWS = {
    "needle gauge too thick": lambda ids: _needle(ids, gauge_mm=0.5),
    "needle gauge too thin": lambda ids: _needle(ids, gauge_mm=0.1),
    "needle too long": lambda ids: _needle(ids, length_mm=130),
    "needle too short": lambda ids: _needle(ids, length_mm=5),
    "depth beyond length": lambda ids: _needle(ids, length_mm=25, depth_mm=30),
    "negative depth": lambda ids: _needle(ids, depth_mm=-1),
    "x outside diagram": lambda ids: _needle(ids, x=1.2),
    "y outside diagram": lambda ids: _needle(ids, y=-0.1),
    "unknown side": lambda ids: _needle(ids, side="up"),
    "unknown angle": lambda ids: _needle(ids, angle="sideways"),
    "unknown technique": lambda ids: _needle(ids, technique="twirl"),
    "neither point nor ashi": lambda ids: _needle(ids, point_code=None),
    "removed before inserted": lambda ids: _needle(ids, inserted_at=NOW, removed_at=NOW - dt.timedelta(minutes=1)),
    "removed never inserted": lambda ids: _needle(ids, removed_at=NOW),
    "duplicate seq": lambda ids: _needle(ids, seq=1),
    "frequency too high": lambda ids: _channel(ids, frequency_hz=250),
    "frequency too low": lambda ids: _channel(ids, frequency_hz=0.1),
    "high below low": lambda ids: _channel(ids, frequency_hz=100, frequency_high_hz=2),
    "pulse width": lambda ids: _channel(ids, pulse_width_us=5),
    "intensity": lambda ids: _channel(ids, intensity_ma=60),
    "EA duration": lambda ids: _channel(ids, duration_min=90),
    "same needle twice": lambda ids: _channel(ids, needle_b_id=ids["needle1"]),
    "unknown waveform": lambda ids: _channel(ids, waveform="square"),
    "unknown polarity": lambda ids: _channel(ids, polarity="up"),
    "pregnancy weeks": lambda ids: insert(m.Patient).values(
        uuid=uuid.uuid4(),
        chart_number="C2",
        family_name="G",
        family_key="g",
        given_key="",
        pregnancy_weeks=50,
        created_at=NOW,
        updated_at=NOW,
    ),
    "duplicate chart number": lambda ids: insert(m.Patient).values(
        uuid=uuid.uuid4(),
        chart_number="C1",
        family_name="G",
        family_key="g",
        given_key="",
        created_at=NOW,
        updated_at=NOW,
    ),
    "unknown sex": lambda ids: insert(m.Patient).values(
        uuid=uuid.uuid4(),
        chart_number="C3",
        family_name="G",
        family_key="g",
        given_key="",
        sex="x",
        created_at=NOW,
        updated_at=NOW,
    ),
    "signed without signer": lambda ids: insert(m.TreatmentSession).values(
        uuid=uuid.uuid4(),
        patient_id=ids["patient"],
        practitioner_id=ids["practitioner"],
        started_at=NOW,
        status="signed",
        created_at=NOW,
        updated_at=NOW,
    ),
    "ended before started": lambda ids: insert(m.TreatmentSession).values(
        uuid=uuid.uuid4(),
        patient_id=ids["patient"],
        practitioner_id=ids["practitioner"],
        started_at=NOW,
        ended_at=NOW - dt.timedelta(hours=1),
        created_at=NOW,
        updated_at=NOW,
    ),
    "retention too long": lambda ids: insert(m.TreatmentSession).values(
        uuid=uuid.uuid4(),
        patient_id=ids["patient"],
        practitioner_id=ids["practitioner"],
        started_at=NOW,
        planned_retention_min=500,
        created_at=NOW,
        updated_at=NOW,
    ),
    "unknown outcome measure": lambda ids: insert(m.Outcome).values(
        uuid=uuid.uuid4(), session_id=ids["session"], measure="mood", timing="before", value=3
    ),
    "unknown outcome timing": lambda ids: insert(m.Outcome).values(
        uuid=uuid.uuid4(), session_id=ids["session"], measure="nrs_back", timing="during", value=3
    ),
    "unknown adverse event": lambda ids: insert(m.AdverseEvent).values(
        uuid=uuid.uuid4(), session_id=ids["session"], kind="sneeze", severity="mild"
    ),
    "unknown severity": lambda ids: insert(m.AdverseEvent).values(
        uuid=uuid.uuid4(), session_id=ids["session"], kind="bleeding", severity="awful"
    ),
    "unknown modality": lambda ids: insert(m.Modality).values(
        uuid=uuid.uuid4(), session_id=ids["session"], kind="laser"
    ),
    "empty acknowledgement reason": lambda ids: insert(m.SafetyAcknowledgement).values(
        uuid=uuid.uuid4(), session_id=ids["session"], rule_id="r", subject="", reason="", acknowledged_at=NOW
    ),
    "needle of a missing session": lambda ids: _needle(ids, session_id=99999),
}


def _check_fresh(engine, name):
    """SQLite: each case runs on its own fresh database file."""
    with engine.begin() as connection:
        ids = _base(connection)
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(BAD_ROWS[name](ids))


@pytest.mark.parametrize("name", sorted(BAD_ROWS))
def test_sqlite_refuses(db, name):
    _check_fresh(db.engine, name)


def test_valid_rows_are_accepted(db):
    with db.engine.begin() as connection:
        ids = _base(connection)
        connection.execute(_needle(ids, gauge_mm=0.12, length_mm=125, depth_mm=125, x=0, y=1))
        connection.execute(
            _channel(
                ids,
                frequency_hz=2,
                frequency_high_hz=100,
                pulse_width_us=1000,
                intensity_ma=0,
                duration_min=60,
                waveform="dense-disperse",
            )
        )


@pytest.mark.postgres
def test_postgres_refuses_every_bad_row(pg_db):
    """PostgreSQL: one database, each case in a savepoint inside a transaction rolled back."""
    accepted = []
    with pg_db.engine.connect() as connection:
        transaction = connection.begin()
        ids = _base(connection)
        for name in sorted(BAD_ROWS):
            savepoint = connection.begin_nested()
            try:
                connection.execute(BAD_ROWS[name](ids))
            except IntegrityError:
                savepoint.rollback()
            else:
                accepted.append(name)
                savepoint.rollback()
        transaction.rollback()
    assert accepted == []
