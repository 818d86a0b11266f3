"""The acupoint library: the WHO points, their names, locations and diagram positions.

Data: ``resources/acupoints/points.csv`` (names and locations, following the WHO Standard
Acupuncture Point Locations in the Western Pacific Region, 2008, and the WHO Standard
Acupuncture Nomenclature, 1993).  Positions on the body diagrams are computed from landmarks
and proportional cun measurements in :mod:`charting.acupoints.layout`; the diagrams
(``resources/diagrams/*.svg``) are drawn from the same model by :mod:`.drawing`.  Both are
written at build time (``python -m charting.acupoints.build``: the SVGs and
``resources/acupoints/positions.csv``), so loading the library reads files only.

Nothing is read at import time; the first call to :func:`library` loads everything once::

    from charting.acupoints import library
    lib = library()
    lib.get("ub-40").english            # 'Bend Middle'
    lib.search("jiaji l4")[0].code      # 'EX-B2 L4'
    lib.get("LI4").position("back", "left")

Coordinates are normalised to 0..1 of each view's viewBox (x right, y down).  Positions are
stored for the patient's right side; :meth:`Acupoint.position` mirrors them for the left on
the views that show both sides (front: patient's right on the viewer's left; back: patient's
right on the viewer's right; midline at x = 0.5).  Plain Python: no Qt here.
"""

from __future__ import annotations

import functools

from charting.acupoints.codes import CHANNELS, normalise_channel, normalise_code
from charting.acupoints.views import VIEWS, View

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at start-up
if TYPE_CHECKING:
    from charting.acupoints.catalogue import Acupoint, Library

__all__ = [
    "CHANNELS",
    "VIEWS",
    "Acupoint",
    "Library",
    "View",
    "diagram_svg",
    "library",
    "nearest",
    "normalise_channel",
    "normalise_code",
]


@functools.cache
def library() -> Library:
    """The point library, loaded on first use and shared afterwards."""
    from charting.acupoints.catalogue import load

    return load()


def nearest(view: str, x: float, y: float, max_distance: float = 0.02) -> tuple[Acupoint, str] | None:
    """The point marker nearest to normalised (x, y) on ``view`` and its side ("right"/"left").

    ``max_distance`` is a fraction of the view's height.  See :meth:`Library.nearest`.
    """
    return library().nearest(view, x, y, max_distance)


def diagram_svg(view: str) -> bytes:
    """The SVG drawing of ``view`` (a key of ``VIEWS``), from the ``resources`` package."""
    try:
        name = VIEWS[view].svg
    except KeyError:
        raise KeyError(f"unknown view {view!r}; views: {', '.join(VIEWS)}") from None
    from importlib import resources

    return resources.files("resources.diagrams").joinpath(name).read_bytes()


def __getattr__(name: str):  # Acupoint and Library without importing them at start-up
    if name in ("Acupoint", "Library"):
        from charting.acupoints import catalogue as _lib_module

        return getattr(_lib_module, name)
    raise AttributeError(name)
