"""Refreshing the outcome entry many times keeps its layout sound (it once crashed Qt)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from charting.outcomes import set_outcome
from charting.sessions import get_session, list_sessions
from ui.outcomes.entry import QtOutcomeEntry
from ui.session.record_panel import QtRecordPanel


def test_many_refreshes_keep_one_layout_item_per_widget(qtbot, demo_db):
    session_id = list_sessions(demo_db, patient_id=1)[0].id  # the open draft
    set_outcome(demo_db, session_id, "free", "before", 4, label="Sitting tolerance (h)")
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    entry = QtOutcomeEntry(demo_db)
    record = QtRecordPanel(demo_db)
    tabs.addTab(entry, "Outcomes")
    tabs.addTab(record, "Record")
    tabs.show()
    for _ in range(30):
        detail = get_session(demo_db, session_id)
        entry.set_session(detail)
        record.set_session(detail)
        qtbot.wait(1)
    box = entry.free_box
    widgets = [box.itemAt(i).widget() for i in range(box.count()) if box.itemAt(i).widget() is not None]
    assert len(widgets) == len(set(map(id, widgets)))
    assert widgets.count(entry.add_free_button) == 1
