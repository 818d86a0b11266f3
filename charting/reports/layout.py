"""Page set-up shared by both reports: paper, styles, header, footer, page numbers, watermark.

Page furniture is drawn by the page template (``onPage`` for the header and
footer, ``onPageEnd`` for the draft watermark, so it lies over the page's
content); "Page x of y" is completed when the document is saved
(:class:`NumberedCanvas` keeps each page until the total is known).
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from charting.clinic_settings import ClinicSettings
from charting.reports import fonts

WATERMARK = "DRAFT — not signed"
MM = 72 / 25.4
MARGIN = 12 * MM
HEADER_H = 15 * MM
FOOTER_H = 7 * MM

INK = "#1d1d1f"
MUTED = "#5f6368"
RULE = "#c9ccd1"
BAND = "#eef1f5"


def page_size(paper: str) -> tuple[float, float]:
    from reportlab.lib.pagesizes import A4, LETTER

    return LETTER if paper == "Letter" else A4


def local(value: dt.datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A stored UTC time on the clinic's wall clock."""
    return value.astimezone().strftime(fmt) if value is not None else ""


@functools.lru_cache(maxsize=1)
def styles() -> dict[str, Any]:
    """Paragraph styles (all in the registered fonts), built once per process."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    fonts.register_fonts()
    ink = colors.HexColor(INK)
    base = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=8.2, leading=10.2, textColor=ink)
    out = {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7, leading=8.6),
        "muted": ParagraphStyle("muted", parent=base, fontSize=7, leading=8.6, textColor=colors.HexColor(MUTED)),
        "cell": ParagraphStyle("cell", parent=base, fontSize=7.2, leading=8.6),
        "cellbold": ParagraphStyle("cellbold", parent=base, fontName=fonts.BOLD, fontSize=7.2, leading=8.6),
        "label": ParagraphStyle("label", parent=base, fontName=fonts.BOLD, fontSize=7, leading=8.6,
                                textColor=colors.HexColor(MUTED)),
        "title": ParagraphStyle("title", parent=base, fontName=fonts.BOLD, fontSize=13.5, leading=16,
                                spaceAfter=1),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=8.5, leading=11,
                                   textColor=colors.HexColor(MUTED)),
        "h2": ParagraphStyle("h2", parent=base, fontName=fonts.BOLD, fontSize=9.2, leading=11.5,
                             spaceBefore=6, spaceAfter=2.5, textColor=colors.HexColor("#1c4e80"), keepWithNext=1),
        "h2free": ParagraphStyle("h2free", fontName=fonts.BOLD, fontSize=9.2, leading=11.5, spaceBefore=6,
                                 spaceAfter=2.5, textColor=colors.HexColor("#1c4e80")),
        "note": ParagraphStyle("note", parent=base, fontSize=6.8, leading=8.4, textColor=colors.HexColor(MUTED)),
        "billing": ParagraphStyle("billing", parent=base, fontName=fonts.BOLD, fontSize=8.2, leading=10.2,
                                  textColor=colors.HexColor("#8a4b00")),
        "draft": ParagraphStyle("draft", parent=base, fontName=fonts.BOLD, fontSize=9, leading=11,
                                textColor=colors.HexColor("#b3261e")),
    }
    return out


def table_style(*extra: tuple, header: bool = True, zebra: bool = True) -> Any:
    """A table style in the report fonts (every cell: plain strings would fall back to Helvetica)."""
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 7.2),
        ("LEADING", (0, 0), (-1, -1), 8.6),
        ("TEXTCOLOR", (0, 0), (-1, -1), colors.HexColor(INK)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.3),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.4),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.HexColor(RULE)),
    ]
    if header:
        commands += [
            ("FONTNAME", (0, 0), (-1, 0), fonts.BOLD),
            ("FONTSIZE", (0, 0), (-1, 0), 6.6),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.HexColor(MUTED)),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor(MUTED)),
        ]
        if zebra:
            commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor(BAND)]))
    commands.extend(extra)
    return TableStyle(commands)


class PageState:
    """What the page furniture prints; flowables change it as the story flows.

    Attributes:
        patient_line: patient name, date of birth and chart number (every footer).
        draft: the page shows an unsigned session (the watermark is drawn).
    """

    def __init__(self, clinic: ClinicSettings, title: str, patient_line: str, generated_at: dt.datetime) -> None:
        self.clinic = clinic
        self.title = title
        self.patient_line = patient_line
        self.generated_at = generated_at
        self.draft = False


def _draw_header(canvas, doc, state: PageState) -> None:
    from reportlab.lib import colors

    width, height = doc.pagesize
    top = height - MARGIN
    x = MARGIN
    if state.clinic.logo_path:
        try:
            image = _image(state.clinic.logo_path)
            iw, ih = image.getSize()
            h = 12 * MM
            w = min(35 * MM, h * iw / ih)
            h = w * ih / iw
            canvas.drawImage(image, x, top - h, w, h, mask="auto")
            x += w + 3 * MM
        except (OSError, ValueError):
            pass  # a logo removed since it was chosen: print the header without it
    canvas.setFillColor(colors.HexColor(INK))
    canvas.setFont(fonts.BOLD, 11)
    canvas.drawString(x, top - 10, state.clinic.clinic_name or "Acupuncture clinic")
    canvas.setFont(fonts.REGULAR, 7.2)
    canvas.setFillColor(colors.HexColor(MUTED))
    lines = [line for line in (state.clinic.clinic_address or "").splitlines() if line.strip()][:3]
    for i, line in enumerate(lines):
        canvas.drawString(x, top - 19 - i * 8.4, line.strip())
    canvas.setFont(fonts.BOLD, 8)
    canvas.drawRightString(width - MARGIN, top - 10, state.title)
    canvas.setStrokeColor(colors.HexColor(RULE))
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, height - MARGIN - HEADER_H + 3 * MM, width - MARGIN, height - MARGIN - HEADER_H + 3 * MM)


@functools.lru_cache(maxsize=4)
def _image(path: str):
    from reportlab.lib.utils import ImageReader

    return ImageReader(path)


def _draw_footer(canvas, doc, state: PageState) -> None:
    from reportlab.lib import colors

    width, _height = doc.pagesize
    y = MARGIN - 2 * MM
    canvas.setStrokeColor(colors.HexColor(RULE))
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, y + 9, width - MARGIN, y + 9)
    canvas.setFont(fonts.REGULAR, 6.8)
    canvas.setFillColor(colors.HexColor(MUTED))
    canvas.drawString(MARGIN, y, state.patient_line)
    canvas.drawCentredString(width / 2, y, f"Generated {local(state.generated_at)} by AcuChart")


def _draw_watermark(canvas, doc) -> None:
    from reportlab.lib import colors

    width, height = doc.pagesize
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#b3261e"), alpha=0.13)
    canvas.setFont(fonts.BOLD, 54)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(52)
    canvas.drawCentredString(0, -18, WATERMARK)
    canvas.restoreState()


def make_numbered_canvas(font: str = fonts.REGULAR):
    """A canvas class that writes "Page x of y" on every page when the document is saved."""
    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, page in enumerate(self._pages, start=1):
                self.__dict__.update(page)
                width = self._pagesize[0]
                self.setFont(font, 6.8)
                self.setFillColor(colors.HexColor(MUTED))
                self.drawRightString(width - MARGIN, MARGIN - 2 * MM, f"Page {number} of {total}")
                super().showPage()
            self._pages = []
            super().save()

    return NumberedCanvas


@functools.lru_cache(maxsize=1)
def _canvas_class():
    return make_numbered_canvas()


def document(out, clinic: ClinicSettings, state: PageState, *, title: str, subject: str):
    """A BaseDocTemplate with one frame and the page furniture, in the clinic's paper size."""
    import os

    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    fonts.register_fonts()
    if isinstance(out, os.PathLike):
        out = os.fspath(out)
    size = page_size(clinic.paper_size)
    doc = BaseDocTemplate(
        out,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_H,
        bottomMargin=MARGIN + FOOTER_H,
        title=title,
        subject=subject,
        author=clinic.clinic_name or "AcuChart",
        creator="AcuChart",
        initialFontName=fonts.REGULAR,
        initialFontSize=8,
        invariant=False,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def on_page(canvas, doc_):
        canvas.saveState()
        _draw_header(canvas, doc_, state)
        _draw_footer(canvas, doc_, state)
        canvas.restoreState()

    def on_page_end(canvas, doc_):
        if state.draft:
            _draw_watermark(canvas, doc_)

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page, onPageEnd=on_page_end)])
    return doc


def build(doc, story) -> None:
    doc.build(story, canvasmaker=_canvas_class())


def bare_style(*commands: tuple) -> Any:
    """A layout-only table style (no rules or padding of its own), still in the report font."""
    from reportlab.platypus import TableStyle

    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), *commands])
