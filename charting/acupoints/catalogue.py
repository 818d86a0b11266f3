"""The loaded point library: lookup by any code form, search, and nearest point on a view."""

from __future__ import annotations

import csv
import importlib
import io
import os
from collections.abc import Iterable, Mapping
from types import MappingProxyType

from charting.acupoints.codes import CHANNELS, compact, normalise_channel, normalise_code, plain, strip_tones
from charting.acupoints.views import VIEWS, Record, View

SIDES = ("right", "left")
REGIONS = (
    "head",
    "neck",
    "chest",
    "abdomen",
    "upper_back",
    "lower_back",
    "shoulder",
    "upper_arm",
    "forearm",
    "hand",
    "hip",
    "thigh",
    "knee",
    "leg",
    "foot",
)


class Acupoint(Record):
    """One acupuncture point.

    Attributes:
        code: the WHO code (``"BL40"``, ``"EX-B2 L4"``).
        pinyin: the name in pinyin with tone marks (``"Wěizhōng"``).
        pinyin_plain: the same without tone marks (``"Weizhong"``).
        hanzi: the name in Chinese characters (``"委中"``).
        english: the WHO English name (``"Bend Middle"``).
        channel: the channel code (``"BL"``), ``"EX"`` for extra points.
        bilateral: True for paired points, False for points on the midline.
        region: the body region (one of ``REGIONS``).
        location: one line saying where to find it.
        positions: view name -> normalised (x, y) on that view, for the patient's right side
            (see :meth:`position`); views that cannot show the point are absent.
        aliases: other names or codes that find the point.
    """

    code: str
    pinyin: str
    pinyin_plain: str
    hanzi: str
    english: str
    channel: str
    bilateral: bool
    region: str
    location: str
    positions: Mapping[str, tuple[float, float]]  # not compared, hashed or shown in repr
    aliases: tuple[str, ...]
    _compared = ("code", "pinyin", "pinyin_plain", "hanzi", "english", "channel", "bilateral", "region", "location",
                 "aliases")

    def __init__(  # noqa: PLR0917  positional like the dataclass it replaces
        self,
        code: str,
        pinyin: str,
        pinyin_plain: str,
        hanzi: str,
        english: str,
        channel: str,
        bilateral: bool,
        region: str,
        location: str,
        positions: Mapping[str, tuple[float, float]],
        aliases: tuple[str, ...] = (),
    ) -> None:
        values = (code, pinyin, pinyin_plain, hanzi, english, channel, bilateral, region, location, aliases)
        for f, value in zip(self._compared, values, strict=True):
            object.__setattr__(self, f, value)
        object.__setattr__(self, "positions", positions)

    def position(self, view: str, side: str = "right") -> tuple[float, float] | None:
        """Normalised (x, y) of the point on ``view`` for ``side`` ("right"/"left"), or None.

        On views that show both sides (``View.mirrored``) the left side is the mirror image
        about x = 0.5; views of one side only (side, head_side, hand, foot) show the right
        limb and serve both sides, so the same position is returned.  Midline points ignore
        ``side``.
        """
        xy = self.positions.get(view)
        if xy is None:
            return None
        s = side.lower()
        if s in ("l", "left") and self.bilateral and VIEWS[view].mirrored:
            return (round(1.0 - xy[0], 4), xy[1])
        if s not in ("l", "left", "r", "right"):
            raise ValueError(f"side must be 'right' or 'left', not {side!r}")
        return xy

    def to_dict(self) -> dict:
        """Plain data for JSON."""
        return {
            "code": self.code,
            "pinyin": self.pinyin,
            "pinyin_plain": self.pinyin_plain,
            "hanzi": self.hanzi,
            "english": self.english,
            "channel": self.channel,
            "bilateral": self.bilateral,
            "region": self.region,
            "location": self.location,
            "aliases": list(self.aliases),
            "positions": {view: [x, y] for view, (x, y) in self.positions.items()},
        }


class Library:
    """All points, indexed for lookup and search.  Get it from :func:`library`."""

    def __init__(self, points: Iterable[Acupoint]) -> None:
        self._points = tuple(points)
        self._by_code: dict[str, Acupoint] = {}
        self._by_channel: dict[str, list[Acupoint]] = {}
        self._keys: list[tuple[Acupoint, str, tuple[str, ...]]] = []
        for p in self._points:
            if p.code in self._by_code:
                raise ValueError(f"duplicate point code {p.code}")
            self._by_code[p.code] = p
            self._by_channel.setdefault(p.channel, []).append(p)
            names = [plain(p.pinyin_plain), plain(p.english), p.hanzi] + [plain(a) for a in p.aliases]
            self._keys.append((p, compact(p.code).lower(), tuple(n for n in names if n)))
        for p in self._points:
            for alias in p.aliases:
                code = normalise_code(alias)
                if code and code not in self._by_code:
                    self._by_code[code] = p
        # per view: (x, y, point, side) of every visible marker, both sides where mirrored
        self._markers: dict[str, list[tuple[float, float, Acupoint, str]]] = {v: [] for v in VIEWS}
        for p in self._points:
            for view in p.positions:
                self._markers[view].append((*p.positions[view], p, "right"))
                if p.bilateral and VIEWS[view].mirrored:
                    x, y = p.position(view, "left")  # type: ignore[misc]
                    self._markers[view].append((x, y, p, "left"))

    def get(self, code: str) -> Acupoint | None:
        """The point for any code form (``"ub-40"``, ``"Liv 3"``, ``"EX-B2 L4"``), or None."""
        canonical = normalise_code(code)
        return self._by_code.get(canonical) if canonical else None

    def all(self) -> list[Acupoint]:
        """Every point, in channel order (LU .. CV, then EX)."""
        return list(self._points)

    def by_channel(self, channel: str) -> list[Acupoint]:
        """The points of one channel (any code form: ``"UB"``, ``"liv"``, ``"EX"``) in order."""
        ch = normalise_channel(channel)
        if ch is None:
            raise KeyError(f"unknown channel {channel!r}")
        return list(self._by_channel.get(ch, ()))

    def views(self) -> list[View]:
        return list(VIEWS.values())

    def search(self, query: str, limit: int = 20) -> list[Acupoint]:
        """Points matching ``query``, best first.

        Matches codes in any form, plain or tone-marked pinyin (spaces ignored), Chinese
        characters and English names (case-insensitive).  Order: the exact code, exact
        names, code and name prefixes, then names containing the query; ties keep library
        order.
        """
        q = query.strip()
        if not q or limit <= 0:
            return []
        ranked: list[tuple[int, int, Acupoint]] = []
        exact = self.get(q)
        qn = plain(q)
        qc = compact(q).lower()
        code_prefix = any(ch.isdigit() for ch in qc)
        canonical = normalise_code(q)
        if canonical:
            qc = compact(canonical).lower()
        for order, (p, code_key, names) in enumerate(self._keys):
            if p is exact:
                rank = 0
            elif qn in names:
                rank = 1
            elif (code_prefix and code_key.startswith(qc)) or any(n.startswith(qn) for n in names):
                rank = 2
            elif len(qn) > 1 and any(qn in n for n in names):
                rank = 3
            else:
                continue
            ranked.append((rank, order, p))
        ranked.sort(key=lambda r: (r[0], r[1]))
        return [p for _, _, p in ranked[:limit]]

    def nearest(self, view: str, x: float, y: float, max_distance: float = 0.02) -> tuple[Acupoint, str] | None:
        """The marker nearest to normalised (x, y) on ``view`` and its side, or None.

        Distance is measured in view heights (x is scaled by the view's aspect ratio), so
        ``max_distance=0.02`` is 2 % of the picture's height in any direction.
        """
        aspect = VIEWS[view].aspect
        best, best_d = None, max_distance * max_distance
        for mx, my, p, side in self._markers.get(view, ()):
            d = ((mx - x) * aspect) ** 2 + (my - y) ** 2
            if d <= best_d:
                best, best_d = (p, side), d
        return best


def _read_rows(text: str) -> list[dict[str, str]]:
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


POSITIONS_FILE = "positions.csv"
POSITIONS_HEADER = "# code,view,x,y: written by python -m charting.acupoints.build from charting.acupoints.layout"


def format_positions(positions: Mapping[str, Mapping[str, tuple[float, float]]]) -> str:
    """The text of ``resources/acupoints/positions.csv`` for ``compute_positions()``'s result."""
    lines = [POSITIONS_HEADER]
    for code, views in positions.items():
        for view, (x, y) in views.items():
            lines.append(f"{code},{view},{x!r},{y!r}")
    return "\n".join(lines) + "\n"


def parse_positions(text: str) -> dict[str, dict[str, tuple[float, float]]]:
    """code -> view -> (x, y), read back from the text :func:`format_positions` writes."""
    out: dict[str, dict[str, tuple[float, float]]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        try:
            code, view, x, y = line.split(",")
            xy = (float(x), float(y))
        except ValueError:
            raise ValueError(f"{POSITIONS_FILE}, line {n}: expected code,view,x,y") from None
        if view not in VIEWS:
            raise ValueError(f"{POSITIONS_FILE}, line {n}: unknown view {view!r}")
        out.setdefault(code, {})[view] = xy
    return out


def _resource_text(name: str) -> str:
    """A file of the ``resources.acupoints`` package, read through the package's loader.

    What :func:`pkgutil.get_data` does (and so works from a wheel, a zip or a frozen app
    like :mod:`importlib.resources`), without importing ``importlib.resources`` or ``pkgutil``
    (with ``pathlib``, ``tempfile``, ``zipfile`` and ``typing``: half of the library's load time
    in a fresh process).
    """
    package = importlib.import_module("resources.acupoints")
    spec = package.__spec__
    if spec is None or spec.loader is None or not hasattr(spec.loader, "get_data") or package.__file__ is None:
        raise OSError(f"resources.acupoints cannot read {name}")
    path = os.path.join(os.path.dirname(package.__file__), name)
    return spec.loader.get_data(path).decode("utf-8")  # type: ignore[attr-defined]


def load() -> Library:
    """Read ``resources/acupoints/points.csv`` and the positions the build step computed (uncached).

    The positions come from ``positions.csv``, written by ``python -m charting.acupoints.build``
    from :func:`charting.acupoints.layout.compute_positions` (the single source; a test checks
    that the shipped file equals what it computes), so loading does not run the body model.
    """
    text = _resource_text("points.csv")
    positions = parse_positions(_resource_text(POSITIONS_FILE))
    points = []
    for row in _read_rows(text):
        code = row["code"].strip()
        if normalise_code(code) != code:
            raise ValueError(f"points.csv: {code!r} is not a canonical code")
        channel = "EX" if code.startswith("EX-") else code.rstrip("0123456789")
        if channel not in CHANNELS:
            raise ValueError(f"points.csv: unknown channel in {code!r}")
        side = row["side"].strip()
        if side not in ("bilateral", "midline"):
            raise ValueError(f"points.csv: {code}: side must be bilateral or midline")
        region = row["region"].strip()
        if region not in REGIONS:
            raise ValueError(f"points.csv: {code}: unknown region {region!r}")
        if code not in positions:
            raise ValueError(f"points.csv: {code} has no position in {POSITIONS_FILE} (run the build step)")
        pinyin = row["pinyin"].strip()
        aliases = tuple(a.strip() for a in (row.get("aliases") or "").split(";") if a.strip())
        points.append(
            Acupoint(
                code=code,
                pinyin=pinyin,
                pinyin_plain=strip_tones(pinyin).replace("ü", "u"),
                hanzi=row["hanzi"].strip(),
                english=row["english"].strip(),
                channel=channel,
                bilateral=side == "bilateral",
                region=region,
                location=row["location"].strip(),
                positions=MappingProxyType(dict(positions[code])),
                aliases=aliases,
            )
        )
    return Library(points)


def channel_name(channel: str) -> str:
    ch = normalise_channel(channel)
    if ch is None:
        raise KeyError(channel)
    return CHANNELS[ch][0]


__all__ = ["REGIONS", "SIDES", "Acupoint", "Library", "channel_name", "format_positions", "load", "parse_positions"]
