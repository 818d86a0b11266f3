"""The acupoint library: data completeness, code forms, search, positions on the diagrams."""

from __future__ import annotations

import itertools
import math
import subprocess
import sys

import pytest
from acupoint_svgpath import inside, outline_polygons

from charting.acupoints import VIEWS, diagram_svg, library, nearest, normalise_code
from charting.acupoints.codes import CHANNELS

EXPECTED = {
    "LU": 11,
    "LI": 20,
    "ST": 45,
    "SP": 21,
    "HT": 9,
    "SI": 19,
    "BL": 67,
    "KI": 27,
    "PC": 9,
    "TE": 23,
    "GB": 44,
    "LR": 14,
    "GV": 28,
    "CV": 24,
}
FULL = ("front", "back", "side")


@pytest.fixture(scope="module")
def lib():
    return library()


def test_channel_counts_and_total(lib):
    for ch, n in EXPECTED.items():
        points = lib.by_channel(ch)
        assert [p.code for p in points] == [f"{ch}{i}" for i in range(1, n + 1)]
    channel_points = [p for p in lib.all() if p.channel != "EX"]
    assert len(channel_points) == 361
    assert len(lib.by_channel("EX")) >= 30


def test_codes_unique_and_fields_filled(lib):
    codes = [p.code for p in lib.all()]
    assert len(codes) == len(set(codes))
    for p in lib.all():
        for name in ("code", "pinyin", "pinyin_plain", "hanzi", "english", "channel", "region", "location"):
            assert getattr(p, name).strip(), (p.code, name)
        assert p.positions, p.code
        assert p.pinyin_plain.isascii(), p.code
        assert not p.hanzi.isascii(), p.code
        assert set(p.positions) <= set(VIEWS)
        assert p.bilateral == (p.channel not in ("GV", "CV") and p.code not in MIDLINE_EXTRAS)


MIDLINE_EXTRAS = {"EX-HN3", "EX-B5", "EX-B8", "EX-B9"}


def test_required_extra_points_exist(lib):
    for code in [
        "EX-B7",
        "EX-B8",
        "EX-HN3",
        "EX-HN5",
        "EX-LE2",
        "EX-LE5",
        "EX-LE6",
        "EX-LE7",
        "EX-LE10",
        "EX-UE7",
        "EX-UE9",
        "EX-UE11",
    ]:
        assert lib.get(code) is not None, code
    levels = [f"T{i}" for i in range(1, 13)] + [f"L{i}" for i in range(1, 6)]
    for level in levels:
        assert lib.get(f"EX-B2 {level}").code == f"EX-B2 {level}"


def test_well_known_names(lib):
    assert lib.get("BL40").english == "Bend Middle"
    assert lib.get("LI4").english == "Union Valley"
    assert lib.get("ST36").english == "Leg Three Li"
    assert lib.get("BL40").hanzi == "委中"
    assert lib.get("BL40").pinyin == "Wěizhōng"
    assert lib.get("BL40").pinyin_plain == "Weizhong"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("BL40", "BL40"),
        ("ub-40", "BL40"),
        ("UB 40", "BL40"),
        ("b40", "BL40"),
        ("bl040", "BL40"),
        ("TE5", "TE5"),
        ("SJ05", "TE5"),
        ("tw5", "TE5"),
        ("TH-5", "TE5"),
        ("LR3", "LR3"),
        ("Liv 3", "LR3"),
        ("lv3", "LR3"),
        ("GV20", "GV20"),
        ("Du20", "GV20"),
        ("du-20", "GV20"),
        ("CV12", "CV12"),
        ("Ren12", "CV12"),
        ("REN 12", "CV12"),
        ("KI1", "KI1"),
        ("K1", "KI1"),
        ("kid1", "KI1"),
        ("HT7", "HT7"),
        ("H7", "HT7"),
        ("he7", "HT7"),
        ("PC6", "PC6"),
        ("P6", "PC6"),
        ("ST36", "ST36"),
        ("S36", "ST36"),
        ("sp6", "SP6"),
        ("LU7", "LU7"),
        ("L7", "LU7"),
        ("li4", "LI4"),
        ("LI 4", "LI4"),
        ("si3", "SI3"),
        ("gb-30", "GB30"),
        ("EX-B2 L4", "EX-B2 L4"),
        ("exb2l4", "EX-B2 L4"),
        ("ex-b2-l04", "EX-B2 L4"),
        ("ex-hn3", "EX-HN3"),
        ("GV29", "EX-HN3"),
    ],
)
def test_code_forms_resolve(lib, text, code):
    assert lib.get(text).code == code


@pytest.mark.parametrize("text", ["", "BL68", "LU0", "XX3", "L", "hello", "EX-B2 L9", "GV30"])
def test_bad_codes(lib, text):
    assert lib.get(text) is None


def test_normalise_code():
    assert normalise_code("ub-40") == "BL40"
    assert normalise_code("Liv 3") == "LR3"
    assert normalise_code("SJ05") == "TE5"
    assert normalise_code("LI11") == "LI11"
    assert normalise_code("nonsense") is None


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("weizhong", "BL40"),
        ("wei zhong", "BL40"),
        ("wěi zhōng", "BL40"),
        ("Wěizhōng", "BL40"),
        ("委中", "BL40"),
        ("bend middle", "BL40"),
        ("BEND MIDDLE", "BL40"),
        ("union valley", "LI4"),
        ("jiaji l4", "EX-B2 L4"),
        ("EX-B2 L4", "EX-B2 L4"),
        ("huatuojiaji t5", "EX-B2 T5"),
        ("shiqizhuixia", "EX-B8"),
        ("yaoyan", "EX-B7"),
        ("ub40", "BL40"),
        ("zusanli", "ST36"),
        ("足三里", "ST36"),
        ("hegu", "LI4"),
        ("taichong", "LR3"),
        ("yintang", "EX-HN3"),
    ],
)
def test_search_first_hit(lib, query, first):
    assert lib.search(query)[0].code == first


def test_search_ranking(lib):
    codes = [p.code for p in lib.search("BL4")]
    assert codes[0] == "BL4" and codes[1:11] == [f"BL{i}" for i in range(40, 50)]
    # exact name before names that merely start with it
    codes = [p.code for p in lib.search("bend")]
    assert set(codes[:2]) == {"BL39", "BL40"}
    codes = [p.code for p in lib.search("Taiyang")]
    assert codes[0] == "EX-HN5"
    # substring matches come last
    codes = [p.code for p in lib.search("three li")]
    assert {"ST36", "LI10"} <= set(codes)
    assert lib.search("xyzzy") == []
    assert len(lib.search("s", limit=5)) == 5


def test_midline_points_on_the_midline(lib):
    for p in lib.all():
        if p.bilateral:
            continue
        for view in ("front", "back", "head"):
            if view in p.positions:
                assert p.positions[view][0] == pytest.approx(0.5, abs=1e-3), (p.code, view)


def test_bilateral_points_mirror(lib):
    for p in lib.all():
        for view, (x, y) in p.positions.items():
            right, left = p.position(view, "right"), p.position(view, "left")
            assert right == (x, y)
            if p.bilateral and VIEWS[view].mirrored:
                assert left[0] == pytest.approx(1 - x, abs=1e-3) and left[1] == y
                assert abs(x - 0.5) > 0.003, (p.code, view)
            else:
                assert left == right


def test_right_side_convention(lib):
    # front: patient's right on the viewer's left; back: on the viewer's right
    assert lib.get("ST25").position("front", "right")[0] < 0.5
    assert lib.get("BL23").position("back", "right")[0] > 0.5
    assert lib.get("BL23").position("back", "left")[0] < 0.5
    with pytest.raises(ValueError):
        lib.get("ST25").position("front", "middle")


def test_channels_follow_their_course(lib):
    # the biggest step between consecutive points of a channel on a full-body view,
    # in view heights; the course really jumps where the channel restarts elsewhere
    jumps = {("BL40", "BL41"), ("BL54", "BL55")}
    for view in FULL:
        aspect = VIEWS[view].aspect
        for ch in EXPECTED:
            pts = lib.by_channel(ch)
            for a, b in itertools.pairwise(pts):
                if view in a.positions and view in b.positions and (a.code, b.code) not in jumps:
                    (x1, y1), (x2, y2) = a.positions[view], b.positions[view]
                    assert math.hypot((x1 - x2) * aspect, y1 - y2) < 0.16, (view, a.code, b.code)


@pytest.mark.parametrize("view", list(VIEWS))
def test_every_position_inside_the_body_outline(lib, view):
    (w, h), polys = outline_polygons(diagram_svg(view))
    assert polys
    for p in lib.all():
        for side in ("right", "left"):
            xy = p.position(view, side)
            if xy is None:
                continue
            assert any(inside(poly, xy[0] * w, xy[1] * h) for poly in polys), (p.code, view, side)


def test_outline_check_can_fail():
    (w, h), polys = outline_polygons(diagram_svg("front"))
    assert not any(inside(poly, 0.02 * w, 0.5 * h) for poly in polys)  # beside the body
    assert not any(inside(poly, 0.5 * w, 0.75 * h) for poly in polys)  # between the legs


# normalised y bands of each region on the full-body views (head at the top, feet at 1)
BANDS = {
    "head": (0.0, 0.16),
    "neck": (0.09, 0.22),
    "chest": (0.18, 0.34),
    "abdomen": (0.28, 0.50),
    "upper_back": (0.18, 0.37),
    "lower_back": (0.35, 0.55),
    "shoulder": (0.17, 0.27),
    "upper_arm": (0.22, 0.40),
    "forearm": (0.30, 0.53),
    "hand": (0.40, 0.65),
    "hip": (0.45, 0.56),
    "thigh": (0.48, 0.68),
    "knee": (0.64, 0.75),
    "leg": (0.70, 0.93),
    "foot": (0.91, 1.0),
}


def test_points_inside_their_region(lib):
    for p in lib.all():
        lo, hi = BANDS[p.region]
        for view in FULL:
            if view in p.positions:
                assert lo <= p.positions[view][1] <= hi, (p.code, p.region, view)


def test_spot_checks(lib):
    g = lib.get
    bl40 = g("BL40")
    assert "front" not in bl40.positions and 0.68 < bl40.positions["back"][1] < 0.72  # back of the knee
    gb30 = g("GB30")
    assert "front" not in gb30.positions and 0.5 < gb30.positions["back"][1] < 0.54  # buttock
    st36 = g("ST36")
    assert "back" not in st36.positions and st36.positions["front"][1] > g("ST35").positions["front"][1]
    assert st36.positions["front"][1] > 0.73  # below the knee
    assert st36.positions["front"][0] < 0.5 and st36.position("front", "left")[0] > 0.5
    kid1 = g("KI1")
    assert (
        set(kid1.positions) == {"foot"} and kid1.positions["foot"][0] > 0.5 and kid1.positions["foot"][1] > 0.55
    )  # the sole panel
    gv20 = g("GV20")
    assert gv20.positions["front"][1] < 0.05 and gv20.positions["head_side"][1] < 0.1  # vertex
    li4 = g("LI4")
    assert "front" not in li4.positions and "back" in li4.positions  # back of the hand
    assert li4.positions["hand"][0] < 0.5  # dorsal panel
    assert 0.4 < li4.positions["back"][1] < 0.65
    cv12, cv8, cv16 = (g(c).positions["front"][1] for c in ("CV12", "CV8", "CV16"))
    assert cv16 < cv12 < cv8 and abs((cv8 + cv16) / 2 - cv12) < 0.01  # halfway up to the sternum
    assert g("LU1").positions["front"][0] < g("KI27").positions["front"][0]  # lateral on the chest


def test_nearest(lib):
    x, y = lib.get("BL40").position("back", "left")
    point, side = nearest("back", x + 0.002, y - 0.002, 0.02)
    assert point.code == "BL40" and side == "left"
    assert nearest("back", 0.02, 0.02, 0.01) is None


def test_views_and_svgs(lib):
    assert {v.name for v in lib.views()} == {"front", "back", "side", "head", "head_side", "hand", "foot"}
    for view in VIEWS.values():
        svg = diagram_svg(view.name)
        assert svg.startswith(b"<?xml") and b'id="body-outline"' in svg
        assert f'viewBox="0 0 {view.width:.0f} {view.height:.0f}"'.encode() in svg
    with pytest.raises(KeyError):
        diagram_svg("ear")


def test_import_is_lazy():
    code = (
        "import sys, charting.acupoints as a; "
        "assert 'charting.acupoints.catalogue' not in sys.modules; "
        "assert a.library.cache_info().currsize == 0; "
        "assert not any(m.startswith('PySide6') for m in sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_unknown_channel(lib):
    with pytest.raises(KeyError):
        lib.by_channel("XX")
    assert [p.code for p in lib.by_channel("ub")][:2] == ["BL1", "BL2"]
    assert set(CHANNELS) >= set(EXPECTED)
