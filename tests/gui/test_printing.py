"""Printing and export: paper gets the very pages the PDF file holds."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox

from charting.reports import build_course_record, build_session_summary
from tests.unit.reports import sample
from tests.unit.reports.charted import chart_course
from ui import printing


def _pdf(build, data) -> bytes:
    out = io.BytesIO()
    build(data, out)
    return out.getvalue()


def _file_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    return printer


def _dark_fraction(pdf_path, index: int) -> float:
    """The share of clearly non-white pixels on a page (the printed text, tables and drawings)."""
    document = pdfium.PdfDocument(str(pdf_path))
    bitmap = document[index].render(scale=0.5, grayscale=True)
    data = bytes(bitmap.buffer)
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    dark = sum(1 for row in range(height) for value in data[row * stride : row * stride + width] if value < 160)
    document.close()
    return dark / (width * height)


def test_every_page_is_painted_onto_the_printer(qapp, tmp_path):
    pdf = _pdf(build_course_record, sample.course_data(3))
    pages = len(pdfium.PdfDocument(pdf))
    target = tmp_path / "printed.pdf"
    printer = _file_printer(target)
    assert printing.render_pdf_to_printer(pdf, printer) == pages
    printed = pdfium.PdfDocument(str(target))
    assert len(printed) == pages
    width, height = printed[0].get_size()
    assert (round(width), round(height)) == (595, 842)  # A4, the sheet the report was laid out on
    printed.close()
    # The pages carry the report, not blank sheets: ink in the same measure as the original page
    # (a raster copy is lighter than the vector page where thin lines antialias).
    original = tmp_path / "original.pdf"
    original.write_bytes(pdf)
    printed_ink, original_ink = _dark_fraction(target, 0), _dark_fraction(original, 0)
    assert original_ink / 2.5 < printed_ink < original_ink * 1.5


def test_unreadable_pdf_is_a_clear_error(qapp, tmp_path):
    with pytest.raises(printing.AcuChartError, match="could not be read"):
        printing.render_pdf_to_printer(b"not a pdf", _file_printer(tmp_path / "x.pdf"))


def test_export_session_writes_the_chosen_file(qtbot, db, tmp_path, monkeypatch):
    _case_id, sessions = chart_course(db, 1)
    chosen = tmp_path / "summary"  # no suffix typed: ".pdf" is added
    asked = {}

    def fake_dialog(parent, title, suggested, filters):
        asked.update(title=title, suggested=suggested, filters=filters)
        return str(chosen), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    path = printing.export_session_pdf(None, db, sessions[0])
    assert path == str(chosen) + ".pdf"
    data = (tmp_path / "summary.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    assert asked["suggested"].endswith("session-T-0001-2026-10-01.pdf")
    assert "*.pdf" in asked["filters"]
    text = "".join(page.get_textpage().get_text_range() for page in pdfium.PdfDocument(data))
    assert "GB20" in text and "Nguyen, Thi Lan" in text


def test_export_cancelled_writes_nothing(qtbot, db, tmp_path, monkeypatch):
    case_id, _sessions = chart_course(db, 1)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    assert printing.export_course_pdf(None, db, case_id) is None
    assert not list(tmp_path.glob("*.pdf"))


def test_export_course_and_unknown_id_message(qtbot, db, tmp_path, monkeypatch):
    case_id, _sessions = chart_course(db, 2)
    target = tmp_path / "course.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    assert printing.export_course_pdf(None, db, case_id) == str(target)
    text = "".join(page.get_textpage().get_text_range() for page in pdfium.PdfDocument(str(target)))
    assert "Course of treatment record" in text and "Session 2 of 2" in text
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    assert printing.export_course_pdf(None, db, 999) is None
    assert shown == ["case 999 does not exist"]


def test_print_goes_through_the_preview_with_the_same_pages(qtbot, db, tmp_path, monkeypatch):
    _case_id, sessions = chart_course(db, 1)
    target = tmp_path / "preview.pdf"
    seen = {}

    def fake_exec(dialog):
        # What the preview's Print button does: paint the pages on the chosen printer.
        seen["title"] = dialog.windowTitle()
        seen["accessible"] = dialog.accessibleName()
        printer = _file_printer(target)
        dialog.paintRequested.emit(printer)
        return QPrintPreviewDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    assert printing.print_session(None, db, sessions[0]) is True
    assert seen["title"] == seen["accessible"] == "Print session summary"
    exported = io.BytesIO()
    from charting.reports import session_summary_pdf

    session_summary_pdf(db, sessions[0], exported)
    assert len(pdfium.PdfDocument(str(target))) == len(pdfium.PdfDocument(exported.getvalue()))


def test_preview_uses_the_clinic_paper(qtbot, monkeypatch):
    pdf = _pdf(build_session_summary, sample.session_data(0))
    dialog = printing.preview_dialog(None, pdf, "Letter", "Print session summary")
    qtbot.addWidget(dialog)
    printer = dialog._acuchart_printer
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter
    assert printer.fullPage()


def test_print_course_cancelled_in_the_preview(qtbot, db, monkeypatch):
    case_id, _sessions = chart_course(db, 2)
    painted = []

    def fake_exec(dialog):
        painted.append(dialog.windowTitle())
        return QPrintPreviewDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    assert printing.print_course(None, db, case_id) is False
    assert painted == ["Print course record"]
