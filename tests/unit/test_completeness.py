"""The STRICTA completeness check: nothing missing when all is charted, each gap named."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from charting import patients, practitioners, records, sessions
from charting.cli import main
from charting.completeness import check_session
from charting.errors import NotFound

NEEDLE = {
    "gauge_mm": 0.25,
    "length_mm": 40.0,
    "depth_mm": 20.0,
    "technique": "even",
    "response_sought": "deqi",
    "response_obtained": "deqi",
    "manufacturer": "Hwato",
    "material": "stainless steel",
}
CHANNEL = {
    "device": "ITO ES-160",
    "frequency_hz": 2.0,
    "pulse_width_us": 300.0,
    "intensity_ma": 3.0,
    "polarity": "symmetric",
}


@pytest.fixture
def charted(db):
    """A session charted with every field filled."""
    p = practitioners.create_practitioner(
        db, "mlchen", name="Mei Lin Chen", qualification="MSc Acupuncture", affiliation="BAcC", years_in_practice=12
    )
    patient = patients.create_patient(db, family_name="Moreau", given_name="Claire")
    start = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    case = patients.create_case(
        db,
        patient.id,
        chief_complaint="Sciatica",
        start_date=start.date(),
        acupuncture_style="TCM",
        rationale="Local and distal points along the painful channels",
        rationale_references="Trial protocols of EA for sciatica",
        individualisation="semi-standardised",
        planned_sessions=6,
        sessions_per_week=2,
        session_minutes=45,
    )
    records.add_consent(db, patient.id, consented_on=start.date(), electroacupuncture=True, obtained_by_id=p.id)
    session = sessions.create_session(
        db, patient.id, case_id=case.id, practitioner_id=p.id, started_at=start, co_interventions="Advice: keep walking"
    )
    specs = [
        sessions.NeedleSpec(point_code=code, side="left", view="back", x=0.45, y=y, settings=NEEDLE)
        for code, y in (("BL25", 0.45), ("GB30", 0.5), ("BL40", 0.7))
    ]
    a, b, _ = sessions.add_needles(db, session.id, specs)
    sessions.add_channel(db, session.id, a.id, b.id, **CHANNEL)
    sessions.insert_needles(db, session.id, at=start + dt.timedelta(minutes=5))
    sessions.remove_needles(db, session.id, at=start + dt.timedelta(minutes=25))
    return db, session.id, case.id, p.id, a.id


def _fields(db, session_id):
    return [m.field for m in check_session(db, session_id)]


def test_fully_charted_session_lacks_nothing(charted):
    db, session_id, *_ = charted
    assert check_session(db, session_id) == []


CASE_GAPS = [
    ("acupuncture_style", None, "STRICTA 1a", "case.acupuncture_style"),
    ("rationale", "", "STRICTA 1b", "case.rationale"),
    ("rationale_references", "", "STRICTA 1b", "case.rationale_references"),
    ("individualisation", None, "STRICTA 1c", "case.individualisation"),
    ("planned_sessions", None, "STRICTA 3a", "case.planned_sessions"),
    ("sessions_per_week", None, "STRICTA 3b", "case.sessions_per_week"),
    ("session_minutes", None, "STRICTA 3b", "case.session_minutes"),
]


@pytest.mark.parametrize(("field", "blank", "item", "key"), CASE_GAPS)
def test_each_case_gap_is_reported_alone(charted, field, blank, item, key):
    db, session_id, case_id, *_ = charted
    patients.update_case(db, case_id, **{field: blank})
    (missing,) = check_session(db, session_id)
    assert (missing.item, missing.field) == (item, key)


NEEDLE_GAPS = [
    ({"depth_mm": None}, "STRICTA 2c", "needle.depth_mm"),
    ({"response_sought": None}, "STRICTA 2d", "needle.response_sought"),
    ({"response_obtained": None}, "STRICTA 2d", "needle.response_obtained"),
    ({"gauge_mm": None}, "STRICTA 2g", "needle.gauge_mm"),
    ({"length_mm": None}, "STRICTA 2g", "needle.length_mm"),
    ({"manufacturer": ""}, "STRICTA 2g", "needle.manufacturer"),
    ({"material": ""}, "STRICTA 2g", "needle.material"),
]


@pytest.mark.parametrize(("change", "item", "key"), NEEDLE_GAPS)
def test_each_needle_gap_is_reported_alone(charted, change, item, key):
    db, session_id, _, _, needle_id = charted
    sessions.update_needle(db, needle_id, **change)
    (missing,) = check_session(db, session_id)
    assert (missing.item, missing.field) == (item, key)
    assert "BL25 L" in missing.message


def test_depth_as_tissue_level_counts(charted):
    db, session_id, _, _, needle_id = charted
    sessions.update_needle(db, needle_id, depth_mm=None, depth_level="muscle")
    assert check_session(db, session_id) == []


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ({"device": ""}, "channel.device"),
        ({"frequency_hz": None}, "channel.frequency_hz"),
        ({"pulse_width_us": None}, "channel.pulse_width_us"),
        ({"intensity_ma": None}, "channel.intensity_ma"),
        ({"polarity": None}, "channel.polarity"),
    ],
)
def test_each_ea_gap_is_reported_alone(charted, change, key):
    db, session_id, *_ = charted
    channel = sessions.get_session(db, session_id).channels[0]
    sessions.update_channel(db, channel.id, **change)
    (missing,) = check_session(db, session_id)
    assert (missing.item, missing.field) == ("STRICTA 2e", key)


def test_manual_technique_needed_off_the_lead_pairs(charted):
    db, session_id, *_ = charted
    detail = sessions.get_session(db, session_id)
    off_pair = detail.needles[2]
    sessions.update_needle(db, off_pair.id, technique=None)
    assert _fields(db, session_id) == ["needle.technique"]
    on_pair = detail.needles[0]
    sessions.update_needle(db, off_pair.id, technique="even")
    sessions.update_needle(db, on_pair.id, technique=None)
    assert _fields(db, session_id) == []  # electrical stimulation is its stimulation


def test_removal_time_missing(charted):
    db, session_id, *_ = charted
    detail = sessions.get_session(db, session_id)
    (new,) = sessions.add_needles(
        db,
        session_id,
        [sessions.NeedleSpec(point_code="BL57", side="left", view="back", x=0.45, y=0.8, settings=NEEDLE)],
    )
    assert _fields(db, session_id) == ["needle.inserted_at"]
    sessions.insert_needles(db, session_id, [new.id], at=detail.started_at + dt.timedelta(minutes=6))
    assert _fields(db, session_id) == ["needle.removed_at"]


def test_no_needles_no_case_no_co_interventions(db):
    p = practitioners.create_practitioner(db, "x", name="X", qualification="Q", affiliation="A", years_in_practice=1)
    patient = patients.create_patient(db, family_name="Okafor")
    session = sessions.create_session(db, patient.id, practitioner_id=p.id)
    assert _fields(db, session.id) == ["session.case_id", "session.needles", "session.co_interventions", "consent"]


def test_modalities_count_as_co_interventions(charted):
    db, session_id, *_ = charted
    sessions.update_session(db, session_id, co_interventions="")
    assert _fields(db, session_id) == ["session.co_interventions"]
    sessions.add_modality(db, session_id, "exercise", notes="McKenzie extensions")
    assert _fields(db, session_id) == []


def test_withdrawn_consent_and_practitioner_background(charted):
    db, session_id, _, p_id, _ = charted
    detail = sessions.get_session(db, session_id)
    (consent,) = records.list_consents(db, detail.patient.id)
    records.withdraw_consent(db, consent.id, detail.started_at.date())
    practitioners.update_practitioner(db, p_id, qualification="", affiliation="", years_in_practice=None)
    assert [(m.item, m.field) for m in check_session(db, session_id)] == [
        ("STRICTA 4b", "consent"),
        ("STRICTA 5", "practitioner.qualification"),
        ("STRICTA 5", "practitioner.affiliation"),
        ("STRICTA 5", "practitioner.years_in_practice"),
    ]


def test_unknown_session(db):
    with pytest.raises(NotFound):
        check_session(db, 999)


def test_cli_check_plain_and_json(charted, db_path, capsys):
    db, session_id, case_id, *_ = charted
    assert main(["--db", db_path, "sessions", "check", str(session_id)]) == 0
    assert capsys.readouterr().out == "complete: nothing missing\n"
    patients.update_case(db, case_id, acupuncture_style=None)
    assert main(["--db", db_path, "sessions", "check", str(session_id)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and lines[0].startswith("STRICTA 1a  case.acupuncture_style  ")
    assert main(["--db", db_path, "sessions", "check", str(session_id), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {
            "item": "STRICTA 1a",
            "field": "case.acupuncture_style",
            "message": "style of acupuncture not recorded for the course",
        }
    ]


def test_cli_check_unknown_session_is_one_line(db_path, db, capsys):
    assert main(["--db", db_path, "sessions", "check", "42"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "session 42 does not exist" in err


def test_demo_course_is_complete(demo_db):
    from charting.sessions import list_sessions

    course = [s for s in list_sessions(demo_db) if s.chart_number == "DEMO-0001"]
    assert len(course) == 6
    for session in course:
        assert check_session(demo_db, session.id) == [], session.id
