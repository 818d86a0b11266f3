"""The body diagram on paper: the screen's outline, needle markers and EA lead lines.

The outline is read from the same SVG the window shows
(``charting.acupoints.diagram_svg(view)``; ``resources/diagrams/<view>.svg`` when
that function is not available): every element with id or class
``body-outline`` (or inside a group so marked) is parsed once per view and kept
in normalised coordinates.  Markers sit at the needles' stored normalised
(x, y), the same numbers the screen uses (NeedleInfo.view/x/y).  The one place
where the SVG's downward y becomes ReportLab's upward y is :func:`to_page`.
"""

from __future__ import annotations

import functools
import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass

from charting.reports import fonts
from charting.reports.svgpath import Op, PathSyntaxError, parse_path

OUTLINE_MARK = "body-outline"
#: Groups drawn on paper, as on screen: each part stroked and filled ("outline"), then filled
#: again without a stroke ("fill") so the joints show no seams, then the detail lines.
ROLES = {"body-outline": "outline", "body-fill": "fill", "details": "detail"}

#: Lead-line colours of EA channels 1, 2, 3, ... (print-safe, told apart in grey too by dash).
CHANNEL_COLOURS = ("#d9480f", "#7048e8", "#2b8a3e", "#c2255c", "#1971c2", "#e67700")
MARKER_COLOUR = "#1c4e80"

VIEW_TITLES = {
    "front": "Front",
    "back": "Back",
    "side": "Side",
    "head": "Head",
    "hand": "Hand",
    "foot": "Foot",
    "ear": "Ear",
}


def to_page(x: float, y: float, width: float, height: float) -> tuple[float, float]:
    """Normalised diagram coordinates (0–1, y downwards) to drawing points (y upwards)."""
    return x * width, (1.0 - y) * height


@dataclass(frozen=True, slots=True)
class Outline:
    """A view's body outline in normalised coordinates.

    Attributes:
        aspect: the view box's width / height.
        shapes: (role, drawing operations) per element, coordinates in 0–1 (y downwards);
            role is "outline" (stroke and fill), "fill" (fill only) or "detail" (thin stroke).
    """

    view: str
    aspect: float
    shapes: tuple[tuple[str, tuple[Op, ...]], ...]


# --- reading the SVG ------------------------------------------------------------------

_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_TRANSFORM = re.compile(r"(matrix|translate|scale|rotate)\s*\(([^)]*)\)")
Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + c * b2,
        b * a2 + d * b2,
        a * c2 + c * d2,
        b * c2 + d * d2,
        a * e2 + c * f2 + e,
        b * e2 + d * f2 + f,
    )


def _parse_transform(text: str | None) -> Matrix:
    matrix = IDENTITY
    for kind, raw in _TRANSFORM.findall(text or ""):
        values = [float(v) for v in _NUMBER.findall(raw)]
        if kind == "matrix" and len(values) == 6:
            step = tuple(values)
        elif kind == "translate" and values:
            step = (1.0, 0.0, 0.0, 1.0, values[0], values[1] if len(values) > 1 else 0.0)
        elif kind == "scale" and values:
            step = (values[0], 0.0, 0.0, values[1] if len(values) > 1 else values[0], 0.0, 0.0)
        elif kind == "rotate" and values:
            angle = math.radians(values[0])
            cos, sin = math.cos(angle), math.sin(angle)
            step = (cos, sin, -sin, cos, 0.0, 0.0)
            if len(values) == 3:
                cx, cy = values[1], values[2]
                step = _multiply(_multiply((1, 0, 0, 1, cx, cy), step), (1, 0, 0, 1, -cx, -cy))
        else:
            continue
        matrix = _multiply(matrix, step)  # type: ignore[arg-type]
    return matrix


def _apply(matrix: Matrix, op: Op) -> Op:
    if matrix == IDENTITY or op[0] == "Z":
        return op
    a, b, c, d, e, f = matrix
    coords = []
    for i in range(1, len(op), 2):
        x, y = op[i], op[i + 1]
        coords.extend((a * x + c * y + e, b * x + d * y + f))
    return (op[0], *coords)


def _ellipse_ops(cx: float, cy: float, rx: float, ry: float) -> list[Op]:
    k = 0.5522847498  # cubic Bézier handle length for a quarter circle
    return [
        ("M", cx + rx, cy),
        ("C", cx + rx, cy + k * ry, cx + k * rx, cy + ry, cx, cy + ry),
        ("C", cx - k * rx, cy + ry, cx - rx, cy + k * ry, cx - rx, cy),
        ("C", cx - rx, cy - k * ry, cx - k * rx, cy - ry, cx, cy - ry),
        ("C", cx + k * rx, cy - ry, cx + rx, cy - k * ry, cx + rx, cy),
        ("Z",),
    ]


def _element_ops(element: ET.Element) -> list[Op]:
    tag = element.tag.rsplit("}", 1)[-1]
    get = element.get
    try:
        if tag == "path":
            return parse_path(get("d", ""))
        if tag in ("polygon", "polyline"):
            numbers = [float(v) for v in _NUMBER.findall(get("points", ""))]
            pairs = list(zip(numbers[::2], numbers[1::2], strict=False))
            if not pairs:
                return []
            ops: list[Op] = [("M", *pairs[0])] + [("L", *p) for p in pairs[1:]]
            return [*ops, ("Z",)] if tag == "polygon" else ops
        if tag == "circle":
            r = float(get("r", "0"))
            return _ellipse_ops(float(get("cx", "0")), float(get("cy", "0")), r, r)
        if tag == "ellipse":
            return _ellipse_ops(
                float(get("cx", "0")), float(get("cy", "0")), float(get("rx", "0")), float(get("ry", "0"))
            )
        if tag == "line":
            start = ("M", float(get("x1", "0")), float(get("y1", "0")))
            return [start, ("L", float(get("x2", "0")), float(get("y2", "0")))]
        if tag == "rect":
            x, y = float(get("x", "0")), float(get("y", "0"))
            w, h = float(get("width", "0")), float(get("height", "0"))
            return [("M", x, y), ("L", x + w, y), ("L", x + w, y + h), ("L", x, y + h), ("Z",)]
    except (ValueError, PathSyntaxError):
        return []
    return []


def _role(element: ET.Element) -> str | None:
    names = [element.get("id", ""), *element.get("class", "").split()]
    for name in names:
        for mark, role in ROLES.items():
            if name == mark or name.startswith(mark + "-"):
                return role
    return None


#: Outline points closer than this (in normalised units: a 500-unit view box → 0.3 units, about
#: 0.06 pt on paper) to the line through their neighbours are dropped; nobody sees them and
#: every point costs time in every report.
SIMPLIFY_TOLERANCE = 0.0006


def _simplify_run(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Ramer–Douglas–Peucker on a polyline (iterative; keeps both ends)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy)
        worst, index = 0.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if length == 0:
                distance = math.hypot(px - x1, py - y1)
            else:
                distance = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / length
            if distance > worst:
                worst, index = distance, i
        if worst > tolerance and index > 0:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def simplify(ops: tuple[Op, ...], tolerance: float = SIMPLIFY_TOLERANCE) -> tuple[Op, ...]:
    """``ops`` with runs of straight segments thinned; curves and path structure kept."""
    out: list[Op] = []
    run: list[tuple[float, float]] = []

    def flush() -> None:
        if run:
            out.extend(("L", x, y) for x, y in _simplify_run(run, tolerance)[1:])
            run.clear()

    for op in ops:
        if op[0] == "L":
            if not run:
                last = out[-1] if out else None
                start = (last[-2], last[-1]) if last is not None and last[0] != "Z" else (op[1], op[2])
                run.append(start)
            run.append((op[1], op[2]))
        else:
            flush()
            out.append(op)
    flush()
    return tuple(out)


def parse_outline(svg_text: str | bytes, view: str = "") -> Outline:
    """The ``body-outline`` shapes of an SVG document, normalised by its view box."""
    root = ET.fromstring(svg_text)
    box = [float(v) for v in _NUMBER.findall(root.get("viewBox", ""))]
    if len(box) != 4 or box[2] <= 0 or box[3] <= 0:
        width = float(_NUMBER.findall(root.get("width", "0"))[0] if root.get("width") else 0)
        height = float(_NUMBER.findall(root.get("height", "0"))[0] if root.get("height") else 0)
        if width <= 0 or height <= 0:
            raise ValueError(f"diagram {view or '?'}: the SVG has no viewBox or size")
        box = [0.0, 0.0, width, height]
    min_x, min_y, box_w, box_h = box
    # Normalise: view-box units to 0–1, after every transform on the way down.
    normal: Matrix = (1 / box_w, 0.0, 0.0, 1 / box_h, -min_x / box_w, -min_y / box_h)
    shapes: list[tuple[str, tuple[Op, ...]]] = []

    def walk(element: ET.Element, matrix: Matrix, inside: str | None) -> None:
        matrix = _multiply(matrix, _parse_transform(element.get("transform")))
        inside = inside or _role(element)
        if inside:
            ops = _element_ops(element)
            if ops:
                shapes.append((inside, simplify(tuple(_apply(matrix, op) for op in ops))))
        for child in element:
            tag = child.tag.rsplit("}", 1)[-1]
            if tag in ("defs", "clipPath", "mask", "symbol", "title", "desc", "style", "text"):
                continue
            walk(child, matrix, inside)

    walk(root, normal, None)
    return Outline(view=view, aspect=box_w / box_h, shapes=tuple(shapes))


def _diagram_svg(view: str) -> str | bytes | None:
    try:
        from charting.acupoints import diagram_svg
    except ImportError:
        diagram_svg = None
    if diagram_svg is not None:
        try:
            return diagram_svg(view)
        except (KeyError, ValueError, FileNotFoundError):
            return None
    try:
        path = fonts.resource_dir("diagrams") / f"{view}.svg"
    except FileNotFoundError:
        return None
    return path.read_text(encoding="utf-8") if path.is_file() else None


@functools.lru_cache(maxsize=32)
def outline(view: str) -> Outline | None:
    """The parsed outline of ``view`` (read and parsed once per process), or None if there is none."""
    text = _diagram_svg(view)
    if not text:
        return None
    try:
        return parse_outline(text, view)
    except (ET.ParseError, ValueError):
        return None


# --- drawing --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Marker:
    """A numbered needle marker."""

    number: int
    label: str
    side: str
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class Lead:
    """An EA lead line between two markers of the same view."""

    channel: int
    a: tuple[float, float]
    b: tuple[float, float]


@functools.lru_cache(maxsize=64)
def _outline_paths(view: str, width: float, height: float):
    """The outline as ReportLab path objects at one size, built once per process: a path
    object is only its list of PDF operators, so every document can draw the same ones."""
    from reportlab.pdfgen.pathobject import PDFPathObject

    shape = outline(view)
    paths = []
    for role, ops in shape.shapes if shape is not None else ():
        path = PDFPathObject()
        closed = False
        for op in ops:
            kind = op[0]
            if kind == "M":
                path.moveTo(*to_page(op[1], op[2], width, height))
            elif kind == "L":
                path.lineTo(*to_page(op[1], op[2], width, height))
            elif kind == "C":
                path.curveTo(
                    *to_page(op[1], op[2], width, height),
                    *to_page(op[3], op[4], width, height),
                    *to_page(op[5], op[6], width, height),
                )
            else:
                path.close()
                closed = True
        paths.append((role, path, closed))
    return tuple(paths)


def _draw_outline(canvas, view: str, width: float, height: float) -> None:
    """Draw the outline of ``view`` with its lower-left corner at the canvas origin."""
    from reportlab.lib import colors

    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#f4efe9"))
    canvas.setStrokeColor(colors.HexColor("#6b6b6b"))
    canvas.setLineJoin(1)
    canvas.setLineCap(1)
    for role, path, closed in _outline_paths(view, round(width, 2), round(height, 2)):
        if role == "outline":
            canvas.setLineWidth(0.7)
            canvas.drawPath(path, stroke=1, fill=1 if closed else 0)
        elif role == "fill":
            canvas.drawPath(path, stroke=0, fill=1)
        else:
            canvas.setStrokeColor(colors.HexColor("#a89a8c"))
            canvas.setLineWidth(0.35)
            canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()


def view_size(view: str, max_width: float, max_height: float) -> tuple[float, float]:
    """The drawing size of ``view`` inside the box, keeping the view box's proportions."""
    shape = outline(view)
    aspect = shape.aspect if shape is not None else 0.5
    width = min(max_width, max_height * aspect)
    return width, width / aspect


LABEL_SIZE = 5.0


def _place_labels(marks, radius: float, width: float, height: float):
    """Point-code labels beside their markers, placed so they overlap neither each other nor
    other markers; a label with no free place is left out (the number still links the marker
    to the needle table)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    boxes = [(px - radius, py - radius, px + radius, py + radius) for _m, px, py in marks]
    placed: list[tuple[tuple[float, float, float], str]] = []
    seen: set[tuple[str, int, int]] = set()

    def free(box) -> bool:
        x0, y0, x1, y1 = box
        if x0 < 0 or x1 > width or y0 < 0 or y1 > height:
            return False
        return all(x1 <= a0 or x0 >= a1 or y1 <= b0 or y0 >= b1 for a0, b0, a1, b1 in boxes)

    for marker, px, py in marks:
        key = (marker.label, round(px), round(py))
        if key in seen:
            continue
        seen.add(key)
        w = stringWidth(marker.label, fonts.REGULAR, LABEL_SIZE)
        h = LABEL_SIZE
        gap = radius + 1.2
        outward_right = marker.x >= 0.5
        right = ((px + gap, py - h / 2, px + gap + w, py + h / 2), (px + gap, py - 1.8), "start")
        left = ((px - gap - w, py - h / 2, px - gap, py + h / 2), (px - gap, py - 1.8), "end")
        above = ((px - w / 2, py + radius + 0.5, px + w / 2, py + radius + 0.5 + h), (px, py + radius + 1.6), "middle")
        below = ((px - w / 2, py - radius - 0.5 - h, px + w / 2, py - radius - 0.5), (px, py - radius - h + 0.4),
                 "middle")
        for box, (tx, ty), anchor in (right, left, above, below) if outward_right else (left, right, above, below):
            if free(box):
                boxes.append(box)
                placed.append(((tx, ty, marker.label), anchor))
                break
    return placed


def body_drawing(
    view: str,
    markers: Sequence[Marker],
    leads: Sequence[Lead] = (),
    *,
    max_width: float,
    max_height: float,
    title: str | None = None,
):
    """A ReportLab Drawing of one view: outline, EA lead lines, numbered markers, title."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
    from reportlab.lib import colors

    title_h = 11.0
    width, height = view_size(view, max_width, max_height - title_h)
    drawing = Drawing(width, height + title_h, initialFontName=fonts.REGULAR, initialFontSize=7)
    if outline(view) is None:
        drawing.add(Rect(0, 0, width, height, strokeColor=colors.HexColor("#b0b0b0"), strokeWidth=0.5,
                         fillColor=None, strokeDashArray=[2, 2]))
        drawing.add(String(width / 2, height / 2, "(outline not available)", fontName=fonts.REGULAR,
                           fontSize=6, fillColor=colors.grey, textAnchor="middle"))
    # The outline itself is drawn by BodyView as a form shared by every page of the document.
    # Which side of the paper is the patient's left: read it from the needles themselves.
    left_x = [m.x for m in markers if m.side == "left"]
    right_x = [m.x for m in markers if m.side == "right"]
    if left_x and right_x and view in ("front", "back"):
        left_on_left = sum(left_x) / len(left_x) < sum(right_x) / len(right_x)
        for x, text in ((4.0, "L" if left_on_left else "R"), (width - 4.0, "R" if left_on_left else "L")):
            drawing.add(String(x, height - 9, text, fontName=fonts.BOLD, fontSize=7,
                               fillColor=colors.HexColor("#6b6b6b"), textAnchor="middle"))
    for lead in leads:
        colour = colors.HexColor(CHANNEL_COLOURS[(lead.channel - 1) % len(CHANNEL_COLOURS)])
        ax, ay = to_page(*lead.a, width, height)
        bx, by = to_page(*lead.b, width, height)
        drawing.add(Line(ax, ay, bx, by, strokeColor=colour, strokeWidth=1.4,
                         strokeDashArray=None if lead.channel % 2 else [3, 1.5]))
        mx, my = (ax + bx) / 2, (ay + by) / 2
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy) or 1.0
        ox, oy = -dy / length * 7, dx / length * 7  # beside the line, not on it
        drawing.add(String(mx + ox, my + oy - 2, f"EA{lead.channel}", fontName=fonts.BOLD, fontSize=5.5,
                           fillColor=colour, textAnchor="middle"))
    radius = 3.9
    marks = [(m, *to_page(m.x, m.y, width, height)) for m in markers]
    for marker, px, py in marks:
        drawing.add(Circle(px, py, radius, fillColor=colors.white, strokeColor=colors.HexColor(MARKER_COLOUR),
                           strokeWidth=0.8))
        drawing.add(String(px, py - 1.7, str(marker.number), fontName=fonts.BOLD,
                           fontSize=4.9 if marker.number < 10 else 4.1,
                           fillColor=colors.HexColor(MARKER_COLOUR), textAnchor="middle"))
    for (x, y, text), anchor in _place_labels(marks, radius, width, height):
        drawing.add(String(x, y, text, fontName=fonts.REGULAR, fontSize=LABEL_SIZE,
                           fillColor=colors.HexColor("#333333"), textAnchor=anchor))
    drawing.add(String(width / 2, height + 3, title or f"{VIEW_TITLES.get(view, view.title())} view",
                       fontName=fonts.BOLD, fontSize=7.5, textAnchor="middle"))
    return BodyView(view, width, height, drawing)


def _body_view_class():
    from reportlab.graphics import renderPDF
    from reportlab.platypus.flowables import Flowable

    class _BodyView(Flowable):
        """One view on paper: the outline (a PDF form XObject written once per document and
        reused on every page that shows this view) under the markers' drawing."""

        def __init__(self, view: str, width: float, height: float, overlay) -> None:
            super().__init__()
            self.view = view
            self.outline_width = width
            self.outline_height = height
            self.overlay = overlay
            self.width, self.height = overlay.width, overlay.height

        def wrap(self, *_args):
            return self.width, self.height

        def draw(self) -> None:
            canvas = self.canv
            if outline(self.view) is not None:
                name = f"AcuOutline_{self.view}_{self.outline_width:.1f}x{self.outline_height:.1f}"
                written = canvas.__dict__.setdefault("_acuchart_forms", set())
                if name not in written:
                    canvas.beginForm(name)
                    _draw_outline(canvas, self.view, self.outline_width, self.outline_height)
                    canvas.endForm()
                    written.add(name)
                canvas.doForm(name)
            renderPDF.draw(self.overlay, canvas, 0, 0)

    return _BodyView


_BODY_VIEW = None


def BodyView(view: str, width: float, height: float, overlay):
    """The flowable of one view (see ``_body_view_class``); ReportLab is imported on first use."""
    global _BODY_VIEW
    if _BODY_VIEW is None:
        _BODY_VIEW = _body_view_class()
    return _BODY_VIEW(view, width, height, overlay)
