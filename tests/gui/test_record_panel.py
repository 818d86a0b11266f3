"""QtRecordPanel: consent, adverse events and the clickable completeness checklist."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QDateTime

from charting import patients, practitioners, records, sessions
from charting.db.models import TreatmentSession
from charting.db.types import utcnow
from ui.session.record_panel import DATA_ROLE, QtRecordPanel


@pytest.fixture
def open_session(db):
    p = practitioners.create_practitioner(db, "mlchen", name="Mei Lin Chen")
    patient = patients.create_patient(db, family_name="Moreau")
    case = patients.create_case(db, patient.id, chief_complaint="Sciatica")
    session = sessions.create_session(
        db,
        patient.id,
        case_id=case.id,
        practitioner_id=p.id,
        started_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1),
    )
    return db, session.id


def _panel(qtbot, db, session_id):
    panel = QtRecordPanel(db)
    qtbot.addWidget(panel)
    panel.set_session(sessions.get_session(db, session_id))
    return panel


def test_missing_items_are_links_to_their_fields(qtbot, open_session):
    db, session_id = open_session
    panel = _panel(qtbot, db, session_id)
    fields = [panel.checklist.item(i).data(DATA_ROLE) for i in range(panel.checklist.count())]
    assert "case.acupuncture_style" in fields and "consent" in fields
    item = panel.checklist.item(fields.index("case.acupuncture_style"))
    assert "STRICTA 1a" in item.text() and item.font().underline()
    with qtbot.waitSignal(panel.fieldRequested) as signal:
        panel.checklist.itemClicked.emit(item)
    assert signal.args == ["case.acupuncture_style"]


def test_recording_consent_clears_the_consent_item(qtbot, open_session):
    db, session_id = open_session
    panel = _panel(qtbot, db, session_id)
    panel.consent_date.setDate(QDate.currentDate().addDays(-1))
    panel.scope_checks["electroacupuncture"].setChecked(True)
    panel.course_only.setChecked(True)
    panel.consent_notes.setText("Leaflet given")
    with qtbot.waitSignal(panel.sessionChanged):
        panel.add_consent_button.click()
    detail = sessions.get_session(db, session_id)
    (consent,) = records.list_consents(db, detail.patient.id)
    assert consent.scope == ("acupuncture", "electroacupuncture")
    assert consent.case_id == detail.case.id and consent.notes == "Leaflet given"
    assert "consent" not in [m.field for m in panel.missing]
    panel.consent_list.setCurrentRow(0)
    panel.withdraw_date.setDate(QDate.currentDate().addDays(-1))
    with qtbot.waitSignal(panel.sessionChanged):
        panel.withdraw_button.click()
    (consent,) = records.list_consents(db, detail.patient.id)
    assert consent.withdrawn_on is not None
    assert "withdrawn" in panel.consent_list.item(0).text()


def test_consent_without_scope_shows_the_message(qtbot, open_session):
    db, session_id = open_session
    panel = _panel(qtbot, db, session_id)
    panel.scope_checks["acupuncture"].setChecked(False)
    with qtbot.assertNotEmitted(panel.sessionChanged):
        assert panel.add_consent() is False
    assert "at least one" in panel.error.text()


def test_add_and_remove_an_adverse_event(qtbot, open_session):
    db, session_id = open_session
    panel = _panel(qtbot, db, session_id)
    panel.kind.setCurrentIndex(panel.kind.findData("fainting"))
    panel.severity.setCurrentIndex(panel.severity.findData("moderate"))
    panel.occurred.setDateTime(QDateTime.currentDateTime().addSecs(-600))
    panel.action.setText("Needles out, patient supine")
    panel.outcome.setText("Recovered in 5 min")
    with qtbot.waitSignal(panel.sessionChanged):
        panel.add_event_button.click()
    (event,) = sessions.get_session(db, session_id).adverse_events
    assert (event.kind, event.severity, event.action_taken, event.outcome) == (
        "fainting",
        "moderate",
        "Needles out, patient supine",
        "Recovered in 5 min",
    )
    assert "fainting (moderate)" in panel.event_list.item(0).text()
    panel.event_list.setCurrentRow(0)
    with qtbot.waitSignal(panel.sessionChanged):
        panel.remove_event_button.click()
    assert sessions.get_session(db, session_id).adverse_events == ()


def test_signed_session_locks_adverse_events(qtbot, open_session):
    db, session_id = open_session
    records.add_adverse_event(db, session_id, kind="bleeding", severity="mild")
    with db.unit() as s:
        row = s.get(TreatmentSession, session_id)
        row.status, row.signed_at, row.signed_by_id = "signed", utcnow(), row.practitioner_id
    panel = _panel(qtbot, db, session_id)
    panel.event_list.setCurrentRow(0)
    assert not panel.add_event_button.isEnabled() and not panel.remove_event_button.isEnabled()
    assert panel.add_event() is False and panel.remove_selected_event() is False


def test_interactive_widgets_have_accessible_names(qtbot, open_session):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QListWidget

    db, session_id = open_session
    panel = _panel(qtbot, db, session_id)
    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QListWidget)
    widgets = [w for kind in kinds for w in panel.findChildren(kind)]
    # Skip the parts Qt builds inside spin boxes, combo boxes and list views.
    unnamed = [
        w
        for w in widgets
        if not w.accessibleName() and not isinstance(w.parent(), QAbstractSpinBox | QComboBox | QListWidget)
    ]
    assert unnamed == []


def test_demo_course_session_is_complete(qtbot, demo_db):
    from charting.sessions import list_sessions

    latest = next(s for s in list_sessions(demo_db) if s.chart_number == "DEMO-0001")
    panel = _panel(qtbot, demo_db, latest.id)
    assert panel.missing == []
    assert "nothing missing" in panel.checklist_summary.text()
    assert "electroacupuncture" in panel.consent_list.item(0).text()
