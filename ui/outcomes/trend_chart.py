"""The course trend chart: every outcome measure over a case's sessions, drawn with QPainter.

Measures on the same scale share a panel (back and leg pain NRS; SLR left and
right); each panel has its own y axis.  All panels share the x axis: one column
per session of the case, and beneath the panels a strip shows what was done in
each session (EA badge, point codes, needle count), so a change in the lines
can be read against the treatment that went with it.

- one line per series with point markers; before = solid line, round markers;
  after = dashed line, square markers (shape, not only colour, tells them apart);
- the minimal clinically important change (MCIC) is a shaded band of MCIC size
  from the baseline (first "before" value) in the improving direction, labelled
  "MCIC": values beyond the band are a clinically important change.

The numbers come from :func:`charting.outcomes.course_series` and
:func:`charting.outcomes.course_overview`, the same the course PDF draws.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from charting.outcomes import MEASURES, Series, SessionColumn

#: Line colours per measure (colour-blind-safe Okabe–Ito palette, dark enough on white).
MEASURE_COLOURS: dict[str, str] = {
    "nrs_back": "#0072b2",
    "nrs_leg": "#d55e00",
    "vas": "#cc79a7",
    "odi": "#009e73",
    "rmdq": "#8c6d00",
    "slr_left": "#0072b2",
    "slr_right": "#d55e00",
    "psfs": "#56b4e9",
    "pgic": "#7f3c8d",
    "free": "#444444",
}
#: Extra colours for PSFS activities and free measures, in turn.
EXTRA_COLOURS = ("#e69f00", "#009e73", "#cc79a7", "#0072b2", "#d55e00", "#666666")

PANEL_HEIGHT = 170
STRIP_HEIGHT = 104
LEFT = 46
RIGHT = 14
TOP = 8


def panel_key(series: Series) -> str:
    """Which panel a series is drawn in: measures on one scale share a panel."""
    if series.measure in ("nrs_back", "nrs_leg"):
        return "nrs"
    if series.measure in ("slr_left", "slr_right"):
        return "slr"
    if series.measure == "free":
        return "free:" + series.label.casefold()
    return series.measure


@dataclasses.dataclass
class _Panel:
    key: str
    title: str
    low: float
    high: float
    unit: str
    series: list[Series]
    rect: QRectF = dataclasses.field(default_factory=QRectF)  # the whole panel
    plot: QRectF = dataclasses.field(default_factory=QRectF)  # the plotting area


class QtTrendChart(QWidget):
    """Outcome measures over a course, one panel per scale, with what was done beneath.

    Attributes:
        series: the series drawn (from ``course_series``).
        columns: the sessions, one column each (from ``course_overview``).

    Signals:
        none (read-only picture); the accessible description carries a text summary.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: list[Series] = []
        self.columns: list[SessionColumn] = []
        self._panels: list[_Panel] = []
        self._colours: dict[tuple[str, str], QColor] = {}
        self.setAccessibleName(self.tr("Outcome trend chart"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
        self.setPalette(palette)

    # --- data ------------------------------------------------------------------------

    def set_data(self, series: Sequence[Series], columns: Sequence[SessionColumn]) -> None:
        self.series = list(series)
        self.columns = list(columns)
        self._colours = {}
        extra = 0
        for one in self.series:
            key = (one.measure, one.label.casefold())
            if key in self._colours:
                continue
            if one.measure in ("psfs", "free") and one.label:
                self._colours[key] = QColor(EXTRA_COLOURS[extra % len(EXTRA_COLOURS)])
                extra += 1
            else:
                self._colours[key] = QColor(MEASURE_COLOURS[one.measure])
        panels: dict[str, _Panel] = {}
        for one in self.series:
            key = panel_key(one)
            if key not in panels:
                info = MEASURES[one.measure]
                if key == "nrs":
                    title = self.tr("Pain NRS (0–10)")
                elif key == "slr":
                    title = self.tr("Straight-leg raise (°)")
                elif one.measure == "free":
                    title = one.label
                else:
                    title = f"{info.title} ({info.range_text()})"
                panels[key] = _Panel(key, title, one.scale_min, one.scale_max, one.unit, [])
            panel = panels[key]
            panel.series.append(one)
            panel.low = min(panel.low, one.scale_min)
            panel.high = max(panel.high, one.scale_max)
        self._panels = list(panels.values())
        self._layout()
        self.setAccessibleDescription(self.summary_text())
        self.updateGeometry()
        self.update()

    def colour(self, series: Series) -> QColor:
        """The colour a series is drawn in."""
        return QColor(self._colours.get((series.measure, series.label.casefold()), QColor("#444444")))

    @property
    def session_count(self) -> int:
        numbers = [c.number for c in self.columns]
        for one in self.series:
            numbers.extend(p.session_number for p in one.points)
        return max(numbers, default=0)

    def summary_text(self) -> str:
        """A plain-text summary of the change in each series (for screen readers and tooltips)."""
        lines = []
        for one in self.series:
            if not one.points:
                continue
            first, last = one.points[0].value, one.points[-1].value
            text = f"{one.title}: {first:g} → {last:g}"
            if len(one.points) > 1 and one.mcic is not None:
                improvement = (first - last) if one.higher_is_worse else (last - first)
                if improvement >= one.mcic:
                    text += self.tr(" (clinically important improvement)")
                elif -improvement >= one.mcic:
                    text += self.tr(" (clinically important worsening)")
            lines.append(text)
        return "\n".join(lines)

    # --- geometry --------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(760, self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(360, self._height())

    def _height(self) -> int:
        panels = max(1, len(self._panels))
        return TOP + panels * PANEL_HEIGHT + STRIP_HEIGHT + 6

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._layout()

    def _layout(self) -> None:
        width = max(self.width(), 200)
        y = TOP
        for panel in self._panels:
            panel.rect = QRectF(0, y, width, PANEL_HEIGHT)
            panel.plot = QRectF(LEFT, y + 24, width - LEFT - RIGHT, PANEL_HEIGHT - 24 - 10)
            y += PANEL_HEIGHT

    def strip_rect(self) -> QRectF:
        y = TOP + len(self._panels) * PANEL_HEIGHT
        return QRectF(LEFT, y, max(self.width(), 200) - LEFT - RIGHT, STRIP_HEIGHT)

    def column_x(self, session_number: int) -> float:
        """The x of a session's column centre."""
        n = max(1, self.session_count)
        strip = self.strip_rect()
        return strip.left() + (session_number - 0.5) * strip.width() / n

    def _panel_of(self, series: Series) -> _Panel | None:
        for panel in self._panels:
            if any(s is series for s in panel.series):
                return panel
        key = panel_key(series)
        return next((p for p in self._panels if p.key == key), None)

    def value_y(self, panel: _Panel, value: float) -> float:
        span = (panel.high - panel.low) or 1.0
        return panel.plot.bottom() - (value - panel.low) / span * panel.plot.height()

    def point_position(self, series: Series, session_number: int) -> QPointF:
        """Where a series' value for a session is drawn (for tests and tooltips)."""
        panel = self._panel_of(series)
        if panel is None:
            raise KeyError(series.title)
        for point in series.points:
            if point.session_number == session_number:
                return QPointF(self.column_x(session_number), self.value_y(panel, point.value))
        raise KeyError(f"{series.title} has no value in session {session_number}")

    def mcic_band(self, series: Series) -> QRectF | None:
        """The MCIC band drawn for a series (its first before value as baseline), or None."""
        if series.mcic is None or series.timing != "before" or not series.points:
            return None
        panel = self._panel_of(series)
        if panel is None:
            return None
        baseline = series.points[0].value
        target = baseline - series.mcic if series.higher_is_worse else baseline + series.mcic
        target = max(panel.low, min(panel.high, target))
        top = min(self.value_y(panel, baseline), self.value_y(panel, target))
        bottom = max(self.value_y(panel, baseline), self.value_y(panel, target))
        return QRectF(panel.plot.left(), top, panel.plot.width(), bottom - top)

    # --- painting --------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if not self._panels and not self.columns:
            painter.setPen(QColor("#666666"))
            empty = self.tr("No outcomes recorded in this case yet")
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, empty)
            painter.end()
            return
        for panel in self._panels:
            self._paint_panel(painter, panel)
        if not self._panels:
            painter.setPen(QColor("#666666"))
            painter.drawText(
                QRectF(0, TOP, self.width(), PANEL_HEIGHT),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No outcomes recorded in this case yet"),
            )
        self._paint_strip(painter)
        painter.end()

    def _paint_panel(self, painter: QPainter, panel: _Panel) -> None:
        plot = panel.plot
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, self.font().pointSizeF() * 0.85))
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(small)
        # title
        painter.setFont(bold)
        painter.setPen(QColor("#202020"))
        painter.drawText(QRectF(6, panel.rect.top(), plot.right(), 20), Qt.AlignmentFlag.AlignVCenter, panel.title)
        title_width = QFontMetrics(bold).horizontalAdvance(panel.title) + 18
        # grid: session columns and value ticks
        painter.setFont(small)
        grid = QPen(QColor("#e4e4e4"), 1)
        painter.setPen(grid)
        for number in range(1, self.session_count + 1):
            x = self.column_x(number)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        for tick in _ticks(panel.low, panel.high):
            y = self.value_y(panel, tick)
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor("#555555"))
            label = f"{tick:g}{panel.unit if panel.unit in ('%', '°') else ''}"
            painter.drawText(
                QRectF(0, y - 8, LEFT - 6, 16), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label
            )
        # axes
        painter.setPen(QPen(QColor("#666666"), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        # MCIC bands (under the lines): one per measure, from its first "before" value
        bands: list[tuple[Series, QRectF]] = []
        for one in panel.series:
            band = self.mcic_band(one)
            if band is not None and all(b.measure != one.measure for b, _ in bands):
                bands.append((one, band))
        for one, band in bands:
            colour = self.colour(one)
            fill = QColor(colour)
            fill.setAlpha(46)
            painter.fillRect(band, fill)
            edge = QColor(colour)
            edge.setAlpha(150)
            painter.setPen(QPen(edge, 1, Qt.PenStyle.DotLine))
            painter.drawLine(band.topLeft(), band.topRight())
            painter.drawLine(band.bottomLeft(), band.bottomRight())
            painter.setPen(colour.darker(130))
            label = self.tr("MCIC %1").replace("%1", f"{one.mcic:g}")
            if len(bands) > 1:
                label = f"{MEASURES[one.measure].short} {label}"
            # beside the baseline edge, inside the band, at the right end
            baseline_top = one.higher_is_worse
            y = band.top() + 1 if baseline_top else band.bottom() - 13
            advance = metrics.horizontalAdvance(label)
            text_rect = QRectF(band.right() - advance - 6, y, advance + 4, 12)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
        # lines and markers
        for one in panel.series:
            colour = self.colour(one)
            dashed = one.timing == "after"
            pen = QPen(colour, 2.2, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            points = [self.point_position(one, p.session_number) for p in one.points]
            if len(points) > 1:
                path = QPainterPath(points[0])
                for point in points[1:]:
                    path.lineTo(point)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
            painter.setPen(QPen(colour, 1.5))
            for point in points:
                if dashed:
                    painter.setBrush(QColor("#ffffff"))
                    painter.drawRect(QRectF(point.x() - 3.5, point.y() - 3.5, 7, 7))
                else:
                    painter.setBrush(colour)
                    painter.drawEllipse(point, 4, 4)
        # legend, right of the title
        painter.setFont(small)
        x = max(title_width, 6)
        y = panel.rect.top() + 10
        for one in panel.series:
            text = one.title
            needed = 30 + metrics.horizontalAdvance(text) + 14
            if x + needed > plot.right():
                break
            colour = self.colour(one)
            dashed = one.timing == "after"
            painter.setPen(QPen(colour, 2.2, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine))
            painter.drawLine(QPointF(x, y), QPointF(x + 22, y))
            painter.setPen(QPen(colour, 1.5))
            if dashed:
                painter.setBrush(QColor("#ffffff"))
                painter.drawRect(QRectF(x + 7.5, y - 3.5, 7, 7))
            else:
                painter.setBrush(colour)
                painter.drawEllipse(QPointF(x + 11, y), 3.5, 3.5)
            painter.setPen(QColor("#202020"))
            painter.drawText(QRectF(x + 26, y - 9, needed, 18), Qt.AlignmentFlag.AlignVCenter, text)
            x += needed
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_strip(self, painter: QPainter) -> None:
        """What was done, beneath each session's column.

        Wide columns show number, date, an "EA" badge, the point codes and the
        needle count; narrow ones (long courses) keep a dot per session (filled
        green = EA, hollow grey = no EA) and label every k-th session.
        """
        strip = self.strip_rect()
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, self.font().pointSizeF() * 0.85))
        tiny = QFont(small)
        tiny.setPointSizeF(max(6.0, small.pointSizeF() * 0.92))
        bold = QFont(small)
        bold.setBold(True)
        painter.setPen(QPen(QColor("#c8c8c8"), 1))
        painter.drawLine(QPointF(0, strip.top() + 1), QPointF(self.width(), strip.top() + 1))
        painter.setFont(tiny)
        painter.setPen(QColor("#555555"))
        painter.drawText(QRectF(2, strip.top() + 4, LEFT - 4, 16), Qt.AlignmentFlag.AlignLeft, self.tr("Session"))
        painter.drawText(QRectF(2, strip.top() + 40, LEFT - 4, 16), Qt.AlignmentFlag.AlignLeft, self.tr("Done"))
        n = max(1, self.session_count)
        width = strip.width() / n
        metrics = QFontMetrics(tiny)
        bold_metrics = QFontMetrics(bold)
        date_width = max((metrics.horizontalAdvance(c.date.strftime("%d %b")) for c in self.columns), default=0)
        label_width = max(bold_metrics.horizontalAdvance(f"#{n}"), date_width) + 6
        every = max(1, -(-label_width // max(1, int(width))))  # label every k-th session when crowded
        wide = width >= 64
        for column in self.columns:
            x = self.column_x(column.number)
            cell = QRectF(x - width / 2 + 2, strip.top() + 4, max(width - 4, 1), strip.height() - 8)
            labelled = wide or (column.number - 1) % every == 0
            if labelled:
                span = QRectF(x - label_width / 2 - 20, cell.top(), label_width + 40, 15)
                painter.setFont(bold)
                painter.setPen(QColor("#202020"))
                painter.drawText(span, Qt.AlignmentFlag.AlignHCenter, f"#{column.number}")
                date_text = column.date.strftime("%d %b")
                painter.setFont(tiny)
                painter.setPen(QColor("#555555"))
                painter.drawText(
                    QRectF(span.left(), cell.top() + 14, span.width(), 14), Qt.AlignmentFlag.AlignHCenter, date_text
                )
            if wide:
                self._paint_ea_badge(painter, column, x, cell.top() + 31, metrics)
            else:
                radius = max(2.0, min(5.0, width / 2 - 1))
                centre = QPointF(x, cell.top() + 38)
                if column.ea:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(QColor("#1b7f3b"))
                else:
                    painter.setPen(QPen(QColor("#9a9a9a"), 1))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(centre, radius, radius)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                continue
            painter.setFont(tiny)
            painter.setPen(QColor("#303030"))
            y = cell.top() + 48
            for line in _abbreviate(column, cell.width(), metrics, 3):
                painter.drawText(QRectF(cell.left(), y, cell.width(), 13), Qt.AlignmentFlag.AlignHCenter, line)
                y += 12
            painter.setPen(QColor("#6a6a6a"))
            needles = self.tr("%1 needles").replace("%1", str(column.needle_count))
            painter.drawText(
                QRectF(cell.left(), cell.bottom() - 12, cell.width(), 13), Qt.AlignmentFlag.AlignHCenter, needles
            )
        if not wide and self.columns:
            painter.setFont(tiny)
            painter.setPen(QColor("#555555"))
            key = self.tr("● EA used   ○ no EA — widen the window to see the points of each session")
            painter.drawText(QRectF(strip.left(), strip.top() + 52, strip.width(), 16), Qt.AlignmentFlag.AlignLeft, key)

    def _paint_ea_badge(self, painter: QPainter, column: SessionColumn, x: float, top: float, metrics) -> None:
        """A filled green "EA" pill when EA was used, an outlined grey "no EA" otherwise."""
        badge_text = self.tr("EA") if column.ea else self.tr("no EA")
        badge_w = metrics.horizontalAdvance(badge_text) + 10
        badge = QRectF(x - badge_w / 2, top, badge_w, 14)
        if column.ea:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#1b7f3b"))
            painter.drawRoundedRect(badge, 6, 6)
            painter.setPen(QColor("#ffffff"))
        else:
            painter.setPen(QPen(QColor("#9a9a9a"), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(badge, 6, 6)
            painter.setPen(QColor("#6a6a6a"))
        painter.setFont(QFont(painter.font()))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, badge_text)
        painter.setBrush(Qt.BrushStyle.NoBrush)


def _ticks(low: float, high: float) -> list[float]:
    span = high - low
    if span <= 0:
        return [low]
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500):
        if span / step <= 6:
            break
    first = (low // step) * step
    ticks = []
    value = first
    while value <= high + 1e-9:
        if value >= low - 1e-9:
            ticks.append(round(value, 6))
        value += step
    if high - ticks[-1] > step / 2:
        ticks.append(high)  # label the top of the scale (RMDQ 24)
    return ticks


def _abbreviate(column: SessionColumn, width: float, metrics: QFontMetrics, max_lines: int) -> list[str]:
    """The session's point codes wrapped into at most ``max_lines`` lines, "+n" for the rest."""
    codes = list(column.point_codes)
    if column.ashi_count:
        codes.append(f"ashi×{column.ashi_count}")
    lines: list[str] = []
    current = ""
    for i, code in enumerate(codes):
        candidate = f"{current} {code}".strip()
        if metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            continue
        lines.append(current)
        current = code
        if len(lines) == max_lines:
            rest = len(codes) - i
            last = lines[-1]
            more = f" +{rest}"
            while last and metrics.horizontalAdvance(last + more) > width:
                last = last.rsplit(" ", 1)[0] if " " in last else ""
                rest += 1
                more = f" +{rest}"
            lines[-1] = (last + more).strip()
            return lines
    if current:
        lines.append(current)
    return lines
