"""The shipped report fonts cover every point name, carry their licences and stay small."""

from __future__ import annotations

from fontTools.ttLib import TTFont

from charting.acupoints import library
from charting.reports import fonts

PINYIN_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"


def _cmap(name: str) -> dict[int, str]:
    with TTFont(fonts.resource_dir("fonts") / fonts.FILES[name]) as font:
        return dict(font.getBestCmap())


def test_latin_fonts_cover_every_pinyin_tone_and_the_report_symbols():
    for name in (fonts.REGULAR, fonts.BOLD):
        cmap = _cmap(name)
        missing = [c for c in PINYIN_VOWELS + PINYIN_VOWELS.upper() + "×–—µ↔·°±≤≥" if ord(c) not in cmap]
        assert not missing, (name, missing)


def test_fonts_cover_every_point_name_in_the_library():
    latin, cjk = _cmap(fonts.REGULAR), _cmap(fonts.CJK)
    points = library().all()
    assert len(points) > 300
    for point in points:
        assert all(ord(c) in latin for c in point.pinyin), point.code
        assert all(ord(c) in cjk for c in point.hanzi), (point.code, point.hanzi)
    assert all(ord(c) in cjk for c in "阿是穴")  # ashi points


def test_licences_ship_beside_the_fonts_and_subsets_are_small():
    folder = fonts.resource_dir("fonts")
    assert "Bitstream Vera" in (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Apache License" in (folder / "LICENSE-DroidSansFallback.txt").read_text(encoding="utf-8")
    assert (folder / "build_cjk_subset.py").is_file()
    assert (folder / fonts.FILES[fonts.CJK]).stat().st_size < 100 * 1024


def test_markup_puts_chinese_in_the_cjk_font_and_escapes():
    assert fonts.markup("a < b") == "a &lt; b"
    assert fonts.markup("Shènshù 肾俞\nnext") == f'Shènshù <font name="{fonts.CJK}">肾俞</font><br/>next'
    assert fonts.markup("") == "" and fonts.markup(None) == ""
