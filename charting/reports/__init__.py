"""PDF reports: the session summary and the course-of-treatment record.

Both are built with ReportLab platypus from plain snapshots (no Qt): the
database is read once into :class:`~charting.reports.data.SessionReportData` /
:class:`~charting.reports.data.CourseReportData`, and the builders turn those
into a PDF.  Importing this package is cheap: ReportLab and the data layer are
imported when a report is made, never at application start.

Public API::

    session_summary_pdf(db, session_id, path_or_file) -> None
    course_record_pdf(db, case_id, path_or_file) -> None
    build_session_summary(data: SessionReportData, out) -> None
    build_course_record(data: CourseReportData, out) -> None
    load_session(db, session_id) -> SessionReportData
    load_course(db, case_id) -> CourseReportData
    session_summary_bytes(db, session_id) -> bytes
    course_record_bytes(db, case_id) -> bytes
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from charting.reports.data import CourseReportData, SessionReportData

__all__ = [
    "build_course_record",
    "build_session_summary",
    "course_record_bytes",
    "course_record_pdf",
    "load_course",
    "load_session",
    "session_summary_bytes",
    "session_summary_pdf",
]


def load_session(db, session_id: int) -> SessionReportData:
    from charting.reports.data import load_session as load

    return load(db, session_id)


def load_course(db, case_id: int) -> CourseReportData:
    from charting.reports.data import load_course as load

    return load(db, case_id)


def build_session_summary(data: SessionReportData, out: Any) -> None:
    """Write a session summary from plain data (no database) to a path or binary file."""
    from charting.reports.session_summary import build_session_summary as build

    build(data, out)


def build_course_record(data: CourseReportData, out: Any) -> None:
    """Write a course record from plain data (no database) to a path or binary file."""
    from charting.reports.course_record import build_course_record as build

    build(data, out)


def session_summary_pdf(db, session_id: int, path_or_file: Any) -> None:
    """Write the summary of session ``session_id`` as PDF (raises NotFound for an unknown id)."""
    build_session_summary(load_session(db, session_id), _target(path_or_file))


def course_record_pdf(db, case_id: int, path_or_file: Any) -> None:
    """Write the course record of case ``case_id`` as PDF (raises NotFound for an unknown id)."""
    build_course_record(load_course(db, case_id), _target(path_or_file))


def session_summary_bytes(db, session_id: int) -> bytes:
    buffer = io.BytesIO()
    session_summary_pdf(db, session_id, buffer)
    return buffer.getvalue()


def course_record_bytes(db, case_id: int) -> bytes:
    buffer = io.BytesIO()
    course_record_pdf(db, case_id, buffer)
    return buffer.getvalue()


def _target(path_or_file: Any) -> Any:
    import os

    return os.fspath(path_or_file) if isinstance(path_or_file, os.PathLike) else path_or_file
