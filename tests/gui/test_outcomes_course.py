"""The trend chart (probed by pixels) and the course view of a case."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage

from charting.outcomes import course_overview, course_series, set_odi, set_outcome
from charting.patients import create_case, create_patient
from charting.practitioners import create_practitioner
from charting.sessions import NeedleSpec, add_channel, add_needles, create_session
from ui.outcomes.course_view import QtCourseTableModel, QtCourseView
from ui.outcomes.trend_chart import QtTrendChart

# (back, leg) before, (back, leg) after, per session
PAIN = [((7, 8), (5, 6)), ((6, 7), (4, 5)), ((6, 6), (4, 4)), ((5, 5), (3, 3)), ((4, 3), (2, 2)), ((3, 2), (2, 1))]


def course_case(db):
    """Six sessions: needles (EA in all but #3), NRS back/leg before/after, ODI and RMDQ at #1 and #6."""
    create_practitioner(db, "doc", name="Dr Test")
    patient = create_patient(db, family_name="Example", given_name="Claire")
    case = create_case(db, patient.id, chief_complaint="Sciatica, left", start_date=dt.date(2026, 3, 2))
    start = dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC)
    ids = []
    for i, ((bb, lb), (ba, la)) in enumerate(PAIN):
        session = create_session(db, patient.id, case_id=case.id, started_at=start + dt.timedelta(days=4 * i))
        ids.append(session.id)
        specs = [
            NeedleSpec(point_code=code, side=side, x=0.45, y=0.5)
            for code in ("BL23", "BL25", "GB30", "BL40", "BL57")
            for side in ("left", "right")
        ]
        needles = add_needles(db, session.id, specs[: 8 + i % 3])
        if i != 2:
            add_channel(db, session.id, needles[2].id, needles[4].id, frequency_hz=2)
        set_outcome(db, session.id, "nrs_back", "before", bb)
        set_outcome(db, session.id, "nrs_leg", "before", lb)
        set_outcome(db, session.id, "nrs_back", "after", ba)
        set_outcome(db, session.id, "nrs_leg", "after", la)
    set_odi(db, ids[0], "before", [3, 3, 2, 3, 3, 2, 2, None, 3, 3])
    set_odi(db, ids[5], "before", [1, 1, 1, 1, 2, 1, 1, None, 1, 1])
    set_outcome(db, ids[0], "rmdq", "before", 14)
    set_outcome(db, ids[5], "rmdq", "before", 5)
    return case.id, ids


def _close(a: QColor, b: QColor, tolerance: int) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= tolerance


def colour_near(image: QImage, point: QPointF, colour: QColor, *, radius: int = 2, tolerance: int = 40) -> bool:
    """True when a pixel within ``radius`` of ``point`` has ``colour`` (scaled for the device pixel ratio)."""
    ratio = image.devicePixelRatio()
    cx, cy = round(point.x() * ratio), round(point.y() * ratio)
    r = round(radius * ratio)
    for x in range(cx - r, cx + r + 1):
        for y in range(cy - r, cy + r + 1):
            if 0 <= x < image.width() and 0 <= y < image.height() and _close(image.pixelColor(x, y), colour, tolerance):
                return True
    return False


def _blend(colour: QColor, alpha: int) -> QColor:
    a = alpha / 255
    return QColor(*(round(255 * (1 - a) + c * a) for c in (colour.red(), colour.green(), colour.blue())))


@pytest.fixture
def chart(qtbot, db):
    case_id, _ = course_case(db)
    widget = QtTrendChart()
    qtbot.addWidget(widget)
    widget.set_data(course_series(db, case_id), course_overview(db, case_id))
    widget.resize(820, widget.sizeHint().height())
    return widget


def _series(chart, measure, timing):
    return next(s for s in chart.series if s.measure == measure and s.timing == timing and not s.label)


def test_series_colour_at_first_and_last_points(chart):
    image = chart.grab().toImage()
    for measure in ("nrs_back", "nrs_leg", "odi", "rmdq"):
        one = _series(chart, measure, "before")
        colour = chart.colour(one)
        first, last = one.points[0].session_number, one.points[-1].session_number
        assert colour_near(image, chart.point_position(one, first), colour), (measure, "first")
        assert colour_near(image, chart.point_position(one, last), colour), (measure, "last")


def test_points_sit_where_the_values_are(chart):
    back = _series(chart, "nrs_back", "before")
    p1, p6 = chart.point_position(back, 1), chart.point_position(back, 6)
    assert p6.x() > p1.x()
    assert p6.y() > p1.y()  # 3 is drawn lower than 7
    leg = _series(chart, "nrs_leg", "before")
    assert chart.point_position(leg, 1).y() < p1.y()  # 8 above 7 in the same panel
    # columns line up with the treatment strip beneath
    strip = chart.strip_rect()
    assert strip.left() < chart.column_x(1) < chart.column_x(6) < strip.right()


def test_after_series_are_dashed_squares_in_the_same_colour(chart):
    image = chart.grab().toImage()
    after = _series(chart, "nrs_back", "after")
    assert chart.colour(after) == chart.colour(_series(chart, "nrs_back", "before"))
    centre = chart.point_position(after, 1)
    # a hollow square: white inside, the series colour on its edge
    assert colour_near(image, centre, QColor("#ffffff"), radius=0, tolerance=30)
    assert colour_near(image, centre, chart.colour(after), radius=4)


def test_mcic_band_is_shaded_below_the_baseline(chart):
    image = chart.grab().toImage()
    for measure, mcic in (("nrs_back", 2), ("odi", 10), ("rmdq", 5)):
        one = _series(chart, measure, "before")
        band = chart.mcic_band(one)
        assert band is not None
        # from the baseline down by the MCIC (pain and disability: lower is better)
        panel_scale = chart.point_position(one, 1).y()
        assert abs(band.top() - panel_scale) < 1.0
        # the band is MCIC high, on the series' own scale
        first, last = one.points[0], one.points[-1]
        per_unit = (chart.point_position(one, last.session_number).y() - panel_scale) / (first.value - last.value)
        assert band.height() == pytest.approx(mcic * per_unit, abs=1.0)
        shade = _blend(chart.colour(one), 46)
        found = any(
            colour_near(image, QPointF(band.left() + 4, y), shade, radius=0, tolerance=14)
            for y in range(int(band.top()) + 2, int(band.bottom()) - 1)
        )
        assert found, f"no MCIC shade for {measure}"
    assert chart.mcic_band(_series(chart, "nrs_back", "after")) is None


def test_summary_tells_whether_pain_and_disability_fell(chart):
    text = chart.summary_text()
    assert "NRS back (before): 7 → 3 (clinically important improvement)" in text
    assert "ODI (before): 53.3 → 22.2 (clinically important improvement)" in text
    assert chart.accessibleDescription() == text


def test_empty_chart_paints(qtbot):
    widget = QtTrendChart()
    qtbot.addWidget(widget)
    widget.set_data([], [])
    widget.resize(400, widget.sizeHint().height())
    image = widget.grab().toImage()
    assert not image.isNull()


def test_course_table_model(qtmodeltester, db):
    case_id, _ = course_case(db)
    model = QtCourseTableModel()
    model.set_data(course_series(db, case_id), course_overview(db, case_id))
    qtmodeltester.check(model)
    assert model.rowCount() == 6
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:6] == ["#", "Date", "Status", "EA", "Needles", "Points"]
    assert headers[6:] == ["NRS back", "NRS leg", "ODI", "RMDQ"]
    assert model.cell_text(0, 6) == "7→5"
    assert model.cell_text(0, 8) == "53.3 %→–"
    assert model.cell_text(2, 3) == ""  # no EA in session 3
    assert model.cell_text(1, 8) == ""


def test_course_view_shows_the_case(qtbot, db):
    case_id, _ = course_case(db)
    view = QtCourseView(db)
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.set_case(case_id)
    assert "Sciatica, left" in view.title.text() and "6 sessions" in view.title.text()
    verdict = view.verdict.text()
    for measure in ("NRS back (before)", "NRS leg (before)", "ODI (before)", "RMDQ (before)"):
        assert measure in verdict
    assert verdict.count("✔") == 4
    assert view.model.rowCount() == 6
    assert len(view.chart.series) == 6


def test_course_view_unknown_case_shows_the_error(qtbot, db):
    view = QtCourseView(db)
    qtbot.addWidget(view)
    view.set_case(404)
    assert not view.error.isHidden()
    assert "case 404" in view.error.text()


def test_course_view_on_the_demo_case(qtbot, demo_db):
    view = QtCourseView(demo_db)
    qtbot.addWidget(view)
    view.resize(1000, 860)
    view.set_case(1)
    assert view.model.rowCount() == 6
    measures = {(s.measure, s.timing) for s in view.chart.series}
    assert {("nrs_back", "before"), ("nrs_leg", "before"), ("odi", "before"), ("rmdq", "before")} <= measures
    # at a glance: pain and disability fell by at least the MCIC
    lines = view.verdict.text().split("<br>")
    for name in ("NRS back (before)", "NRS leg (before)", "ODI (before)", "RMDQ (before)"):
        line = next(x for x in lines if name in x)
        assert "✔" in line, line


def test_strip_marks_ea_sessions_beneath_their_columns(chart):
    image = chart.grab().toImage()
    green = QColor("#1b7f3b")
    badge_y = chart.strip_rect().top() + 4 + 31 + 7
    assert colour_near(image, QPointF(chart.column_x(1), badge_y), green, radius=3, tolerance=20)
    assert not colour_near(image, QPointF(chart.column_x(3), badge_y), green, radius=6, tolerance=20)  # no EA in #3


def test_long_course_strip_uses_dots(qtbot, db):
    case_id, _ = course_case(db)
    widget = QtTrendChart()
    qtbot.addWidget(widget)
    columns = course_overview(db, case_id)
    # 60 sessions' worth of columns squeezed into 700 px
    import dataclasses

    many = [dataclasses.replace(columns[i % 6], number=i + 1) for i in range(60)]
    widget.set_data(course_series(db, case_id), many)
    widget.resize(700, widget.sizeHint().height())
    image = widget.grab().toImage()
    dot_y = widget.strip_rect().top() + 4 + 38
    green = QColor("#1b7f3b")
    assert colour_near(image, QPointF(widget.column_x(1), dot_y), green, radius=1, tolerance=20)
    assert not colour_near(image, QPointF(widget.column_x(3), dot_y), green, radius=1, tolerance=20)
