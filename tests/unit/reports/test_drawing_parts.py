"""The pieces under the reports: SVG path parsing, the diagram's coordinates, billing units."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from charting.reports.billing import suggest, units_for
from charting.reports.diagram import outline, parse_outline, simplify, to_page
from charting.reports.svgpath import PathSyntaxError, bounds, parse_path
from tests.unit.reports import sample


def test_absolute_and_relative_commands():
    ops = parse_path("M10 20 L30 20 h10 v5 l-5 5 H10 V20 Z")
    assert ops == [("M", 10, 20), ("L", 30, 20), ("L", 40, 20), ("L", 40, 25), ("L", 35, 30), ("L", 10, 30),
                   ("L", 10, 20), ("Z",)]
    assert parse_path("m 1,1 2,0 0,2 z") == [("M", 1, 1), ("L", 3, 1), ("L", 3, 3), ("Z",)]


def test_curves_quadratics_become_cubics():
    (_, x1, y1, x2, y2, x, y) = parse_path("M0 0 Q30 30 60 0")[1]
    assert (x1, y1, x2, y2, x, y) == pytest.approx((20, 20, 40, 20, 60, 0))
    smooth = parse_path("M0 0 C0 10 10 10 10 0 S20 -10 20 0")
    assert smooth[2][1:3] == pytest.approx((10, -10))  # reflected control point
    assert parse_path("M0 0c1 1 2 2 3 3")[1] == ("C", 1, 1, 2, 2, 3, 3)
    assert parse_path("M0 0 A5 5 0 0 1 10 0")[1] == ("L", 10, 0)  # arcs: a straight segment to the end
    assert bounds(parse_path("M-1 2 L4 -3")) == (-1, -3, 4, 2)


@pytest.mark.parametrize("bad", ["L 1 2", "M 1", "M 1 2 X 3", "M1 2 L3"])
def test_bad_path_data(bad):
    with pytest.raises(PathSyntaxError):
        parse_path(bad)


def test_to_page_flips_y_once():
    assert to_page(0, 0, 100, 200) == (0, 200)  # top left of the screen is the top left of the paper
    assert to_page(1, 1, 100, 200) == (100, 0)
    assert to_page(0.25, 0.75, 100, 200) == (25, 50)


def test_outline_is_normalised_by_the_view_box_and_transforms():
    svg = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 400">
      <rect id="frame" x="0" y="0" width="200" height="400"/>
      <g id="body-outline" transform="translate(100 0)">
        <path d="M0 0 L100 400"/>
        <circle cx="0" cy="200" r="10"/>
      </g>
    </svg>"""
    shape = parse_outline(svg, "test")
    assert shape.aspect == 0.5
    assert len(shape.shapes) == 2  # the frame outside the outline group is not drawn
    assert shape.shapes[0] == ("outline", (("M", 0.5, 0.0), ("L", 1.0, 1.0)))
    assert shape.shapes[1][1][0] == ("M", pytest.approx(0.55), pytest.approx(0.5))


def test_simplify_drops_only_invisible_points():
    line = (("M", 0.0, 0.0), *(("L", i / 100, 0.00001 * (i % 2)) for i in range(1, 101)), ("L", 1.0, 1.0))
    thin = simplify(line)
    assert thin[0] == ("M", 0.0, 0.0) and thin[-1] == ("L", 1.0, 1.0)
    assert len(thin) == 3  # the wiggle is far below the tolerance; the corner stays


def test_the_screen_diagrams_have_outlines():
    for view in ("front", "back", "side"):
        shape = outline(view)
        assert shape is not None and shape.shapes, view
        assert {role for role, _ops in shape.shapes} >= {"outline", "fill"}
        for _role, ops in shape.shapes:
            for op in ops:
                assert all(-0.05 <= c <= 1.05 for c in op[1:]), (view, op)


@pytest.mark.parametrize(("minutes", "units"), [(0, 0), (7, 0), (8, 1), (22, 1), (23, 2), (37, 2), (38, 3)])
def test_cpt_units_follow_the_midpoint_rule(minutes, units):
    assert units_for(minutes) == units


def test_suggested_codes_without_ea_and_from_session_times():
    base = sample.session(0)
    no_ea = dataclasses.replace(base, channels=())
    hint = suggest(no_ea)
    assert [(line.code, line.units) for line in hint.lines] == [("97810", 1), ("97811", 1)]
    assert hint.minutes == 25 and "needle insertion to removal" in hint.basis
    # Needles without removal times: the session's start and end are used instead (45 min = 3 units).
    open_needles = tuple(dataclasses.replace(n, removed_at=None) for n in base.needles)
    hint = suggest(dataclasses.replace(base, needles=open_needles))
    assert "session start to end" in hint.basis
    assert [(line.code, line.units) for line in hint.lines] == [("97813", 1), ("97814", 2)]
    hint = suggest(dataclasses.replace(base, needles=open_needles, ended_at=None))
    assert hint.minutes is None and hint.lines == ()
    short = tuple(dataclasses.replace(n, removed_at=n.inserted_at + dt.timedelta(minutes=5)) for n in base.needles)
    assert suggest(dataclasses.replace(base, needles=short)).lines == ()
