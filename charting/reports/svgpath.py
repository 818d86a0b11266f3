"""A small SVG path-data parser: enough to draw the body outlines on paper.

Supports the commands the diagram files use: M/L/H/V/C/S/Q/T/Z in absolute
(upper case) and relative (lower case) form.  Quadratic curves are raised to
cubic ones (ReportLab paths know only cubics); an elliptical arc (A/a) is
drawn as a straight segment to its end point, which is enough for an outline
and keeps every later coordinate right.

The result is a list of absolute operations in the SVG's own coordinates
(y grows downwards); :mod:`charting.reports.diagram` maps them to the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: ("M", x, y) | ("L", x, y) | ("C", x1, y1, x2, y2, x, y) | ("Z",)
Op = tuple

_TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARGS = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7, "Z": 0}


class PathSyntaxError(ValueError):
    """The path data cannot be read."""


def _tokens(data: str) -> Iterator[str]:
    position = 0
    for match in _TOKEN.finditer(data):
        gap = data[position : match.start()]
        if gap.strip(" \t\r\n,"):
            raise PathSyntaxError(f"unexpected {gap.strip()!r} in path data")
        position = match.end()
        yield match.group(0)
    if data[position:].strip(" \t\r\n,"):
        raise PathSyntaxError(f"unexpected {data[position:].strip()!r} in path data")


def parse_path(data: str) -> list[Op]:
    """Absolute drawing operations for SVG path ``data``."""
    ops: list[Op] = []
    tokens = list(_tokens(data))
    if tokens and tokens[0] not in ("M", "m"):
        raise PathSyntaxError("path data must start with a moveto (M or m)")
    i = 0
    x = y = 0.0
    start_x = start_y = 0.0
    last_cubic: tuple[float, float] | None = None  # second control point of the previous C/S
    last_quad: tuple[float, float] | None = None  # control point of the previous Q/T
    command = ""
    while i < len(tokens):
        token = tokens[i]
        if token.isalpha():
            command = token
            i += 1
        elif not command:
            raise PathSyntaxError("path data must start with a command")
        upper = command.upper()
        relative = command != upper
        count = _ARGS[upper]
        if upper == "Z":
            ops.append(("Z",))
            x, y = start_x, start_y
            last_cubic = last_quad = None
            continue
        if i + count > len(tokens) or any(t.isalpha() for t in tokens[i : i + count]):
            raise PathSyntaxError(f"command {command} needs {count} numbers")
        args = [float(t) for t in tokens[i : i + count]]
        i += count
        dx, dy = (x, y) if relative else (0.0, 0.0)
        cubic: tuple[float, float] | None = None
        quad: tuple[float, float] | None = None
        if upper == "M":
            x, y = args[0] + dx, args[1] + dy
            start_x, start_y = x, y
            ops.append(("M", x, y))
            command = "l" if relative else "L"  # further pairs are line-tos
        elif upper == "L":
            x, y = args[0] + dx, args[1] + dy
            ops.append(("L", x, y))
        elif upper == "H":
            x = args[0] + dx
            ops.append(("L", x, y))
        elif upper == "V":
            y = args[0] + dy
            ops.append(("L", x, y))
        elif upper in ("C", "S"):
            if upper == "C":
                x1, y1 = args[0] + dx, args[1] + dy
                x2, y2, ex, ey = args[2] + dx, args[3] + dy, args[4] + dx, args[5] + dy
            else:
                x1, y1 = (2 * x - last_cubic[0], 2 * y - last_cubic[1]) if last_cubic else (x, y)
                x2, y2, ex, ey = args[0] + dx, args[1] + dy, args[2] + dx, args[3] + dy
            ops.append(("C", x1, y1, x2, y2, ex, ey))
            cubic = (x2, y2)
            x, y = ex, ey
        elif upper in ("Q", "T"):
            if upper == "Q":
                qx, qy = args[0] + dx, args[1] + dy
                ex, ey = args[2] + dx, args[3] + dy
            else:
                qx, qy = (2 * x - last_quad[0], 2 * y - last_quad[1]) if last_quad else (x, y)
                ex, ey = args[0] + dx, args[1] + dy
            # A quadratic Bézier is the cubic with control points 2/3 of the way to q.
            ops.append(
                (
                    "C",
                    x + 2 / 3 * (qx - x),
                    y + 2 / 3 * (qy - y),
                    ex + 2 / 3 * (qx - ex),
                    ey + 2 / 3 * (qy - ey),
                    ex,
                    ey,
                )
            )
            quad = (qx, qy)
            x, y = ex, ey
        elif upper == "A":
            x, y = args[5] + dx, args[6] + dy
            ops.append(("L", x, y))
        last_cubic, last_quad = cubic, quad
    return ops


def bounds(ops: list[Op]) -> tuple[float, float, float, float]:
    """(min x, min y, max x, max y) over every coordinate (control points included)."""
    xs: list[float] = []
    ys: list[float] = []
    for op in ops:
        xs.extend(op[1::2])
        ys.extend(op[2::2])
    if not xs:
        return (0.0, 0.0, 0.0, 0.0)
    return (min(xs), min(ys), max(xs), max(ys))
