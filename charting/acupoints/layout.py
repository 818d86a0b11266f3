"""Where each point sits on each diagram view, computed from landmarks and cun.

Every point is placed once on the body model of :mod:`charting.acupoints.body` by a short
*spec* (:func:`placements`): for instance ``("leg", "leg", below_popliteal(3), 35)`` puts ST36
3 cun below the knee crease on the lower leg, 35 degrees round from the front towards the
lateral side.  :func:`compute_positions` projects every spec into every view that shows that
surface, and returns normalised (x, y) in 0..1 of the view's viewBox.  Positions are for the
patient's right side; the left is the mirror (see :class:`charting.acupoints.model.Acupoint`).

Measurements follow the proportional bone (cun) measurements and the landmarks of the WHO
Standard Acupuncture Point Locations in the Western Pacific Region (2008).

Spec kinds (cm unless stated; head-relative kinds are relative to ``body.HEAD_C``):

``face x y`` / ``hside z y`` / ``hback x y``  front, right side, back of the head
``scalp cun x``   cun behind the anterior hairline along the scalp, x cm from the midline
``neck deg y``    round the neck (0 front, 90 right side, 180 back), at head-relative y
``front X Y`` / ``back X Y``   front or back of the trunk
``lat deg Y``     round the trunk (0 front midline, 90 mid-axillary line, 180 back)
``top X Y Z``     top of the shoulder (seen from the front, back and side)
``arm u|f cun deg``  upper arm (cun above the cubital crease) or forearm (cun above the wrist
                  crease); deg round the arm: 0 palmar/anterior, 90 radial, 180 dorsal, -90 ulnar
``hand a b surf`` hand frame (see ``body``), surf p(almar) d(orsal) e(dge: both)
``leg thigh|leg Y deg``  thigh or lower leg at height Y: 0 front, 90 lateral, -90 medial, 180 back
``foot surf F v`` foot frame: dorsum/sole (v = W) or medial/lateral (v = H)
"""

from __future__ import annotations

import functools
import math

from charting.acupoints import body as B
from charting.acupoints.body import Segment
from charting.acupoints.views import VIEWS, View  # noqa: F401  re-exported for the drawing code

# --- view transforms: model plane -> viewBox -------------------------------------------------
HEAD_S = 14.0  # head views, units per cm
HEAD_CY = 30.0 + B.HEAD_B * HEAD_S
HEAD_CX, HEAD_SIDE_CX = 200.0, 190.0
HAND_S = 250.0 / B.HAND_LEN
HAND_WRIST = {"dorsal": (160.0, 300.0), "palmar": (440.0, 300.0)}
FOOT_S = 11.2
FOOT_GROUND = 300.0
FOOT_AXIS = {"lateral": 140.0, "medial": 660.0}
FOOT_TOP_X = {"dorsum": 200.0, "sole": 600.0}
FOOT_TOP_Y0 = 547.0  # y of F = 0 in the dorsum and sole panels
FOOT_LEG_TOP = 25.0  # cm of leg shown in the foot view


def full_xy(view: str, h: float, y: float) -> tuple[float, float]:
    """Model plane -> viewBox for the full-body views (h = X in front/back, Z in side)."""
    if view == "front":
        return 250.0 - h * B.S, B.full_y(y)
    if view == "back":
        return 250.0 + h * B.S, B.full_y(y)
    return B.SIDE_CX + h * B.S, B.full_y(y)


def head_xy(view: str, x: float, y: float, z: float) -> tuple[float, float]:
    if view == "head":
        return HEAD_CX - x * HEAD_S, HEAD_CY - y * HEAD_S
    return HEAD_SIDE_CX + z * HEAD_S, HEAD_CY - y * HEAD_S


def hand_model(view: str, a: float, b: float) -> tuple[float, float]:
    """Hand frame -> model plane of a full view."""
    if view == "side":
        w, e = B.SIDE_WRIST, B.SIDE_ELBOW
    else:
        w, e = B.WRIST, B.ELBOW
    dx, dy = w[0] - e[0], w[1] - e[1]
    ln = math.hypot(dx, dy)
    dx, dy = dx / ln, dy / ln
    px, py = -dy, dx  # radial: lateral (+X) in front and back, forwards and up in the side view
    if view != "side" and px < 0:
        px, py = -px, -py
    return (w[0] + a * B.HAND_LEN * dx + b * B.HAND_HALF * px, w[1] + a * B.HAND_LEN * dy + b * B.HAND_HALF * py)


def hand_panel_xy(panel: str, a: float, b: float) -> tuple[float, float]:
    x0, y0 = HAND_WRIST[panel]
    sign = -1.0 if panel == "dorsal" else 1.0  # radial side: left on the dorsum, right on the palm
    return x0 + sign * b * B.HAND_HALF * HAND_S, y0 - a * B.HAND_LEN * HAND_S


def forearm_half_b(a: float) -> float:
    """Half-width of the distal forearm in hand-frame b units at a (< 0)."""
    return 0.74 + (-a) * 0.25


def foot_side_xy(panel: str, f: float, h: float) -> tuple[float, float]:
    sign = 1.0 if panel == "lateral" else -1.0  # toes right on the lateral panel, left on the medial
    return FOOT_AXIS[panel] + sign * f * FOOT_S, FOOT_GROUND - h * FOOT_S


def foot_top_xy(panel: str, f: float, w: float) -> tuple[float, float]:
    sign = 1.0 if panel == "dorsum" else -1.0  # medial (W < 0) on the left of the dorsum
    return FOOT_TOP_X[panel] + sign * w * FOOT_S, FOOT_TOP_Y0 - f * FOOT_S


def foot_panel_leg(panel: str) -> Segment:
    """The distal leg drawn above the foot in the medial / lateral panels (model plane F, H)."""
    full = B.LIMBS["side"]["leg"]
    t0 = full.t_at_y(FOOT_LEG_TOP)
    radii = ((0.0, full.radius(t0)), (0.5, full.radius(t0 + (1 - t0) * 0.5)), (1.0, full.radius(1.0)))
    if panel == "lateral":
        return Segment((0.0, FOOT_LEG_TOP), (0.0, B.LAT_MALLEOLUS), radii, 90.0, -1)
    return Segment((0.0, FOOT_LEG_TOP), (0.0, B.LAT_MALLEOLUS), radii, -90.0, +1)


VISIBLE = -0.15
HEAD_INSET = 0.95  # a surface facing away by less than this still shows (edges)


# --- the placements ---------------------------------------------------------------------------
def _upper_arm_t(cun: float) -> float:
    return 1.0 - cun * (1.0 - B.AXILLA_T) / 9.0


def _c(cun: float) -> float:  # cun lateral on the front of the chest/abdomen -> cm
    return cun * B.CUN_CHEST_X


def _b(cun: float) -> float:  # cun lateral on the back -> cm
    return cun * B.CUN_BACK_X


def _h(cun: float) -> float:  # cun lateral on the head -> cm
    return cun * B.HEAD_CUN_X


U, PB, SP, ICS = B.above_umbilicus, B.PUBIS, B.SPINE, B.ICS


def _placements() -> dict[str, tuple[tuple, ...]]:
    P: dict[str, tuple[tuple, ...]] = {}

    def put(code: str, *specs: tuple) -> None:
        P[code] = specs

    # ---- Lung
    put("LU1", ("front", _c(6.0), ICS[1]))
    put("LU2", ("front", _c(6.0), 138.6))
    put("LU3", ("arm", "u", 6.0, 40))
    put("LU4", ("arm", "u", 5.0, 40))
    put("LU5", ("arm", "f", 12.0, 35))
    put("LU6", ("arm", "f", 7.0, 45))
    put("LU7", ("arm", "f", 1.5, 80))
    put("LU8", ("arm", "f", 1.0, 55))
    put("LU9", ("hand", 0.01, 0.68, "p"))
    put("LU10", ("hand", 0.24, 1.02, "p"))
    put("LU11", ("hand", 0.53, 1.82, "e"))
    # ---- Large intestine
    put("LI1", ("hand", 0.9, 0.78, "e"))
    put("LI2", ("hand", 0.55, 0.78, "e"))
    put("LI3", ("hand", 0.47, 0.76, "d"))
    put("LI4", ("hand", 0.3, 0.66, "d"))
    put("LI5", ("hand", 0.0, 0.72, "d"))
    put("LI6", ("arm", "f", 3.0, 130))
    put("LI7", ("arm", "f", 5.0, 135))
    put("LI8", ("arm", "f", 8.0, 128))
    put("LI9", ("arm", "f", 9.0, 125))
    put("LI10", ("arm", "f", 10.0, 120))
    put("LI11", ("arm", "f", 12.0, 95))
    put("LI12", ("arm", "u", 1.3, 110))
    put("LI13", ("arm", "u", 3.0, 105))
    put("LI14", ("arm", "u", 7.0, 95))
    put("LI15", ("arm", "u", 11.0, 60))
    put("LI16", ("top", 15.5, 140.0, -2.5))
    put("LI17", ("neck", 70, -14.5))
    put("LI18", ("neck", 62, -12.5))
    put("LI19", ("face", 1.0, -4.4))
    put("LI20", ("face", 2.0, -3.4))
    # ---- Stomach
    put("ST1", ("face", 3.1, -0.9))
    put("ST2", ("face", 3.1, -1.8))
    put("ST3", ("face", 3.1, -3.6))
    put("ST4", ("face", 2.9, -5.8))
    put("ST5", ("face", 4.6, -8.2))
    put("ST6", ("hside", 1.8, -6.3))
    put("ST7", ("hside", 3.8, -2.1))
    put("ST8", ("hside", 5.6, 5.4))
    put("ST9", ("neck", 30, -12.5))
    put("ST10", ("neck", 30, -14.8))
    put("ST11", ("neck", 22, -18.6))
    put("ST12", ("front", _c(4.0), 138.6))
    put("ST13", ("front", _c(4.0), 137.8))
    put("ST14", ("front", _c(4.0), ICS[1]))
    put("ST15", ("front", _c(4.0), ICS[2]))
    put("ST16", ("front", _c(4.0), ICS[3]))
    put("ST17", ("front", _c(4.0), ICS[4]))
    put("ST18", ("front", _c(4.0), ICS[5]))
    for i, cun in enumerate(range(6, -5, -1)):  # ST19 (6 cun above) .. ST29 (4 cun below)
        put(f"ST{19 + i}", ("front", _c(2.0), U(cun)))
    put("ST30", ("front", _c(2.0), PB))
    put("ST31", ("leg", "thigh", 81.0, 20))
    put("ST32", ("leg", "thigh", B.above_patella(6.0), 25))
    put("ST33", ("leg", "thigh", B.above_patella(3.0), 27))
    put("ST34", ("leg", "thigh", B.above_patella(2.0), 30))
    put("ST35", ("leg", "leg", 47.8, 22))
    st35 = 47.8
    put("ST36", ("leg", "leg", st35 - 3 * B.CUN_LEG_LAT, 35))
    put("ST37", ("leg", "leg", st35 - 6 * B.CUN_LEG_LAT, 33))
    put("ST38", ("leg", "leg", st35 - 8 * B.CUN_LEG_LAT, 33))
    put("ST39", ("leg", "leg", st35 - 9 * B.CUN_LEG_LAT, 33))
    put("ST40", ("leg", "leg", B.above_lat_malleolus(8.0), 52))
    put("ST41", ("foot", "dorsum", 1.2, 0.2))
    put("ST42", ("foot", "dorsum", 5.5, -1.0))
    put("ST43", ("foot", "dorsum", 10.5, -0.6))
    put("ST44", ("foot", "dorsum", 14.0, -0.6))
    put("ST45", ("foot", "dorsum", 17.3, -0.4))
    # ---- Spleen
    put("SP1", ("foot", "dorsum", 17.8, -3.0), ("foot", "medial", 17.8, 2.0))
    put("SP2", ("foot", "medial", 13.2, 1.5))
    put("SP3", ("foot", "medial", 9.8, 1.5))
    put("SP4", ("foot", "medial", 5.5, 2.0))
    put("SP5", ("foot", "medial", 1.8, 5.2))
    put("SP6", ("leg", "leg", B.above_med_malleolus(3.0), -100))
    put("SP7", ("leg", "leg", B.above_med_malleolus(6.0), -100))
    put("SP9", ("leg", "leg", 44.5, -95))
    put("SP8", ("leg", "leg", 44.5 - 3 * B.CUN_LEG_MED, -98))
    put("SP10", ("leg", "thigh", B.above_patella(2.0), -60))
    put("SP11", ("leg", "thigh", B.above_patella(2.0) + (PB - B.above_patella(2.0)) / 3.0, -62))
    put("SP12", ("front", _c(3.5), PB - 0.8))
    put("SP13", ("front", _c(4.0), U(-4.3)))
    put("SP14", ("front", _c(4.0), U(-1.3)))
    put("SP15", ("front", _c(4.0), U(0)))
    put("SP16", ("front", _c(4.0), U(3)))
    put("SP17", ("front", _c(6.0), ICS[5]))
    put("SP18", ("front", _c(6.0), ICS[4]))
    put("SP19", ("front", _c(6.0), ICS[3]))
    put("SP20", ("front", _c(6.0), ICS[2]))
    put("SP21", ("lat", 90, ICS[6]))
    # ---- Heart
    put("HT1", ("arm", "u", 9.3, -85))
    put("HT2", ("arm", "u", 3.0, -55))
    put("HT3", ("arm", "f", 12.0, -80))
    put("HT4", ("arm", "f", 1.5, -62))
    put("HT5", ("arm", "f", 1.0, -62))
    put("HT6", ("arm", "f", 0.5, -62))
    put("HT7", ("hand", 0.01, -0.62, "p"))
    put("HT8", ("hand", 0.36, -0.44, "p"))
    put("HT9", ("hand", 0.79, -0.5, "e"))
    # ---- Small intestine
    put("SI1", ("hand", 0.78, -0.74, "e"))
    put("SI2", ("hand", 0.56, -0.77, "d"))
    put("SI3", ("hand", 0.46, -0.83, "d"))
    put("SI4", ("hand", 0.12, -0.9, "d"))
    put("SI5", ("hand", 0.01, -0.8, "d"))
    put("SI6", ("arm", "f", 1.0, -150))
    put("SI7", ("arm", "f", 5.0, -125))
    put("SI8", ("arm", "f", 12.0, -140))
    put("SI9", ("arm", "u", 10.0, -160))
    put("SI10", ("back", 15.2, 134.5))
    put("SI11", ("back", 11.5, 128.5))
    put("SI12", ("back", 12.0, 135.5))
    put("SI13", ("back", 8.5, 134.8))
    put("SI14", ("back", _b(3.0), SP["T1"]))
    put("SI15", ("back", _b(2.0), SP["C7"]))
    put("SI16", ("neck", 88, -12.5))
    put("SI17", ("hside", -0.3, -7.8))
    put("SI18", ("face", 4.5, -2.3))
    put("SI19", ("hside", 1.6, -2.0))
    # ---- Bladder
    put("BL1", ("face", 1.3, 0.3))
    put("BL2", ("face", 1.4, 1.9))
    put("BL3", ("scalp", 0.5, 1.4))
    put("BL4", ("scalp", 0.5, _h(1.5)))
    for code, cun in (("BL5", 1.0), ("BL6", 2.5), ("BL7", 4.0), ("BL8", 5.5)):
        put(code, ("scalp", cun, _h(1.5)))
    put("BL9", ("hback", _h(1.3), -2.6))
    put("BL10", ("neck", 160, -8.6))
    for i, level in enumerate(
        ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T9", "T10", "T11", "T12", "L1", "L2", "L3", "L4", "L5"]
    ):
        put(f"BL{11 + i}", ("back", _b(1.5), SP[level]))
    for i in range(4):
        put(f"BL{27 + i}", ("back", _b(1.5), B.SACRAL[i + 1]))
        put(f"BL{31 + i}", ("back", _b(0.75 - 0.1 * i), B.SACRAL[i + 1]))
    put("BL35", ("back", _b(0.5), B.COCCYX_TIP + 0.3))
    put("BL36", ("leg", "thigh", 78.0, 180))
    put("BL37", ("leg", "thigh", 78.0 - 6 * B.CUN_THIGH_POST, 180))
    put("BL38", ("leg", "thigh", B.POPLITEAL + 1 * B.CUN_THIGH_POST, 152))
    put("BL39", ("leg", "leg", B.POPLITEAL, 145))
    put("BL40", ("leg", "leg", B.POPLITEAL, 180))
    for i, level in enumerate(["T2", "T3", "T4", "T5", "T6", "T7", "T9", "T10", "T11", "T12", "L1", "L2"]):
        put(f"BL{41 + i}", ("back", _b(3.0), SP[level]))
    put("BL53", ("back", _b(3.0), B.SACRAL[2]))
    put("BL54", ("back", _b(3.0), B.SACRAL[4]))
    put("BL55", ("leg", "leg", B.POPLITEAL - 2 * B.CUN_LEG_LAT, 180))
    put("BL56", ("leg", "leg", B.POPLITEAL - 5 * B.CUN_LEG_LAT, 180))
    put("BL57", ("leg", "leg", 30.5, 180))
    put("BL58", ("leg", "leg", B.above_lat_malleolus(7.0), 145))
    put("BL59", ("leg", "leg", B.above_lat_malleolus(3.0), 150))
    put("BL60", ("foot", "lateral", -2.6, 7.2))
    put("BL61", ("foot", "lateral", -3.2, 3.3))
    put("BL62", ("foot", "lateral", 0.2, 4.6))
    put("BL63", ("foot", "lateral", 3.0, 3.0))
    put("BL64", ("foot", "lateral", 6.0, 1.5))
    put("BL65", ("foot", "lateral", 11.3, 1.3))
    put("BL66", ("foot", "lateral", 13.6, 1.2))
    put("BL67", ("foot", "lateral", 14.5, 1.4), ("foot", "dorsum", 14.3, 3.6))
    # ---- Kidney
    put("KI1", ("foot", "sole", 7.2, -0.3))
    put("KI2", ("foot", "medial", 3.8, 2.6))
    put("KI3", ("foot", "medial", -2.4, 8.0))
    put("KI4", ("foot", "medial", -3.3, 5.8))
    put("KI5", ("foot", "medial", -2.4, 4.8))
    put("KI6", ("foot", "medial", 0.3, 5.4))
    put("KI7", ("leg", "leg", B.above_med_malleolus(2.0), -140))
    put("KI8", ("leg", "leg", B.above_med_malleolus(2.0), -108))
    put("KI9", ("leg", "leg", B.above_med_malleolus(5.0), -150))
    put("KI10", ("leg", "leg", B.POPLITEAL, -145))
    # KI11 (5 cun below the umbilicus) .. KI21 (6 cun above); none 1 cun above
    for i, cun in enumerate([-5, -4, -3, -2, -1, 0, 2, 3, 4, 5, 6]):
        put(f"KI{11 + i}", ("front", _c(0.5), U(cun)))
    for i, space in enumerate([5, 4, 3, 2, 1]):
        put(f"KI{22 + i}", ("front", _c(2.0), ICS[space]))
    put("KI27", ("front", _c(2.0), 138.4))
    # ---- Pericardium
    put("PC1", ("front", _c(5.0), ICS[4]))
    put("PC2", ("arm", "u", 7.0, 0))
    put("PC3", ("arm", "f", 12.0, -5))
    put("PC4", ("arm", "f", 5.0, 2))
    put("PC5", ("arm", "f", 3.0, 2))
    put("PC6", ("arm", "f", 2.0, 2))
    put("PC7", ("hand", 0.01, 0.08, "p"))
    put("PC8", ("hand", 0.33, 0.38, "p"))
    put("PC9", ("hand", 0.995, 0.2, "e"))
    # ---- Triple energizer
    put("TE1", ("hand", 0.9, -0.34, "e"))
    put("TE2", ("hand", 0.53, -0.42, "d"))
    put("TE3", ("hand", 0.45, -0.42, "d"))
    put("TE4", ("hand", 0.0, -0.22, "d"))
    put("TE5", ("arm", "f", 2.0, 180))
    put("TE6", ("arm", "f", 3.0, 180))
    put("TE7", ("arm", "f", 3.0, -155))
    put("TE8", ("arm", "f", 4.0, 180))
    put("TE9", ("arm", "f", 7.5, 180))
    put("TE10", ("arm", "u", 1.0, 180))
    put("TE11", ("arm", "u", 2.0, 180))
    put("TE12", ("arm", "u", 5.0, 178))
    put("TE13", ("arm", "u", 8.5, 155))
    put("TE14", ("arm", "u", 11.0, 135))
    put("TE15", ("back", 9.5, 137.0))
    put("TE16", ("neck", 105, -8.6))
    put("TE17", ("hside", -1.0, -4.7))
    put("TE18", ("hside", -2.9, -2.4))
    put("TE19", ("hside", -3.0, 0.8))
    put("TE20", ("hside", -1.6, 2.8))
    put("TE21", ("hside", 1.6, -0.8))
    put("TE22", ("hside", 2.3, 0.8))
    put("TE23", ("face", 5.0, 2.0))
    # ---- Gallbladder
    put("GB1", ("face", 5.3, 0.0))
    put("GB2", ("hside", 1.6, -3.2))
    put("GB3", ("hside", 3.8, 0.2))
    st8, gb7 = (5.6, 5.4), (1.4, 2.4)
    for code, f in (("GB4", 0.25), ("GB5", 0.5), ("GB6", 0.75)):
        put(code, ("hside", st8[0] + (gb7[0] - st8[0]) * f, st8[1] + (gb7[1] - st8[1]) * f))
    put("GB7", ("hside", *gb7))
    put("GB8", ("hside", -1.6, 5.3))
    put("GB9", ("hside", -3.6, 4.2))
    put("GB10", ("hside", -4.7, 1.6))
    put("GB11", ("hside", -5.1, -1.2))
    put("GB12", ("hside", -4.4, -4.9))
    put("GB13", ("scalp", 0.5, _h(3.0)))
    put("GB14", ("face", 3.1, 3.9))
    for code, cun in (("GB15", 0.5), ("GB16", 1.5), ("GB17", 2.5), ("GB18", 4.0)):
        put(code, ("scalp", cun, 3.4))
    put("GB19", ("hback", 3.3, -2.6))
    put("GB20", ("hback", 3.4, -5.6))
    put("GB21", ("top", 10.0, 141.0, -2.0))
    put("GB22", ("lat", 90, ICS[4]))
    put("GB23", ("lat", 66, ICS[4]))
    put("GB24", ("front", _c(4.0), ICS[7]))
    put("GB25", ("lat", 105, 104.5))
    put("GB26", ("lat", 88, U(0)))
    put("GB27", ("lat", 56, U(-3)))
    put("GB28", ("lat", 52, U(-3.5)))
    put("GB29", ("lat", 80, 89.5))
    put("GB30", ("back", 11.8, 85.5))
    put("GB31", ("leg", "thigh", B.POPLITEAL + 9 * B.CUN_THIGH_LAT, 92))
    put("GB32", ("leg", "thigh", B.POPLITEAL + 7 * B.CUN_THIGH_LAT, 96))
    put("GB33", ("leg", "thigh", 52.0, 100))
    put("GB34", ("leg", "leg", 43.5, 82))
    put("GB35", ("leg", "leg", B.above_lat_malleolus(7.0), 108))
    put("GB36", ("leg", "leg", B.above_lat_malleolus(7.0), 84))
    put("GB37", ("leg", "leg", B.above_lat_malleolus(5.0), 84))
    put("GB38", ("leg", "leg", B.above_lat_malleolus(4.0), 84))
    put("GB39", ("leg", "leg", B.above_lat_malleolus(3.0), 84))
    put("GB40", ("foot", "dorsum", 1.6, 2.9), ("foot", "lateral", 1.8, 6.4))
    put("GB41", ("foot", "dorsum", 7.5, 2.5))
    put("GB42", ("foot", "dorsum", 11.2, 2.5))
    put("GB43", ("foot", "dorsum", 14.0, 2.7))
    put("GB44", ("foot", "dorsum", 15.7, 2.5))
    # ---- Liver
    put("LR1", ("foot", "dorsum", 17.9, -2.1))
    put("LR2", ("foot", "dorsum", 14.0, -2.3))
    put("LR3", ("foot", "dorsum", 6.8, -1.9))
    put("LR4", ("foot", "dorsum", 0.9, -2.4), ("foot", "medial", 1.9, 7.0))
    put("LR5", ("leg", "leg", B.above_med_malleolus(5.0), -72))
    put("LR6", ("leg", "leg", B.above_med_malleolus(7.0), -72))
    put("LR7", ("leg", "leg", 44.5, -118))
    put("LR8", ("leg", "leg", B.POPLITEAL, -118))
    put("LR9", ("leg", "thigh", 52.0 + 4 * B.CUN_THIGH_ANT, -100))
    put("LR10", ("front", _c(2.0), PB - 3 * B.CUN_THIGH_ANT))
    put("LR11", ("front", _c(2.0), PB - 2 * B.CUN_THIGH_ANT))
    put("LR12", ("front", _c(2.5), PB - 0.3))
    put("LR13", ("lat", 72, 106.5))
    put("LR14", ("front", _c(4.0), ICS[6]))
    # ---- Governor vessel
    put("GV1", ("back", 0.0, B.COCCYX_TIP - 0.8))
    put("GV2", ("back", 0.0, B.SACRAL_HIATUS))
    for code, level in (
        ("GV3", "L4"),
        ("GV4", "L2"),
        ("GV5", "L1"),
        ("GV6", "T11"),
        ("GV7", "T10"),
        ("GV8", "T9"),
        ("GV9", "T7"),
        ("GV10", "T6"),
        ("GV11", "T5"),
        ("GV12", "T3"),
        ("GV13", "T1"),
    ):
        put(code, ("back", 0.0, SP[level]))
    put("GV14", ("neck", 180, B.SPINE["C7"] - B.HEAD_C[1]))
    # along the sagittal scalp: 12 cun from the anterior (0) to the posterior (12) hairline
    for code, cun in (
        ("GV15", 11.5),
        ("GV16", 11.0),
        ("GV17", 9.5),
        ("GV18", 8.0),
        ("GV19", 6.5),
        ("GV20", 5.0),
        ("GV21", 3.5),
        ("GV22", 2.0),
        ("GV23", 1.0),
        ("GV24", 0.5),
    ):
        put(code, ("scalp", cun, 0.0))
    put("GV25", ("face", 0.0, -3.0))
    put("GV26", ("face", 0.0, -4.4))
    put("GV27", ("face", 0.0, -5.1))
    put("GV28", ("face", 0.0, -5.5))
    # ---- Conception vessel
    put("CV1", ("front", 0.0, 78.6))
    put("CV2", ("front", 0.0, PB))
    for i, cun in enumerate([-4, -3, -2, -1.5, -1, 0, 1, 2, 3, 4, 5, 6]):
        put(f"CV{3 + i}", ("front", 0.0, U(cun)))
    put("CV15", ("front", 0.0, B.XIPHISTERNAL - 1 * B.CUN_UPPER_ABD))
    put("CV16", ("front", 0.0, B.XIPHISTERNAL))
    put("CV17", ("front", 0.0, ICS[4]))
    put("CV18", ("front", 0.0, ICS[3]))
    put("CV19", ("front", 0.0, ICS[2]))
    put("CV20", ("front", 0.0, ICS[1]))
    put("CV21", ("front", 0.0, B.SUPRASTERNAL - 2.2))
    put("CV22", ("neck", 0, B.SUPRASTERNAL - B.HEAD_C[1] + 0.4))
    put("CV23", ("neck", 0, -10.8))
    put("CV24", ("face", 0.0, -7.6))
    # ---- Extra points
    put("EX-HN1", ("scalp", 5.0, _h(1.0)))
    put("EX-HN2", ("scalp", 1.0, 3.4))
    put("EX-HN3", ("face", 0.0, 1.9))
    put("EX-HN4", ("face", 3.1, 2.2))
    put("EX-HN5", ("hside", 5.0, 0.8))
    put("EX-HN6", ("hside", -1.3, 2.3))
    put("EX-HN7", ("face", 4.0, -1.0))
    put("EX-HN8", ("face", 1.4, -2.3))
    put("EX-HN14", ("hside", -2.9, -5.0))
    put("EX-HN15", ("neck", 168, -15.6))
    put("EX-CA1", ("front", _c(3.0), U(-4)))
    put("EX-B1", ("back", _b(0.5), SP["C7"]))
    for level in [f"T{i}" for i in range(1, 13)] + [f"L{i}" for i in range(1, 6)]:
        put(f"EX-B2 {level}", ("back", _b(0.5), SP[level]))
    put("EX-B3", ("back", _b(1.5), SP["T8"]))
    put("EX-B4", ("back", _b(3.5), SP["L1"]))
    put("EX-B5", ("back", 0.0, SP["L3"]))
    put("EX-B6", ("back", _b(3.0), SP["L4"]))
    put("EX-B7", ("back", _b(3.5), SP["L4"] - 0.6))
    put("EX-B8", ("back", 0.0, SP["L5"]))
    put("EX-B9", ("back", 0.0, B.COCCYX_TIP + 2 * 1.9))
    put("EX-UE1", ("arm", "f", 12.4, 180))
    put("EX-UE2", ("arm", "f", 4.0, 22))
    put("EX-UE3", ("hand", 0.0, 0.38, "d"))
    put("EX-UE4", ("hand", 0.76, 0.2, "d"))
    put("EX-UE5", ("hand", 0.44, 1.5, "d"))
    put("EX-UE6", ("hand", 0.68, -0.62, "d"))
    put("EX-UE7", ("hand", 0.24, 0.42, "d"))
    put("EX-UE8", ("hand", 0.42, 0.41, "d"))
    put("EX-UE9", ("hand", 0.53, -0.01, "d"))
    put("EX-UE10", ("hand", 0.74, -0.22, "p"))
    put("EX-UE11", ("hand", 0.945, 0.62, "e"))
    put("EX-LE1", ("leg", "thigh", B.above_patella(2.0), 55))
    put("EX-LE2", ("leg", "thigh", B.PATELLA_BASE + 0.8, 0))
    put("EX-LE3", ("leg", "thigh", B.above_patella(3.0), -58))
    put("EX-LE4", ("leg", "leg", 47.8, -22))
    put("EX-LE5", ("leg", "leg", 47.8, -22))
    put("EX-LE6", ("leg", "leg", 43.5 - 2 * B.CUN_LEG_LAT, 80))
    put("EX-LE7", ("leg", "leg", st35 - 5 * B.CUN_LEG_LAT, 35))
    put("EX-LE8", ("foot", "medial", 0.0, 8.6))
    put("EX-LE9", ("foot", "lateral", 0.0, 7.9))
    put("EX-LE10", ("foot", "dorsum", 14.2, 1.1))
    put("EX-LE11", ("foot", "sole", 16.4, -0.8))
    put("EX-LE12", ("foot", "dorsum", 18.0, -0.9), ("foot", "sole", 18.0, -0.9))
    return P


@functools.cache
def placements() -> dict[str, tuple[tuple, ...]]:
    """code -> placement specs (built on first use)."""
    return _placements()


# --- projection ---------------------------------------------------------------------------------
Positions = dict[str, tuple[float, float]]


def _norm(view: str, xy: tuple[float, float]) -> tuple[float, float]:
    v = VIEWS[view]
    return (round(xy[0] / v.width, 4), round(xy[1] / v.height, 4))


def _add(out: Positions, view: str, xy: tuple[float, float]) -> None:
    out.setdefault(view, _norm(view, xy))


def _project_head(out: Positions, p: tuple[float, float, float], n: tuple[float, float, float]) -> None:
    x, y, z = (q * HEAD_INSET for q in p)  # a little inside the outline, not on it
    cx, cy, cz = B.HEAD_C
    crown = n[1] > 0.75  # the top of the head shows from every side
    if n[2] > VISIBLE or crown:
        _add(out, "front", full_xy("front", cx + x, cy + y))
        _add(out, "head", head_xy("head", x, y, z))
    if n[2] < -VISIBLE or crown:
        _add(out, "back", full_xy("back", cx + x, cy + y))
    if n[0] > VISIBLE:
        _add(out, "side", full_xy("side", cz + z, cy + y))
        _add(out, "head_side", head_xy("head_side", x, y, z))


def _trunk_z(x: float, y: float, front: bool) -> tuple[float, float]:
    a, zf, zb = B.trunk_at(y)
    zc = (zf + zb) / 2.0
    k = math.sqrt(max(0.0, 1.0 - min(1.0, abs(x) / a) ** 2))
    return (zc + (zf - zc) * k if front else zc + (zb - zc) * k), abs(x) / a


def _project_limb(out: Positions, seg: str, t: float, theta: float) -> None:
    for view in ("front", "back", "side"):
        s = B.LIMBS[view][seg]
        (h, y), facing = s.surface(t, theta)
        if facing > VISIBLE:
            _add(out, view, full_xy(view, h, y))


def _project_hand(out: Positions, a: float, b: float, surf: str) -> None:
    if surf in "pe":
        _add(out, "front", full_xy("front", *hand_model("front", a, b)))
    if surf in "de":
        _add(out, "back", full_xy("back", *hand_model("back", a, b)))
        _add(out, "side", full_xy("side", *hand_model("side", a, b)))
    if surf in "de":
        _add(out, "hand", hand_panel_xy("dorsal", a, b))
    elif surf == "p":
        _add(out, "hand", hand_panel_xy("palmar", a, b))


def _foot_views(out: Positions, surf: str, f: float, v: float) -> None:
    if surf == "dorsum":
        x = B.ANKLE[0] + 0.3 + v * 0.95
        _add(out, "front", full_xy("front", x, B.dorsum_height(f) * 0.9))
        if v >= -0.5:
            _add(out, "side", full_xy("side", B.SIDE_ANKLE[0] + f, B.dorsum_height(f) - 0.7))
        _add(out, "foot", foot_top_xy("dorsum", f, v))
    elif surf == "sole":
        _add(out, "foot", foot_top_xy("sole", f, v))
    elif surf == "lateral":
        _add(out, "side", full_xy("side", B.SIDE_ANKLE[0] + f, v))
        _add(out, "foot", foot_side_xy("lateral", f, v))
    elif surf == "medial":
        _add(out, "foot", foot_side_xy("medial", f, v))


def positions_for(specs: tuple[tuple, ...]) -> Positions:
    """Project one point's specs into every view that shows it."""
    out: Positions = {}
    for spec in specs:
        kind = spec[0]
        if kind in ("face", "hside", "hback", "scalp", "neck"):
            p, n = B.head_point({"hside": "side", "hback": "back"}.get(kind, kind), spec[1], spec[2])
            _project_head(out, p, n)
        elif kind in ("front", "back"):
            x, y = spec[1], spec[2]
            a, _, _ = B.trunk_at(y)
            x = min(x, a * 0.95)
            _add(out, kind, full_xy(kind, x, y))
            z, frac = _trunk_z(x, y, kind == "front")
            if frac >= 0.6:
                _add(out, "side", full_xy("side", z, y))
        elif kind == "lat":
            deg, y = spec[1], spec[2]
            a, zf, zb = B.trunk_at(y)
            th = math.radians(deg)
            x = a * math.sin(th) * 0.96
            zc = (zf + zb) / 2.0
            z = zc + ((zf - zc) if math.cos(th) >= 0 else (zc - zb)) * math.cos(th) * 0.96
            if math.cos(th) > 0.3:
                _add(out, "front", full_xy("front", x, y))
            if math.cos(th) < -0.3:
                _add(out, "back", full_xy("back", x, y))
            if math.sin(th) > 0.3:
                _add(out, "side", full_xy("side", z, y))
        elif kind == "top":
            _, x, y, z = spec
            _add(out, "front", full_xy("front", x, y))
            _add(out, "back", full_xy("back", x, y))
            _add(out, "side", full_xy("side", z, y))
        elif kind == "arm":
            _, part, cun, theta = spec
            if part == "u":
                _project_limb(out, "upper_arm", _upper_arm_t(cun), theta)
            else:
                _project_limb(out, "forearm", 1.0 - cun / 12.0, theta)
                if cun <= B.FOREARM_IN_HAND - 0.3:
                    a = B.forearm_a(cun)
                    ang = math.radians(theta)
                    b = math.sin(ang) * forearm_half_b(a) * 0.85
                    if math.cos(ang) > VISIBLE:
                        _add(out, "hand", hand_panel_xy("palmar", a, b))
                    elif -math.cos(ang) > VISIBLE:
                        _add(out, "hand", hand_panel_xy("dorsal", a, b))
        elif kind == "hand":
            _project_hand(out, spec[1], spec[2], spec[3])
        elif kind == "leg":
            _, seg, y, theta = spec
            for view in ("front", "back", "side"):
                sv = B.LIMBS[view][seg]
                (h, yy), facing = sv.surface(sv.t_at_y(y), theta)
                if facing > VISIBLE:
                    _add(out, view, full_xy(view, h, yy))
            if seg == "leg" and y <= FOOT_LEG_TOP - 0.5:
                for panel in ("lateral", "medial"):
                    sp = foot_panel_leg(panel)
                    (f, h), facing = sp.surface(sp.t_at_y(y), theta)
                    if facing > VISIBLE:
                        _add(out, "foot", foot_side_xy(panel, f, h))
                        break
        elif kind == "foot":
            _foot_views(out, spec[1], spec[2], spec[3])
        else:
            raise ValueError(f"unknown placement kind {kind!r}")
    return out


def compute_positions() -> dict[str, Positions]:
    """Normalised positions of every placed point, for the patient's right side."""
    return {code: positions_for(specs) for code, specs in placements().items()}
