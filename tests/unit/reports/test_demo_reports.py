"""Reports from a database: the demo clinic's sciatica course, the CLI, PostgreSQL."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from charting.acupoints import library
from charting.cli import main
from charting.clinic_settings import update_settings
from charting.errors import NotFound
from charting.reports import (
    course_record_bytes,
    course_record_pdf,
    load_course,
    session_summary_bytes,
    session_summary_pdf,
)
from charting.reports.layout import WATERMARK
from charting.sessions import get_session, list_sessions
from tests.unit.reports.charted import chart_course
from tests.unit.reports.helpers import assert_fonts_embedded, assert_qpdf_clean, page_texts, pdf_text

DEMO_CASE = 1


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def demo_sessions(demo_db):
    return sorted(list_sessions(demo_db, case_id=DEMO_CASE), key=lambda s: s.started_at)


def test_demo_session_summary_holds_every_needle_and_ea_parameter(demo_db, demo_sessions, tmp_path):
    first = demo_sessions[0]
    path = tmp_path / "s1.pdf"
    session_summary_pdf(demo_db, first.id, path)
    text = pdf_text(path)
    session = get_session(demo_db, first.id)
    lib = library()
    for needle in session.needles:
        point = lib.get(needle.point_code)
        assert needle.point_code in text
        assert point.pinyin in text and point.hanzi in text
    for channel in session.channels:
        for value in (channel.device, channel.waveform, channel.frequency_text, f"{channel.pulse_width_us:g}",
                      f"{channel.intensity_ma:g}", f"{channel.duration_min:g}"):
            assert value in text
    pages = page_texts(path)
    assert all(f"Page {i} of {len(pages)}" in page for i, page in enumerate(pages, start=1))
    assert WATERMARK not in text  # sessions 1-5 are signed
    assert "Signed by Dr Mei Lin Chen" in _flat(text)
    assert_qpdf_clean(path)
    assert_fonts_embedded(path)


def test_demo_draft_session_has_the_watermark(demo_db, demo_sessions, tmp_path):
    last = demo_sessions[-1]
    assert last.status == "draft"
    path = tmp_path / "s6.pdf"
    session_summary_pdf(demo_db, last.id, path)
    assert all(WATERMARK in page for page in page_texts(path))
    assert "Session 6 of 6" in _flat(pdf_text(path))


def test_billing_block_follows_the_clinic_setting(demo_db, demo_sessions):
    first = demo_sessions[0].id
    assert b"Suggested codes" not in session_summary_bytes(demo_db, first)  # off by default
    update_settings(demo_db, billing_block=True)
    text = _flat(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(session_summary_bytes(demo_db, first))).pages))
    assert "Suggested codes — confirm before billing" in text
    assert "97813" in text  # the demo course uses EA


def test_demo_course_record_contains_all_six_sessions_and_totals(demo_db, demo_sessions, tmp_path):
    path = tmp_path / "course.pdf"
    course_record_pdf(demo_db, DEMO_CASE, path)
    text = _flat(pdf_text(path))
    assert text.count("Treatment session summary") == 6
    for number, summary in enumerate(demo_sessions, start=1):
        assert f"Session {number} of 6" in text
        assert summary.started_at.astimezone().strftime("%Y-%m-%d") in text
    needles = sum(s.needle_count for s in demo_sessions)
    ea_minutes = sum(max((c.duration_min or 0) for c in get_session(demo_db, s.id).channels) for s in demo_sessions)
    assert re.search(rf"Sessions Needle insertions EA minutes Adverse events 6 {needles} {ea_minutes:g} ", text)
    assert "5 signed, 1 draft" in text
    pages = page_texts(path)
    assert all(f"of {len(pages)}" in page for page in pages)
    assert sum(WATERMARK in page for page in pages) >= 1
    assert WATERMARK not in pages[0]
    assert_qpdf_clean(path)
    assert_fonts_embedded(path)


def test_the_chart_draws_course_series(demo_db):
    from charting.outcomes import course_series

    data = load_course(demo_db, DEMO_CASE)
    assert [s.title for s in data.series] == [s.title for s in course_series(demo_db, DEMO_CASE)]
    assert len(data.sessions) == 6 and [d.number for d in data.sessions] == [1, 2, 3, 4, 5, 6]


def test_unknown_ids_raise_not_found(demo_db):
    with pytest.raises(NotFound, match="session 999 does not exist"):
        session_summary_bytes(demo_db, 999)
    with pytest.raises(NotFound, match="case 999 does not exist"):
        course_record_bytes(demo_db, 999)


def test_cli_writes_and_prints_the_path(demo_db, demo_sessions, tmp_path, capsys):
    url = demo_db.url
    target = tmp_path / "session.pdf"
    assert main(["--db", url, "report", "session", str(demo_sessions[0].id), "-o", str(target)]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    assert target.read_bytes().startswith(b"%PDF")
    course = tmp_path / "course.pdf"
    assert main(["--db", url, "report", "course", str(DEMO_CASE), "-o", str(course)]) == 0
    assert capsys.readouterr().out.strip() == str(course)
    assert len(PdfReader(str(course)).pages) >= 7


@pytest.mark.parametrize(("args", "message"), [
    (["report", "session", "999"], "acuchart: error: session 999 does not exist\n"),
    (["report", "course", "999"], "acuchart: error: case 999 does not exist\n"),
])
def test_cli_unknown_id_is_one_line(demo_db, tmp_path, capsys, args, message):
    target = tmp_path / "x.pdf"
    assert main(["--db", demo_db.url, *args, "-o", str(target)]) == 2
    captured = capsys.readouterr()
    assert captured.err == message and captured.out == ""
    assert not target.exists()


def test_cli_output_folder_must_exist(demo_db, tmp_path, capsys):
    code = main(["--db", demo_db.url, "report", "course", "1", "-o", str(tmp_path / "nope" / "x.pdf")])
    assert code == 2
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.postgres
def test_reports_on_postgres(pg_db):
    case_id, sessions = chart_course(pg_db, 2)
    text = _flat(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(course_record_bytes(pg_db, case_id))).pages))
    assert "Session 2 of 2" in text and "GB20" in text and "trapezius knot" in text
    assert session_summary_bytes(pg_db, sessions[0]).startswith(b"%PDF")
