"""Template picker and "Save as template…": apply through the picker, then edit one needle."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from charting.patients import create_case, create_patient
from charting.practitioners import create_practitioner
from charting.sessions import NeedleSpec, add_channel, add_needles, create_session, get_session, update_needle
from charting.templates import apply_template, list_templates, save_template
from ui.templates.dialog import QtSaveTemplateDialog, QtTemplatePicker


def _sessions(db, count=2):
    create_practitioner(db, "doc", name="Dr Test")
    patient = create_patient(db, family_name="Example")
    case = create_case(db, patient.id, chief_complaint="Sciatica", start_date=dt.date(2026, 3, 2))
    start = dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC)
    return [
        create_session(db, patient.id, case_id=case.id, started_at=start + dt.timedelta(days=i)).id
        for i in range(count)
    ]


def _chart(db, sid):
    needles = add_needles(
        db,
        sid,
        [
            NeedleSpec(point_code="BL25", side="left", x=0.46, y=0.55, settings={"gauge_mm": 0.25, "length_mm": 40}),
            NeedleSpec(point_code="GB30", side="left", x=0.4, y=0.62, settings={"gauge_mm": 0.30, "length_mm": 75}),
        ],
    )
    add_channel(db, sid, needles[0].id, needles[1].id, waveform="dense-disperse", frequency_hz=2, frequency_high_hz=100)


def test_picker_applies_a_saved_template_then_one_needle_is_edited(qtbot, db):
    source, target = _sessions(db)
    _chart(db, source)
    mine = save_template(db, source, "My sciatica EA", condition="Sciatica", notes="as for Claire")
    picker = QtTemplatePicker(db)
    qtbot.addWidget(picker)
    names = [t.name for t in picker.templates]
    assert "My sciatica EA" in names
    assert any(t.builtin for t in picker.templates)  # built-ins are ensured by the picker
    picker.filter.setText("sciatica ea")
    picker.select(mine.id)
    html = picker.details.toHtml()
    assert "as for Claire" in html and "BL25" in html
    assert picker.delete_button.isEnabled()
    with qtbot.waitSignal(picker.accepted):
        qtbot.mouseClick(picker.apply_button, Qt.MouseButton.LeftButton)
    assert picker.template_id == mine.id

    created = apply_template(db, picker.template_id, target)
    assert [n.point_code for n in created] == ["BL25", "GB30"]
    changed = update_needle(db, created[1].id, depth_mm=50, gauge_mm=0.35)
    assert (changed.depth_mm, changed.gauge_mm) == (50, 0.35)
    detail = get_session(db, target)
    assert [(n.point_code, n.gauge_mm) for n in detail.needles] == [("BL25", 0.25), ("GB30", 0.35)]
    assert len(detail.channels) == 1 and detail.channels[0].frequency_text == "2/100"


def test_picker_shows_builtin_sources_and_refuses_deleting_them(qtbot, db):
    picker = QtTemplatePicker(db)
    qtbot.addWidget(picker)
    builtin = next(t for t in picker.templates if t.builtin)
    picker.select(builtin.id)
    assert not picker.delete_button.isEnabled()
    assert builtin.notes[:40] in picker.details.toPlainText().replace("\n", " ")
    assert picker.delete(builtin.id) is False
    assert "built in" in picker.last_error
    assert any(t.id == builtin.id for t in list_templates(db))


def test_picker_deletes_own_template(qtbot, db):
    (source,) = _sessions(db, 1)
    _chart(db, source)
    mine = save_template(db, source, "Mine")
    picker = QtTemplatePicker(db)
    qtbot.addWidget(picker)
    assert picker.delete(mine.id) is True
    assert all(t.id != mine.id for t in picker.templates)


def test_picker_apply_needs_a_choice(qtbot, db):
    picker = QtTemplatePicker(db)
    qtbot.addWidget(picker)
    picker.filter.setText("no template is called this")
    assert picker.list.count() == 0
    assert not picker.apply_button.isEnabled()
    with qtbot.assertNotEmitted(picker.accepted):
        picker.accept()
    assert picker.template_id is None


def test_save_dialog_saves_and_keeps_text_on_refusal(qtbot, db):
    source, other = _sessions(db)
    _chart(db, source)
    _chart(db, other)
    dialog = QtSaveTemplateDialog(db, source)
    qtbot.addWidget(dialog)
    dialog.name.setText("Sciatica EA")
    dialog.condition.setText("Sciatica")
    dialog.notes.setPlainText("from session 1")
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert dialog.saved is not None and dialog.saved.needle_count == 2
    again = QtSaveTemplateDialog(db, other)
    qtbot.addWidget(again)
    again.name.setText("sciatica ea")
    again.notes.setPlainText("keep me")
    with qtbot.assertNotEmitted(again.accepted):
        again.accept()
    assert again.last_error.startswith("template name:")
    assert again.name.text() == "sciatica ea" and again.notes.toPlainText() == "keep me"
    assert again.saved is None


@pytest.mark.parametrize("widget_kind", ["picker", "save"])
def test_dialog_inputs_have_accessible_names(qtbot, db, widget_kind):
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QListWidget, QPlainTextEdit, QTextBrowser

    (source,) = _sessions(db, 1)
    _chart(db, source)
    dialog = QtTemplatePicker(db) if widget_kind == "picker" else QtSaveTemplateDialog(db, source)
    qtbot.addWidget(dialog)
    for kind in (QAbstractButton, QLineEdit, QListWidget, QPlainTextEdit, QTextBrowser):
        for widget in dialog.findChildren(kind):
            assert widget.accessibleName(), type(widget).__name__


def _when_modal(qtbot, act):
    """Run ``act(dialog)`` on the next modal dialog once it is shown."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        act(dialog)

    QTimer.singleShot(0, poll)


def test_apply_template_to_session_helper_runs_the_picker(qtbot, db):
    from ui.templates.dialog import apply_template_to_session

    source, target = _sessions(db)
    _chart(db, source)
    mine = save_template(db, source, "Mine")

    def choose(dialog):
        dialog.select(mine.id)
        dialog.accept()

    _when_modal(qtbot, choose)
    created = apply_template_to_session(None, db, target)
    assert created is not None and [n.point_code for n in created] == ["BL25", "GB30"]
    _when_modal(qtbot, lambda dialog: dialog.reject())
    assert apply_template_to_session(None, db, target) is None


def test_save_session_as_template_helper(qtbot, db):
    from ui.templates.dialog import save_session_as_template

    (source,) = _sessions(db, 1)
    _chart(db, source)

    def fill(dialog):
        dialog.name.setText("From the helper")
        dialog.accept()

    _when_modal(qtbot, fill)
    saved = save_session_as_template(None, db, source)
    assert saved is not None and saved.name == "From the helper"
    assert any(t.name == "From the helper" for t in list_templates(db))
