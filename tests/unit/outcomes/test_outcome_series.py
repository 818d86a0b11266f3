"""The course series (chart and course PDF) and the per-session overview."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers_outcomes import T0, make_case

from charting.errors import NotFound
from charting.outcomes import course_overview, course_series, set_odi, set_outcome, set_psfs
from charting.sessions import NeedleSpec, add_channel, add_needles


def _local(day: dt.datetime) -> dt.date:
    return day.astimezone().date()


def test_series_per_measure_label_and_timing(db):
    case_id, sids = make_case(db, 3)
    for i, sid in enumerate(sids):
        set_outcome(db, sid, "nrs_back", "before", 7 - i)
        set_outcome(db, sid, "nrs_back", "after", 5 - i)
    set_odi(db, sids[0], "before", [3, 2, 3, 3, 2, 3, 2, None, 2, 3])
    set_odi(db, sids[2], "before", [1] * 10)
    series = course_series(db, case_id)
    keys = [(s.measure, s.label, s.timing) for s in series]
    assert keys == [("nrs_back", "", "before"), ("nrs_back", "", "after"), ("odi", "", "before")]
    back_before = series[0]
    assert [(p.session_number, p.value) for p in back_before.points] == [(1, 7.0), (2, 6.0), (3, 5.0)]
    assert [p.session_id for p in back_before.points] == sids
    assert back_before.points[1].date == _local(T0 + dt.timedelta(days=3))
    assert (back_before.unit, back_before.scale_max, back_before.mcic) == ("", 10.0, 2.0)
    odi = series[2]
    assert [(p.session_number, p.value) for p in odi.points] == [(1, 51.1), (3, 20.0)]
    assert (odi.unit, odi.scale_max, odi.mcic) == ("%", 100.0, 10.0)


def test_psfs_series_per_activity_and_mean(db):
    case_id, sids = make_case(db, 2)
    set_psfs(db, sids[0], "before", [("Walking", 2), ("Sitting", 5)])
    set_psfs(db, sids[1], "before", [("walking", 6), ("Sitting", 7)])
    series = {(s.measure, s.label.casefold(), s.timing): s for s in course_series(db, case_id)}
    mean = series[("psfs", "", "before")]
    assert [p.value for p in mean.points] == [3.5, 6.5]
    assert mean.mcic == 2.0 and mean.title == "PSFS (before)"
    walking = series[("psfs", "walking", "before")]
    assert [p.value for p in walking.points] == [2.0, 6.0]


def test_free_measure_scale_grows_with_values(db):
    case_id, sids = make_case(db, 2)
    set_outcome(db, sids[0], "free", "before", 23, label="Grip kg")
    set_outcome(db, sids[1], "free", "before", 31, label="Grip kg")
    (grip,) = course_series(db, case_id)
    assert grip.title == "Grip kg (before)"
    assert grip.scale_max == 40.0 and grip.mcic is None


def test_session_numbers_count_sessions_without_values(db):
    case_id, sids = make_case(db, 3)
    set_outcome(db, sids[2], "rmdq", "before", 9)
    (rmdq,) = course_series(db, case_id)
    assert [(p.session_number, p.session_id) for p in rmdq.points] == [(3, sids[2])]


def test_series_json_shape(db):
    case_id, sids = make_case(db, 1)
    set_outcome(db, sids[0], "slr_left", "after", 55)
    (slr,) = course_series(db, case_id)
    data = slr.to_json()
    assert data["measure"] == "slr_left" and data["unit"] == "°" and data["mcic"] is None
    assert data["points"][0]["value"] == 55.0
    assert data["points"][0]["date"] == _local(T0).isoformat()


def test_unknown_case(db):
    with pytest.raises(NotFound):
        course_series(db, 999)
    with pytest.raises(NotFound):
        course_overview(db, 999)


def test_overview_lists_points_ea_and_needles(db):
    case_id, sids = make_case(db, 2)
    needles = add_needles(
        db,
        sids[0],
        [
            NeedleSpec(point_code="BL23", side="left", x=0.45, y=0.5),
            NeedleSpec(point_code="BL23", side="right", x=0.55, y=0.5),
            NeedleSpec(point_code="GB30", side="left", x=0.4, y=0.6),
            NeedleSpec(ashi_label="tender", side="left", x=0.4, y=0.55),
        ],
    )
    add_channel(db, sids[0], needles[0].id, needles[2].id, frequency_hz=2)
    add_needles(db, sids[1], [NeedleSpec(point_code="KI3", side="left", view="foot")])
    first, second = course_overview(db, case_id)
    assert (first.number, first.point_codes, first.ea, first.needle_count, first.ashi_count) == (
        1,
        ("BL23", "GB30"),
        True,
        4,
        1,
    )
    assert (second.number, second.point_codes, second.ea, second.needle_count) == (2, ("KI3",), False, 1)
    assert second.date == _local(T0 + dt.timedelta(days=3))


def test_course_series_on_the_demo_case(demo_db):
    series = {(s.measure, s.label, s.timing): s for s in course_series(demo_db, 1)}
    for key in [
        ("nrs_back", "", "before"),
        ("nrs_back", "", "after"),
        ("nrs_leg", "", "before"),
        ("nrs_leg", "", "after"),
    ]:
        points = series[key].points
        assert [p.session_number for p in points] == [1, 2, 3, 4, 5, 6]
        # the demo course shows pain falling by more than the MCIC
        assert points[0].value - points[-1].value >= series[key].mcic
    odi = series[("odi", "", "before")]
    rmdq = series[("rmdq", "", "before")]
    assert [p.session_number for p in odi.points] == [1, 6]
    assert [p.session_number for p in rmdq.points] == [1, 6]
    assert odi.points[0].value > odi.points[1].value
    assert rmdq.points[0].value == 14.0 and rmdq.points[1].value == 5.0
    columns = course_overview(demo_db, 1)
    assert len(columns) == 6
    assert all(c.ea and c.needle_count > 0 and c.point_codes for c in columns)
