"""Keyboard point entry: codes, names, scripts and side words to (code, side) pairs."""

from __future__ import annotations

import pytest

from charting.entry import entry_specs, parse_point_entry
from charting.errors import ValidationError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bl40", [("BL40", "both")]),
        ("BL40 b", [("BL40", "both")]),
        ("bl40 l", [("BL40", "left")]),
        ("ub-40 r", [("BL40", "right")]),
        ("weizhong", [("BL40", "both")]),
        ("wei zhong l", [("BL40", "left")]),
        ("委中 r", [("BL40", "right")]),
        ("gv4", [("GV4", "midline")]),
        ("Liv 3 l", [("LR3", "left")]),
    ],
)
def test_one_point_in_any_form(text, expected):
    assert parse_point_entry(text) == expected


def test_trailing_side_applies_to_every_point_before_it():
    assert parse_point_entry("GB30 BL40 BL57 GB34 l") == [
        ("GB30", "left"),
        ("BL40", "left"),
        ("BL57", "left"),
        ("GB34", "left"),
    ]


def test_a_side_word_applies_only_since_the_previous_one():
    assert parse_point_entry("BL23 BL25 b GB30, BL40 l") == [
        ("BL23", "both"),
        ("BL25", "both"),
        ("GB30", "left"),
        ("BL40", "left"),
    ]


def test_midline_point_keeps_midline_among_bilateral_ones_with_both():
    assert parse_point_entry("BL23 GV4 b") == [("BL23", "both"), ("GV4", "midline")]


def test_unknown_word_is_named():
    with pytest.raises(ValidationError) as caught:
        parse_point_entry("BL40 XQ99 l")
    assert "'XQ99'" in str(caught.value)
    assert caught.value.field == "point entry"


def test_side_without_a_point_is_refused():
    with pytest.raises(ValidationError, match="'l' is a side"):
        parse_point_entry("l BL40")


def test_a_side_the_point_does_not_have_is_refused():
    with pytest.raises(ValidationError) as caught:
        parse_point_entry("GV4 l")
    assert "GV4" in str(caught.value)


def test_empty_entry_gives_nothing():
    assert parse_point_entry("   ") == []


def test_specs_one_per_side_on_the_view_asked_for():
    specs = entry_specs("BL23 b GV4", view="back")
    assert [(s.point_code, s.side, s.view) for s in specs] == [
        ("BL23", "left", "back"),
        ("BL23", "right", "back"),
        ("GV4", "midline", "back"),
    ]
    left, right = specs[0], specs[1]
    assert left.x < 0.5 < right.x  # back view: the patient's left is on the viewer's left
