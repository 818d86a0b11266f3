"""Build the fonts AcuChart embeds in its PDF reports.

Run it again whenever the acupoint names change (new points, corrected hanzi)::

    .venv/bin/python resources/fonts/build_cjk_subset.py

What it writes beside itself:

``DejaVuSansCondensed-Latin.ttf``, ``DejaVuSansCondensed-Bold-Latin.ttf``
    DejaVu Sans Condensed (Debian ``fonts-dejavu-core``; Bitstream Vera licence
    with DejaVu changes in the public domain, see ``LICENSE-DejaVu.txt``), cut
    down to Latin, Latin Extended (every pinyin tone mark, ü with its tones),
    Greek (µ), punctuation and the symbols the reports print (× – — ° ≤ ≥ ±).
    The condensed cut keeps wide needle tables on one line.
``DroidSansFallback-Acupoints.ttf``
    Droid Sans Fallback (Debian ``fonts-droid-fallback``; Apache-2.0, see
    ``LICENSE-DroidSansFallback.txt``), cut down to the Chinese characters of
    every point name in ``resources/acupoints/*.csv`` (the ``hanzi`` column)
    plus the few characters the reports print themselves (阿是穴 for ashi
    points).  Droid Sans Fallback has TrueType (glyf) outlines, which ReportLab
    can embed; Noto Sans CJK has CFF outlines, which it cannot.

Both are plain TrueType subsets made with fontTools; ReportLab subsets them
again per document when it embeds them, so a report carries only the glyphs it
uses.  The script checks pinyin coverage and fails loudly if a glyph is missing.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

HERE = Path(__file__).resolve().parent
ACUPOINTS = HERE.parent / "acupoints"

DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")
DROID = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")

LATIN_SOURCES = {
    "DejaVuSansCondensed-Latin.ttf": DEJAVU_DIR / "DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold-Latin.ttf": DEJAVU_DIR / "DejaVuSansCondensed-Bold.ttf",
}
CJK_TARGET = "DroidSansFallback-Acupoints.ttf"

#: Every vowel with a pinyin tone mark, and ü with its tones.
PINYIN = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛÜ"

#: Unicode ranges kept from the Latin font.
LATIN_RANGES = (
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x024F),  # Latin-1 supplement, Latin Extended-A and -B (pinyin tones)
    (0x0300, 0x036F),  # combining marks
    (0x0370, 0x03FF),  # Greek (µ, Δ)
    (0x1E00, 0x1EFF),  # Latin Extended Additional
    (0x2000, 0x206F),  # punctuation: – — ‘ ’ “ ” • … ‰
    (0x20AC, 0x20AC),  # €
    (0x2100, 0x215F),  # letterlike symbols, fractions (№ ℃ ½)
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # maths: − ± × ≤ ≥ ≈
    (0x2460, 0x2473),  # circled numbers
    (0x25A0, 0x25FF),  # geometric shapes (■ ● ▲)
    (0x2713, 0x2717),  # check marks
)

#: Chinese characters the reports print besides point names.
EXTRA_HANZI = "阿是穴左右双侧"


def is_hanzi(char: str) -> bool:
    code = ord(char)
    return (
        0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x2FA1F
        or 0x3000 <= code <= 0x303F  # CJK punctuation
    )


def point_hanzi(folder: Path = ACUPOINTS) -> set[str]:
    """Every Chinese character in the ``hanzi`` column of the acupoint data files."""
    found: set[str] = set()
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            lines = (line for line in fh if not line.lstrip().startswith("#"))
            for row in csv.DictReader(lines):
                for column in ("hanzi", "chinese", "name_zh"):
                    found.update(c for c in (row.get(column) or "") if is_hanzi(c))
    return found


def _subset(source: Path, target: Path, unicodes: list[int]) -> TTFont:
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_legacy = True
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.hinting = False  # smaller; PDFs are not hinted at print resolution
    options.drop_tables += ["DSIG"]
    font = TTFont(source, recalcTimestamp=False)  # the same input makes the same file
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    font.save(target)
    return TTFont(target)


def check_coverage(font: TTFont, chars: str | set[str], what: str) -> None:
    cmap = font.getBestCmap()
    missing = sorted(c for c in chars if ord(c) not in cmap)
    if missing:
        raise SystemExit(f"{what}: {len(missing)} characters have no glyph: {''.join(missing)}")


def build() -> None:
    latin_codes = [c for low, high in LATIN_RANGES for c in range(low, high + 1)]
    for name, source in LATIN_SOURCES.items():
        font = _subset(source, HERE / name, latin_codes)
        check_coverage(font, PINYIN + "×–—°µ±≤≥·", name)
        print(f"{name}: {len(font.getGlyphOrder())} glyphs, {(HERE / name).stat().st_size // 1024} KiB")
    hanzi = point_hanzi() | set(EXTRA_HANZI)
    if not hanzi:
        raise SystemExit(f"no Chinese characters found in {ACUPOINTS}/*.csv")
    font = _subset(DROID, HERE / CJK_TARGET, sorted(ord(c) for c in hanzi))
    check_coverage(font, hanzi, CJK_TARGET)
    print(f"{CJK_TARGET}: {len(hanzi)} characters, {(HERE / CJK_TARGET).stat().st_size // 1024} KiB")


if __name__ == "__main__":
    missing = [str(p) for p in (*LATIN_SOURCES.values(), DROID) if not p.exists()]
    if missing:
        sys.exit("source fonts missing (apt-get install fonts-dejavu-core fonts-droid-fallback): " + ", ".join(missing))
    build()
