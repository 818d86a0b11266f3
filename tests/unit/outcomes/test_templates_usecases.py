"""Protocol templates: save → apply round trip, built-ins, refusals."""

from __future__ import annotations

import pytest
from helpers_outcomes import make_case, sign

from charting.errors import NotFound, SignedRecordError, UserError, ValidationError
from charting.sessions import NeedleSpec, add_channel, add_needles, get_session, update_session
from charting.templates import (
    apply_template,
    builtin_definitions,
    delete_template,
    ensure_builtin_templates,
    get_template,
    list_templates,
    save_template,
)

SETTINGS = {"gauge_mm": 0.25, "length_mm": 40, "depth_mm": 25, "angle": "perpendicular", "technique": "even"}


def _chart(db, sid, *, ea=True):
    needles = add_needles(
        db,
        sid,
        [
            NeedleSpec(point_code="BL25", side="left", view="back", x=0.46, y=0.55, settings=SETTINGS),
            NeedleSpec(point_code="BL25", side="right", view="back", x=0.54, y=0.55, settings=SETTINGS),
            NeedleSpec(point_code="GB30", side="left", view="back", x=0.4, y=0.62, settings={"length_mm": 75}),
            NeedleSpec(ashi_label="piriformis", side="left", view="back", x=0.42, y=0.6),
            NeedleSpec(point_code="GV3", side="midline", view="back", x=0.5, y=0.54, settings={"lot_number": "L42"}),
        ],
    )
    if not ea:
        return needles
    add_channel(
        db,
        sid,
        needles[0].id,
        needles[2].id,
        waveform="dense-disperse",
        frequency_hz=2,
        frequency_high_hz=100,
        pulse_width_us=300,
        intensity_descriptor="to tolerance",
        duration_min=20,
        device="ITO ES-160",
    )
    add_channel(db, sid, needles[1].id, needles[3].id, waveform="continuous", frequency_hz=50)
    update_session(db, sid, planned_retention_min=25)
    return needles


def _shape(detail):
    index = {n.id: i for i, n in enumerate(detail.needles)}
    needles = [
        (
            *(n.point_code, n.ashi_label, n.side, n.view, n.x, n.y),
            *(n.gauge_mm, n.length_mm, n.depth_mm, n.angle, n.technique),
        )
        for n in detail.needles
    ]
    channels = [
        (
            index[c.needle_a_id],
            index[c.needle_b_id],
            c.waveform,
            c.frequency_hz,
            c.frequency_high_hz,
            c.pulse_width_us,
            c.intensity_descriptor,
            c.duration_min,
            c.device,
        )
        for c in detail.channels
    ]
    return needles, channels, detail.planned_retention_min


def test_save_then_apply_round_trip(db):
    _, (source, target) = make_case(db, 2)
    _chart(db, source)
    info = save_template(db, source, "Sciatica left, EA", condition="Sciatica", notes="my usual")
    assert (info.name, info.condition, info.builtin) == ("Sciatica left, EA", "Sciatica", False)
    assert (info.needle_count, info.channel_count, info.planned_retention_min) == (5, 2, 25)
    assert info.point_codes == ("BL25", "GB30", "GV3")

    created = apply_template(db, info.id, target)
    assert len(created) == 5
    assert _shape(get_session(db, target)) == _shape(get_session(db, source))
    # times, lot numbers and notes are not carried over
    assert all(n.inserted_at is None and n.lot_number == "" for n in created)


def test_apply_appends_after_existing_needles(db):
    _, (source, target) = make_case(db, 2)
    _chart(db, source)
    info = save_template(db, source, "T")
    add_needles(db, target, [NeedleSpec(point_code="KI3", side="left", view="foot", x=0.3, y=0.8)])
    created = apply_template(db, info.id, target)
    assert [n.seq for n in created] == [2, 3, 4, 5, 6]
    assert len(get_session(db, target).needles) == 6


def test_applying_to_a_signed_session_is_refused_and_changes_nothing(db):
    _, (source, target) = make_case(db, 2)
    _chart(db, source)
    info = save_template(db, source, "T")
    sign(db, target)
    with pytest.raises(SignedRecordError):
        apply_template(db, info.id, target)
    assert get_session(db, target).needles == ()


def test_a_template_failing_midway_leaves_nothing_behind(db):
    """One unit of work: a bad EA pair in the body rolls back the needles too."""
    _, (source, target) = make_case(db, 2)
    _chart(db, source)
    info = save_template(db, source, "T")
    from charting.db.models import ProtocolTemplate

    with db.unit() as s:
        row = s.get(ProtocolTemplate, info.id)
        body = dict(row.body)
        body["channels"] = [{"a": 0, "b": 1, "settings": {"frequency_hz": 500}}]
        row.body = body
    with pytest.raises(ValidationError) as exc:
        apply_template(db, info.id, target)
    assert exc.value.field == "frequency"
    assert get_session(db, target).needles == ()


def test_save_refusals(db):
    _, (source, empty) = make_case(db, 2)
    _chart(db, source)
    save_template(db, source, "Mine")
    with pytest.raises(ValidationError) as exc:
        save_template(db, source, "mine")
    assert exc.value.field == "template name"
    with pytest.raises(ValidationError) as exc:
        save_template(db, source, "   ")
    assert exc.value.field == "template name"
    with pytest.raises(ValidationError, match="no needles"):
        save_template(db, empty, "Empty")
    with pytest.raises(NotFound):
        apply_template(db, 999, source)


def test_saving_from_a_signed_session_is_allowed(db):
    _, (source,) = make_case(db, 1)
    _chart(db, source, ea=False)  # (EA without a consent on file would need a safety acknowledgement)
    sign(db, source)
    assert save_template(db, source, "From signed").needle_count == 5


def test_list_get_delete(db):
    _, (source,) = make_case(db, 1)
    _chart(db, source)
    mine = save_template(db, source, "Zeta")
    ensure_builtin_templates(db)
    listed = list_templates(db)
    assert listed[-1].name == "Zeta"
    assert all(t.builtin for t in listed[:-1])
    assert get_template(db, mine.id).body["needles"][0]["point_code"] == "BL25"
    builtin = listed[0]
    with pytest.raises(UserError, match="built in"):
        delete_template(db, builtin.id)
    assert delete_template(db, mine.id).name == "Zeta"
    with pytest.raises(NotFound):
        get_template(db, mine.id)


def test_builtins_are_idempotent_and_cite_sources(db):
    first = ensure_builtin_templates(db)
    second = ensure_builtin_templates(db)
    assert [t.id for t in first] == [t.id for t in second]
    assert len(list_templates(db)) == len(builtin_definitions()) >= 2
    conditions = " ".join(t.condition.lower() for t in first)
    assert "low back pain" in conditions and "sciatica" in conditions
    for template in first:
        assert template.builtin
        # every built-in cites a journal and a year
        assert any(str(year) in template.notes for year in range(1990, 2030)), template.name
        assert "Adapted" in template.notes or "From" in template.notes


def test_builtin_point_codes_all_resolve():
    from charting.acupoints import library

    lib = library()
    for definition in builtin_definitions():
        for entry in definition["needles"]:
            code = entry.get("code") or entry.get("near")
            assert lib.get(code) is not None, f"{definition['name']}: {code} is not in the point library"


def test_builtins_apply_to_a_session(db):
    make_case(db, 1)
    for template in ensure_builtin_templates(db):
        _, (fresh,) = make_case_again(db)
        created = apply_template(db, template.id, fresh)
        assert len(created) == template.needle_count
        detail = get_session(db, fresh)
        assert len(detail.channels) == template.channel_count
        assert detail.planned_retention_min == template.planned_retention_min


def make_case_again(db):
    """Another session for the same patient (a fresh target per template)."""
    import datetime as dt

    from charting.patients import list_cases
    from charting.sessions import create_session, list_sessions

    patient_id = list_sessions(db)[0].patient_id
    case = list_cases(db, patient_id)[0]
    session = create_session(
        db, patient_id, case_id=case.id, started_at=dt.datetime(2026, 4, 1, 9, tzinfo=dt.UTC)
    )
    return case.id, (session.id,)
