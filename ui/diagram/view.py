"""QtDiagramView: the body diagram a practitioner charts on, one view at a time.

The view never writes records.  It reports what the practitioner did with signals
(a point placed, a free spot placed or dragged, a side chosen, a lead pair drawn, ...);
the session editor performs the change through its undo stack and hands the resulting
snapshots back with :meth:`QtDiagramView.update_needle` (one marker, incremental) or
:meth:`QtDiagramView.set_needles` (everything).

Mouse and keys:
    left click near a point      place that point (snaps within ``SNAP_PX`` screen pixels)
    left click elsewhere on body place a free (ashi) spot
    click / Ctrl+click marker    select / add to the selection; left drag on empty space
                                 selects with a rubber band
    drag a free-spot marker      move it
    right drag or Shift+drag     from one marker to another: join them as an EA lead pair
    right click a marker         side, edit, remove (also the Menu key or Shift+F10)
    Ctrl+wheel, + / -, 0 or F    zoom in, out, fit
    middle drag, Space+drag      pan (or the scroll bars)
    ] / [                        select the next / previous marker
    Delete, Return               remove / edit the selected needle
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QLineF, QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsLineItem, QGraphicsView, QMenu, QRubberBand

from charting.sessions import ChannelInfo, NeedleInfo
from ui.diagram.markers import MARKER_DIAMETER, QtMarkerLabel, QtNeedleMarker, rubber_line_pen, state_label
from ui.diagram.scene import QtDiagramScene, needle_text

SNAP_PX = 12.0  # a click this close (screen pixels) to a library point places that point
HOVER_PX = 28.0  # hovering this close names the point
DRAG_PX = 4  # movement before a press becomes a drag
MIN_ZOOM, MAX_ZOOM = 0.5, 10.0  # relative to "fit"
LABEL_CELL = 48.0  # label layout: grid cell (screen pixels) for the overlap test


class _LabelLayout:
    """Rectangles taken by markers and labels, as plain (x0, y0, x1, y1) tuples in screen pixels,
    filed in a grid of LABEL_CELL-pixel cells: a candidate is tested only against what shares a
    cell with it, not against every marker and label.

    Attributes:
        key: the view transform the layout was made for.
        inputs: per marker, what its placement depended on (see ``QtDiagramView._label_inputs``).
        labels: the boxes of the labels shown.
    """

    def __init__(self, key: tuple[float, ...], inputs: tuple[tuple, ...]) -> None:
        self.key = key
        self.inputs = inputs
        self.labels: list[tuple[float, float, float, float]] = []
        self._grid: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}

    @staticmethod
    def _cells(box):
        for gx in range(int(box[0] // LABEL_CELL), int(box[2] // LABEL_CELL) + 1):
            for gy in range(int(box[1] // LABEL_CELL), int(box[3] // LABEL_CELL) + 1):
                yield gx, gy

    def take(self, box) -> None:
        grid = self._grid
        for cell in self._cells(box):
            grid.setdefault(cell, []).append(box)

    def free(self, box) -> bool:  # as QRectF.intersects: touching edges do not collide
        x0, y0, x1, y1 = box
        grid = self._grid
        for cell in self._cells(box):
            for a0, b0, a1, b1 in grid.get(cell, ()):
                if x0 < a1 and a0 < x1 and y0 < b1 and b0 < y1:
                    return False
        return True

    def clear_of_labels(self, box) -> bool:
        x0, y0, x1, y1 = box
        return not any(x0 < a1 and a0 < x1 and y0 < b1 and b0 < y1 for a0, b0, a1, b1 in self.labels)


def _point_name(point) -> str:
    """``BL40 Wěizhōng (Bend Middle)`` from whatever names the library point carries."""
    parts = [point.code]
    if point.pinyin:
        parts.append(point.pinyin)
    if point.english:
        parts.append(f"({point.english})")
    return " ".join(parts)


class QtDiagramView(QGraphicsView):
    """The body diagram of one view, with needle markers and EA lead lines.

    Attributes:
        diagram: the :class:`~ui.diagram.scene.QtDiagramScene` shown.
        read_only: True for a signed session (no placing, dragging or context edits).
        context_menu: the last context menu opened (kept so it is not garbage-collected).

    Signals:
        pointPlaced(code, side, view, x, y): a click near a library point.
        ashiPlaced(view, x, y): a click elsewhere on the body.
        needleMoved(needle_id, x, y): a free (ashi) marker dragged to a new place.
        sideRequested(needle_id, side): "left", "right" or "both" chosen in the context menu.
        editRequested(needle_id), removeRequested(needle_id): context menu or keys.
        leadPairRequested(a_id, b_id): a drag from one marker to another.
        selectionChangedIds(list): the selected needle ids, after the practitioner changed them.
        hoverChanged(str): the point or needle under the pointer, for the status bar.
        viewChanged(str): the view now shown.
    """

    pointPlaced = Signal(str, str, str, float, float)
    ashiPlaced = Signal(str, float, float)
    needleMoved = Signal(int, float, float)
    sideRequested = Signal(int, str)
    editRequested = Signal(int)
    removeRequested = Signal(int)
    leadPairRequested = Signal(int, int)
    selectionChangedIds = Signal(list)
    hoverChanged = Signal(str)
    viewChanged = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.diagram = QtDiagramScene(self)
        self.setScene(self.diagram)
        self.read_only = False
        self.context_menu: QMenu | None = None
        self._selected: list[int] = []
        self._fit = True
        self._fit_scale = 1.0
        self._press: dict | None = None
        self._space = False
        self._hover_text = ""
        self._rubber = QRubberBand(QRubberBand.Shape.Rectangle, self.viewport())
        self._layout_timer = QTimer(self)
        self._layout_timer.setSingleShot(True)
        self._layout_timer.setInterval(0)
        self._layout_timer.timeout.connect(self.layout_labels)
        self._label_layout: _LabelLayout | None = None  # the last layout, for a needle added to it
        self._lead_line: QGraphicsLineItem | None = None
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # The view opens its own menu on a right click without a drag (a right drag draws a lead).
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        self.setAccessibleName(self.tr("Body diagram"))
        self.setAccessibleDescription(
            self.tr(
                "Click near a point to chart it, elsewhere on the body for a free spot. "
                "Plus and minus zoom, 0 fits; ] and [ select the next or previous needle; "
                "the Menu key opens the needle's menu; Delete removes it."
            )
        )
        self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        views = self.views()
        if views:
            self.set_view("back" if "back" in views else views[0])

    # --- views -------------------------------------------------------------------------
    @staticmethod
    def views() -> list[str]:
        """The views :mod:`charting.acupoints` draws, in its order."""
        from charting.acupoints import VIEWS

        return list(VIEWS)

    @property
    def current_view(self) -> str:
        return self.diagram.view_name

    def set_view(self, name: str) -> None:
        if name not in self.views():
            raise ValueError(f"unknown diagram view {name!r}")
        if name == self.diagram.view_name:
            return
        self._cancel_gesture()
        self._lead_line = None
        self.diagram.load_view(name)
        self._apply_selection_marks()
        self.fit()
        self.viewChanged.emit(name)

    # --- needles -----------------------------------------------------------------------
    def set_needles(self, needles: Sequence[NeedleInfo], channels: Sequence[ChannelInfo]) -> None:
        """Show these needles (numbered in the order given) and EA lead pairs."""
        self._cancel_gesture()
        self.diagram.set_needles(needles, channels)
        self._selected = [i for i in self._selected if i in self.diagram.needles]
        self._apply_selection_marks()
        self._relayout()

    def set_channels(self, channels: Sequence[ChannelInfo]) -> None:
        """Redraw only the EA lead lines."""
        self.diagram.set_channels(channels)

    def update_needle(self, needle: NeedleInfo) -> None:
        """Add or change one needle's marker (no full redraw)."""
        self.diagram.update_needle(needle)
        marker = self.diagram.markers.get(needle.id)
        if marker is not None:
            marker.set_selected_mark(needle.id in self._selected)
        self._relayout()

    def remove_needle(self, needle_id: int) -> None:
        self.diagram.remove_needle(needle_id)
        if needle_id in self._selected:
            self._selected.remove(needle_id)
        self._relayout()

    def select_needles(self, ids: Iterable[int]) -> None:
        """Select needles (from the editor's table); does not emit ``selectionChangedIds``."""
        self._selected = [i for i in dict.fromkeys(ids) if i in self.diagram.needles]
        self._apply_selection_marks()

    def selected_needle_ids(self) -> list[int]:
        return list(self._selected)

    def set_read_only(self, flag: bool) -> None:
        self.read_only = bool(flag)
        self._cancel_gesture()

    def layout_labels(self) -> None:
        """Place each marker's label beside it where it covers no other marker or label.

        Labels keep their size on screen, so whether they collide depends on the zoom: this
        runs (deferred, once per burst of changes) after needles, zoom or size change.
        Labels that fit nowhere are hidden; the number in the marker still names the needle.

        When the only change since the last layout is one needle added at the end (a click on
        the diagram), only its label is placed: the others stay where they are, which is what
        laying out all of them again gives as long as the new marker covers none of them
        (obstacles added can only rule placements out), and the new label comes last in order.
        """
        self._layout_timer.stop()
        key, inputs = self._label_inputs()
        saved = self._label_layout
        if (
            saved is not None
            and saved.key == key
            and len(inputs) == len(saved.inputs) + 1
            and inputs[:-1] == saved.inputs
            and self._place_last_label(saved, inputs)
        ):
            return
        self._layout_all_labels(key, inputs)

    def _label_inputs(self) -> tuple[tuple[float, ...], tuple[tuple, ...]]:
        """What the label layout depends on: the view transform, and per marker in needle order
        its id, position, label text and preferred side."""
        t = self.viewportTransform()
        key = (t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy())
        diagram = self.diagram
        markers, labels = diagram.markers, diagram.labels
        inputs = []
        for needle_id in diagram.order:
            marker = markers.get(needle_id)
            if marker is None:
                continue
            pos = marker.pos()
            label = labels.get(needle_id)
            text = (label.text, label.preferred) if label is not None else None
            inputs.append((needle_id, pos.x(), pos.y(), text))
        if len(inputs) != len(markers):  # markers outside the needle order: no shortcut
            inputs.append((None, len(markers)))
        return key, tuple(inputs)

    def _layout_all_labels(self, key: tuple[float, ...], inputs: tuple[tuple, ...]) -> None:
        diagram = self.diagram
        centres = {i: self.mapFromScene(m.pos()) for i, m in diagram.markers.items()}
        r = MARKER_DIAMETER / 2 + 1
        # Taken rectangles as plain (x0, y0, x1, y1) tuples in a grid of LABEL_CELL-pixel cells:
        # a candidate is tested only against what shares a cell with it, not against every
        # marker and label (with 40+ needles the all-pairs test was most of a needle's redraw).
        layout = _LabelLayout(key, inputs)
        for c in centres.values():
            layout.take((c.x() - r, c.y() - r, c.x() + r, c.y() + r))
        for needle_id in diagram.order:
            label = diagram.labels.get(needle_id)
            if label is None:
                continue
            centre = centres[needle_id]
            self._place_label(layout, label, centre.x(), centre.y())
        self._label_layout = layout

    def _place_last_label(self, layout: _LabelLayout, inputs: tuple[tuple, ...]) -> bool:
        """Add the last needle's marker and label to ``layout``; False when that would move others."""
        needle_id = inputs[-1][0]
        marker = self.diagram.markers.get(needle_id)
        if needle_id is None or marker is None:
            return False
        centre = self.mapFromScene(marker.pos())
        r = MARKER_DIAMETER / 2 + 1
        circle = (centre.x() - r, centre.y() - r, centre.x() + r, centre.y() + r)
        if not layout.clear_of_labels(circle):
            return False  # the new marker covers a label: that label may have to move
        layout.take(circle)
        label = self.diagram.labels.get(needle_id)
        if label is not None:
            self._place_label(layout, label, centre.x(), centre.y())
        layout.inputs = inputs
        return True

    @staticmethod
    def _place_label(layout: _LabelLayout, label: QtMarkerLabel, cx: float, cy: float) -> None:
        others = [p for p in QtMarkerLabel.PLACEMENTS if p != label.preferred]
        for placement in (label.preferred, *others):
            rect = label.rect_for(placement)
            box = (rect.left() + cx, rect.top() + cy, rect.right() + cx, rect.bottom() + cy)
            if layout.free(box):
                label.set_placement(placement)
                label.setVisible(True)
                layout.take(box)
                layout.labels.append(box)
                return
        label.setVisible(False)

    def _relayout(self) -> None:
        self._layout_timer.start()

    def _apply_selection_marks(self) -> None:
        chosen = set(self._selected)
        for needle_id, marker in self.diagram.markers.items():
            marker.set_selected_mark(needle_id in chosen)

    def _set_selection(self, ids: list[int]) -> None:
        ids = list(dict.fromkeys(ids))
        if ids != self._selected:
            self._selected = ids
            self._apply_selection_marks()
            self.selectionChangedIds.emit(list(ids))

    # --- zoom and pan --------------------------------------------------------------------
    def zoom_factor(self) -> float:
        """The current zoom relative to "fit the whole view" (1.0 = fit)."""
        return self.transform().m11() / (self._fit_scale or 1.0)

    def fit(self) -> None:
        """Show the whole drawing (and keep it fitted when the window is resized)."""
        self._fit = True
        self.fitInView(self.diagram.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self._fit_scale = self.transform().m11()
        self._relayout()

    def zoom_by(self, factor: float, anchor: QPoint | None = None) -> None:
        current = self.zoom_factor()
        target = max(MIN_ZOOM, min(MAX_ZOOM, current * factor))
        if abs(target - current) < 1e-9:
            return
        self._fit = False
        old_anchor = self.transformationAnchor()
        if anchor is None:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.scale(target / current, target / current)
        self.setTransformationAnchor(old_anchor)
        self._relayout()

    def zoom_in(self) -> None:
        self.zoom_by(1.25)

    def zoom_out(self) -> None:
        self.zoom_by(0.8)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fit:
            self.fit()

    def sizeHint(self) -> QSize:
        return QSize(360, 640)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.zoom_by(1.15**steps, event.position().toPoint())
            event.accept()
            return
        super().wheelEvent(event)

    def _pan_by(self, delta: QPoint) -> None:
        self._fit = False
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())

    # --- what is under the pointer ----------------------------------------------------
    def marker_at(self, viewport_pos: QPoint) -> QtNeedleMarker | None:
        scene_pos = self.mapToScene(viewport_pos)
        return self.diagram.marker_at(scene_pos, self.viewportTransform())

    def point_near(self, viewport_pos: QPoint, radius_px: float):
        """The library point within ``radius_px`` screen pixels: (point, side) or None."""
        from charting.acupoints import library

        view = self.current_view
        scene_pos = self.mapToScene(viewport_pos)
        x, y = self.diagram.to_normal(scene_pos)
        scale = self.transform().m11() or 1.0
        # library().nearest measures in view heights.
        max_distance = radius_px / (scale * self.diagram.size.height())
        found = library().nearest(view, x, y, max_distance)
        if found is None:
            return None
        point, side = found
        if not point.bilateral:
            side = "midline"
        px, py = point.position(view, side) if side != "midline" else point.positions[view]
        there = self.mapFromScene(self.diagram.to_scene(px, py))
        if QLineF(QPointF(there), QPointF(viewport_pos)).length() > radius_px + 0.5:
            return None
        return point, side

    def hover_text_at(self, viewport_pos: QPoint) -> str:
        marker = self.marker_at(viewport_pos)
        if marker is not None:
            needle = self.diagram.needles[marker.needle_id]
            return f"{needle_text(marker.number, needle)} — {state_label(needle.state)}"
        found = self.point_near(viewport_pos, HOVER_PX)
        if found is None:
            return ""
        point, side = found
        letter = {"left": self.tr("left"), "right": self.tr("right")}.get(side, "")
        return _point_name(point) + (f" — {letter}" if letter else "")

    def _update_hover(self, viewport_pos: QPoint) -> None:
        text = self.hover_text_at(viewport_pos)
        if text != self._hover_text:
            self._hover_text = text
            self.viewport().setToolTip(text)
            self.hoverChanged.emit(text)
        marker = self.marker_at(viewport_pos)
        if marker is not None:
            shape = (
                Qt.CursorShape.OpenHandCursor
                if marker.free and not self.read_only
                else Qt.CursorShape.PointingHandCursor
            )
        else:
            shape = Qt.CursorShape.OpenHandCursor if self._space else Qt.CursorShape.CrossCursor
        if self.viewport().cursor().shape() != shape:
            self.viewport().setCursor(shape)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hover_text:
            self._hover_text = ""
            self.viewport().setToolTip("")
            self.hoverChanged.emit("")
        super().leaveEvent(event)

    # --- mouse -------------------------------------------------------------------------
    def _cancel_gesture(self) -> None:
        self._press = None
        self._rubber.hide()
        if self._lead_line is not None:
            if self._lead_line.scene() is not None:
                self.diagram.removeItem(self._lead_line)
            self._lead_line = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        button = event.button()
        mods = event.modifiers()
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if button == Qt.MouseButton.MiddleButton or (button == Qt.MouseButton.LeftButton and self._space):
            self._press = {"kind": "pan", "last": pos}
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        marker = self.marker_at(pos)
        if button == Qt.MouseButton.RightButton:
            self._press = {"kind": "right", "start": pos, "marker": marker, "moved": False}
            event.accept()
            return
        if button != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        if marker is not None and mods & Qt.KeyboardModifier.ShiftModifier:
            self._press = {"kind": "lead", "start": pos, "marker": marker, "moved": False}
        elif marker is not None:
            self._press = {"kind": "marker", "start": pos, "marker": marker, "moved": False, "mods": mods}
        else:
            self._press = {"kind": "empty", "start": pos, "moved": False, "mods": mods}
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        press = self._press
        if press is None:
            self._update_hover(pos)
            super().mouseMoveEvent(event)
            return
        if press["kind"] == "pan":
            self._pan_by(pos - press["last"])
            press["last"] = pos
            return
        if not press["moved"] and (pos - press["start"]).manhattanLength() < DRAG_PX:
            return
        press["moved"] = True
        kind = press["kind"]
        if kind in ("right", "lead"):
            if press["marker"] is None or self.read_only:
                return
            start = press["marker"].pos()
            if self._lead_line is None:
                self._lead_line = QGraphicsLineItem()
                self._lead_line.setPen(rubber_line_pen())
                self._lead_line.setZValue(30)
                self.diagram.addItem(self._lead_line)
            self._lead_line.setLine(QLineF(start, self.mapToScene(pos)))
        elif kind == "marker":
            marker = press["marker"]
            if marker.free and not self.read_only:
                scene_pos = self.mapToScene(pos)
                size = self.diagram.size
                clamped = QPointF(
                    min(max(scene_pos.x(), 0.0), size.width()), min(max(scene_pos.y(), 0.0), size.height())
                )
                self.diagram.move_marker(marker.needle_id, clamped)
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        elif kind == "empty":
            self._rubber.setGeometry(QRect(press["start"], pos).normalized())
            self._rubber.show()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        press, self._press = self._press, None
        if press is None:
            super().mouseReleaseEvent(event)
            return
        kind = press["kind"]
        if kind == "pan":
            self._update_hover(pos)
            return
        if kind in ("right", "lead"):
            if self._lead_line is not None:
                self.diagram.removeItem(self._lead_line)
                self._lead_line = None
            source = press["marker"]
            if press["moved"]:
                target = self.marker_at(pos)
                if (
                    source is not None
                    and target is not None
                    and target.needle_id != source.needle_id
                    and not self.read_only
                ):
                    self.leadPairRequested.emit(source.needle_id, target.needle_id)
            elif kind == "right" and source is not None:
                if source.needle_id not in self._selected:
                    self._set_selection([source.needle_id])
                self.open_context_menu(source.needle_id, self.viewport().mapToGlobal(pos))
            return
        if kind == "marker":
            marker = press["marker"]
            if press["moved"]:
                if marker.free and not self.read_only:
                    x, y = self.diagram.to_normal(marker.pos())
                    x, y = min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0)
                    needle_id = marker.needle_id
                    self.needleMoved.emit(needle_id, x, y)
                    # Show the stored position: the editor's update_needle has moved it
                    # if the change was accepted, otherwise the marker returns.
                    needle = self.diagram.needles.get(needle_id)
                    if needle is not None:
                        self.diagram.move_marker(needle_id, self.diagram.to_scene(needle.x, needle.y))
                self._update_hover(pos)
                return
            if press["mods"] & Qt.KeyboardModifier.ControlModifier:
                ids = list(self._selected)
                if marker.needle_id in ids:
                    ids.remove(marker.needle_id)
                else:
                    ids.append(marker.needle_id)
                self._set_selection(ids)
            else:
                self._set_selection([marker.needle_id])
            return
        if kind == "empty":
            if press["moved"]:
                self._rubber.hide()
                area = QRectF(self.mapToScene(QRect(press["start"], pos).normalized()).boundingRect())
                inside = [
                    needle_id
                    for needle_id in self.diagram.order
                    if needle_id in self.diagram.markers and area.contains(self.diagram.markers[needle_id].pos())
                ]
                if press["mods"] & Qt.KeyboardModifier.ControlModifier:
                    inside = self._selected + [i for i in inside if i not in self._selected]
                self._set_selection(inside)
                return
            if not press["mods"] & Qt.KeyboardModifier.ControlModifier:
                self._set_selection([])
            self.place_at(pos)

    def place_at(self, viewport_pos: QPoint) -> bool:
        """Chart what a click at ``viewport_pos`` means: a library point or a free spot."""
        if self.read_only:
            return False
        found = self.point_near(viewport_pos, SNAP_PX)
        view = self.current_view
        if found is not None:
            point, side = found
            if side in ("left", "right"):
                x, y = point.position(view, side)
            else:
                x, y = point.positions[view]
            self.pointPlaced.emit(point.code, side, view, float(x), float(y))
            return True
        scene_pos = self.mapToScene(viewport_pos)
        if not self.diagram.on_body(scene_pos):
            return False
        x, y = self.diagram.to_normal(scene_pos)
        self.ashiPlaced.emit(view, float(x), float(y))
        return True

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        marker = self.marker_at(event.position().toPoint())
        if marker is not None and event.button() == Qt.MouseButton.LeftButton and not self.read_only:
            self.editRequested.emit(marker.needle_id)
            event.accept()
            return
        event.accept()

    # --- context menu ------------------------------------------------------------------
    def build_context_menu(self, needle_id: int) -> QMenu:
        """The menu of one marker: side, edit, remove (actions disabled when read-only)."""
        needle = self.diagram.needles[needle_id]
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Needle menu"))
        title = menu.addAction(needle_text(self.diagram.number_of(needle_id), needle))
        title.setEnabled(False)
        menu.addSeparator()
        from charting.acupoints import library

        point = library().get(needle.point_code) if needle.point_code else None
        bilateral = point is not None and point.bilateral
        if needle.point_code is None or bilateral:
            group = QActionGroup(menu)
            choices = [("left", self.tr("Left side")), ("right", self.tr("Right side"))]
            if bilateral:
                choices.append(("both", self.tr("Both sides")))
            for side, text in choices:
                action = QAction(text, menu)
                action.setObjectName(f"side-{side}")
                action.setCheckable(side != "both")
                action.setChecked(side == needle.side)
                action.setEnabled(not self.read_only)
                action.triggered.connect(lambda _=False, s=side: self.sideRequested.emit(needle_id, s))
                group.addAction(action)
                menu.addAction(action)
            menu.addSeparator()
        edit = menu.addAction(self.tr("Edit needle…"))
        edit.setObjectName("edit")
        edit.setEnabled(not self.read_only)
        edit.triggered.connect(lambda: self.editRequested.emit(needle_id))
        remove = menu.addAction(self.tr("Remove needle"))
        remove.setObjectName("remove")
        remove.setEnabled(not self.read_only)
        remove.triggered.connect(lambda: self.removeRequested.emit(needle_id))
        if self.read_only:
            menu.addSeparator()
            note = menu.addAction(self.tr("Signed session: read-only"))
            note.setEnabled(False)
        return menu

    def open_context_menu(self, needle_id: int, global_pos: QPoint | None = None) -> QMenu:
        if self.context_menu is not None:
            self.context_menu.close()
            self.context_menu.deleteLater()
        self.context_menu = self.build_context_menu(needle_id)
        if global_pos is None:
            marker = self.diagram.markers.get(needle_id)
            local = self.mapFromScene(marker.pos()) if marker is not None else self.viewport().rect().center()
            global_pos = self.viewport().mapToGlobal(local)
        self.context_menu.popup(global_pos)
        return self.context_menu

    # --- keys --------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key in (Qt.Key.Key_0, Qt.Key.Key_F):
            self.fit()
        elif key in (Qt.Key.Key_BracketRight, Qt.Key.Key_BracketLeft):
            self._step_selection(1 if key == Qt.Key.Key_BracketRight else -1)
        elif key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and mods & Qt.KeyboardModifier.ShiftModifier):
            if self._selected:
                self.open_context_menu(self._selected[0])
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if self._selected and not self.read_only:
                for needle_id in list(self._selected):
                    self.removeRequested.emit(needle_id)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._selected and not self.read_only:
                self.editRequested.emit(self._selected[0])
        elif key == Qt.Key.Key_Escape and self._press is not None:
            self._cancel_gesture()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().setCursor(Qt.CursorShape.CrossCursor)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def _step_selection(self, step: int) -> None:
        shown = [i for i in self.diagram.order if i in self.diagram.markers]
        if not shown:
            return
        if self._selected and self._selected[-1] in shown:
            index = (shown.index(self._selected[-1]) + step) % len(shown)
        else:
            index = 0 if step > 0 else len(shown) - 1
        self._set_selection([shown[index]])
        self.ensureVisible(self.diagram.markers[shown[index]].sceneBoundingRect(), 40, 40)
        needle = self.diagram.needles[shown[index]]
        text = f"{needle_text(self.diagram.number_of(needle.id), needle)} — {state_label(needle.state)}"
        self._hover_text = text
        self.hoverChanged.emit(text)


def __getattr__(name: str):
    # QtDiagramPanel lives in ui.diagram.panel (it imports this module); it is importable
    # from here too, as the editor expects.
    if name == "QtDiagramPanel":
        from ui.diagram.panel import QtDiagramPanel

        return QtDiagramPanel
    raise AttributeError(name)
