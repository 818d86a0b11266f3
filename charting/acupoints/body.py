"""The drawn body: one simple model that both the SVG diagrams and the point positions use.

Everything is measured in centimetres on a 170 cm adult standing in the anatomical position
(palms forward).  Axes: ``X`` lateral (positive = the patient's right), ``Y`` height above
the soles, ``Z`` forward.  Only the patient's right side is modelled; the left is its mirror.

A view turns model centimetres into SVG viewBox units (``Transform``).  Limbs are tapered
tubes (``Segment``): a point on a limb is "so far along, so far round", and a view shows it
when that side of the tube faces the viewer.  The trunk is a stack of levels with a
half-width and front/back depths.  The head is an ellipsoid.  Hands and feet have their own
flat frames.  Plain Python: no Qt, nothing read from disk.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

Point = tuple[float, float]

# --- full-body views: 500 x 1000 viewBox, soles at y = 980, 170 cm tall -----------------------
# (the viewBox size, FULL_W x FULL_H, is defined with the views in charting.acupoints.views)
S = 950.0 / 170.0  # viewBox units per cm
GROUND = 980.0
SIDE_CX = 205.0  # x of Z = 0 in the side view


def full_y(y_cm: float) -> float:
    return GROUND - y_cm * S


# --- landmark heights (cm above the soles) ----------------------------------------------------
SUPRASTERNAL = 139.5
XIPHISTERNAL = 124.0
UMBILICUS = 102.0
PUBIS = 88.5  # upper border of the pubic symphysis
CUN_UPPER_ABD = (XIPHISTERNAL - UMBILICUS) / 8.0  # xiphisternal junction..umbilicus = 8 cun
CUN_LOWER_ABD = (UMBILICUS - PUBIS) / 5.0  # umbilicus..pubic symphysis = 5 cun
CUN_CHEST_X = 9.5 / 4.0  # nipple (4 cun) sits 9.5 cm from the midline
CUN_BACK_X = 7.5 / 3.0  # medial border of the scapula (3 cun) 7.5 cm from the midline
# intercostal spaces on the front of the chest (1st..7th)
ICS = {1: 136.5, 2: 133.5, 3: 130.5, 4: 127.5, 5: 124.5, 6: 121.5, 7: 118.5}
# lower border of each spinous process, and the sacral foramina
SPINE = {"C7": 140.5}
for _i in range(1, 13):
    SPINE[f"T{_i}"] = 138.0 - (_i - 1) * 2.4
SPINE.update({"L1": 108.5, "L2": 105.0, "L3": 101.5, "L4": 98.0, "L5": 94.5})
SACRAL = {1: 92.0, 2: 89.5, 3: 87.0, 4: 84.5}
SACRAL_HIATUS = 83.0
COCCYX_TIP = 80.0
POPLITEAL = 49.0  # popliteal crease, ~ level of ST35
PATELLA_BASE = 54.5
LAT_MALLEOLUS = 8.5
MED_MALLEOLUS = 9.0
CUN_THIGH_LAT = (86.0 - POPLITEAL) / 19.0  # greater trochanter..popliteal crease = 19 cun
CUN_THIGH_ANT = 2.05  # pubic symphysis..medial epicondyle = 18 cun
CUN_LEG_LAT = (POPLITEAL - LAT_MALLEOLUS) / 16.0  # popliteal crease..lateral malleolus = 16 cun
CUN_LEG_MED = (44.5 - MED_MALLEOLUS) / 13.0  # medial condyle..medial malleolus = 13 cun
CUN_THIGH_POST = (78.0 - POPLITEAL) / 14.0  # gluteal fold..popliteal crease = 14 cun


def above_umbilicus(cun: float) -> float:
    return UMBILICUS + cun * (CUN_UPPER_ABD if cun >= 0 else CUN_LOWER_ABD)


def below_popliteal(cun: float) -> float:
    return POPLITEAL - cun * CUN_LEG_LAT


def above_lat_malleolus(cun: float) -> float:
    return LAT_MALLEOLUS + cun * CUN_LEG_LAT


def above_med_malleolus(cun: float) -> float:
    return MED_MALLEOLUS + cun * CUN_LEG_MED


def above_patella(cun: float) -> float:
    return PATELLA_BASE + cun * CUN_THIGH_ANT


# --- trunk: level -> (half-width, front depth, back depth) -------------------------------------
TRUNK = [  # (Y, half-width a, Z of the front surface, Z of the back surface)
    (144.0, 6.2, 2.5, -6.5),
    (141.5, 13.5, 3.0, -7.5),
    (139.5, 17.5, 4.0, -8.5),
    (136.0, 18.3, 7.0, -9.5),
    (130.0, 17.2, 9.5, -10.5),
    (127.5, 16.6, 10.5, -10.5),
    (121.0, 15.6, 10.0, -10.0),
    (114.0, 14.6, 8.5, -9.5),
    (106.0, 13.9, 8.5, -8.5),
    (100.0, 14.6, 9.5, -8.0),
    (94.0, 16.4, 9.0, -10.0),
    (88.0, 17.4, 8.0, -12.0),
    (82.0, 16.6, 6.0, -12.0),
    (78.0, 14.0, 3.0, -9.0),
]


def trunk_at(y: float) -> tuple[float, float, float]:
    """Half-width, front Z and back Z of the trunk at height y (linear between levels)."""
    rows = TRUNK
    if y >= rows[0][0]:
        return rows[0][1:]
    for (y0, *v0), (y1, *v1) in itertools.pairwise(rows):
        if y1 <= y <= y0:
            f = (y0 - y) / (y0 - y1)
            return tuple(a + (b - a) * f for a, b in zip(v0, v1, strict=False))  # type: ignore[return-value]
    return rows[-1][1:]


# --- head: an ellipsoid around HEAD_C; the neck a cylinder below it ---------------------------
HEAD_C = (0.0, 158.5, 1.0)  # X, Y, Z of the head centre
HEAD_A, HEAD_B, HEAD_CZ = 7.6, 11.5, 9.8  # semi-axes along X, Y, Z
NECK_R, NECK_Z = 5.6, -1.0  # neck radius and centre Z, relative to the head centre
HAIRLINE_FRONT_DEG = 31.0  # sagittal angle of the anterior hairline (0 = front, 90 = vertex)
SCALP_DEG_PER_CUN = 15.0  # anterior..posterior hairline = 12 cun over ~180 degrees
HEAD_CUN_X = 1.65  # lateral cun on the head, cm


def _clamp01(v: float) -> float:
    return max(0.0, v)


def head_point(kind: str, u: float, v: float) -> tuple[tuple[float, float, float], tuple[float, float, float]]:
    """A point on the head (relative to HEAD_C) and its outward normal.

    kinds: ``face`` (u = X, v = Y, front surface), ``side`` (u = Z, v = Y, right surface),
    ``back`` (u = X, v = Y, back surface), ``scalp`` (u = cun behind the anterior hairline,
    v = X in cm), ``neck`` (u = degrees round from the front towards the right, v = Y).
    """
    a, b, c = HEAD_A, HEAD_B, HEAD_CZ
    if kind == "face":
        x, y = u, v
        z = c * math.sqrt(_clamp01(1 - (x / a) ** 2 - (y / b) ** 2))
    elif kind == "back":
        x, y = u, v
        z = -c * math.sqrt(_clamp01(1 - (x / a) ** 2 - (y / b) ** 2))
    elif kind == "side":
        z, y = u, v
        x = a * math.sqrt(_clamp01(1 - (z / c) ** 2 - (y / b) ** 2))
    elif kind == "scalp":
        phi = math.radians(HAIRLINE_FRONT_DEG + SCALP_DEG_PER_CUN * u)
        x = v
        k = math.sqrt(_clamp01(1 - (x / a) ** 2))
        z, y = c * k * math.cos(phi), b * k * math.sin(phi)
    elif kind == "neck":
        t = math.radians(u)
        r = NECK_R * 0.85
        x, y, z = r * math.sin(t), v, NECK_Z + r * math.cos(t)
        return (x, y, z), (math.sin(t), 0.0, math.cos(t))
    else:
        raise ValueError(kind)
    n = (x / a**2, y / b**2, z / c**2)
    ln = math.sqrt(sum(q * q for q in n)) or 1.0
    return (x, y, z), (n[0] / ln, n[1] / ln, n[2] / ln)


# --- limbs ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Segment:
    """A tapered tube drawn in one view, in that view's 2D model plane (cm).

    Attributes:
        p0, p1: axis ends (proximal, distal) as (horizontal, Y) in cm.
        radii: the radius profile, (fraction along, radius cm) pairs from 0 to 1.
        rot: degrees subtracted from a point's angle round the limb before projecting:
            the side whose angle equals ``rot`` faces the viewer.
        perp: +1 or -1: which perpendicular of the axis a positive offset goes to
            (+1 = the axis direction turned 90 degrees anticlockwise in model plane).
    """

    p0: Point
    p1: Point
    radii: tuple[tuple[float, float], ...]
    rot: float
    perp: int

    def radius(self, t: float) -> float:
        r = self.radii
        for (t0, r0), (t1, r1) in itertools.pairwise(r):
            if t <= t1:
                return r0 + (r1 - r0) * (t - t0) / ((t1 - t0) or 1.0)
        return r[-1][1]

    def axis(self, t: float) -> Point:
        return (self.p0[0] + (self.p1[0] - self.p0[0]) * t, self.p0[1] + (self.p1[1] - self.p0[1]) * t)

    def normal(self) -> Point:
        dx, dy = self.p1[0] - self.p0[0], self.p1[1] - self.p0[1]
        ln = math.hypot(dx, dy)
        return (-dy / ln * self.perp, dx / ln * self.perp)

    def surface(self, t: float, theta: float, inset: float = 0.88) -> tuple[Point, float]:
        """Model-plane point at fraction t and angle theta (degrees), and how much it faces us."""
        ang = math.radians(theta - self.rot)
        off = math.sin(ang) * self.radius(t) * inset
        (ax, ay), (nx, ny) = self.axis(t), self.normal()
        return (ax + nx * off, ay + ny * off), math.cos(ang)

    def t_at_y(self, y: float) -> float:
        return (self.p0[1] - y) / (self.p0[1] - self.p1[1])

    def outline(self, steps: int = 14) -> list[Point]:
        """Closed outline: both sides along the profile with round ends."""
        (nx, ny) = self.normal()
        dx, dy = self.p1[0] - self.p0[0], self.p1[1] - self.p0[1]
        ln = math.hypot(dx, dy)
        ux, uy = dx / ln, dy / ln
        ts = [i / steps for i in range(steps + 1)]
        left = [(self.axis(t)[0] + nx * self.radius(t), self.axis(t)[1] + ny * self.radius(t)) for t in ts]
        right = [(self.axis(t)[0] - nx * self.radius(t), self.axis(t)[1] - ny * self.radius(t)) for t in ts]
        pts = left[:]
        # distal cap: from +n round through +u to -n
        cx, cy = self.p1
        r = self.radius(1.0)
        for k in range(1, 10):
            a = math.pi * k / 10
            pts.append((cx + r * (nx * math.cos(a) + ux * math.sin(a)), cy + r * (ny * math.cos(a) + uy * math.sin(a))))
        pts += right[::-1]
        cx, cy = self.p0
        r = self.radius(0.0)
        for k in range(1, 10):
            a = math.pi * k / 10
            pts.append(
                (cx + r * (-nx * math.cos(a) - ux * math.sin(a)), cy + r * (-ny * math.cos(a) - uy * math.sin(a)))
            )
        return pts


def _rotated(origin: Point, length: float, deg_from_down: float, forward: float = 1.0) -> Point:
    a = math.radians(deg_from_down)
    return (origin[0] + forward * length * math.sin(a), origin[1] - length * math.cos(a))


# Arm in the anatomical position (front / back views): (X, Y) in cm.
SHOULDER = (18.3, 136.5)
ELBOW = (22.6, 106.5)
WRIST = (25.4, 82.0)
UPPER_ARM_R = ((0.0, 4.9), (0.25, 4.6), (1.0, 3.7))
FOREARM_R = ((0.0, 3.8), (0.35, 3.9), (1.0, 2.6))
AXILLA_T = (136.5 - 128.0) / (136.5 - 106.5)  # fraction of the upper arm at the axillary fold
HAND_LEN = 18.5  # wrist crease to the tip of the middle finger
HAND_HALF = 4.2  # half the breadth of the palm
# Arm in the side view: raised forward (40 degrees, forearm 45 degrees) to show the flank.
SIDE_SHOULDER = (-1.0, 136.5)
SIDE_ELBOW = _rotated(SIDE_SHOULDER, 30.0, 40.0)
SIDE_WRIST = _rotated(SIDE_ELBOW, 24.5, 45.0)
# Leg: (X, Y) in front/back views, (Z, Y) in the side view.
HIP = (9.0, 86.0)
KNEE = (9.8, 49.0)
ANKLE = (10.3, 8.5)
SIDE_HIP, SIDE_KNEE, SIDE_ANKLE = (-1.0, 86.0), (0.5, 49.0), (-1.2, 8.5)
THIGH_R = ((0.0, 8.6), (0.4, 7.4), (1.0, 5.4))
LEG_R = ((0.0, 5.2), (0.3, 5.7), (0.8, 3.7), (1.0, 3.2))
SIDE_THIGH_R = ((0.0, 10.0), (0.5, 8.0), (1.0, 5.8))
SIDE_LEG_R = ((0.0, 5.6), (0.3, 6.3), (0.8, 4.2), (1.0, 3.8))

# rot/perp per view: front sees angle 0 (anterior) with + offsets lateral; back sees 180 with
# + offsets medial; the side view sees 90 (lateral) for upper arm and leg, 180 (dorsum of the
# forearm, which is in mid-pronation there) for forearm and hand.
LIMBS: dict[str, dict[str, Segment]] = {
    "front": {
        "upper_arm": Segment(SHOULDER, ELBOW, UPPER_ARM_R, 0.0, +1),
        "forearm": Segment(ELBOW, WRIST, FOREARM_R, 0.0, +1),
        "thigh": Segment(HIP, KNEE, THIGH_R, 0.0, +1),
        "leg": Segment(KNEE, ANKLE, LEG_R, 0.0, +1),
    },
    "back": {
        "upper_arm": Segment(SHOULDER, ELBOW, UPPER_ARM_R, 180.0, -1),
        "forearm": Segment(ELBOW, WRIST, FOREARM_R, 180.0, -1),
        "thigh": Segment(HIP, KNEE, THIGH_R, 180.0, -1),
        "leg": Segment(KNEE, ANKLE, LEG_R, 180.0, -1),
    },
    "side": {
        "upper_arm": Segment(SIDE_SHOULDER, SIDE_ELBOW, UPPER_ARM_R, 90.0, -1),
        "forearm": Segment(SIDE_ELBOW, SIDE_WRIST, FOREARM_R, 180.0, -1),
        "thigh": Segment(SIDE_HIP, SIDE_KNEE, SIDE_THIGH_R, 90.0, -1),
        "leg": Segment(SIDE_KNEE, SIDE_ANKLE, SIDE_LEG_R, 90.0, -1),
    },
}
# Model planes: front/back use (X lateral, Y), the side view (Z forward, Y); each view's
# transform then maps the plane onto its viewBox (see charting.acupoints.layout).

# --- hand frame: a along (0 wrist crease .. 1 tip of the middle finger), b across
# (-1 ulnar edge of the palm .. +1 radial edge).  Fingers: (centre b, tip a, half-width b).
FINGERS = {2: (0.62, 0.95, 0.19), 3: (0.2, 1.0, 0.2), 4: (-0.22, 0.96, 0.19), 5: (-0.62, 0.82, 0.17)}
PALM = [
    (-0.03, -0.8),
    (0.2, -0.98),
    (0.5, -0.86),
    (0.55, -0.4),
    (0.56, 0.4),
    (0.52, 0.86),
    (0.3, 0.98),
    (0.05, 0.84),
    (-0.03, 0.8),
]
THUMB = ((0.08, 0.8), (0.56, 1.72), 0.2)  # base, tip (a, b), half-width
FOREARM_IN_HAND = 6.0  # cun of distal forearm shown in the hand view
CUN_FOREARM = (106.5 - 82.0) / 12.0  # cubital crease..wrist crease = 12 cun


def forearm_a(cun_above_wrist: float) -> float:
    return -cun_above_wrist * math.hypot(ELBOW[0] - WRIST[0], ELBOW[1] - WRIST[1]) / 12.0 / HAND_LEN


# --- foot frame, cm: F along the foot from the ankle axis (heel -6.5 .. big toe tip 18.5),
# W across (medial negative), H height above the sole.
FOOT_TOP = [  # outline seen from above (F, W)
    (-6.5, 0.2),
    (-5.6, -2.8),
    (-2.0, -3.3),
    (3.0, -3.6),
    (9.5, -4.6),
    (14.0, -4.3),
    (17.0, -3.7),
    (18.6, -2.8),
    (18.2, -1.7),
    (18.0, -0.8),
    (17.2, 0.5),
    (16.2, 2.0),
    (15.0, 3.4),
    (13.0, 4.6),
    (10.0, 5.0),
    (4.0, 4.6),
    (-1.0, 3.9),
    (-5.0, 3.0),
]
FOOT_PROFILE = [  # outline seen from the side (F, H), heel at the left, toes at the right
    (-6.6, 2.0),
    (-6.0, 0.3),
    (-4.0, 0.0),
    (12.0, 0.0),
    (17.8, 0.3),
    (18.6, 1.0),
    (18.2, 1.9),
    (14.0, 2.6),
    (9.0, 3.8),
    (5.0, 5.4),
    (2.6, 7.2),
    (1.8, 9.5),
    (-3.4, 9.5),
    (-5.0, 6.5),
]


def dorsum_height(f: float) -> float:
    """Height of the top of the foot above the sole at F (for the front and side views)."""
    prof = [(-1.0, 9.0), (1.8, 8.5), (5.0, 5.4), (9.0, 3.8), (14.0, 2.6), (18.2, 1.9)]
    for (f0, h0), (f1, h1) in itertools.pairwise(prof):
        if f <= f1:
            return h0 + (h1 - h0) * max(0.0, f - f0) / (f1 - f0)
    return prof[-1][1]
