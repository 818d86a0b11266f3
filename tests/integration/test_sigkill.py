"""Killed mid-session: everything charted up to the last second is in the database.

Starts a real ``acuchart`` process (``python -m charting --db FILE``, offscreen) with the
``ACUCHART_TEST_SCRIPT`` hook (see ``ui/app.py``): once the window shows, the app runs a
script that charts needles and types notes through its own widgets, waits one second and
prints "charted".  The test then kills the process with SIGKILL — no clean shutdown, no
flush — and reads the database.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from charting import sessions
from charting.db.engine import open_database
from charting.patients import create_patient
from charting.practitioners import create_practitioner

SCRIPT = """
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

window.open_session({session_id})
editor = window.editor
entry = editor.point_entry
for line in ("BL23 BL25 b", "GB30 BL40 l"):
    QTest.keyClicks(entry, line)
    entry.completer_.popup().hide()
    QTest.keyClick(entry, Qt.Key.Key_Return)
editor.insert_all_button.click()
box = editor.notes.editors["subjective"]
box.setFocus()
QTest.keyClicks(box, "Pain radiating to the left calf")
tongue = editor.notes.editors["tongue"]
QTest.keyClicks(tongue, "pale, teeth marks")
# No flush, no close: the autosave must have written within one second.
QTimer.singleShot(1000, lambda: print("charted", flush=True))
"""


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_everything_charted_survives_sigkill(db_path, tmp_path, qtbot):
    db = open_database(f"sqlite:///{db_path}")
    create_practitioner(db, "chen", name="Dr Chen")
    patient = create_patient(db, family_name="Moreau", given_name="Claire")
    session_id = sessions.create_session(db, patient.id, planned_retention_min=20).id
    db.dispose()

    script = tmp_path / "chart.py"
    script.write_text(textwrap.dedent(SCRIPT.format(session_id=session_id)), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ACUCHART_TEST_SCRIPT=str(script))
    process = subprocess.Popen(
        [sys.executable, "-m", "charting", "--db", db_path],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        line = ""
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line or line.strip() == "charted":
                break
        assert line.strip() == "charted", process.stderr.read() if process.poll() is not None else "no output"
        os.kill(process.pid, signal.SIGKILL)
        assert process.wait(timeout=10) == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
        process.stdout.close()
        process.stderr.close()

    db = open_database(f"sqlite:///{db_path}")
    try:
        detail = sessions.get_session(db, session_id)
        assert [(n.point_code, n.side) for n in detail.needles] == [
            ("BL23", "left"),
            ("BL23", "right"),
            ("BL25", "left"),
            ("BL25", "right"),
            ("GB30", "left"),
            ("BL40", "left"),
        ]
        assert all(n.inserted_at is not None and n.removed_at is None for n in detail.needles)
        assert detail.subjective == "Pain radiating to the left calf"
        assert detail.tongue == "pale, teeth marks"

        # Restarted, the editor shows it all and the retention clock runs from the stored times.
        from ui.session.editor import QtSessionEditor

        editor = QtSessionEditor(db)
        qtbot.addWidget(editor)
        editor.open_session(session_id)
        assert editor.model.rowCount() == 6
        assert editor.clock.timer.isActive()
        assert editor.clock.elapsed is not None and editor.clock.elapsed >= 1.0
        assert editor.notes.value("tongue") == "pale, teeth marks"
    finally:
        db.dispose()
