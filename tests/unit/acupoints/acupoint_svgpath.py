"""A small SVG path flattener and point-in-polygon test (plain Python, for the tests)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

_TOKEN = re.compile(r"[MmLlHhVvCcQqZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
SVG_NS = "{http://www.w3.org/2000/svg}"


def flatten(d: str, steps: int = 12) -> list[list[tuple[float, float]]]:
    """Polygons (one per subpath) of an SVG path using M/L/H/V/C/Q/Z, absolute or relative."""
    tokens = _TOKEN.findall(d)
    polys: list[list[tuple[float, float]]] = []
    cur: list[tuple[float, float]] = []
    x = y = sx = sy = 0.0
    cmd = ""
    i = 0

    def num() -> float:
        nonlocal i
        v = float(tokens[i])
        i += 1
        return v

    while i < len(tokens):
        if tokens[i].isalpha():
            cmd = tokens[i]
            i += 1
            if cmd in "Zz":
                if cur:
                    polys.append(cur)
                cur, x, y = [], sx, sy
                continue
        rel = cmd.islower()
        c = cmd.upper()
        ox, oy = (x, y) if rel else (0.0, 0.0)
        if c == "M":
            if cur:
                polys.append(cur)
            x, y = ox + num(), oy + num()
            sx, sy = x, y
            cur = [(x, y)]
            cmd = "l" if rel else "L"
        elif c == "L":
            x, y = ox + num(), oy + num()
            cur.append((x, y))
        elif c == "H":
            x = (x if rel else 0.0) + num()
            cur.append((x, y))
        elif c == "V":
            y = (y if rel else 0.0) + num()
            cur.append((x, y))
        elif c in "CQ":
            n = 3 if c == "C" else 2
            pts = [(x, y)] + [(ox + num(), oy + num()) for _ in range(n)]
            for k in range(1, steps + 1):
                t = k / steps
                if c == "C":
                    a, b, cc, e = pts
                    px = (1 - t) ** 3 * a[0] + 3 * (1 - t) ** 2 * t * b[0] + 3 * (1 - t) * t**2 * cc[0] + t**3 * e[0]
                    py = (1 - t) ** 3 * a[1] + 3 * (1 - t) ** 2 * t * b[1] + 3 * (1 - t) * t**2 * cc[1] + t**3 * e[1]
                else:
                    a, b, e = pts
                    px = (1 - t) ** 2 * a[0] + 2 * (1 - t) * t * b[0] + t**2 * e[0]
                    py = (1 - t) ** 2 * a[1] + 2 * (1 - t) * t * b[1] + t**2 * e[1]
                cur.append((px, py))
            x, y = pts[-1]
        else:
            raise ValueError(f"unsupported path command {cmd!r}")
    if cur:
        polys.append(cur)
    return polys


def inside(poly: list[tuple[float, float]], x: float, y: float) -> bool:
    """Ray casting (even-odd)."""
    result = False
    j = len(poly) - 1
    for i in range(len(poly)):
        xi, yi = poly[i]
        xj, yj = poly[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            result = not result
        j = i
    return result


def outline_polygons(svg: bytes) -> tuple[tuple[float, float], list[list[tuple[float, float]]]]:
    """(viewBox width, height) and the polygons of the element with id="body-outline"."""
    root = ET.fromstring(svg)
    _, _, w, h = (float(v) for v in root.get("viewBox").split())
    outline = [el for el in root.iter() if el.get("id") == "body-outline"]
    assert len(outline) == 1, "exactly one body-outline element"
    paths = [outline[0]] if outline[0].tag == SVG_NS + "path" else list(outline[0].iter(SVG_NS + "path"))
    polys = [poly for p in paths for poly in flatten(p.get("d"))]
    return (w, h), polys
