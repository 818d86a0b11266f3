"""Where a needle sits, as the safety rules need to know it.

A needle belongs to zero or more *zones* (anterior chest, thorax, anterior
neck, ...).  Library points are classified by explicit sets of codes below
(the anatomy of each point follows the WHO Standard Acupuncture Point
Locations, WPRO 2008); the acupoint library's region is used for points not
named in a set.  Free ashi spots (and codes nobody knows) are classified from
their diagram view and normalised (x, y) position with the bands documented in
:data:`BANDS`.

Sides: ``left``/``right`` are the patient's.  A ``midline`` needle is on
neither side; a current between a left and a right needle crosses the midline.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

# Zone names used by the rule table.
ANTERIOR_CHEST = "anterior chest"
THORAX = "trunk above the navel"
ANTERIOR_NECK = "anterior neck"
POSTERIOR_NECK = "back of the neck"
LOWER_ABDOMEN = "lower abdomen"
LUMBOSACRAL = "lumbosacral area"
FOOT = "foot"
LARGE_VESSEL = "over a large vessel"
UPPER_LIMB = "upper limb"


def _series(prefix: str, first: int, last: int) -> set[str]:
    return {f"{prefix}{n}" for n in range(first, last + 1)}


def _jiaji(levels: Iterable[str]) -> set[str]:
    return {f"EX-B2 {level}" for level in levels}


#: Points on the anterior chest wall (over the lungs and heart).
ANTERIOR_CHEST_CODES: frozenset[str] = frozenset(
    _series("KI", 22, 27)
    | _series("ST", 12, 18)
    | _series("SP", 17, 21)
    | _series("CV", 14, 22)
    | {"PC1", "LU1", "LU2", "GB22", "GB23", "GB24", "LR14", "HT1"}
)

#: The trunk above the navel, front and back: the anterior chest, the upper
#: abdomen (above CV8, the navel) and the upper back (T1–T12).
THORAX_CODES: frozenset[str] = frozenset(
    ANTERIOR_CHEST_CODES
    | _series("CV", 9, 13)
    | _series("ST", 19, 24)
    | _series("KI", 17, 21)
    | {"SP16", "LR13"}
    | _series("BL", 11, 21)
    | _series("BL", 41, 50)
    | _series("SI", 11, 15)
    | _series("GV", 6, 13)
    | {"TE15", "EX-B1", "EX-B3"}
    | _jiaji(f"T{n}" for n in range(1, 13))
)

#: The front of the neck: carotid sinus, larynx, thyroid, vagus nerve.
ANTERIOR_NECK_CODES: frozenset[str] = frozenset(_series("ST", 9, 11) | {"LI17", "LI18", "SI16", "SI17", "CV22", "CV23"})

#: The back of the neck and top of the shoulders, either side of the cervical spine.
POSTERIOR_NECK_CODES: frozenset[str] = frozenset(
    {"GB20", "BL10", "GV14", "GV15", "GV16", "TE16", "GB21", "EX-HN14", "EX-HN15", "GB12", "TE17"}
)

#: Points below the navel on the abdomen and in the groin (traditionally avoided in pregnancy).
LOWER_ABDOMEN_CODES: frozenset[str] = frozenset(
    _series("CV", 1, 7)
    | _series("ST", 26, 30)
    | _series("KI", 11, 15)
    | _series("SP", 12, 14)
    | _series("GB", 26, 28)
    | {"EX-CA1", "LR11", "LR12"}
)

#: The lumbar and sacral area (L1 to the coccyx).
LUMBOSACRAL_CODES: frozenset[str] = frozenset(
    _series("BL", 22, 35)
    | _series("BL", 51, 54)
    | _series("GV", 1, 5)
    | _jiaji(f"L{n}" for n in range(1, 6))
    | {"EX-B4", "EX-B5", "EX-B6", "EX-B7", "EX-B8", "EX-B9"}
)

#: Points on the foot (below the ankle joint).
FOOT_CODES: frozenset[str] = frozenset(
    _series("ST", 41, 45)
    | _series("SP", 1, 5)
    | _series("BL", 60, 67)
    | _series("KI", 1, 6)
    | _series("GB", 40, 44)
    | _series("LR", 1, 4)
    | {f"EX-LE{n}" for n in range(8, 13)}
)

#: Points whose WHO 2008 location lies on or beside a large artery
#: (carotid, subclavian, axillary, brachial, radial, ulnar, femoral,
#: popliteal, posterior tibial, dorsalis pedis).
LARGE_VESSEL_CODES: frozenset[str] = frozenset(
    {
        "ST9",  # common carotid artery
        "LI18",  # carotid, behind the sternocleidomastoid
        "SI16",  # carotid sheath region
        "ST12",  # subclavian artery
        "HT1",  # axillary artery
        "PC3",  # brachial artery
        "LU5",  # brachial artery (medial side)
        "LU9",  # radial artery
        "HT7",  # ulnar artery
        "LR12",  # femoral artery
        "SP12",  # femoral artery
        "SP11",  # femoral artery
        "LR11",  # femoral vessels
        "ST30",  # femoral vessels
        "BL40",  # popliteal artery
        "KI3",  # posterior tibial artery
        "ST42",  # dorsalis pedis artery
        "ST5",  # facial artery
    }
)

_CODE_ZONES: tuple[tuple[str, frozenset[str]], ...] = (
    (ANTERIOR_CHEST, ANTERIOR_CHEST_CODES),
    (THORAX, THORAX_CODES),
    (ANTERIOR_NECK, ANTERIOR_NECK_CODES),
    (POSTERIOR_NECK, POSTERIOR_NECK_CODES),
    (LOWER_ABDOMEN, LOWER_ABDOMEN_CODES),
    (LUMBOSACRAL, LUMBOSACRAL_CODES),
    (FOOT, FOOT_CODES),
    (LARGE_VESSEL, LARGE_VESSEL_CODES),
)

#: The acupoint library's regions, for points no set above names.
_REGION_ZONES: dict[str, frozenset[str]] = {
    "chest": frozenset({ANTERIOR_CHEST, THORAX}),
    "upper_back": frozenset({THORAX}),
    "lower_back": frozenset({LUMBOSACRAL}),
    "foot": frozenset({FOOT}),
    "shoulder": frozenset({UPPER_LIMB}),
    "upper_arm": frozenset({UPPER_LIMB}),
    "forearm": frozenset({UPPER_LIMB}),
    "hand": frozenset({UPPER_LIMB}),
}

#: Bands on the whole-body front and back views for free (ashi) spots.
#: y runs from 0 (top of the 500 × 1000 figure) to 1; x = 0.5 is the body's
#: midline.  The numbers follow the drawn body (charting/acupoints/body.py: a
#: 170 cm adult, soles at y = 0.98, 5.59 units per cm): chin ≈ 148 cm → 0.15,
#: suprasternal notch 139.5 cm → 0.20, xiphisternal junction 124 cm → 0.29,
#: navel 102 cm → 0.41, pubis 88.5 cm → 0.49, ankles ≈ 8.5 cm → 0.93.  The
#: trunk spans |x − 0.5| < 0.18 (≈ 16 cm; the arms hang outside it), the neck
#: |x − 0.5| < 0.07; a spot within 0.02 (≈ 1.8 cm) of x = 0.5 is on the midline.
#: Outside the trunk, from the shoulders down to the fingertips (≈ 0.56), is the arm.
BANDS: dict[str, float] = {
    "neck_top": 0.15,
    "neck_bottom": 0.20,
    "neck_half_width": 0.07,
    "xiphoid": 0.29,
    "navel": 0.41,
    "pubis": 0.49,
    "ankle": 0.93,
    "fingertips": 0.56,
    "trunk_half_width": 0.18,
    "midline_half_width": 0.02,
}
WHOLE_BODY_VIEWS = ("front", "back")


def normal_code(code: str | None) -> str:
    return " ".join(str(code or "").upper().split())


def _library_region(code: str) -> str | None:
    try:
        from charting.acupoints import library
    except ImportError:  # the point library is not installed: sets and bands only
        return None
    try:
        point = library().get(code)
    except Exception:  # a broken library must not stop charting; sets still apply
        return None
    return None if point is None else str(getattr(point, "region", "") or "").lower().replace(" ", "_")


def code_zones(code: str) -> frozenset[str] | None:
    """Zones of a library point code; ``None`` when the code is unknown everywhere."""
    return _code_zones(normal_code(code))


@functools.lru_cache(maxsize=4096)
def _code_zones(code: str) -> frozenset[str] | None:
    found = {zone for zone, codes in _CODE_ZONES if code in codes}
    region = _library_region(code)
    if region is not None:
        found |= _REGION_ZONES.get(region, frozenset())
    elif not found and not _known_anywhere(code):
        return None
    return frozenset(found)


def clear_cache() -> None:
    """Forget cached classifications (after the point library changed)."""
    _code_zones.cache_clear()


def _known_anywhere(code: str) -> bool:
    return any(code in codes for _, codes in _CODE_ZONES)


def position_zones(view: str, x: float, y: float) -> frozenset[str]:
    """Zones of a free spot from its diagram view and normalised position (see :data:`BANDS`)."""
    view = str(view or "").lower()
    if view == "foot":
        return frozenset({FOOT})
    if view == "hand":
        return frozenset({UPPER_LIMB})
    if view not in WHOLE_BODY_VIEWS:
        return frozenset()
    b = BANDS
    off = abs(x - 0.5)
    found: set[str] = set()
    if y >= b["ankle"]:
        found.add(FOOT)
    if b["neck_top"] <= y < b["neck_bottom"] and off < b["neck_half_width"]:
        found.add(ANTERIOR_NECK if view == "front" else POSTERIOR_NECK)
    if b["neck_bottom"] <= y < b["navel"] and off < b["trunk_half_width"]:
        found.add(THORAX)
        if view == "front" and y < b["xiphoid"]:  # over the sternum and ribs, in front of the heart
            found.add(ANTERIOR_CHEST)
    if b["neck_bottom"] <= y < b["fingertips"] and off >= b["trunk_half_width"]:
        found.add(UPPER_LIMB)
    if b["navel"] <= y < b["pubis"] and off < b["trunk_half_width"]:
        found.add(LOWER_ABDOMEN if view == "front" else LUMBOSACRAL)
    return frozenset(found)


def needle_zones(point_code: str | None, view: str, x: float, y: float) -> frozenset[str]:
    """Zones of one needle: by its code when known, else by its position."""
    if point_code:
        zones = code_zones(point_code)
        if zones is not None:
            return zones
    return position_zones(view, x, y)


def body_side(side: str, view: str, x: float) -> str:
    """The patient's side of a needle: its charted side, or for a midline-charted
    free spot away from the midline, the side its position shows."""
    if side in ("left", "right"):
        return side
    view = str(view or "").lower()
    if view in WHOLE_BODY_VIEWS and abs(x - 0.5) > BANDS["midline_half_width"]:
        # Front view: the patient's right is on the viewer's left; back view: the same side.
        left_of_viewer = x < 0.5
        if view == "front":
            return "right" if left_of_viewer else "left"
        return "left" if left_of_viewer else "right"
    return "midline"
