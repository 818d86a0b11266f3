"""The diagram views: names, titles, SVG files and viewBox sizes.

Kept apart from :mod:`charting.acupoints.layout` (the body model and projections) so that
loading the point library does not import the drawing model: the library reads positions
precomputed by ``python -m charting.acupoints.build``.
"""

from __future__ import annotations


class Record:
    """A small frozen value object: equality, hash and repr over ``_compared``.

    What ``@dataclass(frozen=True)`` gives, without importing :mod:`dataclasses` (with
    :mod:`inspect`, about a fifth of the library's load time in a fresh process).
    Subclasses set ``_compared`` and assign their fields with ``object.__setattr__``.
    """

    _compared: tuple[str, ...] = ()

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")

    def _key(self) -> tuple:
        return tuple(getattr(self, f) for f in self._compared)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._key() == other._key()  # type: ignore[attr-defined]
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        fields = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._compared)
        return f"{type(self).__name__}({fields})"


# full-body views: 500 x 1000 viewBox (the body model in ``body`` draws into it)
FULL_W, FULL_H = 500.0, 1000.0


class View(Record):
    """One diagram view.

    Attributes:
        name: the key used everywhere (``"back"``).
        title: a heading for people.
        svg: the file name under ``resources/diagrams``.
        width, height: the SVG viewBox size; ``aspect`` is width / height.
        mirrored: True when the view shows both sides with the midline at x = 0.5, so that
            the left side is the mirror of the right; False when it shows one side only
            (the patient's right) and both sides share the drawing.
    """

    name: str
    title: str
    svg: str
    width: float
    height: float
    mirrored: bool
    _compared = ("name", "title", "svg", "width", "height", "mirrored")

    def __init__(self, name: str, title: str, svg: str, width: float, height: float, mirrored: bool) -> None:  # noqa: PLR0917
        for f, value in zip(self._compared, (name, title, svg, width, height, mirrored), strict=True):
            object.__setattr__(self, f, value)

    @property
    def aspect(self) -> float:
        return self.width / self.height


VIEWS: dict[str, View] = {
    v.name: v
    for v in (
        View("front", "Front (anterior)", "front.svg", FULL_W, FULL_H, True),
        View("back", "Back (posterior)", "back.svg", FULL_W, FULL_H, True),
        View("side", "Side (right lateral)", "side.svg", FULL_W, FULL_H, False),
        View("head", "Head and face (front)", "head.svg", 400.0, 500.0, True),
        View("head_side", "Head (right side)", "head_side.svg", 400.0, 500.0, False),
        View("hand", "Right hand: dorsal and palmar", "hand.svg", 600.0, 500.0, False),
        View("foot", "Right foot: lateral, medial, dorsum, sole", "foot.svg", 800.0, 640.0, False),
    )
}

__all__ = ["FULL_H", "FULL_W", "VIEWS", "Record", "View"]
