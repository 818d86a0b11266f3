"""The needle table model: Qt's model checks, rows in insertion order, live retention, edits."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt

from charting import sessions
from charting.patients import create_patient
from charting.practitioners import create_practitioner
from ui.session.needle_model import COL, QtNeedleTableModel, format_duration


@pytest.fixture
def charted(db):
    create_practitioner(db, "chen", name="Dr Chen")
    patient = create_patient(db, family_name="Moreau")
    session = sessions.create_session(db, patient.id)
    specs = []
    for code, side in (("BL23", "both"), ("GB30", "left"), ("GV4", "midline")):
        specs.extend(sessions.resolve_point(code, side))
    specs.append(sessions.NeedleSpec(ashi_label="tender spot", side="left", view="back", x=0.4, y=0.5))
    needles = sessions.add_needles(db, session.id, specs, defaults={"gauge_mm": 0.25, "length_mm": 40})
    return session.id, needles


def test_the_model_passes_qts_model_checks(qtmodeltester, db, charted):
    _session_id, needles = charted
    model = QtNeedleTableModel(db)
    model.set_needles(needles)
    qtmodeltester.check(model)
    # and again after incremental changes
    model.remove_ids([needles[1].id])
    model.upsert(needles[1])
    model.tick(dt.datetime.now(dt.UTC))
    qtmodeltester.check(model)


def test_rows_show_numbers_points_sides_and_settings(db, charted):
    _session_id, needles = charted
    model = QtNeedleTableModel(db)
    model.set_needles(list(reversed(needles)))  # any order in: insertion (seq) order out
    shown = [
        [model.headerData(r, Qt.Orientation.Vertical)] + [model.data(model.index(r, c)) for c in range(3)]
        for r in range(model.rowCount())
    ]
    assert shown == [
        ["1", "BL23", "L", "0.25"],
        ["2", "BL23", "R", "0.25"],
        ["3", "GB30", "L", "0.25"],
        ["4", "GV4", "M", "0.25"],
        ["5", "Ashi: tender spot", "L", "0.25"],
    ]
    assert model.data(model.index(0, COL["length_mm"])) == "40"
    assert model.flags(model.index(0, COL["gauge_mm"])) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, COL["point"])) & Qt.ItemFlag.ItemIsEditable


def test_removing_a_row_renumbers_the_rows_below(db, charted):
    _session_id, needles = charted
    model = QtNeedleTableModel(db)
    model.set_needles(needles)
    headers = []
    model.headerDataChanged.connect(lambda orientation, first, last: headers.append((first, last)))
    model.remove_ids([needles[1].id])  # BL23 R, the second row
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())] == ["1", "2", "3", "4"]
    assert headers == [(1, 3)]  # the numbers below the removed row are repainted
    assert [model.data(model.index(r, COL["point"])) for r in range(2)] == ["BL23", "GB30"]


def test_retention_ticks_without_reading_the_database(db, charted, monkeypatch):
    session_id, needles = charted
    start = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    inserted = sessions.insert_needles(db, session_id, [needles[0].id], at=start)
    model = QtNeedleTableModel(None)  # no database at all
    model.set_needles([inserted[0], *needles[1:]])
    changed = []
    model.dataChanged.connect(lambda a, b, roles: changed.append((a.row(), a.column(), b.row(), b.column())))
    model.tick(start + dt.timedelta(minutes=12, seconds=5))
    assert model.data(model.index(0, COL["retention"])) == "12:05"
    assert model.data(model.index(1, COL["retention"])) == ""  # not inserted
    assert changed == [(0, COL["retention"], 0, COL["retention"])]


def test_set_data_writes_through_update_needle_and_refuses_out_of_range(db, charted):
    session_id, needles = charted
    model = QtNeedleTableModel(db)
    model.set_needles(needles)
    failures = []
    model.editFailed.connect(failures.append)
    assert model.setData(model.index(0, COL["depth_mm"]), 25.0)
    assert sessions.get_session(db, session_id).needles[0].depth_mm == 25.0
    assert not model.setData(model.index(0, COL["gauge_mm"]), 0.9)
    assert failures == ["needle gauge: 0.9 mm is outside the allowed range 0.12–0.45 mm"]
    assert sessions.get_session(db, session_id).needles[0].gauge_mm == 0.25
    assert not model.setData(model.index(0, COL["angle"]), "sideways")
    assert "angle" in failures[-1]


def test_read_only_model_refuses_edits(db, charted):
    _session_id, needles = charted
    model = QtNeedleTableModel(db)
    model.set_needles(needles)
    model.read_only = True
    assert not model.flags(model.index(0, COL["gauge_mm"])) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, COL["gauge_mm"]), 0.3)


def test_upsert_replaces_in_place_and_inserts_by_seq(db, charted):
    _session_id, needles = charted
    model = QtNeedleTableModel(db)
    model.set_needles([n for n in needles if n.seq != 2])
    model.upsert(needles[1])
    assert [n.seq for n in model.needles] == [1, 2, 3, 4, 5]
    model.upsert(dataclasses.replace(needles[1], gauge_mm=0.3))
    assert model.data(model.index(1, COL["gauge_mm"])) == "0.3"
    assert model.rowCount() == 5


@pytest.mark.parametrize(("seconds", "text"), [(None, ""), (0, "00:00"), (65.9, "01:05"), (3725, "1:02:05")])
def test_format_duration(seconds, text):
    assert format_duration(seconds) == text
