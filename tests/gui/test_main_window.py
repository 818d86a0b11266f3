"""The main window: menus, shortcuts, opening sessions, a screenshot at 1440×900."""

from __future__ import annotations

import datetime as dt
import os
import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from charting import sessions
from ui.main_window import QtMainWindow


@pytest.fixture
def window(qtbot, demo_db, monkeypatch, tmp_path):
    for kind in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, **k: QMessageBox.StandardButton.No)
    win = QtMainWindow(demo_db)
    qtbot.addWidget(win)
    win.settings_path = str(tmp_path / "s.ini")
    return win


def test_the_session_editor_is_not_imported_at_start_up():
    # A fresh interpreter: importing the main window must not pull in the editor or the diagram.
    import subprocess

    # Nor the screens reached from the menus: dialogs, course view, printing, templates, lock, i18n.
    late = (
        "ui.session",
        "ui.diagram",
        "reportlab",
        "charting.acupoints",
        "ui.dialogs",
        "ui.outcomes",
        "ui.printing",
        "ui.templates",
        "ui.idle_lock",
        "ui.i18n",
        "charting.backup",
        "charting.accounts",
        "charting.sessions",
    )
    code = f"import sys, ui.app, ui.main_window; print(sorted(m for m in sys.modules if m.startswith({late!r})))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_menus_and_shortcuts(window):
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Patient", "Session", "View", "Help"]
    assert window.new_patient_action.shortcut().toString() == "Ctrl+N"
    assert window.new_session_action.shortcut().toString() == "Ctrl+Shift+N"


def test_open_a_session_from_the_list(window, demo_db):
    window.search_box.setText("Moreau")
    window.search_box.returnPressed.emit()
    assert window.browser.session_list.count() == 6
    window.browser.session_list.itemActivated.emit(window.browser.session_list.item(0))
    editor = window.editor
    assert editor is not None and window.stack.currentWidget() is editor
    assert editor.detail.patient.family_name == "Moreau"
    assert editor.model.rowCount() == len(editor.detail.needles) > 0
    shortcuts = {a.shortcut().toString() for a in window.actions()}
    assert {"Ctrl+I", "Ctrl+R", "Ctrl+L", "Ctrl+Z", "F1"} <= shortcuts


def test_new_session_then_repeat_last(window, demo_db):
    window.search_box.setText("Moreau")
    window.search_box.returnPressed.emit()
    before = len(sessions.list_sessions(demo_db, patient_id=window.browser.patient.id))
    window.browser.new_session(repeat_last=True)
    editor = window.editor
    last = sessions.list_sessions(demo_db, patient_id=window.browser.patient.id)
    assert len(last) == before + 1
    assert editor.detail.id == last[0].id
    previous = sessions.get_session(demo_db, last[1].id)
    assert [(n.point_code, n.side) for n in editor.detail.needles] == [
        (n.point_code, n.side) for n in previous.needles
    ]
    assert all(n.inserted_at is None for n in editor.detail.needles)
    assert window.browser.session_list.count() == before + 1
    # the header shows the patient's badges and the diagnosis
    assert editor.badges.labels == window.browser.patient.flags
    assert "M54" in editor.case_label.text()


def test_editor_header_shows_safety_badges(window, demo_db):
    window.search_box.setText("Okafor")
    window.search_box.returnPressed.emit()
    window.browser.session_list.itemActivated.emit(window.browser.session_list.item(0))
    assert "Anticoagulants / bleeding" in window.editor.badges.labels


def _screenshot(window, demo_db, path):
    """Claire Moreau's next session, repeated from the last one, needles in for 12 minutes."""
    from charting import accounts

    accounts.login(demo_db, "demo", "demo")  # as the running app: someone is logged in
    window.show_user()
    window.after_start()  # "Unsigned (n)" in the status bar
    window.resize(1440, 900)
    window.show()
    window.search_box.setText("Moreau")
    window.search_box.returnPressed.emit()
    session_id = window.browser.new_session(repeat_last=True)
    editor = window.editor
    ids = [n.id for n in editor.model.needles]
    started = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=12, seconds=20)
    sessions.insert_needles(demo_db, session_id, ids[:-1], at=started)
    editor.reload()
    editor.notes.editors["subjective"].setPlainText("Left leg pain 4/10, sleeping better; sitting still hurts")
    editor.table.selectRow(4)
    QApplication.processEvents()  # let the layouts settle, as the running app would
    return window.grab().save(path)


def test_screenshot_of_the_main_window(window, demo_db, qtbot, tmp_path):
    path = os.environ.get("ACUCHART_SCREENSHOT") or str(tmp_path / "main-window.png")
    assert _screenshot(window, demo_db, path)
    qtbot.waitExposed(window)
    window.editor.flush()
    assert os.path.getsize(path) > 10_000
    assert window.user_label.text() == "Logged in as demo" and window.unsigned_button.text() == "Unsigned (1)"


def test_closing_the_window_flushes_typed_text(window, demo_db, qtbot):
    window.search_box.setText("Okafor")
    window.search_box.returnPressed.emit()
    window.browser.session_list.itemActivated.emit(window.browser.session_list.item(0))
    session_id = window.editor.detail.id
    window.editor.notes.editors["tongue"].setText("red tip")
    window.close()
    assert sessions.get_session(demo_db, session_id).tongue == "red tip"


