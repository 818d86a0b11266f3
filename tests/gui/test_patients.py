"""Patients: instant search, the new/edit dialogs refusing bad input, badges, cases."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from charting.patients import create_patient, get_patient, list_cases, search_patients
from ui.patients.browser import QtPatientBrowser
from ui.patients.dialogs import QtCaseDialog, QtPatientDialog
from ui.widgets.badges import QtFlagBadges, badge_severity


@pytest.fixture
def browser(qtbot, demo_db):
    widget = QtPatientBrowser(demo_db)
    qtbot.addWidget(widget)
    return widget


def names(browser) -> list[str]:
    model = browser.patient_model
    return [model.data(model.index(r, 1)) for r in range(model.rowCount())]


def test_search_narrows_the_list_as_you_type(browser, qtbot):
    assert len(names(browser)) == 6
    qtbot.keyClicks(browser.search_box, "ok")
    assert names(browser) == ["Okafor, James"]
    browser.search_box.clear()
    qtbot.keyClicks(browser.search_box, "DEMO-0003")
    assert names(browser) == ["Lindqvist, Anna"]
    browser.search_box.setText("1947")
    assert names(browser) == ["Tanaka, Hiroshi"]
    browser.search_box.setText("zzz")
    assert names(browser) == []


def test_flags_show_as_badges_in_the_list_and_the_header(browser):
    browser.search_box.setText("Tanaka")
    model = browser.patient_model
    flags = model.data(model.index(0, model.FLAGS_COLUMN), model.FLAGS_ROLE)
    assert flags == ("Pacemaker / implant", "Diabetes")
    tip = model.data(model.index(0, model.FLAGS_COLUMN), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Pacemaker / implant; Diabetes"
    browser.search_box.returnPressed.emit()
    assert browser.patient is not None and browser.patient.family_name == "Tanaka"
    assert browser.badges.labels == ("Pacemaker / implant", "Diabetes")
    assert [badge_severity(b) for b in browser.badges.labels] == ["red", "amber"]


def test_badge_pills_have_text_and_contrasting_colours(qtbot):
    badges = QtFlagBadges()
    qtbot.addWidget(badges)
    badges.set_flags(("Pregnant (24 wk)", "Needle fainting"))
    pills = [badges._layout.itemAt(i).widget() for i in range(2)]
    assert [p.text() for p in pills] == ["!! Pregnant (24 wk)", "! Needle fainting"]
    assert [p.objectName() for p in pills] == ["badge-red", "badge-amber"]


def test_choosing_a_patient_lists_cases_and_sessions(browser):
    browser.search_box.setText("Moreau")
    browser.search_box.returnPressed.emit()
    assert browser.case_list.count() == 2  # "All sessions" and the sciatica course
    assert "M54" in browser.case_list.item(1).text()
    assert browser.session_list.count() == 6


def test_new_patient_dialog_refuses_bad_input_naming_the_field(qtbot, db):
    dialog = QtPatientDialog(db)
    qtbot.addWidget(dialog)
    dialog.family_name.setText("Rossi")
    dialog.date_of_birth.setText("1990-13-40")
    dialog.accept()
    assert dialog.result() == 0 and dialog.result_patient is None
    assert "date of birth" in dialog.error_label.text()
    assert not dialog.error_label.isHidden()
    assert dialog.date_of_birth.text() == "1990-13-40"  # nothing typed is lost
    dialog.date_of_birth.setText("1990-02-11")
    dialog.flag_boxes["flag_pregnant"].setChecked(True)
    dialog.pregnancy_weeks.setText("50")
    dialog.accept()
    assert "pregnancy weeks: 50 weeks is outside the allowed range 0–45 weeks" in dialog.error_label.text()
    assert search_patients(db, "Rossi") == []
    dialog.pregnancy_weeks.setText("12")
    dialog.accept()
    assert dialog.result_patient is not None
    saved = get_patient(db, dialog.result_patient.id)
    assert (saved.family_name, saved.flag_pregnant, saved.pregnancy_weeks) == ("Rossi", True, 12)


def test_family_name_is_required(qtbot, db):
    dialog = QtPatientDialog(db)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "family name" in dialog.error_label.text()


def test_edit_patient_keeps_every_field(qtbot, db):
    patient = create_patient(
        db, family_name="Okafor", given_name="James", flag_bleeding_risk=True, other_flags="warfarin"
    )
    dialog = QtPatientDialog(db, patient)
    qtbot.addWidget(dialog)
    assert dialog.flag_boxes["flag_bleeding_risk"].isChecked()
    assert dialog.other_flags.text() == "warfarin"
    dialog.flag_boxes["flag_epilepsy"].setChecked(True)
    dialog.accept()
    saved = get_patient(db, patient.id)
    assert saved.flag_epilepsy and saved.flag_bleeding_risk and saved.other_flags == "warfarin"


def test_case_dialog_offers_common_codes_and_refuses_bad_ones(qtbot, db):
    patient = create_patient(db, family_name="Moreau")
    dialog = QtCaseDialog(db, patient.id)
    qtbot.addWidget(dialog)
    dialog.chief_complaint.setText("left leg pain")
    codes = [dialog.icd10_code.itemData(i) for i in range(dialog.icd10_code.count())]
    assert {"M54.3", "M54.5", "M51.1"} <= set(codes)
    dialog.icd10_code.setEditText("54.3")
    dialog.accept()
    assert "ICD-10 code" in dialog.error_label.text()
    index = codes.index("M54.3")
    dialog.icd10_code.setCurrentIndex(index)
    dialog.icd10_code.activated.emit(index)
    assert dialog.diagnosis_text.text() == "Sciatica"
    dialog.planned_sessions.setText("300")
    dialog.accept()
    assert "planned sessions: 300 is outside the allowed range 1–200" in dialog.error_label.text()
    dialog.planned_sessions.setText("6")
    dialog.acupuncture_style.setCurrentIndex(dialog.acupuncture_style.findData("TCM"))
    dialog.accept()
    (case,) = list_cases(db, patient.id)
    assert (case.icd10_code, case.diagnosis_text, case.planned_sessions, case.acupuncture_style) == (
        "M54.3", "Sciatica", 6, "TCM",
    )
