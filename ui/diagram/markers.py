"""Graphics items of the body diagram: needle markers, EA lead lines, the faint point dots.

Markers and their labels ignore the view's zoom (``ItemIgnoresTransformations``): they keep
their size in device-independent pixels, so they stay readable at any zoom and scale with
the screen's scaling factor like any other widget.  Their *position* is in scene
coordinates, which are the normalised (x, y) of :mod:`charting.acupoints` times the view's
drawing size -- the same numbers the PDF drawing uses.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsLineItem, QGraphicsPathItem, QStyleOptionGraphicsItem

#: Marker fill per needle state.  Okabe–Ito colours (distinguishable with the common colour
#: vision deficiencies), strong enough on the light drawing card in light and dark themes.
STATE_COLOURS: dict[str, QColor] = {
    "planned": QColor("#0072B2"),  # blue
    "inserted": QColor("#D55E00"),  # vermilion
    "removed": QColor("#6E6E6E"),  # grey
}
LEAD_COLOUR = QColor("#9B2D86")  # reddish purple: EA lead lines
SELECTION_COLOUR = QColor("#F0B400")  # amber ring round selected markers
DOT_COLOUR = QColor(40, 40, 40, 70)  # faint library-point dots
MARKER_DIAMETER = 19.0  # device-independent pixels
LABEL_OFFSET = 12.5


def state_label(state: str) -> str:
    """The translated name of a needle state (for legends and tooltips)."""
    names = {
        "planned": QCoreApplication.translate("QtDiagram", "Planned"),
        "inserted": QCoreApplication.translate("QtDiagram", "Inserted"),
        "removed": QCoreApplication.translate("QtDiagram", "Removed"),
    }
    return names.get(state, state)


def side_letter(side: str) -> str:
    return {"left": "L", "right": "R"}.get(side, "")


class QtNeedleMarker(QGraphicsItem):
    """One charted needle: a filled circle with its number, coloured by state.

    Attributes:
        needle_id: the needle's database id.
        number: the 1-based insertion-order number shown in the circle.
        state: ``planned``, ``inserted`` or ``removed``.
        free: True for an ashi spot (the only markers that can be dragged).
        selected_mark: drawn with a selection ring.
    """

    def __init__(self, needle_id: int, number: int, *, state: str, free: bool, label: str, parent=None) -> None:
        super().__init__(parent)
        self.needle_id = needle_id
        self.number = number
        self.state = state
        self.free = free
        self.label = label
        self.selected_mark = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setZValue(20)
        self.setAcceptHoverEvents(False)
        self._font = QFont()
        self._font.setPixelSize(11)
        self._font.setBold(True)

    # geometry in device-independent pixels round the needle position
    def boundingRect(self) -> QRectF:
        r = MARKER_DIAMETER / 2 + 4
        return QRectF(-r, -r, 2 * r, 2 * r)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        r = MARKER_DIAMETER / 2 + 2
        path.addEllipse(QPointF(0, 0), r, r)
        return path

    def set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.update()

    def set_number(self, number: int) -> None:
        if number != self.number:
            self.number = number
            self.update()

    def set_selected_mark(self, flag: bool) -> None:
        if flag != self.selected_mark:
            self.selected_mark = flag
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        r = MARKER_DIAMETER / 2
        if self.selected_mark:
            painter.setPen(QPen(SELECTION_COLOUR, 3.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), r + 2.5, r + 2.5)
        fill = STATE_COLOURS.get(self.state, STATE_COLOURS["planned"])
        # White halo then a dark rim: the marker stands out on the drawing and on the dots.
        painter.setPen(QPen(QColor(255, 255, 255), 2.0))
        painter.setBrush(QBrush(fill))
        if self.free:
            # A free (ashi) spot is a rounded square, so it reads differently from a point.
            painter.drawRoundedRect(QRectF(-r, -r, 2 * r, 2 * r), 5, 5)
        else:
            painter.drawEllipse(QPointF(0, 0), r, r)
        if self.state == "removed":
            # Removed needles: grey with a dashed dark rim, so the state reads without colour.
            rim = QPen(QColor(30, 30, 30), 1.2)
            rim.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(rim)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), r + 1.6, r + 1.6)
        painter.setPen(QPen(QColor(255, 255, 255)))
        painter.setFont(self._font)
        painter.drawText(QRectF(-r, -r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, str(self.number))


class QtMarkerLabel(QGraphicsItem):
    """The point code beside a marker (``BL40 L``), on a soft halo so it reads on the drawing.

    ``placement`` is where it sits round the marker: ``left``, ``right``, ``above`` or
    ``below``; the view moves it (or hides it) so labels do not cover other markers.
    """

    PLACEMENTS = ("left", "right", "above", "below")

    def __init__(self, text: str, left: bool, parent=None) -> None:
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setZValue(19)
        self._font = QFont()
        self._font.setPixelSize(11)
        self.preferred = "left" if left else "right"
        self.placement = self.preferred
        self.text_colour = QColor(20, 20, 20)
        self._text = ""
        self._width = 6.0
        self._rect = QRectF()
        self.set_text(text)

    @property
    def text(self) -> str:
        return self._text

    def rect_for(self, placement: str) -> QRectF:
        """The label's rectangle (device-independent pixels round the marker) at ``placement``."""
        width = self._width
        height = 15.0
        if placement == "left":
            return QRectF(-LABEL_OFFSET - width, -height / 2, width, height)
        if placement == "right":
            return QRectF(LABEL_OFFSET, -height / 2, width, height)
        if placement == "centre":
            return QRectF(-width / 2, -height / 2, width, height)
        if placement == "above":
            return QRectF(-width / 2, -LABEL_OFFSET - height, width, height)
        return QRectF(-width / 2, LABEL_OFFSET, width, height)

    def set_text(self, text: str) -> None:
        from PySide6.QtGui import QFontMetricsF

        self.prepareGeometryChange()
        self._text = text
        # measured once per text: the view's label layout asks for every placement of every
        # label after each change, and a font-metrics call per ask was most of its time
        self._width = QFontMetricsF(self._font).horizontalAdvance(text) + 6
        self._rect = self.rect_for(self.placement)
        self.update()

    def set_left(self, left: bool) -> None:
        self.preferred = "left" if left else "right"

    def set_placement(self, placement: str) -> None:
        if placement != self.placement:
            self.prepareGeometryChange()
            self.placement = placement
            self._rect = self.rect_for(placement)
            self.update()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 215))
        painter.drawRoundedRect(self._rect, 3, 3)
        painter.setPen(self.text_colour)
        painter.setFont(self._font)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self._text)


class QtLeadLine(QGraphicsLineItem):
    """An EA lead pair: a line between the centres of two markers (cosmetic pen)."""

    def __init__(self, channel_id: int, needle_a_id: int, needle_b_id: int, parent=None) -> None:
        super().__init__(parent)
        self.channel_id = channel_id
        self.needle_a_id = needle_a_id
        self.needle_b_id = needle_b_id
        pen = QPen(LEAD_COLOUR, 3.0)
        pen.setCosmetic(True)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.setZValue(15)
        self.tag = QtMarkerLabel("", False, parent=self)  # "EA 1" at the middle of the line
        self.tag.set_placement("centre")
        self.tag.text_colour = LEAD_COLOUR

    def set_number(self, number: int) -> None:
        text = QCoreApplication.translate("QtDiagram", "EA %1").replace("%1", str(number))
        if self.tag.text != text:
            self.tag.set_text(text)

    def set_ends(self, a: QPointF, b: QPointF) -> None:
        self.setLine(a.x(), a.y(), b.x(), b.y())
        self.tag.setPos((a + b) / 2)


class QtPointDots(QGraphicsPathItem):
    """All library points of the view as faint dots: one path item, not hundreds of items.

    The dots are small circles in scene units (they grow a little with zoom, which helps
    aiming when zoomed in).
    """

    def __init__(self, positions: Iterable[QPointF], radius: float, parent=None) -> None:
        super().__init__(parent)
        path = QPainterPath()
        for centre in positions:
            path.addEllipse(centre, radius, radius)
        self.setPath(path)
        self.setPen(Qt.PenStyle.NoPen)
        self.setBrush(QBrush(DOT_COLOUR))
        self.setZValue(5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def shape(self) -> QPainterPath:  # never a hit target
        return QPainterPath()


def rubber_line_pen() -> QPen:
    pen = QPen(LEAD_COLOUR, 2.0)
    pen.setCosmetic(True)
    pen.setStyle(Qt.PenStyle.DotLine)
    return pen


__all__ = [
    "DOT_COLOUR",
    "LEAD_COLOUR",
    "MARKER_DIAMETER",
    "STATE_COLOURS",
    "QtLeadLine",
    "QtMarkerLabel",
    "QtNeedleMarker",
    "QtPointDots",
    "rubber_line_pen",
    "side_letter",
    "state_label",
]
