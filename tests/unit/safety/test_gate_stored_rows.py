"""The gate reads stored needles the unit of work has not loaded as plain rows: same facts."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from charting import safety, sessions
from charting.db.models import EAChannel, NeedleRecord, TreatmentSession
from charting.safety import gate

BL15_L = {"point_code": "BL15", "side": "left", "view": "back", "x": 0.45, "y": 0.25}
BL15_R = {"point_code": "BL15", "side": "right", "view": "back", "x": 0.55, "y": 0.25}


def test_a_pair_of_stored_needles_not_loaded_is_still_checked(clinic):
    a, b = clinic.needles(BL15_L, BL15_R)
    with pytest.raises(safety.SafetyBlocked, match="chest"), clinic.db.unit() as s:
        session = s.get(TreatmentSession, clinic.session_id)
        s.add(EAChannel(session=session, needle_a_id=a.id, needle_b_id=b.id, frequency_hz=2.0))
    with clinic.db.read() as s:
        assert s.scalar(select(func.count()).select_from(EAChannel)) == 0


def test_facts_from_rows_equal_facts_from_loaded_objects(clinic):
    clinic.needles(BL15_L, BL15_R, {"ashi_label": "knot", "side": "left", "view": "back", "x": 0.4, "y": 0.6})
    with clinic.db.read() as s:
        row = s.get(TreatmentSession, clinic.session_id)
        from_rows, _ = gate.facts_for(s, row)
        assert all(
            not isinstance(n, NeedleRecord)
            for n in gate._members(s, row, NeedleRecord, "needles", gate._NEEDLE_FACT_COLUMNS)
        )
    with clinic.db.read() as s:
        row = s.get(TreatmentSession, clinic.session_id)
        list(row.needles)  # loaded: the objects themselves are used
        from_objects, _ = gate.facts_for(s, row)
    assert from_rows.needles == from_objects.needles
    assert [n.seq for n in sessions.get_session(clinic.db, clinic.session_id).needles] == [1, 2, 3]


def test_a_pending_change_of_a_loaded_needle_is_what_the_rules_see(clinic):
    a, b = clinic.needles(
        {"ashi_label": "trigger", "side": "left", "view": "front", "x": 0.62, "y": 0.6},
        {"ashi_label": "trigger 2", "side": "right", "view": "front", "x": 0.38, "y": 0.6},
    )
    sessions.add_channel(clinic.db, clinic.session_id, a.id, b.id)
    with pytest.raises(safety.SafetyBlocked), clinic.db.unit() as s:
        needle = s.get(NeedleRecord, a.id)  # loaded alone: the session's collection is not
        needle.y = 0.25  # onto the chest
    assert sessions.get_session(clinic.db, clinic.session_id).needles[0].y == 0.6
