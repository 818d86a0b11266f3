"""The body diagram: markers, snapping, free spots, dragging, context menu, lead pairs, views."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor

from charting.acupoints import library
from charting.sessions import ChannelInfo, NeedleInfo
from ui.diagram.markers import STATE_COLOURS, QtNeedleMarker, QtPointDots
from ui.diagram.view import SNAP_PX, QtDiagramPanel, QtDiagramView

NOW = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC)


def needle(needle_id: int, code: str | None, side: str, *, view: str = "back", xy=None, state: str = "planned"):
    if xy is None:
        point = library().get(code)
        xy = point.positions[view] if side == "midline" else point.position(view, side)
    return NeedleInfo(
        id=needle_id, uuid=f"u{needle_id}", session_id=1, seq=needle_id, point_code=code,
        ashi_label=None if code else "tender spot", side=side, view=view, x=xy[0], y=xy[1],
        gauge_mm=None, length_mm=None, depth_mm=None, depth_level="", angle=None, technique=None,
        deqi=None, response_sought=None, response_obtained=None, manufacturer="", material="",
        lot_number="",
        inserted_at=NOW if state in ("inserted", "removed") else None,
        removed_at=NOW + dt.timedelta(minutes=20) if state == "removed" else None,
        notes="",
    )  # fmt: skip


def channel(channel_id: int, a: int, b: int) -> ChannelInfo:
    return ChannelInfo(
        id=channel_id, uuid=f"c{channel_id}", session_id=1, needle_a_id=a, needle_b_id=b, device="",
        waveform="continuous", frequency_hz=2.0, frequency_high_hz=None, pulse_width_us=None,
        intensity_ma=None, intensity_note="", intensity_descriptor=None, polarity=None, mode="",
        started_at=None, duration_min=None,
    )  # fmt: skip


@pytest.fixture
def view(qtbot) -> QtDiagramView:
    widget = QtDiagramView()
    qtbot.addWidget(widget)
    widget.resize(420, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_view("back")
    widget.fit()
    return widget


def screen_pos(view: QtDiagramView, x: float, y: float) -> QPoint:
    return view.mapFromScene(view.diagram.to_scene(x, y))


def marker_pos(view: QtDiagramView, needle_id: int) -> QPoint:
    return view.mapFromScene(view.diagram.markers[needle_id].pos())


def colour_near(actual: QColor, expected: QColor, tolerance: int = 40) -> bool:
    got = (actual.red(), actual.green(), actual.blue())
    want = (expected.red(), expected.green(), expected.blue())
    return all(abs(a - b) <= tolerance for a, b in zip(got, want, strict=True))


def free_body_spot(view: QtDiagramView) -> QPoint:
    """A place on the body with no library point within the snap radius."""
    for ny in (0.45, 0.5, 0.55, 0.6, 0.35, 0.3):
        for nx in (0.42, 0.45, 0.4, 0.55, 0.58, 0.38):
            pos = screen_pos(view, nx, ny)
            if view.diagram.on_body(view.mapToScene(pos)) and view.point_near(pos, SNAP_PX + 4) is None:
                return pos
    raise AssertionError("no free spot on the body found")


def test_planned_marker_colour_then_inserted(view, qtbot):
    bl40 = needle(1, "BL40", "left")
    view.set_needles([bl40], [])
    probe = marker_pos(view, 1) + QPoint(-6, -4)  # inside the circle, clear of the number
    image = view.viewport().grab().toImage()
    assert colour_near(image.pixelColor(probe), STATE_COLOURS["planned"])
    view.update_needle(dataclasses.replace(bl40, inserted_at=NOW))
    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    assert colour_near(image.pixelColor(probe), STATE_COLOURS["inserted"])
    assert not colour_near(image.pixelColor(probe), STATE_COLOURS["planned"])


def test_markers_are_numbered_in_insertion_order_and_keep_their_size(view):
    view.set_needles([needle(10, "BL23", "left"), needle(11, "BL23", "right"), needle(12, "GV4", "midline")], [])
    assert [view.diagram.markers[i].number for i in (10, 11, 12)] == [1, 2, 3]
    for marker in view.diagram.markers.values():
        assert marker.flags() & QtNeedleMarker.GraphicsItemFlag.ItemIgnoresTransformations
    view.remove_needle(10)
    assert [view.diagram.markers[i].number for i in (11, 12)] == [1, 2]
    kept = view.diagram.markers[11]
    view.update_needle(needle(13, "BL25", "left"))  # incremental: the others are the same items
    assert view.diagram.markers[11] is kept
    assert view.diagram.markers[13].number == 3


@pytest.mark.parametrize("side", ["left", "right"])
def test_click_near_bl40_places_it_on_the_clicked_side(view, qtbot, side):
    x, y = library().get("BL40").position("back", side)
    target = screen_pos(view, x, y) + QPoint(4, -3)  # a little off: snaps
    with qtbot.waitSignal(view.pointPlaced) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    code, got_side, got_view, px, py = blocker.args
    assert (code, got_side, got_view) == ("BL40", side, "back")
    assert (px, py) == pytest.approx((x, y))


def test_click_near_a_midline_point_gives_midline(view, qtbot):
    x, y = library().get("GV4").positions["back"]
    with qtbot.waitSignal(view.pointPlaced) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=screen_pos(view, x, y))
    assert blocker.args[:3] == ["GV4", "midline", "back"]


def test_click_on_empty_body_places_a_free_spot(view, qtbot):
    spot = free_body_spot(view)
    with qtbot.assertNotEmitted(view.pointPlaced), qtbot.waitSignal(view.ashiPlaced) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    got_view, x, y = blocker.args
    expected = view.diagram.to_normal(view.mapToScene(spot))
    assert got_view == "back"
    assert (x, y) == pytest.approx(expected, abs=0.01)


def test_click_off_the_body_places_nothing(view, qtbot):
    corner = screen_pos(view, 0.03, 0.02)
    with qtbot.assertNotEmitted(view.ashiPlaced), qtbot.assertNotEmitted(view.pointPlaced):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=corner)


def test_dragging_a_free_spot_emits_needle_moved(view, qtbot):
    view.set_needles([needle(5, None, "left", xy=(0.45, 0.5))], [])
    start = marker_pos(view, 5)
    end = start + QPoint(30, 40)
    with qtbot.waitSignal(view.needleMoved) as blocker:
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(view.viewport(), start + QPoint(10, 10))
        qtbot.mouseMove(view.viewport(), end)
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    needle_id, x, y = blocker.args
    expected = view.diagram.to_normal(view.mapToScene(end))
    assert needle_id == 5
    assert (x, y) == pytest.approx(expected, abs=0.005)


def test_library_point_markers_do_not_drag(view, qtbot):
    view.set_needles([needle(1, "BL40", "left")], [])
    start = marker_pos(view, 1)
    with qtbot.assertNotEmitted(view.needleMoved):
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(view.viewport(), start + QPoint(20, 20))
        qtbot.mouseMove(view.viewport(), start + QPoint(40, 40))
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(40, 40))
    assert view.diagram.markers[1].pos() == view.diagram.to_scene(*library().get("BL40").position("back", "left"))


def test_hover_names_the_nearest_point(view, qtbot):
    x, y = library().get("BL40").position("back", "right")
    with qtbot.waitSignal(view.hoverChanged) as blocker:
        qtbot.mouseMove(view.viewport(), screen_pos(view, x, y) + QPoint(1, 1))
    assert blocker.args[0].startswith("BL40 ")
    assert "Bend Middle" in blocker.args[0]
    assert view.viewport().toolTip() == blocker.args[0]


def test_hover_over_a_marker_names_the_needle(view, qtbot):
    view.set_needles([needle(1, "BL25", "left", state="inserted")], [])
    with qtbot.waitSignal(view.hoverChanged) as blocker:
        qtbot.mouseMove(view.viewport(), marker_pos(view, 1))
    assert blocker.args[0] == "1 · BL25 L — Inserted"


def test_switching_views_shows_the_needles_of_that_view(qtbot):
    panel = QtDiagramPanel()
    qtbot.addWidget(panel)
    panel.resize(480, 800)
    panel.show()
    view = panel.view
    view.set_view("back")
    front_point = next(p for p in library().all() if "front" in p.positions and p.bilateral)
    view.set_needles([needle(1, "BL40", "left"), needle(2, front_point.code, "left", view="front")], [])
    assert set(view.diagram.markers) == {1}
    assert set(panel.view_buttons) >= {"front", "back", "side"}
    with qtbot.waitSignal(view.viewChanged):
        qtbot.mouseClick(panel.view_buttons["front"], Qt.MouseButton.LeftButton)
    assert view.current_view == "front"
    assert set(view.diagram.markers) == {2}
    assert view.diagram.markers[2].number == 2  # numbers follow the whole session
    assert panel.view_buttons["front"].isChecked() and not panel.view_buttons["back"].isChecked()
    dots = [item for item in view.scene().items() if isinstance(item, QtPointDots)]
    assert len(dots) == 1  # all library points in one item
    assert len(view.scene().items()) < 20


def test_context_menu_actions(view, qtbot):
    view.set_needles(
        [needle(1, "BL40", "left"), needle(2, None, "right", xy=(0.55, 0.5)), needle(3, "GV4", "midline")], []
    )
    menu = view.build_context_menu(1)
    actions = {a.objectName(): a for a in menu.actions() if a.objectName()}
    assert set(actions) == {"side-left", "side-right", "side-both", "edit", "remove"}
    assert actions["side-left"].isChecked()
    with qtbot.waitSignal(view.sideRequested) as blocker:
        actions["side-both"].trigger()
    assert blocker.args == [1, "both"]
    with qtbot.waitSignal(view.editRequested) as blocker:
        actions["edit"].trigger()
    assert blocker.args == [1]
    with qtbot.waitSignal(view.removeRequested) as blocker:
        actions["remove"].trigger()
    assert blocker.args == [1]
    free = {a.objectName() for a in view.build_context_menu(2).actions() if a.objectName()}
    assert free == {"side-left", "side-right", "edit", "remove"}  # a free spot has no "both"
    midline = {a.objectName() for a in view.build_context_menu(3).actions() if a.objectName()}
    assert midline == {"edit", "remove"}


OFFSCREEN_MENU = "This plugin does not support"  # a popup menu under the offscreen platform


@pytest.mark.qt_log_ignore(OFFSCREEN_MENU)
def test_right_click_opens_the_menu_and_right_drag_requests_a_lead_pair(view, qtbot):
    view.set_needles([needle(1, "BL25", "left"), needle(2, "GB30", "left")], [])
    a, b = marker_pos(view, 1), marker_pos(view, 2)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=a)
    assert view.context_menu is not None and view.context_menu.isVisible()
    view.context_menu.close()
    with qtbot.waitSignal(view.leadPairRequested) as blocker:
        qtbot.mousePress(view.viewport(), Qt.MouseButton.RightButton, pos=a)
        qtbot.mouseMove(view.viewport(), (a + b) / 2)
        qtbot.mouseMove(view.viewport(), b)
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.RightButton, pos=b)
    assert blocker.args == [1, 2]
    assert view._lead_line is None  # the rubber-band line is gone


def test_shift_drag_requests_a_lead_pair(view, qtbot):
    view.set_needles([needle(1, "BL40", "left"), needle(2, "BL57", "left")], [])
    a, b = marker_pos(view, 1), marker_pos(view, 2)
    shift = Qt.KeyboardModifier.ShiftModifier
    with qtbot.waitSignal(view.leadPairRequested) as blocker:
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, shift, a)
        qtbot.mouseMove(view.viewport(), (a + b) / 2)
        qtbot.mouseMove(view.viewport(), b)
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, shift, b)
    assert blocker.args == [1, 2]


def test_lead_lines_join_the_markers(view):
    view.set_needles(
        [needle(1, "BL25", "left"), needle(2, "GB30", "left"), needle(3, "BL40", "left")], [channel(7, 1, 2)]
    )
    line = view.diagram.lines[7]
    assert line.line().p1() == view.diagram.markers[1].pos()
    assert line.line().p2() == view.diagram.markers[2].pos()
    moved = needle(1, None, "left", xy=(0.4, 0.45))
    view.update_needle(moved)
    assert line.line().p1() == view.diagram.to_scene(0.4, 0.45)
    view.remove_needle(2)
    assert 7 not in view.diagram.lines


def test_selection_by_click_ctrl_click_and_rubber_band(view, qtbot):
    view.set_needles([needle(1, "BL23", "left"), needle(2, "BL23", "right"), needle(3, "BL40", "left")], [])
    with qtbot.waitSignal(view.selectionChangedIds) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=marker_pos(view, 1))
    assert blocker.args == [[1]]
    with qtbot.waitSignal(view.selectionChangedIds) as blocker:
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, marker_pos(view, 3)
        )
    assert blocker.args == [[1, 3]]
    assert view.selected_needle_ids() == [1, 3]
    # A rubber band round both BL23 markers.
    p1, p2 = marker_pos(view, 1), marker_pos(view, 2)
    top_left = QPoint(min(p1.x(), p2.x()) - 15, min(p1.y(), p2.y()) - 15)
    bottom_right = QPoint(max(p1.x(), p2.x()) + 15, max(p1.y(), p2.y()) + 15)
    with qtbot.waitSignal(view.selectionChangedIds) as blocker:
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=top_left)
        qtbot.mouseMove(view.viewport(), top_left + QPoint(10, 10))
        qtbot.mouseMove(view.viewport(), bottom_right)
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=bottom_right)
    assert sorted(blocker.args[0]) == [1, 2]
    view.select_needles([3])  # from the editor: no signal back
    assert view.selected_needle_ids() == [3]
    assert view.diagram.markers[3].selected_mark and not view.diagram.markers[1].selected_mark


def test_read_only_blocks_placing_dragging_and_edits(view, qtbot):
    view.set_needles([needle(1, None, "left", xy=(0.45, 0.5)), needle(2, "BL25", "left")], [])
    view.set_read_only(True)
    x, y = library().get("BL40").position("back", "left")
    start = marker_pos(view, 1)
    with (
        qtbot.assertNotEmitted(view.pointPlaced),
        qtbot.assertNotEmitted(view.ashiPlaced),
        qtbot.assertNotEmitted(view.needleMoved),
        qtbot.assertNotEmitted(view.leadPairRequested),
    ):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=screen_pos(view, x, y))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=free_body_spot(view))
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(view.viewport(), start + QPoint(20, 20))
        qtbot.mouseMove(view.viewport(), start + QPoint(40, 40))
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(40, 40))
        b = marker_pos(view, 2)
        qtbot.mousePress(view.viewport(), Qt.MouseButton.RightButton, pos=start)
        qtbot.mouseMove(view.viewport(), b + QPoint(2, 2))
        qtbot.mouseMove(view.viewport(), b)
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.RightButton, pos=b)
    edits = [a for a in view.build_context_menu(1).actions() if a.objectName() in ("edit", "remove", "side-left")]
    assert len(edits) == 3
    assert not any(a.isEnabled() for a in edits)


def test_zoom_keys_and_fit(view, qtbot):
    assert view.zoom_factor() == pytest.approx(1.0)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom_factor() == pytest.approx(1.25)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom_factor() == pytest.approx(0.8)
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.zoom_factor() == pytest.approx(1.0)
    # Snapping is measured on screen: zoomed in, the same scene distance is farther away.
    x, y = library().get("BL40").position("back", "left")
    for _ in range(6):
        view.zoom_in()
    view.centerOn(view.diagram.to_scene(x, y))
    near = screen_pos(view, x, y) + QPoint(int(SNAP_PX) + 6, 0)
    assert view.point_near(near, SNAP_PX) is None or view.point_near(near, SNAP_PX)[0].code != "BL40"


@pytest.mark.qt_log_ignore(OFFSCREEN_MENU)
def test_keyboard_selects_and_opens_the_menu(view, qtbot):
    view.set_needles([needle(1, "BL23", "left"), needle(2, "BL40", "left")], [])
    view.setFocus()
    with qtbot.waitSignal(view.selectionChangedIds) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_BracketRight)
    assert blocker.args == [[1]]
    qtbot.keyClick(view, Qt.Key.Key_BracketRight)
    assert view.selected_needle_ids() == [2]
    with qtbot.waitSignal(view.removeRequested) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert blocker.args == [2]
    qtbot.keyClick(view, Qt.Key.Key_Menu)
    assert view.context_menu is not None and view.context_menu.isVisible()
    view.context_menu.close()
    assert view.accessibleName()


def test_every_view_loads(view):
    for name in view.views():
        view.set_view(name)
        assert view.current_view == name
        size = view.diagram.size
        assert size.width() > 0 and size.height() > 0
        assert view.diagram.sceneRect().contains(QPointF(size.width() / 2, size.height() / 2))


def test_labels_do_not_cover_other_markers(view):
    view.set_needles(
        [needle(1, "BL23", "left"), needle(2, "GV4", "midline"), needle(3, "BL23", "right"), needle(4, "BL25", "left")],
        [channel(9, 1, 4)],
    )
    view.layout_labels()
    centres = {i: QPointF(view.mapFromScene(m.pos())) for i, m in view.diagram.markers.items()}
    shown = 0
    for needle_id, label in view.diagram.labels.items():
        if not label.isVisible():
            continue
        shown += 1
        rect = label.rect_for(label.placement).translated(centres[needle_id])
        for other, centre in centres.items():
            assert not rect.contains(centre), f"label of {needle_id} covers marker {other}"
    assert shown >= 3
    assert view.diagram.lines[9].tag.text == "EA 1"


def test_ctrl_wheel_zooms_and_middle_drag_pans(view, qtbot):
    from PySide6.QtCore import QPointF as P
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    centre = P(view.viewport().rect().center())
    wheel = QWheelEvent(
        centre, P(view.viewport().mapToGlobal(centre.toPoint())), QPoint(), QPoint(0, 240),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom_factor() == pytest.approx(1.15**2)
    for _ in range(4):
        view.zoom_in()
    before = (view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    start = view.viewport().rect().center()
    with qtbot.assertNotEmitted(view.ashiPlaced), qtbot.assertNotEmitted(view.pointPlaced):
        qtbot.mousePress(view.viewport(), Qt.MouseButton.MiddleButton, pos=start)
        qtbot.mouseMove(view.viewport(), start + QPoint(-30, -40))
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.MiddleButton, pos=start + QPoint(-30, -40))
    after = (view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    assert after == (before[0] + 30, before[1] + 40)


def test_space_drag_pans_and_buttons_have_names(qtbot):
    from PySide6.QtWidgets import QAbstractButton

    panel = QtDiagramPanel()
    qtbot.addWidget(panel)
    panel.resize(480, 800)
    panel.show()
    qtbot.waitExposed(panel)
    view = panel.view
    buttons = panel.findChildren(QAbstractButton)
    assert len(buttons) == len(view.views()) + 3
    assert all(b.accessibleName() and b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in buttons)
    for _ in range(5):
        view.zoom_in()
    before = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
    start = view.viewport().rect().center()
    view.setFocus()
    with qtbot.assertNotEmitted(view.ashiPlaced), qtbot.assertNotEmitted(view.pointPlaced):
        qtbot.keyPress(view, Qt.Key.Key_Space)
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(view.viewport(), start + QPoint(25, 20))
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(25, 20))
        qtbot.keyRelease(view, Qt.Key.Key_Space)
    after = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
    assert after == (before[0] - 25, before[1] - 20)
