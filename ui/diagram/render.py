"""Render a body diagram with its points to a PNG, offscreen (no window).

Used by ``acuchart points render`` (the one place ``charting`` reaches into ``ui``).  The
SVG and the positions come from :mod:`charting.acupoints`, so the picture matches the
interactive diagram and the PDF.
"""

from __future__ import annotations

import os

from charting.acupoints import VIEWS, diagram_svg, library

MARKER = "#b0302a"
LABEL = "#1f3a5f"
_keep: list = []


def _app():
    """A QGuiApplication for fonts; created (offscreen when there is no display) if missing."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
        _keep.append(app)  # one per process, kept until exit
    return app


def markers_svg(view: str, *, labels: bool = True) -> bytes:
    """The view's SVG with a marker (and its code) for every point added on top."""
    v = VIEWS[view]
    r = 1.9
    font = 4.8
    items = []
    for point in library().all():
        sides = ("right", "left") if point.bilateral and v.mirrored else ("right",)
        for side in sides:
            xy = point.position(view, side)
            if xy is None:
                continue
            x, y = xy[0] * v.width, xy[1] * v.height
            items.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}"/>')
            if labels:
                if v.mirrored and xy[0] < 0.5:  # label outwards, away from the midline
                    items.append(
                        f'<text x="{x - r * 1.6:.1f}" y="{y + font * 0.35:.1f}" text-anchor="end">{point.code}</text>'
                    )
                else:
                    items.append(f'<text x="{x + r * 1.6:.1f}" y="{y + font * 0.35:.1f}">{point.code}</text>')
    layer = (
        f'<g id="points" fill="{MARKER}" stroke="white" stroke-width="0.5" '
        f'font-family="DejaVu Sans, sans-serif" font-size="{font}">\n'
        + "\n".join(items).replace("<text ", f'<text fill="{LABEL}" stroke="none" ')
        + "\n</g>\n</svg>"
    )
    svg = diagram_svg(view).decode("utf-8")
    return svg[: svg.rindex("</svg>")].encode("utf-8") + layer.encode("utf-8")


def render_view_png(view: str, path: str, *, labels: bool = True, scale: float = 2.0) -> None:
    """Draw ``view`` with every point on it (both sides where the view shows both) to ``path``.

    The markers are added to the SVG and the whole picture is rendered in one call: PySide6
    6.12 on Python 3.11 loses a reference to ``None`` on every call of a void QPainter method,
    so drawing hundreds of markers one QPainter call at a time crashes the interpreter at exit.

    Args:
        view: a key of :data:`charting.acupoints.VIEWS`.
        path: the PNG file to write.
        labels: write each point's code beside its marker.
        scale: output pixels per SVG viewBox unit.
    """
    if view not in VIEWS:
        raise KeyError(f"unknown view {view!r}; views: {', '.join(VIEWS)}")
    _app()
    from PySide6.QtCore import QByteArray, QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    v = VIEWS[view]
    w, h = round(v.width * scale), round(v.height * scale)
    image = QImage(w, h, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    renderer = QSvgRenderer(QByteArray(markers_svg(view, labels=labels)))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, w, h))
    finally:
        painter.end()
    if not image.save(path, "PNG"):
        raise OSError(f"cannot write {path}")
