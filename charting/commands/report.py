"""``acuchart report``: write a session summary or a course record as PDF."""

from __future__ import annotations

import argparse

NAME = "report"
HELP = "write a session summary or a course-of-treatment record as PDF"
ORDER = 45


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        NAME,
        help=HELP,
        description="Write a PDF report: one session's summary, or every session of a case with its "
        "outcome trend. Prints the path written.",
    )
    sub = parser.add_subparsers(dest="report_command", metavar="KIND", required=True)
    session = sub.add_parser("session", help="one session's summary", description="Write one session's summary.")
    session.add_argument("session_id", type=int, metavar="SESSION_ID")
    session.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="the PDF file to write")
    session.set_defaults(handler=run_session)
    course = sub.add_parser(
        "course", help="a case's course-of-treatment record", description="Write the course record of a case."
    )
    course.add_argument("case_id", type=int, metavar="CASE_ID")
    course.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="the PDF file to write")
    course.set_defaults(handler=run_course)


def _write(output: str, make) -> int:
    """Build the PDF in memory, then write it, so a failed build leaves no half-written file."""
    import io
    from pathlib import Path

    from charting.errors import UserError

    path = Path(output).expanduser()
    if path.is_dir():
        raise UserError(f"-o: {path} is a folder; give a file name ending in .pdf")
    if not path.parent.exists():
        raise UserError(f"-o: folder {path.parent} does not exist")
    buffer = io.BytesIO()
    make(buffer)
    try:
        path.write_bytes(buffer.getvalue())
    except OSError as exc:
        raise UserError(f"-o: cannot write {path}: {exc.strerror}") from None
    print(path)
    return 0


def run_session(args: argparse.Namespace, ctx) -> int:
    from charting.reports import session_summary_pdf

    db = ctx.database()
    return _write(args.output, lambda out: session_summary_pdf(db, args.session_id, out))


def run_course(args: argparse.Namespace, ctx) -> int:
    from charting.reports import course_record_pdf

    db = ctx.database()
    return _write(args.output, lambda out: course_record_pdf(db, args.case_id, out))
