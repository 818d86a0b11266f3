"""Sign, addendum and unsigned-sessions dialogs, and the idle lock."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QMainWindow, QPushButton

from charting import accounts, patients, sessions
from charting.errors import SignedRecordError
from ui.dialogs.addendum import QtAddendumDialog
from ui.dialogs.sign import QtSignDialog
from ui.dialogs.unsigned import QtUnsignedSessionsDialog
from ui.idle_lock import DEFAULT_MINUTES, SETTINGS_KEY, QtIdleLock, idle_minutes, install_idle_lock

PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def _cheap_argon2(monkeypatch):
    from argon2 import PasswordHasher

    cheap = PasswordHasher(time_cost=1, memory_cost=256, parallelism=1)
    monkeypatch.setattr(accounts, "_hasher", lambda: cheap)


@pytest.fixture
def chart(db):
    """A logged-in practitioner, a patient, a session from three days ago and one from now."""
    accounts.create_account(db, "chen", PASSWORD, name="Dr Mei Chen")
    accounts.login(db, "chen", PASSWORD)
    patient = patients.create_patient(db, family_name="Moreau", given_name="Claire")
    old = sessions.create_session(
        db, patient.id, started_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=3), planned_retention_min=30
    )
    sessions.add_needles(db, old.id, [sessions.NeedleSpec(point_code="GB34", side="left", view="side")])
    today = sessions.create_session(db, patient.id)
    return old.id, today.id


def _names_everywhere(dialog):
    for widget in dialog.findChildren(QLineEdit) + dialog.findChildren(QAbstractButton):
        if not widget.objectName().startswith("qt_"):  # Qt's own internals (the table corner)
            assert widget.accessibleName(), widget


def test_sign_dialog_signs_with_the_password(qtbot, db, chart):
    session_id, _ = chart
    dialog = QtSignDialog(db, session_id)
    qtbot.addWidget(dialog)
    _names_everywhere(dialog)
    assert dialog.username.text() == "chen" and dialog.username.isReadOnly()
    qtbot.keyClicks(dialog.password, "wrong")
    assert not dialog.try_sign()
    assert "wrong username or password" in dialog.error.text()
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.sessionSigned) as blocker:
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [session_id]
    assert sessions.get_session(db, session_id).signed


def test_sign_dialog_explains_needles_still_in(qtbot, db, chart):
    session_id, _ = chart
    sessions.insert_needles(db, session_id)
    dialog = QtSignDialog(db, session_id)
    qtbot.addWidget(dialog)
    dialog.password.setText(PASSWORD)
    with qtbot.assertNotEmitted(dialog.sessionSigned):
        assert not dialog.try_sign()
    assert "still in (GB34)" in dialog.error.text()
    assert not sessions.get_session(db, session_id).signed


def test_addendum_dialog(qtbot, db, chart):
    session_id, _ = chart
    dialog = QtAddendumDialog(db, session_id)
    qtbot.addWidget(dialog)
    _names_everywhere(dialog)
    assert not dialog.try_save() and "addendum: is required" in dialog.error.text()
    qtbot.keyClicks(dialog.text, "GB34 was needled at 25 mm.")
    with qtbot.waitSignal(dialog.addendumAdded):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [a.text for a in sessions.get_session(db, session_id).addenda] == ["GB34 was needled at 25 mm."]


def test_unsigned_dialog_lists_drafts_older_than_a_day(qtbot, db, chart):
    old_id, today_id = chart
    dialog = QtUnsignedSessionsDialog(db)
    qtbot.addWidget(dialog)
    _names_everywhere(dialog)
    assert [s.id for s in dialog.sessions] == [old_id]
    assert dialog.table.item(0, 1).text() == "Moreau, Claire"
    assert dialog.table.item(0, 4).text() == "1"
    with qtbot.waitSignal(dialog.sessionActivated) as blocker:
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert blocker.args == [old_id]
    assert today_id not in [s.id for s in dialog.sessions]


def test_unsigned_dialog_when_everything_is_signed(qtbot, db):
    dialog = QtUnsignedSessionsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.open_button.isEnabled()
    assert dialog.summary.text() == "Every session older than a day is signed."


@pytest.fixture
def window(qtbot):
    main = QMainWindow()
    button = QPushButton("Chart", main)
    button.setAccessibleName("Chart")
    main.setCentralWidget(button)
    main.resize(640, 420)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_idle_minutes_setting(qapp):
    settings = QSettings()
    settings.remove(SETTINGS_KEY)
    assert idle_minutes() == DEFAULT_MINUTES
    settings.setValue(SETTINGS_KEY, 3)
    assert idle_minutes() == 3
    settings.setValue(SETTINGS_KEY, "nonsense")
    assert idle_minutes() == DEFAULT_MINUTES
    settings.remove(SETTINGS_KEY)


def test_idle_lock_covers_the_window_and_unlocks_with_the_password(qtbot, qapp, db, chart, window):
    lock = install_idle_lock(qapp, window, db)
    try:
        lock.timer.setInterval(50)
        lock.timer.start()
        with qtbot.waitSignal(lock.lockedChanged, timeout=2000) as blocker:
            pass
        assert blocker.args == [True] and lock.locked
        assert lock.screen.isVisible() and lock.screen.geometry() == window.rect()
        assert lock.screen.username.text() == "chen"
        # Input meant for the window underneath is swallowed while locked.
        clicked = []
        window.centralWidget().clicked.connect(lambda: clicked.append(True))
        qtbot.mouseClick(window.centralWidget(), Qt.MouseButton.LeftButton)
        assert clicked == []
        qtbot.keyClicks(lock.screen.password, "wrong")
        assert not lock.try_unlock()
        assert lock.locked and "wrong password" in lock.screen.error.text()
        qtbot.keyClicks(lock.screen.password, PASSWORD)
        with qtbot.waitSignal(lock.lockedChanged) as blocker:
            qtbot.keyClick(lock.screen.password, Qt.Key.Key_Return)
        assert blocker.args == [False] and not lock.locked and lock.screen is None
        assert lock.timer.isActive()
    finally:
        qapp.removeEventFilter(lock)


def test_another_practitioner_can_log_in_at_the_lock_screen(qtbot, qapp, db, chart, window):
    accounts.create_account(db, "lee", "lee's long password", name="Dr Lee")
    lock = QtIdleLock(window, db, minutes=10)
    lock.lock()
    lock.screen.username.setText("lee")
    lock.screen.password.setText("lee's long password")
    with qtbot.waitSignal(lock.userChanged) as blocker:
        assert lock.try_unlock()
    assert blocker.args == ["lee"] and db.actor == "lee"


def test_input_restarts_the_countdown_and_zero_disables(qtbot, qapp, db, chart, window):
    lock = install_idle_lock(qapp, window, db)
    try:
        lock.set_minutes(1)
        lock.timer.stop()
        qtbot.mouseMove(window.centralWidget())
        qtbot.keyClick(window.centralWidget(), Qt.Key.Key_A)
        assert lock.timer.isActive()
        lock.set_minutes(0)
        qtbot.keyClick(window.centralWidget(), Qt.Key.Key_A)
        assert not lock.timer.isActive()
    finally:
        qapp.removeEventFilter(lock)


def test_signed_session_stays_read_only_after_the_dialogs(qtbot, db, chart):
    session_id, _ = chart
    dialog = QtSignDialog(db, session_id)
    qtbot.addWidget(dialog)
    dialog.password.setText(PASSWORD)
    assert dialog.try_sign()
    with pytest.raises(SignedRecordError):
        sessions.update_session(db, session_id, notes="changed after signing")


def test_lock_screen_as_login_screen_shows_the_demo_hint_only_for_the_demo(qtbot, qapp, db, window):
    from charting.db import models as m

    with db.unit() as s:
        s.add(m.Practitioner(username="demo", name="Dr Demo", password_hash=accounts.hash_password("demo")))
    lock = QtIdleLock(window, db, minutes=10)
    lock.lock()
    assert lock.screen.username.text() == "" and not lock.screen.hint.isHidden()
    lock.screen.username.setText("demo")
    lock.screen.password.setText("demo")
    with qtbot.waitSignal(lock.userChanged):
        assert lock.try_unlock()
    accounts.set_password(db, "demo", "no longer the default")
    accounts.logout(db)
    lock.lock()
    assert lock.screen.hint.isHidden()
