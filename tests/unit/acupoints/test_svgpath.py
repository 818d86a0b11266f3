from acupoint_svgpath import flatten, inside


def test_flatten_absolute_and_relative_forms():
    square = flatten("M0 0 H10 V10 H0 Z")[0]
    assert square == [(0, 0), (10, 0), (10, 10), (0, 10)]
    rel = flatten("m0 0 l10 0 v10 h-10 z")[0]
    assert rel == square


def test_flatten_curves_end_on_their_end_points():
    (poly,) = flatten("M0 0 C0 10 10 10 10 0 Q5 -5 0 0 Z")
    assert poly[12] == (10, 0)
    assert max(y for _, y in poly[:13]) > 5  # the curve bulges
    assert poly[-1] == (0, 0)


def test_ray_casting():
    poly = flatten("M0 0 L10 0 L10 10 L0 10 Z")[0]
    assert inside(poly, 5, 5)
    assert not inside(poly, 15, 5)
    assert not inside(poly, 5, -1)
