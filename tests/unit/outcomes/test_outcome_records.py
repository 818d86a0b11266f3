"""Recording outcomes in a session: ranges, replacement, deletion, signed sessions."""

from __future__ import annotations

import pytest
from helpers_outcomes import make_case, sign

from charting.errors import SignedRecordError, ValidationError
from charting.outcomes import MEASURES, session_outcomes, set_odi, set_outcome, set_psfs
from charting.sessions import get_session


def test_set_outcome_records_and_replaces(db):
    _, (sid, *_) = make_case(db, 1)
    first = set_outcome(db, sid, "nrs_back", "before", 7)
    assert (first.measure, first.timing, first.value, first.label) == ("nrs_back", "before", 7.0, "")
    again = set_outcome(db, sid, "nrs_back", "before", "6")
    assert again.id == first.id and again.value == 6.0
    set_outcome(db, sid, "nrs_back", "after", 4)
    rows = session_outcomes(db, sid)
    assert [(o.measure, o.timing, o.value) for o in rows] == [("nrs_back", "before", 6.0), ("nrs_back", "after", 4.0)]
    # the session snapshot the editor holds shows the same rows
    assert len(get_session(db, sid).outcomes) == 2


def test_value_none_deletes(db):
    _, (sid, *_) = make_case(db, 1)
    set_outcome(db, sid, "vas", "before", 55.5)
    removed = set_outcome(db, sid, "vas", "before", None)
    assert removed is not None and removed.value == 55.5
    assert session_outcomes(db, sid) == []
    assert set_outcome(db, sid, "vas", "before", None) is None


def test_each_write_moves_the_session_version(db):
    _, (sid, *_) = make_case(db, 1)
    before = get_session(db, sid).version
    set_outcome(db, sid, "rmdq", "before", 14)
    assert get_session(db, sid).version > before


@pytest.mark.parametrize(
    ("measure", "value", "field", "range_text"),
    [
        ("nrs_back", 11, "NRS back", "0–10"),
        ("nrs_leg", -1, "NRS leg", "0–10"),
        ("nrs_leg", 4.5, "NRS leg", "0–10"),
        ("vas", 101, "VAS", "0–100 mm"),
        ("odi", 100.5, "ODI", "0–100%"),
        ("rmdq", 25, "RMDQ", "0–24"),
        ("slr_left", 95, "SLR left", "0–90°"),
        ("slr_right", -5, "SLR right", "0–90°"),
        ("pgic", 0, "PGIC", "1–7"),
        ("pgic", 8, "PGIC", "1–7"),
        ("rmdq", "many", "RMDQ", "0–24"),
    ],
)
def test_out_of_range_is_refused_naming_field_and_range(db, measure, value, field, range_text):
    _, (sid, *_) = make_case(db, 1)
    with pytest.raises(ValidationError) as exc:
        set_outcome(db, sid, measure, "before", value)
    assert exc.value.field == field
    assert range_text in str(exc.value)
    assert session_outcomes(db, sid) == []


def test_unknown_measure_and_timing_refused(db):
    _, (sid, *_) = make_case(db, 1)
    with pytest.raises(ValidationError, match="measure"):
        set_outcome(db, sid, "sf36", "before", 1)
    with pytest.raises(ValidationError, match="timing"):
        set_outcome(db, sid, "vas", "during", 1)


def test_labels_required_for_psfs_and_free_only(db):
    _, (sid, *_) = make_case(db, 1)
    with pytest.raises(ValidationError) as exc:
        set_outcome(db, sid, "psfs", "before", 4)
    assert exc.value.field == "PSFS activity"
    with pytest.raises(ValidationError) as exc:
        set_outcome(db, sid, "free", "before", 4)
    assert exc.value.field == "measure name"
    with pytest.raises(ValidationError):
        set_outcome(db, sid, "nrs_back", "before", 4, label="neck")
    grip = set_outcome(db, sid, "free", "after", 32.5, label="Grip strength kg")
    assert grip.label == "Grip strength kg"


def test_free_measure_matches_label_case_insensitively(db):
    _, (sid, *_) = make_case(db, 1)
    a = set_outcome(db, sid, "free", "before", 10, label="Sit-to-stand")
    b = set_outcome(db, sid, "free", "before", 12, label="sit-to-stand")
    assert a.id == b.id and b.value == 12
    assert len(session_outcomes(db, sid)) == 1


def test_set_odi_keeps_sections_and_computes_percent(db):
    _, (sid, *_) = make_case(db, 1)
    info = set_odi(db, sid, "before", [3, 2, 3, 3, 2, 3, 2, None, 2, 3])
    assert info.value == 51.1
    assert info.section_scores == [3, 2, 3, 3, 2, 3, 2, None, 2, 3]
    # replacing with all sections answered
    info = set_odi(db, sid, "before", [1] * 10)
    assert info.value == 20.0 and info.section_scores == [1] * 10
    assert len(session_outcomes(db, sid)) == 1


def test_set_odi_refuses_a_bad_section_and_keeps_the_old_value(db):
    _, (sid, *_) = make_case(db, 1)
    set_odi(db, sid, "before", [2] * 10)
    with pytest.raises(ValidationError) as exc:
        set_odi(db, sid, "before", [2, 2, 2, 2, 7, 2, 2, 2, 2, 2])
    assert exc.value.field == "ODI section 5"
    assert "0–5" in str(exc.value)
    assert [o.value for o in session_outcomes(db, sid)] == [40.0]


def test_odi_value_must_match_sections(db):
    _, (sid, *_) = make_case(db, 1)
    with pytest.raises(ValidationError, match="does not match"):
        set_outcome(db, sid, "odi", "before", 30, section_scores=[1] * 10)


def test_psfs_at_most_five_activities(db):
    _, (sid, *_) = make_case(db, 1)
    for i, name in enumerate(["walk", "sit", "stand", "lift", "sleep"]):
        set_outcome(db, sid, "psfs", "before", i + 1, label=name)
    with pytest.raises(ValidationError) as exc:
        set_outcome(db, sid, "psfs", "before", 5, label="drive")
    assert exc.value.field == "PSFS activity"
    # updating an existing activity is still allowed
    assert set_outcome(db, sid, "psfs", "before", 9, label="Walk").value == 9


def test_set_psfs_replaces_the_activity_list(db):
    _, (sid, *_) = make_case(db, 1)
    set_psfs(db, sid, "before", [("Walking", 3), ("Sitting", 4), ("Lifting", 2)])
    kept = set_psfs(db, sid, "before", [("walking", 5), ("Sitting", None), ("Driving", 6)])
    assert [(o.label, o.value) for o in kept] == [("walking", 5.0), ("Driving", 6.0)]
    assert sorted(o.label for o in session_outcomes(db, sid)) == ["Driving", "walking"]
    with pytest.raises(ValidationError) as exc:
        set_psfs(db, sid, "after", [("Walking", 11)])
    assert exc.value.field == "PSFS"
    assert "0–10" in str(exc.value)


def test_signed_session_refuses_outcome_edits(db):
    _, (sid, *_) = make_case(db, 1)
    set_outcome(db, sid, "nrs_back", "before", 6)
    sign(db, sid)
    with pytest.raises(SignedRecordError):
        set_outcome(db, sid, "nrs_back", "after", 3)
    with pytest.raises(SignedRecordError):
        set_outcome(db, sid, "nrs_back", "before", None)
    with pytest.raises(SignedRecordError):
        set_odi(db, sid, "before", [1] * 10)
    assert [o.value for o in session_outcomes(db, sid)] == [6.0]


def test_measures_metadata_is_complete():
    for code, info in MEASURES.items():
        assert info.code == code
        assert info.min < info.max
        assert info.title and info.short
        if info.mcic is not None:
            assert info.source, f"{code} MCIC needs a source"
    assert MEASURES["nrs_back"].mcic == 2 and MEASURES["odi"].mcic == 10 and MEASURES["rmdq"].mcic == 5
    assert MEASURES["slr_left"].mcic is None


def test_expected_version_guards_against_a_stale_editor(db):
    from charting.errors import ConcurrentEditError

    _, (sid, *_) = make_case(db, 1)
    version = get_session(db, sid).version
    set_outcome(db, sid, "nrs_back", "before", 6, expected_version=version)
    with pytest.raises(ConcurrentEditError):
        set_outcome(db, sid, "nrs_back", "after", 3, expected_version=version)
    with pytest.raises(ConcurrentEditError):
        set_odi(db, sid, "before", [1] * 10, expected_version=version)
    fresh = get_session(db, sid).version
    assert set_psfs(db, sid, "before", [("Walking", 4)], expected_version=fresh)[0].value == 4
