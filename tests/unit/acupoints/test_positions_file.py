"""The shipped positions file is what the body model computes now (rebuild after a change)."""

from __future__ import annotations

import subprocess
import sys
from importlib import resources

import pytest

from charting.acupoints import VIEWS, View, library
from charting.acupoints.catalogue import POSITIONS_FILE, Acupoint, format_positions, parse_positions
from charting.acupoints.layout import compute_positions


def _shipped() -> str:
    return resources.files("resources.acupoints").joinpath(POSITIONS_FILE).read_text(encoding="utf-8")


def test_shipped_positions_equal_the_computed_ones():
    computed = compute_positions()
    shipped = parse_positions(_shipped())
    stale = sorted(code for code in computed.keys() | shipped.keys() if computed.get(code) != shipped.get(code))
    assert not stale, f"{POSITIONS_FILE} is out of date for {stale[:10]}: run python -m charting.acupoints.build"
    assert _shipped() == format_positions(computed)


def test_library_positions_come_from_the_file():
    computed = compute_positions()
    for point in library().all():
        assert dict(point.positions) == computed[point.code]


def test_format_and_parse_round_trip():
    positions = {"BL40": {"back": (0.6, 0.7123), "side": (0.4, 0.7)}, "GV20": {"head": (0.5, 0.05)}}
    assert parse_positions(format_positions(positions)) == positions


@pytest.mark.parametrize(
    ("line", "message"),
    [("BL40,back,0.5", "line 2: expected code,view,x,y"), ("BL40,elbow,0.5,0.5", "line 2: unknown view 'elbow'")],
)
def test_a_damaged_positions_file_names_the_line(line, message):
    with pytest.raises(ValueError, match=message):
        parse_positions(f"# header\n{line}\n")


def test_loading_the_library_does_not_run_the_body_model():
    code = (
        "import sys; from charting.acupoints import library; library().get('BL40'); "
        "print(sorted(m for m in ('charting.acupoints.layout', 'charting.acupoints.body', 'dataclasses') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_points_are_frozen_values_compared_without_positions():
    lib = library()
    bl40 = lib.get("BL40")
    twin = Acupoint(**{**{f: getattr(bl40, f) for f in Acupoint._compared}, "positions": {}})
    assert twin == bl40
    assert hash(twin) == hash(bl40)
    assert twin != lib.get("BL39")
    assert "positions" not in repr(bl40)
    assert repr(bl40).startswith("Acupoint(code='BL40', ")
    with pytest.raises(AttributeError):
        bl40.code = "BL41"  # type: ignore[misc]
    view = VIEWS["back"]
    assert view == View("back", view.title, view.svg, view.width, view.height, view.mirrored)
    assert view.aspect == 0.5
