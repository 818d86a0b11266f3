"""QtLoginDialog: argon2 login, the demo hint only for the demo, the first account."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from charting import accounts
from charting.db import models as m
from ui.dialogs.login import QtLoginDialog

PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def _cheap_argon2(monkeypatch):
    from argon2 import PasswordHasher

    cheap = PasswordHasher(time_cost=1, memory_cost=256, parallelism=1)
    monkeypatch.setattr(accounts, "_hasher", lambda: cheap)


def _demo_account(db, password="demo"):
    with db.unit() as s:
        s.add(m.Practitioner(username="demo", name="Dr Mei Lin Chen", password_hash=accounts.hash_password(password)))


def test_login_with_the_right_password(qtbot, db):
    accounts.create_account(db, "chen", PASSWORD, name="Dr Chen")
    dialog = QtLoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.first_account and dialog.hint.isHidden()
    qtbot.keyClicks(dialog.username, "chen")
    qtbot.keyClicks(dialog.password, "wrong")
    with qtbot.assertNotEmitted(dialog.loggedIn):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "wrong username or password" in dialog.error.text()
    assert dialog.password.text() == "" and dialog.username.text() == "chen"
    assert db.practitioner_id is None
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.loggedIn) as blocker:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert blocker.args == ["chen"]
    assert dialog.result() == QtLoginDialog.DialogCode.Accepted
    assert db.actor == "chen" and db.practitioner_id == dialog.practitioner.id


def test_demo_hint_only_while_demo_has_its_default_password(qtbot, db):
    _demo_account(db)
    dialog = QtLoginDialog(db)
    qtbot.addWidget(dialog)
    assert not dialog.hint.isHidden()
    assert dialog.hint.text() == "Demo clinic: log in as demo / demo"
    dialog.username.setText("demo")
    dialog.password.setText("demo")
    assert dialog.try_login()
    accounts.set_password(db, "demo", "not the default any more")
    again = QtLoginDialog(db)
    qtbot.addWidget(again)
    assert again.hint.isHidden()


def test_first_account_is_created_on_an_empty_database(qtbot, db):
    dialog = QtLoginDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.first_account
    dialog.name.setText("Dr Ana Ruiz")
    dialog.username.setText("ruiz")
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText("different")
    assert not dialog.try_login() and "differ" in dialog.error.text()
    dialog.password.setText("short")
    dialog.repeat.setText("short")
    assert not dialog.try_login() and dialog.error.text().startswith("password: ")
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD)
    assert dialog.try_login()
    assert db.actor == "ruiz"
    assert accounts.authenticate(db, "ruiz", PASSWORD).name == "Dr Ana Ruiz"


def test_every_input_has_an_accessible_name(qtbot, db):
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    dialog = QtLoginDialog(db)
    qtbot.addWidget(dialog)
    for widget in dialog.findChildren(QLineEdit) + dialog.findChildren(QAbstractButton):
        if not widget.objectName().startswith("qt_"):
            assert widget.accessibleName(), widget
