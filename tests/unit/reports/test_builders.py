"""The report builders on plain data (no database): content, structure, fonts, pages."""

from __future__ import annotations

import dataclasses
import io
import re

import pytest
from pypdf import PdfReader

from charting.reports import build_course_record, build_session_summary
from charting.reports.layout import WATERMARK
from tests.unit.reports import sample
from tests.unit.reports.helpers import assert_fonts_embedded, assert_qpdf_clean, page_texts, pdf_text


@pytest.fixture
def signed_pdf(tmp_path):
    path = tmp_path / "signed.pdf"
    build_session_summary(sample.session_data(0), path)
    return path


@pytest.fixture
def draft_pdf(tmp_path):
    path = tmp_path / "draft.pdf"
    build_session_summary(sample.session_data(5, signed=False, number=6), path)
    return path


def test_every_needle_is_printed_with_code_pinyin_and_chinese(signed_pdf):
    text = pdf_text(signed_pdf)
    for code, pinyin, hanzi, *_ in sample.POINTS:
        assert code in text
        assert pinyin in text  # tone marks survive: Shènshù, Dàchángshù, ...
        assert hanzi in text
    assert "Moreau, Claire" in text and "DEMO-0001" in text and "1979-04-12" in text
    assert "AC-2014-0457" in text  # practitioner licence
    assert "M54.3 Sciatica, left" in text


def test_every_ea_parameter_is_printed(signed_pdf):
    text = pdf_text(signed_pdf)
    session = sample.session(0)
    for channel in session.channels:
        for value in ("ITO ES-160", "dense-disperse", "2/100", "300", f"{channel.intensity_ma:g}", "symmetric",
                      "to tolerance"):
            assert value in text
    assert "EA1" in text and "EA2" in text
    assert "3 BL25 L ↔ 5 GB30 L" in text


def test_stricta_needling_details(signed_pdf):
    text = " ".join(pdf_text(signed_pdf).split())
    assert "BL23 bilateral" in text and "GB30 unilateral left" in text and "GV4 midline" in text
    assert "10 needles" in text  # number of insertions
    assert "Hwato stainless steel, 0.25 × 40 mm (7)" in text  # needle type: maker, diameter, length
    assert "12–55 mm" in text  # depth
    assert "de qi obtained at 10 of 10" in text  # response sought and obtained
    assert "electroacupuncture: 2 channels" in text  # stimulation
    assert "25 min (planned 25 min)" in text  # retention


def test_outcomes_adverse_events_acknowledgements_addenda(tmp_path, signed_pdf):
    text = " ".join(pdf_text(signed_pdf).split())
    assert "Back pain (NRS)" in text and "Oswestry Disability Index" in text
    assert "EA lead pair close to the spine" in text and "both electrodes on the left side" in text
    assert "Addendum 1" in text and "calf pain eased the next morning" in text
    assert text.index("Signed by") < text.index("Addendum 1")  # the original first, then addenda
    assert "Advice: walk daily" in text  # co-interventions
    second = tmp_path / "second.pdf"
    build_session_summary(sample.session_data(1), second)
    text = " ".join(pdf_text(second).split())
    assert "haematoma: at BL40 left" in text and "mild" in text and "resolved" in text


def test_page_x_of_y_and_generated_footer_on_every_page(signed_pdf):
    pages = page_texts(signed_pdf)
    assert 1 <= len(pages) <= 2
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Generated 2026-11-27" in page
        assert "Harbour Acupuncture" in page  # clinic header


def test_watermark_only_on_drafts(signed_pdf, draft_pdf):
    signed_text = pdf_text(signed_pdf)
    draft_pages = page_texts(draft_pdf)
    assert WATERMARK not in signed_text
    assert all(WATERMARK in page for page in draft_pages)
    assert "Signed by Dr Mei Lin Chen" in " ".join(signed_text.split())


def test_billing_block_only_when_enabled(tmp_path, signed_pdf):
    assert "Suggested codes" not in pdf_text(signed_pdf)
    path = tmp_path / "billing.pdf"
    clinic = dataclasses.replace(sample.CLINIC, billing_block=True)
    build_session_summary(sample.session_data(0, clinic=clinic), path)
    text = " ".join(pdf_text(path).split())
    assert "Suggested codes — confirm before billing" in text
    # EA was used, 25 minutes from insertion to removal: the initial unit and one more.
    assert re.search(r"97813 × ?1 acupuncture with electrical stimulation, initial 15 min", text)
    assert re.search(r"97814 × ?1 acupuncture with electrical stimulation, each additional", text)
    assert not re.search(r"9781[01] ×", text)
    assert "needle insertion to removal" in text


def test_completeness_footnote(tmp_path):
    path = tmp_path / "missing.pdf"
    build_session_summary(sample.session_data(0, missing=("needle lot number", "practitioner background")), path)
    text = " ".join(pdf_text(path).split())
    assert "Missing from this record (STRICTA check): needle lot number; practitioner background." in text


def test_structure_fonts_and_qpdf(signed_pdf, draft_pdf):
    for path in (signed_pdf, draft_pdf):
        assert_qpdf_clean(path)
        assert_fonts_embedded(path)


def test_paper_size_follows_the_setting(tmp_path):
    out = io.BytesIO()
    build_session_summary(sample.session_data(0, clinic=dataclasses.replace(sample.CLINIC, paper_size="Letter")), out)
    box = PdfReader(io.BytesIO(out.getvalue())).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    out = io.BytesIO()
    build_session_summary(sample.session_data(0), out)
    box = PdfReader(io.BytesIO(out.getvalue())).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_the_diagram_is_vector_graphics(signed_pdf):
    reader = PdfReader(str(signed_pdf))
    page = reader.pages[0]
    forms = page["/Resources"]["/XObject"]
    assert forms  # the outline of each view, written once as a form
    for name in forms:
        form = forms[name].get_object()
        assert form["/Subtype"] == "/Form"  # vector drawing, no raster image
        assert form.get_data().count(b" l") > 100  # the outline's path segments
    content = page.get_contents().get_data()
    assert content.count(b" c\n") + content.count(b" c ") > 20  # Bézier circles of the markers


def test_logo_in_header(tmp_path):
    from tests.unit.test_clinic_settings import PNG_LOGO

    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG_LOGO)
    path = tmp_path / "logo.pdf"
    build_session_summary(sample.session_data(0, clinic=dataclasses.replace(sample.CLINIC, logo_path=str(logo))), path)
    page = PdfReader(str(path)).pages[0]
    assert page["/Resources"]["/XObject"]  # the logo image
    assert_qpdf_clean(path)


def test_course_record_has_every_session_and_the_totals(tmp_path):
    path = tmp_path / "course.pdf"
    build_course_record(sample.course_data(6), path)
    text = " ".join(pdf_text(path).split())
    assert "Course of treatment record" in text
    assert text.count("Treatment session summary") == 6
    for number in range(1, 7):
        assert f"Session {number} of 6" in text
    assert re.search(r"Sessions Needle insertions EA minutes Adverse events 6 60 120 1 "
                     r"5 signed, 1 draft 8 different points in 6 sessions recorded", text)
    assert "NRS back (before)" in text and "ODI (before)" in text  # chart legends
    pages = page_texts(path)
    assert all(f"of {len(pages)}" in page for page in pages)
    # Only the pages of the unsigned sixth session carry the watermark.
    marked = [i for i, page in enumerate(pages) if WATERMARK in page]
    assert marked and all("Session 6 of 6" in " ".join(pages[marked[0]].split()) for _ in marked)
    assert all(WATERMARK not in page for page in pages[: marked[0]])
    assert_qpdf_clean(path)
    assert_fonts_embedded(path)


def test_session_without_needles_or_case(tmp_path):
    session = dataclasses.replace(sample.session(0), needles=(), channels=(), case=None, outcomes=())
    data = dataclasses.replace(sample.session_data(0), session=session, number=None, of=None)
    path = tmp_path / "empty.pdf"
    build_session_summary(data, path)
    text = pdf_text(path)
    assert "No needles charted." in text and "No outcome scores recorded." in text
    assert "not part of a course of treatment" in text


def test_builds_repeat_without_growing_state():
    # Fonts are registered once; a second build reuses them (the same font objects).
    from reportlab.pdfbase import pdfmetrics

    from charting.reports import fonts

    build_session_summary(sample.session_data(0), io.BytesIO())
    first = pdfmetrics.getFont(fonts.REGULAR)
    build_session_summary(sample.session_data(0), io.BytesIO())
    assert pdfmetrics.getFont(fonts.REGULAR) is first


def test_course_without_sessions(tmp_path):
    data = dataclasses.replace(sample.course_data(1), sessions=(), series=())
    path = tmp_path / "empty-course.pdf"
    build_course_record(data, path)
    text = " ".join(pdf_text(path).split())
    assert "No outcome scores were recorded in this course." in text
    assert "Page 1 of 1" in text
