"""Rewrite the diagram SVGs in ``resources/diagrams`` from the body model.

Usage: ``python -m charting.acupoints.build`` (from a source checkout).  Positions are not
written anywhere: the library computes them from the same model when it loads.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from charting.acupoints.drawing import render_svg
from charting.acupoints.layout import VIEWS


def main() -> int:
    target = Path(str(resources.files("resources.diagrams")))
    for view in VIEWS.values():
        path = target / view.svg
        path.write_text(render_svg(view.name), encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
