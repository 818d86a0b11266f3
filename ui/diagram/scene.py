"""The body diagram scene: one view's drawing, the faint point dots, markers and lead lines.

Scene coordinates are the normalised (x, y) of :mod:`charting.acupoints` times the view's
drawing size (the SVG viewBox), so a needle at (0.4, 0.6) sits at 40 % of the drawing's
width and 60 % of its height on screen and on paper alike.

Each view's SVG is parsed once per process (``renderer_for``) and its body silhouette
rasterised once into a small mask (``body_mask``), which answers "is this click on the
body?" with one pixel lookup.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene

from charting.sessions import ChannelInfo, NeedleInfo
from ui.diagram.markers import QtLeadLine, QtMarkerLabel, QtNeedleMarker, QtPointDots, side_letter

BODY_ELEMENT = "body-outline"
CARD_COLOUR = QColor("#FBFAF7")  # the drawing is a light "paper card" in light and dark themes
MASK_SCALE = 0.5  # mask pixels per drawing unit

_renderers: dict[str, QSvgRenderer] = {}
_masks: dict[str, QImage | None] = {}
_dots: dict[str, list[tuple[float, float]]] = {}


def renderer_for(view: str) -> QSvgRenderer:
    """The parsed SVG of ``view`` (parsed once, then shared by every diagram)."""
    renderer = _renderers.get(view)
    if renderer is None:
        from charting.acupoints import diagram_svg

        renderer = QSvgRenderer(QByteArray(diagram_svg(view)))
        if not renderer.isValid():
            raise ValueError(f"the {view} diagram is not a valid SVG")
        _renderers[view] = renderer
    return renderer


def drawing_size(view: str) -> QSizeF:
    renderer = renderer_for(view)
    box = renderer.viewBoxF()
    if box.isEmpty():
        return QSizeF(renderer.defaultSize())
    return box.size()


def body_mask(view: str) -> QImage | None:
    """The body silhouette of ``view`` as an alpha mask, or None when the SVG names none."""
    if view in _masks:
        return _masks[view]
    renderer = renderer_for(view)
    mask = None
    if renderer.elementExists(BODY_ELEMENT):
        size = drawing_size(view)
        image = QImage(
            max(1, round(size.width() * MASK_SCALE)), max(1, round(size.height() * MASK_SCALE)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        # Render the body element where it sits in the whole drawing.
        bounds = renderer.transformForElement(BODY_ELEMENT).mapRect(renderer.boundsOnElement(BODY_ELEMENT))
        box = renderer.viewBoxF() if not renderer.viewBoxF().isEmpty() else QRectF(QPointF(0, 0), size)
        target = QRectF(
            (bounds.x() - box.x()) * MASK_SCALE,
            (bounds.y() - box.y()) * MASK_SCALE,
            bounds.width() * MASK_SCALE,
            bounds.height() * MASK_SCALE,
        )
        renderer.render(painter, BODY_ELEMENT, target)
        painter.end()
        mask = image
    _masks[view] = mask
    return mask


def point_positions(view: str) -> list[tuple[float, float]]:
    """Normalised positions of every library point drawn on ``view`` (both sides)."""
    cached = _dots.get(view)
    if cached is None:
        from charting.acupoints import VIEWS, library

        mirrored = VIEWS[view].mirrored
        cached = []
        for point in library().all():
            xy = point.positions.get(view)
            if xy is None:
                continue
            cached.append((xy[0], xy[1]))
            if point.bilateral and mirrored:
                left = point.position(view, "left")
                cached.append((left[0], left[1]))
        _dots[view] = cached
    return cached


def needle_text(number: int, needle: NeedleInfo) -> str:
    """How a needle is named on screen: ``3 · BL25 L`` or ``4 · Ashi: lumbar``."""
    letter = side_letter(needle.side)
    name = needle.point_code or QCoreApplication.translate("QtDiagram", "Ashi: %1").replace(
        "%1", needle.ashi_label or ""
    ).strip()
    return f"{number} · {name}{' ' + letter if letter else ''}"


class QtDiagramScene(QGraphicsScene):
    """The scene of one view at a time.

    Attributes:
        view_name: the view drawn.
        size: the drawing's size in scene units.
        markers: needle id → marker, for the needles on this view.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.view_name = ""
        self.size = QSizeF(500, 1000)
        self.markers: dict[int, QtNeedleMarker] = {}
        self.labels: dict[int, QtMarkerLabel] = {}
        self.lines: dict[int, QtLeadLine] = {}
        self.needles: dict[int, NeedleInfo] = {}
        self.order: list[int] = []
        self.channels: dict[int, ChannelInfo] = {}
        self._body: QGraphicsSvgItem | None = None
        self._card: QGraphicsRectItem | None = None
        self._dots: QtPointDots | None = None

    # --- coordinates -----------------------------------------------------------------
    def to_scene(self, x: float, y: float) -> QPointF:
        return QPointF(x * self.size.width(), y * self.size.height())

    def to_normal(self, pos: QPointF) -> tuple[float, float]:
        return pos.x() / self.size.width(), pos.y() / self.size.height()

    def on_body(self, pos: QPointF) -> bool:
        """Whether a scene position falls on the drawn body (anywhere on the card without a mask)."""
        if not QRectF(QPointF(0, 0), self.size).contains(pos):
            return False
        mask = body_mask(self.view_name)
        if mask is None:
            return True
        px, py = int(pos.x() * MASK_SCALE), int(pos.y() * MASK_SCALE)
        if not (0 <= px < mask.width() and 0 <= py < mask.height()):
            return False
        return mask.pixelColor(px, py).alpha() > 0

    # --- the drawing -------------------------------------------------------------------
    def load_view(self, view: str) -> None:
        """Show ``view``: its drawing and dots, and the markers of the needles drawn on it."""
        renderer = renderer_for(view)
        self.view_name = view
        self.size = drawing_size(view)
        self.clear()
        self.markers.clear()
        self.labels.clear()
        self.lines.clear()
        rect = QRectF(QPointF(0, 0), self.size)
        self._card = QGraphicsRectItem(rect)
        self._card.setBrush(CARD_COLOUR)
        border = QPen(QColor(0, 0, 0, 40), 1.0)
        border.setCosmetic(True)
        self._card.setPen(border)
        self._card.setZValue(-10)
        self.addItem(self._card)
        self._body = QGraphicsSvgItem()
        self._body.setSharedRenderer(renderer)
        natural = self._body.boundingRect()
        if natural.width() > 0 and natural.height() > 0:
            self._body.setTransform(
                self._body.transform().scale(self.size.width() / natural.width(), self.size.height() / natural.height())
            )
        self._body.setZValue(0)
        # Rendering the SVG is the dearest paint in the editor; cached as a pixmap at the
        # current zoom, a needle added or a label moved repaints from the cache.
        self._body.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.addItem(self._body)
        body_mask(view)  # rasterised once per view now, so the first click pays nothing
        radius = max(1.5, self.size.width() / 260)
        self._dots = QtPointDots((self.to_scene(x, y) for x, y in point_positions(view)), radius)
        self._dots.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.addItem(self._dots)
        margin = max(self.size.width(), self.size.height()) * 0.04
        self.setSceneRect(rect.adjusted(-margin, -margin, margin, margin))
        self._rebuild_markers()

    # --- needles -----------------------------------------------------------------------
    def set_needles(self, needles: Sequence[NeedleInfo], channels: Sequence[ChannelInfo]) -> None:
        for item in list(self.markers.values()) + list(self.labels.values()) + list(self.lines.values()):
            self.removeItem(item)
        self.markers.clear()
        self.labels.clear()
        self.lines.clear()
        self.needles = {n.id: n for n in needles}
        self.order = [n.id for n in needles]
        self.channels = {c.id: c for c in channels}
        self._rebuild_markers()

    def number_of(self, needle_id: int) -> int:
        return self.order.index(needle_id) + 1

    def _rebuild_markers(self) -> None:
        for number, needle_id in enumerate(self.order, start=1):
            self._place(self.needles[needle_id], number)
        for channel in self.channels.values():
            self._place_line(channel)

    def _place(self, needle: NeedleInfo, number: int) -> None:
        """Add, move or restyle the marker of one needle (only if drawn on this view)."""
        marker = self.markers.get(needle.id)
        if needle.view != self.view_name:
            if marker is not None:
                self.removeItem(marker)
                self.removeItem(self.labels.pop(needle.id))
                del self.markers[needle.id]
            return
        pos = self.to_scene(needle.x, needle.y)
        text = needle_text(number, needle).split(" · ", 1)[1]
        left = needle.x < 0.5
        if marker is None:
            marker = QtNeedleMarker(needle.id, number, state=needle.state, free=needle.point_code is None, label=text)
            self.addItem(marker)
            self.markers[needle.id] = marker
            label = QtMarkerLabel(text, left)
            self.addItem(label)
            self.labels[needle.id] = label
        else:
            marker.set_state(needle.state)
            marker.set_number(number)
            marker.free = needle.point_code is None
            label = self.labels[needle.id]
            if label.text != text:
                label.set_text(text)
            label.set_left(left)
        marker.label = text
        marker.setPos(pos)
        self.labels[needle.id].setPos(pos)

    def _place_line(self, channel: ChannelInfo) -> None:
        a = self.markers.get(channel.needle_a_id)
        b = self.markers.get(channel.needle_b_id)
        line = self.lines.get(channel.id)
        if a is None or b is None:
            if line is not None:
                self.removeItem(line)
                del self.lines[channel.id]
            return
        if line is None:
            line = QtLeadLine(channel.id, channel.needle_a_id, channel.needle_b_id)
            self.addItem(line)
            self.lines[channel.id] = line
            self._number_lines()
        line.set_ends(a.pos(), b.pos())

    def _number_lines(self) -> None:
        """Lead lines carry the pair's number in the session (``EA 1``), as the EA panel lists them."""
        for number, channel_id in enumerate(self.channels, start=1):
            line = self.lines.get(channel_id)
            if line is not None:
                line.set_number(number)

    def _lines_of(self, needle_id: int) -> list[ChannelInfo]:
        return [c for c in self.channels.values() if needle_id in (c.needle_a_id, c.needle_b_id)]

    def update_needle(self, needle: NeedleInfo) -> None:
        """Incremental change: one marker added, moved or restyled; its lead lines follow."""
        if needle.id not in self.needles:
            self.order.append(needle.id)
        self.needles[needle.id] = needle
        self._place(needle, self.number_of(needle.id))
        for channel in self._lines_of(needle.id):
            self._place_line(channel)

    def move_marker(self, needle_id: int, pos: QPointF) -> None:
        """Move a marker while it is dragged (no record changes); lead lines follow."""
        marker = self.markers.get(needle_id)
        if marker is None:
            return
        marker.setPos(pos)
        self.labels[needle_id].setPos(pos)
        for channel in self._lines_of(needle_id):
            self._place_line(channel)

    def remove_needle(self, needle_id: int) -> None:
        if needle_id not in self.needles:
            return
        index = self.order.index(needle_id)
        del self.needles[needle_id]
        self.order.remove(needle_id)
        marker = self.markers.pop(needle_id, None)
        if marker is not None:
            self.removeItem(marker)
            self.removeItem(self.labels.pop(needle_id))
        for channel in self._lines_of(needle_id):
            del self.channels[channel.id]
            line = self.lines.pop(channel.id, None)
            if line is not None:
                self.removeItem(line)
        self._number_lines()
        # The needles after it move up one number.
        for number, other in enumerate(self.order[index:], start=index + 1):
            if other in self.markers:
                self.markers[other].set_number(number)

    def set_channels(self, channels: Sequence[ChannelInfo]) -> None:
        for line in self.lines.values():
            self.removeItem(line)
        self.lines.clear()
        self.channels = {c.id: c for c in channels}
        for channel in self.channels.values():
            self._place_line(channel)

    def marker_at(self, pos: QPointF, transform) -> QtNeedleMarker | None:
        for item in self.items(pos, Qt.ItemSelectionMode.IntersectsItemShape, Qt.SortOrder.DescendingOrder, transform):
            if isinstance(item, QtNeedleMarker):
                return item
        return None
