"""QtOutcomeEntry: tapping scores, spin boxes, ODI with unanswered sections, refusals, signed sessions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from charting.accounts import create_account
from charting.outcomes import session_outcomes, set_outcome
from charting.patients import create_case, create_patient
from charting.sessions import get_session
from charting.signing import sign_session
from ui.outcomes.entry import QtOutcomeEntry

PASSWORD = "correct horse battery"


def _session(db):
    create_account(db, "doc", PASSWORD, name="Dr Test")
    patient = create_patient(db, family_name="Example")
    case = create_case(db, patient.id, chief_complaint="Low back pain", start_date=dt.date(2026, 3, 2))
    from charting.sessions import create_session

    return create_session(
        db, patient.id, case_id=case.id, started_at=dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC)
    ).id


def _stored(db, sid):
    return {(o.measure, o.label, o.timing): o.value for o in session_outcomes(db, sid)}


def _entry(qtbot, db, sid):
    entry = QtOutcomeEntry(db)
    qtbot.addWidget(entry)
    entry.set_session(get_session(db, sid))
    return entry


def test_tapping_nrs_records_and_tapping_again_clears(qtbot, db):
    sid = _session(db)
    entry = _entry(qtbot, db, sid)
    with qtbot.waitSignal(entry.sessionChanged):
        qtbot.mouseClick(entry.nrs[("nrs_back", "before")].button(7), Qt.MouseButton.LeftButton)
    assert _stored(db, sid) == {("nrs_back", "", "before"): 7.0}
    assert entry.nrs[("nrs_back", "before")].button(7).isChecked()
    # another value replaces it
    qtbot.mouseClick(entry.nrs[("nrs_back", "before")].button(5), Qt.MouseButton.LeftButton)
    assert _stored(db, sid) == {("nrs_back", "", "before"): 5.0}
    assert not entry.nrs[("nrs_back", "before")].button(7).isChecked()
    # tapping the lit one clears it
    qtbot.mouseClick(entry.nrs[("nrs_back", "before")].button(5), Qt.MouseButton.LeftButton)
    assert _stored(db, sid) == {}


def test_keyboard_reaches_the_score_buttons(qtbot, db):
    sid = _session(db)
    entry = _entry(qtbot, db, sid)
    button = entry.nrs[("nrs_leg", "after")].button(3)
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert _stored(db, sid) == {("nrs_leg", "", "after"): 3.0}


def test_spin_boxes_write_vas_and_slr(qtbot, db):
    sid = _session(db)
    entry = _entry(qtbot, db, sid)
    entry.spins[("vas", "before")].setValue(62)
    entry.spins[("slr_left", "after")].setValue(70)
    assert _stored(db, sid) == {("vas", "", "before"): 62.0, ("slr_left", "", "after"): 70.0}
    entry.spins[("vas", "before")].setValue(entry.spins[("vas", "before")].minimum())  # "–": not recorded
    assert ("vas", "", "before") not in _stored(db, sid)
    # the spin box itself cannot go past the measure's range
    spin = entry.spins[("slr_right", "before")]
    assert (spin.minimum(), spin.maximum()) == (-1, 90)


def test_out_of_range_is_refused_with_field_and_range_and_loses_nothing(qtbot, db):
    sid = _session(db)
    entry = _entry(qtbot, db, sid)
    entry.spins[("vas", "before")].setValue(40)
    assert entry.set_value("vas", "before", 150) is False
    assert entry.last_error == "VAS: 150 mm is outside the allowed range 0–100 mm"
    assert not entry.error.isHidden()
    assert _stored(db, sid) == {("vas", "", "before"): 40.0}
    assert entry.spins[("vas", "before")].value() == 40
    # a good value clears the message
    entry.spins[("vas", "before")].setValue(35)
    assert entry.last_error == ""


def test_odi_sections_with_not_answered_show_the_percentage_live(qtbot, db):
    sid = _session(db)
    entry = _entry(qtbot, db, sid)
    for spin, score in zip(entry.odi_sections, [3, 2, 3, 3, 2, 3, 2, None, 2, 3], strict=True):
        spin.set_optional(score)
    assert "51.1 %" in entry.odi_result.text()
    assert "23 of 45" in entry.odi_result.text()
    stored = [o for o in session_outcomes(db, sid) if o.measure == "odi"]
    assert len(stored) == 1 and stored[0].value == 51.1
    assert stored[0].section_scores == [3, 2, 3, 3, 2, 3, 2, None, 2, 3]
    # every section back to "n/a" removes the ODI
    for spin in entry.odi_sections:
        spin.set_optional(None)
    assert [o for o in session_outcomes(db, sid) if o.measure == "odi"] == []


def test_questionnaires_follow_the_chosen_timing(qtbot, db):
    sid = _session(db)
    entry = _entry(qtbot, db, sid)
    entry.rmdq.setValue(14)
    entry.timing.setCurrentIndex(entry.timing.findData("after"))
    assert entry.rmdq.optional_value() is None
    entry.rmdq.setValue(11)
    qtbot.mouseClick(entry.pgic.button(2), Qt.MouseButton.LeftButton)
    assert _stored(db, sid) == {
        ("rmdq", "", "before"): 14.0,
        ("rmdq", "", "after"): 11.0,
        ("pgic", "", "after"): 2.0,
    }
    entry.timing.setCurrentIndex(entry.timing.findData("before"))
    assert entry.rmdq.optional_value() == 14


def test_psfs_rows_and_mean(qtbot, db):
    sid = _session(db)
    entry = _entry(qtbot, db, sid)
    (name1, score1), (name2, score2) = entry.psfs_rows[:2]
    name1.setText("Walking 30 min")
    score1.setValue(3)
    name2.setText("Sitting at work")
    score2.setValue(6)
    assert _stored(db, sid) == {("psfs", "Walking 30 min", "before"): 3.0, ("psfs", "Sitting at work", "before"): 6.0}
    assert "4.5" in entry.psfs_result.text()
    # a name typed without a score yet is kept on screen, not lost
    name3, _ = entry.psfs_rows[2]
    name3.setText("Lifting")
    score1.setValue(4)
    assert name3.text() == "Lifting"


def test_free_measures_add_edit_remove(qtbot, db):
    sid = _session(db)
    entry = _entry(qtbot, db, sid)
    entry.new_free_name.setText("Fingertip-to-floor cm")
    entry.new_free_value.setText("25")
    qtbot.mouseClick(entry.add_free_button, Qt.MouseButton.LeftButton)
    assert _stored(db, sid) == {("free", "Fingertip-to-floor cm", "before"): 25.0}
    assert [label for label, _e, _r in entry.free_rows] == ["Fingertip-to-floor cm"]
    # a value that is not a number is refused, naming the field
    entry.new_free_name.setText("Grip")
    entry.new_free_value.setText("strong")
    qtbot.mouseClick(entry.add_free_button, Qt.MouseButton.LeftButton)
    assert entry.last_error.startswith("measure value:")
    assert entry.new_free_value.text() == "strong"  # what was typed stays to correct
    _label, _edit, remove = entry.free_rows[0]
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert _stored(db, sid) == {}


def test_signed_session_is_read_only(qtbot, db):
    sid = _session(db)
    set_outcome(db, sid, "nrs_back", "before", 6)
    sign_session(db, sid, "doc", PASSWORD)
    entry = _entry(qtbot, db, sid)
    assert entry.read_only
    assert not entry.nrs[("nrs_back", "before")].button(2).isEnabled()
    assert entry.nrs[("nrs_back", "before")].button(6).isChecked()
    assert "read-only" in entry.banner.text()
    assert not entry.spins[("vas", "before")].isEnabled() and not entry.add_free_button.isEnabled()
    assert entry.timing.isEnabled()  # both timings can still be read
    with qtbot.assertNotEmitted(entry.sessionChanged):
        assert entry.set_value("nrs_back", "before", 2) is False
    assert _stored(db, sid) == {("nrs_back", "", "before"): 6.0}


def test_every_input_has_an_accessible_name(qtbot, db):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QSpinBox

    sid = _session(db)
    entry = _entry(qtbot, db, sid)
    for kind in (QAbstractButton, QSpinBox, QLineEdit, QComboBox):
        for widget in entry.findChildren(kind):
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QSpinBox):
                continue
            text = widget.text() if hasattr(widget, "text") else ""
            assert widget.accessibleName(), f"{type(widget).__name__} {text}"


def test_each_change_is_one_undo_step(qtbot, db):
    sid = _session(db)
    entry = _entry(qtbot, db, sid)
    qtbot.mouseClick(entry.nrs[("nrs_back", "before")].button(7), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(entry.nrs[("nrs_back", "before")].button(4), Qt.MouseButton.LeftButton)
    for spin, score in zip(entry.odi_sections, [2] * 10, strict=True):
        spin.set_optional(score)
    assert entry.undo_stack.count() == 12  # two NRS taps and ten ODI sections
    assert "NRS back" in entry.undo_stack.text(0)
    with qtbot.waitSignal(entry.sessionChanged):
        entry.undo_stack.undo()  # the tenth ODI section
    assert [o.section_scores for o in session_outcomes(db, sid) if o.measure == "odi"] == [[2] * 9 + [None]]
    assert entry.odi_sections[9].optional_value() is None
    for _ in range(10):
        entry.undo_stack.undo()
    assert _stored(db, sid) == {("nrs_back", "", "before"): 7.0}
    assert entry.nrs[("nrs_back", "before")].button(7).isChecked()
    entry.undo_stack.undo()
    assert _stored(db, sid) == {}
    entry.undo_stack.redo()
    entry.undo_stack.redo()
    assert _stored(db, sid) == {("nrs_back", "", "before"): 4.0}


def test_refused_change_adds_no_undo_step(qtbot, db):
    sid = _session(db)
    entry = _entry(qtbot, db, sid)
    assert entry.set_value("pgic", "before", 9) is False
    assert entry.undo_stack.count() == 0


def test_undo_after_signing_reports_the_refusal(qtbot, db):
    sid = _session(db)
    entry = _entry(qtbot, db, sid)
    entry.set_value("rmdq", "before", 12)
    sign_session(db, sid, "doc", PASSWORD)
    entry.undo_stack.undo()
    assert "signed" in entry.last_error
    assert _stored(db, sid) == {("rmdq", "", "before"): 12.0}
