"""The first-run welcome: clinic settings and the first account, refusals, the demo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QLineEdit, QPlainTextEdit

from charting.accounts import authenticate
from charting.clinic_settings import get_settings
from charting.practitioners import list_practitioners
from ui.dialogs.welcome import QtWelcomeDialog, maybe_run_first_run, needs_first_run


def _logo(tmp_path) -> str:
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#0f766e"))
    path = tmp_path / "logo.png"
    assert image.save(str(path))
    return str(path)


def _fill(dialog: QtWelcomeDialog, *, password: str = "needle-safe-1", again: str | None = None) -> None:
    dialog.clinic_name.setText("Harbour Acupuncture")
    dialog.clinic_address.setPlainText("1 Quay Road\nPortsmouth")
    dialog.name.setText("Dr Ana Ruiz")
    dialog.credentials.setText("L.Ac.")
    dialog.licence_number.setText("AC-77")
    dialog.username.setText("ana")
    dialog.password.setText(password)
    dialog.password_again.setText(password if again is None else again)


def test_creates_the_first_practitioner_and_the_clinic_settings(qtbot, db, tmp_path):
    assert needs_first_run(db)
    dialog = QtWelcomeDialog(db)
    qtbot.addWidget(dialog)
    _fill(dialog)
    dialog.logo_path.setText(_logo(tmp_path))

    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not needs_first_run(db)
    (only,) = list_practitioners(db)
    assert (only.username, only.name, only.credentials, only.licence_number) == ("ana", "Dr Ana Ruiz", "L.Ac.", "AC-77")
    assert dialog.created == only
    assert authenticate(db, "ana", "needle-safe-1").id == only.id
    assert (db.practitioner_id, db.actor) == (only.id, "ana")  # logged in: no second password prompt
    settings = get_settings(db)
    assert settings.clinic_name == "Harbour Acupuncture"
    assert settings.clinic_address == "1 Quay Road\nPortsmouth"
    assert settings.logo_path.endswith("logo.png")


def test_mismatched_passwords_are_refused_with_a_clear_message(qtbot, db):
    dialog = QtWelcomeDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, again="needle-safe-2")

    with qtbot.assertNotEmitted(dialog.accepted):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert dialog.error_label.isVisible()
    assert "password again" in dialog.error_label.text()
    assert "differ" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.password_again
    # Nothing saved, nothing typed lost.
    assert list_practitioners(db) == []
    assert get_settings(db).clinic_name == ""
    assert db.practitioner_id is None
    assert dialog.username.text() == "ana"
    assert dialog.clinic_name.text() == "Harbour Acupuncture"


def test_a_short_password_names_the_field_and_saves_nothing(qtbot, db):
    dialog = QtWelcomeDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, password="short")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text().startswith("password:")
    assert "at least 8" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.password
    assert list_practitioners(db) == []
    assert get_settings(db).clinic_name == ""


def test_a_logo_that_is_not_an_image_creates_no_account(qtbot, db, tmp_path):
    not_image = tmp_path / "logo.png"
    not_image.write_text("not a picture")
    dialog = QtWelcomeDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog)
    dialog.logo_path.setText(str(not_image))
    dialog.accept()
    assert dialog.error_label.text().startswith("logo:")
    assert dialog.focusWidget() is dialog.logo_path
    assert list_practitioners(db) == []


def test_load_demo_loads_the_demo_clinic(qtbot, db):
    dialog = QtWelcomeDialog(db)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.demo_loaded
    assert dialog.created is None
    assert [p.username for p in list_practitioners(db)] == ["demo"]
    assert get_settings(db).clinic_name == "AcuChart Demo Clinic"
    assert not needs_first_run(db)
    assert db.practitioner_id is None  # the login dialog follows, with the demo/demo hint


def test_the_demo_account_is_explained(qtbot, db):
    dialog = QtWelcomeDialog(db)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "<b>demo</b> with the password <b>demo</b>" in texts


def test_no_welcome_when_a_practitioner_exists(qtbot, demo_db, monkeypatch):
    def fail(*_args):
        raise AssertionError("the welcome must not be shown")

    monkeypatch.setattr(QtWelcomeDialog, "exec", fail)
    assert maybe_run_first_run(demo_db) is True


def test_cancelling_the_welcome_reports_not_set_up(qtbot, db, monkeypatch):
    monkeypatch.setattr(QtWelcomeDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert maybe_run_first_run(db) is False


def test_every_input_has_an_accessible_name_and_takes_keyboard_focus(qtbot, db):
    dialog = QtWelcomeDialog(db)
    qtbot.addWidget(dialog)
    inputs = dialog.findChildren(QLineEdit) + dialog.findChildren(QPlainTextEdit) + dialog.findChildren(QAbstractButton)
    assert len(inputs) >= 12
    for widget in inputs:
        assert widget.accessibleName(), f"{type(widget).__name__} {widget.objectName()!r} has no accessible name"
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
