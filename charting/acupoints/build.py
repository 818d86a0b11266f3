"""Rewrite the diagram SVGs in ``resources/diagrams`` and the point positions from the body model.

Usage: ``python -m charting.acupoints.build`` (from a source checkout).  Writes
``resources/diagrams/*.svg`` and ``resources/acupoints/positions.csv`` (every point's
normalised position on every view, from :func:`charting.acupoints.layout.compute_positions`),
which the library reads when it loads instead of running the body model at every start.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from charting.acupoints.catalogue import POSITIONS_FILE, format_positions
from charting.acupoints.drawing import render_svg
from charting.acupoints.layout import VIEWS, compute_positions


def main() -> int:
    target = Path(str(resources.files("resources.diagrams")))
    for view in VIEWS.values():
        path = target / view.svg
        path.write_text(render_svg(view.name), encoding="utf-8")
        print(f"wrote {path}")
    path = Path(str(resources.files("resources.acupoints"))) / POSITIONS_FILE
    path.write_text(format_positions(compute_positions()), encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
