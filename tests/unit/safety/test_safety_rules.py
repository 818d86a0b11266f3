"""Every rule of the table, once where it must fire and once where it must not."""

from __future__ import annotations

import datetime as dt

import pytest
from safety_helpers import T0, channel, facts, needle, rule_ids

from charting.safety import RULES, RULES_BY_ID
from charting.safety import zones as z
from charting.safety.rules import run_rules

M = dt.timedelta(minutes=1)


def _ea(code_a="LI4", side_a="left", code_b="LI11", side_b="left", **kw):
    a, b = needle(code_a, side_a), needle(code_b, side_b)
    return [a, b], [channel(a, b, **kw)]


def _chest_cross():
    a, b = needle("BL15", "left", view="back"), needle("BL15", "right", view="back")
    return facts([a, b], [channel(a, b)])


def _same_side_back():
    a, b = needle("BL15", "left", view="back"), needle("BL18", "left", view="back")
    return facts([a, b], [channel(a, b)])


def _anterior_chest_same_side():
    a, b = needle("ST16", "left"), needle("LU1", "left")
    return facts([a, b], [channel(a, b)])


def _ashi_across_front_chest():
    # Two free spots either side of the sternum, at nipple height: x either side of 0.5.
    a = needle(None, "midline", ashi="left chest", view="front", x=0.6, y=0.25)
    b = needle(None, "midline", ashi="right chest", view="front", x=0.4, y=0.25)
    return facts([a, b], [channel(a, b)])


def _ashi_lower_back_pair():
    a = needle(None, "midline", ashi="L", view="back", x=0.44, y=0.45)
    b = needle(None, "midline", ashi="R", view="back", x=0.56, y=0.45)
    return facts([a, b], [channel(a, b)])


def _neck(code_a, side_a, code_b, side_b):
    a, b = needle(code_a, side_a, view="back"), needle(code_b, side_b, view="back")
    return facts([a, b], [channel(a, b)])


def _one(code, side="left", **flags_and_settings):
    flags = {k: v for k, v in flags_and_settings.items() if k in _FLAGS}
    settings = {k: v for k, v in flags_and_settings.items() if k not in _FLAGS}
    return facts([needle(code, side, **settings)], **flags)


_FLAGS = {"implanted_device", "pregnant", "bleeding_risk", "epilepsy", "metal_allergy", "diabetes", "pregnancy_weeks"}


def _with_ea(**flags):
    needles, channels = _ea()
    return facts(needles, channels, **flags)


def _retained(minutes, removed=True, ended=False):
    n = needle(inserted_at=T0, removed_at=T0 + minutes * M if removed else None)
    end = T0 + 60 * M if ended else None
    return facts([n], planned=20, ended_at=end, now=T0 + minutes * M)


def _two_pairs(shared: bool):
    a, b, c = needle("ST36", "left"), needle("ST37", "left"), needle("ST40", "left")
    d = needle("SP6", "left")
    second = channel(a, c) if shared else channel(c, d)
    return facts([a, b, c, d], [channel(a, b), second])


CASES = {
    "ea.implanted_device": (lambda: _with_ea(implanted_device=True), lambda: facts(_ea()[0], implanted_device=True)),
    "ea.across_chest": (_chest_cross, _same_side_back),
    "ea.across_upper_body": (
        lambda: _neck("LI4", "left", "LI4", "right"),
        lambda: _neck("LI4", "left", "LI11", "left"),
    ),
    "ea.anterior_neck": (lambda: _neck("ST9", "left", "LI4", "left"), lambda: _neck("GB20", "left", "GB21", "left")),
    "ea.across_neck": (lambda: _neck("GB20", "left", "GB20", "right"), lambda: _neck("GB20", "left", "GB21", "left")),
    "pregnancy.point": (lambda: _one("SP6", pregnant=True), lambda: _one("ST36", pregnant=True)),
    "pregnancy.ea": (lambda: _with_ea(pregnant=True), _with_ea),
    "bleeding.deep": (
        lambda: _one("GB30", bleeding_risk=True, depth_mm=50.0, length_mm=75.0),
        lambda: _one("GB30", bleeding_risk=True, depth_mm=10.0, length_mm=75.0),
    ),
    "bleeding.vessel": (lambda: _one("LU9", bleeding_risk=True), lambda: _one("LU7", bleeding_risk=True)),
    "epilepsy.ea": (lambda: _with_ea(epilepsy=True), lambda: facts(_ea()[0], epilepsy=True)),
    "metal_allergy": (lambda: _one("ST36", metal_allergy=True), lambda: facts([], metal_allergy=True)),
    "diabetes.foot": (lambda: _one("LR3", diabetes=True), lambda: _one("ST36", diabetes=True)),
    "consent.ea": (
        lambda: facts(*_ea(), ea_consent=False),
        lambda: facts(_ea()[0], ea_consent=False),
    ),
    "retention.over_planned": (lambda: _retained(31), lambda: _retained(20)),
    "retention.not_removed": (lambda: _retained(15, removed=False, ended=True), lambda: _retained(15, ended=True)),
    "ea.needle_two_pairs": (lambda: _two_pairs(True), lambda: _two_pairs(False)),
    "range.gauge": (lambda: _one("ST36", gauge_mm=0.9), lambda: _one("ST36", gauge_mm=0.25)),
    "range.length": (lambda: _one("ST36", length_mm=200.0), lambda: _one("ST36", length_mm=40.0)),
    "range.depth": (lambda: _one("ST36", depth_mm=-1.0), lambda: _one("ST36", depth_mm=0.0)),
    "range.depth_within_length": (
        lambda: _one("ST36", depth_mm=45.0, length_mm=40.0),
        lambda: _one("ST36", depth_mm=40.0, length_mm=40.0),
    ),
    "range.frequency": (lambda: facts(*_ea(frequency_hz=0.2)), lambda: facts(*_ea(frequency_hz=0.5))),
    "range.frequency_high": (
        lambda: facts(*_ea(frequency_hz=2.0, frequency_high_hz=250.0)),
        lambda: facts(*_ea(frequency_hz=2.0, frequency_high_hz=200.0)),
    ),
    "range.pulse_width": (lambda: facts(*_ea(pulse_width_us=10.0)), lambda: facts(*_ea(pulse_width_us=20.0))),
    "range.intensity": (lambda: facts(*_ea(intensity_ma=51.0)), lambda: facts(*_ea(intensity_ma=50.0))),
    "range.ea_duration": (lambda: facts(*_ea(duration_min=61.0)), lambda: facts(*_ea(duration_min=60.0))),
}


def test_every_rule_has_a_case_and_a_source():
    assert set(CASES) == {rule.id for rule in RULES}
    for rule in RULES:
        assert rule.severity in ("block", "warn")
        assert rule.source.strip() and rule.title.strip()


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_fires_on_its_case(rule_id):
    positive, _ = CASES[rule_id]
    found = [f for f in run_rules(positive()) if f.rule_id == rule_id]
    assert found, f"{rule_id} did not fire"
    assert all(f.severity == RULES_BY_ID[rule_id].severity for f in found)
    assert all(f.message and "{" not in f.message for f in found)


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_stays_quiet_otherwise(rule_id):
    _, negative = CASES[rule_id]
    assert rule_id not in rule_ids(run_rules(negative()))


def test_block_names_the_points():
    found = [f for f in run_rules(_chest_cross()) if f.rule_id == "ea.across_chest"]
    assert "BL15 L" in found[0].message and "BL15 R" in found[0].message


def test_anterior_chest_blocks_even_on_one_side():
    assert "ea.across_chest" in rule_ids(run_rules(_anterior_chest_same_side()))


def test_free_spots_use_the_diagram_bands():
    assert "ea.across_chest" in rule_ids(run_rules(_ashi_across_front_chest()))
    assert "ea.across_chest" not in rule_ids(run_rules(_ashi_lower_back_pair()))


def test_range_messages_match_validation():
    found = [f for f in run_rules(_one("ST36", gauge_mm=0.9)) if f.rule_id == "range.gauge"]
    assert found[0].message == "needle gauge: 0.9 mm is outside the allowed range 0.12–0.45 mm"
    found = [f for f in run_rules(facts(*_ea(frequency_hz=0.2))) if f.rule_id == "range.frequency"]
    assert found[0].message == "frequency: 0.2 Hz is outside the allowed range 0.5–200 Hz"


def test_pregnancy_covers_lower_abdomen_and_lumbosacral():
    for code in ("CV4", "BL32", "GV4", "ST29"):
        assert "pregnancy.point" in rule_ids(run_rules(_one(code, pregnant=True))), code


def test_blocks_come_first():
    a, b = needle("ST9", "left"), needle("LU9", "left")
    found = run_rules(facts([a, b], [channel(a, b)], pregnant=True, bleeding_risk=True))
    severities = [f.severity for f in found]
    assert severities == sorted(severities, key=lambda s: s != "block")


def test_zone_sets_follow_the_spec():
    assert {"KI22", "ST12", "SP21", "CV14", "CV22", "PC1", "LU2", "GB24", "LR14"} <= z.ANTERIOR_CHEST_CODES
    assert {"ST9", "LI18", "SI17", "CV23"} <= z.ANTERIOR_NECK_CODES
    assert {"ST9", "LU9", "HT1", "PC3", "LR12", "SP11", "ST42", "BL40"} <= z.LARGE_VESSEL_CODES
    assert z.needle_zones("LR3", "foot", 0.5, 0.5) >= {z.FOOT}
    assert z.position_zones("front", 0.5, 0.97) == {z.FOOT}


def test_free_spots_on_both_arms_warn():
    a = needle(None, "midline", ashi="left forearm", view="front", x=0.8, y=0.45)
    b = needle(None, "midline", ashi="right forearm", view="front", x=0.2, y=0.45)
    found = rule_ids(run_rules(facts([a, b], [channel(a, b)])))
    assert "ea.across_upper_body" in found and "ea.across_chest" not in found


def test_sides_of_free_spots():
    assert z.body_side("midline", "front", 0.3) == "right"
    assert z.body_side("midline", "back", 0.3) == "left"
    assert z.body_side("midline", "front", 0.505) == "midline"
    assert z.body_side("left", "front", 0.9) == "left"
