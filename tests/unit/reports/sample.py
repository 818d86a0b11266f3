"""Report data built in memory (no database): a sciatica course like the demo clinic's."""

from __future__ import annotations

import datetime as dt

from charting.clinic_settings import ClinicSettings
from charting.outcomes import MEASURES, Series, SeriesPoint
from charting.patients import CaseInfo, PatientDetail
from charting.practitioners import PractitionerInfo
from charting.reports.data import CourseReportData, PointName, SessionReportData
from charting.sessions import (
    AcknowledgementInfo,
    AddendumInfo,
    AdverseEventInfo,
    ChannelInfo,
    ModalityInfo,
    NeedleInfo,
    OutcomeInfo,
    SessionDetail,
)

# code, pinyin, hanzi, english, side(s), view, x (patient's right), y, depth, length
POINTS = (
    ("BL23", "Shènshù", "肾俞", "Kidney Shu", ("left", "right"), "back", 0.5419, 0.3932, 25.0, 40.0),
    ("BL25", "Dàchángshù", "大肠俞", "Large Intestine Shu", ("left", "right"), "back", 0.5419, 0.4324, 30.0, 40.0),
    ("GB30", "Huántiào", "环跳", "Jumping Round", ("left",), "back", 0.6319, 0.5022, 55.0, 75.0),
    ("BL40", "Wěizhōng", "委中", "Bend Middle", ("left",), "back", 0.6095, 0.7062, 20.0, 40.0),
    ("BL57", "Chéngshān", "承山", "Mountain Support", ("left",), "back", 0.6121, 0.8096, 25.0, 40.0),
    ("GB34", "Yánglíngquán", "阳陵泉", "Yang Mound Spring", ("left",), "back", 0.6631, 0.7366, 25.0, 40.0),
    ("BL60", "Kūnlún", "昆仑", "Kunlun Mountains", ("left",), "side", 0.3675, 0.9398, 12.0, 25.0),
    ("GV4", "Mìngmén", "命门", "Life Gate", ("midline",), "back", 0.5, 0.3932, 15.0, 25.0),
)
NAMES = {code: PointName(code, pinyin, hanzi, english) for code, pinyin, hanzi, english, *_ in POINTS}
PAIN = (((7, 8), (5, 6)), ((6, 7), (4, 5)), ((6, 6), (4, 4)), ((5, 5), (3, 3)), ((4, 3), (2, 2)), ((3, 2), (2, 1)))

CLINIC = ClinicSettings(clinic_name="Harbour Acupuncture", clinic_address="12 Harbour Street, Suite 3\nSpringfield")
PRACTITIONER = PractitionerInfo(1, "p-uuid", "demo", "Dr Mei Lin Chen", "L.Ac., MSc (Acupuncture)", "AC-2014-0457",
                                "MSc Acupuncture", "Harbour Acupuncture", 12)
PATIENT = PatientDetail(
    id=1, uuid="pa-uuid", version=1, chart_number="DEMO-0001", family_name="Moreau", given_name="Claire",
    date_of_birth=dt.date(1979, 4, 12), sex="female", phone="", email="", address="", flag_implanted_device=False,
    flag_pregnant=False, pregnancy_weeks=None, flag_bleeding_risk=False, flag_epilepsy=False, flag_metal_allergy=False,
    flag_needle_fainting=False, flag_diabetes=False, other_flags="",
)
CASE = CaseInfo(
    id=1, uuid="c-uuid", patient_id=1, chief_complaint="Low back pain radiating down the left leg to the calf",
    onset_date=dt.date(2026, 9, 1), icd10_code="M54.3", diagnosis_text="Sciatica, left",
    tcm_pattern="Qi and blood stagnation in the Bladder and Gallbladder channels", start_date=dt.date(2026, 10, 6),
    end_date=None, goal="Walk 30 minutes without leg pain", acupuncture_style="TCM",
    rationale="Local and distal points along the Bladder and Gallbladder channels", rationale_references="",
    individualisation="semi-standardised", planned_sessions=6, sessions_per_week=1.5, session_minutes=45,
)


def session(index: int = 0, *, signed: bool = True, channels: bool = True, sessions: int = 6) -> SessionDetail:
    start = dt.datetime(2026, 10, 6, 8, 0, tzinfo=dt.UTC) + dt.timedelta(days=4 * index)
    inserted, removed = start + dt.timedelta(minutes=10), start + dt.timedelta(minutes=35)
    needles = []
    seq = 0
    for code, _p, _h, _e, sides, view, x, y, depth, length in POINTS:
        for side in sides:
            seq += 1
            needles.append(NeedleInfo(
                id=index * 100 + seq, uuid=f"n{seq}", session_id=index + 1, seq=seq, point_code=code, ashi_label=None,
                side=side, view=view, x=(1 - x) if side == "left" and view == "back" else x, y=y, gauge_mm=0.25,
                length_mm=length, depth_mm=depth, depth_level="", angle="perpendicular", technique="even", deqi=True,
                response_sought="deqi", response_obtained="deqi", manufacturer="Hwato", material="stainless steel",
                lot_number="L2291", inserted_at=inserted, removed_at=removed, notes="",
            ))
    by_code = {(n.point_code, n.side): n for n in needles}
    chans = []
    if channels:
        for number, (a, b) in enumerate(((("BL25", "left"), ("GB30", "left")), (("BL40", "left"), ("BL57", "left")))):
            chans.append(ChannelInfo(
                id=index * 10 + number, uuid=f"c{number}", session_id=index + 1, needle_a_id=by_code[a].id,
                needle_b_id=by_code[b].id, device="ITO ES-160", waveform="dense-disperse", frequency_hz=2.0,
                frequency_high_hz=100.0, pulse_width_us=300.0, intensity_ma=round(2.5 + index * 0.2, 1),
                intensity_note="no muscle twitch", intensity_descriptor="to tolerance", polarity="symmetric",
                mode="dense-disperse", started_at=inserted + dt.timedelta(minutes=1), duration_min=20.0,
            ))
    (back_b, leg_b), (back_a, leg_a) = PAIN[index % len(PAIN)]
    outcomes = [
        OutcomeInfo(1, "o1", "nrs_back", "", "before", float(back_b), None),
        OutcomeInfo(2, "o2", "nrs_leg", "", "before", float(leg_b), None),
        OutcomeInfo(3, "o3", "nrs_back", "", "after", float(back_a), None),
        OutcomeInfo(4, "o4", "nrs_leg", "", "after", float(leg_a), None),
    ]
    if index in (0, sessions - 1):
        outcomes += [OutcomeInfo(5, "o5", "odi", "", "before", 48.9 if index == 0 else 22.0, None),
                     OutcomeInfo(6, "o6", "rmdq", "", "before", 14.0 if index == 0 else 5.0, None)]
    return SessionDetail(
        id=index + 1, uuid=f"s{index}", version=1, patient=PATIENT, case=CASE, practitioner=PRACTITIONER,
        started_at=start, ended_at=start + dt.timedelta(minutes=45), room="Room 2",
        subjective="Shooting pain to left calf when sitting", tongue="Slightly purple, thin white coat", pulse="Wiry",
        plan="Continue EA twice weekly; walking programme", notes="", co_interventions="Advice: walk daily",
        planned_retention_min=25, ended_with_needles_in=False, status="signed" if signed else "draft",
        signed_at=start + dt.timedelta(minutes=50) if signed else None, signed_by=PRACTITIONER if signed else None,
        needles=tuple(needles), channels=tuple(chans),
        modalities=(ModalityInfo(1, "m1", "heat lamp", "lumbar region", 20.0, ""),) if index in (0, 3) else (),
        outcomes=tuple(outcomes),
        adverse_events=(AdverseEventInfo(1, "a1", "haematoma", "mild", inserted, "pressure 1 min", "resolved",
                                         "at BL40 left"),) if index == 1 else (),
        acknowledgements=(AcknowledgementInfo(1, "k1", "ea.across_spine", "c0", "EA lead pair close to the spine",
                                              "both electrodes on the left side", "Dr Mei Lin Chen", inserted),)
        if index == 0 else (),
        addenda=(AddendumInfo(1, "ad1", "Dr Mei Lin Chen", start + dt.timedelta(days=1),
                              "Patient phoned: calf pain eased the next morning."),) if index == 0 and signed else (),
    )


def session_data(index: int = 0, *, signed: bool = True, clinic: ClinicSettings = CLINIC, number: int | None = 1,
                 of: int | None = 6, missing: tuple[str, ...] = ()) -> SessionReportData:
    return SessionReportData(session=session(index, signed=signed), clinic=clinic, points=NAMES, number=number,
                             of=of, missing=missing, generated_at=dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.UTC))


def series(sessions: list[SessionDetail]) -> tuple[Series, ...]:
    found: dict[tuple[str, str], list[SeriesPoint]] = {}
    for number, s in enumerate(sessions, start=1):
        for o in s.outcomes:
            found.setdefault((o.measure, o.timing), []).append(
                SeriesPoint(s.id, number, s.started_at.date(), o.value))
    order = list(MEASURES)
    return tuple(
        Series(measure, "", timing, MEASURES[measure].unit, float(MEASURES[measure].max), MEASURES[measure].mcic,
               tuple(points))
        for (measure, timing), points in sorted(
            found.items(), key=lambda kv: (order.index(kv[0][0]), kv[0][1] != "before")
        )
    )


def course_data(count: int = 6, *, clinic: ClinicSettings = CLINIC) -> CourseReportData:
    sessions = [session(i, signed=i < count - 1, sessions=count) for i in range(count)]
    items = tuple(
        SessionReportData(session=s, clinic=clinic, points=NAMES, number=i, of=count,
                          generated_at=dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.UTC))
        for i, s in enumerate(sessions, start=1)
    )
    return CourseReportData(case=CASE, patient=PATIENT, clinic=clinic, sessions=items, series=series(sessions),
                            generated_at=dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.UTC))
