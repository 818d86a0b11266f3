"""QtSafetyPanel: blocks in red with their message, warnings acknowledged with a reason."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel

from charting import patients, practitioners, safety, sessions
from charting.db.models import TreatmentSession
from charting.db.types import utcnow
from ui.session.safety_panel import BLOCK_COLOUR, FINDING_ROLE, QtSafetyPanel

LI4 = {"point_code": "LI4", "side": "left", "view": "front", "x": 0.2, "y": 0.5}
SP6 = {"point_code": "SP6", "side": "left", "view": "front", "x": 0.4, "y": 0.9}


@pytest.fixture
def flagged(db):
    """A session with EA charted before the patient was flagged with a pacemaker and pregnancy."""
    p = practitioners.create_practitioner(db, "mlchen", name="Mei Lin Chen")
    patient = patients.create_patient(db, family_name="Tanaka")
    session = sessions.create_session(db, patient.id, practitioner_id=p.id)
    a, b = sessions.add_needles(db, session.id, [sessions.NeedleSpec(**LI4), sessions.NeedleSpec(**SP6)])
    sessions.add_channel(db, session.id, a.id, b.id, frequency_hz=2)
    patients.update_patient(db, patient.id, flag_implanted_device=True, flag_pregnant=True)
    return db, session.id


def _panel(qtbot, db, session_id):
    panel = QtSafetyPanel(db)
    qtbot.addWidget(panel)
    panel.set_session(sessions.get_session(db, session_id))
    return panel


def _items(panel):
    return [panel.list.item(i) for i in range(panel.list.count())]


def test_block_shows_first_in_red_with_its_message(qtbot, flagged):
    db, session_id = flagged
    panel = _panel(qtbot, db, session_id)
    first = panel.list.item(0)
    finding = first.data(FINDING_ROLE)
    assert finding.rule_id == "ea.implanted_device"
    assert "pacemaker" in first.text() and "LI4 L" in first.text()
    assert first.foreground().color() == BLOCK_COLOUR
    assert not first.icon().isNull()
    assert "block(s)" in panel.summary.text()
    # A block cannot be acknowledged: selecting it alone leaves the button disabled.
    first.setSelected(True)
    assert not panel.acknowledge_button.isEnabled()


def test_acknowledging_a_warning_stores_the_reason(qtbot, flagged, monkeypatch):
    db, session_id = flagged
    panel = _panel(qtbot, db, session_id)
    row = next(i for i, item in enumerate(_items(panel)) if item.data(FINDING_ROLE).rule_id == "pregnancy.point")
    panel.list.setCurrentRow(row, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert panel.acknowledge_button.isEnabled()
    asked = []
    monkeypatch.setattr(panel, "ask_reason", lambda findings: asked.append(findings) or "Midwife agreed; 39 weeks")
    with qtbot.waitSignal(panel.sessionChanged):
        panel.acknowledge_button.click()
    (chosen,) = asked[0]
    assert chosen.rule_id == "pregnancy.point"
    by_subject = {f.subject: f for f in safety.evaluate(db, session_id) if f.rule_id == "pregnancy.point"}
    assert by_subject[chosen.subject].acknowledged_reason == "Midwife agreed; 39 weeks"
    others = [f for key, f in by_subject.items() if key != chosen.subject]
    assert others and all(f.acknowledged_reason is None for f in others)  # only what was selected
    shown = next(item for item in _items(panel) if item.data(FINDING_ROLE).subject == chosen.subject)
    assert "Midwife agreed; 39 weeks" in shown.text()


def test_cancelled_or_empty_reason_stores_nothing(qtbot, flagged, monkeypatch):
    db, session_id = flagged
    panel = _panel(qtbot, db, session_id)
    row = next(i for i, item in enumerate(_items(panel)) if item.data(FINDING_ROLE).severity == "warn")
    panel.list.setCurrentRow(row, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    monkeypatch.setattr(panel, "ask_reason", lambda findings: None)
    with qtbot.assertNotEmitted(panel.sessionChanged):
        assert panel.acknowledge_selected() is False
    monkeypatch.setattr(panel, "ask_reason", lambda findings: "   ")
    assert panel.acknowledge_selected() is False
    assert "reason" in panel.error.text()
    assert all(f.acknowledged_reason is None for f in safety.evaluate(db, session_id))


def test_signed_session_is_read_only(qtbot, flagged, db):
    _, session_id = flagged
    with db.unit() as s:
        row = s.get(TreatmentSession, session_id)
        row.status, row.signed_at, row.signed_by_id = "signed", utcnow(), row.practitioner_id
    panel = _panel(qtbot, db, session_id)
    for item in _items(panel):
        item.setSelected(True)
    assert not panel.acknowledge_button.isEnabled()
    assert panel.acknowledge_selected() is False
    assert "read-only" in panel.summary.text()


def test_widgets_have_accessible_names(qtbot, flagged):
    db, session_id = flagged
    panel = _panel(qtbot, db, session_id)
    for widget in (panel.list, panel.acknowledge_button, panel.summary):
        assert widget.accessibleName()


def test_open_session_is_re_evaluated_on_the_clock(qtbot, flagged):
    db, session_id = flagged
    panel = _panel(qtbot, db, session_id)
    assert panel.timer.isActive()
    sessions.insert_needles(db, session_id, at=utcnow() - dt.timedelta(minutes=45))
    panel.list.item(0).setSelected(True)
    panel._tick()
    assert "retention.over_planned" in {item.data(FINDING_ROLE).rule_id for item in _items(panel)}
    assert panel.list.item(0).isSelected()
    sessions.remove_needles(db, session_id)
    sessions.end_session(db, session_id)
    panel.set_session(sessions.get_session(db, session_id))
    assert not panel.timer.isActive()


def test_demo_session_with_a_flagged_patient(qtbot, demo_db):
    from charting.sessions import list_sessions

    today = next(s for s in list_sessions(demo_db) if s.chart_number == "DEMO-0002")
    (needle,) = sessions.add_needles(
        demo_db, today.id, [sessions.NeedleSpec(point_code="LU9", side="left", view="front", x=0.2, y=0.5)]
    )
    panel = _panel(qtbot, demo_db, today.id)
    (item,) = _items(panel)
    assert item.data(FINDING_ROLE).rule_id == "bleeding.vessel" and "LU9 L" in item.text()
    assert item.data(FINDING_ROLE).needle_ids == (needle.id,)
