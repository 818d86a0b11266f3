"""The session editor, driven through its widgets: entry, diagram signals, table, undo, autosave."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from charting import sessions
from charting.patients import create_case, create_patient
from charting.practitioners import create_practitioner
from charting.sessions import get_session
from ui.session.needle_model import COL


class _Calls(list):
    answer: dict


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes answered without showing them; the calls are recorded."""
    calls = _Calls()
    answer = {"value": QMessageBox.StandardButton.No}

    def fake(kind):
        def show(_parent, title, text, *args, **kwargs):
            calls.append((kind, text))
            return answer["value"]

        return show

    for kind in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, fake(kind))
    calls.answer = answer
    return calls


@pytest.fixture
def session_id(db):
    create_practitioner(db, "chen", name="Dr Chen")
    patient = create_patient(db, family_name="Moreau", given_name="Claire", flag_bleeding_risk=True)
    case = create_case(db, patient.id, chief_complaint="left leg pain", icd10_code="M54.3", diagnosis_text="Sciatica")
    return sessions.create_session(db, patient.id, case_id=case.id, planned_retention_min=20).id


@pytest.fixture
def editor(qtbot, db, session_id, tmp_path, boxes):
    from ui.session.editor import QtSessionEditor

    widget = QtSessionEditor(db)
    widget.settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.open_session(session_id)
    return widget


def enter(editor, text: str) -> None:
    editor.point_entry.setText(text)
    editor.point_entry.submit()


def stored(db, session_id) -> list[tuple[str, str]]:
    return [(n.label, n.side) for n in get_session(db, session_id).needles]


def chart_sciatica(editor) -> None:
    """The 12-needle sciatica chart: keyboard entry, diagram clicks, an ashi spot, the other side."""
    enter(editor, "BL23 BL25 b")
    enter(editor, "GB30 BL40 BL57 GB34 l")
    enter(editor, "GV4")
    view = editor.diagram
    x, y = sessions.resolve_point("BL36", "left", "back")[0].x, sessions.resolve_point("BL36", "left", "back")[0].y
    view.pointPlaced.emit("BL36", "left", "back", x, y)
    view.ashiPlaced.emit("back", 0.42, 0.47)
    gb30 = next(n for n in editor.model.needles if n.point_code == "GB30")
    view.sideRequested.emit(gb30.id, "both")


def test_chart_a_twelve_needle_sciatica_session(editor, db, session_id):
    chart_sciatica(editor)
    assert stored(db, session_id) == [
        ("BL23", "left"),
        ("BL23", "right"),
        ("BL25", "left"),
        ("BL25", "right"),
        ("GB30", "left"),
        ("BL40", "left"),
        ("BL57", "left"),
        ("GB34", "left"),
        ("GV4", "midline"),
        ("BL36", "left"),
        ("Ashi: 1", "left"),
        ("GB30", "right"),
    ]
    assert editor.model.rowCount() == 12
    assert editor.count_label.text() == "In 0 · Out 0"
    assert editor.planned_label.text() == "12 planned"
    # table edits go through update_needle
    model = editor.model
    row = model.row_of(next(n.id for n in model.needles if n.point_code == "GB30" and n.side == "left"))
    assert model.setData(model.index(row, COL["gauge_mm"]), 0.30)
    assert model.setData(model.index(row, COL["length_mm"]), 75.0)
    assert model.setData(model.index(row, COL["depth_mm"]), 55.0)
    assert model.setData(model.index(row, COL["angle"]), "perpendicular")
    assert model.setData(model.index(row, COL["technique"]), "even")
    assert model.setData(model.index(row, COL["deqi"]), True)
    gb30 = next(n for n in get_session(db, session_id).needles if n.point_code == "GB30" and n.side == "left")
    assert (gb30.gauge_mm, gb30.length_mm, gb30.depth_mm, gb30.angle, gb30.technique, gb30.deqi) == (
        0.30, 75.0, 55.0, "perpendicular", "even", True,
    )
    assert model.data(model.index(row, COL["deqi"])) == "yes"
    # insert all, then the count and the live retention column
    assert editor.insert_all()
    assert editor.count_label.text() == "In 12 · Out 0"
    assert editor.planned_label.text() == ""
    assert all(n.inserted_at is not None for n in get_session(db, session_id).needles)
    later = editor.model.needles[0].inserted_at + dt.timedelta(minutes=3, seconds=7)
    editor.model.tick(later)
    assert model.data(model.index(0, COL["retention"])) == "03:07"
    assert editor.remove_all()
    assert editor.count_label.text().startswith("In 0 · Out 12")
    assert all(n.removed_at is not None for n in get_session(db, session_id).needles)


def test_new_needles_take_the_practitioners_last_used_values(editor, db, session_id):
    enter(editor, "BL40 l")
    model = editor.model
    assert model.setData(model.index(0, COL["gauge_mm"]), 0.30)
    assert model.setData(model.index(0, COL["length_mm"]), 50.0)
    assert model.setData(model.index(0, COL["angle"]), "oblique")
    enter(editor, "BL57 l")
    bl57 = get_session(db, session_id).needles[-1]
    assert (bl57.gauge_mm, bl57.length_mm, bl57.angle) == (0.30, 50.0, "oblique")


def test_a_refused_table_edit_names_the_field_and_changes_nothing(editor, db, session_id, boxes):
    enter(editor, "BL40 l")
    model = editor.model
    assert model.setData(model.index(0, COL["length_mm"]), 40.0)
    assert not model.setData(model.index(0, COL["depth_mm"]), 60.0)  # deeper than the needle is long
    assert "depth" in model.last_error and "40" in model.last_error
    assert boxes and "depth" in boxes[-1][1]
    assert get_session(db, session_id).needles[0].depth_mm is None
    assert editor.undo_stack.count() == 2  # the place and the length; nothing for the refusal


def test_a_refused_value_stays_in_the_table_editor(editor, qtbot, boxes):
    enter(editor, "BL40 l")
    model = editor.model
    assert model.setData(model.index(0, COL["length_mm"]), 30.0)
    index = model.index(0, COL["depth_mm"])
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    spin = editor.table.indexWidget(index) or editor.table.viewport().focusWidget()
    qtbot.waitUntil(lambda: editor.table.state() == editor.table.State.EditingState)
    spin = QApplication.focusWidget() if spin is None else spin
    spin.setValue(45.0)
    editor.table.commitData(spin)
    editor.table.closeEditor(spin, editor.table.itemDelegate().EndEditHint.NoHint)
    qtbot.waitUntil(lambda: editor.table.state() == editor.table.State.EditingState)
    reopened = editor.table.viewport().focusWidget() or QApplication.focusWidget()
    assert reopened.value() == 45.0  # what was typed is still there to correct


def test_bad_keyboard_entry_is_named_and_kept(editor):
    editor.point_entry.setText("BL40 QQ12 l")
    editor.point_entry.submit()
    assert "'QQ12'" in editor.entry_error.text()
    assert not editor.entry_error.isHidden()
    assert editor.point_entry.text() == "BL40 QQ12 l"
    assert editor.model.rowCount() == 0


def test_completer_lists_matches_while_typing(editor, qtbot):
    editor.point_entry.setFocus()
    qtbot.keyClicks(editor.point_entry, "weizh")
    texts = [editor.point_entry.match_model.index(r).data() for r in range(editor.point_entry.match_model.rowCount())]
    assert any(t.startswith("BL40 ") for t in texts)
    row = next(r for r, t in enumerate(texts) if t.startswith("BL40 "))
    assert editor.point_entry.match_model.index(row).data(Qt.ItemDataRole.EditRole) == "BL40 "


def test_undo_and_redo_every_action(editor, db, session_id):
    stack = editor.undo_stack
    view = editor.diagram

    def undo_redo(check_before, check_after):
        check_after()
        stack.undo()
        check_before()
        stack.redo()
        check_after()

    # place points from the keyboard
    enter(editor, "BL23 b")
    undo_redo(
        lambda: _expect(stored(db, session_id), []),
        lambda: _expect(stored(db, session_id), [("BL23", "left"), ("BL23", "right")]),
    )
    assert editor.model.rowCount() == 2
    # place a point on the diagram
    spec = sessions.resolve_point("BL40", "left", "back")[0]
    view.pointPlaced.emit("BL40", "left", "back", spec.x, spec.y)
    undo_redo(
        lambda: _expect(len(stored(db, session_id)), 2),
        lambda: _expect(stored(db, session_id)[-1], ("BL40", "left")),
    )
    # place and move an ashi spot
    view.ashiPlaced.emit("back", 0.40, 0.50)
    undo_redo(
        lambda: _expect(len(stored(db, session_id)), 3),
        lambda: _expect(stored(db, session_id)[-1], ("Ashi: 1", "left")),
    )
    ashi = editor.model.needles[-1]
    view.needleMoved.emit(ashi.id, 0.41, 0.52)
    undo_redo(
        lambda: _expect(_xy(db, session_id, -1), (0.40, 0.50)),
        lambda: _expect(_xy(db, session_id, -1), (0.41, 0.52)),
    )
    # change side of BL40: left -> right
    bl40 = next(n for n in editor.model.needles if n.point_code == "BL40")
    view.sideRequested.emit(bl40.id, "right")
    undo_redo(
        lambda: _expect(stored(db, session_id)[2], ("BL40", "left")),
        lambda: _expect(stored(db, session_id)[2], ("BL40", "right")),
    )
    # edit a setting
    model = editor.model
    assert model.setData(model.index(0, COL["gauge_mm"]), 0.3)
    undo_redo(
        lambda: _expect(get_session(db, session_id).needles[0].gauge_mm, None),
        lambda: _expect(get_session(db, session_id).needles[0].gauge_mm, 0.3),
    )
    # insert and remove times
    assert editor.insert_all()
    undo_redo(
        lambda: _expect({n.state for n in get_session(db, session_id).needles}, {"planned"}),
        lambda: _expect({n.state for n in get_session(db, session_id).needles}, {"inserted"}),
    )
    first_in = get_session(db, session_id).needles[0].inserted_at
    assert editor.remove_all()
    undo_redo(
        lambda: _expect({n.state for n in get_session(db, session_id).needles}, {"inserted"}),
        lambda: _expect({n.state for n in get_session(db, session_id).needles}, {"removed"}),
    )
    assert get_session(db, session_id).needles[0].inserted_at == first_in  # redo keeps the times
    # EA pair drawn on the diagram: the EA panel's command lands on the editor's stack
    a, b = editor.model.needles[0], editor.model.needles[1]
    view.leadPairRequested.emit(a.id, b.id)
    undo_redo(
        lambda: _expect(len(get_session(db, session_id).channels), 0),
        lambda: _expect(len(get_session(db, session_id).channels), 1),
    )
    # remove a needle (with its EA pair); undo restores both
    channels_before = len(get_session(db, session_id).channels)
    view.removeRequested.emit(a.id)
    undo_redo(
        lambda: (
            _expect(stored(db, session_id)[0], ("BL23", "left")),
            _expect(len(get_session(db, session_id).channels), channels_before),
        ),
        lambda: _expect(stored(db, session_id)[0], ("BL23", "right")),
    )
    # a text edit (debounced) merges with the next edit of the same field
    editor.notes.editors["tongue"].setText("pale")
    editor.notes.flush()
    editor.notes.editors["tongue"].setText("pale, thin white coat")
    editor.notes.flush()
    assert get_session(db, session_id).tongue == "pale, thin white coat"
    before = stack.count()
    stack.undo()
    assert get_session(db, session_id).tongue == ""
    assert editor.notes.value("tongue") == ""
    stack.redo()
    assert get_session(db, session_id).tongue == "pale, thin white coat"
    assert stack.count() == before


def _expect(actual, expected):
    assert actual == expected
    return True


def _xy(db, session_id, index):
    needle = get_session(db, session_id).needles[index]
    return (round(needle.x, 4), round(needle.y, 4))


def test_undo_of_a_placement_keeps_later_settings_commands_working(editor, db, session_id):
    enter(editor, "BL40 l")
    model = editor.model
    assert model.setData(model.index(0, COL["gauge_mm"]), 0.25)
    editor.undo_stack.undo()  # the gauge
    editor.undo_stack.undo()  # the placement
    assert stored(db, session_id) == []
    editor.undo_stack.redo()
    editor.undo_stack.redo()
    assert get_session(db, session_id).needles[0].gauge_mm == 0.25


def test_text_is_saved_while_typing_and_a_new_editor_shows_everything(editor, qtbot, db, session_id, tmp_path):
    enter(editor, "BL23 BL25 b")
    assert editor.insert_all()
    box = editor.notes.editors["subjective"]
    box.setFocus()
    qtbot.keyClicks(box, "Pain down the left leg, worse sitting")
    typed = "Pain down the left leg, worse sitting"
    qtbot.waitUntil(lambda: get_session(db, session_id).subjective == typed, timeout=2000)
    editor.notes.editors["planned_retention_min"].setValue(25)
    qtbot.waitUntil(lambda: get_session(db, session_id).planned_retention_min == 25, timeout=2000)
    editor.notes.editors["pulse"].setText("wiry")
    editor.flush()  # what closing the window does
    assert get_session(db, session_id).pulse == "wiry"

    from ui.session.editor import QtSessionEditor

    again = QtSessionEditor(db)
    again.settings = QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat)
    qtbot.addWidget(again)
    again.open_session(session_id)
    assert again.notes.value("subjective") == "Pain down the left leg, worse sitting"
    assert again.notes.value("pulse") == "wiry"
    assert again.notes.value("planned_retention_min") == 25
    assert [n.point_code for n in again.model.needles] == ["BL23", "BL23", "BL25", "BL25"]
    assert again.count_label.text().startswith("In 4")
    assert again.clock.timer.isActive()  # the retention clock runs from the stored times


def test_focus_out_writes_at_once(editor, qtbot, db, session_id):
    box = editor.notes.editors["plan"]
    box.setFocus()
    qtbot.keyClicks(box, "weekly x6")
    editor.notes.editors["tongue"].setFocus()
    QApplication.sendEvent(box, _focus_out())
    assert get_session(db, session_id).plan == "weekly x6"


def _focus_out():
    from PySide6.QtGui import QFocusEvent

    return QFocusEvent(QFocusEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason)


def test_ending_with_needles_in_needs_a_recorded_confirmation(editor, db, session_id, boxes):
    enter(editor, "BL40 l")
    assert editor.insert_all()
    boxes.answer["value"] = QMessageBox.StandardButton.No
    assert not editor.end_session()
    assert get_session(db, session_id).ended_at is None
    assert "still in" in boxes[-1][1]
    boxes.answer["value"] = QMessageBox.StandardButton.Yes
    assert editor.end_session()
    detail = get_session(db, session_id)
    assert detail.ended_at is not None and detail.ended_with_needles_in
    # the needle left in can still be recorded as removed afterwards
    assert not editor.point_entry.isEnabled()
    assert editor.remove_all_button.isEnabled()
    assert editor.remove_all()
    assert get_session(db, session_id).needles[0].removed_at is not None


def test_ending_with_all_needles_out_asks_nothing(editor, db, session_id, boxes):
    enter(editor, "BL40 l")
    assert editor.insert_all()
    assert editor.remove_all()
    assert editor.end_session()
    assert not boxes
    assert not get_session(db, session_id).ended_with_needles_in


def test_retention_alert_shows_and_beeps_at_the_planned_time(qtbot, db, session_id, monkeypatch, tmp_path, boxes):
    from ui.session.editor import QtSessionEditor

    beeps = []
    monkeypatch.setattr(QApplication, "beep", lambda: beeps.append(1))
    needles = sessions.add_needles(db, session_id, sessions.resolve_point("BL40", "left"))
    sessions.insert_needles(
        db, session_id, [n.id for n in needles], at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=21)
    )
    widget = QtSessionEditor(db)
    widget.settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    qtbot.addWidget(widget)
    widget.open_session(session_id)
    assert not widget.banner.isHidden()
    assert "20 min" in widget.banner.text()
    assert beeps == [1]
    assert widget.timer_label.text().startswith("21:")
    widget.remove_all()
    assert widget.banner.isHidden()
    assert not widget.clock.timer.isActive()


def test_diagram_and_table_selection_follow_each_other(editor):
    enter(editor, "BL23 BL25 b")
    ids = [n.id for n in editor.model.needles]
    editor.diagram.selectionChangedIds.emit([ids[1], ids[3]])
    assert editor.selected_ids() == [ids[1], ids[3]]
    editor.table.selectRow(0)
    assert editor.diagram.selected_needle_ids() == [ids[0]]


def test_a_signed_session_is_read_only(qtbot, demo_db, tmp_path, boxes):
    from ui.session.editor import QtSessionEditor

    signed = next(s for s in sessions.list_sessions(demo_db) if s.status == "signed")
    widget = QtSessionEditor(demo_db)
    widget.settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    qtbot.addWidget(widget)
    widget.open_session(signed.id)
    assert widget.model.rowCount() > 0
    assert not widget.model.flags(widget.model.index(0, COL["gauge_mm"])) & Qt.ItemFlag.ItemIsEditable
    assert not widget.point_entry.isEnabled()
    assert not widget.insert_all_button.isEnabled()
    assert widget.notes.editors["subjective"].isReadOnly()


def test_diagram_marker_colour_follows_the_needle_state(editor, qtbot):
    from ui.diagram.markers import STATE_COLOURS

    editor.show()
    qtbot.waitExposed(editor)
    editor.diagram.set_view("back")
    enter(editor, "BL40 l")
    needle = editor.model.needles[0]
    view = editor.diagram

    def colour_at_marker():
        scene_pos = view.diagram.to_scene(needle.x, needle.y)
        point = view.mapFromScene(scene_pos)
        image = view.viewport().grab().toImage()
        return image.pixelColor(point.x() - 6, point.y() + 1)

    def close(a, b):
        return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 40

    assert close(colour_at_marker(), STATE_COLOURS["planned"])
    assert editor.insert_all()
    assert close(colour_at_marker(), STATE_COLOURS["inserted"])


def test_without_an_ea_panel_the_editor_joins_the_pair_itself(editor, db, session_id):
    enter(editor, "BL23 b")
    editor.panels.clear()
    a, b = editor.model.needles
    editor.diagram.leadPairRequested.emit(a.id, b.id)
    (channel,) = get_session(db, session_id).channels
    assert {channel.needle_a_id, channel.needle_b_id} == {a.id, b.id}
    editor.undo_stack.undo()
    assert get_session(db, session_id).channels == ()
    editor.undo_stack.redo()
    assert len(get_session(db, session_id).channels) == 1


def test_apply_a_template_as_one_undoable_step(editor, db, session_id):
    from charting.templates import ensure_builtin_templates

    template = ensure_builtin_templates(db)[0]
    enter(editor, "GV4")
    assert editor.apply_template(template.id)
    detail = get_session(db, session_id)
    assert len(detail.needles) == 1 + len(template.body["needles"])
    assert len(detail.channels) == len(template.body.get("channels", []))
    assert editor.model.rowCount() == len(detail.needles)
    editor.undo_stack.undo()
    assert stored(db, session_id) == [("GV4", "midline")]
    assert get_session(db, session_id).channels == ()
    assert get_session(db, session_id).planned_retention_min == 20
    editor.undo_stack.redo()
    assert len(get_session(db, session_id).needles) == 1 + len(template.body["needles"])
    assert editor.model.rowCount() == len(get_session(db, session_id).needles)


@pytest.mark.postgres
def test_charting_on_postgresql(qtbot, pg_db, tmp_path, boxes):
    from ui.session.editor import QtSessionEditor

    create_practitioner(pg_db, "chen", name="Dr Chen")
    patient = create_patient(pg_db, family_name="Moreau")
    session_id = sessions.create_session(pg_db, patient.id).id
    widget = QtSessionEditor(pg_db)
    widget.settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    qtbot.addWidget(widget)
    widget.open_session(session_id)
    enter(widget, "BL23 b GV4")
    assert widget.insert_all()
    widget.notes.editors["tongue"].setText("pale")
    assert widget.flush()
    detail = get_session(pg_db, session_id)
    assert [(n.label, n.state) for n in detail.needles] == [
        ("BL23", "inserted"), ("BL23", "inserted"), ("GV4", "inserted"),
    ]
    assert detail.tongue == "pale"
    widget.undo_stack.undo()  # the tongue
    widget.undo_stack.undo()  # insert all
    assert {n.state for n in get_session(pg_db, session_id).needles} == {"planned"}


def test_a_reload_while_typing_keeps_the_typed_text(editor, db, session_id):
    box = editor.notes.editors["plan"]
    box.setPlainText("weekly for six weeks")  # typed, not yet written (debounce running)
    editor.reload()  # e.g. a panel wrote something
    assert box.toPlainText() == "weekly for six weeks"
    assert get_session(db, session_id).plan == "weekly for six weeks"


def test_shortcuts_work_in_the_editor_on_its_own(editor):
    shortcuts = {a.shortcut().toString() for a in editor.actions()}
    assert {"Ctrl+Z", "Ctrl+I", "Ctrl+R", "Ctrl+L", "Ctrl+T"} <= shortcuts
    assert {s.toString() for s in editor.redo_action.shortcuts()} == {"Ctrl+Shift+Z", "Ctrl+Y"}


def test_a_reload_keeps_the_selection(editor):
    enter(editor, "BL23 BL25 b")
    ids = [n.id for n in editor.model.needles]
    editor.diagram.selectionChangedIds.emit([ids[0], ids[2]])
    editor.reload()
    assert editor.selected_ids() == [ids[0], ids[2]]
    assert editor.diagram.selected_needle_ids() == [ids[0], ids[2]]


def test_real_clicks_on_the_diagram_chart_needles_and_undo_them(editor, qtbot, db, session_id):
    editor.show()
    qtbot.waitExposed(editor)
    view = editor.diagram
    view.set_view("back")
    spec = sessions.resolve_point("BL40", "left", "back")[0]
    where = view.mapFromScene(view.diagram.to_scene(spec.x, spec.y))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert stored(db, session_id) == [("BL40", "left")]
    lumbar = view.mapFromScene(view.diagram.to_scene(0.56, 0.40))  # low back: a point or an ashi spot
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=lumbar)
    assert len(stored(db, session_id)) == 2
    assert editor.model.rowCount() == 2
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert stored(db, session_id) == []


def test_the_session_timer_runs_from_the_first_insertion_and_stops_at_the_last_removal(db, session_id):
    from ui.session.retention import session_elapsed

    start = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    needles = sessions.add_needles(db, session_id, sessions.resolve_point("BL23", "both"))
    assert session_elapsed(needles, start) is None
    sessions.insert_needles(db, session_id, [needles[0].id], at=start)
    sessions.insert_needles(db, session_id, [needles[1].id], at=start + dt.timedelta(minutes=2))
    now = start + dt.timedelta(minutes=10)
    assert session_elapsed(get_session(db, session_id).needles, now) == 600
    sessions.remove_needles(db, session_id, at=start + dt.timedelta(minutes=21))
    later = start + dt.timedelta(hours=3)
    assert session_elapsed(get_session(db, session_id).needles, later) == 21 * 60
