"""The settings dialog: values round-trip; out-of-range values are refused naming the field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDialog, QLineEdit, QPlainTextEdit

from charting.clinic_settings import get_settings, update_settings
from ui.dialogs.settings import IDLE_LOCK_KEY, QtSettingsDialog, idle_lock_minutes
from ui.i18n import LANGUAGE_KEY


@pytest.fixture
def store(tmp_path) -> QSettings:
    """A per-test workstation settings file (QSettings caches its default location per process)."""
    return QSettings(str(tmp_path / "workstation.ini"), QSettings.Format.IniFormat)


def _dialog(qtbot, db, store) -> QtSettingsDialog:
    dialog = QtSettingsDialog(db, settings=store)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_values_round_trip(qtbot, db, store, tmp_path):
    dialog = _dialog(qtbot, db, store)
    dialog.clinic_name.setText("Harbour Acupuncture")
    dialog.clinic_address.setPlainText("1 Quay Road\nPortsmouth")
    dialog.gauge.setText("0,30")  # a decimal comma is accepted
    dialog.length.setText("50")
    dialog.retention.setText("25")
    dialog.paper_size.setCurrentIndex(dialog.paper_size.findData("Letter"))
    dialog.billing_block.setChecked(True)
    dialog.backup_folder.setText(str(tmp_path))
    dialog.backup_keep.setText("30")
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.idle_lock.setText("5")

    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)

    saved = get_settings(db)
    assert saved == dialog.saved
    assert (saved.clinic_name, saved.clinic_address) == ("Harbour Acupuncture", "1 Quay Road\nPortsmouth")
    assert (saved.default_gauge_mm, saved.default_length_mm, saved.planned_retention_min) == (0.30, 50.0, 25)
    assert (saved.paper_size, saved.billing_block) == ("Letter", True)
    assert (saved.backup_folder, saved.backup_keep) == (str(tmp_path), 30)
    assert store.value(LANGUAGE_KEY) == "zh_CN"
    assert idle_lock_minutes(store) == 5
    assert dialog.language_changed

    again = _dialog(qtbot, db, store)
    assert again.clinic_name.text() == "Harbour Acupuncture"
    assert again.clinic_address.toPlainText() == "1 Quay Road\nPortsmouth"
    assert (again.gauge.text(), again.length.text(), again.retention.text()) == ("0.3", "50", "25")
    assert again.paper_size.currentData() == "Letter"
    assert again.billing_block.isChecked()
    assert (again.backup_folder.text(), again.backup_keep.text()) == (str(tmp_path), "30")
    assert again.language.currentData() == "zh_CN"
    assert again.idle_lock.text() == "5"


def test_shows_values_saved_elsewhere(qtbot, db, store):
    update_settings(db, clinic_name="From the other room", paper_size="Letter", default_length_mm=30)
    store.setValue(IDLE_LOCK_KEY, 15)
    dialog = _dialog(qtbot, db, store)
    assert dialog.clinic_name.text() == "From the other room"
    assert dialog.paper_size.currentData() == "Letter"
    assert dialog.length.text() == "30"
    assert dialog.idle_lock.text() == "15"
    assert dialog.language.currentData() == ""  # the system language until one is chosen


@pytest.mark.parametrize(
    ("widget", "text", "field", "allowed"),
    [
        ("gauge", "0.9", "needle gauge", "0.12–0.45 mm"),
        ("length", "300", "needle length", "7–125 mm"),
        ("retention", "0", "planned retention", "1–120 min"),
        ("backup_keep", "1000", "backups kept", "1–365"),
        ("idle_lock", "2000", "idle lock", "0–1440 minutes"),
        ("idle_lock", "-1", "idle lock", "0–1440 minutes"),
    ],
)
def test_out_of_range_is_refused_naming_the_field(qtbot, db, store, widget, text, field, allowed):
    before = get_settings(db)
    dialog = _dialog(qtbot, db, store)
    dialog.clinic_name.setText("Typed and not lost")
    edit = getattr(dialog, widget)
    edit.setText(text)

    with qtbot.assertNotEmitted(dialog.accepted):
        dialog.accept()

    message = dialog.error_label.text()
    assert dialog.error_label.isVisible()
    assert message.startswith(f"{field}:"), message
    assert allowed in message
    assert dialog.focusWidget() is edit
    assert dialog.tabs.currentWidget().isAncestorOf(edit)  # the page holding the field is shown
    assert edit.text() == text and dialog.clinic_name.text() == "Typed and not lost"
    assert get_settings(db) == before  # nothing saved
    assert store.value(IDLE_LOCK_KEY) is None


def test_idle_lock_zero_means_never_and_is_kept(qtbot, db, store):
    dialog = _dialog(qtbot, db, store)
    dialog.idle_lock.setText("0")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert idle_lock_minutes(store) == 0
    assert _dialog(qtbot, db, store).idle_lock.text() == "0"


def test_not_a_number_is_refused(qtbot, db, store):
    dialog = _dialog(qtbot, db, store)
    dialog.gauge.setText("thin")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "'thin' is not a number" in dialog.error_label.text()


def test_a_backup_folder_that_is_a_file_is_refused(qtbot, db, store, tmp_path):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    dialog = _dialog(qtbot, db, store)
    dialog.backup_folder.setText(str(a_file))
    dialog.accept()
    assert dialog.error_label.text().startswith("backup folder:")
    assert dialog.focusWidget() is dialog.backup_folder


def test_cancel_saves_nothing(qtbot, db, store):
    dialog = _dialog(qtbot, db, store)
    dialog.clinic_name.setText("Not saved")
    dialog.idle_lock.setText("3")
    dialog.reject()
    assert get_settings(db).clinic_name == ""
    assert store.value(IDLE_LOCK_KEY) is None


def test_every_input_has_an_accessible_name_and_takes_keyboard_focus(qtbot, db, store):
    dialog = _dialog(qtbot, db, store)
    inputs = (
        dialog.findChildren(QLineEdit)
        + dialog.findChildren(QPlainTextEdit)
        + dialog.findChildren(QComboBox)
        + dialog.findChildren(QAbstractButton)
    )
    assert len(inputs) >= 14
    for widget in inputs:
        if widget.parent() is not None and type(widget.parent()).__name__ == "QTabBar":
            continue  # the tab bar's scroll arrows
        assert widget.accessibleName(), f"{type(widget).__name__} has no accessible name"
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
