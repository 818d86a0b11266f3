"""The application frame reaches every finished piece: menus, dialogs, course view, lock, backups."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from charting import accounts, patients, sessions
from ui.app import QtBackupScheduler, log_in_at_start, schedule_backups
from ui.main_window import QtMainWindow
from ui.outcomes.course_window import QtCourseWindow

PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def _cheap_argon2(monkeypatch):
    from argon2 import PasswordHasher

    cheap = PasswordHasher(time_cost=1, memory_cost=256, parallelism=1)
    monkeypatch.setattr(accounts, "_hasher", lambda: cheap)


@pytest.fixture
def opened(monkeypatch):
    """Every dialog's exec() records the dialog and returns at once (Rejected) instead of blocking."""
    shown: list[QDialog] = []

    def fake_exec(self):
        shown.append(self)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    for kind in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, **k: QMessageBox.StandardButton.No)
    return shown


@pytest.fixture
def window(qtbot, demo_db, opened):
    accounts.create_account(demo_db, "chen", PASSWORD, name="Dr Mei Chen")
    accounts.login(demo_db, "chen", PASSWORD)
    win = QtMainWindow(demo_db)
    qtbot.addWidget(win)
    win.show_user()
    yield win
    if win.course_window is not None:
        win.course_window.close()


def _moreau(win):
    win.search_box.setText("Moreau")
    win.search_box.returnPressed.emit()
    assert win.browser.patient is not None and win.browser.patient.family_name == "Moreau"


def _open(win, demo_db, *, signed: bool):
    patient_id = win.browser.patient.id
    wanted = "signed" if signed else "draft"
    session = next(s for s in sessions.list_sessions(demo_db, patient_id=patient_id) if s.status == wanted)
    win.open_session(session.id)
    return session.id


def _menu_texts(win) -> dict[str, list[str]]:
    out = {}
    for top in win.menuBar().actions():
        out[top.text().replace("&", "")] = [a.text().replace("&", "") for a in top.menu().actions() if a.text()]
    return out


def test_every_menu_holds_its_actions(window, demo_db):
    _moreau(window)
    _open(window, demo_db, signed=False)  # the editor adds its actions and shortcuts
    menus = _menu_texts(window)
    assert {"Settings…", "Lock", "Log out / switch user", "Quit"} <= set(menus["File"])
    assert {"Course view…", "Export course PDF…", "Print course…"} <= set(menus["Patient"])
    assert {"Sign…", "Add addendum…", "Unsigned sessions…"} <= set(menus["Session"])
    assert {"Keyboard shortcuts", "About AcuChart"} <= set(menus["Help"])
    assert window.lock_action.shortcut().toString() == "Ctrl+Shift+L"
    assert window.sign_action.shortcut().toString() == "Ctrl+Shift+S"
    assert window.unsigned_action.shortcut().toString() == "Ctrl+Shift+U"
    shortcuts = [
        key.toString()
        for a in set(window.actions()) | set(window.findChildren(type(window.lock_action)))
        for key in a.shortcuts()
        if a.parent() is window or a in window.actions()
    ]
    assert len(shortcuts) > 20
    assert len(shortcuts) == len(set(shortcuts)), sorted(shortcuts)


def test_actions_follow_the_state(window, demo_db):
    # Nothing open: no session actions, no case actions.
    assert not window.sign_action.isEnabled() and not window.addendum_action.isEnabled()
    assert not window.export_action.isEnabled() and not window.course_action.isEnabled()
    _moreau(window)
    assert window.course_action.isEnabled() and window.browser.course_button.isEnabled()
    _open(window, demo_db, signed=False)
    assert window.sign_action.isEnabled() and not window.addendum_action.isEnabled()
    assert window.editor.end_action in window.session_menu.actions()
    assert window.editor.apply_template_action in window.session_menu.actions()
    _open(window, demo_db, signed=True)
    assert not window.sign_action.isEnabled() and window.addendum_action.isEnabled()
    assert not window.editor.apply_template_action.isEnabled()  # a signed record takes no template


def test_sign_turns_the_editor_read_only(window, demo_db, qtbot, monkeypatch):
    _moreau(window)
    window.browser.new_session()  # a fresh draft with nothing in
    editor = window.editor
    session_id = editor.detail.id
    assert not editor.detail.signed and editor.point_entry.isEnabled()

    def sign_in_dialog(dialog):
        dialog.password.setText(PASSWORD)
        assert dialog.try_sign(), dialog.error.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QDialog, "exec", sign_in_dialog)
    window.sign_action.trigger()
    assert editor.detail.id == session_id and editor.detail.signed
    assert editor.model.read_only and not editor.point_entry.isEnabled()
    assert not window.sign_action.isEnabled() and window.addendum_action.isEnabled()
    assert editor.undo_stack.count() == 0
    assert sessions.get_session(demo_db, session_id).signed


def test_addendum_dialog_only_for_signed_sessions(window, demo_db, opened):
    from ui.dialogs.addendum import QtAddendumDialog

    _moreau(window)
    _open(window, demo_db, signed=False)
    assert window.add_addendum() is None and not opened
    _open(window, demo_db, signed=True)
    window.addendum_action.trigger()
    assert isinstance(opened[-1], QtAddendumDialog) and opened[-1].session_id == window.editor.detail.id


def test_unsigned_sessions_one_click_away_and_activation_opens(window, demo_db, opened):
    from ui.dialogs.unsigned import QtUnsignedSessionsDialog

    window.after_start()
    assert window.unsigned_count == 1
    assert window.unsigned_button.isVisibleTo(window) and window.unsigned_button.text() == "Unsigned (1)"
    window.unsigned_button.click()
    dialog = opened[-1]
    assert isinstance(dialog, QtUnsignedSessionsDialog) and len(dialog.sessions) == 1
    dialog.open_selected()  # what Enter or a double-click does
    assert window.editor is not None and window.editor.detail.id == dialog.sessions[0].id
    assert window.stack.currentWidget() is window.editor
    window.unsigned_action.trigger()
    assert isinstance(opened[-1], QtUnsignedSessionsDialog) and opened[-1] is not dialog


def test_course_view_opens_on_the_demo_case_from_the_browser(window, demo_db, qtbot):
    _moreau(window)
    window.browser.case_list.setCurrentRow(1)
    item = window.browser.case_list.currentItem()
    window.browser.case_list.itemActivated.emit(item)  # Enter or double-click on the case
    course = window.course_window
    assert isinstance(course, QtCourseWindow) and course.isVisible()
    case_id = window.browser.current_case_id()
    assert course.case_id == case_id
    assert course.view.model.rowCount() > 0
    verdict = course.view.verdict.text()
    assert "✔" in verdict and "✖" not in verdict  # pain and disability fell over the demo course
    # The menu action reuses the window.
    window.course_action.trigger()
    assert window.course_window is course
    # A score entered in the session shows in the open course view once the burst of changes is over.
    from charting import outcomes

    model = course.view.model
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "NRS back")
    last_row = model.rowCount() - 1
    assert model.cell_text(last_row, column) == "3→2"
    draft = next(s for s in sessions.list_sessions(demo_db, case_id=case_id) if s.status == "draft")
    outcomes.set_outcome(demo_db, draft.id, "nrs_back", "after", 1)
    window._refresh_session_list()  # what the editor's sessionChanged leads to, 400 ms later
    assert course.view.model.cell_text(last_row, column) == "3→1"


def test_course_export_and_print_go_through_printing(window, monkeypatch):
    import ui.printing

    calls = []
    monkeypatch.setattr(ui.printing, "export_course_pdf", lambda parent, db, case_id: calls.append(("pdf", case_id)))
    monkeypatch.setattr(ui.printing, "print_course", lambda parent, db, case_id: calls.append(("print", case_id)))
    _moreau(window)
    case_id = window.browser.current_case_id()
    window.export_course_action.trigger()
    window.print_course_action.trigger()
    course = window.show_course()
    course.export_button.click()
    course.print_button.click()
    assert calls == [("pdf", case_id), ("print", case_id)] * 2


def test_settings_about_and_templates_open(window, demo_db, opened):
    from ui.dialogs.about import QtAboutDialog
    from ui.dialogs.settings import QtSettingsDialog
    from ui.templates.dialog import QtSaveTemplateDialog, QtTemplatePicker

    window.settings_action.trigger()
    window.about_action.trigger()
    _moreau(window)
    window.browser.new_session()
    window.editor.apply_template_action.trigger()
    window.editor.save_template_action.trigger()
    kinds = [type(d) for d in opened]
    assert kinds == [QtSettingsDialog, QtAboutDialog, QtTemplatePicker, QtSaveTemplateDialog]


def test_lock_then_the_password_unlocks(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.lock_action.trigger()
    lock = window.idle_lock
    assert lock is not None and lock.locked and lock.screen.isVisible()
    assert not window.menuBar().isEnabled()
    assert lock.screen.username.text() == "chen"
    lock.screen.password.setText("wrong")
    assert not lock.try_unlock() and lock.locked
    qtbot.keyClicks(lock.screen.password, PASSWORD)
    with qtbot.waitSignal(lock.lockedChanged) as blocker:
        qtbot.keyClick(lock.screen.password, Qt.Key.Key_Return)
    assert blocker.args == [False] and not lock.locked and window.menuBar().isEnabled()


def test_log_out_then_another_practitioner_logs_in(window, demo_db, qtbot):
    accounts.create_account(demo_db, "ana", PASSWORD, name="Ana Silva")
    window.show()
    qtbot.waitExposed(window)
    window.logout_action.trigger()
    lock = window.idle_lock
    assert lock.locked and demo_db.practitioner_id is None
    assert window.user_label.text() == "Nobody logged in" and not window.lock_action.isEnabled()
    lock.screen.username.setText("ana")
    lock.screen.password.setText(PASSWORD)
    with qtbot.waitSignal(lock.userChanged):
        assert lock.try_unlock()
    assert demo_db.actor == "ana" and window.user_label.text() == "Logged in as ana"
    assert window.lock_action.isEnabled()


def test_start_with_accounts_shows_the_login_lock(qtbot, demo_db, opened):
    win = QtMainWindow(demo_db)
    qtbot.addWidget(win)
    assert log_in_at_start(QApplication.instance(), win, demo_db)
    assert not opened  # accounts exist: no welcome, no login dialog; the lock screen logs in
    assert win.idle_lock is not None and demo_db.practitioner_id is None
    win.show()
    win.idle_lock.lock()
    screen = win.idle_lock.screen
    assert screen.unlock_button.text().replace("&", "") == "Log in" and not screen.hint.isHidden()


def test_first_run_declined_twice_quits(qtbot, db, opened):
    from ui.dialogs.login import QtLoginDialog
    from ui.dialogs.welcome import QtWelcomeDialog

    win = QtMainWindow(db)
    qtbot.addWidget(win)
    assert not log_in_at_start(QApplication.instance(), win, db)
    assert [type(d) for d in opened] == [QtWelcomeDialog, QtLoginDialog]
    assert opened[1].first_account


def test_first_run_welcome_creates_the_account_and_logs_in(qtbot, db, monkeypatch):
    def fill_welcome(dialog):
        dialog.clinic_name.setText("Riverside Acupuncture")
        dialog.name.setText("Dr Mei Chen")
        dialog.username.setText("chen")
        dialog.password.setText(PASSWORD)
        dialog.password_again.setText(PASSWORD)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", fill_welcome)
    win = QtMainWindow(db)
    qtbot.addWidget(win)
    assert log_in_at_start(QApplication.instance(), win, db)
    assert db.actor == "chen" and win.user_label.text() == "Logged in as chen"
    patient = patients.create_patient(db, family_name="Nguyen", given_name="An")
    detail = sessions.create_session(db, patient.id)
    assert detail.practitioner.username == "chen"  # the change is attributed to who logged in


def test_rolling_backup_scheduled_for_sqlite(qtbot, db, tmp_path):
    from charting.clinic_settings import update_settings

    folder = tmp_path / "backups here"
    update_settings(db, backup_folder=str(folder), backup_keep=3)
    win = QtMainWindow(db)
    qtbot.addWidget(win)
    scheduler = schedule_backups(db, win)
    assert isinstance(scheduler, QtBackupScheduler) and scheduler.timer.isActive()
    assert scheduler.timer.interval() == 2000  # 2 s after start
    with qtbot.waitSignal(scheduler.backupMade, timeout=10_000) as made:
        scheduler.run_now()
    assert scheduler.timer.interval() == 3_600_000  # then hourly
    assert made.args[0].startswith(str(folder)) and len(list(folder.iterdir())) == 1
    assert "Backup saved" in win.statusBar().currentMessage()
    with qtbot.waitSignal(scheduler.backupSkipped, timeout=10_000):
        scheduler.run_now()  # at most one a day
    scheduler.wait()


def test_rolling_backup_default_folder_is_beside_the_database(qtbot, db):
    scheduler = schedule_backups(db)
    folder, keep = scheduler.target()
    assert folder == str(db.sqlite_path.parent / "backups") and keep == 14
    scheduler.timer.stop()


def test_a_failing_backup_shows_in_the_status_bar(qtbot, db, tmp_path):
    from charting.clinic_settings import update_settings

    gone = tmp_path / "usb stick"
    gone.mkdir()
    update_settings(db, backup_folder=str(gone))
    gone.rmdir()
    gone.write_text("the stick was swapped for a file")  # the folder cannot be created now
    win = QtMainWindow(db)
    qtbot.addWidget(win)
    scheduler = schedule_backups(db, win)
    with qtbot.waitSignal(scheduler.backupFailed, timeout=10_000) as failed:
        scheduler.run_now()
    scheduler.wait()
    assert failed.args[0].startswith("backup:")
    assert win.statusBar().currentMessage().startswith("Backup failed: backup:")


@pytest.mark.postgres
def test_no_rolling_backup_for_postgresql(pg_db):
    assert schedule_backups(pg_db) is None


def test_quit_after_startup_imports_none_of_the_later_screens(tmp_path):
    code = (
        "import sys; from charting.cli import main; rc = main(['--db', sys.argv[1], '--quit-after-startup']); "
        "late = ('ui.dialogs', 'ui.idle_lock', 'ui.i18n', 'ui.session', 'ui.outcomes', 'ui.printing', "
        "'ui.templates', 'charting.backup', 'charting.accounts', 'reportlab'); "
        "print('late:', sorted(m for m in sys.modules if m.startswith(late))); sys.exit(rc)"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", **{k: v for k, v in __import__("os").environ.items()}}
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "clinic.db")], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.strip().splitlines()
    assert int(lines[0]) > 0
    assert lines[1] == "late: []"


def test_keyboard_shortcut_list_names_the_new_keys(window):
    keys = dict(window.shortcut_lines())
    assert {"Ctrl+Shift+L", "Ctrl+Shift+S", "Ctrl+Shift+U", "Ctrl+Shift+O"} <= set(keys)


def test_interactive_widgets_have_accessible_names(window):
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    for button in window.findChildren(QAbstractButton):
        # Qt's own internals: the line edits' clear buttons, the table corner, the menu extension.
        if not button.objectName().startswith("qt_") and not isinstance(button.parent(), QLineEdit):
            assert button.accessibleName(), button.text()


def test_week_old_draft_counts_as_unsigned(window, demo_db):
    _moreau(window)
    sessions.create_session(
        demo_db, window.browser.patient.id, started_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=7)
    )
    assert window.refresh_unsigned() == 2 and window.unsigned_button.text() == "Unsigned (2)"


def test_run_app_starts_behind_the_login_lock_with_backups(qtbot, demo_db, monkeypatch, capsys):
    """The whole start of ``acuchart`` (no --quit-after-startup), up to the event loop;
    a broken translations folder leaves the window in English instead of stopping it."""
    import types

    import ui.app
    import ui.i18n
    import ui.main_window

    def broken(app, language=None):
        raise NotADirectoryError("MultiplexedPath only supports directories")

    monkeypatch.setattr(ui.i18n, "install_translator", broken)

    made: list[QtMainWindow] = []

    class Recorded(QtMainWindow):
        def __init__(self, db):
            super().__init__(db)
            made.append(self)
            qtbot.addWidget(self)  # closed and deleted after the test, whatever happens

    seen = {}

    def fake_exec():
        window = made[0]
        seen["locked"] = window.idle_lock is not None and window.idle_lock.locked
        seen["visible"] = window.isVisible() and window.idle_lock.screen.isVisible()
        seen["backup"] = window.findChild(QtBackupScheduler) is not None
        return 0

    monkeypatch.setattr(ui.main_window, "QtMainWindow", Recorded)
    monkeypatch.delenv(ui.app.TEST_SCRIPT_ENV, raising=False)
    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    ctx = types.SimpleNamespace(args=types.SimpleNamespace(quit_after_startup=False), database=lambda: demo_db)
    try:
        assert ui.app.run_app(ctx) == 0
    finally:
        for window in made:
            if window.idle_lock is not None:
                window.idle_lock.unlock()
                window.idle_lock.timer.stop()
    assert len(made) == 1
    assert seen == {"locked": True, "visible": True, "backup": True}
    assert "translations not loaded" in capsys.readouterr().err
