"""The demo clinic, and synthetic clinics for scale work.

``load_demo`` adds one practitioner, a handful of patients with realistic
safety flags, and for one of them a six-session course for sciatica and low
back pain: needles with retention times, EA lead pairs and pain scores before
and after each session.  It is idempotent: a second run adds nothing.

``load_synthetic`` builds N patients × M sessions × about 12 needles with bulk
inserts, for benchmarks; the audit trail gets one summary event per table and
batch instead of one per row.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import uuid as uuid_module

from sqlalchemy import insert, select

from charting.db.engine import Database
from charting.db.models import (
    Case,
    ClinicSetting,
    Consent,
    EAChannel,
    Modality,
    NeedleRecord,
    Outcome,
    Patient,
    Practitioner,
    TreatmentSession,
)
from charting.patients import search_key

DEMO_USERNAME = "demo"
DEMO_MARKER = "demo_loaded"

# Needle used throughout the demo: 0.25 × 40 mm stainless steel, single use.
_NEEDLE = {
    "gauge_mm": 0.25,
    "length_mm": 40.0,
    "manufacturer": "Hwato",
    "material": "stainless steel",
    "angle": "perpendicular",
    "technique": "even",
    "response_sought": "deqi",
}
# (code, side, depth mm, needle length mm) for the sciatica course; deep
# buttock points take a 75 mm needle.
_SCIATICA_POINTS = (
    ("BL23", "both", 25.0, 40.0),
    ("BL25", "both", 30.0, 40.0),
    ("GB30", "left", 55.0, 75.0),
    ("BL40", "left", 20.0, 40.0),
    ("BL57", "left", 25.0, 40.0),
    ("GB34", "left", 25.0, 40.0),
    ("BL60", "left", 12.0, 25.0),
    ("GV4", "midline", 15.0, 25.0),
)
_PATIENTS = (
    # chart, family, given, dob, sex, flags
    ("DEMO-0001", "Moreau", "Claire", dt.date(1979, 4, 12), "female", {}),
    (
        "DEMO-0002",
        "Okafor",
        "James",
        dt.date(1958, 9, 30),
        "male",
        {"flag_bleeding_risk": True, "other_flags": "warfarin"},
    ),
    ("DEMO-0003", "Lindqvist", "Anna", dt.date(1991, 1, 22), "female", {"flag_pregnant": True, "pregnancy_weeks": 24}),
    (
        "DEMO-0004",
        "Tanaka",
        "Hiroshi",
        dt.date(1947, 6, 3),
        "male",
        {"flag_implanted_device": True, "flag_diabetes": True},
    ),
    ("DEMO-0005", "García", "Lucía", dt.date(1985, 11, 17), "female", {"flag_epilepsy": True}),
    ("DEMO-0006", "Novak", "Petr", dt.date(1970, 2, 8), "male", {"flag_needle_fainting": True}),
)
# Back and leg pain (NRS 0-10) before and after each of the six sessions.
_PAIN = (
    ((7, 8), (5, 6)),
    ((6, 7), (4, 5)),
    ((6, 6), (4, 4)),
    ((5, 5), (3, 3)),
    ((4, 3), (2, 2)),
    ((3, 2), (2, 1)),
)
_ODI_SECTIONS = (
    (3, 2, 3, 3, 2, 3, 2, None, 2, 3),  # first session: one section unanswered
    (1, 1, 2, 1, 1, 1, 1, 1, 1, 1),
)


@dataclasses.dataclass(frozen=True)
class DemoResult:
    created: bool
    patients: int
    sessions: int
    needles: int


def load_demo(db: Database, *, now: dt.datetime | None = None) -> DemoResult:
    """Add the demo clinic once; a second call changes nothing."""
    from charting.scores import odi_percent
    from charting.sessions import resolve_point
    from charting.templates import ensure_builtin_templates

    now = now or dt.datetime.now(dt.UTC)
    ensure_builtin_templates(db)
    with db.unit(actor=DEMO_USERNAME) as s:
        if s.get(ClinicSetting, DEMO_MARKER) is not None:
            return DemoResult(False, 0, 0, 0)
        practitioner = s.scalar(select(Practitioner).where(Practitioner.username == DEMO_USERNAME))
        if practitioner is None:
            practitioner = Practitioner(
                username=DEMO_USERNAME,
                name="Dr Mei Lin Chen",
                credentials="L.Ac., MSc (Acupuncture)",
                licence_number="AC-2014-0457",
                qualification="MSc Acupuncture; licensed acupuncturist",
                affiliation="AcuChart Demo Clinic",
                years_in_practice=12,
                password_hash=_demo_password_hash(),
            )
            s.add(practitioner)
        for key, value in (
            ("clinic_name", "AcuChart Demo Clinic"),
            ("clinic_address", "12 Harbour Street, Suite 3\nSpringfield"),
        ):
            if s.get(ClinicSetting, key) is None:
                s.add(ClinicSetting(key=key, value=value))
        patients = []
        for chart, family, given, dob, sex, flags in _PATIENTS:
            patient = Patient(
                chart_number=chart,
                family_name=family,
                given_name=given,
                family_key=search_key(family),
                given_key=search_key(given),
                date_of_birth=dob,
                sex=sex,
                phone="555-01" + chart[-2:],
                **flags,
            )
            s.add(patient)
            patients.append(patient)
        s.flush()
        claire = patients[0]
        first_day = (now - dt.timedelta(days=6 * 4)).replace(hour=9, minute=0, second=0, microsecond=0)
        case = Case(
            patient=claire,
            chief_complaint="Low back pain radiating down the left leg to the calf, 5 weeks",
            onset_date=first_day.date() - dt.timedelta(days=35),
            icd10_code="M54.3",
            diagnosis_text="Sciatica, left",
            tcm_pattern="Qi and blood stagnation in the Bladder and Gallbladder channels",
            start_date=first_day.date(),
            goal="Walk 30 minutes and sit through a working day without leg pain",
            acupuncture_style="TCM",
            rationale="Local and distal points along the Bladder and Gallbladder channels that the sciatic "
            "pain follows; EA across the lumbar and buttock points for analgesia",
            rationale_references="Textbook point selection for sciatica; trial protocols of EA for sciatica",
            individualisation="semi-standardised",
            planned_sessions=6,
            sessions_per_week=1.5,
            session_minutes=45,
        )
        s.add(case)
        s.add(
            Consent(
                patient=claire,
                case_id=None,
                consented_on=first_day.date(),
                acupuncture=True,
                electroacupuncture=True,
                moxibustion=True,
                cupping=False,
                obtained_by_id=None,
            )
        )
        s.flush()
        needle_count = 0
        for index in range(6):
            start = first_day + dt.timedelta(days=index * 4 + (index % 2))
            session = TreatmentSession(
                patient=claire,
                case=case,
                practitioner=practitioner,
                started_at=start,
                ended_at=start + dt.timedelta(minutes=45),
                room="Room 2",
                subjective=(
                    "Back and left leg pain, worse sitting; sleeping better"
                    if index
                    else "Pain since lifting a box 5 weeks ago; shooting pain to left calf when sitting"
                ),
                tongue="Slightly purple, thin white coat",
                pulse="Wiry",
                plan="Continue EA twice weekly; walking programme" if index < 5 else "Review in 4 weeks",
                co_interventions="Advice: stay active, walk daily; McKenzie extension exercises",
                planned_retention_min=25,
            )
            s.add(session)
            s.flush()
            inserted = start + dt.timedelta(minutes=10)
            removed = inserted + dt.timedelta(minutes=25)
            seq = 0
            by_code: dict[tuple[str, str], NeedleRecord] = {}
            for code, side, depth, length in _SCIATICA_POINTS:
                for spec in resolve_point(code, side):
                    seq += 1
                    needle = NeedleRecord(
                        session=session,
                        seq=seq,
                        point_code=spec.point_code,
                        side=spec.side,
                        view=spec.view,
                        x=spec.x,
                        y=spec.y,
                        depth_mm=depth,
                        deqi=True,
                        response_obtained="deqi",
                        inserted_at=inserted,
                        removed_at=removed,
                        **{**_NEEDLE, "length_mm": length},
                    )
                    s.add(needle)
                    by_code[(spec.point_code, spec.side)] = needle
            needle_count += seq
            s.flush()
            for a, b in ((("BL25", "left"), ("GB30", "left")), (("BL40", "left"), ("BL57", "left"))):
                s.add(
                    EAChannel(
                        session=session,
                        needle_a_id=by_code[a].id,
                        needle_b_id=by_code[b].id,
                        device="ITO ES-160",
                        waveform="dense-disperse",
                        frequency_hz=2.0,
                        frequency_high_hz=100.0,
                        pulse_width_us=300.0,
                        intensity_ma=2.5 + index * 0.2,
                        intensity_descriptor="to tolerance",
                        intensity_note="to tolerance, no muscle twitch",
                        polarity="symmetric",
                        mode="dense-disperse",
                        started_at=inserted + dt.timedelta(minutes=1),
                        duration_min=20.0,
                    )
                )
            if index in (0, 3):
                s.add(Modality(session=session, kind="heat lamp", site="lumbar region", duration_min=20.0))
            (back_before, leg_before), (back_after, leg_after) = _PAIN[index]
            for measure, timing, value in (
                ("nrs_back", "before", back_before),
                ("nrs_leg", "before", leg_before),
                ("nrs_back", "after", back_after),
                ("nrs_leg", "after", leg_after),
            ):
                s.add(Outcome(session=session, measure=measure, timing=timing, value=float(value)))
            if index in (0, 5):
                sections = list(_ODI_SECTIONS[0 if index == 0 else 1])
                s.add(
                    Outcome(
                        session=session,
                        measure="odi",
                        timing="before",
                        value=odi_percent(sections),
                        section_scores=sections,
                    )
                )
                s.add(Outcome(session=session, measure="rmdq", timing="before", value=14.0 if index == 0 else 5.0))
            if index < 5:
                session.status = "signed"
                session.signed_at = start + dt.timedelta(minutes=50)
                session.signed_by = practitioner
        # A second patient with one short, unsigned session for today.
        today = TreatmentSession(
            patient=patients[1],
            practitioner=practitioner,
            started_at=now - dt.timedelta(minutes=5),
            subjective="Chronic low back pain, stiff in the morning",
            planned_retention_min=20,
        )
        s.add(today)
        s.add(ClinicSetting(key=DEMO_MARKER, value=now.isoformat()))
        s.flush()
        return DemoResult(True, len(patients), 7, needle_count)


def _demo_password_hash() -> str | None:
    try:
        from charting.accounts import hash_password
    except ImportError:  # accounts not available: the demo account has no password yet
        return None
    return hash_password(DEMO_USERNAME)


_FAMILY = [
    "Smith",
    "Jones",
    "Brown",
    "Taylor",
    "Wilson",
    "Davies",
    "Evans",
    "Thomas",
    "Johnson",
    "Roberts",
    "Walker",
    "Wright",
    "Robinson",
    "Thompson",
    "White",
    "Hughes",
    "Edwards",
    "Green",
    "Hall",
    "Wood",
    "Harris",
    "Lewis",
    "Martin",
    "Jackson",
    "Clarke",
    "Clark",
    "Turner",
    "Hill",
    "Scott",
    "Cooper",
    "Morris",
    "Ward",
    "Moore",
    "King",
    "Watson",
    "Baker",
    "Harrison",
    "Morgan",
    "Patel",
    "Young",
    "Allen",
    "Mitchell",
    "James",
    "Anderson",
    "Phillips",
    "Lee",
    "Bell",
    "Parker",
    "Davis",
    "Chen",
    "Wang",
    "Li",
    "Zhang",
    "Liu",
    "Kim",
    "Park",
    "Nguyen",
    "Tran",
    "Garcia",
    "Martinez",
    "Rodriguez",
    "Lopez",
    "Muller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Rossi",
    "Russo",
    "Ferrari",
    "Esposito",
    "Bianchi",
    "Romano",
    "Colombo",
    "Ricci",
    "Marino",
    "Greco",
    "Dubois",
    "Durand",
    "Lefebvre",
    "Leroy",
    "Moreau",
]
_GIVEN = [
    "Oliver",
    "George",
    "Harry",
    "Jack",
    "Jacob",
    "Noah",
    "Charlie",
    "Thomas",
    "Oscar",
    "William",
    "James",
    "Henry",
    "Leo",
    "Alfie",
    "Joshua",
    "Olivia",
    "Amelia",
    "Isla",
    "Ava",
    "Emily",
    "Sophia",
    "Grace",
    "Lily",
    "Mia",
    "Ella",
    "Rosie",
    "Evie",
    "Chloe",
    "Ruby",
    "Sofia",
    "Mei",
    "Wei",
    "Hana",
    "Yuki",
    "Min",
    "Jun",
    "Ji",
    "Lucas",
    "Hugo",
    "Louis",
    "Emma",
    "Lea",
    "Anna",
    "Marta",
    "Elena",
    "Sara",
    "Paolo",
    "Marco",
    "Luca",
]
_SYNTH_POINTS = (
    ("BL23", "left"),
    ("BL23", "right"),
    ("BL25", "left"),
    ("BL25", "right"),
    ("GB30", "left"),
    ("BL40", "left"),
    ("BL40", "right"),
    ("BL57", "left"),
    ("GB34", "left"),
    ("BL60", "left"),
    ("GV4", "midline"),
    ("ST36", "right"),
    ("KI3", "left"),
    ("LR3", "right"),
)


def load_synthetic(
    db: Database, patients: int, sessions_per_patient: int, *, needles_per_session: int = 12, seed: int = 1
) -> DemoResult:
    """Bulk-insert a synthetic clinic of ``patients`` × ``sessions_per_patient`` sessions."""
    from charting.sessions import resolve_point

    if patients < 0 or sessions_per_patient < 0:
        raise ValueError("counts must not be negative")
    rng = random.Random(seed)
    positions = []
    for code, side in _SYNTH_POINTS:
        spec = resolve_point(code, side)[0]
        positions.append((spec.point_code, spec.side, spec.view, spec.x, spec.y))
    now = dt.datetime.now(dt.UTC)
    with db.unit(actor="synthetic") as s:
        practitioner = s.scalar(select(Practitioner).where(Practitioner.username == "synthetic"))
        if practitioner is None:
            practitioner = Practitioner(username="synthetic", name="Synthetic Practitioner", credentials="L.Ac.")
            s.add(practitioner)
            s.flush()
        practitioner_id = practitioner.id
        start_id = (s.scalar(select(Patient.id).order_by(Patient.id.desc()).limit(1)) or 0) + 1
        session_start = (s.scalar(select(TreatmentSession.id).order_by(TreatmentSession.id.desc()).limit(1)) or 0) + 1
        needle_start = (s.scalar(select(NeedleRecord.id).order_by(NeedleRecord.id.desc()).limit(1)) or 0) + 1
    batch = 2000
    session_id = session_start
    needle_id = needle_start
    total_needles = 0
    for first in range(0, patients, batch):
        patient_rows, session_rows, needle_rows, outcome_rows = [], [], [], []
        for offset in range(first, min(first + batch, patients)):
            pid = start_id + offset
            family, given = rng.choice(_FAMILY), rng.choice(_GIVEN)
            patient_rows.append(
                {
                    "id": pid,
                    "uuid": uuid_module.uuid4(),
                    "chart_number": f"SYN-{pid:07d}",
                    "family_name": family,
                    "given_name": given,
                    "family_key": family.casefold(),
                    "given_key": given.casefold(),
                    "date_of_birth": dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 65)),
                    "sex": rng.choice(("female", "male")),
                    "flag_bleeding_risk": rng.random() < 0.05,
                    "flag_diabetes": rng.random() < 0.08,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            for k in range(sessions_per_patient):
                started = now - dt.timedelta(days=7 * (sessions_per_patient - k), minutes=rng.randrange(600))
                session_rows.append(
                    {
                        "id": session_id,
                        "uuid": uuid_module.uuid4(),
                        "patient_id": pid,
                        "practitioner_id": practitioner_id,
                        "started_at": started,
                        "ended_at": started + dt.timedelta(minutes=40),
                        "planned_retention_min": 20,
                        "status": "signed",
                        "signed_at": started + dt.timedelta(minutes=45),
                        "signed_by_id": practitioner_id,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                inserted = started + dt.timedelta(minutes=8)
                chosen = rng.sample(positions, min(needles_per_session, len(positions)))
                for seq, (code, side, view, x, y) in enumerate(chosen, start=1):
                    needle_rows.append(
                        {
                            "id": needle_id,
                            "uuid": uuid_module.uuid4(),
                            "session_id": session_id,
                            "seq": seq,
                            "point_code": code,
                            "side": side,
                            "view": view,
                            "x": x,
                            "y": y,
                            "gauge_mm": 0.25,
                            "length_mm": 40.0,
                            "depth_mm": 20.0,
                            "inserted_at": inserted,
                            "removed_at": inserted + dt.timedelta(minutes=20),
                        }
                    )
                    needle_id += 1
                for timing, value in (("before", rng.randint(3, 9)), ("after", rng.randint(0, 6))):
                    outcome_rows.append(
                        {
                            "uuid": uuid_module.uuid4(),
                            "session_id": session_id,
                            "measure": "nrs_back",
                            "timing": timing,
                            "value": float(value),
                        }
                    )
                session_id += 1
        total_needles += len(needle_rows)
        with db.unit(actor="synthetic") as s:
            from charting.audit import record_bulk

            s.execute(insert(Patient), patient_rows)
            for entity, rows in (
                ("patient", patient_rows),
                ("session", session_rows),
                ("needle", needle_rows),
                ("outcome", outcome_rows),
            ):
                if rows:
                    record_bulk(s, entity, len(rows), "synthetic", note="load_synthetic batch")
            if session_rows:
                s.execute(insert(TreatmentSession), session_rows)
            if needle_rows:
                s.execute(insert(NeedleRecord), needle_rows)
            if outcome_rows:
                s.execute(insert(Outcome), outcome_rows)
    return DemoResult(True, patients, patients * sessions_per_patient, total_needles)
