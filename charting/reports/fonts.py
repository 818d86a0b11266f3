"""The fonts every report uses, registered with ReportLab once per process.

All text is set in DejaVu Sans Condensed (Latin with every pinyin tone mark)
and Chinese characters in a Droid Sans Fallback subset cut to the point names
(``resources/fonts/build_cjk_subset.py``).  Both are TrueType fonts that
ReportLab embeds (subset per document), so every font in a report is embedded
and no unembedded Helvetica appears: every style, table and the document's
``initialFontName`` use these names.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from xml.sax.saxutils import escape

REGULAR = "AcuSans"
BOLD = "AcuSans-Bold"
CJK = "AcuCJK"

FILES = {
    REGULAR: "DejaVuSansCondensed-Latin.ttf",
    BOLD: "DejaVuSansCondensed-Bold-Latin.ttf",
    CJK: "DroidSansFallback-Acupoints.ttf",
}

_lock = threading.Lock()
_registered = False

# Han ideographs (with extension A, compatibility) and CJK punctuation / full-width forms.
_CJK_RUN = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+")


def resource_dir(name: str) -> Path:
    """The folder ``resources/<name>`` (works from a source tree, an editable or a normal install)."""
    import resources

    for base in resources.__path__:  # a namespace package: the first real folder wins
        candidate = Path(base) / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"resources/{name} is missing from the installation")


def register_fonts() -> None:
    """Register the report fonts with ReportLab (the first call parses them; later calls return at once)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab import rl_config
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        folder = resource_dir("fonts")
        for name, filename in FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        # <b> and <i> in paragraphs map to our fonts (no italic cut ships: italic prints upright).
        for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
            addMapping(REGULAR, bold, italic, name)
            addMapping(BOLD, bold, italic, BOLD)
        # Compressed streams are written as binary, not ASCII85 (a third of a report's build time
        # went to the pure-Python ASCII85 encoder; every PDF reader takes binary streams).
        rl_config.useA85 = 0
        _registered = True


def has_cjk(text: str) -> bool:
    return bool(_CJK_RUN.search(text))


def markup(text: str | None) -> str:
    """Paragraph markup for plain ``text``: XML-escaped, line breaks kept, Chinese in the CJK font."""
    if not text:
        return ""
    escaped = escape(text)
    if has_cjk(escaped):
        escaped = _CJK_RUN.sub(lambda m: f'<font name="{CJK}">{m.group(0)}</font>', escaped)
    return escaped.replace("\n", "<br/>")
