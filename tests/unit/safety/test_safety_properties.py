"""Property: whatever is charted, the rules and the gate raise only the app's own errors."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from safety_helpers import channel, facts, needle

from charting import patients, practitioners, sessions
from charting.db.models import EAChannel, NeedleRecord, TreatmentSession
from charting.errors import AcuChartError
from charting.safety.rules import run_rules

CODES = ["LI4", "SP6", "ST9", "BL15", "GB20", "CV17", "LR3", "LU9", "BL32", "ST36", "XX99", None]
numbers = st.one_of(
    st.none(), st.floats(allow_nan=True, allow_infinity=True), st.floats(-10, 300), st.sampled_from(["12", "abc", ""])
)
positions = st.floats(0, 1)
needle_settings = st.fixed_dictionaries(
    {"gauge_mm": numbers, "length_mm": numbers, "depth_mm": numbers, "depth_level": st.sampled_from(["", "muscle"])}
)
needles = st.builds(
    lambda code, side, view, x, y, extra: needle(
        code, side, view=view, x=x, y=y, ashi=None if code else "spot", **extra
    ),
    st.sampled_from(CODES),
    st.sampled_from(["left", "right", "midline"]),
    st.sampled_from(["front", "back", "side", "foot", "hand", "head", ""]),
    positions,
    positions,
    needle_settings,
)
flags = st.fixed_dictionaries(
    {
        k: st.booleans()
        for k in ("implanted_device", "pregnant", "bleeding_risk", "epilepsy", "metal_allergy", "diabetes")
    }
)


@given(st.lists(needles, max_size=8), st.data(), flags, numbers)
def test_rules_never_crash(ns, data, patient_flags, freq):
    pairs = []
    if len(ns) >= 2:
        for _ in range(data.draw(st.integers(0, 4))):
            i, j = data.draw(st.tuples(st.integers(0, len(ns) - 1), st.integers(0, len(ns) - 1)))
            pairs.append(channel(ns[i], ns[j], frequency_hz=freq, intensity_ma=freq))
    for finding in run_rules(facts(ns, pairs, **patient_flags)):
        assert finding.severity in ("block", "warn") and finding.message


finite = st.one_of(st.none(), st.floats(-5, 300, allow_nan=False))


_SETUP: dict[int, tuple[int, int]] = {}


def _clinic(db) -> tuple[int, int]:
    """One practitioner and patient per database (hypothesis reuses the fixture's database)."""
    if id(db) not in _SETUP:
        p = practitioners.create_practitioner(db, "prop", name="P")
        patient = patients.create_patient(db, family_name="Prop")
        _SETUP.clear()
        _SETUP[id(db)] = (p.id, patient.id)
    return _SETUP[id(db)]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    code=st.sampled_from(CODES),
    side=st.sampled_from(["left", "right", "midline"]),
    x=positions,
    y=positions,
    gauge=finite,
    depth=finite,
    freq=st.one_of(finite, st.floats(allow_nan=True, allow_infinity=True)),
    intensity=finite,
    patient_flags=flags,
)
def test_gate_raises_only_app_errors(db, code, side, x, y, gauge, depth, freq, intensity, patient_flags):
    p_id, patient_id = _clinic(db)
    patients.update_patient(db, patient_id, **{f"flag_{k}": v for k, v in patient_flags.items()})
    session = sessions.create_session(db, patient_id, practitioner_id=p_id)
    try:
        with db.unit() as s:
            row = s.get(TreatmentSession, session.id)
            a = NeedleRecord(
                session=row,
                seq=1,
                point_code=code,
                ashi_label=None if code else "spot",
                side=side,
                view="front",
                x=x,
                y=y,
                gauge_mm=gauge,
                depth_mm=depth,
                length_mm=40.0,
            )
            b = NeedleRecord(session=row, seq=2, point_code="LI4", side="left", view="front", x=0.2, y=0.5)
            s.add_all([a, b])
            s.add(EAChannel(session=row, needle_a=a, needle_b=b, frequency_hz=freq, intensity_ma=intensity))
    except AcuChartError:
        pass
