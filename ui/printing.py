"""Export and print the session summary and the course record.

Printing paints the very PDF pages the export writes: the report is built once
as PDF bytes (``charting.reports``), each page is rendered with pdfium at the
printer's resolution (capped, see :data:`MAX_PRINT_DPI`) and painted onto the
QPrinter, so paper and file never differ.  Printing goes through Qt's print
preview, whose Print button opens the system print dialog.

Functions other screens call (keep the signatures)::

    export_session_pdf(parent, db, session_id) -> str | None
    print_session(parent, db, session_id) -> bool
    export_course_pdf(parent, db, case_id) -> str | None
    print_course(parent, db, case_id) -> bool
    render_pdf_to_printer(pdf_bytes, printer) -> int
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from charting.errors import AcuChartError

#: Pages are rendered at the printer's resolution, but never finer than this: an A4 page at
#: 300 dpi is a 35 MB image already, and no printer shows finer detail in 7-point text.
MAX_PRINT_DPI = 300
#: ... and never coarser than this, so a screen-resolution preview stays legible when zoomed.
MIN_PRINT_DPI = 150

CONTEXT = "Printing"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@contextlib.contextmanager
def _busy() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def _show_error(parent: QWidget | None, title: str, message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName(title)
    box.exec()


# --- page rendering ----------------------------------------------------------------------


def render_pdf_to_printer(pdf_bytes: bytes, printer: QPrinter) -> int:
    """Paint every page of ``pdf_bytes`` onto ``printer``, one printer page per PDF page.

    Each page is rendered to an image at the printer's resolution (between
    :data:`MIN_PRINT_DPI` and :data:`MAX_PRINT_DPI`) and scaled into the paper,
    keeping its proportions.  Returns the number of pages painted.

    Raises:
        AcuChartError: the printer cannot be started or the PDF cannot be read.
    """
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(pdf_bytes)
    except pdfium.PdfiumError as exc:
        raise AcuChartError(f"printing: the report could not be read ({exc})") from None
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise AcuChartError("printing: the printer could not be started")
        dpi = min(MAX_PRINT_DPI, max(MIN_PRINT_DPI, printer.resolution()))
        pages = 0
        for index in range(len(document)):
            page = document[index]
            if index:
                printer.newPage()
            bitmap = page.render(scale=dpi / 72.0, prefer_bgrx=True, rev_byteorder=True)
            image = QImage(
                bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
            ).copy()  # own the pixels before pdfium frees its buffer
            bitmap.close()
            page.close()
            target = QRectF(painter.viewport())
            scale = min(target.width() / image.width(), target.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            painter.drawImage(
                QRectF(target.x() + (target.width() - width) / 2, target.y() + (target.height() - height) / 2,
                       width, height),
                image,
            )
            pages += 1
    finally:
        if painter.isActive():
            painter.end()
        document.close()
    return pages


def _configure(printer: QPrinter, paper: str) -> None:
    """The clinic's paper, and the full sheet: the PDF pages carry their own margins."""
    size = QPageSize(QPageSize.PageSizeId.Letter if paper == "Letter" else QPageSize.PageSizeId.A4)
    printer.setPageSize(size)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)


# --- building ----------------------------------------------------------------------------


def _session_pdf(db, session_id: int) -> bytes:
    from charting.reports import session_summary_bytes

    return session_summary_bytes(db, session_id)


def _course_pdf(db, case_id: int) -> bytes:
    from charting.reports import course_record_bytes

    return course_record_bytes(db, case_id)


def _paper(db) -> str:
    from charting.clinic_settings import get_settings

    return get_settings(db).paper_size


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-") or "report"


def _session_file_name(db, session_id: int) -> str:
    from charting.sessions import get_session

    session = get_session(db, session_id)
    day = session.started_at.astimezone().strftime("%Y-%m-%d")
    return _safe(f"session-{session.patient.chart_number}-{day}") + ".pdf"


def _course_file_name(db, case_id: int) -> str:
    from charting.patients import get_case, get_patient

    case = get_case(db, case_id)
    patient = get_patient(db, case.patient_id)
    return _safe(f"course-{patient.chart_number}-case-{case_id}") + ".pdf"


def _documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


# --- export ------------------------------------------------------------------------------


def _export(parent: QWidget | None, title: str, file_name: Callable[[], str], build: Callable[[], bytes]) -> str | None:
    try:
        suggested = str(_documents_folder() / file_name())
    except AcuChartError as exc:
        _show_error(parent, title, str(exc))
        return None
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, _tr("PDF files (*.pdf)"))
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        with _busy():
            data = build()
        Path(path).write_bytes(data)
    except AcuChartError as exc:
        _show_error(parent, title, str(exc))
        return None
    except OSError as exc:
        _show_error(parent, title, _tr("Cannot write {path}: {reason}").format(path=path, reason=exc.strerror))
        return None
    return path


def export_session_pdf(parent: QWidget | None, db, session_id: int) -> str | None:
    """Ask where to save, then write the session summary PDF; returns the path, or None if cancelled."""
    return _export(
        parent,
        _tr("Export session summary"),
        lambda: _session_file_name(db, session_id),
        lambda: _session_pdf(db, session_id),
    )


def export_course_pdf(parent: QWidget | None, db, case_id: int) -> str | None:
    """Ask where to save, then write the course record PDF; returns the path, or None if cancelled."""
    return _export(
        parent,
        _tr("Export course record"),
        lambda: _course_file_name(db, case_id),
        lambda: _course_pdf(db, case_id),
    )


# --- print -------------------------------------------------------------------------------


def preview_dialog(parent: QWidget | None, pdf_bytes: bytes, paper: str, title: str) -> QPrintPreviewDialog:
    """A print preview over ``pdf_bytes``; its Print button opens the print dialog."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _configure(printer, paper)
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setAccessibleDescription(_tr("Preview of the pages as they will be printed"))
    errors: list[str] = []

    def paint(target: QPrinter) -> None:
        try:
            render_pdf_to_printer(pdf_bytes, target)
        except AcuChartError as exc:
            errors.append(str(exc))

    dialog.paintRequested.connect(paint)
    dialog._acuchart_printer = printer  # type: ignore[attr-defined]
    dialog._acuchart_errors = errors  # type: ignore[attr-defined]
    return dialog


def _print(parent: QWidget | None, title: str, build: Callable[[], bytes], paper: Callable[[], str]) -> bool:
    try:
        with _busy():
            data = build()
            size = paper()
    except AcuChartError as exc:
        _show_error(parent, title, str(exc))
        return False
    dialog = preview_dialog(parent, data, size, title)
    accepted = dialog.exec() == QPrintPreviewDialog.DialogCode.Accepted
    errors = dialog._acuchart_errors  # type: ignore[attr-defined]
    dialog.deleteLater()
    if errors:
        _show_error(parent, title, errors[-1])
        return False
    return accepted


def print_session(parent: QWidget | None, db, session_id: int) -> bool:
    """Print the session summary through the print preview; True when it was sent to the printer."""
    return _print(parent, _tr("Print session summary"), lambda: _session_pdf(db, session_id), lambda: _paper(db))


def print_course(parent: QWidget | None, db, case_id: int) -> bool:
    """Print the course record through the print preview; True when it was sent to the printer."""
    return _print(parent, _tr("Print course record"), lambda: _course_pdf(db, case_id), lambda: _paper(db))
